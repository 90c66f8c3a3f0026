"""WL201 on the lines closing a story: a colleague credited by the newsroom's possessive
("Reuters' Jane Doe contributed to this report.", Bloomberg's "-- With assistance from
Bloomberg's Jane Doe."), and the agency signing the story off (Kyodo's "==Kyodo"). Only
the newsroom stands there."""

from __future__ import annotations

import pytest

from tests.conftest import flagged

STORY = (
    "Toyota posts record quarterly profit\n\n"
    "TOKYO, March 3 ({agency}) - Toyota Motor Corp said on Tuesday its quarterly profit "
    "rose to a record as sales in North America recovered.\n\n"
    "The carmaker said it expected the yen to stay weak through the year.\n\n"
    "{credit}\n"
)


@pytest.mark.parametrize(
    ("agency", "credit", "stand_in"),
    [
        ("Reuters", "Zentrix's Jane Doe contributed to this report.", "Zentrix"),
        ("Reuters", "Lanterns' Jane Doe in Osaka contributed reporting.", "Lanterns"),
        ("Bloomberg", "-- With assistance from Zentrix's Jane Doe.", "Zentrix"),
        ("Bloomberg", "--With assistance from Platform's Jane Doe and Tom Lee.", "Platform"),
    ],
)
def test_a_stand_in_crediting_a_colleague_is_reported(
    agency: str, credit: str, stand_in: str
) -> None:
    story = STORY.format(agency=agency, credit=credit)
    assert flagged(story, "WL201") == [stand_in]


@pytest.mark.parametrize(
    ("agency", "credit"),
    [
        ("Reuters", "Reuters' Jane Doe contributed to this report."),
        ("Bloomberg", "-- With assistance from Bloomberg's Jane Doe."),
        ("Bloomberg", "-- With assistance from Jane Doe and Tom Lee."),
        # A colleague named without the newsroom: no brand stands there.
        ("Reuters", "Staff writer Jane Doe contributed to this report."),
    ],
)
def test_the_newsroom_crediting_its_own_is_not_reported(agency: str, credit: str) -> None:
    assert flagged(STORY.format(agency=agency, credit=credit), "WL201") == []


@pytest.mark.parametrize(
    ("sign_off", "stand_in"),
    [("==Zentrix", "Zentrix"), ("== Lantern", "Lantern"), ("-- Zentrix", "Zentrix")],
)
def test_a_stand_in_signing_the_story_off_is_reported(sign_off: str, stand_in: str) -> None:
    story = STORY.format(agency="Kyodo", credit=sign_off)
    assert flagged(story, "WL201") == [stand_in]


@pytest.mark.parametrize(
    "sign_off",
    [
        "==Kyodo",
        "== Kyodo News",
        # A writer signs a column with a name: no agency stands there.
        "-- John Smith",
    ],
)
def test_the_agency_or_a_writer_signing_off_is_not_reported(sign_off: str) -> None:
    assert flagged(STORY.format(agency="Kyodo", credit=sign_off), "WL201") == []


AFP = (
    "Renault posts higher profit\n\n{byline}\n\n"
    "PARIS, March 3 (AFP) - Renault said on Tuesday its profit rose as sales grew.\n\n"
    "The carmaker said it expected demand to hold up.\n\n{credit}\n"
)


@pytest.mark.parametrize(
    ("byline", "credit", "stand_in"),
    [
        ("By Claire Dupont with Zentrix bureaus", "", "Zentrix"),
        (
            "By Claire Dupont",
            "Additional reporting by Lantern reporter Jane Kirby; Editing by Tom Lee",
            "Lantern",
        ),
    ],
)
def test_a_stand_in_before_the_newsrooms_staff_is_reported(
    byline: str, credit: str, stand_in: str
) -> None:
    assert flagged(AFP.format(byline=byline, credit=credit), "WL201") == [stand_in]


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("By Claire Dupont with AFP bureaus", ""),
        ("By Claire Dupont", "Additional reporting by AFP reporter Jane Kirby; Editing by Tom Lee"),
    ],
)
def test_the_newsrooms_own_staff_are_not_reported(byline: str, credit: str) -> None:
    assert flagged(AFP.format(byline=byline, credit=credit), "WL201") == []


UPI = (
    "Senate passes stopgap bill\n\nBy Sheri Walsh, {site}\n\n"
    "WASHINGTON, March 3 (UPI) -- The Senate passed a stopgap bill on Tuesday.\n\n"
    "The House will vote next.\n"
)


def test_a_stand_in_in_the_newsrooms_web_address_is_reported() -> None:
    assert flagged(UPI.format(site="Zentrix.com"), "WL201") == ["Zentrix"]


def test_the_newsrooms_own_web_address_is_not_reported() -> None:
    assert flagged(UPI.format(site="UPI.com"), "WL201") == []
