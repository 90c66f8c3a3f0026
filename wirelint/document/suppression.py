"""In-story suppressions, written as HTML/Markdown comments so they survive edits.

- ``<!-- wirelint: ignore WL101 -->``: the next block (paragraph, bullet list, line).
- ``<!-- wirelint: ignore -->``: every rule in the next block.
- ``<!-- wirelint: ignore-file WL5 -->``: the whole story.
- ``<!-- wirelint: disable WL101 -->`` ... ``<!-- wirelint: enable WL101 -->``: a passage.

Selectors are codes, code prefixes or slugs, separated by spaces or commas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirelint.diagnostics import Diagnostic
from wirelint.document.model import Document, PartKind
from wirelint.document.span import Span

_DIRECTIVE_RE = re.compile(
    r"<!--\s*wirelint\s*:\s*(?P<verb>ignore-file|ignore|disable|enable)\b(?P<args>[^>]*?)\s*-->",
    re.I,
)


@dataclass(frozen=True)
class Suppression:
    span: Span
    selectors: tuple[str, ...]  # empty: every rule

    def covers(self, d: Diagnostic) -> bool:
        if not self.span.start <= d.span.start < max(self.span.end, self.span.start + 1):
            return False
        if not self.selectors:
            return True
        return any(_matches(s, d) for s in self.selectors)


def _matches(selector: str, d: Diagnostic) -> bool:
    s = selector.strip()
    return s.lower() == d.rule or (s.upper().startswith("WL") and d.code.startswith(s.upper()))


def _args(text: str) -> tuple[str, ...]:
    return tuple(a for a in re.split(r"[\s,]+", text.strip()) if a)


def suppressions(doc: Document) -> list[Suppression]:
    if "wirelint" not in doc.text:
        return []
    out: list[Suppression] = []
    content = [p for p in doc.parts if p.kind is not PartKind.COMMENT]
    open_ranges: dict[tuple[str, ...], int] = {}
    for comment in doc.comments:
        m = _DIRECTIVE_RE.search(comment.text)
        if not m:
            continue
        verb = m.group("verb").lower()
        selectors = _args(m.group("args"))
        if verb == "ignore-file":
            out.append(Suppression(Span(0, len(doc.text)), selectors))
        elif verb == "ignore":
            nxt = next((p for p in content if p.span.start >= comment.span.end), None)
            if nxt is not None:
                # The whole block that follows: a bullet list or one paragraph.
                end = nxt.span.end
                if nxt.kind is PartKind.BULLET:
                    for p in content:
                        if p.span.start >= nxt.span.start and p.kind is PartKind.BULLET:
                            between = doc.text[end : p.span.start]
                            if p is nxt or between.count("\n") <= 1:
                                end = p.span.end
                            else:
                                break
                out.append(Suppression(Span(comment.span.end, end), selectors))
        elif verb == "disable":
            open_ranges[selectors] = comment.span.end
        elif verb == "enable":
            start = open_ranges.pop(selectors, None)
            if start is not None:
                out.append(Suppression(Span(start, comment.span.start), selectors))
    for selectors, start in open_ranges.items():
        out.append(Suppression(Span(start, len(doc.text)), selectors))
    return out


def apply_suppressions(doc: Document, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    rules = suppressions(doc)
    if not rules:
        return diagnostics
    return [d for d in diagnostics if not any(s.covers(d) for s in rules)]
