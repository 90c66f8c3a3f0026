"""WL103 stylebook-spelling: a spelling the stylebook pack replaces."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import corpus_files, flagged, lint
from wirelint.errors import PackError
from wirelint.packs import clear_pack_cache, load_pack_file


def test_fix_is_safe_and_keeps_case() -> None:
    story = "Head\n\nKIEV SAYS\n\nKiev said.\n"
    ds = lint(story, "WL103")
    assert [d.fixes[0].edits[0].replacement for d in ds] == ["KYIV", "Kyiv"]
    assert all(d.fixes[0].applicability.value == "safe" for d in ds)
    assert "`Kyiv`" in ds[1].message


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # The kept phrase anywhere in the story, the key elsewhere: only the key.
        ("Head\n\nHe ordered Chicken Kiev in Kiev.\n", ["Kiev"]),
        ("Head\n\nIn Kiev he ordered chicken kiev and watched Dynamo Kiev.\n", ["Kiev"]),
        # A phrase that covers the key from a few characters before it, in any case.
        ("Head\n\nHe ate CHICKEN KIEV.\n\nFans of Dynamo Kiev sang.\n", []),
        # Not a phrase of its own: a word runs on into it.
        ("Head\n\nHe ate XChicken Kiev.\n", ["Kiev"]),
    ],
)
def test_kept_phrases_cover_only_their_own_key(story: str, expected: list[str]) -> None:
    assert flagged(story, "WL103") == expected


def test_user_pack_adds_spellings(tmp_path: Path) -> None:
    pack = tmp_path / "house.toml"
    pack.write_text('[stylebook]\nGadhafi = "Gaddafi"\n', encoding="utf-8")
    assert flagged("Head\n\nGadhafi spoke.\n", "WL103", packs=(pack,)) == ["Gadhafi"]


@pytest.mark.parametrize(
    ("body", "line", "key"),
    [
        ('[stylebook]\nKiev = "Kiev"\n', 2, "stylebook.Kiev"),
        ('[stylebook]\nKyiv = "Kiev"\nKiev = "Kyiv"\n', 2, "stylebook.Kyiv"),
        ("[stylebook]\n\nKiev = 3\n", 3, "stylebook.Kiev"),
    ],
)
def test_bad_pack_names_file_line_and_key(tmp_path: Path, body: str, line: int, key: str) -> None:
    clear_pack_cache()
    pack = tmp_path / "bad.toml"
    pack.write_text(body, encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_pack_file(pack)
    text = str(err.value)
    assert str(pack) in text and f":{line}" in text and key in text


def test_bundled_packs_load() -> None:
    root = Path(__file__).resolve().parents[2] / "rules"
    for name in ("stylebook.toml", "names.toml", "dialect.toml"):
        assert load_pack_file(root / name)


def test_few_flags_on_clean_corpus_copy() -> None:
    words = flags = 0
    for path in corpus_files(every=5):
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        flags += len(lint(text, "WL103"))
    assert flags * 10000 / words < 0.5
