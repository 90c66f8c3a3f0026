"""WL101 on the slips the letter-by-letter pairing used to miss: a person's name set in
lower case once (`blair`, `mcCormack`), a key struck twice (`Googgle`), a vowel for
another (`Gaogle`)."""

from __future__ import annotations

import pytest

from tests.conftest import lint


def _flagged(story: str) -> list[str]:
    return [story[d.span.start : d.span.end] for d in lint(story, "WL101")]


@pytest.mark.parametrize(
    ("story", "slip"),
    [
        # A last name used alone and with a first name, once in lower case.
        (
            "Head\n\nPrime Minister Tony Blair said taxes would not rise. The plan, said "
            "Blair, was fair.\n\nCritics said blair had misled voters.\n",
            "blair",
        ),
        # In lower case with a possessive: the mark is no part of the name.
        (
            "Head\n\nPrime Minister Tony Blair said taxes would not rise. The plan, said "
            "Blair, was fair.\n\nCritics mocked blair's plan on Monday.\n",
            "blair",
        ),
        # After the title its capitalised uses have.
        (
            "Head\n\nFed chairman Alan Greenspan spoke on Monday. Mr Greenspan said rates "
            "would rise.\n\nMr greenspan added that growth was strong.\n",
            "greenspan",
        ),
        # The first capital lost, the inner one kept.
        (
            "Head\n\nStriker James McCormack scored twice. The goals, said McCormack, were "
            "lucky.\n\nCoach Smith praised mcCormack afterwards.\n",
            "mcCormack",
        ),
        # A key struck twice, in a name that is a common word too.
        (
            "Head\n\nTime Warner now owns 8% of search engine Google. Shares in Google "
            "rose.\n\nAnalysts said Googgle would gain.\n",
            "Googgle",
        ),
        (
            "Head\n\nThe Federal Reserve raised rates. Economists expected the Federal "
            "Reserve to act.\n\nThe Federal Resserve said inflation was low.\n",
            "Resserve",
        ),
        # A vowel for another.
        (
            "Head\n\nTime Warner now owns 8% of search engine Google. Shares in Google "
            "rose.\n\nAnalysts said Gaogle would gain.\n",
            "Gaogle",
        ),
        (
            "Head\n\nHe called on Congress to act. Congress has not voted.\n\n"
            "Leaders in Congross said no.\n",
            "Congross",
        ),
    ],
)
def test_reports_the_slip(story: str, slip: str) -> None:
    assert slip in _flagged(story)


@pytest.mark.parametrize(
    "story",
    [
        # An ordinary word the story also capitalises in names (British spelling no
        # American list holds): `the Ministry`, `Ministry of Defence`.
        "Head\n\nThe Agriculture Ministry said output rose. The Ministry said so again.\n\n"
        "A ministry official declined to comment.\n",
        # The capitalised word only ever part of a longer name, the lower-case one a noun.
        "Head\n\nHe served at the Scripps Institution of Oceanography. Scripps "
        "Oceanography director Jane Roe spoke.\n\nHe earned a PhD in oceanography.\n",
        # A plural of a word: `Sevens` teams, a `sevens` coach.
        "Head\n\nThe Los Angeles Sevens started. Wales beat Fiji at the Sevens.\n\n"
        "The England sevens coach Mike Friday said so.\n",
        # A common word's possessive in lower case beside the name of a firm that
        # uses the word: no slip of the name.
        "Head\n\nShares in Allied Bank rose. Allied Bank said profit doubled.\n\n"
        "Analysts said the bank's outlook was strong.\n",
        # An address, not running text.
        "Head\n\nFarmers use Huaral to sell crops. The Huaral system, said Ana Ruiz, "
        "helps.\n\nIts site is huaral.org.\n",
        # Standard Life, the insurer, beside Liffe, the exchange: a longer name always,
        # against one standing alone.
        "Head\n\nStandard Life is a shareholder. Reports say Standard Life may seek a "
        "vote.\n\nStandard Life Investments said so, as did the derivatives market "
        "Liffe.\n",
    ],
)
def test_leaves_alone(story: str) -> None:
    assert _flagged(story) == []


def test_the_capital_wins_a_tie() -> None:
    story = "Head\n\nMr greenspan spoke on Monday.\n\nLater Mr Greenspan said rates would rise.\n"
    (found,) = lint(story, "WL101")
    assert story[found.span.start : found.span.end] == "greenspan"
    assert "use `Greenspan`" in found.message


# -- a name set in capitals once in running text ------------------------------------------


def _fixed(story: str) -> list[str]:
    return [e.replacement for d in lint(story, "WL101") for f in d.fixes for e in f.edits]


@pytest.mark.parametrize(
    ("story", "slip", "fix"),
    [
        # A last name with a first name and alone, once in capitals.
        (
            "Head\n\nPrime Minister Tony Blair said taxes would not rise. The plan, said "
            "Blair, was fair.\n\nCritics said BLAIR had misled voters.\n",
            "BLAIR",
            "Blair",
        ),
        # After a title; the possessive is kept in the case of the running text.
        (
            "Head\n\nMiler Roger Bannister ran on Monday. The record, said Bannister, was "
            "easy.\n\nMr BANNISTER'S coach agreed.\n",
            "BANNISTER",
            "Bannister's",
        ),
        # A first name before the use in capitals says a person.
        (
            "Head\n\nElena DEMENTIEVA won the final. The Russian, ranked sixth, broke "
            "serve early.\n\nDementieva said she was happy. Williams praised Dementieva.\n",
            "DEMENTIEVA",
            "Dementieva",
        ),
        # A place: the story writes `in Tikrit`.
        (
            "Head\n\nFighting broke out in Tikrit on Monday. Residents of Tikrit fled.\n\n"
            "Troops entered TIKRIT at dawn.\n",
            "TIKRIT",
            "Tikrit",
        ),
    ],
)
def test_reports_a_name_in_capitals(story: str, slip: str, fix: str) -> None:
    assert _flagged(story) == [slip]
    assert _fixed(story) == [fix]


@pytest.mark.parametrize(
    "story",
    [
        # Acronyms, whether or not the story also writes them in title case.
        "Head\n\nNato leaders met. Nato Secretary-General Jens Stoltenberg said Nato would "
        "act.\n\nNATO troops and UEFA officials watched with the BBC.\n",
        "Head\n\nSouth Korea's Korea Electric Power Corp (Kepco) signed. Firms sold "
        "turbines to Kepco.\n\nKEPCO has also been negotiating with others.\n",
        # Emphasis inside a quotation.
        'Head\n\nPrime Minister Tony Blair spoke. "We will NEVER give in," said Blair.\n',
        # A shouted quotation that names him.
        "Head\n\nPrime Minister Tony Blair spoke. Protesters met Blair with chants of "
        '"BLAIR OUT" outside.\n',
        # A headline in capitals.
        "BLAIR NAMES POLL DATE\n\nPrime Minister Tony Blair named the day. The date, "
        "said Blair, was fixed.\n",
        # A paragraph in capitals.
        "Head\n\nPrime Minister Tony Blair named the day. The date, said Blair, was "
        "fixed.\n\nEDITORS: BLAIR WILL SPEAK AT NOON.\n",
        # The dateline's city in capitals.
        "LONDON, May 3 (Reuters) - Shares fell in London on Monday. Traders in London "
        "said demand was weak.\n",
        # Initials and Roman numerals are no title-case names.
        "Head\n\nAuthor J.R.R. Tolkien wrote it. Tolkien, said the US editor, liked Henry VIII.\n",
    ],
)
def test_leaves_capitals_alone(story: str) -> None:
    assert _flagged(story) == []


_SHOUTED = (
    "Head\n\nPrime Minister Tony Blair named the day. The date, said Blair, was fixed. "
    "BLAIR added that it would hold.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "flagged"),
    [
        # Running text mostly in mixed case: the name once in capitals is a slip.
        (
            "The talks, aides said, would run into the night and resume at dawn, when the "
            "delegations meet again to settle the wording of the final statement on trade.\n",
            ["BLAIR"],
        ),
        # A line in capitals, but under a quarter of the words: still a slip.
        ("AN OLD WIRE SET IN CAPITALS CARRIES THE NEXT LINE TOO.\n", ["BLAIR"]),
        # A quarter of the words or more in capitals: the story's style, no slip.
        ("AN OLD WIRE SET IN CAPITALS CARRIES THE NEXT LINE AND THE ONE AFTER IT TOO.\n", []),
    ],
)
def test_a_story_in_capitals_sets_names_so(tail: str, flagged: list[str]) -> None:
    assert _flagged(_SHOUTED + tail) == flagged
