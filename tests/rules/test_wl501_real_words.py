"""WL501: informal and technical words, cited words and words of foreign names are words."""

from __future__ import annotations

import pytest

from tests.conftest import flagged

MUST_NOT_FLAG = [
    # Trade terms and informal words of general dictionaries, and their regular forms.
    "Head\n\nThe oil netback rose as the group demerged its unit at the yearend.\n",
    "Head\n\nThe divorcee, a muso who trailblazed the genre, backed defunding the police.\n",
    # A word quoted on its own is cited, not used.
    'Head\n\nA player misunderstood what was meant by the word "energie" in the game.\n',
    # A lower-case word between two capitalised ones is part of a name.
    "Head\n\nThe lead manager is Den norske Creditbank, the bank said.\n",
    # A currency's plural.
    "Head\n\nThe courts awarded Varig 2bn reais on Tuesday.\n",
]

MUST_FLAG = [
    # The same checks leave a typo in an ordinary place reported.
    ("Head\n\nThe word energie was used by the goverment.\n", ["energie", "goverment"]),
    ("Head\n\nThe lead manager is Den norske, the bank said.\n", ["norske"]),
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
