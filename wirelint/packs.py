"""Rule packs: what a newsroom knows, kept as data in TOML files under ``rules/``.

A rule module declares the sections it reads with :func:`register_section`. Packs
load lazily, once, on the first ``Packs.section`` call: the bundled packs first,
then the user's (``packs = [...]`` in the config), which extend or override them.
Each file is validated on load; errors name the file, line and key.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, TypeVar

from wirelint import _toml
from wirelint.errors import PackError

T = TypeVar("T")
SectionKind = Literal["strings", "mapping", "table"]
#: Validates one section's value from one pack; returns the cleaned value or raises
#: PackValueError naming the offending key.
Validator = Callable[[Any, Path], Any]


class PackValueError(ValueError):
    def __init__(self, key: str, problem: str) -> None:
        super().__init__(problem)
        self.key = key
        self.problem = problem


def file_beside(pack: Path, key: str, value: Any, what: str) -> Path:
    """The data file a pack names under ``key`` (a path relative to the pack), checked."""
    if not isinstance(value, str):
        raise PackValueError(key, f"expected the {what}'s file name, relative to the pack")
    resolved = (pack.parent / value).resolve()
    if not resolved.is_file():
        raise PackValueError(key, f"{what} {value!r} not found beside the pack ({resolved})")
    return resolved


@dataclass(frozen=True)
class SectionSpec:
    name: str
    kind: SectionKind
    description: str
    validate: Validator | None = None


_SECTIONS: dict[str, SectionSpec] = {}
META_KEYS = {"name", "description", "provenance", "version", "license"}


def register_section(
    name: str, kind: SectionKind, description: str, validate: Validator | None = None
) -> None:
    """Declare a pack section a rule reads. Registering the same name twice must agree."""
    spec = SectionSpec(name, kind, description, validate)
    old = _SECTIONS.get(name)
    if old is not None and (old.kind != kind):
        raise TypeError(f"pack section {name!r} registered twice with different kinds")
    _SECTIONS[name] = spec


def known_sections() -> dict[str, SectionSpec]:
    from wirelint.registry import load_rules

    load_rules()
    return dict(_SECTIONS)


#: Whether the worked examples of the packs shipped with wirelint are checked when they
#: load. They cannot change after release, and the test suite checks them
#: (tests/test_bundled_packs.py); a user's pack is always checked, since it can.
#: Checking them cost a cold ``wirelint check`` ~15% of its time.
CHECK_BUNDLED_EXAMPLES = False


def checks_examples(pack: Path) -> bool:
    """Whether a validator should try ``pack``'s worked examples (see CHECK_BUNDLED_EXAMPLES)."""
    return CHECK_BUNDLED_EXAMPLES or resolved_folder(pack) != bundled_pack_dir()


@lru_cache(maxsize=64)
def resolved_folder(path: Path) -> Path:
    """``path.resolve().parent``, once per path: validators ask for every slot of a pack,
    and resolving (a system call per folder on the way) cost a cold check ~5 ms."""
    return path.resolve().parent


@lru_cache(maxsize=1)
def bundled_pack_dir() -> Path:
    here = Path(__file__).resolve().parent
    installed = here / "_packs"
    return installed if installed.is_dir() else here.parent / "rules"


def bundled_packs() -> list[Path]:
    directory = bundled_pack_dir()
    return sorted(directory.glob("*.toml")) if directory.is_dir() else []


def _check_kind(spec: SectionSpec, value: Any) -> tuple[str, str] | None:
    """(key, problem) when ``value`` is not of the section's kind."""
    if spec.kind == "strings":
        if not isinstance(value, list):
            return spec.name, "expected a list of strings"
        for v in value:
            if not isinstance(v, str) or not v.strip():
                return spec.name, f"expected non-empty strings, found {v!r}"
    elif spec.kind == "mapping":
        if not isinstance(value, dict):
            return spec.name, "expected a table of string = string"
        for k, v in value.items():
            if not isinstance(v, str):
                return k, f"expected a string, found {type(v).__name__}"
    elif not isinstance(value, dict):
        return spec.name, "expected a table"
    return None


def load_pack_file(path: Path) -> dict[str, Any]:
    """Parse and validate one pack; returns section name -> cleaned value."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(str(path), None, None, f"cannot read rule pack: {exc}") from None
    try:
        data = _parse(path.stem, text)
    except _toml.TOMLDecodeError as exc:
        raise PackError(str(path), None, None, f"not valid TOML: {exc}") from None
    sections = known_sections()
    out: dict[str, Any] = {}
    for name, value in data.items():
        if name == "pack":
            if not isinstance(value, dict):
                raise PackError(str(path), _toml.line_of(text, name), name, "expected a table")
            for key in value:
                if key not in META_KEYS:
                    line = _toml.line_of(text, "pack", key)
                    raise PackError(
                        str(path),
                        line,
                        f"pack.{key}",
                        f"unknown key; known: {', '.join(sorted(META_KEYS))}",
                    )
            continue
        spec = sections.get(name)
        if spec is None:
            known = ", ".join(sorted(sections)) or "none"
            raise PackError(
                str(path),
                _toml.line_of(text, name),
                name,
                f"unknown section; known sections: {known}",
            )
        problem = _check_kind(spec, value)
        if problem is not None:
            key, msg = problem
            keys = (name,) if key == name else (name, key)
            raise PackError(str(path), _toml.line_of(text, *keys), ".".join(keys), msg)
        if spec.validate is not None:
            try:
                value = spec.validate(value, path)
            except PackValueError as exc:
                keys = (name,) if exc.key == name else (name, exc.key)
                raise PackError(
                    str(path), _toml.line_of(text, *keys), ".".join(keys), exc.problem
                ) from None
        out[name] = value
    return out


def _parse(stem: str, text: str) -> dict[str, Any]:
    """The pack's TOML, parsed once per content and then read from the user's cache.

    Parsing the bundled packs costs ~25 ms on every cold ``wirelint check``; the cached
    form loads in ~2 ms. Validation still runs on every load.
    """
    from wirelint import _cache

    def as_table(value: object) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise TypeError("a cached pack must be a table")
        return value

    raw = text.encode("utf-8")
    return _cache.cached(
        f"pack-{stem}", 1, _cache.content_key([raw]), lambda: _toml.loads(text), as_table
    )


class Packs:
    """Merged pack data for one set of user packs; sections are computed once."""

    def __init__(self, extra: Sequence[Path] = ()) -> None:
        self.files = [*bundled_packs(), *extra]
        self._loaded: list[tuple[Path, dict[str, Any]]] | None = None
        self._merged: dict[str, Any] = {}
        self._derived: dict[Hashable, Any] = {}

    def _load(self) -> list[tuple[Path, dict[str, Any]]]:
        if self._loaded is None:
            self._loaded = [(p, _cached_pack(p, _mtime(p))) for p in self.files]
        return self._loaded

    def validate(self) -> None:
        """Load every pack now, raising PackError on the first bad one."""
        self._load()

    def derived(self, key: Hashable, build: Callable[[], T]) -> T:
        """What a rule makes from its sections (a set, a regex, a table), made once.

        Kept with these packs, so a language server that reloads an edited pack gets new
        Packs and rebuilds it; rules need no cache of their own keyed by object ids.
        """
        try:
            return self._derived[key]  # type: ignore[no-any-return]
        except KeyError:
            value = self._derived[key] = build()
            return value

    def section(self, name: str) -> Any:
        if name in self._merged:
            return self._merged[name]
        spec = known_sections().get(name)
        if spec is None:
            raise KeyError(f"no pack section {name!r} is registered")
        merged: Any = [] if spec.kind == "strings" else {}
        for _path, data in self._load():
            if name not in data:
                continue
            value = data[name]
            if spec.kind == "strings":
                seen = set(merged)
                merged.extend(v for v in value if v not in seen)
            else:
                merged.update(value)
        self._merged[name] = merged
        return merged


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


@lru_cache(maxsize=64)
def _cached_pack(path: Path, mtime: int) -> dict[str, Any]:
    # Keyed by mtime so an edited pack reloads in a long-running language server.
    return load_pack_file(path)


def packs_for(extra: tuple[Path, ...]) -> Packs:
    """The shared Packs for a set of user packs; a user pack edited on disk reloads."""
    return _packs_for(extra, tuple(_mtime(p) for p in extra))


@lru_cache(maxsize=32)
def _packs_for(extra: tuple[Path, ...], stamps: tuple[int, ...]) -> Packs:
    return Packs(extra)


def clear_pack_cache() -> None:
    _packs_for.cache_clear()
    _cached_pack.cache_clear()
    resolved_folder.cache_clear()
