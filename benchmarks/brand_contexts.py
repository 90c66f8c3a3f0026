"""WL201/WL202 recall on every mention of a story's own outlet, bucketed by its context.

Every mention of the outlet in the corpus is read (`BBC` in bbc/, `Reuters` and the 1987
`Reuter` in reuters-21578/, `Wikinews` in wikinews/), the dateline's and the headline's
included, and put in a bucket by the *shape* of the two words before it and the two after:
a word is kept as itself when it is one of the few words that decide a brand slot (the,
a, told, by, of, to, according, 's ...), and otherwise written as its shape (``x`` a lower-case
word, ``Xx`` a capitalised one, ``XX`` all capitals, ``9`` a number, ``^`` the start of a
line, ``$`` its end, punctuation as itself). `--buckets` lists the buckets with counts.

Then ONE mention per damaged copy is replaced by a stand-in drawn fresh for the copy (an
invented word from a syllable generator, or a plain English noun from the tagger's lexicon,
capitalised, sometimes ending in s: "Lanterns"), never a word a rules/*.toml pack names; the
possessive mark, the article and a sub-brand's word stay as published. Stories are split
50/50 into tuning and held-out by a salted hash of their path. A mention is found when WL201
or WL202 reports a warning or an error overlapping the stand-in. Recall is printed per
bucket (the largest first), per source, and per kind of stand-in.

Usage: python benchmarks/brand_contexts.py [--corpus ../shared/corpus] [--every 1]
[--jobs 2] [--show 30] [--buckets] [--top 40]
"""

from __future__ import annotations

import re
import sys
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from brand_possessive_third import (  # noqa: E402
    corpus_arguments,
    corpus_files,
    damaged_rows,
    placeholder,
    show_misses,
    table,
)

from wirelint.config import Config  # noqa: E402
from wirelint.diagnostics import Severity  # noqa: E402
from wirelint.engine import lint_text  # noqa: E402

CONFIG = Config(select=("WL201", "WL202"))
BRANDS = {
    "bbc": r"BBC",
    "reuters-21578": r"Reuters|Reuter|REUTERS|REUTER",
    "wikinews": r"Wikinews",
}
# Words kept as themselves in a bucket's name: the words that make a brand slot.
KEEP = frozenset(
    [
        "the",
        "a",
        "an",
        "to",
        "by",
        "of",
        "from",
        "with",
        "for",
        "in",
        "on",
        "at",
        "and",
        "or",
        "told",
        "tell",
        "tells",
        "telling",
        "said",
        "says",
        "say",
        "spoke",
        "speaking",
        "talking",
        "according",
        "reported",
        "reports",
        "reporting",
        "cited",
        "quoted",
        "seen",
        "reviewed",
        "asked",
        "contacted",
        "news",
        "sport",
        "radio",
        "world",
        "service",
        "online",
        "one",
        "two",
        "three",
        "four",
        "five",
        "correspondent",
        "reporter",
        "editor",
        "poll",
        "survey",
        "analysis",
        "interview",
        "programme",
        "website",
        "has",
        "had",
        "is",
        "was",
        "will",
        "would",
        "could",
        "can",
        "has",
        "agency",
    ]
)
_WORD = re.compile(r"'s|’s|'|’|[A-Za-z][\w.&-]*|\d[\d,.]*|\S")
KINDS = ("invented", "noun", "noun-s")


def held_out(path: Path) -> bool:
    return zlib.crc32(b"brand-contexts:" + path.parent.name.encode() + path.name.encode()) % 2 == 1


def _shape(word: str) -> str:
    if word.lower() in KEEP or word in ("'s", "’s", "'", "’"):
        return word.lower().replace("’", "'")
    if word[0].isdigit():
        return "9"
    if not word[0].isalpha():
        return word
    if word.isupper():
        return "XX"
    return "Xx" if word[0].isupper() else "x"


def _side(text: str, before: bool) -> list[str]:
    """The shapes of two words on one side of a mention, within its line."""
    line = text.rsplit("\n", 1)[-1] if before else text.split("\n", 1)[0]
    words = _WORD.findall(line)
    if before:
        shapes = [_shape(w) for w in words[-2:]]
        return ["^"] * (2 - len(shapes)) + shapes
    shapes = [_shape(w) for w in words[:2]]
    return shapes + ["$"] * (2 - len(shapes))


def bucket(text: str, start: int, end: int, width: int = 2) -> str:
    """The mention's bucket: the shapes of ``width`` words either side (1 or 2)."""
    if text.rfind("\n", 0, start) < 0:
        return "(headline)"
    before = _side(text[max(0, start - 80) : start], True)[2 - width :]
    after = _side(text[end : end + 80], False)[:width]
    return " ".join([*before, "_", *after])


@dataclass(frozen=True)
class Row:
    split: str
    source: str
    bucket: str
    near: str
    kind: str
    found: bool
    path: str
    line: str


def mentions(text: str, pattern: str) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end()) for m in re.finditer(rf"(?<![\w@./-])(?:{pattern})(?![\w@-])", text)
    ]


def _flags(text: str) -> list[tuple[int, int]]:
    return [
        (d.span.start, d.span.end)
        for d in lint_text(text, CONFIG, "story.txt").diagnostics
        if d.severity is not Severity.INFO
    ]


def one_story(args: tuple[str, str]) -> list[Row]:
    path_s, rel = args
    path = Path(path_s)
    text = path.read_text(encoding="utf-8")
    source = rel.split("/")[0]
    split = "heldout" if held_out(path) else "tuning"
    rows: list[Row] = []
    for i, (start, end) in enumerate(mentions(text, BRANDS[source])):
        name = bucket(text, start, end)
        near = bucket(text, start, end, 1)
        # Two copies per mention: an invented word, and a noun (every other one ending in s).
        for kind in ("invented", KINDS[1 + zlib.crc32(f"{rel}:{i}".encode()) % 2]):
            word = placeholder(
                "invented" if kind == "invented" else "noun", f"{split}:{rel}:{i}:{kind}"
            )
            if kind == "noun-s" and not word.endswith("s"):
                word += "s"
            if text[start:end].isupper() and end - start > 3:
                word = word.upper()
            damaged = text[:start] + word + text[end:]
            a, b = start, start + len(word)
            found = any(s < b and a < e for s, e in _flags(damaged))
            around = " ".join(damaged[max(0, a - 60) : b + 40].split())
            rows.append(Row(split, source, name, near, kind, found, rel, around))
    return rows


def census(files: list[Path], corpus: Path) -> None:
    counts: Counter[str] = Counter()
    by_source: Counter[str] = Counter()
    for path in files:
        text = path.read_text(encoding="utf-8")
        source = path.relative_to(corpus).parts[0]
        for start, end in mentions(text, BRANDS[source]):
            counts[bucket(text, start, end)] += 1
            by_source[source] += 1
    print(f"{sum(counts.values())} mentions in {len(counts)} buckets; {dict(by_source)}")
    for name, n in counts.most_common():
        print(f"{n:6}  {name}")


def main() -> int:
    ap = corpus_arguments(__doc__)
    ap.set_defaults(show=30)
    ap.add_argument("--top", type=int, default=40, help="buckets printed one by one")
    ap.add_argument("--buckets", action="store_true", help="the buckets and counts only")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    files = corpus_files(args.corpus, args.every)
    if args.buckets:
        census(files, args.corpus)
        return 0
    rows: list[Row] = damaged_rows(files, args.corpus, one_story, args.jobs)
    print(f"{len(files)} stories, {len(rows)} damaged copies (one mention each)")
    table("by bucket (shapes of 2 words either side)", rows, "bucket", args.top, width=44)
    table("by bucket, one word either side", rows, "near", args.top, width=44)
    table("by source", rows, "source", width=44)
    table("by stand-in", rows, "kind", width=44)
    show_misses(rows, args.show, lambda r: f"{r.path} [{r.bucket}] {r.line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
