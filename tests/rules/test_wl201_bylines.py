"""WL201 in bylines: the agency a byline names after the reporter, in each agency's layout.

AP ("By JANE DOE Associated Press Writer"), PA ("By Jane Doe, PA Political
Correspondent"), AFP ("By Jane Doe, AFP"), Bloomberg ("By Jane Doe, Bloomberg News") and
UPI ("By Jane Doe, UPI Correspondent"): a find-and-replace of the brand reaches the
byline as it reaches the dateline. Stories written for these tests.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged, lint
from wirelint.diagnostics import Applicability, Severity

AP = (
    "Wildfire forces evacuations in foothills west of city\n\n"
    "{byline}\n\n"
    "DENVER (AP) — A wind-driven wildfire forced the evacuation of about 2,000 homes in the "
    "foothills west of Denver on Sunday, officials said.\n\n"
    "No injuries were reported. The cause of the fire was under investigation.\n"
)
PA = (
    "Minister pledges more money for rural bus routes\n\n"
    "{byline}\n\n"
    "The Transport Secretary has pledged an extra 150 million pounds for rural bus routes in "
    "England, saying many villages had been cut off by service reductions.\n\n"
    "Councils will be able to bid for the money from next month.\n"
)
PA_DATELINE = PA.replace("The Transport", "LONDON (PA) - The Transport")
BLOOMBERG = (
    "Bond traders pare bets on rate cuts after jobs data\n\n"
    "{byline}\n\n"
    "(Bloomberg) -- Treasuries fell as traders pared bets on interest-rate cuts this year "
    "after a stronger-than-expected jobs report.\n\n"
    "Two-year yields rose as much as 12 basis points to 4.71%.\n"
)
AFP = (
    "Thousands rally in Buenos Aires against spending cuts\n\n"
    "{byline}\n\n"
    "BUENOS AIRES, Jan 4 (AFP) - Tens of thousands of people marched through central Buenos "
    "Aires on Wednesday to protest against cuts to university funding.\n\n"
    "Police estimated the crowd at 60,000.\n"
)
UPI = (
    "Storm knocks out power to 200,000 on Gulf Coast\n\n"
    "{byline}\n\n"
    "MOBILE, Ala., Sept. 3 (UPI) -- A tropical storm knocked out power to about 200,000 homes "
    "along the Gulf Coast on Tuesday, utilities said.\n\n"
    "Crews expected to restore most of it by Thursday.\n"
)

MUST_FLAG = [
    # A placeholder word, in each layout.
    (AP, "By JANE DOE Portal Writer", "Portal"),
    (AP, "By JANE DOE and JOHN ROE Meridian Writers", "Meridian"),
    (PA, "By Jane Doe, Portal Political Correspondent", "Portal"),
    (PA, "By Jane Doe, Courier", "Courier"),
    (BLOOMBERG, "By Sarah Klein, Lantern News", "Lantern"),
    (AFP, "By Lucia Fernandez, Harbor", "Harbor"),
    (UPI, "By Jane Doe, Summit Correspondent", "Summit"),
    # A name English does not have, before a title, where the dateline names the agency.
    (AP, "By JANE DOE Zentrix Writer", "Zentrix"),
    (AP, "By JANE DOE, Kelbrook Writer", "Kelbrook"),
    (PA_DATELINE, "By Jane Doe, Novacast Political Correspondent", "Novacast"),
    (BLOOMBERG, "By Sarah Klein, Dravida News", "Dravida"),
    (UPI, "By Jane Doe, Vantor Correspondent", "Vantor"),
]

MUST_NOT_FLAG = [
    (AP, "By MARIA ORTIZ Associated Press Writer"),
    (AP, "By MARIA ORTIZ and DAVID CHEN Associated Press Writers"),
    (AP, "By MARIA ORTIZ, AP Business Writer"),
    (AP, "By MARIA ORTIZ and DAVID CHEN"),
    (PA, "By Jane Smith, PA Political Correspondent"),
    (PA, "By Jane Smith, Press Association"),
    (BLOOMBERG, "By Sarah Klein, Bloomberg News"),
    (BLOOMBERG, "By Sarah Klein"),
    (AFP, "By Lucia Fernandez, AFP"),
    (UPI, "By Jane Doe, UPI Correspondent"),
    # A name the story gives elsewhere, and a place after the comma, are no agency.
    (AFP, "By Lucia Fernandez, Buenos Aires"),
    (AFP, "By Lucia Fernandez, Montevideo"),
    (PA, "By Jane Smith, Senior Writer"),
]


@pytest.mark.parametrize(("layout", "byline", "word"), MUST_FLAG)
def test_a_placeholder_in_a_byline_is_reported(layout: str, byline: str, word: str) -> None:
    text = layout.format(byline=byline)
    assert word in flagged(text, "WL201")


@pytest.mark.parametrize(("layout", "byline"), MUST_NOT_FLAG)
def test_a_real_byline_is_not_reported(layout: str, byline: str) -> None:
    text = layout.format(byline=byline)
    assert flagged(text, "WL201") == []


def test_the_byline_note_points_at_the_dateline_and_the_fix_writes_the_brand() -> None:
    text = AP.format(byline="By JANE DOE Zentrix Writer")
    (found,) = lint(text, "WL201")
    assert "placeholder" in found.message
    assert [text[n.span.start : n.span.end] for n in found.notes] == ["AP"]
    (fixed,) = lint(text, "WL201", brand="AP")
    assert fixed.fixes[0].applicability is Applicability.SAFE
    assert fixed.fixes[0].edits[0].replacement == "AP"


def test_an_unknown_name_in_a_titled_byline_without_a_known_brand_is_only_info() -> None:
    # No dateline and no configured brand: an agency no pack lists may stand there.
    text = PA.format(byline="By Jane Doe, Zentrix Political Correspondent")
    assert [d.severity for d in lint(text, "WL201")] == [Severity.INFO]


@pytest.mark.parametrize(
    ("byline", "word"),
    [
        ("By Portal Staff", "Portal"),
        ("By Kiosk staff writers", "Kiosk"),
        ("By Zentrix Staff", "Zentrix"),  # a name no pack lists, under a known agency
    ],
)
def test_a_placeholder_in_a_newsroom_s_staff_byline_is_reported(byline: str, word: str) -> None:
    assert flagged(AP.format(byline=byline), "WL201") == [word]


@pytest.mark.parametrize("byline", ["By AP Staff", "By Associated Press staff writers"])
def test_a_real_staff_byline_is_not_reported(byline: str) -> None:
    assert flagged(AP.format(byline=byline), "WL201") == []
