"""`wirelint learn`: a house pack derived from an archive, used by WL103 on a story alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from wirelint.packs import load_pack_file


def zelenskyy(spelling: str, day: int) -> str:
    return (
        f"Talks go on\n\nFriday, March {day}, 2019\n\nUkrainian President Volodymyr {spelling} "
        f"said on Monday that the talks would go on, and {spelling} thanked the envoys.\n"
    )


def monica(first: str, last: str) -> str:
    return f"Interview\n\n{first} {last} said on Tuesday that she would write a book about it.\n"


def write(root: Path, stories: dict[str, str]) -> Path:
    for name, text in stories.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


ARCHIVE = {
    **{f"2019/z{i}.txt": zelenskyy("Zelenskyy", i + 1) for i in range(4)},
    "2019/z9.txt": zelenskyy("Zelenskiy", 9),
    # Two people whose first names look alike: their surnames tell them apart.
    **{f"2019/m{i}.txt": monica("Monica", "Lewinsky") for i in range(3)},
    "2019/m9.txt": monica("Monika", "Olejnik"),
    # British spelling in most stories.
    **{
        f"2019/uk{i}.txt": "Head\n\nThe council organised a programme for the harbour.\n"
        for i in range(3)
    },
    "2019/us.txt": "Head\n\nThe color of the center was favored by the council.\n",
}


def test_learn_writes_a_reviewable_pack_that_wl103_uses(tmp_path: Path) -> None:
    archive = write(tmp_path / "archive", ARCHIVE)
    pack = tmp_path / "house.toml"
    result = run_cli("learn", str(archive), "--output", str(pack))
    assert result.code == 0, result.err
    text = pack.read_text(encoding="utf-8")
    assert '"Zelenskiy" = "Zelenskyy"' in text
    assert "# Zelenskyy: 4 stories (8 uses, 2019-03-01 to 2019-03-04); Zelenskiy: 1 story" in text
    assert "Monika" not in text
    assert "3 stories in UK spelling, 1 in US spelling" in text and 'dialect = "en-GB"' in text
    assert load_pack_file(pack)["stylebook"] == {"Zelenskiy": "Zelenskyy"}

    # A story checked alone, with the house pack listed: WL103 reports the odd spelling.
    desk = write(tmp_path / "desk", {"new.txt": zelenskyy("Zelenskiy", 20)})
    (desk / ".wirelint.toml").write_text(f"packs = [{json.dumps(str(pack))}]\n", encoding="utf-8")
    checked = run_cli("check", "--select", "WL103", "--format", "json", str(desk / "new.txt"))
    found = json.loads(checked.out)
    assert [(f["code"], f["fixes"][0]["edits"][0]["replacement"]) for f in found] == [
        ("WL103", "Zelenskyy"),
        ("WL103", "Zelenskyy"),
    ]


def test_recurring_unknown_words_in_brand_slots_are_listed_for_review(tmp_path: Path) -> None:
    stories = {
        f"s{i}.txt": f"Flood\n\nLONDON, Jan {i} (Daily Planet) - Roads closed, police said.\n"
        for i in range(1, 4)
    }
    stories["r.txt"] = "Flood\n\nLONDON, Jan 9 (Reuters) - Roads closed, police said.\n"
    archive = write(tmp_path / "archive", stories)
    pack = tmp_path / "house.toml"
    assert run_cli("learn", str(archive), "--output", str(pack)).code == 0
    text = pack.read_text(encoding="utf-8")
    assert '# brand-placeholders = ["Daily Planet"]  # 3 stories' in text
    assert "Reuters" not in text  # a known agency
    assert "brand-placeholders" not in load_pack_file(pack)  # for review only


def test_the_stylebook_decides_before_the_archive(tmp_path: Path) -> None:
    # The archive writes `Kiev` (2004 copy); the bundled stylebook says `Kyiv`: no entry
    # that would fight it.
    stories = {
        f"s{i}.txt": "Head\n\nMissiles hit Kiev on Monday, officials said.\n" for i in range(4)
    }
    stories["odd.txt"] = "Head\n\nMissiles hit Kyiv on Monday, officials said.\n"
    archive = write(tmp_path / "archive", stories)
    pack = tmp_path / "house.toml"
    assert run_cli("learn", str(archive), "--output", str(pack)).code == 0
    assert load_pack_file(pack).get("stylebook", {}) == {}


def test_learn_on_dask_writes_the_same_pack(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    archive = write(tmp_path / "archive", ARCHIVE)
    here, there = tmp_path / "here.toml", tmp_path / "there.toml"
    assert run_cli("learn", str(archive), "--output", str(here)).code == 0
    assert run_cli("learn", str(archive), "--workers", "2", "--output", str(there)).code == 0
    assert here.read_text(encoding="utf-8") == there.read_text(encoding="utf-8")


def test_bad_input(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    empty = run_cli("learn", str(tmp_path / "empty"), "--output", str(tmp_path / "house.toml"))
    assert empty.code == 2 and "no stories to learn from" in empty.err
    assert not (tmp_path / "house.toml").exists()
    archive = write(tmp_path / "archive", ARCHIVE)
    missing = run_cli("learn", str(archive), "--output", str(tmp_path / "nope" / "house.toml"))
    assert missing.code == 2 and "does not exist" in missing.err
