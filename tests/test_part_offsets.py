"""`Part.offsets` gives what the part's tokens say of their places, kept or packed, and
WL201's capital index reads a story with packed parts as it reads one kept whole."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import corpus_files
from tests.test_tokens_shared import TRICKY
from wirelint.analysis.body_slots import names_after_names, names_outside
from wirelint.document import model
from wirelint.document.model import Document, parse_document
from wirelint.document.span import Span


def _from_tokens(doc: Document) -> list[tuple[list[int], list[int], list[int]]]:
    return [
        (
            [t.start for t in p.tokens],
            [t.end for t in p.tokens],
            [k for k, t in enumerate(p.tokens) if t.sentence_start],
        )
        for p in doc.parts
    ]


def _offsets(doc: Document) -> list[tuple[list[int], list[int], list[int]]]:
    return [tuple(list(x) for x in p.offsets()) for p in doc.parts]  # type: ignore[misc]


def test_offsets_are_the_tokens_places_kept_or_packed(monkeypatch: pytest.MonkeyPatch) -> None:
    kept = parse_document(TRICKY)
    expected = _from_tokens(kept)
    assert _offsets(kept) == expected
    monkeypatch.setattr(model, "_MADE_TOKENS", 5)
    monkeypatch.setattr(model, "_RECENT_PARTS", 1)
    doc = parse_document(TRICKY)
    _ = doc.word_count  # the first part kept, the longer ones packed
    packed = [p for p in doc.parts if "_packed" in p.__dict__]
    assert len(packed) >= 2
    doc._recent.clear()
    assert _offsets(doc) == expected
    assert not doc._recent  # a packed part's offsets are read without making its tokens


def _readings(doc: Document) -> tuple[Counter[str], Counter[str], set[str]]:
    spans = [Span(0, 40)]
    bare: Counter[str] = Counter()
    names = names_outside(doc, spans, bare)
    return names, bare, names_after_names(doc, spans, frozenset({"mr", "president"}))


def test_capital_index_reads_packed_parts_as_kept_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in corpus_files(every=80))
    kept = _readings(parse_document(text))
    assert sum(kept[0].values()) > 100 and kept[1] and kept[2]
    monkeypatch.setattr(model, "_MADE_TOKENS", 50)
    monkeypatch.setattr(model, "_RECENT_PARTS", 1)
    doc = parse_document(text)
    _ = doc.word_count
    assert len([p for p in doc.parts if "_packed" in p.__dict__]) > 10
    assert _readings(doc) == kept
