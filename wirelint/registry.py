"""Rules and their registry.

A rule is a class in its own module under ``wirelint/rules/``. Defining the class
registers it (``__init_subclass__``), so the registry is derived from the code and
never kept by hand in a second place.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from wirelint.diagnostics import Diagnostic, Fix, Note, Severity
from wirelint.document.span import Span

if TYPE_CHECKING:
    from wirelint.config import Config
    from wirelint.document.model import Document
    from wirelint.packs import Packs

CODE_RE = re.compile(r"WL[1-5][0-9]{2}")
SLUG_RE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
DOC_HEADINGS = ("What it does", "Why it matters", "Example")

_REGISTRY: dict[str, type[Rule]] = {}
_loaded = False


@dataclass
class Context:
    """What a rule may know besides the story: configuration and rule packs."""

    config: Config
    packs: Packs

    def option(self, rule: Rule | type[Rule], key: str) -> Any:
        configured = self.config.options.get(rule.code, {})
        if key in configured:
            return configured[key]
        return rule.options[key]


class Rule:
    """Base class. Subclasses set ``code``, ``name``, ``severity`` and implement ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    options: ClassVar[Mapping[str, Any]] = {}
    #: Rules in preview run only when selected by their full code or slug.
    preview: ClassVar[bool] = False
    #: Codes of rules that report the same slip more precisely: a finding of this rule
    #: is dropped when one of theirs overlaps it (see engine._drop_deferred).
    defers_to: ClassVar[tuple[str, ...]] = ()
    #: Large tables the rule reads on many stories ("lemminflect"): a run on several
    #: processes loads them once before its workers start, and only when a selected
    #: rule names them (see engine.load_shared_tables).
    shared_tables: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if inspect.isabstract(cls) or "code" not in cls.__dict__:
            return
        if not CODE_RE.fullmatch(cls.code):
            raise TypeError(f"{cls.__qualname__}: code {cls.code!r} must match WL[1-5]NN")
        if not SLUG_RE.fullmatch(cls.name):
            raise TypeError(f"{cls.__qualname__}: name {cls.name!r} must be a lower-case slug")
        other = _REGISTRY.get(cls.code)
        if other is not None and other.__qualname__ != cls.__qualname__:
            raise TypeError(
                f"{cls.code} is registered twice: {other.__qualname__}, {cls.__qualname__}"
            )
        _REGISTRY[cls.code] = cls

    def prepare(self, doc: Document, ctx: Context) -> None:
        """Work done once per process before ``check`` (loading a model), run outside the
        rule's time and memory limits: the first story must not be charged for it."""

    def check(self, doc: Document, ctx: Context) -> Iterable[Diagnostic]:
        raise NotImplementedError

    def diagnostic(
        self,
        span: Span,
        message: str,
        *,
        notes: Iterable[Note] = (),
        fixes: Iterable[Fix] = (),
    ) -> Diagnostic:
        return Diagnostic(
            self.code, self.name, self.severity, message, span, tuple(notes), tuple(fixes)
        )

    @classmethod
    def documentation(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        """The docstring's first line: one sentence for `wirelint rules`."""
        return cls.documentation().split("\n", 1)[0].strip()


def load_rules() -> None:
    """Import every module of ``wirelint.rules`` once, which registers their rules."""
    global _loaded
    if _loaded:
        return
    import wirelint.rules as package

    for info in pkgutil.iter_modules(package.__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{package.__name__}.{info.name}")
    _loaded = True


def all_rules() -> list[type[Rule]]:
    load_rules()
    return [_REGISTRY[code] for code in sorted(_REGISTRY)]


def find_rule(code_or_name: str) -> type[Rule] | None:
    load_rules()
    key = code_or_name.strip()
    if key.upper() in _REGISTRY:
        return _REGISTRY[key.upper()]
    for rule in _REGISTRY.values():
        if rule.name == key.lower():
            return rule
    return None


def selector_matches(selector: str, rule: type[Rule]) -> int:
    """How specifically ``selector`` names ``rule``: 0 not at all, higher is more specific."""
    s = selector.strip()
    if s.upper() == "ALL":
        return 1
    if s.lower() == rule.name:
        return 100
    if rule.code.startswith(s.upper()):
        return 1 + len(s)
    return 0


def is_valid_selector(selector: str) -> bool:
    s = selector.strip()
    if s.upper() == "ALL":
        return True
    load_rules()
    if any(code.startswith(s.upper()) for code in _REGISTRY) and s.upper().startswith("WL"):
        return True
    return any(rule.name == s.lower() for rule in _REGISTRY.values())


def iter_docs(rules: Iterable[type[Rule]]) -> Iterator[tuple[type[Rule], list[str]]]:
    """Rules whose docstring lacks one of the three headings, with the missing ones."""
    for rule in rules:
        doc = rule.documentation()
        missing = [h for h in DOC_HEADINGS if h not in doc]
        yield rule, missing
