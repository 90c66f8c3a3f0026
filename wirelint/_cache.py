"""Derived data kept in the user's cache folder, so a cold ``wirelint check`` stays cheap.

Word tables (pyspellchecker's English frequencies, the WL401 word-class table) take
tens of milliseconds to parse from their shipped form: more than linting a story.
They are built once, stored here in ``marshal`` form and keyed by a hash of the files
they come from, so an upgrade or an edited data file rebuilds them. The cache is an
optimisation only: when the folder cannot be read or written, the data is built in
memory as before and nothing fails.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
P = TypeVar("P")

#: Cached files of one name kept side by side (several installs may share the folder).
_KEEP = 3


def cache_dir() -> Path:
    """``$WIRELINT_CACHE_DIR``, else the platform's user cache folder + ``wirelint``."""
    if os.environ.get("WIRELINT_CACHE_DIR"):
        return Path(os.environ["WIRELINT_CACHE_DIR"])
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wirelint"


def content_key(sources: Iterable[bytes | Path]) -> str:
    """A short hash of the sources' bytes.

    The content, not the modification time: every virtualenv that installs the same
    package gets a new mtime, and would otherwise leave another copy in the cache.
    """
    digest = hashlib.blake2b(digest_size=10)
    for source in sources:
        data = source if isinstance(source, bytes) else source.read_bytes()
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def cached(name: str, version: int, key: str, build: Callable[[], P], load: Callable[[P], T]) -> T:
    """``load(build())``, with ``build()``'s plain data read from the cache when it is there.

    ``build`` returns data that ``marshal`` can store (str, bytes, numbers, tuples,
    lists, dicts, sets); ``load`` turns it into the object callers use and raises
    TypeError or ValueError on data of the wrong shape, which is then rebuilt.
    ``version`` is bumped when the shape changes.
    """
    path = cache_dir() / f"{name}-v{version}-{key}.marshal"
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        return load(marshal.loads(path.read_bytes()))
    plain = build()
    _store(path, plain)
    _prune(path.parent, f"{name}-v", keep=path.name)
    return load(plain)


def _store(path: Path, value: object) -> None:
    with contextlib.suppress(OSError, ValueError):
        write_atomically(path, marshal.dumps(value))  # type: ignore[arg-type]


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` or raise OSError; a reader never sees half a file.

    A temporary file in the same folder renamed over ``path``: two processes writing
    the same entry at once each rename a whole file, and the last one wins.
    """
    import tempfile  # only a write needs it: a run that reads its cache never imports it

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _prune(folder: Path, prefix: str, keep: str) -> None:
    """Drop all but the newest few entries of one name: old versions are never read again."""
    with contextlib.suppress(OSError):
        entries = [p for p in folder.glob(f"{prefix}*.marshal") if p.name != keep]
        entries.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for stale in entries[_KEEP - 1 :]:
            with contextlib.suppress(OSError):
                stale.unlink()
