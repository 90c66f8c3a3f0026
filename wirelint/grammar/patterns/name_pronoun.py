"""name-pronoun: a sentence's subject named and then said again as a pronoun.

A sentence that opens on a name, one to five capitalised words, then ``it``, ``they``,
``he`` or ``she`` and a finite verb says its subject twice: ``Piedmont it now has 18.6
mln shares``, ``Roddick it has gone off the boil``. A name takes no relative clause
without ``that`` (``the deal it signed`` may stand; ``Piedmont it signed`` may not).
Time words with a capital at a sentence's start (``Yesterday it said``, ``Monday they
will``) know other readings in the lexicon or are dates, and pass.

Flags:
    Piedmont it now has about 18.6 mln shares outstanding.
    Roddick it has gone off the boil and again struggles.
    Ted Kessler he said the band were pretty-boy clothes horses.
    Veteran Spaniard Conchita Martinez she came from a set down to win.

Passes:
    Yesterday it said profits would rise.
    Monday they will meet again in Brussels.
    The deal it signed last year was worth 10 mln dlrs.
    Reuters it is not.
    Afterwards he walked to the church.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import ADV_IN, CLOSED, MODAL, NNP, RB, UNK, VBD, VBZ, VERB
from wirelint.grammar.patterns.base import Family, Finding, Grammar
from wirelint.grammar.tagging import Tagged

_PRONOUNS = frozenset({"it", "they", "he", "she"})
#: How many capitalised words the name may run (Veteran Spaniard Conchita Martinez).
_NAME = 5
#: Finite forms after the pronoun: an auxiliary, a modal or a past or -s form.
_FINITE = MODAL | VBD | VBZ
_FINITE_AUX = frozenset({"has", "had", "have", "is", "was", "are", "were", "does", "did"})
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def _after_name(sc: Grammar, s: Tagged, i: int) -> bool:
    if not 1 <= i <= _NAME or s.words[i] not in _PRONOUNS:
        return False
    for k in range(i):
        text = s.tokens[k].text
        if not s.joined[k] or not text[:1].isupper() or not text[1:].islower():
            return False
        tags, word = s.tags[k], text.lower()
        if tags & (RB | CLOSED | VERB) or word in _WEEKDAYS:
            return False  # Yesterday it said, Monday they will: a time, not a subject
        if sc.lex.has("opening-adverbs", word) or word in sc.clause_openers:
            return False  # Afterwards he said, Whilst it is: an opening word
        if k > 0 and not tags & (NNP | UNK):
            return False
    return True


def _name_pronoun(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    j = i + 1
    while j < len(s.words) - 1 and s.tags[j] & ADV_IN and s.joined[j - 1]:
        j += 1  # it now has, they also said
    if j >= len(s.words) or not s.joined[j - 1]:
        return None
    word, tags = s.words[j], s.tags[j]
    if not (word in _FINITE_AUX or tags & MODAL or (tags & (VBD | VBZ) and s.words[j] != "not")):
        return None
    if len(s.words) - j < 3:
        return None  # Reuters it is not.: an inversion that ends the sentence
    if not tags & _FINITE and word not in _FINITE_AUX:
        return None
    return Finding(
        i - 1,
        i,
        f"the subject is said twice: `{s.tokens[i - 1].text}` and `{s.tokens[i].text}`",
        True,
        "agreement",
    )


FAMILY = Family("name-pronoun", __doc__ or "", "token", _after_name, _name_pronoun, words=_PRONOUNS)
