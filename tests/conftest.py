"""Shared helpers: lint a snippet, find the corpus, run the CLI."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from wirelint.cli import main
from wirelint.config import Config, clear_config_cache
from wirelint.diagnostics import Diagnostic
from wirelint.engine import lint_text
from wirelint.packs import clear_pack_cache

# Every run here checks afresh: a test's monkeypatched rule or pack is not part of a
# result-cache key. The result cache's own tests turn it back on in a folder of their own.
os.environ.setdefault("WIRELINT_NO_CACHE", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = SHARED / "seed" / "makiivka-portal.txt"
EXAMPLE = REPO / "examples" / "makiivka-portal.txt"


def lint(text: str, select: str | None = None, **config: object) -> list[Diagnostic]:
    """Diagnostics for a story snippet, optionally only for the rules in ``select``."""
    cfg = Config(select=tuple(select.split(",")) if select else ("ALL",), **config)  # type: ignore[arg-type]
    return lint_text(text, cfg, path="story.txt").diagnostics


def flagged(text: str, select: str, **config: object) -> list[str]:
    """The text under each diagnostic's span, for compact assertions."""
    return [text[d.span.start : d.span.end] for d in lint(text, select, **config)]


@dataclass
class CliResult:
    code: int
    out: str
    err: str


def run_cli(*args: str, stdin: bytes | None = None) -> CliResult:
    # Each call is a fresh run, as from a shell: forget configs and packs read before.
    clear_config_cache()
    clear_pack_cache()
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(list(args))
    finally:
        sys.stdin = old_stdin
    return CliResult(code, out.getvalue(), err.getvalue())


def corpus_files(pattern: str = "**/*.txt", every: int = 1) -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    files = sorted(p for p in CORPUS.glob(pattern) if p.parent.name != "odd")
    return files[::every]


@pytest.fixture
def seed_text() -> str:
    path = SEED if SEED.is_file() else EXAMPLE
    return path.read_text(encoding="utf-8")


@pytest.fixture
def chdir_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    yield tmp_path
