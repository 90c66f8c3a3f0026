"""A part's tokens are made in one pass and shared with its sentences.

Each sentence's tokens must be exactly what tokenizing that sentence alone gives, with
its first token marked as a sentence start, and the part's tokens those of its sentences
in turn: the rules read both lists.
"""

from __future__ import annotations

import pytest

from tests.conftest import corpus_files
from wirelint.document import model
from wirelint.document.model import (
    PROSE_KINDS,
    Document,
    Token,
    TokenShape,
    parse_document,
    tokenize,
)


def _alone(doc: Document) -> list[list[Token]]:
    """Every sentence tokenized on its own (how sentences were tokenized before)."""
    return [
        tokenize(s.text, s.span.start, first_is_sentence_start=True)
        for p in doc.parts
        for s in p.sentences
    ]


def _shared(doc: Document) -> list[list[Token]]:
    return [s.tokens for p in doc.parts for s in p.sentences]


TRICKY = (
    "Tricky “tokens” in the U.S. headline\n\n"
    "WASHINGTON, Jan 4 (Reuters) - Mr. Smith met J. Doe at 10:30 a.m. in the U.S. "
    "They paid $1,000.50 for 2.5 tonnes. “Why?” he asked. (It was late.) Rock’n’roll "
    "died... Or not!\n\n"
    "- A bullet. Two sentences here\n\n"
    "Reporting by Jane Doe; Editing by John Roe\n"
)


def test_sentences_get_the_tokens_they_would_have_alone() -> None:
    doc = parse_document(TRICKY)
    assert _shared(doc) == _alone(doc)
    paragraph = doc.paragraphs[0]
    firsts = [s.tokens[0].text for s in paragraph.sentences]
    # "U.S." is read as an abbreviation, so "They" goes on the first sentence.
    assert firsts == ["Mr", "Why", "It", "Rock’n’roll", "Or"]
    assert [t.text for t in paragraph.tokens if t.sentence_start] == firsts


def test_part_tokens_are_its_sentences_tokens_in_turn() -> None:
    doc = parse_document(TRICKY)
    for part in doc.parts:
        if part.sentences:
            assert part.tokens == [t for s in part.sentences for t in s.tokens]
    assert doc.tokens == [t for p in doc.parts if p.kind in PROSE_KINDS for t in p.tokens]


def test_a_sentence_made_apart_from_its_part_is_tokenized_alone() -> None:
    doc = parse_document(TRICKY)
    part = doc.paragraphs[0]
    lone = model.Sentence(part.sentences[1].span, part, doc)
    assert [t.text for t in lone.tokens] == ["Why", "he", "asked"]
    assert lone.tokens[0].sentence_start


def test_corpus_sentences_match_their_own_tokenization() -> None:
    for path in corpus_files(every=40):
        doc = parse_document(path.read_text(encoding="utf-8"))
        assert _shared(doc) == _alone(doc), path.name


def test_words_past_the_table_limit_still_get_their_shapes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(model, "_WORDS", {})
    monkeypatch.setattr(model, "_MAX_WORDS", 3)
    tokens = tokenize("Alpha beta NATO 42 beta iPhone", 10)
    assert [(t.start, t.text, t.shape) for t in tokens] == [
        (10, "Alpha", TokenShape.CAPITALIZED),
        (16, "beta", TokenShape.LOWER),
        (21, "NATO", TokenShape.UPPER),
        (26, "42", TokenShape.NUMBER),
        (29, "beta", TokenShape.LOWER),
        (34, "iPhone", TokenShape.MIXED),
    ]
    assert len(model._WORDS) <= 3


def _all_tokens(doc: Document) -> list[tuple[list[Token], list[list[Token]]]]:
    return [(p.tokens, [s.tokens for s in p.sentences]) for p in doc.parts]


def test_tokens_packed_past_the_budget_are_the_same_when_read_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = parse_document(TRICKY)
    expected = _all_tokens(kept)
    # A budget of five tokens, and one part past it kept made: the other parts with
    # more words than that are packed.
    monkeypatch.setattr(model, "_MADE_TOKENS", 5)
    monkeypatch.setattr(model, "_RECENT_PARTS", 1)
    doc = parse_document(TRICKY)
    assert _all_tokens(doc) == expected
    assert len([p for p in doc.parts if "_packed" in p.__dict__]) >= 2
    assert _all_tokens(doc) == expected  # read again, from the packed arrays
    assert doc.word_count == kept.word_count
    assert doc._kept_count <= 5
    assert len(doc._recent) == 1


def test_part_texts_are_its_tokens_words_kept_or_packed(monkeypatch: pytest.MonkeyPatch) -> None:
    kept = parse_document(TRICKY)
    expected = [[t.text for t in p.tokens] for p in kept.parts]
    monkeypatch.setattr(model, "_MADE_TOKENS", 5)
    monkeypatch.setattr(model, "_RECENT_PARTS", 1)
    doc = parse_document(TRICKY)
    _ = doc.word_count  # every part made once: the first kept, the longer ones packed
    packed = [p for p in doc.parts if "_packed" in p.__dict__]
    assert len(packed) >= 2
    assert [p.texts for p in doc.parts] == expected
    # A packed part's words are read without making its tokens again.
    doc._recent.clear()
    _ = [p.texts for p in packed]
    assert not doc._recent


def test_a_kept_parts_words_are_made_once_and_follow_its_tokens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = parse_document(TRICKY)
    paragraph = doc.paragraphs[0]
    _ = paragraph.tokens  # kept made: the story is under the budget
    words = paragraph.texts
    assert words == [t.text for t in paragraph.tokens]
    # Read again (several rules read a part's words): the same list, not made again.
    assert paragraph.texts is words
    # A sentence's words are its stretch of the part's.
    assert [s.texts for s in paragraph.sentences] == [
        [t.text for t in s.tokens] for s in paragraph.sentences
    ]
    # A part packed by a reading of its words, then kept made when its tokens are
    # asked for, keeps the words it had.
    monkeypatch.setattr(model, "_MADE_TOKENS", 0)
    packed_first = parse_document(TRICKY)
    part = packed_first.paragraphs[0]
    packed_words = part.texts
    monkeypatch.setattr(model, "_MADE_TOKENS", 1000)
    assert part.tokens == paragraph.tokens
    assert "_packed" not in part.__dict__
    assert part.texts is packed_words
    assert packed_words == words


def test_sentence_texts_are_its_tokens_words_kept_or_packed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = parse_document(TRICKY)
    expected = [[[t.text for t in s.tokens] for s in p.sentences] for p in kept.parts]
    assert [[s.texts for s in p.sentences] for p in kept.parts] == expected
    monkeypatch.setattr(model, "_MADE_TOKENS", 5)
    doc = parse_document(TRICKY)
    # Read first through a sentence: the parts past the budget are packed, and their
    # sentences' words read from the packed arrays without making a token.
    assert [[s.texts for s in p.sentences] for p in doc.parts] == expected
    assert len([p for p in doc.parts if "_packed" in p.__dict__]) >= 2
    assert not doc._recent


def test_tokens_at_are_the_parts_tokens_there_kept_or_packed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = parse_document(TRICKY)
    expected = [p.tokens for p in kept.parts]
    monkeypatch.setattr(model, "_MADE_TOKENS", 5)
    monkeypatch.setattr(model, "_RECENT_PARTS", 1)
    doc = parse_document(TRICKY)
    packed = [p for p in doc.parts if p.texts and "_packed" in p.__dict__]
    assert len(packed) >= 2
    # A packed part gives the tokens asked for, sentence starts marked, in the order
    # asked, without making the others.
    doc._recent.clear()
    for part, tokens in zip(doc.parts, expected, strict=True):
        wanted = [i for i in range(len(tokens)) if i % 3 != 1][::-1]
        assert part.tokens_at(wanted) == [tokens[i] for i in wanted]
        assert part.tokens_at([]) == []
    assert not doc._recent
    assert any(t.sentence_start for p in packed for t in p.tokens_at(range(len(p.texts))))


def test_corpus_tokens_packed_and_made_again_match_their_own_tokenization(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(model, "_MADE_TOKENS", 20)
    monkeypatch.setattr(model, "_RECENT_PARTS", 1)
    for path in corpus_files(every=40):
        doc = parse_document(path.read_text(encoding="utf-8"))
        _ = doc.word_count  # every part made once, most packed
        assert _shared(doc) == _alone(doc), path.name


def test_parts_past_the_budget_are_packed_without_making_their_tokens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = parse_document(TRICKY)
    expected = _all_tokens(kept)
    monkeypatch.setattr(model, "_MADE_TOKENS", 5)
    made: list[int] = []
    real = model._tokens
    monkeypatch.setattr(model, "_tokens", lambda *a: made.append(1) or real(*a))
    doc = parse_document(TRICKY)
    # Counting the words, or reading a part's words first, packs a part past the budget
    # straight from the regex pass: only the parts kept have their tokens made.
    assert doc.word_count == kept.word_count
    _ = [p.texts for p in doc.parts]
    packed = [p for p in doc.parts if "_packed" in p.__dict__]
    assert len(packed) >= 2 and not doc._recent
    assert len(made) == len([p for p in doc.parts if "tokens" in p.__dict__])
    assert _all_tokens(doc) == expected


def test_reading_words_makes_no_token_and_tokens_asked_later_are_kept() -> None:
    expected = _all_tokens(parse_document(TRICKY))
    doc = parse_document(TRICKY)
    # Counting the words and reading them (what most rules do) packs every part.
    assert doc.word_count > 0 and [p.texts for p in doc.parts]
    assert not [p for p in doc.parts if "tokens" in p.__dict__]
    # The first rule asking for tokens has them made, and kept for the next one: the
    # story is under the budget.
    assert _all_tokens(doc) == expected
    assert all("tokens" in p.__dict__ and "_packed" not in p.__dict__ for p in doc.parts)
    assert doc._kept_count == sum(len(p.tokens) for p in doc.parts)
    assert _all_tokens(doc) == expected and not doc._recent
