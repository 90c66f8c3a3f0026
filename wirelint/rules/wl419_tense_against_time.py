"""WL419 tense-against-time: a verb whose tense contradicts its time adverbial (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import FINITE_AUX, VB, VBD, VBZ, VERB
from wirelint.grammar.parsed import Hit, ParserRule, Sentence

#: How the parser attaches a time adverbial to its verb (never a subject or an object).
_ADVERBIAL_DEPS = frozenset({"npadvmod", "advmod", "tmod"})
#: Clauses a verb's adverbial may belong to instead when it stands before them.
_CLAUSE_DEPS = ("ccomp", "xcomp", "advcl", "conj")
_PAST_TAGS = frozenset({"VBD"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})


def _time(s: Sentence, i: int) -> str | None:
    """ "past" or "future" when token i heads a time adverbial that fixes one
    (yesterday, last week, two years ago; tomorrow, next month), else None."""
    t = s.toks[i]
    if t.dep not in _ADVERBIAL_DEPS or s.children(i, "poss", "case"):
        return None
    word = s.word(i)
    if s.has("time-past", word):
        return "past"
    if s.has("time-future", word):
        return "future"
    if s.has("time-periods", word):
        dets = s.children(i, "det", "poss")
        if dets:
            if [s.word(d) for d in dets] != ["this"]:
                return None  # the next month (the one after): relative to the story's time
            # earlier this year, later this month: the story's own period, before or after
            for k in s.children(i, "advmod"):
                if s.has("time-earlier", s.word(k)):
                    return "past"
                if s.has("time-later", s.word(k)):
                    return "future"
            return None
        mods = [s.word(k) for k in s.children(i, "amod")]
        if any(s.has("time-last", m) for m in mods):
            return "past"
        if any(s.has("time-next", m) for m in mods):
            return "future"
    return None


def _tense(s: Sentence, v: int) -> str | None:
    """The tense a verb's own form or its auxiliaries give its clause: "past", "present",
    "future", or None (a perfect, a modal other than will, an infinitive, a participle)."""
    auxes = s.children(v, "aux", "auxpass")
    if any(s.toks[a].tag == "TO" for a in auxes):
        return None
    for a in auxes:
        if s.has("future-modals", s.word(a)):
            return "future"
    if any(s.toks[a].tag == "MD" or s.lemma(a) == "have" for a in auxes):
        return None  # would, could, has: no tense a time adverbial contradicts
    f = ([a for a in auxes if s.toks[a].tag in _PAST_TAGS | _PRESENT_TAGS] or [v])[0]
    tag, word, forms = s.toks[f].tag, s.word(f), s.tags(f)
    # The tagger guesses a form from context (cut, outsold): the word-form table and the
    # pack's auxiliaries must allow the tense too.
    if tag in _PAST_TAGS and (forms & VBD or s.has("past-auxiliaries", word)):
        return "past"
    if tag in _PRESENT_TAGS and (
        s.has("present-auxiliaries", word) or (forms & (VB | VBZ) and not forms & VBD)
    ):
        return "present"
    return None


def _compatible(s: Sentence, v: int, time: str) -> bool:
    """Could clause v carry the time (an infinitive may carry a future: hoped next week
    to travel)?"""
    if time == "future" and s.toks[v].dep == "xcomp" and s.children(v, "aux"):
        return True  # hoped next week to travel (not met next week to approve: a purpose)
    tense = _tense(s, v)
    return tense is not None and (tense == time or (time == "future" and tense == "present"))


class TenseAgainstTime(ParserRule):
    """A verb in the present or future with `yesterday`, `last week` or `two years ago`,
    or in the past with `tomorrow` or `next week`.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and finds time
    adverbials that fix the past (the pack's `time-past` words, `last` with a period
    from `time-periods`, `earlier this year`) or the future (`time-future`, `next` with
    a period, `later this month`). A passive or perfect takes its tense from its
    auxiliaries (`Three years ago, he will be invited`). When the
    verb the adverbial belongs to has a tense that contradicts it, the pair is reported:
    `the minister will say yesterday`, `last year sales are up`, `next week the board
    approved the plan`. `would`, `could` and the perfect (`has said last week`) carry no
    tense to contradict and pass, as do the present with a future adverbial (`the board
    meets next week`), a present before a past time that does not open the clause unless
    the time fixes the past by itself or is a `last` period straight after a verb that
    reports nothing (`the plan begins last week` is reported; `says` and `tells`, house
    style for a past statement, pass), an adverbial
    standing before a clause whose tense fits it (`said yesterday prices rose`), an
    adverbial after a comparison (`up from 5% last year`) and one straight after a noun,
    which it may date (`follow a recommendation last year`, `the acquisition last year
    will dilute`).

    ## Why it matters
    A tense that contradicts the time in the same clause is what is left when a story
    is rewritten for a new day and one of the two is not updated: the reader cannot
    tell whether the event happened or is still to come.

    ## Example
    ```text
    Board to meet on merger

    Next week the board approved the merger, the company said.
    ```
    `Next week the board approved` is reported: the past with `next week`.
    """

    code = "WL419"
    name = "tense-against-time"
    severity = Severity.WARNING

    def find(self, s: Sentence) -> Iterator[Hit]:
        for i in s.indexes():
            time = _time(s, i)
            if time is None:
                continue
            v = s.toks[i].head
            if v == i or not s.toks[v].tag.startswith("VB"):
                continue
            if s.toks[v].tag == "VBN" and not s.children(v, "aux", "auxpass"):
                continue  # a participle alone (the shares sold last week) has no tense
            if not s.toks[v].text.isalpha() or not s.tags(v) & (VERB | FINITE_AUX):
                continue  # the Athens 10,000m last August: a unit the parser took for a verb
            tense = _tense(s, v)
            if tense is None or tense == time or (time == "future" and tense == "present"):
                continue
            a, b = s.left_edge(i), s.right_edge(i)
            if a - 1 >= s.first and a - 1 != v and s.toks[a - 1].tag in _NOUN_TAGS:
                continue  # follow a recommendation last year, the acquisition of Co last
                # year will dilute: the time may date the noun before it
            if tense == "present" and a > v and not self._past_after_present(s, v, i):
                continue  # what it calls the player last year: only a time that opens the
                # clause is sure to be the present verb's (last year sales are up)
            if a > s.first and b < s.last and {s.word(a - 1), s.word(b + 1)} <= {",", "(", ")"}:
                continue  # I have, about a year ago, deleted: an aside between verb parts
            if self._after_comparison(s, v, a, b) or self._belongs_to_clause(s, v, a, time):
                continue
            first_aux = min([v, *s.children(v, "aux", "auxpass")])
            first, last = min(a, first_aux), max(b, v)
            if last - first > 12:
                continue  # too far apart to be sure they belong together
            said = " ".join(s.toks[k].text for k in range(first_aux, v + 1))
            when = s.text[s.toks[a].start : s.toks[b].end]
            yield Hit(first, last, f"`{said}` with `{when}`: the tense contradicts the time")

    @staticmethod
    def _past_after_present(s: Sentence, v: int, i: int) -> bool:
        """A time that fixes the past by itself (yesterday, two years ago) or a `last`
        period straight after a present verb that reports nothing: the present cannot be
        the verb's (the plan begins last week). A reporting verb in the present is house
        style for a past statement (says, tells: the BBC's), and `last` before a
        period may name a round or a stage (beats him in the last round)."""
        if s.has("report-verbs", s.lemma(v)) or s.has("clause-verbs", s.lemma(v)):
            return False
        if s.toks[v].tag not in ("VBZ", "VBP") or s.children(v, "aux", "auxpass"):
            return False  # is asked, are seen: a passive may describe a state
        return s.has("time-past", s.word(i)) or (
            s.has("time-periods", s.word(i)) and s.right_edge(i) == i and i - v <= 4
        )

    @staticmethod
    def _after_comparison(s: Sentence, v: int, a: int, b: int) -> bool:
        """A comparison between the verb and the adverbial (up from 5% last year, against
        1.2 mln dlrs last year): the adverbial dates the figure, not the verb."""
        lo, hi = (v + 1, a) if v < a else (b + 1, v)
        return any(
            s.has("time-comparisons", s.word(k)) or s.toks[k].tag == "CD" for k in range(lo, hi)
        )

    @staticmethod
    def _belongs_to_clause(s: Sentence, v: int, a: int, time: str) -> bool:
        """The adverbial stands before a clause of the verb whose tense fits it (said
        yesterday prices rose, said yesterday it will): the parser may have hung it on the
        wrong verb."""
        return any(c > a and _compatible(s, c, time) for c in s.children(v, *_CLAUSE_DEPS))
