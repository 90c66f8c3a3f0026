"""splice: a noun followed by a new clause that has its own subject, verb and object.

``... the missiles they are targeting power plants``: a relative clause without
``that`` (the soldiers they killed) leaves a gap for the noun before it; a clause
with its object in place has none, so two sentences have run together.

Flags:
    Kyiv says they knock out the Russian missiles they are targeting power generation plants.
    Starts fell to 1,005,000 units in April the decline followed a 8.0 pct drop in March.

Passes:
    The soldiers they killed were new recruits, the ministry said.
    The money they gave him was never repaid.
    I'm glad it was over quickly.
    He told the BBC's Today programme his plan was sound.
    As more women "move into the age groups at highest risk for ovarian cancer we may see a decline," they said.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    BE,
    BE_X,
    CD,
    CLOSED,
    CONJ,
    DET,
    FINITE_AUX,
    HAVE,
    HAVE_X,
    JJ,
    MODAL,
    NN,
    NNP,
    NNS,
    NOUN,
    PART,
    POS,
    PREP,
    PREP_STRICT,
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
    NONVERB,
    Family,
    Finding,
    Grammar,
    after_noun,
    noun_verb,
)
from wirelint.grammar.tagging import Tagged

#: An opening quotation mark between two words: the words before it still frame the
#: clause (`As more women "move into the age groups at risk for cancer we may witness`).
_QUOTES = ('"', "“", "‘", "'")


def _splice(sc: Grammar, s: Tagged, i: int, j: int) -> Finding | None:
    """``missiles they are targeting power plants``: a second clause with its own object.

    A new subject (a pronoun or a determiner's noun phrase) straight after a noun,
    with its own finite verb and object, and a finished clause before it. A relative
    clause without "that" (the soldiers they killed) leaves a gap for the noun; this
    one has none, so the noun has nothing to attach to and two sentences have run
    together.
    """
    tags, words = s.tags, s.words
    n = len(tags)
    ht = tags[i]
    if ht & (UNK | PRONOUN | RB | CLOSED | VBD | VBN | VBG | CD) and not ht & NNP:
        return None
    if (
        not ht & (NOUN | NNP | CD)
        or words[i] in sc.adverbial
        or words[i] in sc.clause_nouns
        or words[i] in sc.clause_adjectives
        or words[i] in sc.causatives
    ):
        return None  # (I'm really glad it was: an adjective that takes a clause)
    if ht & VERB and (
        sc.lemma_in(words[i], sc.clause_verbs)
        or (i > 0 and tags[i - 1] & (PRON_S | PRON_A | NNS | NNP) and s.joined[i - 1])
    ):
        return None  # I think they, police say he: the "noun" is a verb
    # A verb that takes a clause nearby: "told reporters they", "said on Tuesday he".
    for k in range(max(0, i - 4), i):
        if tags[k] & VERB and sc.lemma_in(words[k], sc.clause_verbs):
            return None
    if _clause_taker_before(sc, s, i):
        return None
    # The words before must be a clause of their own, not a fronted phrase or an
    # "if"/"once" clause that the new clause completes.
    finite = False
    k = i - 1
    while k >= 0:
        opener = k == 0 or not s.joined[k - 1]
        if words[k] in sc.clause_openers or (opener and words[k] in sc.adverbial_subordinators):
            return None
        if words[k] == "that" and not finite:
            return None  # stated that, based on talks with banks, they were: its subject
        if tags[k] & (FINITE_AUX | VBZ) and not tags[k] & (NN | NNS):
            finite = True
        elif tags[k] & VBD and k > 0 and tags[k - 1] & (NOUN | NNP | PRONOUN):
            finite = True  # officials reported (not a fronted "Elected in 2001")
        if k == 0 or (not s.joined[k - 1] and s.text_between(k - 1, k).strip() not in _QUOTES):
            break  # a quotation opened mid-sentence goes on with the sentence
        k -= 1
    if not finite:
        return None
    # the new subject
    if tags[j] & (PRON_S | PRON_A) or (
        words[j] == "this" and j + 1 < n and tags[j + 1] & (VBD | VBZ) and not tags[j + 1] & NOUN
    ):
        k = j + 1
    else:
        k = j + 1
        seen_noun = False
        while (
            k < n
            and s.joined[k - 1]
            and tags[k] & (JJ | NN | NNS | NNP | CD | VBN | VBG)
            and not tags[k] & (CLOSED | VBZ)
            and not (tags[k] & VBD and (seen_noun or not tags[k] & (NOUN | JJ)))
        ):
            seen_noun = seen_noun or bool(tags[k] & NOUN)
            k += 1
        if k == j + 1 or not tags[k - 1] & (NN | NNS) or words[k - 1] in sc.adverbial:
            return None  # a name after "the" is often an apposition: governing body the IAAF
    k = sc.skip_adverbs(s, k)
    if k >= n or not s.joined[k - 1]:
        return None
    # its finite verb, possibly an auxiliary chain
    m = k
    if tags[k] & (FINITE_AUX | VBD | VBZ) and tags[k] & (NN | NNS | JJ):
        return None
    copula = False
    while m < n and tags[m] & (FINITE_AUX | BE_X | HAVE_X) and not tags[m] & VERB & ~VB:
        nxt = sc.skip_adverbs(s, m + 1)
        if nxt >= n or not s.joined[nxt - 1]:
            return None
        if (
            tags[m] & (BE | BE_X)
            and tags[nxt] & (DET | JJ | CD)
            and not tags[nxt] & (VERB | CLOSED & ~DET)
        ):
            copula = True  # the song was an invention
            break
        m = nxt
    mt = tags[m]
    if not copula:
        if not mt & VERB or mt & (UNK | NONVERB & ~(NN | NNS)):
            return None
        if m == k and not mt & (VBD | VBZ | VB):
            return None
        if m > k and not mt & (VBG | VBN | VB):
            return None
        verb = words[m]
        if sc.lemma_in(verb, sc.clause_verbs):
            # "the company said it would": a complete clause after the verb of saying
            # leaves no gap either; anything else may hide one (the claims he said were false)
            c = m + 1
            if not (
                c + 1 < n
                and s.joined[m]
                and s.joined[c]
                and s.words[c] in ("he", "she", "they", "we", "it")
                and tags[c + 1] & (MODAL | BE | HAVE | VBD | VBZ)
                and not tags[c + 1] & (NOUN | JJ)
                and tags[m] & (VBD | VBZ)
                and not tags[m] & NOUN
            ):
                return None
            m = c + 1
        elif sc.lemma_in(verb, sc.two_object):
            return None
    o = sc.skip_adverbs(s, m + 1) if copula else m + 1
    if o >= n or not s.joined[o - 1]:
        return None
    ot = tags[o]
    if (
        ot & PART
        and not ot & PREP_STRICT
        and o + 1 < n
        and s.joined[o]
        and tags[o + 1] & (DET | POS)
    ):
        o += 1  # rolled out the new model
        ot = tags[o]
    passive = not copula and m > k and tags[m] & VBN and tags[k] & (BE | BE_X)
    intransitive = passive or (not copula and sc.lemma_in(words[m], sc.intransitive))
    if (
        intransitive
        and ot & PREP_STRICT
        and o + 1 < n
        and s.joined[o]
        and tags[o + 1] & (NOUN | DET | NNP | CD)
    ):
        pass  # came to power: no object to leave out
    else:
        if ot & (PREP | PART | SUB | CONJ | TO | FINITE_AUX | PRONOUN | NNP | UNK | RB | POS):
            return None
        if not (ot & (DET | NN | NNS | JJ | CD)):
            return None
        if ot & VERB and not ot & (DET | NN | NNS | JJ):
            return None
    # No gap: the clause runs on to its end without a slot the noun could fill.
    e = o
    while e + 1 < n and s.joined[e]:
        nt = tags[e + 1]
        if nt & (CONJ | SUB | FINITE_AUX) or (nt & (VBD | VBZ) and not nt & (NOUN | JJ)):
            break
        e += 1
    lt = tags[e]
    if lt & (PREP | PART | TO | PRONOUN | UNK | RB | CLOSED) or words[e] in sc.adverbial:
        return None
    if lt & VERB and not lt & (NOUN | JJ | CD):
        return None
    noun, subject = s.tokens[i].text, s.tokens[j].text
    clause = " ".join(t.text for t in s.tokens[j : o + 1])
    return Finding(
        i,
        j,
        f"`{noun} {subject}`: a new clause (`{clause} ...`) starts here with no conjunction or punctuation; two sentences run together",
        True,
        "splice",
    )


def _clause_taker_before(sc: Grammar, s: Tagged, i: int) -> bool:
    """Whether a verb or an adjective that takes a clause without "that" comes before the
    noun at ``i`` with no finite verb between (told BBC Radio's the World at One his
    concern was, I'm really glad it was)."""
    tags, words = s.tags, s.words
    k = i
    while k > 0 and s.joined[k - 1]:
        k -= 1
        if words[k] in sc.clause_adjectives:
            return True
        if tags[k] & VERB and sc.lemma_in(words[k], sc.clause_verbs):
            # its clause has a verb already when one follows it (Kyiv says knock out)
            return not (tags[k + 1] & VERB and not tags[k + 1] & (NNP | DET))
        if tags[k] & (FINITE_AUX | VBD | VBZ) and not tags[k] & (NOUN | JJ):
            return False
        if tags[k] & VB and tags[k - 1] & PRON_S:
            return False  # says they knock out: the clause after "says" has its verb
    return False


def _splice_check(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    """A noun followed straight away by a new subject (not by its own verb)."""
    if noun_verb(sc, s, i) is not None or sc.skip_adverbs(s, i + 1) != i + 1:
        return None
    j = i + 1
    xt, x = s.tags[j], s.words[j]
    if xt & PRON_S or x in ("it", "you") or (xt & DET and x in sc.subject_determiners):
        return _splice(sc, s, i, j)
    return None


def _trigger(sc: Grammar, s: Tagged, i: int) -> bool:
    return after_noun(s, i)


def _may_splice(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``_splice_check`` may find the pair: a noun ``_splice`` reads, then the
    new subject ``_splice_check`` reads."""
    if ta & (UNK | PRONOUN | RB | CLOSED | VBD | VBN | VBG | CD) and not ta & NNP:
        return False
    return bool(tb & PRON_S or b in ("it", "you") or (tb & DET and b in sc.subject_determiners))


FAMILY = Family(
    "splice",
    __doc__ or "",
    "token",
    _trigger,
    _splice_check,
    mask=NOUN | CD | NNP,
    # the new subject ``_splice_check`` reads straight after the noun
    next_mask=PRON_S | DET,
    next_words=frozenset({"it", "you"}),
    pair=_may_splice,
    pair_next_mask=PRON_S | DET,
    pair_words=("subject_determiners", frozenset({"it", "you"})),
)
