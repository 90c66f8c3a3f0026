"""Command line: ``wirelint check``, ``wirelint rules``, ``wirelint rule CODE``, ``wirelint lsp``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from wirelint.document.positions import LineIndex
from wirelint.errors import ConfigError, InputError, PackError, WirelintError
from wirelint.input.formats import INPUT_FORMATS
from wirelint.input.sources import Source
from wirelint.output import FORMATS, FileReport, RenderOptions, get_formatter
from wirelint.parallel import Pool, default_jobs

if TYPE_CHECKING:
    from wirelint.diagnostics import Diagnostic
    from wirelint.engine import RuleCrash
    from wirelint.input.formats.lint import Linted
    from wirelint.resultcache import ResultCache

SUBCOMMANDS = ("check", "rules", "rule", "lsp", "learn", "audit")
MAX_FIX_PASSES = 5


class ExitCode(IntEnum):
    CLEAN = 0
    FINDINGS = 1
    ERROR = 2


def _columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing shutil (lzma, bz2, zlib)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, given the terminal's width instead of measuring it itself.

    argparse makes a formatter for every argument it adds (to check its metavar), and the
    default one imports shutil to measure the terminal: ~5 ms of every cold run."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = _columns() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


class _ArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; ``learn`` and ``audit`` get their arguments only when named.

    Their modules import Dask's side of wirelint (logging, JSON journals): ~20 ms that a
    `wirelint check` of one story would otherwise pay on every run.
    """
    p = _ArgumentParser(
        prog="wirelint",
        description="Lint news wire copy: name variants, placeholder brands, mismatched headings, "
        "garbled sentences.",
    )
    p.add_argument("--version", action="version", version=f"wirelint {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_ArgumentParser)

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
    c.add_argument(
        "--jobs",
        "-j",
        type=_positive_int,
        metavar="N",
        help="check stories on N processes (default: every core; 1: this process only)",
    )
    c.add_argument(
        "--no-cache", action="store_true", help="check every story again; ignore the result cache"
    )

    r = sub.add_parser("rules", help="list the rules")
    r.add_argument("--format", choices=("text", "json"), default="text")
    one = sub.add_parser("rule", help="print a rule's documentation")
    one.add_argument("code", help="a code (WL202) or slug (placeholder-text)")
    sub.add_parser("lsp", help="run the language server on stdio")
    learn = sub.add_parser("learn", help="derive a house pack from an archive")
    audit = sub.add_parser("audit", help="lint an archive on Dask")
    if command == "learn":
        from wirelint import learn as learn_command

        learn_command.add_arguments(learn)
    elif command == "audit":
        from wirelint.audit import command as audit_command

        audit_command.add_arguments(audit)
    return p


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of processes, 1 or more: {value!r}"
        )
    return number


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
    #: False for one story checked for the main process (perhaps in a worker): its
    #: errors are held, with their once-per-run key, and printed there in story order.
    echo: bool = True
    held: list[tuple[str, str | None]] = field(default_factory=list)
    #: Configuration error -> the stories it stopped (named once, at the end of the run).
    unchecked: dict[str, tuple[ConfigError, list[str]]] = field(default_factory=dict)
    #: A discovered configuration (by identity) -> it with the command line's values: the
    #: stories under one config share one object, built once and sent to a worker once a
    #: chunk instead of once a story.
    configs: dict[int, tuple[Config, Config]] = field(default_factory=dict)

    def error(self, message: str, once: str | None = None) -> None:
        if once is not None:
            if once in self.missing:
                return
            self.missing.add(once)
        if not self.echo:
            self.held.append((message, once))
            return
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
                raise ConfigError(
                    None, None, f"--{key.replace('_', '-')}", f"unknown rule or prefix {s!r}"
                )
    for s in _split(args.ignore) or ():
        if not is_valid_selector(s):
            raise ConfigError(None, None, "--ignore", f"unknown rule or prefix {s!r}")
    return values


def _config_for(
    run: Run, target: str, fixed: Config | None, overrides: dict[str, object]
) -> Config:
    from wirelint import registry

    base = fixed if fixed is not None else discover_config(target, registry)
    known = run.configs.get(id(base))
    if known is not None and known[0] is base:
        return known[1]
    cfg = with_overrides(base, **overrides)
    extra_ignore = _split(run.args.ignore)
    extra_exclude = _split(run.args.exclude)
    if extra_ignore:
        cfg = with_overrides(cfg, ignore=(*cfg.ignore, *extra_ignore))
    if extra_exclude:
        cfg = with_overrides(cfg, exclude=(*cfg.exclude, *extra_exclude))
    run.configs[id(base)] = (base, cfg)
    return cfg


# `wirelint check` from reading to exit code in one place, so its order reads at a glance.
def _check(args: argparse.Namespace) -> int:  # noqa: C901, PLR0912, PLR0915
    from wirelint.input.sources import decode, discover, read_source
    from wirelint.packs import packs_for

    run = Run(args)
    try:
        overrides = _overrides(args)
        from wirelint import registry

        fixed = load_config_file(Path(args.config), registry) if args.config else None
        if args.config and fixed is None:
            raise ConfigError(args.config, None, None, "has no [tool.wirelint] table")
    except WirelintError as exc:
        run.error(str(exc))
        return ExitCode.ERROR
    if args.stdin_filename and "-" not in args.paths:
        args.paths = ["-"]
    try:
        root_cfg = _config_for(
            run, args.paths[0] if args.paths[0] != "-" else ".", fixed, overrides
        )
    except ConfigError:
        # Reported with the stories it governs; the folders walked and the stories under
        # other configs are still linted, with the defaults deciding what a story is.
        root_cfg = with_overrides(Config(), **overrides)
    run.fail_on = root_cfg.fail_on
    exclude = root_cfg.exclude + (_split(args.exclude) or ())
    validated: set[tuple[Path, ...]] = set()
    fmt = get_formatter(args.format)
    # WL104 judges a batch as one: its stories are read first and checked in this process,
    # and a cached finding, which knows nothing of the batch, is never used.
    across = root_cfg.across
    batch: list[tuple[str, str, tuple[Source, Config, bool]]] = []
    cache = None if across else _result_cache(args)
    window: list[str | StoryTask] = []
    ahead: _Checking | None = None

    # Started when a batch of stories first needs workers; see wirelint.parallel.
    jobs = 1 if across else args.jobs or default_jobs()
    pool = Pool(jobs, _warn, lambda: _load_shared_tables(root_cfg))

    # Work is handed out while stories are read: leaving this block by an exception
    # (Ctrl-C while reading) cancels what the workers have not started.
    with pool:
        for item in discover(args.paths, root_cfg.include, exclude):
            if len(window) >= (_WINDOW if ahead is not None else min(_WINDOW, _FIRST_WINDOW)):
                # The workers check this window while the next one is read.
                ahead = _take_in(run, pool, ahead, cache, _dispatch(run, window, pool))
                window = []
            if isinstance(item, InputError):
                window.append(str(item))
                continue
            target = args.stdin_filename if item == "-" and args.stdin_filename else item
            display = target if target != "-" else "<stdin>"
            try:
                cfg = _config_for(run, target if target != "-" else ".", fixed, overrides)
                if item != "-" and cfg.is_excluded(item) and item not in args.paths:
                    continue
                if item == "-":
                    data = sys.stdin.buffer.read(cfg.max_file_size + 1)
                    if len(data) > cfg.max_file_size:
                        raise InputError(display, "standard input is larger than `max-file-size`")
                    source = decode(data, display, args.encoding)
                else:
                    source = read_source(item, encoding=args.encoding, max_bytes=cfg.max_file_size)
                task = StoryTask(args, source, cfg, from_stdin=item == "-")
                # A story found in the cache needs no rules: they and the packs load on a miss.
                if not _look_up(task, cache) and cfg.packs not in validated:
                    _load_rules_here()
                    packs_for(cfg.packs).validate()
                    validated.add(cfg.packs)
            except ConfigError as exc:
                _config_failed(run, exc, display)
                continue
            except WirelintError as exc:
                window.append(str(exc))
                continue
            if across:
                batch.append((source.path, source.text, (source, cfg, item == "-")))
                continue
            window.append(task)
        ahead = _take_in(run, pool, ahead, cache, _dispatch(run, window, pool))
        _take_in(run, pool, ahead, cache, None)
    if cache is not None:
        cache.finish()
    if batch:
        from wirelint.analysis.across import lint_batch

        reports = lint_batch(
            batch, root_cfg, lambda s: _lint_source(run, s[0], s[1], from_stdin=s[2])
        )
        run.files += sum(1 for r in reports if r is not None)
        run.reports.extend(r for r in reports if r is not None)

    _report_unchecked(run)
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


#: Set by main for a process started as `wirelint` (not for a caller of main).
_preload_regexes = False


def _load_rules_here() -> None:
    """Before the first story this process checks: re.compile is to find the programs an
    earlier run compiled (see _cache.preload_regexes) when the rules load. A run whose
    stories are all in the result cache never loads them, nor reads those programs."""
    if _preload_regexes:
        from wirelint._cache import preload_regexes

        preload_regexes()


def _config_failed(run: Run, exc: ConfigError, story: str) -> None:
    """A broken config stops the stories it governs, not the run (named at the end)."""
    run.unchecked.setdefault(str(exc), (exc, []))[1].append(story)


def _report_unchecked(run: Run) -> None:
    """One error per broken config, naming the stories it kept from being checked."""
    for message, (_, stories) in run.unchecked.items():
        shown = ", ".join(stories[:5])
        if len(stories) > 5:
            shown += f" and {len(stories) - 5} more"
        noun = "story" if len(stories) == 1 else "stories"
        run.error(f"{message}; {len(stories)} {noun} not checked: {shown}")


def _report_missing(run: Run, crashes: list[RuleCrash]) -> None:
    """One line per missing package for the whole run, naming the rules it stops."""
    by_error: dict[str, list[str]] = {}
    for crash in crashes:
        by_error.setdefault(crash.error, []).append(f"{crash.code} ({crash.rule})")
    for error, rules in by_error.items():
        run.error(f"{', '.join(rules)} cannot run: {error}", once=error)


#: Stories read ahead of checking: enough to keep every worker busy, few enough that a
#: folder of any size is never held in memory at once.
_WINDOW = 256
#: The first window is handed out sooner: until it is, every worker waits (they are
#: forked when it is handed out) while this process reads and configures stories.
_FIRST_WINDOW = 32


@dataclass
class StoryTask:
    """One story read and configured here, to be checked here or in a worker."""

    args: argparse.Namespace
    source: Source
    cfg: Config
    from_stdin: bool
    #: The cache key, and the findings stored under it, when the cache has them.
    key: str | None = None
    cached: list[Diagnostic] | None = None


@dataclass
class StoryResult:
    """What checking one story produced, in plain data a worker can send back."""

    path: str
    #: The text the diagnostics describe when it is not the story as read (after --fix);
    #: None otherwise, so that a worker does not send the story back.
    text: str | None
    diagnostics: list[Diagnostic]
    fixed: int
    held: list[tuple[str, str | None]]
    diffs: list[str]
    stdout_text: str | None
    #: False when the story did not read (markup that does not parse): an error, no check.
    read: bool = True


def _prefetch_parses(tasks: list[StoryTask]) -> None:
    """In one process, the parser tier parses a window's plain-text stories in one batch."""
    from wirelint.grammar.parsed import prefetch
    from wirelint.input.formats import detect_format

    plain = [
        (t.source.text, t.cfg)
        for t in tasks
        if detect_format(t.source.path, t.source.text, t.args.input_format) == "text"
    ]
    prefetch(plain)


def _lint_task(task: StoryTask) -> StoryResult:
    run = Run(task.args, echo=False)
    report = _lint_source(run, task.source, task.cfg, from_stdin=task.from_stdin)
    if report is None:
        return StoryResult(task.source.path, None, [], 0, run.held, [], None, read=False)
    return StoryResult(
        report.path,
        None if report.lines.text == task.source.text else report.lines.text,
        report.diagnostics,
        report.fixed,
        run.held,
        run.diffs,
        run.stdout_text,
    )


def _load_shared_tables(cfg: Config) -> None:
    """The tables the rules ``cfg`` selects share with every worker (loaded before the fork)."""
    from wirelint.engine import load_shared_tables, rules_for

    load_shared_tables(rules_for(cfg))


def _warn(message: str) -> None:
    print(f"wirelint: warning: {message}", file=sys.stderr)


def _result_cache(args: argparse.Namespace) -> ResultCache | None:
    if args.no_cache:
        return None
    from wirelint.resultcache import ResultCache, disabled_by_environment

    if disabled_by_environment():
        return None
    return ResultCache(warn=_warn)


def _look_up(task: StoryTask, cache: ResultCache | None) -> bool:
    """Whether the cache holds the story's findings (then kept on the task)."""
    if cache is None or not cache.enabled:
        return False
    task.key = cache.key(task.source.text, task.source.path, task.cfg, task.args.input_format)
    task.cached = cache.get(task.key, task.source.path)
    # A fix is computed afresh, never applied from an entry.
    if (task.args.fix or task.args.diff) and task.cached:
        from wirelint.output.fixes import applicable

        if any(applicable(d, task.args.unsafe_fixes) for d in task.cached):
            task.cached = None
    return task.cached is not None


@dataclass
class _Checking:
    """A window of stories handed out for checking, its results still to be taken in."""

    window: list[str | StoryTask]
    results: Iterator[StoryResult]


def _story_size(task: StoryTask) -> int:
    return len(task.source.text)


def _dispatch(run: Run, window: list[str | StoryTask], pool: Pool) -> _Checking:
    """Hand a window's stories (misses of the cache only) to the pool."""
    tasks = [t for t in window if isinstance(t, StoryTask) and t.cached is None]
    try:
        if pool.jobs == 1 and len(tasks) > 1:
            _prefetch_parses(tasks)
        return _Checking(window, pool.map(_lint_task, tasks, _story_size))
    except BaseException:
        pool.close(cancel=True)
        raise


def _take_in(
    run: Run,
    pool: Pool,
    checking: _Checking | None,
    cache: ResultCache | None,
    then: _Checking | None,
) -> _Checking | None:
    """Take in a window's results in order (errors, reports, cache entries); ``then`` is next."""
    if checking is None:
        return then
    results = checking.results
    try:
        for item in checking.window:
            if isinstance(item, str):
                run.error(item)
                continue
            if item.cached is not None:
                run.files += 1
                report = FileReport(item.source.path, LineIndex(item.source.text), item.cached)
                run.reports.append(report)
                continue
            result = next(results)
            for message, once in result.held:
                run.error(message, once=once)
            if not result.read:
                continue
            run.files += 1
            run.diffs.extend(result.diffs)
            if result.stdout_text is not None:
                run.stdout_text = result.stdout_text
            text = item.source.text if result.text is None else result.text
            run.reports.append(
                FileReport(result.path, LineIndex(text), result.diagnostics, result.fixed)
            )
            if cache is not None and cache.enabled and not result.held:
                # Errors (a crash, a pack pattern that ran out of time, a missing package,
                # a fix not written) may not recur: such a result is not kept.
                key = item.key if result.text is None else None
                cache.put(
                    key or cache.key(text, result.path, item.cfg, item.args.input_format),
                    result.diagnostics,
                )
    except BaseException:
        pool.close(cancel=True)
        raise
    return then


def _lint_source(run: Run, source: Source, cfg: Config, *, from_stdin: bool) -> FileReport | None:
    from wirelint.input.formats import detect_format
    from wirelint.input.formats.lint import lint_source_text

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
            about = f" ({crash.about})" if crash.about else ""
            run.error(
                f"{source.path}: rule {crash.code} ({crash.rule}) stopped: {crash.error}{about}"
            )
        else:
            run.error(
                f"{source.path}: rule {crash.code} ({crash.rule}) crashed: {crash.error}; "
                "please report this"
            )
    fixed_count = 0
    if args.fix or args.diff:
        from wirelint.output.fixes import apply_fixes_checked, unified_diff, write_atomically

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
    from wirelint.grammar.parser import describe

    print(f"\n{describe()}")
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
    global _preload_regexes
    # A process started as `wirelint`: see _load_rules_here. A caller that passes its own
    # arguments (a test, an editor) keeps re's cache as it was.
    _preload_regexes = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv.insert(0, "check")
    try:
        args = _parser(argv[0]).parse_args(argv)
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
