"""WL427 missing-article: a noun that needs a determiner before "of" standing bare (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import NOUN, PREP, TO, VERB
from wirelint.grammar.parsed import Hit, Sentence, TelegraphicExemptRule

#: Parse relations that give a noun its own determiner or modifier.
_DETERMINED = ("det", "poss", "amod", "nummod", "compound", "predet", "quantmod")


class MissingArticle(TelegraphicExemptRule):
    """`until end of this year`, `join rest of the crooks`: a noun of the pack's
    `article-nouns` with no determiner between a preposition or a verb and `of`.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and reports a
    noun that English uses with a determiner before `of` (`the end of`, `the rest of`,
    `a string of`, `the heart of`: the pack's `article-nouns`) when it stands straight
    after a preposition or a verb, with nothing of its own (no determiner, possessive,
    number or adjective) and `of` after it. Fixed phrases without an article use other
    nouns (`on top of`, `in front of`, `south of Paris`) and pass, as does the start of
    a sentence (a headline's style). Telegraphic wire copy, which writes the wire's own
    abbreviations (`mln`, `dlrs`, `pct`: the pack's `spelling-telegraphic-cues`), drops
    articles by house style (`at end of March`) and passes too.

    ## Why it matters
    A dropped article is what a careless cut or a machine rewrite leaves; the sentence
    reads as a translation.

    ## Example
    ```text
    Output cut

    Production will be cut from July until end of this year.
    ```
    `until end of` is reported: an article is missing before `end`.
    """

    code = "WL427"
    name = "missing-article"
    severity = Severity.WARNING

    def find(self, s: Sentence) -> Iterator[Hit]:
        for i in range(s.first + 1, s.last):
            t = s.toks[i]
            if s.word(i + 1) != "of" or t.tag != "NN" or not t.text.islower():
                continue
            if not s.has("article-nouns", t.text) or not s.tags(i) & NOUN:
                continue
            p = i - 1
            prev = s.toks[p]
            if s.gap(p, i) != " " or s.gap(i, i + 1) != " " or not prev.text.islower():
                continue
            by_preposition = prev.tag in ("IN", "TO") and s.tags(p) & (PREP | TO)
            by_verb = prev.tag.startswith("VB") and s.tags(p) & VERB and t.head == p
            if not (by_preposition or by_verb) or s.children(i, *_DETERMINED):
                continue
            yield Hit(p, i + 1, f"`{prev.text} {t.text} of`: an article missing before `{t.text}`?")
