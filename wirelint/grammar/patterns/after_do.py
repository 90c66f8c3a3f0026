"""after-do: the verb after ``do``, ``does`` or ``did`` is not in its base form.

``did not knew``, ``don't thought``, ``does owns``.

Flags:
    The company did not knew about the losses, it said.
    I don't thought any company is so badly exposed.

Passes:
    Whoever does take him on is going to take a big gamble.
    How well we do depends on the weather.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    BE,
    BE_X,
    CD,
    CLOSED,
    DO,
    FINITE_AUX,
    HAVE,
    HAVE_X,
    MODAL,
    NNP,
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


def after_do(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    tags, words = s.tags, s.words
    t = tags[i]
    aux = s.tokens[i].text
    after = sc.verb_after(s, i)
    if after is None:
        return None
    j, x, xt, word = after
    negated = "n't" in words[i] or "not" in words[i + 1 : j]
    if (
        t & DO
        and negated
        and not xt & (VB | RB | CLOSED | NNP | CD | UNK | BE_X)
        and xt & (VBD | VBN | VBZ | VBG)
    ):
        base = sc.base(x)
        hint = f" (`{aux} {base}`)" if base else ""
        return Finding(
            i,
            j,
            f"`{aux} {word}`: after `{aux}`, the verb should be in its base form{hint}",
            True,
            "verb-form",
        )
    if (
        t & DO
        and xt & (VBD | VBN | VBZ)
        and not xt & (VB | NONVERB | BE_X | FINITE_AUX)
        and not any(w in ("how", "what", "whatever", "all") for w in words[:i])
    ):
        # (how well we do depends: "do" ends a clause that is the subject)
        base = sc.base(x)
        hint = f" (`{aux} {base}`)" if base else ""
        return Finding(
            i,
            j,
            f"`{aux} {word}`: after `{aux}`, the verb should be in its base form{hint}",
            True,
            "verb-form",
        )
    return None


def _trigger(sc: Grammar, s: Tagged, i: int) -> bool:
    return bool(s.tags[i] & DO and not s.tags[i] & (MODAL | HAVE | HAVE_X | BE | BE_X))


FAMILY = Family(
    "after-do", __doc__ or "", "token", _trigger, after_do, mask=DO, headline_style=True
)
