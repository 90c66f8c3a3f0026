"""after-modal: the verb after a modal is not in its base form.

``can went``, ``would limited``, ``will works``, ``will to decide`` (a ``to`` that
does not belong), ``may its have`` (a word left over between the modal and its
verb). A modal that may be a noun (the will to win, a can of worms) or a name
(May said) is left alone.

Flags:
    The minister can went to the summit on Friday.
    The committee will to decide on the bid next week.
    The bank would limited the impact of the move.
    He said everything else will works itself out.
    They believe he may its have injured himself.
    The fund may selling on the open market its stake in the firm.

Passes:
    Only the political will to act was missing, he said.
    May said the deal was done. In May the bank raised rates.
    We will do all we can to help rectify the problem.
    BBC viewers will of course be able to watch the ceremony.
    Should prices fall, the firm will cut output.
    They earn as much growing rice as they could growing wheat.
    The fund may depending on prices dispose of part of its stake.
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
    HAVE,
    HAVE_X,
    JJ,
    MODAL,
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
    TO,
    UNK,
    VB,
    VBD,
    VBG,
    VBN,
    VBZ,
)
from wirelint.grammar.patterns.base import (
    Family,
    Finding,
    Grammar,
)
from wirelint.grammar.tagging import Tagged

#: What a base-form verb may not also be, to be read as the modal's verb past an aside.
_NOT_BASE = NOUN | JJ | VBD | VBN | VBZ | VBG | CLOSED | NNP | CD | RB | UNK


def _verb_after_aside(s: Tagged, j: int) -> bool:
    """Is the -ing form at ``j`` an aside whose commas were left out (``may depending on
    market conditions acquire``)? A preposition follows it and, a few words on, a word
    that can only be a base-form verb: the modal's own verb, after the aside."""
    n = len(s.words)
    if j + 1 >= n or not s.joined[j] or not s.tags[j + 1] & PREP or s.tags[j + 1] & TO:
        return False
    for k in range(j + 2, min(j + 7, n)):
        if not s.joined[k - 1]:
            return False
        t = s.tags[k]
        if t & VB and not t & _NOT_BASE and not s.tags[k - 1] & TO:
            return True
    return False


def _subject_before_modal(sc: Grammar, s: Tagged, i: int) -> bool:
    """Whether the word before an ambiguous will/can/must is its subject (not "an iron will")."""
    if i == 0:
        return False
    prev = s.tags[i - 1]
    if s.words[i - 1] == "else" or s.words[i - 1] in sc.indefinite_pronouns:
        return True  # everything else will, someone will
    if prev & (PRON_S | PRON_A | NNP) or s.words[i - 1] in (
        "which",
        "who",
        "that",
        "and",
        "but",
        "or",
    ):
        return True
    if prev & (VBD | VBN) and not prev & (NOUN | JJ):
        return True  # the number sold will
    if prev & (NN | NNS) and not prev & (JJ | CLOSED) and s.joined[i - 1]:
        before = s.words[i - 2] if i > 1 else ""
        return before not in ("a", "an") and not (i > 1 and s.tags[i - 2] & POS)
    return False


def after_modal(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    tags, words = s.tags, s.words
    t = tags[i]
    aux = s.tokens[i].text
    after = sc.verb_after(s, i)
    if after is None:
        return None
    j, x, xt, word = after
    prev = tags[i - 1] if i > 0 else 0
    if t & NN and (prev & (DET | POS | PREP) or (prev & JJ and not prev & (NOUN | NNP | PRONOUN))):
        return None  # the will to win, political will, a can of worms
    if s.tokens[i].text[0].isupper() and not xt & PRONOUN:
        return None  # May, Will (names)
    if (i == 0 or not s.joined[i - 1]) and xt & NNS and not xt & VB:
        return None  # should reserves become available: a condition put first
    if xt & VBG and "as" in words[max(0, i - 3) : i]:
        return None  # as much growing cotton as they could growing grain: "earn" left out
    if i > 0 and words[i - 1] in ("as", "so", "than", "nor"):
        return None  # as will making Yahoo Messenger available
    if xt & VBG and _verb_after_aside(s, j):
        return None  # may, depending on market conditions, acquire: the commas left out

    if xt & TO and j + 1 < len(tags) and s.joined[j] and tags[j + 1] & VB and not tags[j + 1] & UNK:
        if any(w in sc.ellipsis_cues for w in words[max(0, i - 4) : i]):
            return None  # all we can to help: the verb after "can" is left out
        if t & NN and not _subject_before_modal(sc, s, i):
            return None  # an iron will to succeed
        verb = s.tokens[j + 1].text
        return Finding(
            i,
            j + 1,
            f"`{aux} to {verb}`: no `to` after `{aux}` (`{aux} {verb}`)",
            True,
            "verb-form",
        )
    if t & NN and not _subject_before_modal(sc, s, i):
        return None
    if x in ("been", "being"):
        return Finding(
            i,
            j,
            f"`{aux} {word}`: after `{aux}`, the verb should be `be`",
            True,
            "verb-form",
        )
    if xt & (BE | HAVE | DO | MODAL) and not xt & (VB | NN | BE_X | PRONOUN):
        return Finding(
            i,
            j,
            f"`{aux} {word}`: two finite verbs in a row; after `{aux}` the verb should be in its base form",
            True,
            "verb-form",
        )
    if (
        xt & (VBD | VBN | VBZ | VBG)
        and not xt & (VB | CLOSED | NNP | CD | BE_X | HAVE_X | POS)
        and not (xt & RB and not xt & VBZ)
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
        x in ("the", "a", "an", "its", "their", "his", "her", "our", "my", "your")
        and j + 1 < len(tags)
        and s.joined[j]
        and (
            words[j + 1] in ("have", "be")
            or (tags[j + 1] & VB and not tags[j + 1] & (NOUN | JJ | VBD | VBN | CLOSED | UNK))
        )
    ):
        return Finding(
            i,
            j + 1,
            f"`{aux} {word} {s.tokens[j + 1].text}`: `{word}` is left over between `{aux}` and its verb",
            True,
            "word-order",
        )
    if (
        x == "of"
        and j == i + 1
        and not (j + 1 < len(tags) and words[j + 1] in ("course", "necessity"))
    ):
        return Finding(
            i,
            j,
            f"`{aux} {word}`: a verb is missing after `{aux}`, or a word is left over",
            True,
            "verb-form",
        )
    if (
        x in ("the", "a", "an")
        and j == i + 1
        and prev & (PRON_S | NNS | NNP)
        and not sc.inverted(s, i)
    ):
        return Finding(
            i,
            j,
            f"`{aux} {word}`: a verb is missing after `{aux}`, or the words are out of order",
            True,
            "word-order",
        )
    return None


def _may_follow(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``after_modal`` may find the pair: an inner adverb (the verb the modal
    governs is further on), or a word one of its cases reads."""
    if tb & ADV_IN:
        return True
    return not tb & UNK and bool(
        tb & TO
        or b in _READ_WORDS
        or (tb & (BE | HAVE | DO | MODAL) and not tb & (VB | NN | BE_X | PRONOUN))
        or (
            tb & (VBD | VBN | VBZ | VBG)
            and not tb & (VB | CLOSED | NNP | CD | BE_X | HAVE_X | POS)
            and not (tb & RB and not tb & VBZ)
        )
    )


#: The words after a modal ``after_modal`` reads.
_READ_WORDS = frozenset(
    {"been", "being", "of", "the", "a", "an", "its", "their", "his", "her", "our", "my", "your"}
)


FAMILY = Family(
    "after-modal",
    __doc__ or "",
    "token",
    None,
    after_modal,
    mask=MODAL,
    pair=_may_follow,
    pair_next_mask=(ADV_IN | UNK | TO | BE | HAVE | DO | MODAL | VB | NN | BE_X | HAVE_X | PRONOUN)
    | (VBD | VBN | VBZ | VBG | CLOSED | NNP | CD | POS | RB),
    pair_words=_READ_WORDS,
    headline_style=True,
)
