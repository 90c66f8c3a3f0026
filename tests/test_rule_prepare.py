"""A rule's one-time setup (the parser's model load) is not charged to a story's limits."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from wirelint.config import Config
from wirelint.diagnostics import Diagnostic, Severity
from wirelint.document.model import Document
from wirelint.document.span import Span
from wirelint.registry import Context, Rule

STORY = "Minister hails deal\n\nLONDON, Jan 4 (Reuters) - The minister said TK soldiers came.\n"


class _SlowToLoad:
    """Loads something slow once (as spaCy's model), then checks quickly.

    Not a Rule subclass, which would register it beside the real rules.
    """

    code, name, severity = "WL599", "slow-to-load", Severity.WARNING
    loaded = False

    def prepare(self, doc: Document, ctx: Context) -> None:
        if not _SlowToLoad.loaded:
            time.sleep(1.0)  # past the 0.2 s limit below
            _SlowToLoad.loaded = True

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        self.prepare(doc, ctx)  # as the parser rules do: a no-op once loaded
        yield Rule.diagnostic(self, Span(0, 8), "the headline's first word")  # type: ignore[arg-type]


class _SlowToCheck(_SlowToLoad):
    code, name = "WL598", "slow-to-check"

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # Busy, not asleep: the limit counts the CPU time a rule uses.
        end = time.thread_time() + 1.0
        while time.thread_time() < end:
            pass
        yield from super().check(doc, ctx)


@pytest.fixture(autouse=True)
def _only(monkeypatch: pytest.MonkeyPatch) -> None:
    from wirelint import engine

    _SlowToLoad.loaded = False
    monkeypatch.setattr(
        engine, "rules_for", lambda config, path=None: (_SlowToLoad(), _SlowToCheck())
    )


def test_a_slow_setup_is_outside_the_time_limit_and_a_slow_check_is_not() -> None:
    from wirelint.engine import lint_text

    result = lint_text(STORY, Config(rule_time_limit=0.2), path="story.txt")
    assert [d.code for d in result.diagnostics] == ["WL599"]
    assert [(c.code, c.cause) for c in result.crashes] == [("WL598", "limit")]


def test_an_error_in_the_setup_is_reported_as_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    from wirelint.engine import lint_text

    def broken(self: _SlowToLoad, doc: Document, ctx: Context) -> None:
        raise KeyError("model")

    monkeypatch.setattr(_SlowToLoad, "prepare", broken)
    result = lint_text(STORY, Config(), path="story.txt")
    assert result.diagnostics == []
    assert [(c.code, c.cause) for c in result.crashes] == [("WL599", "bug"), ("WL598", "bug")]
