"""Any input: a story or a clear InputError, never a crash; every character maps to where it was."""

from __future__ import annotations

import html
import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wirelint.errors import InputError
from wirelint.input.formats.markup import Chunk, decode
from wirelint.input.formats.ninjs import _Scanner
from wirelint.input.formats.read import read_story
from wirelint.input.formats.sourcemap import Mapped

PIECES = st.sampled_from(
    [
        "<nitf>", "</nitf>", "<body>", "</body>", "<body.content>", "<p>", "</p>", "<hl1>",
        "</hl1>", "&amp;", "&#8217;", "&nbsp;", "<![CDATA[x<y]]>", "<!-- c -->", "<br/>",
        "<!DOCTYPE nitf>", '<!ENTITY a "b">', "&a;", "<newsItem>", "<html>", "<li>", "text ",
        "Storm", " ", "\n", '"', "'", "<", ">", "&",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30), st.sampled_from(["nitf", "newsml", "html", "ninjs"]))
def test_markup_reads_or_says_why(pieces: list[str], fmt: str) -> None:
    raw = "".join(pieces)
    if fmt == "ninjs":
        raw = json.dumps({"headline": "Storm", "body_html": raw})
    try:
        story = read_story(raw, "f", fmt)
    except InputError as exc:
        assert exc.path == "f" and exc.problem
        return
    # Every character the reader did not make up decodes from its own range of the file.
    for ch, start, end in zip(
        story.mapped.text, story.mapped.starts, story.mapped.ends, strict=True
    ):
        if start == end:
            continue
        written = raw[start:end]
        if fmt == "ninjs":
            written = json.loads(f'"{written}"')
        decoded = html.unescape(written)
        assert decoded == ch or (ch == " " and decoded.isspace()), (ch, written)


TEXT_PIECES = st.sampled_from(
    ["a", "b", " ", "\n", "\t", "\u2019", "&amp;", "&#8217;", "&#x41;", "&lt;", "&nbsp;", "& "]
)


@given(st.lists(TEXT_PIECES, max_size=30))
def test_decoded_text_is_the_file_read_as_a_browser_would(pieces: list[str]) -> None:
    text = "".join(pieces)
    out = Mapped()
    decode(text, Chunk(0, len(text)), out, collapse=False)
    assert out.string() == html.unescape(text)
    collapsed = Mapped()
    decode(text, Chunk(0, len(text)), collapsed)
    assert collapsed.string() == re.sub(r"[ \t\n]+", " ", html.unescape(text))


@given(st.text(max_size=40))
def test_json_strings_decode_as_the_json_module_does(text: str) -> None:
    raw = json.dumps(text, ensure_ascii=True)
    assert _Scanner(raw).string().string() == text
    raw = json.dumps(text, ensure_ascii=False)
    assert _Scanner(raw).string().string() == text
