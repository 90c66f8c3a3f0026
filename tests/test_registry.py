"""The registry: stable codes, documented rules, each with its own tests; selection semantics."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wirelint.engine import select_rules
from wirelint.registry import CODE_RE, DOC_HEADINGS, SLUG_RE, all_rules, find_rule

RULE_TESTS = Path(__file__).parent / "rules"


def test_codes_and_slugs_are_stable_and_unique() -> None:
    rules = all_rules()
    assert rules, "no rules registered"
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)
    for r in rules:
        assert CODE_RE.fullmatch(r.code) and SLUG_RE.fullmatch(r.name)
        assert find_rule(r.code) is r and find_rule(r.name) is r


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_every_rule_is_documented_in_three_parts(rule: type) -> None:
    doc = rule.documentation()
    for heading in DOC_HEADINGS:
        assert f"## {heading}" in doc, f"{rule.code} lacks '## {heading}'"
    assert rule.summary(), f"{rule.code} has no one-line summary"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_every_rule_has_its_own_cases(rule: type) -> None:
    # What the cases must hold (flag, real copy, documented example) is checked by
    # tests/rules/test_rule_cases.py; here, that the file is there under the rule's code.
    assert (RULE_TESTS / "cases" / f"{rule.code}.yml").is_file(), (
        f"{rule.code} has no tests/rules/cases/{rule.code}.yml"
    )


def codes(select: list[str], ignore: list[str]) -> set[str]:
    return {r.code for r in select_rules(select, [], ignore)}


def test_most_specific_selector_wins() -> None:
    assert "WL202" not in codes(["WL2"], ["WL202"])
    assert "WL202" in codes(["WL202"], ["WL2"])
    assert "WL202" not in codes(["ALL"], ["placeholder-text"])
    assert "WL202" not in codes(["WL2"], ["WL2"])  # a tie: ignore wins


def test_what_a_rule_makes_from_a_pack_is_made_once_per_pack_set(tmp_path: Path) -> None:
    from wirelint.packs import packs_for

    pack = tmp_path / "desk.toml"
    pack.write_text('brand-placeholders = ["Portal"]\n', encoding="utf-8")
    os.utime(pack, ns=(1_000_000_000, 1_000_000_000))
    made: list[int] = []

    def build(packs: object) -> frozenset[str]:
        made.append(1)
        return frozenset(packs.section("brand-placeholders"))  # type: ignore[attr-defined]

    packs = packs_for((pack,))
    first = packs.derived("test-set", lambda: build(packs))
    assert packs.derived("test-set", lambda: build(packs)) is first and len(made) == 1
    # An edited pack is a new pack set: what was made from the old one is not reused.
    pack.write_text('brand-placeholders = ["Portal", "Outlet"]\n', encoding="utf-8")
    os.utime(pack, ns=(2_000_000_000, 2_000_000_000))
    edited = packs_for((pack,))
    assert "Outlet" in edited.derived("test-set", lambda: build(edited)) and len(made) == 2
