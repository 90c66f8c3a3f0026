"""Values derived from patterns are kept between runs, and a damaged file only costs time."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from wirelint import _cache
from wirelint.rules.wl202_placeholder_text import _required, _required_now, prefilter

SLOT = r"\b(?:polled|surveyed) by (?P<brand>[A-Z]\w+)"


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_cache, "_memos", {})
    monkeypatch.setattr(_cache, "_memos_added", set())
    return tmp_path


def test_a_kept_prefilter_says_what_reading_the_pattern_says(cache_folder: Path) -> None:
    regex = re.compile(SLOT)
    assert _required(regex) == _required_now(regex)
    assert _required(regex) == _required_now(regex)  # the second answer is the kept one
    check = prefilter(regex)
    assert check is not None


def test_the_values_reach_the_next_process_and_a_damaged_file_is_rebuilt(
    cache_folder: Path,
) -> None:
    code = (
        "import re\n"
        "from wirelint import _cache\n"
        "from wirelint.rules.wl202_placeholder_text import _required\n"
        f"print(_required(re.compile({SLOT!r})))\n"
        "print(sorted(map(str, _cache._memos_added)))"
    )
    env = {"WIRELINT_CACHE_DIR": str(cache_folder), "PATH": ""}

    def run() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        return done.stdout.splitlines()

    value, made = run()
    assert "polled" in value and made == "['prefilter']"  # made here, written at exit
    kept = list(cache_folder.glob("prefilter-v1-*.marshal"))
    assert len(kept) == 1
    assert run() == [value, "[]"]  # read back: nothing new to write
    kept[0].write_bytes(b"\x00not marshal")
    assert run() == [value, "['prefilter']"]  # a damaged file is ignored and written again
