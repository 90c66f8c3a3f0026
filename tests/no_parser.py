"""A pytest plugin that runs the suite as an install without the grammar extra would.

    python -m pytest -p tests.no_parser tests/rules/test_wl401_garbled_sentence.py ...

spaCy and its pipeline are hidden: importing them fails and the parser tier reports
itself not installed, so the light tier's tests prove they pass without the extra.
"""

from __future__ import annotations

import sys

import pytest

from wirelint.grammar import parser

HIDDEN = ("spacy", *parser.MODEL_NAMES)


def pytest_configure(config: pytest.Config) -> None:
    for name in HIDDEN:
        sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
    parser.installed_model = lambda: None  # type: ignore[assignment]
