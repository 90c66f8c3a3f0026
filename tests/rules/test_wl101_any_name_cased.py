"""WL101 on names of any kind, not only people's, set once in lower case or in capitals
(`gazprom`, `told REUTERS`), or broken in two with a part in lower case (`Gaz-prom`):
the story's own uses say it is a name, and the word list says the lower-case form is
no ordinary word."""

from __future__ import annotations

import pytest

from tests.conftest import lint


def _flagged(story: str) -> list[str]:
    return [story[d.span.start : d.span.end] for d in lint(story, "WL101")]


@pytest.mark.parametrize(
    ("story", "slip"),
    [
        # A firm's name, used alone inside a sentence, once in lower case.
        (
            "Gas deal agreed\n\nForeigners may now trade in Gazprom shares, officials "
            "said.\n\ngazprom chief Alexei Miller confirmed the deal.\n",
            "gazprom",
        ),
        # A country's, in a list.
        (
            "Talks open\n\nThe deal was signed with India on Monday.\n\n"
            "Representatives from China, Brazil, india and South Africa attended.\n",
            "india",
        ),
        # A person's, after a title, though the story names him once with a first name.
        (
            "Unilever shake-up\n\nDutch co-chairman Antony Burgmans will take the chair.\n\n"
            '"We are leaving behind the old structure," Mr burgmans said.\n',
            "burgmans",
        ),
        # Beside the same capitalised word as the name's use in title case.
        (
            "Rates held\n\nThe decision pleased finance minister Gustavo Suarez Davila "
            "on Friday.\n\nBanks had performed well, Suarez davila said.\n",
            "davila",
        ),
        # A last name no word list holds, always after a first name (real copy,
        # bbc/entertainment/182.txt, one mention set in lower case).
        (
            "Stars line up\n\nThe show will feature actors Kevin Spacey, Halle Berry and "
            "George Clooney on the NBC broadcast.\n\nGeorge Clooney recently reacted "
            "angrily to a newspaper's claim. But clooney accused O'Reilly of creating a "
            "fuss for his own personal gain.\n",
            "clooney",
        ),
    ],
)
def test_reports_a_name_in_lower_case(story: str, slip: str) -> None:
    assert slip in _flagged(story)


@pytest.mark.parametrize(
    "story",
    [
        # A word of the dictionary, whatever its capitals: `Labour` the party, `labour`
        # the workforce.
        "Vote looms\n\nThe plan was backed by Labour on Monday.\n\n"
        "Firms relied on cheap immigrant labour, he said.\n",
        # `Rose` a woman, `rose` a verb.
        "Profits up\n\nThe company, said Rose, had done well.\n\nShares rose 5% on Friday.\n",
        # Capitalised only as a sentence's first word after a quotation mark.
        'Tour\n\n"Rugby is still my priority," he said.\n\nHe wants to play the best rugby.\n',
        # A misspelled word, not a name, though a company's name holds it too (real
        # copy: reuters-21578/02618.txt).
        '"Things just aren\'t adding up," said Steve Slifer of Lehman Goverment '
        'Securities Inc. "Consumer spending, capital spending, goverment spending, and '
        'net exports data show very weak first quarter GNP."\n',
        # An abbreviation after another (real copy: reuters-21578/04064.txt).
        "Renouf sells stake\n\nRenouf sold its stake for 207.7 mln N.Z. Dlrs. The sale "
        "comprised 74.9 mln shares at 2.725 N.Z. Dlrs a share and 2,095 warrants at "
        "1,709 dlrs each.\n",
        # Used in lower case twice: a word of the story's own.
        "Report\n\nHe praised Newsnight for its work.\n\nThe newsnight team and the "
        "newsnight editor met.\n",
    ],
)
def test_leaves_a_word_in_lower_case_alone(story: str) -> None:
    assert _flagged(story) == []


@pytest.mark.parametrize(
    ("story", "slip"),
    [
        # Alone after a word in lower case, a name of six letters or more.
        (
            "Snow halts cars\n\nProduction at Mercedes stopped on Monday.\n\n"
            "It is to close the MERCEDES factory in Sindelfingen.\n",
            "MERCEDES",
        ),
        # After a place's preposition.
        (
            "Tour row\n\nPromoters said the tour would come to Jonesboro in May.\n\n"
            "Ministers worried that bringing such acts to JONESBORO would cause problems.\n",
            "JONESBORO",
        ),
        # Beside the same word as its use in title case.
        (
            "Oil steady\n\nThe security of the Mideast Gulf is shared.\n\n"
            "Free nations have interests in the MIDEAST Gulf, he said.\n",
            "MIDEAST",
        ),
    ],
)
def test_reports_a_name_in_capitals(story: str, slip: str) -> None:
    assert slip in _flagged(story)


def test_the_title_case_wins_a_tie() -> None:
    story = (
        "Oil steady\n\nThe security of the Mideast Gulf is shared.\n\n"
        "Free nations have interests in the MIDEAST Gulf, he said.\n"
    )
    (found,) = lint(story, "WL101")
    assert "use `Mideast` (the name in title case" in found.message


@pytest.mark.parametrize(
    "story",
    [
        # An acronym a house writes in title case, beside a source's capitals.
        "Nato meets\n\nMinisters said Nato would act.\n\nThe head of NATO said so.\n",
        "Cup tie\n\nBoro beat Graz in the Uefa Cup.\n\nHe scored in the UEFA Cup win.\n",
        # Emphasis on a common word.
        "Vote\n\nThe Conference Board said so on Monday.\n\n"
        "It was NOT the conference they wanted, he said.\n",
    ],
)
def test_leaves_capitals_alone(story: str) -> None:
    assert _flagged(story) == []


@pytest.mark.parametrize(
    ("story", "slip"),
    [
        (
            "Gas deal\n\nForeigners may trade in Gazprom shares.\n\n"
            "Currently, foreigners can only trade in Gaz-prom via proxy shares.\n",
            "Gaz-prom",
        ),
        (
            "Growth\n\nThe economy of Singapore grew.\n\n"
            "Officials said Singa pore bounced back strongly.\n",
            "Singa pore",
        ),
    ],
)
def test_reports_a_name_broken_in_two(story: str, slip: str) -> None:
    found = lint(story, "WL101")
    assert [story[d.span.start : d.span.end] for d in found] == [slip]
    assert "the name as one word" in found[0].message or "majority" in found[0].message


@pytest.mark.parametrize(
    "story",
    [
        # `Azerbaijan is` beside `Azerbaijanis`: a function word after a name.
        "War\n\nAzerbaijanis marched on Monday.\n\n"
        '"The conflict between Armenia and Azerbaijan is theirs," he said.\n',
        # Two capitalised parts are ``_written_apart``'s: a company keeps its spelling.
        "Deal\n\nHongkong Land rose.\n\nShares in Hong Kong fell.\n",
    ],
)
def test_leaves_two_words_alone(story: str) -> None:
    assert _flagged(story) == []
