"""WL201: the outlet's one mention in a story with no dateline, replaced by a stand-in.

BBC-style copy names its outlet once, in the body, and nowhere in a dateline or credit: a
find-and-replace leaves nothing to compare the stand-in with. The form it stands in must
say it: the outlet's services after a two-word stand-in ("told Moorings Newsreader Radio
4's"), the bare mark of a stand-in ending in s before a named reporter ("Harvests'
reporter Anna Lee"), the outlet's weather desk, its staff quoted as a group. Stories that
quote another outlet or name a firm stay quiet.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged

LEAD = (
    "Residents of a Somerset village have been told to expect more flooding this winter "
    "after defences failed for the third time in two years."
)
CLOSE = "The Environment Agency said it would review the scheme in the spring."


def story(sentence: str) -> str:
    return f"Village flood defences fail again\n\n{LEAD}\n\n{sentence}\n\n{CLOSE}\n"


MUST_FLAG = [
    (
        "In an interview with Harvests' reporter Anna Lee, the chairman said the county "
        "had ignored warnings.",
        "Harvests",
    ),
    ("Villagers told Lantern Online that water had reached the top of the bridge.", "Lantern"),
    ("Villagers told Harvests Sport that water had reached the top of the bridge.", "Harvests"),
    ("According to Lantern weather forecasters, more heavy rain is expected.", "Lantern"),
    ("According to Lantern analysts, the cost of repairs could reach £2m.", "Lantern"),
    (
        "During an interview with Steklemea Sealer Radio 4's Today programme, the chairman "
        "said he was sure.",
        "Steklemea Sealer",
    ),
    (
        'He told Traimix Dingle Radio Scotland\'s Good Morning Scotland programme: "It is right."',
        "Traimix Dingle",
    ),
    ("Mr Baume told Sidrea Cobbler News there were conflicting demands.", "Sidrea Cobbler News"),
    # The bare mark after an s, as "Reuters'" and "Wikinews'" take it.
    ("The law will be enforced, said the Rivets' home affairs correspondent.", "Rivets"),
    ("The law holds, and the Mixings' Sarah Rainsford in Moscow says most agree.", "Mixings"),
]


@pytest.mark.parametrize(("sentence", "stand_in"), MUST_FLAG)
def test_the_one_mention_replaced_is_reported(sentence: str, stand_in: str) -> None:
    assert flagged(story(sentence), "WL201") == [stand_in]


# Real copy from the corpus (other outlets quoted, firms named), and the same shapes with
# a firm, a club or a person where the outlet stood.
MUST_NOT_FLAG = [
    '"We are very pleased about that," Ms Jowell told Sky News.',
    "Iranian Prime Minister Mir-Hossein Mousavi told Tehran Radio.",
    '"Peaceful co-existence lies in the spread of democracy," Mr Blair told the Guardian newspaper.',
    '"The Mac Mini puts the Macintosh within the reach of everyone," an Apple spokesman said.',
    "He won four states, according to CNN's projections.",
    '"There is a clear downward trend in house prices," a Capital Economics statement said.',
    "Harrods staff were told of the changes on Monday.",
    "The shares fell 3%, said Nomura analysts in Tokyo.",
    "Richard Winger of Ballot Access News, and Tobin, each asked questions.",
    "Rangers' striker Kris Boyd said the side had been unlucky.",
    "Sky News reported that the talks had ended, and AFP reported the same.",
    "The farmers' representative John Smith said the scheme had failed.",
    '"If it exports that oil, it will be marketing a stolen product," Yukos spokesman Mike '
    "Lake told Agence France Press.",
    'She told Good Morning Wales: "Just to put the record straight, that business is over."',
    "It was a fine night, says the Beatles' Paul McCartney.",
    "It was a fine night, said the Rolling Stones' Keith Richards in London.",
]


@pytest.mark.parametrize("sentence", MUST_NOT_FLAG)
def test_other_outlets_and_firms_stay_quiet(sentence: str) -> None:
    assert flagged(story(sentence), "WL201") == []


def test_a_programme_told_in_copy_naming_its_own_outlet_stays_quiet() -> None:
    # bbc/politics: the BBC named elsewhere, a programme of two English words and a place.
    text = story(
        'She told Good Morning Wales: "Just to put the record straight." '
        "The claim is made in an interview for the BBC."
    )
    assert flagged(text, "WL201") == []


REUTERS = "TOKYO, March 3 (Reuters) - Japan's trade surplus is expected to narrow, officials said."


def wire(sentence: str) -> str:
    return f"Japan trade surplus seen narrowing\n\n{REUTERS}\n\n{sentence}\n"


@pytest.mark.parametrize(
    ("sentence", "stand_in"),
    [
        (
            "Martin J. Simon told Negotiators in an interview that he expects a profit.",
            "Negotiators",
        ),
        ("Ghirardi told Lenders the group considered Japan a prime market.", "Lenders"),
        ("The head of the Association of Private Banks told Headhunters.", "Headhunters"),
    ],
)
def test_a_plural_told_in_wire_copy_before_a_time_place_or_clause(
    sentence: str, stand_in: str
) -> None:
    assert flagged(wire(sentence), "WL201") == [stand_in]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister told Democrats in Congress the bill would pass.",
        "The envoy told Western diplomats the talks would resume.",
        "Rangers said on Monday the deal was off, and the manager told Rangers later.",
    ],
)
def test_groups_told_in_wire_copy_stay_quiet(sentence: str) -> None:
    assert flagged(wire(sentence), "WL201") == []
