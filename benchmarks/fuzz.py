"""Hostile input at full size: mangled corpus stories, and the stories that explode a rule.

Three parts, each printing numbers and ratios against a baseline measured in the same
run (the machines are shared and noisy: compare ratios, not seconds):

1. fuzz: corpus stories damaged as tests/mangle.py does (long tokens and paragraphs at
   full size), linted with every rule and the default limits; the contract of
   tests/mangle.py checked on each; crashes, limit stops and cost per kilobyte reported.
2. hostile: one story each with a 10,000-letter word, a 1 MB token, 1 MB in one
   paragraph, and 1 MB in normal paragraphs (the baseline), each linted in a process of
   its own, with the limits on and off: wall time and peak memory.
3. guard: the same corpus stories linted with the limits on and off, interleaved; the
   ratio is what the watchdog costs on the normal path.

Run it under a memory cap, as hostile input must be:

    prlimit --as=4000000000 python benchmarks/fuzz.py [--stories 300] [--parts fuzz,hostile,guard]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run from a checkout without installing
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
MEMORY_CAP = 4_000_000_000  # bytes of address space for each hostile-case process


def _every_rule(limits: bool) -> object:
    from wirelint.config import Config

    extra = tuple(f"WL{n}" for n in range(100, 600))
    if limits:
        return Config(extend_select=extra)
    return Config(extend_select=extra, rule_time_limit=0, rule_memory_limit=0)


# -- 1. fuzz ------------------------------------------------------------------------------


def fuzz(stories: list[str], seed: int, scale: int, operations: int) -> None:
    from tests.mangle import lint_twice, mangle, problems

    config = _every_rule(limits=True)
    rng = random.Random(seed)
    lint_twice(stories[0], config)  # type: ignore[arg-type]  # tables loaded once
    failures: Counter[str] = Counter()
    stops: Counter[str] = Counter()
    by_op: Counter[str] = Counter()
    costs: list[tuple[float, str, list[str]]] = []
    examples: dict[str, tuple[list[str], str]] = {}
    t_all = time.perf_counter()
    for i, story in enumerate(stories):
        text, applied = mangle(story, rng.randint, rng.randint(1, operations), scale)
        by_op.update(applied)
        t0 = time.perf_counter()
        first, second = lint_twice(text, config)  # type: ignore[arg-type]
        per_kb = (time.perf_counter() - t0) / 2 / max(len(text.encode("utf-8")) / 1000, 1.0)
        costs.append((per_kb, f"story {i}", applied))
        for c in first.crashes:
            if c.cause == "limit":
                stops[c.code] += 1
        for p in problems(text, first, second):
            key = p.split(":", 1)[0] + ": " + p.split(": ", 1)[-1][:60]
            failures[key] += 1
            examples.setdefault(key, (applied, p))
        if (i + 1) % 25 == 0:
            print(f"  ... {i + 1} stories, {sum(failures.values())} contract breaks", flush=True)
    elapsed = time.perf_counter() - t_all
    print(f"fuzz: {len(stories)} mangled stories, seed {seed}, scale {scale} ({elapsed:.0f} s)")
    print("  damage applied: " + ", ".join(f"{k} {v}" for k, v in sorted(by_op.items())))
    print(f"  contract broken: {sum(failures.values())} times, {len(failures)} distinct")
    for key, n in failures.most_common():
        applied, problem = examples[key]
        print(f"    {n:4d}  {problem[:150]}  (after {', '.join(applied)})")
    print(f"  stopped by a limit: {dict(stops) or 'none'}")
    per = sorted(c[0] for c in costs)
    median = statistics.median(per)
    print(
        f"  seconds per kB: median {median * 1000:.1f} ms, 95th percentile "
        f"{per[int(len(per) * 0.95)] * 1000:.1f} ms (x{per[int(len(per) * 0.95)] / median:.1f}), "
        f"worst {per[-1] * 1000:.1f} ms (x{per[-1] / median:.1f})"
    )
    for per_kb, name, applied in sorted(costs, reverse=True)[:5]:
        print(f"    x{per_kb / median:7.1f}  {name}: {', '.join(applied)}")


# -- 2. hostile cases ---------------------------------------------------------------------


def _cases(story: str) -> dict[str, str]:
    head, _, body = story.partition("\n\n")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    megabyte = 1_000_000
    normal = []
    size = 0
    while size < megabyte:
        for p in paragraphs:
            normal.append(p)
            size += len(p) + 2
    one_paragraph = " ".join(normal)
    letters = "abcdefghijklmnopqrstuvwxyz"
    return {
        "1 MB in normal paragraphs (baseline)": head + "\n\n" + "\n\n".join(normal) + "\n",
        "1 MB in one paragraph": head + "\n\n" + one_paragraph + "\n",
        "a 10,000-letter word": story.replace(" the ", f" {(letters * 400)[:10_000]} ", 1),
        "a 1 MB token": story.replace(" the ", f" {(letters * 40_000)[:megabyte]} ", 1),
    }


def _one(path: str, limits: bool) -> None:
    """Child process: lint one file, print seconds, peak MB and what was stopped."""
    from wirelint.engine import lint_text

    text = Path(path).read_text(encoding="utf-8")
    t0 = time.perf_counter()
    result = lint_text(text, _every_rule(limits), "story.txt")  # type: ignore[arg-type]
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stopped = [f"{c.code} ({c.cause})" for c in result.crashes]
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "stopped": stopped}))


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def hostile(story: str, timeout: float) -> None:
    print(f"\nhostile stories, each in its own process capped at {MEMORY_CAP / 1e9:.0f} GB")
    print(f"  {'story':38} {'limits':7} {'seconds':>8} {'peak MB':>8}  stopped")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in _cases(story).items():
            path = Path(tmp) / "story.txt"
            path.write_text(text, encoding="utf-8")
            for limits in (True, False):
                cmd = [sys.executable, __file__, "--one", str(path)]
                if not limits:
                    cmd.append("--no-limits")
                t0 = time.perf_counter()
                try:
                    proc = subprocess.run(
                        cmd, capture_output=True, text=True, timeout=timeout, preexec_fn=_cap
                    )
                except subprocess.TimeoutExpired:
                    print(f"  {name:38} {'on' if limits else 'off':7} {'>' + str(timeout):>8}")
                    continue
                wall = time.perf_counter() - t0
                if proc.returncode != 0:
                    print(
                        f"  {name:38} {'on' if limits else 'off':7} {wall:8.1f} {'-':>8}  "
                        f"exit {proc.returncode}: {proc.stderr.strip()[-120:]}"
                    )
                    continue
                out = json.loads(proc.stdout.strip().splitlines()[-1])
                print(
                    f"  {name:38} {'on' if limits else 'off':7} {out['seconds']:8.1f} "
                    f"{out['peak_mb']:8.0f}  {', '.join(out['stopped']) or '-'}"
                )


# -- 3. the guard on the normal path ------------------------------------------------------


def guard(stories: list[str], rounds: int) -> None:
    from wirelint.config import Config
    from wirelint.engine import lint_text

    on, off = Config(), Config(rule_time_limit=0, rule_memory_limit=0)
    for s in stories[:5]:
        lint_text(s, on, "story.txt")
    wall: dict[str, list[float]] = {"on": [], "off": []}
    cpu: dict[str, list[float]] = {"on": [], "off": []}
    for _ in range(rounds):
        for name, cfg in (("off", off), ("on", on)):
            t0, c0 = time.perf_counter(), time.process_time()
            for s in stories:
                lint_text(s, cfg, "story.txt")
            wall[name].append(time.perf_counter() - t0)
            cpu[name].append(time.process_time() - c0)  # the watchdog thread's CPU too
    print(f"\nthe limits on the normal path: {len(stories)} corpus stories, median of {rounds}")
    for label, table in (("wall", wall), ("CPU", cpu)):
        a, b = statistics.median(table["off"]), statistics.median(table["on"])
        print(f"  {label:4} limits off (baseline)   {a:7.2f} s")
        print(f"  {label:4} limits on (default)     {b:7.2f} s   x{b / a:.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--stories", type=int, default=300)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--scale", type=int, default=5000, help="longest token, in letters")
    ap.add_argument("--operations", type=int, default=8, help="most damages per story")
    ap.add_argument("--parts", default="fuzz,hostile,guard")
    ap.add_argument("--timeout", type=float, default=300.0, help="per hostile-case process")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--no-limits", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        _one(args.one, limits=not args.no_limits)
        return 0
    from tests.mangle import seed_stories

    stories = seed_stories(args.corpus, args.stories)
    if len(stories) == 1:
        print(f"(corpus not found at {args.corpus}: only the bundled example is used)")
    parts = set(args.parts.split(","))
    if "fuzz" in parts:
        fuzz(stories, args.seed, args.scale, args.operations)
    if "hostile" in parts:
        hostile(stories[0], args.timeout)
    if "guard" in parts:
        guard(stories[1 : 1 + min(len(stories) - 1, 200)] or stories, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
