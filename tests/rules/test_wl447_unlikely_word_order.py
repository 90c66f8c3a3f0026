"""WL447's table and its pack section: what the rule cases cannot show."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirelint.grammar.tag_ngrams import TagModel, best_swap
from wirelint.packs import PackValueError
from wirelint.rules.wl447_unlikely_word_order import _validate_table

# A table of clean copy that writes `the NN` and never `NN the`.
TABLE = """\
# a hand-made table
@order 3
@words the a=a
5\t<s>
5\t</s>
10\tthe
10\tNN
5\tVBD
5\t<s> the
10\tthe NN
5\tNN VBD
5\tNN </s>
5\t<s> the NN
5\tthe NN VBD
5\tthe NN </s>
"""


def test_the_table_reads_its_words_and_order() -> None:
    model = TagModel.parse(TABLE)
    assert model.order == 3
    assert model.words == {"the": "the", "a": "a"}
    assert model.symbols(["The", "rise", "came"], ["DT", "NN", "VBD"]) == [
        "<s>", "the", "NN", "VBD", "</s>",
    ]  # fmt: skip


def test_a_swap_that_restores_the_counted_order_gains() -> None:
    model = TagModel.parse(TABLE)
    gain, at = best_swap(model, ["rise", "the"], ["NN", "DT"])
    assert at == 0 and gain > 0
    clean_gain, _ = best_swap(model, ["the", "rise"], ["DT", "NN"])
    assert clean_gain < 0


def test_a_question_is_not_weighed() -> None:
    model = TagModel.parse(TABLE)
    assert best_swap(model, ["rise", "the", "?"], ["NN", "DT", "."]) == (float("-inf"), -1)


def test_a_table_without_unigrams_is_refused() -> None:
    with pytest.raises(ValueError, match="unigrams"):
        TagModel.parse("@order 3\n5\tthe NN\n")


def test_the_pack_section_needs_a_positive_threshold(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text(TABLE, encoding="utf-8")
    pack = tmp_path / "p.toml"
    with pytest.raises(PackValueError) as missing:
        _validate_table({"file": "t.txt"}, pack)
    assert missing.value.key == "threshold"
    with pytest.raises(PackValueError):
        _validate_table({"file": "t.txt", "threshold": -1}, pack)
    section = _validate_table({"file": "t.txt", "threshold": 12}, pack)
    assert section["threshold"] == 12.0 and section["file"].name == "t.txt"
