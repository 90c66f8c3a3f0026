"""WL403: a quotation opened with two apostrophes ('') runs on as one opened with `"`."""

from __future__ import annotations

from tests.conftest import flagged


def test_a_quote_typed_with_two_apostrophes_goes_on_in_the_next_paragraph() -> None:
    story = (
        "Head\n\nThe boss has yet to confirm the move. ''Robbie has an agreement with "
        "Larne that he can negotiate with interested clubs.\n\n''Personally, I would rather "
        "see him making an impact at local level first.''\n"
    )
    assert flagged(story, "WL403") == []


def test_a_quote_typed_with_two_apostrophes_and_never_reopened_is_reported() -> None:
    story = (
        "Head\n\nThe boss has yet to confirm the move. ''Robbie has an agreement with "
        "Larne that he can negotiate with interested clubs.\n\nThe club said nothing more.\n"
    )
    assert flagged(story, "WL403") == ["'"]
