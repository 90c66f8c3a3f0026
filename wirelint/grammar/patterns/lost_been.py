"""lost-been: a perfect passive that lost its ``been`` (``has driven by the poor state``).

``has``, ``have`` or ``had`` then a past participle, ``by`` and the agent (a determiner,
a name or an object pronoun) is a passive whose ``been`` an edit took away: ``demand
has driven by the poor state of transport``, ``Mr Blair had hurt by the controversy``.
The active perfect with ``by`` has a number after it (``has risen by 5%``, ``has won by
two goals``) or a verb that takes no object (the pack's ``intransitive-verbs``: ``has
stood by the decision``, ``has gone by the book``), and those pass; so do verbs of the
pack's ``by-phrasal-verbs`` (abide by, swear by, stop by). ``by`` before a point in
time (the pack's ``time-points`` and ``time-periods``: ``by the close of play``, ``by
Monday``) sets a deadline for an active verb, not an agent.

Flags:
    Demand in India also has driven by the poor state of public transport.
    But Mr Blair had hurt by the Iraq controversy, he added.
    Budget debates have delayed by an opposition boycott.
    Both plants have closed by the owners of the site.

Passes:
    Sales have risen by 5% this year.
    The minister has stood by the decision.
    Profits had fallen by a third.
    The company has abided by the ruling.
    The club has won by two goals.
    China's economy has expanded by a breakneck 9.5% in 2004.
    It had shipped many players by the end of last year.
    Some 50,000 fans were expected to have arrived by the close of play.
    The team hopes to have signed by Friday.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import ADV_IN, CD, DET, HAVE, NNP, PRON_O, VBN
from wirelint.grammar.patterns.base import Family, Finding, Grammar
from wirelint.grammar.tagging import Tagged


def _lost_been(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    j = sc.skip_adverbs(s, i + 1)
    n = len(s.words)
    if j + 2 >= n or not s.joined[j - 1] or not s.joined[j] or not s.joined[j + 1]:
        return None
    if not s.tags[j] & VBN or s.words[j + 1] != "by" or s.words[j] == "been":
        return None
    agent = s.tags[j + 2]
    if not agent & (DET | NNP | PRON_O) or agent & CD or s.words[j + 2] in _QUANTITIES:
        return None  # has risen by 5%, by a third, by half: a measure, not an agent
    if "'" in s.words[i]:
        return None  # the renaissance we've seen by the party: a relative clause's gap
    if any(s.tags[k] & CD for k in range(j + 2, min(j + 6, n))):
        return None  # by a breakneck 9.5%: a measure
    if j + 3 < n and (s.words[j + 3] in _MEASURES or s.words[j + 3] in sc.adverbial):
        return None  # by a third, by a wide margin, by the end of the year
    when = j + 3 if agent & DET else j + 2
    time = s.words[when].lower() if when < n else ""  # (a name keeps its capital: Friday)
    if time in sc.lex.words.get("time-points", frozenset()) or time in sc.lex.words.get(
        "time-periods", frozenset()
    ):
        return None  # by the close of play, by Monday: a deadline, not an agent
    verb = s.words[j]
    if sc.lemma_in(verb, sc.intransitive) or sc.lemma_in(
        verb, sc.lex.words.get("by-phrasal-verbs", frozenset())
    ):
        return None
    return Finding(
        i,
        j,
        f"`{s.tokens[i].text} {s.tokens[j].text} by`: a passive needs `been` "
        f"(`{s.tokens[i].text} been {s.tokens[j].text}`)",
        True,
        "verb-form",
    )


#: Determiners that start a measure after ``by`` (by a third, by half, by another 5%).
_QUANTITIES = frozenset({"half", "another", "some", "more", "much", "far", "about", "around", "nearly", "almost", "over", "up", "just", "only"})  # fmt: skip
#: Words after ``by a`` that make a measure (by a third, by a wide margin, by a point).
_MEASURES = frozenset({"third", "quarter", "fifth", "tenth", "half", "further", "wide", "narrow", "margin", "point", "factor", "fraction", "whisker", "length", "head", "neck", "total", "record", "similar", "small", "large", "big", "huge", "tiny", "single", "slim", "massive"})  # fmt: skip


def _may_follow(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``_lost_been`` may find the pair: an inner adverb (the participle is
    further on) or a participle other than ``been``."""
    return bool(tb & ADV_IN or (tb & VBN and b != "been"))


FAMILY = Family(
    "lost-been",
    __doc__ or "",
    "token",
    None,
    _lost_been,
    mask=HAVE,
    pair=_may_follow,
    pair_next_mask=ADV_IN | VBN,
    pair_words=frozenset({"been"}),
)
