"""WL202 placeholder-text: leftover marks are errors; real uses of the letters are not."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import corpus_files, flagged, lint
from wirelint.packs import packs_for
from wirelint.rules.wl202_placeholder_text import PATTERNS, _Story, prefilter


def test_placeholders_are_errors() -> None:
    [d] = lint("Head\n\nThe ministry said TK soldiers died.\n", "WL202")
    assert d.severity.label == "error"
    assert d.code == "WL202" and d.rule == "placeholder-text"
    assert "TK" in d.message


@pytest.mark.parametrize(
    ("sentence", "mark"),
    [
        ("Sales rose xxx percent in the quarter.", "xxx"),
        ("The chief executive, tk, said the results were strong.", "tk"),
        ("The deal is worth $X billion, sources said.", "$X"),
        ("Exports rose X% in March.", "X"),
    ],
)
def test_marks_in_lower_case_and_a_figure_left_as_one_x(sentence: str, mark: str) -> None:
    assert flagged(f"Head\n\n{sentence}\n", "WL202") == [mark]


@pytest.mark.parametrize(
    "sentence",
    [
        # Real copy (bbc/tech/239.txt): a web address's ending.
        "Of the 10 under consideration, the least likely to win approval is the .xxx domain.",
        "Malcolm X spoke in Harlem. Generation X shoppers spend less.",
        "The film xXx was a hit.",
    ],
)
def test_the_letters_in_real_uses_are_not_marks(sentence: str) -> None:
    assert flagged(f"Head\n\n{sentence}\n", "WL202") == []


@pytest.mark.parametrize(
    ("sentence", "mark"),
    [
        ("The Bank of England's governor, [to come], will speak on Friday.", "[to come]"),
        ("Orders from China rose to [tk] tonnes.", "[tk]"),
        (
            '"We are ready," he said. [insert quote from the minister]',
            "[insert quote from the minister]",
        ),
        ("The plant employs [check figure] people.", "[check figure]"),
        ("Economists had expected a fall of x.x percent.", "x.x"),
        ("Prices rose by NN percent in March.", "NN"),
        ("Exports fell by ?? per cent.", "??"),
        ("The shortfall cost manufacturers $## million.", "$##"),
        ("Inflation held at ##.#% in May.", "##.#"),
        ("The figures are released at ##:## GMT.", "##:##"),
    ],
)
def test_slots_and_figures_typed_in_other_marks(sentence: str, mark: str) -> None:
    assert flagged(f"Head\n\n{sentence}\n", "WL202") == [mark]


@pytest.mark.parametrize(
    "sentence",
    [
        # An editor's insertion inside a quotation is copy, whatever its words.
        '"Two suicide bombings in the capital [city of Tunis] changed that," he said.',
        '"At that [time] we had no plan," she said.',
        '"A woman, [name withheld], called us," the officer said.',
        "Shares in NN Group rose 2 percent. The #1 seed lost. Why?? Nobody knows.",
        "Vote for your #1 song. He ranked #2 in the world.",
    ],
)
def test_editors_insertions_and_real_marks_stay_quiet(sentence: str) -> None:
    assert flagged(f"Head\n\n{sentence}\n", "WL202") == []


def test_marks_in_a_caption_and_an_updates_number_are_found() -> None:
    story = "UPDATE X-Factory output falls\n\nOutput fell in May.\n\nPhoto: TK\n"
    assert flagged(story, "WL202") == ["X", "TK"]
    real = "UPDATE 2-Factory output falls\n\nOutput fell in May.\n\nPhoto: Jane Smith\n"
    assert flagged(real, "WL202") == []


def test_no_placeholders_in_clean_corpus_copy() -> None:
    noisy = []
    for path in corpus_files(every=7):
        text = path.read_text(encoding="utf-8")
        for d in lint(text, "WL202"):
            noisy.append(f"{path.name}: {text[d.span.start : d.span.end]!r}")
    assert noisy == []


def test_markdown_code_is_quoted_not_a_leftover() -> None:
    assert (
        flagged(
            "# Notes\n\nWrite `TK` where a fact is to come.\n\n```\nkilled TK people\n```\n",
            "WL202",
        )
        == []
    )


# Credit lines in each agency's style, with a stand-in where a person belongs.
CREDIT_SLOTS = [
    ("Reporting by Mark Trevelyan; Additional reporting by XX; Editing by Cynthia Osterman", "XX"),
    ("Reporting by Mark Trevelyan; Writing by TK; Editing by Cynthia Osterman", "TK"),
    ("(Compiled by NAME; Editing by Jane Roe)", "NAME"),
    ("Reporting by Firstname Lastname in Paris; Editing by Jane Roe", "Firstname Lastname"),
    ("Associated Press writer [REPORTER] in Washington contributed to this report.", "[REPORTER]"),
    ("Reporting by Mark Trevelyan; Editing by {{editor}}", "{{editor}}"),
]


@pytest.mark.parametrize(("credit", "mark"), CREDIT_SLOTS)
def test_flags_stand_ins_in_credit_lines(credit: str, mark: str) -> None:
    story = f"Head\n\nPARIS (AFP) - The strike killed 89 soldiers.\n\n{credit}\n"
    assert flagged(story, "WL202") == [mark]
    # Reported once, as WL202's error, even with every rule on.
    [d] = [d for d in lint(story) if story[d.span.start : d.span.end] == mark]
    assert d.code == "WL202" and d.severity.label == "error"


@pytest.mark.parametrize(
    "credit",
    [
        "Reporting by Mark Trevelyan; Editing by Cynthia Osterman",
        "Reporting by Nick Name and Tim Kelly; Editing by Ed Osmond",
        "(Reporting by Reuters staff; Writing by T.K. Maxwell)",
        "Associated Press writer Jane Roe in Washington contributed to this report.",
    ],
)
def test_real_credit_lines_are_not_placeholders(credit: str) -> None:
    story = f"Head\n\nPARIS (AFP) - The strike killed 89 soldiers.\n\n{credit}\n"
    assert flagged(story, "WL202") == []


# -- the prefilter that skips patterns a story cannot match --------------------------------

SHIPPED_PATTERNS = list(packs_for(()).section(PATTERNS).values())
_FRAGMENTS = [
    *"[]{}<>$#_ \n.",
    "{{",
    "}}",
    "###",
    " by ",
    "Reporting by",
    "EDITING BY",
    "Additional\nreporting",
    "lorem",
    "LOREM",
    "Ipsum",
    "ipſum",  # long s: `re` matches it to `s` when ignoring case
    "İ",
    "\u212a",  # Kelvin sign: `k` when ignoring case
    "NAME",
    "NAMES",
    "REPORTER",
    "Firstname",
    "lastname",
    "John Doe",
    "a.n.other",
    "XX",
    "TK",
    "INSERT",
    "FILL",
    "IN",
    "TO",
    "COME",
    "ADD",
    "QUOTE",
    "${x}",
    "<<SLOT>>",
    "tk",
    "xxx",
    "$X",
    " billion",
    " percent",
    ".",
]
_texts = st.lists(
    st.sampled_from(_FRAGMENTS) | st.characters(blacklist_categories=("Cs",)), max_size=25
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_prefilter_never_hides_a_match_of_a_shipped_pattern(text: str) -> None:
    story = _Story(text)
    for pattern in SHIPPED_PATTERNS:
        check = prefilter(pattern.regex)
        if pattern.regex.search(text):
            assert check is None or check(story), (pattern.name, text)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?i)lorem\s+ipsum", "LOREM IPſUM"),
        (r"(?i:k)ilo", "\u212ailo"),
        (r"(?i:abc)(?-i:DEF)", "aBcDEF"),
        (r"a{2}b", "xaab"),
        (r"#{3,}x", "####x"),
        (r"[ab]c|zz", "bc"),
        (r"(?:TK)+\b", "TKTK"),
        (r"(?>AB)C", "ABC"),
        (r"(q?)w\1", "w"),
        (r"X(?=\s+(?:tally|count))", "X count"),
        (r"(?<=told )X", "told X"),
        (r"(?!no)yes", "yes"),
    ],
)
def test_prefilter_keeps_what_re_matches(pattern: str, text: str) -> None:
    regex = re.compile(pattern)
    assert regex.search(text)
    check = prefilter(regex)
    assert check is None or check(_Story(text))


def test_prefilter_skips_a_story_without_the_literals() -> None:
    story = _Story("The ministry said 89 soldiers were killed.\n\n(Reporting by Tom Hill)")
    checks = {p.name: prefilter(p.regex) for p in SHIPPED_PATTERNS}
    assert all(check is not None for check in checks.values())
    assert not any(check(story) for check in checks.values() if check is not None)
    assert prefilter(re.compile(r"\w+")) is None  # no literal to require: always scan


def test_prefilter_requires_what_a_lookaround_reads() -> None:
    # "Portal' tally": the words the lookahead needs after the mark are in the text too.
    check = prefilter(re.compile(r"[A-Z]\w*'(?=\s+(?:tally|calculations))"))
    assert check is not None
    assert check(_Story("according to Portal' tally"))
    assert not check(_Story("the players' union said"))


@pytest.mark.parametrize("filler", ["", "Shares rose $5 to $9 in [late] trading. " * 40])
def test_marks_found_whether_their_openings_are_rare_or_common(filler: str) -> None:
    # Where `$`, `[` and `X` are few, the patterns are tried at them alone; where they
    # are many, each paragraph is scanned whole: the same marks either way.
    text = f"Head\n\n{filler}\n\nProfit rose to $X.X billion, said [INSERT NAME].\n"
    assert flagged(text, "WL202") == ["$X.X", "[INSERT NAME]"]


def test_prefilter_reads_a_long_story_for_several_literals_at_once() -> None:
    [bracketed] = [p for p in SHIPPED_PATTERNS if p.name == "bracketed"]
    check = prefilter(bracketed.regex)
    assert check is not None
    filler = "Shares rose in [late] trading. " * 5000  # a story of 150,000 characters
    assert check(_Story(filler + "said [INSERT NAME]."))
    assert check(_Story("said [TBC]. " + filler))
    assert not check(_Story(filler + "said [a spokesman]."))


def test_a_pattern_scanned_whole_is_tried_on_the_parts_holding_its_literals() -> None:
    # The credit slot's literals ("reporting", "by", "NAME") stand in several paragraphs,
    # all of them in one only: the slot is found there, and the part holding all three
    # apart from one another ("NAME by reporting") is tried and yields nothing.
    text = (
        "Head\n\nThe reporting was done by hand.\n\nHis NAME is on it, by reporting rules.\n\n"
        "Shares rose.\n\nReporting by NAME; Editing by Mark Heinrich\n"
    )
    assert flagged(text, "WL202") == ["NAME"]
    assert text.index("NAME;") == lint(text, "WL202")[0].span.start


def test_marks_found_in_the_copy_and_in_the_lines_above_it() -> None:
    # A byline is no copy (``doc.words`` lacks its words): its mark is found all the same,
    # and a copy part's mark where the copy holds one.
    assert flagged("Head\n\nBy XXX\n\nThe ministry said it would act.\n", "WL202") == ["XXX"]
    text = "Head\n\nBy XXX\n\nThe ministry said TK soldiers died.\n"
    assert flagged(text, "WL202") == ["XXX", "TK"]
    assert flagged("Head\n\nThe TKO came late. XXXL shirts sold.\n", "WL202") == []


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        # The dateline's date left as a mark: the dateline no longer parses, its place does.
        ("Whale meat\n\nTOKYO, TK Kyodo - Japan plans to resume exports, sources said.\n", "TK"),
        ("Shares\n\nLONDON, XX (Reuters) - Shares fell on Monday.\n", "XX"),
        ("Rail\n\nBOULDER, Colo., XXX (AP) — Trains ran late.\n", "XXX"),
        # A function word opening the sentence is no name a Roman numeral follows.
        ("Rail\n\nTrains are fast.\n\nAbout XXX trains a week now run on the line.\n", "XXX"),
        # A sheriff, a deputy or a trooper is a title a name follows.
        ("Fire\n\nSheriff XXX told reporters that homes burned.\n", "XXX"),
        # A surname still to come: after a given name a run of Xs numbers nothing.
        ("Talks\n\nThe talks will be led by Anna XXX, the ministry said.\n", "XXX"),
        ("Talks\n\nThe envoy, Pieter XX, arrived on Monday.\n", "XX"),
        # A given name still to come, before the surname.
        ("Fire\n\nXXX Okafor, a spokesman for the fire service, said two homes burned.\n", "XXX"),
    ],
)
def test_a_mark_left_by_position_is_found(text: str, mark: str) -> None:
    assert flagged(text, "WL202") == [mark]


@pytest.mark.parametrize(
    "text",
    [
        "Game\n\nSuper Bowl XXX was played in Arizona.\n",
        "Army\n\nAbout XXX Corps, officials said little.\n",
        "Shops\n\nShoppers went to TK Maxx on Saturday.\n",
        "History\n\nWorld War II ended. Pope Pius XI died. Chapter XX of the book.\n",
        "Derby\n\nLONDON, Oct 4 (Reuters) - XXX Corps marched in the capital.\n",
        "Games\n\nAthletes gathered for the XXX Summer Olympics in London.\n",
        "Wrestling\n\nWrestleMania XX drew a record crowd to the arena.\n",
    ],
)
def test_numerals_and_names_stay_quiet(text: str) -> None:
    assert flagged(text, "WL202") == []
