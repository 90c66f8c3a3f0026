"""The seed story in NITF, NewsML-G2, ninjs 1.x/2.x and HTML: the plain text's findings, in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, run_cli
from tests.formats.convert import WRITERS, compare

SAMPLES = Path(__file__).parents[1] / "fixtures" / "formats" / "seed"
FILES = sorted(SAMPLES.glob("makiivka-portal.*"))


def test_every_format_has_a_sample() -> None:
    assert {f.name.split(".", 1)[1] for f in FILES} == {ext[1:] for _, ext in WRITERS.values()}


@pytest.mark.parametrize("sample", FILES, ids=lambda p: p.name)
def test_same_findings_as_plain_text_at_the_mapped_place(sample: Path) -> None:
    plain = EXAMPLE.read_text(encoding="utf-8")
    assert compare(plain, sample.read_text(encoding="utf-8"), str(sample)) == []


@pytest.mark.parametrize("sample", FILES, ids=lambda p: p.name)
def test_cli_points_into_the_file(sample: Path) -> None:
    result = run_cli("check", "--format", "concise", "--no-summary", str(sample))
    assert result.code == 1
    lines = sample.read_text(encoding="utf-8").splitlines()
    dateline = [x for x in result.out.splitlines() if "in the dateline" in x]
    assert len(dateline) == 1
    _, line, col = dateline[0].split(": ")[0].rsplit(":", 2)
    # The place named is the dateline's `Portal`, however the file spells what is before it.
    assert lines[int(line) - 1][int(col) - 1 :].startswith("Portal")


def test_plain_text_is_read_as_before() -> None:
    result = run_cli("check", "--format", "concise", "--no-summary", str(EXAMPLE))
    forced = run_cli(
        "check", "--format", "concise", "--no-summary", "--input-format", "text", str(EXAMPLE)
    )
    assert result.out == forced.out and result.code == forced.code == 1
