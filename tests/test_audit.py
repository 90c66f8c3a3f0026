"""`wirelint audit`: an archive linted on a real local Dask cluster of two workers."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli

distributed = pytest.importorskip("distributed")

from wirelint.audit import run_audit  # noqa: E402
from wirelint.audit.journal import state_path  # noqa: E402
from wirelint.audit.work import lint_chunk, story_date  # noqa: E402

pytestmark = pytest.mark.slow

STORIES = {
    "world/zelenskiy.txt": (
        "Zelenskyy meets envoys\n\nKYIV, March 3 (Reuters) - Ukrainian President Volodymyr "
        'Zelenskyy met envoys on Monday. "We will win," said Zelenskiy.\n'
    ),
    "world/flood.txt": (
        "Flood hits city\n\nLONDON, Jan 4 (Reuters) - The flood killed TK people, police said "
        "on Thursday.\n\nRescue teams worked through the night, the mayor said.\n"
    ),
    "world/clean.txt": (
        "Markets rise\n\nNEW YORK, May 2 (Reuters) - Stocks rose on Tuesday as investors "
        "weighed results from large companies, traders said.\n"
    ),
    "sport/dated.txt": (
        "Cup final set\n\nFriday, January 4, 2019\n\nThe final will be played in the the "
        "capital on Saturday, organisers said.\n"
    ),
    "sport/repeat.txt": (
        "Team wins\n\nThe team won its match on Sunday, and and the coach praised the players.\n"
    ),
}


def write_archive(root: Path) -> Path:
    for rel, text in STORIES.items():
        path = root / "archive" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    # Not UTF-8: the audit reports it and goes on.
    (root / "archive" / "sport" / "latin1.txt").write_bytes(
        "Caf\xe9 opens\n\nIt opened.\n".encode("latin-1")
    )
    return root / "archive"


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """One local cluster of two worker processes, on loopback, shared by this module."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as c:
        yield c.scheduler_address


def findings(path: Path) -> list[dict[str, Any]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return sorted((f for f in lines if f["code"].startswith("WL")), key=json.dumps)


def check_findings(archive: Path) -> list[dict[str, Any]]:
    result = run_cli("check", "--format", "json", str(archive))
    return sorted(json.loads(result.out), key=json.dumps)


def test_audit_findings_equal_check_and_the_unreadable_story_is_reported(tmp_path: Path) -> None:
    archive = write_archive(tmp_path)
    out = tmp_path / "findings.jsonl"
    report = tmp_path / "audit.html"
    result = run_cli(
        "audit", str(archive), "--workers", "2", "--output", str(out), "--report", str(report)
    )
    assert result.code == 2, result.err  # the unreadable story
    audited = findings(out)
    assert audited == check_findings(archive)
    assert {f["code"] for f in audited} >= {"WL101", "WL202", "WL402"}
    errors = [json.loads(x) for x in out.read_text().splitlines() if '"code": "error"' in x]
    assert [
        e["path"].endswith("latin1.txt") and "not valid UTF-8" in e["message"] for e in errors
    ] == [True]
    assert "6 stories" in result.out and "latin1.txt" in result.out
    assert "WL101" in result.out and "per folder" in result.out and "2019" in result.out
    page = report.read_text(encoding="utf-8")
    assert "<svg" in page and "Zelenskiy" in page
    # Self-contained: nothing fetched, nothing run.
    assert "<script" not in page and "src=" not in page and "href=" not in page


def test_resume_skips_what_is_done_and_never_writes_a_finding_twice(
    tmp_path: Path, cluster: str
) -> None:
    archive = write_archive(tmp_path)
    out = tmp_path / "findings.jsonl"
    first = run_audit([str(archive)], out, scheduler=cluster, chunk=2)
    assert first.audited == 6
    expected = out.read_text(encoding="utf-8")
    again = run_audit([str(archive)], out, scheduler=cluster, chunk=2)
    assert again.audited == 0 and out.read_text(encoding="utf-8") == expected
    # Cut off mid-chunk: the journal lost its last line, the output holds half a finding.
    state = state_path(out)
    lines = state.read_text(encoding="utf-8").splitlines(keepends=True)
    state.write_text("".join(lines[:-1]), encoding="utf-8")
    with out.open("a", encoding="utf-8") as fh:
        fh.write('{"path": "half')
    resumed = run_audit([str(archive)], out, scheduler=cluster, chunk=2)
    assert 0 < resumed.audited < 6
    assert findings(out) == check_findings(archive)
    # A story added to the archive later is audited alone.
    (archive / "world" / "new.txt").write_text(STORIES["world/flood.txt"], encoding="utf-8")
    grown = run_audit([str(archive)], out, scheduler=cluster, chunk=2)
    assert grown.audited == 1 and grown.summary.stories == 7
    assert findings(out) == check_findings(archive)


def dying_work(paths: Sequence[str], encoding: str | None = None) -> list[dict[str, Any]]:
    """Kills its worker process the first time it sees the flood story, then works."""
    for p in paths:
        marker = Path(p).with_suffix(".killed")
        if p.endswith("flood.txt") and not marker.exists():
            marker.write_text("worker killed here\n")
            os._exit(1)
    return lint_chunk(paths, encoding)


def test_a_dead_workers_stories_are_retried_and_counted_once(tmp_path: Path, cluster: str) -> None:
    archive = write_archive(tmp_path)
    out = tmp_path / "findings.jsonl"
    audit = run_audit([str(archive)], out, scheduler=cluster, chunk=2, work=dying_work)
    assert (archive / "world" / "flood.killed").exists()  # a worker did die
    assert audit.audited == 6 and audit.summary.stories == 6
    assert findings(out) == check_findings(archive)


def test_bad_input_is_a_clear_error_and_nothing_is_written(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    out = tmp_path / "findings.jsonl"
    empty = run_cli("audit", str(tmp_path / "empty"), "--output", str(out))
    assert empty.code == 2 and "no stories to audit" in empty.err and not out.exists()
    archive = write_archive(tmp_path)
    missing = run_cli("audit", str(archive), "--output", str(tmp_path / "nope" / "f.jsonl"))
    assert missing.code == 2 and "does not exist" in missing.err
    workers = run_cli("audit", str(archive), "--workers", "0", "--output", str(out))
    assert workers.code == 2 and "--workers" in workers.err
    # A file the audit did not write is never overwritten.
    out.write_text("the desk's notes\n", encoding="utf-8")
    taken = run_cli("audit", str(archive), "--output", str(out))
    assert taken.code == 2 and "no journal" in taken.err
    assert out.read_text(encoding="utf-8") == "the desk's notes\n"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Head\n\nFriday, January 4, 2019\n\nBody.\n", "2019-01-04"),
        ("Head\n\nLONDON, 4 March 2020 - Body.\n", "2020-03-04"),
        ("Head\n\n2018-12-31\n\nBody.\n", "2018-12-31"),
        # A date in the body is what the story is about, not when it was written.
        ("Head\n\nThe war in Europe ended on May 8, 1945, he said.\n", None),
        ("Head\n\nLONDON, Jan 4 (Reuters) - No year here.\n", None),
        ("Head\n\nFebruary 30, 2019 is no date.\n", None),
    ],
)
def test_story_date(text: str, date: str | None) -> None:
    assert story_date(text) == date
