"""The result cache: a story checked before, unchanged, is not checked again.

As in ruff, an entry is keyed by everything that decides the findings, so an entry can
never be stale, only unused:

- the story's text and the path it is reported under (rules and per-file-ignores
  read the path);
- the effective configuration, every field (so a key added later, such as a parser
  tier, is covered without a change here);
- the contents of every rule pack in use, bundled and the user's;
- wirelint's version and its code, and the installed versions of the packages whose
  data decides findings (seen through their files' sizes and modification times,
  which change when pip installs another version).

Entries live in the ``results`` folder of the cache folder the README names. They are
written atomically (a temporary file renamed into place), so processes filling the
cache at once never read half an entry; a damaged entry is ignored and rewritten. Old
entries are pruned by age and by the folder's total size. A folder that cannot be
written (read-only, full) turns the cache off for the run, with one warning.
"""

from __future__ import annotations

import contextlib
import dataclasses
import marshal
import os
import time
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirelint import __version__, _cache
from wirelint._cache import blake2b
from wirelint.diagnostics import Applicability, Diagnostic, Edit, Fix, Note, Severity
from wirelint.document.span import Span
from wirelint.errors import PACKAGES

if TYPE_CHECKING:
    from wirelint.config import Config

#: Bumped when the entry layout changes; older entries are then never read again.
FORMAT = 1
#: Entries not used for this long are pruned.
MAX_AGE_SECONDS = 30 * 24 * 3600
#: When the folder grows past this, the least recently used entries go first.
MAX_BYTES = 256 * 1024 * 1024
#: Pruning walks the whole folder, so it runs at most this often.
PRUNE_EVERY_SECONDS = 3600
#: A hit refreshes an entry's time (which pruning reads) at most this often.
_TOUCH_AFTER_SECONDS = 24 * 3600
_SUFFIX = ".marshal"

#: Plain data for one diagnostic, as marshal stores it.
PlainDiagnostic = tuple[Any, ...]


def results_dir() -> Path:
    return _cache.cache_dir() / "results"


def disabled_by_environment() -> bool:
    """``WIRELINT_NO_CACHE`` set to anything but empty or 0, as RUFF_NO_CACHE in ruff."""
    return os.environ.get("WIRELINT_NO_CACHE", "0") not in ("", "0")


class ResultCache:
    """Lookups and stores for one run; turns itself off on the first write that fails."""

    def __init__(self, folder: Path | None = None, warn: Callable[[str], None] = print) -> None:
        self.folder = folder if folder is not None else results_dir()
        self._warn = warn
        self.enabled = True
        self.stored = 0
        self._packs: dict[tuple[Path, ...], str] = {}
        #: A configuration (by identity: the stories under one share it) -> its key.
        self._configs: dict[int, tuple[Config, str]] = {}

    def key(self, text: str, path: str, config: Config, *options: str) -> str:
        """The entry for ``text`` at ``path`` under ``config``; ``options`` are command-line
        choices that change what is found but are not config (how the file is read)."""
        digest = blake2b(digest_size=20)
        packs = self._packs.get(config.packs)
        if packs is None:
            packs = self._packs[config.packs] = _packs_key(config.packs)
        known = self._configs.get(id(config))
        if known is None or known[0] is not config:
            known = self._configs[id(config)] = (config, config_key(config))
        for part in (_code_key(), known[1], packs, path, *options):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key[2:]}{_SUFFIX}"

    def get(self, key: str, path: str) -> list[Diagnostic] | None:
        """The stored findings for ``key`` (reported under ``path``), or None."""
        if not self.enabled:
            return None
        entry = self._path(key)
        try:
            data = entry.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            self._give_up(exc)
            return None
        try:
            found = _load(marshal.loads(data), key, path)
        except (EOFError, ValueError, TypeError, IndexError):
            return None  # damaged: treated as missing, and the next store rewrites it
        with contextlib.suppress(OSError):
            if time.time() - entry.stat().st_mtime > _TOUCH_AFTER_SECONDS:
                os.utime(entry)  # pruning by age drops what has not been used
        return found

    def put(self, key: str, diagnostics: Sequence[Diagnostic]) -> None:
        if not self.enabled:
            return
        data = marshal.dumps((FORMAT, key, [_plain(d) for d in diagnostics]))
        try:
            _cache.write_atomically(self._path(key), data)
        except OSError as exc:
            self._give_up(exc)
            return
        self.stored += 1

    def _give_up(self, exc: OSError) -> None:
        self.enabled = False
        self._warn(
            f"the result cache in {self.folder} cannot be used "
            f"({exc.strerror or exc}); checking without it"
        )

    def finish(self) -> None:
        """Prune, when this run added entries and the folder was not pruned lately."""
        if self.stored and self.enabled:
            prune(self.folder)


def prune(
    folder: Path,
    *,
    max_age: float = MAX_AGE_SECONDS,
    max_bytes: int = MAX_BYTES,
    every: float = PRUNE_EVERY_SECONDS,
    now: float | None = None,
) -> int:
    """Drop entries older than ``max_age``, then the oldest until the rest fit in
    ``max_bytes``; returns how many went. Runs at most once per ``every`` seconds."""
    now = time.time() if now is None else now
    stamp = folder / ".pruned"
    with contextlib.suppress(OSError):
        if now - stamp.stat().st_mtime < every:
            return 0
    entries: list[tuple[float, int, Path]] = []
    for sub in _subfolders(folder):
        with contextlib.suppress(OSError), os.scandir(sub) as it:
            for e in it:
                with contextlib.suppress(OSError):
                    st = e.stat()
                    entries.append((st.st_mtime, st.st_size, Path(e.path)))
    entries.sort(reverse=True)  # newest first
    total = 0
    removed = 0
    for mtime, size, path in entries:
        total += size
        if now - mtime > max_age or total > max_bytes:
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    with contextlib.suppress(OSError):
        stamp.touch()
        os.utime(stamp, (now, now))
    return removed


def _subfolders(folder: Path) -> Iterable[str]:
    with contextlib.suppress(OSError), os.scandir(folder) as it:
        return [e.path for e in it if e.is_dir(follow_symlinks=False) and len(e.name) == 2]
    return []


def _plain(d: Diagnostic) -> PlainDiagnostic:
    return (
        d.code,
        d.rule,
        int(d.severity),
        d.message,
        d.span.start,
        d.span.end,
        tuple((n.span.start, n.span.end, n.message) for n in d.notes),
        tuple(
            (
                tuple((e.span.start, e.span.end, e.replacement) for e in f.edits),
                f.applicability.value,
                f.title,
            )
            for f in d.fixes
        ),
    )


def _load(value: object, key: str, path: str) -> list[Diagnostic]:
    """Diagnostics from an entry; ValueError/TypeError/IndexError for a damaged one."""
    if not isinstance(value, tuple) or len(value) != 3:
        raise ValueError("not an entry")
    fmt, stored_key, items = value
    if fmt != FORMAT or stored_key != key:
        raise ValueError("an entry of another format or key")
    out = []
    for code, rule, severity, message, start, end, notes, fixes in items:
        if not (isinstance(code, str) and isinstance(message, str)):
            raise TypeError("a damaged diagnostic")
        out.append(
            Diagnostic(
                code,
                rule,
                Severity(severity),
                message,
                Span(start, end),
                tuple(Note(Span(s, e), m) for s, e, m in notes),
                tuple(
                    Fix(tuple(Edit(Span(s, e), r) for s, e, r in edits), Applicability(a), t)
                    for edits, a, t in fixes
                ),
                path,
            )
        )
    return out


def config_key(config: Config) -> str:
    """Every field of the configuration, written the same way in every process."""
    return repr(_canonical({f.name: getattr(config, f.name) for f in dataclasses.fields(config)}))


def _canonical(value: object) -> object:
    # Sets print in hash order, which changes from one process to the next: sort them.
    if isinstance(value, Enum):
        return (type(value).__name__, value.value)
    if isinstance(value, dict) or hasattr(value, "items"):
        return tuple(sorted((str(k), _canonical(v)) for k, v in value.items()))  # type: ignore[attr-defined]
    if isinstance(value, (set, frozenset)):
        return tuple(sorted((_canonical(v) for v in value), key=repr))
    if isinstance(value, (list, tuple)):
        return tuple(_canonical(v) for v in value)
    if isinstance(value, Path):
        return str(value)
    return value


def _packs_key(extra: tuple[Path, ...]) -> str:
    from wirelint.packs import bundled_packs

    files = [*bundled_packs(), *extra]
    try:
        return _cache.content_key(files)
    except OSError:
        # An unreadable pack is reported when the packs load; meanwhile no entry matches.
        return f"unreadable-{time.time_ns()}"


@lru_cache(maxsize=1)
def _code_key() -> str:
    """wirelint's version, its own files and its dependencies' installed files.

    Sizes and modification times, not contents: reading the package would cost more
    than a cold check, and any install or edit changes them.
    """
    parts = [__version__]
    here = Path(__file__).resolve().parent
    for root, dirs, files in os.walk(here):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".py", ".toml", ".marshal", ".txt", ".json")):
                parts.append(_stamp(os.path.join(root, name)))
    import importlib.util

    for module in sorted(PACKAGES):
        with contextlib.suppress(ImportError, ValueError):
            spec = importlib.util.find_spec(module)
            if spec is not None and spec.origin:
                parts.append(f"{module}={_stamp(spec.origin)}")
    return "\n".join(parts)


def _stamp(path: str) -> str:
    try:
        st = os.stat(path)
    except OSError:
        return f"{path}:missing"
    return f"{path}:{st.st_size}:{st.st_mtime_ns}"
