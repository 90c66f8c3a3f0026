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
    ("At Heathrow, BAA said it working closely with all parties.", "it working", "no finite verb"),
    (
        "If rich countries going to keep their promises, aid will rise.",
        "countries going",
        "no finite verb",
    ),
]

MUST_PASS = [
    "With prices rising, investors fled to bonds.",
    "He saw prices rising across the board.",
    "He found it working well after the repair.",
    "His hope must be that voters watching him on the rack will bear out the old saying.",
    "It meant that Bangor, beaten 5-1 by Newry on the field, will take on the champions.",
    'He replied: "As much as someone going down the road being hit by a bus."',
    "It is one of the greatest challenges of the century: protein folding.",
]


@needs_parser
@pytest.mark.parametrize(("snippet", "words", "message"), MUST_FLAG)
def test_flags(snippet: str, words: str, message: str) -> None:
    assert_flags("WL413", snippet, words, message)


@needs_parser
@pytest.mark.parametrize("snippet", MUST_PASS)
def test_passes(snippet: str) -> None:
    assert_passes("WL413", snippet)
