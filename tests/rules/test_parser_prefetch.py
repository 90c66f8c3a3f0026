"""`check` over many stories parses their paragraphs in one batch before linting them."""

from __future__ import annotations

from tests.conftest import lint
from tests.rules.parser_cases import HEAD, needs_parser
from wirelint.config import Config
from wirelint.grammar import parser
from wirelint.grammar.parsed import prefetch

ONE = HEAD + "The company agreed refund the 4,417 fees it charged twice.\n\nA second paragraph.\n"
TWO = HEAD + "Shares of the lender was suspended on 4,417 occasions.\n"


@needs_parser
def test_a_window_of_stories_is_parsed_once_ahead_of_linting() -> None:
    p = parser.load()
    assert prefetch([(ONE, Config()), (TWO, Config())]) == 3
    before = p.parsed
    assert [d.code for d in lint(ONE, "WL417", grammar="parser")] == ["WL417"]
    assert [d.code for d in lint(TWO, "WL412", grammar="parser")] == ["WL412"]
    assert p.parsed == before  # every paragraph came from the batch


@needs_parser
def test_stories_without_a_parser_check_are_not_parsed() -> None:
    light = Config(grammar="patterns")
    no_parser_rule = Config(select=("WL101",))
    assert prefetch([(ONE, light), (TWO, light)]) == 0
    assert prefetch([(ONE, no_parser_rule), (TWO, no_parser_rule)]) == 0
