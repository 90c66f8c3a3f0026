"""Hostile and broken files: refused with exit 2, the file and the place named, nothing read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE nitf [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>
"""


def check(path: Path, *extra: str) -> tuple[int, str]:
    result = run_cli("check", "--format", "concise", *extra, str(path))
    return result.code, result.err + result.out


def test_billion_laughs_is_refused_at_its_first_declaration(tmp_path: Path) -> None:
    story = tmp_path / "laughs.xml"
    story.write_text(BILLION_LAUGHS)
    code, output = check(story)
    assert code == 2
    assert f"{story}: XML refused at line 3" in output
    assert "declares entities" in output
    assert "lol" not in output.replace("laughs", "")


@pytest.mark.parametrize(
    "declaration",
    [
        '<!ENTITY secret SYSTEM "file://{secret}">',
        '<!ENTITY % secret SYSTEM "file://{secret}"> %secret;',
        '<!ENTITY secret SYSTEM "http://127.0.0.1:9/x">',
    ],
)
def test_an_external_entity_is_never_read(tmp_path: Path, declaration: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the contents of a private file")
    story = tmp_path / "story.nitf"
    story.write_text(
        f"<?xml version='1.0'?>\n<!DOCTYPE nitf [{declaration.format(secret=secret)}]>\n"
        "<nitf><body><body.head><hedline><hl1>Headline &secret;</hl1></hedline></body.head>"
        "<body.content><p>LONDON (Reuters) - Text &secret; here.</p></body.content></body></nitf>"
    )
    code, output = check(story)
    assert code == 2
    assert "refused" in output and "private file" not in output


def test_an_external_dtd_is_not_fetched_and_its_entities_stay_as_written(tmp_path: Path) -> None:
    dtd = tmp_path / "story.dtd"
    dtd.write_text('<!ENTITY brand "Reuters">')
    story = tmp_path / "story.nitf"
    story.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "{dtd}">\n'
        "<nitf><body><body.head><hedline><hl1>Storm hits coast</hl1></hedline></body.head>"
        "<body.content><p>LONDON, Jan 4 (&brand;) - A storm hit the coast on Tuesday.</p>"
        "</body.content></body></nitf>"
    )
    result = run_cli("check", "--format", "json", str(story))
    assert "Reuters" not in result.out
    assert result.code in (0, 1)


@pytest.mark.parametrize(
    ("name", "content", "where"),
    [
        ("story.xml", "<nitf>\n<body>\n  <p>Text</body>\n</nitf>\n", "XML at line 3, column 12"),
        ("story.html", "<p>fine</p>", None),
        (
            "story.json",
            '{\n  "headline": "Storm hits coast",\n  "body_text": "Text"\n  "x": 1\n}\n',
            "JSON at line 4, column 3",
        ),
        (
            "story.newsml.xml",
            "<newsItem><contentSet>&undefined;</contentSet></newsItem>",
            "XML at line 1",
        ),
    ],
)
def test_malformed_files_name_the_line_and_column(
    tmp_path: Path, name: str, content: str, where: str | None
) -> None:
    story = tmp_path / name
    story.write_text(content)
    code, output = check(story)
    if where is None:  # HTML is read as browsers read it: nothing is malformed
        assert code in (0, 1)
        return
    assert code == 2
    assert f"{story}: not well-formed {where}" in output or f"{story}: not valid {where}" in output


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("empty.nitf", "<nitf><head><title>x</title></head><body/></nitf>", "well-formed NITF"),
        (
            "remote.xml",
            '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentSet>'
            '<remoteContent href="http://example.com/story.txt"/></contentSet></newsItem>',
            "well-formed NewsML-G2",
        ),
        ("meta.json", '{"uri": "http://example.com/1", "type": "text"}', "well-formed ninjs"),
        ("page.html", "<html><body><nav>Home</nav><script>x()</script></body></html>", "HTML"),
        ("feed.xml", "<rss><channel><title>Feed</title></channel></rss>", "its root is <rss>"),
    ],
)
def test_a_well_formed_file_with_no_story_says_so(
    tmp_path: Path, name: str, content: str, says: str
) -> None:
    story = tmp_path / name
    story.write_text(content)
    code, output = check(story)
    assert code == 2
    assert says in output
    assert "no story" in output or "not a NITF" in output


def test_a_forced_format_that_does_not_fit_is_an_error(tmp_path: Path) -> None:
    story = tmp_path / "story.nitf"
    story.write_text("<newsItem><contentSet/></newsItem>")
    code, output = check(story, "--input-format", "nitf")
    assert code == 2 and "is NewsML-G2 (<newsItem>), not NITF" in output


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (
            "deep.nitf",
            "<nitf><body><body.content><p>"
            + "<b>" * 5000
            + "x"
            + "</b>" * 5000
            + "</p></body.content></body></nitf>",
        ),
        ("deep.html", "<div>" * 5000 + "<p>text</p>"),
        ("deep.json", '{"headline": "x", "body_text": "y", "z": ' + "[" * 900 + "]" * 900 + "}"),
    ],
)
def test_markup_nested_beyond_any_story_is_refused(tmp_path: Path, name: str, content: str) -> None:
    story = tmp_path / name
    story.write_text(content)
    code, output = check(story)
    assert code == 2
    assert "levels deep: not a story" in output
