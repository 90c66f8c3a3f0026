"""WL102: words an acronym after them spells out are a name and keep their spelling."""

from __future__ import annotations

from tests.conftest import flagged


def test_a_technique_spelled_out_before_its_acronym_keeps_its_spelling() -> None:
    story = (
        "Head\n\nThe team organised the samples and analysed them using matrix-assisted "
        "laser desorption/ionization (MALDI) mass spectrometry.\n"
    )
    assert flagged(story, "WL102") == []


def test_a_word_the_acronym_does_not_spell_is_still_a_mix() -> None:
    story = (
        "Head\n\nThe team organised the samples and then analyzed them at the "
        "National Physical Laboratory (NPL).\n"
    )
    assert flagged(story, "WL102") == ["analyzed"]


def test_an_acronym_of_other_words_leaves_the_mix() -> None:
    story = (
        "Head\n\nThe labour organization (COB) began a strike. The government "
        "criticised the union.\n"
    )
    assert flagged(story, "WL102") == ["organization"]
