"""WL412: the parser check flags its slip and passes the constructions real copy uses."""

from __future__ import annotations

import pytest

from tests.rules.parser_cases import assert_flags, assert_passes, needs_parser

# (snippet, the words underlined, a phrase the message must contain)
MUST_FLAG = [
    (
        "The report, which analysts had awaited for weeks, were published on Monday.",
        "report, which analysts had awaited for weeks, were",
        "`was`",
    ),
    (
        "Shares in the Italian bank has fallen sharply this year.",
        "Shares in the Italian bank has",
        "`have`",
    ),
    (
        "The price of the new shares are too high, analysts said.",
        "price of the new shares are",
        "singular",
    ),
    (
        "Officials are still calling the millions of people who has signed up.",
        "who has",
        "`have`",
    ),
]

MUST_PASS = [
    "The government, under pressure from unions, are expected to act.",
    "A number of analysts in London are worried about the deal.",
    "If the company were sold, the shares of the group would rise.",
    "Sixteen percent of parents with children under 18 have digital players.",
    "The ease of use and growth of music on the net are the main factors.",
    "He is one of the many people who has signed up.",
    "The players who have signed are happy.",
    '"Each time you go back in you have to start all over again," he said.',
]


@needs_parser
@pytest.mark.parametrize(("snippet", "words", "message"), MUST_FLAG)
def test_flags(snippet: str, words: str, message: str) -> None:
    assert_flags("WL412", snippet, words, message)


@needs_parser
@pytest.mark.parametrize("snippet", MUST_PASS)
def test_passes(snippet: str) -> None:
    assert_passes("WL412", snippet)
