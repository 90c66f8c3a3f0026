"""after-have: the verb after a perfect ``have`` is not a past participle.

``has knock``, ``had took``, ``has fell to``, and a base form that only a verb can
be before its object (``has sell 2.8 million``, ``have meet the``). Nouns that stand
after ``have`` (has access, had lunch, has coach Bernard Laporte) are left alone.

Flags:
    Kyiv says it always has knock out more of the missiles.
    Russia had took the town by the end of the week.
    The company has sell 2.8 million units this year.
    The rebels have attack British ships in the strait.
    Unemployment has fell to a single digit since March.

Passes:
    The firm had had a difficult year, the chairman said.
    He has cost the company 5 mln dlrs and has run the unit since 1985.
    The firm has access to the funds and had time to prepare.
    Wenger insists he has complete faith in the 27-year-old Spaniard.
    He has pace and power.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE_X,
    CD,
    CLOSED,
    CONJ,
    DET,
    FINITE_AUX,
    HAVE,
    HAVE_X,
    JJ,
    MASS,
    MODAL,
    NNP,
    NOUN,
    PREP,
    PRON_A,
    PRON_O,
    PRON_S,
    PRONOUN,
    RB,
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


def after_have(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    tags, words = s.tags, s.words
    aux = s.tokens[i].text
    after = sc.verb_after(s, i)
    if after is None:
        return None
    j, x, xt, word = after
    if words[i] == "had" and i > 0 and tags[i - 1] & HAVE:
        return None  # have had rain: "had" is the main verb
    if xt & FINITE_AUX and i > 0 and tags[i - 1] & (PRON_S | PRON_A):
        return None  # the responsibility they have has been tested
    if any(w in sc.stop_adverbs for w in words[i + 1 : j + 1]):
        return None
    if x in ("be", "being"):
        return Finding(
            i,
            j,
            f"`{aux} {word}`: after `{aux}`, the verb should be `been`",
            True,
            "verb-form",
        )
    if xt & VBN or xt & BE_X:
        return None
    vbn = sc.form(x, VBN)
    hint = f" (`{aux} {vbn}`)" if vbn and vbn != x else ""
    msg = f"`{aux} {word}`: after `{aux}`, the verb should be a past participle{hint}"
    if xt & (VBD | VBZ) and not xt & (VB | NONVERB):
        return Finding(i, j, msg, True, "verb-form")
    if xt & VBD and not xt & (VBN | CLOSED | NNP | CD | UNK):
        # has fell to, have rose: a past tense that is no participle, whatever
        # else it may be, unless a noun follows (has rose bushes)
        nt = tags[j + 1] if j + 1 < len(tags) and s.joined[j] else 0
        if not (nt & (NOUN | JJ) and not nt & (DET | PREP)):
            return Finding(i, j, msg, True, "verb-form")
    if (
        xt & VB
        and not xt & (CLOSED | NNP | CD | UNK)
        and j + 1 < len(tags)
        and s.joined[j]
        and x not in sc.clause_nouns
        and x not in sc.bare_nouns
    ):
        # has sell 2.8 million, have meet the, has attack British ships: whatever
        # else the word may be, only a verb stands between "has" and these
        nt, nw = tags[j + 1], words[j + 1]
        if (
            nw in sc.object_starters
            or (
                nt & (NNP | CD) and not xt & (JJ | RB) and x != "number" and x not in sc.title_nouns
            )
            or (nw == "that" and sc.lemma_in(x, sc.clause_verbs))
        ):
            return Finding(i, j, msg, True, "verb-form")
    if xt & VB and not xt & (VBD | VBZ | VBG | JJ | RB | PREP | DET | PRONOUN | NNP | CD):
        if x in sc.bare_nouns:
            return None  # had lunch, has surgery
        if xt & NOUN:
            # access, control, time: nouns after "has" unless an object or particle
            # follows; a countable noun (knock, plan) needs "a" before it.
            k = j + 1
            joined_next = k < len(tags) and s.joined[j]
            nt = tags[k] if joined_next else 0
            verbal = joined_next and (
                (words[k] in sc.phrasal_particles and (not xt & MASS or words[k] != "off"))
                or (nt & (DET | PRON_O) and not nt & (NOUN | JJ) and words[k] != "that")
                or words[k] in sc.object_words
            )
            # a countable noun before "and" may be one of two (has pace and power, has
            # search and rescue teams)
            countable = not xt & MASS and not (nt & (NOUN | JJ | NNP | CD | CONJ))
            if not (verbal or countable):
                return None
        return Finding(i, j, msg, True, "verb-form")
    return None


def _trigger(sc: Grammar, s: Tagged, i: int) -> bool:
    return bool(s.tags[i] & (HAVE | HAVE_X) and not s.tags[i] & MODAL)


def _may_follow(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``after_have`` may find the pair: a ``have`` the trigger takes, then an
    inner adverb (the verb it governs is further on), ``be`` or a verb form that is no
    participle (a participle passes before any case that finds something)."""
    if not ta & (HAVE | HAVE_X) or ta & MODAL:
        return False
    if tb & ADV_IN:
        return True
    return not tb & UNK and (
        b in ("be", "being") or bool(tb & (VB | VBD | VBZ) and not tb & (VBN | BE_X))
    )


FAMILY = Family(
    "after-have",
    __doc__ or "",
    "token",
    _trigger,
    after_have,
    mask=HAVE | HAVE_X,
    pair=_may_follow,
    pair_next_mask=ADV_IN | UNK | VB | VBD | VBZ | VBN | BE_X,
    pair_words=frozenset({"be", "being"}),
    headline_style=True,
)
