"""WL501: informal and technical words are words; slips next to names are still slips."""

from __future__ import annotations

import pytest

from tests.conftest import flagged

MUST_NOT_FLAG = [
    # Trade terms and informal words of general dictionaries, and their regular forms.
    "Head\n\nThe oil netback rose as the group demerged its unit at the yearend.\n",
    "Head\n\nThe divorcee, a muso who trailblazed the genre, backed defunding the police.\n",
    # A currency's plural.
    "Head\n\nThe courts awarded Varig 2bn reais on Tuesday.\n",
]

MUST_FLAG = [
    # The same checks leave a typo in an ordinary place reported.
    ("Head\n\nThe word energie was used by the goverment.\n", ["energie", "goverment"]),
]


@pytest.mark.parametrize("story", MUST_NOT_FLAG)
def test_real_words_and_names_are_left_alone(story: str) -> None:
    assert flagged(story, "WL501") == []


@pytest.mark.parametrize(("story", "expected"), MUST_FLAG)
def test_typos_outside_those_places_are_reported(story: str, expected: list[str]) -> None:
    assert flagged(story, "WL501") == expected


def test_a_slip_between_a_title_and_a_name_or_in_scare_quotes_is_reported() -> None:
    story = 'Head\n\nTory eader Michael Howard said he was playing a "dfiferent" role.\n'
    assert flagged(story, "WL501") == ["eader", "dfiferent"]
