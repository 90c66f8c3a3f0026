"""WL301 headline-repeated: the headline given twice before the body."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from difflib import SequenceMatcher
from typing import Any, ClassVar

from wirelint.analysis.brands import headline_suffix
from wirelint.analysis.words import STOPWORDS, norm, stem
from wirelint.diagnostics import Applicability, Diagnostic, Edit, Fix, Note, Severity
from wirelint.document.model import Document, Part, PartKind, TokenShape, ends_as_sentence
from wirelint.document.span import Span
from wirelint.registry import Context, Rule


def _words(doc: Document, part: Part, end: int) -> list[str]:
    return [norm(t.text) for t in part.tokens if t.end <= end]


def _content(words: list[str]) -> set[str]:
    return {stem(w) for w in words if w not in STOPWORDS}


def _lines(doc: Document, part: Part) -> list[Part]:
    """A headline block's lines, each read as a headline: a headline pasted on the line
    under itself, with no blank line between, is read as one block by the parser."""
    if "\n" not in part.text:
        return [part]
    lines = []
    start = part.span.start
    for line in part.text.split("\n"):
        s = start + len(line) - len(line.lstrip())
        e = start + len(line.rstrip())
        if e > s:
            lines.append(Part(part.kind, Span(s, e), doc))
        start += len(line) + 1
    return lines


def _headline_lead(doc: Document) -> Part | None:
    """The text after the dateline, read as a headline when it is one: a short first
    paragraph of one line that ends as no sentence does (`LAGOS (AFP) – Jane Doe wins
    party vote | AFP`), the headline pasted where the lead belongs."""
    if doc.dateline is None or not doc.paragraphs or not doc.headlines:
        return None
    lead = doc.paragraphs[0]
    if doc.text[doc.dateline.span.end : lead.span.start].strip():
        return None
    text = lead.text
    if "\n" in text or len(text.split()) > 20:
        return None
    if ends_as_sentence(text) or text.rstrip().endswith(","):
        return None  # a lead, or one cut short
    return Part(PartKind.HEADLINE, lead.span, doc)


class HeadlineRepeated(Rule):
    """The headline given twice near the top: identical, with a suffix, or reworded.

    ## What it does
    Compares every headline-like line before the body with the first headline. A line
    that repeats it (letter for letter, with a brand or section suffix such as ` – Portal`
    added, or reworded so that most of its words are the same) is reported, with a note at
    the first headline and the words that differ in the message. A standfirst or kicker that
    says something else (`Arsenal through on penalties` / `Arsenal win 4-2 on penalties`)
    shares too few words to count. The fix (unsafe) deletes the repeated line.

    ## Why it matters
    Web and wire headlines pasted together, or a rewrite left beside its original, print the
    headline twice: the first thing a reader sees is a production slip.

    ## Example
    ```text
    Russia blames cellphone use by soldiers in deadly missile attack

    Russia blames cellphone use by soldiers in deadly missile attack – Portal
    ```
    The second line is reported: the same headline with `– Portal` added.
    """

    code = "WL301"
    name = "headline-repeated"
    severity = Severity.WARNING
    options: ClassVar[Mapping[str, Any]] = {"min-overlap": 0.6}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        heads = [line for part in doc.headlines for line in _lines(doc, part)]
        lead = _headline_lead(doc)
        if lead is not None:
            heads.append(lead)
        if len(heads) < 2:
            return
        threshold = float(ctx.option(self, "min-overlap"))
        first = heads[0]
        first_words = _words(doc, first, first.span.end)
        for part in heads[1:]:
            if any(t.shape is TokenShape.NUMBER for t in part.tokens) and len(part.tokens) <= 2:
                continue
            suffix = headline_suffix(doc, part)
            words = _words(doc, part, part.span.end)
            candidates = [(words, "")]
            if words != first_words and suffix is not None:
                # A suffix the first headline lacks: a brand or section label added.
                trimmed = _words(doc, part, suffix.start)
                added = words[len(trimmed) :]
                if trimmed and not set(added) <= set(first_words):
                    cut = doc.text[self._cut(doc, part, suffix) : part.span.end]
                    candidates.insert(0, (trimmed, cut))
            message = next(
                (
                    m
                    for w, s in candidates
                    if (m := self._compare(first_words, w, s, threshold)) is not None
                ),
                None,
            )
            if message is None:
                continue
            yield self.diagnostic(
                part.span,
                message,
                notes=[Note(first.span, "the headline, first given here")],
                fixes=[self._delete(doc, part)],
            )

    @staticmethod
    def _cut(doc: Document, part: Part, suffix: Span) -> int:
        i = suffix.start
        while i > part.span.start and not doc.text[i - 1].isalnum():
            i -= 1
        return i

    @staticmethod
    def _compare(first: list[str], second: list[str], suffix: str, threshold: float) -> str | None:
        if not second:
            return None
        if first == second:
            if suffix:
                return f"headline given twice, the second time with `{suffix.strip()}` added"
            return "headline given twice"
        a, b = _content(first), _content(second)
        # The same words in the same order, one or two changed ("Radcliffe will in
        # London"), or most of the content words shared in any order.
        same_order = (
            min(len(first), len(second)) >= 4
            and SequenceMatcher(None, first, second, autojunk=False).ratio() >= 0.8
        )
        if not same_order:
            if len(a) < 3 or len(b) < 3:
                return None
            if len(a & b) / len(a | b) < threshold:
                return None
        gone = [w for w in first if w not in STOPWORDS and stem(w) in a - b]
        new = [w for w in second if w not in STOPWORDS and stem(w) in b - a]
        change = []
        if gone:
            change.append(f"`{' '.join(gone)}`")
        if new:
            change.append(f"`{' '.join(new)}`")
        if len(change) == 2:
            what = " -> ".join(change)
        elif gone:
            what = "without " + change[0]
        elif new:
            what = "adding " + change[0]
        else:
            what = "word order"
        extra = f", with `{suffix.strip()}` added" if suffix else ""
        return f"headline given twice, reworded ({what}){extra}"

    @staticmethod
    def _delete(doc: Document, part: Part) -> Fix:
        # The line and the blank line(s) after it.
        end = part.span.end
        text = doc.text
        while end < len(text) and text[end] in " \t\r\n":
            end += 1
        return Fix(
            (Edit(Span(part.span.start, end), ""),),
            Applicability.UNSAFE,
            "Delete the repeated headline",
        )
