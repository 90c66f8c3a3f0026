"""--jobs when things go wrong, and the order stories are handed out in.

A worker killed in the middle of a run (the out-of-memory killer) costs one warning
and no story; a cache folder that cannot be used costs nothing but time; the longest
stories of a batch go out first, and the report keeps the order the stories were given.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_jobs import folder  # noqa: F401 - the fixture
from wirelint.diagnostics import Diagnostic
from wirelint.parallel import Pool

_PARENT = os.getpid()


class _KilledOnStory:
    """A rule that finds nothing, and whose worker is killed on one story."""

    code, name = "WL998", "killed"

    def check(self, doc: object, ctx: object) -> Iterator[Diagnostic]:
        path = getattr(doc, "path", None) or ""
        if os.getpid() != _PARENT and path.endswith(os.path.join("day1", "c.txt")):
            os._exit(9)
        return iter(())


def test_a_worker_killed_mid_run_costs_one_warning_and_no_story(
    folder: Path,  # noqa: F811 - the fixture
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from wirelint import engine

    rules = engine.rules_for
    monkeypatch.setattr(
        engine, "rules_for", lambda config, path=None: (*rules(config, path), _KilledOnStory())
    )
    one = run_cli("check", "desk", "--jobs", "1", "--format", "json")
    two = run_cli("check", "desk", "--jobs", "2", "--format", "json")
    assert one.code == two.code == 2  # findings, and two files that cannot be read
    assert two.out == one.out
    assert two.err.count("wirelint: warning: a worker process stopped unexpectedly") == 1
    assert (
        two.err.replace(
            "wirelint: warning: a worker process stopped unexpectedly; "
            "checking the remaining stories in this process\n",
            "",
        )
        == one.err
    )


def test_a_cache_folder_that_is_a_file_costs_time_not_findings(
    folder: Path,  # noqa: F811 - the fixture
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good = run_cli("check", "desk", "--jobs", "2", "--no-cache", "--color", "never")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(blocked))
    bad = run_cli("check", "desk", "--jobs", "2", "--no-cache", "--color", "never")
    assert (bad.code, bad.out, bad.err) == (good.code, good.out, good.err)
    monkeypatch.delenv("WIRELINT_NO_CACHE", raising=False)
    cached = run_cli("check", "desk", "--jobs", "2", "--color", "never")
    assert cached.out == good.out
    assert cached.err.count("wirelint: warning: the result cache") == 1


def _log_and_square(item: tuple[int, str]) -> int:
    n, log = item
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(f"{os.getpid()} {n}\n")
    return n * n


def test_the_largest_items_are_handed_out_first_and_results_keep_their_order(
    tmp_path: Path,
) -> None:
    log = str(tmp_path / "order.log")
    # Sizes rise with n: the last item is the largest, and is handed out first.
    items = [(n, log) for n in range(100)]
    with Pool(2, warn=pytest.fail) as pool:
        assert list(pool.map(_log_and_square, items, lambda item: item[0])) == [
            n * n for n in range(100)
        ]
    lines = [line.split() for line in Path(log).read_text(encoding="utf-8").splitlines()]
    checked = [int(n) for _, n in lines]
    assert sorted(checked) == list(range(100))
    assert lines[0] == [str(_PARENT), "0"]  # checked here, before the workers start
    # Which worker starts first is up to the machine; whichever takes the first
    # batch begins it with the largest item.
    first_by_worker: dict[str, int] = {}
    for pid, n in lines[1:]:
        first_by_worker.setdefault(pid, int(n))
    assert 99 in first_by_worker.values()
