"""The shared English word table: the same answers with or without the disk cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wirelint.analysis import lexicon


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(tmp_path / "cache"))
    lexicon.english_frequencies.cache_clear()
    yield tmp_path / "cache"
    lexicon.english_frequencies.cache_clear()


def test_ordinary_words_are_words_and_names_are_not(cache: Path) -> None:
    assert lexicon.frequency("portal") > 0
    assert lexicon.frequency("Portal") == lexicon.frequency("portal")
    assert lexicon.is_english_word("ministry")
    assert not lexicon.is_english_word("zelenskyy")


def test_the_first_use_writes_a_cache_that_later_runs_read(cache: Path) -> None:
    first = dict(lexicon.english_frequencies())
    assert len(list(cache.glob("en-frequencies-*.table"))) == 1
    lexicon.english_frequencies.cache_clear()
    assert dict(lexicon.english_frequencies()) == first
    assert first == lexicon._build(lexicon._source().read_bytes())


def test_a_corrupt_cache_is_rebuilt(cache: Path) -> None:
    lexicon.english_frequencies()
    [stored] = cache.glob("*.table")
    stored.write_bytes(b"\x00garbage")
    lexicon.english_frequencies.cache_clear()
    assert lexicon.frequency("ministry") > 0
    assert stored.stat().st_size > 1000


def test_an_unwritable_cache_folder_costs_speed_not_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(blocker / "cache"))
    lexicon.english_frequencies.cache_clear()
    try:
        assert lexicon.frequency("ministry") > 0
    finally:
        lexicon.english_frequencies.cache_clear()


@pytest.mark.parametrize("garbage", [b"\x00garbage", b"\xe9\x01\x00\x00\x00"])  # bad data; an int
def test_a_cache_entry_of_the_wrong_shape_is_rebuilt(cache: Path, garbage: bytes) -> None:
    lexicon.english_frequencies()
    [stored] = cache.glob("*.table")
    stored.write_bytes(garbage)
    lexicon.english_frequencies.cache_clear()
    assert lexicon.frequency("ministry") > 0
    lexicon.english_frequencies.cache_clear()
    assert lexicon.frequency("ministry") > 0
    assert stored.stat().st_size > 1000


def test_old_entries_do_not_pile_up(cache: Path) -> None:
    """Each virtualenv or upgrade keys a new entry; only the newest few stay."""
    cache.mkdir(parents=True)
    for n in range(6):
        (cache / f"en-frequencies-v3-old{n}.table").write_bytes(b"x")
    lexicon.english_frequencies()
    assert len(list(cache.glob("en-frequencies-*.table"))) <= 3


def test_the_word_class_table_reads_the_same_from_the_cache(cache: Path, tmp_path: Path) -> None:
    """WL401's table: built from the text file on first use, then read from the cache."""
    from wirelint.grammar import lexicon as grammar

    table = tmp_path / "lexicon.txt"
    table.write_text(
        "@VB knock go\n@VBD knocked went\n@VBN knocked gone\n@NN knock\n@COUNT knock\n"
        "@VERB knock go\n@VERB-VBD knocked went\n@VERB-VBN knocked gone\n"
        "@VERB-VBG knocking going\n@VERB-VBZ knocks goes\n@FORM wended\n@FORM-LEMMAS go/wend\n",
        encoding="utf-8",
    )
    words: dict[str, list[str]] = {"modals": ["can"]}
    first = grammar.build_lexicon(table, words)
    grammar._table.cache_clear()
    again = grammar.build_lexicon(table, words)
    assert len(list(cache.glob("wl401-lexicon-*.marshal"))) == 1
    for lex in (first, again):
        assert lex.tag("knock") == grammar.VB | grammar.NN  # countable: no MASS
        assert lex.tag("went") == grammar.VBD
        assert lex.tag("can") & grammar.MODAL
        assert lex.tag("zelenskyy") == 0
        assert lex.lemmas("went") == ("go",)
        assert lex.lemmas("wended") == ("go", "wend")
        assert lex.form("go", grammar.VBN) == "gone"
    # An edited table is a new cache entry: nothing stale is read.
    table.write_text(table.read_text(encoding="utf-8").replace("@NN knock", "@NN knock go"))
    grammar._table.cache_clear()
    assert grammar.build_lexicon(table, words).tag("go") & grammar.NN


def test_the_spelling_vocabulary_answers_the_same_before_and_after_it_becomes_a_set() -> None:
    from wirelint.analysis.spelling import _Vocabulary

    class Eager(_Vocabulary):
        MATERIALISE_AFTER = 2

    base = {"color": 5, "colour": 2, "ministry": 9}
    probes = ["color", "colour", "ministry", "telco", "zelenskyy", "color", "telco"]
    expected = [False, True, True, True, False, False, True]  # en-GB, with "telco" added
    for vocabulary in (
        _Vocabulary(base, frozenset({"colour"}), frozenset({"color"}), frozenset({"telco"})),
        Eager(base, frozenset({"colour"}), frozenset({"color"}), frozenset({"telco"})),
    ):
        assert [w in vocabulary for w in probes] == expected
