"""lemminflect's lemma and inflection tables, read from wirelint's cache.

lemminflect parses its two tables (gzip'd CSV, 80,000 and 40,000 words) line by line
the first time a word is looked up: ~0.45 s of CPU, more than checking a hundred
stories. Every process that asks about one word pays it, and a ``--jobs`` run pays
it before its workers start, while every core but one waits. Here each table is kept
in :mod:`wirelint._cache` as sorted words in one string with each word's entry in
``marshal`` form beside it (a few milliseconds to read), keyed by the data file's
bytes and lemminflect's version, and handed to lemminflect before it parses its own.

lemminflect reads these tables only through ``.get(word, {})`` and copies what it
gets, so a table that decodes one word's entry when asked answers it as its dict
would. Anything unexpected (another lemminflect, a cache that cannot be read) leaves
lemminflect to load its tables itself.
"""

from __future__ import annotations

import contextlib
import marshal
from array import array
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType

from wirelint.analysis.wordtable import _array, _SortedWords

#: Bumped when the stored layout changes.
_VERSION = 1


class MarshalTable(_SortedWords[object]):
    """word -> any value ``marshal`` stores, decoded when the word is first asked for."""

    __slots__ = ("_value_offsets", "_values")

    def __init__(
        self, keys: str, offsets: array[int], values: bytes, value_offsets: array[int]
    ) -> None:
        super().__init__(keys, offsets)
        if len(value_offsets) != len(offsets):
            raise ValueError("MarshalTable: as many values as keys expected")
        self._values = values
        self._value_offsets = value_offsets

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> MarshalTable:
        words = sorted(data)
        keys, offsets = cls._pack_keys(words)
        value_offsets = array("q", [0])
        parts = []
        total = 0
        for w in words:
            part = marshal.dumps(data[w])  # type: ignore[arg-type]
            parts.append(part)
            total += len(part)
            value_offsets.append(total)
        return cls(keys, offsets, b"".join(parts), value_offsets)

    def _value(self, index: int) -> object:
        offsets = self._value_offsets
        return marshal.loads(self._values[offsets[index] : offsets[index + 1]])

    def dump(self) -> tuple[str, bytes, bytes, bytes]:
        return self._keys, self._offsets.tobytes(), self._values, self._value_offsets.tobytes()

    @classmethod
    def load(cls, dumped: tuple[str, bytes, bytes, bytes]) -> MarshalTable:
        keys, offsets, values, value_offsets = dumped
        if not isinstance(values, bytes):
            raise TypeError("MarshalTable: values must be bytes")
        return cls(keys, _array(offsets), values, _array(value_offsets))


def _table(
    name: str, path: str, version: str, parse: Callable[[str], dict[str, object]]
) -> MarshalTable:
    from wirelint import _cache

    key = _cache.content_key([Path(path), version.encode()])
    return _cache.cached(
        name, _VERSION, key, lambda: MarshalTable.from_dict(parse(path)).dump(), MarshalTable.load
    )


def install(module: ModuleType) -> None:
    """Give lemminflect's lemmatizer and inflector their tables from the cache."""
    with contextlib.suppress(ImportError, AttributeError, OSError, TypeError, ValueError):
        from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
        from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
        from lemminflect.core.Inflections import Inflections
        from lemminflect.core.Lemmatizer import Lemmatizer

        version = str(getattr(module, "__version__", ""))
        lemmatizer = Lemmatizer()
        if not hasattr(lemmatizer, "lemma_dict"):
            lemmatizer.lemma_dict = _table(
                "lemminflect-lemmas", lemmatizer.lemma_lu_fn, version, LemmaLUCodec.load
            )
        inflections = Inflections()
        if not hasattr(inflections, "infl_dict"):
            inflections.infl_dict = _table(
                "lemminflect-inflections", inflections.infl_lu_fn, version, InflectionLUCodec.load
            )
