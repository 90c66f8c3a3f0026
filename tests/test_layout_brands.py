"""AP copy with its agency replaced: every byline, dateline, credit and trailer is reported.

Each AP story in tests/fixtures/layouts is damaged as a find-and-replace of the brand
damages it: "The Associated Press", "Associated Press" and "AP" become a placeholder
("Portal", "The Wire", a made-up "Newsora", a two-word "Herald News"), every mention at
once or one at a time. Each replaced mention must be under a WL201 warning; the clean
stories have no finding (``test_layouts``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import lint
from wirelint.diagnostics import Severity
from wirelint.document.model import parse_document

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
MENTION_RE = re.compile(r"\bThe Associated Press\b|\bAssociated Press\b|\bAP\b")
# Placeholder: (for "The Associated Press", for "Associated Press" and "AP").
PLACEHOLDERS = {
    "Portal": ("Portal", "Portal"),
    "Wire": ("The Wire", "Wire"),
    "Newsora": ("Newsora", "Newsora"),
    "Herald News": ("Herald News", "Herald News"),
}
AP_STORIES = sorted(p.stem for p in LAYOUTS.glob("ap_*.txt"))


def damaged(
    text: str,
    placeholder: str,
    only: int | None,
    mention: re.Pattern[str] = MENTION_RE,
    placeholders: dict[str, tuple[str, str]] = PLACEHOLDERS,
) -> tuple[str, list[tuple[int, int]]]:
    """The text with the agency's mentions (or only the ``only``-th) replaced, and where."""
    with_the, bare = placeholders[placeholder]
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    for i, m in enumerate(mention.finditer(text)):
        if only is not None and i != only:
            continue
        word = with_the if m.group().startswith("The ") else bare
        out.append(text[at : m.start()])
        start = sum(map(len, out))
        out.append(word)
        spans.append((start, start + len(word)))
        at = m.end()
    out.append(text[at:])
    return "".join(out), spans


def missed(text: str, spans: list[tuple[int, int]]) -> list[str]:
    found = [
        d.span
        for d in lint(text, select="WL201")
        if d.severity in (Severity.WARNING, Severity.ERROR)
    ]
    return [
        text[max(0, s - 30) : e].replace("\n", "/")
        for s, e in spans
        if not any(f.start < e and s < f.end for f in found)
    ]


def _mentions(name: str) -> int:
    return len(MENTION_RE.findall((LAYOUTS / f"{name}.txt").read_text(encoding="utf-8")))


def _dated(name: str) -> bool:
    doc = parse_document((LAYOUTS / f"{name}.txt").read_text(encoding="utf-8"))
    return doc.dateline is not None and doc.dateline.agency is not None


def test_the_ap_stories_mention_their_agency_in_many_slots() -> None:
    assert len(AP_STORIES) >= 10
    assert sum(map(_mentions, AP_STORIES)) >= 30


@pytest.mark.parametrize("placeholder", ["Portal", "Wire", "Newsora"])
@pytest.mark.parametrize("name", AP_STORIES)
def test_every_mention_replaced_is_reported(name: str, placeholder: str) -> None:
    text, spans = damaged((LAYOUTS / f"{name}.txt").read_text(encoding="utf-8"), placeholder, None)
    assert missed(text, spans) == []


# With the dateline naming AP, one mention replaced anywhere stands against it. (A story
# with no dateline names its brand only in body slots: not yet enough to judge a byline.)
@pytest.mark.parametrize("placeholder", sorted(PLACEHOLDERS))
@pytest.mark.parametrize("name", [n for n in AP_STORIES if _dated(n)])
def test_one_mention_replaced_is_reported(name: str, placeholder: str) -> None:
    original = (LAYOUTS / f"{name}.txt").read_text(encoding="utf-8")
    for only in range(_mentions(name)):
        text, spans = damaged(original, placeholder, only)
        assert missed(text, spans) == [], only


def test_the_trailers_are_reported_with_the_dateline_intact() -> None:
    story = (
        "Drought shrinks reservoir\n\n"
        "SALT LAKE CITY (AP) — A key reservoir fell to its lowest level on Tuesday.\n\n"
        "___\n\n"
        "The Portal receives support from several private foundations. The Portal is "
        "solely responsible for all content. Follow Portal's coverage of water at "
        "https://example.com/hub/water.\n\n"
        "Portal climate: https://example.com/hub/climate\n"
    )
    assert [story[d.span.start : d.span.end] for d in lint(story, select="WL201")] == ["Portal"] * 4
