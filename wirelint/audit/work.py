"""What one worker does: lint a chunk of an archive's stories, as `wirelint check` would.

Runs in a Dask worker process (or in this one), so it takes and returns plain data:
paths in, one record per story out. A story that cannot be read is a record with its
error; it never stops the chunk.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from typing import Any

from wirelint.errors import WirelintError

_MONTHS = "|".join(calendar.month_name[1:])
_DAYS = "|".join(calendar.day_name)
# A story's own date: `Friday, January 4, 2019`, `4 January 2019`, `2019-01-04`.
_DATE_RES = (
    re.compile(rf"(?P<month>{_MONTHS})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)"),
    re.compile(rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTHS})\s+(?P<year>(?:19|20)\d\d)"),
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d)"),
)
_WEEKDAY_RE = re.compile(rf"^(?:(?:{_DAYS}),?\s+)?")
#: Lines after the headline where a date line or a dateline may stand.
DATE_LINES = 4
_DATELINE_DASH_RE = re.compile(r"\s[-–—]\s")


def _date_in(text: str, whole: bool) -> str | None:
    for regex in _DATE_RES:
        m = regex.fullmatch(text) if whole else regex.search(text)
        if m is None:
            continue
        month = m.group("month")
        number = int(month) if month.isdigit() else list(calendar.month_name).index(month)
        day = int(m.group("day"))
        if 1 <= day <= calendar.monthrange(int(m.group("year")), number)[1]:
            return f"{m.group('year')}-{number:02d}-{day:02d}"
    return None


def story_date(text: str) -> str | None:
    """The story's own date as YYYY-MM-DD, or None.

    Only a date line (`Friday, January 4, 2019` on a line of its own) or a date in the
    dateline (`LONDON, 4 March 2020 - ...`, before its dash) counts: a date in the body
    (`the war ended on May 8, 1945`) is what the story is about, not when it was written.
    """
    lines = [line.strip() for line in text.splitlines()[1:] if line.strip()][:DATE_LINES]
    for line in lines:
        found = _date_in(_WEEKDAY_RE.sub("", line.rstrip(".")), whole=True)
        if found is None:
            dash = _DATELINE_DASH_RE.search(line[:80])
            found = _date_in(line[: dash.start()], whole=False) if dash else None
        if found is not None:
            return found
    return None


def lint_story(path: str, encoding: str | None = None) -> dict[str, Any]:
    """One story's record: its findings in the JSON contract, words, date, or its error."""
    from wirelint import registry
    from wirelint.config import discover_config
    from wirelint.document.model import parse_document
    from wirelint.engine import lint_document
    from wirelint.input.sources import read_source
    from wirelint.output.json import diagnostic_to_json

    record: dict[str, Any] = {"path": path, "words": 0, "date": None, "findings": []}
    try:
        cfg = discover_config(path, registry)
        source = read_source(path, encoding=encoding, max_bytes=cfg.max_file_size)
    except WirelintError as exc:
        record["error"] = str(exc)
        return record
    doc = parse_document(source.text, source.path)
    result = lint_document(doc, cfg)
    record["words"] = len(source.text.split())
    record["date"] = story_date(source.text)
    record["findings"] = [diagnostic_to_json(d, doc.lines) for d in result.diagnostics]
    crashes = [f"rule {c.code} ({c.rule}) stopped: {c.error}" for c in result.crashes]
    if crashes:
        record["error"] = f"{path}: " + "; ".join(crashes)
    return record


def lint_chunk(paths: Sequence[str], encoding: str | None = None) -> list[dict[str, Any]]:
    return [lint_story(p, encoding) for p in paths]
