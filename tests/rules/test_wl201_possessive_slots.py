"""WL201: the outlet's possessive and its "the X" forms, with any word a replace put there.

BBC copy names its own outlet as a body ("told the BBC.", "told the BBC News website"),
in its possessive ("told BBC Radio 4's Today programme", "the BBC's business editor") and
as the website that reports ("those surveyed by the BBC News website"). A word standing
there that is no known outlet and that the story names nowhere else is the brand
replaced, be it a word English lacks, a common noun, or a name English knows ("told the
Viking."): a person takes no "the", and a place or firm the story quotes is named. The
same forms holding a paper or broadcaster the story quotes, a party, a firm, a person,
or a nationality stay quiet.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged, lint


def story(sentence: str) -> str:
    return (
        f"Ministers back rail plan\n\nThe transport plan was published on Monday.\n\n{sentence}\n"
    )


MUST_FLAG = [
    # "told the X": the outlet as a body, and its website or programme after it.
    ('"We will see," a spokesman told the Viking.', "Viking"),
    ("Party sources told the Gran last year that the plan had stalled.", "Gran"),
    ("A senior official told the Taft News website that the line would open.", "Taft"),
    ("Mr Wong told the Rousing News website he was pleased.", "Rousing"),
    ("Sources within the party told the Theapou Mr Howard had always backed it.", "Theapou"),
    ("He told the Stilling Today programme he would stay.", "Stilling"),
    # The outlet's possessive before a programme it broadcasts.
    ('He told Konis\'s Today programme: "It is a matter of principle."', "Konis"),
    ("Speaking on Lumbago's Woman's Hour, Mr Howard hinted at a change.", "Lumbago"),
    ("Mr Blair told Gosher's Westminster Hour the cut was fair.", "Gosher"),
    ("He told Atlantis Radio 4's Today programme the line was late.", "Atlantis"),
    # Its desks and its output in the possessive, after a lower-case "the".
    ("But the Grappling's business editor, Jeff Randall, said the banks were wary.", "Grappling"),
    ("The show forms part of the Bulkhead's festive schedule.", "Bulkhead"),
    # Its website doing the reporting.
    ("Several of those surveyed by the Carnage website think the plan will fail.", "Carnage"),
    ("All attempts by the Zeaprean website to contact the firm have failed.", "Zeaprean"),
]


@pytest.mark.parametrize(("sentence", "word"), MUST_FLAG)
def test_a_stand_in_where_the_outlet_stands(sentence: str, word: str) -> None:
    assert flagged(story(sentence), "WL201") == [word]


MUST_NOT_FLAG = [
    # Outlets the story quotes, and bodies told.
    "A senior aide told the Guardian the plan was dead.",
    "He told the Guardian's political editor the plan was dead.",
    "A minister told the Commons that the line would open.",
    "CNN's Anderson Cooper asked the minister about the plan.",
    "The minister told Channel 4's Dispatches programme the plan was sound.",
    "He said on Voice of America's South Sudan in Focus programme it was a loss.",
    # Parties, firms and people in the possessive.
    "The Conservative Party's analysis showed the line would cost more.",
    "The company's analysis showed the line would cost more.",
    "the company's political editor",
    "Jonathan Ross's chat show drew 4 million viewers.",
    "Ms Moreno's correspondent in Rome had not seen the plan.",
    # A noun of its own after the word, a nationality, a people.
    "The chief executive told the Euromoney conference the market was cold.",
    "He told the Kommersant newspaper the deal was off.",
    "The deal was made before 2005, according to the French news agency AFP.",
    "The coach told the Indians that the season was over.",
    # The firm the story names elsewhere, its website where things are read.
    "Researchers at Sophos found it. One told the Sophos website it was rare.",
    "The video streams from the Apple website.",
]


@pytest.mark.parametrize("sentence", MUST_NOT_FLAG)
def test_outlets_quoted_firms_people_and_nationalities(sentence: str) -> None:
    assert lint(story(sentence), "WL201") == []


def test_the_real_outlet_in_every_form() -> None:
    text = story(
        "He told the BBC. She told BBC Radio 4's Today programme the plan was fair. "
        "But the BBC's business editor, Jeff Randall, said banks were wary. Those "
        "surveyed by the BBC News website agreed."
    )
    assert lint(text, "WL201") == []


def test_a_word_english_lacks_told_as_a_body_may_be_an_unlisted_outlet() -> None:
    text = story("A spokesman told the Newsora. The line would open.")
    (found,) = lint(text, "WL201")
    assert text[found.span.start : found.span.end] == "Newsora"
    assert "add it to an agencies pack" in found.message


@pytest.mark.parametrize(
    "sentence",
    [
        "The questions were put by the Telegraph's correspondent on Monday.",
        "But the Guardian's business editor, Jo Smith, said so.",
        "It was part of the Guardian's festive schedule.",
        "A minister told the Guardian website the talks would resume.",
        "Those surveyed by the Guardian website agreed.",
    ],
)
def test_another_outlet_quoted_in_copy_that_names_its_own(sentence: str) -> None:
    text = story(f"She told BBC Radio 4's Today programme she would stay. {sentence}")
    assert lint(text, "WL201") == []


def test_a_stand_in_also_written_with_its_channel_is_no_firm() -> None:
    # Named elsewhere with an outlet's word after it ("the Examiner Four Film Award": a paper's word),
    # the word is the outlet's own name, not a firm the story quotes.
    text = (
        "Polish drama wins BBC film prize\n\n"
        "The Harbour has been named winner of the Examiner Four Film Award.\n\n"
        "Ms Ross, the presenter of Examiner One's Film 2005, chaired the panel.\n"
    )
    assert flagged(text, "WL201") == ["Examiner", "Examiner"]
