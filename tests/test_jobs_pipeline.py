"""``--jobs`` over several read-ahead windows, and what the parent loads before forking."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_jobs import STORIES
from wirelint import cli
from wirelint.parallel import Pool


def _pid(n: int) -> int:
    return os.getpid()


@pytest.fixture
def desk(chdir_tmp: Path) -> Path:
    """Forty stories: findings, clean copy and two files that cannot be read, interleaved."""
    root = chdir_tmp / "desk"
    root.mkdir()
    # The patterns tier: what is tested is the order, not the parser (whose model load
    # on a loaded machine can run past a rule's time limit in one run and not the other).
    (chdir_tmp / "wirelint.toml").write_text('grammar = "patterns"\n', encoding="utf-8")
    for i in range(6):
        for name, text in STORIES.items():
            (root / f"{i}-{name}").write_text(text, encoding="utf-8")
    (root / "2-empty.txt").write_text("", encoding="utf-8")
    (root / "4-latin1.txt").write_bytes("Caf\xe9 opens\n\nIt opened.\n".encode("latin-1"))
    return root


def test_windows_checked_while_the_next_is_read_keep_the_order(
    desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows of nine stories: the workers check one while the next is read.
    monkeypatch.setattr(cli, "_WINDOW", 9)
    one = run_cli("check", "desk", "--jobs", "1", "--no-cache", "--color", "never")
    two = run_cli("check", "desk", "--jobs", "2", "--no-cache", "--color", "never")
    assert one.code == two.code == 2
    assert one.out == two.out and one.err == two.err
    assert "empty.txt: empty file" in one.err and "latin1.txt: not valid UTF-8" in one.err
    assert one.out.count("error[WL202]") == 12  # the TK of each a.txt, the lorem ipsum of e.txt


def test_the_cache_filled_on_two_jobs_serves_one_job(
    desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(desk.parent / "cache"))
    monkeypatch.setattr(cli, "_WINDOW", 9)
    filled = run_cli("check", "desk", "--jobs", "2", "--color", "never")
    served = run_cli("check", "desk", "--jobs", "1", "--color", "never")
    assert filled.out == served.out and filled.err == served.err


def test_prepare_runs_once_before_the_first_workers_and_never_without_them() -> None:
    calls: list[int] = []
    with Pool(2, warn=pytest.fail, prepare=lambda: calls.append(os.getpid())) as pool:
        assert set(pool.map(_pid, range(3))) == {os.getpid()}
        assert calls == []  # a few stories: checked here, nothing to share
        assert set(pool.map(_pid, range(100))) - {os.getpid()}
        assert set(pool.map(_pid, range(100))) - {os.getpid()}
    assert calls == [os.getpid()]


def test_one_job_never_prepares() -> None:
    calls: list[int] = []
    with Pool(1, warn=pytest.fail, prepare=lambda: calls.append(1)) as pool:
        list(pool.map(_pid, range(100)))
    assert calls == []
