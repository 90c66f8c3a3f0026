"""wirelint benchmarks: cold start against `python -c pass`, warm throughput over the corpus.

Prints numbers and ratios against baselines measured in the same run (the machines are
shared and noisy: compare ratios, not seconds). Usage:

    python benchmarks/bench.py [--corpus ../shared/corpus] [--limit N] [--runs 7]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run from a checkout without installing
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
EXAMPLE = REPO / "examples" / "makiivka-portal.txt"
_BATCH = 200  # stories parsed at a time for the per-rule timing


def _median_wall(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def cold_start(runs: int) -> None:
    exe = shutil.which("wirelint")
    cmd = [exe] if exe else [sys.executable, "-m", "wirelint"]
    baseline = _median_wall([sys.executable, "-c", "pass"], runs)
    check = _median_wall([*cmd, "check", str(EXAMPLE)], runs)
    rules = _median_wall([*cmd, "rules"], runs)
    print(f"cold start (median of {runs} runs)")
    print(f"  python -c pass                 {baseline * 1000:8.1f} ms   (baseline)")
    print(f"  wirelint rules                 {rules * 1000:8.1f} ms   x{rules / baseline:.1f}")
    print(
        f"  wirelint check <one story>     {check * 1000:8.1f} ms   x{check / baseline:.1f}   target < 150 ms"
    )


def warm_throughput(corpus: Path, limit: int | None) -> None:
    from wirelint.config import Config
    from wirelint.document.model import parse_document
    from wirelint.engine import lint_document, rules_for
    from wirelint.packs import packs_for
    from wirelint.registry import Context

    files = sorted(p for p in corpus.rglob("*.txt") if p.parent.name != "odd")
    if limit:
        files = files[:: max(1, len(files) // limit)][:limit]
    texts = [p.read_text(encoding="utf-8") for p in files]
    words = sum(len(t.split()) for t in texts)
    config = Config()
    packs = packs_for(())
    # Warm up: load packs and dictionaries once, as a long-running server would.
    for t in texts[:5]:
        lint_document(parse_document(t), config, packs)

    t0 = time.perf_counter()
    for t in texts:
        parse_document(t).tokens  # noqa: B018 - forces sentence and token splitting
    parse_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    findings = 0
    for t in texts:
        findings += len(lint_document(parse_document(t), config, packs).diagnostics)
    total_s = time.perf_counter() - t0

    # What wirelint itself keeps after linting every story (dictionaries, caches), before
    # the per-rule timing below holds parsed stories of its own.
    after_lint = _peak_mb()

    per_rule: dict[str, float] = defaultdict(float)
    ctx = Context(config, packs)
    rules = rules_for(config)
    # Each rule over the same parsed stories, a batch at a time: holding all 4,000
    # parsed stories at once would measure this loop's memory, not wirelint's.
    for i in range(0, len(texts), _BATCH):
        docs = [parse_document(t) for t in texts[i : i + _BATCH]]
        for d in docs:
            d.tokens  # noqa: B018
        for rule in rules:
            t0 = time.perf_counter()
            for d in docs:
                list(rule.check(d, ctx))
            per_rule[rule.code] += time.perf_counter() - t0
        del docs

    print(f"\nwarm throughput over {len(texts)} stories, {words:,} words (one process = one core)")
    print(f"  parse only (baseline)          {words / parse_s:12,.0f} words/s")
    print(
        f"  full default rule set          {words / total_s:12,.0f} words/s   x{total_s / parse_s:.1f} of parse   target >= 100,000"
    )
    print(
        f"  findings                       {findings:12,d}   ({findings * 10000 / words:.1f} per 10,000 words, all severities)"
    )
    rule_total = sum(per_rule.values())
    print("  time by rule (share of rule time, words/s for that rule alone):")
    for code, secs in sorted(per_rule.items(), key=lambda kv: -kv[1]):
        print(
            f"    {code}  {secs / rule_total:6.1%}  {words / secs if secs else float('inf'):14,.0f} words/s"
        )
    families: dict[str, float] = defaultdict(float)
    for code, secs in per_rule.items():
        families[code[:3] + "xx"] += secs
    for fam, secs in sorted(families.items()):
        print(f"  {fam} adds {secs / (total_s - secs):6.1%} to the rest of the check")
    print(
        f"  peak memory (RSS)              {_peak_mb():10.0f} MB   ({after_lint:.0f} MB after the full check)"
    )


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="stories to use (default all)")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    cold_start(args.runs)
    if args.corpus.is_dir():
        warm_throughput(args.corpus, args.limit)
    else:
        print(f"\n(corpus not found at {args.corpus}: warm throughput skipped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
