"""Offsets <-> line/column for people and UTF-16 for LSP round-trip on any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wirelint.document.model import parse_document
from wirelint.document.positions import LineIndex

texts = st.lists(
    st.characters(blacklist_categories=("Cs",))
    | st.sampled_from(["\n", "\r\n", "\r", "😀", "–", "\u00a0", " ", "\n\n"]),
    max_size=150,
).map("".join)


@given(texts)
def test_position_round_trip(text: str) -> None:
    lines = LineIndex(text)
    for offset in range(len(text) + 1):
        if offset and text[offset - 1] == "\r" and offset < len(text) and text[offset] == "\n":
            continue  # between \r and \n is not a position an editor can show
        line, col = lines.position(offset)
        assert lines.offset(line, col) == offset
        line0, char16 = lines.utf16(offset)
        assert line0 == line - 1
        assert lines.offset_from_utf16(line0, char16) == offset


@given(texts)
def test_document_spans_index_the_text(text: str) -> None:
    doc = parse_document(text)
    for part in doc.parts:
        assert 0 <= part.span.start <= part.span.end <= len(text)
    for tok in doc.tokens:
        assert text[tok.start : tok.end] == tok.text


def test_utf16_counts_astral_characters_twice() -> None:
    text = "a😀b\n“x” — y"
    lines = LineIndex(text)
    assert lines.utf16(text.index("b")) == (0, 3)
    assert lines.utf16(text.index("y")) == (1, 6)
    assert lines.position(text.index("y")) == (2, 7)
