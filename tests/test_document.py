"""The Document model: parts, datelines, sentences and tokens with exact offsets."""

from __future__ import annotations

from itertools import pairwise

from wirelint.document.model import (
    PartKind,
    TokenShape,
    parse_document,
    split_sentences,
    tokenize,
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind.value, p.text) for p in parse_document(text).parts]


def test_seed_story_parts(seed_text: str) -> None:
    doc = parse_document(seed_text)
    assert [p.text for p in doc.headlines] == [
        "Russia blames cellphone use by soldiers in deadly missile attack",
        "Russia blames cellphone use by soldiers in deadly missile attack – Portal",
    ]
    assert len(doc.bullets) == 3
    assert doc.bullets[0].text.startswith("89 Russian soldiers")
    assert [p.text for p in doc.subheads] == ["BACHMUT FIGHTS"]
    assert doc.credits[0].text.startswith("Reporting by Portal bureaus")
    assert doc.boilerplate[0].text == "Our standards: The Thomson Portal Trust Principles."
    assert doc.dateline is not None
    assert doc.slice(doc.dateline.city) == "MOSCOW"
    assert doc.dateline.date and doc.slice(doc.dateline.date) == "Jan 4"
    assert doc.dateline.agency and doc.slice(doc.dateline.agency) == "Portal"
    assert doc.paragraphs[0].text.startswith("Russia’s defense ministry")


def test_markdown_story() -> None:
    text = (
        "# Flood waters rise in Valencia\n\n"
        "- 200 people evacuated\n* Schools closed\n\n"
        "VALENCIA, Spain, Oct 30 (AP) — Rains hit the city.\n\n"
        "## Rescue efforts\n\n"
        "Crews worked overnight.\n"
    )
    assert kinds(text) == [
        ("headline", "Flood waters rise in Valencia"),
        ("bullet", "200 people evacuated"),
        ("bullet", "Schools closed"),
        ("paragraph", "Rains hit the city."),
        ("subhead", "Rescue efforts"),
        ("paragraph", "Crews worked overnight."),
    ]
    doc = parse_document(text)
    assert doc.dateline is not None
    assert doc.slice(doc.dateline.city) == "VALENCIA, Spain"
    assert doc.slice(doc.dateline.agency) == "AP"  # type: ignore[arg-type]


def test_ap_and_afp_datelines() -> None:
    for opening, city, agency in [
        ("WASHINGTON (AP) — ", "WASHINGTON", "AP"),
        ("Paris (AFP) - ", "Paris", "AFP"),
        ("TOKYO, March 3 (Reuters) -- ", "TOKYO", "Reuters"),
    ]:
        doc = parse_document(f"Headline here\n\n{opening}The body starts here.\n")
        assert doc.dateline is not None, opening
        assert doc.slice(doc.dateline.city) == city
        assert doc.slice(doc.dateline.agency) == agency  # type: ignore[arg-type]
        assert doc.paragraphs[0].text == "The body starts here."


def test_datelines_with_the_day_first_or_a_colon_after_the_credit() -> None:
    for opening, city, date, agency in [
        ("Moscow, 3 March (Interfax) — ", "Moscow", "3 March", "Interfax"),
        ("MOSCOW, 3 March 2024 (TASS) - ", "MOSCOW", "3 March 2024", "TASS"),
        ("NEW DELHI, March 3 (IANS): ", "NEW DELHI", "March 3", "IANS"),
    ]:
        doc = parse_document(f"Headline here\n\n{opening}The body starts here.\n")
        assert doc.dateline is not None, opening
        assert doc.slice(doc.dateline.city) == city
        assert doc.dateline.date is not None and doc.slice(doc.dateline.date) == date
        assert doc.slice(doc.dateline.agency) == agency  # type: ignore[arg-type]
        assert doc.paragraphs[0].text == "The body starts here."


def test_a_colon_in_the_first_sentence_is_no_dateline() -> None:
    for opening in ("The company said (in a statement): ", "Asked (twice): "):
        doc = parse_document(f"Headline here\n\n{opening}the body starts here.\n")
        assert doc.dateline is None, opening


def test_ordinary_first_sentence_is_not_a_dateline() -> None:
    doc = parse_document(
        "Headline\n\nHowever, the company said on Monday - as expected - it would.\n"
    )
    assert doc.dateline is None


def test_wikinews_date_line_and_byline_are_meta() -> None:
    doc = parse_document(
        "Flood kills 20\n\nFriday, January 4, 2019\n\nBy Jane Smith\n\nRains fell.\n"
    )
    assert [p.kind for p in doc.parts] == [
        PartKind.HEADLINE,
        PartKind.META,
        PartKind.META,
        PartKind.PARAGRAPH,
    ]


def test_crlf_and_offsets_stay_exact() -> None:
    text = "Headline\r\n\r\nFirst para.\r\nstill first.\r\n\r\nSECOND HEAD\r\n\r\nLast one.\r\n"
    doc = parse_document(text)
    for part in doc.parts:
        assert text[part.span.start : part.span.end] == part.text
        assert not part.text.endswith("\r")
    assert [p.kind for p in doc.parts][-2] is PartKind.SUBHEAD
    last = doc.parts[-1]
    assert doc.lines.position(last.span.start) == (8, 1)


def test_lone_cr_story_has_its_parts() -> None:
    # A classic Mac OS file ends its lines with a lone CR: the same story as with LF.
    lf = (
        "Flood hits city\n\nLONDON, Jan 2 (Reuters) - The river rose. It kept rising.\n"
        "Still the first paragraph.\n\nSECOND HEAD\n\nThe mayor spoke.\n"
    )
    text = lf.replace("\n", "\r")
    doc = parse_document(text)
    expected = parse_document(lf)
    assert [(p.kind, p.span) for p in doc.parts] == [(p.kind, p.span) for p in expected.parts]
    assert [p.kind for p in doc.parts] == [
        PartKind.HEADLINE,
        PartKind.PARAGRAPH,
        PartKind.SUBHEAD,
        PartKind.PARAGRAPH,
    ]
    assert doc.headline is not None and doc.headline.text == "Flood hits city"
    assert doc.dateline is not None and doc.slice(doc.dateline.city) == "LONDON"
    assert doc.paragraphs[0].text == "The river rose. It kept rising.\rStill the first paragraph."
    assert [s.text for s in doc.paragraphs[0].sentences] == [
        "The river rose.",
        "It kept rising.",
        "Still the first paragraph.",
    ]
    assert doc.lines.position(doc.paragraphs[1].span.start) == (8, 1)


def test_sentences_respect_abbreviations() -> None:
    text = (
        "Gen. Mark Milley met U.S. officials on Jan. 4 at No. 10 Downing St. in London. "
        "He left at 9 p.m. on Tuesday. “We won,” he said. J. R. Smith agreed."
    )
    spans = split_sentences(text)
    assert [text[s.start : s.end] for s in spans] == [
        "Gen. Mark Milley met U.S. officials on Jan. 4 at No. 10 Downing St. in London.",
        "He left at 9 p.m. on Tuesday.",
        "“We won,” he said.",
        "J. R. Smith agreed.",
    ]


def test_tokens_and_shapes() -> None:
    doc = parse_document(
        "Head\n\nZelenskiy's pro-Russian BACHMUT forces fired 1,000 shells at 10:30 in the U.S.\n"
    )
    toks = {t.text: t.shape for t in doc.tokens}
    assert toks["Zelenskiy's"] is TokenShape.CAPITALIZED
    assert toks["pro-Russian"] is TokenShape.LOWER or toks["pro-Russian"] is TokenShape.MIXED
    assert toks["BACHMUT"] is TokenShape.UPPER
    assert toks["1,000"] is TokenShape.NUMBER
    assert toks["10:30"] is TokenShape.NUMBER
    assert "U.S." in toks
    for t in doc.tokens:
        assert doc.text[t.start : t.end] == t.text


def test_words_abbreviations_and_figures_split_as_the_copy_reads() -> None:
    # A letter with a full stop after it may open an abbreviation; a letter without one
    # opens a word; a figure joined by a hyphen or a letter ends before it.
    text = "e.g the U.S. team's 2020-21 run, a.m. talks, 3.5bn, re-run x. Y 1,000,000.5"
    assert [t.text for t in tokenize(text)] == [
        "e", "g", "the", "U.S.", "team's", "2020", "21", "run", "a.m.", "talks", "3",
        "5bn", "re-run", "x", "Y", "1,000,000.5",
    ]  # fmt: skip


def test_each_kind_of_token_is_read_from_its_first_character() -> None:
    # The token pattern reads one word character, then the rest of the token of the kind
    # that character opens: each kind at its edges, in other scripts and beside marks
    # that end no token (an underscore is a word character).
    text = (
        "J. Smith, Ünïon's A.B.C. 1,00 1,000x 12,345.6 ٣٤ 1.2.3 9a a9 _a a_b x-y- "
        "-b ‘Kyiv’ e.g. ab. 10:30."
    )
    assert [t.text for t in tokenize(text)] == [
        "J", "Smith", "Ünïon's", "A.B.C.", "1", "00", "1", "000x", "12,345.6", "٣٤", "1.2.3",
        "9a", "a9", "_a", "a_b", "x-y", "b", "Kyiv", "e.g.", "ab", "10:30",
    ]  # fmt: skip


def test_a_line_of_rule_marks_is_no_paragraph() -> None:
    doc = parse_document("Head\n\nFirst paragraph here.\n\n=====\n\n== ==\n\n-*_#\n\nLast one.\n")
    kinds = {p.text: p.kind for p in doc.parts}
    assert kinds["====="] is PartKind.META
    assert kinds["-*_#"] is PartKind.META
    assert kinds["== =="] is PartKind.PARAGRAPH  # a space is no mark


def test_tabs_nbsp_curly_quotes_and_dashes() -> None:
    text = "Head\u00a0line\n\n\tKYIV, Dec 2 (Agency) – “Quote\u00a0here,” he said — again.\n"
    doc = parse_document(text)
    assert doc.dateline is not None
    assert doc.slice(doc.dateline.dash) == "–"  # type: ignore[arg-type]
    assert doc.paragraphs[0].text.startswith("“Quote")


def test_html_comment_is_its_own_part() -> None:
    text = "Head\n\n<!-- wirelint: ignore WL202 -->\nBody TK here.\n"
    doc = parse_document(text)
    assert [p.kind for p in doc.parts] == [PartKind.HEADLINE, PartKind.COMMENT, PartKind.PARAGRAPH]
    assert doc.paragraphs[0].text == "Body TK here."


def test_markdown_code_is_not_copy() -> None:
    text = "# Style notes\n\nWrite `TK` for facts to come.\n\n```\nThe toll was TK.\n\nStill code.\n```\n\nEnd.\n"
    doc = parse_document(text)
    assert [p.kind for p in doc.parts] == [
        PartKind.HEADLINE,
        PartKind.PARAGRAPH,
        PartKind.CODE,
        PartKind.PARAGRAPH,
    ]
    assert [text[s.start : s.end] for s in doc.code_spans][1] == "`TK`"


def test_part_at_finds_the_part_holding_each_offset(seed_text: str) -> None:
    # Bisection over the parts' starts gives what reading every part gives, at every
    # offset: inside a part, on its first and last character, and between parts.
    doc = parse_document(seed_text)
    for offset in range(len(seed_text) + 1):
        holding = [p for p in doc.parts if p.span.start <= offset < p.span.end]
        assert doc.part_at(offset) is (holding[0] if holding else None), offset
    between = next(a.span.end for a, b in pairwise(doc.parts) if a.span.end < b.span.start)
    assert doc.part_at(between) is None
