"""WL202 placeholder-text: leftover marks are errors; real uses of the letters are not."""

from __future__ import annotations

import pytest

from tests.conftest import corpus_files, flagged, lint

MUST_FLAG = [
    ("Head\n\nThe ministry said TK soldiers were killed.\n", ["TK"]),
    ("Head\n\nTKTK killed in the blast, police said.\n", ["TKTK"]),
    ("Head\n\nThe storm killed XXX people.\n", ["XXX"]),
    ("Head\n\nThe mayor, [INSERT NAME], declined to comment.\n", ["[INSERT NAME]"]),
    ("Head\n\nDear {{first_name}}, the vote is today.\n", ["{{first_name}}"]),
    ("Head\n\nLorem ipsum dolor sit amet.\n", ["Lorem ipsum"]),
    ("Head\n\nThe toll was FILL IN by noon.\n", ["FILL IN"]),
    ("Head\n\nShares rose ### percent.\n", ["###"]),
    ("Head\n\nBody.\n\nAdditional reporting by XX; Editing by [NAME]\n", ["XX", "[NAME]"]),
]

MUST_NOT_FLAG = [
    "Head\n\nTK Elevator said it would cut 1,000 jobs.\n",
    "Head\n\nShares of Teekay (TK) and Turkcell (NYSE: TK) rose.\n",
    "Head\n\nThe Super Bowl XXX halftime show was a hit.\n",
    "Head\n\nThe TKO came in the third round; Atkins won.\n",
    "Head\n\nThe rebels said the real threat of [another] attack remained.\n",
    "Head\n\nVolunteers fill in forms at the centre.\n",
    "Head\n\nBody text.\n\n###\n",
]


@pytest.mark.parametrize(("story", "expected"), MUST_FLAG)
def test_flags_placeholders(story: str, expected: list[str]) -> None:
    assert flagged(story, "WL202") == expected


@pytest.mark.parametrize("story", MUST_NOT_FLAG)
def test_leaves_real_copy_alone(story: str) -> None:
    assert flagged(story, "WL202") == []


def test_placeholders_are_errors() -> None:
    [d] = lint("Head\n\nThe ministry said TK soldiers died.\n", "WL202")
    assert d.severity.label == "error"
    assert d.code == "WL202" and d.rule == "placeholder-text"
    assert "TK" in d.message


def test_no_placeholders_in_clean_corpus_copy() -> None:
    noisy = []
    for path in corpus_files(every=7):
        text = path.read_text(encoding="utf-8")
        for d in lint(text, "WL202"):
            noisy.append(f"{path.name}: {text[d.span.start : d.span.end]!r}")
    assert noisy == []


def test_markdown_code_is_quoted_not_a_leftover() -> None:
    assert (
        flagged(
            "# Notes\n\nWrite `TK` where a fact is to come.\n\n```\nkilled TK people\n```\n",
            "WL202",
        )
        == []
    )
