"""Derived data kept in the user's cache folder, so a cold ``wirelint check`` stays cheap.

Word tables (pyspellchecker's English frequencies, the WL401 word-class table) take
tens of milliseconds to parse from their shipped form: more than linting a story.
They are built once, stored here in ``marshal`` form and keyed by a hash of the files
they come from, so an upgrade or an edited data file rebuilds them. The cache is an
optimisation only: when the folder cannot be read or written, the data is built in
memory as before and nothing fails.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import mmap
    from typing import TypeAlias

    #: A table's bytes: built in this process, or a cached file mapped into memory.
    Buffer: TypeAlias = bytes | mmap.mmap

try:
    # hashlib's own blake2b: importing hashlib loads OpenSSL too (~2.5 ms of every run).
    from _blake2 import blake2b as blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b as blake2b

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
    digest = blake2b(digest_size=10)
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


def mapped(
    name: str, version: int, key: str, build: Callable[[], bytes], load: Callable[[Buffer], T]
) -> T:
    """``load(build())``, with the bytes ``build()`` made read from the cache in place.

    For tables of several MB that are read a word at a time: the cached file is mapped
    into memory, not read, so a story that asks about a few words pays for the pages
    they are on. ``load`` raises ValueError on bytes of the wrong shape (a damaged or
    cut-off file), which are then built again.
    """
    path = cache_dir() / f"{name}-v{version}-{key}.table"
    with contextlib.suppress(OSError, ValueError):
        import mmap

        with open(path, "rb") as fh:
            # The mapping stays valid after the file is closed (and after another
            # process renames a new entry over it).
            return load(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ))
    data = build()
    with contextlib.suppress(OSError):
        write_atomically(path, data)
    _prune(path.parent, f"{name}-v", keep=path.name, suffix=".table")
    return load(data)


#: Path -> (size, modification time, content key) of the source files hashed so far.
_file_keys: dict[str, tuple[int, int, str]] | None = None
_file_keys_added = False


def file_key(path: Path) -> str:
    """``content_key([path])``, hashed only when the file's size or time changed.

    Hashing the data files behind the derived tables (several MB of word lists) cost
    every cold check ~10 ms; the hash of each file is kept with the file's size and
    modification time, so the key stays the content's while the file is only stat'ed.
    Raises OSError when the file cannot be read.
    """
    global _file_keys, _file_keys_added
    if _file_keys is None:
        _file_keys = _read_file_keys()
        atexit.register(_write_file_keys)
    st = os.stat(path)
    name = os.path.abspath(path)
    known = _file_keys.get(name)
    if known is not None and known[:2] == (st.st_size, st.st_mtime_ns):
        return known[2]
    key = content_key([path])
    _file_keys[name] = (st.st_size, st.st_mtime_ns, key)
    _file_keys_added = True
    return key


def _file_keys_path() -> Path:
    return cache_dir() / "file-keys-v1.marshal"


def _read_file_keys() -> dict[str, tuple[int, int, str]]:
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        table = marshal.loads(_file_keys_path().read_bytes())
        if isinstance(table, dict) and all(
            isinstance(v, tuple) and len(v) == 3 for v in table.values()
        ):
            return table
    return {}


def _write_file_keys() -> None:
    """At exit, when this process hashed a file the table lacked (or that changed)."""
    if _file_keys_added and _file_keys is not None:
        table = _file_keys if len(_file_keys) <= _MEMO_LIMIT else {}
        _store(_file_keys_path(), table)


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


def _prune(folder: Path, prefix: str, keep: str, suffix: str = ".marshal") -> None:
    """Drop all but the newest few entries of one name: old versions are never read again."""
    with contextlib.suppress(OSError):
        entries = [p for p in folder.glob(f"{prefix}*{suffix}") if p.name != keep]
        entries.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for stale in entries[_KEEP - 1 :]:
            with contextlib.suppress(OSError):
                stale.unlink()


# -- compiled regular expressions ---------------------------------------------------
#
# re keeps no compiled form between processes. A pack pattern is long (each brand slot
# embeds a word group with forty alternatives), and compiling the bundled ones cost a
# cold check ~50 ms, more than checking the story. Here the program re.compile hands to
# the regular-expression engine is kept, keyed by the Python build that made it, and
# handed to the engine again. Anything unexpected (another Python, a damaged file)
# falls back to re.compile: the cache only ever saves time.

_REGEX_VERSION = 1
#: Past this many patterns the file starts afresh (patterns from edited packs pile up).
_REGEX_LIMIT = 4000
_regexes: dict[tuple[str, int], tuple[int, list[int], int, dict[str, int]]] | None = None
_regexes_added = False


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its compiled program read from the cache when there.

    Raises re.error for a bad pattern, as re.compile does.
    """
    global _regexes, _regexes_added
    flags = int(flags)
    if _regexes is None:
        _regexes = _read_regexes()
        atexit.register(_write_regexes)
    plain = _regexes.get((pattern, flags))
    if plain is not None:
        with contextlib.suppress(TypeError, ValueError, IndexError, RuntimeError):
            return _engine_compile(pattern, plain)
    try:
        plain = _program(pattern, flags)
        compiled = _engine_compile(pattern, plain)
    except re.error:
        raise
    except (ImportError, AttributeError, TypeError, ValueError, IndexError, RuntimeError):
        return re.compile(pattern, flags)  # an engine this code does not know
    if len(_regexes) >= _REGEX_LIMIT:
        _regexes.clear()
    _regexes[(pattern, flags)] = plain
    _regexes_added = True
    return compiled


def _program(pattern: str, flags: int) -> tuple[int, list[int], int, dict[str, int]]:
    """What re._compiler.compile computes before it calls the engine, as plain data."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    # The opcodes are int subclasses that marshal cannot store; the engine reads ints.
    program = [int(op) for op in code]
    return flags | tree.state.flags, program, tree.state.groups - 1, dict(tree.state.groupdict)


def _engine_compile(
    pattern: str, plain: tuple[int, list[int], int, dict[str, int]]
) -> re.Pattern[str]:
    import _sre  # type: ignore[import-not-found]

    flags, code, groups, groupindex = plain
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, index in groupindex.items():
        indexgroup[index] = name
    compiled: re.Pattern[str] = _sre.compile(
        pattern, flags, code, groups, groupindex, tuple(indexgroup)
    )
    return compiled


def _regex_path() -> Path:
    import _sre

    engine = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()
    return cache_dir() / f"regex-v{_REGEX_VERSION}-{content_key([engine])}.marshal"


def _read_regexes() -> dict[tuple[str, int], tuple[int, list[int], int, dict[str, int]]]:
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError, ImportError):
        table = marshal.loads(_regex_path().read_bytes())
        if isinstance(table, dict):
            return table
    return {}


def _write_regexes() -> None:
    """At exit, when this process compiled patterns the file lacked."""
    if not _regexes_added or _regexes is None:
        return
    with contextlib.suppress(ImportError):
        path = _regex_path()
        _store(path, _regexes)
        _prune(path.parent, f"regex-v{_REGEX_VERSION}-", keep=path.name)


# -- the patterns modules compile with re.compile ----------------------------------------
#
# Rules and the document model compile ~130 patterns with re.compile when their modules
# are imported or first used: ~50 ms of a cold check, paid again by every process. The
# command line puts the programs an earlier run compiled into re's own cache before
# those modules load, so that their re.compile calls find them there; at exit it keeps
# the programs of patterns this run compiled that the file lacked. Only a command-line
# run does this (see wirelint.cli.main): a program that imports wirelint as a library
# keeps re's cache as it was.

#: re keeps 512 patterns; past this many the file starts afresh (the rest is evicted).
_PRELOAD_LIMIT = 400
_preloaded: dict[tuple[str, int], tuple[int, list[int], int, dict[str, int]]] | None = None


def preload_regexes() -> None:
    """Fill re's cache with the programs of the patterns earlier runs compiled.

    Safe to call more than once; anything unexpected (another Python, a damaged file,
    an re module without the cache this relies on) leaves re as it was.
    """
    global _preloaded
    if _preloaded is not None:
        return
    table: dict[tuple[str, int], tuple[int, list[int], int, dict[str, int]]] = {}
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError, ImportError):
        stored = marshal.loads(_preload_path().read_bytes())
        if isinstance(stored, dict):
            table = stored
    _preloaded = table
    atexit.register(_write_preloaded)
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        return
    for key, plain in list(table.items())[:_PRELOAD_LIMIT]:
        with contextlib.suppress(TypeError, ValueError, IndexError, RuntimeError):
            pattern, flags = key
            if isinstance(pattern, str) and isinstance(flags, int):
                cache.setdefault((str, pattern, flags), _engine_compile(pattern, plain))


def _preload_path() -> Path:
    import _sre

    engine = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()
    return cache_dir() / f"re-cache-v{_REGEX_VERSION}-{content_key([engine])}.marshal"


def _write_preloaded() -> None:
    """At exit: the programs of the str patterns in re's cache that the file lacks."""
    table = _preloaded
    cache = getattr(re, "_cache", None)
    if table is None or not isinstance(cache, dict):
        return
    added = False
    for key in list(cache):
        if not (isinstance(key, tuple) and len(key) == 3 and key[0] is str):
            continue
        _, pattern, flags = key
        if (pattern, flags) in table or not isinstance(flags, int) or flags & re.DEBUG:
            continue
        try:
            program = _program(pattern, flags)
        except Exception:  # any failure only means this one is not kept
            continue
        if len(table) >= _PRELOAD_LIMIT:
            table.clear()
        table[(pattern, flags)] = program
        added = True
    if added:
        with contextlib.suppress(ImportError):
            path = _preload_path()
            _store(path, table)
            _prune(path.parent, f"re-cache-v{_REGEX_VERSION}-", keep=path.name)


# -- values derived from patterns, kept between processes ------------------------------
#
# Some values cost a cold check more than the story does and depend only on a pattern
# and on the code that reads it: the literals every match of a pack pattern holds (WL202's
# prefilter, which WL201 uses to choose the paragraphs worth scanning) take the `re`
# parser ~2 ms a pattern. One file per name holds them, keyed by what they depend on.

_memos: dict[str, dict[object, object]] = {}
_memos_added: set[str] = set()
#: Past this many values a table starts afresh (values of edited packs pile up).
_MEMO_LIMIT = 4000


def memo(name: str, key: str, item: object, build: Callable[[], P]) -> P:
    """``build()``, read from the cache when this process or an earlier one made it.

    ``key`` names everything the values depend on besides ``item`` (a hash of the code
    that builds them and of the Python build): another key reads another file. ``item``
    and the value must be data ``marshal`` can store.
    """
    table = _memos.get(name)
    if table is None:
        table = _memos[name] = _read_memo(_memo_path(name, key))
        atexit.register(_write_memo, name, key)
    if item in table:
        return table[item]  # type: ignore[return-value]
    value = build()
    if len(table) >= _MEMO_LIMIT:
        table.clear()
    table[item] = value
    _memos_added.add(name)
    return value


def _memo_path(name: str, key: str) -> Path:
    return cache_dir() / f"{name}-v1-{key}.marshal"


def _read_memo(path: Path) -> dict[object, object]:
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        table = marshal.loads(path.read_bytes())
        if isinstance(table, dict):
            return table
    return {}


def _write_memo(name: str, key: str) -> None:
    """At exit, when this process made values the file lacked."""
    if name not in _memos_added:
        return
    path = _memo_path(name, key)
    _store(path, _memos[name])
    _prune(path.parent, f"{name}-v1-", keep=path.name)
