"""WL415: the parser check flags its slip and passes the constructions real copy uses."""

from __future__ import annotations

import pytest

from tests.rules.parser_cases import assert_flags, assert_passes, needs_parser

# (snippet, the words underlined, a phrase the message must contain)
MUST_FLAG = [
    (
        "Gold rose 0.5% to $2,010 an ounce traders said the dollar was weaker.",
        "ounce traders said",
        "full stop",
    ),
    (
        "The dollar was weaker against the yen than a week ago dealers said.",
        "ago dealers said",
        "comma",
    ),
]

MUST_PASS = [
    "The dollar was weaker, traders said.",
    "Prices will rise as analysts expected in March.",
    "What he said was wrong, the minister told parliament.",
    "The programs were cut, a senior executive for the world's largest grain company said.",
]


@needs_parser
@pytest.mark.parametrize(("snippet", "words", "message"), MUST_FLAG)
def test_flags(snippet: str, words: str, message: str) -> None:
    assert_flags("WL415", snippet, words, message)


@needs_parser
@pytest.mark.parametrize("snippet", MUST_PASS)
def test_passes(snippet: str) -> None:
    assert_passes("WL415", snippet)
