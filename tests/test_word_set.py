"""A word set answers exactly what the frozenset it was built from answers."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirelint.analysis.spelling import read_word_list, read_word_set
from wirelint.analysis.wordtable import WordSet

words = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


def test_a_rare_word_list_is_asked_like_a_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(tmp_path / "cache"))
    listed = tmp_path / "rare.txt"
    listed.write_text("# rarer words\nleakers\nPunky  # informal\nerodable\n\n", encoding="utf-8")
    for _ in range(2):  # built, then read back from the cache
        rare = read_word_set(listed)
        assert "punky" in rare and "leakers" in rare and "erodable" in rare
        assert "Punky" not in rare and "leaker" not in rare and "" not in rare
        assert len(rare) == len(read_word_list(listed)) == 3


@given(st.frozensets(words), st.lists(words))
def test_membership_matches_a_frozenset(kept: frozenset[str], asked: list[str]) -> None:
    table = WordSet.load(marshal.loads(marshal.dumps(WordSet.from_words(kept).dump())))
    assert sorted(table) == sorted(kept)
    assert [w in table for w in asked] == [w in kept for w in asked]
