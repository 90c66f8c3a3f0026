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


#: Import name -> distribution name, for the packages wirelint installs.
PACKAGES = {
    "spellchecker": "pyspellchecker",
    "regex": "regex",
    "rapidfuzz": "rapidfuzz",
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
