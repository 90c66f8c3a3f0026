"""Word tables read in place from the cache folder: the answers of the plain table,
whatever the keys' letters, and a damaged or cut-off file built again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wirelint import _cache
from wirelint.analysis.wordtable import IntTable

WORDS = {"droit": 4100, "commun": 2300, "rue": 9000, "procès": 1200, "zoë": 60, "日本": 7}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(_cache, "_file_keys", None)
    return tmp_path / "cache"


def _mapped(builds: list[int]) -> IntTable:
    def build() -> bytes:
        builds.append(1)
        return IntTable.from_dict(WORDS).to_bytes()

    return _cache.mapped("words", 1, "key", build, IntTable.from_buffer)


def test_a_table_read_in_place_answers_as_the_plain_one(cache: Path) -> None:
    builds: list[int] = []
    first = _mapped(builds)
    again = _mapped(builds)
    assert builds == [1]  # the second one was read from the file
    for table in (first, again):
        assert dict(table.items()) == WORDS
        assert table.get("procès") == 1200
        assert table.get("proces", 0) == 0
        assert "zoë" in table and "zoe" not in table
        assert list(table) == sorted(WORDS)


def test_a_table_read_in_place_becomes_a_dict_with_the_same_answers(cache: Path) -> None:
    _mapped([])
    table = _mapped([])
    table.materialise()
    assert dict(table.items()) == WORDS
    assert table["rue"] == 9000


@pytest.mark.parametrize("damage", ["garbage", "cut", "empty"])
def test_a_damaged_table_file_is_built_again(cache: Path, damage: str) -> None:
    _mapped([])
    [stored] = cache.glob("words-*.table")
    data = stored.read_bytes()
    stored.write_bytes({"garbage": b"\x00garbage", "cut": data[:-3], "empty": b""}[damage])
    builds: list[int] = []
    assert _mapped(builds).get("droit") == 4100
    assert builds == [1]
    assert stored.read_bytes() == data


def test_an_unwritable_cache_folder_costs_speed_not_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(blocker / "cache"))
    assert _mapped([]).get("commun") == 2300


def test_a_source_file_is_keyed_by_its_content(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.json"
    source.write_bytes(b'{"rue": 9000}')
    key = _cache.file_key(source)
    assert key == _cache.content_key([b'{"rue": 9000}'])
    _cache._write_file_keys()
    _cache._file_keys = None  # as a later process: the key read back, not hashed
    assert _cache.file_key(source) == key
    other = tmp_path / "copy.json"  # another install of the same data: the same key
    other.write_bytes(source.read_bytes())
    assert _cache.file_key(other) == key
    source.write_bytes(b'{"rue": 9001}')
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert _cache.file_key(source) == _cache.content_key([b'{"rue": 9001}'])
