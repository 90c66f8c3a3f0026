"""after-be: the verb after a form of ``be`` is neither an -ing form nor a participle.

``were decide by``, ``were take from``, ``are plan to``, ``be auction to``, a past
tense or an -s form after ``is``, two forms of ``be`` or ``be`` and a modal in a
row (``they're will``). Bare nouns after ``is`` (it was time to, there is evidence
of, all we can do is wait) are left alone.

Flags:
    The talks were decide by a vote of the members.
    Prisoners were take from the jail at dawn.
    The old cars can be auction to raise cash.
    Also, we are plan to open two new plants this year.
    Now they're will distribute rice to the villages.

Passes:
    He will be 79 on Monday.
    The news is not good for the government.
    The question is have we done enough.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE,
    BE_X,
    CD,
    CLOSED,
    DET,
    HAVE,
    HAVE_X,
    JJ,
    MASS,
    MODAL,
    NN,
    NNP,
    NNS,
    NOUN,
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
    VERB,
)
from wirelint.grammar.patterns.base import (
    NONVERB,
    Family,
    Finding,
    Grammar,
)
from wirelint.grammar.tagging import Tagged


def after_be(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    tags, words = s.tags, s.words
    t = tags[i]
    aux = s.tokens[i].text
    after = sc.verb_after(s, i)
    if after is None:
        return None
    j, x, xt, word = after
    start = s.tokens[i].start
    if s.text[start - 1 : start] == "]":
        return None  # [h]is venture: an editor's bracket inside a word
    if x in ("have", "has", "do", "does") and j + 1 < len(tags) and tags[j + 1] & PRON_S:
        return None  # the issue is have we got: a question put as a complement
    if xt & MODAL and j + 1 < len(tags) and s.joined[j] and tags[j + 1] & VB and not xt & PRONOUN:
        return Finding(
            i,
            j,
            f"`{aux} {word}`: `{aux}` and `{word}` cannot follow each other; one is left over",
            True,
            "verb-form",
        )
    if (
        words[i] in ("are", "were", "'re", "aren't", "weren't")
        and xt & VB
        and not xt & (NNS | VBN | VBD | VBG | JJ | RB | CLOSED | UNK | NNP | CD)
        and x not in sc.bare_predicates
        and not (i > 0 and words[i - 1] in ("there", "here"))
        and not any(w in ("do", "does", "did", "all", "what") for w in words[:i])
        and not (j + 1 < len(tags) and s.joined[j] and tags[j + 1] & (NOUN | JJ | NNP | CD))
    ):
        # we are plan to, images are save and: a plural "be" before a singular
        # noun-or-verb is a verb that lost its -ing or -ed
        vbg = sc.form(x, VBG)
        hint = f" (`{aux} {vbg}`?)" if vbg else ""
        return Finding(
            i,
            j,
            f"`{aux} {word}`: after `{aux}`, the verb should be an -ing form or a past participle{hint}",
            True,
            "verb-form",
        )
    if (
        xt & VB
        and xt & (NN | NNS)
        and not xt & (VBN | VBD | VBG | VBZ | JJ | CLOSED | NNP | CD | UNK)
        and j + 1 < len(tags)
        and s.joined[j]
        and x not in sc.bare_predicates
        and x not in sc.predicate_nouns
        and "there" not in words[max(0, i - 2) : i]
        and "here" not in words[max(0, i - 2) : i]
    ):
        # was lock by, is yield the, were take from: a verb that lost its ending,
        # not a bare noun (there is evidence of, it was time to, all they do is wait)
        nxt = words[j + 1]
        if any(w in ("do", "does", "did", "all", "what") for w in words[:i]):
            pass
        elif (
            nxt in sc.after_passive
            or (nxt == "to" and x not in sc.predicate_nouns)
            or (
                (not xt & MASS or nxt in sc.object_starters)
                and tags[j + 1] & (DET | PRON_O | CD)
                and not tags[j + 1] & (NOUN | JJ)
                and x not in sc.predicate_nouns
                and x not in sc.clause_nouns
            )
        ):
            vbn = sc.form(x, VBN)
            hint = f" (`{aux} {vbn}`?)" if vbn else ""
            return Finding(
                i,
                j,
                f"`{aux} {word}`: after `{aux}`, the verb should be an -ing form or a past participle{hint}",
                True,
                "verb-form",
            )
    if x in ("be", "been") and words[i] != "being" and not (x == "be" and words[i] == "be"):
        return Finding(
            i,
            j,
            f"`{aux} {word}`: two forms of `be` in a row; one is left over",
            True,
            "verb-form",
        )
    if xt & VBD and not xt & (VB | VBN | NONVERB):
        base = sc.base(x)
        vbn = sc.lex.form(base, VBN) if base else None
        hint = f" (`{aux} {vbn}`?)" if vbn else ""
        return Finding(
            i,
            j,
            f"`{aux} {word}`: a past tense cannot follow `{aux}`{hint}",
            True,
            "verb-form",
        )
    if xt & VBZ and not xt & (VB | VBN | VBG | NONVERB):
        return Finding(
            i,
            j,
            f"`{aux} {word}`: a verb ending in -s cannot follow `{aux}`",
            True,
            "verb-form",
        )
    if xt & VB and not xt & (VBN | VBD | VBG | VBZ | NONVERB | BE_X):
        if any(
            w in ("do", "does", "did", "done", "doing", "all", "what", "say") for w in words[:i]
        ):
            return None  # all we can do is wait
        if words[i - 1] in ("to",) if i > 0 else False:
            pass
        vbg = sc.form(x, VBG)
        vbn = sc.form(x, VBN)
        hint = f" (`{aux} {vbg}` or `{aux} {vbn}`)" if vbg and vbn else ""
        return Finding(
            i,
            j,
            f"`{aux} {word}`: after `{aux}`, the verb should be an -ing form or a past participle{hint}",
            True,
            "verb-form",
        )
    if t & BE and xt & BE and x != words[i] and not xt & (VB | NN | PRONOUN):
        if any(w in ("what", "all") for w in words[:i]):
            return None
        return Finding(
            i,
            j,
            f"`{aux} {word}`: two forms of `be` in a row; one is left over",
            True,
            "verb-form",
        )
    if t & BE and xt & HAVE and x in ("has", "hasn't"):
        return Finding(
            i,
            j,
            f"`{aux} {word}`: `{aux}` and `{word}` cannot follow each other; one is left over",
            True,
            "verb-form",
        )
    return None


def _trigger(sc: Grammar, s: Tagged, i: int) -> bool:
    return bool(s.tags[i] & (BE | BE_X) and not s.tags[i] & (MODAL | HAVE | HAVE_X))


def _may_follow(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``after_be`` may find the pair: a ``be`` the trigger takes, then an inner
    adverb (the verb it governs is further on) or a word one of its cases reads."""
    if not ta & (BE | BE_X) or ta & (MODAL | HAVE | HAVE_X):
        return False
    if tb & ADV_IN:
        return True
    return not tb & UNK and bool(
        tb & (MODAL | BE | HAVE | VB)
        or b in ("be", "been")
        or (tb & VBD and not tb & (VB | VBN | NONVERB))
        or (tb & VBZ and not tb & (VB | VBN | VBG | NONVERB))
    )


FAMILY = Family(
    "after-be",
    __doc__ or "",
    "token",
    _trigger,
    after_be,
    mask=BE | BE_X,
    pair=_may_follow,
    pair_next_mask=ADV_IN | UNK | MODAL | BE | HAVE | VERB | NONVERB,
    pair_words=frozenset({"be", "been"}),
    headline_style=True,
)
