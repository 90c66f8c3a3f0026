"""Word-pair counts from symspellpy's English tables, and the two readings WL448 makes of them.

symspellpy (MIT, on PyPI) ships two count tables that SymSpell's author derived from the
Google Books Ngram data (published by Google under CC BY 3.0), keeping the words of
hunspell's English word lists: ``frequency_dictionary_en_82_765.txt`` (82,765 words) and
``frequency_bigramdictionary_en_243_342.txt`` (242,342 lower-case word pairs, every count
at least :data:`FLOOR`). They are read here as files; symspellpy's code is never imported.

The counts come from scanned books and are noisy (`the of` is counted 80 million times
against 177 billion for `of the`), so nothing is read from a pair's presence alone: every
reading compares two counts and reports only when one is hundreds of times the other. A
pair missing from the table is taken as half the table's smallest count, not as zero.

The tables are loaded once per process, when a story is first checked, through the
derived-table cache: parsing the 6.5 MB of text takes about a second, loading the cached
form about 0.4 s; they hold about 45 MB.

A third reading was measured and left out: a function word dropped between two words
(`agreed refund` for `agreed to refund`). The table keeps only pairs seen 6.4 million
times or more, so most pairs of good English are absent from it too: at every threshold
that found one dropped `to` in ten, it made over half a false alarm per 10,000 words of
clean copy, five times the budget.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from wirelint.analysis.wordtable import IntTable

_WORDS_FILE = "frequency_dictionary_en_82_765.txt"
_PAIRS_FILE = "frequency_bigramdictionary_en_243_342.txt"
#: The smallest count the pair table keeps: a pair it lacks was seen fewer times.
FLOOR = 6_400_000
#: What an absent pair counts as: below every pair the table keeps.
_ABSENT = FLOOR // 2
_FORMAT = 2  # 2: sorted tables read in place, not dicts


class _Counts(IntTable):
    """An IntTable that stays sorted keys read by binary search: a run over many stories
    asks about more pairs than the word tables' threshold, and a dict of all 242,342
    pairs costs ~40 MB and a second to build. Its memory of answers is dropped instead."""

    __slots__ = ()
    MATERIALISE_AFTER = 1 << 16

    def materialise(self) -> None:
        self._memo = {}


class WordPairs:
    """Counts of words and of neighbouring word pairs (lower case)."""

    __slots__ = ("_pairs", "_words")

    def __init__(self, words: Mapping[str, int], pairs: Mapping[str, int]) -> None:
        self._words = words
        self._pairs = pairs

    def word(self, w: str) -> int:
        return self._words.get(w, 0)

    def pair(self, a: str, b: str) -> int:
        """The count of `a b`; 0 when the table lacks it (seen fewer than FLOOR times)."""
        return self._pairs.get(f"{a} {b}", 0)

    def smooth(self, a: str, b: str) -> int:
        """The count of `a b`, an absent pair counted as half the table's smallest."""
        return self._pairs.get(f"{a} {b}", _ABSENT)

    def __len__(self) -> int:
        return len(self._pairs)


def _folder() -> Path | None:
    """symspellpy's package folder, found without importing it (None when not installed)."""
    try:
        spec = importlib.util.find_spec("symspellpy")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    if not (folder / _WORDS_FILE).is_file() or not (folder / _PAIRS_FILE).is_file():
        return None
    return folder


def available() -> bool:
    """Is the extra that carries the tables installed?"""
    return _folder() is not None


def _read(folder: Path) -> tuple[tuple[str, bytes, bytes], tuple[str, bytes, bytes]]:
    words: dict[str, int] = {}
    with open(folder / _WORDS_FILE, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 2 and parts[1].isdigit():
                words[parts[0]] = int(parts[1])
    pairs: dict[str, int] = {}
    with open(folder / _PAIRS_FILE, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[2].isdigit():
                pairs[f"{parts[0]} {parts[1]}"] = int(parts[2])
    return _Counts.from_dict(words).dump(), _Counts.from_dict(pairs).dump()


def _load(plain: tuple[tuple[str, bytes, bytes], tuple[str, bytes, bytes]]) -> WordPairs:
    words, pairs = plain
    return WordPairs(_Counts.load(words), _Counts.load(pairs))


@lru_cache(maxsize=1)
def table() -> WordPairs | None:
    """The tables, loaded once per process; None when symspellpy is not installed."""
    folder = _folder()
    if folder is None:
        return None
    from wirelint import _cache

    try:
        key = _cache.file_key(folder / _WORDS_FILE) + _cache.file_key(folder / _PAIRS_FILE)
    except OSError:
        return None
    return _cache.cached("word-pairs", _FORMAT, key, lambda: _read(folder), _load)


def swapped(t: WordPairs, words: Sequence[str | None], i: int, min_word: int) -> float:
    """How many times likelier words i and i+1 are in the other order, their neighbours
    (when they are words) read on both sides: `the of` after `one` and before `best`.

    ``words`` is a run of lower-case words joined by spaces only, None for anything else
    (a name, a figure, a word the table lacks). 0 when the pair cannot be read.
    """
    a, b = words[i], words[i + 1]
    if a is None or b is None or a == b:
        return 0.0
    if t.word(a) < min_word or t.word(b) < min_word:
        return 0.0
    ba = t.pair(b, a)
    if ba == 0:
        return 0.0  # the other order is rare too: nothing to prefer
    written = float(t.smooth(a, b))
    other = float(ba)
    p = words[i - 1] if i > 0 else None
    if p is not None:
        written *= t.smooth(p, a)
        other *= t.smooth(p, b)
    n = words[i + 2] if i + 2 < len(words) else None
    if n is not None:
        written *= t.smooth(b, n)
        other *= t.smooth(a, n)
    return other / written


def confused(
    t: WordPairs, words: Sequence[str | None], i: int, members: Sequence[str]
) -> tuple[str, float]:
    """The member of word i's confusion set that fits between its neighbours best, and
    how many times better than the word written: count(prev w) * count(w next) / count(w)
    (Golding's context words, one each side). ("", 0) when it cannot be read: a
    neighbour that is not a word, or a written word that is seen beside either neighbour."""
    w = words[i]
    if w is None or i == 0 or i + 1 >= len(words):
        return "", 0.0
    p, n = words[i - 1], words[i + 1]
    if p is None or n is None:
        return "", 0.0
    left, right = t.pair(p, w), t.pair(w, n)
    if left and right:
        return "", 0.0  # the written word is seen with both neighbours: it fits
    written = t.smooth(p, w) * t.smooth(w, n) / max(t.word(w), 1)
    best, best_score = "", 0.0
    for x in members:
        if x == w:
            continue
        lx, rx = t.pair(p, x), t.pair(x, n)
        if not lx or not rx:
            continue  # an alternative must be seen with both neighbours
        score = lx * rx / max(t.word(x), 1)
        if score > best_score:
            best, best_score = x, score
    if not best:
        return "", 0.0
    return best, best_score / written
