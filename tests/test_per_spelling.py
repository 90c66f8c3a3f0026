"""Work decided once per spelling: the tokens holding chosen words, official names line by
line, and word counts taken a stretch of lines at a time give what a pass over every
token or the whole text gives."""

from __future__ import annotations

import re
from collections import Counter

from wirelint.analysis.dialect import _official_regex, _OfficialNames
from wirelint.document.model import TokenShape, parse_document, tokenize, tokens_in, word_shape
from wirelint.document.span import Span
from wirelint.rules.wl501_misspelling import (
    _RUNS,
    _WORDS,
    _Counts,
    _line_chunks,
    _listed_spellings,
    _may_be_listed,
)

STORY = """Labour wins the vote

LONDON (Reuters) - The Labour Party said on Monday the Ministry of Defence would
review the programme. Britain's Ministry of Defence declined to comment.

Officials at the World Health Organization, and the world health organization's staff,
met U.S. officials at 10:30; 1,000 people and the Defense Department's co-operation
were named. Don't count on it, said Smith-Jones.
"""


def test_tokens_in_finds_the_tokens_of_the_chosen_spellings_in_order() -> None:
    doc = parse_document(STORY)
    tokens = doc.tokens
    chosen = {"Ministry", "Defence", "officials"}
    assert tokens_in(tokens, chosen) == [i for i, t in enumerate(tokens) if t.text in chosen]
    assert tokens_in(tokens, set()) == []
    assert tokens_in([], chosen) == []


def test_word_shape_is_the_shape_of_every_token_so_spelled() -> None:
    doc = parse_document(STORY)
    assert doc.words == {t.text for t in doc.tokens}
    for t in doc.tokens:
        assert word_shape(t.text) is t.shape
    assert word_shape("never-seen-before").value == "lower"


def test_tokens_keep_their_offsets_and_kinds() -> None:
    text = "  U.S. rates rose 2.5% to 1,000.5 at 10:30, don’t you-know; self_made "
    tokens = tokenize(text, 100, first_is_sentence_start=True)
    assert [t.text for t in tokens] == [
        "U.S.",
        "rates",
        "rose",
        "2.5",
        "to",
        "1,000.5",
        "at",
        "10:30",
        "don’t",
        "you-know",
        "self_made",
    ]
    assert all(text[t.start - 100 : t.end - 100] == t.text for t in tokens)
    assert [t.sentence_start for t in tokens[:2]] == [True, False]
    assert tokenize("") == [] and tokenize(" -- ") == []


def _whole_text(text: str, official: dict[str, tuple[str, ...]]) -> set[tuple[int, int, bool]]:
    """Every official name a scan of the whole text finds: (start, end, tied)."""
    regex = _official_regex(tuple(sorted(official.items())))
    assert regex is not None
    names = _OfficialNames(text, official)
    found = set()
    for m in regex.finditer(text):
        kept, untied = names.at(m.start())
        spans = {(s.start, s.end, True) for s in kept} | {(s.start, s.end, False) for s in untied}
        found |= {s for s in spans if s[0] == m.start()}
    return found


def test_official_names_line_by_line_are_those_of_the_whole_text() -> None:
    official = {
        "Ministry of Defence": ("Britain's",),
        "World Health Organization": (),
        "Labour Party": (),
        "Defense Department": (),
    }
    found = _whole_text(STORY, official)
    ministry = [m.start() for m in re.finditer("Ministry of Defence", STORY)]
    # The first is not tied to Britain's, the second is; a lower-case phrase is a name
    # only where the pack ties the name to no body (`world health organization`).
    assert (ministry[0], ministry[0] + 19, False) in found
    assert (ministry[1], ministry[1] + 19, True) in found
    assert [STORY[s:e] for s, e, _ in found if STORY[s:e].islower()] == [
        "world health organization"
    ]
    names = _OfficialNames(STORY, official)
    at = STORY.index("Labour Party")
    assert names.at(at)[0] == [Span(at, at + len("Labour Party"))]
    # A word on a line without a name finds none there.
    assert names.at(STORY.index("Smith")) == ([], [])


def test_word_counts_by_stretches_of_lines_are_those_of_the_whole_text() -> None:
    text = ("Word counts, word COUNTS and more words.\n" * 10_000) + "last line without a break"
    chunks = list(_line_chunks(text.lower()))
    assert len(chunks) > 1 and "".join(chunks) == text.lower()
    assert all(c.endswith("\n") for c in chunks[:-1])
    counts = _Counts(text)
    assert counts.recurs("counts") and counts.recurs("word")
    assert not counts.recurs("break")
    assert sum(counts._runs.values()) == len(_RUNS.findall(text.lower()))


def test_runs_counted_from_joined_words_are_those_the_text_holds() -> None:
    # Runs joined by hyphens and apostrophes (`don't`, `co-operation`) are counted as
    # runs too; a run standing alone and inside a joined word is counted in both places.
    text = STORY + "\nCo-operation, co‐operation and don’t-stop don't: the operation co-op.\n"
    counts = _Counts(text)
    lowered = text.lower()
    assert counts._runs == Counter(_RUNS.findall(lowered))
    assert counts._joined == Counter(_WORDS.findall(lowered))
    assert counts.recurs("operation") and counts.recurs("co-operation")
    assert counts.count("co") == 4 and counts.count("don") == 3
    assert not counts.recurs("don’t-stop") and not counts.recurs("stop")


def test_a_spelling_is_lower_case_exactly_when_islower_says_so() -> None:
    # WL501 sorts a story's spellings with ``str.islower`` in C, not ``word_shape``.
    doc = parse_document(STORY + "\nmIxed UPPER lower-case don’t 10:30 x2 2x ß Éclair\n")
    for word in doc.words:
        assert (word_shape(word) is TokenShape.LOWER) == word.islower(), word


def test_spellings_the_misspelling_list_may_report_anywhere() -> None:
    misspelt = {"goverment": ("government",), "Britian": ("Britain",), "recieved": ("received",)}
    # A lower-case word by its head before a hyphen; a capitalised word as it is.
    assert _may_be_listed("goverment", misspelt)
    assert _may_be_listed("goverment-backed", misspelt)
    assert not _may_be_listed("backed-goverment", misspelt)
    assert _may_be_listed("Britian", misspelt)
    # Read only where it opens a sentence (``_listed_spellings``' second set).
    assert not _may_be_listed("Recieved", misspelt)
    assert not _may_be_listed("GOVERMENT", misspelt) and not _may_be_listed("well-known", misspelt)
    anywhere, opening = _listed_spellings(
        frozenset({"goverment-backed", "Recieved", "Britian", "well-known"}), misspelt
    )
    assert anywhere == {"goverment-backed", "Britian"} and opening == {"Recieved"}
