"""A configuration read before is read from wirelint's cache, without the TOML parser."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wirelint import _toml


def _fresh(code: str, cache: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={"WIRELINT_CACHE_DIR": str(cache), "PATH": ""},
    )
    return done.stdout.strip()


def test_a_second_process_reads_the_parsed_config_without_tomllib(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom wirelint import _toml\n"
        'data = _toml.loads_cached(\'grammar = "patterns"\\n[per-file-ignores]\\n"a/*" = ["WL1"]\\n\')\n'
        "print(data, 'tomllib' in sys.modules)"
    )
    first = _fresh(code, tmp_path)
    second = _fresh(code, tmp_path)
    assert first == "{'grammar': 'patterns', 'per-file-ignores': {'a/*': ['WL1']}} True"
    assert second == first.replace("True", "False")


def test_what_the_cache_gives_is_a_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(tmp_path))
    text = 'select = ["WL1"]\n'
    _toml.loads_cached(text)["select"].append("WL2")
    assert _toml.loads_cached(text) == {"select": ["WL1"]}


def test_dates_and_bad_toml_are_parsed_as_without_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(tmp_path))
    dated = "since = 2024-01-02\n"
    assert _toml.loads_cached(dated) == _toml.loads(dated)
    assert _toml.loads_cached(dated) == _toml.loads(dated)
    with pytest.raises(_toml.TOMLDecodeError):
        _toml.loads_cached("grammar = \n")
