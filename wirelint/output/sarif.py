"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers.

One run, with every registered rule described in ``tool.driver.rules`` (id = code,
name = slug, descriptions and help from the rule's docstring) and one result per
diagnostic: its location, notes as ``relatedLocations`` and fixes as
``artifactChanges``.

Positions: lines are 1-based; columns are 1-based and counted in UTF-16 code units,
the SARIF default, which ``run.columnKind`` states explicitly. An em dash or a curly
quote is one unit, an emoji two. ``endColumn`` is exclusive (the column just past the
region), exactly like wirelint's spans.

File locations are URIs relative to the working directory (``uriBaseId`` ``%SRCROOT%``,
resolved by ``run.originalUriBaseIds``); a story outside it gets an absolute
``file:`` URI. Input errors the command line passes in ``RenderOptions.errors``
become ``invocations[0].toolExecutionNotifications``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from wirelint import __version__
from wirelint.diagnostics import Diagnostic, Edit, Fix, Severity
from wirelint.document.positions import LineIndex
from wirelint.document.span import Span
from wirelint.errors import InputError
from wirelint.output import FileReport, RenderOptions

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SRCROOT = "%SRCROOT%"
STDIN = "<stdin>"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

_HEADING = re.compile(r"^#+\s*(.+?)\s*$")


def sections(doc: str) -> tuple[str, dict[str, str]]:
    """A rule docstring's summary line and its ``## Heading`` sections, by heading."""
    lines = doc.splitlines()
    summary = lines[0].strip() if lines else ""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines[1:]:
        m = _HEADING.match(line)
        if m:
            current = found.setdefault(m.group(1), [])
        elif current is not None:
            current.append(line)
    return summary, {k: "\n".join(v).strip() for k, v in found.items()}


def _plain_paragraph(text: str) -> str:
    """The first paragraph of a Markdown section, on one line."""
    para = text.split("\n\n", 1)[0]
    return " ".join(para.split())


def _rule_descriptors(
    codes_seen: Sequence[Diagnostic],
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    from wirelint.registry import all_rules

    descriptors: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for rule in all_rules():
        doc = rule.documentation()
        summary, parts = sections(doc)
        full = _plain_paragraph(parts.get("What it does", "")) or summary
        descriptor: dict[str, Any] = {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": summary or rule.name},
            "fullDescription": {"text": full or rule.name},
            "help": {"text": doc or rule.name, "markdown": doc or rule.name},
            "defaultConfiguration": {"level": LEVELS[rule.severity]},
            "properties": {
                "preview": rule.preview,
                "tags": ["wirelint", rule.name],
            },
        }
        if rule.options:
            descriptor["properties"]["options"] = {
                key: value if isinstance(value, (str, int, float, bool)) else repr(value)
                for key, value in rule.options.items()
            }
        index[rule.code] = len(descriptors)
        descriptors.append(descriptor)
    # A diagnostic from a rule the registry does not know (a plugin loaded elsewhere)
    # still gets a descriptor, so every ruleIndex points somewhere.
    for d in codes_seen:
        if d.code not in index:
            index[d.code] = len(descriptors)
            descriptors.append(
                {
                    "id": d.code,
                    "name": d.rule,
                    "shortDescription": {"text": d.rule},
                    "defaultConfiguration": {"level": LEVELS[d.severity]},
                }
            )
    return descriptors, index


class _Locator:
    """Paths to SARIF artifact locations, relative to the working directory when possible."""

    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd
        self.artifacts: list[dict[str, Any]] = []
        self._index: dict[str, int] = {}

    def uri(self, path: str) -> dict[str, Any]:
        if path == STDIN:
            return {"description": {"text": "standard input"}}
        absolute = Path(os.path.normpath(os.path.join(self.cwd, path)))
        try:
            relative = absolute.relative_to(self.cwd)
        except ValueError:
            return {"uri": absolute.as_uri()}
        return {"uri": quote(relative.as_posix(), safe="/"), "uriBaseId": SRCROOT}

    def artifact(self, path: str) -> dict[str, Any]:
        """The artifactLocation for ``path``, registering it in ``run.artifacts`` once."""
        if path not in self._index:
            self._index[path] = len(self.artifacts)
            self.artifacts.append({"location": self.uri(path)})
        return {**self.uri(path), "index": self._index[path]}


def region(lines: LineIndex, span: Span) -> dict[str, int]:
    """A SARIF text region: 1-based lines, 1-based UTF-16 columns, end exclusive."""
    start_line0, start_char = lines.utf16(span.start)
    end_line0, end_char = lines.utf16(span.end)
    return {
        "startLine": start_line0 + 1,
        "startColumn": start_char + 1,
        "endLine": end_line0 + 1,
        "endColumn": end_char + 1,
    }


def _fix(fix: Fix, lines: LineIndex, location: dict[str, Any]) -> dict[str, Any]:
    edits: list[Edit] = sorted(fix.edits, key=lambda e: (e.span.start, e.span.end))
    return {
        "description": {"text": fix.title},
        "artifactChanges": [
            {
                "artifactLocation": location,
                "replacements": [
                    {
                        "deletedRegion": region(lines, e.span),
                        "insertedContent": {"text": e.replacement},
                    }
                    for e in edits
                ],
            }
        ],
        "properties": {"applicability": fix.applicability.value},
    }


def _result(
    d: Diagnostic, report: FileReport, rule_index: int, location: dict[str, Any]
) -> dict[str, Any]:
    lines = report.lines
    result: dict[str, Any] = {
        "ruleId": d.code,
        "ruleIndex": rule_index,
        "level": LEVELS[d.severity],
        "message": {"text": d.message},
        "locations": [
            {"physicalLocation": {"artifactLocation": location, "region": region(lines, d.span)}}
        ],
    }
    if d.notes:
        result["relatedLocations"] = [
            {
                "id": i,
                "physicalLocation": {
                    "artifactLocation": location,
                    "region": region(lines, note.span),
                },
                "message": {"text": note.message},
            }
            for i, note in enumerate(d.notes, start=1)
        ]
    if d.fixes:
        result["fixes"] = [_fix(f, lines, location) for f in d.fixes]
    return result


def _notifications(errors: Sequence[str | InputError], locator: _Locator) -> list[dict[str, Any]]:
    """Input and configuration errors: plain strings, or errors with a ``path`` (InputError)."""
    out = []
    for e in errors:
        note: dict[str, Any] = {"level": "error", "message": {"text": str(e)}}
        path = getattr(e, "path", None)
        if isinstance(path, str) and path:
            note["locations"] = [{"physicalLocation": {"artifactLocation": locator.uri(path)}}]
        out.append(note)
    return out


def build_sarif(
    reports: Sequence[FileReport], options: RenderOptions, cwd: Path | None = None
) -> dict[str, Any]:
    """The SARIF log as a dict (``render_sarif`` serialises it)."""
    root = Path(os.path.abspath(cwd if cwd is not None else os.getcwd()))
    diagnostics = [d for r in reports for d in r.diagnostics]
    rules, rule_index = _rule_descriptors(diagnostics)
    locator = _Locator(root)
    results = []
    for report in reports:
        location = locator.artifact(report.path)
        for d in report.diagnostics:
            results.append(_result(d, report, rule_index[d.code], location))
    notifications = _notifications(options.errors, locator)
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "wirelint",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": rules,
            }
        },
        "invocations": [invocation],
        "originalUriBaseIds": {SRCROOT: {"uri": root.as_uri().rstrip("/") + "/"}},
        "artifacts": locator.artifacts,
        "columnKind": "utf16CodeUnits",
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render_sarif(reports: Sequence[FileReport], options: RenderOptions) -> str:
    return json.dumps(build_sarif(reports, options), ensure_ascii=False, indent=2) + "\n"
