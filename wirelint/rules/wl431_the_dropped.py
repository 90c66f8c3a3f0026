"""WL431 the-dropped: `same`, an ordinal, or `one of` a plural, with no determiner (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import NNS
from wirelint.grammar.parsed import Hit, Sentence, TelegraphicExemptRule

#: Tags of a word that determines the noun after it (the, this, its, Russia's, two).
_DETERMINING_TAGS = frozenset({"DT", "PDT", "PRP$", "POS", "CD", "WDT", "WP$"})
#: Relations that give a noun a determiner of its own.
_OWN = ("det", "poss", "nummod", "predet")


class TheDropped(TelegraphicExemptRule):
    """`at same time`, `for first time`, `one of companies`: a phrase English writes only
    with a determiner, standing without one.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and reports three
    phrases that lost their `the` (or another determiner): `same` before a noun or at the
    end of a phrase (`at same time`, `is same`); an ordinal of the pack's `ordinals`
    (`first`, `second`, `fifth`) before a singular noun straight after a preposition (`for
    first time`, `in fifth set`); and `one of`, `some of`, `most of` (the pack's
    `partitive-words`) before a plural common noun with no determiner (`one of companies`,
    `most of people`). A determiner of any kind passes (`this same`, `its first`, `one of
    Britain's`, `one of two`), as do the fixed phrases of the pack's
    `bare-ordinal-nouns` (`at first sight`, `in first place`, `first hand`) and a
    compound written with a hyphen (`same-sex`, `first-half`). Telegraphic wire copy, which
    writes the wire's own abbreviations (`mln`, `dlrs`, `pct`), drops articles by house
    style and passes.

    ## Why it matters
    A dropped `the` is what a careless cut or a machine rewrite leaves; the sentence reads
    as a translation, and a spell checker never sees it.

    ## Example
    ```text
    Serve lost

    It was always tough serving second in fifth set, said Hewitt.
    ```
    `in fifth set` is reported: `in the fifth set`.
    """

    code = "WL431"
    name = "the-dropped"
    severity = Severity.WARNING

    def find(self, s: Sentence) -> Iterator[Hit]:
        for i in s.indexes():
            word = s.word(i)
            if i == s.first:
                hit = self._partitive(s, i) if s.has("partitive-words", word) else None
            elif not s.toks[i].text.islower() or self._determined(s, i):
                continue
            elif word == "same":
                hit = self._same(s, i)
            elif s.has("ordinals", word):
                hit = self._ordinal(s, i)
            elif s.has("partitive-words", word):
                hit = self._partitive(s, i)
            else:
                continue
            if hit is not None:
                yield hit

    @staticmethod
    def _determined(s: Sentence, i: int) -> bool:
        """A determiner, possessive or number just before (the same, its first, a
        second), or a word joined by a hyphen (same-sex, first-half)."""
        prev = s.toks[i - 1]
        if prev.tag in _DETERMINING_TAGS or s.has("determiners", prev.text.lower()):
            return True
        hyphen = prev.tag == "HYPH" or (i < s.last and s.toks[i + 1].tag == "HYPH")
        return hyphen or s.gap(i - 1, i) != " "

    def _same(self, s: Sentence, i: int) -> Hit | None:
        prev = s.toks[i - 1]
        if s.has("before-same", prev.text.lower()):
            return None  # much the same is written `much the same`; `all same` is not English
        h = s.toks[i].head
        if h != i + 1 and s.toks[i + 1].dep == "compound":
            return None  # same store sales: a trade's compound
        if s.toks[i].dep == "amod" and h > i and s.toks[h].tag in ("NN", "NNS"):
            if s.children(h, *_OWN) or any(
                s.toks[k].tag in _DETERMINING_TAGS for k in range(i + 1, h)
            ):
                return None
            return Hit(i - 1, h, f"`{prev.text} same`: `the same`?")
        return None

    def _ordinal(self, s: Sentence, i: int) -> Hit | None:
        prev = s.toks[i - 1]
        if prev.tag not in ("IN", "TO") or s.toks[i].dep != "amod":
            return None
        h = s.toks[i].head
        if h != i + 1 or s.toks[h].tag != "NN" or not s.toks[h].text.islower():
            return None  # second World War: a name
        if s.toks[h].dep == "compound" or (h < s.last and s.toks[h + 1].tag in ("NN", "NNS")):
            return None  # in first quarter profits: a compound before the noun
        if s.has("bare-ordinal-nouns", s.word(h)) or s.children(h, *_OWN):
            return None
        if prev.text.lower() == "per" or (h < s.last and s.toks[h + 1].tag in ("NNP", "NNPS")):
            return None  # per second; second seed Amelie Mauresmo: a title before a name
        if (
            prev.text.lower() == "of"
            and i - 2 >= s.first
            and s.has("bare-predicate-nouns", s.word(i - 2))
        ):
            return None  # that kind of second chance
        if prev.text.lower() == "from" and any(
            s.word(k) == "to" for k in range(h + 1, min(h + 3, s.last) + 1)
        ):
            return None  # from first round to final
        return Hit(i - 1, h, f"`{prev.text} {s.toks[i].text}`: `{prev.text} the {s.word(i)}`?")

    def _partitive(self, s: Sentence, i: int) -> Hit | None:
        if i + 2 > s.last or s.word(i + 1) != "of" or s.gap(i, i + 1) != " ":
            return None
        n = i + 2
        t = s.toks[n]
        if t.tag not in ("NNS", "JJ", "JJS", "NN") or not t.text.islower():
            return None
        # The plural the phrase ends on: one of companies, one of biggest companies.
        h = n if t.tag == "NNS" else t.head
        if s.toks[h].tag != "NNS" or h < n or h - n > 3 or not s.toks[h].text.islower():
            return None
        if not s.tags(h) & NNS:
            return None  # all of ours: the word-form table knows no plural noun
        if s.children(h, *_OWN) or any(
            s.toks[k].tag not in ("JJ", "JJS", "NN", "NNS")
            or not s.toks[k].text.islower()
            or s.has("number-words", s.word(k))
            or s.has("quantifier-adjectives", s.word(k))
            for k in range(n, h + 1)
        ):
            return None
        return Hit(i, h, f"`{s.toks[i].text} of {s.toks[n].text}`: `{s.word(i)} of the`?")
