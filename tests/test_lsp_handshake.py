"""`wirelint lsp` answers `initialize` before pygls loads: the answer must be pygls' own.

The early answer (wirelint/lsp/handshake.py) is a constant; these tests keep it equal to
what pygls computes from the server's registered features, and check on the wire that
the client gets exactly one answer.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from wirelint.lsp.handshake import DropResponse, Replay, frame, initialize_result, read_message

RICH_CLIENT: dict[str, Any] = {
    "general": {"positionEncodings": ["utf-8", "utf-16", "utf-32"]},
    "textDocument": {
        "synchronization": {"willSave": True, "willSaveWaitUntil": True, "didSave": True},
        "publishDiagnostics": {"relatedInformation": True},
        "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix"]}}},
    },
    "workspace": {
        "workspaceFolders": True,
        "didChangeWatchedFiles": {"dynamicRegistration": True},
        "workspaceEdit": {"documentChanges": True},
    },
}


def _initialize(capabilities: dict[str, Any]) -> dict[str, Any]:
    return {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {"processId": None, "rootUri": None, "capabilities": capabilities},
    }


def _meaningful(value: Any) -> Any:
    """Drop what says nothing (false, empty): clients read absent and false alike."""
    if isinstance(value, dict):
        out = {k: _meaningful(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in (False, None, {})}
    if isinstance(value, list):
        return [_meaningful(v) for v in value]
    return value


def _pygls_answer(capabilities: dict[str, Any]) -> dict[str, Any]:
    from wirelint.lsp.server import build

    server = build()
    sent: list[bytes] = []

    class Capture:
        def write(self, data: bytes) -> None:
            sent.append(data)

        def close(self) -> None:
            pass

    protocol = server.protocol
    protocol.set_writer(Capture())
    message = json.loads(
        json.dumps(_initialize(capabilities)), object_hook=protocol.structure_message
    )
    protocol.handle_message(message)
    (data,) = sent
    answer: dict[str, Any] = json.loads(data.partition(b"\r\n\r\n")[2])
    return answer


@pytest.mark.parametrize("capabilities", [{}, RICH_CLIENT], ids=["bare", "rich"])
def test_early_answer_is_what_pygls_would_say(capabilities: dict[str, Any]) -> None:
    answer = _pygls_answer(capabilities)
    assert answer["id"] == 1
    assert _meaningful(answer["result"]) == _meaningful(initialize_result())


def test_early_answer_speaks_utf16() -> None:
    assert initialize_result()["capabilities"]["positionEncoding"] == "utf-16"
    assert _pygls_answer(RICH_CLIENT)["result"]["capabilities"]["positionEncoding"] == "utf-16"


def test_one_answer_on_the_wire() -> None:
    messages = [
        _initialize(RICH_CLIENT),
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "id": 2, "method": "shutdown"},
        {"jsonrpc": "2.0", "method": "exit"},
    ]
    stdin = b"".join(frame(m) for m in messages)
    done = subprocess.run(
        [sys.executable, "-m", "wirelint", "lsp"],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    out = io.BytesIO(done.stdout)
    replies = []
    while True:
        _, message = read_message(out)
        if message is None:
            break
        replies.append(message)
    answers = [m for m in replies if "id" in m and "method" not in m]
    assert [m["id"] for m in answers] == [1, 2]
    assert answers[0]["result"] == initialize_result()


def test_replay_gives_back_what_was_read() -> None:
    first = frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {}})
    second = frame({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    stream = io.BytesIO(first + second)
    raw, message = read_message(stream)
    assert raw == first
    assert message is not None and message["method"] == "initialize"
    replay = Replay(raw, stream)
    again, message = read_message(replay)  # type: ignore[arg-type]
    assert again == first
    rest, message = read_message(replay)  # type: ignore[arg-type]
    assert rest == second
    assert message is not None and message["method"] == "initialized"


def test_only_the_early_answered_response_is_dropped() -> None:
    out = io.BytesIO()
    sink = DropResponse(out, 1)
    note = frame({"jsonrpc": "2.0", "method": "window/logMessage", "params": {}})
    sink.write(note)
    sink.write(frame({"jsonrpc": "2.0", "id": 1, "result": {}}))
    later = frame({"jsonrpc": "2.0", "id": 1, "result": None})
    sink.write(later)
    assert out.getvalue() == note + later


def test_check_never_imports_pygls(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Head\n\nLONDON, Jan 4 (Reuters) - The toll was TK.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from wirelint.cli import main\n"
        f"main(['check', {str(story)!r}])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
