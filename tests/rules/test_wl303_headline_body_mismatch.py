"""WL303 headline-body-mismatch: a headline figure or name the body contradicts."""

from __future__ import annotations

import pytest

from tests.conftest import corpus_files, flagged, lint

MUST_FLAG = [
    # The headline repeats the body's earlier figure.
    (
        "Missile strike killed 63 Russian soldiers, ministry says\n\n"
        "MOSCOW, Jan 4 (Reuters) - Moscow earlier said 63 soldiers died. The ministry said on "
        "Wednesday the strike killed 89 soldiers.\n",
        ["63"],
    ),
    # A figure the body contradicts on the same subject.
    (
        "Flooding kills 14 people in Bavaria\n\nBERLIN (AFP) - Flooding killed 41 people in "
        "Bavaria, police said on Sunday.\n",
        ["14"],
    ),
    # A name spelled unlike the body.
    (
        "Zelenksy vows to hold the east\n\nKYIV (AP) — President Volodymyr Zelenskiy said "
        "on Tuesday his forces would hold.\n",
        ["Zelenksy"],
    ),
]

MUST_NOT_FLAG = [
    # Earlier figure then the new one: the headline's 89 is consistent.
    "Missile strike killed 89 Russian soldiers, ministry says\n\n"
    "MOSCOW, Jan 4 (Reuters) - Moscow earlier said 63 soldiers died. The ministry said on "
    "Wednesday the strike killed 89 soldiers.\n",
    # Rounding in the headline.
    "Company earns $1.1 bln in quarter\n\nNEW YORK (Reuters) - The company earned $1.13 bln "
    "in the quarter, it said.\n",
    # A number written out in the body.
    "Storm kills 3 in France\n\nPARIS (AFP) - The storm killed three people, officials said.\n",
    # A figure on another subject in the body.
    "Fed holds rates at 5 pct\n\nWASHINGTON (Bloomberg) -- The Fed held its rate at 5 pct. "
    "Inflation ran at 3 pct in May.\n",
    # A ticker in brackets is no name.
    "ENTERTAINMENT <EM> MAY SEEK CRAZY EDDIE <CRZY>\n\nWASHINGTON, June 29 (Reuters) - "
    "Entertainment Marketing Inc said it may seek control of Crazy Eddie Inc.\n",
    # A source after the headline dash is WL201's business.
    "Putin to attend summit - Interfax\n\nMOSCOW (Reuters) - Putin will attend, Interfax "
    "reported.\n",
]


@pytest.mark.parametrize(("story", "expected"), MUST_FLAG)
def test_flags_contradicted_headlines(story: str, expected: list[str]) -> None:
    assert flagged(story, "WL303") == expected


@pytest.mark.parametrize("story", MUST_NOT_FLAG)
def test_leaves_consistent_headlines_alone(story: str) -> None:
    assert flagged(story, "WL303") == []


def test_note_points_at_the_body_figure() -> None:
    story = (
        "Flooding kills 14 people in Bavaria\n\nBERLIN (AFP) - Flooding killed 41 people in "
        "Bavaria, police said on Sunday.\n"
    )
    [d] = lint(story, "WL303")
    assert story[d.notes[0].span.start : d.notes[0].span.end] == "41"
    assert "41" in d.message


def test_seed_headline_is_consistent(seed_text: str) -> None:
    assert lint(seed_text, "WL303") == []


# Real slips in the published source, read and confirmed: not false alarms.
REAL_SLIPS = {
    # The headline says "Belarussian", the body "Belarusian" four times.
    "wikinews/0251.txt: `Belarussian`",
    # "VOCLKER'S RESIGNATION" over a story about Paul Volcker.
    "reuters-21578/18105.txt: `VOCLKER'S`",
    # "CALIFORINIA THRIFT" over a story about a California savings bank.
    "reuters-21578/10953.txt: `CALIFORINIA`",
}


def test_no_false_alarms_in_clean_corpus_copy() -> None:
    noisy = []
    for path in corpus_files(every=5):
        text = path.read_text(encoding="utf-8")
        where = f"{path.parent.name}/{path.name}"
        noisy += [f"{where}: `{text[d.span.start : d.span.end]}`" for d in lint(text, "WL303")]
    assert [n for n in noisy if n not in REAL_SLIPS] == []
