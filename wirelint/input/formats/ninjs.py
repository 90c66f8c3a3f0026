"""ninjs, IPTC's news in JSON: 1.x ``headline``/``body_html``/``body_text``, 2.x ``headlines``/``bodies``.

The JSON is checked by the standard library's parser first (its errors name the line
and column); then a small scanner reads it again keeping, for every character of a
string value, the range of the file it was written as (``\\"``, ``\\u2019``, ``\\n``).
HTML inside a string is read by the HTML reader and mapped through the string.
"""

from __future__ import annotations

import json
import re
from typing import Any

from wirelint.errors import InputError
from wirelint.input.formats.html import read_html
from wirelint.input.formats.markup import MAX_DEPTH, TooDeep, parse_tree
from wirelint.input.formats.sourcemap import JSON, Mapped
from wirelint.input.formats.story import Block, BlockKind, Story

_WS = re.compile(r"[ \t\r\n]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?")
_STRING_STOP = re.compile(r'["\\]')
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def check_json(raw: str, path: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(
            path,
            f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:
        raise InputError(path, "JSON nested too deeply to be a story") from None


class _Scanner:
    """A JSON reader for text ``json.loads`` has accepted: strings become :class:`Mapped`."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.pos = 0
        self.depth = 0

    def skip(self) -> None:
        m = _WS.match(self.raw, self.pos)
        assert m is not None
        self.pos = m.end()

    def value(self) -> Any:
        self.skip()
        ch = self.raw[self.pos]
        if ch in "{[":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise TooDeep(f"nested more than {MAX_DEPTH} deep")
            try:
                return self._container(ch)
            finally:
                self.depth -= 1
        if ch == '"':
            return self.string()
        for word, value in (("true", True), ("false", False), ("null", None)):
            if self.raw.startswith(word, self.pos):
                self.pos += len(word)
                return value
        m = _NUMBER.match(self.raw, self.pos)
        assert m is not None
        self.pos = m.end()
        return float(m.group())

    def _container(self, ch: str) -> Any:
        if ch == "{":
            self.pos += 1
            out: dict[str, Any] = {}
            self.skip()
            if self.raw[self.pos] == "}":
                self.pos += 1
                return out
            while True:
                self.skip()
                key = self.string().string()
                self.skip()
                self.pos += 1  # the colon
                out[key] = self.value()
                self.skip()
                ch = self.raw[self.pos]
                self.pos += 1
                if ch == "}":
                    return out
        self.pos += 1  # an array
        items: list[Any] = []
        self.skip()
        if self.raw[self.pos] == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip()
            ch = self.raw[self.pos]
            self.pos += 1
            if ch == "]":
                return items

    def string(self) -> Mapped:
        raw = self.raw
        i = self.pos + 1
        out = Mapped()
        while True:
            m = _STRING_STOP.search(raw, i)
            assert m is not None  # json.loads has seen the closing quote
            out.run(raw, i, m.start(), JSON)
            i = m.start()
            if raw[i] == '"':
                self.pos = i + 1
                return out
            kind = raw[i + 1]
            if kind != "u":
                out.char(_ESCAPES[kind], i, i + 2, JSON)
                i += 2
                continue
            code = int(raw[i + 2 : i + 6], 16)
            end = i + 6
            if 0xD800 <= code < 0xDC00 and raw.startswith("\\u", end):
                low = int(raw[end + 2 : end + 6], 16)
                if 0xDC00 <= low < 0xE000:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    end += 6
            out.char(chr(code), i, end, JSON)
            i = end


def is_ninjs(value: Any) -> bool:
    keys = {"headline", "headlines", "body_html", "body_text", "body_xhtml", "bodies", "uri"}
    return isinstance(value, dict) and bool(keys & set(value))


def read_ninjs(raw: str, path: str, story: Story) -> None:
    check_json(raw, path)
    data = _Scanner(raw).value()
    if not isinstance(data, dict):
        return
    for key in ("copyrightholder", "provider"):
        if isinstance(data.get(key), Mapped):
            story.brands.append(data[key].string())
    for source in data.get("infosources") or []:
        if isinstance(source, dict) and isinstance(source.get("name"), Mapped):
            story.brands.append(source["name"].string())

    headlines = [h for h in _headlines(data) if h.string().strip()]
    body_html, body_text = _bodies(data)
    if body_html is not None:
        html_story = Story("html")
        html_text = body_html.string()
        read_html(html_text, parse_tree(html_text, is_html=True), html_story)
        for block in html_story.blocks:
            story.blocks.append(Block(block.kind, block.text.through(body_html)))
    elif body_text is not None:
        story.verbatim = body_text
    if headlines:
        # The main headline is checked against the copy's; the others (alternate, short,
        # SEO) are headlines of the story too, printed after it.
        story.metadata_headline(headlines[0], "headline" if "headline" in data else "headlines")
        at = next((i + 1 for i, b in enumerate(story.blocks) if b.kind is BlockKind.HEADLINE), 0)
        story.blocks[at:at] = [Block(BlockKind.HEADLINE, h.strip()) for h in headlines[1:]]
    for key in ("byline", "by"):
        if isinstance(data.get(key), Mapped):
            _insert_byline(story, data[key])


def _headlines(data: dict[str, Any]) -> list[Mapped]:
    if isinstance(data.get("headline"), Mapped):
        return [data["headline"]]
    out = []
    items = [h for h in data.get("headlines") or [] if isinstance(h, dict)]
    # The main headline first, then the others as the file lists them.
    items.sort(key=lambda h: 0 if _role(h) in ("", "main") else 1)
    for h in items:
        if isinstance(h.get("value"), Mapped):
            out.append(h["value"])
    return out


def _role(item: dict[str, Any]) -> str:
    role = item.get("role")
    return role.string().rsplit(":", 1)[-1] if isinstance(role, Mapped) else ""


def _bodies(data: dict[str, Any]) -> tuple[Mapped | None, Mapped | None]:
    for key in ("body_html", "body_xhtml"):
        if isinstance(data.get(key), Mapped):
            return data[key], None
    if isinstance(data.get("body_text"), Mapped):
        return None, data["body_text"]
    items = [b for b in data.get("bodies") or [] if isinstance(b, dict)]
    items.sort(key=lambda b: 0 if _role(b) in ("", "main") else 1)
    for b in items:
        value = b.get("value")
        if not isinstance(value, Mapped):
            continue
        kind = b.get("contenttype") or b.get("contentType")
        content_type = kind.string() if isinstance(kind, Mapped) else "text/html"
        if "html" in content_type:
            return value, None
        return None, value
    return None, None


def _insert_byline(story: Story, byline: Mapped) -> None:
    """After the headlines and bullets, where a plain-text story prints it."""
    at = next(
        (
            i
            for i, b in enumerate(story.blocks)
            if b.kind not in (BlockKind.HEADLINE, BlockKind.BULLET)
        ),
        len(story.blocks),
    )
    if len(byline.strip()):
        story.blocks.insert(at, Block(BlockKind.BYLINE, byline.strip()))
