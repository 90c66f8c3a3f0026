"""Answer ``initialize`` before pygls is imported, so ``wirelint lsp`` starts in well under 0.5 s.

Importing pygls means importing ``lsprotocol.types``, about a thousand attrs classes:
0.25-0.4 s before a single byte could be answered. Instead the first message is
read here with the standard library, answered from :data:`CAPABILITIES` (what pygls
itself computes for this server, checked by ``tests/test_lsp_handshake.py``), and then
handed to pygls again, which sets up its state from it as usual while its own
(identical) answer is dropped. Every later message goes straight to pygls; the
client's next messages simply wait in the pipe while pygls loads.
"""

from __future__ import annotations

import io
import json
import sys
from typing import Any, BinaryIO, cast

from wirelint import __version__

#: What the server offers; must match what pygls builds from the registered features.
CAPABILITIES: dict[str, Any] = {
    "positionEncoding": "utf-16",
    "textDocumentSync": {"openClose": True, "change": 2, "save": {"includeText": False}},
    "hoverProvider": True,
    "codeActionProvider": {
        "codeActionKinds": ["quickfix", "source.fixAll.wirelint"],
        "resolveProvider": False,
    },
    "executeCommandProvider": {"commands": []},
    "workspace": {
        "workspaceFolders": {"supported": True, "changeNotifications": True},
        "fileOperations": {},
    },
}


def initialize_result() -> dict[str, Any]:
    return {
        "capabilities": CAPABILITIES,
        "serverInfo": {"name": "wirelint", "version": __version__},
    }


def frame(payload: dict[str, Any]) -> bytes:
    body = json.dumps(payload).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_message(stream: BinaryIO) -> tuple[bytes, dict[str, Any] | None]:
    """The raw bytes of the next message and its JSON (None if it cannot be parsed)."""
    raw = bytearray()
    length: int | None = None
    while True:
        line = stream.readline()
        raw += line
        if not line:
            return bytes(raw), None
        if line.lower().startswith(b"content-length:"):
            try:
                length = int(line.split(b":", 1)[1].strip())
            except ValueError:
                return bytes(raw), None
        if not line.strip():
            break
    if length is None:
        return bytes(raw), None
    body = stream.read(length)
    raw += body
    try:
        message = json.loads(body)
    except ValueError:
        return bytes(raw), None
    return bytes(raw), message if isinstance(message, dict) else None


class Replay:
    """A reader that gives back bytes already read, then continues with the stream."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        self._prefix = io.BytesIO(prefix)
        self._left = len(prefix)
        self._stream = stream

    def readline(self) -> bytes:
        if self._left:
            line = self._prefix.readline()
            self._left -= len(line)
            if not line.endswith(b"\n"):
                line += self._stream.readline()
            return line
        return self._stream.readline()

    def read(self, n: int = -1) -> bytes:
        if self._left:
            data = self._prefix.read(n)
            self._left -= len(data)
            if n < 0 or len(data) < n:
                data += self._stream.read(-1 if n < 0 else n - len(data))
            return data
        return self._stream.read(n)


class DropResponse:
    """stdout for pygls, minus its own answer to the ``initialize`` already given."""

    def __init__(self, stream: BinaryIO, msg_id: int | str | None) -> None:
        self._stream = stream
        self._id = msg_id

    def write(self, data: bytes) -> int:
        if self._id is not None:
            _, _, body = data.partition(b"\r\n\r\n")
            try:
                message = json.loads(body)
            except ValueError:
                message = None
            if (
                isinstance(message, dict)
                and message.get("id") == self._id
                and "method" not in message
            ):
                self._id = None
                if "error" in message:  # pygls disagreed with the early answer: say so
                    sys.stderr.write(f"wirelint lsp: initialize failed: {message['error']}\n")
                return len(data)
        return self._stream.write(data)

    def flush(self) -> None:
        self._stream.flush()

    def close(self) -> None:
        self._stream.close()


def run(stdin: BinaryIO, stdout: BinaryIO) -> None:
    raw, message = read_message(stdin)
    answered: int | str | None = None
    if message is not None and message.get("method") == "initialize" and "id" in message:
        answered = message["id"]
        stdout.write(frame({"jsonrpc": "2.0", "id": answered, "result": initialize_result()}))
        stdout.flush()
    from wirelint.lsp.server import main

    main(cast(BinaryIO, Replay(raw, stdin)), cast(BinaryIO, DropResponse(stdout, answered)))
