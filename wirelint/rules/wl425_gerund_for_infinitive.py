"""WL425 gerund-for-infinitive: an -ing form after a word that takes only a to-infinitive (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import BE, BE_X, JJ, NOUN, VBG
from wirelint.grammar.parsed import Hit, ParserRule, Sentence

#: How the parser hangs a verb's -ing complement on it (never an attribute: amod).
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "advcl", "dobj", "oprd", "acomp"})
#: Parser tags of a word that takes a complement: a verb or an adjective (able, likely).
_HEAD_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "JJ", "RB"})


class GerundForInfinitive(ParserRule):
    """A verb or adjective that takes only a to-infinitive, followed by an -ing form.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and reports a
    word of the pack's `to-infinitive-only` list (`agree`, `fail`, `plan`, `refuse`,
    `decide`, `able`, `likely`, `willing`, ...) followed straight away by an -ing form
    that the parser hangs on it as its complement: `the council failed agreeing quota
    shares` (`failed to agree`), `it plans splitting into two firms` (`plans to
    split`), `the Gurkhas might be able helping` (`able to help`); also `being` and
    `having` (`expects being on the road`, `is expected having resulted`), a passive in
    a reported clause (`a bill sponsors said was intended helping`), and `likely` read
    as an adverb after `be` (`reinsurers were likely picking up`). An -ing form that
    modifies the noun after it passes (`promised sweeping changes`, `expects rising
    prices`), as do -ing prepositions (`agreed following talks`), the passive (`was
    offered`) and verbs that take both forms (`continue`, `start`, `like`: not in the
    list).

    ## Why it matters
    `plans building` for `plans to build` is what a rewrite leaves when `is considering
    building` becomes `plans`: the sentence reads as a non-native slip.

    ## Example
    ```text
    Airline to split

    The airline plans splitting into two companies next year.
    ```
    `plans splitting` is reported: `plans to split`.
    """

    code = "WL425"
    name = "gerund-for-infinitive"
    severity = Severity.WARNING
    reads_headline_style = True

    def find(self, s: Sentence) -> Iterator[Hit]:
        for v in range(s.first, s.last):
            tv, g = s.toks[v], v + 1
            tg = s.toks[g]
            if tv.tag not in _HEAD_TAGS or tg.tag != "VBG" or s.gap(v, g) != " ":
                continue
            if tv.tag == "RB" and not self._likely_adverb(s, v, g):
                continue
            passive = bool(s.children(v, "auxpass")) and tv.tag == "VBN"
            if passive:
                if not self._passive_takes_infinitive(s, v) or not (
                    s.children(v, "nsubjpass")
                    or (tg.head == v and tg.dep == "xcomp" and tv.dep in ("ccomp", "relcl"))
                ):
                    continue  # was offered shelter, there was much forced smiling
            elif not self._takes_infinitive(s, v) or (
                tv.tag == "VBN" and not any(s.lemma(a) == "have" for a in s.children(v, "aux"))
            ):
                continue  # a plan agreed: a participle without have
            if not tg.text.isalpha() or not tg.text.islower():
                continue
            if not s.tags(g) & VBG and s.word(g) != "being":
                continue
            if s.tags(g) & NOUN and g < s.last and s.word(g + 1) in ("in", "of"):
                continue  # expects widening in the deficit: an -ing noun
            if s.has("clause-verbs", s.lemma(v)) and self._clause_follows(s, g):
                continue  # agreed receiving the honour capped off: a clause, -ing subject
            if s.has("preposition-like-ing", s.word(g)):
                continue  # agreed following talks, failed including costs
            if (
                passive
                and s.tags(g) & JJ
                and not self._verb_complements(s, g)
                and not s.has("passive-to-infinitive-only", s.lemma(v))
            ):
                continue  # was reported missing: a predicate adjective
            if not self._hung_as_complement(s, v, g):
                continue
            yield Hit(v, g, f"`{tv.text} {tg.text}`: `{tv.text} to {s.lemma(g)}`?")

    @staticmethod
    def _hung_as_complement(s: Sentence, v: int, g: int) -> bool:
        """Does the parse read the -ing form g as the complement of v, or as a verb it
        could only misplace (never an -ing adjective of a noun: promised sweeping
        changes)?"""
        tv, tg = s.toks[v], s.toks[g]
        if tg.head == v and tg.dep in _COMPLEMENT_DEPS:
            return True
        if tg.dep in ("aux", "auxpass") and GerundForInfinitive._complement_of(s, tg.head, v):
            return True  # is expected having risen, is unlikely being cowed: -ing an auxiliary
        if tv.head == g and (
            (tv.dep == "amod" and tg.dep in ("attr", "acomp", "xcomp", "ROOT")) or tv.tag == "RB"
        ):
            return True  # were unlikely unfolding, were likely picking: hung on the -ing form
        if tv.dep == "acomp" and tg.head == tv.head and tg.dep in ("advcl", "xcomp"):
            # has been unable replacing: both hung on the verb before (not a clause of
            # saying that lost its comma: had been reluctant saying he detested it)
            return not s.children(g, "ccomp")
        # failed agreeing export quotas: the parser took a verb (no adjective or noun
        # reading in the table) for an attribute of the noun after it
        return tg.dep == "amod" and not s.tags(g) & (JJ | NOUN)

    @staticmethod
    def _takes_infinitive(s: Sentence, v: int) -> bool:
        return any(
            s.has(key, w)
            for key in ("to-infinitive-only", "to-infinitive-also", "to-infinitive-extra")
            for w in (s.lemma(v), s.word(v))
        )

    @staticmethod
    def _passive_takes_infinitive(s: Sentence, v: int) -> bool:
        lemma = s.lemma(v)
        return s.has("passive-to-infinitive", lemma) or s.has("passive-to-infinitive-only", lemma)

    @staticmethod
    def _complement_of(s: Sentence, k: int, v: int) -> bool:
        """Is token k a complement the parser hangs on v (an xcomp or ccomp)?"""
        return s.toks[k].head == v and s.toks[k].dep in ("xcomp", "ccomp", "acomp")

    @staticmethod
    def _likely_adverb(s: Sentence, v: int, g: int) -> bool:
        """Is v `likely` or `unlikely` right after a form of `be` and before an -ing form
        (were likely picking up), a word the parser may tag as an adverb?"""
        return (
            s.has("to-infinitive-adverbs", s.word(v))
            and v > s.first
            and bool(s.tags(v - 1) & (BE | BE_X))
            and s.toks[g].tag == "VBG"
        )

    @staticmethod
    def _verb_complements(s: Sentence, g: int) -> list[int]:
        """What only a verb takes after an -ing word: an object, a clause, a preposition
        (not the passive's agent: reported missing by the police)."""
        return [k for k in s.children(g, "prep", "dobj", "xcomp", "ccomp") if s.word(k) != "by"]

    @staticmethod
    def _clause_follows(s: Sentence, g: int) -> bool:
        """Is there a finite verb after the -ing form, before any punctuation? Then the
        -ing phrase is the subject of a clause without `that`."""
        for k in range(g + 1, min(s.last, g + 10) + 1):
            if not s.toks[k].text[:1].isalnum() or s.toks[k].dep == "mark":
                return False  # decided going with Defar as she strode: a clause of its own
            if s.toks[k].tag == "WRB":
                return False
            if s.toks[k].tag in ("VBD", "VBZ", "VBP", "MD"):
                return True
        return False
