"""Words and their forms, shared by the name, brand and heading rules.

* the English word list (pyspellchecker's frequency table, lemminflect's lexicon) to
  tell a common word from a name;
* normal forms: case and possessive dropped (``norm``), US/UK spelling folded
  (``fold_spelling``), a crude stem (``stem``), and the content stems of a passage;
* one edit distance for near-miss spellings (optimal string alignment).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from wirelint.analysis.lexicon import frequency
from wirelint.document.model import Token, TokenShape

# Enum members looked up once: `TokenShape.NUMBER` in a loop costs a lookup per token.
_NUMBER = TokenShape.NUMBER

# -- the English word list ------------------------------------------------------------

COMMON_FREQUENCY = 1000


def is_common_word(word: str, threshold: int = COMMON_FREQUENCY) -> bool:
    return frequency(word) >= threshold


@lru_cache(maxsize=4096)
def is_dictionary_word(word: str) -> bool:
    """Whether ``word`` is an English common word (noun, verb, adjective ...), not a name.

    lemminflect's lexicon lists English words with their parts of speech and leaves out
    proper names: `portal`, `outlet`, `media` are in it, `london`, `reuters`, `gdansk` are
    not. Places that are also words (`china`, `turkey`) are told apart by the story itself
    (see ``names_in_story``).
    """
    from wirelint.analysis.inflection import lemminflect

    return bool(lemminflect().getAllLemmas(word.lower()))


# -- small text helpers ---------------------------------------------------------------

STOPWORDS = frozenset(
    """a an the and or but of in on at to for from by with without as is are was were be been
    being has have had do does did will would shall should can could may might must not no nor
    it its it's this that these those there their they them he she his her him we our us you
    your i me my mine who whom whose which what when where why how than then so too very also
    just over under into onto about after before during since until while up down out off
    again more most some any all each both few other such own same only new says said say
    amid against among between through per via vs v""".split()  # noqa: SIM905
)


def is_all_caps(text: str) -> bool:
    """Whether ``text`` has no lower-case letter (a heading set in capitals says nothing by case)."""
    return not any(c.islower() for c in text)


def norm(word: str) -> str:
    """Lower case, curly apostrophes straightened, possessive dropped."""
    w = word.lower()
    if "’" in w:
        w = w.replace("’", "'")
    elif "'" not in w:
        return w  # the common case: no apostrophe, no possessive
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    return w


_UK_US = (
    ("isation", "ization"),
    ("ise", "ize"),
    ("yse", "yze"),
    ("our", "or"),
    ("ence", "ense"),
    ("tre", "ter"),
    ("ogue", "og"),
)
_UK_ENDINGS = tuple(uk for uk, _ in _UK_US)


def fold_spelling(word: str) -> str:
    """One form for US and UK spellings of a word: defence/defense, organise/organize."""
    w = norm(word)
    if not w.endswith(_UK_ENDINGS):
        return w  # most words: one test instead of seven
    for uk, us in _UK_US:
        if w.endswith(uk) and len(w) > len(uk) + 2:
            return w[: -len(uk)] + us
    return w


def stem(word: str) -> str:
    """A crude stem for context overlap: killed/kills/killing -> kill."""
    w = norm(word)
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


# A token's normal form and that form with its spelling folded, by spelling. A plain dict,
# read with ``.get`` before any call: the corpus has more spellings than an LRU cache of
# a sensible size holds, and stories share their common words. Bounded for a server.
_FORMS: dict[str, tuple[str, str]] = {}
_MAX_FORMS = 50_000


def _word_forms(word: str) -> tuple[str, str]:
    w = norm(word)
    forms = (w, fold_spelling(w))
    if len(_FORMS) < _MAX_FORMS:
        _FORMS[word] = forms
    return forms


@lru_cache(maxsize=32768)
def _content_stem(word: str) -> str | None:
    """The stem of a content word, None for a stop word (a story repeats its words)."""
    return None if norm(word) in STOPWORDS else stem(word)


def content_stems(tokens: Iterable[Token]) -> set[str]:
    stems = {_content_stem(t.text) for t in tokens if t.shape is not _NUMBER}
    return {s for s in stems if s is not None}


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Edits between ``a`` and ``b``, ``limit + 1`` when more than ``limit``.

    Optimal string alignment: a swap of two neighbours (Ocsar/Oscar) counts as one edit.
    """
    from wirelint.analysis.edits import osa_distance

    return osa_distance(a, b, limit)
