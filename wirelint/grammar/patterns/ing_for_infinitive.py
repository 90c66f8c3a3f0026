"""ing-for-infinitive: an -ing form where a verb takes only a to-infinitive.

``refused giving the details``, ``wanted entering the market``, ``is unable drawing
down``, ``is set taking place``: a verb of the shared ``to-infinitive-only`` or
``to-infinitive-also`` lists (want, refuse, agree, decline, ...) in a form that cannot
be a noun (nor an adjective after a determiner), an adjective of those lists after
``be`` (unable, willing, due, likely), or a passive of ``passive-to-infinitive`` (is
expected, was allowed), with an -ing form straight after it. An -ing form that may be a
noun needs the start of its object after it (a determiner, an object pronoun, a
number): ``agreed funding`` passes. A verb form that may be a noun (``plans``,
``offer``) passes, as do -ing words that work as prepositions (``agreed following the
meeting``, the pack's ``preposition-like-ing``) and verbs a participle phrase may
follow (``appeared wearing a suit``, the pack's ``participle-after``). A finite verb a
few words after the -ing form, quotation marks or not, makes it a clause of its own
(``reluctant saying she "hated" it``: a participle clause that lost its comma).

Flags:
    Krasner refused giving the details of the deal.
    The company said it wanted entering the British market.
    The exchange expects joining the fray when the rules change.
    Guyana has been unable drawing down a World Bank loan.
    Consumers aren't willing paying that premium for a car.
    A G8 summit is set taking place in July.
    He refused commenting on the new book.
    She was reluctant signing the "final" version.

Passes:
    The board agreed following a meeting on Monday.
    Its plans including the new plant were approved.
    He refused, saying the offer was too low.
    Campbell agreed receiving the honour capped off a difficult year.
    She appeared wearing a red dress.
    He was seen entering the building.
    The board agreed funding for the new plant.
    Dart Group is likely seeking to buy Supermarkets General.
    He expects increasing signs of recovery.
    He was reported missing Thursday evening by the police.
    She was reluctant saying she "hated" the early mixes.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE,
    BE_X,
    CD,
    DET,
    HAVE,
    JJ,
    MODAL,
    NNP,
    NOUN,
    PRON_O,
    RB,
    VBD,
    VBG,
    VBN,
    VBZ,
    VERB,
)
from wirelint.grammar.patterns.base import Family, Finding, Grammar
from wirelint.grammar.tagging import Tagged


def _takes_to(sc: Grammar, word: str) -> bool:
    """A verb or adjective of the shared to-infinitive lists, not one that a participle
    phrase may follow (appeared wearing a suit)."""
    w = sc.lex.words
    if sc.lemma_in(word, w.get("participle-after", frozenset())):
        return False
    return sc.lemma_in(word, w.get("to-infinitive-only", frozenset())) or sc.lemma_in(
        word, w.get("to-infinitive-also", frozenset())
    )


def _after_be(s: Tagged, i: int) -> bool:
    """Token ``i`` follows a form of ``be`` (past adverbs): is unable, was not allowed."""
    k = i - 1
    while k > 0 and s.joined[k] and s.tags[k] & ADV_IN and not s.tags[k] & (BE | BE_X):
        k -= 1
    return k >= 0 and s.joined[k] and bool(s.tags[k] & (BE | BE_X))


def _trigger(sc: Grammar, s: Tagged, i: int) -> bool:
    t = s.tags[i]
    if i + 2 >= len(s.words) or not s.tags[i + 1] & VBG:
        return False  # the cheap test first: most verbs have no -ing form after them
    if not s.joined[i]:
        return False
    word = s.words[i]
    if t & VBN and _after_be(s, i):
        # a passive that takes a to-infinitive: is set taking place, was allowed entering
        return sc.lemma_in(word, sc.lex.words.get("passive-to-infinitive", frozenset()))
    if t & JJ and not t & RB and _after_be(s, i):
        return _takes_to(sc, word)  # is unable drawing, are willing paying (likely: an adverb)
    if t & NOUN:
        return False  # plans, offer: may not be the verb
    if t & JJ and i > 0 and s.joined[i - 1] and s.tags[i - 1] & DET:
        return False  # an agreed price, the wanted man: an adjective
    return bool(t & VERB) and _takes_to(sc, word)  # not an adjective elsewhere: likely


def _check(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    j = i + 1
    x, xt = s.words[j], s.tags[j]
    if not xt & VBG or not x.endswith("ing") or not s.joined[j]:
        return None
    if x in sc.lex.words.get("preposition-like-ing", frozenset()):
        return None  # agreed following the meeting
    nxt = s.words[j + 1]
    # After be (is unable, was set) the word before takes nothing but the infinitive, so
    # an -ing form that may be a noun needs no object after it to be read as a verb.
    if (
        xt & (NOUN | JJ)
        and not _after_be(s, i)
        and (
            not (s.tags[j + 1] & (DET | PRON_O | CD) or nxt in sc.object_starters)
            or s.tags[j + 1] & NOUN
        )
    ):
        return None  # no object: the -ing form may be a noun or an adjective (agreed
        # funding, expects increasing signs)
    if s.tags[i] & VBN and s.tags[j + 1] & (NNP | CD):
        return None  # was reported missing Thursday: a predicate, then a time
    if not s.joined[j] or s.tags[j + 1] & (BE | MODAL):
        return None  # an -ing form that ends its phrase, or the subject of what follows
    k = j + 1
    # A quotation mark inside the clause does not end it (saying he "detested" them).
    while k < len(s.words) - 1 and k <= j + 6 and (s.joined[k] or _quote_only(s, k)):
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


def _quote_only(s: Tagged, k: int) -> bool:
    """Only white space and quotation marks between token ``k`` and the next."""
    gap = s.text_between(k, k + 1)
    return bool(gap.strip()) and not gap.strip(" \"'\u201c\u201d\u2018\u2019")


FAMILY = Family(
    "ing-for-infinitive",
    __doc__ or "",
    "token",
    _trigger,
    _check,
    mask=VERB | JJ,
    next_mask=VBG,
    headline_style=True,
)
