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

import struct
from array import array
from collections.abc import Iterable, Iterator, Mapping
from itertools import pairwise, repeat
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from typing import TypeAlias

    from wirelint._cache import Buffer

    #: Offsets and values: an array, or a view of a mapped file's 8-byte integers.
    _Ints: TypeAlias = array[int] | memoryview

V = TypeVar("V")
_MISSING = object()  # not in the table (remembered like any answer)
_UNASKED = object()  # not yet looked up


class _SortedWords(Mapping[str, V], Generic[V]):
    """Sorted keys in one string; subclasses say how the i-th value is read."""

    __slots__ = ("_dict", "_keys", "_memo", "_n", "_offsets")

    #: Distinct words asked about before the table becomes a dict (~30 ms for 160,000).
    MATERIALISE_AFTER = 4096

    def __init__(self, keys: str | Buffer, offsets: _Ints) -> None:
        # Keys are one str, or a file's bytes holding them in UTF-8, which keeps the code
        # points' order (a table read in place: see IntTable.to_bytes).
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
        # A str is sought among str keys, its UTF-8 bytes among bytes.
        keys: Any = self._keys
        offsets = self._offsets
        sought: Any = word
        if not isinstance(keys, str):
            sought = word.encode("utf-8", "surrogatepass")
        lo, hi = 0, self._n
        while lo < hi:
            mid = (lo + hi) >> 1
            probe = keys[offsets[mid] : offsets[mid + 1]]
            if probe < sought:
                lo = mid + 1
            elif probe == sought:
                return mid
            else:
                hi = mid
        return -1

    def _lookup(self, word: str) -> object:
        hit = self._memo.get(word, _UNASKED)
        if hit is _UNASKED:
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

    def _str_keys(self) -> str:
        keys = self._keys
        if not isinstance(keys, str):
            raise TypeError(f"{type(self).__name__}: a table read in place has no plain form")
        return keys

    def _key_list(self) -> list[str]:
        keys = self._keys
        if isinstance(keys, str):
            return [keys[a:b] for a, b in pairwise(self._offsets)]
        return [keys[a:b].decode("utf-8", "surrogatepass") for a, b in pairwise(self._offsets)]

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

    def pairs(self) -> Iterator[tuple[str, V]]:
        """Every (word, value) in key order, read in bulk: a caller that reads the whole
        table (``items()``) would make a look-up per word."""
        if self._dict is not None:
            return iter(self._dict.items())
        return zip(self._key_list(), self._all_values(), strict=True)


class IntTable(_SortedWords[int]):
    """word -> int (a frequency, a bit set of tags)."""

    __slots__ = ("_values",)

    def __init__(self, keys: str | Buffer, offsets: _Ints, values: _Ints) -> None:
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
        return self._str_keys(), _to_bytes(self._offsets), _to_bytes(self._values)

    # A table of 160,000 words with accented keys took 5-100 ms to unmarshal (its keys
    # decoded from UTF-8, tens of MB of fresh memory on a loaded machine); read in place
    # from a mapped file, it costs nothing until a word is looked up, and a lookup
    # touches a few pages. Layout: a header (magic, count, key bytes), the offsets (of
    # the keys from the start of the file) and the values as 8-byte integers in native
    # order, then the keys' UTF-8 bytes.
    _MAGIC = b"WLIT0001"
    _HEADER = struct.Struct("=8sqq")

    def to_bytes(self) -> bytes:
        """The table in the layout :meth:`from_buffer` reads in place."""
        words = [w.encode("utf-8", "surrogatepass") for w in self._key_list()]
        total = self._HEADER.size + 8 * (2 * self._n + 1)
        offsets = array("q", [total])
        for word in words:
            total += len(word)
            offsets.append(total)
        encoded = b"".join(words)
        values = array("q", self._values)
        header = self._HEADER.pack(self._MAGIC, self._n, len(encoded))
        return header + offsets.tobytes() + values.tobytes() + encoded

    @classmethod
    def from_buffer(cls, buffer: Buffer) -> IntTable:
        """A table over ``buffer`` (bytes or a mapped file) as :meth:`to_bytes` wrote it;
        ValueError when it is not one."""
        view = memoryview(buffer)
        size = cls._HEADER.size
        if len(view) < size:
            raise ValueError("IntTable: truncated")
        magic, n, key_bytes = cls._HEADER.unpack(view[:size])
        ints = size + 8 * (2 * n + 1)
        if magic != cls._MAGIC or n < 0 or key_bytes < 0 or len(view) != ints + key_bytes:
            raise ValueError("IntTable: not a table")
        offsets = view[size : size + 8 * (n + 1)].cast("q")
        if offsets[0] != ints or offsets[n] != len(view):
            raise ValueError("IntTable: damaged offsets")
        values = view[size + 8 * (n + 1) : ints].cast("q")
        # The buffer itself, not a view: a slice of bytes or of a mapped file is bytes,
        # which compare with the word sought.
        return cls(buffer, offsets, values)

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
        return (
            self._str_keys(),
            _to_bytes(self._offsets),
            self._values,
            _to_bytes(self._value_offsets),
        )

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
        return self._str_keys(), _to_bytes(self._offsets)

    @classmethod
    def load(cls, dumped: tuple[str, bytes]) -> WordSet:
        keys, offsets = dumped
        return cls(keys, _array(offsets))


def _to_bytes(ints: _Ints) -> bytes:
    return ints.tobytes()


def _array(data: bytes) -> array[int]:
    out = array("q")
    out.frombytes(data)
    return out
