"""Proper-noun mentions of a story and the spellings of one name that differ (WL101, WL103).

A *mention* is a capitalised word that is not an ordinary English word: `Zelenskyy`,
`Bakhmut`, `BACHMUT` in an all-caps subhead, the `Russian` of `pro-Russian`. Possessives
are dropped (`Zelenskiy's` is a mention of `Zelenskiy`). Two spellings are *variants* of
one name when they differ as transliterations and typos do, decided by principles, never
by a list of names:

* the same *skeleton* after folding what transliterations vary (x/ks, kh/ch/h, y/i and the
  -iy/-yy/-yi endings, ou/u, k/c/q, w/v, ph/f, doubled letters, diacritics), or
* one edit apart on that skeleton (a swapped, doubled, dropped or changed letter),
  when both spellings are at least five letters long, start alike, the rarer one is no
  English word, and neither is a derived form of the other (`Russia`/`Russian`,
  `Iraq`/`Iraqi`, `Petrov`/`Petrova`, `Clark`/`Clarke`).

Spellings that only ever stand in all-caps lines (headlines and subheads in capitals, full
of abbreviations) count as variants through the skeleton, or one edit apart when both are
five letters or more and neither is a plural of the other (`VOCLKER`, `Volcker`). Two
spellings that stand beside different first or last names (`Jan Kowalski`, `Jon Smith`)
name different people; a last name used alone refers to the last full mention
(`Andrew Michelmore` ... `Mr Michelmora`). A name written two ways in no letter but its
capitals or its parts (`Mcdonald`/`McDonald`, `Vangaal`/`Van Gaal`, `Al-Qaeda`/`Al
Qaeda`) is found apart, by ``_written_apart``, and told apart by the same context; so
is a name set once in lower case (``_lowered_names``) and a person's or place's
name set once in capitals in running text (``_shouted``: `BLAIR` beside `Blair`).

``best_supported`` says which spelling the story supports least, where WL101 reports.

The analysis is computed once per Document and kept in ``doc.cache[KEY]``.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import compress, count
from operator import itemgetter, not_
from pathlib import Path
from typing import Any

from wirelint.analysis.lexicon import frequency
from wirelint.analysis.mentions import (
    CopyTexts,
    Mention,
    RawMention,
    StoryPieces,
    copy_texts,
    copy_words,
    is_mention,
    mention_keys,
    mentions_of,
    raw_mentions,
)
from wirelint.analysis.words import STOPWORDS, fold_spelling, is_dictionary_word
from wirelint.document.model import (
    Document,
    Part,
    PartKind,
    TokenShape,
    word_shape,
    words_in,
)
from wirelint.document.span import Span
from wirelint.packs import PackValueError, register_section

# Enum members looked up once: `TokenShape.UPPER` in a loop costs a lookup per token.
_CAPITALIZED = TokenShape.CAPITALIZED
_UPPER = TokenShape.UPPER

KEY = "names.variants"
STYLEBOOK = "stylebook"
STYLEBOOK_KEEP = "stylebook-keep"
TITLES = "name-titles"
PARTICLES = "name-particles"
RENAMINGS = "name-change-cues"
WRITTEN_QUOTES = "written-quote-cues"
JOINED_PREFIXES = "name-joined-prefixes"
GIVEN_NAMES = "given-names"
LEGAL_FORMS = "name-legal-forms"

#: Words at least this frequent in the English word list are ordinary words, not names.
ORDINARY_FREQUENCY = 1000
#: The longer of two spellings has at least this many letters, the shorter one less.
MIN_LENGTH = 5


# -- the stylebook pack (WL103, and WL101 on ties) ---------------------------------------

_PHRASE_RE = re.compile(r"[^\W\d_][\w'’.,\- ]*[^\W_]|[^\W\d_]")


def _validate_stylebook(value: Any, path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for wrong, right in value.items():
        if not _PHRASE_RE.fullmatch(wrong):
            raise PackValueError(wrong, "a stylebook key must be a word or phrase")
        if not isinstance(right, str) or not _PHRASE_RE.fullmatch(right):
            raise PackValueError(
                wrong, f"the preferred spelling must be a word or phrase, not {right!r}"
            )
        if wrong == right:
            raise PackValueError(wrong, "maps a spelling to itself")
        out[wrong] = right
    for wrong, right in out.items():
        if right in out:
            raise PackValueError(
                wrong,
                f"`{right}` is itself listed as wrong (-> `{out[right]}`): point at the end of the chain",
            )
    return out


def _validate_keep(value: Any, path: Path) -> list[str]:
    for phrase in value:
        if not _PHRASE_RE.fullmatch(phrase):
            raise PackValueError(STYLEBOOK_KEEP, f"not a word or phrase: {phrase!r}")
    return list(value)


register_section(
    STYLEBOOK,
    "mapping",
    'spelling -> the stylebook\'s spelling, e.g. Kiev = "Kyiv" (WL103; WL101 on ties)',
    _validate_stylebook,
)
register_section(
    STYLEBOOK_KEEP,
    "strings",
    "phrases in which a stylebook key keeps its spelling (`Chicken Kiev`) (WL103)",
    _validate_keep,
)


register_section(
    TITLES,
    "strings",
    "titles and honorifics that stand before names without being part of them (WL101)",
)
register_section(
    PARTICLES,
    "strings",
    "lower-case words inside a full name (`Arjan de Zeeuw`, `Ludwig van Beethoven`) (WL101)",
)


register_section(
    JOINED_PREFIXES,
    "strings",
    "prefixes a surname runs into its next part (`McDonald`, `MacLeod`): the joined form may "
    "be the name's own (WL101)",
)
register_section(
    GIVEN_NAMES,
    "strings",
    "given names (`Gordon`, `Maria`): the capitalised word after one is a surname (WL101)",
)
register_section(
    LEGAL_FORMS,
    "strings",
    "words that end a company's name with its legal form (`Inc`, `Plc`): no part of a "
    "longer name of its own (WL101)",
)
register_section(
    RENAMINGS,
    "strings",
    "words that bring in a name as a new one (`renamed`, `name to`): no slip of an old one (WL101)",
)
register_section(
    WRITTEN_QUOTES,
    "strings",
    "words that say a quotation is copied from writing (`tweeted`, `on Twitter`): it keeps "
    "its source's capitals (WL101)",
)


def stylebook_choice(stylebook: dict[str, str], spellings: Iterable[str]) -> str | None:
    """Which of ``spellings`` (case-folded) the stylebook prefers, if it decides."""
    folded = {k.casefold(): v.casefold() for k, v in stylebook.items()}
    preferred = set(folded.values())
    keys = list(spellings)
    chosen = [s for s in keys if s in preferred]
    if len(chosen) == 1:
        return chosen[0]
    ruled_out = [s for s in keys if s in folded]
    rest = [s for s in keys if s not in folded]
    if ruled_out and len(rest) == 1:
        return rest[0]
    return None


# -- English frequency (pyspellchecker's table, see lexicon.frequency) --------------------


#: The word list's floor: a hundred thousand entries stand at exactly this count, taken
#: from lists without counts, and many are slips or fragments (`canad`, `kenned`).
RARE_FREQUENCY = 50


def is_word(word: str) -> bool:
    """Whether the English word list attests ``word`` above its floor of unchecked entries."""
    return frequency(word) > RARE_FREQUENCY


# -- skeletons: what transliterations vary, folded away ----------------------------------

_ENDINGS_RE = re.compile(r"(?:iy|yy|yi|ii|ij|iyi)$")
#: The Russian surname endings `-ev`, `-ov` in the older French and German manner
#: (`Diaghilev`/`Diaghileff`, `Rachmaninov`/`Rachmaninoff`, `Romanov`/`Romanoff`).
_FF_ENDING_RE = re.compile(r"(?<=[eo])ff$")
_FOLDS = (
    ("x", "ks"),
    ("kh", "h"),
    ("ch", "h"),
    ("zh", "z"),
    ("gh", "g"),
    ("ph", "f"),
    ("ck", "k"),
    ("tz", "ts"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("c", "k"),
    ("q", "k"),
    ("w", "v"),
    ("j", "y"),
    ("y", "i"),
)
_DOUBLE_RE = re.compile(r"(.)\1+")
_POSSESSIVE_RE = re.compile(r"['’][sS]?$")


@lru_cache(maxsize=32768)
def ascii_key(text: str) -> str:
    """Lower-case letters only, diacritics removed: `Zelenský` -> `zelensky`."""
    from unidecode import unidecode

    return "".join(c for c in unidecode(text).lower() if c.isalpha())


@lru_cache(maxsize=32768)
def skeleton(text: str) -> str:
    """What is left of a name when the usual transliteration choices are folded away."""
    s = _FF_ENDING_RE.sub("v", _ENDINGS_RE.sub("i", ascii_key(text)))
    for a, b in _FOLDS:
        s = s.replace(a, b)
    return _DOUBLE_RE.sub(r"\1", s)


_VOWELS = frozenset("aeiouy")
#: Endings that make another word from a name: Russia/Russian, Ukraine/Ukrainian,
#: Iraq/Iraqi, China/Chinese, Kurd/Kurdish, Lloyd/Lloyds.
_DERIVED = (
    "s",
    "es",
    "n",
    "an",
    "ian",
    "ean",
    "ese",
    "ish",
    "ic",
    "ite",
    "ist",
    "ism",
    "er",
    "ers",
    "i",
    "e",
)


_WEAK = ("e", "ic", "ite", "ist", "ism", "er", "ers")


def _weak_ending(a: str, b: str) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long.startswith(short) and long[len(short) :] in _WEAK


def _swapped_or_doubled(a: str, b: str) -> bool:
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(
        long[i] == long[i - 1] and long[:i] + long[i + 1 :] == short for i in range(1, len(long))
    )


def is_derived(a: str, b: str) -> bool:
    """Whether one of two ASCII keys is a derived or inflected form of the other."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    n = 0
    while n < len(short) and short[n] == long[n]:
        n += 1
    if len(short) - n > 1:
        return False
    tail = long[n:]
    if n == len(short):  # long = short + tail
        if tail == "a":  # Petrov/Petrova, Daniel/Daniela: a feminine form
            return len(short) >= 2 and short[-1] not in _VOWELS and short[-2] in _VOWELS
        if tail == "i" and short[-1] in "iy":  # Zaluzhny/Zaluzhnyi: an ending variant
            return False
        if tail == "n":  # Russia/Russian, Kenya/Kenyan; not Houston/Housto, Everton/Everto
            return short[-1] == "a"
        if tail == "s" and short[-1] == "s":  # Souness/Sounes: no plural adds `s` to `s`
            return False
        return tail in _DERIVED
    # long = short minus its last letter + tail: Ukraine/Ukrainian, China/Chinese
    return short[-1] in _VOWELS and tail in _DERIVED and len(tail) >= 2


# -- variants ------------------------------------------------------------------------------


@dataclass
class Spelling:
    key: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def caps_only(self) -> bool:
        return all(m.caps for m in self.mentions)

    @property
    def written(self) -> str:
        """As first written in the story: `BACHMUT`."""
        return self.mentions[0].text

    @cached_property
    def display(self) -> str:
        """How the spelling is written in running text: `Zelenskyy`, `McCool`.

        Counted once, when first asked for (a spelling is complete by then): a rule asks
        for it at every finding and every note.
        """
        forms = Counter(m.text for m in self.mentions if not m.caps)
        if forms:
            return forms.most_common(1)[0][0]
        return self.mentions[0].text.title()


@dataclass
class NameGroup:
    """Spellings of one name, most used first."""

    spellings: list[Spelling]


# Parts of one name: `Lian Chia Liang`, `Chang Chi-Cheng`, `Kilroy-Silk`.
_NAME_GAP_RE = re.compile(r"(?:\s+[A-Z][\w'’.-]*)*(?:\s+|(?<=[-‐]))|[-‐]")
_LIST_GAP_RE = re.compile(
    r"(?:[\s,;]|\band\b|[A-Z][\w'’.-]*)*[,;](?:[\s,;]|\band\b|[A-Z][\w'’.-]*)*"
)


def _given(sp: Spelling) -> set[str]:
    return {p for m in sp.mentions for p in m.partners}


def _last(sp: Spelling) -> set[str]:
    """The last names after a spelling that is always a first name (`Arjen Robben`).

    A place or a company is often followed by another name (`Japan Airlines`, `Chicago
    Board`); a first name always is.
    """
    prose = [m for m in sp.mentions if not m.caps]
    if not prose or not all(m.after for m in prose):
        return set()
    return {p for m in prose for p in m.after}


def _same_name(x: str, y: str) -> bool:
    """One first name, its initial (`K Morgan` in a line-up, `Kevin Morgan` in the text),
    or its transliteration (`Viktor`, `Victor`)."""
    return (
        x == y
        or (len(x) == 1 and y[:1] == x)
        or (len(y) == 1 and x[:1] == y)
        or (len(x) > 1 and len(y) > 1 and skeleton(x) == skeleton(y))
    )


def _apart(xs: set[str], ys: set[str], related: dict[str, set[str]]) -> bool:
    """Both sides have names beside them, and none is shared or a variant of the other's."""
    return bool(xs and ys) and not any(
        _same_name(x, y) or y in related.get(x, ()) for x in xs for y in ys
    )


def _introduced_again(a: Spelling, b: Spelling) -> bool:
    """``b`` is brought in with a first name of its own after ``a`` was introduced.

    A person is introduced once, with a first name or a title (`President Reagan`);
    a lone name later refers back to that. A full reference with another first name
    (`Donald Regan`) after the first one brings in a second person.
    """
    full = next((m for m in b.mentions if m.partners), None)
    if full is None:
        return False
    # Any first name the two share says one person, whichever full mention comes first:
    # `Tony Balir` beside `Cherie Blair` and `Tony Blair` (his wife, named after him).
    if any(_same_name(x, y) for x in _given(a) for y in _given(b)):
        return False
    return any((m.title or m.partners) and m.span.start < full.span.start for m in a.mentions)


@dataclass(frozen=True)
class _Story:
    """What ``_different_things`` reads of the story beside the mentions."""

    text: str
    sentences: list[tuple[int, int]]
    renamed: re.Pattern[str] | None  # a naming cue ending right before a mention
    written: re.Pattern[str] | None = None  # a cue that a quotation is copied from writing
    given: frozenset[str] = frozenset()  # given names of the packs, case-folded (`gordon`)
    # Sentences read by ``_foreign``, by index: a sentence is asked about once for every
    # pair of spellings its mentions are in.
    foreign: dict[int, bool] = field(default_factory=dict, compare=False)
    # Whether a naming cue ends right before a mention, by the mention's start
    # (``_renamed``): a spelling is asked about once for every pair it is in.
    renamed_at: dict[int, bool] = field(default_factory=dict, compare=False)


@lru_cache(maxsize=8)
def _renaming_re(cues: frozenset[str]) -> re.Pattern[str] | None:
    """A cue of ``cues`` (`renamed`, `name to`) ending the text it is searched in."""
    if not cues:
        return None
    # Longest first; ties in a fixed order, so that the pattern (and its cached
    # program, see wirelint._cache.preload_regexes) is the same in every process.
    words = sorted((re.escape(c) for c in cues), key=lambda w: (-len(w), w))
    return re.compile(rf"\b(?:{'|'.join(words)})\s+(?:the\s+)?\Z", re.IGNORECASE)


#: How far before a mention a naming cue is looked for.
_CUE_REACH = 32
#: A parenthesis opened at most four words after a mention, in its sentence and clause:
#: `Fondation pour l'Enfance (Foundation`, `Kyiv (Kiev`; not `Ross Peot last year. "He
#: (Perot`.
_GLOSS_GAP_RE = re.compile(r"(?:\s+[^\s().!?;:\"“”]+){0,4}\s*\(\s*")
_GLOSS_REACH = 64
_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[^\W\d_A-Z]+(?![\w'’-])")


def _renamed(sp: Spelling, story: _Story) -> bool:
    """A use of ``sp`` that the story brings in as a new name (`changing its name to
    Costan`): a name given, not a slip of the old one."""
    cue = story.renamed
    if cue is None:
        return False
    seen = story.renamed_at
    for m in sp.mentions:
        at = m.span.start
        found = seen.get(at)
        if found is None:
            found = seen[at] = cue.search(story.text, max(0, at - _CUE_REACH), at) is not None
        if found:
            return True
    return False


def _glossed(a: Spelling, b: Spelling, text: str) -> bool:
    """One spelling opens a parenthesis right after the other's phrase: a translation or
    another transliteration given on purpose (`Fondation pour l'Enfance (Foundation for
    Childhood)`, `Kyiv (Kiev)`)."""
    for x in a.mentions:
        for y in b.mentions:
            lo, hi = (x, y) if x.span.start < y.span.start else (y, x)
            if 0 <= hi.span.start - lo.span.end <= _GLOSS_REACH and _GLOSS_GAP_RE.fullmatch(
                text, lo.span.end, hi.span.start
            ):
                return True
    return False


#: Only lower-case words this long tell a language: short ones are as often abbreviations
#: (`mln`, `dlrs`, `vs` in a Reuters table line).
_FOREIGN_LENGTH = 5


def _foreign(m: Mention, story: _Story) -> bool:
    """Whether ``m`` stands in a sentence of another language: three lower-case words of
    five letters or more that no English word list holds, two in three of those (an
    English sentence run into a quotation in French is no French sentence)."""
    if not 0 <= m.sentence < len(story.sentences):  # -1: a mention from across stories
        return False
    known = story.foreign.get(m.sentence)
    if known is not None:
        return known
    lo, hi = story.sentences[m.sentence]
    words = [w for w in _LOWER_WORD_RE.findall(story.text, lo, hi) if len(w) >= _FOREIGN_LENGTH]
    unknown = sum(not is_word(w) for w in words)
    known = story.foreign[m.sentence] = unknown >= 3 and 3 * unknown >= 2 * len(words)
    return known


#: A name followed by what it is: `Dakota, a deer`, `Acme, a maker of ...`.
_INTRODUCED_AS_RE = re.compile(r"['’]?s?,\s+(?:a|an)\s+([^\W\d_]+)")


def _introduced_as(sp: Spelling, text: str) -> set[str]:
    """The first words of the descriptions a story gives a spelling in apposition (`Dakoda,
    a cat`: `cat`)."""
    found = (_INTRODUCED_AS_RE.match(text, m.span.end) for m in sp.mentions)
    return {f.group(1).casefold() for f in found if f is not None}


def _described_apart(a: Spelling, b: Spelling, text: str) -> bool:
    """Each spelling is introduced with a description of its own, and they differ: two
    things (`Dakoda, a cat`; `Dakota, a deer`). A slip is typed in a later use, not in a
    second introduction that says something else."""
    da, db = _introduced_as(a, text), _introduced_as(b, text)
    return bool(da and db) and not da & db


def _told_apart(a: Spelling, b: Spelling, story: _Story) -> bool:
    """What the story says outright: one spelling is a new name it gives, or a gloss of
    the other, or each is introduced as a different thing (`Dakoda, a cat`; `Dakota, a
    deer`), or the two stand only in sentences of different languages (`des Parisiens`
    in a French quotation, `Parisians` in the English text)."""
    if _renamed(a, story) or _renamed(b, story) or _glossed(a, b, story.text):
        return True
    if _described_apart(a, b, story.text):
        return True
    return _only_one_side(a, b, lambda m: _foreign(m, story))


def _only_one_side(a: Spelling, b: Spelling, holds: Callable[[Mention], bool]) -> bool:
    """Whether ``holds`` is true of every use of one spelling and of no use of the other.

    Read lazily, each side stopping at the first use that settles it: a pair is asked
    about for every look-alike of its spellings, a long story's names have thousands of
    uses, and the first use of each side (where ``holds`` is false, as it nearly always
    is) settles the answer. ``holds`` has no side effect but a cache, so the answer is
    that of reading every use.
    """
    ua, ub = a.mentions, b.mentions
    return (all(map(holds, ua)) and not any(map(holds, ub))) or (
        all(map(holds, ub)) and not any(map(holds, ua))
    )


def _sheet_only(sp: Spelling) -> bool:
    """Every use is an item of a list of names (a team sheet gives last names)."""
    return all(m.listed and not m.partners and not m.after for m in sp.mentions)


def _different_things(
    a: Spelling, b: Spelling, related: dict[str, set[str]], story: _Story
) -> bool:
    """Context that says two look-alike spellings name two people or things.

    Items of one list (a line-up: `Murphy, Horgan, O'Driscoll, Horan`), items of two
    lists of names, and parts of one name (`Lian Chia Liang`) are different by
    construction. Spellings beside first or last names that have nothing in common
    (`Donald Regan`, `Ronald Reagan`; `Arjen Robben`, `Arjan de Zeeuw`), a first name
    against a last name (`Michel Gondry`, `Roger Michell`), and a second introduction
    with a first name of its own (`President Reagan` ... `Donald Regan`) are different
    people.
    """
    if _told_apart(a, b, story):
        return True
    text = story.text
    if (
        _same_setting(a, b, text)
        or _same_setting(b, a, text)
        or _mistyped_common_name(a, b)
        or _mistyped_common_name(b, a)
    ):
        # `Air Cihna, China Southern and China Eastern` beside `Air China` elsewhere: a
        # list's items are different names, but this one is the other spelling's name.
        return False
    by_sentence: dict[int, list[Mention]] = {}
    for y in b.mentions:
        by_sentence.setdefault(y.sentence, []).append(y)
    for x in a.mentions:
        for y in by_sentence.get(x.sentence, ()):
            lo, hi = (x, y) if x.span.start < y.span.start else (y, x)
            gap = text[lo.span.end : hi.span.start]
            if _LIST_GAP_RE.fullmatch(gap) or _NAME_GAP_RE.fullmatch(gap):
                return True
    if any(m.listed for m in a.mentions) and any(m.listed for m in b.mentions):
        return True
    if ascii_key(a.key) == ascii_key(b.key):
        return False  # `Erdogan` beside `Recep Tayyip Erdoğan`: accents dropped, one man
    ga, gb, la, lb = _given(a), _given(b), _last(a), _last(b)
    if _apart(ga, gb, related) or _apart(la, lb, related):
        return True
    if _first_against_last(a, b):
        return True
    if skeleton(a.key) == skeleton(b.key):
        return False  # `Kinnocc` beside `Mr Kinnock`: one name transliterated two ways
    return _introduced_again(a, b) or _introduced_again(b, a)


#: The capitalised word right after a mention, on its line (`China Southern`).
_CAPITAL_NEXT_RE = re.compile(r"[^\S\n]+([A-Z][\w'’]*)")


def _setting(m: Mention, text: str) -> tuple[str, str]:
    """The capitalised words right before and right after a mention, case-folded (empty
    where there is none); a title before it says nothing of which name it is."""
    before = _CAPITAL_BEFORE_RE.search(text, max(0, m.span.start - 24), m.span.start)
    after = _CAPITAL_NEXT_RE.match(text, m.span.end)
    word = before.group(1).casefold() if before else ""
    if word == m.title or (len(word) > 1 and word in STOPWORDS):
        word = ""  # `Mr`, or `But` opening a sentence
    return word, after.group(1).casefold() if after else ""


def _same_setting(slip: Spelling, other: Spelling, text: str) -> bool:
    """The one use of ``slip`` stands between the same capitalised words as a use of
    ``other`` (`Air Cihna` once, `Air China` elsewhere; `Jonathan Rss` beside `Jonathan
    Ross`): the same name in the same setting, not two names."""
    if slip.count != 1 or slip.caps_only:
        return False
    before, after = _setting(slip.mentions[0], text)
    if not (before or after):
        return False
    for m in other.mentions:
        b, a = _setting(m, text)
        if (not before or b == before) and (not after or a == after):
            return True
    return False


def _mistyped_common_name(slip: Spelling, other: Spelling) -> bool:
    """``slip``, used once, is one slip of the fingers from a name every word list knows
    well (`Dvaid Davis` beside `David Blunkett`, `Jacskon` beside `Janet Jackson`,
    `Develpoment`), and no list has ever seen it.

    Two people may share a first name or a family name, and two names one letter apart
    beside different first or last names are most often two (`Donald Regan`, `Ronald
    Reagan`): but there both forms are names a list holds. A form no list has seen,
    one slip from a name this common, is that name mistyped, whatever stands beside it.
    """
    if slip.count != 1 or slip.caps_only or other.caps_only or frequency(slip.key):
        return False
    if frequency(other.key) < ORDINARY_FREQUENCY:
        return False
    ks, ko = ascii_key(slip.key), ascii_key(other.key)
    if len(ko) < MIN_LENGTH or ks[0] != ko[0]:
        return False
    # Slips of the fingers only: a letter lost or a vowel changed is also how one name
    # differs from another in another language (`Patrik`, `Patrick`; `Eleni`, `Elena`;
    # `Institut`, `Institute`).
    return _swapped_or_doubled(ks, ko) or _neighbour_key(ks, ko) or _struck_twice(ks, ko)


def _first_against_last(a: Spelling, b: Spelling) -> bool:
    """One only ever a first name (or a company's: `Macdonald Hotels`), the other only
    ever a last name: after a first name, or an item of a team sheet, which lists last
    names (`Bullock, Duff, Ritchie` beside `Richie Byrne`)."""
    ga, gb, la, lb = _given(a), _given(b), _last(a), _last(b)
    sa, sb = bool(ga) or _sheet_only(a), bool(gb) or _sheet_only(b)
    return bool((la and not ga and sb and not lb) or (lb and not gb and sa and not la))


def _alike(a: Spelling, b: Spelling) -> int:
    """Context that says two spellings name one person or thing.

    2: a first or last name stands beside both (`Charles Clark`, `Charles Clarke`;
    `Jet Airway`, `Jet Airways`); 1: the same title does (`Mr Mandelso`,
    `Mr Mandelson`); 0: nothing.
    """
    after_a = {p for m in a.mentions for p in m.after}
    if (_given(a) & _given(b)) or (after_a & {p for m in b.mentions for p in m.after}):
        return 2
    ta = {m.title for m in a.mentions if m.title}
    return 1 if ta & {m.title for m in b.mentions if m.title} else 0


def _refers_back(a: Spelling, b: Spelling) -> bool:
    """``b``, never given a first name of its own, comes after ``a`` was introduced with one.

    A person is introduced once with a first name (`Andrew Michelmore`); a last name used
    alone later (`Mr Michelmora`, `said Michelmora`) refers to that full mention.
    """
    if any(m.partners or m.caps for m in b.mentions):
        return False
    introduced = min((m.span.start for m in a.mentions if m.partners), default=None)
    return introduced is not None and introduced < b.mentions[0].span.start


def _titled_back(a: Spelling, b: Spelling) -> bool:
    """One spelling used only alone, with a title, after the other was introduced with a
    first name (`Jana Bennett` ... `Ms Bennet`; `Richard Allan` ... `Mr Alan`).

    Wire copy introduces a person with a full name once and calls them by title and last
    name after: the later one refers back, even when both spellings are words.
    """
    return any(_refers_back(x, y) and all(m.title for m in y.mentions) for x, y in ((a, b), (b, a)))


#: The shortest name compared at all (`Kim`, `Guy`, `Abe`). A pair with a name shorter
#: than ``MIN_LENGTH - 1`` is judged by ``_short_name_respelled`` alone.
SHORTEST_NAME = MIN_LENGTH - 2


def _is_candidate(key: str) -> bool:
    found = _CANDIDATE.get(key)
    if found is None:
        found = (
            len(ascii_key(key)) >= SHORTEST_NAME and key.replace("'", "").replace("’", "").isalpha()
        )
        if len(_CANDIDATE) < 50_000:  # bounded, for a server reading unbounded text
            _CANDIDATE[key] = found
    return found


_CANDIDATE: dict[str, bool] = {}


def _candidates(
    raw: list[RawMention],
    lower_words: set[str],
    text: str,
    titles: frozenset[str],
    wanted: set[str] | None = None,
    particles: frozenset[str] = frozenset(),
    sentences: list[tuple[int, int]] | None = None,
    shared: StoryPieces | None = None,
) -> dict[str, Spelling]:
    spellings: dict[str, Spelling] = {}
    for m in mentions_of(raw, lower_words, text, titles, wanted, particles, sentences, shared):
        spellings.setdefault(m.key, Spelling(m.key)).mentions.append(m)
    return {key: sp for key, sp in spellings.items() if _is_candidate(key)}


def _candidate_keys(raw: list[RawMention], lower_words: set[str], text: str) -> list[str]:
    """The keys of ``_candidates``, sorted, without making a Mention for each word."""
    return sorted(k for k in mention_keys(raw, lower_words, text) if _is_candidate(k))


def _letters(key: str) -> str:
    return "".join(c for c in key if c.isalpha())


#: Endings that make an adjective or a people of a place (Russia/Russian, Iraq/Iraqi):
#: two dictionary words with one of these stay two words even beside one name.
_DEMONYM = ("n", "an", "ian", "ean", "ese", "ish", "i")


def _pair_ok(
    a: Spelling,
    b: Spelling,
    skel: dict[str, str],
    asc: dict[str, str],
    alike: int = 0,
    text: str = "",
    given: frozenset[str] = frozenset(),
) -> bool:
    """Whether two spellings (with equal skeletons or one edit apart) are one name's variants.

    ``alike`` is what the story says (see ``_alike``): a name beside both spellings
    (2) outweighs what the word list and the spellings' endings suggest.
    """
    if _letters(a.key) == _letters(b.key):  # O'Rourke/O’Rourke: typography, not spelling
        return False
    ka, kb = asc[a.key], asc[b.key]
    if ka == kb:  # diacritics only: Erdoğan/Erdogan
        return True
    known_a, known_b = is_word(a.key), is_word(b.key)
    # A name beside both outweighs the word list, but two dictionary words stay two.
    named = alike == 2 and not (known_a and known_b)
    surname = _surname_slip(a, b, given, text) or _surname_slip(b, a, given, text)
    if max(len(ka), len(kb)) < MIN_LENGTH and not (
        named or surname or (_once_beside_many(a, b) and _same_neighbours(a, b))
    ):
        # Iran/Iraq, Jan/Jon: too short to tell a slip from another name, unless one is
        # the story's own and the other a form used once that no list has seen, with
        # the same names beside it (`Fita` beside `Fiat`; not `Iraj Harirchi` beside
        # `Iran`, nor `He Kang` beside `Hong Kong`).
        return False
    if min(len(ka), len(kb)) < MIN_LENGTH and not (named or surname or _titled_back(a, b)):
        # Koea beside Korea: the short one must be the rarer non-word.
        # Of two short spellings of one length, the rarer (`Amdo` once, `Amro` thrice).
        # Unless one is the other's full reference used with a title after it (`Richard
        # Alan` ... `Mr Allan`).
        brief = a if (len(ka), a.count) < (len(kb), b.count) else b
        other = b if brief is a else a
        if is_word(brief.key) or brief.count > other.count:
            return False
    # Russia/Russian, Bafta/Baftas, Iraq/Iraqi. A weaker ending (Clark/Clarke) makes
    # another word only when both are words or both are used again and again.
    if (
        is_derived(ka, kb)
        and (not _weak_ending(ka, kb) or (known_a and known_b) or min(a.count, b.count) >= 2)
        and not _lost_last_letter(a, b, asc, alike, text, given)
    ):
        return False
    short, long = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    if long.startswith(short) and len(long) - len(short) > 1:
        return False  # GameBoy/Gameboyzz: a longer word, not a dropped letter
    if skel[a.key] == skel[b.key]:
        return named or not (known_a and known_b) or _titled_back(a, b)
    if (
        len(ka) == len(kb)
        and ka[:-1] == kb[:-1]
        and not (
            named
            or alike
            or _one_known(a, b)
            or _refers_back(a, b)
            or _refers_back(b, a)
            or _once_beside_many(a, b)
        )
    ):
        # Petroleo/Petroles, Nottm/Notts: another ending, another word. Unless the
        # story ties them (`Andrew Michelmore` ... `Mr Michelmora`), or a list knows one
        # and has never seen the other (`Tories`, `Toriew`).
        return False
    # One edit apart: typos and less regular transliterations. A line in capitals holds
    # abbreviations (`NYMEX`): there, only a name of the usual length, or a name of the
    # running text that lost its last letter (`JAPA` above `Japan` used again and again).
    if (
        (a.caps_only or b.caps_only)
        and (min(len(ka), len(kb)) < MIN_LENGTH or is_derived(ka, kb))
        and not _caps_cut(a, b, asc, alike, text)
    ):
        return False
    if (
        skel[a.key][0] != skel[b.key][0]
        and ka[0] != kb[0]
        and not _first_letter_slip(a, b, asc, alike)
    ):
        return False  # `Chelsea` folds to `helsea`: the letters as written start alike
    from wirelint.analysis.edits import one_edit_apart

    if not one_edit_apart(ka, kb):
        return False  # Mondavi/Monday: one edit only after folding, two as written
    if named:
        return True
    rarer = a if a.count < b.count else b if b.count < a.count else None
    if rarer is None:
        return _tie_ok(a, b, asc, alike)
    # A spelling at the word list's floor counts as a word unless it is the shorter: a
    # lost letter makes fragments the list holds (`Brail`, `Miler`), not `Brasil`.
    other = b if rarer is a else a
    return not is_word(rarer.key) and (
        frequency(rarer.key) == 0 or len(asc[rarer.key]) < len(asc[other.key]) or surname
    )


#: A slip in the first letter is taken only in names at least this long: short names
#: that differ there are most often two names (`Dunn`, `Gunn`; `Hardy`, `Lardy`).
FIRST_LETTER_LENGTH = 6
#: The letter rows of a QWERTY keyboard: a finger that misses hits a neighbouring key.
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_AT = {c: (r, i) for r, row in enumerate(_KEY_ROWS) for i, c in enumerate(row)}


def _tie_ok(a: Spelling, b: Spelling, asc: dict[str, str], alike: int) -> bool:
    """Whether two spellings used equally often, one edit apart, are one name's variants.

    One of them must be no English word (`Toyko` beside `Tokyo`), unless the story ties
    them (`Jana Bennett` ... `Ms Bennet`). A consonant changed for one far from it on the
    keyboard is no typing slip (`Wikimedia`, `Wikipedia`: two bodies), nor are two forms
    the word list holds, one the other cut short (`Myanma`, `Myanmar`), unless a name or
    title beside both, or the one used with a title after the other's full mention, says
    one name.
    """
    tied = _titled_back(a, b)
    if (
        not alike
        and not tied
        and (_distant_consonant(asc[a.key], asc[b.key]) or _both_listed_cut(a.key, b.key))
    ):
        return False
    return not (is_word(a.key) and is_word(b.key)) or tied


def _both_listed_cut(x: str, y: str) -> bool:
    """One is the other without its last letter, and the word list holds both, neither
    above its floor: two forms a list has seen (`Myanma`, the adjective, beside
    `Myanmar`), not a slip it never met (`Kenned` beside `Kennedy`, a word)."""
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return (
        len(long) == len(short) + 1
        and long.startswith(short)
        and 0 < frequency(short) <= RARE_FREQUENCY
        and 0 < frequency(long) <= RARE_FREQUENCY
    )


def _distant_consonant(x: str, y: str) -> bool:
    """``x`` and ``y`` of one length differ in one letter, a consonant in both, and the two
    keys are not neighbours: what a finger that slips does not type (`Wikimedia`,
    `Wikipedia`). Sounds spelled two ways (`c`/`k`) are folded before this is asked."""
    if len(x) != len(y):
        return False
    changed = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
    if len(changed) != 1:
        return False
    p, q = changed[0]
    return p not in "aeiouy" and q not in "aeiouy" and not _neighbouring_keys(p, q)


def _neighbouring_keys(x: str, y: str) -> bool:
    """Whether ``x`` and ``y`` sit side by side or one row apart on a QWERTY keyboard."""
    if x not in _KEY_AT or y not in _KEY_AT:
        return False
    (rx, ix), (ry, iy) = _KEY_AT[x], _KEY_AT[y]
    return abs(rx - ry) <= 1 and abs(ix - iy) <= 1 and (rx, ix) != (ry, iy)


def _typed_first_letter(ka: str, kb: str) -> bool:
    """Whether two keys differ at the start as a typist's slip does: the first two letters
    swapped (`Rgeenspan`) or a neighbouring key (`Noscow`), not another initial
    (`Mangalore`, `Bangalore`: two cities)."""
    if len(ka) != len(kb):
        return False
    if ka[1:] == kb[1:]:
        return _neighbouring_keys(ka[0], kb[0])
    return ka[2:] == kb[2:] and ka[0] == kb[1] and ka[1] == kb[0]


def _first_letter_slip(a: Spelling, b: Spelling, asc: dict[str, str], alike: int) -> bool:
    """Whether the story says two spellings that differ in their first letter are one name.

    A slip there is as common as anywhere (`Noscow`, `Rgeenspan`), but so are two names
    that differ only there. It is taken when the two differ as a typist's slip does
    (see ``_typed_first_letter``), one spelling is used once, no word list
    has ever seen it and the other is the story's own: listed somewhere or used again
    and again (`Moscow`), a title or name beside both (`Mr Abnnister`, `Mr Bannister`),
    or a last name used alone after the full mention (`Alex Bannister` ... `Abnnister`).
    """
    ka, kb = asc[a.key], asc[b.key]
    if min(len(ka), len(kb)) < FIRST_LETTER_LENGTH or not _typed_first_letter(ka, kb):
        return False
    for slip, other in ((a, b), (b, a)):
        if slip.count != 1 or other.count < slip.count or frequency(slip.key):
            continue
        if slip.caps_only or other.caps_only:
            continue
        if frequency(other.key) > 0 or other.count >= 2 or alike or _refers_back(other, slip):
            return True
    return False


def _other_form(short: str, tail: str) -> bool:
    """Whether ``short`` + ``tail`` (one letter) is another form of the name, not ``short``
    with a letter lost: a plural or its singular (`Reuter`, `Reuters`), a feminine
    (`Petrov`, `Petrova`), a people of a place (`Kenya`, `Kenyan`; `Iraq`, `Iraqi`)."""
    if tail == "a":
        return short[-1] not in _VOWELS and short[-2:-1] in _VOWELS
    if tail == "n":
        return short[-1] == "a"
    return tail in "si"


def _typed(slip: str, whole: str, sounds: bool = True) -> bool:
    """Whether ``slip`` is ``whole`` with one slip of a typist's fingers, as ASCII keys: two
    neighbouring letters swapped (`Balir`, `Ajpan`), a neighbouring key for the right one
    (`Kapan`), a letter dropped (`Japanes`, `Wiliams`; not one that makes another form of
    the name: `Reuter`), or, with ``sounds``, one letter spelled another way for the
    sound (`Blayr`; `Viktor`, `Victor` may be a choice, not a slip), or a key struck twice
    (`Googgle`, `Resserve`)."""
    if len(slip) == len(whole) + 1:
        return _struck_twice(slip, whole)
    if len(slip) == len(whole):
        diff = [i for i in range(len(slip)) if slip[i] != whole[i]]
        if len(diff) == 1:
            i = diff[0]
            return _neighbouring_keys(slip[i], whole[i]) or (
                sounds and skeleton(slip) == skeleton(whole)
            )
        return _swapped_or_doubled(slip, whole)
    if len(slip) + 1 != len(whole):
        return False
    if whole.startswith(slip):
        return not _other_form(slip, whole[-1])
    return any(whole[:i] + whole[i + 1 :] == slip for i in range(1, len(whole) - 1))


def _neighbour_key(x: str, y: str) -> bool:
    """Whether ``x`` and ``y`` differ only in one letter typed on a neighbouring key."""
    if len(x) != len(y):
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 1 and _neighbouring_keys(x[diff[0]], y[diff[0]])


#: The capitalised word right before a mention: a first name, an initial, a title.
_CAPITAL_BEFORE_RE = re.compile(r"([A-Z][\w'’]*)\.?\s+\Z")


def _caps_line(sp: Spelling, text: str) -> bool:
    """Every use of ``sp`` stands in a line with no small letter (a headline in capitals),
    not an acronym in running text (`the news agency IRNA`)."""
    for m in sp.mentions:
        start = text.rfind("\n", 0, m.span.start) + 1
        end = text.find("\n", m.span.end)
        line = text[start : len(text) if end < 0 else end]
        if any(c.islower() for c in line):
            return False
    return True


def _same_person(slip: Spelling, other: Spelling, text: str) -> bool:
    """Nothing beside ``slip`` says another person: it is no first name, no item of a list
    of names, and the capitalised word before it, if any, is its title, a word that opens
    a sentence (`But`), or a first name or initial that stands before ``other`` too (not
    `A Masi` in a team sheet beside `D dal Maso`)."""
    given = {g[:1] for g in _given(other)} | _given(other)
    for m in slip.mentions:
        if m.after or m.listed:
            return False
        before = _CAPITAL_BEFORE_RE.search(text, max(0, m.span.start - 24), m.span.start)
        if before is None:
            continue
        word = before.group(1).casefold()
        opener = len(word) > 1 and word in STOPWORDS  # `A` is an initial here
        if word != m.title and not opener and word not in given:
            return False
    return True


def _unseen_slip(a: Spelling, b: Spelling, asc: dict[str, str], text: str) -> bool:
    """One spelling a slip of the other that nothing else in the story or any word list has.

    The slip is used once, in running text or in a headline set in capitals, one typed
    slip away (see ``_typed``) from a name the story always writes with a capital, and no
    word list has ever seen it: `Balir` beside `Blair`, `Ajpan` beside `Japan`, `Smtih`
    beside `Smith`, even when the name is itself a common word (`London`) or short
    (`Sony`, `Snoy`), and even when each is used once. Clean copy has few capitalised
    forms no list has seen one keystroke away from another of its names; what context
    says (two first names, a list of names) still tells two people apart later.
    """
    for slip, other in ((a, b), (b, a)):
        if slip.count != 1 or frequency(slip.key):
            continue
        ks, ko = asc[slip.key], asc[other.key]
        if other.caps_only and (slip.caps_only or len(ko) < MIN_LENGTH or _ticker(other, text)):
            # A name set only in capitals (a headline in capitals, the dateline's city:
            # `WASHINGTON` above `Washingto`) is a use of it; an abbreviation or a ticker
            # symbol (`NOBL`, `<VOLV ST>`) is none.
            continue
        short = len(ks) < MIN_LENGTH
        if short and not (
            (len(ko) == MIN_LENGTH and ko.startswith(ks))
            or _swapped_or_doubled(ks, ko)
            or (_neighbour_key(ks[1:], ko[1:]) and _same_person(slip, other, text))
            or _short_slip_of_a_known_name(slip, other, asc, text)
        ):
            # Four letters leave too little to tell a slip from another name (`Iraj`,
            # `Iran`; `Chia`, `China`), unless a name of five lost its last (`Blai`),
            # two letters changed places (`Snoy`, `Irqa`) or a finger hit the next key
            # after the first (`Piht` for `Pitt`; not `Kbps` beside `Mbps`, nor a first
            # name, `Iraj Harirchi` beside `Iran`, nor an item of a team sheet, `A Masi`
            # beside `D dal Maso`): names seldom differ so, and word lists hold the
            # names that do. Nor a form used once with nothing beside it that says
            # another name, beside a name the story uses again and again (`Furd`,
            # `Ford`).
            continue
        if slip.caps_only and (
            _ticker(slip, text)
            or (short and (other.caps_only or len(ko) > len(ks) + 1 or not _caps_line(slip, text)))
        ):
            # `<VOLV ST>`, `NOBL`, `IRNA`: ticker symbols and abbreviations in capitals. A
            # line in capitals that mistypes four letters of a name of the running text
            # (`BUSN` above `Bush`) or loses the last of five (`BLAI` above `Tony Blair`)
            # is a slip, not an abbreviation.
            continue
        if other.key in STOPWORDS:
            continue  # `During` opens a sentence, a function word: no name beside `Durin`
        if (
            _last(slip)
            and _last(other)
            and not (_last(slip) & _last(other))
            and not _mistyped_common_name(slip, other)
        ):
            # First names before different last names (`Michae Cornelissen`, `Michael
            # Smith`): two people. The same name after both (`Revolutionar Guards`,
            # `Revolutionary Guards`) says one.
            continue
        if _struck_twice(ks, ko) or _vowel_for_vowel(ks, ko):
            # A key struck twice (`Googgle`) or a vowel for another (`Gaogle`): not where
            # the name is always the second part of a longer one and the other form
            # stands alone (`Standard Life` beside the exchange `Liffe`), nor a vowel in
            # four letters (`Tory`, `Tery`; `Lula`, `Lulu`).
            if _always_after_a_name(other, slip, text) and not _mistyped_common_name(slip, other):
                continue
            if not short or _short_slip_of_a_known_name(slip, other, asc, text):
                return True
        if _typed(ks, ko) or _sounded(ks, ko) or _cut_word(ks, ko, other):
            return True
    return False


#: How often a name of four or five letters is used, always one way, for a form of four
#: letters one slip from it, used once, to be taken for its slip.
_SHORT_SLIP_USES = 3


def _short_slip_of_a_known_name(
    slip: Spelling, other: Spelling, asc: dict[str, str], text: str
) -> bool:
    """A form of four letters used once, one slip (a letter lost inside, a vowel for
    another, a neighbouring key, a key struck twice) from a name the story uses again and
    again, with nothing beside it that says another person or thing (`Furd` once beside
    `Ford` twelve times, `Rovr` beside `Rover`).

    Four letters leave little to tell a slip from another name, but a story that settles
    on one name and writes a form no word list has seen once, in its setting, has slipped:
    two names that close are each used with their own first name or in a list (`Iraj
    Harirchi` beside `Iran`), which ``_same_person`` rules out.
    """
    ks, ko = asc[slip.key], asc[other.key]
    if other.count < _SHORT_SLIP_USES or slip.caps_only or other.caps_only:
        return False
    if len(ks) < MIN_LENGTH - 1 or ks[0] != ko[0]:
        return False
    if not (_typed(ks, ko, sounds=False) or _vowel_for_vowel(ks, ko)):
        return False
    return _same_person(slip, other, text)


#: How often a short name is used, always one way, for a form used once to be its slip
#: on the readings without a name beside both (a title, a form no list holds, a capital
#: inside a sentence). Clean copy gave no false alarm at two.
_SHORT_NAME_USES = 2
#: Months and days as short names are written (`Jun`, `Jul`; `May`; `Tue`, `Thu`).
_CALENDAR_SHORT = frozenset(
    w.casefold() for w in (*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_abbr)
)
#: A word before a mention that leaves it inside a sentence: a lower-case word, a comma.
_INSIDE_SENTENCE_RE = re.compile(r"(?:[a-z][\w'’]*|[,;])[^\S\n]+\Z")


def _short_name_respelled(
    a: Spelling, b: Spelling, asc: dict[str, str], text: str, given: frozenset[str] = frozenset()
) -> bool:
    """A form of three letters (or a name of three written with four) used once, one
    slip from a short name the story uses again (`Mr Kin` beside `Mr Kim` four times,
    `Gyu` beside `Guy`, `Frd` beside `Ford`).

    Three letters leave almost nothing to tell a slip from another word or name
    (`Fed`, `Feb`; `Ban`, `Bank`; `Sun`, `Sue`): the story's own use must make the case,
    in one of the readings below, and nothing beside the form may say another person.
    Forms in capitals (acronyms, tickers) and calendar words stay out.
    """
    from wirelint.analysis.edits import one_edit_apart

    for slip, other in ((a, b), (b, a)):
        if slip.count != 1 or slip.caps_only or other.caps_only:
            continue
        ks, ko = asc[slip.key], asc[other.key]
        if ks[:1] != ko[:1] or not one_edit_apart(ks, ko):
            continue  # a first letter changed: most often another name (`Kim`, `Tim`)
        if is_derived(ks, ko):
            continue  # `Lib Dem`, `Lib Dems`; `Mac`, `Macs`: a plural is another word
        if any(k in STOPWORDS or k in _CALENDAR_SHORT for k in (slip.key, other.key)):
            continue
        if any(m.caps for m in (*slip.mentions, *other.mentions)):
            continue
        if _in_one_longer_name(slip, other):
            return True
        if _surname_slip(slip, other, given, text) and (
            _same_person(slip, other, text) or not (_given(other) or slip.mentions[0].after)
        ):
            return True  # `Damien Duf` beside `Duff`, which has no given name of its own
        if other.count < _SHORT_NAME_USES or not _same_person(slip, other, text):
            continue
        if (
            _named_alike(slip, other)
            or _unlisted_beside_a_settled_name(slip, other)
            or _capitalised_inside_a_sentence(slip, other, text)
        ):
            return True
    return False


def _in_one_longer_name(slip: Spelling, other: Spelling) -> bool:
    """The same first name before both, or the same name after both (`Bbo Geldof`
    beside `Bob Geldof`, `Liib Dems` beside `Lib Dems`), and one of them no word a list
    holds: one name, even when each is used once. Two words (`Tim Smith`, `Tom Smith`)
    may be two brothers."""
    return _alike(slip, other) == 2 and not (is_word(slip.key) and is_word(other.key))


def _named_alike(slip: Spelling, other: Spelling) -> bool:
    """The same first name or title stands before both, or the same name after (`Mr Kin`
    once, `Mr Kim` again and again; `Ban Ki-moon`, `Bam Ki-moon`): one person."""
    return _alike(slip, other) > 0


def _unlisted_beside_a_settled_name(slip: Spelling, other: Spelling) -> bool:
    """A form no word list has seen, used once, beside a name the story writes one way
    again and again (`Gyu` beside `Guy`): the story has settled on the name."""
    return frequency(slip.key) == 0 and other.count >= _SHORT_NAME_USES


def _capitalised_inside_a_sentence(slip: Spelling, other: Spelling, text: str) -> bool:
    """A rare word set with a capital inside a sentence (after a lower-case word or a
    comma), used once, beside a name the story writes one way again and again
    (`said Abr` beside `Abe`): a capital there marks a name, and the story has one. An
    everyday word (`the Fed`, `in May`, `the Sun`) is capitalised as a name of its own."""
    if other.count < _SHORT_NAME_USES or frequency(slip.key) >= ORDINARY_FREQUENCY:
        return False
    start = slip.mentions[0].span.start
    return _INSIDE_SENTENCE_RE.search(text, max(0, start - 24), start) is not None


def _struck_twice(slip: str, whole: str) -> bool:
    """Whether ``slip`` is ``whole`` with one letter typed twice (`Googgle`, `Resserve`)."""
    return len(slip) == len(whole) + 1 and any(
        slip[i] == slip[i - 1] and slip[:i] + slip[i + 1 :] == whole for i in range(1, len(slip))
    )


def _always_after_a_name(sp: Spelling, alone: Spelling, text: str) -> bool:
    """Every use of ``sp`` in running text follows one capitalised word (`Standard Life`
    again and again), and ``alone`` follows no such word, nor a title: a longer name
    beside another."""
    before = set()
    for m in sp.mentions:
        if m.caps:
            continue
        word = _CAPITAL_BEFORE_RE.search(text, max(0, m.span.start - 24), m.span.start)
        if word is None:
            return False
        before.add(word.group(1).casefold())
    if len(before) != 1 or sp.count < 2:
        return False  # one longer name, used again and again
    for m in alone.mentions:
        word = _CAPITAL_BEFORE_RE.search(text, max(0, m.span.start - 24), m.span.start)
        if m.title or (word is not None and word.group(1).casefold() in before):
            return False
    return True


def _vowel_for_vowel(slip: str, whole: str) -> bool:
    """Whether ``slip`` is ``whole`` with one vowel written for another after the first
    letter (`Gaogle`, `Congross`, `Christmes`): the vowel a writer hears wrong."""
    if len(slip) != len(whole):
        return False
    diff = [i for i in range(len(slip)) if slip[i] != whole[i]]
    return (
        len(diff) == 1
        and diff[0] > 0
        and slip[diff[0]] in _PLAIN_VOWELS
        and whole[diff[0]] in _PLAIN_VOWELS
    )


_PLAIN_VOWELS = frozenset("aeiou")


def _sounded(slip: str, whole: str) -> bool:
    """Whether ``slip`` spells one sound of ``whole`` with a letter more or less, as
    ASCII keys: `Troump` for `Trump`, `Caliphornia` for `California`, `Henryy` for
    `Henry` (the skeletons agree, the lengths differ by one). A consonant doubled is
    no sound of its own: `Liffe` is an exchange, `Life` an insurer."""
    if abs(len(slip) - len(whole)) != 1 or skeleton(slip) != skeleton(whole):
        return False
    short, long = (slip, whole) if len(slip) < len(whole) else (whole, slip)
    return not any(
        long[i] == long[i - 1] not in _VOWELS and long[:i] + long[i + 1 :] == short
        for i in range(1, len(long))
    )


def _cut_word(slip: str, whole: str, other: Spelling) -> bool:
    """Whether ``slip`` is a name the word list knows well (`Paris`, `Canadian`) with its
    last letter lost: the shorter form, which no list has seen, is no singular or place
    of its own (`Pari`, `Canadia`), as it may be between two names no list holds
    (`Bafta`, `Baftas`)."""
    return (
        len(whole) == len(slip) + 1
        and whole.startswith(slip)
        and frequency(other.key) >= ORDINARY_FREQUENCY
    )


def _tied_slip(a: Spelling, b: Spelling, asc: dict[str, str], alike: int) -> bool:
    """A spelling used once, one typed slip from one the story repeats, with a first or last
    name beside both (`Gordon Bronw` once, `Gordon Brown` again and again; `Barack
    Obama`, `Barack Ombaa`): one person, even when both spellings are words.

    Two people of one first name and look-alike last names seldom meet in one story, and
    a slip is seldom typed twice: two spellings each used more than once stay two.
    """
    if alike != 2:
        return False
    slip, other = (a, b) if a.count < b.count else (b, a)
    if slip.count != 1 or other.count < 2 or slip.caps_only:
        return False
    shared = (_given(a) & _given(b)) | (
        {p for m in a.mentions for p in m.after} & {p for m in b.mentions for p in m.after}
    )
    if any(m.listed for m in (*slip.mentions, *other.mentions)) or all(len(p) < 2 for p in shared):
        # An initial is no first name (`T Howe`, `T Bowe`: two players on a team sheet).
        return False
    ks, ko = asc[slip.key], asc[other.key]
    if ks[:1] != ko[:1]:
        return False  # names that differ in their first letter are often two (`Howe`, `Bowe`)
    if min(len(ks), len(ko)) < MIN_LENGTH - 1 or ko.startswith(ks) or ks.startswith(ko):
        # A letter more or less at the end makes the other form of a word, a name before
        # both or not: `West German`, `West Germany`; `Liberal Democrat`, `Democrats`.
        return False
    return _typed(ks, ko, sounds=False)


def _titled_slip(a: Spelling, b: Spelling, asc: dict[str, str]) -> bool:
    """A last name used once, alone after a title, one typed slip or its last letter short
    of the name the story introduced before it: with a first name (`Heizo Takenaka` ...
    `Mr Takenak`), or with the same title (`Mr Brown`, `Mr Brow`), or the title stands
    before a first name the other spelling has too (`Charles Clarke` ... `Home Secretary
    Charles Clark`). One person, even when both spellings are words: wire copy calls a
    person by title and last name once the full name was given, and a title before a
    word makes it a name.

    A title of its own says another person (`Mr Bennett`, `Ms Bennet`); a spelling
    used more than once is no slip.
    """
    for slip, other in ((a, b), (b, a)):
        if slip.count != 1 or slip.caps_only or other.caps_only:
            continue
        m = slip.mentions[0]
        if not m.title or m.listed:
            continue
        if m.partners:
            # `Home Secretary Charles Clark` beside `Charles Clarke`: one first name.
            if not set(m.partners) & _given(other):
                continue
        elif not (
            any(x.title == m.title and not x.caps for x in other.mentions)
            or _refers_back(other, slip)
        ):
            continue
        ks, ko = asc[slip.key], asc[other.key]
        if min(len(ks), len(ko)) < MIN_LENGTH - 1 or ks[:1] != ko[:1]:
            continue  # `Mr Howe`, `Mr Bowe`: names that differ in their first letter
        cut = len(ko) == len(ks) + 1 and ko.startswith(ks)
        if cut and _other_form(ks, ko[-1]) and is_word(slip.key) and is_word(other.key):
            continue  # `Grand Slam`, `Grand Slams`; `Captain America`, `British American`
        if cut or _typed(ks, ko, sounds=False):
            return True
    return False


#: A respelling that makes a word is read from four letters (`Bush`, `Bash`): shorter
#: names are no candidates at all (``_is_candidate``).
_WORD_SLIP_MIN = MIN_LENGTH - 1
#: A capitalised word this common in the word list before a name is no first name that
#: says one person (`West Germany`, `West German`; `Mark` is lost with them): `John`,
#: `Tony`, `George` stay well below it.
_GIVEN_FREQUENCY = 10_000
#: A word in lower case or a comma right before a word: the word stands inside a
#: sentence's running text (`said Blear`, `The plan, Bash said`).
_RUNNING_BEFORE_RE = re.compile(r"[^\W\d_A-Z][\w'’]*,?\s+\Z|,\s+\Z")
#: A list of capitalised words (`Bryson, Malone, Harty`): a team sheet, a cast.
_LISTED_AFTER_RE = re.compile(r"['’]?s?\s*(?:,|and\b)\s*[A-Z]")
_LISTED_BEFORE_RE = re.compile(r"[A-Z][\w'’]*,\s+\Z")
#: An article and up to two words in lower case before a word: a common noun's phrase
#: (`the 22-year-old Scot`), not a name's place.
_PHRASE_OPENED_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[^\W_A-Z][\w'’-]*\s+){0,2}\Z")


def _word_slip(a: Spelling, b: Spelling, asc: dict[str, str], story: _Story) -> bool:
    """A name respelled once into an English word, used where the name stands: `George
    Bash` beside `George Bush`, `President Bash` beside `President Bush`, or alone inside
    a sentence (`said Blear`) beside a person's name (`Tony Blair`).

    The word list makes `Bash` or `Blear` no slip for the letter-by-letter pairing, and
    rightly so in general: `Clark` and `Clarke`, `Hart` and `Hurt` may be two people. The
    story says otherwise when the word stands where the name does: after the first name
    the name has (and no other), after the title the name has, or alone in running text
    where a word would be in lower case (``_alone_as_the_name``), while the story never
    writes it another way (it is used once; a use in lower case would have made it no
    mention at all). The name is the story's: used at least twice (once is enough after
    the same first name), not only in capitals.
    Not another form of the name (`Russia`, `Russian`; `Brown`, `Browns`), nor an item
    of a list of names or a part of a longer or hyphenated one (`Crown Prosecution`,
    `Half-Life` beside `Halo`).
    """
    text = story.text
    for slip, other in ((a, b), (b, a)):
        if slip.count != 1 or slip.caps_only or other.caps_only:
            continue
        m = slip.mentions[0]
        if m.listed or m.after or not is_word(slip.key):
            continue  # a form no list holds is for the other readings (``_unseen_slip``)
        if text[m.span.start - 1 : m.span.start] in ("-", "‐") or text[
            m.span.end : m.span.end + 1
        ] in ("-", "‐"):
            continue
        ks, ko = asc[slip.key], asc[other.key]
        if min(len(ks), len(ko)) < _WORD_SLIP_MIN or is_derived(ks, ko):
            continue
        if m.partners:
            # The first name the other spelling has, and no other; an initial says too
            # little (`T Howe` in a squad list beside `Tommy Bowe`, `T Bowe`). Or the
            # slip is the full reference that introduces the name, which the other
            # spelling, never given a first name, refers back to (`Dayanidhi Marian` ...
            # `Mr Maran`).
            given = _given(other)
            introduced = (
                not given
                and m.span.start < other.mentions[0].span.start
                and ks[:1] == ko[:1]
                and all(_last_name_alone(x, story) for x in other.mentions)
            )
            # The first name the other has says one person even when each spelling is
            # used once (`George Crown`, `George Brown`).
            if (set(m.partners) <= given or (introduced and other.count > 1)) and all(
                len(p) > 1 and frequency(p) < _GIVEN_FREQUENCY for p in m.partners
            ):
                return True
        elif other.count < 2:
            continue
        elif m.title:
            if any(x.title == m.title and not x.caps for x in other.mentions) or _refers_back(
                other, slip
            ):
                return True
        elif ks[:1] == ko[:1] and _alone_as_the_name(m, other, story):
            return True
    return False


def _last_name_alone(x: Mention, story: _Story) -> bool:
    """Whether ``x`` is a last name used alone or after a title (`Mr Maran`, `said Maran`):
    nothing else capitalised beside it (not `Kid Rock`, `Wong Kar-Wai`), no article before
    it; a sentence's first word counts as alone."""
    if x.title:
        return not x.after and not x.listed
    return not x.listed and _alone(x, story.text, set())


def _alone_as_the_name(m: Mention, other: Spelling, story: _Story) -> bool:
    """Whether ``m`` stands alone in running text, right after a word in lower case or a
    comma (`The plan, Blear said`), where a word would be in lower case, and ``other`` is a
    person's name: a first name or a title stands before one of its uses (`Tony Blair`).
    Or the word is a common one, whose capital there says a name (`said Chin` beside
    `China`, which the story writes alone). Not after a place's preposition (`in Greece`
    beside `Maurice Greene`), nor in a list
    of names (`Bryson, Malone, Harty` beside `Shaun Maloney`), nor at the end of a noun
    phrase that opens with an article (`the 22-year-old Scot` beside `Allan Scott`)."""
    text = story.text
    inside = 0 <= m.sentence < len(story.sentences)
    starts = {story.sentences[m.sentence][0]} if inside else set()
    before = text[max(0, m.span.start - 24) : m.span.start]
    if not (
        _alone(m, text, starts)
        and _RUNNING_BEFORE_RE.search(before)
        and not _PLACE_BEFORE_RE.search(before)
        and not _LISTED_BEFORE_RE.search(before)
        and not _PHRASE_OPENED_RE.search(before)
        and not _LISTED_AFTER_RE.match(text, m.span.end)
    ):
        return False
    if m.key in _CALENDAR:
        return False  # `on March 26` beside `Mark`: a month's capital is its own
    # A common word in lower case (`chin`, `bash`: ``_ordinary``) capitalised there is no
    # name of its own; a proper noun (`Greece`, `Scot`) is capitalised anywhere, and is
    # taken only beside a person's name.
    if any(
        x.title or any(frequency(p) < _GIVEN_FREQUENCY for p in x.partners) for x in other.mentions
    ):
        return True
    ks, ko = ascii_key(m.key), ascii_key(other.key)
    return (
        _ordinary(m.key)
        # The name stands on its own somewhere (not only in `Half Life 2`, beside `Halo`).
        and any(not x.after and not x.listed for x in other.mentions)
        # Another ending is another word (`Germans`, `Germany`), and a consonant far
        # from the other on the keyboard no typing slip (`Tory`, `Tony`).
        and not (len(ks) == len(ko) and ks[:-1] == ko[:-1])
        and not _distant_consonant(ks, ko)
    )


def typed_from(spellings: list[Spelling]) -> Spelling | None:
    """The one ordinary English word of which another spelling is a typed slip no word
    list has seen, if one.

    Between spellings used equally often that nothing else tells apart, `Autmotive` is a
    slip of `Automotive` (a letter dropped), not the other way round: a slip seldom
    makes a form any list holds. Only an ordinary word decides so, never a name a list
    happens to hold: `Peston` may be the man the story is about, `Preston` the slip.
    """
    found = {
        other.key
        for slip in spellings
        if slip.count == 1 and frequency(slip.key) == 0
        for other in spellings
        if other is not slip
        and frequency(other.key) >= ORDINARY_FREQUENCY
        and _typed(ascii_key(slip.key), ascii_key(other.key), sounds=False)
    }
    if len(found) != 1:
        return None
    return next(s for s in spellings if s.key in found)


def _ticker(sp: Spelling, text: str) -> bool:
    """Whether a spelling stands in a ticker symbol (`<VOLV ST>`)."""
    return any("<" in text[max(0, m.span.start - 8) : m.span.start] for m in sp.mentions)


def _once_beside_many(a: Spelling, b: Spelling) -> bool:
    """One spelling used once in running text and never seen by a word list, the other
    used again and again (`Heathrod` beside `Heathrow` three times): a slip is seldom
    typed twice, an ending of another word is."""
    slip, other = (a, b) if a.count < b.count else (b, a)
    return slip.count == 1 < other.count and frequency(slip.key) == 0 and not slip.caps_only


#: How often the running text uses a name ending in `s` for a line in capitals without
#: the `s` to be a slip rather than its singular.
_CAPS_CUT_USES = 3


def _caps_cut(a: Spelling, b: Spelling, asc: dict[str, str], alike: int, text: str) -> bool:
    """A line in capitals that lost the last letter of a name of the running text (`JAPA`
    above `Japan`, `YUKO` above Yukos used again and again). Not the singular of a plural
    (`REUTER` beside `Reuters`, `Telecom` beside `TELECOMS`), nor a ticker symbol
    (`<VOLV ST>`, `<RHON.PA>`)."""
    cut, whole = (a, b) if len(asc[a.key]) < len(asc[b.key]) else (b, a)
    if not cut.caps_only or whole.caps_only:
        return False
    if asc[whole.key].endswith("s") and (is_word(whole.key) or whole.count < _CAPS_CUT_USES):
        # A plural and its singular (`Telecom` beside `TELECOMS`). A name no word list
        # holds, that the story uses again and again, is no plural (`YUKO` above Yukos).
        return False
    if any(text[m.span.start - 1 : m.span.start] == "<" for m in cut.mentions):
        return False
    return _lost_last_letter(a, b, asc, alike, text)


def _same_neighbours(a: Spelling, b: Spelling) -> bool:
    """The same first and last names stand beside both spellings, or none beside either."""
    return _given(a) == _given(b) and {p for m in a.mentions for p in m.after} == {
        p for m in b.mentions for p in m.after
    }


def _one_known(a: Spelling, b: Spelling) -> bool:
    """The word list has seen one of the two spellings and never the other."""
    return (frequency(a.key) > 0) != (frequency(b.key) > 0)


#: Words that make the next word a singular: `a Reuter survey`, `the former Beatle`.
_SINGULAR_BEFORE = frozenset(("a", "an", "one", "each", "every", "another", "former", "fellow"))
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)\s+$")


def _singular_use(m: Mention, text: str) -> bool:
    """Whether a singular determiner stands before ``m``: the singular of a plural name."""
    before = _WORD_BEFORE_RE.search(text, max(0, m.span.start - 20), m.span.start)
    return before is not None and before.group(1).casefold() in _SINGULAR_BEFORE


def _established(a: Spelling, b: Spelling, asc: dict[str, str], alike: int) -> bool:
    """Two established names: each used more than once, one letter changed for another.

    `Wikimedia` twice beside `Wikipedia` twice names two bodies: a slip is not typed
    the same way again and again. A name beside both (`Hans Christian Anderson`) still
    says they are one.
    """
    ka, kb = asc[a.key], asc[b.key]
    return (
        alike == 0
        and min(a.count, b.count) >= 2
        and len(ka) == len(kb)
        and sum(x != y for x, y in zip(ka, kb, strict=True)) == 1
    )


def _after_a_given_name(sp: Spelling, given: frozenset[str]) -> bool:
    """Whether a use of ``sp`` stands right after a given name of the packs (`Gordon
    Brown`, `Antony Burgmans`): a person's surname there, whatever else the word is."""
    return bool(given) and any(p in given for m in sp.mentions for p in m.partners)


#: `the` right before a mention: a plural family name (`the Beckhams`).
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+\Z")


def _surname_slip(slip: Spelling, other: Spelling, given: frozenset[str], text: str) -> bool:
    """``slip``, used once in running text and in no word list, has the first letter of
    ``other``, used at least as often, and one of them stands after a given name of the
    packs (`Damien Duf` beside `Duff`, `Hilary Swink` beside `Swank`).

    A short name one letter from another is most often another name (`Iran`, `Iraq`;
    `Jan`, `Jon`); a form no list has seen, where a person's surname stands, is that
    surname's slip, when the other is a surname the story also uses alone and the slip
    is no item of a list nor after an initial (a team sheet's `A Masi` beside `David dal
    Maso`). Two people with forms of their own are told apart later, by the given
    names beside each (`Donald Regan`, `Ronald Reagan`).
    """
    return (
        slip.count == 1
        and not (slip.caps_only or other.caps_only or slip.mentions[0].listed)
        and not is_word(slip.key)
        and slip.key[:1] == other.key[:1]
        and (_after_a_given_name(slip, given) or _after_a_given_name(other, given))
        and _used_alone(other)
        and not _INITIAL_BEFORE_RE.search(
            text, max(0, slip.mentions[0].span.start - 4), slip.mentions[0].span.start
        )
    )


#: An initial right before a mention (`A Masi`): a given name of its own.
_INITIAL_BEFORE_RE = re.compile(r"\b[A-Z]\.?\s\Z")


def _used_alone(sp: Spelling) -> bool:
    """Whether ``sp`` stands alone in running text at least once, as a surname does
    after its person is introduced (`Brown said`); `Kong` is only ever after `Hong`."""
    return any(not (m.partners or m.after or m.caps) for m in sp.mentions)


def _lost_last_letter(
    a: Spelling,
    b: Spelling,
    asc: dict[str, str],
    alike: int,
    text: str,
    given: frozenset[str] = frozenset(),
) -> bool:
    """Whether the shorter of two spellings, one a derived form of the other, is a slip.

    Two dictionary words stay two words (`Globe`/`Globes`, `Clark`/`Clarke`), and a
    feminine stays a feminine (`Petrov`/`Petrova`). Otherwise the shorter, used once,
    lost its last letter when the longer is a word and the shorter is none (`Greenspa`;
    not a plural: `Beatle`/`Beatles`), when a name beside both says they are one
    (`Deutsche Boers`; a plural or a people of a place only beside a majority: `Sri
    Lankan` is no slip for `Sri Lanka`, nor `Subaru Imprezas` for `Subaru Impreza`),
    when a title beside both does (`Mr Mandelso`, `Mr Stearn`), or when neither is a
    word and the letter makes no plural or people (`Viott`/`Viotti` makes one: `-i`).
    """
    cut, whole = (a, b) if len(asc[a.key]) < len(asc[b.key]) else (b, a)
    tail = asc[whole.key][len(asc[cut.key]) :] if asc[whole.key].startswith(asc[cut.key]) else ""
    known_cut, known_whole = is_word(cut.key), is_word(whole.key)
    if len(tail) != 1 or (known_cut and known_whole) or cut.count != 1:
        return False
    if (
        tail != "a"
        and alike != 2
        and frequency(cut.key) == 0
        and (_after_a_given_name(cut, given) or _after_a_given_name(whole, given))
        and not (
            tail == "s"
            and any(
                _THE_BEFORE_RE.search(text, max(0, m.span.start - 8), m.span.start)
                for m in whole.mentions
            )
        )
    ):
        # A person's surname, after a given name, that lost its last letter once
        # (`Antony Burgman` beside `Burgmans`, `Gregory Ioannidi` beside `Ioannidis`): no
        # people of a place stands after a given name, and the short form is in no list.
        # A family is no slip (`Victoria Beckham`, `the Beckhams`), a feminine is read
        # as before (`Maria Petrova`, `Petrov`), and so are two forms after one given
        # name (below).
        return True
    if (
        frequency(cut.key) == 0
        and (frequency(whole.key) > 0 or whole.count >= 2)
        and not (tail == "s" and _singular_use(cut.mentions[0], text))
    ):
        # A form no word list has ever seen, used once beside a listed or recurring name
        # one letter longer (`Texa`, `Johnso`, `Nissa`): a slip. Two people who share
        # the name are told apart later, by what stands beside each.
        return True
    if alike == 2:
        if tail == "a":  # `Daniel Ortega`, `Daniela Ortega`; not `Canad` for `Canada`
            # One first name before both (`Takuo Miyagishim`, `Takuo Miyagishima`): one
            # person, whose name has one form.
            return known_whole or bool(_given(cut) & _given(whole))
        # A people of a place is a word the list knows (`Lankan`); `Mervy King` beside
        # `Mervyn King` is no word of any list.
        never_seen = frequency(cut.key) == 0
        return (tail != "s" and (tail not in _DEMONYM or never_seen)) or whole.count > 1
    derives = tail == "s" or tail in _DEMONYM
    if known_whole and not known_cut:
        # `Greenspa`, `Tito Ayal`. A plural stays a plural (`Beatle`/`Beatles`, `Reuter`
        # /`Reuters`); a place beside its people (`Nicaragua`, `Nicaraguan`) is a slip
        # only if the list has never seen it.
        return tail != "s" and (not derives or frequency(cut.key) == 0)
    # Of two names the word list has never seen, a plural or a people (`Henma`,
    # `Berluscon`, `Toshib`) is a slip when the longer form is the story's own, used
    # again and again; a form used once beside it may be a true singular (`Bafta`).
    established = frequency(cut.key) == 0 and whole.count >= 2
    if tail == "a" or known_cut:
        return False
    # A last name used alone after the full mention (`Silvio Berlusconi` ... `Mr
    # Berluscon`) refers to it; not a plural (`Victoria Beckham` ... `the Beckhams`).
    # A name of the full mention that ends in `s` lost it when the form used alone after
    # is in no list (`David Simmonds` ... `said Simmond`): the plural is the later form.
    refers = _refers_back(whole, cut) or (tail != "s" and _refers_back(cut, whole))
    return not derives or alike == 1 or established or (refers and frequency(cut.key) == 0)


#: A name set in lower case is taken for a slip only when the word list holds its lower-
#: case form less often than this: `Blair`, `Campbell` and most surnames stay below it,
#: the commonest words (`Bank`, `Brown`) above; the story's context decides the rest.
LOWERED_FREQUENCY = 5000
#: Where a word in lower case is part of an address, a handle or a file name
#: (`huaral.org`, `@github`, `#blair`), not running text.
_ADDRESS_BEFORE = frozenset("@#/._\\")
_ADDRESS_AFTER_RE = re.compile(r"[./@_][^\W_]")


def _used_once_in_lower_case(
    doc: Document, wanted: set[str], texts: CopyTexts
) -> dict[str, list[tuple[int, int, str]]]:
    """Of the keys ``wanted``, those the copy writes in lower case exactly once, in
    running text (not an address: `huaral.org`, `@gazprom`): key -> [(start, end, word)],
    the word without a possessive mark.

    Which spellings are uses in lower case is settled once per spelling (a shape and a
    key depend on the spelling alone), over the story's distinct words; each part's
    spellings are then looked up in C (``words_in``), and only the token of a key used
    once is made (``Part.tokens_at``). ``doc.tokens`` would keep every token of a long
    story for its life (a few hundred MB at 10 MB).
    """
    spellings = _lower_spellings(copy_words(doc, texts), wanted)
    if not spellings:
        return {}
    count: Counter[str] = Counter()
    first: dict[str, tuple[Part, int]] = {}
    for part, words in texts:
        for i in words_in(words, spellings):
            key = _POSSESSIVE_RE.sub("", words[i]).casefold()
            count[key] += 1
            first.setdefault(key, (part, i))
    text = doc.text
    uses: dict[str, list[tuple[int, int, str]]] = {}
    for key, (part, i) in first.items():
        if count[key] != 1:
            continue
        (tok,) = part.tokens_at((i,))
        word = _POSSESSIVE_RE.sub("", tok.text)
        start, end = tok.start, tok.start + len(word)
        if text[start - 1 : start] not in _ADDRESS_BEFORE and not _ADDRESS_AFTER_RE.match(
            text, end
        ):
            uses[key] = [(start, end, word)]
    return uses


def _lowered_names(
    doc: Document,
    raw: list[RawMention],
    lower_words: set[str],
    titles: frozenset[str],
    particles: frozenset[str],
    sentences: list[tuple[int, int]],
    shared: StoryPieces | None = None,
    texts: CopyTexts | None = None,
) -> dict[str, Mention]:
    """Names the story sets in lower case once (`blair`, `mcCormack`, `gazprom`): key ->
    that use.

    A word the story writes in lower case is an ordinary word, not a name (`Bank`,
    `bank`): one use in lower case makes every capitalised use of it no mention. That
    reading is wrong for a name typed in lower case by a slip. The only use in lower case,
    in running text (not an address: `huaral.org`), is taken for one on either of two
    readings, made from one reading of the story's uses (``mentions_of``):

    * a person's name (``_a_persons_name``): its form no common word
      (``LOWERED_FREQUENCY``) nor the plural of a word (`Sevens`, `Holdings`), and the
      story uses the name as a person's: with a first name or a title (`Tony Blair`, `Mr
      Blair`) and alone, as a last name (`said Blair`; not only inside a longer name,
      `Samsung Electronics`, nor after an article, `the Ministry`); or the use in lower
      case follows a title that a capitalised use follows too (`Mr Greenspan` ... `Mr
      greenspan`);
    * a name of any kind (``_a_name_of_any_kind``): its form no ordinary word
      (``_ordinary``: `gazprom`, `india`, `kumaratunga`; not `labour`, `rose`, `brown`,
      whatever their capitals in the story), and the story uses the capitalised form as
      a name: a person's, with a title there or before the use in lower case (`Antony
      Burgmans` ... `Mr burgmans`); or, for a word the list holds seldom (below
      ``ORDINARY_FREQUENCY``; not `congressional`), alone inside a sentence (`in Gazprom
      shares`, `from India`; see ``_alone``), or in the same two-word name beside the
      same capitalised word as the use in lower case (`Suarez davila` beside `Suarez
      Davila`). A sentence's first word, or a word inside a longer name (`Monsoon
      Wedding`), says nothing.
    """
    named = {w.casefold() for w in set(_uncapped(raw))}
    # A possessive in lower case (`blair's plan`) is a use of the word in lower case too;
    # the story's words keep the mark, so `blair's` alone would never meet `Blair`.
    lowered = lower_words | {_POSSESSIVE_RE.sub("", w) for w in lower_words if "'" in w or "’" in w}
    # Titles and particles are written in lower case by style (`president`, `de`).
    both = (named & lowered) - titles - particles
    people = {
        k
        for k in both
        if len(ascii_key(k)) >= MIN_LENGTH
        and frequency(k) < LOWERED_FREQUENCY
        and not (k.endswith("s") and is_word(k[:-1]))
    }
    words = {k for k in both if k.isalpha() and k not in STOPWORDS}
    anything = {
        k
        for k in words
        if len(ascii_key(k)) >= _LOWERED_MIN
        and not (k.endswith("s") and is_word(k[:-1]))
        # `labour`, `rose`: the capital may be a house style or a name's.
        and not _ordinary(k)
    }
    # Any other word, common ones too (`brown`, `rice`, `young`): only where it takes
    # the name's own place (``_in_the_names_place``).
    placed = {k for k in words if len(ascii_key(k)) >= SHORTEST_NAME and k not in _CALENDAR}
    if not people and not anything and not placed:
        return {}
    uses = _used_once_in_lower_case(doc, people | anything | placed, texts or copy_texts(doc))
    if not uses:
        return {}
    wanted = set(uses)
    text = doc.text
    starts = {start for start, _end in sentences}
    opens = [lo for lo, _hi in sentences]
    title_uses = _title_case_uses(raw, wanted & anything, shared)
    made: dict[str, list[Mention]] = {}
    for m in mentions_of(
        raw, lower_words - wanted, text, titles, wanted, particles, sentences, shared
    ):
        if not m.caps:
            made.setdefault(m.key, []).append(m)
    out: dict[str, Mention] = {}
    for key in sorted(wanted):
        start, end, word = uses[key][0]
        ms = made.get(key, [])
        if (
            (key in people and _a_persons_name(ms, text, start, starts))
            or (
                key in anything
                and (
                    _a_name_of_any_kind(ms, key, text, start, end, starts, titles, title_uses)
                    or _a_name_no_list_holds(ms, key, starts)
                    or _a_last_name_no_dictionary_holds(ms, key, starts)
                    or _a_rare_name_used_again(ms, key, text, start, end, starts)
                )
            )
            or (
                key in placed
                and _in_the_names_place(ms, key, text, start, end, starts, titles, lower_words)
            )
        ):
            sentence = _sentence_of(sentences, opens, start)
            out[key] = Mention(Span(start, end), word, key, False, sentence)
    return out


def _a_persons_name(ms: list[Mention], text: str, start: int, starts: set[int]) -> bool:
    """The capitalised uses ``ms`` make the key a person's name, and the use in lower case
    at ``start`` is one (``_lowered_names``)."""
    person = any(m.partners or m.title for m in ms)
    alone = any(_alone(m, text, starts) for m in ms)
    # Or the use in lower case stands after the title a capitalised use has (`Mr
    # greenspan`): a person's name. A capitalised word before both may be part of
    # one longer name (`European Parliament`, `European parliament`).
    before = _CAPITAL_BEFORE_RE.search(text, max(0, start - 24), start)
    same_title = before is not None and before.group(1).casefold() in {m.title for m in ms}
    return bool(ms) and ((person and alone) or same_title)


#: A capitalised word right before a use in lower case, on its line: a first name or a
#: title (`Gordon brown`, `Ms rice`, `Mr. brown`).
_NAME_BEFORE_RE = re.compile(r"([A-Z][\w'’]*)\.?[^\S\n]+\Z")
_SPEECH = r"(?:said|says|told|added|asked|replied|insisted|warned|argued|stated)"
#: Where a sentence opens: a line's start or the end of a sentence (a full stop after two
#: letters or digits in lower case: not `U.S.`, `Mr.`), a closing mark perhaps after it.
_SENTENCE_OPENS = r"\A|\n[^\S\n]*|[a-z\d]{2}[.!?][\"”’)]?[^\S\n]+"
#: A name alone in a speaker's slot, by what stands before and after it: the subject of
#: a speech verb at a sentence's or clause's start (`brown said`, `," rice said`), or
#: after the verb, ending the clause (`said brown.`).
_SUBJECT_BEFORE_RE = re.compile(rf"(?:{_SENTENCE_OPENS}|[,;][\"”’]?[^\S\n]+)\Z")
_SPEECH_AFTER_RE = re.compile(rf"[^\S\n]+{_SPEECH}\b")
_SPEECH_BEFORE_RE = re.compile(rf"\b{_SPEECH}[^\S\n]+\Z")
_CLAUSE_END_RE = re.compile(r"[.,;:!?]")
#: A sentence's opening, an opening quotation mark perhaps after it.
_OPENING_RE = re.compile(rf"(?:{_SENTENCE_OPENS})[\"“‘]?\Z")
_POSSESSIVE_AFTER_RE = re.compile(r"['’]s?\b")


def _in_a_speakers_slot(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start``-``end`` stands as a speaker does: `brown said`, `,"
    rice said`, `said young.` (a common word never stands so)."""
    return bool(
        (
            _SUBJECT_BEFORE_RE.search(text, max(0, start - 8), start)
            and _SPEECH_AFTER_RE.match(text, end)
        )
        or (
            _SPEECH_BEFORE_RE.search(text, max(0, start - 16), start)
            and _CLAUSE_END_RE.match(text, end)
        )
    )


def _a_persons_uses(ms: list[Mention], text: str, starts: set[int], ordinary: bool) -> bool:
    """Whether the capitalised uses ``ms`` are a person's: after a title (`Mr Brown`), or
    in a speaker's slot (`, Young said`, `said Young.`). For a word a dictionary holds,
    not at a sentence's start, where a common noun stands so too (`Police said`), and
    only when used so twice at least: one title-like word before a common one says
    little (`Grand Hotel`); nor after a first name alone (`Metropolitan Police`,
    `Manchester United`)."""
    if ordinary and len(ms) < 2:
        return False
    return any(
        m.title
        or (
            _in_a_speakers_slot(text, m.span.start, m.span.end)
            and not (ordinary and m.span.start in starts)
        )
        for m in ms
    )


def _same_word_before(ms: list[Mention], word: str, text: str) -> bool:
    """Whether ``word`` stands right before a capitalised use too (`Gordon Brown`, `Ms
    Rice`, `Real Madrid`)."""
    for m in ms:
        before = _NAME_BEFORE_RE.search(text, max(0, m.span.start - 40), m.span.start)
        if before is not None and before.group(1) == word:
            return True
    return False


def _in_the_names_place(
    ms: list[Mention],
    key: str,
    text: str,
    start: int,
    end: int,
    starts: set[int],
    titles: frozenset[str],
    lower_words: set[str],
) -> bool:
    """The use in lower case at ``start``-``end`` stands where only the name can: a slip
    of its capital, even when the word is a common one (`brown`, `rice`).

    * After a title, or the same capitalised word as a capitalised use (a first name:
      `Gordon brown` beside `Gordon Brown`; the first part of a longer name: `Real
      madrid` beside `Real Madrid`), when the capitalised uses are a person's (`Ms
      rice` beside `Ms Rice`, `President bush` beside `Mr Bush`) or no dictionary holds
      the word. After another capitalised word, a word no dictionary holds that the
      story uses as a name alone (`Jamie foxx` beside `Foxx said`), or a person's
      introduction: a first name used only there, before every other use (`Gordon
      brown told MPs` ... `Mr Brown`). A common word after a capitalised one may be a
      longer name's own in a house style (`the European parliament`, `Wembley
      stadium`, `Manchester united`).
    * Alone in a speaker's slot (`brown said`, `said rice.`), or opening a sentence
      before a possessive (`brown's book`), when the capitalised uses are a person's.
    * Opening a sentence, a word no dictionary of common words holds (`lopez, who
      lost`, `microsoft's program`), when the story writes it with its capital inside a
      sentence.

    Never `brown bread` beside `Gordon Brown`, `the rice harvest` beside `Condoleezza
    Rice`, `a young player` beside `Ashley Young`: a common word in its own place.
    """
    if not ms:
        return False
    # A plural is as ordinary as its singular (`sevens`, `dealers`).
    ordinary = _ordinary(key) or (key.endswith("s") and _ordinary(key[:-1]))
    person = _a_persons_uses(ms, text, starts, ordinary)
    before = _NAME_BEFORE_RE.search(text, max(0, start - 40), start)
    if before is not None:
        word = before.group(1)
        if len(word) < 2 or word.casefold() in STOPWORDS:
            # An initial (`U.S dlrs`) or a sentence's first word (`The duchy` beside `the
            # Duchy of Cornwall`) is no part of the name.
            return False
        if word.casefold() in titles or _same_word_before(ms, word, text):
            return person or not ordinary
        if ordinary:
            # A common word: only as a person's introduction, a first name used only here
            # before it and every later use the person's (`Gordon brown told MPs` ... `Mr
            # Brown`; not `Basmati rice` after `Ms Rice`).
            head = text.find("\n")
            return (
                person
                and _given_before(text, start, lower_words, titles)
                and all(m.span.start > start for m in ms if m.span.start > head)
            )
        # A word the lists hold often may be a common noun after a place (`Bronx
        # congressmen`); a rare one is the name.
        return frequency(key) < ORDINARY_FREQUENCY and (
            person or any(_alone(m, text, starts) for m in ms)
        )
    opening = _OPENING_RE.search(text, max(0, start - 8), start) is not None
    if person and (
        _in_a_speakers_slot(text, start, end) or (opening and _POSSESSIVE_AFTER_RE.match(text, end))
    ):
        return True
    inside = any(m.span.start not in starts for m in ms)
    return opening and inside and not ordinary


#: A name of any kind set in lower case needs at least this many letters for
#: ``_a_name_of_any_kind``:
#: shorter forms (`kim`, `lee`) are too often a word or a fragment.
_LOWERED_MIN = 4
#: A capitalised word right before or after a use, joined by a space or a hyphen, that
#: makes it part of a two-word name (`european Union`, `Peter kim`).
_NEIGHBOUR_RE = re.compile(r"([A-Z][\w'’]*)(?:\s|-)\Z")
_NEXT_CAPITAL_RE = re.compile(r"(?:\s|-)([A-Z][\w'’]*)")
#: Before a capitalised word inside a sentence: a word in lower case or a comma.
_AFTER_LOWER_RE = re.compile(r"[a-z,;] ")


def _paired_use(
    text: str, start: int, end: int, key: str, starts: set[int]
) -> set[tuple[str, str]]:
    """The two-word names a use of ``key`` at ``start``-``end`` stands in with a
    capitalised neighbour that opens no sentence (`european Union`)."""
    out: set[tuple[str, str]] = set()
    before = _NEIGHBOUR_RE.search(text, max(0, start - 24), start)
    if before is not None and before.start(1) not in starts:
        out.add((before.group(1).casefold(), key))
    after = _NEXT_CAPITAL_RE.match(text, end)
    if after is not None:
        out.add((key, after.group(1).casefold()))
    return out


def _title_case_uses(
    raw: list[RawMention], keys: set[str], shared: StoryPieces | None
) -> dict[str, list[RawMention]]:
    """The raw pieces of each of ``keys`` not set in capitals, read from the story once for
    every key a pass asks ``_cased_pairs`` about (not once a key: a long story asks about
    many)."""
    out: dict[str, list[RawMention]] = {}
    folded = (shared or StoryPieces()).keys(raw)
    # The pieces of the keys asked about are picked out in C: a long story has hundreds
    # of thousands of pieces, and a pass asks about a few hundred keys.
    for piece, key in compress(zip(raw, folded, strict=True), map(keys.__contains__, folded)):
        if not piece[3]:
            out.setdefault(key, []).append(piece)
    return out


def _cased_pairs(
    text: str, uses: Iterable[RawMention], key: str, starts: set[int]
) -> set[tuple[str, str]]:
    """The two-word names the uses of ``key`` in title case (``_title_case_uses``) stand
    in (``_paired_use``), none a sentence's first word: `European Union` -> (european,
    union). Read from the raw pieces: a first name (`Janet Jackson`) is no mention of its
    own."""
    out: set[tuple[str, str]] = set()
    for start, end, _piece, _caps, _sentence, _poss in uses:
        if start not in starts:
            out |= _paired_use(text, start, end, key, starts)
    return out


def _sentence_of(sentences: list[tuple[int, int]], opens: list[int], start: int) -> int:
    """The index of the sentence holding ``start`` (-1: none), by bisection over the
    sentences' starts ``opens`` (they stand in order, without overlapping)."""
    i = bisect_right(opens, start) - 1
    return i if i >= 0 and start < sentences[i][1] else -1


def _ordinary(key: str) -> bool:
    """Whether a word is an ordinary English word, whatever its capital in one story: in a
    dictionary of common words (no names: `labour`, `rose`, `brown`; not `gazprom`,
    `russia`), or common in the frequency list (``LOWERED_FREQUENCY``)."""
    plain = ascii_key(key)
    return (
        frequency(key) >= LOWERED_FREQUENCY
        or is_dictionary_word(plain)
        or is_dictionary_word(fold_spelling(plain))
    )


def _a_name_of_any_kind(
    ms: list[Mention],
    key: str,
    text: str,
    start: int,
    end: int,
    starts: set[int],
    titles: frozenset[str],
    title_uses: dict[str, list[RawMention]],
) -> bool:
    """The capitalised uses ``ms`` make the key a name of some kind, and the use in lower
    case at ``start``-``end`` is one (``_lowered_names``)."""
    if not any(m.span.start not in starts for m in ms):
        return False  # capitalised only where every word is: no evidence of a name
    # Alone, right after a word in lower case or a comma: not a sentence's first
    # word after a quotation mark (`"Rugby is ...`), a slash or a heading.
    alone = any(
        _alone(m, text, starts) and _AFTER_LOWER_RE.match(text, max(0, m.span.start - 2))
        for m in ms
    )
    # Or a person's name: after a title elsewhere (`Mr Burgmans`), or a title before
    # the use in lower case (`Antony Burgmans` ... `Mr burgmans said`). A capitalised
    # word before the name says less (`Australian Rugby`).
    before = _CAPITAL_BEFORE_RE.search(text, max(0, start - 24), start)
    person = any(m.title for m in ms) or (
        before is not None and before.group(1).casefold() in titles
    )
    # A word the list holds often (`congressional`, `russia`) needs a title: its
    # capital alone may be a house style or a sentence's (`Congressional sources`).
    common = frequency(key) >= ORDINARY_FREQUENCY
    return person or (
        not common
        and (
            alone
            or bool(
                _paired_use(text, start, end, key, starts)
                & _cased_pairs(text, title_uses.get(key, ()), key, starts)
            )
        )
    )


def _a_name_no_list_holds(ms: list[Mention], key: str, starts: set[int]) -> bool:
    """The capitalised uses ``ms`` make the key a person's name, which no word list holds
    at all (`clooney`, `foxx`): a word unknown to the frequency list and the dictionary,
    written with a first name before it and nothing capitalised after (`George Clooney`,
    though never alone), is a last name, and its one use in lower case a slip. A word
    inside a longer name says less (`Lehman Goverment Securities`, a misspelled word)."""
    if frequency(key) or _ordinary(key):
        return False
    return any(m.partners and not m.after and m.span.start not in starts for m in ms)


#: How often the story writes a rare word with its capital, inside sentences, for its
#: one use in lower case to be taken for a slip (``_a_rare_name_used_again``).
_CAPITALISED_USES = 2


def _a_rare_name_used_again(
    ms: list[Mention], key: str, text: str, start: int, end: int, starts: set[int]
) -> bool:
    """The story writes the key with its capital again and again, at least once inside a
    sentence, the word lists hold it seldom (below ``ORDINARY_FREQUENCY``) and no
    dictionary of common words at all, and the use in lower case at ``start``-``end``
    stands as a capitalised use does (``_worded_alike``): `Bank of japan` beside `Bank of
    Japan`, `exxon said` beside `Exxon said`. A story that settles on the capital has
    slipped there; a use in another setting may be the common noun beside a title or a
    longer name (`the only active supervolcano` beside the programme `Supervolcano`,
    `The duchy` beside `the Duchy of Cornwall`)."""
    if len(ascii_key(key)) < MIN_LENGTH or frequency(key) >= ORDINARY_FREQUENCY or _ordinary(key):
        return False
    if len(ms) < _CAPITALISED_USES or all(m.span.start in starts for m in ms):
        return False
    return any(_worded_alike(text, (start, end), (m.span.start, m.span.end)) for m in ms)


#: The two words before a use, and the word right after it (`Bank of Japan`, `Exxon said`).
_TWO_WORDS_BEFORE_RE = re.compile(r"([^\W\d_]+)[^\S\n]+([^\W\d_]+)[^\S\n]+\Z")
_WORD_AFTER_RE = re.compile(r"[^\S\n]+([^\W\d_]+)")


def _worded_alike(text: str, one: tuple[int, int], two: tuple[int, int]) -> bool:
    """The same two words stand right before both uses, or the same word right after."""
    b1 = _TWO_WORDS_BEFORE_RE.search(text, max(0, one[0] - 40), one[0])
    b2 = _TWO_WORDS_BEFORE_RE.search(text, max(0, two[0] - 40), two[0])
    if b1 and b2 and b1.group(1, 2) == b2.group(1, 2):
        return True
    a1, a2 = _WORD_AFTER_RE.match(text, one[1]), _WORD_AFTER_RE.match(text, two[1])
    return bool(a1 and a2 and a1.group(1) == a2.group(1))


def _a_last_name_no_dictionary_holds(ms: list[Mention], key: str, starts: set[int]) -> bool:
    """Like ``_a_name_no_list_holds``, for a last name the frequency list has seen seldom
    (below ``ORDINARY_FREQUENCY``; not `rugby`) and no dictionary of common words holds
    (``_ordinary``: `robinson`, `lopez`; not `brown`, `rose`): written with a first name
    before it and nothing capitalised after (`Tony Robinson`), it is a person's last
    name, and its one use in lower case a slip, though the story never uses it alone. The
    first name is one the frequency list has seen as a word, as it has the usual first
    names (`Tony`, `George`; not `Plano Cruzado`, a plan), and no common word (``_GIVEN_
    FREQUENCY``: not `Australian Rugby`)."""
    if len(ascii_key(key)) < MIN_LENGTH or frequency(key) >= ORDINARY_FREQUENCY or _ordinary(key):
        return False
    return any(
        m.partners
        and all(RARE_FREQUENCY < frequency(p) < _GIVEN_FREQUENCY for p in m.partners)
        and not m.after
        and not m.listed
        and m.span.start not in starts
        for m in ms
    )


# A raw mention's piece and whether it is in capitals (``RawMention``).
_PIECE = itemgetter(2)
_CAPS = itemgetter(3)


def _uncapped(raw: list[RawMention]) -> Iterator[str]:
    """The pieces of ``raw`` not in capitals, in order, picked out in C."""
    return compress(map(_PIECE, raw), map(not_, map(_CAPS, raw)))


def _lower_spellings(words: frozenset[str], wanted: set[str]) -> set[str]:
    """The spellings among ``words`` written in lower or mixed case (`blair`, `mcCormack`)
    whose key, possessive dropped and case-folded, is one of ``wanted``."""
    # A key with a possessive mark after it is the same key (``_POSSESSIVE_RE`` drops
    # `'`, `'s`, `’`, `’s`, as case-folded): the spellings whose fold is one of these
    # forms are picked out in C, and only they are read.
    forms = {f"{key}{mark}" for key in wanted for mark in ("", "'", "'s", "’", "’s")}
    return {
        w
        for w in compress(words, map(forms.__contains__, map(str.casefold, words)))
        if _POSSESSIVE_RE.sub("", w).casefold() in wanted
        and word_shape(w) in (TokenShape.LOWER, TokenShape.MIXED)
    }


#: A story whose running text sets this share of its words or more in capitals is written
#: in capitals (an old wire, a notice): a name in capitals there is its style, no slip.
_CAPS_BODY_SHARE = 0.25
#: A word before a name that makes it a place (`in Tikrit`, `near Basra`).
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|near|outside|across|from|to)\s+\Z")
#: What stands right before a word in capitals that is no running text: a ticker
#: (`<BLAIR.L>`), a word in brackets or quotation marks set off for itself.
_SET_OFF_BEFORE = frozenset("<([\"“'‘")


def _shouted(
    doc: Document,
    raw: list[RawMention],
    lower_words: set[str],
    titles: frozenset[str],
    particles: frozenset[str],
    sentences: list[tuple[int, int]],
    shared: StoryPieces | None = None,
) -> dict[str, Mention]:
    """Names the story sets in capitals once in its running text (`Tony Blair ... said
    Blair ... BLAIR added`; `told REUTERS`): key -> that use.

    Lines in capitals (headlines, subheads) and the dateline (`LONDON, May 3 (Reuters)`)
    set names so by style, and so does a story whose running text is mostly capitals
    (``_CAPS_BODY_SHARE``). Two readings take a name, made from one pass over the
    story's pieces and one reading of the names' uses (``mentions_of``): a person's or
    a place's name (``_shouted_person_or_place``), and a name of any kind on the story's
    own evidence (``_shouted_on_evidence``). Acronyms (`NATO`, `AIDS`, `BBC`) are
    neither, even where a story also writes them `Nato`.
    """
    caps: dict[str, list[RawMention]] = {}
    for p in compress(raw, map(_CAPS, raw)):
        caps.setdefault(p[2].casefold(), []).append(p)
    if not caps:
        return {}
    # Each spelling in title case is read once, however often the story uses it.
    uncapped = Counter(_uncapped(raw))
    # Once in title case is enough to read: ``_shouted_person_or_place`` asks for two
    # uses, ``_shouted_beside_a_persons_name`` reads the words beside them.
    people = _shouted_once_in_paragraphs(doc, caps, uncapped, lower_words, titles)
    anything = _shouted_once_anywhere(doc, caps, uncapped, lower_words, titles, particles)
    if not people and not anything:
        return {}
    text = doc.text
    made: dict[str, list[Mention]] = {}
    wanted = people.keys() | anything.keys()
    for m in mentions_of(raw, lower_words, text, titles, wanted, particles, sentences, shared):
        if not m.caps:
            made.setdefault(m.key, []).append(m)
    starts = {start for start, _end in sentences}
    title_uses = _title_case_uses(raw, set(anything), shared)
    out: dict[str, Mention] = {}
    for key, use in sorted(anything.items()):
        ms = made.get(key, [])
        if _shouted_on_evidence(
            key, use, ms, text, starts, lower_words, titles, title_uses
        ) or _shouted_as_written(key, ms, text, starts):
            out[key] = Mention(Span(use[0], use[1]), use[2], key, True, use[4])
    dateline = doc.dateline
    city = text[dateline.city.start : dateline.city.end].casefold() if dateline else ""
    for key, use in sorted(people.items()):
        ms = made.get(key, [])
        if _shouted_person_or_place(
            key, use, ms, text, starts, lower_words, titles, city
        ) or _shouted_beside_a_persons_name(use, ms, text, titles):
            # The same use as the other reading's, where both take the name.
            out[key] = Mention(Span(use[0], use[1]), use[2], key, True, use[4])
    # Asked last: it reads every word of the running text, and most stories have no name
    # left to report by now.
    if out and _written_in_capitals(doc):
        return {}
    return out


def _shouted_once_in_paragraphs(
    doc: Document,
    caps: dict[str, list[RawMention]],
    uncapped: Counter[str],
    lower_words: set[str],
    titles: frozenset[str],
) -> dict[str, RawMention]:
    """For ``_shouted_person_or_place``: the names the story writes in title case at
    least twice (``uncapped``, the pieces not in capitals) and in capitals (``caps``, by
    key) once in its paragraphs outside the dateline, that once in running text: among
    words in mixed case, not beside another word in capitals (`BLAIR OUT`), not set off
    in brackets or quotes (a ticker, an emphasis). Key -> that use."""
    text = doc.text
    dateline = doc.dateline
    skip = dateline.span if dateline is not None else None
    # Only the spellings of a word the story also sets in capitals are read letter by
    # letter.
    titled: Counter[str] = Counter()
    for piece, n in uncapped.items():
        key, tail = piece.casefold(), piece[1:]
        if key in caps and sum(c.isupper() for c in tail) < sum(c.islower() for c in tail):
            # In title case (`Blair`, `McFadden`, `O'Brien`), not an acronym's plural
            # (`PINs`).
            titled[key] += n
    wanted = {
        k
        for k, ps in caps.items()
        if titled[k] >= 1 and len(ascii_key(k)) >= 3 and k not in lower_words and k not in titles
    }
    uses: dict[str, list[RawMention]] = {}
    for key in wanted:
        for p in caps[key]:
            start = p[0]
            if skip is not None and skip.start <= start < skip.end:
                continue
            part = doc.part_at(start)
            if part is None or part.kind is not PartKind.PARAGRAPH:
                continue
            uses.setdefault(key, []).append(p)
    return {k: ps[0] for k, ps in uses.items() if len(ps) == 1 and _in_running_text(ps[0], text)}


def _shouted_person_or_place(
    key: str,
    use: RawMention,
    ms: list[Mention],
    text: str,
    starts: set[int],
    lower_words: set[str],
    titles: frozenset[str],
    city: str,
) -> bool:
    """Whether a name set in capitals once (``use``) is a slip of a person's or a place's
    name: the uses in title case ``ms`` make it one (a first name or a title before one:
    `Tony Blair`, `Mr Blair`; the dateline's ``city``, or `in Tikrit`), one of them
    inside a sentence."""
    inside = any(m.span.start not in starts for m in ms)
    person = any(m.partners or m.title for m in ms) or _given_before(
        text, use[0], lower_words, titles
    )
    place = key == city or any(
        _PLACE_BEFORE_RE.search(text, max(0, m.span.start - 12), m.span.start)
        and _alone(m, text, starts)
        for m in ms
    )
    # An acronym the story spells out (`Korea Electric Power Corp (Kepco)`) is
    # neither, whatever stands before it.
    defined = any(text[m.span.start - 1 : m.span.start] == "(" for m in ms)
    return len(ms) >= 2 and inside and (person or place) and not defined


def _shouted_beside_a_persons_name(
    use: RawMention, ms: list[Mention], text: str, titles: frozenset[str]
) -> bool:
    """Whether a name set in capitals once (``use``), of any length, is a slip of a
    person's name: a title stands right before it (`Mr MARR said`, `Prince SAUD`), or
    the same first name as before a use in title case (`Richard GERE` beside `Richard
    Gere`). No acronym stands after a title or a first name, so a name of four letters
    or less is read too (``_shouted_on_evidence`` leaves those alone)."""
    if not ms or any(text[m.span.start - 1 : m.span.start] == "(" for m in ms):
        return False
    before = _NAME_BEFORE_RE.search(text, max(0, use[0] - 40), use[0])
    if before is None or not before.group(1)[1:].islower():
        return False
    word = before.group(1)
    return word.casefold() in titles or _same_word_before(ms, word, text)


#: A name set once in capitals is taken on its uses alone (``_shouted_on_evidence``) from
#: this many letters: shorter ones are mostly acronyms a house writes in title case
#: (`Nato`, `Opec`, `Aids`), which a quotation or another source sets in capitals.
_SHOUTED_MIN = 6


def _shouted_once_anywhere(
    doc: Document,
    caps: dict[str, list[RawMention]],
    uncapped: Counter[str],
    lower_words: set[str],
    titles: frozenset[str],
    particles: frozenset[str],
) -> dict[str, RawMention]:
    """For ``_shouted_on_evidence``: the names the story writes in title case
    (``uncapped``) and in capitals (``caps``, by key) once outside the dateline, where
    ``_shouted_once_in_paragraphs`` takes one (a paragraph's running text, alone in
    capitals, not set off). Key -> that use."""
    text = doc.text
    dateline = doc.dateline
    skip = dateline.span if dateline is not None else None
    once: dict[str, RawMention] = {}
    for k, ps in caps.items():
        if skip is not None:
            ps = [p for p in ps if not skip.start <= p[0] < skip.end]
        if (
            len(ps) == 1
            and len(ascii_key(k)) >= _LOWERED_MIN
            and k.isalpha()
            and k not in lower_words
            and k not in titles
            and k not in particles
        ):
            once[k] = ps[0]
    if not once:
        return {}
    titled = {
        w.casefold()
        for w in uncapped
        if w.casefold() in once and sum(c.isupper() for c in w[1:]) < sum(c.islower() for c in w)
    }
    return {
        k: once[k]
        for k in titled
        if (part := doc.part_at(once[k][0])) is not None
        and part.kind is PartKind.PARAGRAPH
        and _in_running_text(once[k], text)
    }


def _shouted_on_evidence(
    key: str,
    use: RawMention,
    ms: list[Mention],
    text: str,
    starts: set[int],
    lower_words: set[str],
    titles: frozenset[str],
    title_uses: dict[str, list[RawMention]],
) -> bool:
    """Whether a name set in capitals once (``use``) is a slip of a name of any kind, on
    the story's own evidence (``_shouted_person_or_place`` takes people's and places'
    names). The story writes the name in title case (``ms``, none in brackets after its
    spelled-out name: `(Kepco)`) and uses it as a name:

    * beside the same capitalised word as the use in capitals (`Bruce DAVEY` beside
      `Bruce Davey`, `the EUROPEAN Union` beside `the European Union`);
    * or alone, right after a word in lower case (`told Reuters`), when the name is no
      ordinary word (``_ordinary``) and has ``_SHOUTED_MIN`` letters or more (`told
      REUTERS`, `the MERCEDES factory`; not `NATO` beside `Nato`);
    * or, in five letters or more, a person's (a title before a use: `Mr Cusiter`) or a
      place's (`in Spain`, `to JONESBORO`).
    """
    if not ms or any(text[m.span.start - 1 : m.span.start] == "(" for m in ms):
        return False
    start, end = use[0], use[1]
    # Beside the same word: but an acronym of four letters or less may be the house's
    # title case beside a source's capitals (`UEFA Cup`, `Uefa Cup`).
    paired = len(ascii_key(key)) > 4 and bool(
        _paired_use(text, start, end, key, starts)
        & _cased_pairs(text, title_uses.get(key, ()), key, starts)
    )
    alone = (
        len(ascii_key(key)) >= _SHOUTED_MIN
        and not _ordinary(key)
        and any(
            _alone(m, text, starts) and _AFTER_LOWER_RE.match(text, max(0, m.span.start - 2))
            for m in ms
        )
    )
    # Or a person's or a place's, as ``_shouted_person_or_place`` reads them, though used
    # only once in title case: a title before a use (`Mr Cusiter`, `Mr BANNISTER`), or a
    # place's preposition (`in Spain`, `to JONESBORO`).
    person = any(m.title for m in ms) or _given_before(text, start, lower_words, titles)
    place = any(
        _PLACE_BEFORE_RE.search(text, max(0, at - 12), at)
        for at in (start, *(m.span.start for m in ms if _alone(m, text, starts)))
    )
    return paired or alone or (len(ascii_key(key)) > 4 and (person or place))


#: An ordinary word set once in capitals is the story's name when the story writes it
#: with its capital inside sentences this often (`the United States` ... `the UNITED
#: States`).
_ORDINARY_SHOUTED_USES = 2


def _shouted_as_written(key: str, ms: list[Mention], text: str, starts: set[int]) -> bool:
    """Whether a name set in capitals once in running text (`ALTRIA rising`, `ITALY
    plans`) is a slip of the name the story writes in mixed case (`Altria Group`, `of
    Italy`), whatever stands beside either: a name no dictionary holds (``_ordinary``),
    or an ordinary word the story writes with its capital inside sentences again and
    again (``_ORDINARY_SHOUTED_USES``: `the United States`), never spelled out with it in
    brackets (`(Kepco)`: an acronym). The use in capitals
    is the story's only one in a line of mixed case (``_shouted_once_anywhere``): an
    acronym a story prints in capitals it prints so again. In four letters or less the
    house's title case of an acronym stands beside a source's capitals too often (`Uefa
    Cup`, `UEFA Cup`; `Opec`, `OPEC accord`; `Unix`, `UNIX`)."""
    if not ms or len(ascii_key(key)) <= 4:
        return False
    if any(text[m.span.start - 1 : m.span.start] == "(" for m in ms):
        return False
    if not _ordinary(key):
        return True  # a name no dictionary holds, capitalised in every use
    return sum(m.span.start not in starts for m in ms) >= _ORDINARY_SHOUTED_USES


#: Capitalised words that are no first names, whatever their frequency in the word list.
_CALENDAR = frozenset(w.casefold() for w in (*calendar.month_name[1:], *calendar.day_name))


def _given_before(text: str, start: int, lower_words: set[str], titles: frozenset[str]) -> bool:
    """Whether a title (`Mr BANNISTER`) or a first name (`Elena DEMENTIEVA`) stands right
    before a use in capitals: a rare capitalised word the story uses only there (not
    `December OPEC` beside `last December`, `Saudi OPEC` beside `Saudi Arabia`)."""
    before = _CAPITAL_BEFORE_RE.search(text, max(0, start - 24), start)
    if before is None or not before.group(1)[1:].islower():
        return False
    given = before.group(1)
    key = given.casefold()
    if key in titles:
        return True
    return (
        key not in lower_words
        and key not in _CALENDAR
        and frequency(key) < LOWERED_FREQUENCY
        and _stands_once(text, given)
    )


def _stands_once(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` exactly once as a word of its own, ``\\b`` on
    either side (what ``len(re.findall(rf"\\b{word}\\b", text)) == 1`` says).

    Only the places ``str.find`` gives are tested, and the count stops at a second: a
    pattern run over the whole story for each name in capitals cost a long story's
    length each time. ``word`` (`Elena`) has its first letter as its only capital, so
    two of its places never overlap: every place is one ``findall`` would match at.
    """
    whole = re.compile(rf"\b{re.escape(word)}\b")
    found = 0
    at = text.find(word)
    while at >= 0 and found < 2:
        found += whole.match(text, at) is not None
        at = text.find(word, at + 1)
    return found == 1


def _in_running_text(p: RawMention, text: str) -> bool:
    """Whether a piece in capitals stands among words in mixed case, alone in capitals:
    not in a line in capitals, not beside another word in capitals (`BLAIR OUT`, `HENRY
    VIII`), not set off in brackets or quotation marks (`<BLAIR.L>`, `"BLAIR"`)."""
    start, end = p[0], p[1]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not any(c.islower() for c in line):
        return False
    if text[start - 1 : start] in _SET_OFF_BEFORE or text[end : end + 1] in ">)]":
        return False
    if text[end : end + 2] == "..":
        return False  # a row of a table: `BRENT.....18.89`
    before = text[line_start:start].split()
    after = text[end : line_end if line_end >= 0 else len(text)].split()
    neighbours = before[-1:] + after[:1]
    return not any(
        sum(c.isupper() for c in w) > 1 and not any(c.islower() for c in w) for w in neighbours
    )


def _written_in_capitals(doc: Document) -> bool:
    """Whether the story's running text sets many of its words in capitals
    (``_CAPS_BODY_SHARE``)."""
    text = doc.text
    paragraphs = " ".join(
        text[p.span.start : p.span.end] for p in doc.parts if p.kind is PartKind.PARAGRAPH
    )
    if _few_capitals(paragraphs):
        return False  # nearly every story: settled by counting bytes, in C
    # A story repeats its words: each distinct one is read once, and counted as often as
    # the paragraphs use it (``Counter`` counts in C).
    counts = Counter(paragraphs.split())
    words = upper = 0
    for w, n in counts.items():
        # The tests run in C (``isalpha``, ``isupper``, ``filter``), and only a word in
        # capitals is read letter by letter: an uncased letter in it is no capital, which
        # ``str.isupper`` allows (it is false whenever one letter is not a capital).
        letters = w if w.isalpha() else "".join(filter(str.isalpha, w))
        if len(letters) > 1:
            words += n
            if letters.isupper() and all(map(str.isupper, letters)):
                upper += n
    return words > 0 and upper >= _CAPS_BODY_SHARE * words


#: Bytes that may be part of a capital letter in UTF-8: A-Z, and the first byte of each
#: character outside ASCII.
_CAPITAL_BYTES = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(0xC0, 0x100))
#: For ``_few_capitals``: an ASCII letter in lower case is read as `a`, white space
#: ``str.split`` splits at as a space, any other byte as `x`.
_WORD_START_TABLE = (
    bytes(
        ord("a") if chr(b).islower() else ord(" ") if chr(b).isspace() else ord("x")
        for b in range(128)
    )
    + b"x" * 128
)


def _few_capitals(paragraphs: str) -> bool:
    """Whether ``paragraphs`` certainly set fewer than ``_CAPS_BODY_SHARE`` of their words
    in capitals, as ``_written_in_capitals`` counts them, told by counting bytes in C
    (a long story's words are not split out and counted one by one for it).

    A word in capitals has two capital letters or more, each an A-Z or a character
    outside ASCII, whose UTF-8 has one first byte of ``_CAPITAL_BYTES``: the words in
    capitals are at most half those bytes. A word (split at white space) that opens
    with two ASCII letters in lower case is a word of two letters or more: there are at
    least as many words as such openings. When the first bound falls below the share of
    the second, the share in capitals does too.
    """
    raw = paragraphs.encode("utf-8", "surrogatepass")
    capitals = len(raw) - len(raw.translate(None, _CAPITAL_BYTES))
    openings = (b" " + raw).translate(_WORD_START_TABLE).count(b" aa")
    return capitals / 2 < _CAPS_BODY_SHARE * openings


#: What makes the next word a common noun or part of a longer name, not a person's:
#: `the Ministry said`, `in the Holocaust`, `Institution of Oceanography`.
_ARTICLE_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir)\s+\Z|[A-Z][\w'’]*\s+(?:of|for|and|&)\s+\Z"
)
_CAPITAL_AFTER_RE = re.compile(r"['’]?s?\s+[A-Z]")


def _alone(m: Mention, text: str, starts: set[int]) -> bool:
    """Whether ``m`` is a last name used alone inside a sentence (`said Blair`): no first
    name, title or other capitalised word beside it (`Maritime Bulletin`, `Finance
    Ministry`, `Institution of Oceanography`), no article before it (`the Holocaust`)."""
    before = text[max(0, m.span.start - 24) : m.span.start]
    return not (
        m.partners
        or m.title
        or m.span.start in starts
        or _CAPITAL_BEFORE_RE.search(before)
        or _ARTICLE_BEFORE_RE.search(before)
        or _CAPITAL_AFTER_RE.match(text, m.span.end)
    )


def _uses_by_key(made: Iterable[Mention]) -> dict[str, list[Mention]]:
    """The mentions of ``made`` not in capitals, by key, in order: a pass asking about
    many keys reads their uses from one grouping, not from a scan of every mention for
    each key."""
    out: dict[str, list[Mention]] = {}
    for m in made:
        if not m.caps:
            out.setdefault(m.key, []).append(m)
    return out


def name_groups(
    doc: Document,
    titles: frozenset[str] = frozenset(),
    particles: frozenset[str] = frozenset(),
    renamings: frozenset[str] = frozenset(),
    written: frozenset[str] = frozenset(),
    given: frozenset[str] = frozenset(),
    legal_forms: frozenset[str] = frozenset(),
) -> list[NameGroup]:
    """Names spelled more than one way in the story (cached on the Document).

    ``titles`` and ``particles`` (case-folded) are the words that stand before names
    and inside them (`President`, `de`); ``renamings`` the cues that bring in a new
    name (`renamed`); ``written`` the cues that a quotation is copied from writing
    (`tweeted`); ``given`` the given names (`gordon`), after which a word is a surname;
    ``legal_forms`` the words that end a company's name (`inc`, `plc`).
    """
    cached = doc.cache.get(KEY)
    if cached is not None:
        return list(cached)
    # Each part's spellings read once, for the passes that read every word.
    texts = copy_texts(doc)
    raw, lower_words, sentences = raw_mentions(doc, texts)
    # What the pieces say (of hyphenated names, of each one's key, of lists of names),
    # read from the whole story once for the passes that make mentions
    # (``mentions_of``): it depends on ``raw`` alone, not on which words each pass takes
    # for ordinary ones.
    shared = StoryPieces()
    lowered = _lowered_names(doc, raw, lower_words, titles, particles, sentences, shared, texts)
    if lowered:
        # The name's capitalised uses are mentions after all: the one lower-case use is
        # its slip, not the ordinary word that would make them none.
        lower_words = lower_words - lowered.keys()
    groups: list[NameGroup] = []
    # Most stories spell no two names alike: that is settled on the keys alone, before
    # any mention is made.
    keys = _candidate_keys(raw, lower_words, doc.text)
    if len(keys) >= 2:
        close, skel = _close_pairs(keys)
        if close:
            # Only the spellings with a look-alike are grouped: only theirs are made.
            wanted = {k for pair in close for k in pair}
            spellings = _candidates(
                raw, lower_words, doc.text, titles, wanted, particles, sentences, shared
            )
            story = _Story(doc.text, sentences, _renaming_re(renamings), given=given)
            groups = _group(spellings, close, skel, doc.text, story)
    apart = _written_apart(
        raw, lower_words, doc.text, titles, particles, sentences, shared, legal_forms
    )
    apart += _split_apart(raw, lower_words, doc.text, titles, particles, sentences, shared)
    # A particle's case and joining read from the text: a particle in lower case is no
    # capitalised piece (`bin Laden`, `binLaden`), so the readings above never see it.
    covered = [m.span for pair in apart for s in pair for m in s.mentions]
    apart += [
        pair
        for pair in _particle_forms(doc, titles, particles, sentences)
        if not any(m.span.overlaps(c) for m in pair[1].mentions for c in covered)
    ]
    if lowered:
        made = _uses_by_key(
            mentions_of(
                raw, lower_words, doc.text, titles, set(lowered), particles, sentences, shared
            )
        )
        for key, slip in sorted(lowered.items()):
            named = Spelling(key, made.get(key, []))
            if named.mentions:
                apart.append((named, Spelling(key, [slip])))
    shouted = _shouted(doc, raw, lower_words, titles, particles, sentences, shared)
    if shouted:
        # The name's uses in title case against its one use in capitals.
        made = _uses_by_key(
            mentions_of(
                raw, lower_words, doc.text, titles, set(shouted), particles, sentences, shared
            )
        )
        had = {s.key for pair in apart for s in pair}
        for key, slip in sorted(shouted.items()):
            named = Spelling(key, made.get(key, []))
            if named.mentions and key not in had:
                apart.append((named, Spelling(key, [slip])))
    if apart:
        story = _Story(
            doc.text, sentences, _renaming_re(renamings), _written_re(written), given=given
        )
        taken = {s.key for g in groups for s in g.spellings}
        # A name half in capitals is no source's spelling: a quotation copied from
        # writing keeps none of it (see ``_half_lowered``).
        unquoted = replace(story, written=None)
        groups += [
            NameGroup(list(pair))
            for pair in apart
            if not taken & {s.key for s in pair}
            and (
                _shift_held(pair[0], pair[1])
                or _one_name(
                    pair[0],
                    pair[1],
                    unquoted if _half_lowered(pair[0], pair[1], doc.text) else story,
                )
            )
        ]
        groups.sort(key=lambda g: g.spellings[0].mentions[0].span.start)
    doc.cache[KEY] = groups
    return list(groups)


# -- one name written two ways in its capitals or its parts ------------------------------
#
# `Mcdonald` beside `McDonald` folds to one key, and `Vangaal` beside `Van Gaal` is one
# word against two: the letter-by-letter pairing above never sees them. Neither is a
# transliteration choice or a house style a story may mix on purpose: one capital lost
# inside a name, or its parts run together or joined another way, is a slip.

#: A name run together from two parts (`Vangaal`) this frequent in the word list is an
#: everyday word (`Everyone` beside a title-case `Every One`), no slip.
_JOINED_FREQUENCY = ORDINARY_FREQUENCY
_JOINERS = (" ", "-", "‐")
#: What follows a name inside a longer one: a capitalised word, or `and` before one
#: (`Hongkong Land`, `Hongkong and Shanghai Banking Corp`, `Transworld Corp`), on the
#: same line: a headline's last name is followed by the next paragraph's first word.
_LONGER_NAME_RE = re.compile(r"(?:[^\S\n]+(?:and|&))?[^\S\n]+([A-Z][\w'’]*)")
#: `The` set with a capital inside a sentence opens a title (`told The EastAfrican`).
_TITLE_THE_RE = re.compile(r"[^\s.!?\"“:] The \Z")


def _inner_capital(piece: str) -> bool:
    """A capital after the first letter of a word in mixed case: `McDonald`, `DeSantis`."""
    return not piece[1:].islower() and any(c.islower() for c in piece)


@dataclass
class _Written:
    """What one pass over the story's capitalised pieces finds for ``_written_apart``."""

    inner: set[str] = field(default_factory=set)  # keys written with an inner capital
    joiners: dict[str, set[str]] = field(default_factory=dict)  # `van gaal` -> {" ", "-"}
    joined: dict[str, str] = field(default_factory=dict)  # `vangaal` -> `van gaal`
    # The pairs by the first part's start -> (end, key, joiner), and by the second
    # part's start -> (start, key, joiner).
    pair_at: dict[int, tuple[int, str, str]] = field(default_factory=dict)
    pair_from_second: dict[int, tuple[int, str, str]] = field(default_factory=dict)


def _scan_written(raw: list[RawMention], text: str, gaps: list[str]) -> _Written:
    """Keys with an inner capital, and the names of two parts (each of two letters or
    more) with how their parts are joined. Where each pair stands is read later, by
    ``_place_pairs``, and only in a story that has a name written two ways."""
    # An inner capital is a matter of the spelling alone: each is read once.
    found = _Written(inner={w.casefold() for w in set(_uncapped(raw)) if _inner_capital(w)})
    for i in _joined_pairs(gaps):
        # One character between the parts, in one sentence: a space or a hyphen.
        (_start, end, piece, caps, _sent, poss), nxt = raw[i], raw[i + 1]
        if caps or nxt[3] or poss:
            continue
        if len(piece) > 1 and len(nxt[2]) > 1:
            key = f"{piece} {nxt[2]}".casefold()
            found.joiners.setdefault(key, set()).add(" " if text[end] == " " else "-")
            found.joined[key.replace(" ", "")] = key
    return found


def _joined_pairs(gaps: list[str]) -> Iterator[int]:
    """The indexes of the pieces joined to the next one, in one sentence, by one space or
    one hyphen (``StoryPieces.gaps``), picked out in C."""
    return compress(count(), map(_JOINERS.__contains__, gaps))


def _place_pairs(
    raw: list[RawMention], text: str, found: _Written, keys: set[str], gaps: list[str]
) -> None:
    """Where each name of two parts of ``keys`` stands, by its first and second part."""
    for i in _joined_pairs(gaps):
        (start, end, piece, caps, _sent, _poss), nxt = raw[i], raw[i + 1]
        if caps or nxt[3]:
            continue
        key = f"{piece} {nxt[2]}".casefold()
        if key in keys:
            joiner = " " if text[end] == " " else "-"
            found.pair_at[start] = (nxt[1], key, joiner)
            found.pair_from_second[nxt[0]] = (start, key, joiner)


#: What follows a name of two parts inside a longer one: a capitalised word only.
_LONGER_PARTS_RE = re.compile(r"[^\S\n]+([A-Z][\w'’]*)")


def _longer_name(m: Mention, text: str, run_together: bool = True) -> str:
    """The capitalised word after ``m`` that makes it part of a longer name, if any.

    `and` before a capitalised word opens a longer name only after a name run together,
    a company's own spelling (`Hongkong and Shanghai Banking`); after a name of two parts
    it joins two items of a list (`Burt Reynolds and Oscar nominee Al Pacino`), and the
    run-together slip `BurtReynolds` is still that name."""
    pattern = _LONGER_NAME_RE if run_together else _LONGER_PARTS_RE
    after = pattern.match(text, m.span.end)
    return after.group(1) if after else ""


def _same_names(
    one: Spelling, two: Spelling, text: str, legal_forms: frozenset[str] = frozenset()
) -> tuple[Spelling, Spelling]:
    """The uses of two spellings, one run together (`Vangaal`) and one of two parts, that
    name the same thing: not a title (`The EastAfrican`, a newspaper, beside `East
    African`), and not the start of a longer name the other spelling never starts
    (`Hongkong Land` beside `Hong Kong`, `Transworld Corp` beside `Trans World
    Airlines`: a company keeps its own spelling). `AbuSayyaf Group` beside `Abu Sayyaf
    Group` is one name, and so is a name run together before a legal form of ``legal_forms``
    (`ElectrospaceSystems Inc`) beside two parts that never start a longer name
    (`Electrospace Systems had`), or the other way round (`Bank America Corp` beside
    `BankAmerica said`): the legal form names no other company."""
    kept = [
        [
            m
            for m in sp.mentions
            if not _TITLE_THE_RE.search(text, max(0, m.span.start - 8), m.span.start)
        ]
        for sp in (one, two)
    ]
    whole = [_longer_name(m, text) for m in kept[0]]
    parts = [_longer_name(m, text, run_together=False) for m in kept[1]]
    # The same `and` and name after both is one list of two things, whichever spelling
    # leads it (`ArnoldFoods and Old London` beside `Arnold Foods and Old London`).
    listed = {_longer_name(m, text) for m in kept[1]}
    same = [{*parts, *listed, ""}, {*whole, ""}]
    # A legal form after either spelling (`Corp's` too), where the other starts no
    # longer name.
    legal = {n for n in (*whole, *parts) if _POSSESSIVE_RE.sub("", n).casefold() in legal_forms}
    plain = [all(n == "" or n in legal for n in ns) for ns in (whole, parts)]
    for i, ns in enumerate((whole, parts)):
        if plain[1 - i]:
            same[i] |= legal & set(ns)
    return (
        Spelling(one.key, [m for m, n in zip(kept[0], whole, strict=True) if n in same[0]]),
        Spelling(two.key, [m for m, n in zip(kept[1], parts, strict=True) if n in same[1]]),
    )


def _by_case(key: str, made: list[Mention]) -> tuple[Spelling, Spelling] | None:
    """The mentions of ``key`` with an inner capital (`McDonald`) and those without, if
    both are there."""
    forms = (Spelling(key), Spelling(key))
    for m in made:
        if m.key == key:
            forms[not _inner_capital(m.text)].mentions.append(m)
    return forms if forms[0].count and forms[1].count else None


def _capitals_moved(raw: list[RawMention]) -> set[str]:
    """Keys the story writes with an inner capital in two ways of mixed case (`McManaman`,
    `MCManaman`; `DiCaprio`, `DICaprio`): a capital the shift key added or moved inside a
    name that has one of its own. Lines in capitals are no such way (`McDONALD` in a
    headline set in capitals is read as capitals)."""
    forms: dict[str, set[str]] = {}
    for w in set(_uncapped(raw)):
        if _inner_capital(w):
            forms.setdefault(w.casefold(), set()).add(w)
    return {k for k, ws in forms.items() if len(ws) > 1}


def _by_capitals(key: str, made: list[Mention]) -> tuple[Spelling, Spelling] | None:
    """The mentions of ``key`` written as the story writes it most (`McManaman`) and those
    written with their capitals otherwise (`MCManaman`), if both are there and the second
    is one way only. Of two ways used equally often, the one used first is the name's."""
    uses: dict[str, list[Mention]] = {}
    for m in made:
        if m.key == key and _inner_capital(m.text):
            uses.setdefault(m.text, []).append(m)
    if len(uses) != 2:
        return None
    name, other = sorted(uses.values(), key=lambda ms: (-len(ms), ms[0].span.start))
    return Spelling(key, name), Spelling(key, other)


def _written_apart(
    raw: list[RawMention],
    lower_words: set[str],
    text: str,
    titles: frozenset[str],
    particles: frozenset[str],
    sentences: list[tuple[int, int]],
    shared: StoryPieces | None = None,
    legal_forms: frozenset[str] = frozenset(),
) -> list[tuple[Spelling, Spelling]]:
    """Pairs of spellings of one name that differ in no letter but in case or parts.

    * `Mcdonald` beside `McDonald`: a capital inside the name lost (or added). Lines in
      capitals say nothing of it and are left out.
    * `Vangaal` beside `Van Gaal`, `AlQaeda` beside `Al-Qaeda`: two parts of a name run
      together, when the whole is no everyday word.
    * `Al Qaeda` beside `Al-Qaeda`: the same two parts joined by a space and by a hyphen.

    One pass over the story's capitalised pieces settles whether any is there; only
    then are mentions made. The spelling of two parts is made from the first part's
    mention, so the first name or title before it counts (`Louis Van Gaal`).
    """
    shared = shared or StoryPieces()
    gaps = shared.gaps(raw, text)
    found = _scan_written(raw, text, gaps)
    run_together: set[str] = set()
    cased: set[str] = set()
    # Only the pieces of a key run together or written with an inner capital are read,
    # found in C (``StoryPieces.keys``).
    keys = shared.keys(raw)
    sought = found.joined.keys() | found.inner
    for i in compress(range(len(raw)), map(sought.__contains__, keys)):
        _start, end, piece, caps, _sent, _poss = raw[i]
        key = keys[i]
        if caps or not is_mention(piece, end, key, lower_words, text):
            continue
        if key in found.joined and frequency(key) < _JOINED_FREQUENCY:
            run_together.add(key)
        if key in found.inner and not _inner_capital(piece):
            cased.add(key)
    # A title and another are no name: `Vice President` beside `Vice-President`,
    # `Secretary General`. A title before a name is part of it (`Saint-Etienne`).
    mixed = {
        k
        for k, joiners in found.joiners.items()
        if len(joiners) > 1 and not all(w in titles for w in k.split(" "))
    }
    run_together = {
        k for k in run_together if not any(w in titles for w in found.joined[k].split(" "))
    }
    moved = _capitals_moved(raw)
    if not (mixed or run_together or cased or moved):
        return []
    two_parts = mixed | {found.joined[k] for k in run_together}
    _place_pairs(raw, text, found, two_parts, gaps)
    wanted = {w for p in two_parts for w in p.split(" ")} | run_together | cased | moved
    made = [
        m
        for m in mentions_of(raw, lower_words, text, titles, wanted, particles, sentences, shared)
        if not m.caps
    ]
    out = [p for p in (_by_case(k, made) for k in sorted(cased)) if p is not None]
    out += [p for p in (_by_capitals(k, made) for k in sorted(moved - cased)) if p is not None]
    by_pair = _two_part_spellings(made, found, two_parts, text)
    for key in sorted(run_together):
        whole = Spelling(key, [m for m in made if m.key == key])
        for _joiner, parts in sorted(by_pair.get(found.joined[key], {}).items()):
            one, two = _same_names(whole, parts, text, legal_forms)
            if one.mentions and two.mentions:
                out.append((two, one))
    for key in sorted(mixed):
        forms2 = by_pair.get(key, {})
        if len(forms2) == 2:
            out.append((forms2[" "], forms2["-"]))
    return out


#: A particle before a capitalised name, joined by a space, a hyphen or nothing (`de
#: Gea`, `al-Qaeda`, `binLaden`), the particle in any case; made per particles pack.
_PARTICLE_FORM = r"(?=[{firsts}])(?<![\w'’.-])({particles})([ \-‐]?)([A-Z][^\W\d_]+)(?![\w'’-])"
#: How many letters the name after a particle has at least: `Al Gore` is no `al-Gore`.
_PARTICLE_NAME_MIN = 3


@lru_cache(maxsize=8)
def _particle_form_re(particles: frozenset[str]) -> re.Pattern[str]:
    """The particles in any case, each letter a class of its two cases, and a look-ahead
    at their first letters: the regex engine then skips the text between candidates in C
    rather than trying the look-behind at every character (0.22 -> 0.13 s on 4 MB)."""
    alternatives = "|".join(
        "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in p)
        for p in sorted(particles, key=lambda p: (-len(p), p))
    )
    firsts = "".join(sorted({c for p in particles if p for c in (p[0].lower(), p[0].upper())}))
    return re.compile(_PARTICLE_FORM.format(firsts=re.escape(firsts), particles=alternatives))


def _particle_forms(
    doc: Document,
    titles: frozenset[str],
    particles: frozenset[str],
    sentences: list[tuple[int, int]],
) -> list[tuple[Spelling, Spelling]]:
    """Pairs of spellings of a name after a particle (`de`, `al`, `bin`, `van`) that
    differ in the particle's capital or in how it is joined: `de Gea` beside `De Gea`
    inside sentences, `al Qaeda` beside `al-Qaeda`, `binLaden` beside `bin Laden`. The
    story's most used form is the name; each other form is a slip of it, but a particle's
    case used as often as the name's form is left alone (families write it either way).

    Read in paragraphs only (a headline in title case capitalises every particle). A
    particle with its capital at a sentence's start says nothing of its case (`De Gea
    said`), and one in capitals nothing at all. Nor does the Dutch and Belgian
    convention: the particle in lower case after a first name, with its capital
    without one (`Theo van Gogh`, `Mr Van Gogh`), when the story keeps to it.
    """
    if not particles:
        return []
    text = doc.text
    starts = {start for start, _end in sentences}
    opens = [lo for lo, _hi in sentences]
    uses: dict[str, dict[tuple[bool, str], list[Mention]]] = {}
    given: dict[str, dict[bool, set[bool]]] = {}
    no_names = particles | titles  # words before a particle that are no first name
    for m in _particle_form_re(particles).finditer(text):
        particle, joiner, name = m.groups()
        if len(name) < _PARTICLE_NAME_MIN or name.isupper() or particle[1:].isupper():
            continue  # `YMCA`, `DE GEA`: capitals, no particle's case
        part = doc.part_at(m.start())
        if part is None or part.kind is not PartKind.PARAGRAPH:
            continue
        upper = particle[0].isupper()
        opening = m.start() in starts or _OPENING_RE.search(text, max(0, m.start() - 8), m.start())
        if upper and opening:
            continue
        key = f"{particle.casefold()} {name.casefold()}"
        mention = Mention(
            Span(m.start(), m.end()),
            m.group(),
            key,
            False,
            _sentence_of(sentences, opens, m.start()),
        )
        uses.setdefault(key, {}).setdefault((upper, joiner), []).append(mention)
        first = _NAME_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        named = first is not None and first.group(1).casefold() not in no_names
        given.setdefault(key, {}).setdefault(upper, set()).add(named)
    out: list[tuple[Spelling, Spelling]] = []
    for key, forms in sorted(uses.items()):
        if len(forms) < 2:
            continue
        cases = given[key]
        if (
            len({j for _u, j in forms}) == 1
            and cases.get(False) == {True}
            and cases.get(True) == {False}
        ):
            continue  # `Theo van Gogh`, `Mr Van Gogh`: the Dutch convention, kept
        ranked = sorted(forms.items(), key=lambda f: (-len(f[1]), f[1][0].span.start))
        (_upper, joiner), settled = ranked[0]
        name = Spelling(key, settled)
        for (_other_upper, other_joiner), ms in ranked[1:]:
            if other_joiner == joiner and len(ms) >= len(settled):
                # The particle's case only, as often each way (`Arjan De Zeeuw`, `Arjan de
                # Zeeuw`): families write it either way, and nothing says which is this
                # one's. A particle run into the name or joined otherwise is a slip.
                continue
            out.append((name, Spelling(key, ms)))
    return out


#: A name broken in two has at least this many letters (`Gaz-prom`, `Singa pore`).
_SPLIT_MIN = 6
#: A space or hyphen and a part in lower case after a capitalised piece: `Gaz|-prom`.
_LOWER_TAIL_RE = re.compile(r"[ \-‐]([^\W\d_A-Z][^\W\d_]*)(?![\w\-‐])")


def _split_apart(
    raw: list[RawMention],
    lower_words: set[str],
    text: str,
    titles: frozenset[str],
    particles: frozenset[str],
    sentences: list[tuple[int, int]],
    shared: StoryPieces | None = None,
) -> list[tuple[Spelling, Spelling]]:
    """Pairs of a name the story writes as one word and the same name broken in two by a
    space or a hyphen, its second part in lower case (`Gazprom` beside `Gaz-prom`,
    `Singapore` beside `Singa pore`): the first part a fragment the story uses nowhere
    else. Two capitalised parts (`Van Gaal` beside `Vangaal`) are
    ``_written_apart``'s, with its exceptions (`Hongkong Land`)."""
    # The keys of the pieces not in capitals, each spelling folded once (``StoryPieces``).
    folded = (shared or StoryPieces()).keys(raw)
    uses = Counter(compress(folded, map(not_, map(_CAPS, raw))))
    # The first part is a piece whose key the story uses once (the test below): only
    # those pieces are read, picked out in C.
    once = {key for key, n in uses.items() if n == 1}
    found: list[tuple[int, int, str, int]] = []  # start, end, the whole's key, sentence
    for start, end, piece, caps, sentence, poss in compress(raw, map(once.__contains__, folded)):
        if caps or poss or text[end : end + 1] not in _JOINERS:
            continue
        tail = _LOWER_TAIL_RE.match(text, end)
        if tail is None:
            continue
        key = (piece + tail.group(1)).casefold()
        # The first part a fragment used only here, the second no function word
        # (`Azerbaijan is` beside `Azerbaijanis`).
        if (
            key in uses
            and uses[piece.casefold()] == 1
            and tail.group(1).casefold() not in STOPWORDS
            and key not in lower_words
            and len(ascii_key(key)) >= _SPLIT_MIN
        ):
            found.append((start, tail.end(), key, sentence))
    if not found:
        return []
    keys = {key for _s, _e, key, _n in found}
    made = _uses_by_key(
        mentions_of(raw, lower_words, text, titles, keys, particles, sentences, shared)
    )
    out: list[tuple[Spelling, Spelling]] = []
    for start, end, key, sentence in found:
        # A list of its own for each: two breaks of one name are two pairs.
        named = Spelling(key, list(made.get(key, ())))
        if named.mentions:
            written = text[start:end]
            slip = Mention(Span(start, end), written, written.casefold(), False, sentence)
            out.append((named, Spelling(slip.key, [slip])))
    return out


def _two_part_spellings(
    made: list[Mention], found: _Written, two_parts: set[str], text: str
) -> dict[str, dict[str, Spelling]]:
    """The names of two parts, each as one mention, by key and joiner.

    Made from the first part's mention, so that the first name or title before it counts
    (`Louis Van Gaal`); from the second's when the first is a word the story also writes
    in lower case (`New York`: `new` is no mention).
    """
    by_pair: dict[str, dict[str, Spelling]] = {}
    firsts: set[int] = set()
    for m in made:
        at = found.pair_at.get(m.span.start)
        if at is not None and at[1] in two_parts:
            end, key, joiner = at
            firsts.add(m.span.start)
            whole = replace(
                m, span=Span(m.span.start, end), text=text[m.span.start : end], after=()
            )
        else:
            back = found.pair_from_second.get(m.span.start)
            if back is None or back[1] not in two_parts or back[0] in firsts:
                continue
            start, key, joiner = back
            whole = replace(
                m,
                span=Span(start, m.span.end),
                text=text[start : m.span.end],
                partners=(),
                title="",
                after=(),
                reference=None,
            )
        by_pair.setdefault(key, {}).setdefault(joiner, Spelling(key)).mentions.append(whole)
    return by_pair


@lru_cache(maxsize=8)
def _written_re(cues: frozenset[str]) -> re.Pattern[str] | None:
    """A cue of ``cues`` (`tweeted`, `on Twitter`) with no end of sentence or quotation
    mark after it, up to the end of the text it is searched in."""
    if not cues:
        return None
    # Longest first, in a fixed order (see ``_renaming_re``).
    words = sorted((re.escape(c) for c in cues), key=lambda w: (-len(w), w))
    return re.compile(rf"\b(?:{'|'.join(words)})\b[^.!?\"“”\n]*\Z", re.IGNORECASE)


#: How far before a quotation's opening mark its cue is looked for.
_QUOTE_CUE_REACH = 80


def _quote_opened(text: str, at: int) -> int | None:
    """Where the quotation ``at`` stands in opens, in its paragraph (None: in none)."""
    opened = None
    for i in range(text.rfind("\n", 0, at) + 1, at):
        c = text[i]
        if c == "“":
            opened = i
        elif c == "”":
            opened = None
        elif c == '"':
            opened = i if opened is None else None
    return opened


def _in_written_quote(m: Mention, story: _Story) -> bool:
    """Whether ``m`` stands in a quotation the story says is copied from writing: `said
    on Twitter "Youtube-dl is ..."`."""
    if story.written is None:
        return False
    opened = _quote_opened(story.text, m.span.start)
    return opened is not None and bool(
        story.written.search(story.text, max(0, opened - _QUOTE_CUE_REACH), opened)
    )


def _quoted_apart(a: Spelling, b: Spelling, story: _Story) -> bool:
    """One spelling only in quotations copied from writing (a tweet, a statement), the
    other only outside them: the quotation keeps its source's capitals and parts
    (`Github` in a quoted tweet, `GitHub` in the story's own text)."""
    return _only_one_side(a, b, lambda m: _in_written_quote(m, story))


def _one_name(a: Spelling, b: Spelling, story: _Story) -> bool:
    """Whether nothing the story says makes two spellings of ``_written_apart`` two
    people or things: the cues of ``_different_things`` (different first or last names
    beside each, a first name or a company's against a last name, items of lists of
    names, a second introduction, a new name given, a gloss, another language), or
    whether the story quotes one from writing (see ``_quoted_apart``)."""
    if _told_apart(a, b, story) or _quoted_apart(a, b, story):
        return False
    if any(m.listed for m in a.mentions) and any(m.listed for m in b.mentions):
        return False
    if _apart(_given(a), _given(b), {}) or _apart(_last(a), _last(b), {}):
        return False
    if _first_against_last(a, b):
        return False  # `Macdonald Hotels` beside `Ian MacDonald`
    return not (_introduced_again(a, b) or _introduced_again(b, a))


#: A name's first two letters in capitals, the rest in lower case: `HOward`, `KOrean`.
_SHIFT_HELD_RE = re.compile(r"[^\W\d_a-z]{2}[^\W\d_A-Z]{2,}")


def shift_held(written: str) -> bool:
    """Whether ``written`` is a name typed with the shift key held a letter too long
    (`HOward`, `KOrean`): no name, person's or firm's, is spelled so (`McDonald` has a
    capital inside, `MPs` and `UFOs` are acronyms in the plural)."""
    return _SHIFT_HELD_RE.fullmatch(written) is not None


def _half_lowered(named: Spelling, slip: Spelling, text: str) -> bool:
    """Whether ``slip`` (of ``_lowered_names``) is a rare word in lower case after the
    capitalised word that stands before a capitalised use of ``named`` too (`Kamala
    harris` beside `Kamala Harris`): one name half in capitals, which no writer, quoted
    or not, means. A common word may be a longer name's own in a house style (`the
    European parliament`), and stays with ``_one_name``'s reading."""
    if named.key != slip.key or slip.count != 1 or _ordinary(slip.key):
        return False
    m = slip.mentions[0]
    if not m.text.islower():
        return False
    before = _NAME_BEFORE_RE.search(text, max(0, m.span.start - 40), m.span.start)
    return (
        before is not None
        and before.group(1).casefold() not in STOPWORDS
        and _same_word_before(named.mentions, before.group(1), text)
    )


def _shift_held(a: Spelling, b: Spelling) -> bool:
    """Whether one of two spellings of one key (``_written_apart``) is only ever written
    with the shift key held (`HOward`) and the other in title case (`Howard`): a slip
    whoever the name is, so what tells two people or things apart (different first names
    beside each, a quotation copied from writing) does not apply."""
    if a.key != b.key:
        return False
    held = [all(shift_held(m.text) for m in s.mentions) for s in (a, b)]
    title = [all(m.text[1:].islower() for m in s.mentions) for s in (a, b)]
    return (held[0] and title[1]) or (held[1] and title[0])


def _close_pairs(keys: list[str]) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Pairs of the sorted ``keys`` at most one edit apart, as skeletons or as written
    (`Reaan` is one letter from `Reagan`, but its skeleton folds the `aa`), and the
    skeletons."""
    skel = {k: skeleton(k) for k in keys}
    rank = {k: i for i, k in enumerate(keys)}
    found = _one_edit_pairs(skel, rank) | _one_edit_pairs({k: ascii_key(k) for k in keys}, rank)
    # In the order of the keys, the shorter (or, at one length, the earlier) first.
    close = sorted(
        {
            (a, b) if (len(skel[a]), rank[a]) <= (len(skel[b]), rank[b]) else (b, a)
            for a, b in found
        },
        key=lambda p: (rank[p[0]], len(skel[p[1]]) - len(skel[p[0]]), rank[p[1]]),
    )
    return close, skel


def _one_edit_pairs(forms: dict[str, str], rank: dict[str, int]) -> set[tuple[str, str]]:
    """Pairs of keys whose ``forms`` are at most one edit apart.

    Two strings one edit apart (a changed, dropped, added or swapped letter) share a
    string made by deleting at most one letter from each: the keys are indexed by those
    deletion neighbourhoods, and only keys that share one are compared. The work grows
    with the number of names times their length, not with its square.
    """
    from wirelint.analysis.edits import one_edit_apart

    # Most deletions belong to one key alone: a bucket (a list) is made only for a
    # deletion that a second key shares, beginning with the key that had it first.
    first: dict[str, str] = {}
    shared: dict[str, list[str]] = {}
    for k, s in forms.items():
        for d in {s, *(s[:i] + s[i + 1 :] for i in range(len(s)))}:
            had = first.setdefault(d, k)
            if had != k:
                shared.setdefault(d, [had]).append(k)
    found: set[tuple[str, str]] = set()
    for bucket in shared.values():
        for i, k in enumerate(bucket):
            for m in bucket[i + 1 :]:
                a, b = (k, m) if rank[k] < rank[m] else (m, k)
                if (a, b) in found or abs(len(forms[a]) - len(forms[b])) > 1:
                    continue
                if one_edit_apart(forms[a], forms[b]):
                    found.add((a, b))
    return found


#: How far either side of a mention a table row is looked for.
_TABLE_REACH = 40


def _table_entry(sp: Spelling, text: str) -> bool:
    """A spelling used once among more digits than letters: a heading of a table of
    figures, abbreviated to fit (`Start Stcks 0.76 0.76`, `Amarlo/ Lubbck 1.84`)."""
    if sp.count != 1:
        return False
    m = sp.mentions[0]
    around = text[max(0, m.span.start - _TABLE_REACH) : m.span.end + _TABLE_REACH]
    # Counted in C: asked of every spelling used once, a long story's thousands.
    return sum(map(str.isdigit, around)) > sum(map(str.isalpha, around))


def _group(
    spellings: dict[str, Spelling],
    close: list[tuple[str, str]],
    skel: dict[str, str],
    text: str,
    story: _Story | None = None,
) -> list[NameGroup]:
    """The names among ``spellings`` spelled more than one way, from their ``close`` pairs.

    ``story`` adds what the story says beyond the mentions (see ``_told_apart``).
    """
    if story is None:
        story = _Story(text, [], None)
    # Ordinary English words (`Monday`, `General`) are no names, unless a name beside
    # both says they are one (`Charles Clark`, `Charles Clarke`).
    ordinary = {k for pair in close for k in pair if frequency(k) >= ORDINARY_FREQUENCY}
    # An everyday word the story writes after a given name is a surname there (`Gordon
    # Brown`, `Stuart Rose`): a form of it no word list holds (`Bron`, `Brówn`) is that
    # name's slip, to be read like any other name's.
    surnames = {k for k in ordinary if _after_a_given_name(spellings[k], story.given)}
    asc = {k: ascii_key(k) for pair in close for k in pair}
    # Asked once per spelling, not once per pair it is in.
    table = {k for k in asc if _table_entry(spellings[k], text)}
    pairs = []
    for a, b in close:
        if a in table or b in table:
            continue
        if min(len(asc[a]), len(asc[b])) < MIN_LENGTH - 1:
            # Three letters: too short for the readings below (`Kim`, `Kin`; `Fed`, `Feb`).
            if _short_name_respelled(spellings[a], spellings[b], asc, text, story.given):
                pairs.append((a, b))
            continue
        alike = _alike(spellings[a], spellings[b])
        if (
            (
                (
                    alike == 2
                    and not ((a in ordinary and frequency(b)) or (b in ordinary and frequency(a)))
                )
                or (a not in ordinary and b not in ordinary)
                or (a in surnames and b not in ordinary and not is_word(b))
                or (b in surnames and a not in ordinary and not is_word(a))
            )
            and _pair_ok(spellings[a], spellings[b], skel, asc, alike, text, story.given)
            and not _established(spellings[a], spellings[b], asc, alike)
        ) or (
            _unseen_slip(spellings[a], spellings[b], asc, text)
            or _tied_slip(spellings[a], spellings[b], asc, alike)
            or _titled_slip(spellings[a], spellings[b], asc)
            or _word_slip(spellings[a], spellings[b], asc, story)
        ):
            pairs.append((a, b))
    if not pairs:
        return []
    related: dict[str, set[str]] = {}
    for a, b in pairs:
        related.setdefault(a, set()).add(b)
        related.setdefault(b, set()).add(a)
    linked: dict[str, set[str]] = {}
    for a, b in pairs:
        if not _different_things(spellings[a], spellings[b], related, story):
            linked.setdefault(a, set()).add(b)
            linked.setdefault(b, set()).add(a)
    # Each spelling goes with its most used variant; a group is a spelling and the
    # variants directly related to it (Costain, Costan), never a chain (Costan, Coscan).
    out: list[NameGroup] = []
    done: set[str] = set()
    # Most used first; on a tie an English word (`Reagan`) before a non-word (`Reaagn`),
    # then the spelling used first.
    order = sorted(
        linked,
        key=lambda k: (
            -spellings[k].count,
            frequency(k) == 0,
            spellings[k].mentions[0].span.start,
        ),
    )
    for k in order:
        if k in done:
            continue
        members = [spellings[k]] + [
            spellings[v] for v in sorted(linked[k], key=order.index) if v not in done
        ]
        if len(members) < 2:
            continue
        done.update(m.key for m in members)
        out.append(NameGroup(members))
    out.sort(key=lambda g: g.spellings[0].mentions[0].span.start)
    return out


def with_case(model: str, spelling: str) -> str:
    """``spelling`` in the case of ``model``: `BACHMUT` + `Bakhmut` -> `BAKHMUT`."""
    letters = [c for c in model if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return spelling.upper()
    if model[:1].isupper() and spelling[:1].islower():
        return spelling[:1].upper() + spelling[1:]
    return spelling


# -- which spelling the story supports (where WL101 reports) --------------------------------

_MARKED_LETTER_RE = re.compile(r"[^\x00-\x7f\W\d_]")
_LETTERS_RE = re.compile(r"[^\W\d_]*")
_LETTERS_BEFORE_RE = re.compile(r"[^\W\d_]*\Z")
#: How far back a word holding a marked letter is looked for: longer runs are no names.
_WORD_REACH = 64


@lru_cache(maxsize=1)
def _marked_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` that hold a letter outside ASCII (`Müller`, `São`).

    Found from the marked letters outward, not by a word pattern tried at every place
    of the story: English copy has few of them, and a 10 MB story is read once, in C.
    """
    words: list[str] = []
    end = 0
    for found in _MARKED_LETTER_RE.finditer(text):
        at = found.start()
        if at < end:
            continue  # a second marked letter of the word just taken
        before = _LETTERS_BEFORE_RE.search(text, max(0, at - _WORD_REACH), at)
        start = before.start() if before else at
        after = _LETTERS_RE.match(text, at)
        end = after.end() if after else at + 1
        words.append(text[start:end])
    return tuple(words)


def _marks_elsewhere(text: str, keys: set[str]) -> bool:
    """Whether the story writes diacritics in names other than ``keys``: its habit."""
    if text.isascii():
        return False
    return any(
        w[:1].isupper() and w.casefold() not in keys and all(ord(c) < 0x250 for c in w)
        for w in _marked_words(text)
    )


#: Why ``best_supported`` chose: the word list may say where a slip is, never which
#: spelling to use (`Preston` is a listed word, `Robert Peston` a man).
MAJORITY, HABIT, LISTED, WHOLE, RUNNING_TEXT, CAPITAL = (
    "majority",
    "diacritics habit",
    "word list",
    "whole",
    "running text",
    "capital",
)
#: Of one name written in title case and once in capitals in running text (see
#: ``_shouted``), the one in title case.
TITLE_CASE = "title case"
#: Of one name written in title case and with its second letter in capitals too (see
#: ``_shift_held``), the one in title case.
SHIFT_HELD = "shift held"
#: Of one name written as one word and broken in two, its second part in lower case
#: (see ``_split_apart``), the one word.
ONE_WORD = "one word"
#: A part in lower case after a space or a hyphen: a name broken in two (`Gaz-prom`).
_BROKEN_RE = re.compile(r"[ \-‐][^\W\d_A-Z]")


def _transliterated(pool: list[Spelling]) -> bool:
    """Spellings of one skeleton that differ in more than a doubled letter (`BACHMUT`,
    `Bakhmut`; not `SUBROTO`, `Subrotto`)."""
    undoubled = {_DOUBLE_RE.sub(r"\1", ascii_key(s.key)) for s in pool}
    return len({skeleton(s.key) for s in pool}) == 1 and len(undoubled) > 1


def _last_key_held(short: Spelling, long: Spelling) -> bool:
    """``long`` is ``short`` with its last letter typed twice, and the word list knows
    ``short`` and has never seen ``long`` (`Japann` beside `Japan`, `Pfizerr` beside
    `Pfizer`): a key held down, not a letter lost from the longer. `Schmit` beside
    `Schmitt`, neither listed, stays a lost letter."""
    ks, kl = ascii_key(short.key), ascii_key(long.key)
    return kl[-1:] == kl[-2:-1] == ks[-1:] and frequency(short.key) > 0 and frequency(long.key) == 0


def best_supported(spellings: list[Spelling], text: str) -> tuple[Spelling | None, str]:
    """The spelling the story supports best, the others being its slips, and why; None if
    nothing tells them apart.

    In this order: the majority; of one name set with its capital and in lower case
    (`Greenspan`, `greenspan`), the one with its capital; of spellings that differ only
    in diacritics, the one that follows the story's habit (diacritics in its other names kept or not); the one
    the word list has seen, when the other is in no list (a slip seldom makes a known
    name: `Toyko` beside `Tokyo`); the whole over the one that lost its last letter
    (`Berluscon`: words are cut short, seldom lengthened); running text over a line in
    capitals that transliterates a name another way (a headline in capitals is
    rewritten by another hand: `BACHMUT`), not over one with a typing slip in either
    (`SUBROTO`, `Subrotto`: the slip may be in either). Nothing else tells: how usual a
    spelling's letters look misleads, since a writer's slip in a foreign name tends
    towards English letters (`McIlory` for `McIlroy`, `Socieded` for `Sociedad`).
    """
    most = max(s.count for s in spellings)
    pool = [s for s in spellings if s.count == most]
    if len(pool) == 1:
        return pool[0], MAJORITY
    capital = [s for s in pool if s.written[:1].isupper()]
    if len(capital) == 1 and len({s.key for s in pool}) == 1:
        return capital[0], CAPITAL  # `Mr Greenspan` once, `Mr greenspan` once
    if len(pool) == 2 and _shift_held(pool[0], pool[1]):
        return next(s for s in pool if not shift_held(s.written)), SHIFT_HELD  # `HOward`
    if len({s.key for s in pool}) == 1:
        mixed = [s for s in pool if not s.caps_only]
        if len(mixed) == 1:
            return mixed[0], TITLE_CASE  # `told Reuters` once, `told REUTERS` once
    if len(pool) == 2 and len({ascii_key(s.key) for s in pool}) == 1:
        whole = [s for s in pool if not _BROKEN_RE.search(s.written)]
        if len(whole) == 1:
            return whole[0], ONE_WORD  # `Gazprom` once, `Gaz-prom` once (``_split_apart``)
    if len({ascii_key(s.key) for s in pool}) == 1:
        marked = _marks_elsewhere(text, {s.key for s in spellings})
        kept = [s for s in pool if s.key.isascii() != marked]
        if len(kept) == 1:
            return kept[0], HABIT
    if len(pool) == 2:
        # Before the word list: a lost letter leaves fragments the list holds (`Sene`).
        short, long = sorted(pool, key=lambda s: len(ascii_key(s.key)))
        ks, kl = ascii_key(short.key), ascii_key(long.key)
        # Not a letter more for the same sound (`Tonyy`, `Tony`): that is no cut.
        if (
            len(kl) == len(ks) + 1
            and kl.startswith(ks)
            and not _sounded(ks, kl)
            and not _last_key_held(short, long)
        ):
            return long, WHOLE
    known = [s for s in pool if frequency(s.key) > 0]
    if len(known) == 1:
        return known[0], LISTED
    prose = [s for s in pool if not s.caps_only]
    if len(prose) == 1 and _transliterated(pool):
        # A transliteration of the running text's (`BACHMUT`, `Bakhmut`). A typing
        # slip is as likely in the body as in the headline: both are reported.
        return prose[0], RUNNING_TEXT
    return None, ""
