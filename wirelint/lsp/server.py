"""``wirelint lsp``: a Language Server Protocol server on stdio (pygls 2, lsprotocol).

- Diagnostics are published on open and save at once, and after edits once the
  buffer has been quiet for ``debounce`` ms (150 by default, ``initializationOptions``
  ``{"debounce": N}``); only the latest text is linted: a pending run is replaced by
  the next edit's. Linting runs on the event loop itself: a worker thread measured no
  faster (the GIL), and one thread needs no locks around the engine's caches. A run
  is never interrupted, so a result is published only if the buffer still holds the
  text that was linted.
- Positions are UTF-16 code units, whatever encodings the client offers.
- Each diagnostic has its severity, ``code``, ``source: "wirelint"``, the notes as
  related information, and ``data.see = "wirelint rule CODE"``; hovering it shows the
  rule's documentation.
- Code actions: the rule's fixes (the first safe one preferred; unsafe ones say so),
  ``Ignore WLxxx in this paragraph`` / ``in this story`` (suppression comments), and a
  ``source.fixAll.wirelint`` action with every safe fix.
- The configuration is the one ``wirelint check`` would use for the file; it is
  re-read when a ``*.toml`` file changes (watched files, saves) and checked by mtime
  before every run. A broken config or pack, a file on disk that is not UTF-8, or a
  rule that raises is shown as a diagnostic at the top of the story and a window
  message; the server keeps running and recovers when the cause is fixed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from lsprotocol import types as t
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method
from pygls.uris import from_fs_path, to_fs_path

from wirelint import __version__
from wirelint.diagnostics import Diagnostic, Edit, Severity
from wirelint.document.positions import LineIndex
from wirelint.lsp import linting
from wirelint.lsp.linting import CONFIG_SUFFIX, Outcome, Problem, Snapshot

log = logging.getLogger("wirelint.lsp")

SOURCE = "wirelint"
DEFAULT_DEBOUNCE_MS = 150
FIX_ALL_KIND = "source.fixAll.wirelint"
WATCH_REGISTRATION_ID = "wirelint-watch-config"

_SEVERITY = {
    Severity.ERROR: t.DiagnosticSeverity.Error,
    Severity.WARNING: t.DiagnosticSeverity.Warning,
    Severity.INFO: t.DiagnosticSeverity.Information,
}
_PROBLEM_TITLES = {
    "config": "wirelint cannot read its configuration",
    "pack": "wirelint cannot load a rule pack",
    "input": "this file is not readable as a story",
    "crash": "a wirelint rule crashed",
    "install": "wirelint is missing a package it needs",
    "limit": "a wirelint rule was stopped on this story",
}


class WirelintProtocol(LanguageServerProtocol):
    """pygls' protocol, but positions are always UTF-16 code units.

    pygls would pick the client's first preference (Neovim offers UTF-8 first);
    wirelint speaks the encoding every client must support.
    """

    @lsp_method(t.INITIALIZE)
    def lsp_initialize(self, params: t.InitializeParams) -> Any:
        general = params.capabilities.general
        if general is not None:
            general.position_encodings = [t.PositionEncodingKind.Utf16]
        return (yield from super().lsp_initialize(params))


@dataclass
class DocState:
    pending: asyncio.Task[None] | None = None
    outcome: Outcome | None = None
    disk_problem: Problem | None = None


class WirelintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "wirelint",
            __version__,
            text_document_sync_kind=t.TextDocumentSyncKind.Incremental,
            protocol_cls=WirelintProtocol,
        )
        self.debounce = DEFAULT_DEBOUNCE_MS / 1000
        self.docs: dict[str, DocState] = {}
        self.shown: set[str] = set()
        self.file_diagnostics: dict[str, list[t.Diagnostic]] = {}

    # -- documents --------------------------------------------------------------------

    def snapshot(self, uri: str, *, check_disk: bool = False) -> Snapshot:
        doc = self.workspace.get_text_document(uri)
        path = to_fs_path(uri) if uri.startswith("file:") else None
        root = self.workspace.root_path
        return Snapshot(uri, doc.version, doc.source, path, root, check_disk)

    def schedule(self, uri: str, *, delay: float, check_disk: bool = False) -> None:
        """Lint ``uri`` after ``delay`` seconds, replacing any run not yet published."""
        if uri.endswith(CONFIG_SUFFIX):
            return  # a config or pack file: not a story
        state = self.docs.setdefault(uri, DocState())
        if state.pending is not None and not state.pending.done():
            # Keep a pending disk check when an edit replaces a save's run.
            check_disk = check_disk or getattr(state.pending, "check_disk", False)
            state.pending.cancel()
        task = asyncio.ensure_future(self._run(uri, delay, check_disk))
        task.check_disk = check_disk  # type: ignore[attr-defined]
        state.pending = task

    async def _run(self, uri: str, delay: float, check_disk: bool) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        if uri not in self.docs:
            return  # closed meanwhile
        snap = self.snapshot(uri, check_disk=check_disk)
        try:
            outcome = linting.lint_snapshot(snap)
        except Exception as exc:  # a bug in wirelint itself: tell the user, keep serving
            log.exception("linting %s failed", uri)
            outcome = Outcome(snap, problems=[Problem("crash", f"wirelint failed: {exc!r}")])
        state = self.docs.get(uri)
        if state is None:
            return
        current = self.workspace.get_text_document(uri)
        if current.version != snap.version or current.source != snap.text:
            return  # stale: a newer run is scheduled
        if check_disk:
            state.disk_problem = outcome.disk_problem
        state.outcome = outcome
        self.publish(uri, outcome, state)
        self.publish_files()

    def warm_up(self) -> None:
        if not any(s.outcome is not None for s in self.docs.values()):
            linting.warm_up()

    def relint_all(self) -> None:
        for uri in list(self.docs):
            self.schedule(uri, delay=0)

    # -- publishing ----------------------------------------------------------------------

    def publish(self, uri: str, outcome: Outcome, state: DocState) -> None:
        text = outcome.snapshot.text
        lines = outcome.document.lines if outcome.document is not None else LineIndex(text)
        items = [to_lsp(d, uri, lines) for d in outcome.diagnostics]
        problems = list(outcome.problems)
        if state.disk_problem is not None:
            problems.append(state.disk_problem)
        items[:0] = [problem_diagnostic(p, lines) for p in problems]
        self.announce(problems)  # first, so the message is there when the diagnostics are
        self.text_document_publish_diagnostics(
            t.PublishDiagnosticsParams(uri=uri, diagnostics=items, version=outcome.snapshot.version)
        )

    def announce(self, problems: Sequence[Problem]) -> None:
        """A window message the first time a problem appears (not on every keystroke)."""
        for p in problems:
            if p.message in self.shown:
                continue
            self.shown.add(p.message)
            kind = t.MessageType.Warning if p.kind == "input" else t.MessageType.Error
            self.window_show_message(
                t.ShowMessageParams(type=kind, message=f"wirelint: {p.message}")
            )
            if p.detail:
                self.window_log_message(
                    t.LogMessageParams(type=t.MessageType.Error, message=p.detail)
                )
        current = {
            p.message
            for s in self.docs.values()
            if s.outcome is not None
            for p in [*s.outcome.problems, *([s.disk_problem] if s.disk_problem else [])]
        }
        self.shown &= current | {p.message for p in problems}

    def publish_files(self) -> None:
        """Diagnostics on the config and pack files at fault; cleared once they are fixed."""
        wanted: dict[str, list[t.Diagnostic]] = {}
        for state in self.docs.values():
            if state.outcome is None:
                continue
            for p in state.outcome.problems:
                if p.file is None or p.kind not in ("config", "pack"):
                    continue
                uri = from_fs_path(p.file)
                if uri is None:
                    continue
                line = max((p.line or 1) - 1, 0)
                diag = t.Diagnostic(
                    range=t.Range(t.Position(line, 0), t.Position(line + 1, 0)),
                    message=p.message,
                    severity=t.DiagnosticSeverity.Error,
                    source=SOURCE,
                    code=p.kind,
                )
                if diag not in wanted.setdefault(uri, []):
                    wanted[uri].append(diag)
        for uri in set(self.file_diagnostics) | set(wanted):
            items = wanted.get(uri, [])
            if self.file_diagnostics.get(uri, []) != items:
                self.text_document_publish_diagnostics(
                    t.PublishDiagnosticsParams(uri=uri, diagnostics=items)
                )
        self.file_diagnostics = wanted

    # -- current results for requests ------------------------------------------------------

    async def current(self, uri: str) -> Outcome | None:
        """The outcome for the buffer's current text, linting now if the last one is stale."""
        state = self.docs.get(uri)
        if state is None:
            return None
        doc = self.workspace.get_text_document(uri)
        o = state.outcome
        if o is not None and o.snapshot.version == doc.version and o.snapshot.text == doc.source:
            return o
        return linting.lint_snapshot(self.snapshot(uri))


# -- conversions --------------------------------------------------------------------------


def lsp_range(lines: LineIndex, start: int, end: int) -> t.Range:
    a, b = lines.utf16(start), lines.utf16(end)
    return t.Range(t.Position(a.line, a.column), t.Position(b.line, b.column))


def to_lsp(d: Diagnostic, uri: str, lines: LineIndex) -> t.Diagnostic:
    related = [
        t.DiagnosticRelatedInformation(
            location=t.Location(uri, lsp_range(lines, n.span.start, n.span.end)),
            message=n.message,
        )
        for n in d.notes
    ]
    return t.Diagnostic(
        range=lsp_range(lines, d.span.start, d.span.end),
        message=d.message,
        severity=_SEVERITY[d.severity],
        code=d.code,
        source=SOURCE,
        related_information=related or None,
        data={"rule": d.rule, "see": f"wirelint rule {d.code}", "fixable": bool(d.fixes)},
    )


def problem_diagnostic(p: Problem, lines: LineIndex) -> t.Diagnostic:
    line0 = 0
    if p.kind == "input" and p.line is not None:
        line0 = min(max(p.line - 1, 0), lines.line_count - 1)
    start = lines.line_start(line0)
    end = max(lines.line_end(line0), start)
    related = None
    if p.file is not None and (file_uri := from_fs_path(p.file)) is not None:
        where = max((p.line or 1) - 1, 0)
        related = [
            t.DiagnosticRelatedInformation(
                location=t.Location(
                    file_uri, t.Range(t.Position(where, 0), t.Position(where + 1, 0))
                ),
                message="the problem is here",
            )
        ]
    return t.Diagnostic(
        range=lsp_range(lines, start, end),
        message=f"{_PROBLEM_TITLES[p.kind]}: {p.message}",
        severity=t.DiagnosticSeverity.Warning if p.kind == "input" else t.DiagnosticSeverity.Error,
        code=p.kind,
        source=SOURCE,
        related_information=related,
        data={"problem": p.kind},
    )


def _offset(lines: LineIndex, pos: t.Position) -> int:
    return lines.offset_from_utf16(pos.line, pos.character)


def _text_edits(lines: LineIndex, edits: Sequence[Edit]) -> list[t.TextEdit]:
    return [
        t.TextEdit(range=lsp_range(lines, e.span.start, e.span.end), new_text=e.replacement)
        for e in edits
    ]


def _workspace_edit(
    server: WirelintServer, uri: str, version: int | None, edits: list[t.TextEdit]
) -> t.WorkspaceEdit:
    caps = server.client_capabilities
    versioned = bool(
        caps.workspace
        and caps.workspace.workspace_edit
        and caps.workspace.workspace_edit.document_changes
    )
    if versioned:
        ident = t.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
        return t.WorkspaceEdit(document_changes=[t.TextDocumentEdit(ident, list(edits))])
    return t.WorkspaceEdit(changes={uri: list(edits)})


def _wants(only: Sequence[str] | None, kind: str) -> bool:
    return only is None or any(kind == k or kind.startswith(f"{k}.") for k in only)


# -- the server ---------------------------------------------------------------------------


# Each handler is a closure over the server, registered here in protocol order.
def build() -> WirelintServer:  # noqa: C901, PLR0915
    server = WirelintServer()

    @server.feature(t.INITIALIZE)
    def initialize(ls: WirelintServer, params: t.InitializeParams) -> None:
        options = params.initialization_options
        if isinstance(options, dict) and isinstance(options.get("debounce"), (int, float)):
            ls.debounce = max(float(options["debounce"]), 0.0) / 1000

    @server.feature(t.INITIALIZED)
    async def initialized(ls: WirelintServer, params: t.InitializedParams) -> None:
        # The parser model loads in the background; open stories are linted again once
        # it is in. Load the rules and packs now unless a story is already being linted.
        from wirelint.grammar import parser

        loop = asyncio.get_running_loop()
        parser.defer_loading(lambda: loop.call_soon_threadsafe(ls.relint_all))
        ls.window_log_message(
            t.LogMessageParams(type=t.MessageType.Info, message=parser.describe())
        )
        loop.call_soon(ls.warm_up)
        caps = ls.client_capabilities.workspace
        watch = caps.did_change_watched_files if caps else None
        if watch is not None and watch.dynamic_registration:
            options = t.DidChangeWatchedFilesRegistrationOptions(
                watchers=[t.FileSystemWatcher(glob_pattern="**/*.toml")]
            )
            registration = t.Registration(
                id=WATCH_REGISTRATION_ID,
                method=t.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=options,
            )
            try:
                await ls.client_register_capability_async(t.RegistrationParams([registration]))
            except Exception as exc:  # the client said no: saves and mtimes still work
                log.info("file watching not registered: %s", exc)

    @server.feature(t.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: WirelintServer, params: t.DidOpenTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri.endswith(CONFIG_SUFFIX):
            return
        ls.docs.setdefault(uri, DocState())
        ls.schedule(uri, delay=0, check_disk=True)

    @server.feature(t.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: WirelintServer, params: t.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, delay=ls.debounce)

    @server.feature(t.TEXT_DOCUMENT_DID_SAVE, t.SaveOptions(include_text=False))
    def did_save(ls: WirelintServer, params: t.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri.endswith(CONFIG_SUFFIX):
            linting_forget(ls)
            return
        ls.schedule(uri, delay=0, check_disk=True)

    @server.feature(t.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: WirelintServer, params: t.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        state = ls.docs.pop(uri, None)
        if state is not None and state.pending is not None:
            state.pending.cancel()
        if not uri.endswith(CONFIG_SUFFIX):
            ls.text_document_publish_diagnostics(
                t.PublishDiagnosticsParams(uri=uri, diagnostics=[])
            )
        ls.publish_files()

    @server.feature(t.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched(ls: WirelintServer, params: t.DidChangeWatchedFilesParams) -> None:
        if any(c.uri.endswith(CONFIG_SUFFIX) for c in params.changes):
            linting_forget(ls)

    @server.feature(t.TEXT_DOCUMENT_HOVER)
    async def hover(ls: WirelintServer, params: t.HoverParams) -> t.Hover | None:
        outcome = await ls.current(params.text_document.uri)
        if outcome is None or outcome.document is None:
            return None
        lines = outcome.document.lines
        at = _offset(lines, params.position)
        hits = [
            d
            for d in outcome.diagnostics
            if d.span.start <= at < d.span.end or d.span.start == at == d.span.end
        ]
        if not hits:
            return None
        parts: list[str] = []
        for code in dict.fromkeys(d.code for d in hits):
            doc = linting.rule_documentation(code)
            if doc is not None:
                parts.append(doc)
        if not parts:
            return None
        first = hits[0]
        return t.Hover(
            contents=t.MarkupContent(kind=t.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
            range=lsp_range(lines, first.span.start, first.span.end),
        )

    @server.feature(
        t.TEXT_DOCUMENT_CODE_ACTION,
        t.CodeActionOptions(
            code_action_kinds=[t.CodeActionKind.QuickFix, FIX_ALL_KIND],
            resolve_provider=False,
        ),
    )
    async def code_action(
        ls: WirelintServer, params: t.CodeActionParams
    ) -> list[t.CodeAction] | None:
        uri = params.text_document.uri
        outcome = await ls.current(uri)
        if outcome is None or outcome.document is None:
            return None
        lines = outcome.document.lines
        version = outcome.snapshot.version
        start = _offset(lines, params.range.start)
        end = _offset(lines, params.range.end)
        only = params.context.only
        actions: list[t.CodeAction] = []
        hits = [d for d in outcome.diagnostics if d.span.start <= end and start <= d.span.end]
        if _wants(only, t.CodeActionKind.QuickFix):
            for d in hits:
                diag = to_lsp(d, uri, lines)
                for title, edits, preferred in linting.fix_edits(d):
                    actions.append(
                        t.CodeAction(
                            title=title,
                            kind=t.CodeActionKind.QuickFix,
                            diagnostics=[diag],
                            is_preferred=preferred or None,
                            edit=_workspace_edit(ls, uri, version, _text_edits(lines, edits)),
                        )
                    )
            for d in hits:
                diag = to_lsp(d, uri, lines)
                for change in linting.ignore_changes(outcome, d):
                    actions.append(
                        t.CodeAction(
                            title=change.title,
                            kind=t.CodeActionKind.QuickFix,
                            diagnostics=[diag],
                            edit=_workspace_edit(
                                ls, uri, version, _text_edits(lines, [change.edit])
                            ),
                        )
                    )
        if _wants(only, FIX_ALL_KIND) and (only is not None or hits):
            edit = linting.fix_all(outcome.snapshot.text, outcome.diagnostics)
            if edit is not None:
                actions.append(
                    t.CodeAction(
                        title="Fix all safe wirelint problems",
                        kind=FIX_ALL_KIND,
                        edit=_workspace_edit(ls, uri, version, _text_edits(lines, [edit])),
                    )
                )
        return actions

    return server


def linting_forget(ls: WirelintServer) -> None:
    """A config or pack changed: forget what was read and lint every open story again."""
    linting.forget_configuration()
    ls.relint_all()


def main(stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
    logging.basicConfig(level=logging.WARNING, format="wirelint lsp: %(message)s")
    build().start_io(stdin, stdout)
