"""`wirelint learn`: a house pack derived from a newsroom's archive (see ``wirelint.analysis.house``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wirelint.errors import WirelintError


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", help="story files and folders of the archive")
    p.add_argument("--output", "-o", required=True, metavar="FILE", help="the pack to write")
    p.add_argument(
        "--min-stories",
        type=int,
        default=2,
        metavar="N",
        help="a preferred spelling needs at least N stories (default 2)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=0,
        metavar="N",
        help="read the archive on a local Dask cluster of N workers (default: in this process)",
    )
    p.add_argument("--scheduler", metavar="ADDRESS", help="read the archive on this Dask scheduler")
    p.add_argument("--encoding", help="decode stories with this encoding instead of UTF-8")


def run(args: argparse.Namespace) -> int:
    output = Path(args.output)
    if not output.parent.is_dir():
        print(
            f"wirelint: error: --output {output}: folder {output.parent} does not exist",
            file=sys.stderr,
        )
        return 2
    from wirelint.analysis.house import learn

    try:
        house, text = learn(
            args.paths,
            workers=args.workers,
            scheduler=args.scheduler,
            encoding=args.encoding,
            min_stories=args.min_stories,
        )
    except WirelintError as exc:
        print(f"wirelint: error: {exc}", file=sys.stderr)
        return 2
    from wirelint.audit.journal import write_whole

    try:
        write_whole(output, text)
    except OSError as exc:
        print(f"wirelint: error: {output}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 2
    for error in house.errors:
        print(f"wirelint: error: {error}", file=sys.stderr)
    print(
        f"{house.stories:,} stories read; {house.entries} spellings of names learned; wrote {output}"
    )
    return 2 if house.errors else 0
