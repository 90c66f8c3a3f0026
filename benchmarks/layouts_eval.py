"""Agency layouts: parse accuracy, placeholder recall and false alarms, per layout.

Reads the layout stories in tests/fixtures/layouts (written for the tests: tuning) and
tests/fixtures/layouts/heldout (written once, never tuned on), each with the parts its
``expected.toml`` says the parser must find. Per layout it prints:

* parse accuracy: stories whose every part (headline, tag, label, bullets, byline, note,
  dateline city and agency, first paragraph) is read as expected, and the parts read right;
* placeholder recall: the story's agency (its forms in the `agencies` pack: "AP",
  "Associated Press", "The Associated Press") replaced as a find-and-replace would,
  by "Portal", "The Wire", "Newsora" and "Herald News", every mention at once and one
  mention at a time; a replaced mention is found when a WL201 warning covers it;
* false alarms: warnings and errors of any rule on the clean stories.

Then recall by slot, all layouts together: where the replaced mention stood (the dateline,
the headline suffix, a byline, a credit or copyright line, the body), one mention at a
time, with two more stand-ins: an ordinary noun ("Courier") and a made-up name ("Nexora").

Usage: python benchmarks/layouts_eval.py [--set tuning|heldout|both]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.conftest import lint  # noqa: E402
from tests.test_layout_brands import PLACEHOLDERS, damaged, missed  # noqa: E402
from tests.test_layouts import LAYOUTS, mismatches  # noqa: E402
from wirelint import _toml  # noqa: E402
from wirelint.diagnostics import Severity  # noqa: E402
from wirelint.document.model import Document, PartKind, parse_document  # noqa: E402

SETS = {"tuning": LAYOUTS, "heldout": LAYOUTS / "heldout"}
STAND_INS = {**PLACEHOLDERS, "Courier": ("Courier", "Courier"), "Nexora": ("Nexora", "Nexora")}
SLOTS = ("dateline", "headline", "byline", "credit", "body")
# A closing paragraph that credits: "(Reporting by ...)", "X contributed to this report".
_CREDITING_RE = re.compile(r"\((?:Additional\s+)?Reporting by|contributed to this", re.I)


def slot_of(doc: Document, at: int) -> str:
    """Which brand slot the mention at ``at`` stands in."""
    if doc.dateline is not None and doc.dateline.span.start <= at < doc.dateline.span.end:
        return "dateline"
    part = doc.part_at(at)
    if part is None:
        return "body"
    if part.kind is PartKind.HEADLINE:
        return "headline"
    if part.kind is PartKind.META:
        return "byline"
    if part.kind in (PartKind.CREDIT, PartKind.BOILERPLATE):
        return "credit"
    closing = part in doc.paragraphs[-2:]
    return "credit" if closing and _CREDITING_RE.search(part.text) else "body"


def agency_mentions(text: str) -> re.Pattern[str] | None:
    """The forms of the agency the story names most, as one pattern; None if it names none.

    A form that another form opens ("BBC News" after "BBC") is left out: a find-and-replace
    of the brand changes its first word only.
    """
    agencies = _toml.loads((REPO / "rules" / "agencies.toml").read_text(encoding="utf-8"))
    best: tuple[int, list[str]] = (0, [])
    for forms in agencies["agencies"].values():
        own = [f for f in forms if not any(f.startswith(g + " ") for g in forms)]
        n = sum(len(re.findall(rf"\b{re.escape(f)}\b", text)) for f in own)
        if n > best[0]:
            best = (n, own)
    if not best[0]:
        return None
    forms = sorted(best[1], key=len, reverse=True)
    return re.compile("|".join(rf"\b{re.escape(f)}\b" for f in forms))


def evaluate(folder: Path) -> dict[str, dict[str, int]]:
    expected = _toml.loads((folder / "expected.toml").read_text(encoding="utf-8"))
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for name, want in sorted(expected.items()):
        row = out[str(want["layout"])]
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        wrong = mismatches(name, folder, expected)
        row["stories"] += 1
        row["parsed"] += not wrong
        row["parts_wrong"] += len(wrong)
        for w in wrong:
            print(f"  parse {name}: {w}")
        alarms = [d for d in lint(text) if d.severity in (Severity.WARNING, Severity.ERROR)]
        row["false_alarms"] += len(alarms)
        for d in alarms:
            print(f"  alarm {name}: {d.code} {text[d.span.start : d.span.end]!r}")
        mention = agency_mentions(text)
        if mention is None:
            continue
        n = len(mention.findall(text))
        doc = parse_document(text)
        slots = [slot_of(doc, m.start()) for m in mention.finditer(text)]
        for placeholder in STAND_INS:
            for only in [None, *range(n)]:
                bad, spans = damaged(text, placeholder, only, mention, STAND_INS)
                lost = missed(bad, spans)
                key = "all" if only is None else "one"
                for m in lost:
                    print(f"  missed {name} {placeholder} ({key}): ...{m}")
                if only is not None:
                    by_slot = out["by slot: " + slots[only]]
                    by_slot["one_damaged"] += 1
                    by_slot["one_found"] += not lost
                if placeholder not in PLACEHOLDERS:
                    continue  # the per-layout table keeps its four stand-ins
                row[f"{key}_damaged"] += len(spans)
                row[f"{key}_found"] += len(spans) - len(lost)
    return out


def report(title: str, rows: dict[str, dict[str, int]]) -> None:
    print(f"\n{title}")
    print(
        f"{'layout':<14} {'stories':>7} {'parsed':>7} {'recall all-at-once':>19} "
        f"{'recall one-at-a-time':>21} {'false alarms':>12}"
    )
    total: dict[str, int] = defaultdict(int)
    for layout, row in sorted(rows.items()):
        if layout.startswith("by slot: "):
            continue
        for k, v in row.items():
            total[k] += v
        _line(layout, row)
    _line("all", total)
    print("recall by slot, one mention at a time, six stand-ins:")
    for slot in SLOTS:
        row = rows.get("by slot: " + slot)
        if row:
            print(f"  {slot:<10} {row['one_found']}/{row['one_damaged']}")


def _line(layout: str, row: dict[str, int]) -> None:
    def share(found: str, of: str) -> str:
        return f"{row[found]}/{row[of]}" if row[of] else "-"

    print(
        f"{layout:<14} {row['stories']:>7} {row['parsed']:>7} "
        f"{share('all_found', 'all_damaged'):>19} {share('one_found', 'one_damaged'):>21} "
        f"{row['false_alarms']:>12}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=["tuning", "heldout", "both"], default="both")
    args = ap.parse_args()
    names = list(SETS) if args.set == "both" else [args.set]
    results = {name: evaluate(SETS[name]) for name in names}
    for name, rows in results.items():
        report(f"{name} ({SETS[name].relative_to(REPO)})", rows)


if __name__ == "__main__":
    main()
