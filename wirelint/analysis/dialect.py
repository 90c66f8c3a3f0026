"""US and UK spellings in a story (WL102): which words mark a dialect, and where.

The pairs come from a data file a pack points at (``rules/dialect.toml`` ->
``rules/data/us-uk-pairs.tsv``, built from SCOWL's American and British word lists),
read on first use. A word marks a dialect only where its spelling is the writer's:

* lower-case words, a sentence's first word and words in all-caps lines count;
* a capitalised word inside a sentence is part of a name, and a name keeps its own
  spelling (`Pearl Harbor`, `Sydney Harbour Bridge`), unless the name is a generic title
  built around an office word (`Defense Ministry`, `Ministry of Defence`, `Labor
  Secretary`): those are the writer's translation and follow the story's spelling, unless
  the official-names pack says the title is that body's own name and the story ties it
  to the body (`Britain's Ministry of Defence`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import Any

from wirelint.analysis.mentions import copy_words
from wirelint.config import Dialect
from wirelint.document.model import Document, PartKind, Token, TokenShape, tokens_in, word_shape
from wirelint.document.span import Span
from wirelint.packs import PackValueError, file_beside, register_section

DIALECT = "dialect"
OFFICIAL = "official-names"
KEY = "dialect.words"
US, UK = Dialect.US, Dialect.GB
#: British spelling with Oxford -ize (`organize`, but `analyse`, `colour`).
OXENDICT = Dialect.OXENDICT
LABEL: dict[str, str] = {US: "US", UK: "UK"}


@dataclass(frozen=True)
class Pair:
    dialect: Dialect  # the dialect this spelling marks
    counterpart: str  # the same word in the other dialect
    kinds: tuple[str, ...]  # ise-ize, our-or, ...


@dataclass(frozen=True)
class PairsFile:
    """The pair list beside a pack, read on first use."""

    path: Path

    def load(self) -> Mapping[str, Pair]:
        return _read_pairs(self.path, self.path.stat().st_mtime_ns)


#: A word -> the value of the dialect it marks, its counterpart and the kinds of pair.
_RawPairs = dict[str, tuple[str, str, tuple[str, ...]]]


class _Pairs(Mapping[str, Pair]):
    """The pair list, each Pair made when a story first asks for its word: making all
    6,000 on every run cost a cold check ~8 ms, and a story asks about a few."""

    __slots__ = ("_made", "_raw")

    def __init__(self, raw: _RawPairs) -> None:
        self._raw = raw
        self._made: dict[str, Pair] = {}

    def __getitem__(self, word: str) -> Pair:
        pair = self._made.get(word)
        if pair is None:
            dialect, counterpart, kinds = self._raw[word]
            pair = self._made[word] = Pair(Dialect(dialect), counterpart, kinds)
        return pair

    def __contains__(self, word: object) -> bool:
        return word in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


@lru_cache(maxsize=4)
def _read_pairs(path: Path, mtime: int) -> Mapping[str, Pair]:
    from wirelint import _cache

    def build() -> _RawPairs:
        out: _RawPairs = {}
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip() or line.startswith("#"):
                    continue
                us, uk, kinds, marks = line.rstrip("\n").split("\t")
                k = tuple(kinds.split(","))
                if marks in ("both", "us"):
                    out.setdefault(us, (US.value, uk, k))
                if marks in ("both", "uk"):
                    out.setdefault(uk, (UK.value, us, k))
        return out

    def as_raw(value: object) -> _RawPairs:
        if not isinstance(value, dict):
            raise TypeError("cached pairs must be a table")
        return value

    return _Pairs(_cache.cached("dialect-pairs", 1, _cache.file_key(path), build, as_raw))


_DIALECT_KEYS = {"pairs", "office-words", "not-pairs"}


def _validate_dialect(value: Any, path: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, v in value.items():
        if key not in _DIALECT_KEYS:
            raise PackValueError(key, f"unknown key; known: {', '.join(sorted(_DIALECT_KEYS))}")
        if key == "pairs":
            out[key] = PairsFile(file_beside(path, key, v, "pair file"))
        else:
            if not isinstance(v, list) or not all(isinstance(w, str) and w.strip() for w in v):
                raise PackValueError(key, "expected a list of words")
            out[key] = frozenset(w.strip().lower() for w in v)
    return out


def _validate_official(value: Any, path: Path) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for name, entry in value.items():
        if not isinstance(entry, dict):
            raise PackValueError(name, 'expected a table: {} or { of = ["Britain", ...] }')
        unknown = set(entry) - {"of"}
        if unknown:
            raise PackValueError(name, f"unknown key(s) {', '.join(sorted(unknown))}; known: of")
        of = entry.get("of", [])
        if not isinstance(of, list) or not all(isinstance(w, str) and w.strip() for w in of):
            raise PackValueError(name, "`of` must be a list of words that tie the name to its body")
        out[name] = tuple(of)
    return out


register_section(
    DIALECT,
    "table",
    "US/UK spelling pairs (a file), office words of generic titles, words that are no pair (WL102)",
    _validate_dialect,
)
register_section(
    OFFICIAL,
    "table",
    "official names that keep their own spelling, optionally only when tied to their body (WL102)",
    _validate_official,
)


@dataclass(frozen=True)
class DialectWord:
    span: Span
    text: str
    pair: Pair
    #: Inside a name the official-names pack lists, not tied to its body here
    #: (`Ministry of Defence` of Russia): the writer's word, but maybe the body's own name.
    official: bool = False

    def oxford(self) -> bool:
        """An -ise/-ize pair of the suffix Oxford spelling writes -ize (not `analyse`)."""
        ize = self.text if self.pair.dialect == US else self.pair.counterpart
        return self.pair.kinds == ("ise-ize",) and "iz" in ize.lower()


_POSSESSIVE_RE = re.compile(r"['’][sS]?$")
_LOWER = TokenShape.LOWER  # looked up once, not per token
_RUN_JOINERS = frozenset({"of", "for", "and", "the", "de", "on"})


@lru_cache(maxsize=8)
def _official_regex(names: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str] | None:
    if not names:
        return None
    alternatives = sorted((n for n, _ in names), key=len, reverse=True)
    # The names grouped by their first letter, each group one branch (`d(?:efence
    # forces|epartment of labor|...)`): a place is tried against the names that begin
    # with its letter, not against every name in turn. Only one group can match at a
    # place, and within it the names keep their order, longest first: the match is the
    # one the plain alternation of every name finds.
    groups: dict[str, list[str]] = {}
    for n in alternatives:
        groups.setdefault(n[:1].casefold(), []).append(n)
    branches = (
        re.escape(ns[0][:1]) + "(?:" + "|".join(re.escape(n[1:]) for n in ns) + ")"
        for ns in groups.values()
    )
    return re.compile(r"(?<![\w-])(?:" + "|".join(branches) + r")(?![\w-])", re.I)


class _OfficialNames:
    """Official names that keep their spelling here, and those the story does not tie to
    their body (a title that may be the writer's translation), found line by line.

    No name holds a line break, so the names of a line are those a scan of the whole
    text finds there: only the lines a dialect word stands on are read (a scan of a 10 MB
    story for every name at once took seconds).
    """

    def __init__(self, text: str, official: dict[str, tuple[str, ...]]) -> None:
        self.text = text
        self.regex = _official_regex(tuple(sorted(official.items())))
        self.by_fold = {n.casefold(): of for n, of in official.items()}
        # The words of the names kept in any case: a lower-case dialect word is looked
        # up only beside one of them (`labor` before `department`).
        self.words = frozenset(
            w for n, of in official.items() if not of for w in n.casefold().split()
        )
        # A name with a line break in it (no pack has one) is looked for in the whole text.
        self.whole_text = any("\n" in n for n in official)
        self.lines: dict[int, tuple[list[Span], list[Span]]] = {}

    def at(self, offset: int) -> tuple[list[Span], list[Span]]:
        """(kept, untied) spans of the names on the line holding ``offset``."""
        text = self.text
        lo = 0 if self.whole_text else text.rfind("\n", 0, offset) + 1
        found = self.lines.get(lo)
        if found is not None:
            return found
        hi = len(text) if self.whole_text else text.find("\n", offset)
        found = self.lines[lo] = self._scan(lo, len(text) if hi == -1 else hi)
        return found

    def _scan(self, lo: int, hi: int) -> tuple[list[Span], list[Span]]:
        spans: list[Span] = []
        untied: list[Span] = []
        if self.regex is None:
            return spans, untied
        text = self.text
        for m in self.regex.finditer(text, lo, hi):
            found = m.group()
            of = self.by_fold.get(found.casefold(), ())
            if found.islower() and of:
                continue  # a lower-case `labor party` may be any party: the writer's words
            if of:
                before = text[max(0, m.start() - 40) : m.start()].rstrip()
                before = re.sub(r"(?i)\bthe$", "", before).rstrip()
                if not any(before.endswith(q) and not before[: -len(q)][-1:].isalnum() for q in of):
                    untied.append(Span(m.start(), m.end()))
                    continue
            spans.append(Span(m.start(), m.end()))
        return spans, untied


def _beside(tokens: list[Token], i: int, words: frozenset[str]) -> bool:
    """The token before or after ``tokens[i]`` is one of ``words`` (any case)."""
    return any(0 <= j < len(tokens) and tokens[j].text.lower() in words for j in (i - 1, i + 1))


def _pieces(tok: Token) -> Iterable[tuple[int, int, str]]:
    text = _POSSESSIVE_RE.sub("", tok.text) if ("'" in tok.text or "’" in tok.text) else tok.text
    if "-" not in text:
        yield tok.start, tok.start + len(text), text
        return
    pos = 0
    for piece in text.split("-"):
        if piece:
            yield tok.start + pos, tok.start + pos + len(piece), piece
        pos += len(piece) + 1


def _in_title(tokens: list[Token], i: int, office: frozenset[str], text: str) -> bool:
    """Whether the capitalised run around ``tokens[i]`` is a generic title (`Defense Ministry`).

    A bracket or comma ends the run: in `International Cocoa Organization (ICCO) Council`
    the office word `Council` belongs to another name than `Organization`.
    """

    def named(t: Token) -> bool:
        return t.shape in (TokenShape.CAPITALIZED, TokenShape.UPPER, TokenShape.MIXED) or (
            t.text in _RUN_JOINERS
        )

    def spaced(a: Token, b: Token) -> bool:  # only white space between: one name
        return not text[a.end : b.start].strip()

    lo = i
    while lo > 0 and named(tokens[lo - 1]) and spaced(tokens[lo - 1], tokens[lo]):
        lo -= 1
    hi = i
    while hi + 1 < len(tokens) and named(tokens[hi + 1]) and spaced(tokens[hi], tokens[hi + 1]):
        hi += 1
    return any(_POSSESSIVE_RE.sub("", tokens[j].text).lower() in office for j in range(lo, hi + 1))


_ACRONYM_AFTER = re.compile(r"[^.,;:!?()\n]{0,80}?\(([A-Z]{2,8})s?\)")
_PHRASE_WORDS = re.compile(r"[^\W\d_]+")


def _spelled_out(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is one of those an acronym after it spells out.

    `Matrix-assisted laser desorption/ionization (MALDI)`: the story names a technique,
    a body or a law by its own words, whatever the story's spelling elsewhere.
    """
    m = _ACRONYM_AFTER.match(text, end)
    if m is None:
        return False
    letters = m.group(1).lower()
    words = list(_PHRASE_WORDS.finditer(text, max(0, start - 120), m.start(1) - 1))
    for kept in (words, [w for w in words if w.group().lower() not in _RUN_JOINERS]):
        tail = kept[-len(letters) :]
        if (
            len(tail) == len(letters)
            and "".join(w.group()[0].lower() for w in tail) == letters
            and tail[0].start() <= start
        ):
            return True
    return False


def _hit_pieces(tok: Token, pairs: Mapping[str, Pair]) -> Iterable[tuple[int, int, str]]:
    """The pieces of a token worth looking up: the word itself, or its hyphenated parts."""
    t = tok.text
    if "-" not in t and "'" not in t and "’" not in t:
        # The common case, one plain word: look it up before anything else.
        return ((tok.start, tok.end, t),) if t.lower() in pairs else ()
    if tok.shape is TokenShape.NUMBER or tok.shape is TokenShape.OTHER:
        return ()
    return _pieces(tok)


def _worth_a_look(word: str, pairs: Mapping[str, Pair]) -> bool:
    """Whether a token spelled ``word`` has a piece that ``_hit_pieces`` gives and
    ``pairs`` holds: the spelling alone decides it (its shape too), so it is asked once
    per spelling, not per token."""
    if "-" not in word and "'" not in word and "’" not in word:
        # A lower-case word is its own lower case.
        return word in pairs if word_shape(word) is _LOWER else word.lower() in pairs
    if word_shape(word) in (TokenShape.NUMBER, TokenShape.OTHER):
        return False
    piece = _POSSESSIVE_RE.sub("", word) if ("'" in word or "’" in word) else word
    return any(p.lower() in pairs for p in piece.split("-") if p)


def _worth_a_look_in(words: Iterable[str], pairs: Mapping[str, Pair]) -> set[str]:
    """The spellings of ``words`` worth a look (``_worth_a_look``), decided once each: a
    dialect word, or one with a hyphen or an apostrophe one of whose pieces is.

    A plain word is worth a look when its lower case is a key of ``pairs`` (a word in
    lower case is its own lower case): those are found in C, a long story's tens of
    thousands of spellings without a Python step each.
    """
    words = list(words)
    marked = {w for w in words if "-" in w or "'" in w or "’" in w}
    listed = set(compress(words, map(pairs.__contains__, map(str.lower, words))))
    return (listed - marked) | {w for w in marked if _worth_a_look(w, pairs)}


def dialect_words(
    doc: Document,
    pairs: Mapping[str, Pair],
    data: dict[str, Any],
    official: dict[str, tuple[str, ...]],
) -> list[DialectWord]:
    """Words of the story whose spelling marks US or UK English (cached on the Document)."""
    cached = doc.cache.get(KEY)
    if cached is not None:
        return list(cached)
    office: frozenset[str] = data.get("office-words", frozenset())
    ignore: frozenset[str] = data.get("not-pairs", frozenset())
    worth = _worth_a_look_in(copy_words(doc), pairs)
    names = _OfficialNames(doc.text, official)
    # The names are looked up from the first capitalised dialect word on (before it, no
    # word is counted inside an untied name).
    names_read = False
    out: list[DialectWord] = []
    for part in doc.parts:
        if part.kind not in (
            PartKind.HEADLINE,
            PartKind.BULLET,
            PartKind.SUBHEAD,
            PartKind.PARAGRAPH,
        ):
            continue
        if worth.isdisjoint(part.texts):
            # Most parts of a long story hold no dialect word: their tokens, kept
            # packed, are not made again to be passed over.
            continue
        for sentence in part.sentences:
            tokens = sentence.tokens
            hits = tokens_in(tokens, worth)
            for i in hits:
                tok = tokens[i]
                for start, end, piece in _hit_pieces(tok, pairs):
                    word = piece.lower()
                    pair = pairs.get(word)
                    if pair is None or word in ignore:
                        continue
                    if piece[:1].isupper():
                        if not piece.isupper():
                            positional = tok.sentence_start and start == tok.start
                            if not positional and not _in_title(tokens, i, office, doc.text):
                                continue  # part of a name: it keeps its own spelling
                        names_read = True
                        if any(s.start <= start and end <= s.end for s in names.at(start)[0]):
                            continue
                    elif _beside(tokens, i, names.words) and any(
                        s.start <= start and end <= s.end for s in names.at(start)[0]
                    ):
                        # A body's own name written in lower case (`the latest labor
                        # department report` in a British story) is still its name; one
                        # the pack ties to a country is the writer's words in lower case.
                        continue
                    if _spelled_out(doc.text, start, end):
                        continue  # a name the story spells out: MALDI
                    named = names_read and any(
                        s.start <= start and end <= s.end for s in names.at(start)[1]
                    )
                    out.append(DialectWord(Span(start, end), piece, pair, named))
    doc.cache[KEY] = out
    return list(out)
