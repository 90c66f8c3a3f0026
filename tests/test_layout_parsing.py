"""Layout shapes read into their parts: a story snippet in, its dateline, byline or label out."""

from __future__ import annotations

import pytest

from tests.conftest import lint
from wirelint.document.model import PartKind, parse_document

BODY = "Officials said the work would take a week.\n"


def _dateline(text: str) -> tuple[str, str, str]:
    doc = parse_document(text)
    assert doc.dateline is not None
    d = doc.dateline
    return doc.slice(d.city), doc.slice(d.agency) if d.agency else "", doc.paragraphs[0].text


@pytest.mark.parametrize(
    ("opening", "city", "agency"),
    [
        ("WASHINGTON (AP) _ ", "WASHINGTON", "AP"),  # AP's older underscore dash
        ("Munich/Berlin (dpa) - ", "Munich/Berlin", "dpa"),  # two cities
        ("Feb. 5 (UPI) -- ", "", "UPI"),  # the day, no city
        ("SEATTLE (AP) — ", "SEATTLE", "AP"),
    ],
)
def test_the_dateline_is_read_in_each_agency_shape(opening: str, city: str, agency: str) -> None:
    text = f"Bridge closes for repairs\n\n{opening}{BODY}"
    assert _dateline(text) == (city, agency, BODY.strip())


def test_an_underscore_inside_the_copy_is_no_dateline_dash() -> None:
    doc = parse_document(f"Bridge closes\n\nThe snake_case name {BODY}")
    assert doc.dateline is None


@pytest.mark.parametrize(
    "byline",
    [
        "ROBERT NKEMELU, AP Medical Writer",
        "By DEVIN O'HARA AP Business Writer",
        "by Giulia ROSSI with Marc LEROY in Bologna",
        "By Sian Davies\nBBC Wales education correspondent",
        "By KAREN WHITFIELD\nAssociated Press",
    ],
)
def test_a_byline_above_the_dateline_is_no_copy(byline: str) -> None:
    text = f"Bridge closes for repairs\n\n{byline}\n\nDENVER (AP) — {BODY}"
    doc = parse_document(text)
    assert [p.text for p in doc.parts if p.kind is PartKind.META] == [byline]
    assert doc.dateline is not None and doc.paragraphs[0].text == BODY.strip()


def test_tags_in_a_row_are_one_tag() -> None:
    doc = parse_document(f"RPT-EXCLUSIVE-Miner weighs sale\n\nLONDON (Reuters) - {BODY}")
    assert [p.text for p in doc.parts if p.kind is PartKind.META] == ["RPT-EXCLUSIVE-"]
    assert doc.headline is not None and doc.headline.text == "Miner weighs sale"


def test_a_label_with_a_colon_apart_from_the_bullets_is_a_label() -> None:
    text = f"Vote at a glance\n\nKey points:\n\n• Turnout rose\n• Party lost seats\n\nPRAGUE (Reuters) - {BODY}"
    doc = parse_document(text)
    assert [p.text for p in doc.parts if p.kind is PartKind.META] == ["Key points:"]
    assert len(doc.bullets) == 2 and doc.dateline is not None


def test_a_short_line_with_a_colon_and_no_bullets_is_copy() -> None:
    # A team sheet: "Playing colours:" over a line of copy, no list below.
    doc = parse_document("Team news\n\nPlaying colours:\n\nAll black\n\nThe side is unchanged.\n")
    assert [p.text for p in doc.paragraphs][:2] == ["Playing colours:", "All black"]


@pytest.mark.parametrize(
    "text",
    [
        f"Bridge closes\n\nFeb. 5 (Portal) -- {BODY}",
        f"Bridge closes\n\nMunich/Berlin (Portal) - {BODY}",
        f"Bridge closes\n\nBy Sian Davies\nPortal Wales education correspondent\n\n{BODY}",
        f"Bridge closes\n\nJANE DOE, Portal Medical Writer\n\nATLANTA (AP) — {BODY}",
    ],
)
def test_a_placeholder_in_the_new_shapes_is_reported(text: str) -> None:
    assert [text[d.span.start : d.span.end] for d in lint(text, select="WL201")] == ["Portal"]


def test_a_dateline_on_its_own_line_over_the_byline_is_the_dateline() -> None:
    text = f"Council fails to agree\n\nUNITED NATIONS (AP) —\n\nBy EDITH LAMONT\nAssociated Press\n\n{BODY}"
    doc = parse_document(text)
    assert doc.dateline is not None and doc.slice(doc.dateline.agency or doc.dateline.span) == "AP"
    assert [p.text for p in doc.paragraphs] == [BODY.strip()]
    assert lint(text) == []
    damaged = text.replace("Associated Press", "Portal")
    assert [damaged[d.span.start : d.span.end] for d in lint(damaged, select="WL201")] == ["Portal"]
