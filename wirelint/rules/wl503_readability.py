"""WL503 readability: a paragraph whose grade level is far above wire copy's."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from itertools import compress
from operator import itemgetter
from typing import Any, ClassVar

from wirelint.diagnostics import Diagnostic, Note, Severity
from wirelint.document.model import Document, Part, TokenShape
from wirelint.document.span import Span
from wirelint.registry import Context, Rule

_VOWELS = re.compile(r"[aeiouy]+")
# Whole-paragraph counts (one regex pass each, not one call per word): a silent final
# -e after a consonant other than l (`make`, not `table`, `agree`), a silent -ed not after
# t or d (`hoped`, not `wanted`), each when the word has another vowel before; and words
# with no vowel at all (`mr`, `tv`), which count one syllable.
_SILENT_E = re.compile(r"[aeiouy][^aeiouy\s]*[^aeiouy\sl]e(?=\s|$)")
_SILENT_ED = re.compile(r"[aeiouy][^aeiouy\s]*[^aeiouy\std]ed(?=\s|$)")
_NO_VOWEL = re.compile(r"(?:^|(?<=\s))[^aeiouy\s]+(?=\s|$)")
_NAMES = frozenset({TokenShape.CAPITALIZED, TokenShape.UPPER, TokenShape.MIXED})
_FIRST_CHARACTER = itemgetter(0)
MAX_NOTES = 5


def syllables(text: str) -> int:
    """Syllables of English words (space-separated) by vowel groups, less silent -e/-ed."""
    t = text.lower()
    return (
        len(_VOWELS.findall(t))
        - len(_SILENT_E.findall(t))
        - len(_SILENT_ED.findall(t))
        + len(_NO_VOWEL.findall(t))
    )


def grade_level(part: Part, cap: float | None = None) -> tuple[float, int] | None:
    """Flesch-Kincaid grade of a paragraph and its word count.

    None when the paragraph is not prose, or (given ``cap``) surely grades ``cap`` or less.
    """
    texts = part.texts
    # The words are the tokens that start with a letter, read from the spellings (a long
    # story keeps most parts packed, their tokens not made): such a token is never a
    # number, whose shape needs a digit first.
    words = list(compress(texts, map(str.isalpha, map(_FIRST_CHARACTER, texts))))
    sentences = len(part.sentences)
    if not words or not sentences:
        return None
    joined = " ".join(words).lower()
    if cap is not None:
        # Syllables never outnumber vowel letters (plus the rare word with none): most
        # paragraphs are cleared by this bound without counting syllables (or names) at all.
        vowels = sum(map(joined.count, "aeiouy")) + len(words) // 10
        if _fk(len(words), sentences, vowels) <= cap:
            return None
    # The few paragraphs the bound leaves read their tokens for shapes and sentence starts.
    tokens = part.tokens
    numbers = len(tokens) - len(words)
    names = sum(1 for t in tokens if t.shape in _NAMES and not t.sentence_start)
    # A table of figures or a list of names (a team sheet) is not prose.
    if numbers * 10 >= len(tokens) * 3 or names * 2 >= len(tokens):
        return None
    return _fk(len(words), sentences, syllables(joined)), len(words)


def _fk(words: int, sentences: int, syllable_count: int) -> float:
    return 0.39 * words / sentences + 11.8 * syllable_count / words - 15.59


class Readability(Rule):
    """A paragraph that reads far harder than wire copy (Flesch-Kincaid grade).

    ## What it does
    Computes the Flesch-Kincaid grade level of each body paragraph of at least
    `min-words` words (default 25) and, once per story, reports the hardest paragraph
    above `max-grade` (default 26), with a note at each other one. Wire copy is written
    for a general reader: on the BBC, Reuters and Wikinews stories of the test corpus
    the median paragraph scores 12.5, 22 marks the densest 2%, and 26 is passed by one
    story in seventy, nearly always in one very long sentence packed with long words.
    Tables of figures and lists of names are skipped. The report is for information.

    ## Why it matters
    A paragraph a reader has to take apart clause by clause is one most readers skip.
    Splitting the sentence or plainer words usually cure it.

    ## Example
    ```text
    Committee weighs cuts in farm support

    Implementation of a comprehensive programme, a tightening of the administrative
    utilisation of commodity certificates, and reconstitution of agricultural
    organisations are among the considerations being evaluated by the parliamentary
    committee to reduce the escalating expenditure of agricultural support.
    ```
    One sentence of 37 words, a third of them of four syllables or more: grade 31,
    reported. Split it, and say "farm" for "agricultural".
    """

    code = "WL503"
    name = "readability"
    severity = Severity.INFO
    options: ClassVar[Mapping[str, Any]] = {"max-grade": 26.0, "min-words": 25}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        limit = float(ctx.option(self, "max-grade"))
        min_words = int(ctx.option(self, "min-words"))
        hard: list[tuple[float, Span]] = []
        for part in doc.paragraphs:
            if len(part.texts) < min_words:
                continue
            measured = grade_level(part, limit)
            if measured is None:
                continue
            grade, words = measured
            if words < min_words or grade <= limit:
                continue
            hard.append((grade, part.span))
        if not hard:
            return
        # One finding a story, at its hardest paragraph: the others are notes.
        grade, span = max(hard, key=lambda pair: pair[0])
        message = (
            f"hard to read: grade level {grade:.0f} (wire copy: under {limit:.0f}); "
            "split long sentences or use plainer words"
        )
        others = [(g, s) for g, s in hard if s != span]
        if others:
            more = "paragraph" if len(others) == 1 else "paragraphs"
            message += f"; {len(others)} more {more} above grade {limit:.0f}"
        notes = [Note(s, f"grade level {g:.0f} here too") for g, s in others[:MAX_NOTES]]
        yield self.diagnostic(span, message, notes=notes)
