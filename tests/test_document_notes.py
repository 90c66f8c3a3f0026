"""Copy that is not prose: captions, transcript speaker labels, legends.

The names rules read them (a name in a caption is the story's spelling too); the grammar,
spelling-run and readability rules do not read them as sentences.
"""

from __future__ import annotations

from wirelint.config import Config
from wirelint.document.model import PROSE_KINDS, PartKind, parse_document
from wirelint.engine import lint_text

HEAD = "Fans flock to the spring convention\n\nMonday, March 25, 2019\n\n"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind.value, p.text) for p in parse_document(text).parts]


def test_photo_captions_with_their_credit_are_captions() -> None:
    story = (
        HEAD + "The event raised nearly $11,000 for an animal shelter run by volunteers.\n\n"
        "Image: Jane Holloway.\n\n"
        "Ringo, a fox. Image: Jane Holloway.\n\n"
        "A costume maker at work in the hall. Photo: Ian Marsh/Wikimedia Commons\n\n"
        "Organisers said they would return next year.\n"
    )
    assert kinds(story)[2:] == [
        ("paragraph", "The event raised nearly $11,000 for an animal shelter run by volunteers."),
        ("caption", "Image: Jane Holloway."),
        ("caption", "Ringo, a fox. Image: Jane Holloway."),
        ("caption", "A costume maker at work in the hall. Photo: Ian Marsh/Wikimedia Commons"),
        ("paragraph", "Organisers said they would return next year."),
    ]
    doc = parse_document(story)
    # The names rules still see the names of a caption, each caption sentence on its own.
    assert {"Holloway", "Ringo", "Marsh"} <= doc.words
    ringo = next(t for t in doc.tokens if t.text == "Ringo")
    assert ringo.sentence_start
    assert not any(p.kind is PartKind.CAPTION for p in doc.parts if p.kind in PROSE_KINDS)


def test_a_paragraph_that_opens_on_image_is_prose() -> None:
    story = (
        HEAD + "The singer arrived late on Saturday.\n\n"
        "Image: that was what the label cared about, her manager said.\n\n"
        "Image rights earn the club more than its ticket sales, the report found.\n\n"
        "He said the photo was taken by a fan. Photo: it was the best of the night, he added.\n"
    )
    assert [k for k, _ in kinds(story)[2:]] == ["paragraph"] * 4


def test_transcript_speaker_label_is_its_own_part() -> None:
    story = (
        HEAD + "Wikinews spoke to the researcher about the study.\n\n"
        "((WN))  How did you approach such a large study?\n\n"
        "((Maya Lindqvist))  Slowly.  We counted every nest by hand.\n\n"
        "((WSS)) : What would you change first?\n"
    )
    assert kinds(story)[3:] == [
        ("speaker", "((WN))"),
        ("paragraph", "How did you approach such a large study?"),
        ("speaker", "((Maya Lindqvist))"),
        ("paragraph", "Slowly.  We counted every nest by hand."),
        ("speaker", "((WSS))"),
        ("paragraph", "What would you change first?"),
    ]
    doc = parse_document(story)
    # The speech opens a sentence of its own; the label's name is still a name the story uses.
    slowly = next(t for t in doc.tokens if t.text == "Slowly")
    assert slowly.sentence_start
    assert "Lindqvist" in doc.words
    assert all(s.text != "((WN))  How did you approach such a large study?" for s in doc.sentences)


def test_double_brackets_inside_or_in_lower_case_are_prose() -> None:
    story = (
        HEAD + "The court quoted the statute ((as amended)) in full.\n\n"
        "((1)) The first clause was struck down on Tuesday.\n\n"
        "((sic)) was printed beside the word in the ruling.\n"
    )
    assert [k for k, _ in kinds(story)[2:]] == ["paragraph"] * 3


def test_a_legend_is_a_table_not_a_headline() -> None:
    story = (
        "Turkey begins offensive in northern Syria\n\nTuesday, October 8, 2019\n\n"
        "██ Syrian Arab Republic\n\n██\u00a0Syrian Democratic Forces\n\n"
        "■ Labour Party - 203 seats\n■ Liberal Democrats - 11 seats\n\n"
        "Late on Sunday the president said the troops would leave.\n"
    )
    parts = kinds(story)
    assert parts[2:] == [
        ("table", "██ Syrian Arab Republic"),
        ("table", "██\u00a0Syrian Democratic Forces"),
        ("table", "■ Labour Party - 203 seats\n■ Liberal Democrats - 11 seats"),
        ("paragraph", "Late on Sunday the president said the troops would leave."),
    ]
    doc = parse_document(story)
    assert len(doc.headlines) == 1
    assert "Kurdish" not in doc.words and "Democratic" in doc.words


def test_the_spelling_rule_reads_a_caption_but_not_a_speaker_label() -> None:
    story = (
        HEAD + "Wikinews spoke to the keeper about the shelter.\n\n"
        "Ringo, a smal fox. Image: Jane Holloway.\n\n"
        "((Maya Lindqvist))  We feed them twice a day.\n"
    )
    found = lint_text(story, Config(select=("WL501",))).diagnostics
    assert [story[d.span.start : d.span.end] for d in found] == ["smal"]
