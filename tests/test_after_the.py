"""`after_the` finds what a search of the whole story for "the <word>" finds, in order."""

from __future__ import annotations

import re

import pytest

from wirelint.analysis.body_slots import after_the
from wirelint.document.model import parse_document

STORY = (
    "Lookout staff quit\n\n"
    "The Lookout said on Monday the the Lookout's coverage had changed. "
    "Readers of THE LOOKOUT wrote to the lookout desk; the Lookouts, a band, played. "
    "the Al-Jazeera feed and the al-jazeera site ran it. "
    "Within the Zürich office the \u212aelvin team said so. Bathe Lookout is no use.\n"
)


def _searched(text: str, word: str, rest: str = "") -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"\b[Tt]he (?i:{re.escape(word)})\b{rest}", text)]


@pytest.mark.parametrize(
    ("word", "rest", "want"),
    [
        ("lookout", "", ["The Lookout", "the Lookout", "the lookout"]),
        ("lookout", "(?![ ][A-Z])", ["The Lookout", "the Lookout", "the lookout"]),
        ("al-jazeera", "", ["the Al-Jazeera", "the al-jazeera"]),
        ("zürich", "", ["the Zürich"]),
        # A case-blind match reads the Kelvin sign as a k: it is tried like any word.
        ("kelvin", "", ["the \u212aelvin"]),
        ("lookouts", "", ["the Lookouts"]),
        ("desk", "", []),
    ],
)
def test_the_same_matches_as_a_search_of_the_story(word: str, rest: str, want: list[str]) -> None:
    doc = parse_document(STORY)
    got = [m.span() for m in after_the(doc, word, rest)]
    assert got == _searched(STORY, word, rest)
    assert [STORY[s:e] for s, e in got] == want


def test_a_second_the_after_the_first_is_found() -> None:
    doc = parse_document("Head\n\nHe said the the Lookout was shut.\n")
    assert [m.group() for m in after_the(doc, "the")] == ["the the"]
    assert [m.group() for m in after_the(doc, "lookout")] == ["the Lookout"]
