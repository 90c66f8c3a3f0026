"""WL403 unbalanced-quote: a quotation mark or bracket opened and never closed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar, NamedTuple

from wirelint.diagnostics import Diagnostic, Note, Severity
from wirelint.document.model import Document, Part, PartKind
from wirelint.document.span import Span
from wirelint.packs import register_section
from wirelint.registry import Context, Rule

ELISIONS = "quote-elisions"
register_section(
    ELISIONS,
    "strings",
    "words that open with an apostrophe, not a quotation mark: 'n', 'em, 'til (WL403)",
)

_CHECKED = (PartKind.HEADLINE, PartKind.SUBHEAD, PartKind.BULLET, PartKind.PARAGRAPH)
_CONTINUED = (PartKind.PARAGRAPH, PartKind.BULLET)
_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {v: k for k, v in _BRACKETS.items()}
# What may stand before an opening mark, and after a closing one.
_BEFORE_OPEN = set("([{“‘\"'—–-/")
_AFTER_CLOSE = set(".,;:!?)]}…—–-/\"'’”")
_MARKS = re.compile(r"[\"'`“”„‘’()\[\]{}]")
_DOUBLE = '"“”„'
_WORD_AFTER = re.compile(r"[^\W_]+")
# `..., he told the conference.`: words that follow a quote, never stand inside one.
_ATTRIBUTION = re.compile(
    r"[,?!]\s+(?:[\w.'’-]+\s+){0,5}?"
    # Not the speaker speaking of themselves: "as I have said", "I explained".
    r"(?<!\bI )(?<!\bwe )(?<!\bWe )(?<!have )(?<!has )(?<!had )(?<!'ve )"
    r"(?:said|says|told|added|adds|asked|explained|wrote|"
    r"according)\b(?!\s*[:'\"‘“]|\s+that\b)"
)
_YEAR = re.compile(r"\d{2,}s?\b")  # '90s, '05, '771


class _Open(NamedTuple):
    kind: str  # '"', "'", or an opening bracket
    pos: int  # offset in Document.text
    mark: str


def _is_space(c: str) -> bool:
    # A thin or hair space sets a quotation mark off from the next one (' "): it is
    # part of the mark, not a gap between words.
    return c == "" or (c.isspace() and c not in "\u2009\u200a\u202f")


def _after_sentence(text: str, i: int) -> bool:
    """Whether the mark at ``i`` opens a sentence: white space, then the end of one."""
    j = i
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == i:
        return False
    # A quotation inside the quote may close first: `... ridiculous.' "But then ...`.
    while j > 1 and text[j - 1] in "'’)" and text[j - 2] in ".?!…'’)":
        j -= 1
    return j > 0 and text[j - 1] in ".?!…"


def _double_role(c: str, prev: str, nxt: str, text: str, i: int, is_open: bool) -> str:
    """Whether a double quotation mark opens or closes (or is an inch mark)."""
    if c in "“„":
        return "close" if c == "“" and is_open and not _is_space(prev) else "open"
    if c == "”":
        return "close"
    if prev.isdigit() and not is_open:
        return "inch"  # 12"
    if _is_space(prev) and not _is_space(nxt):
        return "open"  # ` "We`, ` "'Tis`, ` "...and`
    if not _is_space(prev) and (_is_space(nxt) or nxt in _AFTER_CLOSE):
        if nxt == "." and text.startswith("...", i + 1) and prev in _BEFORE_OPEN:
            return "open"
        return "close"
    if prev in _BEFORE_OPEN and not _is_space(nxt):
        return "open"  # ("We
    # Between two spaces or two letters: it toggles.
    return "close" if is_open else "open"


_ENDS_SENTENCE = frozenset(".?!…:;\"”’')]}")


def _broken_off(part: Part, following: Part, doc: Document) -> bool:
    """A sentence broken across two paragraphs: no end mark, the next starts in lower case.

    `... the security services as agent provocateur` / `and perhaps interfering ..."`: a
    break lost or added in conversion (an emphasised `was` set apart), not a new paragraph.
    """
    if part.kind not in _CONTINUED or following.kind not in _CONTINUED:
        return False
    end = doc.text[part.span.start : part.span.end].rstrip()
    start = doc.text[following.span.start : following.span.start + 1]
    return bool(end) and end[-1] not in _ENDS_SENTENCE and start.islower()


def _carried_on(
    parts: list[Part], scans: list[tuple[list[_Open], list[tuple[int, str]]]], doc: Document
) -> set[int]:
    """The marks of double quotations that go on in a sentence broken across paragraphs.

    The last double quotation left open in a paragraph broken off mid-sentence, and the
    first closing double mark with no opening in the paragraphs that carry the sentence
    on (`... agent provocateur` / `and perhaps interfering ..."`): they pair up.
    """
    paired: set[int] = set()
    for index, (unclosed, _stray) in enumerate(scans):
        opened = max((o.pos for o in unclosed if o.kind == '"'), default=-1)
        if opened < 0:
            continue
        j = index
        while j + 1 < len(parts) and _broken_off(parts[j], parts[j + 1], doc):
            j += 1
            closer = next((pos for pos, mark in scans[j][1] if mark in '"”'), None)
            if closer is not None:
                paired.update((opened, closer))
                break
    return paired


def _closing_mark(kind: str, mark: str) -> str:
    if kind == '"':
        return "”" if mark == "“" else '"'
    if kind == "'":
        return "’" if mark == "‘" else "'"
    return _BRACKETS[kind]


class UnbalancedQuote(Rule):
    """A quotation mark or bracket that opens and never closes within its paragraph.

    ## What it does
    Pairs the quotation marks (straight `"` `'` and curly `“ ” ‘ ’`) and brackets
    (`( [ {`) of each paragraph, headline, subhead and bullet, and reports a mark
    that opens and is never closed, and a double quotation mark that closes what
    never opened. Wire copy carries a quote on into the next paragraph by leaving the
    closing mark off and reopening the next paragraph with an opening mark: that is
    not reported, nor is a quotation that goes on in a sentence broken across two
    paragraphs (no end mark, the next paragraph opens in lower case: a break lost or
    added in conversion). Apostrophes are not quotation marks: `Zelenskiy's`, `rock 'n' roll`,
    `'90s`, the plural possessive `ministers'` and elisions such as `'em` (a list in
    `rules/spelling.toml`). Inch and foot marks after a figure (`12"`) are not quotes.

    ## Why it matters
    A quote left open makes the reader guess where the speaker's words end: it is the
    difference between what a source said and what the reporter wrote. An unclosed
    bracket is usually the trace of a cut that went wrong.

    ## Example
    ```text
    "We will not give up our land, Zelenskiy said on Tuesday.
    ```
    The opening `"` is reported with a note where the paragraph ends. Followed by a
    paragraph that opens with `"`, it is the wire convention for a continued quote.
    """

    code = "WL403"
    name = "unbalanced-quote"
    severity = Severity.WARNING
    options: ClassVar[dict[str, object]] = {}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        elisions = {w.casefold() for w in ctx.packs.section(ELISIONS)}
        parts = [p for p in doc.parts if p.kind in _CHECKED]
        scans = [self._scan(doc, part, elisions) for part in parts]
        carried = _carried_on(parts, scans, doc)
        for index, part in enumerate(parts):
            unclosed, stray = scans[index]
            following = parts[index + 1] if index + 1 < len(parts) else None
            last_quote = max((o.pos for o in unclosed if o.kind in "\"'"), default=-1)
            for o in unclosed:
                if o.pos == last_quote and self._continues(o, part, following, doc):
                    continue
                if o.pos in carried:
                    continue  # the sentence, and the quotation, go on in the next paragraph
                closing = _closing_mark(o.kind, o.mark)
                what = "bracket" if o.kind in _BRACKETS else "quotation mark"
                end = Span(part.span.end - 1, part.span.end)
                yield self.diagnostic(
                    Span(o.pos, o.pos + 1),
                    f"opening {what} `{o.mark}` is never closed in this paragraph",
                    notes=[Note(end, f"the paragraph ends here without a closing `{closing}`")],
                )
            for pos, mark in stray:
                if pos in carried:
                    continue
                yield self.diagnostic(
                    Span(pos, pos + 1),
                    f"closing quotation mark `{mark}` with no opening mark in this paragraph",
                )

    @staticmethod
    def _continues(o: _Open, part: Part, following: Part | None, doc: Document) -> bool:
        """The wire convention: the quote goes on in the next paragraph, which reopens it."""
        if o.kind not in "\"'" or following is None:
            return False
        if part.kind not in _CONTINUED or following.kind not in _CONTINUED:
            return False
        start = following.span.start
        first, two = doc.text[start : start + 1], doc.text[start : start + 2]
        if o.kind == '"':
            # '' and `` typed for a double mark reopen it as `"` does.
            return first in ('"', "“") or two in ("''", "``")
        return first in ("'", "‘")

    # A scanner: one case per quote character, all sharing the stack of open quotes.
    @staticmethod
    def _scan(  # noqa: C901, PLR0912, PLR0915
        doc: Document, part: Part, elisions: set[str]
    ) -> tuple[list[_Open], list[tuple[int, str]]]:
        text = part.text
        base = part.span.start
        stack: list[_Open] = []
        stray: list[tuple[int, str]] = []
        broken: list[_Open] = []

        def open_of(kind: str) -> int:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k].kind == kind:
                    return k
            return -1

        def close(k: int) -> None:
            # Brackets and double quotes opened inside and left open stay open; a single
            # mark left inside was most likely an apostrophe.
            inner = [o for o in stack[k + 1 :] if o.kind != "'"]
            del stack[k:]
            stack.extend(inner)

        skip = -1
        for m in _MARKS.finditer(text):
            i = m.start()
            if i <= skip:
                continue
            c = mark = m.group()
            prev = text[i - 1] if i > 0 else ""
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if c in "'`" and nxt == c:
                # '' and `` typed for a double quotation mark.
                c, mark, skip = '"', c + c, i + 1
                nxt = text[i + 2] if i + 2 < len(text) else ""
            if c in _BRACKETS:
                if prev in ":;<=" and _is_space(nxt):
                    continue  # an emoticon :(
                stack.append(_Open(c, base + i, c))
            elif c in _CLOSERS:
                k = open_of(_CLOSERS[c])
                if k >= 0:
                    close(k)
            elif c in _DOUBLE:
                if c == '"' and prev.isalpha() and nxt.isalpha():
                    continue  # Brazil"s: a straight quote typed for an apostrophe
                k = open_of('"')
                role = _double_role(c, prev, nxt, text, i, k >= 0)
                if role == "inch":
                    continue
                if role == "open":
                    if k >= 0 and _after_sentence(text, i):
                        # `... in that direction. "If the ...`: the next paragraph of the
                        # same quote, its break lost. The wire convention, as across
                        # paragraphs: the quote goes on. Unless the attribution stands
                        # inside the "quote": then its closing mark was dropped.
                        opened = stack[k]
                        if _ATTRIBUTION.search(text, opened.pos - base, i):
                            broken.append(opened)
                        close(k)
                    stack.append(_Open('"', base + i, mark))
                elif k >= 0:
                    close(k)
                else:
                    stray.append((base + i, mark))
            else:  # ' ‘ ’ `
                if prev.isalnum() and nxt.isalnum():
                    continue  # Zelenskiy's, O'Brien
                open_like = _is_space(prev) or prev in _BEFORE_OPEN
                if c != "’" and open_like and (nxt.isalnum() or nxt in '"“'):
                    word = _WORD_AFTER.match(text, i + 1)
                    if word and word.group().casefold() in elisions:
                        continue  # 'n', 'em, 'til
                    if _YEAR.match(text, i + 1):
                        continue  # '90s
                    stack.append(_Open("'", base + i, c))
                    continue
                k = open_of("'")
                if k >= 0 and not _is_space(prev):
                    close(k)
                # Otherwise an apostrophe: ministers', goin', or a stray mark that
                # cannot be told from one.
        return sorted(broken + stack, key=lambda o: o.pos), stray
