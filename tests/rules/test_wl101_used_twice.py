"""WL101 on names used twice, once each way, and on names inside capitals and compounds."""

from __future__ import annotations

import pytest

from tests.conftest import lint


def _flagged(story: str) -> list[str]:
    return [story[d.span.start : d.span.end] for d in lint(story, "WL101")]


@pytest.mark.parametrize(
    ("story", "slips"),
    [
        # A last name used alone refers to the last full mention, even with its ending
        # changed. Nothing says which of the two is right: both are reported.
        (
            "Head\n\nWMC chief executive Andrew Michelmore spoke on Monday.\n\n"
            "Mr Michelmora claimed the offer was too low.\n",
            "Michelmore Michelmora",
        ),
        # An ending changed to a form no word list has seen, beside one it has.
        (
            "Head\n\nThe Tories unveiled their plans.\n\nThe black hole the Toriew see is large.\n",
            "Toriew",
        ),
        # An initial in a line-up is the first name of the text.
        (
            "Head\n\nKevin Mprgan wins a place on the bench.\n\n"
            "Replacements: K Morgan, J Yapp, G Thomas, D Peel.\n",
            "Mprgan",
        ),
        # A last name used alone after the full mention, its last letter lost.
        (
            "Head\n\nItalian Prime Minister Silvio Berlusconi voiced concerns.\n\n"
            "Mr Berluscon said the euro was too strong.\n",
            "Berluscon",
        ),
        # A word that opens a sentence is no first name: `Although Delors` is Jacques.
        (
            "Head\n\nCommission president Jacques Depors spoke on Monday.\n\n"
            "Although Delors wants a summit, the date is open.\n",
            "Depors Delors",
        ),
        # A headline in capitals, a name of the usual length one letter off.
        (
            "CSFB SAYS VOCLKER'S RESIGNATION A SHOCK\n\n"
            "The resignation of Paul Volcker was a shock. Volcker had served two terms.\n",
            "VOCLKER",
        ),
        # An acronym mistyped in running text (wikinews/0269.txt).
        (
            "Head\n\nBefore COVID, services ran. During COVID they stopped.\n\n"
            "Was this before COIVD, or during?\n",
            "COIVD",
        ),
        # A part of a name of capitalised parts.
        (
            "Head\n\nRobert Kilroy-Silk founded Veritas this month.\n\n"
            "Mr Kliroy-Silk said the party would stand everywhere.\n",
            "Kliroy",
        ),
    ],
)
def test_used_twice_once_each_way(story: str, slips: str) -> None:
    assert _flagged(story) == slips.split()


@pytest.mark.parametrize(
    "story",
    [
        # The parts of one name are different names (reuters-21578/01940.txt).
        "Head\n\nBank governor Chang Chi-Cheng told reporters. Chang said so.\n\n"
        "Wang Chang, an economist, agreed.\n",
        # A family and one of its members; a country and its people.
        "Head\n\nDavid and Victoria Beckham are on the list.\n\nThe Beckhams qualify.\n",
        "Head\n\nShe starred in Hotel Rwanda about the 1994 Rwandan genocide.\n",
        # A plural in a headline in capitals against the singular below it.
        "UNITED TELECOMS GROUP BIDS\n\nThe bid for International Telecom Japan went ahead.\n",
    ],
)
def test_quiet(story: str) -> None:
    assert _flagged(story) == []
