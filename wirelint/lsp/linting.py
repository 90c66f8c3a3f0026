"""What the language server asks of wirelint, free of any protocol types.

One entry point, :func:`lint_snapshot`, lints the text an editor holds with the
configuration the CLI would use for that file, and turns everything that stops a
normal run (a broken config or pack, a file on disk that is not UTF-8, a rule that
raised) into a :class:`Problem` the server shows instead of dying. The helpers
below build the edits behind code actions.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from wirelint.diagnostics import Applicability, Diagnostic, Edit
from wirelint.document.span import Span
from wirelint.errors import ConfigError, InputError, PackError

if TYPE_CHECKING:
    from wirelint.config import Config
    from wirelint.document.model import Document, Part

ProblemKind = Literal["config", "pack", "input", "crash", "install", "limit"]

#: Files whose change means the configuration or a pack may have changed.
CONFIG_SUFFIX = ".toml"


@dataclass(frozen=True)
class Problem:
    """Something that stopped wirelint from linting a story normally."""

    kind: ProblemKind
    message: str
    file: str | None = None  # the file at fault, when it is not the story itself
    line: int | None = None  # 1-based line in ``file`` (or in the story for input problems)
    detail: str = ""  # a traceback, for rule crashes


@dataclass(frozen=True)
class Snapshot:
    """The text of one editor buffer at one version, and where it lives."""

    uri: str
    version: int | None
    text: str
    path: str | None  # file-system path for file: URIs
    root: str | None = None  # the workspace folder, for buffers without a path
    check_disk: bool = False  # re-read the file on disk (on open and save)


@dataclass
class Outcome:
    snapshot: Snapshot
    document: Document | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    config: Config | None = None
    #: The file on disk as ``wirelint check`` would read it; only when ``check_disk``.
    disk_problem: Problem | None = None
    #: Checked ignore actions per diagnostic (code actions are asked for on every cursor move).
    ignore_cache: dict[tuple[str, Span], list[TextChange]] = field(default_factory=dict)
    #: Read from NITF, NewsML-G2, ninjs or HTML: diagnostics index the file, not the story.
    markup: bool = False


# -- configuration --------------------------------------------------------------------

_stamps: dict[Path, tuple[tuple[str, int, int], ...]] = {}


def _config_stamp(directory: Path) -> tuple[tuple[str, int, int], ...]:
    """Every config file candidate from ``directory`` up, with size and mtime.

    A few dozen ``stat`` calls: cheap enough before each lint, and it notices a
    config edited behind the editor's back even when the client watches no files.
    """
    from wirelint.config import CONFIG_NAMES

    out: list[tuple[str, int, int]] = []
    d = directory
    while True:
        for name in CONFIG_NAMES:
            candidate = d / name
            try:
                st = candidate.stat()
            except OSError:
                continue
            out.append((str(candidate), st.st_mtime_ns, st.st_size))
        if d.parent == d:
            break
        d = d.parent
    return tuple(out)


def forget_configuration() -> None:
    """Drop cached configs and packs: a config or pack file changed."""
    from wirelint.config import clear_config_cache
    from wirelint.packs import clear_pack_cache

    _stamps.clear()
    clear_config_cache()
    clear_pack_cache()


def config_for(snapshot: Snapshot) -> Config:
    """The configuration ``wirelint check`` would use for this file (raises ConfigError)."""
    from wirelint.config import discover_config

    target = snapshot.path or snapshot.root or os.getcwd()
    p = Path(os.path.abspath(target))
    directory = p.parent if snapshot.path else p
    stamp = _config_stamp(directory)
    if _stamps.get(directory) != stamp:
        from wirelint.config import clear_config_cache

        clear_config_cache()
        _stamps[directory] = stamp
    from wirelint import registry

    return discover_config(directory, registry)


# -- linting ----------------------------------------------------------------------------


def check_disk(path: str, max_bytes: int) -> Problem | None:
    """Read the file as ``wirelint check`` would; a Problem when it could not."""
    from wirelint.input.sources import read_source

    try:
        read_source(path, max_bytes=max_bytes)
    except InputError as exc:
        if exc.reason in ("empty", "missing", "too-large"):
            # A new buffer or one not saved yet: nothing to warn about. The size limit
            # is checked on the buffer itself.
            return None
        return Problem(
            "input", f"wirelint check cannot read this file: {exc.problem}", None, exc.line
        )
    return None


def lint_snapshot(snapshot: Snapshot) -> Outcome:
    """Lint one buffer; never raises for a problem a user can cause."""
    from wirelint.input.formats import detect_format, is_news_markup
    from wirelint.input.formats.lint import lint_source_text
    from wirelint.input.formats.story import FileText
    from wirelint.packs import packs_for

    outcome = Outcome(snapshot)
    try:
        cfg = config_for(snapshot)
    except ConfigError as exc:
        outcome.problems.append(Problem("config", str(exc), exc.path, exc.line))
        return outcome
    outcome.config = cfg
    if snapshot.check_disk and snapshot.path is not None:
        outcome.disk_problem = check_disk(snapshot.path, cfg.max_file_size)
    try:
        packs = packs_for(cfg.packs)
        packs.validate()
    except PackError as exc:
        outcome.problems.append(Problem("pack", str(exc), exc.path, exc.line))
        return outcome
    if snapshot.path is not None and (
        cfg.is_excluded(snapshot.path)
        or not (
            any(fnmatch.fnmatch(os.path.basename(snapshot.path), g) for g in cfg.include)
            or is_news_markup(snapshot.path, snapshot.text)
        )
    ):
        return outcome  # not a story by the desk's `include` / `exclude`
    size = len(snapshot.text)
    if size * 4 > cfg.max_file_size:
        size = len(snapshot.text.encode("utf-8", "surrogatepass"))
    if size > cfg.max_file_size:
        from wirelint.input.sources import too_large

        error = too_large(snapshot.path or snapshot.uri, size, cfg.max_file_size)
        outcome.problems.append(Problem("input", error.problem))
        return outcome
    fmt = detect_format(snapshot.path, snapshot.text)
    try:
        result = lint_source_text(snapshot.text, snapshot.path, cfg, fmt, packs)
    except InputError as exc:  # markup that does not read: said where, as the CLI says it
        outcome.problems.append(Problem("input", exc.problem, None, exc.line))
        return outcome
    # Positions are in the file as written (for markup, not the story's plain text).
    outcome.document = FileText(snapshot.text, snapshot.path) if result.markup else result.document
    outcome.markup = result.markup
    outcome.diagnostics = result.diagnostics
    for crash in result.crashes:
        if crash.user_error:
            kind: ProblemKind = "pack"
            if crash.cause == "install":
                kind = "install"
            elif crash.cause == "limit":
                kind = "limit"
            outcome.problems.append(
                Problem(
                    kind,
                    f"rule {crash.code} ({crash.rule}) stopped: {crash.error}",
                    detail=crash.about,
                )
            )
            continue
        outcome.problems.append(
            Problem(
                "crash",
                f"rule {crash.code} ({crash.rule}) crashed: {crash.error}; the other rules ran. "
                "Please report this",
                detail=crash.trace,
            )
        )
    return outcome


def warm_up() -> None:
    """Import the engine and rules and load the bundled packs before the first story."""
    from wirelint.config import Config
    from wirelint.engine import lint_text
    from wirelint.errors import WirelintError

    # A broken bundled pack raises here; the first story's lint reports it properly.
    with contextlib.suppress(WirelintError):
        lint_text("Headline\n\nLONDON, Jan 1 (Reuters) - A story TK.\n", Config())


# -- code actions -----------------------------------------------------------------------


@dataclass(frozen=True)
class TextChange:
    """A titled edit for a code action."""

    title: str
    edit: Edit
    preferred: bool = False


def _apply(text: str, edit: Edit) -> str:
    return text[: edit.span.start] + edit.replacement + text[edit.span.end :]


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def fix_edits(d: Diagnostic) -> list[tuple[str, tuple[Edit, ...], bool]]:
    """(title, edits, preferred) per fix of ``d``; the first safe fix is preferred."""
    out: list[tuple[str, tuple[Edit, ...], bool]] = []
    preferred_given = False
    for fix in d.fixes:
        safe = fix.applicability is Applicability.SAFE
        title = fix.title if safe else f"{fix.title} (unsafe: check it)"
        preferred = safe and not preferred_given
        preferred_given = preferred_given or preferred
        out.append((title, fix.edits, preferred))
    return out


def fix_all(text: str, diagnostics: list[Diagnostic]) -> Edit | None:
    """One edit covering every safe fix (as ``wirelint check --fix`` does once)."""
    from wirelint.output.fixes import apply_fixes

    outcome = apply_fixes(text, diagnostics, unsafe=False)
    if outcome.applied == 0 or outcome.text == text:
        return None
    new = outcome.text
    start = 0
    limit = min(len(text), len(new))
    while start < limit and text[start] == new[start]:
        start += 1
    end_old, end_new = len(text), len(new)
    while end_old > start and end_new > start and text[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return Edit(Span(start, end_old), new[start:end_new])


_BLOCK_NAMES = {
    "headline": "headline",
    "bullet": "bullet list",
    "paragraph": "paragraph",
    "subhead": "subhead",
    "credit": "credit line",
    "boilerplate": "paragraph",
}


def _block_of(doc: Document, offset: int) -> Part | None:
    """The first part of the block holding ``offset`` (a bullet list starts at its first bullet)."""
    from wirelint.document.model import PartKind

    content = [p for p in doc.parts if p.kind not in (PartKind.COMMENT, PartKind.CODE)]
    content.sort(key=lambda p: p.span.start)
    lines = doc.lines
    line = lines.line_of(offset)
    index = next(
        (
            i
            for i, p in enumerate(content)
            if p.span.start <= offset < p.span.end or p.span.start == offset == p.span.end
        ),
        None,
    )
    if index is None:
        # Before a part that starts later on the same line (a dateline before its paragraph).
        index = next(
            (
                i
                for i, p in enumerate(content)
                if p.span.start >= offset and lines.line_of(p.span.start) == line
            ),
            None,
        )
    if index is None:
        return None
    if content[index].kind is PartKind.BULLET:
        while index > 0 and content[index - 1].kind is PartKind.BULLET:
            gap = doc.text[content[index - 1].span.end : content[index].span.start]
            if gap.count("\n") > 1:
                break
            index -= 1
    return content[index]


def _still_reported(snapshot: Snapshot, cfg: Config, edit: Edit, d: Diagnostic) -> bool:
    from wirelint.document.model import parse_document
    from wirelint.engine import lint_document

    text = _apply(snapshot.text, edit)
    shift = len(edit.replacement) - len(edit.span)
    span = d.span.shift(shift) if d.span.start >= edit.span.end else d.span
    result = lint_document(parse_document(text, snapshot.path), cfg)
    return any(x.code == d.code and x.span == span for x in result.diagnostics)


def ignore_changes(outcome: Outcome, d: Diagnostic) -> list[TextChange]:
    """``Ignore WLxxx in this paragraph`` and ``... in this story``, each checked to work."""
    key = (d.code, d.span)
    if key not in outcome.ignore_cache:
        outcome.ignore_cache[key] = _ignore_changes(outcome, d)
    return outcome.ignore_cache[key]


def _ignore_changes(outcome: Outcome, d: Diagnostic) -> list[TextChange]:
    doc, cfg = outcome.document, outcome.config
    if doc is None or cfg is None or outcome.markup:
        return []  # suppression comments are written in plain copy only
    text = doc.text
    nl = _newline(text)
    out: list[TextChange] = []
    block = _block_of(doc, d.span.start)
    if block is not None:
        at = doc.lines.line_start(doc.lines.line_of(block.span.start))
        edit = Edit(Span(at, at), f"<!-- wirelint: ignore {d.code} -->{nl}")
        what = _BLOCK_NAMES.get(block.kind.value, "block")
        if not _still_reported(outcome.snapshot, cfg, edit, d):
            out.append(TextChange(f"Ignore {d.code} in this {what}", edit))
    end = len(text)
    lead = "" if text.endswith(("\n", "\r")) else nl
    edit = Edit(Span(end, end), f"{lead}{nl}<!-- wirelint: ignore-file {d.code} -->{nl}")
    if not _still_reported(outcome.snapshot, cfg, edit, d):
        out.append(TextChange(f"Ignore {d.code} in this story", edit))
    return out


def rule_documentation(code: str) -> str | None:
    """Markdown for a hover: the rule's docstring, as ``wirelint rule CODE`` prints it."""
    from wirelint.registry import find_rule

    rule = find_rule(code)
    if rule is None:
        return None
    head = f"**{rule.code}** `{rule.name}` (default severity: {rule.severity.label})"
    foot = f"_`wirelint rule {rule.code}` prints this in a terminal._"
    return f"{head}\n\n{rule.documentation()}\n\n{foot}"
