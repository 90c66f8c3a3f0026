"""WL502 long-sentence: a sentence too long to read in one breath."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from wirelint.diagnostics import Diagnostic, Severity
from wirelint.document import Document, PartKind, TokenShape
from wirelint.registry import Context, Rule

_READ = frozenset({PartKind.PARAGRAPH, PartKind.BULLET})
_NUMBER = TokenShape.NUMBER  # looked up once, not per token


class LongSentence(Rule):
    """A sentence of more words than wire style allows (45 by default).

    ## What it does
    Counts the words of each sentence in the body and the bullets and reports a
    sentence of `max-words` words or more (option, default 45: wire stylebooks aim at
    an average near 20-25 words and treat 40-45 as the most a reader takes in at once).
    Figures count as words; a table of figures is not a sentence and is skipped. The
    report is for information: sometimes a long sentence is the right one.

    ## Why it matters
    A reader who has to go back to the start of a sentence has stopped reading the
    story. Long sentences are also where garbled grammar hides after a rewrite.

    ## Example
    ```text
    The company, which has been under pressure from investors since it reported a
    loss in the third quarter, said on Tuesday that it would cut 1,200 jobs, close two
    plants in Ohio and Michigan and sell its consumer lending arm to a private equity
    firm for an undisclosed sum by the end of the year.
    ```
    The sentence has 55 words and is reported; split it after "Tuesday".
    """

    code = "WL502"
    name = "long-sentence"
    severity = Severity.INFO
    options: ClassVar[Mapping[str, Any]] = {"max-words": 45}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        limit = int(ctx.option(self, "max-words"))
        for part in doc.parts:
            if part.kind not in _READ:
                continue
            for sentence in part.sentences:
                tokens = sentence.tokens
                if len(tokens) < limit:
                    continue
                numbers = sum(1 for t in tokens if t.shape is _NUMBER)
                if numbers * 10 >= len(tokens) * 3:
                    continue  # a table of figures, not a sentence
                yield self.diagnostic(
                    sentence.span,
                    f"sentence of {len(tokens)} words (wire style: under {limit}); "
                    "consider splitting it",
                )
