"""The structure rules together: the seed story, and recall/false alarms on corpus samples.

The full measurement is `python benchmarks/structure_eval.py`; this is a small, fast sample
of the same cases with floors well under the measured numbers.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import CORPUS, lint

STRUCTURE = "WL201,WL202,WL301,WL302,WL303,WL304"


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def test_seed_story_each_defect_by_its_rule(seed_text: str) -> None:
    found = {
        (d.code, _line(seed_text, d.span.start), seed_text[d.span.start : d.span.end])
        for d in lint(seed_text, STRUCTURE)
    }
    headline_again = seed_text.splitlines()[2]
    assert ("WL301", 3, headline_again) in found  # the headline given twice
    assert ("WL201", 3, "Portal") in found  # `– Portal` suffix
    assert ("WL201", 9, "Portal") in found  # `(Portal)` dateline
    assert ("WL201", 57, "Portal") in found  # `Reporting by Portal bureaus`
    assert ("WL201", 59, "Portal") in found  # `The Thomson Portal Trust Principles`
    assert ("WL302", 31, "BACHMUT") in found  # subhead vs the body's `Bakhmut`
    assert not any(text in ("Interfax", "Reuters") for _, _, text in found)


def test_seed_story_with_every_rule_keeps_the_brand_findings(seed_text: str) -> None:
    portal = [d for d in lint(seed_text) if seed_text[d.span.start : d.span.end] == "Portal"]
    assert [d.code for d in portal] == ["WL201"] * 4
    assert not [d for d in lint(seed_text) if "Interfax" in seed_text[d.span.start : d.span.end]]


# -- corpus samples ------------------------------------------------------------------------


def _eval() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "structure_eval.py"
    spec = importlib.util.spec_from_file_location("structure_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["structure_eval"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sample() -> tuple[ModuleType, list[Path]]:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    ev = _eval()
    return ev, ev.corpus_files(CORPUS, every=40)


# Floors under the measured recall (see the closing note of issue 5): a drop below them is
# a regression, not noise.
RECALL_FLOOR = {"WL201": 0.95, "WL202": 0.95, "WL301": 0.9, "WL302": 0.75, "WL303": 0.6,
                "WL304": 0.9}  # fmt: skip


def test_recall_on_damaged_copies(sample: tuple[ModuleType, list[Path]]) -> None:
    ev, files = sample
    hits: dict[str, list[int]] = {}
    for file in files:
        path = str(file.relative_to(CORPUS))
        for case in ev.cases_for(path, file.read_text(encoding="utf-8"), damaged=True):
            cell = hits.setdefault(case.rule, [0, 0])
            cell[0] += ev.found(case)
            cell[1] += 1
    recall = {code: hit / total for code, (hit, total) in hits.items()}
    assert set(recall) == set(RECALL_FLOOR)
    assert {c: r for c, r in recall.items() if r < RECALL_FLOOR[c]} == {}


def test_no_flags_on_clean_and_clean_synthetic_copy(
    sample: tuple[ModuleType, list[Path]],
) -> None:
    ev, files = sample
    noisy = []
    for file in files:
        path = str(file.relative_to(CORPUS))
        text = file.read_text(encoding="utf-8")
        stories = [text] + [c.text for c in ev.cases_for(path, text, damaged=False)]
        for story in stories:
            noisy += [
                f"{path}: {d.code} {story[d.span.start : d.span.end]!r}"
                for d in lint(story, STRUCTURE)
                if d.severity.label != "info"
            ]
    assert noisy == []
