"""WL501: another language's phrase, a species name and a wire abbreviation are no typos."""

from __future__ import annotations

from tests.conftest import flagged


def test_a_word_beside_another_word_of_its_language_is_that_language() -> None:
    story = (
        "Head\n\nTraders asked for export licences at prefixed daily (droit commun) "
        "rebates, French trade sources said.\n"
    )
    assert flagged(story, "WL501") == []


def test_a_french_street_name_in_lower_case_is_french() -> None:
    story = "Head\n\nThe procession at the Rue nationale drew a crowd on Sunday.\n"
    assert flagged(story, "WL501") == []


def test_a_slip_beside_a_common_english_word_is_still_reported() -> None:
    # `informe` is Spanish, but `the` beside it is English: a slip of `inform`.
    story = "Head\n\nThe ministry will informe the board on Monday, officials said.\n"
    assert flagged(story, "WL501") == ["informe"]


def test_a_slip_beside_a_name_particle_is_still_reported() -> None:
    # `de` is a word of French, Spanish and Portuguese, and common in English copy too.
    story = "Head\n\nThe army is the goverment de facto, critics say.\n"
    assert flagged(story, "WL501") == ["goverment"]


def test_a_species_epithet_after_its_genus_is_latin() -> None:
    story = (
        "Head\n\nFor the study, the researchers chose Caudipteryx zoui, a dinosaur about "
        "the size of a peacock.\n"
    )
    assert flagged(story, "WL501") == []


def test_a_slip_after_a_name_with_a_latin_ending_is_still_reported() -> None:
    story = "Head\n\nKerkorian sais the bid would stand until Friday.\n"
    assert flagged(story, "WL501") == ["sais"]


def test_a_wire_abbreviation_in_telegraphic_copy_is_no_typo() -> None:
    story = (
        "Head\n\nCoconut oil fell 4.5 mln dlrs on the reported rejection of rbd oil "
        "offers by Pakistan at its tender today.\n"
    )
    assert flagged(story, "WL501") == []


def test_the_same_abbreviation_in_plain_copy_is_reported() -> None:
    story = "Head\n\nCoconut oil fell on the rejection of rbd oil offers by Pakistan.\n"
    assert flagged(story, "WL501") == ["rbd"]


def test_a_word_with_a_letter_lost_in_telegraphic_copy_is_still_reported() -> None:
    # `tht` and `alst` keep letters of longer words too, but are `that` and `last` slipped.
    story = "Head\n\nIt said tht profit rose 4.5 mln dlrs from alst year.\n"
    assert flagged(story, "WL501") == ["tht", "alst"]


def test_a_dropped_letter_in_telegraphic_copy_is_still_reported() -> None:
    story = "Head\n\nNet profit 4.5 mln dlrs vs 3.1 mln dlrs, the compny said.\n"
    assert flagged(story, "WL501") == ["compny"]


def test_a_name_in_a_paragraph_that_lost_its_capitals_is_a_name() -> None:
    story = (
        "Head\n\nthe loan was signed here today by the corporation's president and "
        "ecuadorean ambassador antonio parra gil.\n"
    )
    assert flagged(story, "WL501") == []


def test_a_slip_of_a_common_word_in_a_paragraph_without_capitals_is_reported() -> None:
    story = (
        "Head\n\nthe loan was signed here today by the goverment and the ecuadorean ambassador.\n"
    )
    assert flagged(story, "WL501") == ["goverment"]


def test_a_slip_beside_a_word_english_shares_with_french_is_still_reported() -> None:
    # `proces` is French (procès) and so is `visa`, but `visa` is commoner in English.
    story = "Head\n\nHe influenced the visa proces even indirectly, reports claimed.\n"
    assert flagged(story, "WL501") == ["proces"]


def test_laughter_and_held_letters_side_by_side_are_sounds() -> None:
    story = (
        "Head\n\nI still play now, but without the guilt, hehe. Casting this ridiculous "
        "vote? Booo hisss.\n"
    )
    assert flagged(story, "WL501") == []


def test_a_letter_typed_three_times_alone_is_a_slip() -> None:
    story = "Head\n\nThe company's acccounts were audited, and the results came sooon after.\n"
    assert flagged(story, "WL501") == ["acccounts", "sooon"]


def test_a_letter_typed_three_times_after_a_figure_is_a_slip() -> None:
    story = "Head\n\nIndia produces about 793,000 barrrels of oil per day.\n"
    assert flagged(story, "WL501") == ["barrrels"]


def test_two_words_of_another_language_offered_as_alternatives_are_a_gloss() -> None:
    # A speaker glosses an English word with two of his own language's: neither is a slip.
    story = (
        "Head\n\nThat is why I speak of free mukt or swatantra software, he said in the "
        "interview.\n"
    )
    assert flagged(story, "WL501") == []


def test_a_slip_beside_an_english_alternative_is_still_reported() -> None:
    story = "Head\n\nShareholders may take cash or sahres in the new company, it said.\n"
    assert flagged(story, "WL501") == ["sahres"]
