"""WL301 headline-repeated: a headline given twice before the body."""

from __future__ import annotations

import pytest

from tests.conftest import corpus_files, flagged, lint

BODY = "PARIS (AFP) - The storm killed three people on Tuesday, officials said.\n"

MUST_FLAG = [
    # Identical (a web and a wire headline pasted together).
    (
        f"Storm kills three in southern France\n\nStorm kills three in southern France\n\n{BODY}",
        "Storm kills three in southern France",
    ),
    # With a brand suffix added, any dash or a pipe.
    (
        f"Storm kills three in southern France\n\nStorm kills three in southern France | Outlet\n\n{BODY}",
        "Storm kills three in southern France | Outlet",
    ),
    (
        "Fed holds rates steady, signals patience\n\n"
        "Fed holds rates steady, signals patience -- Bloomberg\n\n"
        "WASHINGTON (Bloomberg) -- The Federal Reserve held rates on Wednesday.\n",
        "Fed holds rates steady, signals patience -- Bloomberg",
    ),
    # Reworded: a rewrite left beside its original.
    (
        "Storm kills three people in southern France\n\n"
        "Storm kills three people across southern France\n\n" + BODY,
        "Storm kills three people across southern France",
    ),
]

MUST_FLAG += [
    # A word dropped from a short headline: the same words in the same order.
    (
        "Radcliffe will compete in London\n\nRadcliffe will in London\n\n"
        "LONDON (Reuters) - Paula Radcliffe will run the London Marathon.\n",
        "Radcliffe will in London",
    ),
    # An ALL-CAPS wire headline ending in an abbreviation is still a headline.
    (
        "NAKASONE INTERVENES IN MICROCHIP DISPUTE WITH U.S.\n\n"
        "NAKASONE INTERVENES IN DISPUTE WITH U.S.\n\n"
        "TOKYO, March 24 (Reuters) - Prime Minister Yasuhiro Nakasone stepped in.\n",
        "NAKASONE INTERVENES IN DISPUTE WITH U.S.",
    ),
    # Reworded after a desk label: "ECONOMIC SPOTLIGHT - ...".
    (
        "ECONOMIC SPOTLIGHT - DUTCH EXCHANGE RATE POLICY\n\n"
        "ECONOMIC SPOTLIGHT - INTEREST EXCHANGE RATE POLICY\n\n"
        "AMSTERDAM, March 27 (Reuters) - Recent slackness on Dutch markets.\n",
        "ECONOMIC SPOTLIGHT - INTEREST EXCHANGE RATE POLICY",
    ),
    # A question headline pasted twice.
    (
        "Can Yahoo dominate next decade?\n\nCan Yahoo dominate next decade?\n\n"
        "Yahoo has reached the grand old age of 10.\n",
        "Can Yahoo dominate next decade?",
    ),
]

MUST_NOT_FLAG = [
    # A kicker or standfirst that says something else.
    f"Storm kills three in southern France\n\nRescuers search flooded villages near Nice\n\n{BODY}",
    "Arsenal through on penalties\n\nArsenal win 4-2 on penalties\n\nLONDON (Reuters) - Arsenal went through.\n",
    # A tag before the headline is no dateline, and no second headline.
    "(CORRECTED)-IVORY COAST CONFIRMS PRESENCE AT TALKS\n\nABIDJAN, March 15 (Reuters) - A "
    "senior official confirmed it.\n",
    # One headline only.
    f"Storm kills three in southern France\n\n{BODY}",
    # A date line under the headline.
    f"Storm kills three in southern France\n\nTuesday, 4 January 2022\n\n{BODY}",
]


@pytest.mark.parametrize(("story", "expected"), MUST_FLAG)
def test_flags_repeated_headline(story: str, expected: str) -> None:
    assert flagged(story, "WL301") == [expected]


@pytest.mark.parametrize("story", MUST_NOT_FLAG)
def test_leaves_distinct_lines_alone(story: str) -> None:
    assert flagged(story, "WL301") == []


def test_message_names_the_suffix_and_notes_the_first() -> None:
    story = f"Storm kills three in southern France\n\nStorm kills three in southern France – Portal\n\n{BODY}"
    [d] = lint(story, "WL301")
    assert "`– Portal` added" in d.message
    [note] = d.notes
    assert story[note.span.start : note.span.end] == "Storm kills three in southern France"
    [fix] = d.fixes
    assert fix.applicability.value == "unsafe"
    assert fix.edits[0].replacement == ""


def test_reworded_message_shows_the_differing_words() -> None:
    story = (
        "Storm kills three people in southern France\n\n"
        "Storm kills three people across southern France\n\n" + BODY
    )
    [d] = lint(story, "WL301")
    assert "reworded" in d.message and "across" in d.message


def test_seed_story_repeated_headline(seed_text: str) -> None:
    [d] = lint(seed_text, "WL301")
    assert seed_text.count("\n", 0, d.span.start) + 1 == 3
    assert seed_text.count("\n", 0, d.notes[0].span.start) + 1 == 1


def test_no_false_alarms_in_clean_corpus_copy() -> None:
    noisy = []
    for path in corpus_files(every=5):
        text = path.read_text(encoding="utf-8")
        noisy += [f"{path.name}: {d.message}" for d in lint(text, "WL301")]
    assert noisy == []
