"""The parser tier (WL411-WL417) as a whole: the config key, the cache, bad input, no extra.

The checks need the grammar extra (spaCy and its English pipeline) and skip without
it; tests/no_parser.py runs the light tier's tests with spaCy hidden.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import corpus_files, flagged, lint, run_cli
from tests.rules.parser_cases import HEAD, needs_parser
from wirelint.grammar import parser


@needs_parser
def test_patterns_tier_runs_no_parser_check() -> None:
    text = HEAD + "The company said would cut 500 jobs by March.\n"
    assert flagged(text, "WL414", grammar="patterns") == []
    assert flagged(text, "WL414") == ["said would"]  # the default is the parser


@needs_parser
def test_wl401_speaks_for_a_pair_both_tiers_see() -> None:
    text = HEAD + "The union had threaten a strike for weeks.\n"
    assert [d.code for d in lint(text, "WL401,WL411", grammar="parser")] == ["WL401"]


@needs_parser
def test_a_paragraph_is_parsed_once() -> None:
    p = parser.load()
    text = HEAD + "The company said would cut 917 jobs by March.\n\nA second paragraph is here.\n"
    lint(text, "WL414", grammar="parser")
    before = p.parsed
    edited = text.replace("A second paragraph is here.", "The second paragraph changed.")
    lint(edited, "WL414", grammar="parser")
    assert p.parsed == before + 1  # only the edited paragraph


@needs_parser
def test_cli_reports_which_pipeline_runs() -> None:
    out = run_cli("rules").out
    assert "parser tier: spaCy" in out and parser.installed_model() in out


BAD_INPUT = [
    " ".join(["the company said the plan would cut costs and"] * 60) + " end.",  # 500 words
    "Wheat 12.5 13.1 14.2 15.0 12.9 Corn 3.4 3.5 3.6 3.9 4.1 Soy 7.7 7.8 7.9 8.0 8.2.",
    "MARKETS SLUMP AS TRADERS SAYS DOLLAR WERE WEAK AND BANKS HAS FALLEN.",
    "Il a dit que les marchés étaient très faibles et que la banque a perdu beaucoup.",
    "See https://example.com/markets/were-falling and www.example.org/has-threaten now.",
    "Shares of AAPL.O and BARC.L was traded at 2.1 and (NYSE: IBM) were flat.",
]


@needs_parser
@pytest.mark.parametrize("paragraph", BAD_INPUT)
def test_bad_input_neither_crashes_nor_floods(paragraph: str) -> None:
    from wirelint.config import Config
    from wirelint.engine import lint_text

    result = lint_text(HEAD + paragraph + "\n", Config(select=("WL41",), grammar="parser"))
    assert result.crashes == []
    assert len(result.diagnostics) <= 2


@needs_parser
def test_findings_are_capped_per_paragraph() -> None:
    slips = " ".join(["The company said would cut jobs."] * 8)
    assert len(flagged(HEAD + slips + "\n", "WL414", grammar="parser")) == 2


def test_parser_configured_but_not_installed_is_an_install_problem(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from wirelint.config import Config
    from wirelint.engine import lint_text

    monkeypatch.setattr(parser, "installed_model", lambda: None)
    text = HEAD + "The company said would cut 500 jobs by March.\n"
    assert lint_text(text, Config(select=("WL414",))).crashes == []  # default: patterns
    crashes = lint_text(text, Config(select=("WL414",), grammar="parser")).crashes
    assert [c.cause for c in crashes] == ["install"]
    assert "wirelint[grammar]" in crashes[0].error


def test_grammar_key_is_validated(tmp_path: Path) -> None:
    from wirelint import registry
    from wirelint.config import load_config_file
    from wirelint.errors import ConfigError

    good = tmp_path / "good.toml"
    good.write_text('[tool.wirelint]\ngrammar = "patterns"\n')
    assert load_config_file(good, registry).grammar == "patterns"  # type: ignore[union-attr]
    bad = tmp_path / "bad.toml"
    bad.write_text('[tool.wirelint]\ngrammar = "model"\n')
    with pytest.raises(ConfigError, match="parser, patterns"):
        load_config_file(bad, registry)


@needs_parser
def test_clean_corpus_sample_is_quiet() -> None:
    """A sample of real stories: at most one finding per 10,000 words, all real slips."""
    files = corpus_files("bbc/business/*.txt", every=10)
    words = 0
    found = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        found += [
            (path.name, text[d.span.start : d.span.end])
            for d in lint(text, "WL41", grammar="parser")
        ]
    assert len(found) * 10_000 / words < 2, found
