"""A pytest plugin that runs the suite as an install without the grammar extra would.

    python -m pytest -p tests.no_parser tests/rules/test_wl401_garbled_sentence.py ...

spaCy, its pipeline and symspellpy are hidden: importing them fails and the parser tier reports
itself not installed, so the light tier's tests prove they pass without the extra.
"""

from __future__ import annotations

import importlib.abc
import sys

import pytest

from wirelint.grammar import parser

#: symspellpy too: it comes with the same extra (WL448's word-pair counts).
HIDDEN = ("spacy", "symspellpy", *parser.MODEL_NAMES)


class _Hide(importlib.abc.MetaPathFinder):
    """Import of a hidden package fails as if it were not installed.

    A finder, not a None entry in ``sys.modules``: a library that asks whether spaCy is
    loaded by looking in ``sys.modules`` (lemminflect does) must see it absent too.
    """

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.split(".", 1)[0] in HIDDEN:
            raise ImportError(f"No module named {name!r} (hidden by tests.no_parser)")
        return None


def pytest_configure(config: pytest.Config) -> None:
    for name in list(sys.modules):
        if name.split(".", 1)[0] in HIDDEN:
            del sys.modules[name]
    sys.meta_path.insert(0, _Hide())
    parser.installed_model = lambda: None  # type: ignore[assignment]
