"""WL411: the parser check flags its slip and passes the constructions real copy uses."""

from __future__ import annotations

import pytest

from tests.rules.parser_cases import assert_flags, assert_passes, needs_parser

# (snippet, the words underlined, a phrase the message must contain)
MUST_FLAG = [
    (
        "He said the company has, in recent weeks, threaten to leave.",
        "has, in recent weeks, threaten",
        "`threatened`",
    ),
    (
        "Exports were, in the view of most analysts, expect to fall in March.",
        "were, in the view of most analysts, expect",
        "`expected`",
    ),
]

MUST_PASS = [
    "It has cut costs and was set to run the race, which is open to all.",
    "Among the pictures for sale are works by Roy Lichtenstein.",
    "May currency reserves, out today, showed a record rise.",
    "The studios want to control the group that electronics firms have most hold over.",
]


@needs_parser
@pytest.mark.parametrize(("snippet", "words", "message"), MUST_FLAG)
def test_flags(snippet: str, words: str, message: str) -> None:
    assert_flags("WL411", snippet, words, message)


@needs_parser
@pytest.mark.parametrize("snippet", MUST_PASS)
def test_passes(snippet: str) -> None:
    assert_passes("WL411", snippet)
