"""Files a newsroom repository really gets: pipes, loops, UTF-16, broken configs.

Each must give a clear error for that story, and every other story is still linted.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from wirelint.errors import ConfigError, InputError
from wirelint.input.sources import MAX_FILE_SIZE, megabytes, read_source

STORY = (
    "Minister hails deal\n"
    "\n"
    "LONDON, Jan 4 (Reuters) - The minister said TK soldiers were at the talks.\n"
)

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and symlinks")


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    return tmp_path


# -- files that are not stories ------------------------------------------------------------


@posix_only
def test_a_fifo_named_on_the_command_line_is_refused_not_waited_on(desk: Path) -> None:
    os.mkfifo("pipe.txt")
    r = run_cli("check", "--select", "WL2", "pipe.txt", "story.txt")
    assert r.code == 2
    assert "pipe.txt: a named pipe (FIFO), not a story file" in r.err
    assert "story.txt:3:45: error[WL202]" in r.out


@posix_only
def test_a_fifo_in_a_folder_is_skipped(desk: Path) -> None:
    os.mkfifo("pipe.txt")
    r = run_cli("check", "--select", "WL2", ".")
    assert r.code == 1, r.err
    assert r.err == ""
    assert "1 error in 1 file." in r.out


@posix_only
def test_a_device_is_refused(desk: Path) -> None:
    r = run_cli("check", "--select", "WL2", os.devnull, "story.txt")
    assert r.code == 2
    assert f"{os.devnull}: a device, not a story file" in r.err
    assert "error[WL202]" in r.out


@posix_only
def test_a_symlink_loop_is_named_as_such(desk: Path) -> None:
    os.symlink("b.txt", "a.txt")
    os.symlink("a.txt", "b.txt")
    r = run_cli("check", "--select", "WL2", "a.txt", "story.txt")
    assert r.code == 2
    assert "a.txt: symlink loop" in r.err
    assert "no such file" not in r.err
    assert "error[WL202]" in r.out


@posix_only
def test_a_broken_symlink_says_where_it_points(desk: Path) -> None:
    os.symlink("gone.txt", "link.txt")
    with pytest.raises(InputError, match=r"broken symlink \(to gone.txt") as caught:
        read_source("link.txt")
    assert caught.value.reason == "missing"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_named_with_the_flag_that_reads_it(
    desk: Path, encoding: str
) -> None:
    Path("wide.txt").write_bytes(STORY.encode(encoding))
    r = run_cli("check", "--select", "WL2", "wide.txt")
    assert r.code == 2
    assert "looks like UTF-16" in r.err and f"--encoding {encoding}" in r.err
    assert "binary" not in r.err
    # The flag it suggests reads the story.
    r = run_cli("check", "--select", "WL2", "--encoding", encoding, "wide.txt")
    assert r.code == 1 and "error[WL202]" in r.out


def test_a_real_binary_file_is_still_called_binary(desk: Path) -> None:
    Path("photo.txt").write_bytes(bytes(range(256)) * 8)
    with pytest.raises(InputError, match="binary file") as caught:
        read_source("photo.txt")
    assert caught.value.reason == "binary"


def test_an_undecodable_byte_is_an_error_with_its_place(desk: Path) -> None:
    Path("latin.txt").write_bytes(STORY.replace("minister", "ministère").encode("latin-1"))
    with pytest.raises(InputError) as caught:
        read_source("latin.txt")
    assert (caught.value.reason, caught.value.line, caught.value.column) == ("encoding", 3, 37)


# -- the summary after errors ------------------------------------------------------------


def test_the_summary_never_says_no_problems_when_nothing_was_read(desk: Path) -> None:
    Path("photo.txt").write_bytes(b"\x00\x01" * 100)
    r = run_cli("check", "photo.txt")
    assert r.code == 2
    assert "No problems" not in r.out
    assert r.out == "No stories checked: 1 error that stopped a check.\n"


def test_the_summary_counts_errors_beside_findings(desk: Path) -> None:
    r = run_cli("check", "--select", "WL2", "missing.txt", "story.txt")
    assert r.code == 2
    assert r.out.endswith("1 error in 1 file, and 1 error that stopped a check.\n")


# -- the size limit -----------------------------------------------------------------------


def test_the_size_limit_is_the_one_the_readme_states() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    stated = re.search(r"`max-file-size` \((\S+ MB) by default", readme)
    assert stated is not None
    assert stated.group(1).replace(" MB", "") + " MB" == megabytes(MAX_FILE_SIZE)


def test_the_size_error_names_the_limit_as_the_readme_does(desk: Path) -> None:
    with open("huge.txt", "wb") as fh:
        fh.truncate(MAX_FILE_SIZE + 1)
    with pytest.raises(InputError, match=r"\(10 MB > 10 MB limit\)") as caught:
        read_source("huge.txt")
    assert caught.value.reason == "too-large"


# -- configuration errors -------------------------------------------------------------------


def _two_desks(root: Path, bad_config: str) -> None:
    for desk_name in ("politics", "sport"):
        (root / desk_name).mkdir()
        (root / desk_name / "story.txt").write_text(STORY, encoding="utf-8")
    (root / "politics" / ".wirelint.toml").write_text(bad_config, encoding="utf-8")


@pytest.mark.parametrize(
    ("bad_config", "named"),
    [
        ('selct = ["WL2"]\n', ":1: `selct`: unknown key"),
        ('select = "WL2"\nbrand = 4\n', ":2: `brand`: expected the agency"),
        ('packs = ["nowhere.toml"]\n', ":1: `packs`: pack file"),
        ("select = [\n", "not valid TOML"),
    ],
)
def test_a_broken_config_stops_only_the_stories_it_governs(
    desk: Path, bad_config: str, named: str
) -> None:
    _two_desks(desk, bad_config)
    # pre-commit passes paths in order: the broken desk's story comes first.
    r = run_cli("check", "--select", "WL2", "politics/story.txt", "sport/story.txt")
    assert r.code == 2
    assert named in r.err
    assert "1 story not checked: politics/story.txt" in r.err
    assert "sport/story.txt:3:45: error[WL202]" in r.out
    assert "politics/story.txt:3" not in r.out


def test_a_broken_config_is_named_once_for_all_its_stories(desk: Path) -> None:
    _two_desks(desk, 'selct = ["WL2"]\n')
    for n in range(3):
        (desk / "politics" / f"extra{n}.txt").write_text(STORY, encoding="utf-8")
    r = run_cli("check", "--select", "WL2", ".")
    assert r.code == 2
    assert r.err.count("unknown key") == 1
    assert "4 stories not checked" in r.err
    assert r.out.count("error[WL202]") == 2  # ./story.txt and sport/story.txt


def test_config_errors_carry_file_line_and_key(desk: Path) -> None:
    from wirelint import registry
    from wirelint.config import clear_config_cache, discover_config

    _two_desks(desk, 'select = ["WL2"]\n\nfail-on = "loud"\n')
    clear_config_cache()
    with pytest.raises(ConfigError) as caught:
        discover_config(desk / "politics" / "story.txt", registry)
    error = caught.value
    assert (Path(error.path or ""), error.line, error.key) == (
        desk / "politics" / ".wirelint.toml",
        3,
        "fail-on",
    )


def test_a_toml_syntax_error_carries_its_line(desk: Path) -> None:
    from wirelint import registry
    from wirelint.config import load_config_file

    Path("bad.toml").write_text('select = ["WL2"]\nbrand = \n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config_file(Path("bad.toml"), registry)
    assert (caught.value.line, caught.value.key) == (2, None)


def test_a_bad_option_on_the_command_line_is_still_an_error_for_the_run(desk: Path) -> None:
    r = run_cli("check", "--select", "WL9", "story.txt")
    assert r.code == 2
    assert "`--select`: unknown rule or prefix 'WL9'" in r.err
    assert r.out == ""


def test_the_configuration_does_not_import_the_rules() -> None:
    """No import circle config -> registry -> rules -> config: the rules it may name are
    passed in (here a rule book of one rule), and the registry stays unloaded."""
    code = """
import sys
from pathlib import Path
from wirelint.config import parse_config
from wirelint.errors import ConfigError

class Rule:
    code, options = "WL101", {"min-length": 4}

class Book:
    def is_valid_selector(self, s): return s in ("WL1", "WL101", "name-variant")
    def find_rule(self, name): return Rule if name in ("WL101", "name-variant") else None

book = Book()
cfg = parse_config({"select": ["WL1"], "options": {"name-variant": {"min-length": 5}}},
                   Path("desk.toml"), book)
assert cfg.options == {"WL101": {"min-length": 5}}, cfg.options
try:
    parse_config({"ignore": ["WL9"]}, Path("desk.toml"), book)
except ConfigError as exc:
    assert exc.key == "ignore", exc
else:
    raise AssertionError("WL9 accepted")
loaded = sorted(m for m in sys.modules if m.startswith("wirelint."))
assert "wirelint.registry" not in loaded and "wirelint.packs" not in loaded, loaded
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert run.returncode == 0, run.stderr
