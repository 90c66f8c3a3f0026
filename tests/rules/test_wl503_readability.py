"""WL503 readability: a paragraph far denser than wire copy (info)."""

from __future__ import annotations

from tests.conftest import flagged, lint
from wirelint.rules.wl503_readability import syllables

DENSE = (
    "Implementation of a comprehensive programme, a tightening of the administrative "
    "utilisation of commodity certificates, and reconstitution of agricultural "
    "organisations are among the considerations being evaluated by the parliamentary "
    "committee to reduce the escalating expenditure of agricultural support."
)
PLAIN = (
    "A fire killed five girls at an escape room in Poland on Friday. They had gone there "
    "to celebrate a birthday. Police said the fire started in the waiting room and spread "
    "fast. A man was badly hurt."
)


def test_flags_a_dense_paragraph_as_info() -> None:
    [d] = lint(f"Head\n\n{DENSE}\n\n{PLAIN}\n", "WL503")
    assert d.severity.label == "info" and d.rule == "readability"
    assert "grade level" in d.message
    assert flagged(f"Head\n\n{DENSE}\n\n{PLAIN}\n", "WL503") == [DENSE]


def test_leaves_plain_wire_copy_alone() -> None:
    assert flagged(f"Head\n\n{PLAIN}\n", "WL503") == []


def test_a_list_of_names_is_not_prose() -> None:
    team = ", ".join(f"Dimitri Yachvili{i} (Biarritz Olympique)" for i in range(8))
    assert flagged(f"Head\n\nFrance: {team}.\n", "WL503") == []


def test_threshold_is_an_option() -> None:
    story = f"Head\n\n{PLAIN}\n"
    assert flagged(story, "WL503", options={"WL503": {"max-grade": 0}}) == [PLAIN]


def test_syllables() -> None:
    assert [syllables(w) for w in ("cat", "table", "agricultural", "hoped", "wanted", "Mr")] == [
        1,
        2,
        5,
        1,
        2,
        1,
    ]
    assert syllables("The cat made a table") == 1 + 1 + 1 + 1 + 2


def test_the_documented_example_is_reported() -> None:
    from wirelint.registry import find_rule

    rule = find_rule("WL503")
    assert rule is not None
    example = rule.documentation().split("```text\n", 1)[1].split("```", 1)[0]
    assert lint("Head\n\n" + example, "WL503")
