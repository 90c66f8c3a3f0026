"""opening-report: a sentence that opens on a verb of saying whose subject was cut (``Said it would``).

A report names who said it. A sentence that starts with ``Said`` or ``Says``, then a
subject pronoun and its finite verb, is a report clause whose subject an edit took
away (``The company said it would`` -> ``Said it would``). An inversion names the
speaker after the verb and then stops (``Said he: "..."``; ``Said the minister, ...``):
no finite verb follows its pronoun, and a noun after the verb is not read here.

Flags:
    Said it would close the plant by March and cut 500 jobs.
    Says he opposes large-scale immigration on economic grounds.
    Added they had no plans to sell the unit this year.

Passes:
    Said he: "We will not give in."
    Said the minister, "This is a good day for the country."
    Sources said it would close the plant by March.
    Says Who? is a new quiz show on the channel.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import FINITE_AUX, PRON_A, PRON_S, VBD, VBZ
from wirelint.grammar.patterns.base import Family, Finding, Grammar
from wirelint.grammar.tagging import Tagged


def _opens_on_report(sc: Grammar, s: Tagged, i: int) -> bool:
    """Is token i the sentence's first word, a verb of saying in the past or third person?"""
    if i != 0 or not s.tokens[0].text[:1].isupper() or len(s.tokens) < 4:
        return False
    return sc.lemma_in(s.words[0], sc.lex.words.get("report-verbs", frozenset()))


def _opening_report(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    tags = s.tags
    if not (s.joined[1] and tags[1] & (PRON_S | PRON_A) and s.words[1] != "you"):
        return None
    if not (s.joined[1] and tags[2] & (FINITE_AUX | VBD | VBZ)):
        return None  # Said he: ..., Said it in March: no finite verb after the pronoun
    return Finding(
        0,
        1,
        f"the sentence opens on `{s.tokens[0].text}` with no subject before it",
        True,
        "splice",
    )


FAMILY = Family(
    "opening-report",
    __doc__ or "",
    "token",
    _opens_on_report,
    _opening_report,
    mask=VBD | VBZ,
    opens_after=frozenset(),  # the sentence's first word alone
)
