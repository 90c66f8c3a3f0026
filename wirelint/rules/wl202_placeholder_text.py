"""WL202 placeholder-text: leftover TK / XXX / [INSERT] markers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirelint.diagnostics import Diagnostic, Severity
from wirelint.document import Document, PartKind, Token, TokenShape
from wirelint.packs import PackValueError, register_section
from wirelint.registry import Context, Rule
from wirelint.span import Span

WORDS = "placeholder-words"
PATTERNS = "placeholder-patterns"


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern[str]
    message: str


def _validate_patterns(value: Any, path: Path) -> dict[str, Pattern]:
    out = {}
    for name, entry in value.items():
        if not isinstance(entry, dict):
            raise PackValueError(name, "expected a table with `pattern` and `message`")
        unknown = set(entry) - {"pattern", "message", "case-sensitive"}
        if unknown:
            raise PackValueError(name, f"unknown key(s) {', '.join(sorted(unknown))}")
        pattern, message = entry.get("pattern"), entry.get("message")
        if not isinstance(pattern, str) or not isinstance(message, str):
            raise PackValueError(name, "`pattern` and `message` must be strings")
        flags = 0 if entry.get("case-sensitive", True) else re.IGNORECASE
        try:
            regex = re.compile(pattern, flags | re.MULTILINE)
        except re.error as exc:
            raise PackValueError(name, f"bad regular expression: {exc}") from None
        if regex.search(""):
            raise PackValueError(name, "pattern matches the empty string")
        out[name] = Pattern(name, regex, message)
    return out


register_section(WORDS, "mapping", "ALL-CAPS placeholder words -> what they are (WL202)")
register_section(PATTERNS, "table", "named regexes for placeholders (WL202)", _validate_patterns)

_SCANNED = frozenset(
    {
        PartKind.HEADLINE,
        PartKind.BULLET,
        PartKind.PARAGRAPH,
        PartKind.SUBHEAD,
        PartKind.CREDIT,
        PartKind.BOILERPLATE,
    }
)
_ROMAN_RE = re.compile(r"X+")
_TICKER_CONTEXT_RE = re.compile(r"\(\s*(?:[A-Z]{2,6}\s*:\s*)?$")


class PlaceholderText(Rule):
    """Leftover placeholder markers: TK, XXX, [INSERT ...], {{slot}}, lorem ipsum.

    ## What it does
    Finds the marks reporters and templates leave where a fact is still to come:
    `TK` and `TKTK`, `XXX`, bracketed instructions such as `[INSERT NAME]` or `[TK]`,
    unfilled template slots like `{{name}}`, `FILL IN`, dummy `lorem ipsum` text and
    `###` inside a line. Credit lines are read too: `Additional reporting by XX`,
    `Editing by [NAME]` and `Reporting by NAME` are stand-ins, not people. The list is data (`rules/placeholders.toml`) and a newsroom
    can extend it with its own pack. `TK` inside a word, in a name (`TK Elevator`),
    as a ticker in parentheses (`(TK)`, `(NYSE: TK)`), Roman numerals after a name
    (`Super Bowl XXX`) and an item in a list of titles (`They are: XXX, Hellboy, ...`)
    are not placeholders.

    ## Why it matters
    A placeholder that ships is a visible error and a correction: readers see
    "killed XXX people" or "said [NAME]". Editors search for them by hand before
    filing; a hook that blocks them is cheaper than a correction.

    ## Example
    ```text
    The ministry said TK soldiers were killed. Additional reporting by [NAME].
    ```
    Both `TK` and `[NAME]` are reported. `TK Elevator said ...` is not.
    """

    code = "WL202"
    name = "placeholder-text"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        words: dict[str, str] = ctx.packs.section(WORDS)
        patterns: dict[str, Pattern] = ctx.packs.section(PATTERNS)
        reported: list[Span] = []
        for part in doc.parts:
            if part.kind not in _SCANNED:
                continue
            text = part.text
            base = part.span.start
            for pattern in patterns.values():
                # A pattern may name the part to report as its `slot` group.
                group = "slot" if "slot" in pattern.regex.groupindex else 0
                for m in pattern.regex.finditer(text):
                    span = Span(base + m.start(group), base + m.end(group))
                    if any(s.overlaps(span) for s in reported):
                        continue
                    reported.append(span)
                    yield self.diagnostic(
                        span,
                        f"placeholder left in the copy: {pattern.message} `{m.group(group).strip()}`",
                    )
            tokens = part.tokens
            for i, tok in enumerate(tokens):
                what = words.get(tok.text)
                if what is None or any(s.overlaps(tok.span) for s in reported):
                    continue
                if self._is_real_use(doc, tokens, i):
                    continue
                yield self.diagnostic(
                    tok.span, f"placeholder left in the copy: {what} `{tok.text}`"
                )

    @staticmethod
    def _is_real_use(doc: Document, tokens: list[Token], i: int) -> bool:
        tok = tokens[i]
        before = doc.text[max(0, tok.start - 12) : tok.start]
        after = doc.text[tok.end : tok.end + 12]
        # A ticker: "(TK)", "(NYSE: TK)", "(TK.N)".
        if _TICKER_CONTEXT_RE.search(before) and re.match(r"(?:\.[A-Z]{1,3})?\s*\)", after):
            return True
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        adjacent_next = nxt is not None and doc.text[tok.end : nxt.start] in (" ", "\u00a0")
        # Part of a name: "TK Elevator", "TK Maxx".
        if adjacent_next and nxt is not None and nxt.shape is TokenShape.CAPITALIZED:
            return True
        # A Roman numeral after a name: "Super Bowl XXX", "Pope Pius XI".
        if (
            _ROMAN_RE.fullmatch(tok.text)
            and prev is not None
            and prev.shape is TokenShape.CAPITALIZED
            and doc.text[prev.end : tok.start] == " "
        ):
            return True
        # One item of a list of titles or names: "They are: XXX, Hellboy, Resident Evil".
        if (
            nxt is not None
            and nxt.shape is TokenShape.CAPITALIZED
            and re.fullmatch(r",\s", doc.text[tok.end : nxt.start])
            and re.search(r"[:,]\s*$", before)
        ):
            return True
        # An all-caps line (a subhead or Reuters-style headline) is words, not marks,
        # unless the mark stands alone there.
        return bool(
            prev is not None
            and prev.shape is TokenShape.UPPER
            and nxt is not None
            and nxt.shape is TokenShape.UPPER
        )
