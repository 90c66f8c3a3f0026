"""``--format github``: workflow commands the Actions runner parses back to exactly our text.

``parse_command`` and ``validate_lines_and_columns`` follow the runner's own
``ActionCommand.TryParseV2`` and ``IssueCommandExtension.ValidateLinesAndColumns``
(actions/runner, src/Runner.Worker/ActionCommandManager.cs): properties are split on
``,`` and ``=``, then unescaped ``%0D`` ``%0A`` ``%3A`` ``%2C`` and last ``%25``; the
data after the first ``::`` is unescaped ``%0D`` ``%0A`` then ``%25``; columns are
dropped when ``line`` and ``endLine`` differ.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from wirelint.diagnostics import Diagnostic, Note, Severity
from wirelint.document.positions import LineIndex
from wirelint.document.span import Span
from wirelint.output import FileReport, RenderOptions
from wirelint.output.github import render_github

COMMANDS = {"error", "warning", "notice"}
TK_SPAN = Span(24, 26)

TEXT = "Head line\n\nThe toll was TK on Monday, officials said.\nA second line.\n"


def _unescape(text: str, mappings: list[tuple[str, str]]) -> str:
    for token, replacement in mappings:
        text = text.replace(replacement, token)
    return text


_PROPERTY = [("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C"), ("%", "%25")]
_DATA = [("\r", "%0D"), ("\n", "%0A"), ("%", "%25")]


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """One workflow command line as the runner reads it: (command, properties, data)."""
    message = line.lstrip()
    assert message.startswith("::"), line
    end = message.index("::", 2)
    info = message[2:end]
    name, _, props = info.partition(" ")
    assert name in COMMANDS, name
    properties = {}
    for item in (p for p in props.strip().split(",") if p):
        key, sep, value = item.partition("=")
        if sep and key and value:
            properties[key] = _unescape(value, _PROPERTY)
    return name, properties, _unescape(message[end + 2 :], _DATA)


def validate_lines_and_columns(props: dict[str, str]) -> dict[str, str]:
    """The runner's clean-up of an annotation's position (what survives of it)."""
    out = dict(props)
    if "line" in out and "endLine" in out and out["line"] != out["endLine"]:
        out.pop("col", None)
        out.pop("endColumn", None)
    return out


def commands_for(
    diagnostics: list[Diagnostic], text: str = TEXT
) -> list[tuple[str, dict[str, str], str]]:
    report = FileReport(diagnostics[0].path or "-", LineIndex(text), diagnostics)
    output = render_github([report], RenderOptions())
    assert output.endswith("\n")
    lines = output.splitlines()
    assert len(lines) == len(diagnostics)  # one physical line per annotation, always
    return [parse_command(line) for line in lines]


def diag(
    message: str = "placeholder left in the copy",
    *,
    span: Span = TK_SPAN,
    path: str = "story.txt",
    severity: Severity = Severity.ERROR,
    code: str = "WL202",
    rule: str = "placeholder-text",
) -> Diagnostic:
    return Diagnostic(code, rule, severity, message, span, path=path)


def test_plain_annotation_has_file_position_and_title() -> None:
    [(name, props, data)] = commands_for([diag()])
    assert name == "error"
    assert props == {
        "file": "story.txt",
        "line": "3",
        "col": "14",
        "endLine": "3",
        "endColumn": "16",
        "title": "WL202 placeholder-text",
    }
    assert data == "placeholder left in the copy"
    assert TEXT.splitlines()[2][13:15] == "TK"


@pytest.mark.parametrize(
    "message",
    [
        "100% sure: `TK`, said the desk",
        "first line\nsecond line",
        "carriage\rreturn and CRLF\r\n end",
        "a literal %0A and %25 and %3A stay literal",
        "double colons :: in the message",
        "trailing percent %",
    ],
)
def test_message_round_trips_through_the_runner(message: str) -> None:
    [(_, _, data)] = commands_for([diag(message)])
    assert data == message


@pytest.mark.parametrize(
    "path",
    [
        "desk/Kyiv, Ukraine.txt",
        "C:\\stories\\flood.txt",
        "odd/100%/a=b.md",
        "new\nline.txt",
        "colon:comma,percent%25.txt",
    ],
)
def test_file_property_round_trips(path: str) -> None:
    [(_, props, _)] = commands_for([diag(path=path)])
    assert props["file"] == path
    assert props["title"] == "WL202 placeholder-text"


def test_severities_map_to_workflow_commands() -> None:
    found = commands_for(
        [
            diag(severity=Severity.ERROR),
            diag(severity=Severity.WARNING),
            diag(severity=Severity.INFO),
        ]
    )
    assert [name for name, _, _ in found] == ["error", "warning", "notice"]


def test_notes_do_not_break_the_one_line_rule() -> None:
    d = Diagnostic(
        "WL301",
        "headline-repeated",
        Severity.WARNING,
        "headline given twice",
        Span(0, 9),
        notes=(Note(Span(11, 14), "the first\nheadline"),),
        path="story.txt",
    )
    [(name, props, data)] = commands_for([d])
    assert (name, props["line"], data) == ("warning", "1", "headline given twice")


def test_multi_line_span_sends_no_columns_the_runner_would_drop() -> None:
    span = Span(TEXT.index("TK"), TEXT.index("second"))
    [(_, props, _)] = commands_for([diag(span=span)])
    assert (props["line"], props["endLine"]) == ("3", "4")
    assert props == validate_lines_and_columns(props)


def test_cli_github_format_is_one_command_per_finding(chdir_tmp: Path) -> None:
    Path("a, b.txt").write_text(TEXT, encoding="utf-8")
    r = run_cli("check", "--format", "github", "--select", "WL202", "a, b.txt")
    assert r.code == 1
    [(name, props, data)] = [parse_command(line) for line in r.out.splitlines()]
    assert name == "error" and props["file"] == "a, b.txt" and props["line"] == "3"
    assert "placeholder" in data
