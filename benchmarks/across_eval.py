"""WL104 (check --across) on batches of real copy: false alarms and recall.

The corpus is cut into batches as a desk would commit them: 25 consecutive stories of
one folder (a BBC topic, Reuters, Wikinews). Two numbers:

* false alarms: WL104 findings per 10,000 words of the clean batches, names and US/UK
  spellings apart, every finding written to a file for reading (a real slip in the
  source is a find, not noise; Wikinews mixes US and UK house styles across stories,
  which is exactly what WL104 reports);
* recall: in each batch, one story's every mention of a name that at least three
  stories of the batch use is respelled (the damage kinds of names_eval.py), and one
  story written wholly in the batch's majority dialect is flipped to the other; a
  damaged story counts as found when WL104 reports it at the damaged spelling.

Tuning and held-out sets are split by a hash of the damaged (or flagged) story's path
(garble_eval.held_out, 20% held out). Usage:

    python benchmarks/across_eval.py [--corpus ../shared/corpus] [--batch 25] [--out across-flags.txt]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from garble_eval import held_out  # noqa: E402
from names_eval import _kinds  # noqa: E402

from wirelint.analysis.across import (  # noqa: E402
    DIALECT_MAJORITY,
    build_batch,
    marked_words,
    story_names,
    titles_of,
)
from wirelint.analysis.dialect import UK, US  # noqa: E402
from wirelint.analysis.lexicon import frequency  # noqa: E402
from wirelint.analysis.names import with_case  # noqa: E402
from wirelint.config import Config  # noqa: E402
from wirelint.document.model import Document, parse_document  # noqa: E402
from wirelint.packs import packs_for  # noqa: E402

CONFIG = Config(select=("WL104",))


def batches(corpus: Path, size: int) -> list[list[Path]]:
    folders: dict[Path, list[Path]] = {}
    for p in sorted(corpus.rglob("*.txt")):
        if p.parent.name != "odd":
            folders.setdefault(p.parent, []).append(p)
    return [files[i : i + size] for files in folders.values() for i in range(0, len(files), size)]


def damage_name(docs: list[Document], rng: random.Random) -> tuple[int, str, str] | None:
    """Respell every mention of a name used by 3+ stories in one of them: (story, old, new)."""
    packs = packs_for(())
    titles = titles_of(packs)
    names = [story_names(d, titles) for d in docs]
    users: dict[str, list[int]] = {}
    for i, found in enumerate(names):
        for key, ms in found.items():
            if any(not m.caps for m in ms):
                users.setdefault(key, []).append(i)
    spellings = {k for found in names for k in found}
    keys = sorted(
        k
        for k, u in users.items()
        if len(u) >= 3 and len(k) >= 5 and k.isalpha() and frequency(k) < 1000
    )
    if not keys:
        return None
    key = rng.choice(keys)
    i = rng.choice(users[key])
    written = next(m.text for m in names[i][key] if not m.caps)
    kinds = {k: v for k, v in _kinds(written).items() if v.casefold() not in spellings}
    if not kinds:
        return None
    return i, key, kinds[rng.choice(sorted(kinds))]


def respell(doc: Document, key: str, new: str) -> str:
    titles = titles_of(packs_for(()))
    text = doc.text
    for m in sorted(story_names(doc, titles)[key], key=lambda m: -m.span.start):
        text = text[: m.span.start] + with_case(m.text, new) + text[m.span.end :]
    return text


def flip_story(docs: list[Document], rng: random.Random) -> tuple[int, str] | None:
    """Flip one story in the batch's majority dialect wholly to the other: (story, text)."""
    packs = packs_for(())
    marked = [marked_words(d, packs) for d in docs]
    pure = {
        i: ws[0].pair.dialect
        for i, ws in enumerate(marked)
        if len({w.pair.dialect for w in ws}) == 1
    }
    counts = Counter(pure.values())
    if not counts:
        return None
    major = US if counts[US] > counts[UK] else UK
    minor = UK if major == US else US
    if counts[major] - 1 <= DIALECT_MAJORITY * (counts[minor] + 1):
        return None  # the flip would leave no majority to judge by
    # Only -ise/-ize words flipped would be Oxford spelling, still British: not damage.
    choices = [
        j
        for j, d in pure.items()
        if d == major and any(w.pair.kinds != ("ise-ize",) for w in marked[j])
    ]
    if not choices:
        return None
    i = rng.choice(sorted(choices))
    text = docs[i].text
    for w in sorted(marked[i], key=lambda w: -w.span.start):
        text = text[: w.span.start] + with_case(w.text, w.pair.counterpart) + text[w.span.end :]
    return i, text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--batch", type=int, default=25)
    ap.add_argument("--out", type=Path, default=Path("across-flags.txt"))
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    words: Counter[str] = Counter()
    flags: Counter[tuple[str, str]] = Counter()
    found: Counter[tuple[str, str]] = Counter()
    tried: Counter[tuple[str, str]] = Counter()
    lines: list[str] = []
    started = time.perf_counter()
    groups = batches(args.corpus, args.batch)
    for n, files in enumerate(groups):
        rels = [str(p.relative_to(args.corpus)) for p in files]
        docs = [
            parse_document(p.read_text(encoding="utf-8"), rel)
            for p, rel in zip(files, rels, strict=True)
        ]
        for d in docs:
            words["held-out" if held_out(d.path or "") else "tuning"] += len(d.text.split())
        batch = build_batch(docs, CONFIG)
        for path, odd in sorted(batch.odd.items()):
            split = "held-out" if held_out(path) else "tuning"
            for o in odd:
                flags[(o.kind, split)] += 1
                lines.append(
                    f"{path}: {o.kind} {o.key} -> {o.chosen} ({o.stories} vs {o.odd_stories}); e.g. {', '.join(o.examples)}"
                )
        rng = random.Random(n)
        damaged = damage_name(docs, rng)
        if damaged is not None:
            i, key, new = damaged
            split = "held-out" if held_out(rels[i]) else "tuning"
            copy = list(docs)
            copy[i] = parse_document(respell(docs[i], key, new), rels[i])
            verdicts = build_batch(copy, CONFIG).for_story(rels[i])
            tried[("name", split)] += 1
            found[("name", split)] += any(
                o.kind == "name" and o.key == new.casefold() for o in verdicts
            )
        flipped = flip_story(docs, rng)
        if flipped is not None:
            i, text = flipped
            split = "held-out" if held_out(rels[i]) else "tuning"
            copy = list(docs)
            copy[i] = parse_document(text, rels[i])
            verdicts = build_batch(copy, CONFIG).for_story(rels[i])
            tried[("dialect", split)] += 1
            found[("dialect", split)] += any(o.kind == "dialect" for o in verdicts)
    seconds = time.perf_counter() - started
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    total = words["tuning"] + words["held-out"]
    print(f"{len(groups)} batches of up to {args.batch} stories, {total:,} words, {seconds:.1f} s")
    print("WL104 findings per 10,000 words of clean copy (tuning | held-out):")
    for kind in ("name", "dialect"):
        t, h = flags[(kind, "tuning")], flags[(kind, "held-out")]
        print(
            f"  {kind:<8} {t * 1e4 / max(1, words['tuning']):5.2f} | "
            f"{h * 1e4 / max(1, words['held-out']):5.2f}   ({t + h} findings)"
        )
    print("recall on damaged batches (tuning | held-out):")
    for kind in ("name", "dialect"):
        cells = []
        for split in ("tuning", "held-out"):
            n = tried[(kind, split)]
            cells.append(f"{found[(kind, split)] / n:5.1%} of {n}" if n else "  -  ")
        print(f"  {kind:<8} {' | '.join(cells)}")
    print(f"every finding: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
