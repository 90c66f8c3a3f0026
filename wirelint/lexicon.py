"""The English word-frequency table, loaded once per process and cached on disk.

Several rules ask "is this an ordinary English word, and how common?" (WL101 to tell a
name from a word, WL201 to tell a placeholder from an agency, WL501 for spelling). The
answer comes from pyspellchecker's English table. Reading it the way pyspellchecker does
(gzip, JSON, lower-casing ~100,000 keys) costs about 0.4 s, more than the whole rest of a
`wirelint check` on one story, so the lower-cased table is kept in the user's cache folder
in `marshal` form (several times faster to load), keyed by the size and date of
pyspellchecker's data file so an upgrade rebuilds it. The cache is an optimisation only: if it cannot be read or written,
the table is built from pyspellchecker's data as before.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import marshal
import os
import sys
import tempfile
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

#: Bump when the cached table's shape changes.
_FORMAT = 1


def _cache_dir() -> Path:
    if os.environ.get("WIRELINT_CACHE_DIR"):
        return Path(os.environ["WIRELINT_CACHE_DIR"])
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wirelint"


def _source_key() -> str:
    """Size and mtime of pyspellchecker's English data: changes when it is upgraded.

    (importlib.metadata.version() would scan every installed distribution: 30+ ms.)
    """
    import importlib.util

    spec = importlib.util.find_spec("spellchecker")
    if spec is None or spec.origin is None:
        raise RuntimeError("pyspellchecker is not installed; reinstall wirelint")
    st = (Path(spec.origin).parent / "resources" / "en.json.gz").stat()
    return f"{st.st_size}-{st.st_mtime_ns}"


def _build() -> dict[str, int]:
    """pyspellchecker's English table, lower-cased the way pyspellchecker does it."""
    import pkgutil

    raw = pkgutil.get_data("spellchecker", "resources/en.json.gz")
    if raw is None:  # pragma: no cover - a broken pyspellchecker install
        raise RuntimeError("pyspellchecker's English dictionary (resources/en.json.gz) is missing")
    data: dict[str, int] = json.loads(gzip.decompress(raw).decode("utf-8"))
    table: dict[str, int] = {}
    for word, count in data.items():
        key = word.lower()
        table[key] = table.get(key, 0) + int(count)
    return table


@lru_cache(maxsize=1)
def english_frequencies() -> Mapping[str, int]:
    """Lower-cased English word -> frequency in pyspellchecker's corpus (0 = not a word)."""
    path = _cache_dir() / f"en-frequencies-v{_FORMAT}-{_source_key()}.marshal"
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        table = marshal.loads(path.read_bytes())
        if isinstance(table, dict) and table:
            return table
    table = _build()
    _store(path, table)
    return table


def _store(path: Path, table: dict[str, int]) -> None:
    # Atomic (temp file + rename): two processes starting at once never read half a file.
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(table))
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def frequency(word: str) -> int:
    """How often the lower-cased ``word`` occurs in the English table (0 if never)."""
    return english_frequencies().get(word.lower(), 0)


def is_english_word(word: str) -> bool:
    return word.lower() in english_frequencies()
