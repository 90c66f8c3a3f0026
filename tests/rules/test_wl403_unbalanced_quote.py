"""WL403 unbalanced-quote: a quote left open is reported; apostrophes and continued quotes are not."""

from __future__ import annotations

from tests.conftest import corpus_files, lint


def test_reports_the_mark_with_a_note_at_the_paragraph_end() -> None:
    story = 'Head\n\n"We will not give up our land, he said.\n\nHe left.\n'
    [d] = lint(story, "WL403")
    assert d.code == "WL403" and d.rule == "unbalanced-quote"
    [note] = d.notes
    assert story[note.span.start : note.span.end] == "."
    assert "paragraph ends here" in note.message


def test_few_false_alarms_in_clean_corpus_copy() -> None:
    words = 0
    found = []
    for path in corpus_files(every=5):
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        found += [text[d.span.start : d.span.end + 40] for d in lint(text, "WL403")]
    # The corpus has real unclosed quotes (most of what is found); the ceiling is 1 per
    # 10,000 words, slips included.
    assert len(found) * 10_000 <= words, found
