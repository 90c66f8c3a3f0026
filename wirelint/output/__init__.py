"""Formatters render diagnostics; they never decide anything."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from wirelint.diagnostics import Diagnostic
from wirelint.document.positions import LineIndex
from wirelint.errors import InputError


@dataclass
class FileReport:
    path: str
    lines: LineIndex
    diagnostics: list[Diagnostic]
    fixed: int = 0  # fixes applied to this file by --fix


@dataclass
class RenderOptions:
    """What a formatter needs besides the reports."""

    color: bool = False
    files_checked: int = 0
    show_fix_summary: bool = True
    # Input and configuration errors met on the way: a message, or an InputError that
    # names its file (SARIF gives it a location).
    errors: Sequence[str | InputError] = ()


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
