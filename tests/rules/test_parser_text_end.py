"""A story whose last sentence stops on its verb, with no full stop and no newline after it:
every parser check reads the last token's neighbours, and none may crash there."""

from __future__ import annotations

from tests.rules.parser_cases import HEAD, needs_parser


@needs_parser
def test_a_story_ending_on_its_verb_crashes_no_check() -> None:
    from wirelint.config import Config
    from wirelint.engine import lint_text

    text = HEAD + "Shares rose on Monday.\n\nThe chairman of the board he resigned"
    result = lint_text(text, Config(select=("WL4",), grammar="parser"))
    assert result.crashes == []
    assert [d.code for d in result.diagnostics] == ["WL414"]  # two subjects, one verb
