"""doubled-speaker: a report's closing speaker named and then said again as a pronoun.

A report ends on who said it: ``..., Jack Straw said.``, ``..., analysts said.``. A
pronoun between the speaker and the verb of saying (``..., Jack Straw he said.``,
``..., a trade paper it said.``) says the subject twice. After the comma that opens
the tail nothing else can read it: a relative clause (``the deal it signed``) needs a
clause around it, and the tail is the report's last words. The speaker is one to five
words: names, or a noun with its determiner and modifiers; the verb of saying is one
of the pack's ``saying-closing-report`` and ends the sentence.

Flags:
    The rebate is not up for renegotiation, Jack Straw he said.
    Ford's plan is facing resistance from consumers, a trade paper it said.
    "You seem to get away with it more in Spain," Wenger it said.
    The deal is expected to be one of a series, analysts they said.

Passes:
    The rebate is not up for renegotiation, Jack Straw said.
    "We will win," he said.
    Rates will rise, it said.
    He repeated the words, or so they said.
    It was, as analysts they said, a good year.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import CLOSED, DET, JJ, NNP, NOUN, POS, UNK, VERB
from wirelint.grammar.patterns.base import Family, Finding, Grammar
from wirelint.grammar.tagging import Tagged

_PRONOUNS = frozenset({"it", "they", "he", "she"})
#: How many words the speaker may run.
_SPEAKER = 5


def _doubled_speaker(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    n = len(s.words)
    if (
        i != n - 2
        or i == 0
        or not s.joined[i - 1]
        or s.words[i + 1] not in sc.saying_closing_report
    ):
        return None
    # the speaker: back to the comma that opens the tail
    k = i - 1
    while True:
        t, text = s.tags[k], s.tokens[k].text
        name = text[:1].isupper() and not text.isupper() and bool(t & (NNP | UNK))
        if not name and ((t & CLOSED and not t & (DET | POS)) or not t & (DET | POS | JJ | NOUN)):
            return None
        if t & VERB and not t & (NOUN | JJ | NNP):
            return None  # a verb: not a speaker
        if k == 0 or i - k > _SPEAKER:
            return None
        if not s.joined[k - 1]:
            break
        k -= 1
    if "," not in s.text_between(k - 1, k):
        return None
    if s.tags[i - 1] & (DET | POS | JJ) and not s.tags[i - 1] & NOUN:
        return None  # the speaker ends on its noun or name
    return Finding(
        i - 1,
        i,
        f"the speaker is said twice: `{s.tokens[i - 1].text}` and `{s.tokens[i].text}`",
        True,
        "agreement",
    )


FAMILY = Family(
    "doubled-speaker",
    __doc__ or "",
    "token",
    None,
    _doubled_speaker,
    words=_PRONOUNS,
    next_words="saying_closing_report",  # the verb of saying ``_doubled_speaker`` reads
)
