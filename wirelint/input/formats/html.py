"""HTML and XHTML: ``h1`` headline, ``h2``-``h6`` subheads, ``p`` paragraphs, ``ul``/``li`` bullets.

When the page has an ``article`` element only that is read: the rest of a web page
(navigation, related links, the site's footer) is not the story.
"""

from __future__ import annotations

from wirelint.input.formats.markup import BLOCKS, NOT_TEXT, Chunk, Element, text_of, text_of_nodes
from wirelint.input.formats.story import BlockKind, Story

_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: Page furniture around an article (a ``header`` inside it holds the headline).
_FURNITURE = frozenset({"header", "footer"})


def read_html(raw: str, root: Element, story: Story) -> None:
    articles = root.iter("article")
    if articles:
        for article in articles:
            if not any(a is not article and _inside(article, a) for a in articles):
                _blocks(raw, article, story, in_article=True)
        return
    body = next(iter(root.iter("body")), root)
    _blocks(raw, body, story, in_article=False)


def _inside(el: Element, ancestor: Element) -> bool:
    node = el.parent
    while node is not None:
        if node is ancestor:
            return True
        node = node.parent
    return False


def _blocks(raw: str, el: Element, story: Story, *, in_article: bool) -> None:
    # Text straight inside a container (`<div>One.<br><br>Two.</div>`), as CMSs write
    # it, is copy too: a run of it, up to a block or a blank line (two breaks), is a
    # paragraph.
    run: list[Element | Chunk] = []

    def flush() -> None:
        if run:
            story.add(BlockKind.PARAGRAPH, text_of_nodes(raw, run))
            run.clear()

    for child in el.children:
        if isinstance(child, Chunk) or (child.name not in BLOCKS and child.name not in NOT_TEXT):
            if isinstance(child, Element) and child.name == "br" and _ends_with_break(raw, run):
                flush()
            else:
                run.append(child)
            continue
        flush()
        _block(raw, child, story, in_article=in_article)
    flush()


def _ends_with_break(raw: str, run: list[Element | Chunk]) -> bool:
    """The run so far ends with a ``<br>`` and nothing but white space after it."""
    for node in reversed(run):
        if isinstance(node, Element):
            return node.name == "br"
        if raw[node.start : node.end].strip():
            return False
    return False


def _block(raw: str, child: Element, story: Story, *, in_article: bool) -> None:
    name = child.name
    if name == "h1":
        # A headline opens the story; an h1 after the copy has begun is a subhead.
        started = any(b.kind is BlockKind.PARAGRAPH for b in story.blocks)
        kind = BlockKind.SUBHEAD if started else BlockKind.HEADLINE
        story.add(kind, text_of(raw, child), child)
    elif name in _HEADINGS:
        story.add(BlockKind.SUBHEAD, text_of(raw, child), child)
    elif name == "blockquote" and child.elements("p"):
        _blocks(raw, child, story, in_article=in_article)
    elif name in ("p", "blockquote", "pre"):
        story.add(BlockKind.PARAGRAPH, text_of(raw, child), child)
    elif name in ("ul", "ol"):
        for item in child.elements("li"):
            story.add(BlockKind.BULLET, text_of(raw, item), item)
    elif name in NOT_TEXT or (name in _FURNITURE and not in_article) or name == "head":
        return
    else:
        _blocks(raw, child, story, in_article=in_article)
