"""WL202 placeholder-text: leftover TK / XXX / [INSERT] markers."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from wirelint import _cache
from wirelint.analysis.regex_starts import finditer_from, literal_places, start_literals
from wirelint.analysis.userpattern import UserPattern, is_bundled
from wirelint.analysis.words import STOPWORDS
from wirelint.diagnostics import Diagnostic, Severity
from wirelint.document.model import (
    COPY_KINDS,
    Document,
    PartKind,
    Token,
    TokenShape,
    tokenize,
    words_in,
)
from wirelint.document.span import Span
from wirelint.packs import PackValueError, register_section
from wirelint.registry import Context, Rule

WORDS = "placeholder-words"
PATTERNS = "placeholder-patterns"


@dataclass(frozen=True)
class Pattern:
    name: str
    #: `re` for the packs wirelint ships; a newsroom's own patterns run with a time limit.
    regex: re.Pattern[str] | UserPattern
    message: str


def _validate_patterns(value: Any, path: Path) -> dict[str, Pattern]:
    out = {}
    for name, entry in value.items():
        if not isinstance(entry, dict):
            raise PackValueError(name, "expected a table with `pattern` and `message`")
        unknown = set(entry) - {"pattern", "message", "case-sensitive"}
        if unknown:
            raise PackValueError(name, f"unknown key(s) {', '.join(sorted(unknown))}")
        pattern, message = entry.get("pattern"), entry.get("message")
        if not isinstance(pattern, str) or not isinstance(message, str):
            raise PackValueError(name, "`pattern` and `message` must be strings")
        flags = (0 if entry.get("case-sensitive", True) else re.IGNORECASE) | re.MULTILINE
        regex: re.Pattern[str] | UserPattern
        try:
            if is_bundled(path):
                regex = re.compile(pattern, flags)
            else:
                regex = UserPattern(name, pattern, flags, path, trusted=False)
        except (re.error, ValueError) as exc:
            raise PackValueError(name, f"bad regular expression: {exc}") from None
        if regex.search(""):
            raise PackValueError(name, "pattern matches the empty string")
        out[name] = Pattern(name, regex, message)
    return out


register_section(WORDS, "mapping", "ALL-CAPS placeholder words -> what they are (WL202)")
# "Prime Minister XXX said": after a title a mark stands for the name, not a Roman numeral.
TITLES = "placeholder-titles"
register_section(
    TITLES, "strings", "titles a name follows, so `XXX` after one is no numeral (WL202)"
)
# "rated XXX": a film's rating.
RATINGS = "placeholder-ratings"
register_section(RATINGS, "strings", "words after which `XXX` is a rating (WL202)")
# "Super Bowl XXX", "XXX Corps": a run of Xs is a Roman numeral only beside a word that
# numbers its kind; after a given name ("said Tom XXX") it stands for the surname (no
# king or pope is numbered twenty or thirty).
NUMERAL_HEADS = "roman-numeral-heads"
register_section(
    NUMERAL_HEADS, "strings", "words a Roman numeral follows, so `XXX` after one is one (WL202)"
)
NUMERAL_TAILS = "roman-numeral-tails"
register_section(
    NUMERAL_TAILS, "strings", "words a Roman numeral opens, so `XXX` before one is one (WL202)"
)
register_section(PATTERNS, "table", "named regexes for placeholders (WL202)", _validate_patterns)

# All the copy (prose, and the captions, legends and speaker labels that ship with it:
# "Photo: TK" is a leftover), the credits and standards lines, and the lines above the
# story: bylines, tags and notes ("By XXX, Reuters").
_SCANNED = COPY_KINDS | {PartKind.CREDIT, PartKind.BOILERPLATE, PartKind.META}
# -- prefilters: what a pattern cannot match without ------------------------------------
#
# Scanning every part with every pattern is most of this rule's time, and nearly every
# story has no placeholder at all. A match in a part is a substring of the story, so a
# literal that every match of a pattern must contain (`###`, `[` ... `]`, one of
# `reporting|editing|...`) and that the story lacks means the pattern has nothing to
# find: the scan is skipped. The literals are read from the pattern's own syntax tree,
# and only where that is sure; anything unusual gives no prefilter (scan as before).

try:  # the parser `re` compiles with (Python 3.11+ keeps it in re._parser)
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_LITERAL = _sre_constants.LITERAL
_REPEATS = tuple(
    getattr(_sre_constants, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_sre_constants, name)
)
_ATOMIC = getattr(_sre_constants, "ATOMIC_GROUP", None)

#: One literal a match contains, and whether it is compared ignoring case.
_Lit = tuple[str, bool]
#: Every match contains at least one literal of each group.
_Groups = list[list[_Lit]]


def _sequence(items: Any, ci: bool) -> _Groups:
    """Groups required by a sequence of regex items (a conjunction)."""
    groups: _Groups = []
    run: list[str] = []  # adjacent literal characters

    def flush() -> None:
        if run:
            groups.append([("".join(run), ci)])
            run.clear()

    for op, av in items:
        if op is _LITERAL:
            run.append(chr(av))
            continue
        if op in _REPEATS:
            low, high, sub = av
            if 1 <= low <= 16 and len(sub) == 1 and sub[0][0] is _LITERAL:
                run.append(chr(sub[0][1]) * low)  # `#{3,}`: `###`
                if high != low:
                    flush()  # more of it may follow: what comes next is not adjacent
                continue
        flush()
        groups.extend(_item(op, av, ci))
    flush()
    return groups


def _item(op: Any, av: Any, ci: bool) -> _Groups:
    if op is _sre_constants.SUBPATTERN:
        _group, add, remove, sub = av
        inner = (ci or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _sequence(sub, inner)
    if _ATOMIC is not None and op is _ATOMIC:
        return _sequence(av, ci)
    if op is _sre_constants.ASSERT:
        # A lookahead or lookbehind that must hold reads text of the story (of the part
        # scanned) too: "(?=\s+(?:calculations|tally))" needs one of those words there.
        return _sequence(av[1], ci)
    if op in _REPEATS:
        return _sequence(av[2], ci) if av[0] >= 1 else []
    if op is _sre_constants.BRANCH:
        # Each alternative's most telling group; together they form one group.
        union: list[_Lit] = []
        for alternative in av[1]:
            groups = _sequence(alternative, ci)
            if not groups:
                return []  # an alternative that needs no literal: nothing is required
            best: list[_Lit] = max(groups, key=_selectivity)
            union.extend(best)
        return [union]
    if op is _sre_constants.IN and 0 < len(av) <= 8 and all(o is _LITERAL for o, _ in av):
        return [[(chr(c), ci) for _, c in av]]
    return []  # assertions, classes, any character, back-references: nothing required


def _selectivity(group: list[_Lit]) -> int:
    return min(len(text) for text, _ in group)


class _Story:
    """A story's text for the prefilters, with its lower case made once when needed."""

    __slots__ = ("_lower", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._lower: str | None = None

    @property
    def lower(self) -> str | None:
        """The text in lower case when it is ASCII (None otherwise).

        In ASCII text, `re`'s IGNORECASE matches an ASCII letter in either case and in no
        other form, so a lower-case substring test says exactly what the pattern would.
        """
        if self._lower is None and self.text.isascii():
            self._lower = self.text.lower()
        return self._lower


_Check = Callable[[_Story], bool]


def _checker(group: list[_Lit]) -> _Check:
    # Longest first, ties in a fixed order: a set's order changes with every process,
    # and a pattern that does is compiled afresh by every run (see wirelint._cache).
    exact = sorted({t for t, ci in group if not ci}, key=lambda t: (-len(t), t))
    folded = sorted({t for t, ci in group if ci}, key=lambda t: (-len(t), t))
    if not folded:
        if len(exact) == 1:
            literal = exact[0]
            return lambda story: literal in story.text
        return lambda story: _holds_any(story.text, exact)
    ascii_folded = [t.lower() for t in folded] if all(t.isascii() for t in folded) else None
    # Elsewhere `re` itself decides what ignoring case means, as it does for the pattern.
    regex = re.compile("|".join(re.escape(t) for t in folded), re.IGNORECASE)

    def check(story: _Story) -> bool:
        text = story.text
        if _holds_any(text, exact):
            return True
        lower = story.lower if ascii_folded is not None else None
        if lower is not None and ascii_folded is not None:
            return any(t in lower for t in ascii_folded)
        return regex.search(text) is not None

    return check


# From this length on, a text is searched for several literals at once, in one pass.
_LONG_TEXT = 100_000


def _holds_any(text: str, literals: list[str]) -> bool:
    """Whether ``text`` holds one of ``literals`` (exact): a long story is read once for
    them all, not once per literal that it lacks."""
    if len(literals) > 1 and len(text) >= _LONG_TEXT:
        return _alternation(tuple(literals)).search(text) is not None
    # Shortest first (they come longest first): a short literal ("," or "on") is the one
    # a paragraph most likely holds, and the first held ends the test.
    return any(t in text for t in reversed(literals))


@lru_cache(maxsize=256)
def _alternation(literals: tuple[str, ...]) -> re.Pattern[str]:
    # Compiled once per machine: a long alternation costs a cold run its compile.
    return _cache.regex("|".join(re.escape(t) for t in literals))


def _cost(group: list[_Lit]) -> tuple[bool, int]:
    """Cheap tests first (one exact literal), then the most telling ones."""
    return (not (len(group) == 1 and not group[0][1]), -_selectivity(group))


def _required(regex: re.Pattern[str]) -> _Groups:
    """The literal groups every match of ``regex`` contains; empty when none can be told.

    Kept in the cache folder: reading a pattern's syntax tree costs a cold check more
    than the story, and the answer depends only on the pattern, this module and Python.
    """
    return _cache.memo(
        "prefilter",
        _code_key(),
        (regex.pattern, int(regex.flags)),
        lambda: _required_now(regex),
    )


@lru_cache(maxsize=1)
def _code_key() -> str:
    return _cache.content_key([Path(__file__), sys.version.encode()])


def _required_now(regex: re.Pattern[str]) -> _Groups:
    try:
        tree = _sre_parse.parse(regex.pattern, regex.flags)
        return sorted(_sequence(list(tree), bool(regex.flags & re.IGNORECASE)), key=_cost)
    except Exception:  # an unexpected syntax tree: no prefilter, never a wrong one
        return []


@lru_cache(maxsize=256)
def prefilter(regex: re.Pattern[str]) -> _Check | None:
    """A cheap test that is False only when ``regex`` matches nowhere in a story.

    None when the pattern requires no literal that can be told (then always scan).
    """
    groups = _required(regex)
    if not groups:
        return None
    checks = [_checker(g) for g in groups]
    return lambda story: all(check(story) for check in checks)


@lru_cache(maxsize=256)
def rarest_literals(regex: re.Pattern[str]) -> tuple[tuple[str, bool], ...] | None:
    """The literals of the most telling group ``regex`` requires: every match holds one.

    Each literal comes with whether case is ignored. A long story is searched for these
    once (``str.find``), rather than each paragraph tested against every group. None
    when the pattern requires no literal that can be told.
    """
    groups = _required(regex)
    if not groups:
        return None
    best = max(groups, key=lambda g: (_selectivity(g), -len(g)))
    return tuple(sorted(set(best)))


# A pattern is tried at its opening literals' places when they are fewer than one in this
# many characters of the story: a try costs about as much as scanning that many.
_CHARS_PER_TRY = 30


def _opening_places(doc: Document, pattern: Pattern) -> dict[int, list[int]] | None:
    """Per part (by its number in ``doc.parts``), the places in its text where a match
    of ``pattern`` can open; None when the pattern is better scanned whole (no opening
    literals known, or they stand too often)."""
    regex = pattern.regex
    if not isinstance(regex, re.Pattern):
        return None  # a newsroom's own pattern runs as it is, under its time limit
    literals = start_literals(regex)
    if literals is None:
        return None
    text = doc.text
    places = literal_places(text, literals, len(text) // _CHARS_PER_TRY)
    if places is None:
        return None
    starts = [part.span.start for part in doc.parts]
    where: dict[int, list[int]] = {}
    for at in places:
        n = bisect_right(starts, at) - 1
        if n >= 0 and at < doc.parts[n].span.end:
            where.setdefault(n, []).append(at - starts[n])
    return where


def _part_matches(
    pattern: Pattern, text: str, opening: dict[int, list[int]] | None, n: int
) -> Iterator[Any]:
    """The matches of ``pattern`` in part ``n``'s ``text``, as ``finditer`` finds them
    (a newsroom's own pattern gives its own match objects)."""
    if opening is None:
        yield from pattern.regex.finditer(text)
    elif n in opening:
        assert isinstance(pattern.regex, re.Pattern)  # no opening places for a user's own
        yield from finditer_from(pattern.regex, text, opening[n])


def _tried(
    live: list[Pattern],
    opening: dict[str, dict[int, list[int]] | None],
    tests: dict[str, _Check | None],
    n: int,
    text: str,
) -> Iterator[tuple[Pattern, dict[int, list[int]] | None]]:
    """The live patterns worth trying on part ``n`` (its ``text``), in order, each with
    its opening places: a pattern whose matches open at a few literals only where one
    stands in the part (most parts have none), and a pattern scanned whole only where the
    part holds a literal of every group its matches require (its prefilter: a match in
    the part holds them in the part, as one in the story does in the story)."""
    story: _Story | None = None
    for pattern in live:
        places = opening[pattern.name]
        if places is not None:
            if n in places:
                yield pattern, places
            continue
        test = tests[pattern.name]
        if test is not None:
            if story is None:
                story = _Story(text)
            if not test(story):
                continue
        yield pattern, None


_ROMAN_RE = re.compile(r"X+")


class _Numerals(NamedTuple):
    """The words beside which a run of Xs is a Roman numeral (pack lists, casefolded)."""

    heads: frozenset[str]  # Bowl, Chapter, Olympiad: "Super Bowl XXX"
    tails: frozenset[str]  # Corps, Olympiad: "XXX Corps"


_TICKER_CONTEXT_RE = re.compile(r"\(\s*(?:[A-Z]{2,6}\s*:\s*)?$")
_AFTER_SENTENCE_RE = re.compile(r"[.!?][\"”’']?\s+\(\s*$")


class PlaceholderText(Rule):
    """Leftover placeholder markers: TK, XXX, [INSERT ...], {{slot}}, lorem ipsum.

    ## What it does
    Finds the marks reporters and templates leave where a fact is still to come:
    `TK` and `TKTK`, `XXX`, bracketed instructions such as `[INSERT NAME]` or `[TK]`,
    unfilled template slots like `{{name}}`, `FILL IN`, dummy `lorem ipsum` text and
    `###` inside a line. Credit lines are read too: `Additional reporting by XX`,
    `Editing by [NAME]` and `Reporting by NAME` are stand-ins, not people. The list is data (`rules/placeholders.toml`) and a newsroom
    can extend it with its own pack. The dateline (`XXX, Nov 4 (TK) -`) and the byline
    (`By XXX`) are read too, and so are marks with a unit joined (`TKbn`, `$XXXm`,
    `XXX-year-old`), figures in Xs (`rose X.X%`) and a mark after a title (`Prime
    Minister XXX said`: no Roman numeral). `TK` inside a word, in a name (`TK Elevator`),
    as a ticker in parentheses (`(TK)`, `(NYSE: TK)`), Roman numerals
    beside a word that numbers its kind (`Super Bowl XXX`, `XXX Corps`: the pack's
    `roman-numeral-heads` and `-tails`), a rating (`rated XXX`) and an item in a list of
    titles (`They are: XXX, Hellboy, ...`) are not placeholders; `XXX` after a given name
    (`said Anna XXX`) is: no king or pope is numbered twenty or thirty.

    ## Why it matters
    A placeholder that ships is a visible error and a correction: readers see
    "killed XXX people" or "said [NAME]". Editors search for them by hand before
    filing; a hook that blocks them is cheaper than a correction.

    ## Example
    ```text
    The ministry said TK soldiers were killed. Additional reporting by [NAME].
    ```
    Both `TK` and `[NAME]` are reported. `TK Elevator said ...` is not.
    """

    code = "WL202"
    name = "placeholder-text"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        words: dict[str, str] = ctx.packs.section(WORDS)
        patterns: dict[str, Pattern] = ctx.packs.section(PATTERNS)
        reported: list[Span] = []
        story = _Story(doc.text)
        # Only the patterns that can match somewhere in the story scan its parts.
        live = [
            p
            for p in patterns.values()
            if not isinstance(p.regex, re.Pattern)
            or (check := prefilter(p.regex)) is None
            or check(story)
        ]
        # A token that is a placeholder word is that word somewhere in the story.
        scan_words = any(w in doc.text for w in words)
        # The copy's parts hold no spelling but the story's (``doc.words``): they are
        # looked through for the placeholder words among those alone, and not read when
        # there are none (nearly every story).
        copy_words = {w: what for w, what in words.items() if w in doc.words} if scan_words else {}
        titles = frozenset(ctx.packs.section(TITLES))
        ratings = frozenset(ctx.packs.section(RATINGS))
        numerals = _Numerals(
            frozenset(w.casefold() for w in ctx.packs.section(NUMERAL_HEADS)),
            frozenset(w.casefold() for w in ctx.packs.section(NUMERAL_TAILS)),
        )
        if scan_words and doc.dateline is not None:
            # "XXX, Nov 4 (TK) -": a dateline holds a place, a day and an agency, never a
            # ticker or a numeral, so a mark there is one. It is part of no part.
            span = doc.dateline.span
            for tok in tokenize(doc.slice(span), span.start):
                if tok.text in words:
                    reported.append(tok.span)
                    yield self.diagnostic(
                        tok.span, f"placeholder left in the copy: {words[tok.text]} `{tok.text}`"
                    )
        # Where a live pattern's matches can open (`[` for `[INSERT NAME]`), when every
        # match opens with one of a few literals the story holds seldom: the parts
        # without one are not scanned, the others tried there alone.
        opening = {p.name: _opening_places(doc, p) for p in live}
        tests = {
            p.name: prefilter(p.regex) if isinstance(p.regex, re.Pattern) else None for p in live
        }
        for n, part in enumerate(doc.parts):
            if part.kind not in _SCANNED:
                continue
            if part.kind is PartKind.META and part.text.startswith("---"):
                continue  # front matter: the file's metadata, not copy
            text = part.text
            base = part.span.start
            for pattern, places in _tried(live, opening, tests, n, text):
                # A pattern may name the part to report as its `slot` group.
                group = "slot" if "slot" in pattern.regex.groupindex else 0
                for m in _part_matches(pattern, text, places, n):
                    if m.start(group) < 0:
                        continue  # an optional `slot` group that took no part in this match
                    span = Span(base + m.start(group), base + m.end(group))
                    if any(s.overlaps(span) for s in reported):
                        continue
                    reported.append(span)
                    yield self.diagnostic(
                        span,
                        f"placeholder left in the copy: {pattern.message} `{m.group(group).strip()}`",
                    )
            sought = copy_words if part.kind in COPY_KINDS else words
            if not scan_words or not sought:
                continue
            # The tokens spelled as a placeholder word are found in C, from the part's
            # words: most parts have none, and their tokens are not made. A token so
            # spelled is that word in the part's text: a part without it (one search in
            # C per word) is not read at all.
            held = any(map(text.__contains__, sought))
            hits = words_in(part.texts, sought) if held else []
            tokens = part.tokens if hits else []
            for i in hits:
                tok = tokens[i]
                what = words[tok.text]
                if any(s.overlaps(tok.span) for s in reported):
                    continue
                if self._is_real_use(doc, tokens, i, titles, ratings, numerals):
                    continue
                yield self.diagnostic(
                    tok.span, f"placeholder left in the copy: {what} `{tok.text}`"
                )

    @staticmethod
    def _is_real_use(
        doc: Document,
        tokens: list[Token],
        i: int,
        titles: frozenset[str],
        ratings: frozenset[str],
        numerals: _Numerals,
    ) -> bool:
        tok = tokens[i]
        before = doc.text[max(0, tok.start - 12) : tok.start]
        after = doc.text[tok.end : tok.end + 12]
        # A ticker: "(TK)", "(NYSE: TK)", "(TK.N)". A ticker follows its firm's name; a
        # bracket after a closed sentence ('... he said. (TK)') is a mark for what is to come.
        if (
            _TICKER_CONTEXT_RE.search(before)
            and re.match(r"(?:\.[A-Z]{1,3})?\s*\)", after)
            and not _AFTER_SENTENCE_RE.search(before)
        ):
            return True
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        adjacent_next = nxt is not None and doc.text[tok.end : nxt.start] in (" ", "\u00a0")
        if prev is not None and prev.text.casefold() in ratings and _ROMAN_RE.fullmatch(tok.text):
            return True  # "rated XXX": a film's rating
        roman = _ROMAN_RE.fullmatch(tok.text) is not None
        # Part of a name: "TK Elevator", "TK Maxx"; a numeral opening one: "XXX Corps".
        # A run of Xs before any other name stands for a word of it ("XXX Smith said").
        if adjacent_next and nxt is not None and nxt.shape is TokenShape.CAPITALIZED:
            return not roman or nxt.text.casefold() in numerals.tails
        # A Roman numeral after the word that numbers its kind: "Super Bowl XXX",
        # "Chapter XX". After a title ("Prime Minister XXX", "Mr XXX"), a given name
        # ("said Tom XXX") or a word opening a sentence ("About XXX trains") the mark
        # stands for what is to come.
        if (
            roman
            and prev is not None
            and prev.shape is TokenShape.CAPITALIZED
            and doc.text[prev.end : tok.start] == " "
            and prev.text not in titles
            and prev.text.casefold() in numerals.heads
            and not (prev.sentence_start and prev.text.casefold() in STOPWORDS)
        ):
            return True
        # One item of a list of titles or names: "They are: XXX, Hellboy, Resident Evil".
        if (
            nxt is not None
            and nxt.shape is TokenShape.CAPITALIZED
            and re.fullmatch(r",\s", doc.text[tok.end : nxt.start])
            and re.search(r"[:,]\s*$", before)
        ):
            return True
        # An all-caps line (a subhead or Reuters-style headline) is words, not marks,
        # unless the mark stands alone there.
        return bool(
            prev is not None
            and prev.shape is TokenShape.UPPER
            and nxt is not None
            and nxt.shape is TokenShape.UPPER
        )
