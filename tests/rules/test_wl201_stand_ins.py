"""WL201 judging a word by the story's own evidence when the brand was replaced.

Every mention replaced: the dateline alone says the brand (a name no pack lists there is
the brand's stand-in). One mention replaced: the word stands where the story's own
outlet stands elsewhere ("told BBC Sport" and "told Zentrix Sport"). A paper named by an
English word takes "the": "told Herald" is no paper. Stories written for these tests.
"""

from __future__ import annotations

import pytest

from tests.conftest import lint
from wirelint.diagnostics import Severity


def flagged(text: str, select: str) -> list[str]:
    """The words under each warning (an unknown agency's `info` is no finding here)."""
    return [
        text[d.span.start : d.span.end]
        for d in lint(text, select)
        if d.severity is not Severity.INFO
    ]


BODY = (
    "The ministry said on Wednesday that the strike killed 89 soldiers.\n\n"
    "A senior official told {word} the toll could rise.\n"
)


def test_every_mention_replaced_by_an_invented_name_is_found_from_the_dateline() -> None:
    text = "Strike kills soldiers\n\nMOSCOW, Jan 4 (Vexmora) - " + BODY.format(word="Vexmora")
    found = lint(text, "WL201")
    assert [text[d.span.start : d.span.end] for d in found] == ["Vexmora", "Vexmora"]
    assert all(d.severity is Severity.WARNING for d in found)


def test_an_outlet_name_with_its_desk_in_the_dateline_is_a_stand_in_too() -> None:
    text = "Strike kills soldiers\n\nMOSCOW, Jan 4 (Drelbin News) - " + BODY.format(word="Reuters")
    [d] = lint(text, "WL201")
    assert d.severity is Severity.WARNING and "names no known agency" in d.message


@pytest.mark.parametrize("agency", ["Xinhua", "Bernama", "KNB", "Interfax"])
def test_a_real_or_unlisted_acronym_agency_in_the_dateline_is_no_stand_in(agency: str) -> None:
    text = f"Strike kills soldiers\n\nMOSCOW, Jan 4 ({agency}) - " + BODY.format(word="Interfax")
    assert flagged(text, "WL201") == []


def test_a_dateline_name_the_story_uses_elsewhere_is_not_guessed() -> None:
    text = (
        "Strike kills soldiers\n\nMOSCOW, Jan 4 (Baltnews) - The ministry said on Wednesday "
        "that the strike killed 89 soldiers, Baltnews editors said.\n"
    )
    assert flagged(text, "WL201") == []


BBC = (
    "Coach hails late winner\n\n"
    "The coach said his side had earned the win in the final minute.\n\n"
    '"It was a great finish," he told BBC Sport after the match.\n\n'
    "{sentence}\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        '"We deserved it," the captain told Vexmora Sport.',
        '"We deserved it," the captain told Vexmora.',
        '"We deserved it," the captain told the Vexmora.',
    ],
)
def test_a_word_standing_where_the_story_s_outlet_stands_is_found(sentence: str) -> None:
    text = BBC.format(sentence=sentence)
    [d] = lint(text, "WL201")
    assert text[d.span.start : d.span.end].startswith("Vexmora")


@pytest.mark.parametrize(
    "sentence",
    [
        "A survey by Hostway found most firms had no plan.",  # a firm, another kind of slot
        '"We deserved it," the captain told the Guardian.',  # a paper the story quotes
        '"We deserved it," the captain told Sky Sports News.',
        "A Guardian poll found most fans agreed.",
    ],
)
def test_other_firms_and_outlets_the_story_quotes_stay_quiet(sentence: str) -> None:
    assert flagged(BBC.format(sentence=sentence), "WL201") == []


REUTERS = (
    "Bank sees growth\n\nTOKYO, March 3 (Reuters) - The bank said growth would pick up.\n\n"
    '"We see a recovery," the governor told {outlet} in an interview.\n'
)


def test_a_paper_s_english_name_without_the_is_no_paper() -> None:
    text = REUTERS.format(outlet="Herald")
    [d] = lint(text, "WL201")
    assert text[d.span.start : d.span.end] == "Herald"
    assert flagged(REUTERS.format(outlet="the Herald"), "WL201") == []
    assert flagged(REUTERS.format(outlet="the Guardian"), "WL201") == []


def test_a_paper_s_english_name_in_the_dateline_needs_its_the() -> None:
    text = "Strike kills soldiers\n\nMOSCOW, Jan 4 (Herald) - " + BODY.format(word="Interfax")
    [d] = lint(text, "WL201")
    assert text[d.span.start : d.span.end] == "Herald" and "placeholder" in d.message
    clean = "Strike kills soldiers\n\nGLASGOW, Jan 4 (The Herald) - " + BODY.format(word="Interfax")
    assert flagged(clean, "WL201") == []


def test_a_title_after_the_slot_word_opens_the_next_name() -> None:
    text = (
        "Party backs plan\n\nLONDON, Jan 4 (Reuters) - The party said it backed the plan.\n\n"
        "Sources told the Vexmora Mr Howard had always been in favour.\n"
    )
    [d] = lint(text, "WL201")
    assert text[d.span.start : d.span.end] == "Vexmora"
    assert flagged(text.replace("Vexmora", "BBC"), "WL201") == []


OWN_OUTLET = (
    "Broadcaster defends opera\n\n"
    "The BBC said it had received 47,000 complaints before the screening.\n\n"
    '"We stand by it," the BBC\'s director told BBC News.\n\n'
    "{sentence}\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "But the Lookout said on Thursday there were no plans for a repeat.",
        "The Lookout's chairman said the opera would be shown.",
        "MPs have urged the Lookout to give watchdogs more freedom.",
        "He warned the Lookout that attacking the minister had cost it dear.",
    ],
)
def test_a_word_written_bare_as_the_story_writes_its_outlet_bare_is_found(
    sentence: str,
) -> None:
    text = OWN_OUTLET.format(sentence=sentence)
    [d] = lint(text, "WL201")
    assert text[d.span.start : d.span.end] == "Lookout"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Beatles had it, he said.",  # a group
        "Chancellor of the Exchequer Nigel Lawson was there.",  # the end of a longer name
        "He refused to sign the Kyoto protocol.",  # a modifier
        "The Treasury said it would not comment.",  # a body English writes capitalised
        "Tests under way in the Caribbean, officials said, are complete.",  # not as the BBC stands
        "Noggin the Nog was one of the best programmes.",  # a name's last word
        "The Lookout said nothing, and the Lookout Trust agreed.",  # named in full too
        "MPs urged the Speaker to act.",  # an office English writes capitalised
        "The striker is fit again, but the Scot admitted he was unsure.",  # a person
        "He climbed to the Summit to wave.",  # no verb of telling reaches it
    ],
)
def test_other_bare_names_in_such_copy_stay_quiet(sentence: str) -> None:
    assert flagged(OWN_OUTLET.format(sentence=sentence), "WL201") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Axiom News is to invest £9m in new comedy.",
        "Staff within the Axiom News were told on Friday.",
    ],
)
def test_a_two_word_stand_in_written_bare_with_its_desk_is_found(sentence: str) -> None:
    text = OWN_OUTLET.format(sentence=sentence)
    [d] = lint(text, "WL201")
    assert text[d.span.start : d.span.end] == "Axiom News"


# Copy naming its outlet bare in no brand slot: the BBC the story reports on, not quotes.
BARE_ONLY = (
    "Broadcaster to invest in comedy\n\n"
    "Comedy writers will work within the BBC and with independent companies.\n\n"
    "{sentence}\n"
)


def test_a_stand_in_doing_what_an_outlet_does_is_found_with_no_brand_slot() -> None:
    text = BARE_ONLY.format(sentence="The Lookout is to invest £9m in new comedy.")
    [d] = lint(text, "WL201")
    assert text[d.span.start : d.span.end] == "Lookout"


@pytest.mark.parametrize(
    "sentence",
    [
        "The band opened T in the Park, and played a series of gigs.",  # a festival
        "The airline flies to 20 cities in the Northeast, Florida and the Bahamas.",
        "The Beijing News said the plant would close.",  # a paper the story names
        "The award went to the Third World's film-makers.",  # a longer name's word
    ],
)
def test_bare_names_beside_an_outlet_in_no_slot_stay_quiet(sentence: str) -> None:
    text = BARE_ONLY.format(sentence=sentence) + "\nBeijing officials agreed.\n"
    assert flagged(text, "WL201") == []


# Copy naming its outlet in brand slots only, never bare.
SLOTS_ONLY = (
    'Striker wants move\n\nThe striker told BBC Sport from Rio: "I have to go."\n\n{sentence}\n'
)


def test_a_stand_in_doing_what_an_outlet_does_beside_slots_only_is_found() -> None:
    text = SLOTS_ONLY.format(sentence="The Lookout said on Tuesday it would not comment.")
    [d] = lint(text, "WL201")
    assert text[d.span.start : d.span.end] == "Lookout"


@pytest.mark.parametrize(
    "sentence",
    [
        "He played at T in the Park, and at a series of gigs.",  # no outlet's act
        "The book is the word of God, and the Sunnah is a guide.",  # a term English has
    ],
)
def test_bare_names_beside_slots_only_stay_quiet(sentence: str) -> None:
    assert flagged(SLOTS_ONLY.format(sentence=sentence), "WL201") == []


def test_a_bare_name_in_agency_copy_beside_its_agency_s_slot_stays_quiet() -> None:
    text = (
        "Exchange to list new options\n\n"
        "NEW YORK, March 3 (Reuters) - The Amex said it would list long-term options.\n\n"
        "Reuters' own analysis of the trading data found 12 more listings.\n"
    )
    assert flagged(text, "WL201") == []
