"""WL501: a word cut short that a frequency table happens to hold (`finis` for `finish`)."""

from __future__ import annotations

from tests.conftest import lint


def test_a_rare_table_word_that_is_a_common_word_cut_short_is_reported() -> None:
    story = "Head\n\nThe team could not finis the race on Sunday.\n"
    [d] = lint(story, "WL501")
    assert story[d.span.start : d.span.end] == "finis" and "`finish`" in d.message
    assert [f.applicability.value for f in d.fixes] == ["unsafe"]


def test_common_short_words_and_a_repeated_term_are_left_alone() -> None:
    assert lint("Head\n\nThe firm will report its results and finish the year.\n", "WL501") == []
    story = "Head\n\nThe finis of the book came. Its finis was sad.\n"
    assert lint(story, "WL501") == []
