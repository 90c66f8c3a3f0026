"""How usual a word's run of letters is: letter trigrams of the English word list (WL101).

Of two spellings of a name used equally often, the slip is usually the one whose
letters run less like any word's: a swapped pair (`Campebll`), a key beside the right
one (`Horqn`). The measure is the log-probability of the word's letters, each given the
two before it, counted over the distinct words of pyspellchecker's English table (names
included), with the word's start and end as letters of their own. It says nothing about
a doubled letter: doubled letters are rarer than single ones in any word, so `Schmitt`
scores below `Schmit`; callers leave such pairs alone.

The counts are built once from the table and kept in the user's cache folder beside it.
"""

from __future__ import annotations

import math
from functools import lru_cache

from wirelint import _cache

#: Bump when the cached counts' shape changes.
_FORMAT = 1
#: Add-k smoothing: a trigram never seen is rare, not impossible (26 letters and the end).
_K = 0.1
_ALPHABET = 27


def _build() -> dict[str, int]:
    from wirelint.analysis.lexicon import english_frequencies

    counts: dict[str, int] = {}
    for word in english_frequencies():
        if not (word.isalpha() and word.isascii()):
            continue
        padded = f"^^{word}$"
        for i in range(2, len(padded)):
            # The trigram and the pair it extends, both counted by word type.
            for gram in (padded[i - 2 : i + 1], padded[i - 2 : i]):
                counts[gram] = counts.get(gram, 0) + 1
    return counts


@lru_cache(maxsize=1)
def _counts() -> dict[str, int]:
    from wirelint.analysis.lexicon import _source

    def load(value: object) -> dict[str, int]:
        if not isinstance(value, dict):
            raise TypeError("letter counts: a dict expected")
        return value

    return _cache.cached("letter-trigrams", _FORMAT, _cache.content_key([_source()]), _build, load)


@lru_cache(maxsize=4096)
def letter_score(word: str) -> float:
    """Log-probability of the lower-cased ``word``'s letters (higher is more usual)."""
    counts = _counts()
    padded = f"^^{word.lower()}$"
    return sum(
        math.log(
            (counts.get(padded[i - 2 : i + 1], 0) + _K)
            / (counts.get(padded[i - 2 : i], 0) + _K * _ALPHABET)
        )
        for i in range(2, len(padded))
    )
