"""Applying fixes: non-overlapping edits, and writes that never half-write a file."""

from __future__ import annotations

import contextlib
import difflib
import os
import stat
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from wirelint.diagnostics import Applicability, Diagnostic, Edit
from wirelint.errors import InputError
from wirelint.input.sources import Source, digest


@dataclass
class FixOutcome:
    text: str
    applied: int
    skipped_unsafe: int


def applicable(d: Diagnostic, unsafe: bool) -> bool:
    return any(unsafe or f.applicability is Applicability.SAFE for f in d.fixes)


def apply_fixes(
    text: str, diagnostics: Iterable[Diagnostic], *, unsafe: bool = False
) -> FixOutcome:
    """Apply the first allowed fix of each diagnostic, skipping any that overlap an earlier one."""
    edits: list[Edit] = []
    applied = skipped = 0
    taken: list[tuple[int, int]] = []
    for d in sorted(diagnostics, key=lambda d: (d.span.start, -d.span.end, d.code)):
        fix = next((f for f in d.fixes if unsafe or f.applicability is Applicability.SAFE), None)
        if fix is None:
            skipped += bool(d.fixes)
            continue
        spans = [(e.span.start, e.span.end) for e in fix.edits]
        if any((s < te and ts < e) or (s == e == ts) for s, e in spans for ts, te in taken):
            continue
        taken.extend(spans)
        edits.extend(fix.edits)
        applied += 1
    out = text
    for e in sorted(edits, key=lambda e: e.span.start, reverse=True):
        out = out[: e.span.start] + e.replacement + out[e.span.end :]
    return FixOutcome(out, applied, skipped)


def apply_fixes_checked(
    text: str,
    diagnostics: Iterable[Diagnostic],
    relint: Callable[[str], Iterable[Diagnostic]],
    *,
    unsafe: bool = False,
) -> FixOutcome:
    """:func:`apply_fixes`, less every fix that makes a finding the story did not have.

    ``relint`` lints a fixed text. A fix that cures one finding may make another (a
    spelling fixed in a subhead and not in the body it summarises): such a fix is left
    for the editor. When the fixes together make a new finding, each is tried alone;
    the ones that make none are applied together, and if even they do, none is.
    """
    found = list(diagnostics)
    before = Counter(d.code for d in found)

    def adds(fixed: str) -> bool:
        after = Counter(d.code for d in relint(fixed))
        return any(n > before[code] for code, n in after.items())

    outcome = apply_fixes(text, found, unsafe=unsafe)
    if outcome.applied == 0 or not adds(outcome.text):
        return outcome
    kept = []
    for d in found:
        alone = apply_fixes(text, [d], unsafe=unsafe)
        if alone.applied and not adds(alone.text):
            kept.append(d)
    outcome = apply_fixes(text, kept, unsafe=unsafe)
    if outcome.applied and adds(outcome.text):
        return FixOutcome(text, 0, outcome.skipped_unsafe)
    return outcome


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"a/{path}",
            tofile=f"b/{path}",
        )
    )


def write_atomically(source: Source, text: str) -> None:
    """Replace the story with ``text`` in its own encoding, BOM and mode.

    Refuses (InputError) when the file changed since it was read, and writes to a
    temporary file in the same folder that is renamed over the original, so a crash
    leaves either the old story or the new one, never half of each.
    """
    # Write through a symlink to the story it points at: replacing the link itself
    # with a plain file would leave the real story unfixed.
    path = os.path.realpath(source.path)
    try:
        data = source.encode(text)
    except UnicodeEncodeError as exc:
        raise InputError(
            path, f"the fix cannot be written in {source.encoding}: {exc.reason}"
        ) from None
    try:
        with open(path, "rb") as fh:
            current = fh.read()
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError as exc:
        raise InputError(
            source.path, f"cannot re-read before writing: {exc.strerror or exc}"
        ) from None
    if digest(current) != source.digest:
        raise InputError(
            source.path, "changed on disk since it was read; not writing fixes (run again)"
        )
    import tempfile  # only --fix writes: a check that reads its cache never imports it

    directory = os.path.dirname(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".wirelint-", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise InputError(
            source.path, f"cannot write fixes: {exc.strerror or exc} in {directory}"
        ) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise InputError(source.path, f"cannot write fixes: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
