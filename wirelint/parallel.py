"""Checking many stories on every core, with results in the order they were given.

``ordered_map(fn, items, jobs)`` is ``map(fn, items)``: the same results, in the same
order, whatever ``jobs`` is, so ``--jobs 4`` prints byte for byte what ``--jobs 1``
prints. Only how the work is spread differs:

- A few stories run in this process: starting workers costs more than it saves.
- Where the platform can fork safely (Linux, the BSDs), workers are forked after this
  process has checked the first story and run the caller's ``prepare`` (the tables a
  long run loads sooner or later), so they start with the rules imported and the packs
  and word tables loaded (shared copy-on-write) instead of loading them each.
  Elsewhere they are spawned and load what they need once each.
- Workers ignore Ctrl-C: this process stops handing out work and returns; a worker in
  the middle of writing a fixed story finishes that write (never half a file).
- A worker that dies (killed for memory, say) loses nothing: the stories it had not
  finished are checked here, one at a time, after one warning.
- An exception a story raises in a worker is raised here, as it would be with one job.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    # Imported when workers first start: they cost a one-story check ~30 ms.
    import multiprocessing.context
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")

#: Fewer stories per worker than this are checked in this process: forking a worker and
#: sending stories to it costs about as much as checking a few short stories.
MIN_ITEMS_PER_WORKER = 4
#: Stories handed to a worker at a time: large enough to keep the messages few, small
#: enough that one long story does not leave the other workers idle at the end.
MAX_CHUNK = 16


def chunk_sizes(count: int, jobs: int) -> list[int]:
    """How many of ``count`` stories each hand-out holds: up to MAX_CHUNK while much is
    left, then fewer, down to one, so that the workers finish together. With chunks of
    one size the last one was checked by one worker while the others waited: a few
    percent of a 1,000-story run on two cores."""
    sizes = []
    left = count
    while left > 0:
        size = max(1, min(MAX_CHUNK, left // (2 * jobs)))
        sizes.append(size)
        left -= size
    return sizes


def default_jobs() -> int:
    """The cores this process may use (the affinity mask where the platform has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    # fork shares what the first story loaded; macOS forbids it after some system
    # libraries start threads, and Windows has no fork.
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl-C waits while workers are forked, and is raised here just after.

    One that arrives during a fork is raised inside the fork's own handlers, which
    print it and go on: the run would not stop. Workers inherit the held signal and
    drop it when they start ignoring Ctrl-C.
    """
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _run_chunk(fn: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    return [fn(item) for item in chunk]


class Pool:
    """Worker processes started on first need and reused for every batch of a run."""

    def __init__(
        self,
        jobs: int,
        warn: Callable[[str], None],
        prepare: Callable[[], None] | None = None,
    ) -> None:
        self.jobs = max(1, jobs)
        self._warn = warn
        #: Run here once, just before the first workers start: loads what every worker
        #: would otherwise load for itself (forked workers share it).
        self._prepare = prepare
        self._executor: ProcessPoolExecutor | None = None
        self._broken = False
        self._warm = False

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(cancel=exc[0] is not None)

    def close(self, *, cancel: bool = False) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=not cancel, cancel_futures=cancel)
            self._executor = None

    def map(
        self, fn: Callable[[T], R], items: Sequence[T], size: Callable[[T], int] | None = None
    ) -> Iterator[R]:
        """``fn`` over ``items``, results in order; see the module docstring.

        The work is handed to the workers before this returns, so the caller can read
        the next batch of stories while they check this one; results are waited for as
        they are taken from the iterator. Without workers, each story is checked as its
        result is taken. ``size`` (a story's length, say) hands the largest items out
        first, so that no long one is left for the end while the other workers wait.
        """
        items = list(items)
        first: list[R] = []
        if not self._warm and items and self._needs_workers(len(items)):
            # The first story loads rules, packs and word tables here, before the fork.
            first.append(fn(items[0]))
            items = items[1:]
        self._warm = True
        if not self._needs_workers(len(items)) or self._broken:
            return chain(first, map(fn, items))
        order = list(range(len(items)))
        if size is not None:
            order.sort(key=lambda i: -size(items[i]))  # stable: ties keep their order
        chunks = []
        start = 0
        for count in chunk_sizes(len(items), self.jobs):
            chunks.append(order[start : start + count])
            start += count
        with _interrupts_held():  # workers are forked as work is submitted
            executor = self._start(len(items))
            futures: list[Future[list[R]]] = [
                executor.submit(_run_chunk, fn, [items[i] for i in c]) for c in chunks
            ]
        return chain(first, self._results(fn, items, chunks, futures))

    def _results(
        self,
        fn: Callable[[T], R],
        items: Sequence[T],
        chunks: list[list[int]],
        futures: list[Future[list[R]]],
    ) -> Iterator[R]:
        """The results in the items' order, each given as soon as those before it are in."""
        from concurrent.futures import CancelledError
        from concurrent.futures.process import BrokenProcessPool

        done: dict[int, R] = {}
        given = 0
        for chunk, future in zip(chunks, futures, strict=True):
            try:
                results = future.result()
            except (BrokenProcessPool, CancelledError):
                self._lost_worker()
                results = [fn(items[i]) for i in chunk]
            done.update(zip(chunk, results, strict=True))
            while given in done:
                yield done.pop(given)
                given += 1

    def _needs_workers(self, count: int) -> bool:
        return self.jobs > 1 and count >= MIN_ITEMS_PER_WORKER * 2

    def _start(self, count: int) -> ProcessPoolExecutor:
        if self._executor is None:
            from concurrent.futures import ProcessPoolExecutor

            if self._prepare is not None:
                self._prepare()
            # What is loaded by now lives as long as the run: kept out of the collector's
            # way, so that a worker's collections neither walk it again nor write to its
            # pages (which fork would then copy into every worker).
            gc.freeze()

            workers = min(self.jobs, max(1, count // MIN_ITEMS_PER_WORKER))
            self._executor = ProcessPoolExecutor(
                workers, mp_context=_context(), initializer=_ignore_interrupts
            )
        return self._executor

    def _lost_worker(self) -> None:
        if not self._broken:
            self._broken = True
            self._warn(
                "a worker process stopped unexpectedly; "
                "checking the remaining stories in this process"
            )
            self.close(cancel=True)


def ordered_map(
    fn: Callable[[T], R], items: Sequence[T], jobs: int, warn: Callable[[str], None] = print
) -> list[R]:
    """``list(map(fn, items))`` on up to ``jobs`` processes."""
    with Pool(jobs, warn) as pool:
        return list(pool.map(fn, items))
