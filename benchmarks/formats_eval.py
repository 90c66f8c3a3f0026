"""Stories in NITF, NewsML-G2, ninjs and HTML: same findings as plain text, speed, and WL305.

For corpus stories written in each format (tests/formats/convert.py), the script prints:

* how many give exactly the plain text's findings, each at the mapped place in the file;
* the time to read and lint each format as a ratio to plain text, measured in the same run;
* WL305 (metadata headline): false alarms on clean items whose metadata headline is the
  copy's (as written, in capitals, with the brand after a dash, with straight quotes), and
  recall on damaged items (another story's headline, a word or a figure changed), for
  tuning and held-out stories (20% by path hash, as the other benchmarks split them).

Usage:  python benchmarks/formats_eval.py [--corpus ../shared/corpus] [--every 5]
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.garble_eval import held_out  # noqa: E402
from tests.formats.convert import WRITERS, compare, to_newsml, to_ninjs2  # noqa: E402
from wirelint.config import Config  # noqa: E402
from wirelint.input.formats import detect_format  # noqa: E402
from wirelint.input.formats.lint import lint_source_text  # noqa: E402


def equivalence(files: list[Path], corpus: Path) -> None:
    same: Counter[str] = Counter()
    for path in files:
        plain = path.read_text(encoding="utf-8")
        for name, (write, ext) in WRITERS.items():
            problems = compare(plain, write(plain), f"story{ext}")
            if problems:
                print(f"  differs: {path.relative_to(corpus)} as {name}: {problems[0][:160]}")
            else:
                same[name] += 1
    for name in WRITERS:
        print(
            f"  {name:7} {same[name]}/{len(files)} stories give the plain text's findings in place"
        )


def speed(files: list[Path], rounds: int = 3) -> None:
    cfg = Config()
    texts = [p.read_text(encoding="utf-8") for p in files]
    variants = {"text": (texts, ".txt")}
    for name, (write, ext) in WRITERS.items():
        variants[name] = ([write(t) for t in texts], ext)
    for t in texts[:20]:  # warm the packs and word tables for every variant alike
        lint_source_text(t, "s.txt", cfg)
    best: dict[str, float] = {}
    for _ in range(rounds):
        for name, (items, ext) in variants.items():
            start = time.perf_counter()
            for raw in items:
                lint_source_text(raw, f"s{ext}", cfg, detect_format(f"s{ext}", raw))
            elapsed = time.perf_counter() - start
            best[name] = min(best.get(name, elapsed), elapsed)
    base = best["text"]
    print(f"  text    {base / len(files) * 1000:.1f} ms per story (baseline)")
    for name in WRITERS:
        print(
            f"  {name:7} {best[name] / len(files) * 1000:.1f} ms per story, x{best[name] / base:.2f}"
        )


def _headline(text: str) -> str:
    return text.split("\n", 1)[0].strip()


def _variants(head: str) -> list[str]:
    return [head, head.upper(), f"{head} – Reuters", head.replace("’", "'").replace("“", '"')]


def _damaged(head: str, other: str, rng: random.Random) -> list[tuple[str, str]]:
    out = [("another story's headline", other)]
    words = re.findall(r"[A-Za-z]{4,}", head)
    if words:
        word = rng.choice(words)
        out.append(
            (
                "a word changed",
                head.replace(word, "Officials" if word[0].isupper() else "officials", 1),
            )
        )
    figure = re.search(r"\d+", head)
    if figure:
        out.append(
            (
                "a figure changed",
                head[: figure.start()] + str(int(figure.group()) + 7) + head[figure.end() :],
            )
        )
    return out


def _flags(item: str, path: str) -> int:
    cfg = Config(select=("WL305",))
    return len(lint_source_text(item, path, cfg, detect_format(path, item)).diagnostics)


def _with_meta(text: str, meta: str, fmt: str) -> str:
    if fmt == "newsml":
        item = to_newsml(text)
        first = re.search(r"<headline>.*?</headline>", item)
        assert first is not None
        return item[: first.start()] + f"<headline>{escape(meta)}</headline>" + item[first.end() :]
    # ninjs 1.x: the metadata headline, and the copy's headline as the body's h1.
    item2 = json.loads(to_ninjs2(text))
    body = item2["bodies"][0]["value"]
    return json.dumps(
        {"headline": meta, "body_html": f"<h1>{html.escape(_headline(text))}</h1>\n{body}"}
    )


def wl305(files: list[Path], corpus: Path) -> None:
    rng = random.Random(19)
    clean_items = clean_flags = words = 0
    found: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    heads = [_headline(p.read_text(encoding="utf-8")) for p in files]
    for i, path in enumerate(files):
        text = path.read_text(encoding="utf-8")
        split = "held-out" if held_out(str(path.relative_to(corpus))) else "tuning"
        head = heads[i]
        for fmt, ext in (("newsml", ".xml"), ("ninjs", ".json")):
            for meta in _variants(head):
                clean_items += 1
                words += len(text.split())
                clean_flags += _flags(_with_meta(text, meta, fmt), f"s{ext}")
            other = heads[(i + 1 + rng.randrange(len(files) - 1)) % len(files)]
            for kind, meta in _damaged(head, other, rng):
                if meta == head:
                    continue
                total[(split, kind)] += 1
                found[(split, kind)] += _flags(_with_meta(text, meta, fmt), f"s{ext}") > 0
    print(
        f"  clean: {clean_flags} flags on {clean_items} items "
        f"({clean_flags / max(words, 1) * 10_000:.3f} per 10,000 words)"
    )
    for split in ("tuning", "held-out"):
        for kind in ("another story's headline", "a word changed", "a figure changed"):
            n = total[(split, kind)]
            if n:
                print(
                    f"  recall {split:8} {kind:25} {found[(split, kind)]}/{n} = {found[(split, kind)] / n:.1%}"
                )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--every", type=int, default=5, help="use every Nth story")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    files = sorted(p for p in args.corpus.rglob("*.txt") if p.parent.name != "odd")[:: args.every]
    print(f"{len(files)} stories")
    print("same findings as plain text, at the mapped place:")
    equivalence(files, args.corpus)
    print("read and lint, best of 3 rounds:")
    speed(files[:200])
    print("WL305 metadata-headline-mismatch:")
    wl305(files, args.corpus)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
