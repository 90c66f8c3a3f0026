"""A story read out of markup: its blocks, its metadata, and the plain text the rules read.

Why plain text and not parts built by hand: the rules already read plain wire copy
and light Markdown, and the plain-text parser is where a dateline, a credit line or
an all-caps subhead is recognised. A reader that writes the story in that layout
(``# headline``, ``- bullet``, ``## subhead``, one paragraph per block) gives the
rules the same Document a desk's plain-text copy of the story would, so a finding in
NITF is the finding in plain text. What the markup says for sure and the text cannot
show (a ``tagline`` is a credit, a ``byline`` is not copy) is set on the parts after
parsing. Every character of the plain text keeps the range of the file it came from
(:mod:`wirelint.input.formats.sourcemap`), so findings and fixes go back to the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from wirelint.document.model import PROSE_KINDS, Document, PartKind
from wirelint.document.span import Span
from wirelint.input.formats.sourcemap import Mapped

if TYPE_CHECKING:
    # The XML reader (expat, HTML entities) loads only for a story in markup.
    from wirelint.input.formats.markup import Element


class BlockKind(str, Enum):
    HEADLINE = "headline"
    SUBHEAD = "subhead"
    BULLET = "bullet"
    PARAGRAPH = "paragraph"
    BYLINE = "byline"
    DATELINE = "dateline"  # a dateline element apart from the first paragraph
    CREDIT = "credit"


@dataclass
class Block:
    kind: BlockKind
    text: Mapped
    #: The element holding the block, tags included: what a fix deleting the block removes.
    element: Span | None = None


@dataclass
class StoryMetadata:
    """What the file says about the story outside its copy.

    ``headline`` is a headline given in metadata (NewsML-G2 ``contentMeta/headline``,
    ninjs ``headlines``) that is not itself the story's headline; its span lies past the
    end of the plain text (the rules must not read it as copy) and maps into the file
    like any other. ``brands`` are the provider, credit line and copyright holder, most
    telling first.
    """

    headline: str | None = None
    headline_span: Span | None = None
    headline_source: str = ""
    brands: tuple[str, ...] = ()


@dataclass
class Story:
    format: str
    blocks: list[Block] = field(default_factory=list)
    brands: list[str] = field(default_factory=list)
    #: (text, where) of a metadata headline, compared with the body's by WL305.
    meta_headline: tuple[Mapped, str] | None = None
    #: A plain-text story held as text (NewsML-G2 inlineData, ninjs body_text): read as is.
    verbatim: Mapped | None = None

    def add(self, kind: BlockKind, text: Mapped, element: Element | None = None) -> None:
        text = text.strip()
        if len(text):
            where = Span(element.start, element.end) if element is not None else None
            self.blocks.append(Block(kind, text, where))

    def metadata_headline(self, text: Mapped, where: str) -> None:
        """Take a headline given in metadata, once the body has been read.

        With no headline in the body it is the story's headline. When a body headline
        has the same words it adds nothing; when one extends it (`... – Reuters`) it
        is printed before it, as a web/wire headline pair. Any other is a different
        headline: kept aside for WL305, not read as copy.
        """
        text = text.strip()
        if not len(text):
            return
        words = text.string()
        body = [b.text.string() for b in self.blocks if b.kind is BlockKind.HEADLINE]
        if self.verbatim is not None and not body:
            # Plain text held as text: printed first unless the text opens with it.
            first = self.verbatim.string().strip().split("\n", 1)[0]
            if _words(words) != _words(first):
                self.blocks.insert(0, Block(BlockKind.HEADLINE, text))
            return
        if not body:
            self.blocks.insert(0, Block(BlockKind.HEADLINE, text))
        elif any(_words(words) == _words(b) for b in body):
            return
        elif any(same_headline(words, b) for b in body):
            self.blocks.insert(0, Block(BlockKind.HEADLINE, text))
        else:
            self.meta_headline = (text, where)

    @property
    def has_copy(self) -> bool:
        if self.verbatim is not None and self.verbatim.string().strip():
            return True
        return any(b.kind in _COPY for b in self.blocks)


_COPY = frozenset({BlockKind.HEADLINE, BlockKind.PARAGRAPH, BlockKind.BULLET, BlockKind.SUBHEAD})
_PREFIX = {BlockKind.HEADLINE: "# ", BlockKind.SUBHEAD: "## ", BlockKind.BULLET: "- "}
#: Parts the markup names for sure, set after the plain-text parser has read the story.
_IMPOSED = {BlockKind.BYLINE: PartKind.META, BlockKind.CREDIT: PartKind.CREDIT}
_NOT_CREDIT = frozenset(PartKind) - {PartKind.CREDIT, PartKind.BOILERPLATE}


class MarkupDocument(Document):
    """A Document read from markup: the plain story, plus the file's metadata."""

    def __init__(self, text: str, path: str | None, metadata: StoryMetadata) -> None:
        self.metadata = metadata
        super().__init__(text, path)


class FileText(Document):
    """A markup file as written, for positions only: its story is read by a format's reader."""

    def _parse(self) -> None:
        return


@dataclass
class Layout:
    text: str
    mapped: Mapped  # the plain text, then the metadata headline (past the text's end)
    #: Plain-text span of each block whose part kind the markup decides.
    imposed: list[tuple[Span, PartKind]]
    metadata: StoryMetadata
    #: Plain-text span of each block held by an element of its own, and that element.
    elements: list[tuple[Span, Span]]


def layout(story: Story) -> Layout:
    """The story as plain wire text, each character mapped to the file."""
    out = Mapped()
    imposed: list[tuple[Span, PartKind]] = []
    elements: list[tuple[Span, Span]] = []
    blocks = _join_dateline(story.blocks)
    previous: BlockKind | None = None
    for block in blocks:
        at = block.text.starts[0]
        if previous is not None:
            # Bullets in a row form one list, as in plain copy.
            same_list = previous is BlockKind.BULLET and block.kind is BlockKind.BULLET
            out.synthetic("\n" if same_list else "\n\n", at)
        out.synthetic(_PREFIX.get(block.kind, ""), at)
        start = len(out)
        out.extend(block.text)
        if block.kind in _IMPOSED:
            imposed.append((Span(start, len(out)), _IMPOSED[block.kind]))
        if block.element is not None:
            elements.append((Span(start, len(out)), block.element))
        previous = block.kind
    if story.verbatim is not None:
        verbatim = story.verbatim.strip()
        if len(verbatim):
            if len(out):
                out.synthetic("\n\n", verbatim.starts[0])
            out.extend(verbatim)
    if len(out):
        out.synthetic("\n", out.ends[-1])
    text = out.string()
    metadata = StoryMetadata(brands=tuple(story.brands))
    if story.meta_headline is not None:
        headline, where = story.meta_headline
        headline = headline.strip()
        if len(headline):
            metadata.headline = headline.string()
            metadata.headline_span = Span(len(out), len(out) + len(headline))
            metadata.headline_source = where
            out.extend(headline)
    return Layout(text, out, imposed, metadata, elements)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


# After the shorter headline's last word: its closing quote or mark, then the dash.
_SUFFIX_RE = re.compile(r"[^\w\-–—|:]*[-–—|:]")


def same_headline(a: str, b: str) -> bool:
    """The same words, or one of them the other plus a suffix after a dash (`– Reuters`)."""
    wa, wb = _words(a), _words(b)
    if wa == wb:
        return True
    short, long_ = (a, b) if len(wa) < len(wb) else (b, a)
    n = len(_words(short))
    if n == 0 or _words(long_)[:n] != _words(short):
        return False
    # Where the shorter headline's last word ends in the longer one.
    ends = [m.end() for m in re.finditer(r"\w+", long_.casefold())]
    return _SUFFIX_RE.match(long_, ends[n - 1]) is not None


def _join_dateline(blocks: list[Block]) -> list[Block]:
    """A dateline element goes before the first paragraph, as plain copy prints it."""
    out: list[Block] = []
    pending: Block | None = None
    for block in blocks:
        if block.kind is BlockKind.DATELINE:
            pending = block
            continue
        if pending is not None and block.kind is BlockKind.PARAGRAPH:
            if not block.text.string().startswith(pending.text.string()):
                joined = Mapped()
                joined.extend(pending.text)
                joined.synthetic(" - ", block.text.starts[0])
                joined.extend(block.text)
                block = Block(BlockKind.PARAGRAPH, joined)
            pending = None
        out.append(block)
    return out


def build_document(result: Layout, path: str | None) -> MarkupDocument:
    doc = MarkupDocument(result.text, path, result.metadata)
    for span, kind in result.imposed:
        for part in doc.parts:
            if not span.start <= part.span.start < max(span.end, span.start + 1):
                continue
            # A credit the parser took for boilerplate (a trust line) stays boilerplate.
            keep = PROSE_KINDS if kind is PartKind.META else _NOT_CREDIT
            if part.kind in keep:
                part.kind = kind
    return doc
