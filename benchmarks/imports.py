"""What a cold `wirelint check` of one story spends before it reads the story.

Two tables, each the best of several fresh processes (byte code written, as installed):

- import cost per module (python -X importtime, own time), wirelint's and the rest;
- regular expressions compiled while importing and checking, by the file and line that
  compiles them: those compiled when a module is imported are paid by every run, needed
  or not.

Usage: python benchmarks/imports.py [--runs 5] [--top 25] [--result-cache] [--tier patterns]

--tier checks a copy of the story under a wirelint.toml that sets the grammar tier (the
light install's is ``patterns``); without it, the tier the installed packages give.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run from a checkout without installing
from benchmarks.bench import EXAMPLE, _bytecode_env, _tier_config  # noqa: E402

_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")

# Run in the child: wraps re.compile and regex.compile, then runs `wirelint check`.
_COUNT_COMPILES = """
import re, sys, time
import regex
costs = {}
def wrap(module):
    original = module.compile
    def compile(pattern, flags=0, *args, **kwargs):
        frame = sys._getframe(1)
        while frame and frame.f_code.co_filename.endswith(
            ("re/__init__.py", "regex/regex.py", "regex/__init__.py", "functools.py")
        ):
            frame = frame.f_back
        name = frame.f_code.co_filename.replace("\\\\", "/").split("/wirelint/")[-1]
        where = frame.f_code.co_name
        where = f"{name}:{frame.f_lineno} " + ("(import)" if where == "<module>" else where)
        t0 = time.perf_counter()
        compiled = original(pattern, flags, *args, **kwargs)
        costs[where] = costs.get(where, 0.0) + time.perf_counter() - t0
        return compiled
    module.compile = compile
wrap(re)
wrap(regex)
sys.argv = ["wirelint", *sys.argv[1:]]
import runpy
try:
    runpy.run_module("wirelint", run_name="__main__")
except SystemExit:
    pass
for where, seconds in costs.items():
    print(f"{seconds!r}\\t{where}", file=sys.stderr)
"""


def import_costs(cmd: list[str], env: dict[str, str], runs: int) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(runs):
        err = subprocess.run(
            [sys.executable, "-X", "importtime", *cmd], env=env, capture_output=True, text=True
        ).stderr
        for line in err.splitlines():
            m = _IMPORT_LINE.match(line)
            if m:
                own = int(m.group(1)) / 1000
                best[m.group(4)] = min(best.get(m.group(4), own), own)
    return best


def compile_costs(args: list[str], env: dict[str, str], runs: int) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(runs):
        err = subprocess.run(
            [sys.executable, "-c", _COUNT_COMPILES, *args], env=env, capture_output=True, text=True
        ).stderr
        for line in err.splitlines():
            seconds, _, where = line.partition("\t")
            try:
                ms = float(seconds) * 1000
            except ValueError:
                continue
            best[where] = min(best.get(where, ms), ms)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--result-cache", action="store_true", help="measure a story the cache holds")
    ap.add_argument("--tier", choices=("patterns", "parser"), help="the grammar tier to check with")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        story = EXAMPLE
        if args.tier:
            _tier_config(Path(tmp) / args.tier, args.tier)
            story = Path(shutil.copy(EXAMPLE, Path(tmp) / args.tier))
        check = ["check", str(story)] + ([] if args.result_cache else ["--no-cache"])
        env = _bytecode_env(Path(tmp), WIRELINT_CACHE_DIR=str(Path(tmp) / "cache"))
        subprocess.run([sys.executable, "-m", "wirelint", *check], env=env, capture_output=True)
        imports = import_costs(["-m", "wirelint", *check], env, args.runs)
        compiles = compile_costs(check, env, args.runs)
    print(f"wirelint {' '.join(check)}: best of {args.runs} fresh processes")
    print(f"\nimports: {len(imports)} modules, {sum(imports.values()):.1f} ms own time in all")
    for name, ms in sorted(imports.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {ms:7.1f} ms  {name}")
    at_import = {w: ms for w, ms in compiles.items() if w.endswith("(import)")}
    print(
        f"\nregular expressions: {sum(compiles.values()):.1f} ms compiling in all, "
        f"{sum(at_import.values()):.1f} ms of it when modules are imported"
    )
    by_file: dict[str, float] = {}
    for where, ms in at_import.items():
        name = where.split(":", 1)[0]
        by_file[name] = by_file.get(name, 0.0) + ms
    for name, ms in sorted(by_file.items(), key=lambda kv: -kv[1]):
        lines = sorted(
            (
                (w.split(":", 1)[1].split()[0], m)
                for w, m in at_import.items()
                if w.startswith(name)
            ),
            key=lambda lm: -lm[1],
        )
        detail = ", ".join(f"line {line} {m:.1f}" for line, m in lines[:4])
        print(f"  {ms:7.1f} ms  {name} (import; {len(lines)} patterns: {detail})")
    for where, ms in sorted(compiles.items(), key=lambda kv: -kv[1]):
        if where not in at_import and ms >= 0.5:
            print(f"  {ms:7.1f} ms  {where} (when first needed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
