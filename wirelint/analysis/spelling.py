"""The spelling dictionary for WL501: loaded lazily, once per process.

The base vocabulary is pyspellchecker's English frequency dictionary (US spellings,
160k words with counts, used to rank suggestions). SCOWL word lists shipped beside
``rules/spelling.toml`` add the words it lacks and say which spellings belong to one
dialect only, so the configured dialect decides whether ``colour`` or ``color`` is a
word. Inflections the lists miss are checked with lemminflect, imported on first use.

Nothing here is imported until WL501 first asks for a word: ``wirelint check`` on a
story without the rule never pays for the dictionary.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from wirelint.analysis.lexicon import english_frequencies
from wirelint.analysis.wordtable import TupleTable, WordSet
from wirelint.config import Dialect

_LETTERS = string.ascii_lowercase
#: Longer runs of letters are not spell-checked: the longest English words have about 30
#: letters, and the search for what a word might have meant costs the square of its length
#: (a pasted 10,000-letter token would take seconds and gigabytes).
MAX_WORD = 40


@lru_cache(maxsize=16)
def read_word_list(path: Path) -> frozenset[str]:
    """A plain word list, one word a line; `#` starts a comment. Cached per content."""
    from wirelint import _cache

    def parse() -> frozenset[str]:
        words = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.split("#", 1)[0].strip().lower()
            if word:
                words.add(word)
        return frozenset(words)

    def as_words(value: object) -> frozenset[str]:
        if not isinstance(value, frozenset):
            raise TypeError("a cached word list must be a frozenset")
        return value

    return _cache.cached(f"words-{path.stem}", 1, _cache.file_key(path), parse, as_words)


def read_word_set(path: Path) -> WordSet:
    """:func:`read_word_list`'s words for membership tests only, cached as a WordSet."""
    from wirelint import _cache

    def build() -> tuple[str, bytes]:
        return WordSet.from_words(read_word_list(path)).dump()

    key = _cache.file_key(path)
    return _cache.cached(f"wordset-{path.stem}", 1, key, build, WordSet.load)


@lru_cache(maxsize=4)
def read_misspellings(path: Path) -> Mapping[str, tuple[str, ...]]:
    """A list of common misspellings, `misspelling<TAB>correction[,correction...]` a line."""
    from wirelint import _cache

    def parse() -> tuple[str, bytes, str, bytes]:
        table: dict[str, tuple[str, ...]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            typo, _, fixes = line.partition("\t")
            if typo and fixes and not typo.startswith("#"):
                table[typo.strip()] = tuple(f.strip() for f in fixes.split(",") if f.strip())
        return TupleTable.from_dict(table).dump()

    # A TupleTable, not a dict: unmarshalling 40,000 entries as objects cost ~40 ms a run.
    key = _cache.file_key(path)
    return _cache.cached(f"misspellings-{path.stem}", 2, key, parse, TupleTable.load)


class Lexicon:
    """Which lower-case words are English in one dialect, and what a typo might have meant."""

    def __init__(
        self,
        dialect: Dialect,
        common: frozenset[str],
        british: frozenset[str],
        american: frozenset[str],
        extra: frozenset[str],
    ) -> None:
        self.dialect = dialect
        self.base = english_frequencies()
        self.common = common | extra
        self.extra = extra  # the words packs add: a newsroom's own vocabulary
        self.rare_memo: dict[str, bool] = {}  # WL501: word -> rare in the table
        if dialect == Dialect.OXENDICT:
            # British spelling with -ize where the -ise spelling is British (`organize`).
            oxford = frozenset(
                w for w in american if "iz" in w and w.replace("iz", "is") in british
            )
            self.own, self.other = british | oxford, american - oxford
        elif dialect == Dialect.GB:
            self.own, self.other = british, american
        elif dialect == Dialect.US:
            self.own, self.other = american, british
        else:
            self.own, self.other = british | american, frozenset()
        self._inflections: dict[str, str | None] = {}
        self._candidates: dict[str, list[str]] = {}
        # The question asked of every word, answered lazily: building one merged set of
        # 160,000 words costs ~20 ms, more than checking a story.
        self.words: _Vocabulary | frozenset[str] = _Vocabulary(
            self.base, self.own, self.other, self.common, self._merged
        )

    def _merged(self, words: frozenset[str]) -> None:
        # Once a long run has built the merged set, ask it directly, at C speed.
        self.words = words
        self.known = words.__contains__  # type: ignore[method-assign,assignment]

    def known(self, word: str) -> bool:
        return word in self.words

    def frequency(self, word: str) -> int:
        return self.base.get(word, 0) or (1 if self.known(word) else 0)

    def other_dialect(self, word: str) -> bool:
        """A spelling of the dialect not configured (`colour` in an en-US story)."""
        return word in self.other

    def is_inflection(self, word: str) -> bool:
        """A regular form (plural, tense, comparative) of a known word the lists lack."""
        return self.inflection_of(word) is not None

    def inflection_of(self, word: str) -> str | None:
        """The known word ``word`` is a regular form of (`telcos` -> `telco`), if any."""
        if word not in self._inflections:
            self._inflections[word] = _inflection_of_known(word, self.known)
        return self._inflections[word]

    def _closeness(self, candidate: str, word: str, counterpart: bool) -> int:
        """0 first: for another dialect's spelling, this dialect's own, then a vowel variant."""
        if not counterpart or candidate in self.own:
            return 0
        return 1 if _vowel_variant(candidate, word) else 2

    def candidates(self, word: str, limit: int = 3) -> list[str]:
        """Known words one edit away (a letter dropped, doubled, swapped or changed).

        The commonest first; for a spelling of the other dialect, the configured
        dialect's own spelling (`color` -> `colour` in en-GB) comes first.
        """
        if len(word) > MAX_WORD:
            return []
        ranked = self._candidates.get(word)
        if ranked is None:
            known = self.known
            found = {w for w in edits1(word) if known(w)}
            counterpart = word in self.other
            ranked = sorted(
                found, key=lambda w: (self._closeness(w, word, counterpart), -self.frequency(w), w)
            )
            self._candidates[word] = ranked
        return ranked[:limit]


class _Vocabulary:
    """``word in vocabulary``: the base table minus the other dialect, plus own and extra words.

    Answers are remembered; after a few thousand distinct words (a directory, a
    language server) the merged set is built once and asked directly.
    """

    __slots__ = ("_base", "_common", "_memo", "_on_merge", "_other", "_own", "_set")
    MATERIALISE_AFTER = 4096

    def __init__(
        self,
        base: Mapping[str, int],
        own: frozenset[str],
        other: frozenset[str],
        common: frozenset[str],
        on_merge: Callable[[frozenset[str]], None] | None = None,
    ) -> None:
        self._base, self._own, self._other, self._common = base, own, other, common
        self._memo: dict[str, bool] = {}
        self._set: frozenset[str] | None = None
        self._on_merge = on_merge

    def __contains__(self, word: object) -> bool:
        if self._set is not None:
            return word in self._set
        if not isinstance(word, str):
            return False
        hit = self._memo.get(word)
        if hit is None:
            hit = (
                word in self._own
                or word in self._common
                or (word in self._base and word not in self._other)
            )
            self._memo[word] = hit
            if len(self._memo) > self.MATERIALISE_AFTER:
                self._set = frozenset((set(self._base) - self._other) | self._own | self._common)
                self._memo = {}
                if self._on_merge is not None:
                    self._on_merge(self._set)
        return hit


def _vowel_variant(a: str, b: str) -> bool:
    """`gray` / `grey`, `color` / `colour`: the same consonants, other vowels."""
    return a.translate(_NO_VOWELS) == b.translate(_NO_VOWELS)


_NO_VOWELS = str.maketrans("", "", "aeiouy")


def edits1(word: str) -> set[str]:
    """Every string one deletion, transposition, replacement or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _LETTERS if c != b[0]]
    inserts = [a + c + b for a, b in splits for c in _LETTERS + "'"]
    return set(deletes + transposes + replaces + inserts)


def _stems(word: str) -> Iterator[str]:
    """Every stem a regular ending could have been added to (a superset of lemminflect's)."""
    if word.endswith("ies"):
        yield word[:-3] + "y"
    if word.endswith("es"):
        yield word[:-2]
    if word.endswith("s"):
        yield word[:-1]
    for ending in ("ed", "er", "est", "ing"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            yield from (stem, stem + "e", stem[:-1], stem[:-1] + "y")
    if word.endswith("d"):
        yield word[:-1]


def _inflection_of_known(word: str, is_known: Callable[[str], bool]) -> str | None:
    # lemminflect costs ~250 ms to import and load (numpy, tables): ask it only when a
    # known word could be the stem, which a typo such as `goverment` never has.
    if not any(len(stem) > 1 and is_known(stem) for stem in _stems(word)):
        return None
    from wirelint.analysis.inflection import lemminflect as load

    lemminflect = load()
    for upos in ("NOUN", "VERB", "ADJ"):
        lemmas: Iterable[str] = lemminflect.getAllLemmasOOV(word, upos).get(upos, ())
        for lemma in lemmas:
            if lemma == word or not is_known(lemma):
                continue
            forms = lemminflect.getAllInflections(lemma, upos)
            if not forms and upos != "ADJ":
                # Regular plurals and verb forms of a word lemminflect does not know;
                # not comparatives, which would make `center` the comparative of `cent`.
                forms = lemminflect.getAllInflectionsOOV(lemma, upos)
            if any(word in f for f in forms.values()):
                return lemma
    return None


@lru_cache(maxsize=16)
def lexicon(
    dialect: Dialect, lists: tuple[tuple[str, Path], ...], extra: frozenset[str]
) -> Lexicon:
    """The shared Lexicon for a dialect and a set of word lists (built once)."""
    files = dict(lists)

    def words(key: str) -> frozenset[str]:
        path = files.get(key)
        return read_word_list(path) if path is not None else frozenset()

    return Lexicon(dialect, words("en"), words(Dialect.GB), words(Dialect.US), extra)
