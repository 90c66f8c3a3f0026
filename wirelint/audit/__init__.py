"""`wirelint audit`: lint an archive on Dask, resumably, with a summary and a report.

The client walks the archive (as `wirelint check` does), hands chunks of story paths to
Dask workers (``work.lint_chunk``), and writes each finished chunk to the output and
the journal (``journal``) as it arrives. Only the client writes, and it writes a chunk
once: a chunk Dask reruns because its worker died reaches the client once, so nothing
is counted twice.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wirelint.audit.journal import Journal, open_journal
from wirelint.audit.journal import stories as recorded_stories
from wirelint.audit.summary import Summary, summarize
from wirelint.audit.work import lint_chunk
from wirelint.errors import InputError, WirelintError

#: Stories per task: large enough that scheduling costs little next to linting
#: (a story takes ~20 ms), small enough that a lost worker costs little work again.
CHUNK = 40
ChunkFn = Callable[[Sequence[str], "str | None"], list[dict[str, Any]]]


@dataclass
class Audit:
    """An audit's outcome; its summary covers every story in the output, earlier runs' too."""

    output: Path
    summary: Summary
    roots: list[str]
    audited: int = 0  # stories linted by this run (the rest were done before)
    words: int = 0  # words linted by this run
    seconds: float = 0.0
    workers: int = 0
    errors: list[str] = field(default_factory=list)  # paths given that hold no story

    @property
    def findings(self) -> int:
        return sum(self.summary.by_rule.values())


def find_stories(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """Story paths under ``paths`` as `wirelint check` finds them, and the paths' errors."""
    from wirelint import registry
    from wirelint.config import discover_config
    from wirelint.input.sources import discover

    root = discover_config(paths[0] if paths else ".", registry)
    stories: list[str] = []
    errors: list[str] = []
    for item in discover(paths, root.include, root.exclude):
        if isinstance(item, InputError):
            errors.append(str(item))
        elif item == "-":
            errors.append("-: an archive is read from files, not from standard input")
        elif not discover_config(item, registry).is_excluded(item) or item in paths:
            stories.append(item)
    return stories, errors


@contextmanager
def dask_client(workers: int, scheduler: str | None) -> Iterator[Any]:
    """A Dask client: on a local cluster of ``workers`` processes, or on ``scheduler``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise WirelintError(
            "`wirelint audit` runs on Dask, which is not installed: pip install 'wirelint[archive]'"
        ) from None
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise WirelintError(f"--scheduler {scheduler}: cannot reach it: {exc}") from None
        try:
            yield client
        finally:
            client.close()
        return
    # Loopback only and no dashboard: an audit opens no port to the network.
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,  # linting is pure Python: processes, not threads, run in parallel
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def _chunks(paths: Sequence[str], size: int) -> list[list[str]]:
    return [list(paths[i : i + size]) for i in range(0, len(paths), size)]


def run_audit(
    paths: Sequence[str],
    output: Path,
    *,
    workers: int = 2,
    scheduler: str | None = None,
    encoding: str | None = None,
    chunk: int = CHUNK,
    fresh: bool = False,
    progress: Callable[[int, int, int], None] | None = None,
    work: ChunkFn = lint_chunk,
) -> Audit:
    """Audit the stories under ``paths`` into ``output``, skipping those already done."""
    found, errors = find_stories(paths)
    if not found:
        raise WirelintError("no stories to audit" + (f" ({'; '.join(errors)})" if errors else ""))
    journal = open_journal(output, fresh=fresh)
    todo = [p for p in found if p not in journal.done]
    audit = Audit(output, Summary.empty(), list(paths), errors=errors, workers=workers)
    started = time.perf_counter()
    if todo:
        with journal, dask_client(workers, scheduler) as client:
            if scheduler is not None:
                audit.workers = len(client.scheduler_info().get("workers", {}))
            _run(client, journal, _chunks(todo, chunk), encoding, work, audit, progress)
    audit.seconds = time.perf_counter() - started
    audit.summary = summarize(recorded_stories(output), audit.roots)
    return audit


def _run(
    client: Any,
    journal: Journal,
    chunks: list[list[str]],
    encoding: str | None,
    work: ChunkFn,
    audit: Audit,
    progress: Callable[[int, int, int], None] | None,
) -> None:
    total = sum(len(c) for c in chunks)
    for records in map_chunks(client, work, chunks, encoding):
        journal.record(records)
        audit.audited += len(records)
        audit.words += sum(r.get("words", 0) for r in records)
        if progress is not None:
            progress(audit.audited, total, audit.words)


def map_chunks(
    client: Any, work: ChunkFn, chunks: list[list[str]], encoding: str | None
) -> Iterator[list[dict[str, Any]]]:
    """Each chunk's records once, as the chunks finish.

    Dask reruns a task whose worker died on another worker; its result still reaches
    us once. A chunk that fails for good (its workers kept dying) is split and its
    stories tried one by one, so one story that kills workers costs only itself.
    """
    from distributed import as_completed

    futures = client.map(work, chunks, [encoding] * len(chunks), pure=False, retries=1)
    pending = dict(zip(futures, chunks, strict=True))
    queue = as_completed(futures)
    for future in queue:
        paths = pending.pop(future)
        try:
            records = future.result()
        except Exception as exc:  # the chunk's workers kept dying, or the task failed
            if len(paths) > 1:
                singles = client.map(
                    work, [[p] for p in paths], [encoding] * len(paths), pure=False
                )
                pending.update(zip(singles, ([p] for p in paths), strict=True))
                queue.update(singles)
                continue
            records = [_lost(paths[0], exc)]
        yield records


def _lost(path: str, exc: BaseException) -> dict[str, Any]:
    return {
        "path": path,
        "words": 0,
        "date": None,
        "findings": [],
        "error": f"{path}: could not be linted: {type(exc).__name__}: {exc}",
    }


def progress_bar(stream: Any = None) -> Callable[[int, int, int], None]:
    """A one-line progress bar on ``stream`` (stderr), redrawn in place."""
    out = stream or sys.stderr
    started = time.perf_counter()

    def draw(done: int, total: int, words: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        rate = words / max(time.perf_counter() - started, 1e-9)
        out.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,} stories, "
            f"{rate:,.0f} words/s"
        )
        if done >= total:
            out.write("\n")
        out.flush()

    return draw
