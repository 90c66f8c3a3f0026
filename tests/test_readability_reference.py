"""WL503 counts syllables with a fast heuristic; textstat's CMUdict counts are the reference.

textstat (a dev dependency, pinned to a release that works offline) is too slow to load
on every ``wirelint check``, so WL503 has its own counter. These tests keep the two in
step: per paragraph, the heuristic's syllable total stays within a few percent of the
pronouncing dictionary's.
"""

from __future__ import annotations

import random
import statistics
from pathlib import Path

import pytest

from wirelint.document.model import PartKind, TokenShape, parse_document
from wirelint.rules.wl503_readability import syllables

textstat = pytest.importorskip("textstat")

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

PARAGRAPH = (
    "The ministry said on Tuesday that emergency crews had restored electricity to most "
    "of the region after overnight strikes damaged two substations, and that engineers "
    "expected the remaining households to be reconnected by the weekend. Officials "
    "warned that temperatures would fall below freezing and urged residents to limit "
    "their use of heaters during the evening peak."
)


def _words(text: str) -> list[str]:
    doc = parse_document(text)
    return [t.text for t in doc.tokens if t.shape is not TokenShape.NUMBER and t.text[0].isalpha()]


def _relative_gap(words: list[str]) -> float:
    ours = syllables(" ".join(words).lower())
    reference = textstat.syllable_count(" ".join(words))
    return (ours - reference) / reference


def test_a_news_paragraph_counts_as_the_pronouncing_dictionary_does() -> None:
    assert abs(_relative_gap(_words(PARAGRAPH))) < 0.08


def test_corpus_paragraphs_agree_with_textstat_within_a_few_percent() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not here")
    files = sorted(CORPUS.rglob("*.txt"))
    random.Random(7).shuffle(files)
    gaps = []
    for path in files[:150]:
        doc = parse_document(path.read_text(encoding="utf-8"))
        for part in doc.parts:
            if part.kind is not PartKind.PARAGRAPH:
                continue
            words = [
                t.text
                for t in part.tokens
                if t.shape is not TokenShape.NUMBER and t.text[0].isalpha()
            ]
            if len(words) >= 30:
                gaps.append(_relative_gap(words))
    assert len(gaps) > 100
    assert abs(statistics.mean(gaps)) < 0.02  # measured: +0.4%
    assert sorted(abs(g) for g in gaps)[int(0.95 * len(gaps))] < 0.10  # measured: 6.6%
