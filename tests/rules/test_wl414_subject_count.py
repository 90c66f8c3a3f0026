"""WL414: the parser check flags its slip and passes the constructions real copy uses."""

from __future__ import annotations

import pytest

from tests.rules.parser_cases import assert_flags, assert_passes, needs_parser

# (snippet, the words underlined, a phrase the message must contain)
MUST_FLAG = [
    ("The company said would cut 500 jobs by March.", "said would", "no subject"),
]

MUST_PASS = [
    "Shares rose and then fell as the market closed.",
]


@needs_parser
@pytest.mark.parametrize(("snippet", "words", "message"), MUST_FLAG)
def test_flags(snippet: str, words: str, message: str) -> None:
    assert_flags("WL414", snippet, words, message)


@needs_parser
@pytest.mark.parametrize("snippet", MUST_PASS)
def test_passes(snippet: str) -> None:
    assert_passes("WL414", snippet)
