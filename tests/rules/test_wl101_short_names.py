"""WL101: names of three letters respelled (`Kim`, `Guy`, `Abe`), read from the story's own use."""

from __future__ import annotations

from tests.conftest import lint


def _flagged(story: str) -> list[str]:
    return [story[d.span.start : d.span.end] for d in lint(story, "WL101")]


def test_same_title_before_a_short_name() -> None:
    story = (
        "Head\n\nMr Kim arrived on Monday. Officials met Mr Kim at noon. Mr Kin said the "
        "talks went well. Mr Kim left later.\n"
    )
    assert _flagged(story) == ["Kin"]


def test_a_form_no_list_holds_beside_a_settled_name() -> None:
    story = (
        "Head\n\nThe coach praised Guy for his work. Guy scored twice. Later Guy said "
        "the team played well, and Gyu thanked the fans.\n"
    )
    assert _flagged(story) == ["Gyu"]


def test_a_four_letter_name_that_lost_a_letter() -> None:
    story = (
        "Head\n\nShares in Ford rose. Ford said sales grew. Analysts expect Ford to "
        "gain, and Frd plans more cars.\n"
    )
    assert _flagged(story) == ["Frd"]


def test_common_short_words_capitalised_stay_quiet() -> None:
    # The Fed, the month, the newspaper: capitalised words of their own, no slips.
    story = (
        "Head\n\nThe Fed met on Feb 3. Markets waited for Feb 4 and Feb 5. The Sun said "
        "rates would rise in May. Sue left. Sue came back. Sue spoke.\n"
    )
    assert _flagged(story) == []


def test_capitals_and_other_first_names_stay_quiet() -> None:
    # An acronym, and two people with their own first names.
    story = (
        "Head\n\nThe ABC network said so. Tim Cook spoke. Tim Cook left. Tim Cook "
        "returned. Kim Jong-un and Tom Kin met the ABE group. Abe said no.\n"
    )
    assert _flagged(story) == []


def test_a_plural_of_a_short_name_stays_quiet() -> None:
    story = (
        "Head\n\nThe Lib Dem leader spoke. A Lib Dem spokesman agreed. The Lib Dems "
        "said no. Apple sold more Mac computers. The Mac mini sold well. Two Macs broke.\n"
    )
    assert _flagged(story) == []


def test_the_same_name_after_a_form_used_once_each() -> None:
    story = (
        "Head\n\nThe commission includes singer Bbo Geldof. It met in London, where "
        "Bob Geldof spoke.\n"
    )
    assert _flagged(story) == ["Bbo"]


def test_months_written_short_stay_quiet() -> None:
    story = "Head\n\nOutput rose in Jun. Sales fell in Jun and again in Jul.\n"
    assert _flagged(story) == []
