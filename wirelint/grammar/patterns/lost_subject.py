"""lost-subject: a finite verb whose subject pronoun an edit took away.

Two places where a subject must stand and a plain verb form shows it is gone:

- after a verb of saying: ``he said were optimistic``, ``, said expects``, ``The US
  company also said had agreed`` (a subject pronoun, a comma or a plain noun phrase
  that opens the sentence before ``said``, then a form that is only ever finite:
  ``was``, ``had``, ``will``, ``expects``). ``What he said was true`` has a clause
  before the speaker and passes;
- after a subordinator that opens a clause: ``when was buried``, ``after was
  confirmed``, ``if finds it`` (``as`` and ``than`` take such a verb: ``as was
  expected``).

Flags:
    He said were optimistic this could mean more reforms.
    Silvano Ghirardi, head of marketing, said expects the unit to grow.
    The US company also said had agreed to sell ten planes.
    Bilizerian said was optimistic his offer will be accepted.
    General Acquisition also said believes that the board has an obligation.
    The veil covered the head of Jesus when was buried.
    The ICC can still block a rate if finds it to be unreasonable.

Passes:
    What he said was true, the minister added.
    Those pupils polled said was not important to them.
    The figures the minister said were wrong were revised.
    One thing analysts said was clear: rates will rise.
    Mulroney defended the plan that he said would help poorer areas.
    The premium, which a dealer in Iowa said was 20 pct, fell.
    But the measures will only work if they're matched with a cut.
    Never before has he been so outspoken.
    Families fly out six weeks after reports a man has been seen.
    The things they said had been agreed in advance.
    The thing Mr Smith said was not clear.
    What Smith said was true, the minister added.
    The rate rose, as was expected, to 7.25 pct.
    When was the last time the bank cut rates?
    "We will win," he said.
    Trade rose, he said, but exports fell.
    Asked when, said the minister: "Soon."
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE,
    CONJ,
    DET,
    DO,
    HAVE,
    JJ,
    MODAL,
    NNP,
    NNS,
    NOUN,
    PREP,
    PRON_A,
    PRON_O,
    PRON_S,
    PRONOUN,
    SUB,
    VBD,
    VBG,
    VBN,
    VBZ,
    VERB,
)
from wirelint.grammar.patterns.base import NONVERB, Family, Finding, Grammar, question
from wirelint.grammar.tagging import Tagged

#: Subordinators after which a clause needs its subject before the verb.
_SUBORDINATORS = frozenset(
    {"when", "after", "before", "because", "if", "although", "though", "while", "until",
     "once", "unless", "whereas"}
)  # fmt: skip
#: Finite forms that never start a clause of their own after ``said``.
_ONLY_FINITE = BE | HAVE | MODAL
#: Words a clause's subject may stand after: the start, a comma or these.
_CLAUSE_START = frozenset({"and", "but", "so", "because", "while", "although"})
#: Relative words: after one with a subject of its own (which a dealer said was), the
#: verb after ``said`` has its subject in the relative word.
_RELATIVES = frozenset({"which", "that", "whom", "who"})
#: Subordinators that are prepositions or adverbs too (after reports, never before has):
#: a clause is read after them only from ``was`` or ``were`` and a participle.
_ALSO_PREPOSITIONS = frozenset({"after", "before", "until", "once"})


def _finite_only(s: Tagged, j: int) -> bool:
    """Token ``j`` is a finite verb form with no other reading (was, had, expects)."""
    t = s.tags[j]
    if t & _ONLY_FINITE:
        return s.words[j] not in ("do", "have")  # have: said have been, an -ve contraction
    return bool(t & VBZ) and not t & (NONVERB | VBN | VBG)


def _comma_before(s: Tagged, i: int) -> bool:
    return i > 0 and "," in s.text_between(i - 1, i)


def _speaker_opens_clause(s: Tagged, i: int) -> bool:
    """``he said``: a subject pronoun before the verb of saying, itself at a clause's start;
    or ``The US company also said``: a noun phrase that opens the sentence (a determiner
    only first, no pronoun, no verb: ``the things the minister said were`` and ``those
    pupils polled said was`` have a relative clause)."""
    if i == 0 or not s.joined[i - 1]:
        return False
    if s.tags[i - 1] & PRON_S:
        k = i - 1
        return (
            k == 0 or _comma_before(s, k) or (s.joined[k - 1] and s.words[k - 1] in _CLAUSE_START)
        )
    if _names_open_clause(s, i):
        return True
    if i > 6 or not any(s.tags[k] & NOUN and s.tokens[k].text.islower() for k in range(i)):
        return False
    for k in range(i):
        t = s.tags[k]
        if not s.joined[k] or (k > 0 and t & DET) or t & (PRONOUN | SUB | PREP | CONJ):
            return False
        if not t & (DET | JJ | NOUN | NNP | ADV_IN) or (t & VERB and not t & (NOUN | NNP | JJ)):
            return False
        if t & VBD and not t & NOUN:
            return False  # those pupils polled said: a participle, a relative clause
    head = i - 1
    while head > 0 and s.tags[head] & ADV_IN:
        head -= 1  # The company also said
    nouns = [k for k in range(head) if s.tags[k] & NOUN and s.tokens[k].text.islower()]
    # One thing analysts said was, The thing Mr Smith said was: a plural noun or a name
    # after another noun may be the subject of a relative clause without "that", not the
    # sentence's
    if nouns and any(s.tags[k] & NNP for k in range(nouns[0] + 1, head + 1)):
        return False
    return not (s.tags[head] & NNS and s.tokens[head].text.islower() and nouns)


def _names_open_clause(s: Tagged, i: int) -> bool:
    """``Barrow said``, ``General Acquisition also said``: a name of up to four capitalised
    words (and inner adverbs) before the verb of saying, at the sentence's start or after
    a comma or a conjunction; no noun before it whose relative clause it could open."""
    k = i - 1
    while k > 0 and s.tags[k] & ADV_IN and s.tokens[k].text.islower() and s.joined[k - 1]:
        k -= 1
    first = k
    while first > 0 and i - first <= 5 and s.joined[first - 1]:
        if not s.tokens[first - 1].text[:1].isupper():
            break
        first -= 1
    names = range(first, k + 1)
    if not all(s.tokens[j].text[:1].isupper() and s.tokens[j].text[1:].islower() for j in names):
        return False  # not WHO or UK (capitals), not a lower-case word
    if s.tags[first] & (DET | PRONOUN | SUB | PREP | CONJ) and not s.tags[first] & NNP:
        return False  # The, What, In: a sentence's first word, not a name
    return (
        first == 0
        or _comma_before(s, first)
        or (s.joined[first - 1] and s.words[first - 1] in _CLAUSE_START)
    )


def _object_relative_before(s: Tagged, i: int) -> bool:
    """A relative word before ``i`` with its own subject after it (which a dealer said)."""
    for k in range(i - 1, -1, -1):
        if s.words[k] in _RELATIVES:
            return k + 1 < i and bool(s.tags[k + 1] & (DET | NOUN | NNP | PRON_S))
    return False


def _lost_subject(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    word, n = s.words[i], len(s.words)
    if "'" in s.words[i + 1]:
        return None  # if they're, while I'm: the subject is in the contraction
    text = s.tokens[i].text
    if word in sc.saying_before_clause:
        if not s.joined[i] or not (_comma_before(s, i) or _speaker_opens_clause(s, i)):
            return None
        j = i + 1
        if j + 1 >= n or not _finite_only(s, j) or s.tags[j + 1] & (PRON_S | PRON_A):
            return None  # said he: an inversion
        if s.tags[j] & _ONLY_FINITE and s.tags[j + 1] & DET:
            return None  # said had the government not: a condition
        if _object_relative_before(s, i):
            return None
        return Finding(i, j, f"`{s.tokens[j].text}` after `{text}` has no subject", True, "splice")
    # a subordinator
    if i + 2 >= n or not s.joined[i] or not s.joined[i + 1]:
        return None
    j = i + 1
    t, after = s.tags[j], s.tags[j + 1]
    if t & (HAVE | DO | MODAL) or (word in _ALSO_PREPOSITIONS and not t & BE):
        return None  # never before has he, when did you: an inversion
    if t & BE:
        if not after & (VBN | VBG) or after & (NONVERB & ~JJ):
            return None  # when was the last time: a question
    elif t & VBZ and t & NNS and not t & (VBN | VBG):
        if not after & (DET | PRON_A | PRON_O):
            return None  # if prices rise: a plural noun; if finds it: a verb with its object
    elif not ((t & VBZ and not t & (NONVERB | VBN | VBG)) or (t & VBD and not t & (NONVERB | VBN))):
        return None
    if question(s):
        return None
    return Finding(i, j, f"`{text} {s.tokens[j].text}`: the clause has no subject", True, "splice")


def _may_follow(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``_lost_subject`` may find the pair: a verb of saying before a word that
    may be only a finite verb, or a subordinator before a verb it reads as finite."""
    if a in sc.saying_before_clause:
        return bool(tb & _ONLY_FINITE or (tb & VBZ and not tb & (NONVERB | VBN | VBG)))
    if tb & (HAVE | DO | MODAL) or (a in _ALSO_PREPOSITIONS and not tb & BE):
        return False
    return bool(
        tb & BE
        or (tb & VBZ and tb & NNS and not tb & (VBN | VBG))
        or (tb & VBZ and not tb & (NONVERB | VBN | VBG))
        or (tb & VBD and not tb & (NONVERB | VBN))
    )


FAMILY = Family(
    "lost-subject",
    __doc__ or "",
    "token",
    None,
    _lost_subject,
    words=("saying_before_clause", _SUBORDINATORS),
    pair=_may_follow,
    pair_next_mask=BE | HAVE | DO | MODAL | VBZ | VBD | VBN | VBG | NNS | NONVERB,
    pair_words=("saying_before_clause", _SUBORDINATORS),
)
