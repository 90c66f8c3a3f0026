"""Regular expressions that come from rule packs: compiled once, run with a time limit.

Patterns in the packs wirelint ships are reviewed and use the standard ``re`` engine,
which costs nothing to import. Patterns from a newsroom's own packs (``packs = [...]``
in the config) are not: one pattern with nested repetition can backtrack for minutes
on an unlucky paragraph and freeze a pre-commit hook or an editor. Those are compiled
with the ``regex`` package (``re``-compatible syntax, version 0), whose matching takes a
timeout; a pattern that runs out of time raises :class:`PatternTimeout`, which the rule
turns into a diagnostic naming the pattern and its file. ``regex`` is imported only
when a user pack has patterns (it costs ~40 ms to import).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from wirelint.errors import WirelintError

#: Seconds one pattern may spend on one part of a story.
TIME_LIMIT = 0.5


class PatternTimeout(WirelintError):
    """A newsroom pattern ran out of time: the pack's fault, reported like a bad pack."""

    def __init__(self, name: str, source: Path | None) -> None:
        where = f" in {source}" if source is not None else ""
        super().__init__(
            f"pattern `{name}`{where} took more than {TIME_LIMIT:g} s on one paragraph "
            "(nested repetition such as `(a+)+` backtracks without end); simplify it"
        )
        self.name = name
        self.source = source


class _Match(Protocol):
    def start(self, group: int | str = 0) -> int: ...
    def end(self, group: int | str = 0) -> int: ...
    def group(self, group: int | str = 0) -> Any: ...


class UserPattern:
    """One pack pattern; ``finditer`` is ``re``'s, with a time limit for untrusted ones."""

    __slots__ = ("_compiled", "_limited", "name", "source")

    def __init__(
        self, name: str, pattern: str, flags: int, source: Path | None, trusted: bool
    ) -> None:
        """Compile ``pattern`` (``re`` flags); raises ValueError with the engine's message."""
        self.name = name
        self.source = source
        self._limited = not trusted
        try:
            if trusted:
                self._compiled: Any = re.compile(pattern, flags)
            else:
                import regex  # type: ignore[import-untyped,unused-ignore]

                self._compiled = regex.compile(pattern, _regex_flags(regex, flags) | regex.V0)
        except re.error as exc:
            raise ValueError(str(exc)) from None
        except Exception as exc:  # regex.error is not a subclass of re.error
            if type(exc).__name__ != "error":
                raise
            raise ValueError(str(exc)) from None

    @property
    def pattern(self) -> str:
        return str(self._compiled.pattern)

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self._compiled.groupindex)

    def search(self, text: str) -> _Match | None:
        for m in self.finditer(text):
            return m
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[_Match]:
        end = len(text) if endpos is None else endpos
        if not self._limited:
            yield from self._compiled.finditer(text, pos, end)
            return
        try:
            yield from self._compiled.finditer(text, pos, end, timeout=TIME_LIMIT)
        except TimeoutError:
            raise PatternTimeout(self.name, self.source) from None


def _regex_flags(regex: Any, flags: int) -> int:
    out = 0
    for name in ("IGNORECASE", "MULTILINE", "DOTALL", "VERBOSE", "ASCII"):
        if flags & getattr(re, name):
            out |= getattr(regex, name)
    return out


def is_bundled(path: Path) -> bool:
    """A pack wirelint ships (reviewed patterns) rather than a newsroom's own."""
    from wirelint.packs import bundled_pack_dir, resolved_folder

    try:
        return resolved_folder(path) == bundled_pack_dir().resolve()
    except OSError:
        return False
