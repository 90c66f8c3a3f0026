"""WL501 and the list of common misspellings: slips a frequency table holds, capitals, quotes."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS, lint
from wirelint.output.fixes import apply_fixes


def test_inside_a_direct_quotation_the_fix_is_never_safe() -> None:
    for story in (
        'Head\n\n"As the issue is basicly political," the statement said.\n',
        "Head\n\n“We were basicly beaten,” he said.\n",
    ):
        [d] = lint(story, "WL501")
        assert "inside a quotation" in d.message
        assert [f.applicability.value for f in d.fixes] == ["unsafe"]
        assert apply_fixes(story, [d]).text == story


def test_a_newsroom_word_list_wins_over_the_list() -> None:
    story = "Head\n\nAs the issue is basicly political, he said.\n"
    assert lint(story, "WL501", allow=("basicly",)) == []


def test_the_slips_of_clean_reuters_copy_are_found() -> None:
    paths = [CORPUS / "reuters-21578" / name for name in ("06395.txt", "15200.txt", "01692.txt")]
    if not all(p.is_file() for p in paths):
        pytest.skip("../shared/corpus is not present")
    found = set()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        found |= {text[d.span.start : d.span.end] for d in lint(text, "WL501")}
    assert {"Similarily", "basicly", "Britian"} <= found
