"""SARIF 2.1.0 output: valid against the official schema, with rules, notes, fixes and UTF-16 columns.

The schema is read from ``../shared/schemas/sarif-schema-2.1.0.json`` (never copied into
the repository); schema checks skip when it is absent, the other checks always run.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLE, REPO, SHARED, run_cli
from wirelint.config import Config
from wirelint.document.positions import LineIndex
from wirelint.engine import lint_text
from wirelint.errors import InputError
from wirelint.output import FileReport, RenderOptions
from wirelint.output.fixes import apply_fixes
from wirelint.output.sarif import build_sarif, sections
from wirelint.registry import all_rules

SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"

TK_STORY = "Flood hits city\n\nLONDON, Jan 4 (Reuters) - The flood killed TK people, police said.\n"
CLEAN_STORY = "Calm day\n\nNothing happened today, officials said.\n"
# Curly quotes and an em dash are one UTF-16 unit each, the emoji two: the TK sits at
# character column 27 but UTF-16 column 28.
EMOJI_STORY = "Flood hits city\n\n“Rain” — 🌧 more rain, and TK dead, police said.\n"


def validate(log: dict[str, Any]) -> None:
    if not SCHEMA.is_file():
        pytest.skip(f"{SCHEMA} is not present")
    import jsonschema  # type: ignore[import-untyped]

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def sarif_of(*paths: str, extra: tuple[str, ...] = ()) -> tuple[int, dict[str, Any]]:
    r = run_cli("check", "--format", "sarif", *extra, *paths)
    return r.code, json.loads(r.out)


def offset_of(text: str, line: int, column: int) -> int:
    """A SARIF (1-based line, 1-based UTF-16 column) position back to a character offset."""
    index = LineIndex(text)
    return index.offset_from_utf16(line - 1, column - 1)


@pytest.fixture
def seed_copy(chdir_tmp: Path) -> Path:
    path = chdir_tmp / "makiivka-portal.txt"
    shutil.copyfile(EXAMPLE, path)
    return path


def test_seed_example_is_valid_sarif_with_rules_notes_and_fixes(seed_copy: Path) -> None:
    code, log = sarif_of(seed_copy.name)
    assert code == 1
    validate(log)
    assert log["version"] == "2.1.0"
    [run] = log["runs"]
    assert run["columnKind"] == "utf16CodeUnits"
    driver = run["tool"]["driver"]
    assert driver["name"] == "wirelint" and driver["version"]
    assert [r["id"] for r in driver["rules"]] == [r.code for r in all_rules()]
    assert run["invocations"] == [{"executionSuccessful": True}]
    assert run["artifacts"] == [
        {"location": {"uri": "makiivka-portal.txt", "uriBaseId": "%SRCROOT%"}}
    ]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == seed_copy.parent.as_uri() + "/"

    # The same findings as the JSON output, in the same order and places (the seed is
    # ASCII before every span except for curly quotes and dashes, one UTF-16 unit each).
    items = json.loads(run_cli("check", "--format", "json", seed_copy.name).out)
    results = run["results"]
    assert len(results) == len(items) > 0
    for result, item in zip(results, items, strict=True):
        assert result["ruleId"] == item["code"]
        assert driver["rules"][result["ruleIndex"]]["id"] == item["code"]
        assert (
            result["level"]
            == {"error": "error", "warning": "warning", "info": "note"}[item["severity"]]
        )
        assert result["message"]["text"] == item["message"]
        loc = result["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"] == {
            "uri": "makiivka-portal.txt",
            "uriBaseId": "%SRCROOT%",
            "index": 0,
        }
        assert (loc["region"]["startLine"], loc["region"]["endLine"]) == (
            item["line"],
            item["end_line"],
        )
        related = result.get("relatedLocations", [])
        assert [n["message"]["text"] for n in related] == [n["message"] for n in item["notes"]]
        assert [n["physicalLocation"]["region"]["startLine"] for n in related] == [
            n["line"] for n in item["notes"]
        ]
        assert len(result.get("fixes", [])) == len(item["fixes"])

    wl301 = next(r for r in results if r["ruleId"] == "WL301")
    assert wl301["relatedLocations"][0]["message"]["text"] == "the headline, first given here"
    assert wl301["fixes"][0]["properties"] == {"applicability": "unsafe"}


def test_rule_metadata_comes_from_the_docstring(seed_copy: Path) -> None:
    _, log = sarif_of(seed_copy.name)
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    for rule in all_rules():
        descriptor = rules[rule.code]
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary()
        _, parts = sections(rule.documentation())
        first_words = " ".join(parts["What it does"].split())[:40]
        assert descriptor["fullDescription"]["text"].startswith(first_words)
        assert descriptor["help"]["markdown"] == rule.documentation()
        assert "## Why it matters" in descriptor["help"]["markdown"]
        level = {"error": "error", "warning": "warning", "info": "note"}[rule.severity.label]
        assert descriptor["defaultConfiguration"] == {"level": level}
        assert descriptor["properties"]["preview"] is rule.preview


def test_fix_replacements_reproduce_the_fixed_story(seed_copy: Path) -> None:
    """Applying a result's SARIF replacements gives the text wirelint's own --fix gives."""
    text = seed_copy.read_text(encoding="utf-8")
    _, log = sarif_of(seed_copy.name)
    diagnostics = lint_text(text, Config(), path=seed_copy.name).diagnostics
    checked = 0
    for result, d in zip(log["runs"][0]["results"], diagnostics, strict=True):
        for sarif_fix, fix in zip(result.get("fixes", []), d.fixes, strict=True):
            assert sarif_fix["description"]["text"] == fix.title
            [change] = sarif_fix["artifactChanges"]
            out = text
            for rep in sorted(
                change["replacements"],
                key=lambda r: (r["deletedRegion"]["startLine"], r["deletedRegion"]["startColumn"]),
                reverse=True,
            ):
                reg = rep["deletedRegion"]
                start = offset_of(text, reg["startLine"], reg["startColumn"])
                end = offset_of(text, reg["endLine"], reg["endColumn"])
                out = out[:start] + rep["insertedContent"]["text"] + out[end:]
            expected = apply_fixes(text, [replace(d, fixes=(fix,))], unsafe=True)
            assert out == expected.text
            checked += 1
    assert checked > 0


def test_columns_count_utf16_code_units_after_emoji_and_curly_quotes(chdir_tmp: Path) -> None:
    Path("story.txt").write_text(EMOJI_STORY, encoding="utf-8")
    code, log = sarif_of("story.txt", extra=("--select", "WL202"))
    assert code == 1
    validate(log)
    [result] = log["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    line = EMOJI_STORY.splitlines()[2]
    prefix = line[: line.index("TK")]
    assert len(prefix) + 1 == 27  # the character column, as text and JSON output show it
    assert region == {
        "startLine": 3,
        "startColumn": len(prefix.encode("utf-16-le")) // 2 + 1,
        "endLine": 3,
        "endColumn": len(prefix.encode("utf-16-le")) // 2 + 3,
    }
    assert region["startColumn"] == 28
    json_item = json.loads(
        run_cli("check", "--format", "json", "--select", "WL202", "story.txt").out
    )[0]
    assert json_item["column"] == 27
    start = offset_of(EMOJI_STORY, region["startLine"], region["startColumn"])
    end = offset_of(EMOJI_STORY, region["endLine"], region["endColumn"])
    assert EMOJI_STORY[start:end] == "TK"


def test_clean_run_is_valid_with_empty_results(chdir_tmp: Path) -> None:
    Path("calm.txt").write_text(CLEAN_STORY, encoding="utf-8")
    code, log = sarif_of("calm.txt", extra=("--select", "WL202"))
    assert code == 0
    validate(log)
    [run] = log["runs"]
    assert run["results"] == []
    assert run["artifacts"] == [{"location": {"uri": "calm.txt", "uriBaseId": "%SRCROOT%"}}]
    assert run["tool"]["driver"]["rules"]  # rules are described even when none fired


def test_no_reports_at_all_is_still_a_valid_log() -> None:
    log = build_sarif([], RenderOptions())
    validate(log)
    assert log["runs"][0]["results"] == [] and log["runs"][0]["artifacts"] == []


def test_input_errors_become_tool_execution_notifications(tmp_path: Path) -> None:
    errors = [InputError("drafts/latin.txt", "not valid UTF-8 at line 3"), "bad config"]
    log = build_sarif([], RenderOptions(errors=errors), cwd=tmp_path)
    validate(log)
    [invocation] = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    first, second = invocation["toolExecutionNotifications"]
    assert first["level"] == "error"
    assert first["message"]["text"] == "drafts/latin.txt: not valid UTF-8 at line 3"
    assert first["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "drafts/latin.txt",
        "uriBaseId": "%SRCROOT%",
    }
    assert second == {"level": "error", "message": {"text": "bad config"}}


def test_cli_with_a_missing_file_still_writes_a_valid_log(chdir_tmp: Path) -> None:
    Path("story.txt").write_text(TK_STORY, encoding="utf-8")
    r = run_cli("check", "--format", "sarif", "nope.txt", "story.txt")
    assert r.code == 2 and "nope.txt: no such file or directory" in r.err
    log = json.loads(r.out)
    validate(log)
    assert [x["ruleId"] for x in log["runs"][0]["results"]] == ["WL202"]


def test_uris_are_relative_escaped_or_absolute(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    inside = str(root / "desk" / "Ukraine war – day 2.txt")
    outside = str(tmp_path / "elsewhere.txt")
    reports = [
        FileReport(p, LineIndex(TK_STORY), lint_text(TK_STORY, path=p).diagnostics)
        for p in (inside, outside, "<stdin>")
    ]
    log = build_sarif(reports, RenderOptions(), cwd=root)
    validate(log)
    locations = [a["location"] for a in log["runs"][0]["artifacts"]]
    assert locations[0] == {
        "uri": "desk/Ukraine%20war%20%E2%80%93%20day%202.txt",
        "uriBaseId": "%SRCROOT%",
    }
    assert locations[1] == {"uri": Path(outside).as_uri()}
    assert locations[2] == {"description": {"text": "standard input"}}
    indexes = [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["index"]
        for r in log["runs"][0]["results"]
    ]
    assert indexes == [0, 1, 2]


def test_output_file(chdir_tmp: Path) -> None:
    Path("story.txt").write_text(TK_STORY, encoding="utf-8")
    r = run_cli("check", "--format", "sarif", "-o", "wirelint.sarif", "story.txt")
    assert r.code == 1 and r.out == ""
    log = json.loads(Path("wirelint.sarif").read_text(encoding="utf-8"))
    validate(log)
    assert log["runs"][0]["results"][0]["ruleId"] == "WL202"


def test_schema_is_not_copied_into_the_repository() -> None:
    for folder in ("wirelint", "tests", "docs", "examples", "rules"):
        assert not list((REPO / folder).glob("**/sarif-schema*.json")), folder
