"""WL402 repeated-word: `the the` is a slip; `had had` and `Duran Duran` are English."""

from __future__ import annotations

import pytest

from tests.conftest import corpus_files, flagged, lint
from wirelint.output.fixes import apply_fixes

MUST_FLAG = [
    (
        "Head\n\nOfcom has said the the commercially funded broadcaster will not be hit.\n",
        ["the the"],
    ),
    ("Head\n\nWe cannot afford to\nto go another season without winning anything.\n", ["to\nto"]),
    ("Head\n\nThe the company said on Monday it would cut jobs.\n", ["The the"]),
    (
        "Head\n\nThe bill asks for a study of the issuance of of Special Drawing Rights.\n",
        ["of of"],
    ),
    (
        "SPAR SEES SEES STRONG FIVE-YEAR GROWTH\n\nTORONTO, March 5 (Reuters) - Spar said.\n",
        ["SEES SEES"],
    ),
    (
        "Head\n\nMexico and Peru together produce nearly nearly 40 pct of the silver.\n",
        ["nearly nearly"],
    ),
]

MUST_NOT_FLAG = [
    "Head\n\nOzzy Osbourne said he had had enough of the work involved.\n",
    "Head\n\nIt is only right that we seek to ensure that that service becomes more accountable.\n",
    "Head\n\nJust how long the run is is anybody's guess, Swearingen said.\n",
    "Head\n\nChart stars Duran Duran are to appear in a VH1 special.\n",
    "Head\n\nIt was reported on Saturday Sirhan Sirhan was stabbed in the neck.\n",
    "Head\n\nThose are very very common at Neandertal sites, she said.\n",
    "Head\n\nFederer won 6-3 3-6 6-3 6-4 in the final.\n",
    "Head\n\nHe said no, and then no again. The the-end sign was painted.\n",
    "Head\n\nThe senior law lord Lord Bingham said the rules were illegal.\n",
]


@pytest.mark.parametrize(("story", "expected"), MUST_FLAG)
def test_flags_repeated_words(story: str, expected: list[str]) -> None:
    assert flagged(story, "WL402") == expected


@pytest.mark.parametrize("story", MUST_NOT_FLAG)
def test_leaves_real_repetition_alone(story: str) -> None:
    assert flagged(story, "WL402") == []


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


def test_the_documented_example_is_reported() -> None:
    from wirelint.registry import find_rule

    rule = find_rule("WL402")
    assert rule is not None
    example = rule.documentation().split("```text\n", 1)[1].split("```", 1)[0]
    assert lint("Head\n\n" + example, "WL402")
