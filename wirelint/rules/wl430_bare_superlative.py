"""WL430 bare-superlative: a superlative with no "the" after a verb or a preposition (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.parsed import Hit, ParserRule, Sentence

#: Tags of a word that gives the superlative's noun a determiner of its own.
_DETERMINING_TAGS = frozenset({"DT", "PDT", "PRP$", "POS", "CD", "NNP", "NNPS", "WDT", "WP$"})
_OWN = ("det", "poss", "nummod", "predet")
#: What may follow `of` after a superlative that heads a phrase (largest of the 58).
_PARTITIVE_TAGS = frozenset({"DT", "CD", "PRP$", "PRP"})


class BareSuperlative(ParserRule):
    """`shot to top as largest broker`, `what he said was fastest growing airline`, `PLDT is
    largest of 58 companies`: a superlative that lost its `the`.

    ## What it does
    Reads the dependency parse of each body paragraph (the grammar extra) and reports a
    superlative adjective (`largest`, `fastest`, `highest`) straight after a verb or a
    preposition that either describes a noun with no determiner of its own (`as largest
    broker`) or stands before `of` and a determiner or a number (`is largest of the`).
    The pack's `bare-superlatives` are used without `the` in good English and pass
    (`most`, `least`, `best` and `worst` as in `at best`, `latest figures`), as do
    superlatives after `at` and `than` (`at highest risk`), a quality after `of` (`of
    greatest importance`) and predicative ones with nothing after them (`profits were
    highest in 2004`).

    ## Why it matters
    A superlative without its article is what a careless cut leaves, and the sentence
    reads as a translation; no spell checker sees it.

    ## Example
    ```text
    Airline stake

    Abeles said Ansett would become the largest shareholder in what he said was fastest growing airline in the United States.
    ```
    `was fastest` is reported: `the fastest`.
    """

    code = "WL430"
    name = "bare-superlative"
    severity = Severity.WARNING

    def find(self, s: Sentence) -> Iterator[Hit]:
        toks = s.toks
        for i in range(s.first + 1, s.last):
            t = toks[i]
            if t.tag != "JJS" or not t.text.isalpha() or not t.text.islower():
                continue
            prev = toks[i - 1]
            if not (prev.tag == "IN" or prev.tag.startswith("VB")) or s.gap(i - 1, i) != " ":
                continue
            if s.has("bare-superlatives", t.text) or s.has(
                "bare-superlative-after", prev.text.lower()
            ):
                continue
            if s.gap(i, i + 1) != " ":
                continue  # highest-level, a compound adjective
            noun = self._noun(s, i)
            if noun is not None and prev.text.lower() == "of" and toks[noun].tag == "NN":
                continue  # of greatest importance, of gravest concern: a quality, no rank
            if noun is not None:
                yield Hit(i - 1, noun, f"`{prev.text} {t.text}`: `the {t.text}`?")
            elif s.word(i + 1) == "of" and i + 2 <= s.last and toks[i + 2].tag in _PARTITIVE_TAGS:
                yield Hit(i - 1, i + 1, f"`{prev.text} {t.text} of`: `the {t.text} of`?")

    @staticmethod
    def _noun(s: Sentence, i: int) -> int | None:
        """The common noun the superlative describes, when nothing determines it."""
        toks = s.toks
        h = toks[i].head
        if toks[i].dep == "advmod" and h > i and toks[h].dep == "amod":
            h = toks[h].head  # fastest growing airline: through the participle
        elif toks[i].dep != "amod":
            return None
        if h <= i or toks[h].tag not in ("NN", "NNS"):
            return None
        if s.children(h, *_OWN) or any(toks[k].tag in _DETERMINING_TAGS for k in range(i, h)):
            return None
        return h
