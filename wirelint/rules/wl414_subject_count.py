"""WL414 subject-count: a finite verb with no subject, or with two (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import MODAL
from wirelint.grammar.parsed import Hit, ParserRule, Sentence

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")
_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})


class SubjectCount(ParserRule):
    """A finite verb that lost its subject, or that has two.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra). A clause
    reported after a verb of saying whose modal verb has no subject at all is a
    subject lost in an edit (`the company said would cut 500 jobs`: `it would`). A
    verb with two subjects side by side, a noun phrase and then a pronoun, is a
    rewrite that kept both (`the ministry it said`). Commands, `as was expected`
    and coordinated verbs that share a subject (`rose and then fell`) pass.

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
