"""Formatters render diagnostics; they never decide anything."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from wirelint.diagnostics import Diagnostic
from wirelint.document.positions import LineIndex


@dataclass
class FileReport:
    path: str
    lines: LineIndex
    diagnostics: list[Diagnostic]
    fixed: int = 0  # fixes applied to this file by --fix


@dataclass
class RenderOptions:
    color: bool = False
    files_checked: int = 0
    show_fix_summary: bool = True
    extras: dict[str, object] = field(default_factory=dict)


Formatter = Callable[[Sequence[FileReport], RenderOptions], str]


def get_formatter(name: str) -> Formatter:
    # Imported on demand: a one-story check should not pay for formats it does not print.
    if name == "text":
        from wirelint.output.text import render_text

        return render_text
    if name == "concise":
        from wirelint.output.text import render_concise

        return render_concise
    if name == "json":
        from wirelint.output.json import render_json

        return render_json
    if name == "github":
        from wirelint.output.github import render_github

        return render_github
    if name == "sarif":
        from wirelint.output.sarif import render_sarif

        return render_sarif  # type: ignore[no-any-return,unused-ignore]
    raise ValueError(f"unknown format {name!r}")


FORMATS = ("text", "concise", "json", "sarif", "github")
