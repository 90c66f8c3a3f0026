"""Reading a file in a news format into the plain story the rules read, mapped to the file."""

from __future__ import annotations

from wirelint.errors import InputError
from wirelint.input.formats.markup import MAX_DEPTH, TooDeep, check_xml, parse_tree
from wirelint.input.formats.story import Layout, Story, layout

_NAMES = {"nitf": "NITF", "newsml": "NewsML-G2", "ninjs": "ninjs", "html": "HTML"}


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
    from wirelint.input.formats.html import read_html
    from wirelint.input.formats.newsml import read_newsml
    from wirelint.input.formats.ninjs import read_ninjs
    from wirelint.input.formats.nitf import read_nitf

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
