"""WL501 and the list of common misspellings: slips a frequency table holds, capitals, quotes."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS, lint
from wirelint.output.fixes import apply_fixes

MUST_FLAG = [
    # No word is one slip away (basically is two), so only the list knows it.
    ("Head\n\nAs the issue is basicly political, he said.\n", ["basicly"], "basically"),
    # The first word of a sentence is looked up in lower case.
    ("Head\n\nSimilarily, the West has no interest in it.\n", ["Similarily"], "Similarly"),
    # A capitalised word inside a sentence only as a listed name.
    ("Head\n\nHe noted that Britian is an oil producer.\n", ["Britian"], "Britain"),
    # A part of a hyphenated word.
    ("Head\n\nThe goverment-backed plan was agreed.\n", ["goverment"], "government"),
]

MUST_NOT_FLAG = [
    # A name that opens a sentence is not a misspelling of a word (patten, handel).
    "Head\n\nPatten said the talks would go on. Handel wrote it.\n",
    # Real words the list holds, read one by one: British spellings, terms of a trade.
    "Head\n\nThe despatches went to the arbitral tribunal; they combatting it.\n",
    # The halves of a hyphenated compound are not checked against the dictionary.
    "Head\n\nIt was all very touchy-feely and hanky-panky, the critic said.\n",
    # A capitalised word inside a sentence that the list holds only in lower case.
    "Head\n\nThe band Basicly played on Monday.\n",
]


@pytest.mark.parametrize(("story", "expected", "fix"), MUST_FLAG)
def test_listed_misspellings_are_reported_with_a_safe_fix(
    story: str, expected: list[str], fix: str
) -> None:
    found = lint(story, "WL501")
    assert [story[d.span.start : d.span.end] for d in found] == expected
    assert "common misspelling" in found[0].message
    assert [f.applicability.value for f in found[0].fixes] == ["safe"]
    assert apply_fixes(story, found).text == story.replace(expected[0], fix)


@pytest.mark.parametrize("story", MUST_NOT_FLAG)
def test_names_real_words_and_compound_halves_are_left_alone(story: str) -> None:
    assert lint(story, "WL501") == []


def test_inside_a_direct_quotation_the_fix_is_never_safe() -> None:
    for story in (
        'Head\n\n"As the issue is basicly political," the statement said.\n',
        "Head\n\n“We were basicly beaten,” he said.\n",
    ):
        [d] = lint(story, "WL501")
        assert "inside a quotation" in d.message
        assert [f.applicability.value for f in d.fixes] == ["unsafe"]
        assert apply_fixes(story, [d]).text == story


def test_a_newsroom_word_list_wins_over_the_list() -> None:
    story = "Head\n\nAs the issue is basicly political, he said.\n"
    assert lint(story, "WL501", allow=("basicly",)) == []


def test_the_slips_of_clean_reuters_copy_are_found() -> None:
    paths = [CORPUS / "reuters-21578" / name for name in ("06395.txt", "15200.txt", "01692.txt")]
    if not all(p.is_file() for p in paths):
        pytest.skip("../shared/corpus is not present")
    found = set()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        found |= {text[d.span.start : d.span.end] for d in lint(text, "WL501")}
    assert {"Similarily", "basicly", "Britian"} <= found
