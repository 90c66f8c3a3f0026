"""WL401's scanner tries a family that reads a clause from its opening word only where a
clause may open (``opens_after``): the sentence's first word, or a word joined after one
of the family's words. The test only saves calls, it never changes what is found."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.scanning import scanner_found, the_scanner
from wirelint.config import Config
from wirelint.document.model import parse_document
from wirelint.grammar import Scanner, tag_tokens
from wirelint.grammar.patterns import FAMILIES, Family
from wirelint.packs import packs_for
from wirelint.registry import Context
from wirelint.rules.wl401_garbled_sentence import PATTERNS

CTX = Context(Config(select=("WL401",)), packs_for(()))
SENTENCES = [s for f in FAMILIES for h in ("Flags:", "Passes:") for s in f.examples(h)]
# Clauses that open mid-sentence, after a subordinator and after other words.
SENTENCES += [
    "Analysts said that investors returning to gold.",
    "He stayed at home while the matter being investigated.",
    "Shares rose and investors returning to gold.",
    "Told he was ill, the minister said he would stay.",
]
OPENING = [f for f in FAMILIES if f.opens_after is not None]


def _scanner() -> Scanner:
    return the_scanner(CTX)


def _found(scanner: Scanner, sentence: str) -> list[tuple[int, int, str]]:
    return scanner_found(scanner, sentence)


def test_the_clause_families_open_a_clause_only() -> None:
    assert {"ing-clause", "opening-report"} <= {f.id for f in OPENING}


@pytest.mark.parametrize("f", OPENING, ids=lambda f: f.id)
def test_where_no_clause_opens_the_family_finds_nothing(f: Family) -> None:
    # Called at every other token of the examples, the trigger and the check find nothing.
    scanner = _scanner()
    assert f.opens_after is not None
    for sentence in SENTENCES:
        doc = parse_document(f"Headline\n\n{sentence}\n")
        for s in doc.paragraphs[0].sentences:
            tagged = tag_tokens(s.tokens, doc.text, scanner.lex)
            for i in range(1, len(tagged.tags) - 1):
                if tagged.joined[i - 1] and tagged.words[i - 1] in f.opens_after:
                    continue
                if f.trigger is None or f.trigger(scanner, tagged, i):
                    assert f.check(scanner, tagged, i) is None, (f.id, sentence, i)


def test_the_findings_are_those_found_at_every_token() -> None:
    scanner = _scanner()
    plain = tuple(replace(f, opens_after=None) for f in FAMILIES)
    everywhere = Scanner(scanner.lex, CTX.packs.section(PATTERNS), plain)
    found = [_found(scanner, s) for s in SENTENCES]
    assert any(found)
    assert any(family == "ing-clause" for sentence in found for *_, family in sentence)
    assert found == [_found(everywhere, s) for s in SENTENCES]
