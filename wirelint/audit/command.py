"""The `wirelint audit` command: arguments in, summary out, exit code back."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from wirelint.errors import WirelintError


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", help="story files and folders of the archive")
    p.add_argument(
        "--output", "-o", required=True, metavar="FILE", help="write the findings here (JSON lines)"
    )
    p.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes of the local Dask cluster (default: one per core)",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on this Dask scheduler instead of a local cluster",
    )
    p.add_argument("--report", metavar="FILE", help="also write a self-contained HTML report")
    p.add_argument("--encoding", help="decode stories with this encoding instead of UTF-8")
    p.add_argument(
        "--fresh", action="store_true", help="start over: forget the stories done by an earlier run"
    )


def run(args: argparse.Namespace) -> int:
    from wirelint.audit import progress_bar, run_audit
    from wirelint.audit.summary import render

    if args.workers < 1:
        print("wirelint: error: --workers must be at least 1", file=sys.stderr)
        return 2
    output = Path(args.output)
    report = Path(args.report) if args.report else None
    for path, what in ((output, "--output"), (report, "--report")):
        if path is not None and not path.parent.is_dir():
            print(
                f"wirelint: error: {what} {path}: folder {path.parent} does not exist",
                file=sys.stderr,
            )
            return 2
    try:
        audit = run_audit(
            args.paths,
            output,
            workers=args.workers,
            scheduler=args.scheduler,
            encoding=args.encoding,
            fresh=args.fresh,
            progress=progress_bar() if sys.stderr.isatty() else None,
        )
    except WirelintError as exc:
        print(f"wirelint: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"wirelint: error: {output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    for error in audit.errors:
        print(f"wirelint: error: {error}", file=sys.stderr)
    summary = audit.summary
    sys.stdout.write(
        render(
            summary,
            audited=audit.audited,
            seconds=audit.seconds,
            workers=audit.workers,
            words=audit.words,
        )
    )
    if report is not None:
        from wirelint.audit.report import write_report

        try:
            write_report(report, summary, output, audit.roots)
        except OSError as exc:
            print(f"wirelint: error: {report}: cannot write the report: {exc}", file=sys.stderr)
            return 2
    if audit.errors or summary.unreadable:
        return 2
    return 1 if audit.findings else 0
