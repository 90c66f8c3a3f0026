"""Where a pattern's matches can begin: the literals every match opens with.

Scanning a long story with a pattern tries it at every position of the text, and a
pattern opening with an assertion (``\\b``, a lookbehind) gets none of ``re``'s fast
skips. Many patterns open with a word of their own ("told", "polled", "[", "TK"): every
match then begins where one of those literals stands. ``str.find`` finds those few
places in C, and the pattern is tried only there (``finditer_from``), with the same
left-to-right, non-overlapping order as ``finditer``: a match is the leftmost one from
the end of the last, and none can begin anywhere but at one of the literals.

The literals are read from the pattern's own syntax tree (``re``'s parser), and only
where that is sure; anything unusual gives none, and the caller scans as before.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from wirelint import _cache

try:  # the parser `re` compiles with (Python 3.11+ keeps it in re._parser)
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_LITERAL = _sre_constants.LITERAL
_IN = _sre_constants.IN
_RANGE = _sre_constants.RANGE
_BRANCH = _sre_constants.BRANCH
_SUBPATTERN = _sre_constants.SUBPATTERN
_REPEATS = tuple(
    getattr(_sre_constants, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_sre_constants, name)
)
# Zero-width items: they decide whether a match begins at a place, never where.
_ZERO_WIDTH = tuple(
    getattr(_sre_constants, name)
    for name in ("AT", "ASSERT", "ASSERT_NOT")
    if hasattr(_sre_constants, name)
)
# More openings than this and the literals say little: the caller scans as before.
_MOST = 64
# A character class spelled out as its characters only when it is this small.
_SMALL_CLASS = 32


@lru_cache(maxsize=512)
def start_literals(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literals one of which opens every match of ``regex``, or None when not sure.

    "told" for ``\\btold\\s+X``, ("a", "during", "in") for ``\\b(?:in|during|an?)\\s+``.
    Case-blind patterns give None (a literal would have to be searched in every case).
    Kept in the cache folder, as WL202's prefilter literals are: reading a pattern's
    syntax tree costs a cold check more than a short story.
    """
    return _cache.memo(
        "starts", _code_key(), (regex.pattern, int(regex.flags)), lambda: _start_literals_now(regex)
    )


@lru_cache(maxsize=1)
def _code_key() -> str:
    return _cache.content_key([Path(__file__), sys.version.encode()])


def _start_literals_now(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    if regex.flags & re.IGNORECASE:
        return None
    try:
        tree = _sre_parse.parse(regex.pattern, regex.flags)
        heads = _heads(list(tree))
    except Exception:  # an unexpected syntax tree: no literals, never wrong ones
        return None
    if heads is None or "" in heads:
        return None
    return tuple(sorted(heads))


def _heads(items: list[Any]) -> set[str] | None:
    """Strings one of which every match of the sequence ``items`` begins with ("" among
    them when it may match nothing), or None when its first item is not understood.

    The strings grow item by item while each item is one of a few exact strings
    (`t` then `old|ell`: "told", "tell"); an item that is not (`\\s+`, a longer repeat)
    ends them, as what it matches is not known past its opening.
    """
    heads = {""}
    for k, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        got = _item(op, av)
        if got is None:
            # What the item matches is not known: the strings so far still open every
            # match, unless there are none yet.
            return None if heads == {""} else heads
        alts, whole, optional = got
        if optional:
            # The item may match nothing: a match opens with it or with what follows.
            rest = _heads(items[k + 1 :])
            if rest is None:
                return None
            alts = alts | rest
            whole = False
        heads = {h + a for h in heads for a in alts}
        if len(heads) > _MOST:
            return None
        if not whole:
            return heads
    return heads


def _item(op: Any, av: Any) -> tuple[set[str], bool, bool] | None:
    """An item's openings: (strings, whether it matches exactly one of them, whether it
    may match nothing); None when not sure."""
    if op is _LITERAL:
        return {chr(av)}, True, False
    if op is _IN:
        chars = _class_chars(av)
        return None if chars is None else (chars, True, False)
    if op is _SUBPATTERN:
        _group, add, _remove, sub = av
        if add & re.IGNORECASE:
            return None
        return _sequence_item(list(sub))
    if op is _BRANCH:
        union: set[str] = set()
        whole, optional = True, False
        for alternative in av[1]:
            got = _sequence_item(list(alternative))
            if got is None:
                return None
            alts, alt_whole, alt_optional = got
            union |= alts
            whole = whole and alt_whole
            optional = optional or alt_optional
        return union, whole and not optional, optional
    if op in _REPEATS:
        low, high, sub = av
        got = _sequence_item(list(sub))
        if got is None:
            return None
        alts, whole, optional = got
        # Once exactly ("(?:x){1}") keeps the item whole; more repeats follow unknown.
        return alts, whole and low == high == 1, optional or low == 0
    return None


def _sequence_item(items: list[Any]) -> tuple[set[str], bool, bool] | None:
    """A sequence as one item: its openings, whether it is one of them exactly (literals
    and small classes only), and whether it may match nothing."""
    if all(op in _ZERO_WIDTH for op, _ in items):
        return {""}, True, True
    heads = _heads(items)
    if heads is None:
        return None
    whole = all(op in (_LITERAL, _IN) or op in _ZERO_WIDTH for op, _ in items)
    return heads - {""}, whole, "" in heads


def _class_chars(av: Sequence[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, value in av:
        if op is _LITERAL:
            chars.add(chr(value))
        elif op is _RANGE and value[1] - value[0] < _SMALL_CLASS:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None  # a negated class, a category (\w), a wide range
        if len(chars) > _SMALL_CLASS:
            return None
    return chars


def sparse(literals: Sequence[str]) -> bool:
    """Whether the literals may be few in prose: none is a lower-case letter or a digit
    alone, and at most two are a capital alone (`A` to `Z` opening a brand stand
    everywhere; `X` opening `XX` seldom)."""
    alone = [literal for literal in literals if len(literal) == 1 and literal.isalnum()]
    return len(alone) <= 2 and all(literal.isupper() for literal in alone)


def literal_places(text: str, literals: Sequence[str], most: int) -> list[int] | None:
    """Every place ``text`` holds one of ``literals``, in order (overlapping ones too);
    None when there are more than ``most`` (the pattern is then better scanned)."""
    if not sparse(literals):
        return None
    places: set[int] = set()
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            places.add(at)
            if len(places) > most:
                return None
            at = text.find(literal, at + 1)
    return sorted(places)


def finditer_from(
    regex: re.Pattern[str], text: str, places: Sequence[int]
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` when every match can begin only at one of ``places``
    (sorted): the pattern is tried there alone.

    ``finditer`` yields the leftmost match from the end of the one before; that is the
    first of the later places where the pattern matches, as no match begins elsewhere.
    A match at a place is the one a scan finds there: both see the whole ``text``
    (assertions look at the same neighbours). No match is empty: each opens with a
    literal.
    """
    pos = 0
    match = regex.match
    for at in places:
        if at < pos:
            continue
        m = match(text, at)
        if m is not None:
            yield m
            pos = m.end()
