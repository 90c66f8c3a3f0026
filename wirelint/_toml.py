"""TOML reading for Python 3.10 (tomli) and 3.11+ (tomllib)."""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any


def _tomllib() -> ModuleType:
    # Imported when a file is first parsed (~5 ms, datetime and its parser): a cold
    # check finds its packs and configuration parsed already (see ``loads_cached``).
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]
    module: ModuleType = tomllib
    return module


def __getattr__(name: str) -> Any:
    """``TOMLDecodeError``, read from the parser only when an error is caught."""
    if name == "TOMLDecodeError":
        return _tomllib().TOMLDecodeError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def loads(text: str) -> dict[str, Any]:
    data: dict[str, Any] = _tomllib().loads(text)
    return data


def loads_cached(text: str) -> dict[str, Any]:
    """``loads(text)``, kept between processes in wirelint's cache by the text itself.

    A table that ``marshal`` cannot store (a TOML date) is parsed every time."""
    import marshal

    from wirelint import _cache

    def parse() -> dict[str, Any] | None:
        data = loads(text)
        try:
            marshal.dumps(data)
        except ValueError:
            return None
        return data

    key = _cache.content_key([f"{sys.version}|{sys.version_info >= (3, 11)}".encode()])
    found = _cache.memo("toml", key, text, parse)
    # A copy: the caller may change what it is given, and the next caller reads it too.
    return marshal.loads(marshal.dumps(found)) if isinstance(found, dict) else loads(text)


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
