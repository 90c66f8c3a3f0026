"""WL101 name-variant: one name spelled two ways is reported; look-alike names are not."""

from __future__ import annotations

import hashlib
import importlib.util
import random
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO, corpus_files, flagged, lint


def test_message_names_both_spellings_counts_and_notes() -> None:
    story = "Head\n\nZelenskyy said. Zelenskyy left. Zelenskyy came.\n\nZelenskiy spoke.\n"
    [d] = lint(story, "WL101")
    assert "`Zelenskiy` (once)" in d.message and "`Zelenskyy`" in d.message
    assert "3 times" in d.message
    assert [story[n.span.start : n.span.end] for n in d.notes] == ["Zelenskyy"] * 3
    [fix] = d.fixes
    assert fix.applicability.value == "unsafe"
    assert fix.edits[0].replacement == "Zelenskyy"


def test_caps_fix_keeps_capitals() -> None:
    story = "Head\n\nBakhmut held. Bakhmut fell.\n\nBACHMUT FIGHTS\n\nMore.\n"
    [d] = lint(story, "WL101")
    assert d.fixes[0].edits[0].replacement == "BAKHMUT"


def test_tie_is_said_and_the_stylebook_decides(tmp_path: Path) -> None:
    story = "Head\n\nShmygal said.\n\nShmyhal left.\n"
    # Nothing in the story tells which is right: both places are reported.
    found = lint(story, "WL101")
    assert [story[d.span.start : d.span.end] for d in found] == ["Shmygal", "Shmyhal"]
    assert all("equally often" in d.message for d in found)
    assert all(d.fixes[0].applicability.value == "unsafe" for d in found)
    pack = tmp_path / "house.toml"
    pack.write_text('[stylebook]\nShmygal = "Shmyhal"\n', encoding="utf-8")
    [d] = lint(story, "WL101", packs=(pack,))
    assert story[d.span.start : d.span.end] == "Shmygal"
    assert d.fixes[0].applicability.value == "safe"
    assert d.fixes[0].edits[0].replacement == "Shmyhal"


def test_seed_story(seed_text: str) -> None:
    found = flagged(seed_text, "WL101")
    assert sorted(found) == ["BACHMUT", "Zelenskiy"]
    messages = [d.message for d in lint(seed_text, "WL101")]
    assert any("`Zelenskiy`" in m and "`Zelenskyy`" in m for m in messages)
    assert any("`BACHMUT`" in m and "`Bakhmut`" in m for m in messages)


# -- the corpus: real copy, and damaged copies of it --------------------------------------

_FLAGGED_IN_SOURCE = 1.5  # flags per 10,000 words the clean corpus may carry (most real slips
# and inconsistencies, `Worldcom` beside `WorldCom`: benchmarks/judged/wl101.tsv reads each one)


def test_few_flags_on_clean_corpus_copy() -> None:
    words = flags = 0
    for path in corpus_files(every=5):
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        flags += len(lint(text, "WL101"))
    assert flags * 10000 / words < _FLAGGED_IN_SOURCE


def test_recall_on_damaged_corpus_copy() -> None:
    damage_names = _eval().damage_names
    files = corpus_files(every=40)
    found = total = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        seed = int(hashlib.sha1(path.name.encode()).hexdigest()[:8], 16)
        case = damage_names(text, random.Random(seed))
        if case is None:
            continue
        damaged, span, _kind = case
        total += 1
        hits = [
            d
            for d in lint(damaged, "WL101")
            if d.span.start <= span[0] < d.span.end
            or any(n.span.start <= span[0] < n.span.end for n in d.notes)
        ]
        found += bool(hits)
    if total < 20:
        pytest.skip("too few corpus stories with repeated names")
    assert found / total >= 0.7, f"recall {found}/{total}"


def _eval() -> ModuleType:
    path = REPO / "benchmarks" / "names_eval.py"
    spec = importlib.util.spec_from_file_location("names_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
