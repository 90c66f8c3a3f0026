"""preposition: a finite verb, a subject pronoun or a past tense after a preposition.

``of was``, ``for has``, ``with he``. A preposition may end a clause after a verb
or an adjective (the house he lived in was, what it consists of is): those pass.

Flags:
    The minister of was late for the vote.

Passes:
    The rights associated with it are extremely important to us.
    Will Smith, star of I, Robot, will be given an award.
    The speed it is capable of is impressive.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    BE,
    CD,
    CLOSED,
    DO,
    HAVE,
    JJ,
    MODAL,
    NN,
    NNP,
    NNS,
    NOUN,
    PART,
    PREP,
    PREP_STRICT,
    PRON_S,
    PRONOUN,
    RB,
    SUB,
    UNK,
    VB,
    VBD,
    VBN,
    VBZ,
    VERB,
)
from wirelint.grammar.patterns.base import (
    _FINITE_BE_HAVE,
    NONVERB,
    Family,
    Finding,
    Grammar,
)
from wirelint.grammar.tagging import Tagged


def _after_preposition(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    words = s.words
    j = i + 1
    xt = s.tags[j]
    if xt & UNK:
        return None
    prep, word = s.tokens[i].text, s.tokens[j].text
    msg = f"`{prep} {word}`: `{word}` cannot follow `{prep}`; a word is missing, left over or out of order"
    if (
        words[j] in _FINITE_BE_HAVE
        and not s.tags[i] & SUB
        and i > 0
        and s.joined[i - 1]
        and not s.tags[i - 1] & (VERB | PART | PREP | JJ | SUB | CLOSED | UNK)
        and not (s.tags[i] & PART and s.tags[i - 1] & (NNP | CD | RB))
    ):
        # of was, for has: a preposition is stranded only after a verb or an
        # adjective (the house he lived in was, what it consists of is)
        return Finding(i, j, msg, True, "word-order")
    if words[i] not in sc.never_stranded:
        # in, on, for, to ... end phrasal verbs and relative clauses: "the industries GE
        # is in are doing well", "20 years on they share top spot".
        after_verb = i > 0 and s.joined[i - 1] and s.tags[i - 1] & VERB
        if xt & VBD and not xt & (VB | VBN | VBZ | NONVERB) and not after_verb:
            return Finding(i, j, msg, True, "word-order")  # not for the modem to kick in began
        if (
            words[i] in ("with", "from", "about", "against", "without", "towards")
            and s.words[j] in ("he", "she", "they", "we")
            and not any(w in sc.cleft_cues for w in words[:i])
        ):
            return Finding(i, j, msg, True, "word-order")  # aided with he support
        return None
    if any(w in sc.cleft_cues for w in words[:i]):
        return None  # what it consists of is
    if i > 0 and s.joined[i - 1] and s.tags[i - 1] & (JJ | VERB) and not s.tags[i - 1] & NOUN:
        return None  # the run he is now capable of is: stranded after an adjective or a verb
    if xt & PRON_S:
        if j + 1 >= len(s.tags) or not s.joined[j]:
            return None  # star of I, Robot: a pronoun with a mark after it is a title or a letter
        return Finding(i, j, msg, True, "word-order")
    if xt & (BE | HAVE | DO) and not xt & (NN | NNS | VB | JJ | PRONOUN):
        return Finding(i, j, msg, True, "word-order")
    if xt & MODAL and not xt & (NN | NNS | VB | JJ | NNP):
        return Finding(i, j, msg, True, "word-order")
    if xt & VBD and not xt & (VB | VBN | VBZ | NONVERB):
        return Finding(i, j, msg, True, "word-order")
    return None


FAMILY = Family(
    "preposition",
    __doc__ or "",
    "token",
    None,
    _after_preposition,
    mask=PREP_STRICT,
    # What ``_after_preposition`` finds after a preposition, by tag or by word.
    next_mask=VBD | PRON_S | BE | HAVE | DO | MODAL,
    next_words=_FINITE_BE_HAVE | {"he", "she", "they", "we"},
)
