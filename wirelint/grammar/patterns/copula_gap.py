"""copula-gap: a clause's subject straight before what its lost copula introduced.

At a clause's start a subject pronoun is followed by its verb, and so is ``there``:
``It hard to say`` and ``and there no changes`` lost ``is`` or ``were`` in an edit. A
pronoun followed by a word the lexicon knows only as an adjective (or adverb), then by
``to``, ``that`` or a preposition the adjective takes, is such a clause; so is
``there`` before ``no``, ``a`` or ``an`` and a noun. After a verb the pronoun is an
object with its complement (``made it hard to``) and passes; so does ``there`` after a
verb or a preposition (``went there a day early``, ``from there a bus``).

Flags:
    It hard to do this job, so we connected with principals.
    On our part, we careful to avoid any actions which might add to volatility.
    The family all tested negative and there no changes to the campaign.

Passes:
    They made it hard to do this job.
    He went there a day early to see the ground.
    It is hard to do this job.
    And there was no change to the campaign.
    We alone know what happened.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import ADV_IN, CLOSED, JJ, NOUN, UNK, VERB
from wirelint.grammar.patterns.base import Family, Finding, Grammar
from wirelint.grammar.tagging import Tagged

#: Words after which a clause, and so its subject, starts.
_CLAUSE_STARTS = frozenset(
    {"and", "but", "so", "that", "because", "if", "when", "although", "while", "since"}
)
_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})
#: What an adjective that lost its copula takes after it (hard to say, sure that, keen on).
_ADJECTIVE_TAKES = frozenset({"to", "that", "for", "about", "of", "with", "on", "in"})
_THERE_NEXT = frozenset({"no", "a", "an"})
#: Adjectives a subject takes with no verb between (we alone, they both).
_WITH_SUBJECT = frozenset({"alone", "both", "all", "each", "too", "either", "neither", "only"})


def _at_clause_start(sc: Grammar, s: Tagged, i: int) -> bool:
    word = s.words[i]
    if (word not in _PRONOUNS and word != "there") or not s.joined[i]:
        return False
    # (a mark before it, a comma or a dash, leaves the previous word unjoined)
    return i == 0 or not s.joined[i - 1] or s.words[i - 1] in _CLAUSE_STARTS


def _copula_gap(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    if i + 2 >= len(s.words) or not s.joined[i + 1]:
        return None
    nxt = s.words[i + 1]
    if s.words[i] == "there":
        if nxt not in _THERE_NEXT or not s.tags[i + 2] & NOUN:
            return None
        what = "`there is`, `there are`, `there was`?"
    else:
        tags = s.tags[i + 1]
        if not tags & JJ or tags & (VERB | NOUN | UNK | CLOSED | ADV_IN) or nxt in _WITH_SUBJECT:
            return None
        if s.words[i + 2] not in _ADJECTIVE_TAKES:
            return None
        what = "`is`, `are`, `was`?"
    return Finding(
        i,
        i + 1,
        f"`{s.tokens[i].text} {s.tokens[i + 1].text}` has no verb: {what}",
        True,
        "verb-form",
    )


def _may_follow(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``_copula_gap`` may find the pair: ``there`` before ``no``, ``a`` or ``an``,
    or a pronoun before a word the lexicon knows only as an adjective."""
    if a == "there":
        return b in _THERE_NEXT
    return bool(tb & JJ and not tb & (VERB | NOUN | UNK | CLOSED | ADV_IN))


FAMILY = Family(
    "copula-gap",
    __doc__ or "",
    "token",
    _at_clause_start,
    _copula_gap,
    words=_PRONOUNS | {"there"},
    pair=_may_follow,
    pair_next_mask=JJ | VERB | NOUN | UNK | CLOSED | ADV_IN,
    pair_words=_THERE_NEXT | {"there"},
)
