"""WL201 placeholder-brand: brand slots holding a placeholder word or another agency."""

from __future__ import annotations

from tests.conftest import corpus_files, flagged, lint

BODY = "The ministry said on Wednesday that the strike killed 89 soldiers.\n"


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
    # An acronym: an agency no pack lists yet, not a word put in the brand's place.
    story = f"Head\n\nVILNIUS, Jan 4 (BNS) - {BODY}"
    [d] = lint(story, "WL201")
    assert d.severity.label == "info" and "not a known agency" in d.message
    assert lint(story, "WL201", options={"WL201": {"report-unknown": False}}) == []
    assert lint(story, "WL201", brand="BNS") == []


def test_a_name_no_pack_lists_alone_in_the_dateline_is_the_brand_replaced() -> None:
    # Every mention replaced: no real brand is left to compare with, and the dateline is
    # the one slot where only the story's own agency stands.
    story = f"Head\n\nVILNIUS, Jan 4 (Baltnews) - {BODY}"
    [d] = lint(story, "WL201")
    assert d.severity.label == "warning" and "names no known agency" in d.message
    assert "add it to an agencies pack or set `brand`" in d.message
    assert lint(story, "WL201", brand="Baltnews") == []
    # The story names the word elsewhere: a firm or a place, not a stand-in.
    named = story.replace("said", "said, citing Baltnews figures,", 1)
    assert [x.severity.label for x in lint(named, "WL201")] == ["info"]


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
