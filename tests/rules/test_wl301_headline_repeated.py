"""WL301 headline-repeated: a headline given twice before the body."""

from __future__ import annotations

from tests.conftest import corpus_files, lint

BODY = "PARIS (AFP) - The storm killed three people on Tuesday, officials said.\n"


def test_message_names_the_suffix_and_notes_the_first() -> None:
    story = f"Storm kills three in southern France\n\nStorm kills three in southern France – Portal\n\n{BODY}"
    [d] = lint(story, "WL301")
    assert "`– Portal` added" in d.message
    [note] = d.notes
    assert story[note.span.start : note.span.end] == "Storm kills three in southern France"
    [fix] = d.fixes
    assert fix.applicability.value == "unsafe"
    assert fix.edits[0].replacement == ""


def test_reworded_message_shows_the_differing_words() -> None:
    story = (
        "Storm kills three people in southern France\n\n"
        "Storm kills three people across southern France\n\n" + BODY
    )
    [d] = lint(story, "WL301")
    assert "reworded" in d.message and "across" in d.message


def test_seed_story_repeated_headline(seed_text: str) -> None:
    [d] = lint(seed_text, "WL301")
    assert seed_text.count("\n", 0, d.span.start) + 1 == 3
    assert seed_text.count("\n", 0, d.notes[0].span.start) + 1 == 1


def test_no_false_alarms_in_clean_corpus_copy() -> None:
    noisy = []
    for path in corpus_files(every=5):
        text = path.read_text(encoding="utf-8")
        noisy += [f"{path.name}: {d.message}" for d in lint(text, "WL301")]
    assert noisy == []
