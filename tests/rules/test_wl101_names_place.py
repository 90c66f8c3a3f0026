"""WL101 on a name respelled by its case or its joining where only the name can stand:
a common word in lower case after the name's first name or title, or in a speaker's
slot (`Gordon brown told MPs`, `Ms rice said`), a short name in capitals after a title
(`Mr MARR said`), and a particle's capital or joining changed (`De Gea` beside `de
Gea`, `binLaden` beside `bin Laden`, `Saint Etienne` beside `Saint-Etienne`). The same
word in its own place (`brown bread`, `the rice harvest`, `a young player`) is left
alone."""

from __future__ import annotations

import pytest

from tests.conftest import lint


def _flagged(story: str) -> list[str]:
    return [story[d.span.start : d.span.end] for d in lint(story, "WL101")]


BROWN = (
    "Budget row\n\nChancellor Gordon Brown spoke to MPs on Monday. Mr Brown said the "
    "economy was strong.\n\n"
)
RICE = (
    "Rice in Paris\n\nUS Secretary of State Condoleezza Rice arrived in Paris on Monday. "
    "Ms Rice met the foreign minister.\n\n"
)
YOUNG = (
    "Villa win\n\nAshley Young scored twice for Villa on Saturday. The winger's pace "
    "troubled the defence all afternoon, said Young.\n\n"
)


@pytest.mark.parametrize(
    ("story", "slip"),
    [
        # A common word after the name's own first name and title.
        (BROWN + "Later Chancellor Gordon brown told MPs the plan would work.\n", "brown"),
        # After the title the story gives the name.
        (RICE + "Later Ms rice said talks had gone well.\n", "rice"),
        # Alone in a speaker's slot, where no common word stands.
        (YOUNG + '"We were the better side," said young.\n', "young"),
        (BROWN + "The plan will work, brown said on Tuesday.\n", "brown"),
        # Opening a sentence before a possessive, a person's name.
        (BROWN + "brown's plan was welcomed by the markets.\n", "brown"),
        # A person's introduction: a first name used only there, every later use the
        # person's.
        (
            "Budget\n\nChancellor Gordon brown told MPs on Monday the plan would work. "
            "Mr Brown said the economy was strong, and Mr Brown will speak again.\n",
            "brown",
        ),
        # A name no dictionary holds after a first name it never has elsewhere.
        (
            "Oscar hopes\n\nUS actor Jamie foxx has been nominated twice this year. The "
            "praise for the actor grew after the awards, and critics said Foxx was the "
            "favourite.\n",
            "foxx",
        ),
        # Opening a sentence in lower case, a name no dictionary holds.
        (
            "Open final\n\nRoger Federer beat Feliciano Lopez in the final at the club on "
            "Sunday. Federer said he was pleased.\n\nlopez, who lost last year, took the "
            "first set.\n",
            "lopez",
        ),
    ],
)
def test_reports_a_name_in_lower_case_in_its_place(story: str, slip: str) -> None:
    assert slip in _flagged(story)


@pytest.mark.parametrize(
    "story",
    [
        # The common word in its own place, beside the person's name.
        BROWN + "The canteen served brown bread to the visitors.\n",
        RICE + "The rice harvest in Asia was poor this year.\n",
        YOUNG + "The manager praised a young player from the academy.\n",
        # After a capitalised word, the common word after the person's introduction.
        RICE + "Dinner was Basmati rice and fish.\n",
        # One title-like word before a common one is no person (bbc/entertainment/275.txt).
        (
            "Awards\n\nThe show Grand Hotel won on Sunday. Nominations were read at "
            "London's Hilton hotel, and both shows are stage adaptations.\n"
        ),
        (
            "Brexit talks\n\nPrime Minister Theresa May spoke in Brussels. Mrs May said "
            "talks would go on.\n\nOfficials said a deal may come soon.\n"
        ),
        # A common noun in a speaker's slot, though a sentence opens with it
        # capitalised (real copy: Reuters market reports).
        (
            "Dollar firm\n\nDealers said the dollar was steady in quiet trading. The "
            "market ignored the figures, dealers said.\n"
        ),
        # A common noun after a name, in a house style that writes it so once
        # (bbc/tech/014.txt: `the European parliament` beside `European Parliament`).
        (
            "Patent law\n\nThe European Parliament voted on Tuesday. The European "
            "Parliament will vote again.\n\nThe law had a troubled passage through the "
            "European parliament.\n"
        ),
        # The sentence's first word before the common noun (bbc/politics/044.txt).
        (
            "Prince's income\n\nThe Duchy of Cornwall made a profit. The Duchy of "
            "Cornwall pays no tax.\n\nThe duchy last year generated almost 12m.\n"
        ),
    ],
)
def test_leaves_a_common_word_in_its_own_place_alone(story: str) -> None:
    assert _flagged(story) == []


@pytest.mark.parametrize(
    ("story", "slip"),
    [
        # A short name in capitals after a title: no acronym stands there.
        (
            "Message row\n\nLabour spokesman Andrew Marr spoke on Monday.\n\nBut Mr MARR "
            "said it would be wrong to go on with the plan.\n",
            "MARR",
        ),
        # After the same first name as its use in title case.
        (
            "Film awards\n\nHollywood star Richard Gere arrived on Monday with friends. "
            "Stars including Richard GERE are in the audience.\n",
            "GERE",
        ),
    ],
)
def test_reports_a_short_name_in_capitals_after_a_title(story: str, slip: str) -> None:
    assert slip in _flagged(story)


def test_leaves_an_acronym_in_capitals_alone() -> None:
    story = (
        "Summit\n\nThe Nato summit opened on Monday in the city. Officials said NATO "
        "would meet again next year.\n"
    )
    assert _flagged(story) == []


@pytest.mark.parametrize(
    ("story", "slip"),
    [
        # A particle's capital inside a sentence, against the story's form twice.
        (
            "Keeper shines\n\nGoalkeeper David de Gea saved a penalty on Sunday. Manager "
            "Louis van Gaal praised de Gea, and said De Gea was the best.\n",
            "De Gea",
        ),
        # A particle in lower case run into the name.
        (
            "New tape\n\nOsama bin Laden was seen on Sunday in the video. The tape showed "
            "bin Laden in the mountains, and binLaden was said to be well.\n",
            "binLaden",
        ),
        # A hyphen set as a space after a particle in lower case.
        (
            "Attack\n\nPolice said al-Qaeda was behind the attack on Sunday. Experts said "
            "al-Qaeda had grown, and al Qaeda cells were active.\n",
            "al Qaeda",
        ),
        # A title-like first part is part of the name: its hyphen set as a space.
        (
            "Derby\n\nSaint-Etienne beat Lyon on Sunday in the league. The win lifted "
            "Saint-Etienne to third place, and Saint Etienne fans celebrated.\n",
            "Saint Etienne",
        ),
    ],
)
def test_reports_a_particle_written_another_way(story: str, slip: str) -> None:
    assert _flagged(story) == [slip]


@pytest.mark.parametrize(
    "story",
    [
        # A particle with its capital at a sentence's start says nothing of its case.
        (
            "Keeper shines\n\nGoalkeeper David de Gea saved a penalty on Sunday. Manager "
            "Louis van Gaal praised him. De Gea said he was happy.\n"
        ),
        # The Dutch convention: lower case after a first name, a capital without one.
        (
            "Killing\n\nFilm maker Theo van Gogh was killed on Sunday. A picture of Mr "
            "Van Gogh was published. Friends of Theo van Gogh gathered.\n"
        ),
        # The point after an abbreviation is a stylebook's matter, not a spelling.
        (
            "Derby\n\nSt Helens beat Wigan on Sunday. The win lifted St Helens to third "
            "place, and St. Helens fans celebrated.\n"
        ),
        # Two titles are no name (`Vice-President`).
        (
            "Visit\n\nVice President Dick Cheney spoke on Monday. The Vice-President said "
            "the war was going well.\n"
        ),
    ],
)
def test_leaves_a_particle_alone(story: str) -> None:
    assert _flagged(story) == []
