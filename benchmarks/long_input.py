"""Hostile sizes: time and peak memory of `wirelint check` on one very long word or paragraph.

Each case is a story written to a temporary folder and checked by a fresh
`python -m wirelint check` process (run under `prlimit --as=4000000000` when prlimit is
there, so a runaway fails instead of taking the machine). The baseline, measured in the
same run, is about 1 MB of ordinary copy: corpus paragraphs, blank lines between them.
Seconds per MB (less the start-up time of a one-line story) far above the baseline's
mean a cost that is not linear.

    python benchmarks/long_input.py [--select WL501] [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
MB = 1_000_000
CAP = 4_000_000_000  # bytes of address space each check may take


def _letters(n: int, seed: int) -> str:
    rnd = random.Random(seed)
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def _corpus_text(corpus: Path, size: int) -> str:
    paragraphs: list[str] = []
    total = 0
    for path in sorted(corpus.rglob("*.txt")):
        if path.parent.name == "odd":
            continue
        for para in path.read_text(encoding="utf-8").split("\n\n")[1:]:
            paragraphs.append(para.replace("\n", " "))
            total += len(para) + 2
            if total >= size:
                return "\n\n".join(paragraphs)
    return "\n\n".join(paragraphs)


def cases(corpus: Path) -> dict[str, str]:
    head = "Headline of a story\n\n"
    normal = _corpus_text(corpus, MB)
    lower_words = " ".join(w for w in normal.split() if w.isalpha() and w.islower())
    return {
        "start-up: a story of one line": head + "The word is short.\n",
        "baseline: 1 MB of corpus paragraphs": head + normal + "\n",
        "one 10,000-letter token": head + "The word " + _letters(10_000, 1) + " is long.\n",
        "one 1 MB token": head + "The word " + _letters(MB, 2) + " is long.\n",
        "1 MB in one paragraph": head + normal.replace("\n\n", " ") + "\n",
        "1 MB in one sentence of unknown words": head
        + " ".join(_letters(7, k) for k in range(MB // 8))
        + ".\n",
        "1 MB in one sentence, no stops": head + lower_words[:MB] + "\n",
    }


def run(path: Path, select: str | None) -> tuple[float, float, int]:
    """Seconds, peak resident megabytes and exit status of one check."""
    cmd = [
        sys.executable,
        "-m",
        "wirelint",
        "check",
        "--format",
        "concise",
        "--exit-zero",
        str(path),
    ]
    if select:
        cmd[4:4] = ["--select", select]
    prlimit = shutil.which("prlimit")
    if prlimit:
        cmd = [prlimit, f"--as={CAP}", *cmd]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--select", default=None, help="rules to run (default: the default set)")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    print(f"rules: {args.select or 'default selection'}; memory cap {CAP / 1e9:.0f} GB")
    startup: float | None = None
    base_per_mb: float | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for label, text in cases(args.corpus).items():
            path = Path(tmp) / "story.txt"
            path.write_text(text, encoding="utf-8")
            seconds, peak, code = run(path, args.select)
            size = len(text.encode("utf-8")) / MB
            line = (
                f"  {label:40s} {size:5.2f} MB  {seconds:6.2f} s  {peak:7.0f} MB peak  exit {code}"
            )
            if startup is None:
                startup = seconds
            else:
                # Seconds per MB after start-up, against the baseline's.
                per_mb = max(seconds - startup, 0.0) / size
                if base_per_mb is None:
                    base_per_mb = per_mb
                line += f"  {per_mb / base_per_mb:5.2f}x baseline s/MB"
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
