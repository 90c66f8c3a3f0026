"""WL413: the parser check flags its slip and passes the constructions real copy uses."""

from __future__ import annotations

import pytest

from tests.rules.parser_cases import assert_flags, assert_passes, needs_parser

# (snippet, the words underlined, a phrase the message must contain)
MUST_FLAG = [
    (
        "Analysts said it was a sign that investors moving into bonds.",
        "investors moving",
        "no finite verb",
    ),
    (
        "It is a tough league to stay in, as they finding out this season.",
        "they finding",
        "no finite verb",
    ),
]

MUST_PASS = [
    "With prices rising, investors fled to bonds.",
    "He saw prices rising across the board.",
]


@needs_parser
@pytest.mark.parametrize(("snippet", "words", "message"), MUST_FLAG)
def test_flags(snippet: str, words: str, message: str) -> None:
    assert_flags("WL413", snippet, words, message)


@needs_parser
@pytest.mark.parametrize("snippet", MUST_PASS)
def test_passes(snippet: str) -> None:
    assert_passes("WL413", snippet)
