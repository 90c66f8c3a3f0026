"""WL201 placeholder-brand: brand slots holding a placeholder word or another agency."""

from __future__ import annotations

import pytest

from tests.conftest import corpus_files, flagged, lint

BODY = "The ministry said on Wednesday that the strike killed 89 soldiers.\n"

MUST_FLAG = [
    # Reuters style: dateline, staff credit, trust line.
    (f"Head\n\nMOSCOW, Jan 4 (Outlet) - {BODY}", ["Outlet"]),
    (f"Head\n\nKYIV, Jan 4 (Reuters) - {BODY}\nReporting by Newsroom staff\n", ["Newsroom"]),
    (
        f"Head\n\nKYIV, Jan 4 (Reuters) - {BODY}\n(Compiled by Source bureaus; Editing by Jane Roe)\n",
        ["Source"],
    ),
    (
        f"Head\n\nKYIV, Jan 4 (Reuters) - {BODY}\nOur standards: The Thomson Company Trust Principles.\n",
        ["Company"],
    ),
    # AP style: dateline without date, em dash, contributor line, copyright.
    (f"Head\n\nNEW YORK (Agency) — {BODY}", ["Agency"]),
    (
        f"Head\n\nNEW YORK (AP) — {BODY}\nOutlet writer Jane Doe in Washington contributed to this report.\n",
        ["Outlet"],
    ),
    (
        f"Head\n\nNEW YORK (AP) — {BODY}\nCopyright 2024 The Publisher. All rights reserved.\n",
        ["Publisher"],
    ),
    # AFP style: title-case city; headline suffix with a pipe.
    (f"Storm hits coast | Portal\n\nParis (AFP) - {BODY}", ["Portal"]),
    # Bloomberg style: double hyphen, © line.
    (f"Head\n\nLONDON (Network) -- {BODY}\n©2024 Bloomberg L.P.\n", ["Network"]),
    # A lowercase dictionary word in a slot.
    (f"Head\n\nMOSCOW, Jan 4 (website) - {BODY}", ["website"]),
    # Words in no list: any English common word in a slot the story never uses as a name.
    (f"Head\n\nWASHINGTON (Vendor) — {BODY}", ["Vendor"]),
    (f"Head\n\nPARIS (Hub) - {BODY}", ["Hub"]),
    (f"Head\n\n(Gateway) -- {BODY}", ["Gateway"]),  # Bloomberg's city-less dateline
    (
        f"Head\n\nLONDON (Reuters) - {BODY}\nOur standards: The Ledger Trust Principles.\n",
        ["Ledger"],
    ),
    (f"Storm hits coast | Newspaper Name\n\nParis (AFP) - {BODY}", ["Newspaper Name"]),
    # A credit closing the last paragraph.
    (
        "Head\n\nPARIS (AFP) - The strike killed 89 soldiers. (Reporting by Beacon bureaus; "
        "Editing by Jane Roe)\n",
        ["Beacon"],
    ),
]

MUST_NOT_FLAG = [
    f"Head\n\nMOSCOW, Jan 4 (Reuters) - {BODY}\nReporting by Reuters bureaus; Writing by David Ljunggren; Editing by Cynthia Osterman\n\nOur standards: The Thomson Reuters Trust Principles.\n",
    f"Head\n\nNEW YORK (AP) — {BODY}\nAssociated Press writer Jane Doe contributed to this report.\n\nCopyright 2024 The Associated Press. All rights reserved.\n",
    f"Head\n\nParis (AFP) - {BODY}",
    f"Head\n\nLONDON (Bloomberg) -- {BODY}\n©2024 Bloomberg L.P.\n",
    f"Head\n\nBERLIN, Jan 4 (dpa) - {BODY}",
    f"Head\n\nSEOUL, Jan 4 (Yonhap) - {BODY}",
    # Agencies quoted in the body are sources, not brand slots.
    "Head\n\nMOSCOW, Jan 4 (Reuters) - Kremlin spokesman Dmitry Peskov told Interfax news agency the talks would go on, according to AFP.\n",
    # A headline suffix naming the person quoted, or a section label.
    "Lords wrong on detainees - Straw\n\nJack Straw has attacked the decision by the Lords.\n",
    "Markets slide as oil jumps - Analysis\n\nStocks fell on Tuesday.\n",
    "Putin to attend summit - Interfax\n\nMOSCOW, Jan 4 (Reuters) - Putin will attend, Interfax reported.\n",
    # ALL-CAPS wire headlines attribute in capitals: "- TRADE", "- ANALYSTS".
    "JAPAN BOUGHT U.S. CORN LAST WEEK - TRADE\n\nTOKYO, March 30 (Reuters) - Japanese mills bought corn, traders said.\n",
    "KUWAIT MAY RE-REGISTER GULF TANKERS - NEWSPAPER\n\nNEW YORK, April 7 (Reuters) - Kuwait may act.\n",
    # People and photo credits.
    f"Head\n\nMOSCOW, Jan 4 (Reuters) - {BODY}\nReporting by Mark Trevelyan; Writing by Guy Faulconbridge\n",
    f"Head\n\nMOSCOW, Jan 4 (Reuters) - {BODY}\nPhotos by Getty Images\n",
    f"Head\n\nNEW YORK (AP) — {BODY}\nStaff writer Jane Doe contributed to this report.\n",
    f"Head\n\nWASHINGTON (AP) — {BODY}\nThe Associated Press contributed to this report.\n",
    f"Head\n\n(Bloomberg) -- {BODY}\nTo contact the reporter on this story: Jane Doe in London.\n",
    # Bureaus and newsrooms are named after their city.
    f"Head\n\nLONDON (Reuters) - {BODY}\nReporting by London newsroom; Editing by Jane Roe\n",
    f"Head\n\nWARSAW (Reuters) - {BODY}\nCompiled by Gdansk newsroom\n",
    "Head\n\nANKARA (Reuters) - Inflation in Turkey rose.\n\nReporting by Turkey bureau\n",
    # Two agencies credited together in one dateline.
    f"Head\n\nKABUL (Reuters/AFP) - {BODY}",
    # A fill-in mark in a slot is WL202's.
    f"Head\n\nMOSCOW, Jan 4 (XXX) - {BODY}",
    # Attributions after a headline dash, in any case.
    "Oil falls on supply glut - Traders\n\nLONDON (Reuters) - Oil fell, traders said.\n",
    "Oil falls on supply glut - traders\n\nLONDON (Reuters) - Oil fell, traders said.\n",
]


@pytest.mark.parametrize(("story", "expected"), MUST_FLAG)
def test_flags_placeholder_brands(story: str, expected: list[str]) -> None:
    assert flagged(story, "WL201") == expected


@pytest.mark.parametrize("story", MUST_NOT_FLAG)
def test_leaves_real_agencies_alone(story: str) -> None:
    assert flagged(story, "WL201") == []


def test_seed_story_slots(seed_text: str) -> None:
    found = lint(seed_text, "WL201")
    lines = [seed_text.count("\n", 0, d.span.start) + 1 for d in found]
    assert [seed_text[d.span.start : d.span.end] for d in found] == ["Portal"] * 4
    assert lines == [3, 9, 57, 59]
    assert "Interfax" not in [seed_text[d.span.start : d.span.end] for d in found]


def test_fix_is_safe_with_a_configured_brand(seed_text: str) -> None:
    found = lint(seed_text, "WL201", brand="Reuters")
    assert all(d.fixes and d.fixes[0].applicability.value == "safe" for d in found)
    assert {d.fixes[0].edits[0].replacement for d in found} == {"Reuters"}


def test_no_fix_without_brand_or_agreeing_slot(seed_text: str) -> None:
    assert all(not d.fixes for d in lint(seed_text, "WL201"))


def test_placeholder_fixed_to_what_other_slots_agree_on() -> None:
    story = f"Head\n\nMOSCOW, Jan 4 (Portal) - {BODY}\nReporting by Reuters staff\n\nOur standards: The Thomson Reuters Trust Principles.\n"
    [d] = lint(story, "WL201")
    assert story[d.span.start : d.span.end] == "Portal"
    assert [n.message for n in d.notes] == [
        "the credit line says `Reuters`",
        "the standards line says `Reuters`",
    ]
    [fix] = d.fixes
    assert fix.applicability.value == "unsafe" and fix.edits[0].replacement == "Reuters"


def test_slots_that_disagree() -> None:
    story = f"Head\n\nPARIS, Jan 4 (AFP) - {BODY}\nReporting by Reuters staff; Editing by Jane Roe\n\nOur standards: The Thomson Reuters Trust Principles.\n"
    [d] = lint(story, "WL201")
    assert story[d.span.start : d.span.end] == "AFP"
    assert "the dateline names `AFP`" in d.message and "`Reuters`" in d.message
    assert len(d.notes) == 2


def test_slot_disagreeing_with_configured_brand() -> None:
    story = f"Head\n\nWASHINGTON (AP) — {BODY}"
    [d] = lint(story, "WL201", brand="Reuters")
    assert "configured brand is `Reuters`" in d.message
    assert d.fixes[0].applicability.value == "safe"
    assert lint(story, "WL201", brand="Associated Press") == []
    assert lint(story, "WL201", brand="AP") == []


def test_additional_reporting_by_another_agency_is_not_a_clash() -> None:
    story = f"Head\n\nMOSCOW, Jan 4 (Reuters) - {BODY}\nAdditional reporting by AFP; Editing by Jane Roe\n"
    assert flagged(story, "WL201") == []


def test_unknown_name_is_info_and_can_be_turned_off() -> None:
    story = f"Head\n\nVILNIUS, Jan 4 (Baltnews) - {BODY}"
    [d] = lint(story, "WL201")
    assert d.severity.label == "info" and "not a known agency" in d.message
    assert lint(story, "WL201", options={"WL201": {"report-unknown": False}}) == []
    assert lint(story, "WL201", brand="Baltnews") == []


def test_placeholders_are_warnings() -> None:
    [d] = lint(f"Head\n\nMOSCOW, Jan 4 (Portal) - {BODY}", "WL201")
    assert d.severity.label == "warning" and d.rule == "placeholder-brand"
    assert "placeholder" in d.message and "dateline" in d.message


def test_no_false_alarms_in_clean_corpus_copy() -> None:
    noisy = []
    for path in corpus_files(every=5):
        text = path.read_text(encoding="utf-8")
        for d in lint(text, "WL201"):
            if d.severity.label != "info":
                noisy.append(f"{path.name}: {text[d.span.start : d.span.end]!r}")
    assert noisy == []


def test_bloomberg_style_slots_agree() -> None:
    story = f"Head\n\n(Bloomberg) -- {BODY}\n©2024 Bloomberg L.P.\n"
    assert flagged(story, "WL201") == []
    story = f"Head\n\n(Bloomberg) -- {BODY}\nReporting by Reuters staff\n\n©2024 Bloomberg L.P.\n"
    [d] = lint(story, "WL201")
    assert story[d.span.start : d.span.end] == "Reuters"
    assert "other brand slots name `Bloomberg`" in d.message


def test_placeholder_in_credit_fixed_safely_to_configured_brand() -> None:
    story = f"Head\n\nPARIS (AFP) - {BODY}\nReporting by Digest bureaus; Editing by Jane Roe\n"
    [d] = lint(story, "WL201", brand="AFP")
    assert story[d.span.start : d.span.end] == "Digest"
    [fix] = d.fixes
    assert fix.applicability.value == "safe" and fix.edits[0].replacement == "AFP"
