"""WL101: what the story says about who is who, which spelling to use, and names that lost a letter."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import lint


def test_fullest_reference_beats_the_majority_and_the_word_list() -> None:
    # `Preston` is a dictionary word (and a town); `Robert Peston` is the man.
    story = "Head\n\nEconomist Robert Peston wrote a book. Preston said so. Preston added.\n"
    # The finding stands on the minority spelling; the fix writes it at the other places.
    [d] = lint(story, "WL101")
    assert story[d.span.start : d.span.end] == "Peston"
    assert "use `Peston` everywhere (the fullest reference, `Robert Peston`)" in d.message
    edits = d.fixes[0].edits
    assert [story[e.span.start : e.span.end] for e in edits] == ["Preston", "Preston"]
    assert {e.replacement for e in edits} == {"Peston"}
    assert d.fixes[0].applicability.value == "unsafe"


def test_a_word_list_never_decides_a_tie() -> None:
    story = "Head\n\nPeston wrote.\n\nPreston said.\n"
    # Where to report may heed the word list (a slip seldom makes a listed name); which
    # spelling to use never does.
    [d] = lint(story, "WL101")
    assert story[d.span.start : d.span.end] == "Peston"
    assert "use `Peston` everywhere (the one used first)" in d.message


def test_diacritics_kept_over_the_majority() -> None:
    story = "Head\n\nKaczynski spoke. Kaczynski left.\n\nKaczyński returned.\n"
    [d] = lint(story, "WL101")
    assert story[d.span.start : d.span.end] == "Kaczyński"
    assert "use `Kaczyński` everywhere (diacritics kept)" in d.message
    assert [e.replacement for e in d.fixes[0].edits] == ["Kaczyński", "Kaczyński"]


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


def test_a_common_noun_in_a_name_is_the_word_the_story_writes_with_its_marks() -> None:
    # The story writes the garment `hijāb` in lower case: `Hijab` in a movement's name is
    # that word, not a slip of the charity's name `Nafsi Hijabi`.
    story = (
        "Head\n\nShe founded Nafsi Hijabi in 2018. Nafsi Hijabi helps women who stop wearing "
        "the hijāb. Many wore a hijāb for years.\n\n"
        "Nafsi Hijabi works beside the Free From Hijab movement, she said.\n"
    )
    assert lint(story, "WL101") == []
    # Without the lower-case word, `Hijab` once beside `Hijabi` three times is a slip.
    plain = story.replace("the hijāb", "the veil").replace("a hijāb", "a veil")
    [d] = lint(plain, "WL101")
    assert plain[d.span.start : d.span.end] == "Hijab"
