"""Patterns from a newsroom's own packs run with a time limit; shipped ones run on `re`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wirelint.analysis.userpattern import PatternTimeout, UserPattern, is_bundled
from wirelint.packs import bundled_pack_dir


@pytest.mark.parametrize("trusted", [True, False])
def test_both_engines_find_the_same_placeholders(trusted: bool) -> None:
    p = UserPattern("insert", r"\[INSERT[^\]]*\]", re.IGNORECASE, None, trusted)
    text = "The ministry said [insert figure] people and [INSERT NAME] were hurt."
    assert [m.group() for m in p.finditer(text)] == ["[insert figure]", "[INSERT NAME]"]
    assert [(m.start(), m.end()) for m in p.finditer(text, 20)] == [(45, 58)]
    found = p.search(text)
    assert found is not None and found.start() == 18


def test_a_pattern_that_backtracks_without_end_is_stopped_and_named(tmp_path: Path) -> None:
    pack = tmp_path / "desk.toml"
    p = UserPattern("runaway", r"(a|aa)+b", 0, pack, trusted=False)
    with pytest.raises(PatternTimeout) as caught:
        list(p.finditer("a" * 60))
    assert "runaway" in str(caught.value) and str(pack) in str(caught.value)


@pytest.mark.parametrize("trusted", [True, False])
def test_a_bad_pattern_is_a_value_error_with_the_engines_message(trusted: bool) -> None:
    with pytest.raises(ValueError, match=r"missing|unterminated|expected"):
        UserPattern("broken", r"[INSERT", 0, None, trusted)


def test_only_the_packs_wirelint_ships_are_trusted(tmp_path: Path) -> None:
    assert is_bundled(bundled_pack_dir() / "placeholders.toml")
    assert not is_bundled(tmp_path / "placeholders.toml")
