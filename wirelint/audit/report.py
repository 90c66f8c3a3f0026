"""The audit's HTML report: one self-contained page (inline SVG, no script, no network).

What an editor wants to see at a glance: findings per rule over time, findings per desk
(folder), the stories with the most findings, and the names the archive spells most
often more than one way.
"""

from __future__ import annotations

import html
import os
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from wirelint.audit.journal import read_findings, write_whole
from wirelint.audit.summary import Summary, Table

#: Colours for up to eight rules; the rest share the last.
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f")
WORST = 15
VARIANTS = 15
_SPELLINGS_RE = re.compile(r"`([^`]+)`")


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _bars(rows: Sequence[tuple[str, float, str]], unit: str) -> str:
    """A horizontal bar chart: (label, value, caption) per row."""
    if not rows:
        return "<p>No data.</p>"
    top = max(v for _, v, _ in rows) or 1.0
    row_h, label_w, bar_w = 22, 220, 420
    height = row_h * len(rows) + 10
    parts = [
        f'<svg role="img" width="{label_w + bar_w + 340}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="bar chart, {_esc(unit)}">'
    ]
    for i, (label, value, caption) in enumerate(rows):
        y = i * row_h + 5
        w = max(1.0, bar_w * value / top)
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{_esc(label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="#1f77b4">'
            f"<title>{_esc(label)}: {_esc(caption)}</title></rect>"
            f'<text x="{label_w + w + 6:.1f}" y="{y + 15}">{_esc(caption)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _lines(table: Table, codes: Sequence[str]) -> str:
    """Findings per 10,000 words of each rule, per period: one line per rule."""
    periods = sorted(table.stories)
    if len(periods) < 2:
        return "<p>Too few dated stories to draw findings over time.</p>"
    series = {
        code: [
            table.rules[p][code] * 1e4 / table.words[p] if table.words[p] else 0.0 for p in periods
        ]
        for code in codes
    }
    top = max((v for values in series.values() for v in values), default=0.0) or 1.0
    w, h, left, bottom = 760, 260, 50, 40
    step = (w - left - 20) / (len(periods) - 1)
    parts = [
        f'<svg role="img" width="{w + 160}" height="{h + bottom}" xmlns="http://www.w3.org/2000/svg" '
        'aria-label="findings per rule over time">',
        f'<line x1="{left}" y1="{h}" x2="{w}" y2="{h}" stroke="#444"/>',
        f'<line x1="{left}" y1="10" x2="{left}" y2="{h}" stroke="#444"/>',
        f'<text x="{left - 6}" y="16" text-anchor="end">{top:.1f}</text>',
        f'<text x="{left - 6}" y="{h}" text-anchor="end">0</text>',
    ]
    every = max(1, len(periods) // 12)
    for i, p in enumerate(periods):
        if i % every == 0 or i == len(periods) - 1:
            x = left + i * step
            parts.append(f'<text x="{x:.1f}" y="{h + 18}" text-anchor="middle">{_esc(p)}</text>')
    for n, (code, values) in enumerate(series.items()):
        colour = PALETTE[min(n, len(PALETTE) - 1)]
        points = " ".join(
            f"{left + i * step:.1f},{h - (h - 10) * v / top:.1f}" for i, v in enumerate(values)
        )
        parts.append(
            f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{points}">'
            f"<title>{_esc(code)}</title></polyline>"
            f'<rect x="{w + 20}" y="{14 + n * 20}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{w + 38}" y="{25 + n * 20}">{_esc(code)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _variants(output: Path) -> tuple[Counter[tuple[str, str]], Counter[str]]:
    """Name variants (spelling, other spelling) from WL101/WL104 findings; findings per story."""
    pairs: Counter[tuple[str, str]] = Counter()
    per_story: Counter[str] = Counter()
    for f in read_findings(output):
        if not f["code"].startswith("WL"):
            continue
        per_story[f["path"]] += 1
        if f["code"] in ("WL101", "WL104"):
            spellings = _SPELLINGS_RE.findall(f["message"])
            if len(spellings) >= 2 and spellings[0] != spellings[1]:
                pairs[(spellings[0], spellings[1])] += 1
    return pairs, per_story


def _shown(path: str, roots: Sequence[str]) -> str:
    """A story's path relative to the archive folder it was found under."""
    for root in roots:
        rel = os.path.relpath(path, root)
        if os.path.isdir(root) and not rel.startswith(".."):
            return rel
    return path


def render_report(summary: Summary, output: Path, roots: Sequence[str] = ()) -> str:
    pairs, per_story = _variants(output)
    codes = [c for c, _ in summary.by_rule.most_common(len(PALETTE))]
    years = sorted(int(y) for y in summary.by_year.stories)
    # Months when the dated stories fall in one year or two running years, else years.
    over_time = summary.by_month if years and years[-1] - years[0] <= 1 else summary.by_year
    desks = sorted(summary.by_folder.stories)
    desk_rows = [
        (
            d,
            summary.by_folder.findings[d] * 1e4 / max(1, summary.by_folder.words[d]),
            f"{summary.by_folder.findings[d] * 1e4 / max(1, summary.by_folder.words[d]):.1f} "
            f"per 10k words ({summary.by_folder.findings[d]:,} in {summary.by_folder.stories[d]:,} stories)",
        )
        for d in desks
    ]
    rule_rows = [(c, float(n), f"{n:,}") for c, n in sorted(summary.by_rule.items())]
    worst = per_story.most_common(WORST)
    total = sum(summary.by_rule.values())
    rows_worst = (
        "".join(f"<tr><td>{_esc(_shown(p, roots))}</td><td class=n>{n}</td></tr>" for p, n in worst)
        or "<tr><td colspan=2>No findings.</td></tr>"
    )
    rows_variants = (
        "".join(
            f"<tr><td>{_esc(a)}</td><td>{_esc(b)}</td><td class=n>{n}</td></tr>"
            for (a, b), n in pairs.most_common(VARIANTS)
        )
        or "<tr><td colspan=3>No name written two ways.</td></tr>"
    )
    unreadable = "".join(f"<li>{_esc(e)}</li>" for _p, e in summary.unreadable)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>wirelint audit</title>
<style>
body {{ font: 15px/1.4 system-ui, sans-serif; margin: 2em auto; max-width: 1000px; color: #222; }}
h1 {{ font-size: 1.6em; }} h2 {{ font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }}
svg text {{ font: 12px system-ui, sans-serif; fill: #222; }}
table {{ border-collapse: collapse; }} td, th {{ padding: 2px 10px; border-bottom: 1px solid #eee; text-align: left; }}
td.n {{ text-align: right; font-variant-numeric: tabular-nums; }}
.big {{ font-size: 1.3em; }}
</style></head><body>
<h1>wirelint audit</h1>
<p class="big">{summary.stories:,} stories, {summary.words:,} words, {total:,} findings
({total * 1e4 / max(1, summary.words):.1f} per 10,000 words){f"; {len(summary.unreadable)} could not be read" if summary.unreadable else ""}.</p>
<h2>Findings per rule over time (per 10,000 words)</h2>
{_lines(over_time, codes)}
<h2>Findings per desk (per 10,000 words)</h2>
{_bars(desk_rows, "findings per 10,000 words per folder")}
<h2>Findings per rule</h2>
{_bars(rule_rows, "findings per rule")}
<h2>Stories with the most findings</h2>
<table><tr><th>story</th><th>findings</th></tr>{rows_worst}</table>
<h2>Names written most often two ways</h2>
<table><tr><th>spelling</th><th>beside</th><th>findings</th></tr>{rows_variants}</table>
{f"<h2>Stories that could not be read</h2><ul>{unreadable}</ul>" if unreadable else ""}
</body></html>
"""


def write_report(path: Path, summary: Summary, output: Path, roots: Sequence[str] = ()) -> None:
    write_whole(path, render_report(summary, output, roots))
