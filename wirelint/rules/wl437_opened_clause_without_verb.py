"""WL437 opened-clause-without-verb: a subordinate or relative clause with no finite verb (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import (
    BE,
    CLOSED,
    DO,
    HAVE,
    MODAL,
    NNS,
    NOUN,
    UNK,
    VB,
    VBD,
    VBZ,
    VERB,
)
from wirelint.grammar.parsed import Hit, ParserRule, Sentence

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VB"})
_FINITE_WORDS = BE | HAVE | MODAL | DO
#: Tags that open a subject: the clause after a subordinator starts with one (when the
#: bank, if prices, because it). A reduced clause (when asked, if necessary, while in
#: office) starts with a participle, an adjective or a preposition and passes.
_SUBJECT_START = frozenset({"DT", "PRP$", "NN", "NNS", "NNP", "NNPS", "PRP", "EX"})
#: Tags that open a predicate: after a relative `which` or `who` that is the clause's
#: subject, the verb should stand there (which an original member, who in charge).
_PREDICATE_START = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "CD"})
#: Marks that end a clause for sure, and marks after which its end is a guess.
_ENDS = frozenset({".", "!", "?", ";"})
_UNSURE = frozenset({":", "(", ")", "[", "]", '"', "“", "”", "‘", "’", "—", "–", "--", "…", "..."})
_UNSURE_QUOTES = frozenset({"``", "''", "'"})
#: Dependencies of a clause's head: a word the table reads as a base form there is the
#: clause's verb, whatever the tagger guessed (which many fear).
_CLAUSE_HEADS = frozenset({"ROOT", "relcl", "ccomp", "conj", "advcl", "acl"})
_RELATIVES = frozenset({"which", "who"})
_NOUN_PHRASE_TAGS = frozenset({"DT", "PDT", "JJ", "JJR", "JJS", "CD", "PRP$", "POS"})
#: Words that open the predicate noun of a reduced clause (while a student at Oxford,
#: although some way off the peak) or an idiom (if any), not a subject.
_PREDICATE_NOUN_OPENERS = frozenset({"a", "an", "some", "another", "one", "any"})
_MIN_CLAUSE = 3
_OPENERS_KEY = "finite-clause-openers"


def _noun_only(s: Sentence, m: int) -> bool:
    """Does the word-form table know token m only as a noun (officials, analysts)?"""
    tags = s.tags(m)
    return bool(tags & NOUN) and not tags & (VERB | UNK | CLOSED)


class OpenedClauseWithoutVerb(ParserRule):
    """A clause opened by `when`, `if`, `because`, `that` or a relative word with no verb.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and reports a
    clause that a subordinator (`when`, `if`, `because`, `although`, `unless`,
    `whether`, `while`), the conjunction `that` or a relative `which` or `who` opens and
    that holds a subject and more words but no finite verb up to the next punctuation:
    `when New Zealander Graham Henry the head coach`, `when both parties to hold primaries`,
    `the Treasury said that it in response to operators`, `Tate & Lyle, which an
    original member of the FT-30 index`, `the plan, which officials to debate next
    week` (a noun the word-form table knows only as a noun is no verb, whatever the
    tagger made of it). The
    verb the clause had (`was`, `is`, `are`) was deleted. Reduced clauses with no
    subject (`when asked`, `if necessary`, `while in office`) pass, and so does a clause
    too short to tell (`if any`).

    ## Why it matters
    A subordinate clause that lost its verb leaves a sentence whose main clause still
    reads, so the slip is easy to miss on a read-through; the missing `is` or `was`
    often carried the tense the story turns on.

    ## Example
    ```text
    Lions tour

    The tour of 2001 went badly, when New Zealander Graham Henry the head coach.
    ```
    `when New Zealander Graham Henry the head coach` is reported: it has no verb.
    """

    code = "WL437"
    name = "opened-clause-without-verb"
    severity = Severity.WARNING
    defers_to = ("WL401", "WL402", "WL413", "WL420", "WL422")

    def find(self, s: Sentence) -> Iterator[Hit]:
        for k in range(s.first, s.last - _MIN_CLAUSE + 1):
            if not self._opener(s, k):
                continue
            # A relative clause set off by a comma ends at the next one; any other clause
            # may hold a list or an aside in commas (aid which the World Bank, other
            # lenders and donors, had pledged) and runs to the sentence's end.
            aside = s.word(k) in _RELATIVES and s.toks[k - 1].text == ","
            end = self._clause_end(s, k + 1, aside)
            if (
                end is None
                or end - k < _MIN_CLAUSE
                or any(self._finite(s, m) for m in range(k + 1, end + 1))
            ):
                continue
            words = " ".join(s.toks[m].text for m in range(k, min(end, k + 6) + 1))
            more = " ..." if end > k + 6 else ""
            yield Hit(
                k,
                end,
                f"the clause `{words}{more}` has no finite verb: a lost `is`, `was` or verb?",
            )
            return

    @staticmethod
    def _opener(s: Sentence, k: int) -> bool:
        t, nxt = s.toks[k], s.toks[k + 1]
        word = s.word(k)
        if k > s.first and s.toks[k - 1].tag in ("DT", "JJ", "IN", "RB"):
            return False  # a while, even if: no clause opener (even though is one)
        if s.has(_OPENERS_KEY, word):
            # while a student, although some way off: a reduced clause's predicate noun
            return (
                t.tag in ("IN", "WRB")
                and nxt.tag in _SUBJECT_START
                and s.word(k + 1) not in _PREDICATE_NOUN_OPENERS
            )
        if word == "that":
            return t.tag == "IN" and t.dep == "mark" and nxt.tag in _SUBJECT_START
        if word in _RELATIVES and t.tag in ("WDT", "WP") and k > s.first:
            prev = s.toks[k - 1]
            # (or the relative is the object and a plural noun its clause's subject:
            # which officials to debate, whatever the tagger made of the noun)
            if not (prev.text == "," or prev.tag.startswith("NN")):
                return False
            if nxt.tag in _PREDICATE_START:
                return True
            # (a noun before it, not a verb: which way to go, which country to represent
            # ask a question)
            antecedent = s.toks[k - 2] if prev.text == "," and k - 2 >= s.first else prev
            return (
                _noun_only(s, k + 1)
                and bool(s.tags(k + 1) & NNS)
                and antecedent.tag.startswith("NN")
            )
        return False

    @staticmethod
    def _clause_end(s: Sentence, j: int, relative: bool) -> int | None:
        """The clause's last token: before the sentence's end, a semicolon or a colon,
        or, for a relative clause set off by commas, before its closing comma. None when
        a dash, a bracket or a quotation mark comes first: where the clause ends is then
        a guess (a subject in a dash, a title in quotation marks)."""
        m = j
        while m < s.last:
            nxt = s.toks[m + 1].text
            if nxt in _ENDS or (relative and nxt == ","):
                return m
            if nxt in _UNSURE or nxt in _UNSURE_QUOTES:
                return None
            m += 1
        return m

    @staticmethod
    def _finite(s: Sentence, m: int) -> bool:
        """Could token m be the clause's finite verb, by its tag or by any reading the
        word-form table allows (the tagger misreads verbs in a broken clause: which in
        turn forces, if this pace persists)?"""
        t = s.toks[m]
        if s.toks[m - 1].tag == "TO":
            return False  # both parties to hold: an infinitive
        if _noun_only(s, m):
            return False  # which officials to debate: the tagger made a verb of a noun
        if t.tag in _FINITE_TAGS:
            return True
        tags = s.tags(m)
        if tags & _FINITE_WORDS and t.tag.startswith(("VB", "MD")):
            return True
        if tags & (VBD | VBZ):
            # A plural after its determiner, adjective or figure is a noun (both parties,
            # the new prices); elsewhere the word may be the verb misread (in turn forces).
            return not (t.tag == "NNS" and s.toks[m - 1].tag in _NOUN_PHRASE_TAGS)
        return bool(tags & VB) and t.dep in _CLAUSE_HEADS
