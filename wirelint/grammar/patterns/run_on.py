"""run-on: two sentences run together without punctuation or a conjunction.

A complete clause runs to a noun, a name or a number; straight after it a new
subject takes its own finite verb and object (``rates on Friday the move has
angered many borrowers``). Clauses fronted by if, when or because whose main clause
follows without a comma (When the deal was launched the players ...) pass. A bare
plural noun opens the new clause too when a verb of saying follows it (``on Friday
analysts said the bank had cut``). Tried once per sentence, where no other family
found anything.

Flags:
    The bank raised its rates on Friday the move has angered many borrowers.
    The firm shut its plant in Ohio it also cut 200 jobs.
    The album sold well before it reached the shops the singer thanked her fans.
    The shares closed higher on Friday analysts said the bank had cut its costs.

Passes:
    The first time they met the president was in 2004.
    If we can satisfy his ambition he will remain a Liverpool player.
    She thanked the people she had the privilege to work with.
    The report analysts said the bank would publish was delayed.
    Speeches made by the regulator in recent months hinted that rules might follow.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE,
    BE_X,
    CD,
    CLOSED,
    CONJ,
    DET,
    DO,
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
    PRON_O,
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
    Family,
    Finding,
    Grammar,
)
from wirelint.grammar.tagging import Tagged

_RUN_ON_SUBJECT = PRON_S | PRON_A | DET
_RUN_ON_LEFT = NOUN | NNP | CD
_RUN_ON_NOT_LEFT = (
    DET | PREP | CONJ | SUB | TO | FINITE_AUX | BE_X | HAVE_X | PRON_S | PRON_A | POS | UNK
)


def _run_on(sc: Grammar, s: Tagged) -> Finding | None:
    """``sales fell in April the decline followed a drop``: a second clause, no joint.

    A clause (a subject and a verb) runs to a noun, a name or a number; straight
    after it, with no punctuation, conjunction, subordinator or verb of saying in
    between, a new subject (a pronoun or a determiner's noun phrase) takes its own
    finite verb and its own object. A relative clause without "that" (the missiles
    they fired) leaves a gap for the noun before it; a clause with its object in
    place has none.
    """
    tags, words, joined = s.tags, s.words, s.joined
    n = len(tags)
    # Cheap first: the junctions where a complete clause starts after a noun.
    found = {
        j: f
        for j in range(2, n - 1)
        if (tags[j] & _RUN_ON_SUBJECT or _bare_reporter(sc, s, j))
        and tags[j - 1] & _RUN_ON_LEFT
        and not tags[j - 1] & _RUN_ON_NOT_LEFT
        and joined[j - 1]
        for f in (_new_clause_at(sc, s, j),)
        if f
    }
    if not found:
        return None
    first = -1  # the verb of the clause in progress
    subject = 0  # the tags of the word before when it may end a subject, else 0
    in_pp = False  # the noun before is inside a prepositional phrase (in the year ended)
    # held: in a clause fronted by if/when/because, whose main clause follows without
    # a comma (When it goes on sale the adapter costs): nothing is checked to the comma
    held = 0
    fronted = True  # at a place where a clause may start (sentence start, after "that")
    seen = False  # whether a clause has been seen in the sentence
    for j in range(1, n - 1):
        if not joined[j - 1]:
            first, subject, fronted, in_pp, held = -1, 0, not seen, False, 0
            continue
        t = tags[j - 1]
        w = words[j - 1]
        if w in ("than", "as") and not tags[j] & (PRON_S | PRON_A | DET):
            continue  # more than 40,000, as a result
        opener = j == 1 or fronted
        if t & NNP and j == 1:
            w = w.lower()  # Whilst, Whereas: unknown words that open the sentence
        if w in sc.clause_openers or w in sc.adverbial_subordinators or t & SUB:
            if w in ("which", "who", "whom", "whose") and not opener:
                pass  # a relative clause: its own verb shows a clause as well as any
            elif opener or (j > 1 and words[j - 2] in sc.adverbial):
                held = 1  # When the deal was launched the players ...; at a time when
            first, subject, fronted, in_pp = -1, 0, True, False
            continue
        if t & CONJ or w in sc.clause_adjectives:
            first, subject, fronted, in_pp = -1, 0, True, False
            continue
        if t & VERB and sc.lemma_in(w, sc.clause_verbs):
            first, subject, fronted, in_pp = -1, 0, True, False
            continue
        fronted = False
        if t & ADV_IN and not t & (NOUN | NNP):
            continue  # also, still: the subject may still be before
        if t & PREP and not t & (NOUN | JJ):
            in_pp = True
            subject = 0
            continue
        if subject and first < 0 and not t & (PRONOUN | DET | PREP | UNK):
            sure = t & (BE | HAVE | MODAL | DO) or (
                t & (VBD | VBZ) and not t & (VBN | NN | NNS | JJ | VB)
            )
            if sure or (
                t & (VBD | VBZ)
                and not in_pp
                and subject & (PRON_S | PRON_A | NNP | NNS | NN)
                and not (t & VBZ and subject & NN and not subject & NNS)
                and not (
                    t & VBN
                    and subject & (NN | NNS)
                    and not subject & (PRON_S | PRON_A | NNP)
                    and not _opens_segment(s, j - 2)
                )
            ):
                subject = 0
                in_pp = False
                seen = True
                if not held:
                    first = j - 1
                continue
        if t & (NN | NNS | NNP | CD | PRON_S) or w == "it":
            subject = 0 if t & (DET | PREP | UNK) else (t | (PRON_A if w == "it" else 0))
        else:
            subject = 0
            if t & VERB:
                in_pp = False
        if first < 0 or j - 1 == first or held:
            continue
        f = found.get(j)
        if f:
            return f
    return None


def _bare_reporter(sc: Grammar, s: Tagged, j: int) -> bool:
    """Whether a lower-case plural noun at ``j`` is the subject of a verb of saying right
    after it (``an ounce traders said the dollar was weaker``): such a subject needs no
    determiner, and the report clause opens a clause of its own."""
    tags, words, joined = s.tags, s.words, s.joined
    return (
        j + 2 < len(tags)
        and bool(tags[j] & NNS)
        and not tags[j] & (CLOSED | UNK | VERB)
        and s.tokens[j].text.islower()
        and words[j] not in sc.adverbial  # (made by Ofcom in recent months hinted that)
        and joined[j]
        and bool(tags[j + 1] & (VBD | VBZ))
        and sc.lemma_in(words[j + 1], sc.clause_verbs)
    )


def _opens_segment(s: Tagged, k: int) -> bool:
    """Whether the noun phrase ending at ``k`` opens the sentence or follows a comma."""
    tags, joined = s.tags, s.joined
    while k > 0 and joined[k - 1] and tags[k - 1] & (NOUN | NNP | JJ | DET | CD | POS):
        if tags[k - 1] & (VERB & ~VBN & ~VBG) and not tags[k - 1] & (DET | JJ):
            return False
        k -= 1
    return k == 0 or not joined[k - 1]


def _new_clause_at(sc: Grammar, s: Tagged, j: int) -> Finding | None:
    tags, words, joined = s.tags, s.words, s.joined
    lt = tags[j - 1]
    # the word before: the end of a finished clause, not a verb before its object
    if lt & (DET | PREP | CONJ | SUB | TO | FINITE_AUX | BE_X | HAVE_X | PRONOUN & ~PRON_O):
        return None
    if lt & (POS | UNK) or not lt & (NOUN | NNP | CD | PRON_O | RB):
        return None
    before = tags[j - 2] if j > 1 and joined[j - 2] else 0
    if lt & VERB and not (
        before & (DET | JJ | POS) or (before & (CD | NOUN | NNP | PREP) and not lt & (VBG | VBN))
    ):
        return None  # extract the knowledge, guests attending the event
    left = words[j - 1]
    if left in sc.adverbial or left in sc.clause_nouns or left in sc.causatives:
        return None
    if (lt & (RB | ADV_IN) and not lt & (NN | NNS | NNP | CD)) or lt & PRON_O:
        return None  # rather it come, out wide we were able, to them the project is
    # the noun phrase before must not be a first object (gave Pennzoil an award)
    k = j - 1
    while k > 1 and joined[k - 1] and tags[k - 1] & (NOUN | NNP | JJ | CD | POS | DET):
        k -= 1
    if (
        k > 0
        and tags[k - 1] & VERB
        and (sc.lemma_in(words[k - 1], sc.two_object) or sc.lemma_in(words[k - 1], sc.clause_verbs))
    ):
        return None
    relative = bool(lt & NOUN)
    o = _clause_at(sc, s, j, relative)
    if o < 0:
        return None
    if o + 1 < len(tags) and joined[o] and tags[o + 1] & (MODAL | BE | HAVE) and relative:
        return None  # problems we are sure will be temporary: the gap is the subject
    if relative and _stranded_after(s, o):
        return None  # the people I've had the privilege to work with: the gap is at the end
    noun, subject = s.tokens[j - 1].text, s.tokens[j].text
    clause = " ".join(t.text for t in s.tokens[j : o + 1])
    return Finding(
        j - 1,
        j,
        f"`{noun} {subject}`: a new clause (`{clause} ...`) starts here with no conjunction or punctuation; two sentences run together",
        True,
        "splice",
    )


def _stranded_after(s: Tagged, o: int) -> bool:
    """Whether a preposition after ``o`` ends its clause (work with., the rights to up to)."""
    tags, joined = s.tags, s.joined
    n = len(tags)
    e = o
    while e + 1 < n and joined[e]:
        e += 1
        if not tags[e] & (PREP | TO) or tags[e] & (NOUN | JJ | VERB):
            continue
        if e + 1 >= n or not joined[e] or (tags[e + 1] & PREP and not tags[e + 1] & NOUN):
            return True
    return False


def _no_gap_after(sc: Grammar, s: Tagged, v: int, relative: bool, depth: int = 0) -> int:
    """Where the object or complement of the verb chain at ``v`` is, or -1 if it may lack one.

    ``relative``: the word before the clause is a noun the clause could describe (the
    missiles they fired), so a verb without its object may be a relative clause.
    """
    tags, words, joined = s.tags, s.words, s.joined
    n = len(tags)
    m = v
    o = m + 1
    passive = False
    while m < n and tags[m] & (FINITE_AUX | BE_X | HAVE_X):
        nxt = sc.skip_adverbs(s, m + 1)
        if nxt >= n or not joined[nxt - 1]:
            return -1
        if tags[m] & (BE | BE_X) and tags[nxt] & (DET | JJ | CD) and not tags[nxt] & VERB:
            if relative and not tags[nxt] & DET:
                return -1  # the loans it was due to receive
            return nxt  # the song was an invention: a complement
        if not tags[nxt] & (VERB | BE_X | HAVE_X) or tags[nxt] & (DET | PRONOUN):
            if tags[m] & (BE | BE_X):
                return -1
            o = nxt  # has a plan, does the job: the auxiliary is the verb
            break
        passive = bool(tags[m] & (BE | BE_X) and tags[nxt] & VBN)
        m = nxt
        o = m + 1
    if o >= n or not joined[o - 1]:
        return -1
    ot = tags[o]
    verb = words[m]
    if passive:
        # was detained in Cuba, is published by: no object to leave out
        if relative:
            return -1  # the vouchers they had been given for Christmas
        if not ot & (UNK | CONJ | FINITE_AUX) and o + 1 < n and joined[o]:
            if relative and ot & (TO | PREP) and not ot & PREP_STRICT:
                return -1  # the protection a trial is intended to afford
            return o
        return -1
    if sc.lemma_in(verb, sc.clause_verbs):
        if words[o] == "that":
            return o
        # the views he believes the media ignores: the gap may be in the reported clause
        if depth < 2 and (ot & (PRON_S | DET) or words[o] == "it"):
            return _clause_at(sc, s, o, relative, depth + 1)
        return -1
    if ot & TO and not relative and depth < 2 and o + 1 < n and joined[o] and tags[o + 1] & VB:
        return _no_gap_after(sc, s, o + 1, relative, depth + 1)  # want to maintain their profits
    if (
        ot & PART
        and not ot & PREP_STRICT
        and not relative
        and o + 1 < n
        and joined[o]
        and tags[o + 1] & (DET | POS)
    ):
        return o + 1  # gave up the fight
    if sc.lemma_in(verb, sc.two_object) and ot & (PRON_O | NNP):
        return -1  # the money they gave him
    if sc.lemma_in(verb, sc.complement_verbs) and ot & DET:
        return -1  # the man they call the Butcher
    if (
        sc.lemma_in(verb, sc.intransitive)
        and ot & PREP_STRICT
        and o + 1 < n
        and joined[o]
        and tags[o + 1] & (DET | NOUN | NNP | CD | POS)
    ):
        return o  # came to power
    if ot & (PREP | PART | SUB | CONJ | TO | FINITE_AUX | PRON_S | UNK | RB | POS):
        return -1
    if not ot & (DET | NN | NNS | JJ | CD | NNP | PRON_O):
        return -1
    return o


def _clause_at(sc: Grammar, s: Tagged, j: int, relative: bool, depth: int = 0) -> int:
    """A clause from ``j``: its subject, finite verb and object; where the object is, or -1."""
    tags, words, joined = s.tags, s.words, s.joined
    n = len(tags)
    lt, tj = tags[j - 1], tags[j]
    if j + 1 >= n:
        return -1
    # the new subject
    if tj & PRON_S and words[j] != "i":
        e = j
    elif words[j] == "it" and (
        not lt & (VERB & ~VBN) or (lt & NOUN and j > 1 and tags[j - 2] & (DET | JJ | POS | NOUN))
    ):
        e = j  # not the object of a verb (gave it)
    elif words[j] in ("this", "these", "those") and tags[j + 1] & FINITE_AUX:
        e = j  # this was, those were
    elif words[j] in sc.subject_determiners and tj & DET:
        e = j + 1
        seen_noun = False
        while (
            e < n
            and joined[e - 1]
            and tags[e] & (JJ | NN | NNS | NNP | CD | VBN | VBG | POS)
            and not tags[e] & (CLOSED | UNK | VBZ)
            and not (tags[e] & VBD and (seen_noun or not tags[e] & (NOUN | JJ | NNP)))
        ):
            seen_noun = seen_noun or bool(tags[e] & (NOUN | NNP))
            e += 1
        e -= 1
        if e == j or not tags[e] & (NN | NNS | NNP) or words[e] in sc.adverbial:
            return -1
        if relative and tags[e] & NNP and not tags[e] & NOUN:
            return -1  # payments group the Performing Right Society: an apposition
    elif _bare_reporter(sc, s, j):
        e = j  # traders said the dollar was weaker: a report clause of its own
    else:
        return -1
    v = sc.skip_adverbs(s, e + 1)
    if v >= n or not joined[v - 1]:
        return -1
    vt = tags[v]
    if vt & (UNK | PRONOUN | DET | PREP):
        return -1
    if e == j:
        # after he, they, it: any verb reading is the verb (they want, he also said)
        if not vt & (FINITE_AUX | VB | VBD | VBZ):
            return -1
        if words[j] == "it" and vt & VB and not vt & (FINITE_AUX | VBD | VBZ):
            return -1
    elif not vt & (FINITE_AUX | VBD | VBZ):
        return -1
    elif vt & (NN | NNS) and not vt & FINITE_AUX and not tags[e] & (NN | NNP):
        return -1  # the company plans: a noun may go on
    # its verb chain, then what follows: an object or complement leaves no gap
    return _no_gap_after(sc, s, v, relative, depth)


def _run_on_check(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    return _run_on(sc, s)


def _trigger(sc: Grammar, s: Tagged, i: int) -> bool:
    return len(s.tags) > 6


FAMILY = Family("run-on", __doc__ or "", "sentence", _trigger, _run_on_check)
