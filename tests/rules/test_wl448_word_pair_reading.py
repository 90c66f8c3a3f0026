"""WL448 word-pair-reading: the readings of word-pair counts, and the check without them."""

from __future__ import annotations

import pytest

from wirelint.config import Config
from wirelint.engine import lint_text
from wirelint.grammar import word_pairs

needs_tables = pytest.mark.skipif(
    not word_pairs.available(),
    reason='symspellpy is not installed (pip install "wirelint[grammar]")',
)
CONFIG = Config(select=("WL448",))


def _flags(story: str) -> list[str]:
    result = lint_text(story, CONFIG)
    assert not result.crashes
    return [story[d.span.start : d.span.end] for d in result.diagnostics if d.code == "WL448"]


@needs_tables
def test_counts_are_read_by_ratio_not_presence() -> None:
    # The OCR-noisy table has `the of`: the reading compares, it does not look it up.
    table = word_pairs.table()
    assert table is not None
    assert table.pair("the", "of") > 0
    assert table.pair("of", "the") > 1000 * table.pair("the", "of")
    assert table.pair("agreed", "refund") == 0
    assert table.smooth("agreed", "refund") < word_pairs.FLOOR


@needs_tables
def test_a_swap_is_weighed_with_both_neighbours() -> None:
    table = word_pairs.table()
    assert table is not None
    words = ["was", "one", "the", "of", "worst"]
    assert word_pairs.swapped(table, words, 2, 10_000_000) > 100_000
    assert word_pairs.swapped(table, ["was", "one", "of", "the", "worst"], 2, 10_000_000) < 1


@needs_tables
def test_the_confusion_reading_names_the_better_word() -> None:
    table = word_pairs.table()
    assert table is not None
    better, odds = word_pairs.confused(table, ["responsible", "of", "only"], 1, ("of", "for", "to"))
    assert better == "for" and odds > 1000
    # A word seen with both its neighbours fits, whatever the others score.
    assert word_pairs.confused(table, ["one", "of", "the"], 1, ("of", "in")) == ("", 0.0)


@needs_tables
def test_findings_per_paragraph_are_capped() -> None:
    sentence = "She said it was one the of worst years. "
    story = "Output\n\n" + sentence * 6 + "\n"
    assert _flags(story) == ["the of", "the of"]


@needs_tables
def test_the_fix_puts_the_words_back() -> None:
    story = "Output\n\nShe said it was one the of worst years for the industry.\n"
    (d,) = lint_text(story, CONFIG).diagnostics
    (fix,) = d.fixes
    (edit,) = fix.edits
    assert edit.replacement == "of the"


def test_without_the_tables_the_check_is_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    # An install without the grammar extra: no symspellpy, no finding, no crash.
    monkeypatch.setattr(word_pairs, "_folder", lambda: None)
    word_pairs.table.cache_clear()
    try:
        assert not word_pairs.available()
        assert _flags("Output\n\nShe said it was one the of worst years.\n") == []
    finally:
        word_pairs.table.cache_clear()


@needs_tables
def test_a_paragraph_read_before_is_placed_in_its_new_story() -> None:
    # Readings are kept by paragraph text: a second story with the same paragraph at
    # another place gets the finding on its own words.
    paragraph = "She said it was one the of worst years for the industry.\n"
    assert _flags("Output\n\n" + paragraph) == ["the of"]
    assert _flags("A much longer headline here\n\nFirst paragraph.\n\n" + paragraph) == ["the of"]
