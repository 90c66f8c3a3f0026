"""ing-for-infinitive: an -ing form where a verb takes only a to-infinitive.

``refused giving the details``, ``wanted entering the market``, ``expects joining the
fray``: a verb of the pack's ``to-infinitive-only`` list (want, refuse, agree, decide,
hope, ...) in a form that cannot be a noun (nor an adjective after a determiner), with
an -ing form straight after it and the start of that -ing form's object after that (a
determiner, an object pronoun, a number). A verb form that may be a noun (``plans``, ``offer``) passes, as do
-ing words that work as prepositions (``agreed following the meeting``, the pack's
``preposition-like-ing``).

Flags:
    Krasner refused giving the details of the deal.
    The company said it wanted entering the British market.
    The exchange expects joining the fray when the rules change.

Passes:
    The board agreed following a meeting on Monday.
    Its plans including the new plant were approved.
    He refused, saying the offer was too low.
    Campbell agreed receiving the honour capped off a difficult year.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import BE, CD, DET, HAVE, JJ, MODAL, NOUN, PRON_O, VBD, VBG, VBZ, VERB
from wirelint.grammar.patterns.base import Family, Finding, Grammar
from wirelint.grammar.tagging import Tagged


def _trigger(sc: Grammar, s: Tagged, i: int) -> bool:
    t = s.tags[i]
    if i + 2 >= len(s.words) or not s.tags[i + 1] & VBG:
        return False  # the cheap test first: most verbs have no -ing form after them
    if t & NOUN or not s.joined[i]:
        return False  # plans, offer: may not be the verb
    if t & JJ and i > 0 and s.joined[i - 1] and s.tags[i - 1] & DET:
        return False  # an agreed price, the wanted man: an adjective
    return sc.lemma_in(s.words[i], sc.lex.words.get("to-infinitive-only", frozenset()))


def _check(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    j = i + 1
    x, xt = s.words[j], s.tags[j]
    if not xt & VBG or not x.endswith("ing") or not s.joined[j]:
        return None
    if x in sc.lex.words.get("preposition-like-ing", frozenset()):
        return None  # agreed following the meeting
    nxt = s.words[j + 1]
    if (
        not (s.tags[j + 1] & (DET | PRON_O | CD) or nxt in sc.object_starters)
        or s.tags[j + 1] & NOUN
    ):
        return None  # no object: the -ing form may be a noun (agreed funding)
    k = j + 1
    while k < len(s.words) - 1 and k <= j + 6 and s.joined[k]:
        k += 1
        if s.tags[k] & (VBD | VBZ | MODAL | BE | HAVE) and not s.tags[k] & NOUN:
            return None  # agreed receiving the honour capped a year: the -ing clause is a
            # subject, a finite verb follows
    verb = s.tokens[i].text
    base = sc.base(x) or x
    return Finding(
        i,
        j,
        f"`{verb} {s.tokens[j].text}`: `{verb}` takes a to-infinitive (`{verb} to {base}`)",
        True,
        "verb-form",
    )


FAMILY = Family(
    "ing-for-infinitive", __doc__ or "", "token", _trigger, _check, mask=VERB, next_mask=VBG
)
