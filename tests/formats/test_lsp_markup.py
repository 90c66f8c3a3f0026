"""The language server on NITF and ninjs: diagnostics and quick fixes in the file as written."""

from __future__ import annotations

import json

import pytest
from pytest_lsp import LanguageClient

from tests.test_lsp import Editor, actions_at, covered

pytestmark = pytest.mark.asyncio

NITF = (
    '<?xml version="1.0"?>\n'
    "<nitf>\n<body>\n<body.head><hedline><hl1>Minister hails deal</hl1></hedline></body.head>\n"
    "<body.content>\n"
    "<p>LONDON, Jan 4 (Portal) &#8211; The minister&#8217;s deal was done.</p>\n"
    "</body.content>\n<body.end><tagline>Reporting by Portal staff</tagline></body.end>\n"
    "</body>\n</nitf>\n"
)


async def test_nitf_diagnostics_point_into_the_xml(client: LanguageClient, editor: Editor) -> None:
    editor.configure('brand = "R&D"\n')
    uri = editor.open("story.nitf", NITF)
    found = await editor.diagnostics(uri, lambda ds: len(ds) == 2)
    assert [covered(NITF, d) for d in found] == ["Portal", "Portal"]
    assert [d.range.start.line for d in found] == [5, 7]
    actions = await actions_at(client, uri, found[0])
    assert actions[0].title == "Use the brand `R&D`"
    # Suppression comments belong to plain copy: none is offered inside markup.
    assert not any(a.title.startswith("Ignore") for a in actions)
    editor.apply(uri, actions[0].edit)
    assert "(R&amp;D) &#8211;" in editor.texts[uri]
    assert len(await editor.diagnostics(uri, lambda ds: len(ds) == 1)) == 1


async def test_ninjs_is_a_story_by_its_keys_and_other_json_is_not(editor: Editor) -> None:
    story = json.dumps(
        {
            "headline": "Minister hails deal",
            "body_html": "<p>LONDON, Jan 4 (Portal) \u2013 The deal was done.</p>",
        },
        ensure_ascii=True,
    )
    uri = editor.open("story.json", story)
    (d,) = await editor.diagnostics(uri, lambda ds: len(ds) == 1)
    assert covered(story, d) == "Portal"
    other = editor.open("package.json", '{"name": "site", "version": "1.0.0"}')
    assert await editor.diagnostics(other) == []


async def test_malformed_markup_is_shown_on_its_line(editor: Editor) -> None:
    uri = editor.open("broken.nitf", "<nitf>\n<body>\n<p>text</body>\n</nitf>\n")
    (d,) = await editor.diagnostics(uri, lambda ds: len(ds) == 1)
    assert "not well-formed XML at line 3" in d.message
    assert d.range.start.line == 2
