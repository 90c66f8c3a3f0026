"""WL201 in the byline and credit shapes papers and agencies print beyond the wires' own:
stories written for these tests.

"Reuters staff", "From AFP reporters", "Jane Doe, dpa correspondent", "Jane Doe reports
for UPI", a byline in emphasis marks or set under the lead, a colleague credited by the newsroom's possessive
("Writing by Reuters' Jane Doe") and "contributed to this Reuters report". A newsroom's
name of two words before its staff ("Compiled by Putt Mooch staff") is a stand-in too.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged

STORY = (
    "Shipping insurer weighs exit from Black Sea cover\n\n"
    "{byline}"
    "LONDON, April 9 (Reuters) - One of the largest marine insurers is considering pulling "
    "out of war-risk cover for the Black Sea, three people familiar with the matter said.\n\n"
    "{under}"
    "The insurer has paid out about $140 million on Black Sea claims since January.\n\n"
    "A spokesperson for the company declined to comment.\n"
    "{credit}"
)


def story(byline: str = "", under: str = "", credit: str = "") -> str:
    return STORY.format(
        byline=f"{byline}\n\n" if byline else "",
        under=f"{under}\n\n" if under else "",
        credit=f"\n{credit}\n" if credit else "",
    )


@pytest.mark.parametrize(
    ("byline", "word"),
    [
        ("Kloukund staff", "Kloukund"),
        ("From Kloukund reporters", "Kloukund"),
        ("Samuel Osei, Doutra correspondent", "Doutra"),
        ("Samuel Osei reports for Kutho", "Kutho"),
        ("*By Oliver Grant, Kloukund*", "Kloukund"),
        ("_By Oliver Grant, Lacing_", "Lacing"),
        ("From Charm Waling reporters", "Charm Waling"),
    ],
)
def test_a_stand_in_in_a_byline_shape_is_reported(byline: str, word: str) -> None:
    assert word in flagged(story(byline=byline), "WL201")


def test_a_byline_under_the_lead_is_read() -> None:
    assert "Chumex" in flagged(story(under="By Oliver Grant, Chumex"), "WL201")


@pytest.mark.parametrize(
    ("credit", "word"),
    [
        (
            "(Reporting by Liz Lee; Writing by Blanket's Martin Petty; Editing by Kim Coghill)",
            "Blanket",
        ),
        (
            "(Reporting by Liz Lee; Writing by Kleanepi' Martin Petty; Editing by Kim Coghill)",
            "Kleanepi",
        ),
        ("Additional reporting by Blanket's Marta Ruiz in Lima", "Blanket"),
        ("Marta Ruiz in Lima contributed to this Blanket report.", "Blanket"),
        ("Compiled by Minstrel Belt staff", "Minstrel Belt"),
        ("(Reporting by Blue Harbour staff in Lima; Editing by Henrik Lund)", "Blue Harbour"),
    ],
)
def test_a_stand_in_in_a_credit_shape_is_reported(credit: str, word: str) -> None:
    assert word in flagged(story(credit=credit), "WL201")


@pytest.mark.parametrize(
    ("byline", "under", "credit"),
    [
        ("Reuters staff", "", ""),
        ("From Reuters reporters", "", ""),
        ("Samuel Osei, Reuters correspondent", "", ""),
        ("Samuel Osei reports for Reuters", "", ""),
        ("*By Oliver Grant, Reuters*", "", ""),
        ("_By Oliver Grant_", "", ""),
        ("By Oliver Grant, Kyiv, Ukraine", "", ""),
        ("", "By Oliver Grant, Reuters", ""),
        ("", "", "(Reporting by Liz Lee; Writing by Reuters' Martin Petty)"),
        ("", "", "Additional reporting by Tom Hale in Lima"),
        ("", "", "Marta Ruiz in Lima contributed to this Reuters report."),
        ("", "", "Compiled by Reuters staff"),
        ("", "", "(Reporting by Bengaluru newsroom; Editing by Henrik Lund)"),
    ],
)
def test_the_real_agency_or_a_place_in_those_shapes_stays_quiet(
    byline: str, under: str, credit: str
) -> None:
    assert flagged(story(byline, under, credit), "WL201,WL202") == []
