"""WL302 subhead-mismatch: subheads and summary bullets that disagree with the body."""

from __future__ import annotations

from tests.conftest import corpus_files, lint


def test_note_and_fix_point_at_the_body() -> None:
    story = "Fighting\n\nKYIV (AP) — Fighting went on.\n\nBACHMUT FIGHTS\n\nForces are holding Bakhmut.\n"
    [d] = lint(story, "WL302")
    assert story[d.notes[0].span.start : d.notes[0].span.end] == "Bakhmut"
    assert d.fixes[0].edits[0].replacement == "BAKHMUT"
    assert d.fixes[0].applicability.value == "unsafe"


def test_span_is_exactly_the_token(seed_text: str) -> None:
    # Exactly the word, so the engine can drop a duplicate a WL1xx rule reports on the same span.
    spans = [seed_text[d.span.start : d.span.end] for d in lint(seed_text, "WL302")]
    assert "BACHMUT" in spans
    assert "Ministry of Defence" in spans


def test_no_false_alarms_in_clean_corpus_copy() -> None:
    noisy = []
    for path in corpus_files(every=5):
        text = path.read_text(encoding="utf-8")
        noisy += [f"{path.name}: {d.message}" for d in lint(text, "WL302")]
    assert noisy == []
