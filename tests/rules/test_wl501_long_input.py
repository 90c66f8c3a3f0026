"""WL501 on hostile sizes: a very long token is not spell-checked; a long paragraph is fine."""

from __future__ import annotations

from tests.conftest import flagged
from wirelint.analysis.spelling import MAX_WORD


def test_a_token_longer_than_the_cap_is_not_checked() -> None:
    long_token = "abcdefghij" * 1000
    story = f"Head\n\nThe table held {long_token} and the goverment said so.\n"
    assert flagged(story, "WL501") == ["goverment"]


def test_long_real_words_are_under_the_cap_and_still_checked() -> None:
    assert len("electroencephalographically") < MAX_WORD
    story = "Head\n\nThe result was uncharacteristicaly poor, he said.\n"
    assert flagged(story, "WL501") == ["uncharacteristicaly"]


def test_a_typo_repeated_in_another_case_is_a_term_of_the_story() -> None:
    story = "Head\n\nThe Netbak price rose. Traders said netbak values were up.\n"
    assert flagged(story, "WL501") == []


def test_many_unknown_words_in_one_sentence_read_as_a_foreign_sentence() -> None:
    words = " ".join(["qorvath", "zintelu", "maspero", "dulvinek"] * 200)
    story = f"Head\n\nHe said {words} and the goverment agreed.\n"
    assert flagged(story, "WL501") == []
