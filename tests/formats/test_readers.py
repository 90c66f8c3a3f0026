"""The readers: what each format's markup becomes, and where each character came from."""

from __future__ import annotations

import json

import pytest

from wirelint.config import Config
from wirelint.input.formats import detect_format
from wirelint.input.formats.lint import lint_source_text
from wirelint.input.formats.read import read_story
from wirelint.input.formats.story import build_document


def placed(raw: str, path: str, code: str, **config: object) -> list[str]:
    """The file's text under each finding of ``code``."""
    cfg = Config(select=(code,), **config)  # type: ignore[arg-type]
    result = lint_source_text(raw, path, cfg, detect_format(path, raw))
    return [raw[d.span.start : d.span.end] for d in result.diagnostics]


def kinds(raw: str, path: str) -> list[tuple[str, str]]:
    story = read_story(raw, path, detect_format(path, raw))
    doc = build_document(story, path)
    return [(p.kind.value, p.text) for p in doc.parts]


NITF = """<?xml version="1.0"?>
<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">
<nitf><body>
 <body.head>
  <hedline><hl1>Storm shuts ports</hl1></hedline>
  <byline>Jane Smith, <byttl>Transport Correspondent</byttl></byline>
  <dateline>LONDON, Jan 4 (Portal)</dateline>
 </body.head>
 <body.content>
  <p>Gales closed&nbsp;ports &amp; rail lines across the north on Tuesday.</p>
  <p><![CDATA[Ferries <all of them> stayed in port.]]></p>
 </body.content>
 <body.end><tagline>Writing by Jane Smith</tagline></body.end>
</body></nitf>
"""


def test_nitf_parts_come_from_the_markup() -> None:
    assert kinds(NITF, "story.nitf") == [
        ("headline", "Storm shuts ports"),
        ("meta", "Jane Smith, Transport Correspondent"),
        ("paragraph", "Gales closed\u00a0ports & rail lines across the north on Tuesday."),
        ("paragraph", "Ferries <all of them> stayed in port."),
        ("credit", "Writing by Jane Smith"),
    ]


def test_a_dateline_element_opens_the_first_paragraph_and_maps_into_its_element() -> None:
    assert placed(NITF, "story.nitf", "WL201") == ["Portal"]
    story = read_story(NITF, "story.nitf", "nitf")
    assert build_document(story, "story.nitf").dateline is not None


HTML = """<!DOCTYPE html><html><head><title>Site</title><script>var a = "<p>";</script></head>
<body><nav><ul><li>Home</li><li>World</li></ul></nav>
<article>
<h1>Storm shuts ports</h1>
<p>LONDON, Jan 4 (Reuters) - Gales closed ports<br>on Tuesday.
<p>The coastguard said ferries stayed in port.
<h2>Rail lines</h2>
<ul><li>Trains cancelled<li>Roads closed</ul>
</article>
<footer><p>Copyright Site</p></footer>
</body></html>
"""


def test_html_reads_the_article_as_browsers_close_its_tags() -> None:
    assert kinds(HTML, "page.html") == [
        ("headline", "Storm shuts ports"),
        ("paragraph", "Gales closed ports on Tuesday."),
        ("paragraph", "The coastguard said ferries stayed in port."),
        ("subhead", "Rail lines"),
        ("bullet", "Trains cancelled"),
        ("bullet", "Roads closed"),
    ]


def test_json_escapes_map_to_their_place_in_the_file() -> None:
    # An emoji as a surrogate pair, a curly apostrophe and quotes escaped: the
    # placeholder after them is still found where the file has it.
    item = {
        "headline": "Ports shut \U0001f30a as storm hits",
        "body_html": '<p>LONDON, Jan 4 (Portal) \u2013 The port\u2019s "gates" shut.</p>',
    }
    raw = json.dumps(item, ensure_ascii=True)
    assert "\\ud83c\\udf0a" in raw
    assert placed(raw, "item.json", "WL201") == ["Portal"]


def test_newsml_inline_text_is_read_as_plain_copy() -> None:
    raw = (
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">'
        "<contentMeta><headline>Storm shuts ports</headline></contentMeta>"
        '<contentSet><inlineData contenttype="text/plain">'
        "LONDON, Jan 4 (Portal) - Gales closed ports &amp; rail lines.\n\n"
        "Ferries stayed in port.</inlineData></contentSet></newsItem>"
    )
    assert kinds(raw, "item.xml") == [
        ("headline", "Storm shuts ports"),
        ("paragraph", "Gales closed ports & rail lines."),
        ("paragraph", "Ferries stayed in port."),
    ]
    assert placed(raw, "item.xml", "WL201") == ["Portal"]


@pytest.mark.parametrize(
    ("path", "head", "fmt"),
    [
        ("story.txt", "Storm shuts ports\n\nLONDON (Reuters) - Text.", "text"),
        ("story.xml", '<?xml version="1.0"?>\n<!-- feed -->\n<nitf/>', "nitf"),
        ("item", "<newsMessage xmlns='http://iptc.org/std/nar/2006-10-01/'/>", "newsml"),
        ("page.htm", "<p>Text</p>", "html"),
        ("saved", "<!DOCTYPE html><p>Text</p>", "html"),
        ("story.json", '{"headline": "x"}', "ninjs"),
        ("<stdin>", '{\n  "headlines": [{"value": "x"}]}', "ninjs"),
        ("story.md", "# Storm shuts ports\n\nText.", "text"),
    ],
)
def test_the_format_is_chosen_by_content_then_extension(path: str, head: str, fmt: str) -> None:
    assert detect_format(path, head) == fmt


def test_plain_copy_is_never_taken_for_markup() -> None:
    text = "Storm shuts <ports>\n\nLONDON (Reuters) - Gales closed ports.\n"
    assert detect_format("story.txt", text) == "text"
    assert detect_format("story.txt", "<b>Storm</b> shuts ports\n\nText.\n") == "text"


def test_text_straight_in_a_container_is_copy_split_at_blank_lines() -> None:
    raw = (
        "<html><body><h1>Storm shuts ports</h1><div class='story'>"
        "LONDON, Jan 4 (Portal) - Gales closed <b>ports</b> on Tuesday.<br><br>\n"
        "The coastguard said ferries stayed in port.<br>Roads shut.</div>"
        "<footer>Copyright Site</footer></body></html>"
    )
    assert kinds(raw, "page.html") == [
        ("headline", "Storm shuts ports"),
        ("paragraph", "Gales closed ports on Tuesday."),
        ("paragraph", "The coastguard said ferries stayed in port. Roads shut."),
    ]
    assert placed(raw, "page.html", "WL201") == ["Portal"]
