"""pronoun: a subject pronoun with a verb that disagrees, or a word that cannot follow it.

``they was``, ``he are``, ``we wants``, ``it have``, ``it exit``; a word left over or
out of order after the pronoun (``they the``, ``they Japan``, ``he 1994``, ``they
to``, ``he looking``). Inversions and questions (is it true, did he go), the
subjunctive (if it were), object ``it`` (made it work) and ``as it were`` pass.

Flags:
    They was told to leave the building.
    He are expected to resign on Monday.
    We wants quality schools and top hospitals, he said.
    Lloyds said it have 3.6 billion stg in reserves.
    Fiat is cutting jobs as it exit unprofitable areas.
    Exports rose because they Japan bought more rice.
    The firm said he looking for a buyer for the unit.

Passes:
    If it were up to me, the talks would continue.
    Was it the first time an all-women crew ran the train?
    Police say they may face prosecution.
    We the people are tired of waiting.
    What according to you is the main issue?
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE,
    BE_X,
    CD,
    CLOSED,
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
    VERB,
)
from wirelint.grammar.patterns.base import (
    _TO_PLURAL,
    _TO_SINGULAR,
    NONVERB,
    Family,
    Finding,
    Grammar,
)
from wirelint.grammar.tagging import Tagged

_SING_PRON = frozenset({"he", "she", "it"})
_PLURAL_PRON = frozenset({"they", "we", "i", "you"})


def _pronoun(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    tags, words = s.tags, s.words
    p = words[i]
    if p not in _SING_PRON and p not in _PLURAL_PRON:
        return None
    prev = tags[i - 1] if i > 0 else 0
    if prev & (FINITE_AUX | BE_X | HAVE_X) and s.joined[i - 1]:
        return None  # did he go, is it true, would they have
    if i > 1 and tags[i - 2] & (FINITE_AUX) and tags[i - 1] & PRONOUN:
        return None  # does she/he kill
    j = sc.skip_adverbs(s, i + 1)
    if j >= len(tags) or not s.joined[j - 1]:
        return None
    x, xt = words[j], tags[j]
    pron, word = s.tokens[i].text, s.tokens[j].text
    # Leftover or swapped words: "he the", "they he", "it they".
    if p == "it" and j == i + 1 and xt & PRON_S and not sc.object_it(s, i):
        return Finding(
            i,
            j,
            f"`{pron} {word}`: two subjects in a row; one is left over",
            True,
            "word-order",
        )
    if j == i + 1 and not (i > 0 and words[i - 1] in ("than", "as", "be", "was", "were")):
        f = _after_subject_pronoun(sc, s, i, j)
        if f:
            return f
    if tags[i] & PRON_S and j == i + 1:
        if (
            x in sc.second_determiners
            and x not in ("his", "her", "this", "that")
            and (p != "we" or x in ("a", "an"))
        ):
            return Finding(
                i,
                j,
                f"`{pron} {word}`: `{word}` cannot follow `{pron}`; a word is missing, left over or out of order",
                True,
                "word-order",
            )
        if (
            (x in sc.never_stranded or x in ("with", "from", "against"))
            and x not in ("among", "amongst", "between")
            and not (j + 1 < len(tags) and words[j + 1] == "course")
        ):
            return Finding(
                i,
                j,
                f"`{pron} {word}`: `{word}` cannot follow `{pron}`; a word is missing, left over or out of order",
                True,
                "word-order",
            )
        if (
            p in ("he", "she", "they")
            and xt & (NN | NNS | JJ)
            and not xt & (VERB | RB | CLOSED | CD | ADV_IN | UNK | NNP | FINITE_AUX | PART)
            and x not in ("alone", "themselves", "himself", "herself", "all", "both", "each")
            and not (i > 0 and tags[i - 1] & FINITE_AUX)
        ):
            return Finding(
                i,
                j,
                f"`{pron} {word}`: `{word}` cannot follow `{pron}`; a word is missing, left over or out of order",
                True,
                "word-order",
            )
        if xt & PRON_S and x != p and not (i > 0 and words[i - 1] in ("than", "as")):
            return Finding(
                i,
                j,
                f"`{pron} {word}`: two subjects in a row; one is left over",
                True,
                "word-order",
            )
    if xt & UNK:
        return None
    if p in _SING_PRON:
        fix = _TO_SINGULAR.get(x)
        if fix and xt & (BE | HAVE | DO):
            if x in ("were", "weren't") and (
                any(w in sc.subjunctive_cues for w in words[max(0, i - 6) : i])
                or (i > 0 and words[i - 1] == "as" and not s.joined[j])
            ):
                return None  # if it were, as it were
            if p == "it" and not sc.it_subject(s, i):
                return None  # "made it have", "with it are": object "it"
            if x in ("do", "have") and i > 0 and words[i - 1] == "that":
                return None  # in the national interest that it do so
            return Finding(
                i,
                j,
                f"`{pron} {word}`: the verb does not agree with `{pron}` (`{pron} {fix}`)",
                True,
                "agreement",
            )
        if (
            not (p == "it" and not sc.it_subject(s, i))
            and xt & VB
            and not xt & (FINITE_AUX | CLOSED)
            and not xt & (VBD | VBN | VBZ | JJ | RB | NNP | PREP | BE_X | HAVE_X)
            and not xt & NONVERB & ~(NN | NNS)
            and x not in ("be", "have", "do")
            and not (i > 0 and words[i - 1] in ("lest", "let"))
            and not (
                i > 0
                and words[i - 1] == "that"
                and any(w in sc.mandative for w in words[max(0, i - 10) : i - 1])
            )
        ):
            vbz = sc.form(x, VBZ)
            vbd = sc.form(x, VBD)
            hint = f" (`{pron} {vbz}` or `{pron} {vbd}`)" if vbz and vbd else ""
            return Finding(
                i,
                j,
                f"`{pron} {word}`: the verb does not agree with `{pron}`{hint}",
                True,
                "agreement",
            )
        return None
    # they / we / I / you
    fix = _TO_PLURAL.get(x)
    if p == "i" and x in ("was", "wasn't"):
        fix = None
    if fix and xt & (BE | HAVE | DO):
        if p == "you" and prev & (VERB | PREP | TO):
            return None  # according to you is: an object "you"
        return Finding(
            i,
            j,
            f"`{pron} {word}`: the verb does not agree with `{pron}` (`{pron} {fix}`)",
            True,
            "agreement",
        )
    if (
        p != "you"
        and xt & VBZ
        and not xt & (VB | VBD | VBN | JJ | NNP | PREP | BE_X | CLOSED)
        and not (xt & (NN | RB) and not xt & NNS)
    ):
        base = sc.base(x)
        hint = f" (`{pron} {base}`)" if base else ""
        return Finding(
            i,
            j,
            f"`{pron} {word}`: the verb does not agree with `{pron}`{hint}",
            True,
            "agreement",
        )
    return None


def _after_subject_pronoun(sc: Grammar, s: Tagged, i: int, j: int) -> Finding | None:
    """``they Japan``, ``he 1994``, ``they to``, ``he in the``, ``we it``, ``it computer``."""
    tags, words = s.tags, s.words
    p, x, xt = words[i], words[j], tags[j]
    bad = False
    if p == "i":
        if (
            x in ("of", "in", "at", "on", "by", "into", "with", "from", "to")
            and not (i > 0 and s.tags[i - 1] & NNP)
            and not (j + 1 < len(tags) and words[j + 1] in sc.adverbial_after_prep)
        ):
            bad = True  # I in the, I to (not Elizabeth I in, I at least)
    elif p in ("he", "she", "they", "we"):
        if xt & CD and not xt & (NN | NNS | JJ) and p != "we":
            bad = True  # he 1994
        elif xt & NNP and p != "we" and s.tokens[j].text[:1].isupper():
            # not WILL (emphasis), not He Kang (a name), not [T]he House
            start = s.tokens[i].start
            bad = (
                not s.tokens[j].text.isupper()
                and i > 0
                and s.text[start - 1 : start] not in ("]", "[")
            )
        elif x == "to" or x in ("that", "which", "who"):
            bad = True  # they to, they that
        elif (x in ("it", "you", "him", "them", "us", "me") and x != p) or (
            x in sc.indefinite_pronouns
        ):
            bad = True  # we it, we nothing had
        elif (
            x in sc.after_pronoun_prepositions
            and p != "we"
            and not (j + 1 < len(tags) and words[j + 1] in sc.adverbial_after_prep)
        ):
            bad = True  # he in the, they at
    elif (
        p == "it"
        and not (i > 0 and tags[i - 1] & (VERB | PREP | BE | BE_X))
        and (
            xt & (NN | NNS | NNP | CD)
            and not xt & (VERB | JJ | RB | CLOSED | UNK | ADV_IN)
            and not s.tokens[j].text.isupper()
        )
    ):
        bad = True  # it computer, it Japan
    if (
        not bad
        and xt & VBG
        and not xt & (VB | VBD | VBN | VBZ | CLOSED | UNK | NNP)
        and p in ("he", "she", "they", "we", "it")
        and (p != "it" or (sc.it_subject(s, i) and not (i > 0 and tags[i - 1] & VERB)))
        and not sc.inverted(s, i)
        and not (i > 0 and tags[i - 1] & (FINITE_AUX | BE_X | HAVE_X))
    ):
        bad = True  # he looking, it warming: an -ing form needs its "is"
    if (
        not bad
        and p == "it"
        and (x in sc.after_pronoun_prepositions or x in ("of", "with", "from"))
        and sc.it_subject(s, i)
        and not (i > 0 and tags[i - 1] & (VERB | PREP | FINITE_AUX | BE_X | JJ | UNK | NNP))
        and not (i > 1 and tags[i - 2] & (PRON_S | PRON_A | TO | MODAL))
        and not (j + 1 < len(tags) and words[j + 1] in sc.adverbial_after_prep)
    ):
        bad = True  # next week it for the U.S.
    if (
        not bad
        and p == "it"
        and x in ("that", "which", "who")
        and sc.it_subject(s, i)
        and not (i > 0 and tags[i - 1] & (PREP | FINITE_AUX | BE_X))
        and not (i > 0 and tags[i - 1] & VERB and not tags[i - 1] & NOUN)
    ):
        bad = True  # taxes it that are guaranteed
    if (
        not bad
        and p == "it"
        and i > 0
        and tags[i - 1] & PREP
        and not tags[i - 1] & VERB
        and words[i - 1] != "of"
        and xt & (NN | NNS)
        and not xt & (VERB | JJ | RB | CLOSED | UNK | ADV_IN | CD | NNP)
    ):
        bad = True  # claims of it responsibility
    if not bad:
        return None
    pron, word = s.tokens[i].text, s.tokens[j].text
    return Finding(
        i,
        j,
        f"`{pron} {word}`: `{word}` cannot follow `{pron}`; a word is missing, left over or out of order",
        True,
        "word-order",
    )


FAMILY = Family("pronoun", __doc__ or "", "token", None, _pronoun, mask=PRON_S | PRON_A)
