"""dangling-determiner: a determiner left hanging before punctuation (``the year the.``).

Before a full stop, a semicolon, a colon, ``!`` or ``?``; not before a comma, where
transcribed speech has a speaker starting again (``the, about half of them``).

Flags:
    The magazine named her its "Person of the Year the".

Passes:
    The U.S. economy grew 2.5 pct in the quarter, the Commerce Department said.
    What we found is that the, well, most of them left.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    DET,
)
from wirelint.grammar.patterns.base import (
    Family,
    Finding,
    Grammar,
)
from wirelint.grammar.patterns.determiner import open_determiner
from wirelint.grammar.tagging import Tagged


def _ends_clause_after(s: Tagged, i: int) -> bool:
    """Whether punctuation that closes a clause follows token ``i`` (the. / the;)."""
    end = s.tokens[i].end
    after = s.text[end : s.tokens[i + 1].start] if i + 1 < len(s.tokens) else s.text[end : end + 2]
    if after[:1] == "." and s.text[end + 1 : end + 2].isalnum():
        return False  # a.m, your.domain
    if after.startswith(("...", "…")):
        return False
    if after[:1] in ('"', "”", "’") and i + 1 >= len(s.tokens):
        after = s.text[end + 1 : end + 3]  # Person of Year the".
    # Not before a comma: in transcribed speech "the, about half of them" is a speaker
    # starting again, which a reader takes in their stride.
    return after[:1] in (".", ";", ":", "!", "?")


def _dangling(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    if not _ends_clause_after(s, i):
        return None
    return Finding(
        i,
        i,
        f"`{s.tokens[i].text}` is left hanging: the word it introduces is missing",
        True,
        "word-order",
    )


FAMILY = Family("dangling-determiner", __doc__ or "", "break", open_determiner, _dangling, mask=DET)
