"""The shared English word table: the same answers with or without the disk cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wirelint import lexicon


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
    assert len(list(cache.glob("en-frequencies-*.marshal"))) == 1
    lexicon.english_frequencies.cache_clear()
    assert dict(lexicon.english_frequencies()) == first
    assert first == lexicon._build()


def test_a_corrupt_cache_is_rebuilt(cache: Path) -> None:
    lexicon.english_frequencies()
    [stored] = cache.glob("*.marshal")
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
