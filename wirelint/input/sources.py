"""Finding stories and reading them as text, with a clear error for anything else.

Nothing here guesses silently: a file that is not valid UTF-8 (or the encoding the
user named) is an error that says where the first bad byte is.
"""

from __future__ import annotations

import codecs
import fnmatch
import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from wirelint.errors import InputError

SKIP_DIRS = {
    ".git",
    ".hg",
    ".svn",
    "node_modules",
    ".venv",
    "venv",
    "__pycache__",
    ".tox",
    ".mypy_cache",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Source:
    """A story as read: its text and what is needed to write it back unchanged."""

    path: str
    text: str
    encoding: str
    bom: bytes
    digest: str  # of the raw bytes, to refuse writing over a file changed since

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.encoding)


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _where(data: bytes, index: int) -> str:
    line = data.count(b"\n", 0, index) + 1
    col = index - (data.rfind(b"\n", 0, index) + 1) + 1
    return f"line {line}, column {col} (byte 0x{data[index]:02X})"


def decode(data: bytes, path: str, encoding: str | None = None) -> Source:
    bom = b""
    enc = encoding or "utf-8"
    if encoding is None:
        for mark, name in _BOMS:
            if data.startswith(mark):
                bom, enc = mark, name
                break
    body = data[len(bom) :]
    if not bom and encoding is None and b"\x00" in body[:8192]:
        raise InputError(path, "binary file (contains NUL bytes), not a story")
    try:
        text = body.decode(enc)
    except UnicodeDecodeError as exc:
        raise InputError(
            path,
            f"not valid {enc.upper()} at {_where(body, exc.start)}; "
            "re-save it as UTF-8 or pass --encoding (e.g. --encoding latin-1)",
        ) from None
    except LookupError:
        raise InputError(path, f"unknown encoding {enc!r}") from None
    if not text.strip():
        raise InputError(path, "empty file: no story to check")
    return Source(path, text, enc, bom, digest(data))


def read_source(
    path: str, *, encoding: str | None = None, max_bytes: int = 10 * 1024 * 1024
) -> Source:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if st.st_size > max_bytes:
        raise InputError(
            path,
            f"too large to be a story ({st.st_size / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB limit); "
            "raise `max-file-size` in the config to lint it anyway",
        )
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(path, "grew past the size limit while being read")
    return decode(data, path, encoding)


def _matches_any(name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(name, p) for p in patterns)


def discover(
    paths: Sequence[str], include: Sequence[str], exclude: Sequence[str]
) -> Iterator[str | InputError]:
    """Story paths under ``paths`` in a stable order; an InputError for a path that has none.

    Files named explicitly are always linted (unless excluded); folders are walked
    for ``include`` patterns, skipping hidden and tool folders.
    """
    seen: set[str] = set()
    for raw in paths:
        if os.path.isdir(raw):
            found = 0
            for root, dirs, files in os.walk(raw):
                dirs[:] = sorted(
                    d
                    for d in dirs
                    if d not in SKIP_DIRS
                    and not d.startswith(".")
                    and not _excluded(os.path.join(root, d), exclude)
                )
                for name in sorted(files):
                    full = os.path.join(root, name)
                    if (
                        _matches_any(name, include)
                        and not _excluded(full, exclude)
                        and full not in seen
                    ):
                        seen.add(full)
                        found += 1
                        yield full
            if not found:
                yield InputError(raw, f"no stories ({', '.join(include)}) in this directory")
        elif os.path.exists(raw) or raw == "-":
            if raw not in seen and not _excluded(raw, exclude):
                seen.add(raw)
                yield raw
        else:
            yield InputError(raw, "no such file or directory")


def _excluded(path: str, patterns: Sequence[str]) -> bool:
    if not patterns:
        return False
    posix = Path(path).as_posix().lstrip("./")
    parts = posix.split("/")
    return any(
        fnmatch.fnmatch(posix, p) or any(fnmatch.fnmatch(x, p) for x in parts) for p in patterns
    )
