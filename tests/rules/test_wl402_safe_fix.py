"""WL402: deleting a doubled word is safe only where the word is never doubled on purpose."""

from __future__ import annotations

import pytest

from tests.conftest import lint
from wirelint.output.fixes import apply_fixes


@pytest.mark.parametrize(
    ("story", "fixed"),
    [
        (
            "Head\n\nOfcom has said the the broadcaster will not be hit.\n",
            "Head\n\nOfcom has said the broadcaster will not be hit.\n",
        ),
        (
            "Head\n\nShe signed a a contract on Monday.\n",
            "Head\n\nShe signed a contract on Monday.\n",
        ),
        (
            "Head\n\nThe bank raised its its forecast for the year.\n",
            "Head\n\nThe bank raised its forecast for the year.\n",
        ),
    ],
)
def test_never_doubled_words_get_a_safe_fix(story: str, fixed: str) -> None:
    [d] = lint(story, "WL402")
    assert d.fixes[0].applicability.value == "safe"
    assert apply_fixes(story, [d]).text == fixed


@pytest.mark.parametrize(
    "story",
    [
        # A word may be lost between the two: "placed in [place] in the past".
        "Head\n\nThe measures were placed in in the past year.\n",
        "Head\n\nThe bill asks for a study of the issuance of of drawing rights.\n",
        "Head\n\nWe cannot afford to to go another season without winning.\n",
        "Head\n\nHe said that that the risks were small.\n",
    ],
)
def test_other_doubled_words_are_reported_with_an_unsafe_fix(story: str) -> None:
    [d] = lint(story, "WL402")
    assert [f.applicability.value for f in d.fixes] == ["unsafe"]
    assert apply_fixes(story, [d]).text == story  # --fix alone leaves the story as it is
