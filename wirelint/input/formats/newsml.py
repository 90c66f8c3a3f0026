"""NewsML-G2: a ``newsItem`` (alone or in a ``newsMessage``) with inline NITF, XHTML or text.

Metadata read: ``contentMeta/headline`` (compared with the body's headline by WL305,
or the story's headline when the body has none), and the brand: ``contentMeta/
creditline``, ``itemMeta/provider``, ``rightsInfo/copyrightHolder``.
"""

from __future__ import annotations

from wirelint.input.formats.html import read_html
from wirelint.input.formats.markup import Chunk, Element, decode, text_of
from wirelint.input.formats.nitf import read_nitf
from wirelint.input.formats.sourcemap import Mapped
from wirelint.input.formats.story import Story


def news_items(root: Element) -> list[Element]:
    top = root.elements()
    if top and top[0].name == "newsItem":
        return top
    return root.iter("newsItem")


def read_newsml(raw: str, root: Element, story: Story) -> None:
    items = news_items(root)
    item = next((i for i in items if _content(i) is not None), items[0] if items else None)
    if item is None:
        return
    content_meta = item.find("contentMeta")
    brands: list[str] = []
    if content_meta is not None:
        brands += [text_of(raw, c).string() for c in content_meta.elements("creditline")]
    provider = item.find("itemMeta", "provider")
    if provider is not None:
        brands.append(_name(raw, provider))
    for holder in (r.find("copyrightHolder") for r in item.elements("rightsInfo")):
        if holder is not None:
            brands.append(_name(raw, holder))
    story.brands.extend(b for b in brands if b)

    content = _content(item)
    if content is not None:
        _read_content(raw, content, story)
    if content_meta is not None:
        headlines = content_meta.elements("headline")
        main = next((h for h in headlines if _is_main(h)), headlines[0] if headlines else None)
        if main is not None:
            story.metadata_headline(text_of(raw, main), "contentMeta/headline")


def _is_main(headline: Element) -> bool:
    role = headline.attrs.get("role", "")
    return not role or role.rsplit(":", 1)[-1] in ("main", "headline", "hl1")


def _name(raw: str, el: Element) -> str:
    """A party's name: its ``name`` child, its ``literal``, or the code of its ``qcode``."""
    name = el.find("name")
    if name is not None:
        return text_of(raw, name).string()
    if el.attrs.get("literal"):
        return el.attrs["literal"]
    return el.attrs.get("qcode", "").rpartition(":")[2]


def _content(item: Element) -> Element | None:
    content_set = item.find("contentSet")
    if content_set is None:
        return None
    for el in content_set.elements():
        if el.name in ("inlineXML", "inlineData"):
            return el
    return None


def _read_content(raw: str, content: Element, story: Story) -> None:
    if content.name == "inlineData":
        # Plain text inside XML: read verbatim, line breaks kept, entities decoded.
        text = Mapped()
        for child in content.children:
            if isinstance(child, Chunk):
                decode(raw, child, text, collapse=False)
        story.verbatim = text
        return
    for el in content.elements():
        if el.name == "nitf":
            read_nitf(raw, el, story)
        elif el.name == "html":
            read_html(raw, el, story)
