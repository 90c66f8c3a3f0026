"""How fast `wirelint lsp` answers: cold start to `initialize`, and an edit to new diagnostics.

Targets (issue 7): a cold `wirelint lsp` answers `initialize` within 0.5 s, and after an
edit to a 1,500-word story the new diagnostics are published within 30 ms (median,
excluding the debounce).

The client is a plain JSON-RPC loop over the server's stdin/stdout, so the numbers are
the server's, not a client library's. The edit timing runs the server with
``initializationOptions = {"debounce": 0}``: the time from sending ``didChange`` to
reading the ``publishDiagnostics`` for that version. A second run with the default
150 ms debounce is reported with the debounce subtracted, as a check.

    python benchmarks/lsp_bench.py [--runs 10] [--edits 40] [--story PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "makiivka-portal.txt"
WORDS = 1500
DEFAULT_DEBOUNCE_MS = 150


def frame(payload: dict[str, Any]) -> bytes:
    body = json.dumps(payload).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Server:
    def __init__(self, command: list[str], cwd: str) -> None:
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=cwd,
        )
        self.next_id = 1

    def send(self, payload: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(frame(payload))
        self.proc.stdin.flush()

    def request(self, method: str, params: Any) -> int:
        msg_id = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params})
        return msg_id

    def notify(self, method: str, params: Any) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def read(self) -> dict[str, Any]:
        out = self.proc.stdout
        assert out is not None
        length = 0
        while True:
            line = out.readline()
            if not line:
                raise RuntimeError("the server closed its output")
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
            if not line.strip():
                break
        message: dict[str, Any] = json.loads(out.read(length))
        return message

    def wait_response(self, msg_id: int) -> dict[str, Any]:
        while True:
            m = self.read()
            if m.get("id") == msg_id and "method" not in m:
                return m

    def wait_diagnostics(self, uri: str, version: int) -> dict[str, Any]:
        while True:
            m = self.read()
            if m.get("method") == "textDocument/publishDiagnostics":
                params = m["params"]
                if params["uri"] == uri and params.get("version") == version:
                    return m

    def initialize(self, root: Path, debounce: int | None) -> float:
        """Send initialize; seconds from process start to the answer."""
        options = {} if debounce is None else {"debounce": debounce}
        msg_id = self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": root.as_uri(),
                "capabilities": {},
                "initializationOptions": options,
            },
        )
        self.wait_response(msg_id)
        elapsed = time.perf_counter() - self.started
        self.notify("initialized", {})
        return elapsed

    def close(self) -> None:
        try:
            msg_id = self.request("shutdown", None)
            self.wait_response(msg_id)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()
            self.proc.wait()


def story_of(words: int, source: Path) -> str:
    """The example story, its body paragraphs repeated until it has ``words`` words."""
    text = source.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if len(p.split()) > 25]
    out = text.rstrip("\n")
    i = 0
    while len(out.split()) < words:
        out = out.replace(
            "\n\nReporting by", f"\n\n{paragraphs[i % len(paragraphs)]}\n\nReporting by", 1
        )
        i += 1
    return out + "\n"


def position(text: str, at: int) -> dict[str, int]:
    line = text.count("\n", 0, at)
    start = text.rfind("\n", 0, at) + 1
    return {"line": line, "character": len(text[start:at].encode("utf-16-le")) // 2}


def server_command() -> list[str]:
    exe = shutil.which("wirelint", path=str(Path(sys.executable).parent))
    return [exe, "lsp"] if exe else [sys.executable, "-m", "wirelint", "lsp"]


def cold_start(runs: int, root: Path) -> list[float]:
    times = []
    for _ in range(runs):
        s = Server(server_command(), str(root))
        times.append(s.initialize(root, None))
        s.close()
    return times


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process (Linux), to see past a busy machine."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def edits(
    text: str, root: Path, count: int, debounce: int | None
) -> tuple[float, list[float], float | None]:
    """(seconds to the first diagnostics, per-edit latencies, mean server CPU per edit)."""
    path = root / "story.txt"
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    s = Server(server_command(), str(root))
    s.initialize(root, debounce)
    opened = time.perf_counter()
    s.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}},
    )
    s.wait_diagnostics(uri, 1)
    first = time.perf_counter() - opened
    # Edit a word in the middle of the story, back and forth, as a reporter types.
    at = text.index(" ", len(text) // 2) + 1
    word_end = text.index(" ", at)
    original, other = text[at:word_end], "TK"
    current = original
    latencies = []
    cpu_before = cpu_seconds(s.proc.pid)
    for i in range(count):
        new = other if current == original else original
        end = at + len(current)
        version = i + 2
        change = {"range": {"start": position(text, at), "end": position(text, end)}, "text": new}
        t0 = time.perf_counter()
        s.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]},
        )
        s.wait_diagnostics(uri, version)
        latencies.append(time.perf_counter() - t0)
        text = text[:at] + new + text[end:]
        current = new
    cpu_after = cpu_seconds(s.proc.pid)
    cpu = None if cpu_before is None or cpu_after is None else (cpu_after - cpu_before) / count
    s.close()
    return first, latencies, cpu


def in_process(text: str, runs: int) -> tuple[float, float]:
    sys.path.insert(0, str(REPO))
    from wirelint.config import Config
    from wirelint.engine import lint_text

    lint_text(text, Config(), "story.txt")
    times, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        lint_text(text, Config(), "story.txt")
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(times), statistics.median(cpu)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=10, help="cold starts to time")
    ap.add_argument("--edits", type=int, default=40, help="edits to time")
    ap.add_argument("--story", type=Path, default=EXAMPLE, help="story to pad to 1,500 words")
    args = ap.parse_args()

    text = story_of(WORDS, args.story)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        print(f"server: {' '.join(server_command())}")
        print(f"story: {len(text.split())} words, {len(text)} characters (from {args.story.name})")

        cold = cold_start(args.runs, root)
        cold_median = statistics.median(cold)
        print(
            f"cold start -> initialize answered: median {ms(cold_median)}, "
            f"max {ms(max(cold))} over {len(cold)} runs  (target 500 ms: "
            f"{'ok' if cold_median <= 0.5 else 'MISSED'}, {cold_median / 0.5:.2f}x of budget)"
        )

        first, lat, cpu = edits(text, root, args.edits, debounce=0)
        med = statistics.median(lat)
        p90 = sorted(lat)[int(0.9 * (len(lat) - 1))]
        print(f"didOpen -> first diagnostics (incl. loading rules): {ms(first)}")
        print(
            f"didChange -> publishDiagnostics, debounce 0: median {ms(med)}, p90 {ms(p90)}, "
            f"max {ms(max(lat))} over {len(lat)} edits  (target 30 ms: "
            f"{'ok' if med <= 0.030 else 'MISSED'}, {med / 0.030:.2f}x of budget)"
        )

        if cpu is not None:
            print(f"server CPU time per edit (mean; what a quiet machine would take): {ms(cpu)}")
        _, lat150, _ = edits(text, root, max(args.edits // 4, 5), debounce=None)
        med150 = statistics.median(lat150) - DEFAULT_DEBOUNCE_MS / 1000
        print(
            f"didChange -> publishDiagnostics, default {DEFAULT_DEBOUNCE_MS} ms debounce, "
            f"debounce subtracted: median {ms(med150)} over {len(lat150)} edits"
        )
    wall, cpu_engine = in_process(text, 20)
    print(
        f"engine alone (lint_text, same story, in process): median {ms(wall)}, CPU {ms(cpu_engine)}"
    )
    print(f"machine load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
