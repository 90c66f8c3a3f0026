"""The command line as users run it: formats, exit codes, bad input, config."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import run_cli

STORY = "Flood hits city\n\nLONDON, Jan 4 (Reuters) - The flood killed TK people, police said.\n"


@pytest.fixture
def story(chdir_tmp: Path) -> Path:
    path = chdir_tmp / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_text_output_is_compiler_style(story: Path) -> None:
    r = run_cli("check", "story.txt", "--color", "never")
    assert r.code == 1
    assert r.out.startswith("story.txt:3:44: error[WL202] placeholder left in the copy")
    lines = r.out.splitlines()
    assert lines[2] == "3 | LONDON, Jan 4 (Reuters) - The flood killed TK people, police said."
    assert lines[3] == "  |                                            ^^"
    assert lines[-1] == "1 error in 1 file."


def test_check_is_the_default_command(story: Path) -> None:
    assert run_cli("story.txt").code == 1


def test_concise_and_github_formats(story: Path) -> None:
    r = run_cli("check", "--format", "concise", "story.txt")
    assert r.out.splitlines()[0].startswith("story.txt:3:44: error[WL202]")
    r = run_cli("check", "--format", "github", "story.txt")
    assert r.out.startswith(
        "::error file=story.txt,line=3,col=44,endLine=3,endColumn=46,title=WL202 placeholder-text::"
    )


def test_json_contract(story: Path) -> None:
    r = run_cli("check", "--format", "json", "story.txt")
    [item] = json.loads(r.out)
    assert list(item) == [
        "path",
        "code",
        "rule",
        "severity",
        "message",
        "line",
        "column",
        "end_line",
        "end_column",
        "notes",
        "fixes",
    ]
    assert (item["line"], item["column"], item["end_line"], item["end_column"]) == (3, 44, 3, 46)
    assert item["severity"] == "error" and item["rule"] == "placeholder-text"


def test_colour_only_when_asked_or_on_a_terminal(
    story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "\x1b[" not in run_cli("check", "story.txt").out  # not a terminal
    assert "\x1b[" in run_cli("check", "--color", "always", "story.txt").out
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run_cli("check", "story.txt").out


def test_fail_on_and_exit_zero(story: Path) -> None:
    assert run_cli("check", "--exit-zero", "story.txt").code == 0
    clean = Path("clean.txt")
    clean.write_text("Calm day\n\nNothing happened today, officials said.\n", encoding="utf-8")
    assert run_cli("check", "clean.txt", "--select", "WL202").code == 0


def test_rules_and_rule_docs() -> None:
    r = run_cli("rules")
    assert r.code == 0 and "WL202  placeholder-text" in r.out
    r = run_cli("rule", "WL202")
    assert r.code == 0
    for heading in ("What it does", "Why it matters", "Example"):
        assert heading in r.out
    assert run_cli("rule", "placeholder-text").code == 0
    bad = run_cli("rule", "WL999")
    assert bad.code == 2 and "no rule 'WL999'" in bad.err


def test_stdin_with_a_filename(chdir_tmp: Path) -> None:
    r = run_cli("check", "-", "--stdin-filename", "drafts/story.txt", stdin=STORY.encode())
    assert r.code == 1
    assert r.out.startswith("drafts/story.txt:3:44: error[WL202]")


# -- bad input: a clear one-line error naming the file, exit 2, other files still linted


def test_missing_file_and_good_file_together(story: Path) -> None:
    r = run_cli("check", "nope.txt", "story.txt")
    assert r.code == 2
    assert "wirelint: error: nope.txt: no such file or directory" in r.err
    assert "error[WL202]" in r.out


def test_directory_without_stories(chdir_tmp: Path) -> None:
    (chdir_tmp / "empty").mkdir()
    (chdir_tmp / "empty" / "image.png").write_bytes(b"\x89PNG")
    r = run_cli("check", "empty")
    assert r.code == 2 and "empty: no stories (*.txt, *.md) in this directory" in r.err


def test_invalid_utf8_says_where(chdir_tmp: Path) -> None:
    Path("latin.txt").write_bytes("Head\n\nThe caf\xe9 closed.\n".encode("latin-1"))
    r = run_cli("check", "latin.txt")
    assert r.code == 2
    assert "latin.txt: not valid UTF-8 at line 3, column 8 (byte 0xE9)" in r.err
    assert run_cli("check", "--encoding", "latin-1", "latin.txt", "--select", "WL202").code == 0


def test_binary_empty_and_huge_files(chdir_tmp: Path) -> None:
    Path("photo.txt").write_bytes(b"\x00\x01\x02binary\x00")
    Path("empty.txt").write_text("  \n\n", encoding="utf-8")
    with open("huge.txt", "wb") as fh:  # 50 MB, sparse: must be refused without reading it
        fh.truncate(50 * 1024 * 1024)
    r = run_cli("check", "photo.txt", "empty.txt", "huge.txt")
    assert r.code == 2
    assert "photo.txt: binary file" in r.err
    assert "empty.txt: empty file" in r.err
    assert "huge.txt: too large to be a story (52.4 MB > 10 MB limit)" in r.err


def test_utf8_bom_and_utf16_are_read(chdir_tmp: Path) -> None:
    Path("bom.txt").write_bytes(b"\xef\xbb\xbf" + STORY.encode())
    Path("wide.txt").write_bytes(STORY.encode("utf-16"))
    r = run_cli("check", "--format", "concise", "bom.txt", "wide.txt")
    assert r.code == 1
    assert "bom.txt:3:44: error[WL202]" in r.out
    assert "wide.txt:3:44: error[WL202]" in r.out


def test_folders_are_walked_with_include_and_exclude(chdir_tmp: Path) -> None:
    (chdir_tmp / "desk" / "archive").mkdir(parents=True)
    (chdir_tmp / "desk" / "a.txt").write_text(STORY, encoding="utf-8")
    (chdir_tmp / "desk" / "b.md").write_text("# Head\n\nBody TK here.\n", encoding="utf-8")
    (chdir_tmp / "desk" / "archive" / "old.txt").write_text(STORY, encoding="utf-8")
    (chdir_tmp / "desk" / "notes.rst").write_text(STORY, encoding="utf-8")
    r = run_cli("check", "--format", "concise", "--exclude", "archive", "desk")
    paths = sorted({line.split(":")[0] for line in r.out.splitlines() if "error[" in line})
    assert paths == [os.path.join("desk", "a.txt"), os.path.join("desk", "b.md")]


# -- configuration


def test_pyproject_config_is_found_by_walking_up(chdir_tmp: Path) -> None:
    (chdir_tmp / "pyproject.toml").write_text(
        '[tool.wirelint]\nignore = ["WL202"]\n', encoding="utf-8"
    )
    (chdir_tmp / "desk").mkdir()
    (chdir_tmp / "desk" / "s.txt").write_text(STORY, encoding="utf-8")
    assert run_cli("check", "desk/s.txt", "--select", "WL2").code == 0


def test_unknown_config_key_names_file_line_and_key(chdir_tmp: Path) -> None:
    Path(".wirelint.toml").write_text('brand = "Reuters"\nselct = ["WL1"]\n', encoding="utf-8")
    Path("s.txt").write_text(STORY, encoding="utf-8")
    r = run_cli("check", "s.txt")
    assert r.code == 2
    assert ".wirelint.toml:2: `selct`: unknown key (did you mean `select`?)" in r.err


def test_bad_config_values(chdir_tmp: Path) -> None:
    Path("s.txt").write_text(STORY, encoding="utf-8")
    for body, expected in [
        ('dialect = "en-AU"', "`dialect`: expected one of auto, en-US, en-GB"),
        ('select = ["WL9"]', "`select`: unknown rule or prefix 'WL9'"),
        ('[severity]\nWL202 = "loud"', "`WL202`: unknown severity 'loud'"),
        ("[options.WL202]\nnope = 1", "`nope`: WL202 has no option `nope`"),
        ("brand = [", "not valid TOML"),
    ]:
        Path(".wirelint.toml").write_text(body + "\n", encoding="utf-8")
        r = run_cli("check", "s.txt")
        assert r.code == 2, body
        assert expected in r.err, (body, r.err)


def test_severity_override_and_fail_on(chdir_tmp: Path) -> None:
    Path(".wirelint.toml").write_text('[severity]\nplaceholder-text = "info"\n', encoding="utf-8")
    Path("s.txt").write_text(STORY, encoding="utf-8")
    r = run_cli("check", "s.txt", "--select", "WL202")
    assert r.code == 0 and "info[WL202]" in r.out
    assert run_cli("check", "s.txt", "--select", "WL202", "--fail-on", "info").code == 1


def test_per_file_ignores_and_allow(chdir_tmp: Path) -> None:
    Path("pyproject.toml").write_text(
        '[tool.wirelint]\n[tool.wirelint.per-file-ignores]\n"wires/*.txt" = ["WL202"]\n',
        encoding="utf-8",
    )
    Path("wires").mkdir()
    Path("wires/s.txt").write_text(STORY, encoding="utf-8")
    Path("s.txt").write_text(STORY, encoding="utf-8")
    assert run_cli("check", "wires/s.txt", "--select", "WL202").code == 0
    assert run_cli("check", "s.txt", "--select", "WL202").code == 1
    Path(".wirelint.toml").write_text('allow = ["TK"]\n', encoding="utf-8")
    assert run_cli("check", "s.txt", "--select", "WL202").code == 0


def test_explicit_config_file(chdir_tmp: Path) -> None:
    Path("house.toml").write_text('ignore = ["placeholder-text"]\n', encoding="utf-8")
    Path("s.txt").write_text(STORY, encoding="utf-8")
    assert run_cli("check", "--config", "house.toml", "--select", "WL2", "s.txt").code == 0
    assert run_cli("check", "--config", "missing.toml", "s.txt").code == 2


def test_user_pack_extends_and_bad_pack_fails_clearly(chdir_tmp: Path) -> None:
    Path("house.toml").write_text('[placeholder-words]\nHOLD = "HOLD marker"\n', encoding="utf-8")
    Path(".wirelint.toml").write_text('packs = ["house.toml"]\n', encoding="utf-8")
    Path("s.txt").write_text("Head\n\nThe vote is HOLD today.\n", encoding="utf-8")
    r = run_cli("check", "s.txt", "--select", "WL202", "--format", "concise")
    assert r.code == 1 and "HOLD marker" in r.out
    Path("house.toml").write_text(
        '[pack]\nname = "house"\n\n[placeholder-wrods]\nX = "y"\n', encoding="utf-8"
    )
    r = run_cli("check", "s.txt")
    assert r.code == 2
    assert "house.toml:4: `placeholder-wrods`: unknown section" in r.err
    Path("house.toml").write_text(
        '[placeholder-patterns.bad]\npattern = "(["\nmessage = "x"\n', encoding="utf-8"
    )
    r = run_cli("check", "s.txt")
    assert (
        r.code == 2 and "house.toml:1: `placeholder-patterns.bad`: bad regular expression" in r.err
    )


# -- suppressions that live in the story


def test_ignore_comment_silences_the_next_paragraph_only(chdir_tmp: Path) -> None:
    text = (
        "Head\n\n<!-- wirelint: ignore WL202 -->\nThe toll was TK on Monday.\n\n"
        "The toll was TK on Tuesday.\n"
    )
    Path("s.txt").write_text(text, encoding="utf-8")
    r = run_cli("check", "--format", "json", "s.txt", "--select", "WL202")
    assert [d["line"] for d in json.loads(r.out)] == [6]


def test_ignore_file_and_disable_enable(chdir_tmp: Path) -> None:
    text = "Head\n\n<!-- wirelint: ignore-file placeholder-text -->\n\nThe toll was TK.\n"
    Path("s.txt").write_text(text, encoding="utf-8")
    assert run_cli("check", "s.txt", "--select", "WL202").code == 0
    text = "Head\n\n<!-- wirelint: disable WL2 -->\n\nTK one.\n\nTK two.\n\n<!-- wirelint: enable WL2 -->\n\nTK three.\n"
    Path("s.txt").write_text(text, encoding="utf-8")
    r = run_cli("check", "--format", "json", "s.txt", "--select", "WL202")
    assert [d["line"] for d in json.loads(r.out)] == [11]


def test_output_file(story: Path) -> None:
    r = run_cli("check", "--format", "json", "--output-file", "report.json", "story.txt")
    assert r.code == 1 and r.out == ""
    assert json.loads(Path("report.json").read_text(encoding="utf-8"))[0]["code"] == "WL202"
