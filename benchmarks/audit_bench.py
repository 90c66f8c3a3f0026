"""`wirelint audit` over the whole shared corpus with 1 and 2 Dask workers.

Prints, in one run: words/s of the plain in-process linter (the baseline: what
`wirelint check` does, one story after another), words/s of the audit with 1 and with 2
workers and their ratio to the baseline, the cost of a resumed run that has nothing left
to do, the output and journal sizes per story, the client's memory per story done, and
from those what 10 million stories would cost on paper. With --render it also writes the
HTML report and screenshots it in headless Chromium, to look at.

    python benchmarks/audit_bench.py [--corpus ../shared/corpus] [--every 1] [--render]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run from a checkout without installing

from wirelint.audit import find_stories, run_audit  # noqa: E402
from wirelint.audit.journal import open_journal, state_path  # noqa: E402
from wirelint.audit.work import lint_chunk  # noqa: E402

STORIES_ON_PAPER = 10_000_000


def baseline(paths: list[str]) -> tuple[float, int]:
    """Seconds and words of the in-process linter over ``paths`` (after one warm-up story)."""
    lint_chunk(paths[:1])
    started = time.perf_counter()
    words = sum(r["words"] for r in lint_chunk(paths))
    return time.perf_counter() - started, words


def render(report: Path) -> Path | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("chromium not found: report not rendered")
        return None
    png = report.with_suffix(".png")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--no-first-run",
                f"--user-data-dir={profile}",
                "--window-size=1100,2200",
                f"--screenshot={png}",
                report.resolve().as_uri(),
            ],
            check=False,
            capture_output=True,
            timeout=120,
        )
    return png if png.is_file() else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--every", type=int, default=1, help="baseline on every Nth story only")
    ap.add_argument("--render", action="store_true", help="screenshot the report in Chromium")
    ap.add_argument(
        "--core-hour", type=float, default=0.04, help="price of one core for one hour (USD)"
    )
    ap.add_argument("--keep", type=Path, help="keep the output, journal and report in this folder")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    stories, _ = find_stories([str(args.corpus)])
    base_s, base_words = baseline(stories[:: args.every])
    base_rate = base_words / base_s
    print(f"{len(stories):,} stories in the corpus (odd/ included: one unreadable story)")
    print(
        f"baseline, in process: {base_rate:,.0f} words/s ({len(stories[:: args.every]):,} stories)"
    )
    work = Path(tempfile.mkdtemp(prefix="audit-bench-")) if args.keep is None else args.keep
    work.mkdir(parents=True, exist_ok=True)
    rates = {}
    for workers in (1, 2):
        out = work / f"findings-{workers}.jsonl"
        started = time.perf_counter()
        audit = run_audit([str(args.corpus)], out, workers=workers, fresh=True)
        wall = time.perf_counter() - started
        rates[workers] = audit.words / wall
        print(
            f"audit, {workers} worker{'s' if workers > 1 else ''}: {audit.words:,} words, "
            f"{audit.audited:,} stories in {wall:.1f} s (cluster start included): "
            f"{rates[workers]:,.0f} words/s = {rates[workers] / base_rate:.2f} x baseline; "
            f"{audit.findings:,} findings, {len(audit.summary.unreadable)} unreadable"
        )
    print(f"2 workers / 1 worker: {rates[2] / rates[1]:.2f} x")
    out = work / "findings-2.jsonl"
    started = time.perf_counter()
    resumed = run_audit([str(args.corpus)], out, workers=2)
    print(
        f"resumed audit with nothing left: {time.perf_counter() - started:.2f} s "
        f"({resumed.audited} stories linted again)"
    )
    n = resumed.summary.stories
    out_bytes, state_bytes = out.stat().st_size, state_path(out).stat().st_size
    tracemalloc.start()
    journal = open_journal(out)
    held, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del journal
    words_per_story = resumed.summary.words / n
    print(
        f"per story: {words_per_story:,.0f} words, {out_bytes / n:,.0f} bytes of findings, "
        f"{state_bytes / n:,.0f} bytes of journal, {held / n:,.0f} bytes of client memory to resume"
    )

    total_words = STORIES_ON_PAPER * words_per_story
    # One worker has a core to itself even on a busy machine, where two may share one:
    # its rate is the per-core cost (the two-worker ratio above shows the sharing).
    per_worker = rates[1]
    core_hours = total_words / per_worker / 3600
    print(f"\n{STORIES_ON_PAPER:,} stories on paper ({total_words / 1e9:.1f} billion words):")
    print(
        f"  {core_hours:,.0f} core-hours at {per_worker:,.0f} words/s per worker; "
        f"{core_hours / 64:,.1f} h on 64 workers; ${core_hours * args.core_hour:,.0f} "
        f"at ${args.core_hour}/core-hour"
    )
    print(
        f"  output {STORIES_ON_PAPER * out_bytes / n / 1e9:,.1f} GB of findings, journal "
        f"{STORIES_ON_PAPER * state_bytes / n / 1e9:,.1f} GB; the client holds "
        f"{STORIES_ON_PAPER * held / n / 1e9:,.1f} GB (the paths done) to resume"
    )
    print(f"  {STORIES_ON_PAPER // 40:,} Dask tasks of 40 stories")
    if args.render:
        report = work / "audit.html"
        from wirelint.audit.report import write_report

        write_report(report, resumed.summary, out, resumed.roots)
        png = render(report)
        print(f"report: {report} ({report.stat().st_size:,} bytes); screenshot: {png}")
    if args.keep is None and not args.render:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
