"""WL201: once a word is proved to stand in the story's brand's place, its other uses follow.

A find-and-replace of the brand reaches the headline, possessives ("the Portal's David
Willey"), "the Portal said" and the outlet's programmes as well as the slots that prove
the word. Those uses are reported with a note at the proving slot; the same words as
ordinary nouns ("the web portal", "a news feed", "the Channel") stay quiet. Stories
written for these tests, in the layouts BBC, Reuters, AP and PA copy use.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged, lint

BBC_REPLACED = (
    "{W} poll finds gloom over jobs\n\n"
    "Most people in 20 countries think their economy is getting worse, a {W} World "
    "Service poll suggests.\n\n"
    "The {W}'s Anna Hewitt in Lagos says the mood is darkest among the young.\n\n"
    "The {W} said the survey of 22,000 people was carried out in November.\n\n"
    'Hewitt told {W} Radio 4\'s Today programme the figures were "striking".\n'
)


@pytest.mark.parametrize("word", ["Portal", "Hub", "Feed", "Wire", "Beacon"])
def test_every_use_of_the_replaced_brand_is_reported(word: str) -> None:
    text = BBC_REPLACED.format(W=word)
    # Headline, World Service, possessive, "The W said", Radio 4.
    assert flagged(text, "WL201") == [word] * 5
    assert flagged(BBC_REPLACED.format(W="BBC"), "WL201") == []


def test_a_spread_use_carries_a_note_at_the_slot_that_proved_it() -> None:
    text = BBC_REPLACED.format(W="Portal")
    headline = next(d for d in lint(text, "WL201") if d.span.start == 0)
    assert any("World Service" in text[n.span.start : n.span.end + 20] for n in headline.notes)


REUTERS_REPLACED = (
    "GM HOPES FOR RISE IN EUROPEAN SALES\n\n"
    "GENEVA, March 3 ({W}) - General Motors hopes to raise its sales in Europe, a "
    "senior executive said.\n\n"
    '"We sold more cars in Europe than ever last year," he told {W} later.\n'
)


def test_a_dateline_holding_the_word_the_body_proved_is_a_warning() -> None:
    text = REUTERS_REPLACED.format(W="Gateway")
    found = [d for d in lint(text, "WL201") if text[d.span.start : d.span.end] == "Gateway"]
    assert len(found) == 2
    assert all(d.severity.name == "WARNING" for d in found)
    assert flagged(REUTERS_REPLACED.format(W="Reuters"), "WL201") == []


# The same words as ordinary nouns, beside a replaced brand that proves them.
ORDINARY = (
    "{W} survey finds gloom\n\n"
    "Most people think their economy is getting worse, a {W} World Service poll "
    "suggests.\n\n"
    "{sentence}\n"
)


@pytest.mark.parametrize(
    ("word", "sentence"),
    [
        ("Portal", "Results were posted on the web portal, and a portal for schools opens soon."),
        ("Feed", "Readers saw it first in a news feed. Feed prices rose too."),
        ("Channel", "Ferries crossing the English Channel were delayed, as was Channel 4."),
        ("Source", "A source said the figures were sound; sources close to the bank agreed."),
        ("Hub", "Heathrow, the hub airport, was busy."),
    ],
)
def test_ordinary_nouns_stay_quiet_beside_a_proved_word(word: str, sentence: str) -> None:
    text = ORDINARY.format(W=word, sentence=sentence)
    flags = flagged(text, "WL201")
    # The headline and the World Service slot: nothing in the ordinary sentence.
    assert len(flags) == 2, flags
    last = text.rindex("\n\n")
    assert all(d.span.start < last for d in lint(text, "WL201"))


CLEAN_ORDINARY = [
    "Regulator warns on ferries\n\nFerries crossing the Channel were delayed, the port said. "
    "The web portal crashed and a news feed went dark.\n",
    "Airport expands\n\nA source said the hub airport would grow. The Wire, a US drama, "
    "was shown on the BBC.\n",
]


@pytest.mark.parametrize("text", CLEAN_ORDINARY)
def test_clean_copy_with_the_words_as_nouns_is_quiet(text: str) -> None:
    assert flagged(text, "WL201") == []


BBC_ONE_MENTION = (
    "Carmaker warns on costs\n\n"
    "The chief executive of a leading car maker told the BBC that costs were rising.\n\n"
    "{sentence}\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "A rival executive told Zentrix News the market would shrink.",
        "Zentrix has learned the plant will close.",
    ],
)
def test_an_invented_name_in_an_outlet_slot_of_branded_copy_is_reported(sentence: str) -> None:
    text = BBC_ONE_MENTION.format(sentence=sentence)
    assert len(flagged(text, "WL201")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "A rival executive told Sky News the market would shrink.",
        "The firm's chairman told CNBC: \"This time it's different\".",
        "The firm's chairman told Der Spiegel the plant would stay open.",
        "Carlos Ghosn, the chairman, told reporters. Ghosn said later that he told Ghosn's staff.",
    ],
)
def test_real_outlets_and_people_in_the_same_slots_stay_quiet(sentence: str) -> None:
    assert flagged(BBC_ONE_MENTION.format(sentence=sentence), "WL201") == []


AP_STORY = (
    "Fed holds rates steady\n\n{byline}\n\n"
    "WASHINGTON (AP) — The Federal Reserve left rates unchanged on Wednesday, officials "
    "said.\n\nThe decision was expected by markets.\n\n{trailer}\n"
)
AP_BYLINES = [
    "By JANE DOE {W} Writer",
    "By JANE DOE, {W} Business Writer",
    "By JANE DOE and JOHN ROE {W} Writers",
    "By JANE DOE, {W} Medical Writer",
    "By Jane Doe, {W} Diplomatic Writer",
]
AP_TRAILERS = [
    "{W} writer John Roe contributed to this report.",
    "{W} writers John Roe and Ann Lee contributed.",
    "{W} Business Writer John Roe in New York contributed to this report.",
    "Copyright 2026 The {W}. All rights reserved.",
    "This material may not be published, broadcast, rewritten or redistributed. "
    "Copyright 2026 The {W}.",
]


@pytest.mark.parametrize("word", ["Portal", "Zentrix"])
@pytest.mark.parametrize("byline", AP_BYLINES)
def test_an_ap_byline_names_the_agency_before_its_desk(byline: str, word: str) -> None:
    text = AP_STORY.format(byline=byline.format(W=word), trailer="")
    assert flagged(text, "WL201") == [word]
    clean = AP_STORY.format(byline=byline.format(W="AP"), trailer="")
    assert flagged(clean, "WL201") == []
    real = AP_STORY.format(byline=byline.format(W="Associated Press"), trailer="")
    assert flagged(real, "WL201") == []


@pytest.mark.parametrize("word", ["Portal", "Zentrix"])
@pytest.mark.parametrize("trailer", AP_TRAILERS)
def test_an_ap_trailer_names_the_agency(trailer: str, word: str) -> None:
    text = AP_STORY.format(byline="By JANE DOE", trailer=trailer.format(W=word))
    assert flagged(text, "WL201") == [word]
    for real in ("AP", "Associated Press"):
        clean = AP_STORY.format(byline="By JANE DOE", trailer=trailer.format(W=real))
        assert flagged(clean, "WL201") == []


def test_a_contributor_from_an_unlisted_paper_is_quiet_without_a_known_brand() -> None:
    text = "Storm hits coast\n\nThe storm hit the coast.\n\nZentrix writer Jo Roe contributed.\n"
    assert flagged(text, "WL201") == []


OUTLET_LIKE = (
    "Howard rejects BNP appeal\n\n"
    'Asked about BNP voters, Mr Howard told the {W}: "I reject that entirely".\n\n'
    "He added, on {W} Radio 4's Today programme, that the party stood for fairness.\n"
)


@pytest.mark.parametrize("word", ["Herald", "Chronicle", "Gazette"])
def test_a_paper_s_name_with_the_brand_s_services_is_the_brand_replaced(word: str) -> None:
    # "the Herald" may be a paper; "Herald Radio 4" is no service of one: both reported.
    assert flagged(OUTLET_LIKE.format(W=word), "WL201") == [word, word]
    assert flagged(OUTLET_LIKE.format(W="BBC"), "WL201") == []


@pytest.mark.parametrize(
    "sentence",
    [
        'Asked about BNP voters, Mr Howard told the Herald: "I reject that entirely".',
        "In an interview with Sputnik News, the envoy said talks would resume.",
        "He told Sky News the vote was close, and later appeared on Sky One's breakfast show.",
    ],
)
def test_real_papers_and_broadcasters_stay_quiet(sentence: str) -> None:
    text = f"Howard rejects BNP appeal\n\n{sentence}\n\nHe told the BBC the party was united.\n"
    assert flagged(text, "WL201") == []


@pytest.mark.parametrize("word", ["Zentrix", "Novacast"])
def test_an_invented_name_before_news_after_told_is_reported(word: str) -> None:
    text = f'Carmaker warns on costs\n\nThe chief executive told {word} News: "Costs are up".\n'
    assert flagged(text, "WL201") == [word]


WIKINEWS_HEADLINES = [
    ("{W} interviews Ana Diaz, Harbour Party presidential nominee", "Ana Diaz"),
    ("{W} attends Lakeside Robotics Fair in Duluth", "the fair"),
    ("Glaciers retreat faster: {W} interviews geologist Ruth Abara", "Ruth Abara"),
    ("Astronomer tells {W} about a comet seen from Chile", "the comet"),
    ("Engineer Tom Reyes discusses the new bridge design with {W}", "the bridge"),
]


@pytest.mark.parametrize(("headline", "topic"), WIKINEWS_HEADLINES)
def test_a_wikinews_headline_naming_the_newsroom(headline: str, topic: str) -> None:
    body = f"\n\nWednesday, May 6, 2020\n\nReporters spoke about {topic} to Wikinews this week.\n"
    assert flagged(headline.format(W="Kiosk") + body, "WL201") == ["Kiosk"]
    assert flagged(headline.format(W="Wikinews") + body, "WL201") == []


WIKINEWS_BODY = [
    "Kiosk' Lena Ortiz attended the fair, talking to exhibitors.",
    "Kiosk is also awaiting a response from the ministry.",
    "Kiosk sought expert input on the tracking data.",
    "Kiosk notes public access has not yet been restored.",
    "The mayor answered questions about her plans for the coming year from Kiosk.",
]


@pytest.mark.parametrize("sentence", WIKINEWS_BODY)
def test_wikinews_names_its_own_reporting(sentence: str) -> None:
    text = f"Fair opens\n\nThe fair opened on Monday.\n\n{sentence}\n"
    assert flagged(text, "WL201") == ["Kiosk"]
    assert flagged(text.replace("Kiosk", "Wikinews"), "WL201") == []


@pytest.mark.parametrize(
    "text",
    [
        "Job interviews rise for UK graduates\n\nHiring picked up in May.\n",
        "Cup tie\n\nWales' Gareth Bale spoke after the game.\n",
        "Study out\n\nScientists in China's Guangdong Province reported that cases fell.\n",
    ],
)
def test_headlines_and_possessives_of_places_stay_quiet(text: str) -> None:
    assert flagged(text, "WL201") == []


PA_STORY = (
    "Minister backs rail plan\n\nBy Jane Smith, {W} Political Correspondent\n\n"
    "The transport minister backed the rail plan on Tuesday.\n\n"
    "She told the {W} news agency the line would open in 2030.\n"
)


def test_pa_copy_names_its_agency_in_the_byline_and_the_body() -> None:
    assert flagged(PA_STORY.format(W="Portal"), "WL201") == ["Portal", "Portal"]
    assert flagged(PA_STORY.format(W="PA"), "WL201") == []


def test_a_story_naming_its_outlet_anywhere_has_its_brand_known() -> None:
    # "BBC" stands in no slot here, yet the story names it: "Zentrix has learned" is
    # the brand. A firm English lacks, in a slot a person or a firm may fill, is not.
    text = (
        "Comedy wins award\n\nThe comedy, first shown on BBC Two in 2003, won the prize.\n\n"
        "Zentrix has learned that a second series is planned.\n"
    )
    assert flagged(text, "WL201") == ["Zentrix"]
    assert flagged(text.replace("Zentrix", "The Guardian"), "WL201") == []
    quoted = text.replace("Zentrix has learned", "A survey by Hostway found")
    assert flagged(quoted, "WL201") == []
