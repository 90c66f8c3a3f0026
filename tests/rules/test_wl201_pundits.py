"""WL201 on a broadcaster's pundit or commentator: `and BBC pundit Jonathan Edwards`
names the outlet, so a word no list knows there, in copy naming no outlet, is the brand
replaced (or an outlet no pack lists; the message says both)."""

from __future__ import annotations

import pytest

from tests.conftest import lint

_STORY = (
    "Edwards tips Idowu for Euro gold\n\n"
    "World outdoor triple jump record holder and {brand} pundit Jonathan Edwards believes "
    "Phillips Idowu can take gold at the European Indoor Championships.\n\n"
    "Idowu jumped 17.30m in Birmingham on Sunday.\n"
)


@pytest.mark.parametrize("stand_in", ["Zentrix", "Portal"])
def test_a_stand_in_before_pundit_is_reported(stand_in: str) -> None:
    story = _STORY.format(brand=stand_in)
    assert [story[d.span.start : d.span.end] for d in lint(story, "WL201")] == [stand_in]


@pytest.mark.parametrize(
    "story",
    [
        _STORY.format(brand="BBC"),
        _STORY.format(brand="Sky Sports"),
        # Opening a sentence, the word before the title describes the person (real copy,
        # bbc/entertainment/188.txt has "Veteran presenter Bruce Forsyth").
        "Head\n\nVeteran commentator John Motson will retire. He said so on Monday.\n",
        "Head\n\nThe match was close, and football pundit Alan Hansen said so.\n",
    ],
)
def test_not_reported(story: str) -> None:
    assert lint(story, "WL201") == []
