"""Fixes: non-overlapping edits, and writes that keep encoding, BOM, line endings and mode."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from wirelint.diagnostics import Diagnostic, Fix, Severity
from wirelint.document.span import Span
from wirelint.errors import InputError
from wirelint.input.sources import read_source
from wirelint.output.fixes import apply_fixes, unified_diff, write_atomically


def diag(start: int, end: int, replacement: str, *, safe: bool) -> Diagnostic:
    return Diagnostic(
        "WL103",
        "stylebook-spelling",
        Severity.WARNING,
        "m",
        Span(start, end),
        fixes=(Fix.replace(Span(start, end), replacement, safe=safe),),
    )


def test_safe_fixes_apply_and_unsafe_wait_for_the_flag() -> None:
    text = "Kiev and Kharkov"
    ds = [diag(0, 4, "Kyiv", safe=True), diag(9, 16, "Kharkiv", safe=False)]
    out = apply_fixes(text, ds)
    assert (out.text, out.applied, out.skipped_unsafe) == ("Kyiv and Kharkov", 1, 1)
    assert apply_fixes(text, ds, unsafe=True).text == "Kyiv and Kharkiv"


def test_overlapping_fixes_apply_once() -> None:
    out = apply_fixes("Kiev", [diag(0, 4, "Kyiv", safe=True), diag(0, 2, "X", safe=True)])
    assert (out.text, out.applied) == ("Kyiv", 1)


def test_unified_diff() -> None:
    d = unified_diff("s.txt", "Kiev\n", "Kyiv\n")
    assert "-Kiev" in d and "+Kyiv" in d and "a/s.txt" in d


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (b"\xef\xbb\xbfKiev\r\nline two\r\n", None),
        ("Kiev caf\xe9\n".encode("latin-1"), "latin-1"),
        ("Kiev\n".encode("utf-16"), None),
    ],
)
def test_write_keeps_bom_encoding_line_endings_and_mode(
    tmp_path: Path, raw: bytes, encoding: str | None
) -> None:
    path = tmp_path / "s.txt"
    path.write_bytes(raw)
    os.chmod(path, 0o640)
    source = read_source(str(path), encoding=encoding)
    write_atomically(source, source.text.replace("Kiev", "Kyiv"))
    after = path.read_bytes()
    assert after == raw.replace("Kiev".encode(source.encoding), "Kyiv".encode(source.encoding))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["s.txt"]  # no temp file left behind


def test_refuses_to_write_a_file_changed_since_read(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text("Kiev\n", encoding="utf-8")
    source = read_source(str(path))
    path.write_text("Kiev, edited meanwhile\n", encoding="utf-8")
    with pytest.raises(InputError, match="changed on disk since it was read"):
        write_atomically(source, "Kyiv\n")
    assert path.read_text(encoding="utf-8") == "Kiev, edited meanwhile\n"


def test_unencodable_fix_is_refused_without_touching_the_file(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_bytes(b"Kiev\n")
    source = read_source(str(path), encoding="ascii")
    with pytest.raises(InputError, match="cannot be written in ascii"):
        write_atomically(source, "Kyїv\n")
    assert path.read_bytes() == b"Kiev\n"
