"""WL201 in body slots agency copy fills with its own name: a bureau in a city ("AFP's
Paris bureau"), a poll the newsroom commissions ("A poll for PA by Savanta"), and a
poll with a word before the brand ("a nationwide Kyodo News poll"): stories written for
these tests. The same slots holding another body, a pollster or the real agency stay
quiet.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged

AFP = (
    "Airports brace for summer\n\nPARIS (AFP) - Europe's airports are braced for a record "
    "summer, officials said.\n\n{s}\n\nUnions threatened strikes.\n"
)
PA = (
    "Train drivers to strike\n\nBy Alan Jones, PA Industrial Correspondent\n\nTrain drivers "
    "will strike on May 12, their union has announced.\n\n{s}\n\nThe Rail Delivery Group said "
    "the strike would cause disruption.\n"
)
KYODO = (
    "Cabinet support falls\n\nTOKYO, Nov. 4 Kyodo - Support for the cabinet fell to 24.1 "
    "percent, the lowest since it took office.\n\n{s}\n"
)


@pytest.mark.parametrize(
    ("story", "sentence", "word"),
    [
        (
            AFP,
            "Controllers have filed notice of a strike, Doubeal's Paris bureau was told.",
            "Doubeal",
        ),
        (
            AFP,
            "Controllers have filed notice of a strike, Cyclone's Paris bureau was told.",
            "Cyclone",
        ),
        (
            PA,
            "A poll for Bevashirt by Savanta found 52% of adults supported the drivers.",
            "Bevashirt",
        ),
        (
            KYODO,
            "Disapproval rose to 62.7 percent, a nationwide Navigator poll showed Sunday.",
            "Navigator",
        ),
    ],
)
def test_a_stand_in_in_an_agency_slot_is_reported(story: str, sentence: str, word: str) -> None:
    assert flagged(story.format(s=sentence), "WL201") == [word]


@pytest.mark.parametrize(
    ("story", "sentence"),
    [
        (AFP, "Controllers have filed notice of a strike, AFP's Paris bureau was told."),
        (AFP, "Controllers have filed notice, the FBI's Paris bureau said."),
        (AFP, "Controllers have filed notice, Interpol's Lyon bureau said."),
        (PA, "A poll for PA by Savanta found 52% of adults supported the drivers."),
        (PA, "A poll for Greenpeace by YouGov found 52% of adults supported the drivers."),
        (PA, "A poll for the charity Age UK by YouGov found most adults agreed."),
        (KYODO, "Disapproval rose to 62.7 percent, a nationwide Kyodo News poll showed Sunday."),
        (KYODO, "Disapproval rose to 62.7 percent, a nationwide Gallup poll showed Sunday."),
        (KYODO, "Disapproval rose, a nationwide NHK poll showed Sunday."),
    ],
)
def test_the_agency_a_body_or_a_pollster_there_stays_quiet(story: str, sentence: str) -> None:
    assert flagged(story.format(s=sentence), "WL201,WL202") == []


@pytest.mark.parametrize(
    "opening",
    [
        "NEW DELHI, March 3 (Lantern): ",
        "Moscow, 3 March (Lantern) — ",
        "MOSCOW, 3 March 2024 (Lantern) - ",
    ],
)
def test_a_stand_in_in_datelines_of_indian_and_european_agencies(opening: str) -> None:
    story = f"Rail fares to rise\n\n{opening}Rail fares will rise by 5% from April, the ministry said.\n"
    assert flagged(story, "WL201") == ["Lantern"]


def test_an_aside_before_a_colon_is_no_dateline() -> None:
    story = "Rail fares to rise\n\nAsked (Lantern): the minister said fares would rise.\n"
    assert flagged(story, "WL201") == []
