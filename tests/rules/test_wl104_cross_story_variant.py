"""WL104 cross-story-variant: a batch of stories checked together (`wirelint check --across`)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import corpus_files, run_cli
from wirelint.analysis.across import active, build_batch
from wirelint.config import Config
from wirelint.document.model import parse_document
from wirelint.engine import lint_document


def story(name: str, dateline: str = "KYIV, March 3 (Reuters) - ") -> str:
    return (
        f"Talks go on\n\n{dateline}Ukrainian President Volodymyr {name} said on Monday that "
        f"talks would go on. {name} spoke to reporters after the meeting.\n"
    )


def check_batch(stories: dict[str, str], **config: object) -> dict[str, list[str]]:
    """WL104 findings per story of the batch: the text under each finding."""
    cfg = Config(select=("WL104",), **config)  # type: ignore[arg-type]
    docs = [parse_document(text, path) for path, text in stories.items()]
    found: dict[str, list[str]] = {}
    with active(build_batch(docs, cfg)):
        for doc in docs:
            result = lint_document(doc, cfg)
            hits = [doc.slice(d.span) for d in result.diagnostics]
            if hits:
                found[doc.path or ""] = hits
    return found


def test_the_odd_story_of_a_batch_is_flagged_at_every_mention() -> None:
    batch = {f"{n}.txt": story("Zelenskyy") for n in "abc"}
    batch["d.txt"] = story("Zelenskiy")
    assert check_batch(batch) == {"d.txt": ["Zelenskiy", "Zelenskiy"]}


def test_a_three_letter_name_and_a_longer_one_are_two_names_across_a_batch() -> None:
    # bbc/politics: `Ian` (McCartney, Blair's ministers) in four stories, `Iran` in a fifth.
    ian = (
        "Minister\n\nLabour minister Ian Pearson said the party would fight on. Ian spoke later.\n"
    )
    iran = "Sanctions\n\nThe minister said talks with Iran would go on next week.\n"
    batch = {f"{n}.txt": ian for n in "abcd"}
    batch["e.txt"] = iran
    assert check_batch(batch) == {}


def test_message_notes_and_fix_name_the_batch_spelling() -> None:
    cfg = Config(select=("WL104",))
    docs = [parse_document(story("Zelenskyy"), f"{n}.txt") for n in "abc"]
    odd = parse_document(story("Zelenskiy"), "d.txt")
    with active(build_batch([*docs, odd], cfg)):
        d = lint_document(odd, cfg).diagnostics[0]
    assert d.code == "WL104"
    assert "`Zelenskyy` in 3 of 4 stories" in d.message
    assert [n.message for n in d.notes] == [f"`Zelenskyy` in {n}.txt:3" for n in "abc"]
    assert d.fixes[0].edits[0].replacement == "Zelenskyy"
    assert d.fixes[0].applicability.value == "unsafe"


def test_a_story_checked_alone_has_no_batch() -> None:
    cfg = Config(select=("WL104",))
    assert lint_document(parse_document(story("Zelenskiy"), "d.txt"), cfg).diagnostics == []


def test_the_stylebook_decides_before_the_batch() -> None:
    # Three stories write `Kiev`, one `Kyiv`: the stylebook says Kyiv, so WL103 reports
    # the three and WL104 keeps quiet about the one.
    batch = {
        f"{n}.txt": "Head\n\nMissiles hit Kiev on Monday, officials in Kiev said.\n" for n in "abc"
    }
    batch["d.txt"] = "Head\n\nMissiles hit Kyiv on Monday, officials in Kyiv said.\n"
    assert check_batch(batch) == {}


def test_a_spelling_allowed_in_the_configuration_is_the_one_to_use() -> None:
    batch = {f"{n}.txt": story("Zelenskyy") for n in "abc"}
    batch["d.txt"] = story("Zelenskiy")
    found = check_batch(batch, allow=frozenset({"zelenskiy"}))
    assert sorted(found) == ["a.txt", "b.txt", "c.txt"]


UK = "Head\n\nThe council organised a programme for the harbour, the mayor said on Monday.\n"
US = "Head\n\nThe color of the center was favored by the council, the mayor said.\n"
MIXED = "Head\n\nThe color of the centre was favoured by the council, the mayor said.\n"


def test_a_story_in_the_minority_dialect_is_flagged() -> None:
    batch = {"a.txt": UK, "b.txt": UK, "c.txt": UK, "d.txt": US}
    assert check_batch(batch) == {"d.txt": ["color", "center", "favored"]}


def test_a_mixed_story_is_left_to_wl102_and_a_configured_dialect_decides_alone() -> None:
    assert check_batch({"a.txt": UK, "b.txt": UK, "c.txt": MIXED}) == {}
    assert check_batch({"a.txt": UK, "b.txt": UK, "c.txt": US}, dialect="en-US") == {}


# -- the command line -------------------------------------------------------------------


def write_batch(folder: Path, stories: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in stories.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_cli_across_flag_and_config_key(tmp_path: Path) -> None:
    batch = {f"{n}.txt": story("Zelenskyy") for n in "abc"}
    batch["d.txt"] = story("Zelenskiy")
    write_batch(tmp_path / "copy", batch)
    folder = str(tmp_path / "copy")
    alone = run_cli("check", "--select", "WL104", "--format", "json", folder)
    assert alone.code == 0 and json.loads(alone.out) == []
    flag = run_cli("check", "--across", "--select", "WL104", "--format", "json", folder)
    assert flag.code == 1
    assert [(Path(f["path"]).name, f["line"]) for f in json.loads(flag.out)] == [
        ("d.txt", 3),
        ("d.txt", 3),
    ]
    (tmp_path / "copy" / ".wirelint.toml").write_text("across = true\n", encoding="utf-8")
    keyed = run_cli("check", "--select", "WL104", "--format", "json", folder)
    assert keyed.out == flag.out


def test_cli_output_does_not_depend_on_the_order_of_the_paths(tmp_path: Path) -> None:
    batch = {f"{n}.txt": story("Zelenskyy") for n in "abc"}
    batch["d.txt"] = story("Zelenskiy")
    write_batch(tmp_path, batch)
    paths = [str(tmp_path / n) for n in sorted(batch)]
    one = run_cli("check", "--across", "--select", "WL104", "--format", "json", *paths)
    two = run_cli("check", "--across", "--select", "WL104", "--format", "json", *paths[::-1])
    assert sorted(json.loads(one.out), key=str) == sorted(json.loads(two.out), key=str)
    assert json.loads(one.out)


def test_cli_unsafe_fix_writes_the_batch_spelling_in_the_odd_story(tmp_path: Path) -> None:
    batch = {f"{n}.txt": story("Zelenskyy") for n in "abc"}
    batch["d.txt"] = story("Zelenskiy")
    write_batch(tmp_path, batch)
    run_cli("check", "--across", "--select", "WL104", "--fix", "--unsafe-fixes", str(tmp_path))
    for name in batch:
        assert (tmp_path / name).read_text(encoding="utf-8") == story("Zelenskyy")


def test_bad_config_value_is_named(tmp_path: Path) -> None:
    (tmp_path / ".wirelint.toml").write_text('across = "yes"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(story("Zelenskyy"), encoding="utf-8")
    result = run_cli("check", str(tmp_path / "a.txt"))
    assert result.code == 2 and "`across`: expected true or false" in result.err


def test_real_copy_one_desk_at_a_time_only_its_real_slip() -> None:
    # BBC business stories of 2004-05, checked 25 at a time as a desk would commit them:
    # one house, one set of spellings, and one real typo (`DaimlerChrylser` in one story,
    # `DaimlerChrysler` in two others of its batch).
    files = corpus_files("bbc/business/*.txt", every=4)[:100]
    cfg = Config(select=("WL104",))
    found = []
    for start in range(0, len(files), 25):
        docs = [
            parse_document(p.read_text(encoding="utf-8"), str(p)) for p in files[start : start + 25]
        ]
        batch = build_batch(docs, cfg)
        found += [(o.key, o.chosen) for odd in batch.odd.values() for o in odd if o.kind == "name"]
    assert found == [("daimlerchrylser", "DaimlerChrysler")]
