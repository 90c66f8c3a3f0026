"""Stories as newsrooms store them: NITF, NewsML-G2, ninjs and HTML, read into plain copy.

:func:`detect_format` picks the reader from the file's extension and content (this
module is light: the command line imports it for its options);
:func:`wirelint.input.formats.read.read_story` turns a file into the plain story the rules
read, with a map back to the file; :func:`wirelint.input.formats.lint.lint_source_text`
lints any story (plain text too) and reports diagnostics and fixes at their places in
the file.
"""

from __future__ import annotations

import os
import re

#: Formats ``--input-format`` accepts; ``auto`` picks one per file.
INPUT_FORMATS = ("auto", "text", "nitf", "newsml", "ninjs", "html")

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
