"""WL401's pattern families one by one: flags on clean copy, recall on damaged copy, examples.

For each family of the light grammar tier (wirelint/grammar/patterns, one module each):

- its flags per 10,000 words of clean corpus copy, split by the verdicts read by hand in
  benchmarks/judged/wl401.tsv: a real slip in the published source is a find, anything
  else is noise; a flag nobody has read yet is counted as unjudged;
- the share of damaged sentences of each kind it finds, on tuning and held-out stories
  (the damage generators of benchmarks/garble_eval.py, the same sentences and seeds; a
  damaged sentence is found when a finding of any severity touches the damaged words or
  their neighbours, and the row ``warning`` counts warnings only, as garble_eval's first
  column does; sentences already flagged when clean are left out);
- whether it flags each sentence its docstring lists under ``Flags:``.

Usage:

    python benchmarks/patterns_eval.py [--corpus ../shared/corpus] [--per-kind 600]
        [--every 1] [--judge]

``--judge`` adds the flags not yet read to the judged file with an empty verdict, for
reading (rows already there keep their verdict). The file names stories and the flagged
words, never more of the corpus text.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.garble_eval import (  # noqa: E402
    GENERATORS,
    KINDS,
    PAIR_KINDS,
    REAL_SLIPS,
    UNTUNED_KINDS,
    Damage,
    Forms,
    held_out,
)
from wirelint.config import Config  # noqa: E402
from wirelint.document.model import Document, PartKind, parse_document  # noqa: E402
from wirelint.grammar.patterns import FAMILIES  # noqa: E402
from wirelint.packs import Packs  # noqa: E402
from wirelint.registry import Context  # noqa: E402
from wirelint.rules.wl401_garbled_sentence import scan_document  # noqa: E402

JUDGED = REPO / "benchmarks" / "judged" / "wl401.tsv"
COLUMNS = ("story", "line", "flag", "family", "verdict", "why")
VERDICTS = ("real-slip", "noise")
HEADER = (
    "# Every WL401 flag over the clean corpus, each read in its story. Made with:\n"
    "# python benchmarks/patterns_eval.py --judge. verdict: real-slip (a slip in the published\n"
    "# copy), noise (a false alarm). family: the pattern family that flagged it. Rows for flags\n"
    "# that a later change removed stay, so a change that brings one back finds its verdict.\n"
)
#: The bundled packs only: a user's configuration never changes the measurement.
CTX = Context(Config(select=("WL401",)), Packs())
SPLITS = ("tuning", "held-out")
Key = tuple[str, str, str]  # story, line, flagged words


def read_judged(path: Path = JUDGED) -> dict[Key, dict[str, str]]:
    if not path.is_file():
        return {}
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("story\t") or not line.strip():
            continue
        row = dict(zip(COLUMNS, line.split("\t"), strict=False))
        rows[(row["story"], row["line"], row["flag"])] = row
    return rows


def write_judged(rows: list[dict[str, str]], path: Path = JUDGED) -> None:
    out = [HEADER.rstrip("\n"), "\t".join(COLUMNS)]
    for row in sorted(rows, key=lambda r: (r["story"], int(r["line"]), r["flag"])):
        out.append("\t".join(row.get(c, "").replace("\t", " ") for c in COLUMNS))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def found_near(text: str, start: int, end: int) -> list[tuple[str, bool]]:
    """The families with a finding on or next to the damaged words of a sentence, each
    with whether the finding is a warning (not info)."""
    head = "Headline\n\n"
    doc = parse_document(f"{head}{text}\n")
    base = len(head)
    return [
        (f.family, f.confident)
        for f, span, _ in scan_document(doc, CTX)
        if span.start - base < end + 1 and span.end - base > start - 1
    ]


def clean_sentences(doc: Document, flagged: set[int]) -> tuple[list[str], list[tuple[str, str]]]:
    """Unflagged body sentences of six tokens or more, and neighbouring pairs of them."""
    singles: list[str] = []
    pairs: list[tuple[str, str]] = []
    for part in doc.parts:
        if part.kind is not PartKind.PARAGRAPH:
            continue
        ss = part.sentences
        for k, s in enumerate(ss):
            if any(s.span.start <= f < s.span.end for f in flagged) or len(s.tokens) < 6:
                continue
            singles.append(s.text)
            if k + 1 < len(ss):
                pairs.append((s.text, ss[k + 1].text))
    return singles, pairs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--per-kind", type=int, default=600, help="damaged sentences per kind, split")
    ap.add_argument("--seed", type=int, default=401)
    ap.add_argument("--every", type=int, default=1, help="read every n-th story (faster runs)")
    ap.add_argument("--judge", action="store_true", help="add unread flags to the judged file")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    files = sorted(p for p in args.corpus.rglob("*.txt") if p.parent.name != "odd")[:: args.every]
    ids = [f.id for f in FAMILIES]

    # -- flags on clean copy ------------------------------------------------------------
    judged = read_judged()
    words = Counter[str]()
    flags: dict[str, Counter[str]] = defaultdict(Counter)  # family -> verdict -> count
    rows: dict[Key, dict[str, str]] = dict(judged)
    sentences: dict[str, list[str]] = {s: [] for s in SPLITS}
    pairs: dict[str, list[tuple[str, str]]] = {s: [] for s in SPLITS}
    scan_seconds = 0.0
    for path in files:
        rel = path.relative_to(args.corpus).as_posix()
        split = "held-out" if held_out(rel) else "tuning"
        text = path.read_text(encoding="utf-8")
        doc = parse_document(text)
        doc.tokens  # noqa: B018 - splitting and tokens are the document's cost, not the rule's
        words[split] += len(text.split())
        t0 = time.perf_counter()
        found = list(scan_document(doc, CTX))
        scan_seconds += time.perf_counter() - t0
        for f, span, _ in found:
            key = (rel, str(doc.lines.position(span.start).line), text[span.start : span.end])
            if key not in rows:
                # garble_eval's list of flags read as real slips seeds the verdict
                slip = (rel, key[2]) in REAL_SLIPS
                verdict = "real-slip" if slip else ""
                rows[key] = dict(zip(COLUMNS, (*key, f.family, verdict, ""), strict=True))
            row = rows[key]
            row["family"] = f.family
            verdict = row["verdict"] if row["verdict"] in VERDICTS else "unjudged"
            flags[f.family][verdict] += 1
            flags["all"][verdict] += 1
            flags[split][verdict] += 1
        singles, twos = clean_sentences(doc, {span.start for _, span, _ in found})
        sentences[split].extend(singles)
        pairs[split].extend(twos)
    total = sum(words.values())
    per10k = 10000 / total
    print(f"{len(files)} stories, {total:,} words; WL401 {total / scan_seconds:,.0f} words/s")
    print("\nflags on clean copy per 10,000 words (read by hand in benchmarks/judged/wl401.tsv):")
    print(f"  {'family':20s} {'flags':>6s} {'noise':>6s} {'slips':>6s} {'unread':>6s}   noise/10k")
    for fid in [*ids, "all"]:
        c = flags[fid]
        n = sum(c.values())
        print(
            f"  {fid:20s} {n:6d} {c['noise']:6d} {c['real-slip']:6d} {c['unjudged']:6d}"
            f"   {c['noise'] * per10k:6.3f}  (all flags {n * per10k:.3f})"
        )
    for split in SPLITS:
        c = flags[split]
        print(
            f"  {split} stories: {c['noise'] * 10000 / words[split]:.3f} noise per 10k words"
            f" ({c['noise']} noise, {c['real-slip']} real slips, {c['unjudged']} unread"
            f" in {words[split]:,} words)"
        )
    if args.judge:
        write_judged(list(rows.values()))
        print(f"  judged file: {JUDGED.relative_to(REPO)} ({len(rows)} rows)")

    # -- recall on damaged copies --------------------------------------------------------
    forms = Forms()
    hits: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # (split, kind) -> family
    sizes = Counter[tuple[str, str]]()
    for split in SPLITS:
        for kind in (*KINDS, *UNTUNED_KINDS):
            rng = random.Random(f"{args.seed}-{kind}-{split}")
            pool: list[Any] = pairs[split] if kind in PAIR_KINDS else sentences[split]
            order = list(range(len(pool)))
            rng.shuffle(order)
            made: list[Damage] = []
            for idx in order:
                if len(made) >= args.per_kind:
                    break
                damaged = GENERATORS[kind](pool[idx], rng, forms)
                if damaged is not None:
                    made.append(damaged)
            for text, start, end in made:
                near = found_near(text, start, end)
                sizes[(split, kind)] += 1
                hits[(split, kind)]["any"] += bool(near)
                hits[(split, kind)]["warning"] += any(sure for _, sure in near)
                for fid in {fid for fid, _ in near}:
                    hits[(split, kind)][fid] += 1

    def share(split: str, kinds: tuple[str, ...], fid: str) -> str:
        n = sum(sizes[(split, k)] for k in kinds)
        return f"{sum(hits[(split, k)][fid] for k in kinds) / n:6.1%}" if n else "     -"

    tuned = tuple(KINDS)
    for split in SPLITS:
        print(f"\nrecall on damaged sentences, {split} stories (share found, by family):")
        cols = (*tuned, *UNTUNED_KINDS)
        print(f"  {'family':20s}" + "".join(f"{k[:10]:>11s}" for k in cols) + f"{'tuned all':>11s}")
        for fid in [*ids, "any", "warning"]:
            cells = "".join(f"{share(split, (k,), fid):>11s}" for k in cols)
            print(f"  {fid:20s}{cells}{share(split, tuned, fid):>11s}")
        print(f"  {'sentences':20s}" + "".join(f"{sizes[(split, k)]:>11d}" for k in cols))
    print("  (word-drop was written after the checks were tuned: reported on its own)")

    # -- the families' own examples ---------------------------------------------------
    print("\neach family's documented examples (flagged by the family | passed clean):")
    for fam in FAMILIES:
        flagged = [
            fam.id in {fid for fid, _ in found_near(ex, 0, len(ex))}
            for ex in fam.examples("Flags:")
        ]
        passes = [not found_near(ex, 0, len(ex)) for ex in fam.examples("Passes:")]
        print(
            f"  {fam.id:20s} {sum(flagged)}/{len(flagged)} flagged | {sum(passes)}/{len(passes)} pass"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
