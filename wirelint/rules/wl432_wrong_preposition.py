"""WL432 wrong-preposition: a word that takes one preposition followed by another, or by none (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from wirelint.diagnostics import Severity
from wirelint.grammar.parsed import Hit, ParserRule, Sentence

#: Tags the parser gives a preposition (and `to`).
_PREPOSITION_TAGS = frozenset({"IN", "TO"})
#: Tags that open a noun phrase straight after a word that needs a preposition first.
_PHRASE_TAGS = frozenset({"DT", "PRP$", "NN", "NNS", "NNP", "NNPS", "CD", "JJ", "PRP"})
#: How far after a wrong preposition the right one may still come (depend in part on).
_REACH = 4


@lru_cache(maxsize=8)
def _table(entries: frozenset[str]) -> dict[str, frozenset[str]]:
    """The pack's `word: preposition preposition` entries as word -> prepositions."""
    table: dict[str, frozenset[str]] = {}
    for entry in entries:
        word, _, preps = entry.partition(":")
        table[word.strip()] = frozenset(preps.split())
    return table


@lru_cache(maxsize=8)
def _phrases(entries: frozenset[str]) -> dict[str, tuple[str, str]]:
    """The pack's fixed phrases (`in response to`) as middle word -> (before, after)."""
    out: dict[str, tuple[str, str]] = {}
    for entry in entries:
        words = entry.split()
        if len(words) == 3:
            out[words[1]] = (words[0], words[2])
    return out


def _lower(s: Sentence, i: int) -> bool:
    """A word in lower case, or capitalised only as the sentence's first (According to)."""
    text = s.toks[i].text
    return text.islower() or (i == s.first and text[:1].isupper() and text[1:].islower())


class WrongPreposition(ParserRule):
    """`depend at`, `according a report`, `at behalf of`, `at Monday`: a word that takes
    one preposition followed by another one, or by none.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and reports:
    - a word of the pack's `preposition-collocations` (`depend: on upon`, `interested: in`,
      `accused: of`; verbs in any form) followed straight away by a preposition it does
      not take, when none that it takes follows within a few words (`depends in part on`
      passes) and the word is not a passive participle before `by`;
    - a verb of the pack's `preposition-needed` (`according`, `depend`, `rely`) followed
      straight away by a noun phrase (`according a report`, `depends the weather`);
    - a fixed phrase of the pack's `preposition-phrases` (`in spite of`, `on behalf of`)
      whose noun is frozen (one of `frozen-phrase-nouns`) written with another preposition
      before or after it (`at behalf of`, `in spite for`; `in place for` is English);
    - a day of the week after `in` or `at` (`at Monday`; `in Monday's vote` and `in
      Tuesday trading` pass).

    ## Why it matters
    A wrong or missing preposition is what a careless rewrite leaves; the sentence reads
    as a translation, and a spell checker never sees it.

    ## Example
    ```text
    Exports rise

    The outlook will depend at the weather, according a report by the ministry.
    ```
    `depend at` and `according a` are reported: `depend on`, `according to`.
    """

    code = "WL432"
    name = "wrong-preposition"
    severity = Severity.WARNING

    def find(self, s: Sentence) -> Iterator[Hit]:
        table = _table(s.lex.words.get("preposition-collocations", frozenset()))
        phrases = _phrases(s.lex.words.get("preposition-phrases", frozenset()))
        for i in range(s.first, s.last):
            j = i + 1
            if s.gap(i, j) != " ":
                continue
            word = s.word(i)
            hit = (
                self._collocation(s, i, table)
                or self._needed(s, i)
                or self._phrase(s, i, phrases.get(word))
                or self._date(s, i)
            )
            if hit is not None:
                yield hit

    @staticmethod
    def _preposition(s: Sentence, k: int) -> bool:
        return s.toks[k].tag in _PREPOSITION_TAGS and s.has("common-prepositions", s.word(k))

    def _collocation(self, s: Sentence, i: int, table: dict[str, frozenset[str]]) -> Hit | None:
        t = s.toks[i]
        if not _lower(s, i) or t.tag in ("NN", "NNS"):
            return None  # the subject of, the accused in: a noun takes other prepositions
        word = s.word(i)
        takes = table.get(word)
        if takes is None and t.tag.startswith("VB"):
            takes = table.get(s.lemma(i))
        j = i + 1
        if takes is None or not self._preposition(s, j) or s.word(j) in takes:
            return None
        if s.word(j) == "by" and t.tag == "VBN":
            return None  # accused by prosecutors of fraud: a passive's agent
        if s.toks[j].tag == "TO" and j < s.last and s.toks[j + 1].tag == "VB":
            return None  # eligible to vote, proud to serve: an infinitive
        if i > s.first and s.gap(i - 1, i) != " ":
            return None  # law-abiding since 2000: a compound
        if any(s.word(k) in takes for k in range(max(s.first, i - _REACH - 2), i)):
            return None  # the programme on which Americans rely for: the preposition went first
        for k in range(j + 1, min(j + 1 + _REACH, s.last + 1)):
            if s.word(k) in takes:
                return None  # depends in part on: the right one follows
            if s.toks[k].text in ",.;:?!()":
                break
        want = " or ".join(f"`{t.text} {p}`" for p in sorted(takes))
        return Hit(i, j, f"`{t.text} {s.toks[j].text}`: {want}?")

    @staticmethod
    def _needed(s: Sentence, i: int) -> Hit | None:
        t = s.toks[i]
        if not _lower(s, i) or not t.tag.startswith("VB"):
            return None  # a noun of a fixed phrase (behalf) is read with its phrase
        if not (s.has("preposition-needed", s.word(i)) or s.has("preposition-needed", s.lemma(i))):
            return None
        nxt = s.toks[i + 1]
        if i > s.first and s.gap(i - 1, i) != " ":
            return None  # law-abiding members: a compound
        if t.dep in ("amod", "compound") or t.head == i + 1:
            return None  # participating countries: a modifier of the noun after it
        if nxt.tag not in _PHRASE_TAGS or s.has("adverbial-nouns", nxt.text.lower()):
            return None
        return Hit(i, i + 1, f"`{t.text} {nxt.text}`: a preposition missing after `{t.text}`?")

    def _phrase(self, s: Sentence, i: int, frame: tuple[str, str] | None) -> Hit | None:
        if frame is None or i == s.first or i + 1 > s.last or s.toks[i].tag not in ("NN", "NNS"):
            return None  # to return for a second series: a verb, no fixed phrase
        if not s.toks[i].text.islower() or not s.has("frozen-phrase-nouns", s.word(i)):
            return None  # roused into support of, the rate of exchange for: not frozen
        before, after = frame
        p, n = i - 1, i + 1
        if s.word(n) == after and self._preposition(s, p) and s.word(p) != before:
            return Hit(
                p,
                n,
                f"`{s.toks[p].text} {s.toks[i].text} {after}`: `{before} {s.word(i)} {after}`?",
            )
        if s.word(p) == before and self._preposition(s, n) and s.word(n) != after:
            return Hit(
                p,
                n,
                f"`{before} {s.toks[i].text} {s.toks[n].text}`: `{before} {s.word(i)} {after}`?",
            )
        return None

    def _date(self, s: Sentence, i: int) -> Hit | None:
        n = i + 1
        when, prep = s.toks[n], s.word(i)
        if not self._preposition(s, i) or not when.text[:1].isupper() or when.text.isupper():
            return None
        after = s.toks[n + 1] if n < s.last else None
        if after is not None and (
            after.tag in ("POS", "NN", "NNS", "NNP", "HYPH", "CD") or after.text[:1] in "'’-/"
        ):
            return None  # in Monday's vote, in Tuesday morning trading, at Monday-night's
        if s.has("weekdays", when.text.lower()) and s.has("wrong-before-days", prep):
            return Hit(i, n, f"`{s.toks[i].text} {when.text}`: `on {when.text}`?")
        return None
