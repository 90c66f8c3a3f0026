"""WL421 infinitive-for-gerund: a to-infinitive after a verb that takes only -ing (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import VB, VBG
from wirelint.grammar.parsed import Hit, ParserRule, Sentence

#: How the parser hangs a to-infinitive on the verb before it.
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "advcl", "dobj", "oprd"})


class InfinitiveForGerund(ParserRule):
    """A verb that takes only an -ing form, followed by `to` and a bare verb.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and reports a
    verb of the pack's `gerund-only` list (`avoid`, `consider`, `finish`, `deny`,
    `risk`, `suggest`, ...) in the active voice followed straight away by `to` and a
    verb in its base form that the parser hangs on it: `the bank avoided to pay the
    fine` (`avoided paying`), `is considering to raise rates` (`considering raising`).
    The passive passes (`is considered to be`, `was suggested to ease`), as do `to`
    and a noun (`admitted to the charge`, `keep to the plan`), `to` and an -ing form
    (`admitted to taking`), a relative clause whose object is the noun before it (`the
    companies she mentioned to protect them`, `funds it is allowed to keep to
    compensate`; an infinitive that is a verb's complement is read: `wanted to keep to
    run`, `directed to consider to set up`) and verbs that take both forms (`stop`,
    `remember`, `try`: not in the list).

    ## Why it matters
    `considering to raise` is what a rewrite leaves when `plans to raise` becomes
    `is considering`; the sentence reads as a non-native slip.

    ## Example
    ```text
    Bank fined over accounts

    The bank avoided to pay the fine for two years.
    ```
    `avoided to pay` is reported: `avoided paying`.
    """

    code = "WL421"
    name = "infinitive-for-gerund"
    severity = Severity.WARNING
    reads_headline_style = True

    def find(self, s: Sentence) -> Iterator[Hit]:
        for v in range(s.first, s.last - 1):
            tv, to, b = s.toks[v], v + 1, v + 2
            if not tv.tag.startswith("VB") or s.toks[to].tag != "TO" or s.word(to) != "to":
                continue
            if not s.has("gerund-only", s.lemma(v)) and not s.has("gerund-only", s.word(v)):
                continue
            if s.children(v, "auxpass") or (
                tv.tag == "VBN" and not any(s.lemma(a) == "have" for a in s.children(v, "aux"))
            ):
                continue  # is considered to be, suggested to ease: the passive
            if any(s.toks[k].tag == "TO" for k in s.children(v, "aux")) and self._in_relative(s, v):
                continue  # funds it is allowed to keep to compensate: an object gap
            if tv.dep == "relcl" and not any(
                s.toks[k].tag in ("WDT", "WP") or s.word(k) == "that" for k in s.children(v)
            ):
                continue  # the companies she mentioned to protect them: an object gap
            tb = s.toks[b]
            if tb.tag != "VB" or s.is_name(b) or s.gap(v, to) != " " or s.gap(to, b) != " ":
                continue
            if not s.tags(b) & VB:
                continue
            if tb.head != v or tb.dep not in _COMPLEMENT_DEPS:
                continue  # to hangs on something else: risked a fine to save the bank
            yield Hit(v, b, f"`{tv.text} to {tb.text}`: `{tv.text} {self._ing(s, b)}`?")

    @staticmethod
    def _in_relative(s: Sentence, v: int) -> bool:
        """Is the infinitive v in a relative clause, or a clause that modifies a noun,
        within three steps up the parse (its object may be the noun: funds it is allowed
        to keep)? A to-infinitive that is a verb's complement (wanted to keep to run)
        is not."""
        for _ in range(3):
            if s.toks[v].dep in ("relcl", "acl"):
                return True
            if s.toks[v].head == v:
                return False
            v = s.toks[v].head
        return False

    @staticmethod
    def _ing(s: Sentence, b: int) -> str:
        lemma = s.lemma(b)
        return s.lex.form(lemma, VBG) or f"{lemma}ing"
