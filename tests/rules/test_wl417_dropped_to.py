"""WL417: the parser check flags its slip and passes the constructions real copy uses."""

from __future__ import annotations

import pytest

from tests.rules.parser_cases import assert_flags, assert_passes, needs_parser

# (snippet, the words underlined, a phrase the message must contain)
MUST_FLAG = [
    ("The company agreed refund the fees it charged twice.", "agreed refund", "`to refund`"),
    ("They plan sell the unit to a rival next year.", "plan sell", "`to sell`"),
    (
        "These nations were still willing talk constructively about their debts.",
        "willing talk",
        "`to talk`",
    ),
    ("Japan was ready use diplomacy to help the region.", "ready use", "`to use`"),
    ("Neither side is ready be flexible, delegates said.", "ready be", "`to be`"),
]

MUST_PASS = [
    "Unions agreed pay rises for the staff.",
    "Its minicomputers will begin volume shipments in July.",
    "Sears said it will set up a nationwide network of seven regions.",
    "He said it was ready cash.",
    "They said it was likely rain combined with high winds uprooted the crop.",
]


@needs_parser
@pytest.mark.parametrize(("snippet", "words", "message"), MUST_FLAG)
def test_flags(snippet: str, words: str, message: str) -> None:
    assert_flags("WL417", snippet, words, message)


@needs_parser
@pytest.mark.parametrize("snippet", MUST_PASS)
def test_passes(snippet: str) -> None:
    assert_passes("WL417", snippet)
