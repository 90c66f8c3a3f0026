"""A time and memory limit per rule and story: a runaway is stopped, the rest go on.

A story can make a rule's cost explode (a 10,000-letter token, a 1 MB paragraph,
a newsroom's pattern that backtracks). Without a limit one such story takes the
whole run down: a hook that never returns, an editor that freezes, a process the
kernel kills with every other story's findings lost.

How: one watchdog thread wakes every :data:`TICK` seconds while a story is being
linted, and looks at the rule running (the engine bumps a counter per rule) and
at the process's resident memory. When a rule has used more CPU time than the
time limit (its thread's CPU clock: waiting for a core on a busy machine does not
count; wall time where the platform has no such clock), or
has grown memory past the memory limit, the watchdog raises :class:`LimitExceeded`
in the linting thread (CPython's asynchronous exceptions, delivered between two
bytecodes); the engine turns it into a problem for that story and goes on with the
next rule. Why this and not the alternatives:

- ``signal.setitimer``: works in the main thread only, and not on Windows.
- A worker process per story with ``RLIMIT_AS``: a hard memory bound, but a fork or
  a pickled Document per story, and every word table loaded again per worker; a
  one-story hook pays most of that, a long run some of it.
- ``tracemalloc``: exact, but it slows every allocation (2-3x on this code).

What the watchdog costs on the normal path: a lock taken and released twice per
rule (well under a microsecond), and five wake-ups a second while stories are being
linted; it sleeps two seconds after the last one. Waking the watchdog per story
(a thread switch every few milliseconds) cost 5-8% of a batch run on a busy machine;
ticking through the run costs nothing measurable (benchmarks/fuzz.py, part guard). What it cannot do: stop a single call
into C code (a regex match, a huge ``str.join``) before it returns, so a limit is
a bound give or take one such call and one tick.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

#: Seconds between two looks at the rule running, while stories are being linted.
TICK = 0.2
#: Seconds without a story after which the watchdog stops ticking until the next one.
IDLE = 2.0
#: Defaults for `rule-time-limit` (seconds) and `rule-memory-limit` (MB); 0 turns one off.
TIME_LIMIT = 10.0
MEMORY_LIMIT = 1000


class LimitExceeded(BaseException):
    """Raised inside a rule that ran past a limit.

    A BaseException, as KeyboardInterrupt is, so that a rule's own ``except
    Exception`` does not swallow it.
    """


@dataclass(frozen=True)
class Limits:
    seconds: float = TIME_LIMIT
    megabytes: int = MEMORY_LIMIT

    @property
    def active(self) -> bool:
        return self.seconds > 0 or self.megabytes > 0


def _page_size() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return 4096


_PAGE = _page_size()


def resident_bytes() -> int | None:
    """The process's resident memory now; None where it cannot be read cheaply."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
    except ImportError:  # Windows: the time limit still applies
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # The peak, not the current size: it only grows, which is what a limit needs.
    return peak if sys.platform == "darwin" else peak * 1024


def _thread_clock(thread_id: int) -> int | None:
    """The CPU-time clock of a thread, or None where the platform has none (then wall time).

    Why CPU time: on a loaded machine (a CI runner, a pre-commit hook beside a
    build) wall time runs on while the rule waits for a core, and a wall-clock limit
    stopped healthy rules on ordinary stories. A runaway burns CPU, so CPU time
    still stops it.
    """
    try:
        clock = time.pthread_getcpuclockid(thread_id)
        time.clock_gettime(clock)
    except (AttributeError, OSError, OverflowError):
        return None
    return clock


def _read(clock: int | None) -> float:
    return time.monotonic() if clock is None else time.clock_gettime(clock)


def _raise_in(thread_id: int) -> None:
    import ctypes  # only a rule past its limit needs it (~2 ms of every cold check)

    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(LimitExceeded)
    )


def _clear_in(thread_id: int) -> None:
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), None)


class Watchdog:
    """Watches one linting thread at a time (the engine lints one story at a time)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._awake = False  # the watchdog is ticking (it sleeps after IDLE seconds)
        self._target: int | None = None  # the thread being watched, while a story runs
        self._limits = Limits()
        self._seq = 0  # bumped per rule, so the watchdog can tell one rule from the next
        self._running = False  # a rule is inside ``with watchdog:``
        self._started = 0.0
        self._clock: int | None = None  # the linting thread's CPU clock, where there is one
        self._fired: str | None = None  # why the running rule was stopped

    # -- the linting thread -----------------------------------------------------------

    @contextlib.contextmanager
    def story(self, limits: Limits) -> Iterator[Watchdog]:
        """Watch the calling thread while it lints one story; ``with watchdog:`` per rule.

        A second thread linting at the same time (or a story linted inside another)
        runs unwatched rather than confusing the two. No thread is woken per story:
        the watchdog keeps ticking through a run of stories and sleeps after it.
        """
        me = threading.get_ident()
        with self._lock:
            free = limits.active and self._target is None
            if free:
                self._target = me
                self._limits = limits
                # Also after a fork: the child has no watchdog thread of its own.
                if not self._awake or self._thread is None or not self._thread.is_alive():
                    self._awake = True
                    self._start()
        try:
            yield self
        finally:
            if free:
                with self._lock:
                    self._target = None
                    self._running = False

    def __enter__(self) -> None:
        """A rule starts: LimitExceeded is raised inside the block or not at all."""
        clock = _thread_clock(threading.get_ident())
        with self._lock:
            self._seq += 1
            self._fired = None
            self._clock = clock
            self._started = _read(clock)
            self._running = self._target == threading.get_ident()

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            if self._running and self._fired is not None and self._target is not None:
                # Fired as the rule returned: drop the exception still on its way.
                _clear_in(self._target)
            self._running = False

    @property
    def reason(self) -> str:
        """Why the last rule was stopped (after LimitExceeded)."""
        return self._fired or "it was stopped"

    # -- the watchdog thread -----------------------------------------------------------

    def _start(self) -> None:
        """Wake the watchdog (called with the lock held)."""
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._watch, name="wirelint-watchdog")
            self._thread.daemon = True
            # Started with Ctrl-C blocked, so that it never takes one: a Ctrl-C that the
            # main thread holds while it forks workers waits there (wirelint.parallel).
            import signal

            held = hasattr(signal, "pthread_sigmask")
            previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if held else None
            try:
                self._thread.start()
            finally:
                if previous is not None:
                    signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        self._wake.set()

    def _watch(self) -> None:
        while True:
            self._wake.wait()
            self._wake.clear()
            self._tick_while_busy()

    def _tick_while_busy(self) -> None:
        seen_seq = -1
        before = after = baseline = resident_bytes()
        idle = 0.0
        while True:
            time.sleep(TICK)
            with self._lock:
                if self._target is None:
                    idle += TICK
                    if idle >= IDLE:
                        self._awake = False
                        return
                    continue
                idle = 0.0
                if self._limits.megabytes > 0:
                    before, after = after, resident_bytes()
                if not self._running or self._fired is not None:
                    continue
                if self._seq != seen_seq:
                    # A new rule started since the last look: the reading before it
                    # started is its baseline.
                    seen_seq, baseline = self._seq, before
                self._check(baseline, after)

    def _check(self, baseline: int | None, now: int | None) -> None:
        limits = self._limits
        elapsed = _read(self._clock) - self._started
        if limits.seconds > 0 and elapsed > limits.seconds:
            self._fired = f"it ran past the time limit ({limits.seconds:g} s, `rule-time-limit`)"
        elif (
            limits.megabytes > 0
            and baseline is not None
            and now is not None
            and now - baseline > limits.megabytes * 1_000_000
        ):
            self._fired = (
                f"it grew memory past the limit ({limits.megabytes} MB, `rule-memory-limit`)"
            )
        if self._fired is not None and self._target is not None:
            _raise_in(self._target)


#: One per process: the engine lints one story at a time in any one thread.
WATCHDOG = Watchdog()


def describe(text: str) -> str:
    """What about a story can make a rule's cost explode, for the message that names it."""
    longest_word = max((len(w) for w in text.split()), default=0)
    longest_paragraph = max((len(p) for p in text.split("\n\n")), default=0)
    return (
        f"the story has {len(text):,} characters, its longest word {longest_word:,} "
        f"and its longest paragraph {longest_paragraph:,}"
    )
