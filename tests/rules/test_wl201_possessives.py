"""WL201: the newsroom's possessive, its own reporting named once, and bylines.

A find-and-replace of "Reuters" leaves its mark behind: "Reuters' calculations" becomes
"Portal' calculations", a possessive English writes only after an s. A newsroom names
its own reporting ("Wikinews caught up with the mayor", "questions for the BBC's
correspondent"); with its real name elsewhere in the story, a word English lacks in such
a form is its stand-in. A byline's word English has never seen ("By Jane Doe, Nexora")
stands where the agency stood. Outlets the story quotes, people and firms in the
possessive, and places after a byline's comma stay quiet.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged, lint
from wirelint.diagnostics import Severity

WIRE = (
    "Tin exports fall\n\n"
    "KUALA LUMPUR, March 3 (Reuters) - Malaysian tin exports fell 12 pct in February, "
    "trade officials said on Tuesday.\n\n{s}\n"
)
BROADCAST = (
    "Ministers back rail plan\n\n"
    "The transport minister told BBC Radio 4's Today programme the line would open in 2012."
    "\n\n{s}\n"
)
CITIZEN = (
    "Painter opens studio\n\n"
    "The painter Jane Moreno opened her new studio on Saturday, she told Wikinews.\n\n{s}\n"
)

MUST_FLAG = [
    # The mark of "Reuters'" left on a word that does not end in s.
    (WIRE, "Portal' calculations based on official data show a rise of 4 pct.", "Portal"),
    (WIRE, "By Lookout' count, 40 mines have closed since January.", "Lookout"),
    (BROADCAST, "In Newsora' interview with the minister, he said he would stay.", "Newsora"),
    (CITIZEN, "She had some questions for Marvolt' correspondent after the show.", "Marvolt"),
    # The newsroom's possessive, its real name elsewhere in the story.
    (BROADCAST, "She had some questions for Vantrel's correspondent.", "Vantrel"),
    (BROADCAST, "The Gazette's correspondent in Jakarta said the mood had changed.", "Gazette"),
    (CITIZEN, "Sorbeck's interview with the painter lasted an hour.", "Sorbeck"),
    # The newsroom's own reporting, named once, beside "told Wikinews".
    (CITIZEN, "Newsora caught up with her in an email interview.", "Newsora"),
    (CITIZEN, "Plexon asked the mayor whether the studio would stay open.", "Plexon"),
]

MUST_NOT_FLAG = [
    # Outlets a story quotes, in the possessive or telling.
    (BROADCAST, "Reuters' calculations based on official data show a rise."),
    (BROADCAST, "By the Financial Times' count, 40 mines have closed."),
    (BROADCAST, "The Guardian's correspondent in Jakarta said the mood had changed."),
    (BROADCAST, "Fox News' calculations showed a rise."),
    (BROADCAST, "A senior aide told the Wall Street Journal the plan was dead."),
    (BROADCAST, "Reuters reported on Monday that the line would be delayed."),
    (WIRE, "A mining official told AFP's correspondent the pits would stay shut."),
    # People and firms in the possessive and in the newsroom's forms.
    (BROADCAST, "Mr Smith's interview with the minister lasted an hour."),
    (CITIZEN, "Moreno's interview with the council lasted an hour."),
    (CITIZEN, "Diaz spoke to the council in August about the studio."),
    (WIRE, "The bank's calculations showed a rise."),
    (WIRE, "Hostway's calculations showed a rise in sales."),
    # A quoted word closes its own quote.
    (BROADCAST, "The 'Portal' coverage was criticised by viewers."),
    # A possessive after an s: English.
    (CITIZEN, "Wales' Gareth Bale spoke to the crowd after the game."),
]


@pytest.mark.parametrize(("layout", "sentence", "word"), MUST_FLAG)
def test_stand_in_for_the_newsroom_is_reported(layout: str, sentence: str, word: str) -> None:
    story = layout.format(s=sentence)
    warnings = [
        story[d.span.start : d.span.end]
        for d in lint(story, "WL201")
        if d.severity is Severity.WARNING
    ]
    assert warnings == [word]


@pytest.mark.parametrize(("layout", "sentence"), MUST_NOT_FLAG)
def test_outlets_people_and_firms_stay_quiet(layout: str, sentence: str) -> None:
    assert flagged(layout.format(s=sentence), "WL201") == []


BODY = (
    "The Bank of England held rates on Thursday, saying inflation was easing.\n\n"
    "The decision was expected by most economists polled by {agency}.\n"
)


@pytest.mark.parametrize(
    "byline", ["By Jane Doe, Nexora", "By JANE DOE | Nexora", "Jane Doe, Nexora News"]
)
def test_byline_stand_in_under_a_real_dateline(byline: str) -> None:
    story = (
        f"Bank holds rates\n\n{byline}\n\n"
        "LONDON, March 3 (Reuters) - The Bank of England held rates on Thursday.\n"
    )
    assert flagged(story, "WL201") == ["Nexora"]


@pytest.mark.parametrize(
    "byline", ["By Jane Doe, Nexora", "By JANE DOE | Nexora", "Jane Doe, Nexora News"]
)
@pytest.mark.parametrize("agency", ["Reuters", "Nexora"])
def test_byline_stand_in_beside_the_body_naming_the_newsroom(byline: str, agency: str) -> None:
    """No dateline: "polled by Reuters" names the story's own agency, and "polled by
    Nexora" proves the word a placeholder."""
    story = f"Bank holds rates\n\n{byline}\n\n" + BODY.format(agency=agency)
    warnings = [
        story[d.span.start : d.span.end]
        for d in lint(story, "WL201")
        if d.severity is Severity.WARNING
    ]
    assert warnings[:1] == ["Nexora"]
    assert story.index("Nexora") == next(
        d.span.start for d in lint(story, "WL201") if d.severity is Severity.WARNING
    )


def test_byline_place_after_the_comma_stays_quiet() -> None:
    story = (
        "Bank holds rates\n\nBy Jane Doe, Montevideo\n\n"
        "BUENOS AIRES, March 3 (Reuters) - Uruguay's central bank held rates on Thursday.\n"
    )
    assert flagged(story, "WL201") == []


# Plurals written as one thing's name, at a line's start and end, after a hyphen or a
# mark (no match there), and at the story's end with no line break after it.
PLURAL_SHAPES = (
    "The Gouts's spending rose.\nGouts's head quit\nthe anti-Gouts's view; O'Gouts's\n"
    "the Mutants's head\n“Flames's” return\nFlames is\nthe Substrates now negotiates\n"
    "Gouts'sa and Gouts's"
)


def test_plurals_read_as_names_are_found_by_their_cues_as_by_a_scan_of_the_story() -> None:
    # The possessive plural is read only on the lines holding "s's"; the plural before a
    # verb from its capital on: both find what a scan of every place finds.
    import re

    from tests.conftest import corpus_files
    from wirelint.rules.wl201_placeholder_brand import (
        _S_POSSESSIVE_RE,
        _S_SUBJECT_RE,
        _possessive_plurals,
    )

    subject_everywhere = re.compile(r"(?<![\w'’-])([A-Z][\w-]*s) ([a-z]+)\b(?: ([a-z]+)\b)?")
    copy = "\n\n".join(p.read_text(encoding="utf-8") for p in corpus_files(every=40))
    for text in (PLURAL_SHAPES, copy + "\n" + PLURAL_SHAPES):
        found = [m.span(1) for m in _possessive_plurals(text)]
        assert found == [m.span(1) for m in _S_POSSESSIVE_RE.finditer(text)]
        assert [m.groups() for m in _S_SUBJECT_RE.finditer(text)] == [
            m.groups() for m in subject_everywhere.finditer(text)
        ]
    assert len(list(_possessive_plurals(PLURAL_SHAPES))) == 6
