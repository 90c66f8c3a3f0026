"""Command line: ``wirelint check``, ``wirelint rules``, ``wirelint rule CODE``, ``wirelint lsp``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from wirelint import __version__
from wirelint.config import (
    DIALECTS,
    Config,
    Dialect,
    discover_config,
    load_config_file,
    with_overrides,
)
from wirelint.diagnostics import Severity
from wirelint.errors import ConfigError, InputError, PackError, WirelintError
from wirelint.input.formats import INPUT_FORMATS
from wirelint.input.sources import Source
from wirelint.output import FORMATS, FileReport, RenderOptions, get_formatter

if TYPE_CHECKING:
    from wirelint.engine import RuleCrash
    from wirelint.input.formats.lint import Linted

SUBCOMMANDS = ("check", "rules", "rule", "lsp", "learn", "audit")
MAX_FIX_PASSES = 5


class ExitCode(IntEnum):
    CLEAN = 0
    FINDINGS = 1
    ERROR = 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="wirelint",
        description="Lint news wire copy: name variants, placeholder brands, mismatched headings, "
        "garbled sentences.",
    )
    p.add_argument("--version", action="version", version=f"wirelint {__version__}")
    sub = p.add_subparsers(dest="command")

    c = sub.add_parser("check", help="lint stories (the default command)")
    c.add_argument("paths", nargs="*", default=["."], help="files, folders, or - for stdin")
    c.add_argument("--format", choices=FORMATS, default="text", help="output format (default text)")
    c.add_argument(
        "--output-file", "-o", metavar="FILE", help="write the report here instead of stdout"
    )
    c.add_argument(
        "--config", metavar="FILE", help="use this config for every story (no discovery)"
    )
    c.add_argument(
        "--select", metavar="CODES", help="comma-separated codes, prefixes or slugs to run"
    )
    c.add_argument("--extend-select", metavar="CODES", help="add to the selection")
    c.add_argument(
        "--ignore", metavar="CODES", help="comma-separated codes, prefixes or slugs to skip"
    )
    c.add_argument(
        "--include", metavar="GLOBS", help="file names to lint in folders (default *.txt,*.md)"
    )
    c.add_argument("--exclude", metavar="GLOBS", help="files or folders to skip")
    c.add_argument("--brand", help="the agency or publication name for brand slots")
    c.add_argument("--dialect", choices=DIALECTS, help="house dialect")
    c.add_argument(
        "--fail-on", choices=("error", "warning", "info"), help="lowest severity that fails"
    )
    c.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    c.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    c.add_argument(
        "--unsafe-fixes", action="store_true", help="with --fix or --diff: unsafe fixes too"
    )
    c.add_argument(
        "--diff", action="store_true", help="print the fixes as a unified diff; write nothing"
    )
    c.add_argument("--stdin-filename", metavar="PATH", help="the name of the story read from stdin")
    c.add_argument("--encoding", help="decode stories with this encoding instead of UTF-8")
    c.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help="read stories as this format (default auto: by extension and content)",
    )
    c.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour (honours NO_COLOR)",
    )
    c.add_argument("--no-summary", action="store_true", help="text formats: omit the summary line")
    c.add_argument(
        "--across", action="store_true", help="check the stories together as one batch (WL104)"
    )

    r = sub.add_parser("rules", help="list the rules")
    r.add_argument("--format", choices=("text", "json"), default="text")
    one = sub.add_parser("rule", help="print a rule's documentation")
    one.add_argument("code", help="a code (WL202) or slug (placeholder-text)")
    sub.add_parser("lsp", help="run the language server on stdio")
    from wirelint import learn
    from wirelint.audit import command as audit

    learn.add_arguments(sub.add_parser("learn", help="derive a house pack from an archive"))
    audit.add_arguments(sub.add_parser("audit", help="lint an archive on Dask"))
    return p


def _split(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(s.strip() for s in value.split(",") if s.strip())


@dataclass
class Run:
    args: argparse.Namespace
    reports: list[FileReport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    files: int = 0
    fail_on: Severity = Severity.WARNING
    diffs: list[str] = field(default_factory=list)
    stdout_text: str | None = None
    #: Missing-package messages already printed (once per run, not once per story).
    missing: set[str] = field(default_factory=set)

    def error(self, message: str) -> None:
        self.errors.append(message)
        print(f"wirelint: error: {message}", file=sys.stderr)


def _overrides(args: argparse.Namespace) -> dict[str, object]:
    from wirelint.registry import is_valid_selector

    values: dict[str, object] = {
        "select": _split(args.select),
        "extend_select": _split(args.extend_select),
        "brand": args.brand,
        "dialect": Dialect(args.dialect) if args.dialect else None,
        "include": _split(args.include),
        "fail_on": Severity.parse(args.fail_on) if args.fail_on else None,
        "across": True if args.across else None,
    }
    for key in ("select", "extend_select"):
        for s in values[key] or ():  # type: ignore[attr-defined]
            if not is_valid_selector(s):
                raise ConfigError(f"--{key.replace('_', '-')}: unknown rule or prefix {s!r}")
    for s in _split(args.ignore) or ():
        if not is_valid_selector(s):
            raise ConfigError(f"--ignore: unknown rule or prefix {s!r}")
    return values


def _config_for(
    run: Run, target: str, fixed: Config | None, overrides: dict[str, object]
) -> Config:
    base = fixed if fixed is not None else discover_config(target)
    cfg = with_overrides(base, **overrides)
    extra_ignore = _split(run.args.ignore)
    extra_exclude = _split(run.args.exclude)
    if extra_ignore:
        cfg = with_overrides(cfg, ignore=(*cfg.ignore, *extra_ignore))
    if extra_exclude:
        cfg = with_overrides(cfg, exclude=(*cfg.exclude, *extra_exclude))
    return cfg


# `wirelint check` from reading to exit code in one place, so its order reads at a glance.
def _check(args: argparse.Namespace) -> int:  # noqa: C901, PLR0912, PLR0915
    from wirelint.input.sources import decode, discover, read_source
    from wirelint.packs import packs_for

    run = Run(args)
    try:
        overrides = _overrides(args)
        fixed = load_config_file(Path(args.config)) if args.config else None
        if args.config and fixed is None:
            raise ConfigError(f"{args.config}: has no [tool.wirelint] table")
    except WirelintError as exc:
        run.error(str(exc))
        return ExitCode.ERROR
    if args.stdin_filename and "-" not in args.paths:
        args.paths = ["-"]
    root_cfg = _config_for(run, args.paths[0] if args.paths[0] != "-" else ".", fixed, overrides)
    run.fail_on = root_cfg.fail_on
    exclude = root_cfg.exclude + (_split(args.exclude) or ())
    validated: set[tuple[Path, ...]] = set()
    fmt = get_formatter(args.format)
    batch: list[tuple[str, str, tuple[Source, Config, bool]]] = []

    for item in discover(args.paths, root_cfg.include, exclude):
        if isinstance(item, InputError):
            run.error(str(item))
            continue
        target = args.stdin_filename if item == "-" and args.stdin_filename else item
        display = target if target != "-" else "<stdin>"
        try:
            cfg = _config_for(run, target if target != "-" else ".", fixed, overrides)
            if item != "-" and cfg.is_excluded(item) and item not in args.paths:
                continue
            if cfg.packs not in validated:
                packs_for(cfg.packs).validate()
                validated.add(cfg.packs)
            if item == "-":
                data = sys.stdin.buffer.read(cfg.max_file_size + 1)
                if len(data) > cfg.max_file_size:
                    raise InputError(display, "standard input is larger than `max-file-size`")
                source = decode(data, display, args.encoding)
            else:
                source = read_source(item, encoding=args.encoding, max_bytes=cfg.max_file_size)
        except WirelintError as exc:
            run.error(str(exc))
            continue
        run.files += 1
        if root_cfg.across:  # read the whole batch first: WL104 judges it as one
            batch.append((source.path, source.text, (source, cfg, item == "-")))
            continue
        report = _lint_source(run, source, cfg, from_stdin=item == "-")
        if report is not None:
            run.reports.append(report)
        else:
            run.files -= 1  # a file in markup that does not read: an error, not a check
    if batch:
        from wirelint.analysis.across import lint_batch

        reports = lint_batch(
            batch, root_cfg, lambda s: _lint_source(run, s[0], s[1], from_stdin=s[2])
        )
        run.reports.extend(r for r in reports if r is not None)
        run.files -= sum(1 for r in reports if r is None)

    options = RenderOptions(
        color=_use_color(args), files_checked=run.files, errors=list(run.errors)
    )
    output = fmt(run.reports, options)
    if args.format in ("text", "concise") and args.no_summary:
        output = output.rsplit("\n", 2)[0] + "\n" if run.reports else ""
    if run.diffs:
        sys.stdout.write("".join(run.diffs))
    # A machine reading stdout gets one thing: the fixed story (stdin + --fix), the
    # diff, or the report; people reading text get the diff and then the report.
    machine_format = args.format in ("json", "sarif", "github")
    if run.stdout_text is not None or (run.diffs and machine_format and not args.output_file):
        if run.stdout_text is not None:
            sys.stdout.write(run.stdout_text)
        sys.stderr.write(output)
    elif args.output_file:
        try:
            Path(args.output_file).write_text(output, encoding="utf-8")
        except OSError as exc:
            run.error(f"{args.output_file}: cannot write report: {exc.strerror or exc}")
    else:
        sys.stdout.write(output)
    if run.errors:
        return ExitCode.ERROR
    if args.exit_zero:
        return ExitCode.CLEAN
    worst = max((d.severity for r in run.reports for d in r.diagnostics), default=None)
    return ExitCode.FINDINGS if worst is not None and worst >= run.fail_on else ExitCode.CLEAN


def _report_missing(run: Run, crashes: list[RuleCrash]) -> None:
    """One line per missing package for the whole run, naming the rules it stops."""
    by_error: dict[str, list[str]] = {}
    for crash in crashes:
        by_error.setdefault(crash.error, []).append(f"{crash.code} ({crash.rule})")
    for error, rules in by_error.items():
        if error not in run.missing:
            run.missing.add(error)
            run.error(f"{', '.join(rules)} cannot run: {error}")


def _lint_source(run: Run, source: Source, cfg: Config, *, from_stdin: bool) -> FileReport | None:
    from wirelint.input.formats import detect_format
    from wirelint.input.formats.lint import lint_source_text
    from wirelint.output.fixes import apply_fixes_checked, unified_diff, write_atomically

    args = run.args
    # NITF, NewsML-G2, ninjs and HTML are read into plain copy; findings and fixes are
    # mapped back into the file as written.
    fmt = detect_format(source.path, source.text, args.input_format)

    def lint(text: str) -> Linted:
        return lint_source_text(text, source.path, cfg, fmt)

    try:
        result = lint(source.text)
    except WirelintError as exc:
        run.error(str(exc))
        return None
    _report_missing(run, [c for c in result.crashes if c.cause == "install"])
    for crash in result.crashes:
        if crash.cause == "install":
            continue
        if crash.user_error:
            run.error(f"{source.path}: rule {crash.code} ({crash.rule}) stopped: {crash.error}")
        else:
            run.error(
                f"{source.path}: rule {crash.code} ({crash.rule}) crashed: {crash.error}; "
                "please report this"
            )
    fixed_count = 0
    if args.fix or args.diff:
        text = source.text
        try:
            for _ in range(MAX_FIX_PASSES):
                # A fix that would make a finding the story did not have is left undone.
                outcome = apply_fixes_checked(
                    text,
                    result.diagnostics,
                    lambda fixed: lint(fixed).diagnostics,
                    unsafe=args.unsafe_fixes,
                )
                if outcome.applied == 0 or outcome.text == text:
                    break
                fixed_count += outcome.applied
                result = lint(outcome.text)
                text = outcome.text
        except WirelintError as exc:
            # A fixed file that no longer reads (never expected): write nothing.
            run.error(f"{exc}; the fixes were not written")
            text = source.text
            result = lint(text)
            fixed_count = 0
        if text != source.text:
            if args.diff:
                run.diffs.append(unified_diff(source.path, source.text, text))
                fixed_count = 0
                result = lint(source.text)
            elif from_stdin:
                run.stdout_text = text
            else:
                try:
                    write_atomically(source, text)
                except WirelintError as exc:
                    run.error(str(exc))
                    # Nothing was written: report the story as it is on disk.
                    result = lint(source.text)
                    return FileReport(source.path, result.lines, result.diagnostics)
    return FileReport(source.path, result.lines, result.diagnostics, fixed=fixed_count)


def _use_color(args: argparse.Namespace) -> bool:
    if args.color == "always":
        return True
    if args.color == "never" or os.environ.get("NO_COLOR") or args.output_file:
        return False
    return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


def _rules(args: argparse.Namespace) -> int:
    from wirelint.registry import all_rules

    rules = all_rules()
    if args.format == "json":
        import json

        items = [
            {
                "code": r.code,
                "rule": r.name,
                "severity": r.severity.label,
                "summary": r.summary(),
                "preview": r.preview,
            }
            for r in rules
        ]
        print(json.dumps(items, indent=2))
        return ExitCode.CLEAN
    width = max((len(r.name) for r in rules), default=10)
    for r in rules:
        flag = " (preview)" if r.preview else ""
        print(f"{r.code}  {r.name:<{width}}  {r.severity.label:<7}  {r.summary()}{flag}")
    return ExitCode.CLEAN


def _rule(args: argparse.Namespace) -> int:
    from wirelint.registry import find_rule

    rule = find_rule(args.code)
    if rule is None:
        print(f"wirelint: error: no rule {args.code!r} (see `wirelint rules`)", file=sys.stderr)
        return ExitCode.ERROR
    print(f"{rule.code} {rule.name} (default severity: {rule.severity.label})\n")
    print(rule.documentation())
    if rule.options:
        print("\nOptions (set under [tool.wirelint.options." + rule.code + "]):")
        for key, value in rule.options.items():
            print(f"  {key} = {value!r}")
    return ExitCode.CLEAN


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv.insert(0, "check")
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) and ExitCode.ERROR
    try:
        if args.command == "rules":
            return _rules(args)
        if args.command == "rule":
            return _rule(args)
        if args.command == "learn":
            from wirelint import learn

            return learn.run(args)
        if args.command == "audit":
            from wirelint.audit import command as audit

            return audit.run(args)
        if args.command == "lsp":
            from wirelint.lsp import serve

            serve()
            return ExitCode.CLEAN
        return _check(args)
    except (PackError, ConfigError) as exc:
        print(f"wirelint: error: {exc}", file=sys.stderr)
        return ExitCode.ERROR
    except BrokenPipeError:
        return ExitCode.CLEAN
    except KeyboardInterrupt:
        return 130
