"""WL401's scanner picks the break steps at a sentence's last token (a determiner left
hanging before the full stop) from the table its loop reads, not by trying every break
family in turn: the steps it runs there, and what they find, are those a family-by-family
trial gives."""

from __future__ import annotations

import pytest

from tests.scanning import the_scanner
from wirelint.config import Config
from wirelint.document.model import parse_document
from wirelint.grammar import tag_tokens
from wirelint.grammar.patterns import FAMILIES, Family
from wirelint.packs import packs_for
from wirelint.registry import Context

CTX = Context(Config(select=("WL401",)), packs_for(()))
SENTENCES = [s for f in FAMILIES for h in ("Flags:", "Passes:") for s in f.examples(h)]
BREAK = frozenset(f.id for f in FAMILIES if f.scope == "break")


def test_a_sentence_left_hanging_is_found_at_its_last_token() -> None:
    scanner = the_scanner(CTX)
    doc = parse_document("Headline\n\nThe talks were held in the.\n")
    s = doc.paragraphs[0].sentences[0]
    found = scanner.scan(tag_tokens(s.tokens, doc.text, scanner.lex))
    assert [(f.first, f.family) for f in found] == [(5, "dangling-determiner")]


def test_the_last_token_finds_what_each_break_family_tried_in_turn_finds() -> None:
    scanner = the_scanner(CTX)
    hanging = 0
    for sentence in SENTENCES:
        doc = parse_document(f"Headline\n\n{sentence}\n")
        for s in doc.paragraphs[0].sentences:
            if len(s.tokens) < 3:
                continue
            tagged = tag_tokens(s.tokens, doc.text, scanner.lex)
            expected = scanner._first(scanner._break, tagged, len(tagged.tags) - 1)
            found = scanner.scan(tagged)
            if expected is not None:
                hanging += 1
                assert found[0] == expected, sentence
            else:
                last = len(tagged.tags) - 1
                assert not any(f.family in BREAK and f.first == last for f in found), sentence
    assert hanging  # the examples hold sentences that a break family finds


@pytest.mark.parametrize("scope", ["break", "sentence"])
def test_only_a_token_family_may_test_the_next_token(scope: str) -> None:
    base = FAMILIES[0]
    with pytest.raises(ValueError, match="next-token test"):
        Family("odd", "", scope, None, base.check, next_words=frozenset({"the"}))  # type: ignore[arg-type]
