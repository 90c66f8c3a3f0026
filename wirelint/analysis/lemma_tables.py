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
from collections.abc import Callable, Iterable, Mapping
from itertools import pairwise
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from wirelint.analysis.wordtable import _array, _SortedWords

T = TypeVar("T")
P = TypeVar("P")

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

    def _all_values(self) -> Iterable[object]:
        values, loads = self._values, marshal.loads
        return [loads(values[a:b]) for a, b in pairwise(self._value_offsets)]

    def dump(self) -> tuple[str, bytes, bytes, bytes]:
        return (
            self._str_keys(),
            self._offsets.tobytes(),
            self._values,
            self._value_offsets.tobytes(),
        )

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


# -- answers without lemminflect -------------------------------------------------------
#
# `import lemminflect` imports numpy (for its out-of-vocabulary models): ~0.15 s of CPU,
# more than a third of a cold check of one story, which asks it only for the lemmas of
# a few lower-case words. Its answers for lower-case words are kept here, as lemminflect
# itself gave them (overrides applied), and lemminflect is imported only for what they
# do not cover: words with capitals, the out-of-vocabulary methods, anything else.

#: The upos values lemminflect's getAllInflections filters by (PROPN changes the word's
#: capitals and is left to lemminflect).
_FILTERED = ("NOUN", "VERB", "ADJ", "ADV", "AUX")
_RESOURCES = ("lemma_lu.csv.gz", "lemma_overrides.csv", "infl_lu.csv.gz", "infl_overrides.csv")
_CODE = ("core/Lemmatizer.py", "core/Inflections.py", "core/LexicalUtils.py", "__init__.py")


class Lookups:
    """``getAllLemmas`` and ``getAllInflections`` as lemminflect answers them, read from
    wirelint's cache for lower-case words; every other attribute is lemminflect's own
    (imported on first use by ``load``)."""

    def __init__(self, load: Callable[[], ModuleType]) -> None:
        self._load = load
        self._lemmas: MarshalTable | None = None
        self._inflections: tuple[MarshalTable, dict[str, tuple[str, ...]]] | None = None
        self._key: str | None = None

    def module(self) -> ModuleType:
        """lemminflect itself."""
        return self._load()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._load(), name)

    def getAllLemmas(self, word: str, upos: str | None = None) -> dict[str, tuple[str, ...]]:
        if upos is not None or word != word.lower():
            return self._load().getAllLemmas(word, upos)  # type: ignore[no-any-return]
        if self._lemmas is None:
            self._lemmas = self._cached(
                "lemminflect-all-lemmas", self._build_lemmas, MarshalTable.load
            )
        found = self._lemmas.get(word)
        return dict(found) if isinstance(found, dict) else {}

    def getAllInflections(self, lemma: str, upos: str | None = None) -> dict[str, tuple[str, ...]]:
        if (upos is not None and upos not in _FILTERED) or lemma != lemma.lower():
            return self._load().getAllInflections(lemma, upos)  # type: ignore[no-any-return]
        if self._inflections is None:
            self._inflections = self._cached(
                "lemminflect-all-inflections",
                self._build_inflections,
                lambda plain: (MarshalTable.load(plain[0]), dict(plain[1])),
            )
        table, tags = self._inflections
        found = table.get(lemma)
        if not isinstance(found, dict):
            return {}
        if upos is None:
            return dict(found)
        keep = tags[upos]
        return {tag: forms for tag, forms in found.items() if tag in keep}

    def _cached(self, name: str, build: Callable[[], P], load: Callable[[P], T]) -> T:
        from wirelint import _cache

        if self._key is None:
            self._key = _installed_key()
        return _cache.cached(name, _VERSION, self._key, build, load)

    def _build_lemmas(self) -> tuple[str, bytes, bytes, bytes]:
        module = self._load()
        from lemminflect.core.Lemmatizer import Lemmatizer

        lemmatizer = Lemmatizer()
        words = _lower_case(lemmatizer._getLemmaDict(), lemmatizer._getOverridesDict())
        answers = {w: module.getAllLemmas(w) for w in sorted(words)}
        return MarshalTable.from_dict({w: a for w, a in answers.items() if a}).dump()

    def _build_inflections(
        self,
    ) -> tuple[tuple[str, bytes, bytes, bytes], dict[str, tuple[str, ...]]]:
        module = self._load()
        from lemminflect.core.Inflections import Inflections
        from lemminflect.core.LexicalUtils import uposToTags

        inflections = Inflections()
        words = _lower_case(inflections._getInflDict(), inflections._getOverridesDict())
        answers = {w: module.getAllInflections(w) for w in sorted(words)}
        table = MarshalTable.from_dict({w: a for w, a in answers.items() if a}).dump()
        return table, {upos: tuple(uposToTags(upos)) for upos in _FILTERED}


def _lower_case(*tables: Mapping[str, object]) -> set[str]:
    return {w for table in tables for w in table if w == w.lower()}


def _installed_key() -> str:
    """The installed lemminflect's data and lookup code, by size and modification time
    (read without importing it); another version or install gives another key."""
    import importlib.util
    import os

    from wirelint import _cache

    spec = importlib.util.find_spec("lemminflect")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("No module named 'lemminflect'", name="lemminflect")
    folder = os.path.dirname(spec.origin)
    stamps = []
    for name in (*(f"resources/{r}" for r in _RESOURCES), *_CODE):
        st = os.stat(os.path.join(folder, name))
        stamps.append(f"{name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return _cache.content_key(stamps)
