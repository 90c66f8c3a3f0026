"""WL102: a body's own name written in lower case keeps its spelling."""

from __future__ import annotations

from tests.conftest import flagged


def test_an_official_name_in_lower_case_keeps_its_spelling() -> None:
    story = (
        "Head\n\nThe organisation's forecast comes despite the latest labor department report "
        "showing a surprise rise in unemployment, and the colour of the market changed.\n"
    )
    assert flagged(story, "WL102") == []


def test_the_same_word_outside_a_name_is_a_mix() -> None:
    story = (
        "Head\n\nThe organisation's forecast comes despite rising labor costs in the "
        "department stores, and the colour of the market changed.\n"
    )
    assert flagged(story, "WL102") == ["labor"]


def test_a_lower_case_name_the_pack_ties_to_a_country_is_the_writers_words() -> None:
    # `Labor Party` keeps its spelling only tied to Australia or Israel; in lower case
    # it is any party, in the story's spelling.
    story = (
        "Head\n\nThe organisation said the labor party in the town council had split over "
        "the colour of its posters.\n"
    )
    assert flagged(story, "WL102") == ["labor"]
