"""WL201 in the bylines a newsroom signs and in a plural stand-in: stories written for these tests.

"By The Associated Press", "By KYODO NEWS" and "by Xinhua writer Li Wei" sign for the
newsroom; BBC writes the place after its unit ("BBC Scotland, Oban"); UPI's and Xinhua's
full names end in words a desk also uses ("International", "News Agency"). A
find-and-replace that wrote a plural noun ("told Prophets.") in agency copy reads as a
group, but a group the story is told about is written in lower case or named again.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged

AP = (
    "Storm knocks out power to thousands along Gulf Coast\n\n"
    "{byline}\n\n"
    "MOBILE, Ala. (AP) — A line of severe thunderstorms knocked out power to more than "
    "80,000 homes and businesses overnight, utility officials said Wednesday.\n\n"
    "Crews from three states were helping restore service.\n"
)
KYODO = (
    "Japan to raise minimum wage by record amount\n\n"
    "{byline}\n\n"
    "TOKYO, July 28 Kyodo - Japan's minimum wage will rise by a record 43 yen to an average "
    "of 1,004 yen an hour from October, a government panel decided Friday.\n\n"
    "Small businesses said they would struggle to absorb higher labor costs.\n"
)
BBC = (
    "Ferry operator cancels winter sailings to islands\n\n"
    "By Kenneth Macdonald\n{unit} Scotland, Oban\n\n"
    "A ferry operator has cancelled dozens of winter sailings to the islands because two of "
    "its ships are out of service for repairs.\n\n"
    "Islanders said the cancellations would hit businesses.\n\n"
    "Additional reporting by BBC Monitoring.\n"
)
UPI = (
    "Senate passes stopgap bill to avert shutdown\n\n"
    "By Paul Brinkmann, United Press International\n\n"
    "WASHINGTON, Sept. 30 (UPI) -- The Senate passed a stopgap spending bill late Saturday, "
    "hours before a government shutdown was due to begin.\n\n"
    "The measure keeps agencies funded for 45 days.\n"
)
XINHUA = (
    "High-speed rail line linking two provinces opens\n\n"
    "{byline}\n\n"
    "BEIJING, Dec. 12 (Xinhua) -- A high-speed railway linking two central provinces opened "
    "to traffic on Friday, cutting the travel time between their capitals to under two "
    "hours.\n\n"
    "The line is about 300 km long.\n"
)
REUTERS = (
    "Zaire seeks new debt talks\n\n"
    "KINSHASA, March 3 (Reuters) - Zaire will seek new talks with its creditors this year, "
    "{sentence}\n\n"
    "The country owes about five billion dlrs abroad.\n"
)
SPORT = (
    "Lewsey rues disallowed tries\n\n"
    "England wing Josh Lewsey said the officials had cost his side two tries in the defeat. "
    '"There\'s two tries we\'ve been cost," he told {outlet}. "We have to go back and look."\n\n'
    "Coach Andy Robinson told BBC Sport the side would learn from the game.\n"
)
COMMITTEE = (
    "MPs urge BBC to open its books\n\n"
    "MPs have urged the BBC to let auditors see more of its accounts.\n\n"
    "The committee said the BBC's digital services had cost more than planned, and that the "
    "BBC should be as accountable to Parliament as any other public body.\n\n"
    "{sentence}\n\n"
    "A BBC spokeswoman said it would study the report, and that BBC Three would stay on "
    "Freeview.\n"
)
SPENDING = '"The {word}\'s spending is not subject to full scrutiny," said the committee chairman.'


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (AP.format(byline="By The Lanterns"), "Lanterns"),
        (XINHUA.format(byline="by Lanterns writer Li Wei"), "Lanterns"),
        (XINHUA.format(byline="by Kleashus writers Zhang Ming and Liu Yang"), "Kleashus"),
        (AP.format(byline="By The Harbor"), "Harbor"),
        (KYODO.format(byline="By BROUTHA NEWS"), "BROUTHA"),
        (BBC.format(unit="Telescope"), "Telescope"),
        (REUTERS.format(sentence="a Western diplomat told Prophets."), "Prophets"),
        (SPORT.format(outlet="Velvets Sport"), "Velvets"),
        # A plural with "'s" after it is written as one thing's name: the outlet's.
        (COMMITTEE.format(sentence=SPENDING.format(word="Gouts")), "Gouts"),
        (COMMITTEE.format(sentence=SPENDING.format(word="Arms")), "Arms"),
        (
            REUTERS.format(sentence="industry sources told Creatures, adding that talks were due."),
            "Creatures",
        ),
    ],
)
def test_a_placeholder_where_the_newsroom_signs_is_reported(text: str, word: str) -> None:
    assert word in flagged(text, "WL201")


@pytest.mark.parametrize(
    "text",
    [
        AP.format(byline="By The Associated Press"),
        KYODO.format(byline="By KYODO NEWS"),
        BBC.format(unit="BBC"),
        UPI,
        XINHUA.format(byline="Xinhua News Agency reporter Wang Fang"),
        XINHUA.format(byline="by Xinhua writer Li Wei"),
        XINHUA.format(byline="By Xinhua reporters Zhang Ming and Liu Yang"),
        REUTERS.format(sentence="a Western diplomat told reporters."),
        REUTERS.format(sentence="a party official told Democrats."),
        REUTERS.format(sentence="the archbishop told Catholics."),
        REUTERS.format(sentence="Prophets of the old order told Reuters."),
        SPORT.format(outlet="Saracens TV, the club's channel, after Saracens lost"),
        COMMITTEE.format(sentence="The committee also criticised the Beatles' label."),
        COMMITTEE.format(sentence="Mr Leigh said the Simpsons's producers had agreed."),
        COMMITTEE.format(sentence="The Jones's house was sold, and the Commons's clerk agreed."),
    ],
)
def test_the_newsroom_s_real_signature_is_not_reported(text: str) -> None:
    assert flagged(text, "WL201") == []


POLL = (
    "{headline}\n\n"
    "People in most of the 20 countries surveyed for a BBC World Service poll think the "
    "world economy is getting worse.\n\n"
    "The pollsters asked 22,000 people about jobs, prices and their savings.\n\n"
    "The BBC's economics correspondent said the mood had darkened since last year.\n"
)


@pytest.mark.parametrize(
    ("headline", "word"),
    [
        ("Rigox poll finds economic gloom", "Rigox"),
        ("Economic gloom in Lantern poll", "Lantern"),
    ],
)
def test_a_headline_word_where_the_body_writes_its_outlet_is_reported(
    headline: str, word: str
) -> None:
    assert flagged(POLL.format(headline=headline), "WL201") == [word]


@pytest.mark.parametrize(
    "headline",
    [
        "BBC poll finds economic gloom",
        "Gallup poll finds economic gloom",  # a pollster (`slot-not-brands`), not a stand-in
        "Economic gloom deepens, poll finds",
        "ECONOMIC GLOOM IN RIGOX POLL",
    ],
)
def test_a_headline_the_body_sums_up_is_not_reported(headline: str) -> None:
    assert flagged(POLL.format(headline=headline), "WL201") == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The chairman said the Flames is as accountable as any public body.", "Flames"),
        ("Critics say the Substrates now negotiates too hard for rights.", "Substrates"),
    ],
)
def test_a_plural_the_story_makes_the_subject_of_a_singular_verb_is_reported(
    sentence: str, word: str
) -> None:
    assert word in flagged(COMMITTEE.format(sentence=sentence), "WL201")


@pytest.mark.parametrize(
    "sentence",
    [
        "The chairman said the Greens were as accountable as any party.",
        "Critics say the Simpsons is the longest-running cartoon on television.",
        "The chairman said the Flames have never played better.",
        # A title's last word: "Top of the Pops is to move", "a Top of the Pops presenter".
        "Top of the Pops is to move to Sundays, a Top of the Pops presenter said.",
    ],
)
def test_a_group_or_a_show_ending_in_s_is_not_reported(sentence: str) -> None:
    assert flagged(COMMITTEE.format(sentence=sentence), "WL201") == []


BBC_TITLED = (
    "Firm posts record profit\n\nBy Jane Doe\n{line}\n\n"
    "The company said on Tuesday its quarterly profit rose to a record, the BBC has learned.\n\n"
    "The carmaker said it expected the yen to stay weak.\n"
)


def test_a_stand_in_after_the_title_on_the_bylines_second_line_is_reported() -> None:
    text = BBC_TITLED.format(line="Technology correspondent, Lantern News")
    assert flagged(text, "WL201") == ["Lantern"]


def test_the_outlet_after_the_title_on_the_bylines_second_line_is_not_reported() -> None:
    assert flagged(BBC_TITLED.format(line="Business reporter, BBC News"), "WL201") == []


BBC_NO_DATELINE = (
    "Factory output falls for a third month\n\n"
    "{byline}\n\n"
    "British factory output fell for a third month in February, official figures showed "
    "on Tuesday.\n\n"
    "The Office for National Statistics said output fell 0.4%.\n"
)


@pytest.mark.parametrize(
    ("byline", "stand_in"),
    [
        ("By Jane Smith for Lantern", "Lantern"),
        ("By Jane Smith for The Lantern", "Lantern"),
        ("By Tom Brown for Harvest News", "Harvest"),
    ],
)
def test_the_outlet_a_byline_writes_for_is_a_slot(byline: str, stand_in: str) -> None:
    assert flagged(BBC_NO_DATELINE.format(byline=byline), "WL201") == [stand_in]


@pytest.mark.parametrize(
    "byline",
    ["By Jane Smith for the Guardian", "By Jane Smith for Reuters", "By Jane Smith"],
)
def test_a_real_outlet_written_for_stays_quiet(byline: str) -> None:
    assert flagged(BBC_NO_DATELINE.format(byline=byline), "WL201") == []


@pytest.mark.parametrize(("byline", "flags"), [("Lantern Staff", 1), ("Reuters Staff", 0)])
def test_a_newsrooms_staff_with_a_capital(byline: str, flags: int) -> None:
    story = BBC_NO_DATELINE.format(byline=byline)
    assert flagged(story, "WL201") == ["Lantern"] * flags
