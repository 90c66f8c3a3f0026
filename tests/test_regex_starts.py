"""A pattern tried only where its opening literals stand finds what a scan finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirelint.analysis.body_slots import BODY_SLOTS
from wirelint.analysis.regex_starts import finditer_from, literal_places, start_literals
from wirelint.packs import packs_for
from wirelint.rules.wl202_placeholder_text import PATTERNS


@pytest.mark.parametrize(
    ("pattern", "want"),
    [
        (r"\b(?:told|telling|tells?)\s+X", ("tell", "telling", "tells", "told")),
        (r"\b(?:polled|surveyed)\s+by", ("polled", "surveyed")),
        (r"(?<=\s)\[\s*NAME\]", ("[",)),
        (r"(?:[Tt]he\s+)?news", ("The", "news", "the")),  # optional: what follows opens too
        (r"(?:ab|c)d", ("abd", "cd")),
        (r"a{2}b", ("a",)),  # a repeat's first letter only
    ],
)
def test_the_literals_every_match_opens_with(pattern: str, want: tuple[str, ...]) -> None:
    assert start_literals(re.compile(pattern)) == want


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+told",  # opens with any word character
        r"(?:told)?",  # may match nothing
        r"(?i)told",  # case-blind: "TOLD" opens a match too
        r"(?i:told) X",
        r"[^a]bc",
        r"(?=x)|y",
    ],
)
def test_no_literals_where_the_opening_is_not_known(pattern: str) -> None:
    assert start_literals(re.compile(pattern)) is None


def test_places_of_the_literals_overlapping_ones_too() -> None:
    assert literal_places("she told us, telling", ("tell", "telling", "told"), 10) == [4, 13]
    assert literal_places("told told told", ("told",), 2) is None  # too many: scan instead
    assert literal_places("a told", ("a", "told"), 10) is None  # a lone letter is everywhere
    assert literal_places("XX or X.X", ("X",), 10) == [0, 1, 6, 8]  # a capital may be rare
    capitals = tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert literal_places("Told", capitals, 10) is None  # any capital: everywhere


SHIPPED = [
    *packs_for(()).section(BODY_SLOTS).values(),
    *packs_for(()).section(PATTERNS).values(),
]
_FRAGMENTS = [
    " ",
    "\n",
    ".",
    ",",
    "'",
    "’",
    "told ",
    "tells ",
    "the ",
    "The ",
    "Portal",
    "Zentrix News",
    "Mr Brown",
    " by ",
    "polled",
    "seen",
    "said to ",
    "according to ",
    "an interview with ",
    " reporter",
    " calculations",
    "[NAME]",
    "TK",
    "XX",
    "$X.X",
    "{{x}}",
    "###",
]
_texts = st.lists(st.sampled_from(_FRAGMENTS), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_tried_at_the_literals_it_finds_what_finditer_finds(text: str) -> None:
    for pattern in SHIPPED:
        regex = pattern.regex
        if not isinstance(regex, re.Pattern):
            continue
        literals = start_literals(regex)
        if literals is None:
            continue
        places = literal_places(text, literals, len(text) + 1)
        if places is None:
            continue  # a lone letter: the pattern is scanned
        want = [(m.span(), m.groupdict()) for m in regex.finditer(text)]
        got = [(m.span(), m.groupdict()) for m in finditer_from(regex, text, places)]
        assert got == want, (pattern.name, text)
