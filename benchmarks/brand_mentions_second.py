"""WL201/WL202 recall on brand mentions of every shape, by a method apart from brand_damage's.

brand_damage swaps the brand's word wherever a regular expression finds it, or places
sentences of its own making. Here each story's own outlet (`BBC` in bbc/, `Reuters` in
reuters-21578/, `Wikinews` in wikinews/) is read mention by mention in the story as
published, and each mention is first given a *shape* from the words around it: the
dateline's "(Reuters)", a possessive ("Reuters'", "the BBC's", "BBC Sport's"), an
outlet's part ("BBC News", "BBC One", "BBC Radio 4"), "the BBC" doing something, "told
Wikinews", "a Reuters poll" / "Reuters calculations" (the outlet naming its own work),
"by Reuters", a headline's mention, and so on. Then ONE mention per damaged copy is
replaced by a placeholder word, only the outlet's word changing: the article, the
possessive mark and the outlet's part stay as the story had them (the BBC's -> the
Nexora's, BBC Sport's -> Channel Sport's). The story's other mentions keep the real
brand, so the rule must tell the placeholder from the brand the story names elsewhere.

Placeholder words come in three kinds, with tuning and held-out words apart: invented
brand-like words, ordinary English nouns a desk uses as stand-ins, and a two-word name.
Stories are split 50/50 by a hash of their path (salted for this benchmark) into tuning
and held-out; held-out stories get only held-out words. A mention is found when WL201 or
WL202 reports a warning or an error overlapping the placeholder. Clean copy: the stories
as published; every WL201/WL202 warning there is printed with its line, to be read.

Usage: python benchmarks/brand_mentions_second.py [--corpus ../shared/corpus] [--every 1]
[--jobs 2] [--show 20] [--shapes] (the census of shapes only, without linting)
"""

from __future__ import annotations

import re
import sys
import zlib
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from brand_possessive_third import (  # noqa: E402
    brand_flags,
    corpus_arguments,
    corpus_files,
    show_clean,
    show_misses,
    table,
)

BRANDS = {"bbc": "BBC", "reuters-21578": "Reuters", "wikinews": "Wikinews"}

# Placeholder words: kind -> (tuning words, held-out words).
WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "invented": (("Nexora", "Portalia", "Zentrix"), ("Vantora", "Quillix", "Mediora")),
    "noun": (("Portal", "Platform", "Source"), ("Channel", "Network", "Outlet")),
    "two-word": (("Thomson Portal",), ("Global Platform",)),
}

# An outlet's own parts after its name: "BBC News", "BBC One", "BBC Radio 4".
PARTS = (
    r"News|One|Two|Three|Four|Radio|Sport|Sports|World|Online|Scotland|Wales|"
    r"Northern|America|Films|Worldwide|Trust|Governors|Television|TV|Breakfast|"
    r"Parliament|Choice|Knowledge|Monitoring|Breakingviews|Asia|Arabic"
)
ACTS = (
    r"said|says|has|had|have|is|was|will|would|could|can|may|must|reported|reports|"
    r"confirmed|understands|learned|learnt|revealed|asked|contacted|received|spoke|"
    r"obtained|published|broadcast|interviewed|calculated|found|does|did"
)


def held_out(path: Path) -> bool:
    return zlib.crc32(b"mentions-second:" + path.name.encode() + path.parent.name.encode()) % 2 == 1


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    shape: str


def _line_at(text: str, i: int) -> tuple[int, str]:
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return text.count("\n", 0, i) + 1, text[start : end if end >= 0 else len(text)]


def _around(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 70) : end + 50].split())


def shape_of(text: str, start: int, end: int) -> str:
    """The mention's shape, read from the words around it in the published story."""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 60]
    if _line_at(text, start)[0] == 1:
        return "headline"
    if re.search(r"\($", before) and re.match(r"\)", after):
        if re.search(r"\b\d{1,2}\s*\($", before):
            return "dateline (X)"
        return "(X) elsewhere"
    possessive = re.match(r"(?:'s|’s|'|’)(?!\w)", after)
    part = re.match(rf"\s+(?:{PARTS})\b(?:\s+(?:\d+|Live|Service|Online))*", after)
    the = re.search(r"\b[Tt]he\s+$", before)
    if part:
        if re.match(r"(?:'s|’s|'|’)(?!\w)", after[part.end() :]):
            return "outlet part possessive (BBC Sport's)"
        return "outlet part (BBC News, BBC One)"
    if possessive:
        mark = possessive.group()
        if the:
            return "the X's"
        return "X' (bare mark)" if mark in ("'", "’") else "X's"
    if re.search(r"\b(?:told|tell|tells|telling|to|with)\s+(?:the\s+)?$", before):
        if re.search(r"\b(?:told|tell|tells|telling)\s+(?:the\s+)?$", before):
            return "told X"
        if re.search(r"\binterview\s+with\s+(?:the\s+)?$", before):
            return "interview with X"
        if re.search(r"\b(?:speaking|talking|spoke|spoken|talked)\s+to\s+(?:the\s+)?$", before):
            return "speaking to X"
    if re.search(r"\bby\s+(?:the\s+)?$", before):
        return "by X"
    if re.search(r"\b(?:according\s+to|quoted\s+by|cited\s+by|from)\s+(?:the\s+)?$", before):
        return "according to X"
    if re.match(r"\s+[a-z]", after) and not re.match(rf"\s+(?:{ACTS})\b", after):
        # "a Reuters poll", "Reuters calculations", "BBC correspondent"
        return "X as modifier (a X poll)"
    if the:
        return "the X"
    if re.match(rf"\s+(?:{ACTS})\b", after):
        return "X as subject (X said)"
    return "other single X"


def mentions(text: str, brand: str) -> list[Mention]:
    return [
        Mention(m.start(), m.end(), shape_of(text, m.start(), m.end()))
        for m in re.finditer(rf"(?<![\w@./-]){re.escape(brand)}(?![\w@-])", text)
    ]


def _pick(words: tuple[str, ...], key: str) -> str:
    return words[zlib.crc32(key.encode()) % len(words)]


@dataclass(frozen=True)
class Row:
    split: str
    source: str
    shape: str
    kind: str
    word: str
    found: bool
    path: str
    line: str


def one_story(args: tuple[str, str]) -> tuple[list[Row], list[str], int]:
    path_s, rel = args
    path = Path(path_s)
    text = path.read_text(encoding="utf-8")
    brand = BRANDS[rel.split("/")[0]]
    split = "heldout" if held_out(path) else "tuning"
    rows: list[Row] = []
    clean = [
        f"{rel}:{_line_at(text, s)[0]}: {code} {msg}\n    {_line_at(text, s)[1][:200]}"
        for s, _e, code, msg in brand_flags(text)
    ]
    for i, m in enumerate(mentions(text, brand)):
        for kind, (tune, held) in WORDS.items():
            word = _pick(held if split == "heldout" else tune, f"{rel}:{i}:{kind}")
            damaged = text[: m.start] + word + text[m.end :]
            a, b = m.start, m.start + len(word)
            found = any(s < b and a < e for s, e, _c, _m in brand_flags(damaged))
            rows.append(Row(split, brand, m.shape, kind, word, found, rel, _around(damaged, a, b)))
    return rows, clean, len(text.split())


def census(files: list[Path], corpus: Path) -> None:
    shapes: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    for path in files:
        text = path.read_text(encoding="utf-8")
        brand = BRANDS[path.relative_to(corpus).parts[0]]
        for m in mentions(text, brand):
            shapes[(brand, m.shape)] += 1
            before = re.search(r"(?:\S+\s+)?\S*$", text[max(0, m.start - 30) : m.start])
            after = re.match(r"\S*(?:\s+\S+)?", text[m.end : m.end + 30])
            forms[f"{before.group() if before else ''}{brand}{after.group() if after else ''}"] += 1
    for (brand, shape), n in sorted(shapes.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{brand:<9} {shape:<42} {n:5}")
    print("\nmost common forms (a word either side):")
    for form, n in forms.most_common(60):
        print(f"{n:5}  {form!r}")


def main() -> int:
    ap = corpus_arguments(__doc__)
    ap.add_argument("--shapes", action="store_true", help="the census of shapes only")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    files = corpus_files(args.corpus, args.every)
    if args.shapes:
        census(files, args.corpus)
        return 0
    work = [(str(p), p.relative_to(args.corpus).as_posix()) for p in files]
    rows: list[Row] = []
    clean: list[str] = []
    words = 0
    with ProcessPoolExecutor(args.jobs) as pool:
        for r, c, w in pool.map(one_story, work, chunksize=4):
            rows += r
            clean += c
            words += w
    print(f"{len(files)} stories, {len(rows)} damaged copies (one mention each)")
    table("by shape", rows, "shape", width=42)
    table("by placeholder kind", rows, "kind", width=42)
    table("by source", rows, "source", width=42)
    show_clean(clean, words)
    show_misses(rows, args.show, lambda r: f"{r.path} [{r.shape}] {r.word}: {r.line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
