"""What WL401's scanner finds in a sentence: shared by the tests that check a scanner's
shortcuts (a family skipped where it cannot fire) change nothing it finds."""

from __future__ import annotations

from wirelint.document.model import parse_document
from wirelint.grammar import Scanner, tag_tokens
from wirelint.registry import Context
from wirelint.rules.wl401_garbled_sentence import scanner_for


def the_scanner(ctx: Context) -> Scanner:
    scanner = scanner_for(ctx)
    assert scanner is not None
    return scanner


def scanner_found(scanner: Scanner, sentence: str) -> list[tuple[int, int, str]]:
    """(first token, last token, family) of each finding in a one-paragraph story."""
    doc = parse_document(f"Headline\n\n{sentence}\n")
    out = []
    for s in doc.paragraphs[0].sentences:
        if len(s.tokens) >= 3:
            tagged = tag_tokens(s.tokens, doc.text, scanner.lex)
            out += [(f.first, f.last, f.family) for f in scanner.scan(tagged)]
    return out
