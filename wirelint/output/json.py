"""JSON output: the documented contract (see README, "JSON output").

A list of objects with exactly the keys below; lines and columns are 1-based,
columns count characters, and ends are exclusive.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from wirelint.diagnostics import Diagnostic
from wirelint.document.positions import LineIndex
from wirelint.document.span import Span
from wirelint.output import FileReport, RenderOptions

SCHEMA_VERSION = 1


def _range(lines: LineIndex, span: Span) -> dict[str, int]:
    line, column = lines.position(span.start)
    end_line, end_column = lines.position(span.end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


def diagnostic_to_json(d: Diagnostic, lines: LineIndex) -> dict[str, Any]:
    return {
        "path": d.path,
        "code": d.code,
        "rule": d.rule,
        "severity": d.severity.label,
        "message": d.message,
        **_range(lines, d.span),
        "notes": [{"message": n.message, **_range(lines, n.span)} for n in d.notes],
        "fixes": [
            {
                "applicability": f.applicability.value,
                "edits": [{**_range(lines, e.span), "replacement": e.replacement} for e in f.edits],
            }
            for f in d.fixes
        ],
    }


def render_json(reports: Sequence[FileReport], options: RenderOptions) -> str:
    items = [diagnostic_to_json(d, r.lines) for r in reports for d in r.diagnostics]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
