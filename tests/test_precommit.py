"""The pre-commit hooks as a newsroom runs them: real git, real pre-commit, real install.

Slow (pre-commit builds a virtualenv and pip-installs wirelint from source, twice:
once for ``try-repo``, once for the installed git hook), so marked ``slow``; it still
runs by default, in CI too. It needs the package index (or the mirror pip is
configured for) to build the package; it skips, saying why, only when git or
pre-commit is missing.

pre-commit clones hook repositories at a commit: ``try-repo`` takes the repository's
HEAD plus its staged and tracked changes, but not untracked files. So the test
snapshots this checkout's working tree (tracked and untracked, minus what .gitignore
ignores) into a fresh repository and points pre-commit at that: the hooks tested are
the ones in the working tree, on a clean CI clone and on a developer's dirty tree alike.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow

TIMEOUT = 300  # seconds per command; a normal run of the whole module takes well under 2 minutes

DAMAGED = (
    "Flood hits city\n\n"
    "LONDON, Jan 4 (Reuters) - The flood killed TK people, police said on Thursday.\n\n"
    "Rescue teams worked through the night, the mayor said.\n"
)
FIXED = DAMAGED.replace("TK", "12")
# A placeholder brand in the dateline: with `brand` set, wirelint-fix replaces it (a safe fix).
PLACEHOLDER_BRAND = FIXED.replace("(Reuters)", "(Portal)")
# Only the parts needed to build and install the package when the checkout is not a git work tree.
BUILD_PATHS = (
    "pyproject.toml",
    "README.md",
    "LICENSE",
    ".pre-commit-hooks.yaml",
    "wirelint",
    "rules",
)


def _pre_commit() -> list[str]:
    if importlib.util.find_spec("pre_commit") is not None:
        return [sys.executable, "-m", "pre_commit"]
    exe = shutil.which("pre-commit")
    if exe is None:
        pytest.skip("pre-commit is not installed (pip install pre-commit); the hook test needs it")
    return [exe]


@pytest.fixture(scope="module")
def tools() -> list[str]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed; pre-commit hooks need a git repository")
    return _pre_commit()


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    # No user or system git config: a global core.hooksPath or commit.gpgsign would
    # change what `pre-commit install` and `git commit` do.
    empty = tmp_path_factory.mktemp("git-config") / "gitconfig"
    empty.write_text("", encoding="utf-8")
    out.update(
        GIT_CONFIG_GLOBAL=str(empty),
        GIT_AUTHOR_NAME="Test Desk",
        GIT_AUTHOR_EMAIL="desk@example.com",
        GIT_COMMITTER_NAME="Test Desk",
        GIT_COMMITTER_EMAIL="desk@example.com",
        GIT_CONFIG_NOSYSTEM="1",
        PRE_COMMIT_HOME=str(tmp_path_factory.mktemp("pre-commit-home")),
        NO_COLOR="1",
    )
    return out


def run(
    cmd: Sequence[str], cwd: Path, env: dict[str, str], *, check: bool = False
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        list(cmd),
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=TIMEOUT,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}")
    return proc


def git(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return run(
        ["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args],
        cwd,
        env,
        check=True,
    )


def _checkout_files() -> list[Path]:
    proc = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    if proc.returncode == 0:
        names = [n for n in proc.stdout.decode("utf-8", "surrogateescape").split("\0") if n]
        return [Path(n) for n in names if (REPO / n).is_file()]
    files = []
    for name in BUILD_PATHS:
        path = REPO / name
        if path.is_file():
            files.append(Path(name))
        elif path.is_dir():
            files += [
                p.relative_to(REPO)
                for p in path.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts
            ]
    return files


@pytest.fixture(scope="module")
def hook_repo(
    tools: list[str], env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, str]:
    """This checkout's working tree, committed in a repository of its own: (path, commit)."""
    snap = tmp_path_factory.mktemp("wirelint-hook-repo")
    for rel in _checkout_files():
        (snap / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / rel, snap / rel)
    assert (snap / ".pre-commit-hooks.yaml").is_file()
    git(snap, env, "init", "-q")
    git(snap, env, "add", "-A")
    git(snap, env, "commit", "-q", "--no-verify", "-m", "wirelint snapshot")
    sha = git(snap, env, "rev-parse", "HEAD").stdout.strip()
    return snap, sha


@pytest.fixture
def newsroom(tmp_path: Path, env: dict[str, str]) -> Path:
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git(repo, env, "init", "-q")
    (repo / "README").write_text("Desk notes TK\n", encoding="utf-8")  # not a story: never linted
    git(repo, env, "add", "README")
    git(repo, env, "commit", "-q", "-m", "start")
    return repo


def test_manifest_and_our_own_config_are_valid(tools: list[str], env: dict[str, str]) -> None:
    run([*tools, "validate-manifest", str(REPO / ".pre-commit-hooks.yaml")], REPO, env, check=True)
    run([*tools, "validate-config", str(REPO / ".pre-commit-config.yaml")], REPO, env, check=True)


def test_try_repo_blocks_a_damaged_story_with_diagnostics(
    tools: list[str], env: dict[str, str], hook_repo: tuple[Path, str], newsroom: Path
) -> None:
    snap, _ = hook_repo
    (newsroom / "story.txt").write_text(DAMAGED, encoding="utf-8")
    (newsroom / "notes.rst").write_text(DAMAGED, encoding="utf-8")  # not a story type
    git(newsroom, env, "add", "story.txt", "notes.rst")
    proc = run(
        [*tools, "try-repo", str(snap), "wirelint", "--color", "never", "--all-files"],
        newsroom,
        env,
    )
    assert proc.returncode == 1, proc.stdout
    assert "wirelint" in proc.stdout and "Failed" in proc.stdout
    assert "story.txt:3:44: error[WL202] placeholder left in the copy" in proc.stdout
    assert "notes.rst" not in proc.stdout and "README" not in proc.stdout.split("Using config")[1]


def test_commit_is_blocked_until_the_story_is_fixed(
    tools: list[str], env: dict[str, str], hook_repo: tuple[Path, str], newsroom: Path
) -> None:
    snap, sha = hook_repo
    config = f"repos:\n  - repo: {snap}\n    rev: {sha}\n    hooks:\n      - id: wirelint\n"
    (newsroom / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    run([*tools, "install"], newsroom, env, check=True)
    story = newsroom / "story.txt"
    story.write_text(DAMAGED, encoding="utf-8")
    git(newsroom, env, "add", ".pre-commit-config.yaml", "story.txt")

    blocked = run(["git", "commit", "-m", "flood story"], newsroom, env)
    assert blocked.returncode != 0, blocked.stdout
    assert "story.txt:3:44: error[WL202] placeholder left in the copy" in blocked.stdout
    assert "1 error in 1 file." in blocked.stdout
    assert git(newsroom, env, "log", "--format=%s").stdout.split() == ["start"]

    story.write_text(FIXED, encoding="utf-8")
    git(newsroom, env, "add", "story.txt")
    passed = run(["git", "commit", "-m", "flood story"], newsroom, env)
    assert passed.returncode == 0, passed.stdout
    assert "wirelint" in passed.stdout and "Passed" in passed.stdout

    # The fix hook: a safe fix is applied in place, which blocks the commit once
    # (pre-commit reports the file as modified); committing the fixed file passes.
    config = config.replace("id: wirelint\n", "id: wirelint-fix\n")
    (newsroom / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    (newsroom / ".wirelint.toml").write_text('brand = "Reuters"\n', encoding="utf-8")
    story.write_text(PLACEHOLDER_BRAND, encoding="utf-8")
    git(newsroom, env, "add", ".pre-commit-config.yaml", ".wirelint.toml", "story.txt")
    fixing = run(["git", "commit", "-m", "brand"], newsroom, env)
    assert fixing.returncode != 0, fixing.stdout
    assert "files were modified by this hook" in fixing.stdout
    assert story.read_text(encoding="utf-8") == FIXED
    git(newsroom, env, "add", "story.txt")
    done = run(["git", "commit", "-m", "brand"], newsroom, env)
    assert done.returncode == 0, done.stdout
