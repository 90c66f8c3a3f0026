"""WL101 on respellings the story places where the name stands: a name respelled into an
English word (`George Bash` beside `George Bush`), a name set once in capitals whatever
stands beside it (`ALTRIA rising` beside `Altria Group`), a last name set once in lower
case after a person's first name elsewhere (`Tony Robinson` ... `robinson`), and a name
with a capital of its own inside written with its capitals otherwise (`MCManaman`)."""

from __future__ import annotations

import pytest

from tests.conftest import lint


def _flagged(story: str) -> list[str]:
    return [story[d.span.start : d.span.end] for d in lint(story, "WL101")]


@pytest.mark.parametrize(
    ("story", "slip"),
    [
        # A word after the first name the name has.
        (
            "Head\n\nPresident George Bush said on Monday that taxes would fall. Bush spoke "
            "in Ohio.\n\nLater George Bash told reporters he was confident.\n",
            "Bash",
        ),
        # The same first name says one person even when each spelling is used once.
        (
            "Head\n\nChancellor Gordon Brown said taxes would fall.\n\nLater Gordon Crown "
            "told reporters he was confident.\n",
            "Crown",
        ),
        # A word after the title the name has.
        (
            "Head\n\nSenator John Kerry said on Monday that taxes would fall. Mr Kerry spoke "
            "in Ohio.\n\nLater Mr Kelly told reporters he was confident.\n",
            "Kelly",
        ),
        (
            "Head\n\nChancellor Gordon Brown said taxes would fall. Mr Brown spoke in "
            "Leeds.\n\nLater Mr Crown told reporters he was confident.\n",
            "Crown",
        ),
        # A word alone in running text beside a person's name.
        (
            "Head\n\nPresident George Bush said on Monday that taxes would fall. Bush spoke "
            "in Ohio.\n\nThe plan, Bash said, was fair.\n",
            "Bash",
        ),
        # The full reference respelled, the name used alone after it.
        (
            "Head\n\nThe Communications Minister Dayanidhi Marian said that there is a need "
            "to fund mobile firms.\n\nMr Maran said the plan was fair. Maran spoke in Delhi.\n",
            "Marian",
        ),
        # A common word capitalised alone in running text, one key from a firm's name
        # the story uses alone.
        (
            "Head\n\nShares in Boeing rose on Monday. Orders at Boeing were strong, traders "
            "said.\n\nThe new jet, said Bowing, would sell well.\n",
            "Bowing",
        ),
    ],
)
def test_a_word_where_the_name_stands_is_reported(story: str, slip: str) -> None:
    assert slip in _flagged(story)


@pytest.mark.parametrize(
    ("story", "slip"),
    [
        # In capitals once, beside the name's one use in a longer name.
        (
            "Head\n\nThe accused were Altria Group and others. The ruling was welcomed.\n\n"
            "Shares closed higher, with ALTRIA rising 5%.\n",
            "ALTRIA",
        ),
        # At a sentence's start, beside the name's uses after a preposition.
        (
            "Head\n\nThe plan is for the development of Italy. It is harder for Italy to "
            "compete.\n\nITALY plans to raise 25bn euros from sales.\n",
            "ITALY",
        ),
        # An ordinary word the story writes with its capital inside sentences.
        (
            "Head\n\nExports to the United States rose. Imports from the United States "
            "fell.\n\nThe deficit is a challenge for the UNITED States, it said.\n",
            "UNITED",
        ),
        # A news agency's name: a slip, not one of the agency's own forms.
        (
            "Head\n\nShares rose, an analyst told Reuters. Another dealer told Reuters the "
            "rally would last.\n\nIt is still looking good, he told REUTERS on Monday.\n",
            "REUTERS",
        ),
    ],
)
def test_a_name_set_once_in_capitals_is_reported(story: str, slip: str) -> None:
    assert slip in _flagged(story)


def test_a_last_name_in_lower_case_after_a_first_name_elsewhere_is_reported() -> None:
    story = (
        "Head\n\nThe show was hosted by Tony Robinson in 1989. It ran for ten years.\n\n"
        "Critics said robinson was the best host it had.\n"
    )
    assert _flagged(story) == ["robinson"]


@pytest.mark.parametrize(
    ("story", "slip"),
    [
        (
            "Head\n\nSteve McManaman scored twice. McManaman said the team played well.\n\n"
            "The chance MCManaman missed was easy.\n",
            "MCManaman",
        ),
        (
            "Head\n\nThe band McFly topped the chart. McFly thanked their fans.\n\n"
            "Keane, Joss Stone and MCFly were all in the top 10.\n",
            "MCFly",
        ),
    ],
)
def test_an_inner_capital_written_otherwise_is_reported(story: str, slip: str) -> None:
    assert _flagged(story) == [slip]


@pytest.mark.parametrize(
    ("story", "word"),
    [
        # bbc/sport/003.txt: a country after a place's preposition, beside a person.
        (
            "Greene sets sights on world title\n\nMaurice Greene aims to wipe out the pain "
            "of losing his Olympic 100m title in Athens by winning a fourth World "
            "Championship crown this summer.\n\nHe had to settle for bronze in Greece behind "
            'fellow American Justin Gatlin and Francis Obikwelu of Portugal. "It really '
            "hurts to look at that medal. It was my mistake. I lost because of the things I "
            'did," said Greene, who races in Birmingham on Friday.\n',
            "Greece",
        ),
        # bbc/sport/086.txt: a people's name in a noun phrase, beside a person.
        (
            "Disappointed Scott in solid start\n\nAllan Scott is confident of winning a "
            "medal at next week's European Indoor Championships after a solid debut on the "
            "international circuit.\n\nThe 22-year-old Scot finished fourth in the 60m "
            "hurdles at the Jose M Cagigal Memorial meeting in Madrid.\n\nScott was slightly "
            "disappointed with his run in the final.\n",
            "Scot",
        ),
        # bbc/business/275.txt: a people beside its country, another ending.
        (
            "Five million Germans out of work\n\nGermany's unemployment figure rose above "
            "the psychologically important level of five million last month.\n\n"
            "Unemployment has not been this high in Germany since the 1930s.\n",
            "Germans",
        ),
        # bbc/politics/346.txt: a party beside a first name, a distant consonant.
        (
            "Labour's four little words\n\nMr Milburn, in the latest in his series of "
            "pre-election-campaign campaigning, explained the slogan was the reaction to "
            "polling which suggests the public believe Labour and Tony Blair are the future "
            "while Michael Howard and the Tories would take the country backwards.\n\nAnd, "
            "coincidentally, the ad men who came up with the abandoned flying pigs and "
            'so-called "Fagin" posters which caused Tory protests have not been sacked but, '
            'as election supremo Alan Milburn declared, "are doing a very good job".\n\n'
            "They could, however, picture Michael Howard or, of course, Tony Blair doing "
            "it. And Tony Blair would be in the very front line of that campaign, he said.\n",
            "Tory",
        ),
        # bbc/tech/160.txt: part of a hyphenated title, beside another game's name.
        (
            "Halo 2 sells five million copies\n\nMicrosoft is celebrating bumper sales of "
            "its Xbox sci-fi shooter, Halo 2.\n\nHalo 2 has proved popular online.\n\nHalo 2 "
            "dropped one place to five, while Half-Life 2 fell to number nine.\n",
            "Half",
        ),
        # reuters-21578/00273.txt: an acronym in a source's capitals beside the house's
        # title case.
        (
            "SAUDI CRUDE OUTPUT\n\nThe production figures include neutral zone output but "
            "not sales from floating storage, which are generally considered part of a "
            "country's output for Opec purposes.\n\nSaudi Arabia has an Opec quota of 4.133 "
            "mln bpd under a production restraint scheme approved by the 13-nation group "
            "last December to back new official oil prices averaging 18 dlrs a barrel.\n\n"
            "Saudi Arabian oil minister Hisham Nazer yesterday reiterated the kingdom's "
            "commitment to the December OPEC accord and said it would never sell below "
            "official prices.\n",
            "OPEC",
        ),
    ],
)
def test_real_copy_where_the_word_is_no_slip_is_not_reported(story: str, word: str) -> None:
    assert word not in _flagged(story)
