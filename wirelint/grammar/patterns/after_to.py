"""after-to: an infinitive ``to`` before a verb that is not in its base form.

``hope to went``, ``keen to made``, ``set up to investigated``, ``happy to sent``,
and a finite verb or a subject pronoun after ``to``. Where ``to`` may be a
preposition, a participle that describes the noun after it passes (due to increased
exports, returned to reduced levels).

Flags:
    Officials said they hope to went back to the talks.
    Microsoft is keen to made its search engine a success.
    The tribunal was set up to investigated civil disturbances.
    His family was happy to sent him overseas to study.

Passes:
    Demand rose due to increased exports, the ministry said.
    Output returned to reduced levels in March.
    The official you are referring to is no longer in government.
    There is still some attraction to steels this year.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    BE,
    CD,
    CLOSED,
    CONJ,
    DET,
    DO,
    HAVE,
    JJ,
    MODAL,
    NN,
    NNP,
    NNS,
    NOUN,
    POS,
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
    VERB,
)
from wirelint.grammar.patterns.base import (
    NONVERB,
    Family,
    Finding,
    Grammar,
)
from wirelint.grammar.tagging import Tagged


def _infinitive_to(sc: Grammar, s: Tagged, i: int) -> bool:
    """Whether ``to`` at ``i`` marks an infinitive (aims to, is expected to, in order to)."""
    if i == 0 or not s.joined[i - 1]:
        return False
    prev = s.words[i - 1]
    if prev in sc.infinitive_nouns:
        return True  # a bid to, failure to, happy to: only a verb follows
    if s.tags[i - 1] & NN and i > 1 and s.tags[i - 2] & (DET | POS | JJ):
        return False  # a move to, the plan to: a noun, and "to" may be a preposition
    if prev in sc.infinitive_words:
        return True
    return bool(s.tags[i - 1] & VERB) and sc.lemma_in(prev, sc.infinitive_words)


def _stranded(s: Tagged, i: int) -> bool:
    """Whether ``to`` at ``i`` may end a relative clause whose verb follows it: a noun, then
    a subject of its own close before (the person you are referring to is, every activist
    I spoke to said)."""
    for k in range(max(1, i - 5), i - 1):
        if not all(s.joined[k - 1 : i]):
            continue
        if (s.tags[k] & PRON_S or s.words[k] in ("you", "it")) and s.tags[k - 1] & NOUN:
            return True
    return False


def _noun_plural(sc: Grammar, word: str) -> bool:
    """Whether an -s form the table lists only as a verb may be a noun's plural (to steels)."""
    base = sc.base(word)
    return word.endswith("s") and base is not None and bool(sc.lex.tag(base) & NN)


def _after_to(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    j = i + 1
    x, xt = s.words[j], s.tags[j]
    if xt & UNK:
        return None
    word = s.tokens[j].text
    if (
        (
            xt & (VBD | VBZ)
            and not xt & (VB | VBN | NONVERB)
            and not (xt & VBZ and _noun_plural(sc, x))
        )
        or (
            xt & (VBD | VBN | VBZ)
            and not xt & (VB | CLOSED | NNP | CD | NN | NNS)
            and _infinitive_to(sc, s, i)
        )
        or (
            xt & (VBD | VBN)
            and not xt & (VB | CLOSED | NNP | CD | UNK)
            and i > 0
            and s.joined[i - 1]
            and s.words[i - 1] in sc.infinitive_nouns
        )
    ):
        base = sc.base(x)
        hint = f" (`to {base}`)" if base else ""
        return Finding(
            i,
            j,
            f"`to {word}`: after `to`, the verb should be in its base form{hint}",
            True,
            "verb-form",
        )
    nt = s.tags[j + 1] if j + 1 < len(s.tags) and s.joined[j] else 0
    if (
        xt & (VBD | VBN)
        and not xt & (VB | CLOSED | NNP | CD | NN | NNS)
        and not (i > 0 and s.words[i - 1] in ("from", "between"))
        and not _stranded(s, i)
        and (
            # a participle that is never an adjective (to supplied grain)
            (not xt & (JJ | RB | VBZ) and nt & (NOUN | JJ | NNP) and not nt & UNK)
            or (nt & (DET | PRON_O | POS) and not nt & (NOUN | JJ))
            or (j + 1 < len(s.tags) and s.words[j + 1] in sc.object_words)
            # a participle after "to" that does not describe a following noun
            # (to increased demand) is a verb that lost its base form
            or not (
                nt & (NOUN | JJ | NNP | UNK | VBG | VBZ | CONJ) or s.words[j + 1 : j + 2] == [","]
            )
        )
    ):
        base = sc.base(x)
        hint = f" (`to {base}`)" if base else ""
        return Finding(
            i,
            j,
            f"`to {word}`: after `to`, the verb should be in its base form{hint}",
            True,
            "verb-form",
        )
    if x in ("been", "being") and _infinitive_to(sc, s, i):
        return Finding(i, j, f"`to {word}`: after `to`, the verb should be `be`", True, "verb-form")
    if xt & (BE | HAVE | DO | MODAL) and not xt & (VB | NN):
        if any(w in sc.cleft_cues for w in s.words[:i]) or _stranded(s, i):
            return None  # what it boils down to is, the site it leads users to could be
        return Finding(i, j, f"`to {word}`: a finite verb cannot follow `to`", True, "verb-form")
    if xt & PRON_S:
        return Finding(
            i,
            j,
            f"`to {word}`: `{word}` cannot follow `to`; a word is missing or left over",
            True,
            "word-order",
        )
    return None


def _may_follow(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``_after_to`` may find the pair: a word after ``to`` one of its cases reads."""
    return not tb & UNK and bool(
        tb & (VBD | VBN | VBZ | PRON_S)
        or b in ("been", "being")
        or (tb & (BE | HAVE | DO | MODAL) and not tb & (VB | NN))
    )


FAMILY = Family(
    "after-to",
    __doc__ or "",
    "token",
    None,
    _after_to,
    mask=TO,
    pair=_may_follow,
    pair_next_mask=UNK | VBD | VBN | VBZ | BE | HAVE | DO | MODAL | VB | NN | PRON_S,
    pair_words=frozenset({"been", "being"}),
    headline_style=True,
)
