"""Read-only word tables that load in a millisecond.

A ``dict`` of 160,000 words costs 30-40 ms to unmarshal on every ``wirelint check``,
because every key becomes a Python object. These tables keep the sorted keys in one
string with an offsets array, and find a word by binary search (a few microseconds),
remembering each answer; a story asks about a few hundred distinct words. A long run
(a directory, a language server) that asks about thousands turns the table into a
plain dict once, so warm throughput is a dict's. ``dump`` gives plain data for
:mod:`wirelint._cache`, ``load`` takes it back.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Mapping
from itertools import pairwise, repeat
from typing import Generic, TypeVar

V = TypeVar("V")
_MISSING = object()


class _SortedWords(Mapping[str, V], Generic[V]):
    """Sorted keys in one string; subclasses say how the i-th value is read."""

    __slots__ = ("_dict", "_keys", "_memo", "_n", "_offsets")

    #: Distinct words asked about before the table becomes a dict (~30 ms for 160,000).
    MATERIALISE_AFTER = 4096

    def __init__(self, keys: str, offsets: array[int]) -> None:
        self._keys = keys
        self._offsets = offsets
        self._n = len(offsets) - 1
        self._memo: dict[str, object] = {}
        self._dict: dict[str, V] | None = None

    @staticmethod
    def _pack_keys(words: list[str]) -> tuple[str, array[int]]:
        offsets = array("q", [0])
        total = 0
        for w in words:
            total += len(w)
            offsets.append(total)
        return "".join(words), offsets

    def _value(self, index: int) -> V:
        raise NotImplementedError

    def _index(self, word: str) -> int:
        keys, offsets = self._keys, self._offsets
        lo, hi = 0, self._n
        while lo < hi:
            mid = (lo + hi) >> 1
            probe = keys[offsets[mid] : offsets[mid + 1]]
            if probe < word:
                lo = mid + 1
            elif probe == word:
                return mid
            else:
                hi = mid
        return -1

    def _lookup(self, word: str) -> object:
        hit = self._memo.get(word, _MISSING)
        if hit is _MISSING:
            i = self._index(word)
            hit = self._value(i) if i >= 0 else _MISSING
            self._memo[word] = hit
            if len(self._memo) > self.MATERIALISE_AFTER:
                self.materialise()
        return hit

    def materialise(self) -> None:
        """Become a plain dict now (a long run asks about most of the words sooner or
        later; a process about to start workers does it once for all of them)."""
        if self._dict is None:
            self._dict = dict(zip(self._key_list(), self._all_values(), strict=True))
            self._memo = {}

    def _key_list(self) -> list[str]:
        keys = self._keys
        return [keys[a:b] for a, b in pairwise(self._offsets)]

    def _all_values(self) -> Iterable[V]:
        """Every value in key order; subclasses read them in bulk where they can."""
        return [self._value(i) for i in range(self._n)]

    def get(self, word: str, default: object = None) -> V | object:  # type: ignore[override]
        d = self._dict
        if d is not None:
            return d.get(word, default)
        hit = self._lookup(word)
        return default if hit is _MISSING else hit

    def __getitem__(self, word: str) -> V:
        d = self._dict
        if d is not None:
            return d[word]
        hit = self._lookup(word)
        if hit is _MISSING:
            raise KeyError(word)
        return hit  # type: ignore[return-value]

    def __contains__(self, word: object) -> bool:
        d = self._dict
        if d is not None:
            return word in d
        return isinstance(word, str) and self._lookup(word) is not _MISSING

    def __iter__(self) -> Iterator[str]:
        if self._dict is not None:
            return iter(self._dict)
        return iter(self._key_list())

    def __len__(self) -> int:
        return self._n


class IntTable(_SortedWords[int]):
    """word -> int (a frequency, a bit set of tags)."""

    __slots__ = ("_values",)

    def __init__(self, keys: str, offsets: array[int], values: array[int]) -> None:
        super().__init__(keys, offsets)
        if len(values) != self._n:
            raise ValueError("IntTable: as many values as keys expected")
        self._values = values

    @classmethod
    def from_dict(cls, data: Mapping[str, int]) -> IntTable:
        words = sorted(data)
        keys, offsets = cls._pack_keys(words)
        return cls(keys, offsets, array("q", [data[w] for w in words]))

    def _value(self, index: int) -> int:
        return self._values[index]

    def _all_values(self) -> Iterable[int]:
        return self._values.tolist()

    def dump(self) -> tuple[str, bytes, bytes]:
        return self._keys, self._offsets.tobytes(), self._values.tobytes()

    @classmethod
    def load(cls, dumped: tuple[str, bytes, bytes]) -> IntTable:
        keys, offsets, values = dumped
        return cls(keys, _array(offsets), _array(values))


class TupleTable(_SortedWords[tuple[str, ...]]):
    """word -> tuple of strings (a verb's forms, a form's lemmas)."""

    __slots__ = ("_value_offsets", "_values")
    _SEP = "\x1f"  # never in a word

    def __init__(
        self, keys: str, offsets: array[int], values: str, value_offsets: array[int]
    ) -> None:
        super().__init__(keys, offsets)
        if len(value_offsets) != len(offsets):
            raise ValueError("TupleTable: as many values as keys expected")
        self._values = values
        self._value_offsets = value_offsets

    @classmethod
    def from_dict(cls, data: Mapping[str, tuple[str, ...]]) -> TupleTable:
        words = sorted(data)
        keys, offsets = cls._pack_keys(words)
        values, value_offsets = cls._pack_keys([cls._SEP.join(data[w]) for w in words])
        return cls(keys, offsets, values, value_offsets)

    def _value(self, index: int) -> tuple[str, ...]:
        joined = self._values[self._value_offsets[index] : self._value_offsets[index + 1]]
        return tuple(joined.split(self._SEP)) if joined else ()

    def _all_values(self) -> Iterable[tuple[str, ...]]:
        values, sep = self._values, self._SEP
        return [
            tuple(values[a:b].split(sep)) if b > a else () for a, b in pairwise(self._value_offsets)
        ]

    def dump(self) -> tuple[str, bytes, str, bytes]:
        return self._keys, self._offsets.tobytes(), self._values, self._value_offsets.tobytes()

    @classmethod
    def load(cls, dumped: tuple[str, bytes, str, bytes]) -> TupleTable:
        keys, offsets, values, value_offsets = dumped
        return cls(keys, _array(offsets), values, _array(value_offsets))


class WordSet(_SortedWords[bool]):
    """A set of words (membership only): a frozenset of 150,000 words costs ~20 ms to
    unmarshal, one object a word; this loads in well under a millisecond."""

    __slots__ = ()

    @classmethod
    def from_words(cls, words: Iterable[str]) -> WordSet:
        return cls(*cls._pack_keys(sorted(set(words))))

    def _value(self, index: int) -> bool:
        return True

    def _all_values(self) -> Iterable[bool]:
        return repeat(True, self._n)

    def dump(self) -> tuple[str, bytes]:
        return self._keys, self._offsets.tobytes()

    @classmethod
    def load(cls, dumped: tuple[str, bytes]) -> WordSet:
        keys, offsets = dumped
        return cls(keys, _array(offsets))


def _array(data: bytes) -> array[int]:
    out = array("q")
    out.frombytes(data)
    return out
