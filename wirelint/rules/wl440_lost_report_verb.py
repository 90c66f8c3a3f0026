"""WL440 lost-report-verb: a quotation or a report whose `said` was deleted (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import VBD, VBZ
from wirelint.grammar.parsed import (
    FINITE_TAGS,
    Hit,
    ParserRule,
    Sentence,
    first_hit_per_place,
    tok_text,
)

_CLOSING_QUOTES = frozenset({'"', "”", "''", "’"})
#: Marks that end a quotation handing over to its speaker ("...," Smith said).
_HANDOVER = frozenset({",", "?", "!"})
#: Words that open a reported clause straight after its speaker (Sullivan the slide
#: in stocks was ..., Trump also that he would ...).
_CLAUSE_OPENERS = frozenset({"the", "that", "a", "an"})


class LostReportVerb(ParserRule):
    """A speaker with no verb of saying: the `said` between them and the words was lost.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and reports a
    report that names who spoke but lost the verb of saying:
    - a quotation closed on a comma, a question or an exclamation mark and followed
      by its speaker and the full stop, with no verb anywhere after the quotation
      (`"... on offer in the UK," Mr Stening.`, `"...," K Mart chairman Bernard
      Fauber.`); `"...," he said.`, `"...," said Smith.` and a speaker with his
      verb further on (`"...," Smith, the bank's chief, told reporters.`) pass;
    - a sentence that opens with a name straight followed by a clause of its own
      with its subject and finite verb (`ABC the claims had "no merit"`, `Sullivan
      the slide in stocks was an extreme reaction`, `Trump also that he would
      prefer`); names run together as a phrase (`Manchester United the champions`)
      only pass when no clause follows them.

    ## Why it matters
    Wire copy attributes every claim; a deleted `said` leaves the claim with a name
    beside it and no statement that the person made it, and the sentence does not
    parse for the reader.

    ## Example
    ```text
    Broadband

    "The service is twice as fast as any other service on offer in the UK," Mr Stening.
    ```
    `Mr Stening` is reported: `Mr Stening said`?
    """

    code = "WL440"
    name = "lost-report-verb"
    severity = Severity.WARNING
    defers_to = ("WL438",)

    def find(self, s: Sentence) -> Iterator[Hit]:
        yield from first_hit_per_place((*self._speaker_alone(s), *self._name_then_clause(s)))

    @staticmethod
    def _speaker_alone(s: Sentence) -> Iterator[Hit]:
        last = s.last
        if s.toks[last].text != ".":
            return
        # the last closing quotation mark with the quotation's own mark before it (the
        # parser may start a sentence at the speaker: look one token before the start)
        q = next(
            (
                k
                for k in range(last - 1, max(s.first - 2, 0), -1)
                if s.toks[k].text in _CLOSING_QUOTES and s.toks[k - 1].text in _HANDOVER
            ),
            None,
        )
        if q is None or q >= last - 1 or last - q > 9:
            return
        tail = range(q + 1, last)
        if any(
            s.toks[k].tag.startswith(("VB", "MD"))
            or (not s.toks[k].text[:1].isalnum() and s.toks[k].text not in ("'s", "’s", "-"))
            for k in tail
        ):
            return  # ..." he said, ..." Smith, the chief, told: a verb or a phrase set off
        if any(s.toks[k].tag in ("IN", "TO", "RB", "CC") for k in tail):
            return  # ..." on Twitter: the quotation's place or time, not its speaker
        if not any(s.toks[k].tag in ("NNP", "NNPS", "PRP") for k in tail):
            return  # ..." the document (an object, a title): no speaker
        if s.tags(last - 1) & (VBD | VBZ):
            return  # ..." Morquendi's message read, ..." policy states: the verb, tagged a noun
        if s.toks[last - 1].tag == "PRP" and last - 1 == q + 1:
            return  # ..." he.: WL438 reports the lone pronoun
        yield Hit(
            q + 1,
            last - 1,
            f"`{tok_text(s.toks, q + 1, last - 1, s.text)}` has no verb: `said` lost?",
        )

    @staticmethod
    def _name_then_clause(s: Sentence) -> Iterator[Hit]:
        k = s.first
        if s.toks[k].tag not in ("NNP", "NNPS"):
            return
        while k < s.last and s.toks[k + 1].tag in ("NNP", "NNPS") and s.gap(k, k + 1) == " ":
            k += 1
        j = k + 1
        if j < s.last and s.toks[j].tag == "RB" and s.word(j) != "not":
            j += 1  # Trump also that he would
        if j >= s.last or s.word(j) not in _CLAUSE_OPENERS or s.gap(j - 1, j) != " ":
            return
        if not s.toks[j].text.islower():
            return
        if any(s.toks[m].tag in FINITE_TAGS for m in range(s.first, j)):
            return
        # the words from j are a clause: a finite verb with its subject starting at j
        # (or right after `that`), and the name before is no subject of any verb
        start = j + 1 if s.word(j) == "that" else j
        for v in range(start + 1, min(s.last, start + 9) + 1):
            if s.toks[v].tag not in FINITE_TAGS:
                continue
            head = v if s.toks[v].dep not in ("aux", "auxpass") else s.toks[v].head
            subjects = [m for m in s.children(head, "nsubj", "nsubjpass", "expl") if m < head]
            if subjects and s.left_edge(subjects[0]) == start:
                yield Hit(
                    s.first,
                    j,
                    f"no verb between `{tok_text(s.toks, s.first, k, s.text)}` and `{s.toks[j].text}`: "
                    "`said` lost?",
                )
            return
