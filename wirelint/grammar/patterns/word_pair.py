"""word-pair: two words that no reading lets stand side by side.

A negation before a finite verb, a possessive before ``has``, a determiner before
a preposition or a pronoun, ``which`` straight after an auxiliary, ``be will``:
a word is missing, left over from a rewrite, or out of order. A preposition stranded
at the end of an object relative clause may meet the ``to`` of a purpose clause (``the
rules that traders took advantage of to sell``): that pair passes.

Flags:
    Peru not was withdrawing from the World Bank.
    We support the government's has intention to act.
    Nintendo has which created quite a buzz, he said.
    It is wrong to assume a someone cannot do the job.
    He was seriously preparing for of the Olympiad.
    The board will be will to meet.
    The firm said that it had won approval for to build a plant.
    Players who have played for the club before going into to win caps were named.

Passes:
    He said that that was the end of the matter.
    Those which survived were sold at auction.
    France's is forecast to fall, while Germany's is not.
    Please be careful with the figures.
    The larger the contract, the more likely it is to be hedged.
    Who knows when I'll be back?
    These are the rules that traders took advantage of to sell early.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE,
    BE_X,
    CD,
    CLOSED,
    DET,
    DO,
    FINITE_AUX,
    HAVE,
    JJ,
    MODAL,
    NN,
    NNP,
    NNS,
    NOUN,
    PART,
    POS,
    PREP_STRICT,
    PRON_S,
    PRONOUN,
    RB,
    TO,
    UNK,
    VB,
    VBD,
    VBG,
    VBN,
    VERB,
)
from wirelint.grammar.patterns.base import (
    _FINITE_BE_HAVE,
    Family,
    Finding,
    Grammar,
    cannot_stand_together,
)
from wirelint.grammar.tagging import Tagged

_PAIR_TAGS = POS | TO | DET | MODAL | HAVE | DO | PRON_S | PREP_STRICT | VERB | JJ
_PAIR_NEXT_TAGS = BE | HAVE | DO | MODAL | TO


def _word_pair(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    """``not was``, ``India's has``, ``to of``, ``the how``, ``if can``, ``when it the``."""
    tags, words = s.tags, s.words
    a, b = words[i], words[i + 1]
    ta, tb = tags[i], tags[i + 1]
    if tb & UNK or ta & UNK:
        return None
    bad = False
    finite_only = tb & (BE | HAVE | DO | MODAL) and not tb & (VERB | NN | NNS | JJ | PRONOUN)
    if (
        a == "not"
        and finite_only
        and i > 0
        and words[i - 1] not in ("or", "if", "whether", "only", "why")
    ):
        bad = True  # Peru not was withdrawing
    elif (
        ta & POS
        and (finite_only or b in _FINITE_BE_HAVE)
        and not tb & MODAL
        and s.tokens[i].text[:1].islower()
        and a.removesuffix("'s") not in sc.adverbial
    ):
        # the government's has intention; a name's possessive often stands for its noun
        # (France's is forecast, McDonald's are listed, Trump's was the only one)
        bad = True
    elif ta & TO and b == "of":
        bad = True  # hard to of win
    elif ta & DET and a in sc.open_determiners and b in sc.pair_after_determiner:
        bad = True  # its around 35 pct, a how game
    elif a in sc.clause_openers and tb & MODAL and not tb & (NN | NNP) and "'" not in b:
        bad = True  # if can we afford (when I'll carries its subject)
    elif (
        a == "it"
        and b in ("the", "a", "an")
        and i > 0
        and not sc.object_it(s, i)
        and not tags[i - 1] & FINITE_AUX
        and words[i - 1].lower() not in _FINITE_BE_HAVE
    ):
        bad = True  # when it the whole issue (not "Was it the", capitalised mid-line)
    elif (
        b == "which"
        and ta & (MODAL | HAVE | DO | DET | PRON_S)
        and not ta & (VB | NN)
        and a not in ("those", "these", "this", "that")
    ):
        bad = True  # has which created, would have which to
    elif (
        ta & PREP_STRICT
        and not ta & PART
        and b == "of"
        and a != b
        and a not in ("because", "instead", "ahead")
    ):
        bad = True  # preparing for of the Olympiad
    elif (
        a in ("of", "from", "with", "by", "for", "at", "into", "during", "among")
        and tb & TO
        and not (i + 2 < len(tags) and words[i + 2] in ("what", "which", "whom", "whose"))
        and not (i > 0 and tags[i - 1] & (VBN | VBD) and not tags[i - 1] & NOUN)
        and not _stranded(s, i)
    ):
        bad = True  # from to BT (not the question of to what extent, being looked at to see)
    elif ta & DET and a in sc.open_determiners and b == "that":
        bad = True  # the that
    elif (
        a in ("be", "been")
        and ((tb & (MODAL | BE | HAVE) and not tb & (VERB | PRONOUN | NN)) or b == "will")
        and not any(w in ("what", "whatever", "whoever") for w in words[:i])
    ):
        bad = True  # be will, been has (not whatever it might be should be)
    elif (
        ta & JJ
        and not ta & (NOUN | VERB | RB | CLOSED | CD | ADV_IN | UNK | NNP)
        and b in ("a", "an", "the")
        and a not in sc.before_article
        and i > 0
        and not tags[i - 1] & (BE | BE_X | VERB)
        and words[i - 1]
        not in ("as", "so", "too", "how", "however", "this", "that", "just", "quite")
        and words[i - 1] not in ("more", "less", "most", "least", "and", "or")
        and "the" not in words[max(0, i - 3) : i]
        and a not in ("pending", "overshot", "notwithstanding")
    ):
        # new a plan; not the comparative correlative (the larger the contract, the more)
        # or a heavy object put last (to make more difficult the build-up)
        bad = True
    elif ta & DET and a in sc.open_determiners and b in sc.indefinite_pronouns:
        bad = True  # assume a someone
    elif (
        ta & DET
        and a in sc.open_determiners
        and b in ("have", "be", "do", "if", "because", "unless", "although", "though")
    ):
        bad = True  # incentives the have, the if consumer
    elif ta & PRON_S and b in ("what", "which") and i > 0 and not tags[i - 1] & FINITE_AUX:
        bad = True  # they what knew
    elif (
        b in ("he", "she", "they", "we")
        and ta & VERB
        and not ta & (NOUN | JJ | CLOSED | VBG)
        and not sc.lemma_in(a, sc.clause_verbs)
        and not sc.lemma_in(a, sc.quote_verbs)
        and i + 2 < len(tags)
        and s.joined[i + 1]
        and not tags[i + 2] & (VERB | FINITE_AUX | RB | ADV_IN | UNK | CLOSED)
    ):
        bad = True  # can play they scrum-half
    elif (
        a == "be"
        and i > 0
        and s.joined[i - 1]
        and words[i - 1] != "please"
        and tags[i - 1] & VERB
        and not tags[i - 1] & (FINITE_AUX | TO | NOUN | JJ | CLOSED)
        and words[i - 1] not in ("let", "lets", "make", "made", "makes")
    ):
        bad = True  # laws seem be to
    if not bad:
        return None
    return cannot_stand_together(s, i)


#: Relative pronouns that may leave a preposition stranded at their clause's end.
_RELATIVES = frozenset({"that", "which", "whom"})


def _stranded(s: Tagged, i: int) -> bool:
    """Is the preposition at ``i`` stranded at the end of a relative clause, ``to`` then
    opening a purpose clause (``the loopholes that investors took advantage of to fund
    films``)? A relative pronoun straight after a noun, then a verb, with no comma or
    break between it and the preposition."""
    seen_verb = False
    for k in range(i - 1, 0, -1):
        if not s.joined[k]:
            return False
        if s.words[k] in _RELATIVES and s.tags[k - 1] & NOUN and s.joined[k - 1]:
            # an object relative: a subject after the pronoun, not its verb (players
            # who have played ... going into to win: the gap is the subject)
            after = s.tags[k + 1]
            subject = after & (DET | PRONOUN | NOUN | NNP | JJ | CD) and not after & FINITE_AUX
            return seen_verb and bool(subject)
        if s.tags[k] & VERB:
            seen_verb = True
    return False


def _trigger(sc: Grammar, s: Tagged, i: int) -> bool:
    next_fits = (
        s.tags[i + 1] & _PAIR_NEXT_TAGS
        or s.words[i + 1] in sc.pair_second_words
        or s.words[i] == "be"
    )
    return bool(next_fits and (s.tags[i] & _PAIR_TAGS or s.words[i] in sc.pair_first_words))


#: The words ``_may_pair`` reads, besides the lists it names.
_PAIR_TEST_WORDS = frozenset(
    {
        *("not", "it", "be", "been", "those", "these", "this", "that"),
        *("because", "instead", "ahead", "of", "from", "with", "by", "for", "at", "into"),
        *("during", "among", "which", "the", "a", "an", "will", "have", "do", "if"),
        *("unless", "although", "though", "what", "he", "she", "they", "we"),
        *_FINITE_BE_HAVE,
    }
)
#: The next token's tags ``_may_pair`` reads.
_PAIR_TEST_NEXT = UNK | BE | HAVE | DO | MODAL | TO | VERB | NN | NNS | JJ | PRONOUN | NNP


def _may_pair(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``_word_pair`` may find the pair: each of its cases as these two tokens
    alone can tell it (the words before and after left out), in the same order."""
    if ta & UNK or tb & UNK:
        return False
    finite_only = tb & (BE | HAVE | DO | MODAL) and not tb & (VERB | NN | NNS | JJ | PRONOUN)
    determiner = bool(ta & DET) and a in sc.open_determiners
    return bool(
        (a == "not" and finite_only)
        or (ta & POS and (finite_only or b in _FINITE_BE_HAVE) and not tb & MODAL)
        or (ta & TO and b == "of")
        or (determiner and b in sc.pair_after_determiner)
        or (a in sc.clause_openers and tb & MODAL and not tb & (NN | NNP))
        or (a == "it" and b in ("the", "a", "an"))
        or (
            b == "which"
            and ta & (MODAL | HAVE | DO | DET | PRON_S)
            and not ta & (VB | NN)
            and a not in ("those", "these", "this", "that")
        )
        or (ta & PREP_STRICT and not ta & PART and b == "of" and a != b)
        or (a in ("of", "from", "with", "by", "for", "at", "into", "during", "among") and tb & TO)
        or (determiner and b == "that")
        or (
            a in ("be", "been")
            and ((tb & (MODAL | BE | HAVE) and not tb & (VERB | PRONOUN | NN)) or b == "will")
        )
        or (
            ta & JJ
            and not ta & (NOUN | VERB | RB | CLOSED | CD | ADV_IN | UNK | NNP)
            and b in ("a", "an", "the")
        )
        or (determiner and b in sc.indefinite_pronouns)
        or (
            determiner
            and b in ("have", "be", "do", "if", "because", "unless", "although", "though")
        )
        or (ta & PRON_S and b in ("what", "which"))
        or (b in ("he", "she", "they", "we") and ta & VERB and not ta & (NOUN | JJ | CLOSED | VBG))
        or a == "be"
    )


FAMILY = Family(
    "word-pair",
    __doc__ or "",
    "token",
    _trigger,
    _word_pair,
    mask=_PAIR_TAGS,
    words="pair_first_words",
    next_mask=_PAIR_NEXT_TAGS,
    next_words="pair_second_words",
    next_exempt=frozenset({"be"}),
    pair=_may_pair,
    pair_next_mask=_PAIR_TEST_NEXT,
    pair_words=(
        "open_determiners",
        "clause_openers",
        "pair_after_determiner",
        "indefinite_pronouns",
        _PAIR_TEST_WORDS,
    ),
)
