"""WL304 dateline-format: malformed datelines against the house pattern."""

from __future__ import annotations

import pytest

from tests.conftest import corpus_files, flagged, lint

BODY = "Russia's defense ministry said on Wednesday the strike killed 89 soldiers.\n"


def test_house_dash_and_months_are_options() -> None:
    story = f"Head\n\nMOSCOW, Jan. 4 (Reuters) — {BODY}"
    found = lint(story, "WL304", options={"WL304": {"dash": "hyphen", "months": "reuters"}})
    assert [story[d.span.start : d.span.end] for d in found] == ["Jan.", "—"]
    assert all(d.fixes for d in found)


def test_missing_agency_fix_is_safe_with_brand() -> None:
    story = f"Head\n\nMOSCOW, Jan 4 - {BODY}"
    [d] = lint(story, "WL304", brand="Reuters")
    [fix] = d.fixes
    assert fix.applicability.value == "safe" and fix.edits[0].replacement == " (Reuters)"


def test_no_false_alarms_in_clean_corpus_copy() -> None:
    noisy = []
    for path in corpus_files(every=5):
        text = path.read_text(encoding="utf-8")
        noisy += [f"{path.name}: {d.message}" for d in lint(text, "WL304")]
    assert noisy == []


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Paris (AFP): ", "Paris (AFP):"),
        ("(Bloomberg) ", "(Bloomberg)"),
        ("WASHINGTON — ", "WASHINGTON"),
        ("NEW YORK, Sept 12 (Reuters) : ", "NEW YORK, Sept 12 (Reuters) :"),
        ("WASHINGTON — 54-year-old ", "WASHINGTON"),
    ],
)
def test_dash_missing_or_replaced(opening: str, expected: str) -> None:
    assert flagged(f"Head\n\n{opening}{BODY}", "WL304") == [expected]


def test_short_table_opening_is_still_a_dateline() -> None:
    story = "KAY CORP <KAY> 4TH QTR NET\n\nNEW YORK, March 3 (Reuters) : Oper shr 25 cts vs 1.21 dlrs\n\nOper net 1,366,000 vs 6,287,000\n"
    assert flagged(story, "WL304") == ["NEW YORK, March 3 (Reuters) :"]


@pytest.mark.parametrize(
    "opening",
    [
        "Tokyo - ",  # title case without a credit reads as prose
        "Industrial and Commercial Bank (ICBC), ",
        "Poland - a large EU member - ",
        "NOTE - ",
    ],
)
def test_prose_openings_are_not_datelines(opening: str) -> None:
    assert flagged(f"Head\n\n{opening}{BODY.lower()}", "WL304") == []


def test_bloomberg_dateline_has_no_city_to_check() -> None:
    from wirelint.document.model import parse_document

    doc = parse_document(f"Head\n\n(Bloomberg) -- {BODY}")
    assert doc.dateline is not None and doc.slice(doc.dateline.city) == ""
    assert doc.slice(doc.dateline.agency) == "Bloomberg"  # type: ignore[arg-type]
    assert doc.paragraphs[0].text == BODY.strip()
    assert flagged(f"Head\n\n(Bloomberg)--{BODY}", "WL304") == ["--"]
