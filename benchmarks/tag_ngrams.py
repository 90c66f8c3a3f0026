"""A model of part-of-speech sequences in clean copy: symbol n-gram counts.

The model tag_sequence_eval.py measures (no rule ships it: on held-out copy it found
5% of swapped words and no dropped article or preposition at 0.3 false alarms per
10,000 words).

A sentence is read as symbols: the parser's fine tag of each word (NN, VBD, ...), the
few function words the table names as symbols of their own (`the`, `a`/`an`, `that`,
the commonest prepositions: DT and IN alone say too little of what may follow them),
and marks for the sentence's start and end. The table holds how often each run of one
to ``order`` symbols occurs in clean wire copy; tag_sequence_eval.py counts it.

The model scores a sequence with stupid backoff (Brants et al. 2007): the share of
the history's occurrences followed by the symbol, or 0.4 times the same for a shorter
history when the longer one never had it. It is not a probability, which a comparison
of two orders of the same symbols does not need.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

START, END = "<s>", "</s>"
_BACKOFF = math.log(0.4)


class TagModel:
    """Symbol n-gram counts with the words that are symbols of their own."""

    def __init__(self, counts: dict[tuple[str, ...], int], words: dict[str, str], order: int):
        self.counts = counts
        self.words = words
        self.order = order
        self.total = sum(n for gram, n in counts.items() if len(gram) == 1)

    @classmethod
    def parse(cls, text: str) -> TagModel:
        """Read the table: ``#`` comments, an ``@order N`` line, an ``@words`` line
        (word=symbol ...), then one line per n-gram: its count, a tab, its symbols."""
        counts: dict[tuple[str, ...], int] = {}
        words: dict[str, str] = {}
        order = 0
        # One string object per symbol, shared by every n-gram that has it: a new
        # string per occurrence took twice the memory (about 30 MB for the table).
        names: dict[str, str] = {}
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            if line.startswith("@order"):
                order = int(line.split()[1])
            elif line.startswith("@words"):
                for item in line.split()[1:]:
                    word, _, symbol = item.partition("=")
                    words[word] = symbol or word
            else:
                count, _, gram = line.partition("\t")
                counts[tuple(names.setdefault(x, x) for x in gram.split(" "))] = int(count)
        if order < 2 or not any(len(gram) == 1 for gram in counts):
            raise ValueError("a tag n-gram table needs an @order of 2 or more and its unigrams")
        return cls(counts, words, order)

    def symbols(self, words: Sequence[str], tags: Sequence[str]) -> list[str]:
        """The sentence as the table's symbols, its edges marked."""
        inner = (self.words.get(w.lower(), t) for w, t in zip(words, tags, strict=True))
        return [START, *inner, END]

    def logp(self, history: tuple[str, ...], symbol: str) -> float:
        """The backed-off log share of ``history`` followed by ``symbol``."""
        penalty = 0.0
        history = history[len(history) - self.order + 1 :] if self.order > 1 else ()
        while history:
            seen = self.counts.get(history, 0)
            if seen:
                n = self.counts.get((*history, symbol), 0)
                if n:
                    return penalty + math.log(n / seen)
            penalty += _BACKOFF
            history = history[1:]
        return penalty + math.log((self.counts.get((symbol,), 0) + 0.5) / self.total)

    def loglik(self, symbols: Sequence[str], lo: int, hi: int) -> float:
        """The score of symbols lo..hi-1, each after the ones before it."""
        return sum(
            self.logp(tuple(symbols[max(0, i - self.order + 1) : i]), symbols[i])
            for i in range(max(1, lo), min(len(symbols), hi))
        )

    def swap_gain(self, symbols: Sequence[str], i: int) -> float:
        """How much likelier the sequence is with symbols i and i+1 exchanged: only the
        symbols whose history the exchange changes are scored again."""
        swapped = [*symbols[:i], symbols[i + 1], symbols[i], *symbols[i + 2 :]]
        hi = i + self.order + 1
        return self.loglik(swapped, i, hi) - self.loglik(symbols, i, hi)


def best_swap(
    model: TagModel, words: Sequence[str], tags: Sequence[str], near: tuple[int, int] | None = None
) -> tuple[float, int]:
    """The pair of neighbouring words whose exchange makes the sentence likeliest: the
    gain and the first word's index (-inf and -1 when no pair is weighed). ``near``
    (first, last) limits the pairs to those with a word in first-1..last+1.

    A question is not read: its verb stands before its subject by design (`Were there
    chants?`, `How risky can I be?`). Pairs with a mark or a figure, and two words of
    one symbol, are not weighed.
    """
    best, at = -math.inf, -1
    if "?" in words:
        return best, at
    symbols = model.symbols(words, tags)
    for k in range(1, len(symbols) - 2):  # symbol k is word k - 1
        if near is not None and not (near[0] - 2 <= k - 1 <= near[1] + 1):
            continue
        if symbols[k] == symbols[k + 1] or not (words[k - 1].isalpha() and words[k].isalpha()):
            continue
        gain = model.swap_gain(symbols, k)
        if gain > best:
            best, at = gain, k - 1
    return best, at
