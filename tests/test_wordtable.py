"""Word tables answer exactly what the dict they were built from answers."""

from __future__ import annotations

import marshal

from hypothesis import given
from hypothesis import strategies as st

from wirelint.analysis.wordtable import IntTable, TupleTable

words = st.text(
    st.characters(blacklist_characters="\x1f", blacklist_categories=("Cs",)), max_size=12
)


def test_a_frequency_table_reads_like_a_dict() -> None:
    table = IntTable.from_dict({"ministry": 120, "defence": 40, "défense": 3})
    assert table["ministry"] == 120
    assert table.get("défense") == 3
    assert table.get("zelenskyy", 0) == 0
    assert "defence" in table and "defense" not in table
    assert list(table) == ["defence", "défense", "ministry"]
    assert len(table) == 3
    # Read in bulk, in key order, before and after the table becomes a dict.
    assert list(table.pairs()) == [("defence", 40), ("défense", 3), ("ministry", 120)]
    table.materialise()
    assert list(table.pairs()) == [("defence", 40), ("défense", 3), ("ministry", 120)]


def test_a_verb_table_keeps_each_form_in_its_slot() -> None:
    table = TupleTable.from_dict({"go": ("go", "went", "gone", "going", "goes"), "x": ()})
    assert table["go"][1] == "went"
    assert table["x"] == ()
    assert table.get("knock") is None


class _EagerTable(IntTable):
    """Turns into a dict after two words, as a long run does after thousands."""

    MATERIALISE_AFTER = 2


@given(st.dictionaries(words, st.integers(min_value=-(2**62), max_value=2**62)), st.lists(words))
def test_int_tables_round_trip_through_marshal(data: dict[str, int], probes: list[str]) -> None:
    dumped = marshal.loads(marshal.dumps(IntTable.from_dict(data).dump()))
    for table in (IntTable.load(dumped), _EagerTable.load(dumped)):
        assert dict(table) == data
        assert list(table.pairs()) == list(table.items())
        for word in probes + list(data):
            assert table.get(word) == data.get(word)
            assert (word in table) == (word in data)


@given(st.dictionaries(words, st.lists(words.filter(bool), min_size=1, max_size=5).map(tuple)))
def test_tuple_tables_round_trip_through_marshal(data: dict[str, tuple[str, ...]]) -> None:
    table = TupleTable.load(marshal.loads(marshal.dumps(TupleTable.from_dict(data).dump())))
    assert dict(table) == data
