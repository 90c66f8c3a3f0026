"""WL101: what the story says about who is who, which spelling to use, and names that lost a letter."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import flagged, lint

MUST_FLAG = [
    # a name that lost its last letter, or one inside
    (
        "Head\n\nFinance minister Carlos Gonzalez said. Gonzalez added.\n\nGonzale left.\n",
        ["Gonzale"],
    ),
    ("Head\n\nHelmut Schmitt spoke. Schmitt said so.\n\nLater Schmit left.\n", ["Schmit"]),
    ("Head\n\nJoao Carvalho spoke. Carvalho said so.\n\nCarvalo left.\n", ["Carvalo"]),
    # one letter gone between two alike: the skeleton folds `aa`, the spelling does not
    ("Head\n\nPresident Reagan said. Reagan left.\n\nReaan added.\n", ["Reaan"]),
    # the same title beside both: the last letter was lost, not an ending added
    (
        "Head\n\nMr Mandelson said. Mr Mandelson left.\n\nMr Mandelso added.\n",
        ["Mandelso"],
    ),
    # the same last name beside both: one man
    (
        "Head\n\nViktor Makarov, 50, is on hunger strike.\n\n"
        "Police took what Victor Makarov had.\n",
        ["Victor"],
    ),
    # a second full reference with the same first name is the same man
    (
        "Head\n\nPresident Ronald Reagan spoke. Reagan left.\n\nRonald Raegan returned.\n",
        ["Raegan"],
    ),
]

MUST_NOT_FLAG = [
    # a second introduction with a first name of its own (reuters-21578/12773.txt)
    "Head\n\nPresident Reagan's strength waned. Reagan lost a vote.\n\n"
    "Howard Baker replaces Donald Regan as chief of staff.\n",
    # two team sheets (bbc/sport/302.txt)
    "Head\n\nShane Horgan threw a pass.\n\n"
    "Murphy, Horgan, O'Driscoll, D'Arcy, Hickie, O'Gara, Stringer.\n\n"
    "Sheahan, Horan, O'Callaghan, Miller, G Easterby, Humphreys, Dempsey.\n",
    # a first name against a last name (bbc/entertainment/377.txt)
    "Head\n\nThe nominees include Roger Michell for Enduring Love.\n\n"
    "Michel Gondry won for Eternal Sunshine.\n",
    # first names before different last names (bbc/sport/278.txt)
    "Head\n\nArjen Robben curled in a shot.\n\nA strike was blocked by Arjan De Zeeuw.\n\n"
    "Arjan de Zeeuw cleared.\n",
    # a place and its people, beside one name
    "Head\n\nSouth Africa won. South African fans cheered. South Africa play again.\n",
]


@pytest.mark.parametrize(("story", "expected"), MUST_FLAG)
def test_flags_names_that_lost_a_letter(story: str, expected: list[str]) -> None:
    assert flagged(story, "WL101") == expected


@pytest.mark.parametrize("story", MUST_NOT_FLAG)
def test_different_people_by_what_the_story_says(story: str) -> None:
    assert flagged(story, "WL101") == []


def test_fullest_reference_beats_the_majority_and_the_word_list() -> None:
    # `Preston` is a dictionary word (and a town); `Robert Peston` is the man.
    story = "Head\n\nEconomist Robert Peston wrote a book. Preston said so. Preston added.\n"
    found = lint(story, "WL101")
    assert [story[d.span.start : d.span.end] for d in found] == ["Preston", "Preston"]
    assert "the fullest reference, `Robert Peston`" in found[0].message
    assert found[0].fixes[0].edits[0].replacement == "Peston"
    assert found[0].fixes[0].applicability.value == "unsafe"


def test_a_word_list_never_decides_a_tie() -> None:
    story = "Head\n\nPeston wrote.\n\nPreston said.\n"
    [d] = lint(story, "WL101")
    assert story[d.span.start : d.span.end] == "Preston"
    assert "use `Peston` (the one used first)" in d.message


def test_diacritics_kept_over_the_majority() -> None:
    story = "Head\n\nKaczynski spoke. Kaczynski left.\n\nKaczyński returned.\n"
    found = lint(story, "WL101")
    assert [story[d.span.start : d.span.end] for d in found] == ["Kaczynski", "Kaczynski"]
    assert "(diacritics kept)" in found[0].message


def test_majority_is_said() -> None:
    story = "Head\n\nZelenskyy said. Zelenskyy left.\n\nZelenskiy spoke.\n"
    [d] = lint(story, "WL101")
    assert "use `Zelenskyy` (the majority spelling)" in d.message


def test_the_stylebook_beats_the_fullest_reference(tmp_path: Path) -> None:
    pack = tmp_path / "house.toml"
    pack.write_text('[stylebook]\nShmyhal = "Shmygal"\n', encoding="utf-8")
    story = "Head\n\nPrime Minister Denys Shmyhal said.\n\nShmygal left.\n"
    [d] = lint(story, "WL101", packs=(pack,))
    assert story[d.span.start : d.span.end] == "Shmyhal"
    assert d.fixes[0].applicability.value == "safe"
