"""False alarms on clean real copy: every rule over ../shared/corpus, per 10,000 words.

The corpus is published copy, so a warning here is either a real slip in the source or a
false alarm. The script prints the rate per rule and per source, and writes every flag with
its context to a file for reading. Usage:

    python benchmarks/noise.py [--corpus ../shared/corpus] [--every 1] [--out noise-flags.txt]
                               [--jobs N]

False alarms are measured by reading a random sample of warnings in their stories:

    python benchmarks/noise.py --sample 150 --save run.json  # adds unjudged rows to judge
    python benchmarks/noise.py --estimate run.json           # the estimate, once judged
    python benchmarks/noise.py --estimate run.json --sample 150 --spread  # rows from a kept run,
                                                   # spread over rules and held-out stories

writes the sample to benchmarks/judged/default-selection.tsv (rows already there keep their
verdict; an earlier, smaller sample is kept in benchmarks/judged/sample.tsv for comparison);
each row's `verdict` is filled in by hand: `real` (a slip in the source) or `false` (a false
alarm). Every run then prints, from the judged rows, the estimated false alarms per 10,000
words per rule, per source and for stories tuned on and held out (words_eval.held_out).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.words_eval import held_out  # noqa: E402
from wirelint.config import Config  # noqa: E402
from wirelint.engine import lint_text  # noqa: E402
from wirelint.parallel import ordered_map  # noqa: E402

JUDGED = REPO / "benchmarks" / "judged" / "default-selection.tsv"
# No corpus text beyond the flagged words: the sample names stories, it does not copy them.
COLUMNS = ("story", "line", "code", "flagged", "verdict", "note")
SEED = 14


def _read_judged(path: Path) -> dict[tuple[str, str, str, str], dict[str, str]]:
    if not path.is_file():
        return {}
    rows = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        row = dict(zip(COLUMNS, line.split("\t"), strict=False))
        rows[(row["story"], row["line"], row["code"], row["flagged"])] = row
    return rows


def _write_judged(path: Path, rows: list[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    out = ["\t".join(COLUMNS)]
    for row in sorted(rows, key=lambda r: (r["code"], r["story"], int(r["line"]))):
        out.append("\t".join(row.get(c, "").replace("\t", " ") for c in COLUMNS))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _estimate(
    flagged: list[dict[str, str]],
    judged: dict[tuple[str, str, str, str], dict[str, str]],
    words: Counter[str],
) -> None:
    """False alarms per 10k words: each rule's flags times the false share of its judged ones."""
    verdicts = {k: r["verdict"] for k, r in judged.items() if r.get("verdict") in ("real", "false")}
    if not verdicts:
        return
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for f in flagged:
        groups[f["code"]].append(f)
    print(f"\nfalse alarms per 10,000 words, estimated from {len(verdicts)} judged warnings:")

    def judged_of(rows: list[dict[str, str]]) -> list[str]:
        keys = [(r["story"], r["line"], r["code"], r["flagged"]) for r in rows]
        return [verdicts[k] for k in keys if k in verdicts]

    def rate(rows: list[dict[str, str]], code: str) -> float:
        """Judged warnings count as judged; the rest at the false share of a sample."""
        seen = judged_of(rows)
        if len(seen) == len(rows):
            return float(seen.count("false"))
        # Few judged here: the share of the rule's judged warnings in this run, and only
        # when that too is thin, of every row judged for it (a row whose warning is gone,
        # a false alarm since fixed, says little about the rule as it stands).
        share = seen
        if len(share) < 5:
            share = judged_of(groups[code])
        if len(share) < 5:
            share = [v for k, v in verdicts.items() if k[2] == code]
        if not share:
            return float("nan")
        return seen.count("false") + (len(rows) - len(seen)) * share.count("false") / len(share)

    sets = {
        "all": lambda f: True,
        **{
            src: (lambda f, src=src: f["source"] == src)
            for src in sorted(words)
            if src not in ("all", "tuning", "held-out")
        },
        "tuning": lambda f: f["held"] == "no",
        "held-out": lambda f: f["held"] == "yes",
    }
    for label, keep in sets.items():
        total = 0.0
        parts = []
        for code, rows in sorted(groups.items()):
            mine = [f for f in rows if keep(f)]
            est = rate(mine, code)
            if est != est:  # NaN: none of the rule's warnings judged yet
                parts.append(f"{code} unjudged ({len(mine)} flags)")
                continue
            total += est
            parts.append(f"{code} {est * 10000 / words[label]:.2f}")
        print(f"  {label:9s} {total * 10000 / words[label]:.2f}   ({', '.join(parts)})")
    for code in sorted(groups):
        seen = [v for k, v in verdicts.items() if k[2] == code]
        now = judged_of(groups[code])
        held = judged_of([f for f in groups[code] if f["held"] == "yes"])
        print(
            f"  {code}: {len(seen)} judged, {seen.count('false')} false, {seen.count('real')} real;"
            f" of this run's {len(groups[code])} warnings {len(now)} judged,"
            f" {now.count('false')} false (held-out: {len(held)} judged, {held.count('false')} false)"
        )


def _spread(
    warnings: list[dict[str, str]],
    judged: dict[tuple[str, str, str, str], dict[str, str]],
    n: int,
) -> list[dict[str, str]]:
    """n unjudged warnings, each taken from the (rule, held-out) group with fewest judged rows.

    A uniform sample follows the commonest rule; the estimate for a rare rule, or for one
    rule on held-out stories, then rests on two or three rows. Filling the thinnest group
    first gives every group's share of false alarms some rows to rest on.
    """
    import random

    rng = random.Random(SEED)
    pools: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    counts: Counter[tuple[str, str]] = Counter()  # judged rows of this run's warnings
    for f in warnings:
        if (f["story"], f["line"], f["code"], f["flagged"]) in judged:
            counts[(f["code"], f["held"])] += 1
        else:
            pools[(f["code"], f["held"])].append(f)
    for pool in pools.values():
        rng.shuffle(pool)
    picks: list[dict[str, str]] = []
    while len(picks) < n and any(pools.values()):
        group = min((g for g, pool in pools.items() if pool), key=lambda g: (counts[g], g))
        picks.append(pools[group].pop())
        counts[group] += 1
    return picks


class _Story(NamedTuple):
    name: str  # the path under the corpus folder
    source: str
    held: bool
    words: int
    crashes: list[str]
    # (code, severity, line, message, context, flagged text) of each diagnostic
    flags: list[tuple[str, str, int, str, str, str]]


@lru_cache(maxsize=4)
def _config(select: str) -> Config:
    return Config(select=tuple(select.split(",")))


def _check(item: tuple[Path, Path, str]) -> _Story:
    """One story's diagnostics (run in a worker with --jobs)."""
    path, corpus, select = item
    text = path.read_text(encoding="utf-8")
    result = lint_text(text, _config(select), str(path))
    found = []
    for d in result.diagnostics:
        start = max(0, d.span.start - 60)
        context = text[start : d.span.end + 60].replace("\n", " ")
        line = result.document.lines.position(d.span.start).line
        found.append(
            (d.code, d.severity.label, line, d.message, context, text[d.span.start : d.span.end])
        )
    return _Story(
        str(path.relative_to(corpus)),
        path.relative_to(corpus).parts[0],
        held_out(path),
        len(text.split()),
        [f"{c.code} {c.error}" for c in result.crashes],
        found,
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--every", type=int, default=1, help="use every Nth story")
    ap.add_argument("--select", default="ALL")
    ap.add_argument("--out", type=Path, default=Path("noise-flags.txt"))
    ap.add_argument("--sample", type=int, default=0, help="add N random warnings to judge")
    ap.add_argument(
        "--spread",
        action="store_true",
        help="draw the --sample rows evenly over rules and tuned/held-out stories",
    )
    ap.add_argument("--judged", type=Path, default=JUDGED, help="the judged sample (TSV)")
    ap.add_argument("--jobs", type=int, default=1, help="stories checked on N processes")
    ap.add_argument("--save", type=Path, help="keep the run's warnings and word counts (JSON)")
    ap.add_argument(
        "--estimate",
        type=Path,
        help="print the estimate for a run kept with --save (after judging), without a new run;"
        " with --sample, draw the rows to judge from that run",
    )
    args = ap.parse_args()
    if args.estimate:
        kept = json.loads(args.estimate.read_text(encoding="utf-8"))
        _sample_and_estimate(args, kept["warnings"], Counter(kept["words"]))
        return 0
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    files = sorted(p for p in args.corpus.rglob("*.txt") if p.parent.name != "odd")[:: args.every]
    words: Counter[str] = Counter()
    flags: Counter[tuple[str, str, str]] = Counter()
    lines: dict[str, list[str]] = defaultdict(list)
    warnings: list[dict[str, str]] = []
    items = [(path, args.corpus, args.select) for path in files]
    for story in ordered_map(_check, items, args.jobs):
        source, held, n = story.source, story.held, story.words
        words[source] += n
        words["all"] += n
        words["held-out" if held else "tuning"] += n
        for crash in story.crashes:
            print(f"CRASH {story.name}: {crash}")
        for code, label, line, message, context, text in story.flags:
            flags[(code, label, source)] += 1
            lines[code].append(f"{story.name}:{line}: {label}: {message}\n    …{context}…")
            if label != "info":
                warnings.append(
                    {
                        "story": story.name,
                        "line": str(line),
                        "code": code,
                        "flagged": text[:40].replace("\n", " "),
                        "verdict": "",
                        "source": source,
                        "held": "yes" if held else "no",
                    }
                )
    total = words["all"]
    sources = sorted(s for s in words if s not in ("all", "tuning", "held-out"))
    print(
        f"{len(files)} stories, {total:,} words ({', '.join(f'{s} {words[s]:,}' for s in sources)})"
    )
    print("flags per 10,000 words (warning+error | info), overall and by source:")
    codes = sorted({c for c, _, _ in flags})
    for code in codes:
        warn = sum(n for (c, sev, _), n in flags.items() if c == code and sev != "info")
        info = sum(n for (c, sev, _), n in flags.items() if c == code and sev == "info")
        by_source = "  ".join(
            f"{s} {sum(n for (c, sev, src), n in flags.items() if c == code and src == s and sev != 'info') * 10000 / words[s]:.2f}"
            for s in sources
        )
        print(
            f"  {code}  {warn * 10000 / total:6.2f} | {info * 10000 / total:6.2f}   ({warn} + {info})   {by_source}"
        )
    with args.out.open("w", encoding="utf-8") as fh:
        for code in codes:
            fh.write(f"== {code} ({len(lines[code])})\n")
            fh.write("\n".join(lines[code]) + "\n")
    print(f"every flag, with context: {args.out}")
    if args.save:
        args.save.write_text(json.dumps({"words": words, "warnings": warnings}), encoding="utf-8")
    _sample_and_estimate(args, warnings, words)
    return 0


def _sample_and_estimate(
    args: argparse.Namespace, warnings: list[dict[str, str]], words: Counter[str]
) -> None:
    """Add --sample rows to the judged file (if asked), then print the estimate."""
    judged = _read_judged(args.judged)
    if args.sample:
        import random

        fresh = [
            f for f in warnings if (f["story"], f["line"], f["code"], f["flagged"]) not in judged
        ]
        picks = (
            _spread(warnings, judged, args.sample)
            if args.spread
            else random.Random(SEED).sample(fresh, min(args.sample, len(fresh)))
        )
        for f in picks:
            judged[(f["story"], f["line"], f["code"], f["flagged"])] = f
        _write_judged(args.judged, list(judged.values()))
        print(f"{len(judged)} warnings in the judged sample: {args.judged}")
    _estimate(warnings, judged, words)


if __name__ == "__main__":
    raise SystemExit(main())
