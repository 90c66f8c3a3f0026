"""WL101: the finding stands on the spelling the story supports least, the note on the other."""

from __future__ import annotations

from tests.conftest import lint


def _flagged(story: str) -> list[str]:
    return [story[d.span.start : d.span.end] for d in lint(story, "WL101")]


def test_the_minority_is_reported_whichever_spelling_is_suggested() -> None:
    # The fullest reference suggests the respelled form; the finding still stands on it.
    story = (
        "Head\n\nDefence Minister Oleksii Reznikov spoke. Reznikov said so. Reznikov left.\n\n"
        "Later, Mr Resnikov returned.\n"
    )
    assert _flagged(story) == ["Resnikov"]


def test_a_slip_whose_letters_run_like_no_word_is_reported_when_used_once_each() -> None:
    story = (
        "Head\n\nArsenal's Sol Campebll spoke to reporters.\n\nCampbell said the match was close.\n"
    )
    [d] = lint(story, "WL101")
    assert story[d.span.start : d.span.end] == "Campebll"
    assert [story[n.span.start : n.span.end] for n in d.notes] == ["Campbell"]


def test_the_form_no_word_list_has_seen_is_reported() -> None:
    story = "Head\n\nShares rose in Tokyo on Monday.\n\nDealers in Toyko said demand was firm.\n"
    assert _flagged(story) == ["Toyko"]


def test_a_headline_in_capitals_is_read_as_the_other_hand() -> None:
    story = "BACHMUT UNDER FIRE\n\nShelling hit Bakhmut again on Monday.\n"
    assert _flagged(story) == ["BACHMUT"]


def test_diacritics_against_the_story_habit() -> None:
    # A story that writes diacritics in its other names: the bare form is the odd one.
    kept = "Head\n\nJosé Mourinho praised Pérez on Sunday.\n\nPerez scored twice for the side.\n"
    assert _flagged(kept) == ["Perez"]
    # A story with no other diacritics: the marked form is the odd one, and still the
    # one to use.
    bare = "Head\n\nCoach Luis Garcia praised Perez on Sunday.\n\nPérez scored twice.\n"
    [d] = lint(bare, "WL101")
    assert bare[d.span.start : d.span.end] == "Pérez"
    assert "use `Pérez` everywhere (diacritics kept)" in d.message


def test_when_nothing_tells_them_apart_both_are_reported() -> None:
    # A doubled letter undone or added: no list or habit says which is right.
    story = "Head\n\nCristian Zaccardo was picked.\n\nZacardo said the team was ready.\n"
    found = lint(story, "WL101")
    assert [story[d.span.start : d.span.end] for d in found] == ["Zaccardo", "Zacardo"]
    assert all("equally often" in d.message for d in found)


def test_the_whole_name_over_the_one_cut_short() -> None:
    story = "Head\n\nRio de Janeir was hit.\n\nRio de Janeiro is a big market.\n"
    [d] = lint(story, "WL101")
    assert story[d.span.start : d.span.end] == "Janeir"
    assert "use `Janeiro` (the other spelling is this one cut short)" in d.message
