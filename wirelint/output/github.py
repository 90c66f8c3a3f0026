"""GitHub Actions workflow commands: annotations on the pull request's lines."""

from __future__ import annotations

from collections.abc import Sequence

from wirelint.diagnostics import Severity
from wirelint.output import FileReport, RenderOptions

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(reports: Sequence[FileReport], options: RenderOptions) -> str:
    out = []
    for r in reports:
        for d in r.diagnostics:
            line, col = r.lines.position(d.span.start)
            end_line, end_col = r.lines.position(d.span.end)
            props = [f"file={_escape_property(d.path or '-')}", f"line={line}"]
            # The runner accepts columns only on one-line annotations; on a span over
            # several lines it drops them with a warning, so leave them out there.
            if line == end_line:
                props.append(f"col={col}")
            props.append(f"endLine={end_line}")
            if line == end_line:
                props.append(f"endColumn={end_col}")
            props.append(f"title={_escape_property(f'{d.code} {d.rule}')}")
            out.append(f"::{_LEVEL[d.severity]} {','.join(props)}::{_escape_data(d.message)}")
    return "".join(line + "\n" for line in out)
