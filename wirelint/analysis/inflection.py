"""lemminflect (the English lemma and inflection tables), imported without spaCy.

When spaCy is installed, ``import lemminflect`` imports it too, only to register two
token extensions (``token._.lemma``, ``token._.inflect``) that wirelint never reads:
~2 s of CPU against ~0.15 s for lemminflect itself. A light-tier run, and every
--jobs run that loads the tables before its workers start, paid it. Here spaCy is
hidden while lemminflect is imported, so its hook finds no spaCy and registers
nothing; a spaCy already imported (the parser tier) is left as it is.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

from wirelint.analysis.lemma_tables import Lookups


class _HideSpacy:
    """An import finder that answers "not installed" for spaCy while it is in place."""

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name == "spacy" or name.startswith("spacy."):
            raise ImportError(f"{name} is not imported by wirelint's lemminflect")
        return None


def lemminflect() -> Lookups:
    """lemminflect's lookups, its lemmas and inflections of lower-case words read from
    wirelint's cache (see lemma_tables.Lookups: importing it costs numpy); raises
    ModuleNotFoundError when it is not installed."""
    global _lookups
    if _lookups is None:
        _lookups = Lookups(module)
    return _lookups


_lookups: Lookups | None = None


def module() -> ModuleType:
    """The lemminflect module; raises ModuleNotFoundError when it is not installed."""
    loaded = sys.modules.get("lemminflect")
    if loaded is not None:
        return loaded
    hide = "spacy" not in sys.modules
    finder = _HideSpacy()
    if hide:
        sys.meta_path.insert(0, finder)
    try:
        module = importlib.import_module("lemminflect")
    finally:
        if hide:
            sys.meta_path.remove(finder)
    from wirelint.analysis.lemma_tables import install

    install(module)  # its tables read from wirelint's cache, not parsed again
    return module
