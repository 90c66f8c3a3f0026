"""The parser tier's speed: cold load, words/s with and without batching, re-lint after an edit.

Targets (issue 13): after an edit to one paragraph of a 1,500-word story, linting the
story again takes under 30 ms (median), because only the edited paragraph is parsed
again; `check` on many stories parses paragraphs in batches.

Prints:
- the cold load time of the pipeline (import and load, in a fresh process);
- words/s of WL401 + WL411-WL417 over corpus stories with an empty parse cache,
  parsing one story at a time and, as `check` on a folder can, in batches of stories;
  WL401 alone (the light tier) over the same stories as the baseline;
- the median and 90th percentile of a full lint (all rules, parser tier on) of a
  1,500-word story after an edit to one paragraph, against the same lint with the
  cache emptied first (every paragraph parsed again) and the light tier's lint (all
  rules, no parser) as the baseline.

    python benchmarks/parser_bench.py [--corpus ../shared/corpus] [--stories 200] [--edits 40]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from wirelint.config import Config  # noqa: E402
from wirelint.document.model import PartKind, parse_document  # noqa: E402
from wirelint.engine import lint_document  # noqa: E402
from wirelint.grammar import parser  # noqa: E402
from wirelint.grammar.parsed import prefetch  # noqa: E402

TIER = Config(select=("WL401", "WL41"), grammar="parser")
LIGHT = Config(select=("WL401",), grammar="patterns")
ALL = Config(grammar="parser")
LIGHT_ALL = Config(grammar="patterns")
WORDS = 1500


def cold_load() -> float:
    code = (
        "import time; t = time.perf_counter(); from wirelint.grammar import parser; "
        "parser.load(); print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    return float(out.stdout.strip())


def story_of(files: list[Path], words: int) -> str:
    """A story of about ``words`` words: corpus paragraphs under one headline."""
    paragraphs: list[str] = []
    n = 0
    for path in files:
        for block in path.read_text(encoding="utf-8").split("\n\n")[1:]:
            paragraphs.append(block.strip())
            n += len(block.split())
            if n >= words:
                return "Headline of the story\n\n" + "\n\n".join(paragraphs) + "\n"
    return "Headline of the story\n\n" + "\n\n".join(paragraphs) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--stories", type=int, default=200)
    ap.add_argument("--edits", type=int, default=40)
    args = ap.parse_args()
    if parser.installed_model() is None:
        print('the grammar extra is not installed (pip install "wirelint[grammar]")')
        return 0
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    print(f"{parser.describe()}")
    print(f"cold load (import spaCy, load the pipeline, fresh process): {cold_load():.2f} s")
    files = sorted(p for p in args.corpus.rglob("*.txt") if p.parent.name != "odd")
    step = max(1, len(files) // args.stories)
    sample = files[::step][: args.stories]
    docs = [parse_document(p.read_text(encoding="utf-8"), str(p)) for p in sample]
    for d in docs:
        d.tokens  # noqa: B018 - sentence splitting is not the tier's cost
    nwords = sum(len(d.text.split()) for d in docs)
    p = parser.load()

    t0 = time.perf_counter()
    for d in docs:
        lint_document(d, LIGHT)
    light = time.perf_counter() - t0

    p.clear()
    t0 = time.perf_counter()
    for d in docs:
        lint_document(d, TIER)
    one_by_one = time.perf_counter() - t0

    p.clear()
    t0 = time.perf_counter()
    batch = 32
    for k in range(0, len(docs), batch):
        group = docs[k : k + batch]
        prefetch([(d.text, TIER) for d in group])  # as `check` does for a window of stories
        for d in group:
            lint_document(d, TIER)
    batched = time.perf_counter() - t0
    print(f"{len(docs)} stories, {nwords:,} words, empty parse cache:")
    print(f"  WL401 alone (light tier)      {nwords / light:10,.0f} words/s")
    print(
        f"  WL401 + WL411-WL417, a story at a time {nwords / one_by_one:8,.0f} words/s"
        f" ({one_by_one / light:.0f}x the light tier)"
    )
    print(
        f"  WL401 + WL411-WL417, {batch} stories a batch {nwords / batched:7,.0f} words/s"
        f" ({one_by_one / batched:.2f}x faster than a story at a time)"
    )

    # -- re-lint after an edit to one paragraph --------------------------------------
    text = story_of(sample, WORDS)
    doc = parse_document(text)
    paragraphs = [part for part in doc.parts if part.kind is PartKind.PARAGRAPH]
    lint_document(doc, ALL)
    warm: list[float] = []
    cold: list[float] = []
    light: list[float] = []
    for i in range(args.edits):
        part = paragraphs[i % len(paragraphs)]
        edited = text[: part.span.end] + f" Edit {i}." + text[part.span.end :]
        t0 = time.perf_counter()
        lint_document(parse_document(edited), ALL)
        warm.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        lint_document(parse_document(edited), LIGHT_ALL)
        light.append(time.perf_counter() - t0)
        p.clear()
        t0 = time.perf_counter()
        lint_document(parse_document(edited), ALL)
        cold.append(time.perf_counter() - t0)
        p.clear()
        lint_document(doc, ALL)  # the unedited story cached again, as in an editor
    words = len(text.split())
    print(
        f"\nre-lint of a {words:,}-word story ({len(paragraphs)} paragraphs), all rules, after an edit:"
    )
    for name, times in (
        ("light tier (no parser)", light),
        ("one paragraph parsed again", warm),
        ("every paragraph parsed", cold),
    ):
        times.sort()
        p50 = statistics.median(times) * 1000
        p90 = times[int(len(times) * 0.9) - 1] * 1000
        print(f"  {name:28s} p50 {p50:6.1f} ms   p90 {p90:6.1f} ms")
    print(
        f"  p50 ratios: every paragraph / one paragraph "
        f"{statistics.median(cold) / statistics.median(warm):.1f}x, "
        f"one paragraph / light tier {statistics.median(warm) / statistics.median(light):.1f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
