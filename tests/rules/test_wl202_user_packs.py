"""WL202 with a newsroom's own placeholder patterns: they work, and a runaway one is stopped."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli

STORY = (
    "Ministry says talks will resume\n\n"
    "GENEVA, March 3 (Reuters) - Talks will resume on Monday, the ministry said. "
    "The desk note %%CHECK SPELLING%% was left in the copy.\n"
)


def _project(tmp_path: Path, pack: str, story: str = STORY) -> Path:
    (tmp_path / "desk.toml").write_text(pack, encoding="utf-8")
    (tmp_path / ".wirelint.toml").write_text('packs = ["desk.toml"]\n', encoding="utf-8")
    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    return path


def test_a_desk_pattern_finds_its_own_placeholders(tmp_path: Path) -> None:
    story = _project(
        tmp_path,
        '[placeholder-patterns.desk-note]\npattern = "%%[A-Z ]+%%"\nmessage = "desk note"\n',
    )
    result = run_cli("check", "--format", "concise", "--select", "WL202", str(story))
    assert result.code == 1
    assert "placeholder left in the copy: desk note `%%CHECK SPELLING%%`" in result.out


def test_a_pattern_that_backtracks_without_end_is_named_and_the_check_goes_on(
    tmp_path: Path,
) -> None:
    story = _project(
        tmp_path,
        '[placeholder-patterns.runaway]\npattern = "(a|aa)+b"\nmessage = "never"\n',
        STORY + "\n" + "a" * 80 + "\n",
    )
    result = run_cli("check", "--format", "concise", "--select", "WL202,WL402", str(story))
    assert result.code == 2
    assert "rule WL202 (placeholder-text) stopped: pattern `runaway`" in result.err
    assert "desk.toml" in result.err and "please report" not in result.err


def test_an_optional_slot_that_takes_no_part_is_not_reported(tmp_path: Path) -> None:
    story = _project(
        tmp_path,
        '[placeholder-patterns.maybe]\npattern = "NOTE(?: (?P<slot>TK))?:"\nmessage = "note"\n',
        STORY + "\nNOTE: the figure is final. NOTE TK: the figure.\n",
    )
    result = run_cli("check", "--format", "concise", "--select", "WL202", str(story))
    assert result.code == 1, result.err
    assert result.out.count("placeholder left in the copy: note `TK`") == 1
