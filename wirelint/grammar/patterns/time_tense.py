"""time-tense: a future with a time adverbial that fixes the past.

``Yesterday the minister will say``, ``Two years ago, the firm will cut``, ``will announce
yesterday``: a past adverbial (the pack's ``time-past`` words, ``last`` with a period from
``time-periods``) that opens its clause with ``will`` and a verb a few words on, or that
follows a ``will`` and its verb straight after them or after a short object. Only the
future is read here (the present has too many timeless uses for word patterns); a clause
reported between them (``said yesterday it will``) passes, as does ``would``.

Flags:
    Yesterday the minister will say that prices would rise.
    Two years ago the firm will cut 500 jobs.
    The minister will announce the plan yesterday.

Passes:
    The minister said yesterday it will raise prices.
    Last year the firm said it would cut 500 jobs.
    Last month the EU said it will start monitoring imports.
    Next week the board will meet to approve the deal.
    The company's results for last year will be published on Monday.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE,
    CD,
    CONJ,
    DET,
    DO,
    HAVE,
    JJ,
    MODAL,
    NNP,
    NOUN,
    POS,
    PRONOUN,
    SUB,
    VB,
    VBD,
    VBZ,
)
from wirelint.grammar.patterns.base import Family, Finding, Grammar
from wirelint.grammar.tagging import Tagged

#: Words between a clause-opening adverbial and its will: a subject of up to four words.
_SUBJECT_SPAN = 5
#: What the words of a subject may be.
_SUBJECT = NOUN | DET | JJ | PRONOUN | NNP | CD | POS
#: A word that may be a finite verb ends the subject (Last month the EU said it will).
_FINITE = VBD | VBZ | MODAL | BE | HAVE | DO
#: Words between a verb after will and the adverbial: a short object.
_OBJECT_SPAN = 3


def _words(sc: Grammar, key: str) -> frozenset[str]:
    return sc.lex.words.get(key, frozenset())


def _past_adverbial(sc: Grammar, s: Tagged, i: int) -> tuple[int, int] | None:
    """(first, last) token of a past time adverbial ending at token i."""
    w = s.words[i]
    if w in _words(sc, "time-past") and w != "ago":
        return i, i
    if w == "ago" and i > 1 and s.joined[i - 1] and s.joined[i - 2]:
        return i - 2, i  # two years ago
    if (
        w in _words(sc, "time-periods")
        and i > 0
        and s.joined[i - 1]
        and s.words[i - 1] in _words(sc, "time-last")
    ):
        return i - 1, i
    return None


def _will_verb(sc: Grammar, s: Tagged, m: int) -> int | None:
    """The verb after a future modal at token m (past inner adverbs), or None."""
    if s.words[m] not in _words(sc, "future-modals"):
        return None
    k = m + 1
    while k < len(s.words) and s.joined[k - 1] and s.tags[k] & ADV_IN and s.words[k] != "be":
        k += 1
    if k < len(s.words) and s.joined[k - 1] and s.tags[k] & VB and not s.tags[k] & NNP:
        return k
    return None


def _trigger(sc: Grammar, s: Tagged, i: int) -> bool:
    return s.words[i] in _words(sc, "future-modals")


def _opens_clause(s: Tagged, a: int) -> bool:
    return a == 0 or not s.joined[a - 1] or bool(s.tags[a - 1] & (CONJ | SUB))


def _check(sc: Grammar, s: Tagged, m: int) -> Finding | None:
    v = _will_verb(sc, s, m)
    if v is None:
        return None
    # Yesterday(,) the minister will say: a subject of nouns back to a past adverbial
    # that opens the clause
    k = m - 1
    while (
        k >= 0
        and m - k <= _SUBJECT_SPAN
        and s.joined[k]
        and s.tags[k] & _SUBJECT
        and not s.tags[k] & _FINITE
    ):
        k -= 1
        z = k
        span = _past_adverbial(sc, s, z) if z >= 0 else None
        if span is not None and _opens_clause(s, span[0]) and z < m - 1:
            return _finding(s, span[0], v)
    # will announce the plan yesterday: the adverbial closes the will's clause
    for z in range(v + 1, min(len(s.words), v + 2 + _OBJECT_SPAN)):
        if not s.joined[z - 1]:
            break
        span = _past_adverbial(sc, s, z)
        if span is not None and span[0] > v:
            closes = z + 1 >= len(s.words) or not s.joined[z] or s.words[z + 1] == "that"
            return _finding(s, m, z) if closes else None
        if s.tags[z] & (CONJ | SUB) or s.words[z] == "to":
            break
    return None


def _finding(s: Tagged, first: int, last: int) -> Finding:
    when = s.text[s.tokens[first].start : s.tokens[last].end]
    return Finding(
        first,
        last,
        f"`{when}`: a future with a time in the past; the tense contradicts the time",
        True,
        "verb-form",
    )


def _may_follow(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``_will_verb`` may find the verb: an inner adverb (the verb is further on)
    or a base form that is no name."""
    return bool(tb & ADV_IN or (tb & VB and not tb & NNP))


FAMILY = Family(
    "time-tense",
    __doc__ or "",
    "token",
    _trigger,
    _check,
    mask=MODAL,
    pair=_may_follow,
    pair_next_mask=ADV_IN | VB | NNP,
)
