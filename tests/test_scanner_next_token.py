"""WL401's scanner skips a family where the next token cannot start its pattern
(``next_mask``, ``next_words``): a family's test on the next token only saves calls,
it never changes what is found."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

import pytest

from tests.scanning import scanner_found, the_scanner
from wirelint.config import Config
from wirelint.document.model import parse_document
from wirelint.grammar import Scanner, tag_tokens
from wirelint.grammar.patterns import FAMILIES, Family
from wirelint.grammar.patterns.scanner import _union
from wirelint.packs import packs_for
from wirelint.registry import Context
from wirelint.rules.wl401_garbled_sentence import PATTERNS

CTX = Context(Config(select=("WL401",)), packs_for(()))
# The families' examples, and a pair no next-token test may hide: after "be" any word
# (word-pair's next_exempt).
SENTENCES = [s for f in FAMILIES for h in ("Flags:", "Passes:") for s in f.examples(h)]
SENTENCES += ["The new laws seem be strict on the issue."]
WITH_TEST = [f for f in FAMILIES if f.next_mask or f.next_words]


def _scanner() -> Scanner:
    return the_scanner(CTX)


def _found(scanner: Scanner, sentence: str) -> list[tuple[int, int, str]]:
    return scanner_found(scanner, sentence)


def test_some_families_test_the_next_token() -> None:
    some = {"word-pair", "noun-agreement", "splice", "dropped-to", "preposition", "determiner"}
    assert some <= {f.id for f in WITH_TEST}


@pytest.mark.parametrize("f", WITH_TEST, ids=lambda f: f.id)
def test_where_the_next_token_fails_the_family_finds_nothing(f: Family) -> None:
    # Called at every token of every family's examples, the trigger and the check never
    # find anything where the family's test on the next token says no.
    scanner = _scanner()
    words: Collection[str] = _union(scanner, f.next_words) or ()
    for sentence in SENTENCES:
        doc = parse_document(f"Headline\n\n{sentence}\n")
        for s in doc.paragraphs[0].sentences:
            tagged = tag_tokens(s.tokens, doc.text, scanner.lex)
            for i in range(len(tagged.tags) - 1):
                if not tagged.joined[i] or tagged.words[i] in f.next_exempt:
                    continue
                if tagged.tags[i + 1] & f.next_mask or tagged.words[i + 1] in words:
                    continue
                if f.trigger is None or f.trigger(scanner, tagged, i):
                    assert f.check(scanner, tagged, i) is None, (f.id, sentence, i)


def test_the_findings_are_those_found_without_the_next_token_tests() -> None:
    scanner = _scanner()
    plain = tuple(replace(f, next_mask=0, next_words="", next_exempt=frozenset()) for f in FAMILIES)
    without = Scanner(scanner.lex, CTX.packs.section(PATTERNS), plain)
    found = [_found(scanner, s) for s in SENTENCES]
    assert any(found)
    assert found == [_found(without, s) for s in SENTENCES]
