"""Offsets to positions, in one place.

People read 1-based lines and columns counted in characters; the Language Server
Protocol counts 0-based lines and UTF-16 code units. Every formatter and the
server go through :class:`LineIndex`, so the two never drift apart.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple


class Position(NamedTuple):
    line: int
    column: int


def _utf16_len(text: str) -> int:
    # Characters outside the Basic Multilingual Plane take two UTF-16 code units.
    # str.isascii() is O(1) in CPython, and nearly every line of wire copy is ASCII or BMP.
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class LineIndex:
    """Maps character offsets in a text to line/column positions and back.

    A line ends after ``\\n``; a ``\\r\\n`` pair counts as one break and a lone ``\\r``
    as a break too, as editors do.
    """

    __slots__ = ("_length", "_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._length = len(text)
        starts = [0]
        find = text.find
        if "\r" not in text:
            pos = find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
        else:
            i = 0
            n = len(text)
            while i < n:
                ch = text[i]
                if ch == "\n":
                    starts.append(i + 1)
                elif ch == "\r":
                    if i + 1 < n and text[i + 1] == "\n":
                        i += 1
                    starts.append(i + 1)
                i += 1
        self._starts = starts

    @property
    def text(self) -> str:
        return self._text

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def _clamp(self, offset: int) -> int:
        return 0 if offset < 0 else min(offset, self._length)

    def line_of(self, offset: int) -> int:
        """0-based line number holding ``offset``."""
        return bisect.bisect_right(self._starts, self._clamp(offset)) - 1

    def line_start(self, line0: int) -> int:
        return self._starts[line0]

    def line_end(self, line0: int) -> int:
        """Offset of the end of a line's content, before its line break."""
        end = self._starts[line0 + 1] if line0 + 1 < len(self._starts) else self._length
        text = self._text
        while end > self._starts[line0] and text[end - 1] in "\r\n":
            end -= 1
        return end

    def line_text(self, line0: int) -> str:
        return self._text[self._starts[line0] : self.line_end(line0)]

    def position(self, offset: int) -> Position:
        """1-based line and 1-based column (in characters) for people."""
        offset = self._clamp(offset)
        line0 = self.line_of(offset)
        return Position(line0 + 1, offset - self._starts[line0] + 1)

    def utf16(self, offset: int) -> Position:
        """0-based line and 0-based UTF-16 code-unit column, as LSP wants."""
        offset = self._clamp(offset)
        line0 = self.line_of(offset)
        start = self._starts[line0]
        return Position(line0, _utf16_len(self._text[start:offset]))

    def offset(self, line: int, column: int) -> int:
        """Inverse of :meth:`position` (1-based line and column)."""
        line0 = min(max(line - 1, 0), len(self._starts) - 1)
        return self._clamp(self._starts[line0] + column - 1)

    def offset_from_utf16(self, line0: int, char16: int) -> int:
        """Inverse of :meth:`utf16`; a column past the line's end clamps to it."""
        if line0 >= len(self._starts):
            return self._length
        line0 = max(line0, 0)
        start = self._starts[line0]
        end = self.line_end(line0)
        units = 0
        i = start
        while i < end and units < char16:
            units += 2 if ord(self._text[i]) > 0xFFFF else 1
            i += 1
        return i
