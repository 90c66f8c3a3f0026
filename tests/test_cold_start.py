"""A cold `wirelint check` reads back what earlier runs compiled, and finds the same.

The command line puts the programs of the patterns an earlier run compiled into re's own
cache before the rules load (see wirelint._cache.preload_regexes); these tests run it
as a user does, in fresh processes, and check that a second run reports exactly what
the first did, also when the stored programs are damaged.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from wirelint import _cache

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "makiivka-portal.txt"
# A pattern with named groups, flags and a look-behind, as the rules write them.
PATTERN = r"(?<![\w-])(?P<word>[A-Z][a-z]+)(?:\s+(?P<next>[A-Z][a-z]+))?\b"
TEXT = "Officials in Makiivka said on Monday that Donetsk People's Republic forces left."


def _env(cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIRELINT_")}
    env["WIRELINT_CACHE_DIR"] = str(cache)
    return env


def _check(cache: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "wirelint", "check", "--no-cache", "--format", "json", str(EXAMPLE)],
        capture_output=True,
        text=True,
        env=_env(cache),
        cwd=REPO,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def _stored(cache: Path) -> list[Path]:
    return sorted(cache.glob("re-cache-v*.marshal"))


def test_a_second_run_reads_the_programs_and_reports_the_same(tmp_path: Path) -> None:
    first = _check(tmp_path)
    assert '"code": "WL' in first
    assert len(_stored(tmp_path)) == 1
    assert _check(tmp_path) == first


def test_damaged_programs_only_cost_a_compile(tmp_path: Path) -> None:
    first = _check(tmp_path)
    for stored in _stored(tmp_path):
        stored.write_bytes(b"\x00not marshal")
    assert _check(tmp_path) == first
    assert _check(tmp_path) == first  # the file was written afresh


def _matches_in_fresh_process(cache: Path) -> str:
    code = (
        "import re\n"
        "from wirelint import _cache\n"
        "_cache.preload_regexes()\n"
        f"r = re.compile({PATTERN!r}, re.IGNORECASE)\n"
        f"print([(m.span(), m.groupdict()) for m in r.finditer({TEXT!r})], r.flags, r.groups)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=_env(cache), check=True
    )
    return done.stdout


def test_a_preloaded_pattern_finds_what_re_compile_finds(tmp_path: Path) -> None:
    first = _matches_in_fresh_process(tmp_path)  # compiled, kept at exit
    assert len(_stored(tmp_path)) == 1
    assert _matches_in_fresh_process(tmp_path) == first  # read back into re's cache
    theirs = re.compile(PATTERN, re.IGNORECASE)
    expected = [(m.span(), m.groupdict()) for m in theirs.finditer(TEXT)]
    assert first == f"{expected} {int(theirs.flags)} {theirs.groups}\n"


def test_a_library_caller_keeps_res_cache_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wirelint.cli import main

    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_cache, "_preloaded", None)
    main(["rules"])
    assert _cache._preloaded is None
