"""The Neovim setups in docs/editors.md, run in a real headless Neovim when one is installed.

The Lua is read from the document itself, so the instructions cannot drift from what was tested.
Skipped when `nvim` is not on PATH, or when its version does not match the section.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "editors.md"
STORY = REPO / "examples" / "makiivka-portal.txt"

pytestmark = pytest.mark.slow


def _nvim_version() -> tuple[int, int] | None:
    nvim = shutil.which("nvim")
    if nvim is None:
        return None
    out = subprocess.run([nvim, "--version"], capture_output=True, text=True, check=False).stdout
    m = re.search(r"NVIM v(\d+)\.(\d+)", out)
    return (int(m.group(1)), int(m.group(2))) if m else None


def _lua_after(heading: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    section = text.split(heading, 1)[1]
    m = re.search(r"```lua\n(.*?)```", section, re.S)
    assert m, f"no Lua block after {heading!r}"
    return m.group(1)


# Waits for the first diagnostics (long enough for a loaded machine: the wait ends as soon
# as they arrive), then writes "line:col CODE" per finding to a file.
_COLLECT = (
    "lua vim.wait(150000, function() return #vim.diagnostic.get(0) > 0 end, 100);"
    " local out = {};"
    " for _, d in ipairs(vim.diagnostic.get(0)) do"
    " table.insert(out, (d.lnum + 1) .. ' ' .. tostring(d.code)) end;"
    " vim.fn.writefile(out, 'diagnostics.txt')"
)


def _run(tmp_path: Path, lua: str) -> list[str]:
    (tmp_path / "init.lua").write_text(lua, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(STORY.read_text(encoding="utf-8"), encoding="utf-8")
    bindir = str(Path(sys.executable).parent)  # the wirelint installed beside this Python
    env = {"PATH": f"{bindir}:/usr/bin:/bin", "HOME": str(tmp_path)}
    subprocess.run(
        ["nvim", "--headless", "-u", "init.lua", "story.txt", "-c", _COLLECT, "-c", "qa!"],
        cwd=tmp_path,
        env=env,
        timeout=200,
        capture_output=True,
        check=False,
    )
    out = tmp_path / "diagnostics.txt"
    return out.read_text(encoding="utf-8").splitlines() if out.exists() else []


def test_neovim_0_7_to_0_10_setup_shows_findings(tmp_path: Path) -> None:
    version = _nvim_version()
    if version is None or not ((0, 7) <= version < (0, 11)):
        pytest.skip(f"needs Neovim 0.7-0.10 on PATH (found {version})")
    found = _run(tmp_path, _lua_after("## Neovim 0.7 to 0.10"))
    codes = {line.split()[1] for line in found}
    # The bundled example has a placeholder brand, a repeated headline and a name variant.
    assert {"WL201", "WL301", "WL101"} <= codes, found


def test_neovim_0_11_setup_shows_findings(tmp_path: Path) -> None:
    version = _nvim_version()
    if version is None or version < (0, 11):
        pytest.skip(f"needs Neovim 0.11 or later on PATH (found {version})")
    found = _run(tmp_path, _lua_after("## Neovim (0.11 and later)"))
    codes = {line.split()[1] for line in found}
    assert {"WL201", "WL301", "WL101"} <= codes, found
