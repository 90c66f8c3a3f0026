"""WL101 on what decides whether a capitalised word is a mention, read once per spelling
or per sentence in a long story: a word right before a `[` is none, and a sentence is a
list of names from its fourth item on."""

from __future__ import annotations

import pytest

from tests.conftest import flagged

_ZELENSKYY = "Head\n\nPresident Volodymyr Zelenskyy spoke. Zelenskyy said so.\n\n"


def test_a_name_before_a_bracket_is_no_mention() -> None:
    # A reference mark (`Zelenskiy[1]`) sets the word off as quoted from elsewhere.
    assert flagged(_ZELENSKYY + "A source cited Zelenskiy[1] on Monday.\n", "WL101") == []
    assert flagged(_ZELENSKYY + "A source cited Zelenskiy on Monday.\n", "WL101") == ["Zelenskiy"]


@pytest.mark.parametrize(
    ("named", "slips"),
    [
        # Four items, three separators: a team sheet, whose look-alikes are two players.
        ("Murphy, Horgan, Hogan and Horan", []),
        ("Murphy, Horgan, Hogan, Horan", []),
        # Three items are no list: `Horan` is `Horgan` (used twice) with a letter lost.
        ("Murphy, Horgan and Horan", ["Horan"]),
    ],
)
def test_a_list_of_names_from_its_fourth_item(named: str, slips: list[str]) -> None:
    story = f"Head\n\nThe team named {named}.\n\nHorgan scored twice.\n"
    assert flagged(story, "WL101") == slips
