"""WL201: an outlet's own forms and its newsroom's staff, used once, in copy with no brand known.

BBC copy has no dateline or credit. When every mention of its brand was replaced, one
outlet's form holding a word English has never seen ("told Zentrix Sport", "Zentrix
political editor Jane Doe") is reported, with a message that names the other reading: an
outlet no pack lists. Words English knows, places' groups ("the Guildford Four"), and
outlets the packs list stay quiet.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged, lint

LEAD = "Chelsea beat Arsenal 2-0 on Saturday, with a late goal from John Terry."


def story(sentence: str) -> str:
    return f"Chelsea win again\n\n{LEAD}\n\n{sentence}\n"


MUST_FLAG = [
    (
        "\u201cThings will be different,\u201d he told Newsora Sport. \u201cNow they know.\u201d",
        "Newsora",
    ),
    ("The Newsora understands Morgan is ready to sign.", "Newsora"),
    ("Newsora political editor Andrew Marr said the vote was close.", "Newsora"),
    ("The Newsora's correspondent in Jakarta said the mood had changed.", "Newsora"),
    ("The Talvent's political editor has learned of the plan.", "Talvent"),
    ("Tom Heap, Brevix rural affairs correspondent, said the hunt went ahead.", "Brevix"),
    ("But Ovidia correspondent Peter Hunt said they were not ready.", "Ovidia"),
    ("It was screened on Zorvane One last year.", "Zorvane"),
    ("He told the Telvaro's Network Africa programme he would stay.", "Telvaro"),
]

MUST_NOT_FLAG = [
    # A person's title after a place, and a paper the packs list.
    "But Ireland correspondent Mark Simpson said talks would resume.",
    "Guardian political editor Patrick Wintour said the vote was close.",
    # Staff words after other nouns and verbs: not a newsroom's desk.
    "A Goldstar spokesman told reporters the plant would open.",
    "Apple wants the reporters to reveal their sources.",
    "The former Sun editor dispensed a stream of advice.",
    "Another correspondent wrote: \u201cI believe he is right.\u201d",
    "House Speaker Jim Wright of Texas told reporters he would wait.",
    # A group named by a place and its number, and an abbreviation's journal.
    "One of the so-called Guildford Four, Gerry Conlon, said the families were pleased.",
    "In findings published on Wednesday in PLoS One, scientists said the fossil was old.",
    # An outlet the story names as a person or a body elsewhere.
    "Newsora Sport said so. Newsora, the club's owner, agreed.",
]


@pytest.mark.parametrize(("sentence", "word"), MUST_FLAG)
def test_outlet_form_with_a_word_english_lacks_is_reported(sentence: str, word: str) -> None:
    assert flagged(story(sentence), "WL201") == [word]


@pytest.mark.parametrize("sentence", MUST_NOT_FLAG)
def test_other_readings_stay_quiet(sentence: str) -> None:
    assert lint(story(sentence), "WL201") == []


def test_message_names_an_unlisted_outlet_as_the_other_reading() -> None:
    (found,) = lint(story("The coach told Newsora Sport he was happy."), "WL201")
    assert "add it to an agencies pack or set `brand`" in found.message


def test_an_allowed_outlet_is_not_reported() -> None:
    text = story("The coach told Newsora Sport he was happy.")
    assert lint(text, "WL201", allow=frozenset({"newsora"})) == []


def test_with_the_brand_configured_the_fix_writes_it() -> None:
    text = story("Newsora political editor Andrew Marr said the vote was close.")
    (found,) = lint(text, "WL201", brand="BBC")
    assert [f.edits[0].replacement for f in found.fixes] == ["BBC"]


def test_a_paper_word_in_the_dateline_with_its_report_and_told_is_the_brand() -> None:
    # Every "Reuters" replaced by a paper's word: "(Examiner)" has no "The", and its
    # other uses stand where the agency stands ("A Examiner report", "told Examiner").
    text = (
        "PHILIPPINES CONFIRMS DEBT PACT\n\n"
        "MANILA, March 31 (Examiner) - The Philippines agreed to make token prepayments.\n\n"
        "A Examiner report from New York yesterday quoted bankers as saying so.\n\n"
        '"There is nothing secret about it," he told Examiner.\n'
    )
    assert flagged(text, "WL201") == ["Examiner", "Examiner", "Examiner"]


def test_a_newsroom_opening_a_sentence_beside_its_real_name() -> None:
    # The same kind of slot holds the real newsroom: "Wikinews asked", "Talvent asked".
    text = (
        "Scientist discusses Mars findings\n\n"
        "Planetary scientist Vlada Stamenkovic spoke with Wikinews about oxygen on Mars.\n\n"
        "Wikinews asked Stamenkovic about the data. Talvent also asked Stamenkovic how the "
        "research would go on.\n"
    )
    assert flagged(text, "WL201") == ["Talvent"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dudek saved bravely at the Irishman's feet, and the BBC's team saw it.",
        "The Kremlin said it would reply. The BBC said it had asked for comment.",
    ],
)
def test_a_person_or_an_institution_written_bare_beside_the_outlet(sentence: str) -> None:
    assert lint(story(sentence), "WL201") == []


def test_told_the_word_english_lacks_with_no_outlet_named() -> None:
    text = story('"We are checking," a Lufthansa spokesman told the Newsora. "We will see."')
    (found,) = lint(text, "WL201")
    assert text[found.span.start : found.span.end] == "Newsora"
    assert "add it to an agencies pack" in found.message


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister told the Knesset the vote would be held.",
        "He told the Newsora Group board the sale would go ahead.",
        "Mr Smith told Newsora he was leaving.",
    ],
)
def test_told_a_parliament_a_longer_name_or_a_person(sentence: str) -> None:
    assert lint(story(sentence), "WL201") == []


def test_contacted_by_the_agency_in_agency_copy() -> None:
    text = (
        "US CHIP ORDERS RISE\n\n"
        "SAN JOSE, March 3 (Reuters) - Orders for chips rose in February.\n\n"
        "Semiconductor analysts contacted by Lookout put the ratio at 1.1.\n"
    )
    assert flagged(text, "WL201") == ["Lookout"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The chairman told CNBC the bid was fair.",
        "A YouGov poll put support at 41%, and a spokesman told the Herald so.",
        "The Herald said on Tuesday its political editor had seen the letter.",
        "He told the Guardian's political editor the vote was close.",
    ],
)
def test_other_outlets_quoted_in_copy_with_no_brand_known(sentence: str) -> None:
    assert lint(story(sentence), "WL201") == []


AGENCY_HEADLINE = (
    "{label}: Oil prices rise on supply fears\n\n"
    "LONDON, March 3 (Reuters) - Oil prices rose on Monday as traders worried about supply.\n"
)


@pytest.mark.parametrize(
    ("label", "word"),
    [("Portal exclusive", "Portal"), ("Kiosk learns", "Kiosk"), ("Zentrix EXCLUSIVE", "Zentrix")],
)
def test_a_placeholder_labelling_the_headline_as_the_newsroom_s_own_is_found(
    label: str, word: str
) -> None:
    assert flagged(AGENCY_HEADLINE.format(label=label), "WL201") == [word]


@pytest.mark.parametrize("label", ["Reuters exclusive", "World exclusive", "Analysis"])
def test_a_real_headline_label_stays_quiet(label: str) -> None:
    assert flagged(AGENCY_HEADLINE.format(label=label), "WL201") == []
