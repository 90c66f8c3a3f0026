"""WL201 in BBC-style copy: the outlet's own channels, services and staff carry the brand.

BBC stories have no dateline or credit, so the brand is not known; a word standing where
only an outlet stands ("Portal One's", "told the Portal News website") is the evidence.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import CORPUS, flagged, lint
from wirelint.errors import PackError
from wirelint.packs import load_pack_file

# A BBC story: a headline and paragraphs, no dateline, no credit.
LEAD = "The broadcaster said on Wednesday that its audience had grown by 12% in a year."


def story(sentence: str, lead: str = LEAD) -> str:
    return f"Audiences grow for digital channels\n\n{lead}\n\n{sentence}\n"


MUST_FLAG = [
    # Channels, services and stations after the brand.
    ("Mr Prescott told Portal One's Breakfast programme he would stay.", ["Portal"]),
    ("The film was screened uncut on Beacon Two last September.", ["Beacon"]),
    ("Home affairs spokesman Mark Oaten told Lantern Radio 4's Today programme.", ["Lantern"]),
    ("\u201cReferees have to be consistent,\u201d he told Harbor Radio Five Live.", ["Harbor"]),
    ("Steve Ash, from Activcard, told the Kiosk News website there were two paths.", ["Kiosk"]),
    ("The administrators told Relay News Online that selling the firm was the aim.", ["Relay"]),
    ("He is a regular commentator on the Prism World Service programme Go Digital.", ["Prism"]),
    ("Digest Sport examines the challenges facing the team.", ["Digest"]),
    ("\u201cWe have to go back to basics,\u201d Robinson told Summit Sport.", ["Summit"]),
    # Staff and the outlet's own verbs.
    ("The vote was close, said Compass correspondent Peter Hunt.", ["Compass"]),
    ("Growth has not been even, says the Anchor's Elizabeth Blunt.", ["Anchor"]),
    ("The opera, shown by the Orbit, drew 47,000 complaints.", ["Orbit"]),
    ("A copy of the letter was made available to Vector.", ["Vector"]),
    ("The bank spokesman said in reply to Mosaic enquiries that rates would rise.", ["Mosaic"]),
    ("Broadcasters like the Meridian are working on their own plans.", ["Meridian"]),
    ("The offer will include a selection of Courier programmes from the week.", ["Courier"]),
    # At the end of a line, and inside a quotation.
    ("The minister was speaking on Frontier Radio 4", ["Frontier"]),
    ("\u201cI told Keystone Radio Scotland everything,\u201d he said.", ["Keystone"]),
]


@pytest.mark.parametrize(("sentence", "words"), MUST_FLAG)
def test_a_placeholder_in_an_outlet_form_is_reported(sentence: str, words: list[str]) -> None:
    assert flagged(story(sentence), "WL201") == words


def test_once_proved_every_use_of_the_word_as_the_outlet_is_reported() -> None:
    # A find-and-replace: the outlet's forms prove the word, and its bare uses, its
    # possessive and its longer names ("Portal News website") are the brand's places too.
    text = (
        "Portal denies comedy comeback\n\n"
        "The Portal has said there are no plans to bring the show back.\n\n"
        "The series was screened on Portal Two in 1983, and the Portal's archive holds it.\n\n"
        "A spokeswoman told the Portal News website the decision was final.\n"
    )
    found = flagged(text, "WL201")
    body = text.index("\n\n")
    starts = sorted(d.span.start for d in lint(text, "WL201"))
    body_mentions = [m.start() for m in re.finditer(r"\bPortal\b", text) if m.start() > body]
    assert set(body_mentions) <= set(starts)
    assert all(w.startswith("Portal") for w in found)


def test_two_forms_of_a_name_english_lacks_make_it_a_placeholder() -> None:
    text = story(
        "He told the Kelbrook News website the plan was sound. "
        "It was screened on Kelbrook Two last September."
    )
    assert flagged(text, "WL201") == ["Kelbrook", "Kelbrook"]


def test_one_form_of_a_name_english_lacks_says_it_may_be_an_unlisted_outlet() -> None:
    # A single form may be an outlet the packs do not list: the message says so.
    found = lint(story("It was screened on Kelbrook Two last September."), "WL201")
    assert [d.message for d in found] == [
        "`Kelbrook` in the body (`Kelbrook Two`) names no known agency: a placeholder "
        "where the brand belongs (a real agency? add it to an agencies pack or set `brand`)"
    ]


def test_one_phrase_repeated_is_one_form() -> None:
    # "the Guildford Four" twice is not two outlet forms of "Guildford".
    text = story(
        "The so-called Guildford Four, Gerry Conlon among them, were freed. "
        "The Court of Appeal quashed the sentences of the Guildford Four, the judge said."
    )
    assert lint(text, "WL201") == []


MUST_NOT_FLAG = [
    # Real outlets and channels, the BBC's included.
    "He told BBC One's Breakfast with Frost programme he would stay.",
    "She told BBC Radio 5 Live and the BBC News website the plan was sound.",
    "Sky One's share of the audience rose while Channel 4 and Five fell.",
    "The awards were screened on Channel Four last September.",
    "He told Capital Radio and Classic FM that the tour would go ahead.",
    "A presenter on Virgin Radio said listeners had complained.",
    "He told CNN the talks had failed, and Al Jazeera said the same.",
    "The film was shown on Channel TV last week.",
    # Longer names whose last word is a channel's number, and numbered titles.
    "Veterans of World War Two's desert campaign met in London.",
    "Air Force One landed at noon, and Formula One's rules changed.",
    "Promotion to League One was confirmed on Saturday.",
    "Hit games like Halo 2, released in November, sold well.",
    # Programme titles and descriptive words before a title.
    "Top of the Pops presenter Fearne Cotton took part.",
    "Comedy drama Desperate Housewives managed to pull in viewers.",
    "He said on Voice of America's South Sudan in Focus programme it was a loss.",
    "Soldiers of the Queen's Lancashire Regiment were questioned.",
    # Companies and bodies that commission or report, with their own names.
    "An investigation commissioned by Shell found the reserves were overstated.",
    "Analysts at Morgan Stanley said sales were weak, said Morgan Stanley analyst Walter Loeb.",
    "A survey by Marplan last week gave the Conservatives a lead.",
    "According to Continental Research, 29% of the people it questioned agreed.",
    "A Horizon documentary and a Dispatches special were shown on Channel 4.",
    # Ordinary words.
    "Users of the web portal said the news feed was down.",
]


@pytest.mark.parametrize("sentence", MUST_NOT_FLAG)
def test_real_outlets_and_ordinary_words_are_not_reported(sentence: str) -> None:
    assert lint(story(sentence), "WL201") == []


def test_a_reuters_story_quoting_the_bbc_is_quiet() -> None:
    lead = "LONDON, Jan 4 (Reuters) - The ministry said on Wednesday the talks had stalled."
    text = story("The minister told BBC One's Breakfast programme and told CNN the same.", lead)
    assert lint(text, "WL201") == []


def _pack(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "slots.toml"
    path.write_text(f"[body-brand-slots.mine]\n{body}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('strength = "sometimes"', "strength"),
        ("words = 2", "words"),
        ('outlet = "yes"', "outlet"),
    ],
)
def test_a_slot_with_a_bad_setting_does_not_load(tmp_path: Path, extra: str, message: str) -> None:
    path = _pack(
        tmp_path,
        f"pattern = '\\bon\\s+{{brand}}\\s+One\\b'\n{extra}\nexamples = [\"on [Portal] One\"]",
    )
    with pytest.raises(PackError, match=message):
        load_pack_file(path)


# Corpus stories whose own "BBC" is replaced by a placeholder word everywhere: every body
# mention is reported (their brand stands in outlet forms and bare uses). Read at test
# time, never copied.
REPLACED = [
    "bbc/entertainment/191.txt",
    "bbc/entertainment/059.txt",
    "bbc/politics/196.txt",
    "bbc/sport/112.txt",
]


@pytest.mark.parametrize("source", REPLACED)
def test_a_find_and_replace_of_the_brand_is_found_in_real_copy(source: str) -> None:
    path = CORPUS / source
    if not path.is_file():
        pytest.skip("corpus not present")
    text = path.read_text(encoding="utf-8").replace("BBC", "Lantern")
    body = text.index("\n\n")
    mentions = [m.span() for m in re.finditer(r"\bLantern\b", text) if m.start() > body]
    found = [d.span for d in lint(text, "WL201")]
    missed = [s for s in mentions if not any(f.start < s[1] and s[0] < f.end for f in found)]
    assert mentions and missed == []
