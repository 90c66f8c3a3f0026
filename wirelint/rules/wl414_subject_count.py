"""WL414 subject-count: a finite verb with no subject, or with two (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import MODAL, NN, NNS, VBD, VBN, VBZ
from wirelint.grammar.parsed import Hit, ParserRule, Sentence, first_hit_per_place

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")
_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
#: Subordinators a finite clause must have a subject after (as and than need none: as
#: was expected, more than was planned; that may open a relative clause).
_SUBJECT_MARKS = frozenset(
    {"because", "if", "when", "although", "though", "while", "since", "unless", "until"}
    | {"whether", "once", "whereas"}
)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: A verb with one of these has no gap a relative clause would leave for its noun.
_FILLED_DEPS = ("dobj", "ccomp", "xcomp", "attr", "acomp")


class SubjectCount(ParserRule):
    """A finite verb that lost its subject, or that has two.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra). A clause
    reported after a verb of saying whose modal verb has no subject at all is a
    subject lost in an edit (`the company said would cut 500 jobs`: `it would`). A
    verb with two subjects side by side, a noun phrase and then a pronoun, is a
    rewrite that kept both (`the ministry it said`); so is a noun and a pronoun the
    parser can only read as a noun with a relative clause, in a sentence with no
    other verb, where the clause has its object in place (`The bank it said it would
    cut rates.`; `The soldiers they killed were ...` has a gap and passes). A
    sentence that opens on a verb of saying with no subject (`Said it would close
    the plant.`) and a finite verb straight after `because`, `if`, `when`, `although`
    and the like with no subject (`because would lose money`) lost their subject too.
    Commands, inversions that name their subject after the verb (`Said the minister:
    ...`), `as was expected` and coordinated verbs that share a subject (`rose and
    then fell`) pass.

    ## Why it matters
    A missing subject leaves the reader to guess who will act; a doubled one reads
    as a stutter. Both are edit slips a reader notices at once.

    ## Example
    ```text
    Company to cut 500 jobs

    The company said would cut 500 jobs by March.
    ```
    `said would` is reported: the clause after `said` has no subject.
    """

    code = "WL414"
    name = "subject-count"
    severity = Severity.WARNING

    @staticmethod
    def _opens_clause(s: Sentence, j: int) -> bool:
        """Does token j start a clause: the sentence's start, or after a comma or a
        conjunction? After a noun it may open a relative clause with no `that` (the
        level of responsibility they take, a move ministers say should pass)."""
        if j <= s.first:
            return True
        prev = s.toks[j - 1]
        return prev.text in (",", ";", ":") or prev.tag in ("CC", "IN") or prev.dep == "mark"

    def find(self, s: Sentence) -> Iterator[Hit]:
        yield from first_hit_per_place(
            (
                *self._counted(s),
                *self._pronoun_after_noun(s),
                *self._opening_verb(s),
                *self._after_subordinator(s),
            ),
            "first",
        )

    def _pronoun_after_noun(self, s: Sentence) -> Iterator[Hit]:
        """A sentence whose subject is said twice, a noun and then a pronoun (The bank it
        said it would): the parser, finding no main verb, reads the rest as a relative
        clause of the noun. A relative clause has a gap for the noun (the soldiers they
        killed); this one has its object or its clause in place."""
        for v in s.indexes():
            h = s.toks[v].head
            if (
                s.toks[v].dep != "relcl"
                or s.toks[h].dep != "ROOT"
                or not s.toks[h].tag.startswith("NN")
            ):
                continue
            subjects = s.subjects_before(v)
            if not subjects or subjects[0] != h + 1 or s.word(h + 1) not in _PRONOUNS:
                continue
            if (
                s.left_edge(h) != s.first
                or s.toks[s.last].text != "."
                or not s.gap(h, h + 1).isspace()
            ):
                continue
            if not s.children(v, *_FILLED_DEPS):
                continue
            yield Hit(
                h,
                h + 1,
                f"the verb `{s.toks[v].text}` has two subjects: `{s.toks[h].text}` and `{s.toks[h + 1].text}`",
            )

    @staticmethod
    def _subjectless(s: Sentence, v: int) -> bool:
        """Has verb v no subject, and is it finite by its tag and its form (said, closes)?"""
        return (
            s.toks[v].tag in _FINITE_TAGS
            and bool(s.tags(v) & (VBD | VBZ))
            and not s.children(v, *_SUBJECT_DEPS)
        )

    def _opening_verb(self, s: Sentence) -> Iterator[Hit]:
        """A sentence that opens on a verb of saying with no subject (Said it would close).

        Only a verb of saying: readers' comments drop a subject by habit (Had a usable
        keyboard. Seems a good idea.), and a report always names who said it."""
        v = s.first
        t = s.toks[v]
        if t.dep != "ROOT" or not t.text[:1].isupper() or s.toks[s.last].text != ".":
            return  # a question (Says who?) has no full stop
        if not self._subjectless(s, v) or not s.has("report-verbs", s.lemma(v)):
            return
        if any(s.toks[k].text in (":", '"', "“", "”") for k in s.indexes()):
            return  # Said the minister: "...": a quotation's inverted report
        yield Hit(v, v, f"the sentence opens on `{t.text}` with no subject before it")

    def _after_subordinator(self, s: Sentence) -> Iterator[Hit]:
        """A finite verb straight after because, if, when ... with no subject (because would close)."""
        for m in s.indexes():
            if s.toks[m].dep != "mark" or s.word(m) not in _SUBJECT_MARKS:
                continue
            v = s.toks[m].head
            if v <= m or s.children(v, *_SUBJECT_DEPS):
                continue
            auxes = [a for a in s.children(v, "aux", "auxpass") if a < v]
            first = min(auxes) if auxes else v
            if first != m + 1:
                continue
            finite = (
                # not if found guilty (a participle), nor if reports that ... (a noun)
                self._subjectless(s, v) and not s.tags(v) & (VBN | NN | NNS)
                if first == v
                else s.toks[first].tag in (*_FINITE_TAGS, "MD") and s.tags(first) != 0
            )
            if finite:
                yield Hit(
                    m,
                    first,
                    f"the clause after `{s.toks[m].text}` has no subject before `{s.toks[first].text}`",
                )

    def _counted(self, s: Sentence) -> Iterator[Hit]:
        for v in s.indexes():
            dep = s.toks[v].dep
            subjects = [k for k in s.children(v, "nsubj", "nsubjpass") if k < v]
            if len(subjects) >= 2:
                a, b = subjects[-2], subjects[-1]
                if (
                    s.word(b) in _PRONOUNS
                    and s.toks[a].tag.startswith("NN")
                    and s.right_edge(a) == b - 1
                    and s.toks[b - 1].tag.startswith("NN")
                    and s.gap(b - 1, b).isspace()
                    and self._opens_clause(s, s.left_edge(a))
                    and not any(s.toks[k].tag.startswith(("VB", "MD")) for k in range(b + 1, v))
                ):
                    yield Hit(
                        a,
                        b,
                        f"the verb `{s.toks[v].text}` has two subjects: `{s.toks[a].text}` and `{s.toks[b].text}`",
                    )
                continue
            if dep != "ccomp" or s.children(v, *_SUBJECT_DEPS):
                continue
            r = s.toks[v].head
            if r >= v or not s.has("clause-verbs", s.lemma(r)):
                continue
            if s.toks[r].dep in ("relcl", "acl") or any(
                s.toks[k].tag in ("WDT", "WP", "WRB") for k in range(max(s.first, r - 6), r)
            ):
                continue  # a move he said could cause, what he thinks should be: a relative's gap
            reporters = [k for k in s.children(r, "nsubj") if k < r]
            if reporters and not self._opens_clause(s, s.left_edge(reporters[0])):
                continue  # a move ministers say should: a relative clause without `that`
            auxes = [a for a in s.children(v, "aux", "auxpass") if a < v]
            if not auxes or not s.lex.tag(s.word(auxes[0])) & MODAL:
                continue
            first = min(auxes)
            if (
                s.left_edge(v) != first
                or first != r + 1
                or (s.children(v, "mark", "advmod") and min(s.children(v, "mark", "advmod")) < v)
            ):
                continue
            yield Hit(
                r,
                first,
                f"the clause after `{s.toks[r].text}` has no subject before `{s.toks[first].text}`",
            )
