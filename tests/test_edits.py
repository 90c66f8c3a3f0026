"""Edit distance between names: the counts WL101 and the heading checks compare."""

from __future__ import annotations

import random

import pytest

from wirelint.analysis.edits import one_edit_apart, osa_distance


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("Oscar", "Oscar", True),
        ("Ocsar", "Oscar", True),  # two neighbours swapped
        ("Bakhmut", "Bachmut", True),  # one letter changed
        ("Blair", "Bair", True),  # one dropped
        ("Makiivka", "Makiyivka", True),  # one added
        ("Mondavi", "Monday", False),  # two changed
        ("Kyiv", "Kiev", False),
        ("abc", "cba", False),  # the ends swapped: not neighbours
        ("Zelensky", "Zelenskyy", True),
        ("Jarosław", "Jaroslaw", True),
    ],
)
def test_one_edit_apart(a: str, b: str, apart: bool) -> None:
    assert one_edit_apart(a, b) is apart
    assert one_edit_apart(b, a) is apart


@pytest.mark.parametrize(
    ("a", "b", "limit", "edits"),
    [
        ("bakhmut", "bachmut", 2, 1),
        ("kyiv", "kiev", 2, 2),
        ("ocsar", "oscar", 1, 1),
        ("mariupol", "mariopul", 2, 2),
        ("zaporizhzhia", "zaporozhye", 2, 3),  # past the limit: limit + 1
        ("ca", "abc", 3, 3),  # no letter is edited twice (OSA, not Damerau)
        ("", "abc", 3, 3),
        ("", "abcd", 3, 4),
    ],
)
def test_osa_distance(a: str, b: str, limit: int, edits: int) -> None:
    assert osa_distance(a, b, limit) == edits
    assert osa_distance(b, a, limit) == edits


def _damaged(rng: random.Random, word: str, alphabet: str) -> str:
    letters = list(word)
    for _ in range(rng.randint(0, 3)):
        op = rng.randint(0, 3)
        if op == 0 and letters:
            letters.pop(rng.randrange(len(letters)))
        elif op == 1:
            letters.insert(rng.randint(0, len(letters)), rng.choice(alphabet))
        elif op == 2 and letters:
            letters[rng.randrange(len(letters))] = rng.choice(alphabet)
        elif op == 3 and len(letters) > 1:
            i = rng.randrange(len(letters) - 1)
            letters[i], letters[i + 1] = letters[i + 1], letters[i]
    return "".join(letters)


def test_the_same_counts_as_rapidfuzz() -> None:
    """The library the counts came from before agrees on words a few edits apart."""
    osa = pytest.importorskip("rapidfuzz.distance").OSA
    rng = random.Random(16)
    alphabet = "abcéy"
    for _ in range(5000):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        b = _damaged(rng, a, alphabet)
        assert one_edit_apart(a, b) == (osa.distance(a, b) <= 1), (a, b)
        for limit in (1, 2, 3):
            assert osa_distance(a, b, limit) == osa.distance(a, b, score_cutoff=limit), (a, b)
