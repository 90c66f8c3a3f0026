"""The English word-frequency table, loaded once per process and cached on disk.

Several rules ask "is this an ordinary English word, and how common?" (WL101 to tell a
name from a word, WL201 to tell a placeholder from an agency, WL501 for spelling). The
answer comes from pyspellchecker's English table. Reading it the way pyspellchecker does
(gzip, JSON, lower-casing ~160,000 keys) costs about 0.4 s, more than the whole rest of a
`wirelint check` on one story, so the lower-cased table is kept in the user's cache folder
(:mod:`wirelint._cache`) as an :class:`~wirelint.analysis.wordtable.IntTable`, keyed by a hash of
pyspellchecker's data file so an upgrade rebuilds it; it loads in about a millisecond.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from wirelint import _cache
from wirelint.analysis.wordtable import IntTable

#: Bump when the cached table's shape changes.
_FORMAT = 3


def _source() -> Path:
    """pyspellchecker's English data file (found without importing pyspellchecker)."""
    import importlib.util

    from wirelint.errors import MissingDependency

    spec = importlib.util.find_spec("spellchecker")
    if spec is None or spec.origin is None:
        raise MissingDependency("pyspellchecker")
    return Path(spec.origin).parent / "resources" / "en.json.gz"


def _build(raw: bytes) -> dict[str, int]:
    """pyspellchecker's English table, lower-cased the way pyspellchecker does it."""
    import gzip  # only a build needs them: a run that reads the cache never imports them
    import json

    data: dict[str, int] = json.loads(gzip.decompress(raw).decode("utf-8"))
    table: dict[str, int] = {}
    for word, count in data.items():
        key = word.lower()
        table[key] = table.get(key, 0) + int(count)
    return table


@lru_cache(maxsize=1)
def english_frequencies() -> Mapping[str, int]:
    """Lower-cased English word -> frequency in pyspellchecker's corpus (0 = not a word)."""
    path = _source()
    try:
        key = _cache.file_key(path)
    except OSError:  # pragma: no cover - a broken pyspellchecker install
        from wirelint.errors import MissingDependency

        raise MissingDependency("pyspellchecker") from None
    return _table("en-frequencies", path, key)


def _table(name: str, path: Path, key: str) -> IntTable:
    """The table built from ``path``, read in place from the cache (see _cache.mapped)."""
    return _cache.mapped(
        name,
        _FORMAT,
        key,
        lambda: IntTable.from_dict(_build(path.read_bytes())).to_bytes(),
        IntTable.from_buffer,
    )


def frequency(word: str) -> int:
    """How often the lower-cased ``word`` occurs in the English table (0 if never)."""
    return english_frequencies().get(word.lower(), 0)  # type: ignore[return-value]


def is_english_word(word: str) -> bool:
    return word.lower() in english_frequencies()


@lru_cache(maxsize=16)
def language_frequencies(code: str) -> Mapping[str, int]:
    """Another language's table from pyspellchecker (``fr``, ``es``, ...): lower-cased word ->
    frequency, cached as the English one is; empty when pyspellchecker has no such table."""
    path = _source().parent / f"{code}.json.gz"
    try:
        key = _cache.file_key(path)
    except OSError:
        return {}
    return _table(f"{code}-frequencies", path, key)
