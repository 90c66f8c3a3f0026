"""WL502: one finding a story, at its longest sentence; the limit is "more than"."""

from __future__ import annotations

from tests.conftest import flagged, lint


def sentence(words: int, topic: str) -> str:
    return " ".join([topic] + ["word"] * (words - 2) + ["end."])


def test_a_sentence_of_exactly_the_limit_is_not_reported() -> None:
    story = f"Head\n\n{sentence(60, 'Exactly')}\n"
    assert flagged(story, "WL502") == []
    assert len(lint(f"Head\n\n{sentence(61, 'Over')}\n", "WL502")) == 1


def test_an_interview_of_long_answers_is_one_finding_at_the_longest() -> None:
    answers = [sentence(n, f"Answer{n}") for n in (62, 75, 64, 70)]
    story = "Head\n\n" + "\n\n".join(answers) + "\n"
    [d] = lint(story, "WL502")
    assert story[d.span.start : d.span.end] == answers[1]
    assert "75 words" in d.message and "3 more sentences over 60 words" in d.message
    assert sorted(story[n.span.start : n.span.end] for n in d.notes) == sorted(
        answers[:1] + answers[2:]
    )


def test_the_limit_is_an_option_and_real_wire_copy_stays_quiet() -> None:
    story = (
        "Head\n\nThe company said on Tuesday that it would cut 1,200 jobs, close two plants in "
        "Ohio and Michigan and sell its consumer lending arm to a private equity firm for an "
        "undisclosed sum by the end of the year, its chief executive said.\n"
    )
    assert flagged(story, "WL502") == []
    assert len(flagged(story, "WL502", options={"WL502": {"max-words": 40}})) == 1
