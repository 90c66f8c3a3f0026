"""The result cache: a second run over unchanged stories prints the same report without
checking them again, and never serves a result that does not belong to the story."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from tests.test_engine import _Broken
from wirelint import _cache, cli, resultcache
from wirelint.config import Config
from wirelint.resultcache import ResultCache, config_key, prune

HEAD = "Flood hits city\n\n"
TK = HEAD + "LONDON, Jan 4 (Reuters) - The flood killed TK people, police said.\n"
DOUBLED = HEAD + "The mayor said the the water rose overnight.\n"
CLEAN = HEAD + "The river rose by two metres overnight, officials said.\n"


@pytest.fixture
def cache_dir(chdir_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = chdir_tmp / "cache"
    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(folder))
    monkeypatch.delenv("WIRELINT_NO_CACHE", raising=False)
    return folder


@pytest.fixture
def desk(cache_dir: Path) -> Path:
    root = cache_dir.parent / "desk"
    root.mkdir()
    for i, text in enumerate([TK, DOUBLED, CLEAN] * 4):
        (root / f"story{i:02d}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths of the stories actually checked (not served from the cache)."""
    seen: list[str] = []
    real = cli._lint_task

    def counting(task: cli.StoryTask) -> cli.StoryResult:
        seen.append(task.source.path)
        return real(task)

    monkeypatch.setattr(cli, "_lint_task", counting)
    return seen


def _entries(cache_dir: Path) -> list[Path]:
    return sorted((cache_dir / "results").glob("*/*.marshal"))


def test_a_second_run_prints_the_same_report_without_checking(
    desk: Path, cache_dir: Path, checked: list[str]
) -> None:
    first = run_cli("check", "desk", "--jobs", "1", "--color", "never")
    assert len(checked) == 12 and len(_entries(cache_dir)) == 12
    checked.clear()
    second = run_cli("check", "desk", "--jobs", "1", "--color", "never")
    assert checked == []
    assert (second.code, second.out, second.err) == (first.code, first.out, first.err)
    assert "placeholder left in the copy" in second.out


def test_no_cache_checks_everything_and_stores_nothing(
    desk: Path, cache_dir: Path, checked: list[str]
) -> None:
    run_cli("check", "desk", "--no-cache", "--jobs", "1")
    run_cli("check", "desk", "--no-cache", "--jobs", "1")
    assert len(checked) == 24 and not _entries(cache_dir)


def test_an_edited_story_is_checked_again(desk: Path, checked: list[str]) -> None:
    run_cli("check", "desk", "--jobs", "1")
    (desk / "story02.txt").write_text(CLEAN.replace("two", "three"), encoding="utf-8")
    checked.clear()
    run_cli("check", "desk", "--jobs", "1")
    assert checked == [str(Path("desk") / "story02.txt")]


def test_another_configuration_is_checked_again(desk: Path, checked: list[str]) -> None:
    run_cli("check", "desk", "--jobs", "1")
    checked.clear()
    r = run_cli("check", "desk", "--jobs", "1", "--select", "WL402")
    assert len(checked) == 12
    assert "WL202" not in r.out and "WL402" in r.out


def test_the_key_covers_text_path_config_and_packs(cache_dir: Path, tmp_path: Path) -> None:
    cache = ResultCache()
    base = cache.key(TK, "a.txt", Config())
    assert base == ResultCache().key(TK, "a.txt", Config())
    assert base != cache.key(TK + " ", "a.txt", Config())
    assert base != cache.key(TK, "b.txt", Config())
    assert base != cache.key(TK, "a.txt", Config(brand="Reuters"))
    assert base != cache.key(TK, "a.txt", Config(allow=frozenset({"tk"})))
    pack = tmp_path / "desk.toml"
    pack.write_text('placeholder-words = ["TBC"]\n', encoding="utf-8")
    with_pack = cache.key(TK, "a.txt", Config(packs=(pack,)))
    assert with_pack != base
    pack.write_text('placeholder-words = ["TBA"]\n', encoding="utf-8")
    assert ResultCache().key(TK, "a.txt", Config(packs=(pack,))) != with_pack


def test_the_config_key_is_the_same_in_every_process() -> None:
    # Sets print in an order that changes with the hash seed of each process.
    code = (
        "from wirelint.config import Config; from wirelint.resultcache import config_key; "
        "print(config_key(Config(allow=frozenset({'alpha', 'beta', 'gamma', 'delta', 'tk'}))))"
    )
    keys = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        keys.add(out.stdout)
    assert len(keys) == 1
    here = config_key(Config(allow=frozenset({"tk", "delta", "beta", "gamma", "alpha"})))
    assert keys == {here + "\n"}


def test_a_damaged_entry_is_ignored_and_rewritten(
    desk: Path, cache_dir: Path, checked: list[str]
) -> None:
    first = run_cli("check", "desk", "--jobs", "1")
    entries = _entries(cache_dir)
    entries[0].write_bytes(entries[0].read_bytes()[:20])
    entries[1].write_bytes(b"not an entry")
    checked.clear()
    second = run_cli("check", "desk", "--jobs", "1")
    assert second.out == first.out and len(checked) == 2
    checked.clear()
    run_cli("check", "desk", "--jobs", "1")
    assert checked == []


def test_fix_recomputes_fixes_instead_of_reading_them(desk: Path) -> None:
    run_cli("check", "desk", "--jobs", "1")  # fills the cache, fixes included
    twin = desk.parent / "twin"
    twin.mkdir()
    for path in desk.iterdir():
        (twin / path.name).write_bytes(path.read_bytes())
    cached = run_cli("check", "desk", "--fix", "--jobs", "1")
    fresh = run_cli("check", "twin", "--fix", "--no-cache", "--jobs", "1")
    assert cached.out.replace("desk/", "twin/") == fresh.out
    for path in desk.iterdir():
        assert path.read_bytes() == (twin / path.name).read_bytes()
    assert (desk / "story01.txt").read_text(encoding="utf-8") == DOUBLED.replace("the the", "the")
    # The fixed story is now cached as it is on disk: the next run reports what is left.
    again = run_cli("check", "desk", "--jobs", "1")
    assert again.out == run_cli("check", "desk", "--no-cache", "--jobs", "1").out


def test_a_result_with_a_crash_is_not_kept(
    desk: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wirelint import engine

    monkeypatch.setattr(engine, "rules_for", lambda config, path=None: (_Broken(),))
    run_cli("check", "desk", "--jobs", "1")
    assert not _entries(cache_dir)
    r = run_cli("check", "desk", "--jobs", "1")
    assert r.err.count("crashed: KeyError") == 12


def test_a_cache_folder_that_cannot_be_written_is_said_once(
    desk: Path, cache_dir: Path, checked: list[str]
) -> None:
    cache_dir.mkdir()
    (cache_dir / "results").write_text("a file where the folder should be", encoding="utf-8")
    fresh = run_cli("check", "desk", "--no-cache", "--jobs", "1")
    r = run_cli("check", "desk", "--jobs", "1")
    assert r.code == fresh.code == 1 and r.out == fresh.out
    assert r.err.count("wirelint: warning: the result cache") == 1
    assert "checking without it" in r.err


def test_a_full_disk_is_said_once_and_nothing_half_written(
    desk: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(_cache, "write_atomically", full)
    r = run_cli("check", "desk", "--jobs", "1")
    assert r.code == 1 and r.err.count("No space left on device") == 1
    assert not _entries(cache_dir)


def test_two_processes_fill_the_cache_at_once(desk: Path, cache_dir: Path) -> None:
    for i in range(12, 60):
        (desk / f"story{i:02d}.txt").write_text([TK, DOUBLED, CLEAN][i % 3], encoding="utf-8")
    env = {**os.environ, "WIRELINT_CACHE_DIR": str(cache_dir)}
    env.pop("WIRELINT_NO_CACHE", None)
    cmd = [sys.executable, "-m", "wirelint", "check", "desk", "--jobs", "1", "--color", "never"]
    runs = [
        subprocess.Popen(cmd, env=env, cwd=desk.parent, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=120)[0] for p in runs]
    expected = run_cli("check", "desk", "--no-cache", "--jobs", "1", "--color", "never").out
    assert outs == [expected, expected]
    assert len(_entries(cache_dir)) == 60
    assert not list((cache_dir / "results").glob("*/.tmp-*"))
    assert run_cli("check", "desk", "--jobs", "1", "--color", "never").out == expected


def test_pruning_drops_old_entries_then_the_least_recently_used(tmp_path: Path) -> None:
    now = time.time()
    folder = tmp_path / "results"
    ages = {"aa": 40 * 86400, "bb": 3 * 86400, "cc": 2 * 86400, "dd": 60}
    for name, age in ages.items():
        entry = folder / name / "entry.marshal"
        entry.parent.mkdir(parents=True)
        entry.write_bytes(b"x" * 1000)
        os.utime(entry, (now - age, now - age))
    removed = prune(folder, max_bytes=2500, now=now)
    left = sorted(p.parent.name for p in folder.glob("*/*.marshal"))
    assert removed == 2 and left == ["cc", "dd"]
    # Pruned a moment ago: the next run does not walk the folder again.
    (folder / "dd" / "entry.marshal").touch()
    os.utime(folder / "dd" / "entry.marshal", (now - 90 * 86400, now - 90 * 86400))
    assert prune(folder, now=now + 60) == 0
    assert prune(folder, now=now + 2 * resultcache.PRUNE_EVERY_SECONDS) == 1


def test_the_cache_lives_in_the_folder_the_readme_names(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("WIRELINT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert resultcache.results_dir() == tmp_path / "wirelint" / "results"
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "--no-cache" in readme and "WIRELINT_CACHE_DIR" in readme


def test_a_cached_story_loads_no_rules(desk: Path, cache_dir: Path) -> None:
    # What makes a pre-commit hook over unchanged stories cheap: no rule, pack or parser.
    code = (
        "import runpy, sys\n"
        "sys.argv = ['wirelint', 'check', 'desk/story00.txt', '--jobs', '1']\n"
        "try:\n"
        "    runpy.run_module('wirelint', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('wirelint')), file=sys.stderr)\n"
    )
    env = {**os.environ, "WIRELINT_CACHE_DIR": str(cache_dir)}
    env.pop("WIRELINT_NO_CACHE", None)
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], env=env, cwd=desk.parent, capture_output=True, text=True
        )
        for _ in range(2)
    ]
    first, second = (r.stderr.splitlines()[-1] for r in runs)
    assert runs[0].stdout == runs[1].stdout and "placeholder" in runs[1].stdout
    for module in (
        "wirelint.document.model",
        "wirelint.engine",
        "wirelint.rules.wl202_placeholder_text",
    ):
        assert module in first and module not in second
