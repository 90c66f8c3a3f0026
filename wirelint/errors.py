"""Errors that stop a file or a run, each with a one-line message for the user."""

from __future__ import annotations

from typing import Literal


class WirelintError(Exception):
    """Base: the message is what the user reads after ``wirelint: error:``."""


#: Why a story could not be read, for code that must tell the cases apart (the language
#: server stays quiet about a buffer not saved yet, but not about a FIFO).
InputReason = Literal[
    "missing",
    "directory",
    "not-a-file",
    "loop",
    "too-large",
    "binary",
    "encoding",
    "empty",
    "unreadable",
    "write",
]


class InputError(WirelintError):
    """A story that cannot be read as text (missing, binary, undecodable, empty, too large).

    ``line`` and ``column`` (1-based) point into the story when the problem has a place
    (the first byte that does not decode).
    """

    def __init__(
        self,
        path: str,
        problem: str,
        *,
        reason: InputReason = "unreadable",
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.reason = reason
        self.line = line
        self.column = column


class _Located(WirelintError):
    """An error in a TOML file the user wrote: the file, the line and the key at fault."""

    def __init__(self, path: str | None, line: int | None, key: str | None, problem: str) -> None:
        where = path if path is None or line is None else f"{path}:{line}"
        what = f"`{key}`: {problem}" if key else problem
        super().__init__(f"{where}: {what}" if where else what)
        self.path = path
        self.line = line
        self.key = key
        self.problem = problem


class ConfigError(_Located):
    """A configuration file or value that is wrong; names the file, line and key.

    ``path`` is None for a value given on the command line.
    """


class PackError(_Located):
    """A rule pack that does not load; names the file, line and key."""

    path: str


#: Import name -> distribution name, for the packages wirelint installs.
PACKAGES = {
    "spellchecker": "pyspellchecker",
    "regex": "regex",
    "unidecode": "Unidecode",
    "lemminflect": "lemminflect",
    "pygls": "pygls",
    "lsprotocol": "lsprotocol",
    "tomli": "tomli",
}


class MissingDependency(WirelintError):
    """A package wirelint depends on is not installed in the Python running it."""

    def __init__(self, package: str) -> None:
        import sys

        super().__init__(
            f"the `{package}` package is not installed in this Python ({sys.executable}); "
            "install wirelint with pip (`pip install -e .` in a clone), which installs it"
        )
        self.package = package

    @classmethod
    def from_import(cls, exc: ModuleNotFoundError) -> MissingDependency | None:
        """The missing dependency behind an import error; None for any other module."""
        top = (exc.name or "").partition(".")[0]
        package = PACKAGES.get(top)
        return cls(package) if package is not None else None
