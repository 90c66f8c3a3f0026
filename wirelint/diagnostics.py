"""What a rule reports: a Diagnostic with notes and fixes. Formatters only render these."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum, IntEnum

from wirelint.document.span import Span


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None


class Applicability(str, Enum):
    SAFE = "safe"  # applied by --fix: a stylebook or the configuration decides it
    UNSAFE = "unsafe"  # applied only with --unsafe-fixes: a guess, however good


@dataclass(frozen=True)
class Edit:
    span: Span
    replacement: str


@dataclass(frozen=True)
class Fix:
    edits: tuple[Edit, ...]
    applicability: Applicability
    title: str

    @classmethod
    def replace(cls, span: Span, replacement: str, *, safe: bool, title: str = "") -> Fix:
        applicability = Applicability.SAFE if safe else Applicability.UNSAFE
        return cls(
            (Edit(span, replacement),), applicability, title or f"Replace with `{replacement}`"
        )


@dataclass(frozen=True)
class Note:
    span: Span
    message: str


@dataclass(frozen=True)
class Diagnostic:
    code: str
    rule: str
    severity: Severity
    message: str
    span: Span
    notes: tuple[Note, ...] = ()
    fixes: tuple[Fix, ...] = ()
    path: str | None = field(default=None, compare=False)

    def with_path(self, path: str | None) -> Diagnostic:
        return replace(self, path=path)

    def with_severity(self, severity: Severity) -> Diagnostic:
        return replace(self, severity=severity)

    def sort_key(self) -> tuple[int, int, str]:
        return (self.span.start, self.span.end, self.code)
