"""The story's word index answers "which parts hold this literal" as a search of the text would."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from wirelint.document.model import PROSE_KINDS, Part, parse_document
from wirelint.document.wordindex import PartWords, part_words

STORY = """Portal tells of a U.S.A. deal

KYIV, March 3 (Portal) - The minister told Portal News at 10:30 that 1,200.5 tonnes
were sold, a well-known figure. "It's the Kelvin K and the ſ case," he said.

Speaking to reporters, Ms O'Neill-Smith said the deal_2 was "tell-tale" work.

- A bullet says telling things
"""


def _parts_with(parts: Sequence[Part], literal: str, ignore_case: bool = False) -> frozenset[int]:
    flags = re.I if ignore_case else 0
    pattern = re.compile(re.escape(literal), flags)
    return frozenset(i for i, p in enumerate(parts) if pattern.search(p.text))


@pytest.fixture
def index() -> PartWords:
    return part_words(parse_document(STORY), frozenset(PROSE_KINDS))


def test_parts_holding_a_literal_inside_words(index: PartWords) -> None:
    headline, first, second, bullet = range(4)
    assert index.holding("old") == {first}  # told, sold
    # tells, well-known, O'Neill-Smith and tell-tale, telling: inside longer tokens too
    assert index.holding("ell") == {headline, first, second, bullet}
    assert index.holding("Portal") == {headline, first}
    assert index.holding("portal") == frozenset()
    assert index.holding("portal", ignore_case=True) == {headline, first}


def test_agrees_with_a_search_of_every_part(index: PartWords) -> None:
    parts = index.parts
    words = {w for p in parts for w in re.findall(r"\w+", p.text)}
    literals = {w[i:j] for w in words for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
    for literal in sorted(literals):
        assert index.holding(literal) == _parts_with(parts, literal), literal
        assert index.holding(literal, True) == _parts_with(parts, literal, True), literal


def test_case_folding_as_re_does(index: PartWords) -> None:
    # IGNORECASE matches the Kelvin sign for k and the long s for s, as the patterns do.
    parts = index.parts
    assert index.holding("kelvin", True) == _parts_with(parts, "kelvin", True)
    assert index.holding("S", True) == _parts_with(parts, "S", True)


def test_only_word_literals_are_answered() -> None:
    assert PartWords.indexable("reporting")
    assert not PartWords.indexable("mini-series")
    assert not PartWords.indexable("((")
    assert not PartWords.indexable("")


def test_an_index_for_a_few_literals_agrees_with_a_search_of_every_part() -> None:
    # Built for some literals, the index lists only the spellings holding one, and
    # answers for those as a search of each part would (a longer literal holding a
    # shorter one is sought among that one's spellings).
    doc = parse_document(STORY)
    literals = {("ell", False), ("tell", False), ("telling", False), ("old", False)}
    literals |= {("portal", True), ("kelvin", True), ("Portal", False), ("zzz", False)}
    index = part_words(doc, frozenset(PROSE_KINDS), literals)
    for literal, ignore_case in sorted(literals):
        want = _parts_with(index.parts, literal, ignore_case)
        assert index.holding(literal, ignore_case) == want, literal
    with pytest.raises(ValueError):
        index.holding("minister")  # not one it was built for
