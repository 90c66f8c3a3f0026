"""WL201/WL202 recall on invented agency stories: a placeholder in each own-brand slot, and
the markers a careless editor leaves (TK, XXX, [TK], XX, TKTK).

The stories are in agency_stories.py: four per layout (Reuters, AP, AFP, Bloomberg, PA,
dpa, Kyodo, UPI, Xinhua, the BBC with no dateline), nobody's published copy. Each names its
agency in marked slots (byline, credit, dateline, "told X", "a X survey", "seen by X", "a X
photographer saw", "X reported", "X's NAME", "the X", "X Radio 4", other) and marks the
text an editor could have left as a marker (the dateline's date, a figure, a name, a
quote). Damaged copies:

* brand, ``one``: one mention becomes a stand-in, the others keep the agency;
* brand, ``all``: a find-and-replace changed every mention; each mention is scored;
* marker: one marked text becomes a marker;
* byline / credit shapes (SHAPES): a story's byline or closing credit is replaced by a
  shape every agency and paper prints ("By NAME | Agency", "NAME reports for Agency",
  "From Agency reporters", "*By NAME, Agency*", a byline after the dateline, "(Reporting
  by Agency staff; Editing by NAME)", ...), with the agency's name in it replaced.

Stand-ins are drawn fresh for every copy, never a word a rules/*.toml pack names: an
invented word, a plain English noun, or two such nouns ("Copper Lantern"). A mention is
found when a WL201 or WL202 warning or error overlaps it. Stories with an odd index in
their agency's four are held out; a byline shape is held out for an agency when a salted
hash of the pair says so, and then stands in that agency's held-out story. Clean copies
(every story and shape as written) count false alarms.

Usage: python benchmarks/agency_copy_eval.py [--show 20] [--clean]
"""

from __future__ import annotations

import argparse
import re
import sys
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from agency_stories import CITIES, NAMES, SHAPES, SIGNATURE, STORIES, Story  # noqa: E402
from brand_possessive_third import brand_flags, placeholder, show_misses, table  # noqa: E402
from bylines_credits_eval import Row  # noqa: E402

KINDS = ("invented", "noun", "two-word")
MARKERS = ("TK", "XXX", "[TK]", "XX", "TKTK")
_BRAND = re.compile(r"\{([a-z-]+):([^{}]*)\}")
_SLOT = re.compile(r"\[\[([a-z]+):([^\]]*)\]\]")


def stand_in(kind: str, key: str) -> str:
    if kind == "two-word":
        return placeholder("noun", key) + " " + placeholder("noun", key + ":2")
    return placeholder(kind, key)


def _cased(word: str, name: str, text: str, start: int, end: int) -> str:
    """The stand-in written as the name was: in capitals for "KYODO NEWS", in lower case
    inside an address ("@bloomberg.net", "bloomberg.com")."""
    if name.isupper() and len(name) > 4:
        return word.upper()
    if text[start - 1 : start] == "@" or re.match(r"\.[a-z]", text[end : end + 2]):
        return word.lower().replace(" ", "")
    return word


def render(template: str, words: dict[int, str], markers: dict[int, str]) -> tuple[str, dict]:
    """The story with mention i replaced by ``words[i]`` (kept when absent) and marked
    text j replaced by ``markers[j]``; returns the text and where each replaced thing
    stands: {("brand", i) or ("marker", j): (start, end)}."""
    out: list[str] = []
    spans: dict[tuple[str, int], tuple[int, int]] = {}
    length = 0
    pos = 0
    counts = {"brand": 0, "marker": 0}
    pattern = re.compile(f"{_BRAND.pattern}|{_SLOT.pattern}")
    for m in pattern.finditer(template):
        out.append(template[pos : m.start()])
        length += m.start() - pos
        if m.group(1) is not None:
            i = counts["brand"]
            counts["brand"] += 1
            name = m.group(2)
            new = name
            if i in words:
                article = ""
                for the in ("The ", "the "):
                    if name.startswith(the):
                        article = the
                bare = name.removeprefix(article)
                word = _cased(words[i], bare, template, m.start(), m.end())
                new = article + word
                spans[("brand", i)] = (length + len(article), length + len(new))
        else:
            j = counts["marker"]
            counts["marker"] += 1
            new = m.group(4)
            if j in markers:
                new = markers[j]
                spans[("marker", j)] = (length, length + len(new))
        out.append(new)
        length += len(new)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


def slots(template: str) -> tuple[list[str], list[str]]:
    return [m.group(1) for m in _BRAND.finditer(template)], [
        m.group(1) for m in _SLOT.finditer(template)
    ]


def with_shape(story: Story, shape: str, where: str, key: str) -> str:
    """``story`` with its byline (or closing paragraph) replaced by ``shape``."""
    rnd = zlib.crc32(key.encode())
    name, name2 = NAMES[rnd % len(NAMES)], NAMES[(rnd // 7 + 1) % len(NAMES)]
    if name2 == name:
        name2 = NAMES[(rnd + 3) % len(NAMES)]
    line = shape.replace("NAME2", name2).replace("NAME", name)
    line = line.replace("CITY", CITIES[rnd % len(CITIES)]).replace(
        ":A}", ":" + SIGNATURE[story.agency] + "}"
    )
    paras = story.text.split("\n\n")
    head, rest = paras[0], paras[1:]
    if rest and ("{byline:" in rest[0] or rest[0].startswith(("By ", "by "))):
        rest = rest[1:]
    if where == "top":
        rest = [line, *rest]
    elif where == "after-dateline":
        rest = [rest[0], line, *rest[1:]]
    else:
        rest = [*rest, line]
    return "\n\n".join([head, *rest])


def _found(found_at: list[tuple[int, int, str, str]], span: tuple[int, int]) -> bool:
    a, b = span
    return any(s < b and a < e for s, e, _c, _m in found_at)


def _shown(text: str, span: tuple[int, int], word: str) -> str:
    return " ".join(text[max(0, span[0] - 50) : span[1] + 40].split()) + f"  [{word}]"


def score(
    template: str, split: str, agency: str, shape: str, key: str, only: str | None
) -> list[Row]:
    """Rows for every brand mention (one at a time and all at once) and, unless ``only``
    names the brand slots to score, every marked text of ``template``."""
    brands, marked = slots(template)
    rows: list[Row] = []
    for kind in KINDS:
        for mode in ("one", "all"):
            for i, slot in enumerate(brands):
                if only is not None and slot not in only:
                    continue
                if mode == "all" and i > 0 and only is None:
                    continue  # one copy scores every mention
                word = stand_in(kind, f"{split}:{key}:{i}:{mode}:{kind}")
                chosen = {i: word} if mode == "one" else dict.fromkeys(range(len(brands)), word)
                text, spans = render(template, chosen, {})
                found_at = brand_flags(text)
                scored = [i] if mode == "one" or only is not None else list(range(len(brands)))
                for k in scored:
                    span = spans[("brand", k)]
                    rows.append(
                        Row(
                            split,
                            agency,
                            brands[k],
                            shape,
                            mode,
                            kind,
                            _found(found_at, span),
                            _shown(text, span, word),
                        )
                    )
    if only is not None:
        return rows
    for j, slot in enumerate(marked):
        for marker in MARKERS:
            text, spans = render(template, {}, {j: marker})
            span = spans[("marker", j)]
            rows.append(
                Row(
                    split,
                    agency,
                    f"marker: {slot}",
                    shape,
                    "marker",
                    marker,
                    _found(brand_flags(text), span),
                    _shown(text, span, marker),
                )
            )
    return rows


def run() -> tuple[list[Row], list[str], int]:
    rows: list[Row] = []
    clean: list[str] = []
    words = 0
    seen: dict[str, int] = {}
    for story in STORIES:
        index = seen.get(story.agency, 0)
        seen[story.agency] = index + 1
        split = "heldout" if index % 2 else "tuning"
        key = f"{story.agency}:{index}"
        copies = [(story.text, f"story: {story.layout}", None)]
        for name, where, shape in SHAPES:
            out = zlib.crc32(f"agency-copy:{story.agency}:{name}".encode()) % 2 == 1
            if index != (1 if out else 0):
                continue
            copies.append(
                (
                    with_shape(story, shape, where, key + name),
                    f"shape: {name}",
                    ("byline", "credit"),
                )
            )
        for template, shape, only in copies:
            text, _ = render(template, {}, {})
            words += len(text.split())
            for s, _e, code, msg in brand_flags(text):
                ln = text.count("\n", 0, s) + 1
                clean.append(
                    f"{story.agency} {index} [{shape}] line {ln}: {code} {text[s:_e]!r} {msg}"
                )
            rows += score(template, split, story.agency, shape, key + shape, only)
    return rows, clean, words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--show", type=int, default=20, help="tuning misses to print")
    args = ap.parse_args()
    rows, clean, words = run()
    brand = [r for r in rows if r.mode != "marker"]
    markers = [r for r in rows if r.mode == "marker"]
    print(f"{len(brand)} brand mentions scored, {len(markers)} markers")
    table("brand: by agency", brand, "agency")
    table("brand: by slot", brand, "slot")
    table("brand: by mode (one mention / every mention replaced)", brand, "mode")
    table("brand: by stand-in kind", brand, "kind")
    table(
        "brand: byline and credit shapes",
        [r for r in brand if r.shape.startswith("shape:")],
        "shape",
    )
    table("markers: by slot", markers, "slot")
    table("markers: by marker", markers, "kind")
    table("markers: by agency", markers, "agency")
    table("everything", rows, "mode")
    print(f"\nclean copies: {len(clean)} WL201/WL202 warnings in {words} words")
    for c in clean:
        print("  " + c)
    show_misses(rows, args.show, lambda r: f"{r.agency} [{r.slot}; {r.mode}; {r.kind}] {r.line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
