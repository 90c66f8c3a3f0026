"""noun-agreement: a noun subject and a finite verb that disagree in number.

``the ministers was``, ``the currency have``, and across ``of``/``in`` phrases
(``declines in the dollar has``). Words that look plural but are singular (news,
series), amounts (two years is), quantity nouns (a number of people are), and
bodies of people in British copy (the government are: info at most) pass. A comma
between two names (``Brooks, Weinger offices``) is inside a firm's name, not the
start of a subject.

Flags:
    The ministers was told to leave the building.
    The currency have risen about 25 pct since then.
    Declines in the dollar has also hurt exports.
    The authorities has made themselves a target.
    In Paris, Renault workers was the first to strike.

Passes:
    The news is not good for the government.
    Two years is a long time in politics.
    The government are expected to announce the plan on Monday.
    The level of responsibility they have has been tested in court.
    Fans of the band's 30-year history are invited to the show.
    From which port were the goods shipped?
    Latest year net both periods includes a gain of 9.1 mln dlrs from a sale.
    A plan to shut two Smith, Jones branches faces a vote.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE,
    CD,
    CLOSED,
    CONJ,
    DET,
    DO,
    FINITE_AUX,
    HAVE,
    JJ,
    MASS,
    NN,
    NNP,
    NNS,
    NOUN,
    POS,
    PREP,
    PRON_A,
    PRON_S,
    PRONOUN,
    RB,
    SUB,
    TO,
    UNK,
    VB,
    VBD,
    VBG,
    VBN,
    VBZ,
    VERB,
)
from wirelint.grammar.patterns.base import (
    _TO_PLURAL,
    _TO_SINGULAR,
    NONVERB,
    Family,
    Finding,
    Grammar,
    after_noun,
    noun_verb,
    question,
)
from wirelint.grammar.tagging import Tagged


def _noun_then(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    """``the ministers was``: a noun and the finite verb after it (the verb may be apart)."""
    j = noun_verb(sc, s, i)
    return _agreement(sc, s, i, j) if j is not None else None


def _np_start(sc: Grammar, s: Tagged, head: int) -> int | None:
    """Where the noun phrase ending at ``head`` starts, or None if it is inside a phrase."""
    tags = s.tags
    k = head
    while k > 0 and s.joined[k - 1]:
        pt = tags[k - 1]
        if pt & DET or pt & POS:
            k -= 1
            if k > 0 and s.joined[k - 1] and s.words[k - 1] in ("all", "both", "half"):
                k -= 1
            break
        if pt & CD:
            return None  # amounts: two years is a long time
        if s.words[k - 1] in ("all", "both", "half"):
            k -= 1  # a predeterminer opens the phrase (net both periods includes: none)
            break
        if (
            pt & (NN | NNS | JJ | NNP | VBN)
            and not pt & VBG
            and not pt & (PREP | FINITE_AUX | PRONOUN | SUB | CONJ | TO | RB)
        ):
            if (pt & VBZ and pt & NNS) or (pt & VBD and not pt & (VBN | NN | JJ)):
                return None  # the terrorism demands new powers is: demands may be the verb
            k -= 1
            continue
        break
    return k if at_boundary(sc, s, k) else None


def at_boundary(sc: Grammar, s: Tagged, k: int) -> bool:
    """Whether a subject may start at ``k``: the sentence start, a comma, ``that``, ``said``."""
    if k == 0:
        return True
    if not s.joined[k - 1]:
        raw = s.text_between(k - 1, k)
        gap = raw.strip()
        if gap in ("-", "–") and raw == gap:
            return False  # a hyphen inside a word (the show's 50-year history), not a dash
        return gap in (",", ";", ":", "-", "–", "—")
    if s.words[k - 1] in sc.subject_boundaries:
        return True
    return bool(s.tags[k - 1] & (VBD | VBZ | VB)) and sc.lemma_in(s.words[k - 1], sc.clause_verbs)


def _np_begin(sc: Grammar, s: Tagged, head: int) -> int:
    """Where the noun phrase ending at ``head`` begins (its determiner or first modifier)."""
    tags = s.tags
    k = head
    while k > 0 and s.joined[k - 1]:
        pt = tags[k - 1]
        if pt & (DET | POS):
            return k - 1
        if pt & (NN | NNS | JJ | NNP) and not pt & (VERB | CLOSED | RB | CD | UNK):
            k -= 1
            continue
        break
    return k


def _phrase_head(sc: Grammar, s: Tagged, i: int) -> tuple[int, int] | None:
    """The head noun and start of a subject that ends at ``i`` after of/in/at phrases
    (``declines in the dollar``: declines), or None when no subject starts there."""
    tags, words, joined = s.tags, s.words, s.joined
    head = i
    for _ in range(3):
        k = _np_begin(sc, s, head)
        if (
            k < 2
            or not (joined[k - 1] and joined[k - 2])
            or words[k - 1] not in sc.subject_chain_prepositions
        ):
            return None
        head = k - 2
        ht = tags[head]
        if not ht & (NN | NNS) or ht & (CLOSED | UNK | NNP | VERB & ~(VB | VBZ)):
            return None
        start = _np_begin(sc, s, head)
        if start < head and not tags[start] & (DET | POS):
            return None
        if (
            start == 0
            or (not joined[start - 1] and s.text_between(start - 1, start).strip() in (",", ";"))
            or (joined[start - 1] and words[start - 1] in ("said", "says", "that"))
            or (
                # he believed the slowdown in activity were (not a proposed forum for)
                start > 1
                and joined[start - 1]
                and joined[start - 2]
                and tags[start - 1] & (VBD | VBZ)
                and tags[start - 2] & (PRON_S | PRON_A | NNP | NNS)
                and not tags[start - 2] & (DET | POS)
                and sc.lemma_in(words[start - 1], sc.clause_verbs)
            )
        ):
            return head, start  # at the start of a sentence, a clause or a reported clause
    return None


def _agreement(sc: Grammar, s: Tagged, i: int, j: int) -> Finding | None:
    tags, words = s.tags, s.words
    head, ht = words[i], tags[i]
    verb = words[j]
    if ht & (UNK | NNP | POS | RB) or head in sc.singular_s:
        return None  # (gadgets nowadays are: an adverb, not the subject)
    if question(s):
        return None  # a question: from which observatory were the observations made?
    start = _np_start(sc, s, i)
    if start is None:
        found = _phrase_head(sc, s, i)
        if found is not None:
            return _phrase_agreement(sc, s, found[0], found[1], i, j)
        return None
    if (
        0 < start < i
        and not s.joined[start - 1]
        and tags[start] & NNP
        and not tags[start] & JJ
        and tags[start - 1] & NNP
        and s.tokens[start - 1].text[:1].isupper()
        and s.text_between(start - 1, start).strip() == ","
        and not (start > 1 and tags[start - 2] & PREP)
    ):
        return None  # two Brooks, Weinger offices alleges: a comma inside a firm's name
    if ht & VBZ and (
        not (start < i and tags[start] & (DET | POS)) or tags[i - 1] & (NN | NNS | NNP)
    ):
        return None  # "what the government wants is", "the thing that matters is"
    if ht & CD:
        return None
    noun, vtext = s.tokens[i].text, s.tokens[j].text
    if ht & NNS and (
        not ht & NN
        or (
            verb in ("has", "is", "was")
            and head.endswith("s")
            and not head.endswith(("ss", "us", "is", "ics", "ws"))
            and not ht & (VB | VBZ | JJ)
        )
    ):
        fix = _TO_PLURAL.get(verb)
        if fix is None and tags[j] & VBZ:
            fix = sc.base(verb)
        if fix is None:
            return None
        return Finding(
            i,
            j,
            f"`{noun} {vtext}`: `{noun}` is plural, so the verb should be `{fix}`",
            True,
            "agreement",
        )
    if (
        ht & NN
        and not ht & (JJ | VB | VBG)
        and (not ht & NNS or _uncountable(sc, head, ht))
        and verb in _TO_SINGULAR
        and head not in sc.collective
    ):
        if any(w in sc.subjunctive_cues for w in words[max(0, start - 3) : start]):
            return None
        fix = _TO_SINGULAR[verb]
        # British copy treats bodies of people as plural (the team are): a noun that
        # may name a group or a mass stays at info.
        return Finding(
            i,
            j,
            f"`{noun} {vtext}`: `{noun}` is singular, so the verb should be `{fix}`",
            bool(tags[start] & DET),
            "agreement",
        )
    return None


def _uncountable(sc: Grammar, word: str, t: int) -> bool:
    """A mass noun the table also lists as its own plural (currency): singular here."""
    return (
        bool(t & MASS)
        and not t & (RB | ADV_IN | CD)
        and not word.endswith(("s", "men", "ren", "i", "a"))
        and word not in sc.plural_ok
    )


def _phrase_agreement(sc: Grammar, s: Tagged, h: int, start: int, i: int, j: int) -> Finding | None:
    """``declines in the dollar has``: the verb agrees with the head, not the last noun."""
    tags, words = s.tags, s.words
    head, ht, verb = words[h], tags[h], words[j]
    if head in sc.singular_s or head in sc.quantity_nouns or head in sc.collective:
        return None
    if any(w in sc.subjunctive_cues for w in words[max(0, start - 3) : start]):
        return None
    noun, vtext = s.tokens[h].text, s.tokens[j].text
    if ht & NNS and not ht & (NN | VB):
        fix = _TO_PLURAL.get(verb)
        if fix is None:
            return None
        number = "plural"
    elif ht & NN and not ht & (JJ | VB | VBG) and (not ht & NNS or _uncountable(sc, head, ht)):
        fix = _TO_SINGULAR.get(verb)
        if fix is None:
            return None
        number = "singular"
    else:
        return None
    return Finding(
        h,
        j,
        f"`{noun} ... {vtext}`: the subject `{noun}` is {number}, so the verb should be `{fix}`",
        True,
        "agreement",
    )


def _trigger(sc: Grammar, s: Tagged, i: int) -> bool:
    return after_noun(s, i)


#: The verbs ``_agreement`` and ``_phrase_agreement`` correct by word (a verb ending in
#: -s they correct by its tags).
_CORRECTED = frozenset(_TO_SINGULAR) | frozenset(_TO_PLURAL)


def _may_agree(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``_noun_then`` may find the pair: a noun ``_agreement`` reads (not a name,
    a possessive or an adverb), then an inner adverb (the verb is further on) or a verb
    it has a correction for."""
    if ta & (UNK | NNP | POS | RB):
        return False
    return bool(
        tb & ADV_IN or b in _CORRECTED or (tb & VBZ and not tb & (NONVERB | VB | VBD | VBN))
    )


FAMILY = Family(
    "noun-agreement",
    __doc__ or "",
    "token",
    _trigger,
    _noun_then,
    mask=NOUN | CD | NNP,
    # ``noun_verb``'s finite verb, or an inner adverb before it (AFTER_NOUN_TAGS less
    # the subjects, which only the splice family reads)
    next_mask=ADV_IN | BE | HAVE | DO | VBZ,
    pair=_may_agree,
    pair_next_mask=ADV_IN | VBZ | NONVERB | VB | VBD | VBN,
    pair_words=_CORRECTED,
    headline_style=True,
)
