"""The layouts agencies publish: each story in tests/fixtures/layouts parsed into its parts.

Every story was written for these tests in one agency's layout (AP, AFP, Bloomberg, PA,
dpa, Kyodo, UPI, Xinhua and Reuters datelines; a "By NAME" byline; a label line over the
bullets; "UPDATE 2-" and "EXCLUSIVE-" tags; BBC copy without a dateline; an editor's
note). ``expected.toml`` says what the parser must find in each.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import lint
from wirelint import _toml
from wirelint.document.model import Document, PartKind, parse_document

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
EXPECTED: dict[str, dict[str, object]] = _toml.loads(
    (LAYOUTS / "expected.toml").read_text(encoding="utf-8")
)


# "JANE DOE, AP Medical Writer", "Kenji Sato, Kyodo News": a byline without "By".
_TITLED_RE = re.compile(r"[A-Z][A-Z.'’ -]+, [A-Z]|[A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2}, [A-Z]")
_RULE_RE = re.compile(r"[-_*=~]+$")


def parsed(doc: Document) -> dict[str, object]:
    """The parts ``expected.toml`` describes, as the parser found them."""
    # A dateline on a line of its own is a part of its own, read as the dateline.
    at = doc.dateline.span.start if doc.dateline else -1
    metas = [p.text for p in doc.parts if p.kind is PartKind.META and p.span.start != at]
    bullets = [p for p in doc.parts if p.kind is PartKind.BULLET]
    headline = doc.headline
    first = doc.paragraphs[0].text if doc.paragraphs else ""
    dateline = doc.dateline
    label_at = bullets[0].span.start if bullets else -1
    labels = [
        p.text for p in doc.parts if p.kind is PartKind.META and 0 <= label_at - p.span.end < 8
    ]
    tag = next((m for m in metas if m.endswith("-")), "")
    byline = next((m for m in metas if m[:3].lower() == "by " or _TITLED_RE.match(m)), "")
    label = labels[0] if labels else ""
    return {
        "headline": headline.text if headline else "",
        "tag": tag,
        "label": label,
        "bullets": len(bullets),
        "byline": byline,
        # Whatever else stands above the story is a note to editors; a rule ("___") is none.
        "note": next(
            (m for m in metas if m not in (tag, byline, label) and not _RULE_RE.match(m)), ""
        ),
        "city": doc.slice(dateline.city) if dateline else "",
        "agency": doc.slice(dateline.agency) if dateline and dateline.agency else "",
        "first": first,
        # The credit, contact and copyright lines closing the story.
        "credits": [p.text for p in doc.parts if p.kind in (PartKind.CREDIT, PartKind.BOILERPLATE)],
    }


def mismatches(
    name: str, folder: Path = LAYOUTS, expected: dict[str, dict[str, object]] = EXPECTED
) -> list[str]:
    """How the parse of ``folder/name.txt`` differs from its entry in ``expected``."""
    want = expected[name]
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    got = parsed(parse_document(text))
    out = []
    for key in ("headline", "tag", "label", "bullets", "byline", "note", "city", "agency"):
        expected = want.get(key, 0 if key == "bullets" else "")
        if got[key] != expected:
            out.append(f"{key}: expected {expected!r}, parsed {got[key]!r}")
    # Only the stories that list their credit lines are held to them.
    if "credits" in want and got["credits"] != want["credits"]:
        out.append(f"credits: expected {want['credits']!r}, parsed {got['credits']!r}")
    if not str(got["first"]).startswith(str(want["first"])):
        out.append(f"first paragraph: expected {want['first']!r}..., parsed {got['first']!r}")
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_layout_story_parses_into_its_parts(name: str) -> None:
    assert mismatches(name) == []


def test_every_layout_story_has_its_expectations() -> None:
    stories = {p.stem for p in LAYOUTS.glob("*.txt")}
    assert stories == set(EXPECTED)
    layouts = Counter(str(e["layout"]) for e in EXPECTED.values())
    # At least two stories in each layout the parser claims to read.
    assert all(n >= 2 for n in layouts.values()), layouts


def test_a_placeholder_in_a_dateline_under_a_summary_label_is_reported() -> None:
    text = (LAYOUTS / "reuters_summary.txt").read_text(encoding="utf-8")
    damaged = text.replace("(Reuters)", "(Portal)")
    assert [d.code for d in lint(damaged, select="WL201")] == ["WL201"]


def test_the_tag_figure_is_no_headline_figure() -> None:
    # "UPDATE 2-" carries no figure 2 for the body to contradict.
    text = (LAYOUTS / "reuters_summary.txt").read_text(encoding="utf-8")
    assert lint(text, select="WL303") == []


def test_a_story_with_no_dateline_has_no_brand_finding() -> None:
    text = (LAYOUTS / "bbc.txt").read_text(encoding="utf-8")
    assert lint(text, select="WL201,WL304") == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_clean_layout_stories_have_no_finding(name: str) -> None:
    assert lint((LAYOUTS / f"{name}.txt").read_text(encoding="utf-8")) == []
