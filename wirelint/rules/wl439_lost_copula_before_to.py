"""WL439 lost-copula-before-to: a subject before `set to`, `likely to`, `due to` with no `is` (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.parsed import Hit, ParserRule, Sentence

_PREDICATES_KEY = "copula-to-predicates"
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_VERB_DEPS = ("aux", "auxpass", "cop")
#: Tags of the word before the predicate that end a subject noun phrase.
_SUBJECT_END_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD"})
#: Where the predicate heads a clause of the sentence: a phrase after `with`, a small
#: clause after `found` or a noun's modifier (firms keen to) hangs lower.
_CLAUSE_HEADS = frozenset({"ROOT", "conj"})
#: A finite verb the parse hangs on the predicate is the clause's own verb, which the
#: predicate only modifies (a shortened relative clause): nothing was lost.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


class LostCopulaBeforeTo(ParserRule):
    """A subject straight before `set to`, `likely to`, `due to`, `able to`: its `is` was lost.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and reports a
    predicate that only a copula can join to its subject (`set`, `scheduled`, `poised`,
    `likely`, `due`, `able`, passives with no active reading before `to` such as
    `believed` and `rumoured`: the pack list `copula-to-predicates`) when it stands
    straight after its subject, before `to` and a verb, with no `is`, `are`, `was`,
    `were` or other auxiliary of its own: `Charles Kennedy set to address 2,000
    people`, `the lira likely to be devalued`, `we poised to accelerate`. A phrase that
    modifies a noun (`delays due to bad weather hit traffic`, `firms keen to protect
    monopolies`, `the prices of companies likely to benefit rose`), an absolute phrase
    (`with Hazell likely to make way`) and a small clause (`found themselves unable to
    swap`) pass; so does a clause with its verb (`the company is set to`, `has been
    unable to`).

    ## Why it matters
    News copy says what is about to happen with exactly these words, and cutting the
    `is` turns the sentence into a headline: the reader cannot tell whether the event
    is planned or already done.

    ## Example
    ```text
    Campaign

    Charles Kennedy set to address 2,000 people at a Hindu temple on Sunday.
    ```
    `Kennedy set` is reported: `Kennedy is set`?
    """

    code = "WL439"
    name = "lost-copula-before-to"
    severity = Severity.WARNING
    defers_to = ("WL401", "WL402", "WL413", "WL420", "WL422", "WL437")

    def find(self, s: Sentence) -> Iterator[Hit]:
        for k in range(s.first + 1, s.last - 1):
            if not s.has(_PREDICATES_KEY, s.word(k)) or s.toks[k + 1].text != "to":
                continue
            if s.toks[k + 2].tag != "VB" or s.toks[k - 1].tag not in _SUBJECT_END_TAGS:
                continue
            subjects = s.children(k, *_SUBJECT_DEPS)
            if not subjects or s.right_edge(max(subjects)) != k - 1:
                continue  # the subject must end straight before the predicate
            if s.children(k, *_VERB_DEPS):
                continue  # is set to, has been unable to
            if not self._clause_head(s, k) or s.word(k - 1).endswith(("self", "selves")):
                continue  # with Hazell likely to, found themselves unable to, firms keen to
            if any(s.toks[c].tag in _FINITE_TAGS for c in s.children(k)):
                continue  # the prices of companies likely to benefit ... rose: its verb
            yield Hit(
                k - 1,
                k,
                f"`{s.toks[k - 1].text} {s.toks[k].text} to` has no verb: "
                f"`{s.toks[k - 1].text} is {s.toks[k].text} to`?",
            )

    @staticmethod
    def _clause_head(s: Sentence, k: int) -> bool:
        """Does token k head a clause: the sentence's, one joined to it, or one reported
        by a verb of saying (dealers said the lira likely to)?"""
        dep = s.toks[k].dep
        if dep in _CLAUSE_HEADS:
            return True
        return dep == "ccomp" and s.has("report-verbs", s.lemma(s.toks[k].head))
