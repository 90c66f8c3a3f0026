"""XML and HTML as a tree of elements with exact character offsets into the raw text.

XML is first checked by expat with every entity declaration refused, so a file that
declares entities (billion laughs, an external entity pointing at a local file or a
URL) stops at its first declaration, before anything is expanded or fetched; expat
never reads an external DTD. Once expat accepts the file, a small scanner reads its
tags with their offsets (expat reports bytes, wirelint counts characters), and the
text between tags is decoded here, character by character, so every character knows
the range of the file it came from.
"""

from __future__ import annotations

import html.entities
import re
from dataclasses import dataclass, field
from xml.parsers import expat

from wirelint.errors import InputError
from wirelint.input.formats.sourcemap import CDATA, XML, Mapped

_NAME = r"[A-Za-z_][\w:.\-]*"
_ATTR_RE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
_TOKEN_RE = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<!\[CDATA\[(?P<cdata>.*?)(?:\]\]>|\Z)"
    r"|<\?.*?(?:\?>|\Z)"
    r"|<!(?:[^\[>]|\[.*?\])*>"
    rf"|</(?P<end>{_NAME})\s*>"
    rf"|<(?P<start>{_NAME})(?P<attrs>(?:\s+[^\s\"'>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*)\s*(?P<empty>/?)>",
    re.S,
)
_ENTITY_RE = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));")
_XML_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_SPACE = frozenset(" \t\r\n\f")
#: HTML elements whose content is not text to read.
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "template", "noscript"})
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()  # noqa: SIM905
)
#: HTML elements a new block element closes when left open (``<p>one<p>two``).
_CLOSED_BY_BLOCK = frozenset({"p", "li", "dt", "dd"})
BLOCKS = frozenset(
    """address article aside blockquote dd div dl dt fieldset figcaption figure footer form
    h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table ul""".split()  # noqa: SIM905
)


@dataclass(eq=False)
class Chunk:
    """Raw text between tags (``cdata`` for a CDATA section's content)."""

    start: int
    end: int
    cdata: bool = False


@dataclass(eq=False)
class Element:
    name: str  # local name, lower-case for HTML
    attrs: dict[str, str]
    start: int  # the start tag's first character
    end: int  # after the end tag (or the empty tag)
    children: list[Element | Chunk] = field(default_factory=list)
    parent: Element | None = field(default=None, repr=False)

    def find(self, *path: str) -> Element | None:
        """The first descendant reached by child names ``path``."""
        node: Element | None = self
        for name in path:
            assert node is not None
            node = next(
                (c for c in node.children if isinstance(c, Element) and c.name == name), None
            )
            if node is None:
                return None
        return node

    def elements(self, name: str | None = None) -> list[Element]:
        return [
            c for c in self.children if isinstance(c, Element) and (name is None or c.name == name)
        ]

    def iter(self, name: str) -> list[Element]:
        """Every descendant called ``name``, in document order."""
        out: list[Element] = []
        stack: list[Element] = [self]
        while stack:
            node = stack.pop()
            if node is not self and node.name == name:
                out.append(node)
            stack.extend(reversed(node.elements()))
        return out


class _Refused(Exception):
    pass


def _refuse_entity(*_args: object) -> None:
    raise _Refused("it declares entities (wirelint never expands entities; remove the DTD)")


def _refuse_external(*_args: object) -> int:
    raise _Refused("it refers to an external entity (wirelint never reads one)")


def _char_column(text: str, line: int, byte_column: int) -> int:
    """expat counts columns in UTF-8 bytes; people and editors count characters."""
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return byte_column + 1
    head = lines[line - 1].encode("utf-8", "surrogatepass")[:byte_column]
    return len(head.decode("utf-8", "ignore")) + 1


def check_xml(text: str, path: str, what: str) -> None:
    """Raise InputError unless ``text`` is well-formed XML that declares no entities."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_entity
    parser.ExternalEntityRefHandler = _refuse_external
    try:
        # A str is parsed as UTF-8 whatever the XML declaration says: the story was
        # decoded once already, by the same reader plain text goes through.
        parser.Parse(text, True)
    except _Refused as exc:
        line = parser.CurrentLineNumber
        col = _char_column(text, line, parser.CurrentColumnNumber)
        raise InputError(
            path, f"{what} refused at line {line}, column {col}: {exc}", line=line, column=col
        ) from None
    except expat.ExpatError as exc:
        col = _char_column(text, exc.lineno, exc.offset)
        raise InputError(
            path,
            f"not well-formed {what} at line {exc.lineno}, column {col}: "
            f"{expat.ErrorString(exc.code)}",
            line=exc.lineno,
            column=col,
        ) from None


def _attrs(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR_RE.finditer(raw):
        value = m.group(2) if m.group(2) is not None else m.group(3) or m.group(4) or ""
        out[m.group(1).rsplit(":", 1)[-1].lower()] = html.unescape(value)
    return out


#: Elements inside elements, at most: a story is a few levels deep, and the readers walk
#: the tree recursively.
MAX_DEPTH = 200


class TooDeep(ValueError):
    """Markup nested deeper than :data:`MAX_DEPTH`: no story is, a hostile file may be."""


# One case per markup event, all sharing the stack of open elements.
def parse_tree(text: str, *, is_html: bool) -> Element:  # noqa: C901, PLR0915
    """The element tree of ``text``; for HTML, forgiving as browsers are about closing tags.

    Raises :class:`TooDeep` for elements nested more than :data:`MAX_DEPTH` deep.
    """
    root = Element("#document", {}, 0, len(text))
    stack = [root]
    pos = 0
    text_start = 0
    n = len(text)

    def flush(upto: int) -> None:
        if upto > text_start:
            stack[-1].children.append(Chunk(text_start, upto))

    while True:
        lt = text.find("<", pos)
        if lt == -1:
            break
        m = _TOKEN_RE.match(text, lt)
        if m is None:
            pos = lt + 1  # a bare "<" in HTML text
            continue
        flush(lt)
        pos = text_start = m.end()
        if m.group("cdata") is not None:
            stack[-1].children.append(Chunk(m.start("cdata"), m.end("cdata"), cdata=True))
        elif m.group("start") is not None:
            name = m.group("start").rsplit(":", 1)[-1]
            if is_html:
                name = name.lower()
                if name in BLOCKS:
                    _close_implied(stack, name, lt)
            el = Element(name, _attrs(m.group("attrs")), lt, m.end(), parent=stack[-1])
            stack[-1].children.append(el)
            if m.group("empty") or (is_html and name in _VOID):
                continue
            if is_html and name in _RAW_TEXT:
                close = re.compile(rf"</{name}\s*>", re.I).search(text, m.end())
                stop = close.start() if close else n
                el.children.append(Chunk(m.end(), stop))
                el.end = close.end() if close else n
                pos = text_start = el.end
                continue
            stack.append(el)
            if len(stack) > MAX_DEPTH:
                raise TooDeep(f"elements nested more than {MAX_DEPTH} deep at character {lt}")
        elif m.group("end") is not None:
            name = m.group("end").rsplit(":", 1)[-1]
            if is_html:
                name = name.lower()
            depth = next((i for i in range(len(stack) - 1, 0, -1) if stack[i].name == name), None)
            if depth is None:
                continue  # a stray end tag (HTML only: expat has vouched for XML)
            while len(stack) > depth:
                _close(stack, m.end() if len(stack) == depth + 1 else lt)
    flush(n)
    while len(stack) > 1:
        _close(stack, n)
    return root


def _close(stack: list[Element], end: int) -> None:
    stack.pop().end = end


def _close_implied(stack: list[Element], name: str, at: int) -> None:
    """A block start tag ends an open ``<p>``; a list item ends the item before it."""
    while stack[-1].name == "p":
        _close(stack, at)
    if name in _CLOSED_BY_BLOCK and stack[-1].name in _CLOSED_BY_BLOCK:
        _close(stack, at)


#: What interrupts a run of plain characters, by (CDATA?, collapse white space?).
_STOPS = {
    (False, True): re.compile(r"[ \t\r\n\f]+|&"),
    (False, False): re.compile("&"),
    (True, True): re.compile(r"[ \t\r\n\f]+"),
    (True, False): None,
}


def decode(text: str, chunk: Chunk, out: Mapped, *, collapse: bool = True) -> None:
    """Append a chunk's characters to ``out``, entities decoded, white space collapsed.

    ``collapse=False`` keeps line breaks: for a plain-text story held in XML.
    """
    context = CDATA if chunk.cdata else XML
    stops = _STOPS[(chunk.cdata, collapse)]
    i, end = chunk.start, chunk.end
    while i < end:
        m = stops.search(text, i, end) if stops is not None else None
        if m is None:
            out.run(text, i, end, context)
            return
        at = m.start()
        out.run(text, i, at, context)
        if m.group() != "&":
            out.space(at, m.end(), context)
            i = m.end()
            continue
        entity = _ENTITY_RE.match(text, at, end)
        value = _entity(entity) if entity is not None else None
        if entity is None or value is None:
            out.run(text, at, at + 1, context)  # a bare "&" (HTML allows it)
            i = at + 1
            continue
        for c in value:
            if collapse and c in _SPACE:
                out.space(at, entity.end(), context)
            else:
                out.char(c, at, entity.end(), context)
        i = entity.end()


def _entity(m: re.Match[str]) -> str | None:
    dec, hexa, name = m.groups()
    if dec is not None or hexa is not None:
        code = int(dec) if dec is not None else int(hexa, 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else None
    # XML's five, then HTML's names (an XHTML or NITF file with a DOCTYPE may use them:
    # expat leaves them alone, as it reads no external DTD).
    return _XML_ENTITIES.get(name) or html.entities.html5.get(name + ";")


#: Inline elements that separate words (a line break); every other inline one does not.
_BREAKS = frozenset({"br", "hr"})
NOT_TEXT = frozenset(
    """script style noscript template nav aside figure figcaption form button select
    iframe object svg math audio video canvas media media-caption media-reference
    table""".split()  # noqa: SIM905
)


def text_of(text: str, el: Element, skip: frozenset[str] = NOT_TEXT) -> Mapped:
    """An element's text, inline markup dropped, white space collapsed and trimmed."""
    return text_of_nodes(text, el.children, skip)


def text_of_nodes(
    text: str, nodes: list[Element | Chunk], skip: frozenset[str] = NOT_TEXT
) -> Mapped:
    """The text of a run of nodes, as :func:`text_of` reads an element's."""
    out = Mapped()
    _gather(text, nodes, out, skip)
    return out.strip()


def _gather(text: str, nodes: list[Element | Chunk], out: Mapped, skip: frozenset[str]) -> None:
    for child in nodes:
        if isinstance(child, Chunk):
            decode(text, child, out)
        elif child.name in _BREAKS:
            # A space the reader makes: a fix may not write over the <br/> it stands for.
            if out.text and out.text[-1] != " ":
                out.synthetic(" ", child.start)
        elif child.name not in skip:
            _gather(text, child.children, out, skip)
