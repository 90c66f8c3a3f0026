"""WL401 garbled-sentence: sentences that fall apart are flagged where they break; real copy is not."""

from __future__ import annotations

import pytest

from tests.conftest import corpus_files, flagged, lint

HEAD = "Head\n\n"


HEADLINES_AND_BULLETS = [
    "Russia blames cellphone use by soldiers in deadly missile attack\n\nBody text here.\n",
    "Ministers to decide on budget\n\nThe ministers will decide on Friday.\n",
    "U.S. JOBLESS CLAIMS RISE 10,000\n\nThe claims rose, the department said.\n",
]


@pytest.mark.parametrize("story", HEADLINES_AND_BULLETS)
def test_headlines_without_verbs_pass(story: str) -> None:
    assert flagged(story, "WL401") == []


def test_seed_story_line_47_and_nothing_else_at_warning(seed_text: str) -> None:
    diagnostics = lint(seed_text, "WL401")
    warnings = [d for d in diagnostics if d.severity.label != "info"]
    assert warnings, "line 47 must be flagged"
    text = seed_text
    lines = {text.count("\n", 0, d.span.start) + 1 for d in warnings}
    assert lines == {47}
    assert "has knock" in [text[d.span.start : d.span.end] for d in warnings]


def test_diagnostic_names_the_sentence() -> None:
    text = HEAD + "First sentence is fine. The ministers was told to go.\n"
    [d] = lint(text, "WL401")
    assert d.code == "WL401" and d.rule == "garbled-sentence"
    [note] = d.notes
    assert text[note.span.start : note.span.end] == "The ministers was told to go."


def test_british_collective_with_plural_verb_is_at_most_info() -> None:
    text = HEAD + "The ministry were told to leave.\n"
    assert all(d.severity.label == "info" for d in lint(text, "WL401"))


#: Slips in the corpus sample itself, read in their stories: findings, not false alarms.
REAL_SLIPS = {
    ("bbc/business/001.txt", "had has"),
    ("bbc/business/301.txt", "country's had"),
    ("bbc/tech/102.txt", "was not been"),
    ("reuters-21578/03027.txt", "into to"),
    ("reuters-21578/03027.txt", "CD-ROM's are"),
    ("reuters-21578/07360.txt", "of of"),
    ("reuters-21578/10017.txt", "a for"),
    ("reuters-21578/10017.txt", "would would"),
    ("reuters-21578/15357.txt", "said may would"),
    ("reuters-21578/18347.txt", "has now being"),
}


def test_clean_corpus_copy_stays_quiet() -> None:
    """False alarms on clean copy stay under 1 per 10,000 words; the sample's own slips
    (REAL_SLIPS) are finds, not noise."""
    files = corpus_files(every=25)
    words = false_alarms = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        where = "/".join(path.parts[-3:] if path.parts[-3] == "bbc" else path.parts[-2:])
        for d in lint(text, "WL401"):
            if d.severity.label == "info":
                continue
            flagged = text[d.span.start : d.span.end]
            if not any(where == p and w in flagged for p, w in REAL_SLIPS):
                false_alarms += 1
    assert words > 20_000
    assert false_alarms * 10_000 / words < 1.0


def test_damaged_corpus_sentences_are_found() -> None:
    """Recall floor on a small sample of corpus sentences damaged after an auxiliary or a pronoun."""
    files = corpus_files("bbc/**/*.txt", every=60)
    from wirelint.document.model import parse_document

    damaged = []
    swaps = {
        " has been ": " has be ",
        " will be ": " will been ",
        " they are ": " they is ",
        " he has ": " he have ",
    }
    for path in files:
        doc = parse_document(path.read_text(encoding="utf-8"))
        for s in doc.sentences[1:]:
            for good, bad in swaps.items():
                if good in f" {s.text} ":
                    damaged.append(f" {s.text} ".replace(good, bad, 1).strip())
                    break
    assert len(damaged) >= 10
    found = sum(bool(flagged(HEAD + d + "\n", "WL401")) for d in damaged)
    assert found / len(damaged) >= 0.7


def test_a_phrase_quoted_as_a_thing_is_a_noun() -> None:
    # The words of the finding are the whole quotation: a phrase named, not a clause.
    story = (
        'Head\n\nA few "don\'t worries" from the minister as the mother was led back to '
        "her seat calmed the hall.\n"
    )
    assert flagged(story, "WL401") == []


def test_a_slip_inside_a_longer_quotation_is_still_reported() -> None:
    story = 'Head\n\n"We don\'t worries about the polls," the minister told reporters on Tuesday.\n'
    assert flagged(story, "WL401") == ["don't worries"]


# A paragraph's findings are kept by its text, so that a re-lint in the editor scans only
# the paragraph that changed: the findings must follow the paragraph wherever it moves,
# and a setting that differs between runs must still apply.
GARBLED = "The ministers was told to go. Kyiv says it always has knock out more of them.\n"


def test_a_paragraph_read_before_gives_the_same_findings_where_it_now_stands() -> None:
    first = HEAD + GARBLED
    moved = HEAD + "A new first paragraph, written after the story was opened.\n\n" + GARBLED
    assert flagged(first, "WL401") == flagged(moved, "WL401") == ["ministers was", "has knock"]
    shift = len(moved) - len(first)
    assert [d.span.start + shift for d in lint(first, "WL401")] == [
        d.span.start for d in lint(moved, "WL401")
    ]


def test_allowed_words_apply_to_a_paragraph_read_before() -> None:
    text = HEAD + GARBLED
    assert "has knock" in flagged(text, "WL401")
    assert flagged(text, "WL401", allow=("has knock",)) == ["ministers was"]
    assert "has knock" in flagged(text, "WL401")
