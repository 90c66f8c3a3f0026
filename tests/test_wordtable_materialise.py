"""A word table answers the same before and after it becomes a plain dict."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from wirelint.analysis.lemma_tables import MarshalTable
from wirelint.analysis.wordtable import IntTable, TupleTable, WordSet, _SortedWords

WORDS = ["be", "colour", "portal", "stories", "story", "zebra", "élan"]


def _tables() -> list[tuple[_SortedWords[object], Mapping[str, object]]]:
    ints = {w: i * 7 for i, w in enumerate(WORDS)}
    tuples = {w: (w, w + "s") if i % 3 else () for i, w in enumerate(WORDS)}
    plain = {w: {"NOUN": (w,)} if i % 2 else [] for i, w in enumerate(WORDS)}
    return [
        (IntTable.load(IntTable.from_dict(ints).dump()), ints),
        (TupleTable.load(TupleTable.from_dict(tuples).dump()), tuples),
        (WordSet.load(WordSet.from_words(WORDS).dump()), dict.fromkeys(WORDS, True)),
        (MarshalTable.load(MarshalTable.from_dict(plain).dump()), plain),
    ]


@pytest.mark.parametrize(("table", "data"), _tables())
def test_materialised_answers_as_before(
    table: _SortedWords[object], data: Mapping[str, object]
) -> None:
    asked = ["story", "storys", "", "élan", "zebras", "a"]
    before = [(w in table, table.get(w, "missing")) for w in asked]
    assert list(table) == sorted(data) and len(table) == len(data)
    table.materialise()
    assert [(w in table, table.get(w, "missing")) for w in asked] == before
    assert dict(table.items()) == dict(data) and list(table) == sorted(data)
    assert table["story"] == data["story"]
    with pytest.raises(KeyError):
        table["storys"]


def test_a_table_asked_about_many_words_becomes_a_dict() -> None:
    words = [f"w{i:05d}" for i in range(IntTable.MATERIALISE_AFTER + 10)]
    table = IntTable.load(IntTable.from_dict({w: i for i, w in enumerate(words)}).dump())
    assert [table.get(w) for w in words] == list(range(len(words)))
    assert table._dict is not None and table.get("w00003") == 3
