"""opening-verb: a sentence that opens on a finite verb whose subject was cut.

A statement starts with its subject. A sentence of running copy that opens on a form
that is only ever finite (``Is``, ``Was``, ``Has``, ``Went``, ``Averaged``) and then
not on a subject pronoun, ``there`` or a noun (a question or an inversion: ``Was it``,
``Had the bank known``, ``Were economic conditions to``) lost its subject in an edit: ``Is the first athlete to be
banned``, ``Was nominated to the Supreme Court in 1975``. ``Said``, ``Added`` or
``Told`` then a colon or a comma lost theirs too (``Said: "We will not..."``). A
question passes, as do list items (``- Pledged to cut taxes``), which open on their
verb by style, base forms (``Click here``, an imperative), a word the story writes
capitalised elsewhere (``May``, ``Sears``: a name), and a modal, ``did`` or
``does`` inside a quotation, where they open elliptical asides (``Should be fun to
see``); outside one a modal and its verb lost their subject (``Could sound the death
knell``, ``Did not know``).

Flags:
    Is the first athlete to be banned without a positive test.
    Is the city's most popular attraction and draws a million visitors a year.
    Was nominated to the Supreme Court in 1975 by President Ford.
    Are a long way from the crunch yet.
    Went on to gross over $600m in ticket sales worldwide.
    Said: "We will not be pretending there is an easy way."
    Has been a strange week for the retailer, which said profits fell.
    Could sound the death knell for some TV channels.
    Did not know what address her house was on.

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
    Do not touch the wires.
    Will the bank cut rates again this year.
    "It was a great game. Should be fun to see."
    Would have loved to see the sequel made.
    Must look forward not back.
    You'll have forgotten it all tomorrow.
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
    POS,
    PRON_A,
    PRON_O,
    PRON_S,
    PRONOUN,
    RB,
    SUB,
    VB,
    VBD,
    VBN,
)
from wirelint.grammar.patterns.base import NONVERB, Family, Finding, Grammar
from wirelint.grammar.tagging import Tagged

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


def _modal_statement(sc: Grammar, s: Tagged) -> bool:
    """``Will also support the mode``, ``Could sound the death knell``, ``Did not know``:
    a modal, ``did`` or ``does`` and then its verb (past inner adverbs), not a subject
    (``Will the bank cut``: a question; ``Do not touch``: an imperative)."""
    if s.words[0] == "do" or "'" in s.words[0] or not s.joined[0]:
        return False  # Do not touch: an imperative; You'll, Don't: a subject in it
    if not s.tokens[1].text.islower():
        return False
    first = s.tags[1]
    if first & (PRONOUN | DET | NNP) or (first & NOUN and not first & VB):
        return False  # Will the bank, Could prices: a subject, a question
    j = sc.skip_adverbs(s, 1)
    if j + 1 >= len(s.words) or not s.joined[j - 1] or not s.joined[j]:
        return False
    t, then = s.tags[j], s.tags[j + 1]
    if not t & VB or t & (VBD | VBN) or s.words[j] == "have":
        return False  # Would have loved to see: an aside's perfect
    # the verb with its object (Could sound the death knell, Will remember it) or a
    # passive (Should not be placed): Must look forward, Would people be whining pass
    if s.words[j] == "be":
        return bool(then & VBN)
    objects = DET | POS | PRON_A | PRON_O | (SUB if s.tags[0] & DO else 0)
    return bool(then & objects) and not then & PRON_S  # (Did not know what)


def _in_quotation(s: Tagged) -> bool:
    """The sentence stands inside a quotation that opened earlier in its paragraph."""
    start = s.tokens[0].start
    before = s.text[s.text.rfind("\n", 0, start) + 1 : start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


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
    if word in sc.saying_before_quote:
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
        if t & HAVE and not (after & VBN or s.words[1] == "been"):
            return None  # Had a good year: a heading's style
        if after & (NOUN | NNP) or (after & JJ and s.tags[2] & NOUN and not after & VBN):
            return None  # Were economic conditions to deteriorate: a condition
    elif t & (MODAL | DO):
        if not _modal_statement(sc, s) or _in_quotation(s):
            return None  # Should be fun to see: an aside of quoted speech
    elif not (t & VBD) or t & (NONVERB | VBN) or not s.joined[0]:
        return None  # a base form (an imperative), a noun, a participle
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
