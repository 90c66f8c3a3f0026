"""NITF 3.x: ``body.head`` (hedline, byline, dateline, abstract), ``body.content``, ``body.end``."""

from __future__ import annotations

from wirelint.input.formats.markup import Element, text_of
from wirelint.input.formats.story import BlockKind, Story

#: body.content elements that hold no copy (tables, media, notes to editors).
_NOT_COPY = frozenset({"table", "media", "ol-note", "note", "pre", "nitf-table", "fn"})


def read_nitf(raw: str, nitf: Element, story: Story) -> None:
    """Add the blocks and brands of a ``<nitf>`` element to ``story``."""
    head = nitf.find("head")
    if head is not None:
        docdata = head.find("docdata")
        if docdata is not None:
            for name, attr in (("doc.copyright", "holder"), ("doc.rights", "provider")):
                for el in docdata.elements(name):
                    if el.attrs.get(attr):
                        story.brands.append(el.attrs[attr])
    body = nitf.find("body")
    if body is None:
        return
    for part in body.elements():
        if part.name == "body.head":
            _body_head(raw, part, story)
        elif part.name == "body.content":
            _content(raw, part, story)
        elif part.name == "body.end":
            for tagline in part.iter("tagline"):
                story.add(BlockKind.CREDIT, text_of(raw, tagline), tagline)


def _body_head(raw: str, head: Element, story: Story) -> None:
    for el in head.elements():
        if el.name == "hedline":
            for hl in el.elements():
                if hl.name in ("hl1", "hl2"):
                    story.add(BlockKind.HEADLINE, text_of(raw, hl), hl)
        elif el.name == "byline":
            story.add(BlockKind.BYLINE, text_of(raw, el), el)
        elif el.name == "dateline":
            story.add(BlockKind.DATELINE, text_of(raw, el), el)
        elif el.name == "abstract":
            _content(raw, el, story)
        elif el.name == "distributor":
            distributor = text_of(raw, el).string()
            if distributor:
                story.brands.append(distributor)


def _content(raw: str, el: Element, story: Story) -> None:
    for child in el.elements():
        name = child.name
        if name == "p":
            story.add(BlockKind.PARAGRAPH, text_of(raw, child), child)
        elif name in ("hl1", "hl2"):
            story.add(BlockKind.SUBHEAD, text_of(raw, child), child)
        elif name in ("ul", "ol", "dl"):
            for item in child.elements():
                if item.name in ("li", "dd", "dt"):
                    story.add(BlockKind.BULLET, text_of(raw, item), item)
        elif name not in _NOT_COPY:
            _content(raw, child, story)  # block, and anything that wraps copy
