"""Configuration: ``[tool.wirelint]`` in pyproject.toml or a ``.wirelint.toml``.

Found by walking up from each story's folder; ``--config`` names one for all.
Unknown keys and bad values are errors that name the file and the key.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from wirelint import _toml
from wirelint.diagnostics import Severity
from wirelint.errors import ConfigError
from wirelint.guard import MEMORY_LIMIT, TIME_LIMIT
from wirelint.input.sources import MAX_FILE_SIZE, megabytes

#: Where tomllib says a syntax error is: "(at line 3, column 9)".
_TOML_LINE_RE = re.compile(r"\(at line (\d+), column \d+\)")
CONFIG_NAMES = (".wirelint.toml", "wirelint.toml", "pyproject.toml")


class Dialect(str, Enum):
    """The house spelling a story is held to; each member is its configuration string."""

    AUTO = "auto"  # the story's own majority
    US = "en-US"
    GB = "en-GB"
    OXENDICT = "en-GB-oxendict"  # British spelling with Oxford -ize (`organize`, `analyse`)

    # Equal to, hashed and printed as its string: the packs and word lists key on it.
    __hash__ = str.__hash__

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


DIALECTS = tuple(d.value for d in Dialect)
GRAMMAR_TIERS = ("parser", "patterns")

KEYS = {
    "select": "rule codes, prefixes or slugs to run (default: all stable rules)",
    "extend-select": "more selectors added to `select`",
    "ignore": "selectors to turn off",
    "per-file-ignores": "table of glob -> selectors ignored for matching files",
    "severity": "table of code or slug -> error|warning|info",
    "exclude": "globs of files and folders not to lint",
    "include": "globs of file names to lint in folders (default *.txt, *.md)",
    "brand": "the agency or publication name that belongs in brand slots",
    "dialect": "en-US, en-GB, en-GB-oxendict (Oxford -ize) or auto (the story's majority)",
    "packs": "extra rule-pack files (TOML), loaded after the bundled ones",
    "allow": "words and phrases no rule reports (names the desk has decided on)",
    "options": "table of code or slug -> table of rule options",
    "fail-on": "lowest severity that makes the exit code 1 (default warning)",
    "rule-time-limit": f"CPU seconds a rule may use on one story before it is stopped "
    f"(default {TIME_LIMIT:g}; 0: no limit)",
    "rule-memory-limit": f"MB of memory a rule may add on one story before it is stopped "
    f"(default {MEMORY_LIMIT}; 0: no limit)",
    "max-file-size": f"largest story to read, in bytes (default {megabytes(MAX_FILE_SIZE)})",
    "across": "check the stories of one run together as a batch (WL104; default false)",
    "grammar": "parser or patterns: the tier of the grammar checks (default parser if installed)",
}


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ("ALL",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    include: tuple[str, ...] = ("*.txt", "*.md")
    brand: str | None = None
    dialect: Dialect = Dialect.AUTO
    packs: tuple[Path, ...] = ()
    allow: frozenset[str] = frozenset()
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    fail_on: Severity = Severity.WARNING
    max_file_size: int = MAX_FILE_SIZE
    rule_time_limit: float = TIME_LIMIT
    rule_memory_limit: int = MEMORY_LIMIT
    across: bool = False
    grammar: str | None = None  # "parser" | "patterns"; None: the parser when installed
    path: Path | None = None  # the file this came from, if any

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def ignored_for(self, story: str) -> tuple[str, ...]:
        """Selectors that per-file-ignores turns off for the story at ``story``."""
        if not self.per_file_ignores:
            return ()
        rel = _relative(story, self.root)
        out: list[str] = []
        for pattern, selectors in self.per_file_ignores:
            if _glob_match(rel, pattern):
                out.extend(selectors)
        return tuple(out)

    def is_excluded(self, path: str) -> bool:
        if not self.exclude:
            return False  # asked for every story a folder holds: skip the path work
        rel = _relative(path, self.root)
        return any(_glob_match(rel, pattern) for pattern in self.exclude)

    def is_allowed(self, text: str) -> bool:
        return text.casefold() in self.allow


def _relative(path: str, root: Path) -> str:
    try:
        return Path(os.path.abspath(path)).relative_to(_resolved(root, os.getcwd())).as_posix()
    except ValueError:
        return Path(path).as_posix()


@lru_cache(maxsize=64)
def _resolved(root: Path, cwd: str) -> Path:
    """``root.resolve()`` (a system call per folder above it), once per root and working
    folder: a run over a folder asks for every story it finds."""
    return root.resolve()


def _glob_match(rel: str, pattern: str) -> bool:
    pattern = pattern.rstrip("/")
    if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(rel, pattern + "/*"):
        return True
    # A pattern without a slash matches any path component, as in .gitignore.
    if "/" not in pattern:
        return any(fnmatch.fnmatch(part, pattern) for part in rel.split("/"))
    return False


class RuleFacts(Protocol):
    """What a configuration needs to know of a rule (a Rule class has it)."""

    code: str
    options: Mapping[str, Any]


class RuleBook(Hashable, Protocol):
    """The rules a configuration may name: ``wirelint.registry`` is one.

    Passed in, not imported, so that the configuration does not depend on the rules
    (which read the configuration): no import circle config -> registry -> rules -> config.
    """

    def is_valid_selector(self, selector: str) -> bool: ...

    def find_rule(self, code_or_name: str) -> RuleFacts | None: ...


class _Reader:
    """Validates one ``[tool.wirelint]`` table, naming the file and line of any error."""

    def __init__(self, path: Path, text: str, prefix: tuple[str, ...], rules: RuleBook) -> None:
        self.path = path
        self.text = text
        self.prefix = prefix
        self.rules = rules

    def fail(self, key: str, problem: str) -> ConfigError:
        line = _toml.line_of(self.text, *self.prefix, key)
        return ConfigError(str(self.path), line, key, problem)

    def strings(self, table: Mapping[str, Any], key: str) -> tuple[str, ...]:
        value = table[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, "expected a list of strings")
        return tuple(value)

    def selectors(self, table: Mapping[str, Any], key: str) -> tuple[str, ...]:
        values = self.strings(table, key)
        for v in values:
            if not self.rules.is_valid_selector(v):
                raise self.fail(key, f"unknown rule or prefix {v!r} (see `wirelint rules`)")
        return values


# A case per configuration key, each validated where it is read, so an error names its key.
def parse_config(  # noqa: C901, PLR0912, PLR0915
    table: Mapping[str, Any],
    path: Path,
    rules: RuleBook,
    text: str = "",
    prefix: tuple[str, ...] = (),
) -> Config:
    """Build a Config from a parsed table; raise ConfigError naming file and key."""
    r = _Reader(path, text, prefix, rules)
    cfg = Config(path=path)
    changes: dict[str, Any] = {}
    for key, value in table.items():
        if key not in KEYS:
            import difflib  # only a misspelt key needs it

            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f" (did you mean `{close[0]}`?)" if close else ""
            raise r.fail(key, f"unknown key{hint}; known keys: {', '.join(KEYS)}")
        if key in ("select", "extend-select", "ignore"):
            changes[key.replace("-", "_")] = r.selectors(table, key)
        elif key in ("exclude", "include"):
            changes[key] = r.strings(table, key)
        elif key == "allow":
            changes["allow"] = frozenset(s.casefold() for s in r.strings(table, key))
        elif key == "packs":
            changes["packs"] = tuple((path.parent / p).resolve() for p in r.strings(table, key))
            for p in changes["packs"]:
                if not p.is_file():
                    raise r.fail(key, f"pack file {p} does not exist")
        elif key == "brand":
            if not isinstance(value, str) or not value.strip():
                raise r.fail(key, "expected the agency or publication name as a string")
            changes["brand"] = value.strip()
        elif key == "dialect":
            if value not in DIALECTS:
                raise r.fail(key, f"expected one of {', '.join(DIALECTS)}, got {value!r}")
            changes["dialect"] = Dialect(value)
        elif key == "grammar":
            if value not in GRAMMAR_TIERS:
                raise r.fail(key, f"expected one of {', '.join(GRAMMAR_TIERS)}, got {value!r}")
            changes["grammar"] = value
        elif key == "fail-on":
            try:
                changes["fail_on"] = Severity.parse(str(value))
            except ValueError as exc:
                raise r.fail(key, str(exc)) from None
        elif key == "max-file-size":
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise r.fail(key, "expected a positive number of bytes")
            changes["max_file_size"] = value
        elif key == "across":
            if not isinstance(value, bool):
                raise r.fail(key, "expected true or false")
            changes["across"] = value
        elif key == "rule-time-limit":
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
                raise r.fail(key, "expected a number of seconds (0 for no limit)")
            changes["rule_time_limit"] = float(value)
        elif key == "rule-memory-limit":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise r.fail(key, "expected a whole number of megabytes (0 for no limit)")
            changes["rule_memory_limit"] = value
        elif key == "severity":
            if not isinstance(value, dict):
                raise r.fail(key, "expected a table of code = severity")
            sev: dict[str, Severity] = {}
            for code, level in value.items():
                rule = rules.find_rule(code)
                if rule is None:
                    raise r.fail(code, f"unknown rule {code!r} in [severity]")
                try:
                    sev[rule.code] = Severity.parse(str(level))
                except ValueError as exc:
                    raise r.fail(code, str(exc)) from None
            changes["severity"] = sev
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise r.fail(key, "expected a table of glob = [selectors]")
            changes["per_file_ignores"] = tuple((glob, r.selectors(value, glob)) for glob in value)
        elif key == "options":
            changes["options"] = _parse_options(r, value)
    return replace(cfg, **changes)


def _parse_options(r: _Reader, value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict):
        raise r.fail("options", "expected a table of rule = {option = value}")
    out: dict[str, dict[str, Any]] = {}
    for code, opts in value.items():
        rule = r.rules.find_rule(code)
        if rule is None:
            raise r.fail(code, f"unknown rule {code!r} in [options]")
        if not isinstance(opts, dict):
            raise r.fail(code, "expected a table of option = value")
        for name, v in opts.items():
            if name not in rule.options:
                known = ", ".join(rule.options) or "none"
                raise r.fail(name, f"{rule.code} has no option `{name}` (options: {known})")
            default = rule.options[name]
            if default is not None and not _same_type(default, v):
                raise r.fail(name, f"expected {type(default).__name__}, got {type(v).__name__}")
        out[rule.code] = dict(opts)
    return out


def _same_type(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, (int, float)) and isinstance(value, (int, float)):
        return isinstance(default, float) or isinstance(value, int)
    return isinstance(value, type(default))


def load_config_file(path: Path, rules: RuleBook) -> Config | None:
    """Read a config file; None for a pyproject.toml with no ``[tool.wirelint]``."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), None, None, f"cannot read configuration: {exc}") from None
    try:
        data = _toml.loads_cached(text)
    except _toml.TOMLDecodeError as exc:
        at = _TOML_LINE_RE.search(str(exc))
        line = int(at.group(1)) if at else None
        raise ConfigError(str(path), line, None, f"not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if "wirelint" not in tool:
            return None
        table = tool["wirelint"]
        prefix: tuple[str, ...] = ("tool", "wirelint")
    else:
        table = data.get("tool", {}).get("wirelint", data) if "tool" in data else data
        prefix = ()
    if not isinstance(table, dict):
        raise ConfigError(str(path), None, None, "[tool.wirelint] must be a table")
    return parse_config(table, path, rules, text, prefix)


@lru_cache(maxsize=256)
def _find_in(directory: Path, rules: RuleBook) -> Config | ConfigError:
    # A broken config is remembered too: every story it governs gets the same error
    # without reading the file again.
    for name in CONFIG_NAMES:
        candidate = directory / name
        if candidate.is_file():
            try:
                cfg = load_config_file(candidate, rules)
            except ConfigError as exc:
                return exc
            if cfg is not None:
                return cfg
    parent = directory.parent
    if parent == directory:
        return Config()
    return _find_in(parent, rules)


def discover_config(story: str | Path, rules: RuleBook) -> Config:
    """The nearest configuration above ``story`` (a file or folder), or defaults.

    Raises the ConfigError of that configuration when it is broken.
    """
    p = Path(os.path.abspath(story))
    directory = p if p.is_dir() else p.parent
    found = _find_in(directory, rules)
    if isinstance(found, ConfigError):
        raise found
    return found


def clear_config_cache() -> None:
    _find_in.cache_clear()


def with_overrides(cfg: Config, **overrides: Any) -> Config:
    """Command-line values over a file's configuration; ``None`` means not given."""
    changes = {k: v for k, v in overrides.items() if v is not None}
    return replace(cfg, **changes)


def merge_selectors(*groups: Sequence[str]) -> tuple[str, ...]:
    return tuple(s for g in groups for s in g)
