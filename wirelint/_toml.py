"""TOML reading for Python 3.10 (tomli) and 3.11+ (tomllib)."""

from __future__ import annotations

import sys
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

TOMLDecodeError = tomllib.TOMLDecodeError


def loads(text: str) -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads(text)
    return data


def line_of(text: str, *keys: str) -> int | None:
    """Best-effort 1-based line where the last of ``keys`` is defined in a TOML text.

    tomllib does not report positions of keys, so errors about a key look for the
    key's table header or assignment; ``None`` when it cannot be found.
    """
    import re

    lines = text.splitlines()
    start = 0
    for depth, key in enumerate(keys):
        quoted = re.escape(key)
        pattern = re.compile(
            rf"^\s*(?:\[+\s*(?:[\w.\"'-]+\.)?[\"']?{quoted}[\"']?\s*(?:\.[^\]]*)?\]+|[\"']?{quoted}[\"']?\s*=)"
        )
        for i in range(start, len(lines)):
            if pattern.search(lines[i]):
                start = i
                break
        else:
            return start + 1 if depth else None
    return start + 1
