"""The packs shipped with wirelint are checked in full here, worked examples included.

A run skips the worked examples of the bundled packs (they cannot change after release,
and trying them cost a cold check ~15% of its time); a user's pack is always checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wirelint import packs
from wirelint.errors import PackError
from wirelint.packs import bundled_packs, clear_pack_cache, load_pack_file

# A slot pattern that misses its own example: "told" is not "quoted by".
_BROKEN_SLOT = """
[body-brand-slots.quoted]
pattern = '\\bquoted\\s+by\\s+{brand}'
examples = ["as told to [Portal]"]
"""


@pytest.fixture(autouse=True)
def _fresh_packs() -> Iterator[None]:
    clear_pack_cache()
    yield
    clear_pack_cache()


@pytest.mark.parametrize("pack", bundled_packs(), ids=lambda p: p.stem)
def test_every_bundled_pack_passes_its_worked_examples(
    pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packs, "CHECK_BUNDLED_EXAMPLES", True)
    assert load_pack_file(pack) is not None


def test_a_run_checks_the_examples_of_a_users_pack_only(tmp_path: Path) -> None:
    user = tmp_path / "house.toml"
    assert packs.checks_examples(user)
    assert not any(packs.checks_examples(p) for p in bundled_packs())


def test_a_broken_example_in_a_users_pack_stops_the_load(tmp_path: Path) -> None:
    user = tmp_path / "house.toml"
    user.write_text(_BROKEN_SLOT, encoding="utf-8")
    with pytest.raises(PackError, match="does not find `Portal`"):
        load_pack_file(user)


def test_a_broken_example_in_a_bundled_pack_is_caught_by_the_full_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = tmp_path / "shipped.toml"
    shipped.write_text(_BROKEN_SLOT, encoding="utf-8")
    monkeypatch.setattr(packs, "bundled_pack_dir", lambda: tmp_path)
    assert "quoted" in load_pack_file(shipped)["body-brand-slots"]  # a run loads it
    monkeypatch.setattr(packs, "CHECK_BUNDLED_EXAMPLES", True)
    with pytest.raises(PackError, match="does not find `Portal`"):
        load_pack_file(shipped)
