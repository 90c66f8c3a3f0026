"""lemminflect's tables read from wirelint's cache answer as lemminflect's own do."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from wirelint import _cache
from wirelint.analysis.lemma_tables import MarshalTable, _table

lemminflect = pytest.importorskip("lemminflect")


def test_a_table_gives_back_each_entry_and_misses_the_rest() -> None:
    data: dict[str, object] = {
        "stories": {"NOUN": ("story",)},
        "be": {"VB": ("be",), "VBD": ("was", "were")},
        "run": {"VB": ("run",), "VBG": ("running",)},
    }
    table = MarshalTable.load(MarshalTable.from_dict(data).dump())
    assert {w: table.get(w, {}) for w in data} == data
    assert table.get("storys", {}) == {}
    assert "run" in table and "runs" not in table
    assert sorted(table) == sorted(data)


def test_damaged_values_are_refused() -> None:
    keys, offsets, _, value_offsets = MarshalTable.from_dict({"a": 1}).dump()
    with pytest.raises(TypeError):
        MarshalTable.load((keys, offsets, "not bytes", value_offsets))  # type: ignore[arg-type]


def test_every_lemma_and_inflection_entry_matches_lemminflects_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
    from lemminflect.core.Inflections import Inflections
    from lemminflect.core.Lemmatizer import Lemmatizer

    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(tmp_path))
    for name, path, parse in (
        ("lemmas", Lemmatizer().lemma_lu_fn, LemmaLUCodec.load),
        ("inflections", Inflections().infl_lu_fn, InflectionLUCodec.load),
    ):
        parsed = parse(path)
        built = _table(f"test-{name}", path, "v", parse)  # built, then stored
        stored = _table(f"test-{name}", path, "v", parse)  # read from the cache
        assert list(tmp_path.glob(f"test-{name}-*.marshal"))
        assert stored.dump() == built.dump()
        assert len(built) == len(parsed)
        assert all(built.get(word, {}) == entry for word, entry in parsed.items())


def test_a_damaged_cache_file_is_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(tmp_path))
    calls: list[str] = []

    def parse(path: str) -> dict[str, object]:
        calls.append(path)
        return {"word": {"NOUN": ("word",)}}

    source = tmp_path / "data.csv"
    source.write_text("word\n", encoding="utf-8")
    _table("test-damaged", str(source), "v", parse)
    (stored,) = tmp_path.glob("test-damaged-*.marshal")
    stored.write_bytes(marshal.dumps(("only", "two")))
    again = _table("test-damaged", str(source), "v", parse)
    assert again.get("word", {}) == {"NOUN": ("word",)}
    assert len(calls) == 2
    assert _cache.content_key([source, b"v"]) in stored.name


def test_the_installed_module_answers_from_the_cached_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lemminflect.core.Inflections import Inflections
    from lemminflect.core.Lemmatizer import Lemmatizer

    from wirelint.analysis.lemma_tables import install

    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(tmp_path))
    # As a process that has not looked a word up yet (another test may have).
    monkeypatch.delattr(Lemmatizer(), "lemma_dict", raising=False)
    monkeypatch.delattr(Inflections(), "infl_dict", raising=False)
    install(lemminflect)
    assert isinstance(Lemmatizer().lemma_dict, MarshalTable)
    assert isinstance(Inflections().infl_dict, MarshalTable)
    assert lemminflect.getAllLemmas("stories") == {"NOUN": ("story",)}
    assert lemminflect.getAllLemmas("Stories") == {"NOUN": ("Story",)}
    assert lemminflect.getAllInflections("story", "NOUN") == {"NNS": ("stories",), "NN": ("story",)}
    assert lemminflect.getAllInflections("be", "AUX")["VBD"] == ("was", "were")
    assert lemminflect.getAllLemmas("qzxv") == {}
