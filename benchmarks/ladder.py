"""The size ladder: one story of 0.25, 1, 4 and 10 MB made of real corpus paragraphs.

Each size is checked by `wirelint check --no-cache --jobs 1` in a process of its own, so
the peak memory printed is that process's alone (as the operating system counts it), and
the time is the whole process's. Time per MB that grows from one rung to the next names a
rule that grows faster than the story; the profile of the 4 MB story (a separate run, as
profiling slows everything) says which functions.

The grammar checks run on the patterns tier unless ``--grammar parser`` is given: the
parser tier reads a few thousand words a second with spaCy, so a long story spends its
time there. The rules' time and memory limits are off, so every rule runs to its end and
the figures are the whole cost; CPU time (user + system) is printed beside the wall
time, as other work on a shared machine stretches the wall time. Usage:

    python benchmarks/ladder.py [--corpus ../shared/corpus] [--sizes 0.25,1,4,10]
                                [--grammar patterns] [--profile-size 4] [--top 15]
                                [--split-size 4]

``--split-size`` prints, for one story of that size, the CPU seconds of building its
tokens and of each rule, in this process (the tables are loaded on a short story first,
and a rule is charged for what the Document computes for it first), and how far each
step raised the process's peak memory: the story's tokens and what a rule keeps or
builds at once are what a long story's peak is made of.
"""

from __future__ import annotations

import argparse
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run from a checkout without installing
from benchmarks.bench import DEFAULT_CORPUS, _bytecode_env, _peak_mb  # noqa: E402

MB = 1_000_000


def corpus_paragraphs(corpus: Path) -> list[str]:
    """Body paragraphs of every story (headlines left out), in a fixed order."""
    paragraphs: list[str] = []
    for path in sorted(corpus.rglob("*.txt")):
        if path.parent.name == "odd":
            continue
        blocks = path.read_text(encoding="utf-8").split("\n\n")
        paragraphs.extend(b.strip() for b in blocks[1:] if len(b.split()) >= 8)
    return paragraphs


def build_story(paragraphs: list[str], size: int) -> str:
    """A headline, then corpus paragraphs in turn (again from the first when all are used)
    until the story holds ``size`` bytes of UTF-8."""
    out = ["Long story made of wire copy"]
    total = len(out[0].encode())
    i = 0
    while total < size:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        total += len(p.encode()) + 2
        i += 1
    text = "\n\n".join(out) + "\n"
    return text.encode()[:size].decode("utf-8", "ignore")


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds, peak resident MiB and exit code of one process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        print(err.decode(errors="replace"), file=sys.stderr)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sizes", default="0.25,1,4,10", help="story sizes in MB (10^6 bytes)")
    ap.add_argument("--profile-size", type=float, default=4.0, help="0 for no profile")
    ap.add_argument("--top", type=int, default=15, help="functions in the profile summary")
    ap.add_argument("--grammar", choices=("patterns", "parser"), default="patterns")
    ap.add_argument("--split-size", type=float, default=0, help="MB; 0 for no split by rule")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}")
        return 2
    paragraphs = corpus_paragraphs(args.corpus)
    sizes = [float(s) for s in args.sizes.split(",") if s.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "wirelint.toml"
        config.write_text(
            f'[tool.wirelint]\ngrammar = "{args.grammar}"\n'
            "rule-time-limit = 0\nrule-memory-limit = 0\n",
            encoding="utf-8",
        )
        check = [sys.executable, "-m", "wirelint", "check", "--no-cache", "--jobs", "1"]
        check += ["--config", str(config)]
        env = _bytecode_env(Path(tmp), WIRELINT_CACHE_DIR=str(Path(tmp) / "cache"))
        small = Path(tmp) / "warm.txt"
        small.write_text(build_story(paragraphs, 20_000), encoding="utf-8")
        # Byte code and derived tables first (a story of the first rung's size needs
        # tables a short one does not); the baseline is a 20 kB story.
        warm = Path(tmp) / "warm-rung.txt"
        warm.write_text(build_story(paragraphs, int(min(sizes, default=0.25) * MB)), "utf-8")
        _run([*check, str(warm)], env)
        base, base_cpu, base_mem, code = _run([*check, str(small)], env)
        print(
            f"size ladder: one story per process, {len(paragraphs):,} corpus paragraphs, "
            f"{args.grammar} tier"
        )
        print(f"  {'size':>8}  {'wall':>8}  {'CPU':>8}  {'s per MB':>9}  {'peak RSS':>9}  exit")
        print(
            f"  {'20 kB':>8}  {base:7.2f}s  {base_cpu:7.2f}s  {'':>9}  {base_mem:7.0f}MiB  {code}"
            "  (baseline)"
        )
        last_size, last_cpu, previous = 0.0, 0.0, 0.0
        for size in sizes:
            story = Path(tmp) / f"story-{size}MB.txt"
            story.write_text(build_story(paragraphs, int(size * MB)), encoding="utf-8")
            wall, cpu, mem, code = _run([*check, str(story)], env)
            # CPU seconds per MB added since the rung before: one-time loads cancel out.
            per_mb = (cpu - last_cpu) / (size - last_size) if last_size else cpu / size
            growth = f"x{per_mb / previous:.2f}" if previous > 0 else ""
            last_size, last_cpu, previous = size, cpu, per_mb
            print(
                f"  {size:>6g}MB  {wall:7.2f}s  {cpu:7.2f}s  {per_mb:8.2f}s  {mem:7.0f}MiB  {code}"
                f"  {growth}"
            )
        print("  s per MB: CPU seconds of the MB added since the rung before (the first: its own);")
        print(
            "  xN: that against the rung before (about x1: linear; well above 1: grows faster than the story)"
        )
        if args.profile_size:
            story = Path(tmp) / "profiled.txt"
            story.write_text(build_story(paragraphs, int(args.profile_size * MB)), "utf-8")
            out = Path(tmp) / "profile.out"
            prof = [sys.executable, "-m", "cProfile", "-o", str(out), *check[1:], str(story)]
            _run(prof, env)
            print(f"\nprofile of the {args.profile_size:g} MB story: top functions by own time")
            stats = pstats.Stats(str(out))
            stats.sort_stats("tottime")
            _summary(stats, args.top)
    if args.split_size:
        _split_by_rule(build_story(paragraphs, int(args.split_size * MB)), args.grammar)
    return 0


def _split_by_rule(text: str, grammar: str) -> None:
    """CPU seconds of the Document's tokens and of each rule on one story, in this process."""
    from dataclasses import replace

    from wirelint.config import Config
    from wirelint.document.model import parse_document
    from wirelint.engine import lint_document, load_shared_tables, rules_for
    from wirelint.packs import packs_for
    from wirelint.registry import Context

    config = replace(Config(), grammar=grammar, rule_time_limit=0, rule_memory_limit=0)
    packs = packs_for(config.packs)
    load_shared_tables()
    lint_document(parse_document(text[:300_000]), config, packs)  # tables, not the story
    rows = []
    peak = _peak_mb()
    t0 = time.process_time()
    doc = parse_document(text)
    # Every part's tokens made once, as a rule reading the story makes them (``doc.tokens``
    # would keep them all at once, which no rule does).
    _ = doc.word_count
    rows.append(("parse and tokens", time.process_time() - t0, _peak_mb() - peak))
    ctx = Context(config, packs)
    for rule in rules_for(config):
        peak = _peak_mb()
        t0 = time.process_time()
        prepare = getattr(rule, "prepare", None)
        if prepare is not None:
            prepare(doc, ctx)
        list(rule.check(doc, ctx))
        rows.append((rule.code, time.process_time() - t0, _peak_mb() - peak))
    total = sum(secs for _, secs, _ in rows)
    print(f"\nCPU by rule, one {len(text.encode()) / MB:g} MB story in this process: {total:.2f}s")
    print(
        f"  {'':>16}  {'CPU':>7}  {'share':>6}  {'peak +MiB':>9}  (peak RSS {_peak_mb():.0f} MiB)"
    )
    for what, secs, grew in sorted(rows, key=lambda r: -r[1]):
        if secs >= 0.005 or grew >= 1:
            print(f"  {what:>16}  {secs:6.2f}s  {secs / total:6.1%}  {grew:9.0f}")


def _name(func: tuple[str, int, str]) -> str:
    file, line, name = func
    return f"{Path(file).name}:{line}({name})" if file != "~" else name


def _summary(stats: pstats.Stats, top: int) -> None:
    rows = []
    for func, (_, calls, own, cumulative, callers) in stats.stats.items():  # type: ignore[attr-defined]
        where = _name(func)
        if func[0] == "~" and callers:
            # A built-in (str.find, dict.get) is only as telling as the code calling it.
            caller = max(callers.items(), key=lambda kv: kv[1][2])[0]
            where += f" <- {_name(caller)}"
        rows.append((own, cumulative, calls, where))
    rows.sort(reverse=True)
    total = sum(r[0] for r in rows)
    print(f"  {'own s':>7}  {'share':>6}  {'cum s':>7}  {'calls':>10}  function")
    for own, cumulative, calls, where in rows[:top]:
        print(f"  {own:7.2f}  {own / total:6.1%}  {cumulative:7.2f}  {calls:10,d}  {where}")


if __name__ == "__main__":
    raise SystemExit(main())
