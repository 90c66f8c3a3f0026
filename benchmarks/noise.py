"""False alarms on clean real copy: every rule over ../shared/corpus, per 10,000 words.

The corpus is published copy, so (nearly) every warning here is noise; a few are real slips
in the source. The script prints the rate per rule and per source, and writes every flag with
its context to a file for reading. Usage:

    python benchmarks/noise.py [--corpus ../shared/corpus] [--every 1] [--out noise-flags.txt]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from wirelint.config import Config  # noqa: E402
from wirelint.engine import lint_text  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--every", type=int, default=1, help="use every Nth story")
    ap.add_argument("--select", default="ALL")
    ap.add_argument("--out", type=Path, default=Path("noise-flags.txt"))
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    files = sorted(p for p in args.corpus.rglob("*.txt") if p.parent.name != "odd")[:: args.every]
    config = Config(select=tuple(args.select.split(",")))
    words: Counter[str] = Counter()
    flags: Counter[tuple[str, str, str]] = Counter()
    lines: dict[str, list[str]] = defaultdict(list)
    for path in files:
        source = path.relative_to(args.corpus).parts[0]
        text = path.read_text(encoding="utf-8")
        words[source] += len(text.split())
        result = lint_text(text, config, str(path))
        for crash in result.crashes:
            print(f"CRASH {path}: {crash.code} {crash.error}")
        for d in result.diagnostics:
            flags[(d.code, d.severity.label, source)] += 1
            start = max(0, d.span.start - 60)
            context = text[start : d.span.end + 60].replace("\n", " ")
            lines[d.code].append(
                f"{path.relative_to(args.corpus)}:{result.document.lines.position(d.span.start).line}: "
                f"{d.severity.label}: {d.message}\n    …{context}…"
            )
    total = sum(words.values())
    sources = sorted(words)
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
