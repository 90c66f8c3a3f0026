"""WL401's pattern families: each family flags the sentences its docstring lists under
``Flags:`` (and says so under its own id), and finds nothing in those under ``Passes:``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from wirelint.config import Config
from wirelint.document.model import parse_document
from wirelint.grammar.patterns import FAMILIES, family
from wirelint.packs import packs_for
from wirelint.registry import Context
from wirelint.rules.wl401_garbled_sentence import scan_document

CTX = Context(Config(select=("WL401",)), packs_for(()))


def families_found(sentence: str) -> list[str]:
    doc = parse_document(f"Headline\n\n{sentence}\n")
    return [f.family for f, _span, _sentence in scan_document(doc, CTX)]


FLAGS = [(f.id, s) for f in FAMILIES for s in f.examples("Flags:")]
PASSES = [(f.id, s) for f in FAMILIES for s in f.examples("Passes:")]


@pytest.mark.parametrize(("family_id", "sentence"), FLAGS)
def test_a_family_flags_its_examples(family_id: str, sentence: str) -> None:
    assert family_id in families_found(sentence)


@pytest.mark.parametrize(("family_id", "sentence"), PASSES)
def test_a_family_passes_its_real_copy(family_id: str, sentence: str) -> None:
    assert families_found(sentence) == []


def test_every_family_has_examples_and_a_unique_id() -> None:
    ids = [f.id for f in FAMILIES]
    assert len(ids) == len(set(ids))
    for f in FAMILIES:
        assert f.examples("Flags:"), f.id
        assert f.examples("Passes:"), f.id
        assert family(f.id) is f


def test_an_unknown_family_is_named_in_the_error() -> None:
    with pytest.raises(KeyError, match="after-modal"):
        family("no-such-family")


def test_importing_the_patterns_compiles_no_regex() -> None:
    # Cold start: a family compiles what it needs on first use, never at import.
    code = (
        "import re, sys\n"
        "calls = []\n"
        "orig = re.compile\n"
        "def spy(*a, **k):\n"
        "    if 'patterns' in sys._getframe(1).f_code.co_filename:\n"
        "        calls.append(a)\n"
        "    return orig(*a, **k)\n"
        "re.compile = spy\n"
        "import wirelint.grammar.patterns\n"
        "mods = [m for m in sys.modules if m.startswith('wirelint.grammar.patterns')]\n"
        "print(len(mods), len(calls))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    assert int(out[0]) > len(FAMILIES)
    assert out[1] == "0"


def _project(tmp_path: Path, pack: str, story: str) -> Path:
    (tmp_path / "desk.toml").write_text(pack, encoding="utf-8")
    (tmp_path / ".wirelint.toml").write_text('packs = ["desk.toml"]\n', encoding="utf-8")
    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    return path


STORY = "Plan fails\n\nOfficials said the this plan would fail.\n"


def test_a_newsroom_pack_replaces_a_family_word_list(tmp_path: Path) -> None:
    story = STORY
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "story.txt").write_text(story, encoding="utf-8")
    before = run_cli("check", "--format", "concise", "--select", "WL401", str(plain))
    assert "`the this`" in before.out
    # "the" is no longer a determiner whose noun must follow, in this newsroom's copy
    path = _project(tmp_path, '[grammar-patterns]\nopen-determiners = ["a", "an"]\n', story)
    after = run_cli("check", "--format", "concise", "--select", "WL401", str(path))
    assert "`the this`" not in after.out


def test_an_unknown_list_in_a_pack_is_named(tmp_path: Path) -> None:
    path = _project(tmp_path, '[grammar-patterns]\nopen-determiner = ["the"]\n', STORY)
    result = run_cli("check", "--select", "WL401", str(path))
    assert result.code == 2
    assert "desk.toml:2: `grammar-patterns.open-determiner`: unknown list" in result.err


def test_a_family_triggers_on_a_pack_list_a_newsroom_can_replace(tmp_path: Path) -> None:
    # speakerless-report names the grammar-light pack's list as its trigger words
    story = (
        "Lending rises\n\nLending rose to 4.8 billion dlrs last year from three billion, said.\n"
    )
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "story.txt").write_text(story, encoding="utf-8")
    before = run_cli("check", "--format", "concise", "--select", "WL401", str(plain))
    assert "`said` ends the report with no speaker" in before.out
    path = _project(tmp_path, '[grammar-words]\nsaying-closing-report = ["stated"]\n', story)
    after = run_cli("check", "--format", "concise", "--select", "WL401", str(path))
    assert "ends the report" not in after.out
