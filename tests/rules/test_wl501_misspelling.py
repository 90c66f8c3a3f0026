"""WL501 misspelling: lower-case non-words one slip from a word; never names, units or terms."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import corpus_files, flagged, lint

MUST_FLAG = [
    (
        "Head\n\nThe goverment said on Tuesday it had recieved the report.\n",
        ["goverment", "recieved"],
    ),
    (
        "Head\n\nThe hotel could not accomodate the delegates, a spokeman said.\n",
        ["accomodate", "spokeman"],
    ),
    ("Head\n\nIt lost 464,000 subscribers in the fourth quarter, analsyts said.\n", ["analsyts"]),
    ("Head\n\nThe missles hit a power plant, the ministry said.\n", ["missles"]),
    ("Head\n\nMore than 2,000 people were killed, teh ministry said.\n", ["teh"]),
    ("Head\n\nI dont know what they want, he said.\n", ["dont"]),
    # A hyphenated compound: only the part that is not a word.
    ("Head\n\nThe well-knwon singer died on Monday.\n", ["knwon"]),
    # A word one slip from a common word is a typo even if it splits into two words.
    # Capitalised, it is checked only against the list of common misspellings.
    ("Head\n\nEverthing was lost in the fire, she said.\n", ["Everthing"]),
    ("Head\n\nEvrthing was lost in the fire, she said.\n", []),
    ("Head\n\nShe said everthing was lost in the fire.\n", ["everthing"]),
]

MUST_NOT_FLAG = [
    # Names, acronyms, tickers, figures, units.
    "Head\n\nZelenskiy met Shmyhal and Zaluzhny in Makiivka on Monday.\n",
    "Head\n\nSHARES IN AOL ROSE 5 PCT, NYSE: TWX said the 2.5 mln dlrs deal closes Q3.\n",
    "Head\n\nThe car reached 161 km/h in 3.2s and used 12kWh, about 5 mph faster.\n",
    # URLs, e-mails, handles, hashtags.
    "Head\n\nSee www.bbcnews.co.uk/ukrane or write to desk@reutrs.com.\n\nIt trended as #freezelenskiy on @twiter.\n",
    # Apostrophes, contractions, elisions.
    "Head\n\nThey don't know; it's the ministers' call, he said of rock 'n' roll.\n",
    # Inflections, derived and compound words, current vocabulary.
    "Head\n\nTelcos and crudes fell; the lockdown hit gameplay, reoffending and midsession trade.\n",
    "Head\n\nThe pre-election, anti-government, 60,000-seater and sci-fi debates were lively.\n",
    # Loanwords and name particles.
    "Head\n\nThe de facto leader, Lula da Silva, met Vincent van Gogh's heirs en masse.\n",
    # A coined word the story uses consistently is a term, not a typo.
    "Head\n\nThe sunoil crop rose.\n\nSunoil exports, and sunoil prices, fell.\n",
    # A word nothing is one slip from: a coinage, not a typo.
    "Head\n\nThe zorblaxian probe landed on Tuesday.\n",
]


@pytest.mark.parametrize(("story", "expected"), MUST_FLAG)
def test_flags_misspellings(story: str, expected: list[str]) -> None:
    assert flagged(story, "WL501") == expected


@pytest.mark.parametrize("story", MUST_NOT_FLAG)
def test_leaves_words_names_and_terms_alone(story: str) -> None:
    assert flagged(story, "WL501") == []


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


def test_the_documented_example_is_reported() -> None:
    from wirelint.registry import find_rule

    rule = find_rule("WL501")
    assert rule is not None
    example = rule.documentation().split("```text\n", 1)[1].split("```", 1)[0]
    assert lint("Head\n\n" + example, "WL501")
