"""WL501 misspelling: lower-case non-words one slip from a word; never names, units or terms."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import corpus_files, flagged, lint


def test_suggestions_are_unsafe_fixes_commonest_first() -> None:
    [d] = lint("Head\n\nThe governmant said.\n", "WL501")
    assert d.code == "WL501" and d.rule == "misspelling" and d.severity.label == "warning"
    assert [f.edits[0].replacement for f in d.fixes] == ["government"]
    assert all(f.applicability.value == "unsafe" for f in d.fixes)
    [d] = lint("Head\n\nI dont know.\n", "WL501")
    assert d.fixes[0].edits[0].replacement == "don't"


def test_allow_list_is_respected() -> None:
    assert flagged("Head\n\nThe goverment said.\n", "WL501", allow=frozenset({"goverment"})) == []


STORY = "Head\n\nThe colour of the centre was grey; the color of the center was gray.\n"


def test_auto_dialect_accepts_both_spellings() -> None:
    assert flagged(STORY, "WL501") == []


def test_en_gb_story_flags_us_spellings_with_the_uk_one_first() -> None:
    found = lint(STORY, "WL501", dialect="en-GB")
    assert [STORY[d.span.start : d.span.end] for d in found] == ["color", "center", "gray"]
    assert [d.fixes[0].edits[0].replacement for d in found] == ["colour", "centre", "grey"]
    assert "en-GB" in found[0].message


def test_en_us_story_flags_uk_spellings() -> None:
    found = lint(STORY, "WL501", dialect="en-US")
    assert [STORY[d.span.start : d.span.end] for d in found] == ["colour", "centre"]
    assert [d.fixes[0].edits[0].replacement for d in found] == ["color", "center"]


def test_importing_the_rule_loads_no_dictionary() -> None:
    code = (
        "import sys, wirelint.rules.wl501_misspelling, wirelint.analysis.spelling;"
        "print(sorted(m for m in ('spellchecker', 'lemminflect') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_a_plain_typo_does_not_load_lemminflect() -> None:
    # lemminflect (numpy and its tables, ~250 ms) is asked only when a known stem exists.
    code = (
        "import sys; from tests.conftest import flagged;"
        "print(flagged('Head\\n\\nThe goverment said.\\n', 'WL501'), 'lemminflect' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['goverment'] False"


def test_false_alarms_in_clean_corpus_copy_stay_under_one_per_10000_words() -> None:
    typos_file = Path(__file__).with_name("wl501_corpus_typos.txt")
    typos = {w for w in typos_file.read_text(encoding="utf-8").split() if not w.startswith("#")}
    words = 0
    false_alarms = []
    for path in corpus_files(every=4):
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        for d in lint(text, "WL501"):
            word = text[d.span.start : d.span.end]
            if word not in typos:
                false_alarms.append(f"{path.name}: {word}")
    assert len(false_alarms) * 10_000 < words, false_alarms
