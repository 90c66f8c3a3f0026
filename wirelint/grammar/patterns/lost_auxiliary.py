"""lost-auxiliary: an -ing form with a subject but no ``is``, ``are`` or ``was`` before it.

``who`` straight before an -ing form (``who chairing the inquiry``), and a pronoun after a verb of saying (``said it considering the
sale``, ``believe they planning``): the auxiliary that made the -ing form a verb is
gone. After other verbs the pronoun may be an object (saw it coming) and passes; so do
nouns before an -ing form, which often start a reduced relative clause (a man selling
advertising space).

Flags:
    Baroness Kennedy, who chairing the inquiry into disengagement, spoke first.
    The company said it considering the sale of its stake.

Passes:
    We saw it coming from a long way off.
    Those who, having seen the plans, objected were heard.
    A man selling advertising space on his forehead was paid well.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    CLOSED,
    JJ,
    NNP,
    NOUN,
    PRON_S,
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


def _lost_auxiliary(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    j = i + 1
    if not _only_ing(s, j):
        return None
    w = s.words[i]
    if w not in _RELATIVES:
        # a pronoun: only after a verb of saying, whose clause it starts
        report = sc.lex.words.get("report-verbs", frozenset())
        if not (
            i > 0
            and s.joined[i - 1]
            and s.tags[i - 1] & VERB
            and sc.lemma_in(s.words[i - 1], report)
        ):
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
    return s.words[i] in _RELATIVES or bool(s.tags[i] & PRON_S) or s.words[i] == "it"


FAMILY = Family("lost-auxiliary", __doc__ or "", "token", _trigger, _lost_auxiliary)
