"""WL101 on one name written two ways in its capitals or its parts, not its letters:
`Mcdonald` beside `McDonald`, `Vangaal` beside `Van Gaal`, `Al-Qaeda` beside `Al Qaeda`."""

from __future__ import annotations

import pytest

from tests.conftest import lint
from wirelint.analysis.names import shift_held


def _flagged(story: str) -> list[str]:
    return [story[d.span.start : d.span.end] for d in lint(story, "WL101")]


@pytest.mark.parametrize(
    ("story", "slip", "fix"),
    [
        # A capital inside the name lost.
        (
            "Head\n\nMcDonald's profits rose. McDonald said sales grew.\n\n"
            "Analysts said Mcdonald would gain.\n",
            "Mcdonald",
            "McDonald",
        ),
        (
            "Head\n\nFormer WorldCom boss Bernie Ebbers spoke. WorldCom collapsed.\n\n"
            "Lawyers for former Worldcom chief executive Mr Ebbers objected.\n",
            "Worldcom",
            "WorldCom",
        ),
        # Two parts of a name run together; the full reference decides.
        (
            "Head\n\nManchester United manager Louis Van Gaal said so. Van Gaal added more.\n\n"
            "Vangaal left the ground.\n",
            "Vangaal",
            "Van Gaal",
        ),
        (
            "Head\n\nThe Al Qaeda network claimed it. Al Qaeda said so.\n\n"
            "Officials blamed AlQaeda for the attack.\n",
            "AlQaeda",
            "Al Qaeda",
        ),
        # The first part a word the story writes in lower case too (`new`).
        (
            "Head\n\nThe trial started in New York on Monday. New York prosecutors spoke.\n\n"
            "A new jury was sworn in Newyork.\n",
            "Newyork",
            "New York",
        ),
        # The same longer name after both.
        (
            "Head\n\nThe Abu Sayyaf Group denied it. The army blamed the Abu Sayyaf Group.\n\n"
            "The AbuSayyaf Group are the suspected perpetrators.\n",
            "AbuSayyaf",
            "Abu Sayyaf",
        ),
        # The same two parts joined by a hyphen and by a space.
        (
            "Head\n\nRobert Kilroy-Silk quit UKIP. Mr Kilroy-Silk formed Veritas.\n\n"
            '"Robert Kilroy Silk is not a team player," a rival said.\n',
            "Kilroy Silk",
            "Kilroy-Silk",
        ),
        # `and` after the name of two parts joins items of a list, no longer name.
        (
            "Head\n\nSpike Lee, Burt Reynolds and Al Pacino came. The friends of "
            "Burt Reynolds and Oscar nominee Al Pacino wept.\n\n"
            '"I want his dignity," added BurtReynolds, his co-star.\n',
            "BurtReynolds",
            "Burt Reynolds",
        ),
        # The same `and` and name after both spellings: one list of two things.
        (
            "Head\n\nThe group bought Morton Mills and Blue Ridge last year. Morton Mills "
            "grew.\n\nIt sold the MortonMills and Blue Ridge businesses.\n",
            "MortonMills",
            "Morton Mills",
        ),
        # A company's legal form after the name run together makes no other company.
        (
            "Head\n\nShares in Harlow Benning rose. Harlow Benning said profits grew.\n\n"
            "The bid for HarlowBenning Plc was agreed.\n",
            "HarlowBenning",
            "Harlow Benning",
        ),
        # ... or after the two parts, possessive too, beside the name run together.
        (
            "Head\n\nShares of Pacific Crest Corp's main unit rose.\n\n"
            "PacificCrest said it would sell bonds. PacificCrest added more.\n",
            "Pacific Crest",
            "PacificCrest",
        ),
        # The shift key held a letter too long: a slip whichever name it is, a first
        # name before the other spelling, a quotation copied from writing, an agency's.
        (
            "S Korean lender faces liquidation\n\n"
            "The governor of KOrean Development Bank spoke on Monday.\n",
            "KOrean",
            "Korean",
        ),
        (
            'Head\n\nIn a letter he wrote: "It is best that Tony Blair rather than Michael '
            'HOward should form the next government." A spokesman for Michael Howard '
            "said so.\n",
            "HOward",
            "Howard",
        ),
        (
            "Head\n\nThe Observer reported the talks.\n\n"
            "According to the OBserver, 3,000 jobs could be lost.\n",
            "OBserver",
            "Observer",
        ),
    ],
)
def test_reported_with_the_fix(story: str, slip: str, fix: str) -> None:
    [d] = lint(story, "WL101")
    assert story[d.span.start : d.span.end] == slip
    assert d.fixes[0].edits[0].replacement == fix


def test_a_headlines_last_name_is_no_longer_name() -> None:
    # The next paragraph's first word (`Actor`) does not make the headline's `Tom Hanks`
    # part of a longer name (real copy: bbc/entertainment/098.txt, the body's run together).
    story = (
        "Da Vinci film to star Tom Hanks\n\nActor Tomhanks and director Ron Howard are "
        "reuniting for The Da Vinci Code.\n"
    )
    assert "Tomhanks" in _flagged(story)


@pytest.mark.parametrize("joined", ["Tomhanks", "TomHanks"])
def test_a_name_run_together_is_never_the_spelling_to_use(joined: str) -> None:
    # A title beside the run-together form (`Actor Tomhanks`) makes it no fuller a
    # reference than `Tom Hanks`, which holds its own given name.
    story = (
        "Da Vinci film to star Tom Hanks\n\nActor "
        + joined
        + " and director Ron Howard are reuniting for The Da Vinci Code.\n"
    )
    fixes = {fix.edits[0].replacement for d in lint(story, "WL101") for fix in d.fixes}
    assert fixes == {"Tom Hanks"}


def test_a_prefix_run_into_a_name_may_be_its_own_form() -> None:
    # `DiCaprio` is the actor's own spelling: the parts written apart do not decide.
    story = (
        "Head\n\nActor Leonardo DiCaprio said so. DiCaprio added more.\n\nDi Caprio left the set.\n"
    )
    [d] = lint(story, "WL101")
    assert story[d.span.start : d.span.end] == "Di Caprio"
    assert d.fixes[0].edits[0].replacement == "DiCaprio"


def test_a_tie_reports_both() -> None:
    story = "Head\n\nHitachi and PowerPage said so.\n\nThe Power Page site disagreed.\n"
    assert _flagged(story) == ["PowerPage", "Power Page"]


@pytest.mark.parametrize(
    "story",
    [
        # Different first names: two people.
        "Head\n\nIan MacDonald said so.\n\nRamsay Macdonald disagreed.\n",
        "Head\n\nLouis Van Gaal said so.\n\nMarc Vangaal disagreed.\n",
        # A company's name against a person's last name.
        "Head\n\nIan MacDonald said so. MacDonald added.\n\nShares in Macdonald Hotels rose.\n",
        # Items of two lists of names.
        "Head\n\nSubs: Van Gaal, Smith, Jones, Brown.\n\nTeam: Vangaal, Green, White, Black.\n",
        # A line in capitals says nothing of inner capitals.
        "MCDONALD PROFITS UP\n\nMcDonald said sales grew. McDonald added more.\n",
        # A company's own spelling, the start of a longer name (real copy).
        "Head\n\nJardine was thinking of moving its listed property subsidiary "
        "<Hongkong Land Ltd> to Bermuda. Jardine moved its domicile from Hong Kong. "
        "Hongkong Land was at a crossroads, with its properties in Hong Kong sold.\n",
        "Head\n\nThey mention Transworld Corp, initially Trans World Airlines, as an example. "
        "Transworld, now TW Services, is selling Hilton International.\n",
        # A legal form after the name run together, and the two parts the start of
        # another company's longer name.
        "Head\n\nTransworld Corp sold hotels. Trans World Airlines flew on. Trans World said so.\n",
        # A newspaper's title (real copy).
        "Head\n\nThe East African Community met. She told The EastAfrican so. "
        "East African leaders agreed.\n",
        # A title, not a name.
        "Head\n\nFormer Vice President Joe Biden had 54.\n\nFormer Vice-President Biden won.\n",
        # The pronoun after a name is no part of it.
        "Head\n\nIf I am in Iran I should get out.\n\nThe Irani officials said.\n",
        # After a name run together, `and` opens the company's own longer name.
        "Head\n\nHongkong and Shanghai Banking Corp rose. Hong Kong shares fell.\n",
        # Another name after `and`: the company's own longer name, not a list.
        "Head\n\nHongkong and Shanghai Banking rose. Hong Kong and Macau stocks fell.\n",
        # An agency's name, and the word (real copy: bbc/tech/065.txt).
        "Yahoo celebrates a decade online\n\nYahoo, one of the net's most iconic "
        "companies, is celebrating its 10th anniversary this week.\n\n"
        'Originally dubbed "Jerry\'s Guide to the World Wide Web" the firm adopted the '
        "moniker Yahoo because the founders liked the dictionary definition of a yahoo "
        "as a rude, unsophisticated, uncouth person.\n",
        # An everyday word is no name run together.
        "Head\n\nEvery One Counts is the slogan. Everyone agreed, Everyone said.\n",
    ],
)
def test_not_reported(story: str) -> None:
    assert _flagged(story) == []


@pytest.mark.parametrize(
    ("written", "held"),
    [
        ("HOward", True),
        ("KOrean", True),
        ("ROss", True),
        ("Howard", False),
        ("McDonald", False),
        ("MPs", False),
        ("UFOs", False),
        ("HOWARD", False),
    ],
)
def test_shift_held(written: str, held: bool) -> None:
    assert shift_held(written) is held
