"""lost-auxiliary: an -ing form with a subject but no ``is``, ``are`` or ``was`` before it.

``who`` straight before an -ing form (``who chairing the inquiry``), and a pronoun after a verb of saying (``said it considering the
sale``, ``believe they planning``) or before ``going to`` and a verb (``decided it going to
be a winner``): the auxiliary that made the -ing form a verb is
gone. After other verbs the pronoun may be an object (saw it coming) and passes; so do
nouns before an -ing form, which often start a reduced relative clause (a man selling
advertising space).

Flags:
    Baroness Kennedy, who chairing the inquiry into disengagement, spoke first.
    The company said it considering the sale of its stake.
    We immediately decided it going to be a winner.

Passes:
    We saw it coming from a long way off.
    They watched it going to waste.
    Those who, having seen the plans, objected were heard.
    A man selling advertising space on his forehead was paid well.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    BE_X,
    CLOSED,
    DO,
    FINITE_AUX,
    HAVE,
    JJ,
    NNP,
    NOUN,
    PREP,
    PRON_A,
    PRON_S,
    SUB,
    TO,
    UNK,
    VB,
    VBD,
    VBG,
    VBN,
    VBZ,
    VERB,
)
from wirelint.grammar.patterns.base import (
    Family,
    Finding,
    Grammar,
)
from wirelint.grammar.tagging import Tagged

#: Not "which": a gerund may open its clause (which detaining someone clearly is).
_RELATIVES = frozenset({"who"})


def _only_ing(s: Tagged, j: int) -> bool:
    t = s.tags[j]
    return bool(t & VBG) and not t & (VB | VBD | VBN | VBZ | NOUN | JJ | CLOSED | NNP | UNK)


def _after_saying(sc: Grammar, s: Tagged, i: int) -> bool:
    """A pronoun after a verb of saying, whose clause it starts (said it considering)."""
    report = sc.lex.words.get("report-verbs", frozenset())
    return bool(
        i > 0 and s.joined[i - 1] and s.tags[i - 1] & VERB and sc.lemma_in(s.words[i - 1], report)
    )


def _future_ing(sc: Grammar, s: Tagged, i: int) -> bool:
    """A pronoun, then ``going to`` or ``trying to`` and a verb, and no verb before that takes
    the pronoun as its object (decided it going to be; not saw it going to waste)."""
    n = len(s.tags)
    j = i + 1
    if not (j + 2 < n and s.joined[j] and s.joined[j + 1] and s.tags[j + 1] & TO):
        return False
    if s.words[j] not in ("going", "trying") or not s.tags[j + 2] & (VB | BE_X | HAVE | DO):
        return False
    if s.words[i] not in ("he", "she", "it", "they", "we", "i", "you"):
        return False  # we're going: the contraction holds the auxiliary
    prev = s.tags[i - 1] if i > 0 and s.joined[i - 1] else 0
    # not after a preposition, an auxiliary (are they going to) or a verb that takes the
    # pronoun as its object (saw it going)
    return not (
        prev & (PREP | TO | FINITE_AUX | BE_X) or (i > 0 and s.words[i - 1] in sc.causatives)
    )


def _lost_auxiliary(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    j = i + 1
    if _future_ing(sc, s, i):
        pass  # "going" may be a noun or an adjective elsewhere (the going rate), not here
    elif not _only_ing(s, j) or not (s.words[i] in _RELATIVES or _after_saying(sc, s, i)):
        return None
    first, verb = s.tokens[i].text, s.tokens[j].text
    return Finding(
        i,
        j,
        f"`{first} {verb}`: `{verb}` needs `is`, `are` or `was` before it, or a word is left over",
        True,
        "verb-form",
    )


def _trigger(sc: Grammar, s: Tagged, i: int) -> bool:
    return s.words[i] in _RELATIVES or bool(s.tags[i] & PRON_S) or s.words[i] in ("it", "you")


def _may_follow(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``_lost_auxiliary`` may find the pair: a word the trigger takes, then
    ``going`` or ``trying`` (``_future_ing``) or an -ing form that is nothing else."""
    if not (a in _RELATIVES or ta & PRON_S or a in ("it", "you")):
        return False
    return b in ("going", "trying") or bool(
        tb & VBG and not tb & (VB | VBD | VBN | VBZ | NOUN | JJ | CLOSED | NNP | UNK)
    )


# "who" is tagged as a subordinator, "it" and "you" as either-case pronouns
FAMILY = Family(
    "lost-auxiliary",
    __doc__ or "",
    "token",
    _trigger,
    _lost_auxiliary,
    mask=PRON_S | PRON_A | SUB,
    pair=_may_follow,
    pair_next_mask=VBG | VB | VBD | VBN | VBZ | NOUN | JJ | CLOSED | NNP | UNK,
    pair_words=_RELATIVES | {"it", "you", "going", "trying"},
)
