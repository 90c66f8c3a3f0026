"""A rule that runs away on one story is stopped there; the other rules and stories go on.

The runaway check (tests/runaway.py) only ends when a limit stops it, so these tests
assert what is reported, never how long anything took.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types as t
from pytest_lsp import ClientServerConfig, LanguageClient

from tests.conftest import REPO
from tests.runaway import GROW, SPIN, RunawayCheck
from wirelint.config import Config
from wirelint.diagnostics import Diagnostic

STORY = (
    "Minister hails deal\n"
    "\n"
    "LONDON, Jan 4 (Reuters) - The minister said TK soldiers were at the talks.\n"
)


class _Placeholder:
    """The real WL202, run after the runaway so that the test sees the run go on."""

    code, name = "WL202", "placeholder-text"

    def check(self, doc: object, ctx: object) -> Iterator[Diagnostic]:
        from wirelint.registry import find_rule

        rule = find_rule("WL202")
        assert rule is not None
        yield from rule().check(doc, ctx)  # type: ignore[arg-type]


@pytest.fixture
def runaway_first(monkeypatch: pytest.MonkeyPatch) -> None:
    from wirelint import engine

    # Load WL202 and its packs before any tight limit, which is for the runaway alone.
    engine.lint_text(STORY, Config(select=("WL202",)))
    monkeypatch.setattr(
        engine, "rules_for", lambda config, path=None: (RunawayCheck(), _Placeholder())
    )


def _lint(text: str, **limits: float) -> tuple[list[str], list[str]]:
    from wirelint.engine import lint_text

    result = lint_text(text, Config(**limits), path="story.txt")  # type: ignore[arg-type]
    return [d.code for d in result.diagnostics], [
        f"{c.code} {c.cause}: {c.error} ({c.about})" for c in result.crashes
    ]


@pytest.mark.usefixtures("runaway_first")
def test_a_rule_past_its_time_limit_is_stopped_and_the_others_run() -> None:
    codes, crashes = _lint(STORY.replace("deal", SPIN), rule_time_limit=0.3)
    assert codes == ["WL202"]
    assert len(crashes) == 1
    assert crashes[0].startswith("WL599 limit: it ran past the time limit (0.3 s")
    assert "`rule-time-limit`" in crashes[0] and "longest word" in crashes[0]


@pytest.mark.usefixtures("runaway_first")
def test_a_rule_past_its_memory_limit_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    from wirelint import guard

    if guard.resident_bytes() is None:
        pytest.skip("memory is not readable on this platform")
    codes, crashes = _lint(STORY.replace("deal", GROW), rule_time_limit=0, rule_memory_limit=100)
    assert codes == ["WL202"]
    assert len(crashes) == 1
    assert crashes[0].startswith("WL599 limit: it grew memory past the limit (100 MB")


@pytest.mark.usefixtures("runaway_first")
def test_the_next_story_is_linted_as_usual_after_a_stopped_one() -> None:
    _lint(STORY.replace("deal", SPIN), rule_time_limit=0.3)
    codes, crashes = _lint(STORY, rule_time_limit=0.3)
    assert (codes, crashes) == (["WL202"], [])


@pytest.mark.usefixtures("runaway_first")
def test_a_limit_of_zero_turns_the_watchdog_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from wirelint.guard import WATCHDOG

    started = []
    monkeypatch.setattr(WATCHDOG, "_start", lambda: started.append(1))
    assert _lint(STORY, rule_time_limit=0, rule_memory_limit=0) == (["WL202"], [])
    assert started == []


def test_the_cli_names_the_story_and_rule_and_reports_the_rest(
    runaway_first: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import run_cli

    monkeypatch.chdir(tmp_path)
    Path("desk.toml").write_text("rule-time-limit = 0.3\n", encoding="utf-8")
    Path("a.txt").write_text(STORY.replace("deal", SPIN), encoding="utf-8")
    Path("b.txt").write_text(STORY, encoding="utf-8")
    r = run_cli("check", "--config", "desk.toml", "a.txt", "b.txt")
    assert r.code == 2
    assert "a.txt: rule WL599 (runaway) stopped: it ran past the time limit" in r.err
    assert "the other rules ran (the story has 99 characters, its longest word" in r.err
    assert "a.txt:3:45: error[WL202]" in r.out and "b.txt:3:45: error[WL202]" in r.out


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("rule-time-limit = -1", "`rule-time-limit`: expected a number of seconds"),
        ('rule-memory-limit = "1 GB"', "`rule-memory-limit`: expected a whole number"),
    ],
)
def test_limits_in_the_config_are_checked(tmp_path: Path, line: str, problem: str) -> None:
    from wirelint import registry
    from wirelint.config import load_config_file
    from wirelint.errors import ConfigError

    path = tmp_path / ".wirelint.toml"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=problem):
        load_config_file(path, registry)


# -- the language server ----------------------------------------------------------------

SERVER = ClientServerConfig(
    server_command=[sys.executable, "-m", "tests.runaway_server"],
    server_env={"PYTHONPATH": str(REPO)},
)


@pytest_lsp.fixture(config=SERVER)  # type: ignore[untyped-decorator,unused-ignore]
async def client(lsp_client: LanguageClient, tmp_path: Path) -> AsyncIterator[None]:
    (tmp_path / ".wirelint.toml").write_text(
        'select = ["WL2", "WL599"]\nrule-time-limit = 1\n', encoding="utf-8"
    )
    params = t.InitializeParams(
        capabilities=t.ClientCapabilities(),
        root_uri=tmp_path.as_uri(),
        initialization_options={"debounce": 20},
    )
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


async def _published(client: LanguageClient, uri: str) -> list[t.Diagnostic]:
    import asyncio

    async def wait() -> list[t.Diagnostic]:
        while uri not in client.diagnostics:
            await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        return list(client.diagnostics[uri])

    return await asyncio.wait_for(wait(), 30)


def _open(client: LanguageClient, path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(
        t.DidOpenTextDocumentParams(t.TextDocumentItem(uri, "plaintext", 1, text))
    )
    return uri


@pytest.mark.asyncio
async def test_the_server_reports_a_runaway_story_and_keeps_serving(
    client: LanguageClient, tmp_path: Path
) -> None:
    runaway = _open(client, tmp_path / "runaway.txt", STORY.replace("deal", SPIN))
    found = await _published(client, runaway)
    assert sorted(str(d.code) for d in found) == ["WL202", "limit"]
    limit = next(d for d in found if d.code == "limit")
    assert "WL599 (runaway) stopped: it ran past the time limit (1 s" in limit.message
    # The same server goes on serving another document.
    calm = _open(client, tmp_path / "calm.txt", STORY)
    assert [d.code for d in await _published(client, calm)] == ["WL202"]


class _NearTheLimit:
    """Busy for about as long as the time limit: stopped or not, the engine must cope."""

    code, name = "WL598", "near-limit"

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def check(self, doc: object, ctx: object) -> Iterator[Diagnostic]:
        import time

        end = time.monotonic() + self.seconds
        while time.monotonic() < end:
            pass
        yield from ()


def test_a_stop_that_comes_as_the_rule_returns_never_escapes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Rules that end just before, at and just after the limit, back to back: a stop
    # fired as one returns must not land in the engine or in the next rule.
    from wirelint import engine
    from wirelint.guard import TICK

    durations = [TICK * f for f in (0.5, 0.9, 1.0, 1.1, 1.5, 2.0, 2.5)]
    rules = (*(_NearTheLimit(s) for s in durations), _Placeholder())
    engine.lint_text(STORY, Config(select=("WL202",)))  # loaded before the tight limit
    monkeypatch.setattr(engine, "rules_for", lambda config, path=None: rules)
    for _ in range(2):
        result = engine.lint_text(STORY, Config(rule_time_limit=TICK * 1.5), "story.txt")
        assert [d.code for d in result.diagnostics] == ["WL202"]
        assert {c.cause for c in result.crashes} <= {"limit"}


class _Waiting:
    """Waits (as a rule does for a core on a loaded machine) without using the CPU."""

    code, name = "WL597", "waiting"

    def check(self, doc: object, ctx: object) -> Iterator[Diagnostic]:
        import time

        time.sleep(0.6)
        yield from ()


def test_time_spent_waiting_for_a_core_does_not_count(monkeypatch: pytest.MonkeyPatch) -> None:
    # The limit is CPU time: on a busy machine a healthy rule is not stopped because
    # other processes held the cores (where the platform has a per-thread CPU clock).
    import time

    from wirelint import engine

    if not hasattr(time, "pthread_getcpuclockid"):
        pytest.skip("no per-thread CPU clock here: the limit is wall time")
    engine.lint_text(STORY, Config(select=("WL202",)))
    monkeypatch.setattr(engine, "rules_for", lambda config, path=None: (_Waiting(), _Placeholder()))
    result = engine.lint_text(STORY, Config(rule_time_limit=0.3), "story.txt")
    assert [d.code for d in result.diagnostics] == ["WL202"]
    assert result.crashes == []
