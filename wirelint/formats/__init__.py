"""Stories as newsrooms store them: NITF, NewsML-G2, ninjs and HTML, read into plain copy.

:func:`detect_format` picks the reader from the file's extension and content,
:func:`read_story` turns a file into the plain story the rules read with a map back
to the file, and :func:`lint_source_text` lints any story (plain text too) and
reports diagnostics and fixes at their places in the file.
"""

from __future__ import annotations

import os
import re

from wirelint.errors import InputError
from wirelint.formats.markup import MAX_DEPTH, TooDeep, check_xml, parse_tree
from wirelint.formats.story import Layout, Story, layout

#: Formats ``--input-format`` accepts; ``auto`` picks one per file.
INPUT_FORMATS = ("auto", "text", "nitf", "newsml", "ninjs", "html")
MARKUP_FORMATS = frozenset(INPUT_FORMATS[2:])

_BY_EXTENSION = {
    ".nitf": "nitf",
    ".ninjs": "ninjs",
    ".json": "ninjs",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".md": "text",
}
_NAMES = {"nitf": "NITF", "newsml": "NewsML-G2", "ninjs": "ninjs", "html": "HTML"}
# The first element of an XML file: after the declaration, comments and a DOCTYPE.
_ROOT_RE = re.compile(
    r"\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE(?:[^\[>]|\[.*?\])*>\s*)*<([\w:.\-]+)", re.S
)


_NINJS_KEY_RE = re.compile(r'"(?:headlines?|body_html|body_text|body_xhtml|bodies)"\s*:')


def _root_format(text: str) -> str | None:
    m = _ROOT_RE.match(text)
    if m is None:
        return None
    root = m.group(1).rsplit(":", 1)[-1]
    if root == "nitf":
        return "nitf"
    if root in ("newsItem", "newsMessage"):
        return "newsml"
    if root.lower() == "html":
        return "html"
    return None


def detect_format(path: str | None, text: str, forced: str = "auto") -> str:
    """The reader for a story: forced, else by content, else by extension, else plain text."""
    if forced != "auto":
        return forced
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    if head.startswith("<"):
        by_root = _root_format(head)
        if by_root is not None:
            return by_root
        if head[:15].lower().startswith("<!doctype html"):
            return "html"
    elif head.startswith("{") and _NINJS_KEY_RE.search(text) is not None:
        return "ninjs"
    ext = os.path.splitext(path or "")[1].lower()
    by_ext = _BY_EXTENSION.get(ext)
    if by_ext is not None:
        return by_ext
    if ext == ".xml" and head.startswith("<"):
        return "nitf"  # let the NITF reader say what the root is, if not nitf
    return "text"


def is_news_markup(path: str, text: str) -> bool:
    """A story by its content, whatever the file's name: NITF, NewsML-G2, or ninjs's keys."""
    fmt = detect_format(path, text)
    if fmt in ("nitf", "newsml"):
        return _root_format(text.lstrip("\ufeff")) is not None
    return fmt == "ninjs" and _NINJS_KEY_RE.search(text) is not None


def read_story(text: str, path: str, fmt: str) -> Layout:
    """The plain story of a markup file, mapped; InputError for a file that holds none."""
    name = _NAMES[fmt]
    try:
        story = _read(text, path, fmt, name)
    except TooDeep:
        raise InputError(
            path, f"{name} nested more than {MAX_DEPTH} levels deep: not a story"
        ) from None
    if not story.has_copy:
        raise InputError(
            path, f"well-formed {name}, but it holds no story (no headline, paragraph or text)"
        )
    return layout(story)


def _read(text: str, path: str, fmt: str, name: str) -> Story:
    from wirelint.formats.html import read_html
    from wirelint.formats.newsml import read_newsml
    from wirelint.formats.ninjs import read_ninjs
    from wirelint.formats.nitf import read_nitf

    story = Story(fmt)
    if fmt == "ninjs":
        read_ninjs(text, path, story)
    elif fmt == "html":
        read_html(text, parse_tree(text, is_html=True), story)
    else:
        check_xml(text, path, "XML")
        root = parse_tree(text, is_html=False)
        top = root.elements()
        found = top[0].name if top else "nothing"
        if fmt == "nitf" and found == "nitf":
            read_nitf(text, top[0], story)
        elif fmt == "newsml" and found in ("newsItem", "newsMessage"):
            read_newsml(text, root, story)
        elif found in ("nitf", "newsItem", "newsMessage"):
            actual = "nitf" if found == "nitf" else "newsml"
            raise InputError(path, f"is {_NAMES[actual]} (<{found}>), not {name}")
        else:
            raise InputError(
                path,
                f"well-formed XML, but its root is <{found}>: not a NITF (<nitf>) or "
                "NewsML-G2 (<newsItem>, <newsMessage>) story",
            )
    return story
