"""WL502 long-sentence: a sentence too long to read in one breath."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from wirelint.diagnostics import Diagnostic, Note, Severity
from wirelint.document.model import Document, PartKind, TokenShape, word_shape
from wirelint.document.span import Span
from wirelint.registry import Context, Rule

_READ = frozenset({PartKind.PARAGRAPH, PartKind.BULLET})
_NUMBER = TokenShape.NUMBER  # looked up once, not per token
MAX_NOTES = 5


class LongSentence(Rule):
    """A story with a sentence of more words than a reader takes in at once (60 by default).

    ## What it does
    Counts the words of each sentence in the body and the bullets and, once per story,
    reports the longest sentence of more than `max-words` words (option, default 60),
    with a note at each other sentence over the limit. Wire stylebooks aim at an
    average near 20-25 words; on the BBC, Reuters and Wikinews stories of the test
    corpus one story in seven has a sentence over 45 words, one in fifty a sentence
    over 60, nearly always a run-on or a sentence that lost its full stop. Figures count
    as words; a table of figures is not a sentence and is skipped. The report is for
    information: sometimes a long sentence is the right one.

    ## Why it matters
    A reader who has to go back to the start of a sentence has stopped reading the
    story. Long sentences are also where garbled grammar hides after a rewrite.

    ## Example
    ```text
    Company to cut 1,200 jobs and sell lending arm

    The company, which has been under pressure from investors since it reported a
    loss in the third quarter, said on Tuesday that it would cut 1,200 jobs, close two
    plants in Ohio and Michigan, sell its consumer lending arm to a private equity
    firm for an undisclosed sum by the end of the year and hand the proceeds to its
    shareholders in a special dividend next spring.
    ```
    The sentence has 67 words and is reported; split it after "Tuesday".
    """

    code = "WL502"
    name = "long-sentence"
    severity = Severity.INFO
    options: ClassVar[Mapping[str, Any]] = {"max-words": 60}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        limit = int(ctx.option(self, "max-words"))
        long: list[tuple[int, Span]] = []
        for part in doc.parts:
            if part.kind not in _READ:
                continue
            for sentence in part.sentences:
                # The words' spellings, not the tokens: a long story keeps most parts
                # packed, and a token's shape is its spelling's (``word_shape``).
                texts = sentence.texts
                if len(texts) <= limit:
                    continue
                numbers = sum(1 for w in texts if word_shape(w) is _NUMBER)
                if numbers * 10 >= len(texts) * 3:
                    continue  # a table of figures, not a sentence
                long.append((len(texts), sentence.span))
        if not long:
            return
        # One finding a story: an interview of long answers is one report, not seventy.
        words, span = max(long, key=lambda pair: pair[0])
        message = f"sentence of {words} words (wire style: {limit} at most); consider splitting it"
        others = [(n, s) for n, s in long if s != span]
        if others:
            more = "sentence" if len(others) == 1 else "sentences"
            message += f"; {len(others)} more {more} over {limit} words in the story"
        notes = [Note(s, f"another sentence of {n} words") for n, s in others[:MAX_NOTES]]
        yield self.diagnostic(span, message, notes=notes)
