"""--fix on markup: the change lands in the text, escaped for where it is written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.parsers import expat

import pytest

from tests.conftest import run_cli
from tests.formats.test_seed_formats import SAMPLES
from wirelint.document.span import Span
from wirelint.input.formats.sourcemap import Mapped, SourceMap

BRAND = 'R&D "Wire" <News>'


XML_TEXT = 'R&amp;D "Wire" &lt;News&gt;'
HTML_IN_JSON = 'R&amp;D \\"Wire\\" &lt;News&gt;'
JSON_TEXT = 'R&D \\"Wire\\" <News>'


@pytest.mark.parametrize(
    ("sample", "written"),
    [
        # dateline, headline suffix, credit and standards line
        ("makiivka-portal.nitf.xml", {XML_TEXT: 4}),
        ("makiivka-portal.newsml.xml", {XML_TEXT: 4}),
        ("makiivka-portal.html", {XML_TEXT: 4}),
        ("makiivka-portal.ninjs1.json", {HTML_IN_JSON: 4}),
        # The second headline is a plain string in `headlines`, not HTML.
        ("makiivka-portal.ninjs2.json", {HTML_IN_JSON: 3, JSON_TEXT: 1}),
    ],
)
def test_fix_writes_escaped_text_and_the_file_still_reads(
    tmp_path: Path, sample: str, written: dict[str, int]
) -> None:
    story = tmp_path / sample
    shutil.copy(SAMPLES / sample, story)
    before = story.read_text(encoding="utf-8")
    result = run_cli("check", "--fix", "--brand", BRAND, "--select", "WL201", str(story))
    after = story.read_text(encoding="utf-8")
    assert {w: after.count(w) for w in written} == written
    assert "Portal" not in after
    if sample.endswith(".json"):
        assert "Portal" not in json.dumps(json.loads(after))
    elif not sample.endswith(".html"):
        expat.ParserCreate().Parse(after, True)
    # Only the brand changed: the markup around it is as it was.
    restored = after
    for w in written:
        restored = restored.replace(w, "Portal")
    assert restored == before
    again = run_cli("check", "--brand", BRAND, "--select", "WL201", str(story))
    assert again.code == 0, again.out + result.err


def test_a_change_across_markup_is_not_offered() -> None:
    # "one two" read from "<p>one <b>two</b></p>": the space and "two" are apart in the file.
    raw = "<p>one <b>two</b></p>"
    mapped = Mapped()
    for i, ch in enumerate("one "):
        mapped.char(ch, 3 + i, 4 + i, 0)
    for i, ch in enumerate("two"):
        mapped.char(ch, 10 + i, 11 + i, 0)
    source_map = SourceMap(mapped, raw)
    assert source_map.edit(Span(4, 7), "three") == (Span(10, 13), "three")
    assert source_map.edit(Span(3, 7), "") is None  # would delete the <b> tag
    assert source_map.span(Span(0, 7)) == Span(3, 13)


def test_a_made_up_character_is_never_edited() -> None:
    mapped = Mapped()
    mapped.synthetic("# ", 5)
    for i, ch in enumerate("Head"):
        mapped.char(ch, 5 + i, 6 + i, 0)
    source_map = SourceMap(mapped, " " * 20)
    assert source_map.edit(Span(0, 3), "") is None
    assert source_map.edit(Span(2, 6), "Top") == (Span(5, 9), "Top")


def test_cdata_takes_text_as_is_but_never_its_end_marker() -> None:
    mapped = Mapped()
    for i, ch in enumerate("abc"):
        mapped.char(ch, 9 + i, 10 + i, 1)  # inside <![CDATA[...]]>
    source_map = SourceMap(mapped, " " * 30)
    assert source_map.edit(Span(0, 3), "a<b&c") == (Span(9, 12), "a<b&c")
    assert source_map.edit(Span(0, 3), "x]]>y") is None


@pytest.mark.parametrize("sample", ["makiivka-portal.nitf.xml", "makiivka-portal.html"])
def test_deleting_a_repeated_headline_deletes_its_element_and_line(
    tmp_path: Path, sample: str
) -> None:
    story = tmp_path / sample
    shutil.copy(SAMPLES / sample, story)
    before = story.read_text(encoding="utf-8")
    run_cli("check", "--fix", "--unsafe-fixes", "--select", "WL301", str(story))
    after = story.read_text(encoding="utf-8")
    removed = [line for line in before.splitlines() if line not in after.splitlines()]
    tag = "hl2" if "nitf" in sample else "h1"
    assert len(removed) == 1 and removed[0].endswith(f"Portal</{tag}>")
    assert run_cli("check", "--select", "WL301", str(story)).code == 0
