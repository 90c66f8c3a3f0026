"""The agency's name where agencies print it: bylines, credit and copyright lines, headline suffixes.

Each story names its agency in one slot, marked ``{A}``, and in its dateline or another
slot. With the real agency in the slot the story has no finding; with the name replaced
by a stand-in (a template word, an ordinary noun, a made-up name) WL201 reports the
stand-in. Desks, titles and people in the same slots stay quiet.
"""

from __future__ import annotations

import pytest

from tests.conftest import lint

BODY = (
    "Officials said repairs to the bridge would take about a week.\n\n"
    "The crossing carries some 40,000 vehicles a day, the city said.\n"
)
# (story with the slot marked {A}, the agency that belongs there, the stand-ins reported)
ALL = ("Portal", "Courier", "Nexora")
WORDS = ("Portal", "Courier")  # where a place may stand, a made-up name is not judged
SLOTS = [
    # Bylines.
    ("Bridge shut\n\nBy Jane Doe, {A}\n\nLONDON (Reuters) - " + BODY, "Reuters", WORDS),
    ("Bridge shut\n\nBy Jane Doe and John Roe, {A}\n\nPARIS (AFP) - " + BODY, "AFP", WORDS),
    (
        "Bridge shut\n\nBy Jane Doe, {A} Political Correspondent\n\n" + BODY + "\n© PA Media\n",
        "PA",
        ALL,
    ),
    ("Bridge shut\n\nBy Li Wei | {A}\n\nBEIJING, Nov. 15 (Xinhua) -- " + BODY, "Xinhua", ALL),
    ("Bridge shut\n\nBy Jane Doe / {A}\n\nPARIS (AFP) - " + BODY, "AFP", ALL),
    ("Bridge shut\n\nBy JANE DOE/{A}\n\nDENVER (AP) — " + BODY, "AP", ALL),
    ("Bridge shut\n\nKenji Sato, {A} News\n\nTOKYO, Nov. 15 (Kyodo) -- " + BODY, "Kyodo", ALL),
    ("Bridge shut\n\nBy JANE DOE, {A}\n\nDENVER (AP) — " + BODY, "Associated Press", ALL),
    ("Bridge shut\n\nBy JANE DOE\n{A} Sports Writer\n\nDENVER (AP) — " + BODY, "AP", ALL),
    # Credit and copyright lines.
    (
        "Bridge shut\n\nLONDON (Reuters) - " + BODY + "\n(Reporting by Ann Poe for {A}; "
        "Editing by Tom Hill)\n",
        "Reuters",
        ALL,
    ),
    (
        "Bridge shut\n\n(Bloomberg) -- " + BODY + "\n-- With assistance from Ann Poe. ({A})\n",
        "Bloomberg",
        ALL,
    ),
    (
        "Bridge shut\n\nDENVER (AP) — " + BODY + "\n(c) 2026 The {A}. All rights reserved.\n",
        "Associated Press",
        ALL,
    ),
    (
        "Bridge shut\n\nTOKYO, Nov. 15 (Kyodo) -- " + BODY + "\nCopyright 2026 {A} News\n",
        "Kyodo",
        ALL,
    ),
    ("Bridge shut\n\nBerlin (dpa) - " + BODY + "\n({A})\n", "dpa", ALL),
    (
        "Bridge shut\n\nBEIJING, Nov. 15 (Xinhua) -- " + BODY + "\nEditing by Li Wei | {A}\n",
        "Xinhua",
        ALL,
    ),
    (
        "Bridge shut\n\nMIAMI, Nov. 15 (UPI) -- " + BODY + "\nCompiled by Ann Poe for {A}\n",
        "UPI",
        ALL,
    ),
    (
        "Bridge shut\n\nMIAMI, Nov. 15 (UPI) -- " + BODY + "\n{A} contributed to this report.\n",
        "UPI",
        ALL,
    ),
    # Headline suffixes.
    ("Bridge shut for repairs | {A}\n\nLONDON (Reuters) - " + BODY, "Reuters", ALL),
    ("Bridge shut for repairs - {A}\n\nBEIJING, Nov. 15 (Xinhua) -- " + BODY, "Xinhua", ALL),
    ("Bridge shut for repairs : {A}\n\nDENVER (AP) — " + BODY, "AP", ALL),
    ("Bridge shut for repairs ({A})\n\nPARIS (AFP) - " + BODY, "AFP", ALL),
    (
        "Bridge shut for repairs - {A} News\n\nBy Sian Roberts, BBC Wales reporter\n\n" + BODY,
        "BBC",
        ALL,
    ),
]
CASES = [(story, agency, word) for story, agency, words in SLOTS for word in words]


def _found(text: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in lint(text, select="WL201")]


@pytest.mark.parametrize(("story", "agency"), [(s, a) for s, a, _ in SLOTS])
def test_the_real_agency_in_its_slot_is_quiet(story: str, agency: str) -> None:
    assert lint(story.replace("{A}", agency), select="WL2") == []


@pytest.mark.parametrize(("story", "agency", "word"), CASES)
def test_a_stand_in_in_the_slot_is_reported(story: str, agency: str, word: str) -> None:
    assert _found(story.replace("{A}", word)) == [word]


@pytest.mark.parametrize(
    "story",
    [
        # A desk after the agency ("PA Industrial Correspondent") is its own, not an agency.
        "Strike called\n\nBy Emma Hart, PA Industrial Correspondent\n\n" + BODY,
        "Strike called\n\nBy Emma Hart, PA Home Affairs Correspondent\n\n" + BODY,
        "Banks rally | Reuters Breakingviews\n\nLONDON (Reuters) - " + BODY,
        "Bridge shut\n\nBy TOM ELLIS AP Sports Writer\n\nDENVER (AP) — " + BODY,
        # People and places where an agency may stand.
        "Bridge shut\n\nMIAMI, Nov. 15 (UPI) -- "
        + BODY
        + "\nJane Doe contributed to this report.\n",
        "Bridge shut\n\nBy Lucia Fernandez, Montevideo\n\nMONTEVIDEO (AFP) - " + BODY,
        # A headline's attribution the body gives, and a day in brackets.
        "Bridge shut for a week - Officials\n\nLONDON (Reuters) - " + BODY,
        "France v Wales (Sat)\n\nStade de France, Paris\n\nThe sides meet for the 80th time.\n",
        "Bridge shut\n\nBEIJING, Nov. 15 (Xinhua) -- " + BODY + "\nSource: Xinhua\n",
        # The wire's end mark closing the story.
        "Bridge shut\n\nSEOUL, Dec. 4 (Yonhap) -- " + BODY + "\n(END)\n",
        # A section label in brackets.
        "Bridge shut for repairs (Updated)\n\nLONDON (Reuters) - " + BODY,
    ],
)
def test_desks_people_and_places_in_the_slots_are_quiet(story: str) -> None:
    assert lint(story, select="WL2") == []


def test_a_word_the_dateline_proves_is_reported_in_the_headline_and_byline_too() -> None:
    story = "Bridge shut | Nexora\n\nBy Jane Doe, Nexora\n\nLONDON (Nexora) - " + BODY
    assert _found(story) == ["Nexora", "Nexora", "Nexora"]
