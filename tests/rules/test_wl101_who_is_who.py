"""WL101: what the story says about who is who, which spelling to use, and names that lost a letter."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import lint


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
