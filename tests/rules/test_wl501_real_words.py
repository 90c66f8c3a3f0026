"""WL501: informal and technical words are words; slips next to names are still slips."""

from __future__ import annotations

from tests.conftest import flagged


def test_a_slip_between_a_title_and_a_name_or_in_scare_quotes_is_reported() -> None:
    story = 'Head\n\nTory eader Michael Howard said he was playing a "dfiferent" role.\n'
    assert flagged(story, "WL501") == ["eader", "dfiferent"]
