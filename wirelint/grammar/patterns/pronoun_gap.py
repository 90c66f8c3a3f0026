"""pronoun-gap: a subject pronoun and its complement with the copula between them cut.

A subject pronoun is followed by its verb, past inner adverbs (``they still hold``,
``we never said``). When the words after the pronoun and its adverbs are what a
copula introduces, an edit took ``is``, ``are`` or ``was`` away: an adjective that is
never a verb (``They more accurate``, ``they not even able``, ``It not impossible``),
an -ing form after an adverb (``we not hurting``), or an article after ``this`` at a
clause's start (``This an excellent move``). ``he looking`` and ``it a success``
(nothing between) are the ``pronoun`` and ``lost-copula`` families'. ``not only`` and
``not just`` pass (``they not only won but``), as do inversions and questions
(``Nor are they able``, ``Are they not ready?``), objects (``made it not impossible``)
and the subjunctive (``that he not be named``: ``be`` is a verb).

Flags:
    They more accurate than this glossy Hollywood version.
    They tell me that they not even able to get one proper meal a day.
    And Robben told the Daily Star: "It not impossible that I will play."
    What they do not understand is that we not hurting anyone.
    "This an excellent move by American Express," he said.

Passes:
    They not only won the match but also the title.
    They still hold a majority on the board.
    Nor are they really able to help.
    Are they not ready to sign the deal?
    He asked that he not be named.
    The rules made it not impossible to appeal.
    We alone know what happened.
    Call this a victory if you like.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE_X,
    CD,
    CLOSED,
    FINITE_AUX,
    HAVE_X,
    JJ,
    NN,
    NNP,
    NNS,
    PREP,
    RB,
    UNK,
    VB,
    VBD,
    VBG,
    VBN,
    VBZ,
    VERB,
)
from wirelint.grammar.patterns.base import Family, Finding, Grammar, question
from wirelint.grammar.tagging import Tagged

#: Subject pronouns: never an object, so a verb must follow them.
_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})
#: Pronouns that may be objects too: read only at a clause's start.
_AT_CLAUSE_START = frozenset({"it", "you", "this"})
#: Words after which a clause, and so its subject, starts.
_CLAUSE_STARTS = frozenset(
    {"that", "because", "if", "when", "although", "while", "since", "as", "and", "but", "so"}
)
#: ``not only``, ``not just``: a correlative whose verb follows (they not only won).
_CORRELATIVE = frozenset({"only", "just", "merely", "simply"})
#: How many inner adverbs may stand between the pronoun and the complement.
_ADVERBS = 3


def _subject(sc: Grammar, s: Tagged, i: int) -> bool:
    word = s.words[i]
    if not s.joined[i]:
        return False
    if i > 0 and s.joined[i - 1]:
        prev = s.tags[i - 1]
        if prev & (FINITE_AUX | BE_X | HAVE_X) or s.words[i - 1] in ("than", "nor"):
            return False  # are they not, nor are they, bigger than we
    if word in _SUBJECTS:
        return True
    return word in _AT_CLAUSE_START and (
        i == 0 or not s.joined[i - 1] or s.words[i - 1] in _CLAUSE_STARTS
    )


def _pronoun_gap(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    words, tags, n = s.words, s.tags, len(s.words)
    if words[i] == "this":
        if i + 2 >= n or words[i + 1] not in ("a", "an", "the") or question(s):
            return None
        return _finding(s, i, i + 1)
    # the inner adverbs after the pronoun: not, even, still, more, slightly
    j = i + 1
    while j < n and j - i <= _ADVERBS and s.joined[j - 1]:
        t = tags[j]
        if words[j] in _CORRELATIVE:
            return None  # they not only won
        if not (t & ADV_IN or (t & RB and not t & VERB)) or words[j] in sc.stop_adverbs:
            break
        j += 1
    if j == i + 1 or j >= n or not s.joined[j - 1]:
        return None  # nothing between: the pronoun family reads he looking
    t = tags[j]
    if t & (UNK | NNP | CD | CLOSED | PREP | FINITE_AUX):
        return None
    adjective = t & JJ and not t & (VERB | NNS | RB | ADV_IN)
    ing = t & VBG and not t & (VB | VBD | VBN | VBZ | JJ)
    if not (adjective or ing) or (adjective and t & NN and words[j - 1] != "not"):
        return None  # a noun-or-adjective needs "not" before it: it not impossible
    if question(s):
        return None  # Are they not ready?
    return _finding(s, i, j)


def _finding(s: Tagged, i: int, j: int) -> Finding:
    pron, word = s.tokens[i].text, s.tokens[j].text
    return Finding(
        i,
        j,
        f"`{pron}` has no verb before `{word}` (`is`, `are`, `was`?): the clause has no finite verb",
        True,
        "verb-form",
    )


def _may_follow(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``_pronoun_gap`` may find the pair: ``this`` before an article, or a
    pronoun before the inner adverb it reads past."""
    if a == "this":
        return b in ("a", "an", "the")
    return bool(tb & ADV_IN or (tb & RB and not tb & VERB))


FAMILY = Family(
    "pronoun-gap",
    __doc__ or "",
    "token",
    _subject,
    _pronoun_gap,
    words=_SUBJECTS | _AT_CLAUSE_START,
    pair=_may_follow,
    pair_next_mask=ADV_IN | RB | VERB,
    pair_words=frozenset({"this", "a", "an", "the"}),
)
