"""function-pair: function words the ``grammar-words`` pack lists as never side by side.

Pairs of prepositions (``of in``, ``in of``), a preposition and a subject pronoun
(``by they``), ``has was``, ``doesn't to``, a clause opener and a finite verb (``if
was``), a contraction and a second verb (``it's was``). The lists are pack data
(``pair-*`` keys): a newsroom pack can add pairs.

Flags:
    He said the growth of in the economy slowed sharply.
    The company has was sold to a rival.
    He said the decision by they made no sense at all.
    If was you are looking for a new job, apply now.
    The market doesn't to seem to know what to do.

Passes:
    Ireland last won the title 20 years ago but now they share top spot.
    These are things we have fond memories of in the first place.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    CD,
    CLOSED,
    JJ,
    PART,
    PREP,
    SUB,
    UNK,
    VERB,
)
from wirelint.grammar.patterns.base import (
    Family,
    Finding,
    Grammar,
    cannot_stand_together,
)
from wirelint.grammar.tagging import Tagged


def _function_pair(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    """``in of``, ``to from``, ``by they``, ``has was``, ``which and``: no reading joins them."""
    tags, words = s.tags, s.words
    a, b = words[i], words[i + 1]
    kind = sc.pair_first[a].get(b)
    if kind is None:
        return None
    prev = tags[i - 1] if i > 0 and s.joined[i - 1] else 0
    if kind in ("prep", "prep-pronoun"):
        # a preposition is stranded after a verb or an adjective (the people we spoke
        # to in London, close to), and ends a phrasal verb (came in at)
        if i == 0 and kind == "prep-pronoun":
            pass  # On they top of that
        elif i == 0 or prev & (VERB | PART | JJ | PREP | SUB | CLOSED | UNK) or not prev:
            return None
        if i > 0 and (words[i - 1] in sc.before_preposition or words[i - 1] in sc.adverbial):
            return None  # instead of by, 20 years on they
        nxt = tags[i + 2] if i + 2 < len(words) and s.joined[i + 1] else 0
        # the word after the second preposition, past "the" (of in the first place)
        after = words[i + 2 : i + 4]
        if after[:1] == ["the"]:
            after = after[1:]
        if kind == "prep" and (
            (after and after[0] in sc.adverbial_after_prep)
            or (b in ("from", "between") and nxt & CD)
        ):
            return None  # of in particular, an acquisition of from two to eight billion
    elif kind == "have":
        if any(w in sc.ellipsis_cues or w == "thing" for w in words[max(0, i - 6) : i]):
            return None  # what it had was
        if b == "of" and i + 2 < len(words) and words[i + 2] == "course":
            return None
    return cannot_stand_together(s, i)


def _trigger(sc: Grammar, s: Tagged, i: int) -> bool:
    return s.words[i] in sc.pair_first


FAMILY = Family(
    "function-pair",
    __doc__ or "",
    "token",
    _trigger,
    _function_pair,
    words="pair_first",
    next_words="pair_seconds",
    headline_style=True,
)
