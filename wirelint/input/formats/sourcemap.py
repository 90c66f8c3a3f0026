"""Text taken out of a file, with where every character came from.

A reader decodes markup (entities, CDATA, JSON string escapes, HTML inside a JSON
string) into plain characters. :class:`Mapped` keeps, for each character, the half-open
range of the raw file it was decoded from and how text written back there must be
escaped. A character the reader made up (a line break between two paragraphs, a
Markdown marker) has an empty range: a fix may never touch it.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from wirelint.document.span import Span

#: How text written into the raw file is escaped, by context. ``None`` from an escaper
#: means the text cannot be written there (``]]>`` inside CDATA).
Escaper = Callable[[str], "str | None"]


def _xml(text: str) -> str | None:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cdata(text: str) -> str | None:
    return None if "]]>" in text else text


def _json(text: str) -> str | None:
    import json  # only a fix written into a JSON file needs it

    # ensure_ascii off: the story's own curly quotes stay readable in the file.
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _json_html(text: str) -> str | None:
    import html

    return _json(html.escape(text, quote=False))


def _json_cdata(text: str) -> str | None:
    inner = _cdata(text)
    return None if inner is None else _json(inner)


ESCAPERS: tuple[Escaper, ...] = (_xml, _cdata, _json, _json_html, _json_cdata)
XML, CDATA, JSON, JSON_HTML, JSON_CDATA = range(len(ESCAPERS))
#: The context a character has once the string it was read from is itself a JSON value.
_IN_JSON = {XML: JSON_HTML, CDATA: JSON_CDATA}
_IN_JSON_TABLE = bytes(_IN_JSON.get(i, i) for i in range(256))


@dataclass
class Mapped:
    """Characters with their raw ranges (``starts[i]``..``ends[i]``) and escaping context."""

    text: list[str] = field(default_factory=list)
    starts: array[int] = field(default_factory=lambda: array("q"))
    ends: array[int] = field(default_factory=lambda: array("q"))
    contexts: bytearray = field(default_factory=bytearray)

    def __len__(self) -> int:
        return len(self.text)

    def char(self, ch: str, start: int, end: int, context: int) -> None:
        self.text.append(ch)
        self.starts.append(start)
        self.ends.append(end)
        self.contexts.append(context)

    def run(self, raw: str, start: int, end: int, context: int) -> None:
        """``raw[start:end]`` as written, one character per character of the file."""
        self.text.extend(raw[start:end])
        self.starts.extend(range(start, end))
        self.ends.extend(range(start + 1, end + 1))
        self.contexts.extend(bytes((context,)) * (end - start))

    def space(self, start: int, end: int, context: int) -> None:
        """White space, collapsed: a run of it becomes one space covering the whole run."""
        if self.text and self.text[-1] == " ":
            if self.ends[-1] == start:
                self.ends[-1] = end
            return
        self.char(" ", start, end, context)

    def synthetic(self, text: str, at: int) -> None:
        for ch in text:
            self.char(ch, at, at, 0)

    def extend(self, other: Mapped) -> None:
        self.text.extend(other.text)
        self.starts.extend(other.starts)
        self.ends.extend(other.ends)
        self.contexts.extend(other.contexts)

    def strip(self) -> Mapped:
        lo, hi = 0, len(self.text)
        while lo < hi and self.text[lo].isspace():
            lo += 1
        while hi > lo and self.text[hi - 1].isspace():
            hi -= 1
        return self.slice(lo, hi)

    def slice(self, lo: int, hi: int) -> Mapped:
        return Mapped(self.text[lo:hi], self.starts[lo:hi], self.ends[lo:hi], self.contexts[lo:hi])

    def string(self) -> str:
        return "".join(self.text)

    def through(self, outer: Mapped) -> Mapped:
        """This text's ranges, which index ``outer``'s characters, made to index the raw file.

        For HTML read out of a JSON string (``outer``): the HTML reader maps into the
        decoded string, the JSON reader maps the decoded string into the file.
        """
        n = len(outer.text)
        end_of_outer = outer.ends[-1] if n else 0
        o_starts, o_ends = outer.starts, outer.ends
        starts = [o_starts[s] if s < n else end_of_outer for s in self.starts]
        ends = [
            o_ends[e - 1] if e > s else start
            for s, e, start in zip(self.starts, self.ends, starts, strict=True)
        ]
        # Every character of a JSON string escapes as JSON: text that was XML or CDATA
        # inside it now escapes as both.
        contexts = bytearray(self.contexts.translate(_IN_JSON_TABLE))
        return Mapped(list(self.text), array("q", starts), array("q", ends), contexts)


class SourceMap:
    """Maps spans of the plain story text to spans of the raw file, and edits too."""

    def __init__(
        self, mapped: Mapped, raw: str, elements: Sequence[tuple[Span, Span]] = ()
    ) -> None:
        self._starts = mapped.starts
        self._ends = mapped.ends
        self._contexts = mapped.contexts
        self._n = len(mapped.text)
        self._raw = raw
        self._raw_length = len(raw)
        self._elements = {span.start: (span.end, element) for span, element in elements}

    def _at(self, offset: int) -> int:
        if offset < self._n:
            return self._starts[offset]
        return self._ends[self._n - 1] if self._n else self._raw_length

    def span(self, span: Span) -> Span:
        """Where ``span`` of the plain text lies in the raw file (it may cover markup)."""
        start = self._at(span.start)
        if span.end <= span.start:
            return Span(start, start)
        end = self._ends[min(span.end, self._n) - 1]
        return Span(start, max(start, end))

    def edit(self, span: Span, replacement: str) -> tuple[Span, str] | None:
        """The raw span and escaped text that make the same change in the file.

        None when the change cannot be written there: it touches a character the reader
        made up, or straddles markup (a tag, a comment) it would delete.
        """
        s, e = span
        if s > self._n or e > self._n:
            return None
        if replacement == "" and s in self._elements:
            removed = self._removal(s, e)
            if removed is not None:
                return removed, ""
        if s == e:
            # An insertion goes before the character it precedes, in that character's
            # context; at the end of a text, after the last one.
            anchor = s if s < self._n else s - 1
            if anchor < 0 or self._starts[anchor] == self._ends[anchor]:
                return None
            at = self._starts[s] if s < self._n else self._ends[anchor]
            text = ESCAPERS[self._contexts[anchor]](replacement)
            return None if text is None else (Span(at, at), text)
        context = self._contexts[s]
        for i in range(s, e):
            if self._starts[i] == self._ends[i] or self._contexts[i] != context:
                return None
            if i + 1 < e and self._ends[i] != self._starts[i + 1]:
                return None
        text = ESCAPERS[context](replacement)
        return None if text is None else (Span(self._starts[s], self._ends[e - 1]), text)

    def _removal(self, s: int, e: int) -> Span | None:
        """Deleting a whole block (and the breaks the reader put after it): its element goes.

        An element on a line of its own goes with its line, so the file keeps its layout.
        """
        text_end, (start, end) = self._elements[s]
        if e < text_end or any(self._starts[i] != self._ends[i] for i in range(text_end, e)):
            return None
        raw, n = self._raw, self._raw_length
        line_start = start
        while line_start > 0 and raw[line_start - 1] in " \t":
            line_start -= 1
        stop = end
        while stop < n and raw[stop] in " \t":
            stop += 1
        if (line_start == 0 or raw[line_start - 1] in "\r\n") and (
            stop == n or raw[stop] in "\r\n"
        ):
            stop += 2 if raw.startswith("\r\n", stop) else int(stop < n)
            return Span(line_start, stop)
        return Span(start, end)
