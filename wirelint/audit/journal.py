"""The audit's journal, kept next to its output: what is done, so a rerun resumes.

``findings.jsonl`` gets one JSON object per finding; ``findings.jsonl.state`` one line
per finished chunk of stories: each story's path, words, date, folder counts, error,
and the size the output had once the chunk's findings were in it. A run cut off
between the two writes leaves findings the journal does not know: the next run cuts the
output back to the size the journal last recorded, and audits those stories again, so
no finding is written twice and none is lost.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from wirelint.errors import WirelintError

STATE_SUFFIX = ".state"


@dataclass
class Journal:
    output: Path
    #: Paths of the stories done; their records stay on disk (``stories``), so an archive
    #: of millions costs the client a set of paths, not a record per story.
    done: set[str]
    _out: IO[str] | None = None
    _state: IO[str] | None = None

    @property
    def state_path(self) -> Path:
        return state_path(self.output)

    def __enter__(self) -> Journal:
        self._out = self.output.open("a", encoding="utf-8")
        self._state = self.state_path.open("a", encoding="utf-8")
        return self

    def __exit__(self, *exc: object) -> None:
        for fh in (self._out, self._state):
            if fh is not None:
                fh.close()

    def record(self, stories: Iterable[dict[str, Any]]) -> None:
        """Write a chunk's findings, then the journal line that says they are in."""
        assert self._out is not None and self._state is not None
        stories = list(stories)
        for story in stories:
            for finding in story["findings"]:
                self._out.write(json.dumps(finding, ensure_ascii=False) + "\n")
            if story.get("error"):
                self._out.write(json.dumps(error_object(story), ensure_ascii=False) + "\n")
        self._out.flush()
        os.fsync(self._out.fileno())
        meta = [_meta(s) for s in stories]
        line = {"end": self._out.tell(), "stories": meta}
        self._state.write(json.dumps(line, ensure_ascii=False) + "\n")
        self._state.flush()
        os.fsync(self._state.fileno())
        self.done.update(m["path"] for m in meta)


def error_object(story: dict[str, Any]) -> dict[str, Any]:
    """A story that could not be read or linted, in the shape of a finding."""
    return {
        "path": story["path"],
        "code": "error",
        "rule": "unreadable-story" if not story["findings"] else "rule-stopped",
        "severity": "error",
        "message": story["error"],
        "line": 1,
        "column": 1,
        "end_line": 1,
        "end_column": 1,
        "notes": [],
        "fixes": [],
    }


def _meta(story: dict[str, Any]) -> dict[str, Any]:
    by_rule: dict[str, int] = {}
    for f in story["findings"]:
        by_rule[f["code"]] = by_rule.get(f["code"], 0) + 1
    return {
        "path": story["path"],
        "words": story["words"],
        "date": story["date"],
        "rules": by_rule,
        "error": story.get("error"),
    }


def write_whole(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file: a crash leaves no half file."""
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=".wirelint-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def state_path(output: Path) -> Path:
    return output.with_name(output.name + STATE_SUFFIX)


def open_journal(output: Path, *, fresh: bool = False) -> Journal:
    """The journal of an audit writing ``output``: resumed when there is one to resume."""
    if not output.parent.is_dir():
        raise WirelintError(
            f"{output}: cannot write the findings: folder {output.parent} does not exist"
        )
    state = state_path(output)
    if not fresh and not state.is_file() and output.is_file() and output.stat().st_size:
        # Not an audit's output (it has no journal): never overwrite a file we did not write.
        raise WirelintError(
            f"{output}: exists and is no audit output this command can resume "
            "(no journal beside it); remove it, choose another --output, or pass --fresh"
        )
    if fresh or not state.is_file() or not output.is_file():
        for p in (output, state):
            p.unlink(missing_ok=True)
        output.touch()
        return Journal(output, set())
    done: set[str] = set()
    end = 0
    good = 0  # bytes of the state file made of whole lines
    with state.open("rb") as fh:
        for raw in fh:
            try:
                line = json.loads(raw)
            except ValueError:
                break  # a line cut off mid-write: the chunk is done again
            end = line["end"]
            good += len(raw)
            done.update(m["path"] for m in line["stories"])
    with state.open("r+b") as fh:
        fh.truncate(good)
    with output.open("r+b") as fh:
        fh.truncate(end)
    return Journal(output, done)


def stories(output: Path) -> Iterator[dict[str, Any]]:
    """Every story's record in the journal of ``output`` (path, words, date, rules, error)."""
    with state_path(output).open(encoding="utf-8") as fh:
        for raw in fh:
            yield from json.loads(raw)["stories"]


def read_findings(output: Path) -> Iterator[dict[str, Any]]:
    with output.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)
