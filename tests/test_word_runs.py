"""The story's word runs, read a stretch at a time, are those of one read of the whole."""

from __future__ import annotations

import re

import pytest

from wirelint.analysis import body_slots

TEXT = "Portal One said\nthe portal's web site, Portal-News,\n\nwas down.\nÉlysée 2024 _x_\n" * 40


@pytest.mark.parametrize("stretch", [1, 7, 64, 1 << 16])
def test_word_runs_by_stretches(monkeypatch: pytest.MonkeyPatch, stretch: int) -> None:
    monkeypatch.setattr(body_slots, "_STRETCH", stretch)
    assert body_slots._word_runs(TEXT) == frozenset(re.findall(r"\w+", TEXT))


def test_a_text_without_line_breaks_is_one_stretch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(body_slots, "_STRETCH", 3)
    assert body_slots._word_runs("told Portal One") == {"told", "Portal", "One"}
    assert body_slots._word_runs("") == frozenset()
