"""Which of a story's parts hold a word, and which spellings hold a literal.

A rule with many patterns asks, for each, which parts could match it: the parts holding
every group of literals the pattern requires (WL202's prefilter). Searching a long
story's text once per literal costs a pass over every byte per literal; its distinct
spellings are ten to a hundred times fewer than its bytes, so the spellings holding a
literal are found among those, and the parts through an index built once per story.

This is exact for a literal of word characters only: such a literal, wherever it stands
in a part, lies inside one run of word characters, and every such run lies inside one
token (the tokenizer ends a token only where a run ends or after a dotted
abbreviation's full stop). A literal with any other character is left to the caller.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from itertools import accumulate, chain, compress, repeat, starmap

from wirelint.document.model import COPY_KINDS, Document, Part, PartKind

_WORD_RE = re.compile(r"\w+")


class PartWords:
    """The distinct spellings of some parts' tokens, and the parts holding each.

    Built for a few ``literals`` (each with whether its case is ignored) and a set of
    ``spellings`` holding every spelling of the parts, only the spellings holding one of
    those literals are listed with their parts: the index then answers for those
    literals alone, and a long story's other spellings (most of them) cost no entry.
    """

    def __init__(
        self,
        parts: Sequence[Part],
        literals: Iterable[tuple[str, bool]] | None = None,
        spellings: Iterable[str] | None = None,
    ) -> None:
        self.parts = parts
        self._found: dict[tuple[str, bool], list[str]] = {}
        self._held: dict[tuple[str, bool], bytes] = {}
        self._only: frozenset[tuple[str, bool]] | None = None
        where: defaultdict[str, list[int]] = defaultdict(list)
        if literals is None or spellings is None:
            for i, part in enumerate(parts):
                # ``where[word].append(i)`` for each distinct word, in C loops: a long
                # story has a million (part, word) pairs.
                lists = map(where.__getitem__, set(part.texts))
                deque(map(list.append, lists, repeat(i)), maxlen=0)
            self._read_words(list(where))
        else:
            self._only = frozenset(literals)
            self._read_words(list(spellings))
            # Shortest first: a longer literal holding one is sought among its spellings.
            ordered = sorted(self._only, key=lambda lit: (len(lit[0]), lit))
            wanted = set(chain.from_iterable(starmap(self._spellings, ordered)))
            for i, part in enumerate(parts):
                lists = map(where.__getitem__, wanted.intersection(part.texts))
                deque(map(list.append, lists, repeat(i)), maxlen=0)
        self._where = where

    def _read_words(self, words: list[str]) -> None:
        self._words = words
        # The spellings one a line: a literal without a line break is found inside one.
        self._joined = "\n".join(words)
        self._starts = list(accumulate((len(w) + 1 for w in words), initial=0))

    @staticmethod
    def indexable(literal: str) -> bool:
        """Whether ``holding`` can answer for ``literal`` (word characters only)."""
        return _WORD_RE.fullmatch(literal) is not None

    def holding(self, literal: str, ignore_case: bool = False) -> frozenset[int]:
        """The indexes of the parts whose text holds ``literal`` (``indexable`` ones only).

        ``ignore_case`` compares as ``re.IGNORECASE`` does.
        """
        return frozenset(compress(range(len(self.parts)), self.holding_flags(literal, ignore_case)))

    def holding_flags(self, literal: str, ignore_case: bool = False) -> bytes:
        """``holding`` as a byte per part, 1 where the part holds ``literal``: sets of parts
        are then joined and met as numbers (``int.from_bytes``), a step per thousand parts."""
        key = (literal, ignore_case)
        held = self._held.get(key)
        if held is None:
            if self._only is not None and key not in self._only:
                raise ValueError(f"the index was built for other literals than {literal!r}")
            # Kept for the index's life (patterns share literals, and a common one's parts
            # are most of a long story's, a union of thousands of lists); the index is let
            # go when its caller has chosen its parts. A byte a part: a set of a long
            # story's part numbers costs thirty.
            flags = bytearray(len(self.parts))
            lists = map(self._where.get, self._spellings(literal, ignore_case), repeat(()))
            deque(map(flags.__setitem__, chain.from_iterable(lists), repeat(1)), maxlen=0)
            held = self._held[key] = bytes(flags)
        return held

    def _spellings(self, literal: str, ignore_case: bool) -> list[str]:
        """The spellings holding ``literal``, found once: among those holding a shorter
        literal inside it when they are few (each spelling holding ``literal`` holds that
        one), else by one search of them all."""
        key = (literal, ignore_case)
        found = self._found.get(key)
        if found is None:
            narrower = None if ignore_case else self._few_holding_part_of(literal)
            if narrower is not None:
                found = [w for w in narrower if literal in w]
            else:
                found = self._search(literal, ignore_case)
            self._found[key] = found
        return found

    def _few_holding_part_of(self, literal: str) -> list[str] | None:
        """The fewest spellings found for a shorter literal inside ``literal`` (exact
        case), when testing them one by one costs less than a search of every spelling."""
        best: list[str] | None = None
        for size in range(1, len(literal)):
            for at in range(len(literal) - size + 1):
                got = self._found.get((literal[at : at + size], False))
                if got is not None and (best is None or len(got) < len(best)):
                    best = got
        if best is None or len(best) * _CHARS_PER_TEST > len(self._joined):
            return None
        return best

    def _search(self, literal: str, ignore_case: bool) -> list[str]:
        """The spellings holding ``literal``: one search of them all, a step per spelling found."""
        joined, starts, words = self._joined, self._starts, self._words
        search = re.compile(re.escape(literal), re.I).search if ignore_case else None
        out: list[str] = []
        at = joined.find(literal) if search is None else _start(search(joined))
        while at >= 0:
            i = bisect_right(starts, at) - 1
            out.append(words[i])
            after = starts[i + 1]  # the next spelling's start: one hit per spelling
            at = joined.find(literal, after) if search is None else _start(search(joined, after))
        return out


# Testing one spelling for a literal in Python costs about what ``str.find`` spends on
# this many characters of the joined spellings.
_CHARS_PER_TEST = 64


def _start(match: re.Match[str] | None) -> int:
    return -1 if match is None else match.start()


def part_words(
    doc: Document,
    kinds: frozenset[PartKind],
    literals: Iterable[tuple[str, bool]] | None = None,
    some: Sequence[Part] | None = None,
) -> PartWords:
    """The index of the story's parts of these ``kinds``, in order; with ``literals``,
    for those alone (``PartWords``); with ``some`` (a few of those parts, in order), of
    those parts only.

    Not kept on the Document: a long story's index holds a million entries, and the
    rule asking is done with it when it has chosen its parts.
    """
    parts = [p for p in doc.parts if p.kind in kinds]
    # A few parts (a re-lint's edited paragraph) are indexed by their own spellings, far
    # fewer than the story's; most of them, as the whole story is.
    few = some is not None and len(some) * 2 < len(parts)
    if some is not None:
        parts = list(some)
    if literals is None:
        return PartWords(parts)
    # The copy's spellings (``doc.words``, made once per story) hold every spelling of
    # copy parts; other kinds' are gathered from their parts.
    spellings: Iterable[str] = (
        doc.words
        if kinds <= COPY_KINDS and not few
        else set(chain.from_iterable(p.texts for p in parts))
    )
    return PartWords(parts, literals, spellings)
