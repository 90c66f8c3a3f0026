"""wirelint benchmarks: cold start against `python -c pass` and against proselint, warm
throughput over the corpus, --jobs and the result cache over a folder of 1,000 stories.

Prints numbers and ratios against baselines measured in the same run (the machines are
shared and noisy: compare ratios, not seconds). Usage:

    python benchmarks/bench.py [--corpus ../shared/corpus] [--limit N] [--runs 7]
                               [--folder 1000] [--jobs-runs 3] [--skip-throughput]
                               [--critical-path] [--floor]

Subprocesses run with byte code written to a temporary folder (as an installed package
has it), whatever PYTHONDONTWRITEBYTECODE says here, for wirelint and proselint alike.
proselint is measured when it is installed (it is not a wirelint dependency).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
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


def _bytecode_env(tmp: Path, **extra: str) -> dict[str, str]:
    """The environment of an installed tool: byte code written once and read after."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    env.update(extra)
    return env


def _wall(cmd: list[str], env: dict[str, str]) -> tuple[float, bytes]:
    t0 = time.perf_counter()
    out = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
    return time.perf_counter() - t0, out


def _alternate(
    cmds: dict[str, list[str]], env: dict[str, str], runs: int
) -> dict[str, tuple[float, float]]:
    """Median wall and CPU time of each command, run in turn so that load hits all alike."""
    for cmd in cmds.values():
        _wall(cmd, env)  # writes byte code, fills caches
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            cpu = _children_cpu()
            wall = _wall(cmd, env)[0]
            times[name].append((wall, _children_cpu() - cpu))
    return {
        name: (statistics.median(w for w, _ in t), statistics.median(c for _, c in t))
        for name, t in times.items()
    }


def _wirelint_cmd() -> list[str]:
    exe = shutil.which("wirelint")
    return [exe] if exe else [sys.executable, "-m", "wirelint"]


def _tier_config(folder: Path, grammar: str) -> None:
    """A wirelint.toml in ``folder`` that sets the grammar tier of the stories under it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "wirelint.toml").write_text(f'grammar = "{grammar}"\n', encoding="utf-8")


def cold_against_proselint(runs: int) -> None:
    """One story, whole process: the light (patterns) tier missing and hitting the result
    cache, and the parser tier when spaCy is installed, each against proselint in turn."""
    proselint = shutil.which("proselint")
    if proselint is None:
        print("\n(proselint not installed: cold ratio against it skipped)")
        return
    wl = _wirelint_cmd()
    with tempfile.TemporaryDirectory() as tmp:
        env = _bytecode_env(Path(tmp), WIRELINT_CACHE_DIR=str(Path(tmp) / "cache"))
        stories = {}
        for tier in ("patterns", "parser"):
            _tier_config(Path(tmp) / tier, tier)
            stories[tier] = str(shutil.copy(EXAMPLE, Path(tmp) / tier))
        cmds = {
            "proselint": [proselint, "check", str(EXAMPLE)],
            "no-cache": [*wl, "check", "--no-cache", stories["patterns"]],
            "cached": [*wl, "check", stories["patterns"]],
        }
        if importlib.util.find_spec("spacy") is not None:
            cmds["parser"] = [*wl, "check", "--no-cache", stories["parser"]]
        med = _alternate(cmds, env, runs)
    base, base_cpu = med["proselint"]
    print(f"\ncold check of one story, whole process, alternated (median of {runs} runs)")
    print(f"  {'':40}{'wall':>9}  {'ratio':>6}  {'CPU':>9}  {'ratio':>6}")
    for name, label in (
        ("proselint", "proselint check <story>"),
        ("no-cache", "wirelint, patterns tier, --no-cache"),
        ("cached", "wirelint, patterns tier, result cached"),
        ("parser", "wirelint, parser tier, --no-cache"),
    ):
        if name not in med:
            continue
        wall, cpu = med[name]
        print(
            f"  {label:<40}{wall * 1000:6.0f} ms  x{wall / base:5.2f}  "
            f"{cpu * 1000:6.0f} ms  x{cpu / base_cpu:5.2f}"
        )
    print("  target: wirelint (patterns tier) <= x0.5 of proselint")


# The stages of a cold `wirelint check`, each a process that stops after it: the cost of
# a stage is its CPU time less the one before it.
_STAGES = {
    "interpreter": "pass",
    "+ command line (wirelint.cli)": "import wirelint.cli",
    "+ rule modules": "import wirelint.cli\n"
    "from wirelint._cache import preload_regexes\n"
    "preload_regexes()\n"
    "from wirelint.registry import load_rules\n"
    "load_rules()",
    "+ config and packs": "import sys, wirelint.cli\n"
    "from wirelint._cache import preload_regexes\n"
    "preload_regexes()\n"
    "from wirelint import registry\n"
    "from wirelint.config import discover_config\n"
    "from wirelint.packs import packs_for\n"
    "registry.load_rules()\n"
    "packs_for(discover_config(sys.argv[1], registry).packs).validate()",
}


def cold_floor(runs: int) -> None:
    """Where a cold check's CPU time goes, stage by stage, and proselint's import beside
    its whole run (alternated, medians): what is left to cut, and what cannot be."""
    proselint = shutil.which("proselint")
    with tempfile.TemporaryDirectory() as tmp:
        env = _bytecode_env(Path(tmp), WIRELINT_CACHE_DIR=str(Path(tmp) / "cache"))
        _tier_config(Path(tmp) / "patterns", "patterns")
        story = str(shutil.copy(EXAMPLE, Path(tmp) / "patterns"))
        cmds = {name: [sys.executable, "-c", code, story] for name, code in _STAGES.items()}
        cmds["+ reading, checking, the report"] = [*_wirelint_cmd(), "check", "--no-cache", story]
        if proselint is not None:
            cmds["proselint: import"] = [sys.executable, "-c", "import proselint.command_line"]
            cmds["proselint: whole run"] = [proselint, "check", str(EXAMPLE)]
        med = _alternate(cmds, env, runs)
    print(f"\ncold check of one story by stage, CPU time (user+sys), median of {runs} runs")
    before = 0.0
    for name, (_, cpu) in med.items():
        if name.startswith("proselint"):
            print(f"  {name:40}{cpu * 1000:6.0f} ms")
            continue
        print(f"  {name:40}{(cpu - before) * 1000:6.0f} ms   (total {cpu * 1000:4.0f} ms)")
        before = cpu


def _folder_of_stories(corpus: Path, count: int, dest: Path) -> int:
    """``count`` corpus stories, spread over every source, copied into ``dest``."""
    files = sorted(p for p in corpus.rglob("*.txt") if p.parent.name != "odd")
    files = files[:: max(1, len(files) // count)][:count]
    for p in files:
        shutil.copyfile(p, dest / "_".join(p.relative_to(corpus).parts))
    return len(files)


def jobs_and_cache(corpus: Path, count: int, runs: int) -> None:
    from wirelint.parallel import default_jobs

    wl = _wirelint_cmd()
    jobs = default_jobs()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "stories"
        _tier_config(folder, "patterns")  # the light install's tier
        n = _folder_of_stories(corpus, count, folder)
        env = _bytecode_env(Path(tmp), WIRELINT_CACHE_DIR=str(Path(tmp) / "cache"))
        check = [*wl, "check", "--color", "never", str(folder)]
        _wall([*check, "--no-cache", "--jobs", "1"], env)  # byte code and derived tables
        # One job and many in turn, so that other work on the machine hits both alike.
        one: list[tuple[float, float]] = []
        many: list[tuple[float, float]] = []
        same = True
        for _ in range(runs):
            for times, j in ((one, 1), (many, jobs)):
                cpu = _children_cpu()
                wall, out = _wall([*check, "--no-cache", "--jobs", str(j)], env)
                times.append((wall, _children_cpu() - cpu))
                if j == 1:
                    out_one = out
                else:
                    same = same and out == out_one
        filling, out_fill = _wall(check, env)
        second, out_second = _wall(check, env)
        third, _ = _wall(check, env)
    second = min(second, third)
    ratios = sorted(o[0] / m[0] for o, m in zip(one, many, strict=True))
    wall_one = statistics.median(w for w, _ in one)
    wall_many = statistics.median(w for w, _ in many)
    print(f"\n{n} corpus stories in one folder, patterns tier, whole process")
    print(f"  --jobs 1 and --jobs {jobs} alternated {runs} times, --no-cache (medians):")
    print(f"  --jobs 1                        {wall_one:8.2f} s    (baseline)")
    print(
        f"  --jobs {jobs}                        {wall_many:8.2f} s    "
        f"x{statistics.median(ratios):.2f} faster (runs: {', '.join(f'x{r:.2f}' for r in ratios)})   "
        f"target >= 1.8 on 2 cores; same report: {same}"
    )
    # On a machine other work keeps busy, wall time says little: the CPU time shows what
    # the workers add to the work of one process.
    cpu_one = statistics.median(c for _, c in one)
    cpu_many = statistics.median(c for _, c in many)
    print(
        f"  CPU time (user+sys): --jobs 1 {cpu_one:.2f} s, --jobs {jobs} {cpu_many:.2f} s "
        f"(x{cpu_many / cpu_one:.2f}); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    print(f"  first run, filling the cache    {filling:8.2f} s")
    print(
        f"  second run, unchanged stories   {second:8.2f} s    x{filling / second:.1f} faster   "
        f"target >= 10; same report: {out_fill == out_second == out_one}"
    )


# Run in a fresh process: `wirelint check` with the CPU time of its parts written down.
# The parent's until the workers start (all the workers wait for it), each worker's,
# and the parent's after the start (it reads stories and takes in results meanwhile).
_TIMED_RUN = """
import io, json, os, sys, time
from wirelint import cli, parallel
jobs, folder, out = sys.argv[1], sys.argv[2], sys.argv[3]
marks = {}
start = parallel.Pool._start
def timed_start(self, count):
    marks.setdefault("before_workers", time.process_time())
    return start(self, count)
parallel.Pool._start = timed_start
run_chunk = parallel._run_chunk
def timed_chunk(fn, chunk):
    try:
        return run_chunk(fn, chunk)
    finally:
        with open(os.path.join(out, f"worker-{os.getpid()}"), "w") as fh:
            fh.write(str(time.process_time()))
timed_chunk.__qualname__ = timed_chunk.__name__ = "_run_chunk"
timed_chunk.__module__ = "wirelint.parallel"
parallel._run_chunk = timed_chunk
sys.stdout = io.StringIO()
cli.main(["check", "--no-cache", "--jobs", jobs, folder])
marks["parent"] = time.process_time()
marks["workers"] = [float(open(os.path.join(out, n)).read()) for n in os.listdir(out)]
sys.__stdout__.write(json.dumps(marks))
"""


def critical_path(corpus: Path, count: int, runs: int) -> None:
    """The --jobs speed-up a quiet machine would give, from CPU times (which other work on
    a shared machine changes far less than wall time): one job's CPU time against the
    parent's CPU time before the workers start, plus the busiest worker's, plus half
    the parent's after the start (it shares the cores with the workers meanwhile)."""
    import json

    from wirelint.parallel import default_jobs

    jobs = default_jobs()
    ratios, serial, spare = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "stories"
        _tier_config(folder, "patterns")
        n = _folder_of_stories(corpus, count, folder)
        env = _bytecode_env(Path(tmp), WIRELINT_CACHE_DIR=str(Path(tmp) / "cache"))
        cmd = [sys.executable, "-c", _TIMED_RUN]
        for i in range(runs + 1):
            parts = {}
            for j in (1, jobs):
                out = Path(tmp) / f"run{i}-{j}"
                out.mkdir()
                done = subprocess.run(
                    [*cmd, str(j), str(folder), str(out)],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                parts[j] = json.loads(done.stdout)
            if i == 0:
                continue  # byte code and derived tables written
            one, many = parts[1]["parent"], parts[jobs]
            before = many.get("before_workers", many["parent"])
            busiest = max(many["workers"], default=0.0)
            path = before + busiest + (many["parent"] - before) / 2
            ratios.append(one / path)
            serial.append(before)
            spare.append(sum(many["workers"]) + many["parent"] - one)
    ratios.sort()
    print(
        f"\n--jobs {jobs} on {n} stories from CPU times (median of {runs}, as a quiet machine would run it)"
    )
    print(
        f"  speed-up x{statistics.median(ratios):.2f} "
        f"(runs: {', '.join(f'x{r:.2f}' for r in ratios)})   target >= 1.8 on 2 cores"
    )
    print(
        f"  before the workers start {statistics.median(serial):.2f} s of CPU; "
        f"the workers and parent add {statistics.median(spare):+.2f} s to one job's CPU time"
    )


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


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
    ap.add_argument("--folder", type=int, default=1000, help="stories for --jobs and the cache")
    ap.add_argument("--jobs-runs", type=int, default=3, help="--jobs 1 and --jobs N, alternated")
    ap.add_argument("--skip-throughput", action="store_true", help="no in-process throughput")
    ap.add_argument(
        "--critical-path", action="store_true", help="the --jobs speed-up from CPU times too"
    )
    ap.add_argument("--floor", action="store_true", help="a cold check's CPU time by stage")
    args = ap.parse_args()
    cold_start(args.runs)
    cold_against_proselint(args.runs)
    if args.floor:
        cold_floor(args.runs)
    if args.corpus.is_dir():
        if args.folder and args.jobs_runs:
            jobs_and_cache(args.corpus, args.folder, args.jobs_runs)
        if args.critical_path and args.folder and args.jobs_runs:
            critical_path(args.corpus, args.folder, args.jobs_runs)
        if not args.skip_throughput:
            warm_throughput(args.corpus, args.limit)
    else:
        print(f"\n(corpus not found at {args.corpus}: folder and throughput runs skipped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
