"""WL102 dialect-mix: US and UK spellings mixed in one story."""

from __future__ import annotations

import hashlib
import importlib.util
import random
from types import ModuleType

import pytest

from tests.conftest import REPO, corpus_files, flagged, lint


def test_configured_dialect_decides_and_fix_is_safe() -> None:
    story = "Head\n\nThe color of the flag. The center held.\n"
    ds = lint(story, "WL102", dialect="en-GB")
    assert [story[d.span.start : d.span.end] for d in ds] == ["color", "center"]
    assert [d.fixes[0].edits[0].replacement for d in ds] == ["colour", "centre"]
    assert all(d.fixes[0].applicability.value == "safe" for d in ds)


def test_majority_fix_is_unsafe_and_keeps_case() -> None:
    story = "Head\n\nThe color of it. The center of it.\n\nColour matters.\n"
    [d] = lint(story, "WL102")
    assert d.fixes[0].edits[0].replacement == "Color"
    assert d.fixes[0].applicability.value == "unsafe"


def test_oxford_option() -> None:
    story = "Head\n\nThey organised a rally. Police authorized it. The colour.\n"
    assert flagged(story, "WL102", options={"WL102": {"oxford-spelling": True}}) == []


def test_seed_story_reports_defence_and_defense(seed_text: str) -> None:
    [d] = lint(seed_text, "WL102")
    assert seed_text[d.span.start : d.span.end] == "Defence"
    assert "`Defence`" in d.message and "`defense`" in d.message
    assert d.notes


def test_few_flags_on_clean_corpus_copy() -> None:
    words = flags = 0
    for path in corpus_files(every=5):
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        flags += len(lint(text, "WL102"))
    assert flags * 10000 / words < 0.8


def _eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "names_eval", REPO / "benchmarks" / "names_eval.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_recall_on_flipped_corpus_copy() -> None:
    flip = _eval().flip_dialect
    found = total = 0
    for path in corpus_files(every=8):
        text = path.read_text(encoding="utf-8")
        case = flip(text, random.Random(int(hashlib.sha1(path.name.encode()).hexdigest()[:8], 16)))
        if case is None:
            continue
        damaged, (start, _end), _kind = case
        total += 1
        found += any(d.span.start <= start < d.span.end for d in lint(damaged, "WL102"))
        if total >= 50:
            break
    if total < 20:
        pytest.skip("too few corpus stories with dialect words")
    assert found / total >= 0.9, f"recall {found}/{total}"
