"""WL416 spliced-clauses: two clauses run together with no punctuation or conjunction (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import CONJ, NOUN, PREP, PRON_A, PRON_S, SUB
from wirelint.grammar.parsed import (
    FINITE_TAGS,
    MARKS,
    Hit,
    ParserRule,
    Sentence,
    first_hit_per_place,
)

#: Small words a title leaves in lower case (Gonna Have a Number One).
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "on", "and", "for"})

#: Prepositions that with a noun make a subordinator (in case, by the time, the moment).
_NOUN_SUBORDINATORS = frozenset({"in", "by", "the", "every", "each", "any", "next", "last"})
#: A clause with one of these is complete; without, it may be a relative clause with
#: its object gap (whatever level market forces produce; the affinity some animals have
#: for her: a dative alone does not fill the gap).
_COMPLEMENT_DEPS = ("dobj", "attr", "acomp", "xcomp", "ccomp", "oprd")
_RELATIVE_WORDS = frozenset({"that", "which", "who", "what", "whom"})
#: Words a clause may follow straight away: wh-words, adverbs (otherwise they're going).
_NO_JUNCTION = frozenset({"WRB", "WDT", "WP", "RB", "RBR"})
#: How the parser hangs a second clause it cannot join on the first.
_HUNG_CLAUSE = frozenset({"conj", "advcl", "parataxis"})
#: Where a clause's subject may start for a junction to count: a determiner, a
#: pronoun, a possessive or a plain noun (not a name, not a conjunction or a bracket).
_OPENERS = frozenset({"DT", "PRP", "PRP$", "NN", "NNS", "JJ", "CD"})


def _taken_whole(s: Sentence, start: int, v: int) -> bool:
    """Is the clause of verb v, from ``start``, part of what stands before it?"""
    prev = s.toks[start - 1].text.lower()
    if s.has("clause-nouns", prev) or s.has("causative-verbs", prev):
        return True  # provided they have, it appeared the crops, help labels have
    if any(s.toks[k].tag == "IN" for k in range(max(s.first, start - 4), start)):
        return True  # on any given day the difference: an opening phrase, no comma
    # Programmes the BBC owns the rights to: a relative clause's gap.
    return any(
        s.toks[k].dep == "prep" and not s.children(k) for k in range(v + 1, s.right_edge(v) + 1)
    )


class SplicedClauses(ParserRule):
    """Two clauses, each with its own subject and verb, joined by nothing at all.

    ## What it does
    Reads the dependency parse of each body paragraph (the grammar extra) and reports
    the junction where a second clause starts with no full stop, comma, semicolon,
    dash or conjunction before it: a sentence the parser starts in the middle of a
    punctuated sentence, or a clause it attaches as a coordinate (`conj`) or side
    remark (`parataxis`) with no `and`/`but` and no punctuation in between. Both
    clauses must have a finite verb and a subject that opens with a determiner, a
    pronoun or a lower-case word, and the word before the junction must be a
    lower-case word: titles (`All's Well That Ends Well`), brackets and sentences
    that start with `and` or `but` pass. This is what a half-sentence splice
    leaves: the end of one sentence and the start of another, run together.
    A clause whose subject opens with a determiner is reported too when it follows a
    complete main clause with nothing between and no opening phrase of its own
    (`... to 274 mln dlrs the week was the first half of ...`), and so is one whose
    subject is a lowercase pronoun (`... during the minister's visit it would penalise
    nations`), unless a conjunction or a wh-word opened the clause before it (`but when
    concerns were raised he sought`). A second report of one verb of saying that starts
    straight after the first (`said the Philippines was doing its best to meet EC
    standards it was also trying to ...`) is a splice too. A clause after the object of
    a verb that takes an object and a clause (`to convince them it was`), after an
    opening preposition and -ing phrase (`but upon learning his DNA was found he
    claimed`) or after a title in capitals (`but Gonna Have a Number One this Christmas
    is`) passes.

    ## Why it matters
    A lost full stop, or a paste that drops the end of one sentence and the start of
    the next, makes a sentence that cannot be read in one pass and often says
    something neither half meant.

    ## Example
    ```text
    Group to cut 500 jobs

    The group expects sales to grow this year the company is cutting 500 jobs.
    ```
    `year the` is reported: a new clause starts at `the`.
    """

    code = "WL416"
    name = "spliced-clauses"
    severity = Severity.WARNING

    def _joined(self, s: Sentence, before: int, start: int) -> bool:
        """No punctuation, line break or conjunction between token ``before`` and ``start``."""
        for k in range(before + 1, start):
            if s.toks[k].dep in ("cc", "punct", "mark") or not s.toks[k].text[0].isalnum():
                return False
        gap = s.gap(start - 1, start)
        return gap.isspace() and "\n" not in gap and s.toks[start - 1].dep not in ("cc", "punct")

    def _clause(self, s: Sentence, v: int) -> bool:
        """A finite verb with a subject that opens with a determiner, pronoun or plain noun."""
        subjects = s.children(v, "nsubj", "nsubjpass")
        if not subjects or not s.toks[v].tag.startswith(("VB", "MD")):
            return False
        if not (s.toks[v].tag in FINITE_TAGS or s.children(v, "aux", "auxpass")):
            return False
        first = s.toks[s.left_edge(subjects[0])]
        return (
            first.tag in _OPENERS
            and first.text[:1].islower()
            and first.text.lower() not in _RELATIVE_WORDS
        )

    def find(self, s: Sentence) -> Iterator[Hit]:
        yield from first_hit_per_place((*self._junctions(s), *self._clause_after_clause(s)))

    def _clause_after_clause(self, s: Sentence) -> Iterator[Hit]:
        """A clause whose subject opens with a determiner, straight after a complete main
        clause with nothing between, that the parser hangs on the first clause as a
        coordinate or an adverbial: `... up three mln dlrs at 274 mln dlrs the week
        was the first half of a period`."""
        for v in s.indexes():
            if not s.finite(v) or not (s.toks[v].dep in _HUNG_CLAUSE or self._second_report(s, v)):
                continue
            subjects = s.subjects_before(v)
            if not subjects or not s.children(v, *_COMPLEMENT_DEPS):
                continue
            j = s.left_edge(subjects[0])
            if not s.toks[j].text.islower() or not (
                s.toks[j].tag in ("DT", "PRP$")
                or (s.toks[j].tag == "PRP" and s.lex.tag(s.word(j)) & (PRON_S | PRON_A))
            ):
                continue
            if j <= s.first + 1 or not s.bare_junction(j):
                continue
            if any(
                c < j for c in s.children(v, "mark", "cc", "advmod", "prep", "npadvmod", "aux")
            ):  # (should the captain decide: an inverted conditional)
                continue  # and at night the wind: the clause has its own opener
            prev = s.toks[j - 1].text.lower()
            if s.lex.tag(prev) & PREP or s.has("clause-nouns", prev):
                continue
            if any(s.toks[k].tag == "IN" for k in range(max(s.first, j - 3), j)) or any(
                s.toks[k].tag == "IN" and (k == s.first or s.toks[k - 1].tag in ("CC", ","))
                for k in range(max(s.first, j - 5), j)
            ):
                continue  # on any given day the difference: an opening phrase, no comma
            if any(s.toks[k].tag in ("WDT", "WP") for k in range(j, v)):
                continue  # some of whom, both of which: a relative clause
            if self._reported_to_object(s, j) or self._after_opening_ing(s, j):
                continue
            if self._after_title(s, j):
                continue
            h = s.toks[v].head
            if any(
                (s.toks[k].tag == "CC" and s.toks[s.toks[k].head].tag.startswith(("VB", "MD")))
                or s.toks[k].tag in ("WRB", "WDT", "WP")
                or s.toks[k].dep == "mark"
                for k in range(min(h, j - 1) + 1, j)
            ):
                continue  # but when concerns were raised he sought, but following all the
                # attention she felt, how many mates they have had: the clause before is
                # opened by its own word (a conjunction joining nouns, keyboard and mouse
                # the machine has, does not count)
            if not s.complete_clause_before(j, within=v):
                continue
            yield Hit(
                j - 1,
                j,
                f"a new clause starts at `{s.toks[j].text}` with no punctuation "
                "or conjunction before it",
            )

    @staticmethod
    def _reported_to_object(s: Sentence, j: int) -> bool:
        """Does the clause at token j follow the object of a verb that takes an object
        and a clause without `that` (to convince them it was, told staff the plant
        would)? The clause is that verb's report, not a new sentence."""
        for k in range(max(s.first, j - 4), j):
            tok = s.toks[k]
            if (
                tok.dep in ("dobj", "dative", "iobj")
                and s.right_edge(k) == j - 1
                and s.has("clause-verbs", s.lemma(tok.head))
            ):
                return True
        return False

    @staticmethod
    def _after_opening_ing(s: Sentence, j: int) -> bool:
        """Is the clause at token j preceded by an opening phrase of a preposition and an
        -ing form with no comma after it (but upon learning his DNA was found he
        claimed, after hearing the news the minister resigned)? The phrase may hold a
        clause of its own, so it may run long; no mark stands between it and j."""
        for k in range(j - 2, s.first - 1, -1):
            tok = s.toks[k]
            if tok.text[:1] in MARKS and tok.tag != "POS":
                return False  # (Spanton's underwear: 's is no mark)
            if (
                tok.tag == "IN"
                and s.toks[k + 1].tag == "VBG"
                and (k == s.first or s.toks[k - 1].tag in ("CC", ","))
            ):
                return True
        return False

    @staticmethod
    def _after_title(s: Sentence, j: int) -> bool:
        """Does a title in capitals end straight before token j (but Gonna Have a Number
        One this Christmas is)? A run of capitalised words with a verb among them is a
        title's, and the clause after it reads on from the title."""
        k, verb = j - 1, False
        while k >= s.first and j - k <= 8:
            tok = s.toks[k]
            if tok.text[:1].isupper():
                verb = verb or tok.tag.startswith(("VB", "MD"))
            elif tok.text not in _TITLE_SMALL_WORDS and not (k > s.first and s.gap(k - 1, k) == ""):
                break  # (a word's split-off end, Gon|na, belongs to the word before)
            k -= 1
        return verb and s.toks[j - 1].text[:1].isupper()

    @staticmethod
    def _second_report(s: Sentence, v: int) -> bool:
        """Is clause v the second report of one verb of saying, its first before it (said
        the Philippines was doing its best to meet standards it was also trying to)?"""
        h = s.toks[v].head
        if s.toks[v].dep != "ccomp" or not s.has("report-verbs", s.lemma(h)):
            return False
        start = s.left_edge(v)
        # the first report ends straight before the second starts
        return any(s.right_edge(c) == start - 1 for c in s.children(h, "ccomp") if c < v)

    def _junctions(self, s: Sentence) -> Iterator[Hit]:
        i = s.first
        if i > 0 and s.toks[i].sent_start and self._joined(s, i - 1, i):
            prev = s.toks[i - 1]
            root = next((k for k in s.indexes() if s.toks[k].dep == "ROOT"), None)
            if (
                prev.text[-1:].isalnum()
                and prev.text[:1].islower()
                and root is not None
                and self._clause(s, root)
                and s.left_edge(s.children(root, "nsubj", "nsubjpass")[0]) == i
            ):
                yield Hit(
                    i - 1,
                    i,
                    f"a new sentence starts at `{s.toks[i].text}` with no full stop before it",
                )
        for v in s.indexes():
            if s.toks[v].dep not in ("conj", "parataxis", "advcl"):
                continue
            h = s.toks[v].head
            if h >= v or not self._clause(s, h) or not self._clause(s, v):
                continue
            start = s.left_edge(s.children(v, "nsubj", "nsubjpass")[0])
            if start <= h + 1 or not self._joined(s, h, start):
                continue
            prev = s.toks[start - 1]
            if not (prev.text[-1:].isalnum() and prev.text[:1].islower()):
                continue
            if s.lex.tag(prev.text.lower()) & (SUB | CONJ | PREP) or prev.tag in _NO_JUNCTION:
                continue  # when we get home: the subordinator is the junction
            if _taken_whole(s, start, v):
                continue
            if s.children(v, "cc", "mark") or s.children(h, "cc"):
                continue
            if not s.children(v, *_COMPLEMENT_DEPS):
                continue  # the first ten days the rights are traded: a relative clause
            if any(a < start for a in s.children(v, "aux", "auxpass")):
                continue  # had he not been armed: an inverted conditional
            if (
                s.lex.tag(prev.text.lower()) & NOUN
                and s.toks[start - 2].text.lower() in _NOUN_SUBORDINATORS
            ):
                continue  # in case the situation deteriorates
            yield Hit(
                start - 1,
                start,
                f"a new clause starts at `{s.toks[start].text}` with no punctuation "
                "or conjunction before it",
            )
