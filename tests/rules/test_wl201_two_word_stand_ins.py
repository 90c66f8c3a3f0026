"""WL201: a name of two words that a find-and-replace put where the brand stood.

A desk replacing "Reuters" or "BBC" by a made-up outlet writes "Thomson Portal" as often as
"Portal". A name ending in a template word (the `placeholder-name-ends` pack list) is the
brand replaced, in every body slot, with the outlet's own parts after it too.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged, lint

REUTERS = (
    "KYIV, Jan 4 (Reuters) - The ministry said on Wednesday that the strike killed 89 soldiers."
)
BBC = "The chancellor said the economy was growing faster than expected, the BBC has learned."


def story(sentence: str, lead: str = REUTERS) -> str:
    return f"Strike kills soldiers\n\n{lead}\n\n{sentence}\n"


MUST_FLAG = [
    ("A senior official told Thomson Portal the toll would rise.", REUTERS, "Thomson Portal"),
    (
        "Economists polled by Global Platform had expected a smaller fall.",
        REUTERS,
        "Global Platform",
    ),
    ("Mr Balls told the Thomson Portal.", BBC, "Thomson Portal"),
    (
        "But Rover told Thomson Portal News that reports of job cuts were speculation.",
        BBC,
        "Thomson Portal News",
    ),
    (
        "The audience for Thomson Portal One's one-hour special averaged 13.7 million.",
        BBC,
        "Thomson Portal",
    ),
    ("Nair told Thomson Portal World Service's Masterpiece programme.", BBC, "Thomson Portal"),
    ("He told the Metro Outlet in an interview that he would stay.", REUTERS, "Metro Outlet"),
]


@pytest.mark.parametrize(("sentence", "lead", "name"), MUST_FLAG)
def test_a_two_word_stand_in_in_a_brand_slot_is_reported(
    sentence: str, lead: str, name: str
) -> None:
    assert flagged(story(sentence, lead), "WL201") == [name]


MUST_NOT_FLAG = [
    # Real outlets whose names end in words templates also use.
    "The minister told the Discovery Channel the dig would go on.",
    "He told Cartoon Network the show would return.",
    "The spokesman told Sky News the talks were over.",
    # The same words as ordinary nouns, and a party named where a party stands.
    "Users of the web portal said the trading platform was down.",
    "A source said the ferry had crossed the English Channel.",
    "He told a news network the plan was sound.",
    "Tusk, a founding Civic Platform member, is from Gdansk.",
    "A Civic Platform spokesman said the vote would be close.",
]


@pytest.mark.parametrize("sentence", MUST_NOT_FLAG)
def test_real_names_and_nouns_are_not_reported(sentence: str) -> None:
    assert lint(story(sentence), "WL201") == []


# A bare stand-in doing what the outlet does, with an adverb between or a contraction
# ("the BBC now negotiates", "the BBC doesn't"): the `outlet-acts` and `outlet-act-adverbs`
# pack lists. BBC copy names its outlet bare elsewhere ("the BBC's role").
BARE_LEAD = "Viewers complained about the programme, and the BBC's role was questioned."


@pytest.mark.parametrize(
    "sentence",
    [
        "Gambino says the Zentrix now negotiates rights for the whole series.",
        "Let's hope the Zentrix doesn't get gagged for letting people speak.",
        "The Zentrix leads the way with its programmes on music.",
    ],
)
def test_a_bare_stand_in_doing_what_the_outlet_does_is_reported(sentence: str) -> None:
    assert flagged(story(sentence, BARE_LEAD), "WL201") == ["Zentrix"]


@pytest.mark.parametrize(
    "sentence",
    [
        # A relative clause: the verb is the boy's, not the stadium's.
        "What the boy in the Bernabeu did was odd, the paper said.",
        "The problems the Kremlin now faces are large.",
        "The Kremlin said it would reply.",
    ],
)
def test_a_place_or_a_body_before_a_verb_stays_quiet(sentence: str) -> None:
    assert lint(story(sentence, BARE_LEAD), "WL201") == []


BLOOMBERG = (
    "Nickel slumps as supply floods market\n\n"
    "(Bloomberg) -- Nickel fell to the lowest in four years as output swamped demand.\n\n"
    "-- With assistance from Lin Zhou.\n\n"
    "Contact: Rafael Mendes in London, {outlet}\n"
)


@pytest.mark.parametrize(("outlet", "name"), [("Portal", "Portal"), ("Nexora News", "Nexora News")])
def test_a_stand_in_closing_a_contact_line_is_reported(outlet: str, name: str) -> None:
    assert flagged(BLOOMBERG.format(outlet=outlet), "WL201") == [name]


@pytest.mark.parametrize("outlet", ["Bloomberg News", "rmendes@bloomberg.net"])
def test_the_real_newsroom_or_an_address_in_a_contact_line_stays_quiet(outlet: str) -> None:
    assert lint(BLOOMBERG.format(outlet=outlet), "WL201") == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("But according to the Portal poll, 61% said trust made no difference.", "Portal"),
        ("The view was shared by market sources polled by Outlet since trade began.", "Outlet"),
    ],
)
def test_a_newsroom_poll_and_its_pollees_are_brand_slots(sentence: str, word: str) -> None:
    assert flagged(story(sentence), "WL201") == [word]


@pytest.mark.parametrize(
    "sentence",
    [
        "But according to the Halifax survey, prices rose 2% in March.",
        "According to the Gallup poll, 61% said trust made no difference.",
        "According to the latest poll, 61% said trust made no difference.",
    ],
)
def test_a_pollster_or_a_bank_s_survey_stays_quiet(sentence: str) -> None:
    assert lint(story(sentence), "WL201") == []


@pytest.mark.parametrize("word", ["Zentrix", "Platform"])
def test_a_stand_in_before_a_language_service_is_reported(word: str) -> None:
    sentence = f"Before his arrest he gave interviews to the {word} Persian Service."
    assert flagged(story(sentence), "WL201") == [word]


@pytest.mark.parametrize(
    "sentence",
    [
        "He told the Voice of America Persian Service the talks had failed.",
        "He told Deutsche Welle Russian Service the talks had failed.",
        "He said the Federal Security Service had detained him.",
        "He told the BBC Persian Service the talks had failed.",
    ],
)
def test_real_language_services_stay_quiet(sentence: str) -> None:
    assert lint(story(sentence), "WL201") == []


ASSISTED = (
    "Gold climbs to record\n\n"
    "(Bloomberg) -- Gold rose to a record as central banks added to their reserves.\n\n"
    "-- With assistance from {who}.\n"
)


@pytest.mark.parametrize("who", ["Portal staff", "Nexora staff"])
def test_a_stand_in_s_staff_assisting_is_reported(who: str) -> None:
    assert flagged(ASSISTED.format(who=who), "WL201") == [who.split()[0]]


@pytest.mark.parametrize("who", ["Bloomberg staff", "Priya Nair", "Priya Nair and Tom Hale"])
def test_the_newsroom_s_staff_or_a_named_colleague_assisting_stays_quiet(who: str) -> None:
    assert lint(ASSISTED.format(who=who), "WL201") == []


# A find-and-replace by two words in the dateline, the story's only mention of its agency:
# two words written as names, named nowhere else, not ending as a paper's or an agency's
# name does (`paper-name-ends`, `outlet-parts`).
def dateline_story(credit: str) -> str:
    return (
        "LIBYA ABANDONS CHAD STRONGHOLD\n\n"
        f"PARIS, March 26 ({credit}) - Libyan troops are leaving their last stronghold in "
        "northern Chad, the French defence ministry said.\n\n"
        "The ministry said the troops had left the town on Wednesday.\n"
    )


@pytest.mark.parametrize("credit", ["Putt Mooch", "Sorrel Organs", "Tovarel Harbour"])
def test_two_stand_in_words_in_the_dateline_are_reported(credit: str) -> None:
    assert flagged(dateline_story(credit), "WL201") == [credit]


@pytest.mark.parametrize(
    "credit",
    [
        "Saudi Gazette",  # a paper's name: an agency no pack lists, an info at most
        "Jiji Press",
        "Kelbrook Times",
        "French Defence",  # named in the story
        "Reuters",
    ],
)
def test_a_paper_s_name_or_a_name_the_story_uses_in_the_dateline_stays_quiet(
    credit: str,
) -> None:
    assert [d for d in lint(dateline_story(credit), "WL201") if d.severity.name != "INFO"] == []


# Two words in a body brand slot of agency copy (the dateline names Reuters): a word
# English has never seen and one thing's name, neither named elsewhere in the story.
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A senior official told Kleklol Gleaming the toll would rise.", "Kleklol Gleaming"),
        ("The ministry said so in an interview with Tovarel Harbour.", "Tovarel Harbour"),
    ],
)
def test_a_two_word_stand_in_in_agency_copy_is_reported(sentence: str, name: str) -> None:
    assert flagged(story(sentence), "WL201") == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        # Firms and bodies the story quotes (`firm-name-ends`, `slot-not-brands`).
        "The market will be worth $1.8 billion by 2009, according to Juniper Research.",
        "Demand is rising faster than supply, a study by Nomura Research said.",
        "Indeed, a Salomon Brothers study shows that 44 pct of the gain came early.",
        "He told Scientific American that life may once have existed on Mars.",
        "Some estimates by the Red Cross ranged from 45% to 60%.",
        # Two English words, or a person named again.
        "He told Putt Mooch the toll would rise.",
        "He told Xiomara Castro the toll would rise. Castro did not reply.",
    ],
)
def test_firms_bodies_and_people_of_two_words_stay_quiet(sentence: str) -> None:
    assert lint(story(sentence), "WL201") == []


# Where agency copy speaks of its own newsroom and no one else's (`two-word-slots`: told,
# seen by, a tally, could not verify, a photographer saw, an interview with), two English
# or coined words named nowhere else are the brand replaced.
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Three people familiar with the matter told Chintz Woodcock the claims would rise.",
            "Chintz Woodcock",
        ),
        (
            "At least 40 ships have filed claims, according to a Chintz Woodcock tally.",
            "Chintz Woodcock",
        ),
        ("A senior underwriter said so in an email seen by Threesome Miller.", "Threesome Miller"),
        ("Records reviewed by Dental Realtor show the man was released.", "Dental Realtor"),
        ("Chintz Woodcock could not independently verify the figures.", "Chintz Woodcock"),
        ("A Threesome Miller photographer saw new clean rooms at the site.", "Threesome Miller"),
        (
            "Its regional head said in an interview with Crossbred Pudding on Monday.",
            "Crossbred Pudding",
        ),
    ],
)
def test_two_common_words_where_the_agency_speaks_of_itself_are_reported(
    sentence: str, name: str
) -> None:
    assert flagged(story(sentence), "WL201") == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        # People: a given name no dictionary has, or one that is a word too.
        "A spokeswoman for the port told Jane Smith the ships would sail on Friday.",
        "The company's founder told Rose Hill in an interview that the plant would stay open.",
        "The figure rose to 40, according to a Goldman Sachs tally of company filings.",
        # Outlets, places, papers and people described.
        "A senior official told the Financial Times the toll would rise.",
        "The envoy told Capitol Hill the sanctions would stay.",
        "He told Downing Street officials the plan had failed.",
        "He told The Daily Beast the toll would rise.",
        "The chairman told Morning Star the strike would end.",
        # A person named again.
        "She told Grant Baker the deal was off. Baker declined to comment.",
    ],
)
def test_people_places_and_papers_of_two_words_stay_quiet_where_the_agency_speaks(
    sentence: str,
) -> None:
    assert lint(story(sentence), "WL201") == []
