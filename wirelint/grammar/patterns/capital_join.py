"""capital-join: a sentence that starts inside another, its full stop lost (``rose 5% The company``).

A capitalised determiner or subject pronoun in the middle of a sentence, straight
after a word or a figure and before a lower-case word, is the first word
of a sentence whose full stop went missing: ``The`` or ``He`` is capitalised nowhere
else in running copy. A title or a name keeps its capitals on the words around it
(``The Hague``, ``It Happened One Night``), a quoted sentence has a quote mark before
it, a colon or a dash marks a list, a heading in capitals or a speaker's initials
stand before an interview's answer, and no sentence ends on a conjunction, a
preposition or a determiner (``How We Do``, ``H and He``): none of those is flagged.
A pronoun must have a verb after it (``quoted He as saying`` names a Mr He). A
subhead run into its paragraph (``Tax credits The rise``: a sentence of one to three
capitalised-first content words and no function word before the opener) is a
heading whose line break was lost, not a sentence whose full stop was.

Flags:
    Profits rose 5% to 200 million dollars The company said it would cut 500 jobs.
    The plant will close in March He said talks with the unions had failed.
    Sales fell sharply in the third quarter They were hit by a strike at two plants.
    Analysts expect a rise of 2% He said the bank would cut rates.
    Output fell The company blamed the strike.

Passes:
    The court in The Hague ruled on Tuesday.
    He starred in It Happened One Night in 1934.
    She said: "The company will survive."
    Their third album The Bends was released in 1995.
    The China Daily quoted He as saying farms should grow.
    HOW IT STARTED The first awards were handed out in 1929.
    Guests at How We Live were asked to leave early.
    Rates on class A shares were cut.
    Prices rose again. Housing costs The average home now sells for more.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    CD,
    CLOSED,
    CONJ,
    DET,
    FINITE_AUX,
    JJ,
    MODAL,
    NNP,
    NOUN,
    PREP,
    PRON_S,
    RB,
    SUB,
    TO,
    VBD,
    VERB,
)
from wirelint.grammar.patterns.base import Family, Finding, Grammar
from wirelint.grammar.tagging import Tagged

#: A word a subhead is made of: a content word, never a past tense (``Output fell``
#: is a sentence) nor a small word.
_HEADING_WORD = NOUN | JJ | NNP | CD


def heading_run_in(sc: Grammar, s: Tagged, i: int) -> bool:
    """Is everything before token i a short subhead (``Tax credits``, ``Fuel duty``) run
    into its paragraph? One to three words from the sentence's start, the first
    capitalised, each a content word (no determiner, preposition, conjunction,
    pronoun or auxiliary): a sentence that lost its full stop has a verb or small words."""
    if not 1 <= i <= 3 or not s.tokens[0].text[:1].isupper():
        return False
    for k in range(i):
        if not s.joined[k] or not s.tokens[k].text.isalpha():
            return False
        tag = sc.lex.tag(s.words[k])
        if not tag & _HEADING_WORD or tag & (CLOSED | MODAL | VBD):
            return False
    return True


def opens_sentence(sc: Grammar, s: Tagged, i: int) -> bool:
    """Is token i a capitalised determiner or subject pronoun (the tagger reads it as a
    name) with a word or a figure just before it?"""
    raw = s.tokens[i].text
    if i == 0 or len(raw) < 2 or not raw[0].isupper() or raw.isupper():
        return False
    if not s.joined[i - 1] and s.text_between(i - 1, i) != "% ":
        return False  # (a figure's % is not a token: rose 5% The company)
    # Not "A" or "I": a share class, a grade, an initial and the pronoun are capitals anyway.
    if not sc.lex.tag(raw.lower()) & (DET | PRON_S):
        return False
    before = s.tokens[i - 1].text
    if before.isupper() and len(before) > 1:
        return False  # a heading in capitals (HOW IT STARTED The), a speaker's initials
    if sc.lex.tag(before.lower()) & (CONJ | PREP | SUB | TO | DET):
        return False  # How We Do, H and He: no sentence ends on these, a title or a name
    return before[-1:].isalnum()


def _capital_join(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    after = s.tokens[i + 1].text
    if not (after.isalpha() and after.islower()):
        return None  # The Hague, It Happened One Night: a name or a title
    if heading_run_in(sc, s, i):
        return None
    # A pronoun opens a clause with its verb (He said, They never): "quoted He as
    # saying" is the name He, and helium is He.
    pronoun = sc.lex.tag(s.words[i].lower()) & PRON_S
    if pronoun and not s.tags[i + 1] & (VERB | FINITE_AUX | RB | ADV_IN):
        return None
    return Finding(
        i - 1,
        i,
        f"a new sentence starts at `{s.tokens[i].text}` with no full stop before it",
        True,
        "splice",
    )


def _may_follow(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``_capital_join`` may find the pair: not before a name. The tagger reads a
    word as a name only when it is not all lower case, and the check wants a lower-case
    word after the capital (``The Hague`` passes)."""
    return not tb & NNP


FAMILY = Family(
    "capital-join",
    __doc__ or "",
    "token",
    opens_sentence,
    _capital_join,
    mask=NNP,
    pair=_may_follow,
    pair_next_mask=NNP,
)
