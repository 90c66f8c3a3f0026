"""lost-copula: a subject pronoun straight before an article at a clause's start (``It a success``).

At the start of a sentence or after a subordinator, a subject pronoun is followed by
its verb; ``It the investigation`` or ``said that it a success`` is a clause whose
``is`` or ``was`` an edit took away. Elsewhere ``it`` may be an object with a
complement or a time phrase (``called it a day``, ``made it the best``, ``said it a
couple of times``): those pass.

Flags:
    It a legitimisation for a backlash, she said.
    It the largest inquiry the agency had run, officials said.

Passes:
    He called it a day after ten years.
    They made it the best year on record.
    We the people are tired of waiting.
    Analysts said that made it the best year on record.
    I think I said it a couple of times now.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import PRON_A, PRON_S
from wirelint.grammar.patterns.base import Family, Finding, Grammar
from wirelint.grammar.tagging import Tagged

#: Subordinators, after which a clause starts with its subject. (Not a verb of saying:
#: "I said it a couple of times" has an object and a time phrase.)
_CLAUSE_STARTS = frozenset({"that", "because", "if", "when", "although", "while"})
_ARTICLES = frozenset({"a", "an", "the"})


def _pronoun_at_clause_start(sc: Grammar, s: Tagged, i: int) -> bool:
    word = s.words[i]
    if word not in ("it", "he", "she", "they") or not s.joined[i]:
        return False
    return i == 0 or (s.joined[i - 1] and s.words[i - 1] in _CLAUSE_STARTS)


def _lost_copula(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    if s.words[i + 1] not in _ARTICLES or i + 2 >= len(s.words):
        return None
    return Finding(
        i,
        i + 1,
        f"`{s.tokens[i].text}` has no verb before `{s.tokens[i + 1].text}` "
        "(`is`, `was`?): the clause has no finite verb",
        True,
        "verb-form",
    )


FAMILY = Family(
    "lost-copula",
    __doc__ or "",
    "token",
    _pronoun_at_clause_start,
    _lost_copula,
    mask=PRON_A | PRON_S,
    next_words=_ARTICLES,  # the article ``_lost_copula`` reads after the pronoun
)
