"""WL101 on slips an editor meets in any mention of a name: a form used once that stands
where the other spelling stands (`Air Cihna` beside `Air China`), a short name mistyped
beside one used again and again (`Furd`, `Ford`), a slip of the fingers in a name every
list knows well before another last name (`Dvaid Davis` beside `David Blunkett`), a rare
name set once in lower case (`exxon said`), and a key held at a name's end (`Japann`)."""

from __future__ import annotations

import pytest

from tests.conftest import lint


def _flagged(story: str) -> list[str]:
    return [story[d.span.start : d.span.end] for d in lint(story, "WL101")]


@pytest.mark.parametrize(
    ("story", "slip"),
    [
        # Items of one list are different names, but not one that stands where the
        # other spelling stands elsewhere (`Air China`).
        (
            "Airline float\n\nThe carriers have been put into three groups under Air Cihna, "
            "China Southern and China Eastern.\n\nMerrill Lynch will run Air China's "
            "flotation, and China wants it done by June. Analysts said China had waited.\n",
            "Cihna",
        ),
        # A name used again and again, mistyped once in four letters with nothing
        # beside the slip that says another name.
        (
            "Car maker cuts\n\nRover said on Monday it would cut 1,000 jobs. Shares in "
            "Rover rose 2%.\n\nAnalysts said Rovr had little choice. Rover makes cars in "
            "Longbridge.\n",
            "Rovr",
        ),
        # A first name every list knows, its letters swapped, before another last name.
        (
            "Tory row\n\nHome Secretary David Blunkett said the plans were fair.\n\n"
            "Shadow home secretary Dvaid Davis said the bill went too far.\n",
            "Dvaid",
        ),
        # A rare name set with its capital twice, inside a longer name, and once in
        # lower case there.
        (
            "Rates held\n\nThe Bank of Japan kept rates on hold. The Bank of Japan "
            "meets again in May.\n\nBanks will hold accounts at the Bank of japan, "
            "sources said.\n",
            "japan",
        ),
    ],
)
def test_flagged(story: str, slip: str) -> None:
    assert _flagged(story) == [slip]


def test_a_key_held_at_the_end_is_the_slip_of_a_tie() -> None:
    # One use each: the form the word list knows is the one to use, not the longer.
    story = (
        "Trade talks\n\nOfficials from Japan met on Monday.\n\n"
        "Exports to Japann rose 3%, the ministry said.\n"
    )
    (d,) = lint(story, "WL101")
    assert story[d.span.start : d.span.end] == "Japann"
    assert "use `Japan`" in d.message


@pytest.mark.parametrize(
    "story",
    [
        # Two people whose first names differ as names do from language to language
        # (bbc/sport/268.txt, bbc/sport/476.txt).
        (
            "Reds win\n\nPatrick Vieira scored early for Arsenal.\n\nThe best chance "
            "came when Patrik Berger's break played him clear.\n"
        ),
        (
            "Dubai Open\n\nElena Dementieva beat Serena in Melbourne.\n\nShe opens "
            "against Eleni Daniilidou of Greece.\n"
        ),
        # A name of another language beside the English one (wikinews/0084.txt).
        (
            "Ebola trial\n\nThe National Institute of Health ran the trial.\n\n"
            "The Institut National de Recherche Biomedicale monitored it.\n"
        ),
        # A short first name before a last name of its own beside a country.
        (
            "Virus\n\nIran said on Monday cases rose. Iran closed schools and Iran "
            "shut shrines.\n\nDeputy minister Iraj Harirchi fell ill.\n"
        ),
        # The common noun beside the longer name it shortens (bbc/politics/044.txt).
        (
            "Royal income\n\nThe prince is paid from the Duchy of Cornwall. Income from "
            "the Duchy of Cornwall rose.\n\nThe duchy last year generated almost £12m.\n"
        ),
        # A word set with its capital only where a sentence opens.
        (
            "Food\n\nKimchi is made from cabbage. Kimchi sales rose.\n\n"
            "Shoppers bought more kimchi this year.\n"
        ),
    ],
)
def test_not_flagged(story: str) -> None:
    assert _flagged(story) == []
