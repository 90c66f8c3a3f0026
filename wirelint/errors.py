"""Errors that stop a file or a run, each with a one-line message for the user."""

from __future__ import annotations


class WirelintError(Exception):
    """Base: the message is what the user reads after ``wirelint: error:``."""


class InputError(WirelintError):
    """A story that cannot be read as text (missing, binary, undecodable, empty, too large)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ConfigError(WirelintError):
    """A configuration file or value that is wrong; names the file and the key."""


class PackError(WirelintError):
    """A rule pack that does not load; names the file, line and key."""

    def __init__(self, path: str, line: int | None, key: str | None, problem: str) -> None:
        where = path if line is None else f"{path}:{line}"
        what = f"`{key}`: {problem}" if key else problem
        super().__init__(f"{where}: {what}")
        self.path = path
        self.line = line
        self.key = key
