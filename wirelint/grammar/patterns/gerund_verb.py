"""gerund-verb: a to-infinitive after a verb that takes only an -ing form.

``avoided to pay``, ``is considering to raise``, ``denies to have``: a verb of the pack's
``gerund-only`` or ``gerund-only-also`` lists (avoid, consider, finish, deny, risk,
include, ...) with ``to`` and a word that can only be a verb in its base form straight
after it, or a noun-or-verb with its object, a preposition or an adjective after it
(``avoid to stand in queues``, ``considering to take criminal action``). The passive passes (``is considered to be``, ``was suggested to ease``), as do a
past form that may be a passive without ``be`` (``a plan considered to be risky``), ``to
be`` after ``consider`` (``what many consider to be the best``) and ``to`` with a noun or
an -ing form (``admitted to the charge``, ``admitted to taking``).

Flags:
    The bank avoided to pay the fine for two years.
    Officials are considering to introduce a new tax on fuel.
    The minister denies to have met the lobbyist.
    Customers who pre-order avoid to stand in long queues.
    The government was considering to take criminal action.
    Ideas floated include to raise tax thresholds.

Passes:
    The drug is considered to be safe by most doctors.
    She made up names for the companies she mentioned to protect them.
    He admitted to the charge and admitted to taking bribes.
    It is what many consider to be the best film of the year.
    The plan, considered to be risky, was dropped.
    The team kept to plan for most of the game.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE,
    BE_X,
    CD,
    CLOSED,
    DET,
    HAVE,
    JJ,
    NNP,
    NNS,
    NOUN,
    PART,
    PREP,
    PRON_O,
    PRON_S,
    RB,
    TO,
    UNK,
    VB,
    VBD,
    VBG,
    VBN,
    VBZ,
    VERB,
)
from wirelint.grammar.patterns.base import Family, Finding, Grammar
from wirelint.grammar.tagging import Tagged

#: What the word after ``to`` may also be, and still be only a verb here.
_NOT_A_VERB = NOUN | JJ | RB | CLOSED | NNP | UNK | VBD | VBN | VBG | VBZ


def _gerund_verb(sc: Grammar, s: Tagged, i: int) -> bool:
    """Token i is an active form of a verb that takes only an -ing form, with `to` after it."""
    if i + 2 >= len(s.words) or s.words[i + 1] != "to" or not (s.joined[i] and s.joined[i + 1]):
        return False
    w, t = s.words[i], s.tags[i]
    if not t & VERB or not (
        sc.lemma_in(w, sc.lex.words.get("gerund-only", frozenset()))
        or sc.lemma_in(w, sc.lex.words.get("gerund-only-also", frozenset()))
    ):
        return False
    k = i - 1  # the word before, past inner adverbs (is now considering)
    while k > 0 and s.joined[k - 1] and s.tags[k] & ADV_IN and not s.tags[k] & (BE | BE_X):
        k -= 1
    before = s.tags[k] if k >= 0 and s.joined[k] else 0
    if before & (BE | BE_X):
        return bool(t & VBG)  # is considering to, not is considered to
    if before & TO or (
        before & PRON_S and k > 0 and s.joined[k - 1] and s.tags[k - 1] & (NOUN | NNP)
    ):
        return False  # funds it is allowed to keep to, companies she mentioned to: an object gap
    if t & VBN and sc.lemma_in(w, sc.lex.words.get("gerund-only-passive", frozenset())):
        # considered, recommended: a passive without be after a noun (a plan considered
        # to be risky); only a subject pronoun or a perfect's have makes it active
        return bool(before & (PRON_S | HAVE))
    return True


def _check(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    j = i + 2
    x, xt = s.words[j], s.tags[j]
    if not xt & VB or xt & (UNK | NNP) or (x == "be" and not s.tags[i] & VBG):
        return None
    if xt & _NOT_A_VERB and x not in ("be", "have"):
        nt = s.tags[j + 1] if j + 1 < len(s.tags) and s.joined[j] else 0
        # a noun-or-verb with its object after it (to sign the deal), or a particle,
        # a preposition, an adjective or a noun (to stand in queues, to take criminal
        # action)
        # a noun-or-verb too (to raise tax thresholds), unless `to` may be the verb's
        # preposition (kept to plan, admitted to theft)
        if xt & (JJ | RB | VBD | VBN | VBZ | VBG):
            return None
        if not (nt & (DET | PRON_O | CD) and not nt & NOUN):
            prep = sc.lemma_in(s.words[i], sc.lex.words.get("to-as-preposition", frozenset()))
            if prep or xt & NNS or not nt & (PREP | PART | JJ | NOUN):
                return None  # kept to schedule, admitted to theft: `to` and a noun
    verb = s.tokens[i].text
    ing = sc.lex.form(sc.base(x) or x, VBG) or f"{x}ing"
    return Finding(
        i,
        j,
        f"`{verb} to {s.tokens[j].text}`: `{verb}` takes an -ing form (`{verb} {ing}`)",
        True,
        "verb-form",
    )


FAMILY = Family(
    "gerund-verb",
    __doc__ or "",
    "token",
    _gerund_verb,
    _check,
    mask=VERB,
    next_words=frozenset({"to"}),
    headline_style=True,
)
