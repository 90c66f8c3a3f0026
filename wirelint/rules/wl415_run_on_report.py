"""WL415 run-on-report: a report clause run into a sentence without punctuation (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import PREP, SUB
from wirelint.grammar.parsed import Hit, ParserRule, Sentence, first_hit_per_place

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: How the parser attaches a clause it reads as starting afresh.
_NEW_CLAUSE = frozenset({"ROOT", "parataxis"})
#: A word of one of these kinds belongs to the noun phrase after it (the world's largest
#: grain company said): the report clause cannot start right after it.
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "DT", "PRP$", "POS", "IN", "CC"})


def _not_a_junction(s: Sentence, n: int, start: int) -> bool:
    """Readings of the words before a report clause (subject n, from ``start``) that
    need no punctuation there."""
    before = s.toks[start - 1]
    if s.has("clause-nouns", before.text.lower()):
        return True  # claims a leak suggested: the noun takes the clause
    if before.tag.startswith("NN") and s.is_name(n):
        return True  # voting watchdog the Electoral Commission: a title and its name
    # Against Ireland we showed: an opening phrase without its comma.
    return any(s.toks[k].tag == "IN" for k in range(max(s.first, start - 3), start))


def _bare_plural(s: Sentence, j: int, n: int) -> bool:
    """Is the subject from token j to its head n a plural noun with no determiner, all
    in lower case (traders, farm policy sources)? Such a subject opens a clause."""
    return s.toks[n].tag == "NNS" and all(
        s.toks[k].tag in ("NN", "NNS", "JJ")
        and s.toks[k].text.isalpha()
        and s.toks[k].text.islower()
        for k in range(j, n + 1)
    )


class RunOnReport(ParserRule):
    """A report clause (`traders said`) joined to the sentence it reports with no punctuation.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and finds
    verbs of saying and thinking (the pack's `clause-verbs`) whose reported clause
    stands before them. Wire style puts a comma there (`The dollar was weaker,
    traders said.`); with no comma, quote or dash between the reported clause and
    the report clause, the finding names the place: either a comma is missing, or
    two sentences have been run together (`Gold rose 0.5% to $2,010 an ounce traders
    said the dollar was weaker`, where the report clause also reports what follows).
    A report clause that opens with a determiner (`the bank said ...`) or is a bare
    plural noun in lower case (`traders said ...`) and reports a clause of its own is
    reported too when a complete clause stands before it with nothing between (`cut its
    holding to 60% the bank said it would sell the rest`, `was not among them delegates
    said the session had been confined to routine matters`).

    ## Why it matters
    Run-on reports come from merged paragraphs and lost full stops; readers must
    guess which statement the attribution belongs to, which in a market report or a
    court story changes its meaning.

    ## Example
    ```text
    Gold rises as dollar weakens

    Gold rose 0.5% to $2,010 an ounce traders said the dollar was weaker.
    ```
    `ounce traders said` is reported: a full stop or a comma is missing before
    `traders said`.
    """

    code = "WL415"
    name = "run-on-report"
    severity = Severity.WARNING

    def find(self, s: Sentence) -> Iterator[Hit]:
        yield from first_hit_per_place((*self._reported_before(s), *self._report_after_clause(s)))

    def _report_after_clause(self, s: Sentence) -> Iterator[Hit]:
        """A complete clause, then with nothing between a report clause that reports a
        clause of its own: `... from 75% to 60% the company said profits would fall`."""
        for r in s.indexes():
            if not s.toks[r].tag.startswith("VB") or not s.has("clause-verbs", s.lemma(r)):
                continue
            subjects = [k for k in s.children(r, "nsubj") if k < r]
            if not subjects or not s.finite(r):
                continue
            j = s.left_edge(subjects[0])
            opener = s.toks[j]
            # The subject opens with a determiner (the company said) or is a bare plural
            # noun phrase in lower case (traders said, oil industry analysts said); a
            # pronoun (he said) only where the parser, too, starts a new clause there.
            if not (
                opener.tag == "DT"
                or (opener.tag == "PRP" and s.toks[r].dep in _NEW_CLAUSE)
                or _bare_plural(s, j, subjects[0])
            ):
                continue
            if j <= s.first + 1 or not s.bare_junction(j):
                continue
            if any(s.toks[k].tag.startswith("VB") for k in range(j, r)):
                continue
            before = s.toks[j - 1]
            if s.lex.tag(before.text.lower()) & PREP or s.has("clause-nouns", before.text.lower()):
                continue  # evidence the board said: a noun that takes a clause
            if before.tag.startswith(("VB", "MD")):
                continue  # neither have the regulators said: the noun phrase is the verb's
            if before.tag.startswith("NN") and s.is_name(subjects[0]):
                continue  # voting watchdog the Electoral Commission: a title and its name
            window = range(max(s.first, j - 3), j)
            if any(
                (s.toks[k].tag == "IN" and opener.tag == "PRP")
                or s.has("clause-verbs", s.lemma(k))
                or s.has("report-verbs", s.lemma(k))
                for k in window
            ):
                continue  # against Ireland we showed, said today the association complained
            reported = [
                c
                for c in s.children(r, "ccomp")
                if c > r and any(k > r for k in s.children(c, "nsubj", "nsubjpass", "expl"))
            ]
            if not reported or any(k < j for k in s.children(r, "advmod", "mark", "cc")):
                continue
            if not s.complete_clause_before(j, within=r):
                continue
            report = s.text[s.toks[subjects[0]].start : s.toks[r].end]
            yield Hit(
                j - 1, r, f"two sentences run together: a full stop is missing before `{report}`"
            )

    def _reported_before(self, s: Sentence) -> Iterator[Hit]:
        for r in s.indexes():
            if not s.toks[r].tag.startswith("VB") or not s.has("clause-verbs", s.lemma(r)):
                continue
            subjects = [k for k in s.children(r, *_SUBJECT_DEPS) if k < r]
            if subjects:
                n = subjects[0]
                start = s.left_edge(n)
            elif (
                r - 1 > s.first
                and s.toks[r - 1].tag == "NNS"
                and not s.is_name(r - 1)
                and not s.toks[r - 2].tag.startswith(("NN", "JJ"))
            ):
                # The parser gave the report's subject to the reported clause
                # (in early trade dealers said): the subject is the noun before the verb
                # (not when a noun or adjective before it is part of it: trade sources said).
                n = start = r - 1
            else:
                continue
            reported = [c for c in s.children(r, "ccomp") if c < start]
            if not reported or s.children(n, "cc", "conj"):
                continue  # care in England and ministers suggest: coordinated subjects
            c = reported[0]
            if s.children(c, "mark", "advcl") or s.children(r, "advcl"):
                continue  # sure if he were alive today he would believe ...
            end = min(s.right_edge(c), start - 1)
            if end < s.first or s.punct_between(end, start) or start == 0:
                continue
            before, opener = s.toks[start - 1], s.toks[start]
            if (
                not before.text[-1:].isalnum()
                or before.text.lower() in ("and", "or", "nor")
                or before.tag in _MODIFIER_TAGS
            ):
                continue  # a comma, quote or bracket the parser gave the reported clause
            if not (before.text[:1].islower() or opener.text[:1].islower()):
                continue  # Jordan the ministry said: fine; Reuters Smith said: unsure
            if s.is_name(start) and not opener.tag.startswith("PRP"):
                continue  # where a name starts is where the parser is least sure
            if _not_a_junction(s, n, start):
                continue
            leading = [
                k
                for k in s.children(r, "mark", "advmod")
                if k < start and s.lex.tag(s.word(k)) & SUB
            ]
            if leading:
                continue  # as analysts expected, ...
            if any(s.toks[k].tag in ("WDT", "WP", "WRB") for k in range(s.left_edge(c), start)):
                continue  # what he said, the man they say
            after = [k for k in s.children(r, "ccomp") if k > r]
            what = (
                "two sentences run together: a full stop is missing before"
                if after
                else "a comma is missing before"
            )
            report = s.text[s.toks[n].start : s.toks[r].end]
            yield Hit(start - 1, r, f"{what} `{report}`")
