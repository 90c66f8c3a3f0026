"""determiner: a word that cannot follow ``the``, ``a``, ``its`` or ``their``.

A second determiner, a pronoun, a finite verb, a strict preposition, ``said`` or
``been`` after a determiner (``the it``, ``the this``, ``the said``, ``the been``),
``its not``, a verb that is only a verb after ``to the`` (``to the approve plan``); and ``a`` before a plural (``a shares``, info: ``a sports car`` passes).

Flags:
    The ministry said the strike, which the it said was illegal, had failed.
    Officials said the this plan would fail.
    The ministry the said strike killed 89 soldiers.
    The minister said the been plan was delayed.
    He said its not rocket science.
    Officials expect to the approve plan next week.

Passes:
    The data are clear, the report said.
    I was fine with my never going back.
    He was jailed for possession of a stun gun.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE,
    CD,
    CLOSED,
    DET,
    DO,
    HAVE,
    JJ,
    MODAL,
    NN,
    NNP,
    NNS,
    NOUN,
    PREP_STRICT,
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
)
from wirelint.grammar.patterns.base import (
    NONVERB,
    Family,
    Finding,
    Grammar,
)
from wirelint.grammar.tagging import Tagged


def _after_determiner(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    tags, words = s.tags, s.words
    j = i + 1
    x, xt = words[j], tags[j]
    if xt & UNK:
        return None
    det, word = s.tokens[i].text, s.tokens[j].text
    msg = f"`{det} {word}`: `{word}` cannot follow `{det}`; a word is missing, left over or out of order"
    if x in sc.second_determiners and x != words[i]:
        return Finding(i, j, msg, True, "word-order")
    if xt & (PRON_S | PRON_O) or x in ("it", "you"):
        return Finding(i, j, msg, True, "word-order")
    if xt & (BE | HAVE | DO | MODAL) and not xt & (NN | NNS | VB | JJ):
        return Finding(i, j, msg, True, "word-order")
    if xt & (PREP_STRICT | TO) and not xt & (NN | JJ):
        return Finding(i, j, msg, True, "word-order")
    if x in sc.never_after_determiner and not (
        j + 1 < len(tags) and tags[j + 1] & VBG and tags[j] & ADV_IN
    ):
        return Finding(i, j, msg, True, "word-order")  # (my never going back: a gerund)
    if words[i] == "its" and x == "not":
        return Finding(i, j, msg, True, "word-order")  # its not: it's, or a word left over
    if x in ("been", "both", "whose", "whom") or (
        x == "as" and not (j + 1 < len(tags) and words[j + 1] == "yet")
    ):
        return Finding(i, j, msg, True, "word-order")  # the been, a as
    if xt & VBD and not xt & (VB | VBN | VBZ | NONVERB):
        return Finding(i, j, msg, True, "word-order")
    if (
        xt & VB
        and not xt & (NN | NNS | JJ | RB | VBD | VBN | CLOSED | NNP | CD)
        and j + 1 < len(tags)
        and s.joined[j]
        and (
            (tags[j + 1] & (DET | PRON_O | NNP) and not tags[j + 1] & NOUN)
            # after "to" the determiner opens a noun phrase a verb cannot head: to the
            # approve plan (swapped from "to approve the plan"); not after other
            # prepositions, where a verb-only word is a noun's modifier (of a stun gun)
            or (i > 0 and s.joined[i - 1] and words[i - 1] == "to")
        )
    ):
        return Finding(i, j, msg, True, "word-order")  # to a reopen Swansea theatre
    if (
        words[i] in ("a", "an")
        and xt & NNS
        and not xt & (NN | JJ | NNP | CD)
        and x not in sc.singular_s
    ):
        k = j + 1
        if k < len(tags) and s.joined[j] and tags[k] & (NOUN | NNP | JJ | UNK | CD):
            return None  # a sports car, a jobs report
        return Finding(
            i,
            j,
            f"`{det} {word}`: `{det}` before a plural noun; a word is missing or left over",
            False,
            "agreement",
        )
    return None


def open_determiner(sc: Grammar, s: Tagged, i: int) -> bool:
    """A determiner that needs a word after it (the, a, every): where both determiner
    families start."""
    return bool(s.tags[i] & DET) and s.words[i] in sc.open_determiners


#: The next token's tags ``_may_follow`` reads.
_FOLLOW_TAGS = (
    UNK | PRON_S | PRON_O | BE | HAVE | DO | MODAL | VB | VBD | VBN | VBZ | NONVERB | CLOSED
)
#: The words ``_may_follow`` reads, besides the lists it names.
_FOLLOW_WORDS = frozenset({"it", "you", "its", "not", "been", "both", "whose", "whom", "as"})


def _may_follow(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``_after_determiner`` may find the pair: an open determiner (the
    trigger), then each of its cases as the two tokens alone can tell it, in order."""
    if not (ta & DET and a in sc.open_determiners) or tb & UNK:
        return False
    return bool(
        b in sc.second_determiners
        or tb & (PRON_S | PRON_O)
        or b in ("it", "you")
        or (tb & (BE | HAVE | DO | MODAL) and not tb & (NN | NNS | VB | JJ))
        or (tb & (PREP_STRICT | TO) and not tb & (NN | JJ))
        or b in sc.never_after_determiner
        or (a == "its" and b == "not")
        or b in ("been", "both", "whose", "whom", "as")
        or (tb & VBD and not tb & (VB | VBN | VBZ | NONVERB))
        or (tb & VB and not tb & (NN | NNS | JJ | RB | VBD | VBN | CLOSED | NNP | CD))
        or (a in ("a", "an") and tb & NNS and not tb & (NN | JJ | NNP | CD))
    )


FAMILY = Family(
    "determiner",
    __doc__ or "",
    "token",
    open_determiner,
    _after_determiner,
    mask=DET,
    # What ``_after_determiner`` finds after a determiner, by tag or by word.
    next_mask=PRON_S | PRON_O | BE | HAVE | DO | MODAL | PREP_STRICT | TO | VBD | VB | NNS,
    next_words=(
        "second_determiners",
        "never_after_determiner",
        frozenset({"it", "you", "not", "been", "both", "whose", "whom", "as"}),
    ),
    pair=_may_follow,
    pair_next_mask=_FOLLOW_TAGS,
    pair_words=(
        "open_determiners",
        "second_determiners",
        "never_after_determiner",
        _FOLLOW_WORDS | {"a", "an"},
    ),
    headline_style=True,
)
