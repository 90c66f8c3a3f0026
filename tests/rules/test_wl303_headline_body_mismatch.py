"""WL303 headline-body-mismatch: a headline figure or name the body contradicts."""

from __future__ import annotations

from tests.conftest import corpus_files, lint


def test_note_points_at_the_body_figure() -> None:
    story = (
        "Flooding kills 14 people in Bavaria\n\nBERLIN (AFP) - Flooding killed 41 people in "
        "Bavaria, police said on Sunday.\n"
    )
    [d] = lint(story, "WL303")
    assert story[d.notes[0].span.start : d.notes[0].span.end] == "41"
    assert "41" in d.message


def test_seed_headline_is_consistent(seed_text: str) -> None:
    assert lint(seed_text, "WL303") == []


# Real slips in the published source, read and confirmed: not false alarms.
REAL_SLIPS = {
    # The headline says "Belarussian", the body "Belarusian" four times.
    "wikinews/0251.txt: `Belarussian`",
    # "VOCLKER'S RESIGNATION" over a story about Paul Volcker.
    "reuters-21578/18105.txt: `VOCLKER'S`",
    # "CALIFORINIA THRIFT" over a story about a California savings bank.
    "reuters-21578/10953.txt: `CALIFORINIA`",
}


def test_no_false_alarms_in_clean_corpus_copy() -> None:
    noisy = []
    for path in corpus_files(every=5):
        text = path.read_text(encoding="utf-8")
        where = f"{path.parent.name}/{path.name}"
        noisy += [f"{where}: `{text[d.span.start : d.span.end]}`" for d in lint(text, "WL303")]
    assert [n for n in noisy if n not in REAL_SLIPS] == []
