"""WL201/WL202 recall on possessive and "the X" mentions of a story's own outlet.

A third method, apart from brand_damage and brand_mentions_second. Those two draw their
placeholder words from short fixed lists, some of which the rule's own packs name, so
they overstate recall. Here the mentions are only the shapes a find-and-replace hits
where the outlet is possessive or takes an article, as the corpus publishes them:

- "the BBC's political editor", "the BBC's Jonathan Beale", "told the BBC's Today
  programme", "BBC Radio 4's Today programme", "BBC Sport's new tool", "Wikinews'
  Nicholas Moreau" (a possessive, with or without "the", bare or a sub-brand);
- "told the BBC", "told the BBC News website", "the BBC World Service programme Go
  Digital", "the BBC has learned", "according to the BBC" ("the X").

ONE mention per damaged copy is replaced, keeping the article and the possessive mark
("the BBC's" -> "the Tovarel's"). For a sub-brand ("BBC Radio 4's", "the BBC News
website") two copies are made: only the outlet's word replaced ("Tovarel Radio 4's")
and the whole sub-brand replaced ("Tovarel's"). The story's other mentions keep the real
brand.

Placeholder words are drawn fresh for every copy, never from a pack list (any word a
rules/*.toml file names is skipped): an invented word from a syllable generator, or a
plain English noun picked at random from the general noun list in
rules/data/wl401-lexicon.txt, capitalised. Stories are split 50/50 into tuning and
held-out by a salted hash of their path. A mention is found when WL201 or WL202 reports
a warning or an error overlapping the placeholder.

Usage: python benchmarks/brand_possessive_third.py [--corpus ../shared/corpus]
[--every 1] [--jobs 2] [--show 20] [--shapes] (the census of shapes only, no linting)
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from wirelint.config import Config  # noqa: E402
from wirelint.diagnostics import Severity  # noqa: E402
from wirelint.engine import lint_text  # noqa: E402

CONFIG = Config(select=("WL201", "WL202"))
BRANDS = {"bbc": "BBC", "reuters-21578": "Reuters", "wikinews": "Wikinews"}

# The outlet's own parts after its name, as the corpus writes them: "BBC News Online",
# "BBC World Service", "BBC Radio Five Live", "BBC One", "Reuters Breakingviews".
PART = (
    r"News(?:\s+Online)?|World\s+Service|World|Sport|Radio(?:\s+(?:\d|One|Two|Three|Four|"
    r"Five\s+Live|Scotland|Wales|Ulster))?|One|Two|Three|Four|Five\s+Live|Scotland|Wales|"
    r"Northern\s+Ireland|Films|Worldwide|Trust|Online|Broadcast|Breakingviews"
)
POSSESSIVE = r"(?:'s|’s|'|’)(?!\w)"

# What follows a possessive: a newsroom word makes it the outlet's staff or work.
NEWSROOM = (
    r"(?:(?:[a-z]+\s+){0,2}(?:correspondent|editor|reporter|journalist|analyst|presenter|"
    r"team|crew|producer|staff|cameraman|photographer|head|director|chairman)|"
    r"(?:own\s+)?(?:analysis|poll|survey|investigation|research|report|reporting|"
    r"coverage|interview|findings|website|programme|show|bulletins?))\b"
)
SAY = r"told|tell|tells|telling|say|says|said|spoke|speaking|talking|talked"


def held_out(path: Path) -> bool:
    return zlib.crc32(b"possessive-third:" + path.parent.name.encode() + path.name.encode()) % 2


@dataclass(frozen=True)
class Mention:
    start: int  # of the outlet's word
    word_end: int  # end of the outlet's word
    name_end: int  # end of the whole name, sub-brand included, before any mark
    shape: str
    sub_brand: bool


def _shape(text: str, start: int, name_end: int, possessive: bool, the: bool) -> str:
    before = text[max(0, start - 40) : start]
    after = text[name_end : name_end + 80]
    if possessive:
        rest = re.sub(rf"^{POSSESSIVE}\s*", "", after)
        form = "the X's" if the else "X's"
        if re.match(NEWSROOM, rest):
            return f"{form} newsroom word (correspondent, analysis)"
        if re.match(r"[A-Z][a-z]+\s+[A-Z][a-z]+(?:\s+(?:[a-z]+|said|says)|[,.])", rest) and not (
            re.match(r"[A-Z][\w']*(?:\s+[A-Z][\w']*)*\s+(?:programme|show)\b", rest)
        ):
            if re.search(rf"\b(?:{SAY}|on|to|with)\s+(?:the\s+)?$", before):
                return f"{form} programme (told X's Breakfast with Frost)"
            return f"{form} reporter's name (the X's Jonathan Beale)"
        if re.match(r"[A-Z]", rest):
            return f"{form} programme (told X's Breakfast with Frost)"
        return f"{form} other (the X's spending)"
    after = text[name_end : name_end + 40]
    if re.search(rf"\b(?:{SAY})\s+(?:to\s+)?the\s+$", before):
        return "told the X"
    if re.match(r"\s+(?:[A-Z][\w]*\s+)*(?:website|programme|service|site|show|poll)\b", after):
        return "the X website / programme"
    if re.match(
        r"\s+(?:has|had|have|is|was|will|would|could|can|may|must|reported|reports|"
        r"understands|learned|learnt|revealed|said|says|found|asked|contacted|does|did)\b",
        after,
    ):
        return "the X as subject (the X has learned)"
    if re.search(r"\b(?:according\s+to|by|from|on|to|with|for)\s+the\s+$", before):
        return "by / on / to the X"
    return "the X other"


def mentions(text: str, brand: str) -> list[Mention]:
    """Every possessive or "the X" mention of the brand after the headline."""
    out = []
    body = text.find("\n") + 1
    rx = re.compile(
        rf"(?P<the>\b[Tt]he\s+)?(?<![\w@./-])(?P<w>{re.escape(brand)})(?![\w@-])"
        rf"(?P<part>(?:\s+(?:{PART}))?)(?P<mark>{POSSESSIVE})?"
    )
    for m in rx.finditer(text, body):
        the, mark = bool(m.group("the")), bool(m.group("mark"))
        if not (the or mark):
            continue
        if re.match(r"\s*\)", text[m.end("w") :]):  # a dateline's "(Reuters)"
            continue
        name_end = m.end("part") if m.group("part") else m.end("w")
        shape = _shape(text, m.start("w"), name_end, mark, the)
        out.append(Mention(m.start("w"), m.end("w"), name_end, shape, bool(m.group("part"))))
    return out


@lru_cache(maxsize=1)
def _pack_words() -> frozenset[str]:
    """Every word any rules/*.toml pack names: placeholders must come from elsewhere."""
    words: set[str] = set()
    for pack in (REPO / "rules").glob("*.toml"):
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", pack.read_text("utf-8")))
    return frozenset(words)


@lru_cache(maxsize=1)
def _nouns() -> tuple[str, ...]:
    lexicon = (REPO / "rules" / "data" / "wl401-lexicon.txt").read_text("utf-8")
    line = next(ln for ln in lexicon.splitlines() if ln.startswith("@NN "))
    return tuple(w for w in line.split()[1:] if w.isalpha() and 4 <= len(w) <= 10)


ONSETS = ("b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr")
ONSETS += ("gr", "kl", "pr", "st", "tr", "sh", "th", "ch")
VOWELS = ("a", "e", "i", "o", "u", "ai", "ea", "ou")
CODAS = ("", "", "", "n", "r", "l", "s", "x", "th", "nd", "rt")


def _invented(rng: random.Random) -> str:
    packs = _pack_words()
    while True:
        word = "".join(
            rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(rng.choice((2, 2, 3)))
        )
        word += rng.choice(CODAS)
        if word not in packs and word not in _nouns():
            return word.capitalize()


def placeholder(kind: str, key: str) -> str:
    """A fresh word for one copy. A word a pack names is passed over for the next draw,
    so that a pack gaining a word changes only the copies that drew it."""
    rng = random.Random(zlib.crc32(key.encode()))
    if kind == "invented":
        return _invented(rng)
    while (word := rng.choice(_nouns())) in _pack_words():
        pass
    return word.capitalize()


KINDS = ("invented", "noun")


@dataclass(frozen=True)
class Row:
    split: str
    source: str
    shape: str
    replaced: str
    kind: str
    word: str
    single: bool
    found: bool
    path: str
    line: str


def brand_flags(text: str) -> list[tuple[int, int, str, str]]:
    """WL201/WL202 warnings and errors on ``text``: (start, end, code, message)."""
    return [
        (d.span.start, d.span.end, d.code, d.message)
        for d in lint_text(text, CONFIG, "story.txt").diagnostics
        if d.severity is not Severity.INFO
    ]


def _found(text: str, a: int, b: int) -> bool:
    return any(start < b and a < end for start, end, _code, _message in brand_flags(text))


def _around(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 70) : end + 50].split())


def one_story(args: tuple[str, str]) -> list[Row]:
    path_s, rel = args
    path = Path(path_s)
    text = path.read_text(encoding="utf-8")
    brand = BRANDS[rel.split("/")[0]]
    split = "heldout" if held_out(path) else "tuning"
    single = len(re.findall(rf"(?<![\w@./-]){re.escape(brand)}(?![\w@-])", text)) == 1
    rows: list[Row] = []
    for i, m in enumerate(mentions(text, brand)):
        spans = [("outlet word", m.word_end)]
        if m.sub_brand:
            spans.append(("whole sub-brand", m.name_end))
        for replaced, end in spans:
            for kind in KINDS:
                word = placeholder(kind, f"{split}:{rel}:{i}:{replaced}:{kind}")
                damaged = text[: m.start] + word + text[end:]
                a, b = m.start, m.start + len(word)
                rows.append(
                    Row(
                        split,
                        brand,
                        m.shape,
                        replaced,
                        kind,
                        word,
                        single,
                        _found(damaged, a, b),
                        rel,
                        _around(damaged, a, b),
                    )
                )
    return rows


def corpus_files(corpus: Path, every: int) -> list[Path]:
    return sorted(p for d in BRANDS for p in (corpus / d).rglob("*.txt"))[::every]


class _Scored(Protocol):
    split: str  # "tuning" or "heldout"
    found: bool


def rate(rows: Sequence[_Scored]) -> str:
    if not rows:
        return "      -      "
    n = sum(r.found for r in rows)
    return f"{100 * n / len(rows):5.1f}% {n:4}/{len(rows):<4}"


def table(title: str, rows: Sequence[_Scored], key: str, top: int = 0, width: int = 52) -> None:
    """Recall per value of the rows' field ``key``, tuning and held-out side by side,
    largest groups first; past ``top`` groups (0: all), the rest in one line."""
    print(f"\n{title:<{width}} {'tuning':>15} {'held-out':>15}")
    groups: dict[str, dict[str, list[_Scored]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        groups[str(getattr(r, key))][r.split].append(r)
    names = sorted(groups, key=lambda g: -sum(len(v) for v in groups[g].values()))
    rest: dict[str, list[_Scored]] = defaultdict(list)
    for n, name in enumerate(names):
        if top and n >= top:
            for split, rs in groups[name].items():
                rest[split] += rs
            continue
        print(
            f"{name:<{width}} {rate(groups[name]['tuning']):>15} "
            f"{rate(groups[name]['heldout']):>15}"
        )
    if rest:
        label = f"({len(names) - top} smaller groups)"
        print(f"{label:<{width}} {rate(rest['tuning']):>15} {rate(rest['heldout']):>15}")
    print(
        f"{'all':<{width}} {rate([r for r in rows if r.split == 'tuning']):>15} "
        f"{rate([r for r in rows if r.split == 'heldout']):>15}"
    )


def damaged_rows(
    files: list[Path], corpus: Path, one: Callable[[tuple[str, str]], list[Any]], jobs: int
) -> list[Any]:
    """Every row ``one`` makes of each story (path, its name in the corpus), on ``jobs``
    processes, in the stories' order."""
    work = [(str(p), p.relative_to(corpus).as_posix()) for p in files]
    rows: list[Any] = []
    with ProcessPoolExecutor(jobs) as pool:
        for r in pool.map(one, work, chunksize=8):
            rows += r
    return rows


def corpus_arguments(description: str | None) -> argparse.ArgumentParser:
    """The options every brand generator takes: the corpus, every Nth story, the
    processes to check on, and how many tuning misses to print."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--every", type=int, default=1, help="use every Nth story")
    ap.add_argument("--jobs", type=int, default=1, help="stories checked on N processes")
    ap.add_argument("--show", type=int, default=20, help="tuning misses to print")
    return ap


def show_misses(rows: Sequence[_Scored], show: int, describe: Callable[[Any], str]) -> None:
    """The first ``show`` misses of the tuning half, one line each as ``describe`` puts
    it (the held-out half's misses stay unread)."""
    misses = [r for r in rows if r.split == "tuning" and not r.found]
    print(f"\ntuning misses (first {show} of {len(misses)}):")
    for r in misses[:show]:
        print(f"  {describe(r)}")


def show_clean(clean: Sequence[str], words: int, listed: int | None = None) -> None:
    """The WL201/WL202 warnings on clean copies, per 10k words, and the first ``listed``
    of them (None: all)."""
    print(
        f"\nclean copy: {len(clean)} WL201/WL202 warnings in {words} words "
        f"({10000 * len(clean) / max(words, 1):.2f} per 10k words)"
    )
    for c in clean[:listed]:
        print(f"  {c}")


def census(files: list[Path], corpus: Path) -> None:
    shapes: Counter[tuple[str, str]] = Counter()
    for path in files:
        brand = BRANDS[path.relative_to(corpus).parts[0]]
        for m in mentions(path.read_text(encoding="utf-8"), brand):
            shapes[(brand, m.shape + (" [sub-brand]" if m.sub_brand else ""))] += 1
    for b in BRANDS.values():
        if not any(k[0] == b for k in shapes):
            print(f"{b:<9} (no possessive or 'the X' mention of its own outlet)")
    for (brand, shape), n in sorted(shapes.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{brand:<9} {shape:<62} {n:5}")


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
    rows: list[Row] = damaged_rows(files, args.corpus, one_story, args.jobs)
    print(f"{len(files)} stories, {len(rows)} damaged copies (one mention each)")
    table("by shape", rows, "shape")
    table("by what is replaced", rows, "replaced")
    table("by placeholder kind", rows, "kind")
    table("by source", rows, "source")
    table("story has one mention of its outlet", rows, "single")
    show_misses(rows, args.show, lambda r: f"{r.path} [{r.shape}; {r.replaced}] {r.word}: {r.line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
