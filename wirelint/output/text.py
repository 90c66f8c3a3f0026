"""Compiler-style output, like rustc and ruff: location, message, source, caret, notes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from wirelint.diagnostics import Applicability, Diagnostic, Severity
from wirelint.document.positions import LineIndex
from wirelint.document.span import Span
from wirelint.output import FileReport, RenderOptions

_COLORS = {
    Severity.ERROR: "\x1b[1;31m",
    Severity.WARNING: "\x1b[1;33m",
    Severity.INFO: "\x1b[1;36m",
}
_BOLD = "\x1b[1m"
_BLUE = "\x1b[1;34m"
_DIM = "\x1b[2m"
_RESET = "\x1b[0m"
WINDOW = 96  # characters of a long source line shown around the span


class _Paint:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if self.enabled and text else text


def _header(d: Diagnostic, lines: LineIndex, paint: _Paint) -> str:
    line, col = lines.position(d.span.start)
    level = paint(_COLORS[d.severity], f"{d.severity.label}[{d.code}]")
    return f"{paint(_BOLD, f'{d.path}:{line}:{col}:')} {level} {paint(_BOLD, d.message)}"


def _excerpt(lines: LineIndex, span: Span, label: str, paint: _Paint, color: str) -> list[str]:
    """The source line with the span underlined, trimmed to a window for long paragraphs."""
    line0 = lines.line_of(span.start)
    text = lines.line_text(line0)
    line_start = lines.line_start(line0)
    start = span.start - line_start
    end = min(span.end - line_start, len(text))
    end = max(end, start + 1)
    lo, hi = 0, len(text)
    if len(text) > WINDOW:
        lo = max(0, min(start - 30, len(text) - WINDOW))
        hi = min(len(text), max(lo + WINDOW, end + 10))
    shown = text[lo:hi].replace("\t", " ")
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    gutter = str(line0 + 1)
    pad = " " * len(gutter)
    caret_at = len(prefix) + start - lo
    width = min(end, hi) - start
    marks = ("^" * max(width, 1)) + (f" {label}" if label else "")
    return [
        f"{pad} {paint(_BLUE, '|')}",
        f"{paint(_BLUE, gutter + ' |')} {prefix}{shown}{suffix}",
        f"{pad} {paint(_BLUE, '|')} {' ' * caret_at}{paint(color, marks)}",
    ]


def render_diagnostic(d: Diagnostic, lines: LineIndex, paint: _Paint) -> list[str]:
    out = [_header(d, lines, paint)]
    out += _excerpt(lines, d.span, "", paint, _COLORS[d.severity])
    for note in d.notes:
        line, col = lines.position(note.span.start)
        out.append(
            f"{' ' * len(str(lines.line_of(d.span.start) + 1))} {paint(_BLUE, '=')} "
            f"{paint(_BOLD, 'note')}: {note.message} (line {line}, column {col})"
        )
        out += _excerpt(lines, note.span, "", paint, _BLUE)[1:]
    for fix in d.fixes[:1]:
        kind = "fix" if fix.applicability is Applicability.SAFE else "unsafe fix"
        pad = " " * len(str(lines.line_of(d.span.start) + 1))
        out.append(f"{pad} {paint(_BLUE, '=')} {paint(_BOLD, 'help')}: {fix.title} ({kind})")
    return out


def summary(reports: Sequence[FileReport], options: RenderOptions) -> str:
    counts = Counter(d.severity for r in reports for d in r.diagnostics)
    files = options.files_checked or len(reports)
    noun = "file" if files == 1 else "files"
    parts = []
    for sev in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        n = counts.get(sev, 0)
        if n:
            parts.append(f"{n} {sev.label}{'' if n == 1 else 's'}")
    fixed = sum(r.fixed for r in reports)
    line = f"{', '.join(parts)} in {files} {noun}" if parts else f"No problems in {files} {noun}"
    errors = options.errors
    if errors:
        # Never a bare "No problems in 0 files." after stories that could not be read.
        n = len(errors)
        stopped = f"{n} error{'' if n == 1 else 's'} that stopped a check"
        line = f"No stories checked: {stopped}" if not files else f"{line}, and {stopped}"
    if fixed:
        line += f"; fixed {fixed}"
    safe = sum(
        1
        for r in reports
        for d in r.diagnostics
        if any(f.applicability is Applicability.SAFE for f in d.fixes)
    )
    unsafe = sum(
        1
        for r in reports
        for d in r.diagnostics
        if d.fixes and not any(f.applicability is Applicability.SAFE for f in d.fixes)
    )
    hints = []
    if safe:
        hints.append(f"{safe} fixable with --fix")
    if unsafe:
        hints.append(f"{unsafe} more with --unsafe-fixes")
    if hints and options.show_fix_summary:
        line += f" ({', '.join(hints)})"
    return line + "."


def render_text(reports: Sequence[FileReport], options: RenderOptions) -> str:
    paint = _Paint(options.color)
    blocks = []
    for r in reports:
        for d in r.diagnostics:
            blocks.append("\n".join(render_diagnostic(d, r.lines, paint)))
    blocks.append(summary(reports, options))
    return "\n\n".join(blocks) + "\n"


def render_concise(reports: Sequence[FileReport], options: RenderOptions) -> str:
    paint = _Paint(options.color)
    out = [_header(d, r.lines, paint) for r in reports for d in r.diagnostics]
    out.append(summary(reports, options))
    return "\n".join(out) + "\n"
