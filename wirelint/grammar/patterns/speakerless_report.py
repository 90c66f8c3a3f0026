"""speakerless-report: a sentence that ends on its verb of saying with no speaker.

A report closes on who said it: ``..., he said.``, ``..., the ministry said.``. A
comma and then ``said`` (``say``, ``added``, ``told``) as the sentence's last word is
such a tail whose subject an edit took away. A speaker named before the comma in an
inversion is not this (``Said the minister: ...`` opens a sentence, it does not end one).

Flags:
    Lending rose to 4.8 billion dlrs last year from three billion, said.
    "We may see fewer cases of this disease," said.
    Structural reform should also help, say.

Passes:
    Lending rose to 4.8 billion dlrs last year, he said.
    "We will win," the minister said.
    That is what he said.
    It was not, as some say.
    The bank opposes the rules, its governor, Robin Leigh-Pemberton, said.
    "The talks form an important piece," Christian Roeher, the chamber's head, said.
"""

from __future__ import annotations

from wirelint.grammar.patterns.base import Family, Finding, Grammar
from wirelint.grammar.tagging import Tagged

#: How far back a comma marks a speaker's name or title in apposition (words).
_APPOSITION = 16


def _speakerless(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    if i != len(s.words) - 1 or i < 2:
        return None
    gap = s.text_between(i - 1, i)
    if "," not in gap:
        return None
    if not any(q in gap for q in "\"”'’"):
        # ``..., its governor, Robin Leigh-Pemberton, said.``: a speaker in commas
        # before; a comma a few words back marks the apposition that names him.
        for k in range(i - 2, max(i - _APPOSITION, 0), -1):
            if not s.joined[k]:
                return None
    text = s.tokens[i].text
    return Finding(i, i, f"`{text}` ends the report with no speaker: who {text}?", True, "splice")


FAMILY = Family(
    "speakerless-report", __doc__ or "", "break", None, _speakerless, words="saying_closing_report"
)
