"""WL502 long-sentence: more than 60 words is long for wire copy (info)."""

from __future__ import annotations

from tests.conftest import flagged, lint

LONG = (
    "The company, which has been under pressure from investors since it reported a loss in the "
    "third quarter, said on Tuesday that it would cut 1,200 jobs, close two plants in Ohio and "
    "Michigan, sell its consumer lending arm to a private equity firm for an undisclosed sum "
    "by the end of the year and hand the proceeds to its shareholders in a special dividend "
    "next spring."
)
SHORT = "The company said on Tuesday that it would cut 1,200 jobs and close two plants."


def test_flags_a_67_word_sentence_as_info() -> None:
    [d] = lint(f"Head\n\n{LONG} {SHORT}\n", "WL502")
    assert d.severity.label == "info" and d.rule == "long-sentence"
    assert "67 words" in d.message
    assert flagged(f"Head\n\n{LONG} {SHORT}\n", "WL502") == [LONG]


def test_leaves_wire_length_sentences_alone() -> None:
    story = (
        "Head\n\nBUENOS AIRES, Feb 26 (Reuters) - Argentine grain board figures show crop "
        "registrations of grains, oilseeds and their products to February 11, in thousands of "
        f"tonnes.\n\n{SHORT}\n"
    )
    assert flagged(story, "WL502") == []


def test_a_table_of_figures_is_not_a_sentence() -> None:
    table = " ".join(f"Item{i} {i}.5 {i}.7 nil" for i in range(20))
    assert flagged(f"Head\n\n{table}\n", "WL502") == []


def test_threshold_is_an_option() -> None:
    story = f"Head\n\n{SHORT}\n"
    assert flagged(story, "WL502", options={"WL502": {"max-words": 10}}) == [SHORT]


def test_the_documented_example_is_reported() -> None:
    from wirelint.registry import find_rule

    rule = find_rule("WL502")
    assert rule is not None
    example = rule.documentation().split("```text\n", 1)[1].split("```", 1)[0]
    assert lint("Head\n\n" + example, "WL502")
