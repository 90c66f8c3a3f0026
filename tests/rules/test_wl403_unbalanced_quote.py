"""WL403 unbalanced-quote: a quote left open is reported; apostrophes and continued quotes are not."""

from __future__ import annotations

import pytest

from tests.conftest import corpus_files, flagged, lint

MUST_FLAG = [
    # A quotation never closed, and the next paragraph does not carry it on.
    ('Head\n\n"We will not give up our land, Zelenskiy said on Tuesday.\n\nHe left.\n', ['"']),
    ("Head\n\nHe said: “Indefinite imprisonment is anathema.\n\nThe court agreed.\n", ["“"]),
    ("Head\n\nThe inventor carried kerosene (paraffin and was escorted by helicopters.\n", ["("]),
    ("Head\n\nShe said the venture was 'ambitious, and left it there.\n", ["'"]),
    ('Head\n\nThe attack came as the rally ended." Police said three were hurt.\n', ['"']),
    # The attribution inside the "quote": its closing mark was dropped, and the next
    # quote is not a continuation of it.
    (
        'Head\n\n"A flexible exchange rate helps, he told the conference. "It is one more '
        'channel," he said.\n',
        ['"'],
    ),
    # A quote left open at the end of the story: nothing follows to continue it.
    ('Head\n\nHe said: "The board can confirm it has received a proposal.\n', ['"']),
]

MUST_NOT_FLAG = [
    # The wire convention: a quote continued into the next paragraph reopens there.
    'Head\n\n"We lost momentum last season," he said. "We cannot afford it.\n\n'
    '"We have to win something this year."\n',
    "Head\n\n“I want somebody there who will look after the House.\n\n“That is the job.”\n",
    # Apostrophes are not quotation marks.
    "Head\n\nZelenskiy's aides said the ministers' plan was a rock 'n' roll affair.\n",
    "Head\n\nThe band, big in the '90s, toured with 'em all, said O'Brien.\n",
    "Head\n\nCook said: \"I'm always really nervous before the big ones - 'I've got them'.\"\n",
    'Head\n\nThe screen measures 12" across and costs $99 (about £80).\n',
    "Head\n\n'Networks' are to blame, the BPI said (in a statement) on Monday.\n",
    'Head\n\nHe said the plan was "dead" and that [the rebels] had "won".\n',
    # Lost paragraph breaks inside one block still follow the convention.
    'Head\n\nHe said: "The injunction is ludicrous. "I signed a new deal with a new label."\n',
    'Head\n\nHe said: "As I have said, we are ready. "We will go."\n',
]


@pytest.mark.parametrize(("story", "expected"), MUST_FLAG)
def test_flags_unbalanced_marks(story: str, expected: list[str]) -> None:
    assert flagged(story, "WL403") == expected


@pytest.mark.parametrize("story", MUST_NOT_FLAG)
def test_leaves_balanced_copy_alone(story: str) -> None:
    assert flagged(story, "WL403") == []


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


def test_the_documented_example_is_reported() -> None:
    from wirelint.registry import find_rule

    rule = find_rule("WL403")
    assert rule is not None
    example = rule.documentation().split("```text\n", 1)[1].split("```", 1)[0]
    assert lint("Head\n\n" + example, "WL403")
