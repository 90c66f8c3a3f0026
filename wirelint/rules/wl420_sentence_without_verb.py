"""WL420 sentence-without-verb: a full sentence of prose with no finite verb (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import VBD, VBZ, VERB
from wirelint.grammar.parsed import FINITE_TAGS, Hit, ParserRule, Sentence

#: Marks of copy that is not a sentence of prose: a quotation, a label and its text, a
#: list trailing off, a bracketed note.
_NOT_PROSE = frozenset({'"', "“", "”", "'", "‘", "’", ":", ";", "...", "…", "(", ")", "[", "]"})
#: Fewest words a sentence needs before a missing verb counts: short fragments (No
#: change there. Not so much a comeback as a return.) are written on purpose.
_MIN_WORDS = 8
#: Tags of a word that opens a noun phrase: a determiner, a figure, a possessive.
_NEXT_PHRASE_TAGS = frozenset({"DT", "CD", "PRP$"})
#: Determiners that follow a noun inside its own phrase (the members all, prices each).
#: Tags that make the word after them the head of their noun phrase (the gross national
#: product, Japan's product), not a verb after its subject.
_NOUN_PHRASE_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "PRP$", "POS", "CD"})
_QUANTIFIERS = frozenset({"all", "both", "each", "half", "alike", "that", "which"})


class SentenceWithoutVerb(ParserRule):
    """A sentence of eight or more words with no finite verb anywhere in it.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and reports a
    sentence that starts with a capital, ends with a full stop and has eight or more
    words but no finite verb at all: no verb the parser tags as past or present tense
    and no modal, and none of its words readable as one by the word-form table.
    `Japan's gross national product a real 0.8 pct in the fourth quarter after a 0.7
    pct increase.` has lost `rose`. Fragments written on purpose are short (`Not so
    much a comeback as a return.`) or set off by a colon, quotation marks, brackets
    or a trailing ellipsis, and pass; so do commands (`Make sure the door is shut.`
    has a verb). When the parser's root is a noun, the verbs of a relative clause
    opened by `which`, `who` or `that` do not count: `The move the biggest shake-up in the history of
    the show, which was first broadcast in 1964.` has lost `is`.

    ## Why it matters
    An edit that deletes a sentence's verb leaves every other word in place: it reads
    as a heading run into the text. A reader has to guess what the figures did.

    ## Example
    ```text
    Output figures

    Japan's gross national product a real 0.8 pct in the October/December quarter after a revised 0.7 pct increase.
    ```
    The sentence is reported: it has no finite verb.
    """

    code = "WL420"
    name = "sentence-without-verb"
    severity = Severity.WARNING

    def find(self, s: Sentence) -> Iterator[Hit]:
        toks = s.toks
        first, last = s.first, s.last
        if toks[last].text != "." or not toks[first].text[:1].isupper():
            return
        if (
            first > 0
            and toks[first - 1].text not in (".", "!", "?")
            and "\n" not in s.gap(first - 1, first)
        ):
            return  # the parser split a sentence where no full stop stands: not its end
        words = [k for k in s.indexes() if toks[k].text[:1].isalpha()]
        if len(words) < _MIN_WORDS:
            return
        if any(toks[k].text in _NOT_PROSE for k in s.indexes()):
            return
        root = next((k for k in s.indexes() if toks[k].dep == "ROOT"), first)
        for k in s.indexes():
            t = toks[k]
            if toks[root].tag.startswith("NN") and self._subordinate(s, k):
                continue  # the move, which was first broadcast in 1964: a relative clause
                # of a subject whose own verb went
            if t.tag in FINITE_TAGS or (t.dep == "ROOT" and t.tag.startswith("VB")):
                return  # a finite verb, a command, or a verb tagged a participle (Trump granted)
            if s.tags(k) & (VBD | VBZ) and (
                t.tag not in ("VBN", "IN", "JJ")
                or s.children(k, "nsubj", "nsubjpass")
                or (t.tag == "VBN" and t.dep not in ("amod", "acl"))
            ):
                return  # a word that can be finite, tagged otherwise (a noun misread)
        # Fragments written on purpose name one thing (A loss also for his music., The
        # first home machine with a true OS.); a sentence that lost its verb keeps its
        # subject and its object side by side: a noun straight before a determiner or
        # a figure that opens the next noun phrase (Japan's output a real 0.8 pct).
        for k in range(first + 1, last):
            prev, t = toks[k - 1], toks[k]
            if not prev.tag.startswith("NN") or t.tag not in _NEXT_PHRASE_TAGS:
                continue
            if s.word(k) in _QUANTIFIERS or s.gap(k - 1, k) != " " or t.text[:1].isupper():
                continue  # (Scorsese's biopic The Aviator: a title names the noun, its
                # verb may come after an aside: The Aviator - which won ... - held on)
            if s.tags(k - 1) & (VBD | VBZ) or (
                s.tags(k - 1) & VERB and toks[k - 2].tag not in _NOUN_PHRASE_TAGS
            ):
                continue  # the poultry offsets the decline, his cabinet tender their
                # resignation, bribery - blur the: the word may be the verb
            if prev.tag == "NNP" and t.tag == "CD":
                continue  # March 15, Windows 95: a date or a name with its number
            if toks[k - 2].tag == "CD":
                continue  # 14.20 dlrs a barrel, 5% a year: a rate
            yield Hit(
                k - 1,
                k,
                f"the sentence has no finite verb between `{prev.text}` and `{t.text}`: "
                "a verb or `is`, `are`, `was`, `were` lost?",
            )
            return

    @staticmethod
    def _subordinate(s: Sentence, k: int) -> bool:
        """Is token k inside a relative clause opened by a relative word (its head chain
        meets one) below a root that is a noun?"""
        for _ in range(s.last - s.first + 1):
            t = s.toks[k]
            if t.dep == "relcl" and any(
                s.toks[c].tag in ("WDT", "WP", "WP$") for c in s.children(k)
            ):
                return True  # (a clause the parser hangs as a modifier without a relative
                # word may be the main clause itself: filed for protection, calls for)
            if t.head == k:
                return False
            k = t.head
        return False
