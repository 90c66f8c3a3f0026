"""The audit's summary: findings per rule, per folder, per year, and what could not be read."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

#: Unreadable stories listed by name in the summary; the rest are counted.
MAX_LISTED = 10


def folder_of(path: str, roots: Sequence[str]) -> str:
    """The story's folder relative to the archive path it was found under: `bbc/business`."""
    for root in roots:
        if os.path.isdir(root):
            rel = os.path.relpath(path, root)
            if not rel.startswith(".."):
                folder = os.path.dirname(rel)
                return folder.replace(os.sep, "/") or "."
    return os.path.dirname(path).replace(os.sep, "/") or "."


@dataclass
class Table:
    """Counts of one grouping: stories, words and findings per key, findings per rule."""

    stories: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)
    findings: Counter[str] = field(default_factory=Counter)
    rules: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, key: str, story: dict[str, Any]) -> None:
        self.stories[key] += 1
        self.words[key] += story["words"]
        self.findings[key] += sum(story["rules"].values())
        self.rules.setdefault(key, Counter()).update(story["rules"])


@dataclass
class Summary:
    by_rule: Counter[str]
    by_folder: Table
    by_year: Table
    by_month: Table
    stories: int
    words: int
    unreadable: list[tuple[str, str]]

    @classmethod
    def empty(cls) -> Summary:
        return cls(Counter(), Table(), Table(), Table(), 0, 0, [])


def summarize(stories: Iterable[dict[str, Any]], roots: Sequence[str]) -> Summary:
    """Tables over ``stories`` (read as they come: an archive's records need not fit in memory)."""
    by_rule: Counter[str] = Counter()
    folders, years, months = Table(), Table(), Table()
    n = words = 0
    unreadable = []
    for s in stories:
        n += 1
        words += s["words"]
        by_rule.update(s["rules"])
        folders.add(folder_of(s["path"], roots), s)
        if s["date"]:
            years.add(s["date"][:4], s)
            months.add(s["date"][:7], s)
        if s.get("error"):
            unreadable.append((s["path"], s["error"]))
    return Summary(by_rule, folders, years, months, n, words, sorted(unreadable))


def _per_10k(findings: int, words: int) -> str:
    return f"{findings * 1e4 / words:.1f}" if words else "-"


def render(summary: Summary, *, audited: int, seconds: float, workers: int, words: int) -> str:
    from wirelint.registry import find_rule

    lines = []
    skipped = summary.stories - audited
    rate = f", {words / seconds:,.0f} words/s" if seconds > 0 and words else ""
    if not audited:
        how = "all done by an earlier run"
    elif skipped:
        how = (
            f"{audited:,} audited now with {workers} workers in {seconds:.1f} s{rate}; "
            f"{skipped:,} done before"
        )
    else:
        how = f"audited with {workers} workers in {seconds:.1f} s{rate}"
    lines.append(
        f"{summary.stories:,} stories, {summary.words:,} words, "
        f"{sum(summary.by_rule.values()):,} findings ({how})"
    )
    lines.append("")
    lines.append("findings per rule:")
    if not summary.by_rule:
        lines.append("  none")
    for code, count in sorted(summary.by_rule.items()):
        rule = find_rule(code)
        lines.append(f"  {code}  {rule.name if rule else '':<24} {count:>8,}")
    for title, table in (("per folder", summary.by_folder), ("per year", summary.by_year)):
        if not table.stories:
            continue
        lines.append("")
        lines.append(
            f"{title + ':':<34} {'stories':>6} {'words':>11} {'findings':>9} {'per 10k words':>14}"
        )
        for key in sorted(table.stories):
            lines.append(
                f"  {key:<32} {table.stories[key]:>6,} {table.words[key]:>11,} "
                f"{table.findings[key]:>9,} {_per_10k(table.findings[key], table.words[key]):>14}"
            )
    if summary.unreadable:
        lines.append("")
        lines.append(f"stories that could not be read or linted ({len(summary.unreadable)}):")
        for _path, error in summary.unreadable[:MAX_LISTED]:
            lines.append(f"  {error}")
        if len(summary.unreadable) > MAX_LISTED:
            lines.append(f"  ... and {len(summary.unreadable) - MAX_LISTED} more (see the output)")
    return "\n".join(lines) + "\n"
