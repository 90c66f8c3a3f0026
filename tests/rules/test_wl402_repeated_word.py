"""WL402 repeated-word: `the the` is a slip; `had had` and `Duran Duran` are English."""

from __future__ import annotations

from tests.conftest import corpus_files, lint
from wirelint.output.fixes import apply_fixes


def test_safe_fix_deletes_the_second_word_and_the_space() -> None:
    story = "Head\n\nOfcom has said the the commercially funded broadcaster.\n"
    [d] = lint(story, "WL402")
    assert d.severity.label == "warning" and d.rule == "repeated-word"
    assert d.fixes[0].applicability.value == "safe"
    assert (
        apply_fixes(story, [d]).text
        == "Head\n\nOfcom has said the commercially funded broadcaster.\n"
    )


def test_a_repeat_across_a_line_break_says_so() -> None:
    [d] = lint("Head\n\nWe want to\nto go.\n", "WL402")
    assert "line break" in d.notes[0].message


def test_few_false_alarms_in_clean_corpus_copy() -> None:
    words = 0
    found = []
    for path in corpus_files(every=5):
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        found += [text[d.span.start : d.span.end] for d in lint(text, "WL402")]
    # Real slips in the corpus count here too; clean copy stays under 1 per 2,000 words.
    assert len(found) * 2000 <= words, found
