"""dropped-to: a verb that takes ``to`` before its infinitive, with the ``to`` gone.

``failed find the pass``, ``opted adopt a plan``, ``is expected announce``, ``are ready
fly out``: a verb or an adjective that takes an infinitive (the ``infinitive-verbs`` and
``infinitive-nouns-adjectives`` lists), then a word that can only be a verb in its base
form, or a noun-or-verb with its object after it, or a bare ``be`` with its
participle (``widely expected be held``: ``be`` has no other use there). Verbs that
take a bare infinitive (help, let, make, dare) are not on those lists; a participle after a determiner (the
failed bid) is an adjective, a word that may be a noun (plans include) may be the
subject, and an -ing form or an adjective counts only after ``be``.

Flags:
    Wales twice threatened further scores but failed find the crucial pass.
    The EU has opted adopt qualified majority voting in this area.
    The firm is expected announce the results on Monday.
    The next election is widely expected be held on 5 May.

Passes:
    He helped fund the project and let it run for a year.
    The failed bid cost the firm dearly.
    They started work the next day, the union said.
    The plan will most likely be approved, though more than expected have objected.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE,
    BE_X,
    CLOSED,
    DET,
    JJ,
    MASS,
    NNP,
    NOUN,
    POS,
    PRON_O,
    RB,
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

#: What the word after the missing ``to`` may also be, and still be only a verb here.
_NOT_A_VERB = NOUN | JJ | RB | CLOSED | NNP | UNK | VBD | VBN | VBG | VBZ | POS


def _takes_to(sc: Grammar, s: Tagged, i: int) -> bool:
    """Whether token ``i`` is a verb or an adjective whose infinitive needs ``to``."""
    w, t = s.words[i], s.tags[i]
    prev = s.tags[i - 1] if i > 0 and s.joined[i - 1] else 0
    if prev & (DET | POS) or t & (NOUN | CLOSED):
        return False  # the failed bid, its planned sale, plans include: no verb
    k = i - 1  # the word before, past inner adverbs (is now expected)
    while k > 0 and s.joined[k - 1] and s.tags[k] & ADV_IN and not s.tags[k] & (BE | BE_X):
        k -= 1
    before = s.tags[k] if k >= 0 and s.joined[k] else 0
    if t & (JJ | VBG) and not before & (BE | BE_X):
        return False  # only "is ready", "was trying" (acts appearing include: a relative)
    if t & JJ and not t & VERB:
        return w in sc.infinitive_nouns
    return bool(t & VERB) and sc.lemma_in(w, sc.infinitive_words)


def _dropped_to(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    j = i + 1
    x, xt = s.words[j], s.tags[j]
    if x == "be":
        return _bare_passive(s, i)
    if not xt & VB or xt & (UNK | NNP | CLOSED) or x in ("be", "have", "do"):
        return None
    if xt & _NOT_A_VERB:
        # a noun-or-verb (find, ride, take) counts when its object follows it
        nt = s.tags[j + 1] if j + 1 < len(s.tags) and s.joined[j] else 0
        if xt & (MASS | JJ | RB | VBD | VBN | VBZ | VBG) or not (
            nt & (DET | PRON_O) and not nt & NOUN
        ):
            return None
    first, verb = s.tokens[i].text, s.tokens[j].text
    return Finding(
        i,
        j,
        f"`{first} {verb}`: `to` is missing before `{verb}` (`{first} to {verb}`)",
        True,
        "verb-form",
    )


def _bare_passive(s: Tagged, i: int) -> Finding | None:
    """A bare ``be`` and a participle after the word: ``is set be replaced``; ``be`` has
    no use there but as an infinitive. ``than expected be`` passes (a comparison)."""
    j, p = i + 1, i + 2
    if p >= len(s.tags) or not (s.joined[i] and s.joined[j]) or not s.tags[p] & VBN:
        return None
    if i > 0 and s.joined[i - 1] and s.words[i - 1] in ("than", "as"):
        return None
    first = s.tokens[i].text
    return Finding(
        i, j, f"`{first} be`: `to` is missing before `be` (`{first} to be`)", True, "verb-form"
    )


def _trigger(sc: Grammar, s: Tagged, i: int) -> bool:
    return _takes_to(sc, s, i)


def _may_follow(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``_dropped_to`` may find the pair: no noun or closed-class word first
    (``_takes_to``), then a base form it reads as a verb, or a bare ``be``."""
    if ta & (NOUN | CLOSED):
        return False
    if b == "be":
        return True  # is set be replaced: read by ``_bare_passive``
    if not tb & VB or tb & (UNK | NNP | CLOSED):
        return False
    if b in ("have", "do"):
        return False
    return not (tb & _NOT_A_VERB and tb & (MASS | JJ | RB | VBD | VBN | VBZ | VBG))


#: The check reads a base form after the word (``_dropped_to``).
FAMILY = Family(
    "dropped-to",
    __doc__ or "",
    "token",
    _trigger,
    _dropped_to,
    mask=JJ | VERB,
    next_mask=VB,
    next_words=frozenset({"be"}),
    pair=_may_follow,
    pair_next_mask=VB | UNK | NNP | CLOSED | _NOT_A_VERB | MASS | JJ | RB | VBD | VBN | VBZ | VBG,
    pair_words=frozenset({"be", "have", "do"}),
    headline_style=True,
)
