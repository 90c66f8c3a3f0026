"""Summary bullets written as headlines: the grammar checks read them with headline grammar.

Agency summaries (`Highlights`, `Summary`, `Key points`) are written as headlines are:
the subject after `says` goes (`Lawyer says will appeal`), so do articles (`Fed seen
holding rates`) and copulas (`Shares down 3%`). None of that is a slip there. A verb form
after an auxiliary, a subject that disagrees with its verb or a doubled word is a slip in
a headline as anywhere, so those are still found in such bullets; and a bullet that ends
with a full stop, or holds several sentences, is prose and is read as prose.
"""

from __future__ import annotations

import pytest

from tests.conftest import lint
from tests.rules.parser_cases import needs_parser
from wirelint.document.model import PartKind, parse_document

HEAD = "Court jails former minister for five years\n\nHighlights\n"
DATELINE = (
    "\n\nATHENS, May 3 (Reuters) - A Greek court on Tuesday jailed a former minister for "
    "five years for taking bribes, a ruling his lawyer said he would appeal.\n"
)

#: Headline-style bullets in the shapes agencies write them (our own text).
HEADLINE_BULLETS = [
    "Lawyer says will appeal",
    "Government denies wrongdoing, says will cooperate",
    "Says will not seek re-election",
    "Fed seen holding rates steady",
    "Ruling party set to lose majority - poll",
    "U.S. says deeply concerned",
    "Plant closed for repairs, restart date unclear",
    "Shares down 3% in early trade",
    "Bank says capital position strong",
    "Opposition leader says vote was rigged, plans protest",
]

#: Slips that are slips in a headline too: each still found in a headline-style bullet.
SLIPS = [
    ("Kyiv says it has knock out more missiles", "has knock"),
    ("Shares of the lender was suspended on Friday", "Shares"),
    ("Exports were expect to fall", "were expect"),
]


def story(*bullets: str) -> str:
    return HEAD + "\n".join(f"* {b}" for b in bullets) + DATELINE


def grammar_findings(text: str, grammar: str) -> list[str]:
    return [
        f"{d.code} {text[d.span.start : d.span.end]}"
        for d in lint(text, grammar=grammar)
        if d.code.startswith("WL4")
    ]


def test_a_bullet_of_one_sentence_with_no_full_stop_is_written_as_a_headline() -> None:
    doc = parse_document(story("Lawyer says will appeal", "The court sat for a day."))
    bullets = [p for p in doc.parts if p.kind is PartKind.BULLET]
    assert [b.headline_style for b in bullets] == [True, False]
    assert doc.headline is not None and doc.headline.headline_style
    assert not doc.paragraphs[0].headline_style


def test_a_bullet_holding_several_sentences_is_prose() -> None:
    doc = parse_document(
        story('Coach: "It was great. I think we won it fairly" Team: Smith, Jones')
    )
    (bullet,) = [p for p in doc.parts if p.kind is PartKind.BULLET]
    assert not bullet.headline_style


@pytest.mark.parametrize("grammar", ["patterns", pytest.param("parser", marks=needs_parser)])
def test_headline_style_bullets_pass(grammar: str) -> None:
    assert grammar_findings(story(*HEADLINE_BULLETS), grammar) == []


def test_the_same_words_as_a_sentence_in_the_body_are_still_read() -> None:
    text = HEAD.split("Highlights")[0] + "The lawyer says will appeal the ruling.\n"
    assert grammar_findings(text, "patterns") == ["WL401 says will"]


def test_a_bullet_ending_with_a_full_stop_is_read_as_prose() -> None:
    assert grammar_findings(story("The lawyer says will appeal the ruling."), "patterns") == [
        "WL401 says will"
    ]


@pytest.mark.parametrize("grammar", ["patterns", pytest.param("parser", marks=needs_parser)])
@pytest.mark.parametrize(("bullet", "words"), SLIPS)
def test_slips_in_headline_style_bullets_are_still_found(
    grammar: str, bullet: str, words: str
) -> None:
    found = grammar_findings(story(bullet), grammar)
    assert any(words in f for f in found), found
