"""Finding stories and reading them as text, with a clear error for anything else.

Nothing here guesses silently: a file that is not valid UTF-8 (or the encoding the
user named) is an error that says where the first bad byte is.
"""

from __future__ import annotations

import codecs
import errno
import fnmatch
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from wirelint._cache import blake2b
from wirelint.errors import InputError

#: The default `max-file-size`: 10 MB (decimal, as the README says).
MAX_FILE_SIZE = 10_000_000
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)

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
    return blake2b(data, digest_size=16).hexdigest()


def _where(data: bytes, index: int) -> tuple[int, int]:
    """1-based line and column (in bytes) of ``data[index]``."""
    line = data.count(b"\n", 0, index) + 1
    col = index - (data.rfind(b"\n", 0, index) + 1) + 1
    return line, col


def _looks_like_utf16(body: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when NUL bytes fall on one side of each pair, as in
    mostly-Latin text saved as UTF-16 without a byte-order mark; None otherwise."""
    sample = body[:8192]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for zeros, others, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros * 2 >= pairs and others * 20 <= pairs:
            try:
                body.decode(name)
            except UnicodeDecodeError:
                return None
            return name
    return None


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
        utf16 = _looks_like_utf16(body)
        if utf16 is not None:
            raise InputError(
                path,
                f"looks like UTF-16 without a byte-order mark; pass --encoding {utf16} "
                "(or re-save it as UTF-8)",
                reason="encoding",
            )
        raise InputError(path, "binary file (contains NUL bytes), not a story", reason="binary")
    try:
        text = body.decode(enc)
    except UnicodeDecodeError as exc:
        line, column = _where(body, exc.start)
        raise InputError(
            path,
            f"not valid {enc.upper()} at line {line}, column {column} "
            f"(byte 0x{body[exc.start]:02X}); "
            "re-save it as UTF-8 or pass --encoding (e.g. --encoding latin-1)",
            reason="encoding",
            line=line,
            column=column,
        ) from None
    except LookupError:
        raise InputError(path, f"unknown encoding {enc!r}", reason="encoding") from None
    if not text.strip():
        raise InputError(path, "empty file: no story to check", reason="empty")
    return Source(path, text, enc, bom, digest(data))


def megabytes(size: int) -> str:
    """``10 MB``, ``10.5 MB``: decimal megabytes, as the README and the config speak of them."""
    return f"{round(size / 1e6, 1):g} MB"


def too_large(path: str, size: int, limit: int) -> InputError:
    """The error for a story over ``max-file-size`` (the command line and the editor)."""
    return InputError(
        path,
        f"too large to be a story ({megabytes(size)} > {megabytes(limit)} limit); "
        "raise `max-file-size` in the config to lint it anyway",
        reason="too-large",
    )


def _kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _stat_error(path: str, exc: OSError) -> InputError:
    if exc.errno == errno.ELOOP:
        return InputError(path, "symlink loop (the link leads back to itself)", reason="loop")
    if isinstance(exc, FileNotFoundError):
        if os.path.islink(path):
            return InputError(
                path,
                f"broken symlink (to {os.readlink(path)}, which does not exist)",
                reason="missing",
            )
        return InputError(path, "no such file or directory", reason="missing")
    return InputError(path, f"cannot read: {exc.strerror or exc}")


def not_regular(path: str, mode: int) -> InputError | None:
    """The error for a path that is not a regular file (read it and wirelint could hang)."""
    kind = _kind(mode)
    if kind is None:
        return None
    if kind == "a directory":
        return InputError(path, "is a directory", reason="directory")
    return InputError(
        path, f"{kind}, not a story file; only regular files are read", reason="not-a-file"
    )


def read_source(
    path: str, *, encoding: str | None = None, max_bytes: int = MAX_FILE_SIZE
) -> Source:
    # stat before open: opening a FIFO for reading blocks until a writer comes, forever.
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _stat_error(path, exc) from None
    refused = not_regular(path, st.st_mode)
    if refused is not None:
        raise refused
    if st.st_size > max_bytes:
        raise too_large(path, st.st_size, max_bytes)
    try:
        # O_NONBLOCK: should the file be swapped for a FIFO after the stat, open still
        # returns at once; fstat then refuses it before any read.
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
    except OSError as exc:
        raise _stat_error(path, exc) from None
    with os.fdopen(fd, "rb") as fh:
        refused = not_regular(path, os.fstat(fd).st_mode)
        if refused is not None:
            raise refused
        try:
            data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(path, "grew past the size limit while being read", reason="too-large")
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
                        and _walkable(full)
                    ):
                        seen.add(full)
                        found += 1
                        yield full
            if not found:
                yield InputError(
                    raw, f"no stories ({', '.join(include)}) in this directory", reason="missing"
                )
        elif raw == "-" or os.path.lexists(raw):
            # Named explicitly: read_source says what is wrong with a FIFO or a loop.
            if raw not in seen and not _excluded(raw, exclude):
                seen.add(raw)
                yield raw
        else:
            yield InputError(raw, "no such file or directory", reason="missing")


def _walkable(path: str) -> bool:
    """Folder walks take regular files only: a FIFO, socket or device named *.txt is
    not a story, and opening a FIFO would wait for a writer forever. A broken link or
    a symlink loop is kept, so that reading it names the problem."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True


def _excluded(path: str, patterns: Sequence[str]) -> bool:
    if not patterns:
        return False
    posix = Path(path).as_posix().lstrip("./")
    parts = posix.split("/")
    return any(
        fnmatch.fnmatch(posix, p) or any(fnmatch.fnmatch(x, p) for x in parts) for p in patterns
    )
