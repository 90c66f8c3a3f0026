"""``--jobs``: the same report, byte for byte and in the same order, on any number of processes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_engine import _Broken
from wirelint import parallel
from wirelint.parallel import Pool

HEAD = "Flood hits city\n\n"
STORIES = {
    "a.txt": HEAD + "LONDON, Jan 4 (Reuters) - The flood killed TK people, police said.\n",
    "b.txt": HEAD + "The mayor said the the water rose overnight.\n",
    "c.txt": HEAD + "Officials in Bakhmut and Bachmut said the river rose.\n",
    "d.txt": HEAD + "The river rose by two metres overnight, officials said.\n",
    "e.txt": HEAD + "Lorem ipsum dolor sit amet, the council said on Monday.\n",
    "f.txt": HEAD + "The colour of the water changed, and the color of the sky.\n",
}


@pytest.fixture
def folder(chdir_tmp: Path) -> Path:
    """Twenty stories with findings, clean ones, and files that cannot be read, interleaved."""
    root = chdir_tmp / "desk"
    for i in range(3):
        sub = root / f"day{i}"
        sub.mkdir(parents=True)
        for name, text in STORIES.items():
            (sub / name).write_text(text, encoding="utf-8")
    (root / "day1" / "empty.txt").write_text("", encoding="utf-8")
    (root / "day2" / "latin1.txt").write_bytes("Caf\xe9 opens\n\nIt opened.\n".encode("latin-1"))
    return root


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_two_jobs_print_what_one_job_prints(folder: Path, fmt: str) -> None:
    one = run_cli("check", "desk", "--jobs", "1", "--format", fmt, "--color", "never")
    two = run_cli("check", "desk", "--jobs", "2", "--format", fmt, "--color", "never")
    assert one.code == two.code == 2  # findings, and two files that cannot be read
    assert one.out == two.out
    assert one.err == two.err
    assert "empty.txt: empty file" in one.err and "latin1.txt: not valid UTF-8" in one.err
    assert "placeholder" in one.out


def test_fix_on_two_jobs_writes_what_one_job_writes(folder: Path) -> None:
    twin = folder.parent / "twin"
    shutil.copytree(folder, twin)
    one = run_cli("check", "desk", "--fix", "--unsafe-fixes", "--jobs", "1")
    two = run_cli("check", "twin", "--fix", "--unsafe-fixes", "--jobs", "2")
    assert one.out.replace("desk/", "twin/") == two.out
    fixed = 0
    for path in sorted(folder.rglob("*.txt")):
        mine = path.read_bytes()
        assert mine == (twin / path.relative_to(folder)).read_bytes()
        fixed += mine != STORIES.get(path.name, "").encode()
    assert fixed >= 3  # the doubled word, at least, was fixed in each day's copy


def test_a_rule_crash_in_a_worker_is_reported_as_with_one_job(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wirelint import engine

    monkeypatch.setattr(engine, "rules_for", lambda config, path=None: (_Broken(),))
    one = run_cli("check", "desk", "--jobs", "1")
    two = run_cli("check", "desk", "--jobs", "2")
    assert one.err == two.err
    assert one.err.count("rule WL999 (broken) crashed: KeyError") == 18


def test_stdin_with_jobs(chdir_tmp: Path) -> None:
    r = run_cli("check", "-", "--jobs", "2", stdin=STORIES["a.txt"].encode())
    assert r.code == 1 and r.out.startswith("<stdin>:3:44: error[WL202]")


@pytest.mark.parametrize("value", ["0", "-2", "two"])
def test_jobs_must_be_a_positive_number(chdir_tmp: Path, value: str) -> None:
    r = run_cli("check", ".", "--jobs", value)
    assert r.code == 2 and "--jobs" in r.err and "whole number" in r.err


# -- the pool itself ---------------------------------------------------------------------


def _square(n: int) -> int:
    return n * n


def _pid(n: int) -> int:
    return os.getpid()


_PARENT = os.getpid()


def _die_in_a_worker(n: int) -> int:
    if os.getpid() != _PARENT and n == 7:
        os._exit(3)  # a worker killed mid-story, as by the out-of-memory killer
    return n * n


def test_results_come_back_in_order() -> None:
    items = list(range(200))
    with Pool(2, warn=pytest.fail) as pool:
        assert list(pool.map(_square, items)) == [n * n for n in items]


def test_many_stories_use_workers_and_a_few_do_not() -> None:
    with Pool(2, warn=pytest.fail) as pool:
        few = set(pool.map(_pid, range(parallel.MIN_ITEMS_PER_WORKER)))
        assert few == {os.getpid()} and pool._executor is None
        many = set(pool.map(_pid, range(100)))
        assert many - {os.getpid()}


def test_one_job_stays_in_this_process() -> None:
    with Pool(1, warn=pytest.fail) as pool:
        assert set(pool.map(_pid, range(100))) == {os.getpid()}


def test_a_dead_worker_loses_no_story() -> None:
    warnings: list[str] = []
    with Pool(2, warn=warnings.append) as pool:
        assert list(pool.map(_die_in_a_worker, range(60))) == [n * n for n in range(60)]
    assert len(warnings) == 1 and "worker process stopped" in warnings[0]


def test_default_jobs_is_the_cores_this_process_may_use() -> None:
    assert 1 <= parallel.default_jobs() <= (os.cpu_count() or 1)


def _as_from_a_terminal() -> None:
    """Ctrl-C as a shell leaves it, whatever the test runner did with it in this process."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads workers from /proc")
def test_ctrl_c_stops_the_run_and_its_workers(folder: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    for i in range(600):
        (folder / f"more{i:03d}.txt").write_text(STORIES["c.txt"] * 50, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "wirelint", "check", "desk", "--jobs", "2", "--no-cache"],
        cwd=folder.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=_as_from_a_terminal,
    )
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        if children.exists() and children.read_text().split():
            break  # workers started: the run is under way
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err
    time.sleep(1)
    with pytest.raises(ProcessLookupError):
        os.killpg(proc.pid, 0)  # no worker left behind
