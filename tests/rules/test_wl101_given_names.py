"""WL101 reads a word after a given name of the given-names pack as a surname: a surname
that is also an English word (`Gordon Brown`, `Stuart Rose`) respelled once into a form no
word list holds is that name's slip, and so is a surname after a given name that lost its
last letter (`Antony Burgman` beside `Burgmans`), or a short one respelled beside its
form used alone (`Damien Duf` beside `Duff`). Two forms beside different given names
stay two people (`Gordon Brown`, `Des Browne`)."""

from __future__ import annotations

import pytest

from tests.conftest import lint


def _flagged(story: str) -> list[str]:
    return [story[d.span.start : d.span.end] for d in lint(story, "WL101")]


@pytest.mark.parametrize(
    ("story", "slip"),
    [
        # A surname that is an everyday word, an inner letter lost where it stands alone.
        (
            "Budget row\n\nChancellor Gordon Brown said on Monday the plans were sound. "
            "Critics said Bron had misjudged the mood of the markets.\n",
            "Bron",
        ),
        # A surname that is an everyday word with an accent no English name takes, alone.
        (
            "Store chief\n\nMarks and Spencer boss Stuart Rose said sales had risen. "
            "Róse said the chain would open new stores next year.\n",
            "Róse",
        ),
        # A surname after a given name that lost its last letter, beside its whole form.
        (
            "Unilever shake-up\n\nThe group said Burgmans would step down. Dutch "
            "co-chairman Antony Burgman will take on the role of non-executive chairman.\n",
            "Burgman",
        ),
        (
            "Doping case\n\nThe sprinters' lawyer, Ioannidis, spoke on Monday. "
            "Their lawyer Gregory Ioannidi told BBC Sport the charges were illogical.\n",
            "Ioannidi",
        ),
        # A short surname after a given name, one letter lost, beside its form used alone.
        (
            "Chelsea win\n\nDuff scored the first goal on Saturday. Duff later hit the post, "
            "and Damien Duf was replaced after an hour.\n",
            "Duf",
        ),
        # A vowel changed in a surname after a given name, beside its form used alone.
        (
            "Awards\n\nSwank won the best actress prize. Swank thanked her director, "
            "and Hilary Swink later said she would rest.\n",
            "Swink",
        ),
    ],
)
def test_flagged(story: str, slip: str) -> None:
    assert _flagged(story) == [slip]


@pytest.mark.parametrize(
    "story",
    [
        # Two people: each form has a given name of its own.
        "Cabinet\n\nChancellor Gordon Brown said on Monday the plans were sound. Defence "
        "Secretary Des Browne said the army had what it needed. Brown later left.\n",
        # An everyday word that is no surname here, beside a form the word list holds.
        "Markets\n\nThe pound fell against the dollar. Traders said the Pound had further "
        "to fall, and sterling's slide went on. Analysts at Pond Securities agreed.\n",
        # A place after a given name (`Hong`) is no surname: `Kong` never stands alone.
        "Grain\n\nHong Kong traders said prices held. He Kang, the farm minister, said "
        "output would rise. Hong Kong buyers were quiet.\n",
        # An initial before the form used once is a given name of its own.
        "Italy team\n\nDavid dal Maso leads the pack. Maso is fit. Backs: A Masi "
        "(Viadana), L Nitoglia (Calvisano).\n",
        # A feminine surname beside the masculine: read as before, two people.
        "Tennis\n\nMaria Petrova won in straight sets. Her compatriot Ivan Petrov lost.\n",
        # A family is no cut of its surname.
        "Charts\n\nThe list includes Will Young and David and Victoria Beckham. Last "
        "year the Beckhams came third.\n",
    ],
)
def test_not_flagged(story: str) -> None:
    assert _flagged(story) == []
