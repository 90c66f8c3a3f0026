"""Fixes in place, end to end through the command line: --fix, --unsafe-fixes, --diff.

A story with a placeholder brand in its headline suffix and dateline (WL201: a safe fix
with ``--brand``) and the headline given twice (WL301: an unsafe fix that deletes the
repeat). Each test runs ``wirelint check`` as a user would and looks at the bytes on disk.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from tests.conftest import run_cli

STORY = (
    "Flood hits city\n\n"
    "Flood hits city - Portal\n\n"
    "LONDON, Jan 4 (Portal) - The flood killed 12 people, police said on Thursday.\n\n"
    "Rescue teams worked through the night, the mayor said.\n"
)
SAFE_FIXED = STORY.replace("Portal", "Reuters")
ALL_FIXED = STORY.replace("Flood hits city - Portal\n\n", "").replace("Portal", "Reuters")
ARGS = ("--brand", "Reuters", "--select", "WL201,WL301", "--format", "concise")


def check(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    r = run_cli("check", *ARGS, *args, stdin=stdin)
    return r.code, r.out, r.err


@pytest.fixture
def story(chdir_tmp: Path) -> Path:
    path = chdir_tmp / "story.txt"
    path.write_bytes(STORY.encode("utf-8"))
    return path


def test_report_offers_safe_and_unsafe_fixes(story: Path) -> None:
    code, out, _ = check("story.txt")
    assert code == 1
    assert out.splitlines()[-1] == (
        "3 warnings in 1 file (2 fixable with --fix, 1 more with --unsafe-fixes)."
    )
    assert story.read_bytes() == STORY.encode()


def test_fix_applies_safe_fixes_only_and_reports_what_is_left(story: Path) -> None:
    code, out, _ = check("--fix", "story.txt")
    assert story.read_text(encoding="utf-8") == SAFE_FIXED
    assert code == 1  # the repeated headline is still there
    assert out.splitlines() == [
        "story.txt:3:1: warning[WL301] headline given twice, the second time with `- Reuters` added",
        "1 warning in 1 file; fixed 2 (1 more with --unsafe-fixes).",
    ]


def test_unsafe_fixes_with_fix_apply_everything(story: Path) -> None:
    code, out, _ = check("--fix", "--unsafe-fixes", "story.txt")
    assert story.read_text(encoding="utf-8") == ALL_FIXED
    assert code == 0
    assert out.splitlines() == ["No problems in 1 file; fixed 2."]


def test_unsafe_fixes_alone_write_nothing(story: Path) -> None:
    code, _, _ = check("--unsafe-fixes", "story.txt")
    assert code == 1
    assert story.read_bytes() == STORY.encode()


def test_diff_prints_the_fixes_and_writes_nothing(story: Path) -> None:
    before = story.stat()
    code, out, _ = check("--diff", "story.txt")
    assert code == 1
    assert story.read_bytes() == STORY.encode()
    assert story.stat().st_mtime_ns == before.st_mtime_ns
    assert out.startswith("--- a/story.txt\n+++ b/story.txt\n")
    assert "-Flood hits city - Portal\n+Flood hits city - Reuters\n" in out
    assert "+LONDON, Jan 4 (Reuters) - The flood" in out
    assert "-Flood hits city - Portal\n\n" not in out  # the unsafe deletion is not offered
    # The findings are those of the story as it is on disk, not as the diff would leave it.
    assert "3 warnings in 1 file" in out


def test_diff_with_unsafe_fixes_shows_the_deletion(story: Path) -> None:
    _, out, _ = check("--diff", "--unsafe-fixes", "story.txt")
    assert "-Flood hits city - Portal\n-\n" in out
    assert story.read_bytes() == STORY.encode()


def test_diff_wins_over_fix(story: Path) -> None:
    _, out, _ = check("--diff", "--fix", "story.txt")
    assert out.startswith("--- a/story.txt")
    assert story.read_bytes() == STORY.encode()


def test_clean_story_is_not_rewritten(chdir_tmp: Path) -> None:
    path = chdir_tmp / "clean.txt"
    path.write_text(ALL_FIXED, encoding="utf-8")
    before = path.stat()
    code, out, _ = check("--fix", "--unsafe-fixes", "clean.txt")
    assert (code, out) == (0, "No problems in 1 file.\n")
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_stdin_fix_writes_the_story_to_stdout_and_the_report_to_stderr(chdir_tmp: Path) -> None:
    code, out, err = check("--fix", "-", "--stdin-filename", "desk/story.txt", stdin=STORY.encode())
    assert out == SAFE_FIXED
    assert "desk/story.txt:3:1: warning[WL301]" in err and "fixed 2" in err
    assert code == 1
    assert not Path("desk").exists()


# -- what the write keeps: encoding, BOM, line endings, final newline, mode


@pytest.mark.parametrize(
    ("name", "encode", "args"),
    [
        ("utf-8 BOM", lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"), ()),
        ("utf-16 BOM", lambda s: s.encode("utf-16"), ()),
        ("latin-1", lambda s: s.encode("latin-1"), ("--encoding", "latin-1")),
        ("CRLF", lambda s: s.replace("\n", "\r\n").encode("utf-8"), ()),
        ("lone CR", lambda s: s.replace("\n", "\r").encode("utf-8"), ()),
        ("no final newline", lambda s: s.rstrip("\n").encode("utf-8"), ()),
    ],
)
def test_fix_keeps_the_file_as_it_was_written(
    chdir_tmp: Path, name: str, encode: object, args: tuple[str, ...]
) -> None:
    assert callable(encode)
    story = STORY.replace("the mayor", "the maire of Orléans")  # one non-ASCII letter
    path = chdir_tmp / "story.txt"
    path.write_bytes(encode(story))
    code, out, err = check("--fix", "--unsafe-fixes", *args, "story.txt")
    assert err == "" and code == 0, (name, out, err)
    expected = story.replace("Flood hits city - Portal\n\n", "").replace("Portal", "Reuters")
    assert path.read_bytes() == encode(expected), name


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o755])
def test_fix_keeps_the_mode(story: Path, mode: int) -> None:
    os.chmod(story, mode)
    check("--fix", "story.txt")
    assert stat.S_IMODE(story.stat().st_mode) == mode
    assert story.read_text(encoding="utf-8") == SAFE_FIXED
    assert sorted(p.name for p in story.parent.iterdir()) == ["story.txt"]  # no temp file left


# -- what the write refuses


def test_refuses_a_story_changed_on_disk_since_it_was_read(
    story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editor saves the story while wirelint is linting it: the editor's text wins."""
    import wirelint.engine

    real = wirelint.engine.lint_document
    edited = STORY.replace("12 people", "13 people")

    def lint_while_the_desk_saves(*a: object, **kw: object) -> object:
        story.write_text(edited, encoding="utf-8")
        return real(*a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(wirelint.engine, "lint_document", lint_while_the_desk_saves)
    code, _, err = check("--fix", "story.txt")
    assert code == 2
    assert "story.txt: changed on disk since it was read; not writing fixes (run again)" in err
    assert story.read_text(encoding="utf-8") == edited


def test_after_a_refusal_the_report_describes_the_story_on_disk(
    story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wirelint.output.fixes

    def refuse(*a: object, **kw: object) -> None:
        from wirelint.errors import InputError

        raise InputError("story.txt", "changed on disk since it was read; not writing fixes")

    monkeypatch.setattr(wirelint.output.fixes, "write_atomically", refuse)
    code, out, _ = check("--fix", "story.txt")
    assert code == 2
    assert "WL201" in out and "`- Portal` added" in out
    assert "fixed" not in out


def test_refuses_a_fix_the_encoding_cannot_hold(chdir_tmp: Path) -> None:
    path = chdir_tmp / "story.txt"
    path.write_bytes(STORY.encode("ascii"))
    r = run_cli(
        "check",
        "--brand",
        "Agência",
        "--select",
        "WL201",
        "--encoding",
        "ascii",
        "--fix",
        "story.txt",
    )
    assert r.code == 2
    assert "story.txt: the fix cannot be written in ascii" in r.err
    assert path.read_bytes() == STORY.encode("ascii")


def test_other_stories_are_still_fixed_after_a_refusal(chdir_tmp: Path) -> None:
    (chdir_tmp / "a.txt").write_bytes(STORY.encode("ascii"))
    (chdir_tmp / "b.txt").write_bytes(STORY.encode("ascii"))
    os.chmod(chdir_tmp / "a.txt", 0o644)
    r = run_cli("check", *ARGS, "--fix", "--encoding", "ascii", "a.txt", "b.txt")
    assert r.code == 1  # WL301 left in both; nothing refused
    assert (chdir_tmp / "a.txt").read_text(encoding="ascii") == SAFE_FIXED
    assert (chdir_tmp / "b.txt").read_text(encoding="ascii") == SAFE_FIXED


def test_fix_through_a_symlink_updates_the_target(chdir_tmp: Path) -> None:
    (chdir_tmp / "archive").mkdir()
    target = chdir_tmp / "archive" / "story.txt"
    target.write_text(STORY, encoding="utf-8")
    (chdir_tmp / "story.txt").symlink_to(target)
    check("--fix", "story.txt")
    assert (chdir_tmp / "story.txt").is_symlink()
    assert target.read_text(encoding="utf-8") == SAFE_FIXED


def test_unwritable_folder_is_a_clear_error(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulated: the tests may run as root, for whom a read-only folder is still writable.
    def read_only(*a: object, **kw: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    code, _, err = check("--fix", "story.txt")
    assert code == 2
    assert "story.txt:" in err and "Permission denied" in err
    assert story.read_bytes() == STORY.encode()


def test_diff_with_a_machine_format_keeps_stdout_parseable(story: Path) -> None:
    import json

    r = run_cli(
        "check",
        "--brand",
        "Reuters",
        "--select",
        "WL201",
        "--format",
        "json",
        "--diff",
        "story.txt",
    )
    assert r.code == 1
    assert r.out.startswith("--- a/story.txt\n")
    findings = json.loads(r.err)
    assert {f["code"] for f in findings} == {"WL201"}
    assert story.read_bytes() == STORY.encode()
