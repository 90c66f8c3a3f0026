"""WL201 on slots that wire layouts add around the copy: the standards line with a name of
two or three words ("The Thomson Vargas News Agency Trust Principles"), the standards
line as the only slot, a byline with no "By" read as a second headline ("Kenji Sato,
Lantern"), and the newsroom's own work opening a summary point ("Lantern analysis of the
figures"). Real copy in the same layouts, and a fixture's day closing a sports headline
("France v Wales (Sat)"), stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import flagged, lint
from wirelint.diagnostics import Severity

LEAD = "Gold prices rose on Monday as the dollar weakened, traders said."
REST = "The metal hit its highest level in six weeks, dealers said."


def story(
    head: str = "Gold rises as dollar slips", top: str = "", dateline: str = "", foot: str = ""
) -> str:
    parts = [head, *([top] if top else []), dateline + LEAD, REST, *([foot] if foot else [])]
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize(
    ("foot", "stand_in"),
    [
        ("Our Standards: The Thomson Vargas News Agency Trust Principles.", "Vargas News Agency"),
        ("Our Standards: The Thomson Gunmetal Inventory Trust Principles.", "Gunmetal Inventory"),
        ("Our Standards: The Thomson Icicle Trust Principles.", "Icicle"),
    ],
)
def test_a_stand_in_in_the_standards_line_is_reported(foot: str, stand_in: str) -> None:
    with_dateline = story(dateline="LONDON, Feb 4 (Reuters) - ", foot=foot)
    assert flagged(with_dateline, "WL201") == [stand_in]


@pytest.mark.parametrize(
    "foot",
    [
        "Our Standards: The Thomson Icicle Trust Principles.",
        "Our Standards: The Thomson Probate Media Trust Principles.",
    ],
)
def test_the_standards_line_alone_proves_a_stand_in(foot: str) -> None:
    # Every mention replaced: only the agency's own boilerplate names it.
    found = lint(story(foot=foot), "WL201")
    assert [d.severity for d in found] == [Severity.WARNING]


def test_the_real_standards_line_is_quiet() -> None:
    foot = "Our Standards: The Thomson Reuters Trust Principles."
    assert flagged(story(dateline="LONDON, Feb 4 (Reuters) - ", foot=foot), "WL201") == []


@pytest.mark.parametrize("stand_in", ["Naldrellul", "Ices"])
def test_a_byline_without_by_under_the_headline_is_read(stand_in: str) -> None:
    text = story(top=f"Kenji Moreau, {stand_in}", dateline="LONDON, Feb 4 (Reuters) - ")
    assert flagged(text, "WL201") == [stand_in]


def test_a_real_byline_without_by_is_quiet() -> None:
    text = story(top="Kenji Moreau, Reuters", dateline="LONDON, Feb 4 (Reuters) - ")
    assert flagged(text, "WL201") == []


@pytest.mark.parametrize("stand_in", ["Lantern", "Kortix"])
def test_the_newsrooms_analysis_opening_a_summary_point_is_read(stand_in: str) -> None:
    top = f"Summary\n\n* Gold at six-week high\n\n* {stand_in} analysis of the figures"
    text = story(top=top, dateline="LONDON, Feb 4 (Reuters) - ")
    assert flagged(text, "WL201") == [stand_in]


@pytest.mark.parametrize(
    "point",
    [
        "* Reuters analysis of the figures",
        "* Further analysis of the data showed a rise",
        "* Independent analysis shows the same",
        "* Microscopy analysis of these bone tools suggests they were made by hand",
    ],
)
def test_real_analysis_points_are_quiet(point: str) -> None:
    top = f"Summary\n\n* Gold at six-week high\n\n{point}"
    assert flagged(story(top=top, dateline="LONDON, Feb 4 (Reuters) - "), "WL201") == []


@pytest.mark.parametrize("day", ["Sat", "Fri", "Wed", "Sun"])
def test_a_fixtures_day_closing_a_headline_is_quiet(day: str) -> None:
    text = story(
        head=f"France v Wales ({day})", top="By Ruth Quill | BBC", dateline="PARIS (BBC) - "
    )
    assert flagged(text, "WL201") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The band played T in the Park, and at a series of gigs.",
        "He was moved by the generosity shown by Britons.",
    ],
)
def test_a_venue_or_a_people_in_a_slot_is_quiet(sentence: str) -> None:
    text = story(dateline="LONDON, Feb 4 (BBC) - ") + "\n" + sentence + "\n"
    assert flagged(text, "WL201") == []
