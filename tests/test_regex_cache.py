"""A regular expression read back from the cache matches exactly what re.compile's does."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from wirelint import _cache
from wirelint.analysis.body_slots import BRAND_GROUP

# A brand slot as the packs write it, and copy it must and must not find.
SLOT = rf"\b(?:told|telling|tells?)\s+(?:[Tt]he\s+)?{BRAND_GROUP}(?![\w-]|[ ][A-Z])"
TEXT = (
    "A senior official told Reuters on Monday. But he told The Daily Portal: no.\n"
    "She told reporters nothing, and told the Financial Times's editor, then told But."
)


def _spans(regex: re.Pattern[str]) -> list[tuple[str, tuple[int, int], dict[str, str | None]]]:
    return [(m.group(), m.span("brand"), m.groupdict()) for m in regex.finditer(TEXT)]


def _in_fresh_process(folder: Path) -> str:
    code = (
        "import re\n"
        "from wirelint import _cache\n"
        f"r = _cache.regex({SLOT!r}, re.MULTILINE)\n"
        f"print([(m.group(), m.span('brand')) for m in r.finditer({TEXT!r})], r.flags, r.groups)"
    )
    env = {"WIRELINT_CACHE_DIR": str(folder), "PATH": ""}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_cache, "_regexes", None)
    return tmp_path


def test_a_cached_slot_pattern_finds_what_re_compile_finds(cache_folder: Path) -> None:
    ours, theirs = _cache.regex(SLOT, re.MULTILINE), re.compile(SLOT, re.MULTILINE)
    assert (ours.pattern, ours.flags, ours.groupindex) == (
        theirs.pattern,
        theirs.flags,
        theirs.groupindex,
    )
    assert _spans(ours) == _spans(theirs)
    assert [s[0] for s in _spans(ours)] == [
        "told Reuters",
        "told The Daily Portal",
        "told the Financial Times",
    ]


def test_the_next_process_reads_the_program_from_the_cache(cache_folder: Path) -> None:
    first = _in_fresh_process(cache_folder)
    stored = list(cache_folder.glob("regex-v*.marshal"))
    assert len(stored) == 1
    assert first == _in_fresh_process(cache_folder)  # now read back, not compiled
    expected = re.compile(SLOT, re.MULTILINE)
    assert first.strip().endswith(f"{int(expected.flags)} {expected.groups}")


def test_a_damaged_cache_file_only_costs_a_compile(cache_folder: Path) -> None:
    first = _in_fresh_process(cache_folder)
    for stored in cache_folder.glob("regex-v*.marshal"):
        stored.write_bytes(b"\x00not marshal")
    assert _in_fresh_process(cache_folder) == first


def test_a_bad_pattern_raises_as_re_compile_does(cache_folder: Path) -> None:
    with pytest.raises(re.error, match="missing \\)"):
        _cache.regex(r"told (?:Reuters", re.MULTILINE)
