"""WL413 clause-without-verb: a clause with a subject and no finite verb (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import VB, VBD, VBG, VBN, VBZ
from wirelint.grammar.parsed import Hit, ParserRule, Sentence

_FINITE = VB | VBD | VBZ
_CLAUSE_DEPS = frozenset({"ccomp", "relcl", "acl", "advcl", "ROOT", "conj"})
#: Subjects that may head a clause without a finite verb (make them go, saw it coming).
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
#: Subordinators after which a clause needs a finite verb (as they finding out).
_MARKS = frozenset(
    {"that", "as", "because", "although", "though", "if", "since", "unless", "whether", "while"}
)
_COMPARATIVE = frozenset({"RB", "RBR", "JJ", "JJR"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it", "you"})


def _stop(s: Sentence, v: int) -> int:
    """The index of the first punctuation after token ``v`` (or the sentence end)."""
    for k in range(v + 1, s.last + 1):
        if s.toks[k].dep == "punct":
            return k
    return s.last + 1


class ClauseWithoutVerb(ParserRule):
    """A clause that has a subject but lost its finite verb.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and reports
    a clause opened by `that`, `as`, `because`, `if` (and other subordinators) or
    standing as the sentence's main clause whose verb is
    an `-ing` form or a participle with a subject and no auxiliary: `a sign that
    investors moving into bonds` (`are moving`), `officials said that the talks
    taken place`. Forms that can be finite (`said`, `cut`) never count as
    non-finite, and constructions without a finite verb by design pass: absolute
    phrases (`with prices rising`, `the deal done, ...`), objects of perception verbs
    (`saw prices rising`), reduced relatives (`the man seen leaving`). After a verb
    of saying from the pack's `report-verbs` (`said it working closely`) no `that`
    is needed for the clause to count.

    ## Why it matters
    An edit that deletes `is`, `are` or `has` leaves a clause that reads as a
    fragment. Every word is spelled right, so no spelling checker sees it.

    ## Example
    ```text
    Investors turn to bonds

    Analysts said it was a sign that investors moving into bonds.
    ```
    `investors moving` is reported: the clause after `that` has no finite verb.
    """

    code = "WL413"
    name = "clause-without-verb"
    severity = Severity.WARNING

    # One case per auxiliary or dependency, read in the order the grammar gives them.
    def find(self, s: Sentence) -> Iterator[Hit]:  # noqa: C901, PLR0912
        for v in s.indexes():
            dep = s.toks[v].dep
            if dep not in _CLAUSE_DEPS:
                continue
            t = s.tags(v)
            if not t & (VBG | VBN) or t & _FINITE or s.is_name(v):
                continue  # unknown, or could be finite (cut, said)
            if s.children(v, "aux", "auxpass", "cop"):
                continue
            subjects = [k for k in s.children(v, "nsubj", "nsubjpass") if k < v]
            if not subjects:
                continue
            n = subjects[-1]
            reported = dep == "ccomp" and not s.children(v, "mark")
            if (s.word(n) in _OBJECT_PRONOUNS and not (reported and s.word(n) == "it")) or not (
                s.toks[n].tag.startswith(("NN", "PRP")) or s.word(n) in _DEMONSTRATIVES
            ):
                continue
            if s.toks[n].tag == "NN" and s.tags(n) & VB:
                continue
            if any(s.toks[k].text in ("...", "…") for k in s.indexes()):
                continue  # a list trailing off: not a sentence
            end = _stop(s, v) if dep == "advcl" else s.last + 1
            if any(s.toks[k].tag in ("MD", "VBZ", "VBP", "VBD") for k in range(v + 1, end)):
                continue  # voters watching him will bear ...: the finite verb comes later
            if s.toks[n + 1].text == ",":
                continue  # Bangor, beaten 5-1 by Newry, will ...: an apposition
            mark_tokens = s.children(v, "mark")
            if any(k > s.first and s.toks[k - 1].tag in _COMPARATIVE for k in mark_tokens):
                continue  # as much as someone going down the road: a comparison
            marks = [s.word(k) for k in mark_tokens]
            if dep == "ROOT":
                # A main clause: the whole sentence must lack a finite verb and end in a full stop.
                if marks or any(
                    s.tags(k) & _FINITE and s.toks[k].tag.startswith(("VB", "MD"))
                    for k in s.indexes()
                    if k != v
                ):
                    continue
                if (
                    s.toks[s.last].text != "."
                    or s.left_edge(n) != s.first
                    or not s.toks[s.first].text[:1].isupper()
                ):  # protein folding. (after a colon): a named topic, not a sentence
                    continue
            elif not marks and dep == "ccomp":
                head = s.toks[v].head
                if head > n or not s.has("report-verbs", s.lemma(head)):
                    continue  # saw prices rising, found it working: object and participle
            elif len(marks) != 1 or marks[0] not in _MARKS:
                continue
            yield Hit(
                n,
                v,
                f"`{s.toks[v].text}` has the subject `{s.toks[n].text}` but the clause has no finite verb",
            )
