"""The language server, end to end: a real LSP client (pytest-lsp) talks to `wirelint lsp`.

Each test starts the server as a subprocess, as an editor does, opens stories written
to a temporary folder and checks what the server publishes and answers.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types as t
from pytest_lsp import ClientServerConfig, LanguageClient

pytestmark = pytest.mark.asyncio

STORY = (
    "Russia blames cellphone use by soldiers in missile attack\n"
    "\n"
    "MOSCOW, Jan 4 (Reuters) - Russia's defence ministry said TK soldiers were killed.\n"
    "\n"
    "The ministry said the attack came at midnight.\n"
)
CLEAN = STORY.replace("TK soldiers", "89 soldiers")
PORTAL = (
    "Minister hails deal\n"
    "\n"
    "LONDON, Jan 4 (Portal) - The minister said the deal was done.\n"
    "\n"
    "Reporting by Portal staff\n"
)

#: The server is tested with the rules whose behaviour these stories pin down.
SELECT = 'select = ["WL2", "WL3"]\n'

CAPABILITIES = t.ClientCapabilities(
    general=t.GeneralClientCapabilities(
        position_encodings=[t.PositionEncodingKind.Utf8, t.PositionEncodingKind.Utf16]
    ),
    text_document=t.TextDocumentClientCapabilities(
        synchronization=t.TextDocumentSyncClientCapabilities(did_save=True),
        publish_diagnostics=t.PublishDiagnosticsClientCapabilities(
            related_information=True, version_support=True
        ),
        hover=t.HoverClientCapabilities(content_format=[t.MarkupKind.Markdown]),
        code_action=t.CodeActionClientCapabilities(
            code_action_literal_support=t.ClientCodeActionLiteralOptions(
                code_action_kind=t.ClientCodeActionKindOptions(
                    value_set=[t.CodeActionKind.QuickFix, t.CodeActionKind.SourceFixAll]
                )
            ),
            is_preferred_support=True,
        ),
    ),
    workspace=t.WorkspaceClientCapabilities(
        workspace_edit=t.WorkspaceEditClientCapabilities(document_changes=True),
        did_change_watched_files=t.DidChangeWatchedFilesClientCapabilities(
            dynamic_registration=True
        ),
    ),
    window=t.WindowClientCapabilities(),
)


SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "wirelint", "lsp"])


def accept_registrations(lsp_client: LanguageClient) -> None:
    """Answer `client/registerCapability` as editors do, keeping what was registered."""
    registrations: list[t.Registration] = []

    @lsp_client.feature(t.CLIENT_REGISTER_CAPABILITY)  # type: ignore[untyped-decorator,unused-ignore]
    def register(client: LanguageClient, params: t.RegistrationParams) -> None:
        registrations.extend(params.registrations)

    lsp_client.registrations = registrations  # type: ignore[attr-defined]


@pytest_lsp.fixture(config=SERVER)  # type: ignore[untyped-decorator,unused-ignore]
async def client(lsp_client: LanguageClient, tmp_path: Path) -> AsyncIterator[None]:
    params = t.InitializeParams(
        capabilities=CAPABILITIES,
        root_uri=tmp_path.as_uri(),
        workspace_folders=[t.WorkspaceFolder(uri=tmp_path.as_uri(), name="desk")],
        initialization_options={"debounce": 20},
    )
    accept_registrations(lsp_client)
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=SERVER)  # type: ignore[untyped-decorator,unused-ignore]
async def patient_client(lsp_client: LanguageClient, tmp_path: Path) -> AsyncIterator[None]:
    """A server with the default debounce (150 ms), for the test of typing bursts."""
    params = t.InitializeParams(capabilities=CAPABILITIES, root_uri=tmp_path.as_uri())
    accept_registrations(lsp_client)
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


# -- a small editor on top of the client -----------------------------------------------------


class Editor:
    """Opens, edits and saves stories as an editor would, and waits for the server."""

    def __init__(self, client: LanguageClient, root: Path) -> None:
        self.client = client
        self.root = root
        self.versions: dict[str, int] = {}
        self.texts: dict[str, str] = {}

    def uri(self, name: str) -> str:
        return (self.root / name).as_uri()

    def configure(self, text: str = "", name: str = ".wirelint.toml") -> Path:
        """A config limited to the rules these tests use, so new rules do not change them."""
        table = "[tool.wirelint]\n" if name.endswith("pyproject.toml") else ""
        return self.write(name, f"{table}{SELECT}{text}")

    def write(self, name: str, text: str | bytes) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8", newline="")
        return path

    def open(self, name: str, text: str, *, on_disk: bool = True) -> str:
        if on_disk:
            self.write(name, text)
        uri = self.uri(name)
        self.versions[uri] = 1
        self.texts[uri] = text
        self.client.diagnostics.pop(uri, None)
        self.client.text_document_did_open(
            t.DidOpenTextDocumentParams(
                t.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)
            )
        )
        return uri

    def replace(self, uri: str, old: str, new: str) -> None:
        """An incremental edit: ``old`` (its first occurrence) becomes ``new``."""
        text = self.texts[uri]
        at = text.index(old)
        start, end = position(text, at), position(text, at + len(old))
        self.edit(uri, t.Range(start, end), new)

    def edit(self, uri: str, where: t.Range, new: str) -> None:
        text = self.texts[uri]
        a, b = offset(text, where.start), offset(text, where.end)
        self.texts[uri] = text[:a] + new + text[b:]
        self.versions[uri] += 1
        self.client.diagnostics.pop(uri, None)
        self.client.text_document_did_change(
            t.DidChangeTextDocumentParams(
                text_document=t.VersionedTextDocumentIdentifier(
                    uri=uri, version=self.versions[uri]
                ),
                content_changes=[t.TextDocumentContentChangePartial(range=where, text=new)],
            )
        )

    def apply(self, uri: str, edit: t.WorkspaceEdit | None) -> None:
        """Apply a code action's edit, last edit first, as one change per TextEdit."""
        assert edit is not None and edit.document_changes
        doc_edit = edit.document_changes[0]
        assert isinstance(doc_edit, t.TextDocumentEdit)
        assert doc_edit.text_document.version == self.versions[uri]
        for e in sorted(
            doc_edit.edits,
            key=lambda e: (e.range.start.line, e.range.start.character),
            reverse=True,
        ):
            assert isinstance(e, t.TextEdit)
            self.edit(uri, e.range, e.new_text)

    def save(self, uri: str, on_disk: str | bytes | None = None) -> None:
        name = Path(uri.removeprefix(self.root.as_uri() + "/"))
        self.write(str(name), on_disk if on_disk is not None else self.texts[uri])
        self.client.diagnostics.pop(uri, None)
        self.client.text_document_did_save(
            t.DidSaveTextDocumentParams(t.TextDocumentIdentifier(uri=uri))
        )

    def files_changed(self, *names: str) -> None:
        self.client.workspace_did_change_watched_files(
            t.DidChangeWatchedFilesParams(
                [t.FileEvent(uri=self.uri(n), type=t.FileChangeType.Changed) for n in names]
            )
        )

    async def diagnostics(
        self,
        uri: str,
        until: Callable[[Sequence[t.Diagnostic]], bool] = lambda ds: True,
        timeout: float = 90.0,  # ends as soon as they match; long for a loaded machine
    ) -> Sequence[t.Diagnostic]:
        async def wait() -> Sequence[t.Diagnostic]:
            while True:
                found = self.client.diagnostics.get(uri)
                if found is not None and until(found):
                    return list(found)
                await self.client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)

        try:
            return await asyncio.wait_for(wait(), timeout)
        except asyncio.TimeoutError:
            got = self.client.diagnostics.get(uri)
            raise AssertionError(f"no matching diagnostics for {uri}; last: {got}") from None


def position(text: str, at: int) -> t.Position:
    """LSP position (UTF-16 code units) of a character offset."""
    line = text.count("\n", 0, at)
    start = text.rfind("\n", 0, at) + 1
    return t.Position(line, len(text[start:at].encode("utf-16-le")) // 2)


def offset(text: str, pos: t.Position) -> int:
    lines = text.split("\n")
    base = sum(len(line) + 1 for line in lines[: pos.line])
    units = 0
    i = 0
    line = lines[pos.line] if pos.line < len(lines) else ""
    while i < len(line) and units < pos.character:
        units += 2 if ord(line[i]) > 0xFFFF else 1
        i += 1
    return base + i


def codes(diagnostics: Sequence[t.Diagnostic]) -> list[Any]:
    return [d.code for d in diagnostics]


def covered(text: str, d: t.Diagnostic) -> str:
    return text[offset(text, d.range.start) : offset(text, d.range.end)]


@pytest.fixture
def editor(client: LanguageClient, tmp_path: Path) -> Editor:
    editor = Editor(client, tmp_path)
    editor.configure()
    return editor


# -- diagnostics -------------------------------------------------------------------------


async def test_open_publishes_diagnostics(editor: Editor) -> None:
    uri = editor.open("story.txt", STORY)
    (d,) = await editor.diagnostics(uri)
    assert d.code == "WL202"
    assert d.source == "wirelint"
    assert d.severity == t.DiagnosticSeverity.Error
    assert covered(STORY, d) == "TK"
    assert d.range.start == t.Position(2, 57)
    assert d.data == {"rule": "placeholder-text", "see": "wirelint rule WL202", "fixable": False}


async def test_clean_story_publishes_empty_list(editor: Editor) -> None:
    uri = editor.open("clean.txt", CLEAN)
    assert await editor.diagnostics(uri) == []


async def test_change_updates_diagnostics(editor: Editor) -> None:
    uri = editor.open("story.txt", STORY)
    assert codes(await editor.diagnostics(uri)) == ["WL202"]
    editor.replace(uri, "TK soldiers", "89 soldiers")
    assert await editor.diagnostics(uri) == []
    editor.replace(uri, "at midnight", "at XXX")
    (d,) = await editor.diagnostics(uri)
    assert covered(editor.texts[uri], d) == "XXX"


async def test_burst_of_edits_lints_only_the_latest_text(
    patient_client: LanguageClient, tmp_path: Path
) -> None:
    client = patient_client
    editor = Editor(client, tmp_path)
    editor.configure()
    published: list[tuple[int | None, list[str]]] = []
    features = client.protocol.fm.features
    original = features[t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]

    def record(params: t.PublishDiagnosticsParams) -> None:  # pygls binds the client
        published.append((params.version, [d.message for d in params.diagnostics]))
        original(params)

    features[t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = record
    uri = editor.open("story.txt", CLEAN)
    await editor.diagnostics(uri)
    published.clear()
    # Typing "XXX" one key at a time, well inside the debounce.
    editor.replace(uri, "at midnight", "at X")
    editor.replace(uri, "at X", "at XX")
    editor.replace(uri, "at XX", "at XXX")
    final = editor.versions[uri]
    (d,) = await editor.diagnostics(uri)
    assert covered(editor.texts[uri], d) == "XXX"
    assert [v for v, _ in published] == [final]


async def test_save_lints_again(editor: Editor) -> None:
    uri = editor.open("story.txt", STORY)
    await editor.diagnostics(uri)
    editor.save(uri)
    assert codes(await editor.diagnostics(uri)) == ["WL202"]


async def test_positions_are_utf16_code_units(editor: Editor) -> None:
    text = (
        "Minister hails “historic” deal — officials\n"
        "\n"
        "LONDON, Jan 4 (Reuters) - “It’s done” — the minister 🎉 said TK times.\n"
        "\n"
        "Officials said the deal was signed.\n"
    )
    uri = editor.open("unicode.txt", text)
    (d,) = await editor.diagnostics(uri)
    line = text.split("\n")[2]
    chars = line.index("TK")
    assert chars == 60  # em dash, curly quotes: one code unit each; the emoji: two
    assert d.range == t.Range(t.Position(2, chars + 1), t.Position(2, chars + 3))
    assert covered(text, d) == "TK"


async def test_crlf_story(editor: Editor) -> None:
    text = STORY.replace("\n", "\r\n")
    uri = editor.open("crlf.txt", text)
    (d,) = await editor.diagnostics(uri)
    assert d.range.start == t.Position(2, 57)


async def test_notes_become_related_information(editor: Editor) -> None:
    uri = editor.open("portal.txt", PORTAL)
    found = await editor.diagnostics(uri)
    assert codes(found) == ["WL201", "WL201"]
    first = found[0]
    assert covered(PORTAL, first) == "Portal"
    assert first.related_information is not None
    (note,) = first.related_information
    assert note.location.uri == uri
    assert note.location.range.start.line == 4
    assert "credit line" in note.message


# -- hover and code actions ----------------------------------------------------------------


async def test_hover_on_a_diagnostic_shows_the_rule_doc(
    client: LanguageClient, editor: Editor
) -> None:
    uri = editor.open("story.txt", STORY)
    (d,) = await editor.diagnostics(uri)
    inside = t.Position(d.range.start.line, d.range.start.character + 1)
    hover = await client.text_document_hover_async(
        t.HoverParams(t.TextDocumentIdentifier(uri=uri), inside)
    )
    assert hover is not None
    assert isinstance(hover.contents, t.MarkupContent)
    assert hover.contents.kind == t.MarkupKind.Markdown
    assert hover.contents.value.startswith("**WL202** `placeholder-text`")
    assert "What it does" in hover.contents.value
    assert "wirelint rule WL202" in hover.contents.value
    assert hover.range == d.range
    elsewhere = await client.text_document_hover_async(
        t.HoverParams(t.TextDocumentIdentifier(uri=uri), t.Position(4, 3))
    )
    assert elsewhere is None


async def actions_at(
    client: LanguageClient, uri: str, d: t.Diagnostic, only: list[str] | None = None
) -> list[t.CodeAction]:
    result = await client.text_document_code_action_async(
        t.CodeActionParams(
            text_document=t.TextDocumentIdentifier(uri=uri),
            range=d.range,
            context=t.CodeActionContext(diagnostics=[d], only=only),  # type: ignore[arg-type]
        )
    )
    assert result is not None
    return [a for a in result if isinstance(a, t.CodeAction)]


async def test_code_action_applies_a_safe_fix(client: LanguageClient, editor: Editor) -> None:
    editor.configure('brand = "Reuters"\n')
    uri = editor.open("portal.txt", PORTAL)
    first, _ = await editor.diagnostics(uri, lambda ds: len(ds) == 2)
    actions = await actions_at(client, uri, first)
    titles = [a.title for a in actions]
    assert titles[0] == "Use the brand `Reuters`"
    fix = actions[0]
    assert fix.kind == t.CodeActionKind.QuickFix
    assert fix.is_preferred
    assert fix.diagnostics is not None and fix.diagnostics[0].code == "WL201"
    assert "Ignore WL201 in this paragraph" in titles
    assert "Ignore WL201 in this story" in titles
    editor.apply(uri, fix.edit)
    (left,) = await editor.diagnostics(uri, lambda ds: len(ds) == 1)
    assert "LONDON, Jan 4 (Reuters) -" in editor.texts[uri]
    assert left.range.start.line == 4


async def test_fix_all_applies_every_safe_fix(client: LanguageClient, editor: Editor) -> None:
    editor.configure('brand = "Reuters"\n')
    uri = editor.open("portal.txt", PORTAL)
    first, _ = await editor.diagnostics(uri, lambda ds: len(ds) == 2)
    (fix_all,) = await actions_at(client, uri, first, only=[t.CodeActionKind.SourceFixAll])
    assert fix_all.kind == "source.fixAll.wirelint"
    editor.apply(uri, fix_all.edit)
    assert await editor.diagnostics(uri) == []
    assert editor.texts[uri].count("Reuters") == 2


async def test_unsafe_fix_says_so_and_is_not_preferred(
    client: LanguageClient, editor: Editor
) -> None:
    text = STORY.replace("MOSCOW", "moscow").replace("TK soldiers", "89 soldiers")
    uri = editor.open("city.txt", text)
    (d,) = await editor.diagnostics(uri)
    assert d.code == "WL304"
    actions = await actions_at(client, uri, d)
    fix = actions[0]
    assert "unsafe" in fix.title
    assert not fix.is_preferred


@pytest.mark.parametrize("scope", ["paragraph", "story"])
async def test_ignore_action_inserts_a_suppression_comment(
    client: LanguageClient, editor: Editor, scope: str
) -> None:
    uri = editor.open("story.txt", STORY)
    (d,) = await editor.diagnostics(uri)
    actions = await actions_at(client, uri, d)
    (ignore,) = [a for a in actions if a.title == f"Ignore WL202 in this {scope}"]
    editor.apply(uri, ignore.edit)
    assert await editor.diagnostics(uri) == []
    directive = "ignore" if scope == "paragraph" else "ignore-file"
    assert f"<!-- wirelint: {directive} WL202 -->" in editor.texts[uri]
    # The suppression holds for this paragraph only: a new placeholder elsewhere is reported.
    if scope == "paragraph":
        editor.replace(uri, "at midnight", "at XXX")
        (again,) = await editor.diagnostics(uri)
        assert covered(editor.texts[uri], again) == "XXX"


async def test_ignore_action_in_a_bullet_list(client: LanguageClient, editor: Editor) -> None:
    text = (
        "Minister hails deal\n"
        "\n"
        "- The deal was signed on Monday\n"
        "- It covers TK workers\n"
        "\n"
        "LONDON, Jan 4 (Reuters) - The minister said the deal was done.\n"
    )
    uri = editor.open("bullets.txt", text)
    (d,) = await editor.diagnostics(uri)
    actions = await actions_at(client, uri, d)
    (ignore,) = [a for a in actions if a.title == "Ignore WL202 in this bullet list"]
    editor.apply(uri, ignore.edit)
    assert await editor.diagnostics(uri) == []


# -- configuration -------------------------------------------------------------------------


async def test_reads_the_workspace_config(editor: Editor) -> None:
    editor.configure('ignore = ["WL202"]\n', "desk/pyproject.toml")
    quiet = editor.open("desk/story.txt", STORY)
    loud = editor.open("story.txt", STORY)
    assert await editor.diagnostics(quiet) == []
    assert codes(await editor.diagnostics(loud)) == ["WL202"]


async def test_asks_the_client_to_watch_config_files(client: LanguageClient) -> None:
    registrations: list[t.Registration] = client.registrations  # type: ignore[attr-defined]
    for _ in range(200):
        if registrations:
            break
        await asyncio.sleep(0.05)
    (registration,) = registrations
    assert registration.method == t.WORKSPACE_DID_CHANGE_WATCHED_FILES
    options = registration.register_options
    watchers = options["watchers"] if isinstance(options, dict) else options.watchers  # type: ignore[union-attr]
    globs = [w["globPattern"] if isinstance(w, dict) else w.glob_pattern for w in watchers]
    assert globs == ["**/*.toml"]


async def test_saving_a_config_file_relints_open_stories(editor: Editor) -> None:
    uri = editor.open("story.txt", STORY)
    assert codes(await editor.diagnostics(uri)) == ["WL202"]
    config = editor.configure('ignore = ["WL202"]\n')
    editor.client.diagnostics.pop(uri, None)
    editor.client.text_document_did_save(
        t.DidSaveTextDocumentParams(t.TextDocumentIdentifier(uri=config.as_uri()))
    )
    assert await editor.diagnostics(uri) == []


async def test_config_change_relints_open_stories(editor: Editor) -> None:
    uri = editor.open("story.txt", STORY)
    assert codes(await editor.diagnostics(uri)) == ["WL202"]
    editor.configure('ignore = ["WL202"]\n')
    editor.client.diagnostics.pop(uri, None)
    editor.files_changed(".wirelint.toml")
    assert await editor.diagnostics(uri) == []
    # An editor that watches no files: the next edit notices the config changed.
    editor.configure('ignore = ["WL3"]\n')
    editor.replace(uri, "at midnight", "at noon")
    assert codes(await editor.diagnostics(uri)) == ["WL202"]


async def test_broken_config_is_shown_and_recovers(editor: Editor) -> None:
    uri = editor.open("story.txt", STORY)
    await editor.diagnostics(uri)
    config = editor.configure('brand = "Reuters"\nignor = ["WL3"]\n')
    editor.files_changed(".wirelint.toml")
    (problem,) = await editor.diagnostics(uri, lambda ds: codes(ds) == ["config"])
    assert problem.severity == t.DiagnosticSeverity.Error
    assert "`ignor`: unknown key (did you mean `ignore`?)" in problem.message
    assert problem.related_information is not None
    assert problem.related_information[0].location.uri == config.as_uri()
    assert problem.related_information[0].location.range.start.line == 2
    # The config file itself carries the error, and a window message says it once.
    (on_config,) = await editor.diagnostics(config.as_uri())
    assert on_config.range.start.line == 2
    assert any("ignor" in m.message for m in editor.client.messages)
    # Fixed: the story is linted again and the config file's diagnostic is cleared.
    editor.configure('brand = "Reuters"\nignore = ["WL3"]\n')
    editor.files_changed(".wirelint.toml")
    assert codes(await editor.diagnostics(uri, lambda ds: codes(ds) != ["config"])) == ["WL202"]
    assert await editor.diagnostics(config.as_uri(), lambda ds: not ds) == []


@pytest.mark.parametrize(
    ("content", "problem_text", "line"),
    [
        (SELECT.encode() + b"brand = \n", "not valid TOML", 1),
        (SELECT.encode() + 'brand = "Agence Fran\u00e7aise"\n'.encode("latin-1"), "cannot read", 0),
    ],
    ids=["not-toml", "not-utf8"],
)
async def test_unreadable_config_is_shown_and_recovers(
    editor: Editor, content: bytes, problem_text: str, line: int
) -> None:
    uri = editor.open("story.txt", STORY)
    await editor.diagnostics(uri)
    config = editor.write(".wirelint.toml", content)
    editor.files_changed(".wirelint.toml")
    (problem,) = await editor.diagnostics(uri, lambda ds: codes(ds) == ["config"])
    assert problem_text in problem.message
    (on_config,) = await editor.diagnostics(config.as_uri())
    assert on_config.range.start.line == line
    editor.configure('brand = "Reuters"\n')
    editor.files_changed(".wirelint.toml")
    assert codes(await editor.diagnostics(uri, lambda ds: codes(ds) != ["config"])) == ["WL202"]


async def test_pack_with_a_bad_regex_is_shown_and_recovers(editor: Editor) -> None:
    editor.configure('packs = ["desk.toml"]\n')
    pack = editor.write(
        "desk.toml",
        "[placeholder-patterns.desk-marks]\npattern = '(CHECK'\nmessage = \"desk mark\"\n",
    )
    uri = editor.open("story.txt", STORY.replace("at midnight", "at CHECK"))
    (problem,) = await editor.diagnostics(uri)
    assert problem.code == "pack"
    assert "bad regular expression" in problem.message
    assert problem.related_information is not None
    assert problem.related_information[0].location.uri == pack.as_uri()
    assert any("bad regular expression" in m.message for m in editor.client.messages)
    editor.write(
        "desk.toml",
        "[placeholder-patterns.desk-marks]\npattern = '\\bCHECK\\b'\nmessage = \"desk mark\"\n",
    )
    editor.files_changed("desk.toml")
    found = await editor.diagnostics(uri, lambda ds: "pack" not in codes(ds))
    assert [covered(editor.texts[uri], d) for d in found] == ["TK", "CHECK"]


async def test_crashing_rule_is_shown_and_recovers(editor: Editor) -> None:
    # A desk pack whose pattern backtracks without end on this story: WL202 raises when
    # the pattern runs out of time. The problem is shown, the other rules still run, and
    # the story is checked again when the pack is fixed.
    editor.configure('packs = ["desk.toml"]\n')
    editor.write(
        "desk.toml",
        "[placeholder-patterns.desk-marks]\npattern = '(a|aa)+NEEDSFACT'\n"
        'message = "desk mark"\n',
    )
    text = PORTAL.replace("the deal was done", "NEEDSFACT deals were done " + "a" * 60)
    uri = editor.open("story.txt", text)
    found = await editor.diagnostics(uri)
    problems = [d for d in found if d.code in ("crash", "pack")]
    assert len(problems) == 1, found
    problem = problems[0]
    assert "WL202" in problem.message and "desk-marks" in problem.message
    assert "desk.toml" in problem.message
    assert codes(found).count("WL201") == 2
    editor.write(
        "desk.toml",
        "[placeholder-patterns.desk-marks]\npattern = 'CHECKME|NEEDSFACT'\n"
        'message = "desk mark"\n',
    )
    editor.files_changed("desk.toml")
    found = await editor.diagnostics(uri, lambda ds: not {"crash", "pack"} & set(codes(ds)))
    assert sorted(codes(found)) == ["WL201", "WL201", "WL202"]


async def test_undecodable_file_is_shown_and_recovers(editor: Editor) -> None:
    raw = STORY.replace("ministry said", "ministère said").encode("latin-1")
    editor.write("latin.txt", raw)
    # The editor shows the bad byte as U+FFFD, as editors do.
    uri = editor.open("latin.txt", raw.decode("utf-8", errors="replace"), on_disk=False)
    found = await editor.diagnostics(uri)
    assert codes(found) == ["input", "WL202"]
    assert "not valid UTF-8" in found[0].message
    assert found[0].range.start.line == 2
    assert found[0].severity == t.DiagnosticSeverity.Warning
    # Re-saved as UTF-8: the warning goes.
    editor.replace(uri, "minist\ufffdre", "ministère")
    await editor.diagnostics(uri)
    editor.save(uri)
    assert codes(await editor.diagnostics(uri)) == ["WL202"]


async def test_closing_clears_diagnostics(editor: Editor) -> None:
    uri = editor.open("story.txt", STORY)
    await editor.diagnostics(uri)
    editor.client.diagnostics.pop(uri, None)
    editor.client.text_document_did_close(
        t.DidCloseTextDocumentParams(t.TextDocumentIdentifier(uri=uri))
    )
    assert await editor.diagnostics(uri) == []


async def test_untitled_buffer_is_linted(editor: Editor) -> None:
    uri = "untitled:Untitled-1"
    editor.texts[uri] = STORY
    editor.versions[uri] = 1
    editor.client.text_document_did_open(
        t.DidOpenTextDocumentParams(
            t.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=STORY)
        )
    )
    assert codes(await editor.diagnostics(uri)) == ["WL202"]


async def test_files_the_desk_does_not_lint_get_no_findings(editor: Editor) -> None:
    editor.configure('exclude = ["archive"]\n')
    archived = editor.open("archive/old.txt", STORY)
    notes = editor.open("notes.rst", STORY)  # not in `include` (*.txt, *.md)
    assert await editor.diagnostics(archived) == []
    assert await editor.diagnostics(notes) == []


async def test_story_over_the_size_limit_is_not_linted(editor: Editor) -> None:
    editor.configure("max-file-size = 100\n")
    uri = editor.open("story.txt", STORY)
    (problem,) = await editor.diagnostics(uri)
    assert problem.code == "input"
    assert "too large to be a story" in problem.message
