"""WL501 on hostile sizes: a very long token is not spell-checked; a long paragraph is fine."""

from __future__ import annotations

import pytest

from tests.conftest import flagged
from wirelint.analysis.spelling import MAX_WORD
from wirelint.config import Config
from wirelint.document import model
from wirelint.document.model import Part, parse_document
from wirelint.engine import lint_document


def test_a_token_longer_than_the_cap_is_not_checked() -> None:
    long_token = "abcdefghij" * 1000
    story = f"Head\n\nThe table held {long_token} and the goverment said so.\n"
    assert flagged(story, "WL501") == ["goverment"]


def test_long_real_words_are_under_the_cap_and_still_checked() -> None:
    assert len("electroencephalographically") < MAX_WORD
    story = "Head\n\nThe result was uncharacteristicaly poor, he said.\n"
    assert flagged(story, "WL501") == ["uncharacteristicaly"]


def test_a_typo_repeated_in_another_case_is_a_term_of_the_story() -> None:
    story = "Head\n\nThe Netbak price rose. Traders said netbak values were up.\n"
    assert flagged(story, "WL501") == []


def test_many_unknown_words_in_one_sentence_read_as_a_foreign_sentence() -> None:
    words = " ".join(["qorvath", "zintelu", "maspero", "dulvinek"] * 200)
    story = f"Head\n\nHe said {words} and the goverment agreed.\n"
    assert flagged(story, "WL501") == []


def test_a_long_storys_parts_with_nothing_to_report_keep_their_tokens_packed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Past the token budget a story's parts are packed; a part whose unknown words the
    # story repeats (a term it spells the same each time) is passed over on its words,
    # its tokens not made, and the typo in the last paragraph is still found.
    monkeypatch.setattr(model, "_MADE_TOKENS", 5)
    repeated = "The Netbak price rose as traders bought netbak cargoes on Monday."
    story = "Head\n\n" + f"{repeated}\n\n" * 6 + "The goverment said so on Tuesday.\n"
    doc = parse_document(story)
    made: list[Part] = []
    real = doc._tokens_of
    monkeypatch.setattr(doc, "_tokens_of", lambda part: made.append(part) or real(part))
    config = Config(select=("WL501",))
    found = lint_document(doc, config).diagnostics
    assert [story[d.span.start : d.span.end] for d in found] == ["goverment"]
    assert {p.text for p in made} == {"The goverment said so on Tuesday."}
