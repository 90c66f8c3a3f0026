"""The engine's contract between rules: one finding per slip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import lint
from wirelint.diagnostics import Diagnostic

STORY = (
    "Russia says 89 killed in Makiivka strike\n\n"
    "* The Ministry of Defence says 89 soldiers died\n\n"
    "KYIV, Jan 4 (Reuters) - The defense ministry said 89 soldiers were killed, "
    "the defense ministry said on Wednesday. Ukraine's defense ministry did not comment.\n\n"
    "BAKHMUT FIGHTING\n\n"
    "Fighting went on around Bakhmut, where Russian forces attacked Bakhmut again.\n"
)


def test_a_spelling_slip_is_reported_by_the_consistency_rule_only() -> None:
    # On its own, WL302 reports the bullet's `Ministry of Defence` ...
    assert [d.code for d in lint(STORY, select="WL302")] == ["WL302"]
    # ... but WL102 names the cause (UK beside US spelling), so only it speaks.
    codes = [(d.code, STORY[d.span.start : d.span.end]) for d in lint(STORY)]
    assert ("WL102", "Defence") in codes
    assert not [c for c in codes if c[0] == "WL302"]


def test_the_structure_rule_still_speaks_when_nothing_else_does() -> None:
    story = STORY.replace("BAKHMUT FIGHTING", "BACHMUT FIGHTING")
    codes = {d.code for d in lint(story, select="WL302")}
    assert "WL302" in codes


class _Stopped:
    """A rule that a newsroom's runaway pack pattern stops."""

    code, name = "WL202", "placeholder-text"

    def check(self, doc: object, ctx: object) -> Iterator[Diagnostic]:
        from wirelint.analysis.userpattern import PatternTimeout

        raise PatternTimeout("runaway", Path("desk.toml"))
        yield  # pragma: no cover


class _Broken(_Stopped):
    """A rule with a bug."""

    code, name = "WL999", "broken"

    def check(self, doc: object, ctx: object) -> Iterator[Diagnostic]:
        raise KeyError("oops")
        yield  # pragma: no cover


def test_a_rule_stopped_by_the_users_pack_is_not_reported_as_a_bug(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from wirelint import engine
    from wirelint.config import Config

    monkeypatch.setattr(engine, "rules_for", lambda config, path=None: (_Stopped(), _Broken()))
    result = engine.lint_text("Headline\n\nBody text here.\n", Config())
    stopped, broken = result.crashes
    assert stopped.user_error and "`runaway` in desk.toml" in stopped.error
    assert not broken.user_error and "KeyError" in broken.error and broken.trace


def test_the_language_server_shows_a_bug_and_a_pack_problem_differently(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A rule's bug is a `crash` with its traceback; a runaway pack pattern is the pack's."""
    from wirelint import engine
    from wirelint.lsp.linting import Snapshot, lint_snapshot

    monkeypatch.setattr(engine, "rules_for", lambda config, path=None: (_Stopped(), _Broken()))
    story = tmp_path / "story.txt"
    outcome = lint_snapshot(Snapshot("file:///story.txt", 1, "Headline\n\nBody.\n", str(story)))
    kinds = {p.kind: p for p in outcome.problems}
    assert set(kinds) == {"pack", "crash"}
    assert "runaway" in kinds["pack"].message and not kinds["pack"].detail
    assert "KeyError" in kinds["crash"].message and "Traceback" in kinds["crash"].detail


def test_a_doubled_word_is_reported_as_a_repeat_not_as_broken_grammar() -> None:
    story = "Talks resume\n\nThe minister said talks could could resume on Monday.\n"
    found = [(d.code, story[d.span.start : d.span.end]) for d in lint(story)]
    assert ("WL402", "could could") in found or ("WL402", "could") in found
    assert not [f for f in found if f[0] == "WL401"]


class _NeedsUnidecode(_Stopped):
    """A rule whose dependency is not installed in this Python."""

    code, name = "WL101", "name-variant"

    def check(self, doc: object, ctx: object) -> Iterator[Diagnostic]:
        raise ModuleNotFoundError("No module named 'unidecode'", name="unidecode")
        yield  # pragma: no cover


class _NeedsOwnModule(_Stopped):
    """A rule importing a wirelint module that does not exist: a bug, not an install problem."""

    code, name = "WL998", "typo-import"

    def check(self, doc: object, ctx: object) -> Iterator[Diagnostic]:
        raise ModuleNotFoundError("No module named 'wirelint.nope'", name="wirelint.nope")
        yield  # pragma: no cover


def test_a_missing_package_is_an_install_problem_and_a_missing_module_of_ours_a_bug(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from wirelint import engine
    from wirelint.config import Config

    monkeypatch.setattr(
        engine, "rules_for", lambda config, path=None: (_NeedsUnidecode(), _NeedsOwnModule())
    )
    missing, bug = engine.lint_text("Headline\n\nBody text here.\n", Config()).crashes
    assert missing.cause == "install" and "`Unidecode` package is not installed" in missing.error
    assert bug.cause == "bug" and "wirelint.nope" in bug.error


def test_the_cli_names_a_missing_package_once_for_the_whole_run(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tests.conftest import run_cli
    from wirelint import engine

    monkeypatch.setattr(engine, "rules_for", lambda config, path=None: (_NeedsUnidecode(),))
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Headline\n\nBody text here.\n", encoding="utf-8")
    result = run_cli("check", str(tmp_path))
    assert result.code == 2
    assert result.err.count("`Unidecode` package is not installed") == 1
    assert "WL101 (name-variant) cannot run" in result.err and "please report" not in result.err


class _Collector(_Stopped):
    """A rule that notes whether the cyclic collector runs while it does."""

    code, name = "WL998", "collector"

    def __init__(self) -> None:
        self.seen: list[bool] = []

    def check(self, doc: object, ctx: object) -> Iterator[Diagnostic]:
        import gc

        self.seen.append(gc.isenabled())
        yield from ()


def test_a_long_storys_rules_run_with_the_collector_paused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    from wirelint import engine
    from wirelint.config import Config

    rule = _Collector()
    monkeypatch.setattr(engine, "rules_for", lambda config, path=None: (rule,))
    monkeypatch.setattr(engine, "_PAUSE_COLLECTOR_FROM", 100)
    engine.lint_text("Headline\n\nBody text here.\n", Config())
    engine.lint_text("Headline\n\n" + "A long body of copy. " * 10, Config())
    # Paused for the long story alone, and running again after it.
    assert rule.seen == [True, False]
    assert gc.isenabled()
