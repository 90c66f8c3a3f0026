"""WL501: what the story shows about a word (a name around it, its other forms) decides."""

from __future__ import annotations

from tests.conftest import flagged


def test_a_lower_case_word_inside_a_foreign_name_is_part_of_the_name() -> None:
    story = (
        "Head\n\nThe lead managers are its parent company Den norske Creditbank and "
        "Scandinavian Far East Ltd.\n"
    )
    assert flagged(story, "WL501") == []


def test_a_slip_of_a_common_word_between_two_names_is_still_reported() -> None:
    story = "Head\n\nThe talks between Reagan adn Gorbachev ended on Sunday.\n"
    assert flagged(story, "WL501") == ["adn"]


def test_a_slip_of_a_common_word_between_an_adjective_and_a_name_is_reported() -> None:
    story = "Head\n\nNews Corp, controlled by Australian billinaire Rupert Murdoch, said.\n"
    assert flagged(story, "WL501") == ["billinaire"]


def test_a_slip_after_a_name_is_still_reported() -> None:
    story = "Head\n\nTreasury Secretary James Baker siad on Monday the talks would go on.\n"
    assert flagged(story, "WL501") == ["siad"]


def test_an_agent_noun_of_a_verb_the_story_uses_is_a_word() -> None:
    story = "Head\n\nWe thank our main website hoster, which is being sued for hosting the code.\n"
    assert flagged(story, "WL501") == []


def test_an_agent_noun_with_no_other_form_in_the_story_may_be_a_slip() -> None:
    story = "Head\n\nThe shiper said the ships were held at the port.\n"
    assert flagged(story, "WL501") == ["shiper"]


def test_a_consonant_doubled_before_a_suffix_with_no_common_word_near() -> None:
    story = "Head\n\nObjects move within the world based on some kind of moddable logic.\n"
    assert flagged(story, "WL501") == []


def test_a_doubled_letter_before_a_suffix_next_to_a_common_word_is_a_slip() -> None:
    story = "Head\n\nThe site was not suittable for the new plant, officials said.\n"
    assert flagged(story, "WL501") == ["suittable"]


def test_a_word_set_off_by_commas_and_defined_is_a_name() -> None:
    story = (
        "Head\n\nApproval for new drugs, including, statil, a treatment for diabetic "
        "complications, is not expected until next year.\n"
    )
    assert flagged(story, "WL501") == []


def test_a_slip_before_a_comma_and_an_article_is_still_reported() -> None:
    story = "Head\n\nThe company said its chairmn, a former banker, would retire.\n"
    assert flagged(story, "WL501") == ["chairmn"]
