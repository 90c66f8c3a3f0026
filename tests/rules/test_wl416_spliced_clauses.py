"""WL416: the parser check flags its slip and passes the constructions real copy uses."""

from __future__ import annotations

import pytest

from tests.rules.parser_cases import assert_flags, assert_passes, needs_parser

# (snippet, the words underlined, a phrase the message must contain)
MUST_FLAG = [
    (
        "The group expects sales to grow this year the company is cutting 500 jobs.",
        "year the",
        "new clause",
    ),
]

MUST_PASS = [
    "When the deal was launched the players were happy.",
    "She says she was considered too small when she went for her first classes.",
    "I didn't think I was playing my best but I just tried to hang in there.",
]


@needs_parser
@pytest.mark.parametrize(("snippet", "words", "message"), MUST_FLAG)
def test_flags(snippet: str, words: str, message: str) -> None:
    assert_flags("WL416", snippet, words, message)


@needs_parser
@pytest.mark.parametrize("snippet", MUST_PASS)
def test_passes(snippet: str) -> None:
    assert_passes("WL416", snippet)
