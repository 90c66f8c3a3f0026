"""WL303: a headline figure the body contradicts, in the same unit and the same money."""

from __future__ import annotations

import pytest

from tests.conftest import flagged

MUST_FLAG = [
    (
        "Unemployment rises to 5.2% in March",
        "LONDON, April 2 (Reuters) - Britain's unemployment rate rose to 5.4% in March, "
        "official data showed on Tuesday, up from 5.1% in February.",
        ["5.2"],
    ),
    (
        "Miner to buy rival for $2 billion",
        "LONDON, June 2 (Reuters) - The miner agreed to buy its rival for $2.5 billion, "
        "the companies said on Monday.",
        ["2"],
    ),
    (
        "COMPANY PROFIT RISES TO 5.2 MLN DLRS",
        "NEW YORK, June 2 (Reuters) - The company said its net profit rose to 5.4 mln dlrs "
        "from 4.1 mln dlrs.",
        ["5.2"],
    ),
]

MUST_NOT_FLAG = [
    # Another currency is another measure.
    (
        "Miner to buy rival for $2 billion",
        "LONDON, June 2 (Reuters) - The miner agreed to buy its rival for 2.5 billion euros, "
        "the companies said on Monday.",
    ),
    # The headline's figure anywhere in the body, in any wording, is present.
    (
        "Exports fall 3% in May",
        "BERLIN, June 2 (Reuters) - German exports fell 3.0 percent in May, data showed.",
    ),
    (
        "Profit rises 12%",
        "PARIS, June 2 (Reuters) - The company said profit rose 15% in the quarter. "
        "Its net profit was up 12% on the year.",
    ),
    # A tag's number is no headline figure.
    (
        "UPDATE 2-Port strike halts exports",
        "ROTTERDAM, March 12 (Reuters) - Dockworkers at 14 terminals walked out on Tuesday.",
    ),
]


@pytest.mark.parametrize(("headline", "body", "expected"), MUST_FLAG)
def test_a_contradicted_figure_is_reported(headline: str, body: str, expected: list[str]) -> None:
    assert flagged(f"{headline}\n\n{body}\n", "WL303") == expected


@pytest.mark.parametrize(("headline", "body"), MUST_NOT_FLAG)
def test_a_figure_the_body_gives_or_cannot_contradict_is_quiet(headline: str, body: str) -> None:
    assert flagged(f"{headline}\n\n{body}\n", "WL303") == []
