"""WL501: a larger dictionary's rarer words are words; its short words and listed slips are not."""

from __future__ import annotations

from tests.conftest import flagged


def test_informal_and_technical_words_of_a_larger_dictionary_are_words() -> None:
    # Real copy: bbc/entertainment/326, bbc/tech/355, reuters-21578/05033 and 14685.
    story = (
        "Head\n\n"
        "It's quite fun and punky and well-paced, he said of the film.\n\n"
        "A suit to reveal the names of the leakers was filed on Tuesday.\n\n"
        "Farmers submitted 10,000 acres of highly erodable farmland at carlot prices.\n"
    )
    assert flagged(story, "WL501") == []


def test_a_slip_next_to_a_rare_word_is_still_reported() -> None:
    story = "Head\n\nThe punky band played an accoustic set for the goverment.\n"
    assert flagged(story, "WL501") == ["accoustic", "goverment"]


def test_a_listed_misspelling_the_larger_dictionary_holds_is_still_reported() -> None:
    # `accidently` and `cannisters` stand in the size-80 lists as variants; the list of
    # common misspellings still reports them.
    story = "Head\n\nHe collided accidently with the milk cannisters.\n"
    assert flagged(story, "WL501") == ["accidently", "cannisters"]


def test_short_rare_words_are_not_taken_as_words() -> None:
    # `dea` and `bas` stand in the size-80 lists, but in copy they are slips of `deal`, `has`.
    story = "Head\n\nThe forward bas been brought on and the dea is done.\n"
    assert flagged(story, "WL501") == ["bas", "dea"]


def test_a_phrase_in_another_language_is_not_spell_checked() -> None:
    # Real copy: wikinews/0083, a Spanish ruling quoted beside its translation. `que` and
    # `para` stand in the frequency table, but they are Spanish, not English.
    story = (
        "Head\n\n"
        'The ruling read: "Se concluye que la juramentación como gobernador fue nula."\n\n'
        "The senate did not have the power para atendar la misma, he said.\n"
    )
    assert flagged(story, "WL501") == []


def test_one_foreign_word_does_not_hide_a_slip_beside_it() -> None:
    story = "Head\n\nThe band played Que Sera as the goverment fell.\n"
    assert flagged(story, "WL501") == ["goverment"]
