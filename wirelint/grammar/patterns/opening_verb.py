"""opening-verb: a sentence that opens on a finite verb whose subject was cut.

A statement starts with its subject. A sentence of running copy that opens on a form
that is only ever finite (``Is``, ``Was``, ``Has``, ``Went``, ``Averaged``) and then
not on a subject pronoun, ``there`` or a noun (a question or an inversion: ``Was it``,
``Had the bank known``, ``Were economic conditions to``) lost its subject in an edit: ``Is the first athlete to be
banned``, ``Was nominated to the Supreme Court in 1975``. ``Said``, ``Added`` or
``Told`` then a colon or a comma lost theirs too (``Said: "We will not..."``). A
question passes, as do list items (``- Pledged to cut taxes``), which open on their
verb by style, base forms (``Click here``, an imperative), a word the story writes
capitalised elsewhere (``May``, ``Sears``: a name) and modals, which open the elliptical
asides of quoted speech and readers' comments (``Should be fun to see``).

Flags:
    Is the first athlete to be banned without a positive test.
    Is the city's most popular attraction and draws a million visitors a year.
    Was nominated to the Supreme Court in 1975 by President Ford.
    Are a long way from the crunch yet.
    Went on to gross over $600m in ticket sales worldwide.
    Said: "We will not be pretending there is an easy way."

Passes:
    Was it the first time an all-women crew ran the train?
    Is the plan really fair to the smallest farmers.
    Had the bank known, it would have acted sooner.
    Is there a better way, the minister asked.
    Click here to read the full report.
    Said he: "We will not give in."
    Were it not for the rain, the match would have finished.
    "Did people really expect a remedy?" he asked.
    Were economic conditions to deteriorate, many could be affected.
    Should be fun to see on the big screen.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    BE,
    DET,
    DO,
    HAVE,
    JJ,
    MODAL,
    NNP,
    NOUN,
    PRON_A,
    PRON_S,
    RB,
    VBD,
    VBN,
)
from wirelint.grammar.patterns.base import NONVERB, Family, Finding, Grammar
from wirelint.grammar.tagging import Tagged

#: Verbs of saying that, before a colon or a comma, open a quotation their subject gave.
_SAYING = frozenset({"said", "says", "added", "adds", "told", "tells"})
#: Characters that open a list item: a sentence after one opens on its verb by style.
_BULLETS = "-*•–—"


def _list_item(s: Tagged) -> bool:
    start = s.tokens[0].start
    line = s.text[s.text.rfind("\n", 0, start) + 1 : start].strip()
    return bool(line) and line[0] in _BULLETS


def _name_in_story(s: Tagged, word: str) -> bool:
    """The opening word stands capitalised after a lower-case word elsewhere in the
    story (in May, shares of Sears): a name or a month, not a verb."""
    at = s.text.find(f" {word}")
    while at != -1:
        before = s.text[max(at - 1, 0)]
        if before.islower() or before.isdigit() or before in ",":
            return True
        at = s.text.find(f" {word}", at + 1)
    return False


#: Degree words that make a noun phrase a predicate's (the city's most popular site).
_DEGREE = frozenset({"most", "more", "least", "less"})


def _asks(s: Tagged) -> bool:
    """`Is the plan really fair ...`: be, a determiner and nouns, then an adverb or an
    adjective. The nouns are the subject of an inverted question (its mark lost, as
    an interviewer's typed question may), not a predicate whose subject was cut: that
    one opens on its adjective (`Is the first athlete`) or a possessive (`Is the
    city's most popular`)."""
    k = 2
    while k < len(s.words) and s.tags[k] & (NOUN | NNP) and not s.tags[k] & (JJ | RB):
        if "'" in s.words[k] or "’" in s.words[k]:
            return False
        k += 1
    return 2 < k < len(s.words) and bool(s.tags[k] & (JJ | RB)) and s.words[k] not in _DEGREE


def _opening_verb(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    if len(s.words) < 4 or not s.tokens[0].text[:1].isupper() or s.tokens[0].text.isupper():
        return None
    word, t = s.words[0], s.tags[0]
    after = s.tags[1]
    if word in _SAYING:
        gap = s.text_between(0, 1)
        if ":" not in gap and "," not in gap:
            return None
    elif t & (BE | HAVE) and not t & (DO | MODAL):
        if "'" in word or not s.joined[0] or after & (PRON_S | PRON_A) or s.words[1] == "there":
            return None  # Was it, Is there: a question or an inversion
        if after & DET and word in ("had", "were"):
            return None  # Had the bank known, Were the deal to fail: a condition
        if after & DET and _asks(s):
            return None  # Is the plan really fair: a question that lost its mark
        if t & HAVE and not after & VBN:
            return None  # Had a good year: a heading's style
        if after & (NOUN | NNP) or (after & JJ and s.tags[2] & NOUN and not after & VBN):
            return None  # Were economic conditions to deteriorate: a condition
    elif not (t & VBD) or t & (NONVERB | VBN | DO) or not s.joined[0]:
        return None  # a base form (an imperative), a noun, a participle, did
    if "?" in s.text[s.tokens[0].start : s.tokens[-1].end + 2] or _list_item(s):
        return None  # a question, its mark maybe inside a quotation ("Is it?" he asked)
    if _name_in_story(s, s.tokens[0].text):
        return None
    return Finding(
        0,
        0,
        f"the sentence opens on `{s.tokens[0].text}` with no subject before it",
        True,
        "splice",
    )


FAMILY = Family("opening-verb", __doc__ or "", "sentence", None, _opening_verb)
