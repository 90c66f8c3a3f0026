"""WL201: a stand-in where BBC copy names its own output with a possessive.

"the BBC's coverage", "the BBC's website", "the BBC's editorial guidelines", "the BBC's
head of development", "On the BBC's Breakfast with Frost":
only a broadcaster has these, so a word there, in a story naming its own outlet elsewhere,
is the outlet's name replaced (the `broadcast-possessive` and `programme-possessive` slots
of `rules/brand-slots.toml`).
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged, lint

LEAD = "The BBC has learned that ministers will review the licence fee."


def story(sentence: str) -> str:
    return f"Licence fee row grows\n\n{LEAD}\n\n{sentence}\n"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Viewers complained about the Tovarel's coverage of the election.", "Tovarel"),
        ("More than a million people visited the Harbour's website on Monday.", "Harbour"),
        ("Critics said the Lantern's editorial guidelines had been broken.", "Lantern"),
        ('"It is a big day," said Andrew Thompson, the Anise\'s head of development.', "Anise"),
        (
            "On the Tovarel's Breakfast with Frost it was put to Mr Kinnock that reform was dead.",
            "Tovarel",
        ),
        (
            "DJ duo JK and Joel are taking over the Clapper's flagship chart show on Sunday.",
            "Clapper",
        ),
    ],
)
def test_a_stand_in_before_the_outlet_s_own_output_is_reported(sentence: str, word: str) -> None:
    assert flagged(story(sentence), "WL201") == [word]


@pytest.mark.parametrize(
    "sentence",
    [
        "Viewers complained about the company's coverage of the election.",
        "More than a million people visited the Kremlin's website on Monday.",
        "He is the theatre's head of development.",
        "The Guardian's website had more readers than ever.",
        "It was a hit for the Almeida's new comedy.",
    ],
)
def test_other_bodies_output_stays_quiet(sentence: str) -> None:
    assert lint(story(sentence), "WL201") == []
