"""WL201 with the story's own brand known: a word standing where that brand stands.

The brand is known from the configured `brand`, from a dateline or credit naming a real
agency, or from an agency or outlet another sentence of the story names. Then a word no
pack lists, that the story names nowhere else, standing in the brand's place is the brand
replaced, even once. Wikinews names itself in its own ways ("Wikinews reached out to",
"With Wikinews, X discusses", "from Wikinews accredited reporter"). Stories written for
these tests; the clean agency layouts must stay quiet.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged, lint
from wirelint.diagnostics import Severity

WIKINEWS = (
    "Third-party candidate discusses campaign\n\n"
    "Sam Ortega, the presidential nominee of the Harbour Party, answered questions about "
    "his campaign from Wikinews accredited reporter Lee Tran.\n\n"
    "{sentence}\n\n"
    "Ortega told Wikinews the party would be on the ballot in nine states.\n"
)

WIKINEWS_FORMS = [
    "Kiosk reached out to Ortega's running mate, Ana Diaz, to discuss the ticket.",
    "With Kiosk, Ortega discusses his background and his views on trade.",
    "Diaz spoke to Kiosk in August about the convention.",
    "The campaign declined to provide Kiosk with a copy of the platform.",
    "Kiosk has previously interviewed two of the party's nominees.",
    "Diaz, a past Kiosk interviewee, joined the ticket in July.",
    "The party is yet to respond to Kiosk queries about its finances.",
    "Ortega spoke with Kiosk to discuss his background.",
    "Ortega explained to Kiosk that the ballot rules differ by state.",
]


@pytest.mark.parametrize("sentence", WIKINEWS_FORMS)
def test_wikinews_names_itself_and_a_placeholder_there_is_reported(sentence: str) -> None:
    text = WIKINEWS.format(sentence=sentence)
    assert "Kiosk" in flagged(text, "WL201")
    # The real brand in the same place is clean copy.
    assert flagged(text.replace("Kiosk", "Wikinews"), "WL201") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Diaz spoke to Ortega in August about the convention.",
        "Ortega explained to reporters that the ballot rules differ by state.",
        "The campaign has talks tomorrow with Harbour Party officials.",
        "Members of the Union of Bakers and Confectioners discussed the offer.",
    ],
)
def test_people_and_bodies_in_those_forms_are_not_reported(sentence: str) -> None:
    assert flagged(WIKINEWS.format(sentence=sentence), "WL201") == []


BBC = (
    "Broadcaster rules out comedy comeback\n\n"
    "{sentence}\n\n"
    "The writers met last year, a producer told the BBC, but no scripts were commissioned.\n\n"
    "The last series was watched by 10 million people.\n"
)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The Lantern has learned that the cast were approached in March.", "Lantern"),
        ("Lantern understands the cast were approached in March.", "Lantern"),
        ("Lantern reported the cast's fees at £2m.", "Lantern"),
        ("The Lantern's own figures show the series was sold to 40 countries.", "Lantern"),
        # A word English does not have, in a form only an outlet takes.
        ("The Zentrix has learned that the cast were approached in March.", "Zentrix"),
    ],
)
def test_an_outlet_used_bare_where_the_story_names_its_own_outlet(sentence: str, word: str) -> None:
    assert word in flagged(BBC.format(sentence=sentence), "WL201")


def test_every_bare_use_of_a_word_a_slot_proves_is_reported_with_a_note() -> None:
    text = BBC.format(
        sentence="Summit could not independently verify the claim. The Summit has said there "
        "are no plans, and the Summit's head of comedy agreed."
    )
    found = lint(text, "WL201")
    assert [text[d.span.start : d.span.end] for d in found] == ["Summit", "Summit", "Summit's"]
    # Each bare use points at the slot that proved the word, and at the real brand.
    assert [text[n.span.start : n.span.end] for n in found[1].notes] == ["Summit", "BBC"]


def test_a_body_the_story_names_in_full_is_not_its_bare_use() -> None:
    text = BBC.format(
        sentence="The Summit Group could not independently verify the claim, and the Summit "
        "has said there are no plans."
    )
    assert flagged(text, "WL201") == []


REUTERS = (
    "Strike kills soldiers in eastern town\n\n"
    "KYIV, Jan 4 ({agency}) - A missile strike killed 12 soldiers in the eastern town of "
    "Bakhmut on Wednesday, the defence ministry said.\n\n"
    "The ministry gave no further details.\n\n"
    "Reporting by Reuters staff; Editing by Jane Smith\n"
)


def test_an_invented_agency_in_a_dateline_the_credit_contradicts_is_a_placeholder() -> None:
    text = REUTERS.format(agency="Zentrix")
    (found,) = lint(text, "WL201")
    assert text[found.span.start : found.span.end] == "Zentrix"
    assert found.severity is Severity.WARNING
    assert [text[n.span.start : n.span.end] for n in found.notes] == ["Reuters"]


def test_an_unlisted_acronym_agency_stays_information() -> None:
    text = REUTERS.format(agency="KNB")
    assert [d.severity for d in lint(text, "WL201")] == [Severity.INFO]


CLEAN_LAYOUTS = [
    # ANSA: the agency before the city, its credit and copyright lines.
    "Italian Senate approves budget\n\n(ANSA) - ROME, JAN 4 - The Italian Senate approved "
    "the budget on Thursday by 110 votes to 90.\n\nThe bill now goes to the lower house.\n\n"
    "ALL RIGHTS RESERVED © Copyright ANSA\n",
    "Italian Senate approves budget\n\nROME, Jan 4 (ANSA) - The Italian Senate approved the "
    "budget on Thursday.\n\nThe bill now goes to the lower house.\n\n"
    "RIPRODUZIONE RISERVATA © Copyright ANSA\n",
    # EFE: the dateline's ".-" and the copyright line.
    "Spanish unemployment falls\n\nMadrid, Jan 4 (EFE).- Spanish unemployment fell in "
    "December for the third month running, the labour ministry said on Thursday.\n\n"
    "(c) EFE 2024. All rights reserved.\n",
    # Kyodo and Xinhua, with their sign-offs.
    "Japan's economy grows\n\nTOKYO, Jan. 4 (Kyodo) -- Japan's economy grew 0.3 percent "
    "in the third quarter, the Cabinet Office said Thursday.\n\n==Kyodo\n",
    "China's exports rise\n\nBEIJING, Jan. 4 (Xinhua) -- China's exports rose 5 percent "
    "year on year in December, official data showed Thursday.\n\nEditor: Li Ming\n",
]


@pytest.mark.parametrize("text", CLEAN_LAYOUTS)
def test_clean_agency_layouts_give_nothing(text: str) -> None:
    assert lint(text, "WL201") == []


def test_a_person_after_their_title_in_agency_copy_is_not_a_placeholder() -> None:
    # A name English does not have, where a newsroom could stand, after the person's
    # title: the story introduces a person.
    text = REUTERS.format(agency="Reuters").replace(
        "The ministry gave", "Folk singer Vennara attended the funeral. The ministry gave"
    )
    assert flagged(text, "WL201") == []
    assert "Vennara" in flagged(
        text.replace("Folk singer Vennara", "As expected, Vennara"), "WL201"
    )
