"""`names_outside` counts what a pass over every capitalised body token outside the spans
counts, in the same order, and `written_as_word` answers what a search for the word does."""

from __future__ import annotations

import random
import re
from bisect import bisect_right
from collections import Counter

import pytest

from tests.conftest import corpus_files
from wirelint.analysis.body_slots import names_outside, written_as_word
from wirelint.analysis.words import norm
from wirelint.document.model import Document, PartKind, TokenShape, parse_document, word_shape
from wirelint.document.span import Span

STORY = (
    "Kiosk staff quit\n\n"
    "The Kiosk said on Monday that Putin met Smith. Putin told the Kiosk so.\n\n"
    "Smith and the Lookout Group spoke to the Kiosk's desk, the Lookout said.\n"
)


def _counted(doc: Document, spans: list[Span]) -> tuple[Counter[str], Counter[str]]:
    """Token by token: each capitalised body token outside the spans (the last span that
    starts at or before it holds it or not), and those alone after "the"."""
    busy = sorted(spans)
    starts = [s.start for s in busy]
    capitalized = {t: norm(t) for t in doc.words if word_shape(t) is TokenShape.CAPITALIZED}
    names: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    for part in doc.parts:
        if part.kind not in (PartKind.PARAGRAPH, PartKind.BULLET, PartKind.SUBHEAD):
            continue
        tokens = part.tokens
        for k, t in enumerate(tokens):
            if t.text not in capitalized:
                continue
            i = bisect_right(starts, t.start) - 1
            if i >= 0 and t.start < busy[i].end:
                continue
            names[capitalized[t.text]] += 1
            if k > 0 and tokens[k - 1].text in ("the", "The"):
                after = tokens[k + 1].text if k + 1 < len(tokens) else ""
                if not after[:1].isupper() or doc.text[t.end : tokens[k + 1].start].strip():
                    bare[capitalized[t.text]] += 1
    return names, bare


def _at(doc: Document, phrase: str) -> Span:
    start = doc.text.index(phrase)
    return Span(start, start + len(phrase))


def test_words_in_the_spans_are_not_counted_and_bare_uses_are() -> None:
    doc = parse_document(STORY)
    bare: Counter[str] = Counter()
    names = names_outside(doc, [_at(doc, "Putin told")], bare)
    assert names["putin"] == 1  # "Putin met" only
    assert names["kiosk"] == 3  # the headline is no body part
    assert bare == Counter({"kiosk": 3, "lookout": 1})  # not "the Lookout Group"


def test_nested_and_repeated_spans_count_as_a_token_by_token_pass() -> None:
    doc = parse_document(STORY)
    outer = _at(doc, "Putin met Smith. Putin told")
    cases = [
        [],
        [outer],
        [outer, _at(doc, "met Smith")],  # a span inside another
        [outer, outer, _at(doc, "Smith and the Lookout")],
        [Span(outer.start, outer.start)],  # empty
    ]
    for spans in cases:
        bare: Counter[str] = Counter()
        names = names_outside(doc, spans, bare)
        want_names, want_bare = _counted(doc, spans)
        assert list(names.items()) == list(want_names.items()), spans
        assert list(bare.items()) == list(want_bare.items()), spans


def test_corpus_stories_with_random_spans_count_as_a_token_by_token_pass() -> None:
    rnd = random.Random(16)
    for path in corpus_files(every=60):
        doc = parse_document(path.read_text(encoding="utf-8"))
        tokens = [t for p in doc.parts for t in p.tokens]
        if not tokens:
            continue
        spans = []
        for _ in range(rnd.randint(1, 10)):
            a, b = sorted((rnd.choice(tokens).start, rnd.choice(tokens).end))
            spans.append(Span(a, b) if rnd.random() < 0.3 else Span(a, a + rnd.randint(0, 20)))
        bare: Counter[str] = Counter()
        names = names_outside(doc, spans, bare)
        want_names, want_bare = _counted(doc, spans)
        assert list(names.items()) == list(want_names.items()), path.name
        assert list(bare.items()) == list(want_bare.items()), path.name


def test_written_as_word_is_a_search_for_the_whole_word() -> None:
    doc = parse_document(STORY + "\nThe kiosks and a kiosk_x were shut.\n")
    for word in ("kiosk", "Kiosk", "kiosks", "desk", "Lookout", "lookout", "Kios", "kiosk_x"):
        want = re.search(rf"\b{re.escape(word)}\b", doc.text) is not None
        assert written_as_word(doc, word) is want, word


def test_a_story_read_again_after_an_edit_counts_as_a_token_by_token_pass() -> None:
    # The parts not edited are read back by their text, at their new places: a sentence
    # added to the first paragraph moves every later one.
    first = STORY + "\nPutin and the Kiosk met again. The Lookout said so.\n"
    edited = first.replace("The Kiosk said", "Officials met. The Kiosk said", 1)
    names_outside(parse_document(first), [])
    doc = parse_document(edited)
    for spans in ([], [_at(doc, "Putin met Smith")], [_at(doc, "Lookout said so")]):
        bare: Counter[str] = Counter()
        names = names_outside(doc, spans, bare)
        want_names, want_bare = _counted(doc, spans)
        assert list(names.items()) == list(want_names.items()), spans
        assert list(bare.items()) == list(want_bare.items()), spans


def test_written_as_word_reads_a_long_block_and_kept_blocks_as_a_search() -> None:
    # A block longer than a stretch is read a stretch at a time; the same blocks read
    # again (another story holding them) give the same answers.
    long_block = "\n".join(["Shares rose in early trade on Monday."] * 3000)
    for text in (STORY, STORY + "\n" + long_block + " Zentrix.\n", STORY + "\nThe kiosk_x shut.\n"):
        doc = parse_document(text)
        for word in ("kiosk", "Kiosk", "Zentrix", "Monday", "kiosk_x", "trade", "Lookout"):
            want = re.search(rf"\b{re.escape(word)}\b", doc.text) is not None
            assert written_as_word(doc, word) is want, word


def test_a_story_of_more_parts_than_are_kept_reads_as_a_token_by_token_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A story of more parts or blocks than the kept readings hold (a long one) is read
    # whole, nothing looked up or kept; here "long" is three parts.
    from wirelint.analysis import body_slots

    monkeypatch.setattr(body_slots, "_CAPITALS_KEPT", 2)
    monkeypatch.setattr(body_slots, "_RUNS_KEPT", 2)
    doc = parse_document(STORY + "\nPutin and the Kiosk met again. The Lookout said so.\n")
    bare: Counter[str] = Counter()
    names = names_outside(doc, [_at(doc, "Putin met Smith")], bare)
    want_names, want_bare = _counted(doc, [_at(doc, "Putin met Smith")])
    assert list(names.items()) == list(want_names.items())
    assert list(bare.items()) == list(want_bare.items())
    for word in ("kiosk", "Kiosk", "Lookout", "again", "Kios"):
        want = re.search(rf"\b{re.escape(word)}\b", doc.text) is not None
        assert written_as_word(doc, word) is want, word


def test_names_after_names_reads_surnames_and_titled_names_outside_the_spans() -> None:
    from wirelint.analysis.body_slots import names_after_names

    doc = parse_document(
        "Talks resume\n\n"
        "Envoys met Vladimir Putin. Mr Brown spoke. Officials told Portal Media so.\n\n"
        "Critics Say the talks failed, Smith said.\n"
    )
    # "Putin" follows a name, "Media" follows "Portal"; "Brown" only after a title that
    # opens its sentence, "Say" after a word opening its sentence and no title.
    assert names_after_names(doc, []) == {"putin", "media"}
    assert names_after_names(doc, [], frozenset({"mr"})) == {"putin", "brown", "media"}
    portal = doc.text.index("Portal Media")
    assert names_after_names(doc, [Span(portal, portal + 12)]) == {"putin"}
