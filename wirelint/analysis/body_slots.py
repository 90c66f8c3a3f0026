"""Brand slots in body copy: where a story names its own agency in a sentence.

"a senior official told Reuters", "according to a Reuters tally", "seen by Reuters",
"Reuters could not independently verify", "a Reuters reporter saw". The phrases are pack
data (``body-brand-slots`` in ``rules/brand-slots.toml``), each with examples its pattern
must match and text it must not: a pack that contradicts its own examples does not load.

This module finds the slots and the story's other uses of a word as a name; WL201
decides what a word in a slot is.
"""

from __future__ import annotations

import operator
import re
from array import array
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain, compress, repeat, starmap
from pathlib import Path
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

from wirelint import _cache
from wirelint.analysis.brands import BrandSlot
from wirelint.analysis.regex_starts import finditer_from, literal_places, sparse, start_literals
from wirelint.analysis.words import norm
from wirelint.document.model import (
    Document,
    Part,
    PartKind,
    TokenShape,
    word_shape,
    words_in,
)
from wirelint.document.span import Span
from wirelint.document.wordindex import PartWords, part_words
from wirelint.packs import PackValueError, checks_examples, register_section

BODY_SLOTS = "body-brand-slots"
SLOT_NOT_BRANDS = "slot-not-brands"
OUTLET_PARTS = "outlet-parts"
PLACEHOLDER_NAME_ENDS = "placeholder-name-ends"
PAPER_NAME_ENDS = "paper-name-ends"
FIRM_NAME_ENDS = "firm-name-ends"
TWO_WORD_SLOTS = "two-word-slots"
GIVEN_NAME_WORDS = "given-name-words"
PLACE_NAME_ENDS = "place-name-ends"

# One capitalised word of a brand: letters, digits, `&` and hyphens; a full stop only
# inside an abbreviation (L.P.), an apostrophe only inside a word (never the possessive).
_WORD = r"[A-Z](?:[\w&-]|\.(?=\w)|['’](?!s\b)\w)*"
# A capitalised word that opens a sentence ("But", "When") is not the brand's first word.
_OPENERS = (
    r"(?:But|And|Or|So|Yet|Then|Also|Now|Meanwhile|However|In|On|At|As|If|When|While|After|"
    r"Before|Still|Even|Only|Later|Earlier|He|She|It|They|We|I|You|This|That|Both|Last|Next)"
)
# The capital first: a position without one fails at once, before the opener test.
BRAND_GROUP = rf"(?P<brand>(?=[A-Z])(?!{_OPENERS}\b){_WORD}(?:[ ]{_WORD}){{0,2}})"
# One word only, for forms whose brand is followed by the outlet's own words ("BBC One",
# "BBC Radio 4"): "World War Two" must not make "World War" a brand.
BRAND_WORD_GROUP = rf"(?P<brand>(?=[A-Z])(?!{_OPENERS}\b){_WORD})"
_EXAMPLE_RE = re.compile(r"\[([^\[\]]+)\]")


@dataclass(frozen=True)
class SlotPattern:
    name: str
    regex: re.Pattern[str]
    strong: bool
    #: Evidence only: a word here is a placeholder when another slot of the story agrees.
    hint: bool = False
    #: A form only a news outlet takes ("BBC One's", "told the BBC News website").
    outlet: bool = False
    #: A form a story writes of its own newsroom's reporting ("Wikinews caught up with",
    #: "Reuters' calculations"), where a person may stand but no firm the story quotes.
    newsroom: bool = False


def _strings(entry: dict[str, Any], key: str, name: str) -> list[str]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise PackValueError(name, f"`{key}` must be a list of strings")
    return value


def _check_examples(name: str, regex: re.Pattern[str], entry: dict[str, Any]) -> None:
    """Every example matches with its [bracketed] words as the brand; no not-example matches."""
    examples = _strings(entry, "examples", name)
    if not examples:
        raise PackValueError(name, "needs at least one example with the brand in [brackets]")
    for example in examples:
        marked = _EXAMPLE_RE.search(example)
        if marked is None:
            raise PackValueError(name, f"example {example!r} has no [bracketed] brand")
        text = example[: marked.start()] + marked.group(1) + example[marked.end() :]
        want = (marked.start(), marked.start() + len(marked.group(1)))
        if not any(m.span("brand") == want for m in regex.finditer(text)):
            raise PackValueError(
                name, f"pattern does not find `{marked.group(1)}` in its example {example!r}"
            )
    for counter in _strings(entry, "not-examples", name):
        m = regex.search(counter)
        if m is not None:
            raise PackValueError(
                name, f"pattern matches its not-example {counter!r} (at {m.group()!r})"
            )


_SLOT_KEYS = frozenset(
    {"pattern", "strength", "examples", "not-examples", "outlet", "words", "newsroom"}
)


def _validate_slots(value: Any, path: Path) -> dict[str, SlotPattern]:
    out: dict[str, SlotPattern] = {}
    for name, entry in value.items():
        if not isinstance(entry, dict):
            raise PackValueError(name, "expected a table with `pattern`, `strength`, `examples`")
        unknown = set(entry) - _SLOT_KEYS
        if unknown:
            raise PackValueError(name, f"unknown key(s) {', '.join(sorted(unknown))}")
        pattern, strength = entry.get("pattern"), entry.get("strength", "weak")
        if not isinstance(pattern, str) or pattern.count("{brand}") != 1:
            raise PackValueError(name, "`pattern` must be a string with one `{brand}` slot")
        if strength not in ("strong", "weak", "hint"):
            raise PackValueError(name, '`strength` must be "strong", "weak" or "hint"')
        outlet, words = entry.get("outlet", False), entry.get("words", 3)
        newsroom = entry.get("newsroom", False)
        if not isinstance(outlet, bool) or not isinstance(newsroom, bool):
            raise PackValueError(name, "`outlet` and `newsroom` must be true or false")
        if words not in (1, 3):
            raise PackValueError(name, "`words` (the brand's most words) must be 1 or 3")
        group = BRAND_GROUP if words == 3 else BRAND_WORD_GROUP
        try:
            # Compiled once per machine (wirelint._cache.regex): long, and read every run.
            regex = _cache.regex(pattern.replace("{brand}", group, 1), re.MULTILINE)
        except re.error as exc:
            raise PackValueError(name, f"bad regular expression: {exc}") from None
        if checks_examples(path):
            _check_examples(name, regex, entry)
        out[name] = SlotPattern(
            name,
            regex,
            strength == "strong",
            hint=strength == "hint",
            outlet=outlet,
            newsroom=newsroom,
        )
    return out


register_section(
    BODY_SLOTS,
    "table",
    "phrases in body copy where the story names its own agency (WL201)",
    _validate_slots,
)
register_section(
    SLOT_NOT_BRANDS, "strings", "capitalised words a body brand slot holds without a brand"
)
register_section(
    PLACEHOLDER_NAME_ENDS,
    "strings",
    "template words that, ending a name of several words, make it a placeholder (WL201)",
)
register_section(
    FIRM_NAME_ENDS,
    "strings",
    "words a firm's or a body's name of two words ends with: Nomura Research (WL201)",
)
register_section(
    TWO_WORD_SLOTS,
    "strings",
    "body brand slots where two English or coined words are a two-word stand-in (WL201)",
)
register_section(
    GIVEN_NAME_WORDS,
    "strings",
    "given names that are English words too: Rose Hill is a person (WL201)",
)
register_section(
    PLACE_NAME_ENDS,
    "strings",
    "words a place's name of two words ends with: Capitol Hill (WL201)",
)
register_section(
    PAPER_NAME_ENDS,
    "strings",
    "words a paper's or agency's name of two words ends with: Saudi Gazette (WL201)",
)
register_section(
    OUTLET_PARTS,
    "strings",
    "words after a brand that name its channels, services and desks: BBC One, BBC Sport (WL201)",
)


@dataclass(frozen=True)
class BodySlot(BrandSlot):
    """A brand slot in a sentence of the body; ``phrase`` is the whole matched phrase."""

    phrase: str = ""
    pattern: str = ""
    #: The brand's first word opens its sentence: its capital says nothing.
    sentence_start: bool = False
    #: Only evidence-only patterns ("hint") found this slot.
    hint: bool = False
    #: A form only a news outlet takes found it ("BBC One's", "the BBC News website").
    outlet: bool = False
    #: A form of the newsroom's own reporting found it ("X caught up with", "X' count").
    newsroom: bool = False
    #: The capitalised words and numbers right after the brand ("One", "Radio 4"): an
    #: outlet's full name ("Channel 4", "Sky One") is looked up with them.
    tail: str = ""

    @property
    def where(self) -> str:
        return f"the body (`{self.phrase}`)"


_BODY_KINDS = frozenset({PartKind.PARAGRAPH, PartKind.BULLET, PartKind.SUBHEAD})
# Headlines hold brand slots too: "Wikinews interviews Jo Jorgensen", "Astronomer tells
# Wikinews about ...". Only the slots are read there; a headline's words are not the
# story's names.
_SLOT_KINDS = _BODY_KINDS | {PartKind.HEADLINE}


def body_brand_slots(
    doc: Document,
    patterns: Iterable[SlotPattern],
    taken: Iterable[Span] = (),
    desks: frozenset[str] = frozenset(),
) -> list[BodySlot]:
    """The body's brand slots, in order, one per brand span, outside the ``taken`` spans.

    A brand that is one of an outlet's ``desks`` after a name ("Zentrix Media One's") is
    read with the name: the name is the brand's first word, not a longer name's.
    """
    parts = [p for p in doc.parts if p.kind in _SLOT_KINDS]
    busy = sorted(taken)
    found: dict[Span, BodySlot] = {}
    for part, hits in zip(parts, _part_hits(doc, parts, tuple(patterns), desks), strict=True):
        base = part.span.start
        for hit in hits:
            pattern = hit.pattern
            span = Span(base + hit.start, base + hit.end)
            if _overlaps(busy, span):
                continue
            old = found.get(span)
            rank = _rank(pattern.strong, pattern.hint)
            if old is not None and _rank(old.strict, old.hint) >= rank:
                if (pattern.outlet and not old.outlet) or (pattern.newsroom and not old.newsroom):
                    found[span] = replace(
                        old,
                        outlet=old.outlet or pattern.outlet,
                        newsroom=old.newsroom or pattern.newsroom,
                    )
                continue  # one slot per span; the strongest reading wins
            found[span] = BodySlot(
                "body",
                span,
                hit.brand,
                pattern.strong,
                True,
                phrase=hit.phrase,
                pattern=pattern.name,
                sentence_start=hit.sentence_start,
                hint=pattern.hint,
                outlet=pattern.outlet or (old is not None and old.outlet),
                newsroom=pattern.newsroom or (old is not None and old.newsroom),
                tail=hit.tail,
            )
    return _one_per_mention(found.values())


class _Hit(NamedTuple):
    """A pattern's match in one part, as the part's own text tells it (offsets in the
    part): what ``body_brand_slots`` makes a slot of where no ``taken`` span covers it."""

    pattern: SlotPattern
    start: int
    end: int
    brand: str
    phrase: str
    sentence_start: bool
    tail: str


def _part_hits(
    doc: Document, parts: list[Part], patterns: tuple[SlotPattern, ...], desks: frozenset[str]
) -> list[tuple[_Hit, ...]]:
    """Each part's ``_Hit``s, in the order the part's scan finds them (the patterns in
    their order, each pattern's matches in the text's).

    A part's hits depend on its text, the patterns and the ``desks`` alone (every test
    reads the part's text, never the story around it), so they are kept by the part's
    text (``_HITS``): a language server's re-lint after an edit scans the edited
    paragraph only. The parts not kept are chosen and scanned as before, among
    themselves (``_worth_scanning``).
    """
    if len(parts) > _HITS_KEPT:
        # More parts than are kept: a long story, which no server re-lints; none is
        # looked up or kept, and every part is scanned as it always was.
        return _scanned(doc, parts, patterns, desks)
    kept = _hits_kept(patterns, desks)
    texts = [part.text for part in parts]
    out: list[tuple[_Hit, ...] | None] = list(map(kept.get, texts))
    missed = [i for i, hits in enumerate(out) if hits is None]
    if missed:
        scanned = _scanned(doc, [parts[i] for i in missed], patterns, desks)
        for i, hits in zip(missed, scanned, strict=True):
            out[i] = kept[texts[i]] = hits
        _trim(kept, _HITS_KEPT)
    return out  # type: ignore[return-value]


def _scanned(
    doc: Document, parts: list[Part], patterns: tuple[SlotPattern, ...], desks: frozenset[str]
) -> list[tuple[_Hit, ...]]:
    """Each part's ``_Hit``s: the parts chosen and scanned among themselves
    (``_worth_scanning``); a part no pattern is worth trying on has none."""
    out: list[tuple[_Hit, ...]] = [()] * len(parts)
    number = {id(part): i for i, part in enumerate(parts)}
    for part, scans in _worth_scanning(doc, parts, patterns):
        out[number[id(part)]] = tuple(_scan_part(part.text, scans, desks))
    return out


def _trim(kept: dict[Any, Any], most: int) -> None:
    """Keep the ``most`` newest entries of ``kept`` (a dict, oldest first). Rebuilt at
    once: a dict's first entries deleted one at a time leave holes that every later
    search for its first entry walks past, a step per part of a long story each."""
    if len(kept) > most:
        newest = list(kept.items())[-most:]
        kept.clear()
        kept.update(newest)


def _scan_part(
    text: str, scans: list[tuple[SlotPattern, list[int] | None]], desks: frozenset[str]
) -> Iterator[_Hit]:
    """The hits of each pattern ``scans`` lists, tried at its places (None: everywhere)."""
    for pattern, places in scans:
        matches = (
            pattern.regex.finditer(text)
            if places is None
            else finditer_from(pattern.regex, text, places)
        )
        for m in matches:
            start = m.start("brand")
            if _inside_name(text, start):
                start = _name_before_desk(text, start, m.group("brand"), desks)
            if start < 0:
                continue
            end = m.end("brand")
            yield _Hit(
                pattern,
                start,
                end,
                text[start:end],
                " ".join(text[min(start, m.start()) : m.end()].split()),
                _opens_sentence(text, start),
                _TAIL_RE.match(text, end).group(1),  # type: ignore[union-attr]
            )


#: Per pack of patterns and desks, the hits of recently scanned parts by the part's text,
#: oldest first. A few packs at most (a server linting under two configs); a pack is found
#: by its patterns' identities (a pattern's hash reads its whole compiled program), and
#: the patterns are kept with it, so an identity is never another pattern's.
_KeptHits = dict[str, tuple[_Hit, ...]]
_HITS: dict[tuple[int, ...], tuple[tuple[SlotPattern, ...], frozenset[str], _KeptHits]] = {}
_HITS_KEPT = 2048
_PACKS_KEPT = 4


def _hits_kept(patterns: tuple[SlotPattern, ...], desks: frozenset[str]) -> _KeptHits:
    key = (*map(id, patterns), id(desks))
    got = _HITS.get(key)
    if got is not None and got[1] == desks and all(map(operator.is_, got[0], patterns)):
        return got[2]
    while len(_HITS) >= _PACKS_KEPT:
        del _HITS[next(iter(_HITS))]
    kept: _KeptHits = {}
    _HITS[key] = (patterns, desks, kept)
    return kept


def forget_hits() -> None:
    """Drop the kept hits (a test scanning the same parts another way)."""
    _HITS.clear()


def _worth_scanning(
    doc: Document, parts: list[Any], patterns: Iterable[SlotPattern]
) -> list[tuple[Any, list[tuple[SlotPattern, list[int] | None]]]]:
    """Each part with the patterns worth trying on it ("told X" where "told" stands), and
    for a pattern every match of which opens with one of a few literals ("told",
    "polled": ``regex_starts``), the places in the part where one stands: the pattern is
    tried there alone (None: scanned as a whole).

    WL202's prefilter says what every match of a pattern contains. Testing each of a long
    story's paragraphs against every pattern's literals costs more than the scans it
    saves, so the parts holding a literal of word characters are read from the story's
    word index (``part_words``, exact for such literals), the other literals from one
    search of the story when seldom (``_parts_holding``), and only a pattern requiring
    literals more common than that tests its candidate parts in full. Every part the
    prefilter passes is scanned, and only a few it would not (a part lacking a literal
    that stands in about every part): a part lacking a literal the pattern requires
    holds no match, so the slots found are the same.
    """
    from wirelint.rules.wl202_placeholder_text import _Story

    plans = _scan_plans(doc, parts, patterns)
    out: list[tuple[Any, list[tuple[SlotPattern, list[int] | None]]]] = []
    for i, plans_here in _plans_by_part(plans, len(parts)):
        part = parts[i]
        # Part by part, the patterns in their order: a part's text for the full tests
        # is read once and let go before the next part's (not a copy of every part).
        story: _Story | None = None
        scans: list[tuple[SlotPattern, list[int] | None]] = []
        # Patterns share groups of literals ("'s") and openings ("the", "told"): each is
        # read once per part.
        answers: dict[Any, bool] = {}
        places_of: dict[tuple[str, ...], list[int] | None] = {}
        for pattern, _, tests, opening in plans_here:
            if story is None:
                story = _Story(part.text)
            if tests and not all(_held(answers, key, test, story) for key, test in tests):
                continue
            places = None
            if opening is not None:
                if opening not in places_of:
                    most = len(story.text) // _CHARS_PER_TRY
                    places_of[opening] = literal_places(story.text, opening, most)
                places = places_of[opening]
                if places == []:
                    continue  # no match can open anywhere in the part
            if places is None and not _tail_held(pattern, story.text):
                continue  # no brand has the pattern's words after it
            scans.append((pattern, places))
        if scans:
            out.append((part, scans))
    return out


def _tail_held(pattern: SlotPattern, text: str) -> bool:
    """Whether ``text`` holds the words the pattern requires right after its brand
    (``_tail``): a part scanned in full for a pattern that may open anywhere (at any
    capital) is first searched for its tail (`understands`, `has learned` after a
    capitalised word), which `re` reads several times faster than the whole pattern,
    and which few parts hold."""
    tail = _tail(pattern.regex)
    return tail is None or tail.search(text) is not None


@lru_cache(maxsize=256)
def _tail(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """The brand's last word and what follows the brand's group in ``regex``, as a
    pattern of its own; None when it cannot be told alone.

    Every match of ``regex`` holds a match of it, from where its brand's last word
    begins, when the brand stands outside any group and no `|` at the top of the pattern
    offers a way around it, and the tail refers to no group before it (a back reference,
    a conditional). The brand ends with a word of ``_WORD`` (its only word, or the last
    of up to three), which opens the tail here: "report" after any word holds in most
    parts, "report" after a capitalised word ("a Portal report") in few. It is compiled
    with the pattern's own flags, and it is searched in the same text as the pattern,
    the word's and the tail's look arounds seeing the same characters: only a part where
    the pattern cannot match is left unscanned.
    """
    source = regex.pattern
    for group in (BRAND_GROUP, BRAND_WORD_GROUP):
        at = source.find(group)
        if at >= 0:
            break
    else:
        return None
    before, after = source[:at], source[at + len(group) :]
    if (
        not after
        or regex.flags & re.VERBOSE
        or _top_level(before) != (0, False)
        or _top_level(after) != (0, False)
        or _REFERENCE_RE.search(after) is not None
    ):
        return None
    # Compiled once per machine (wirelint._cache.regex), as the pattern is.
    return _cache.regex(_WORD + after, regex.flags)


# A back reference or a conditional on a group: a tail reading them is not its own.
_REFERENCE_RE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _top_level(source: str) -> tuple[int, bool] | None:
    """How many groups a stretch of pattern source leaves open, and whether it has a `|`
    outside every group; None when it closes one it did not open. Escapes and
    character classes (`[)|]`) are read past."""
    depth, bar, in_class = 0, False, False
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            # A "]" first in the class ("[]x]", "[^]x]") is one of its characters.
            i += 1 + source.startswith("^", i + 1)
            i += source.startswith("]", i)
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            bar = True
        i += 1
    return depth, bar


def _plans_by_part(plans: list[_Plan], size: int) -> Iterator[tuple[int, list[_Plan]]]:
    """Each part's number with the plans whose word index allows it, in the plans' order;
    parts no plan allows are left out.

    A long story's parts each hold the literals of a few patterns only: a part read
    against every plan in turn costs a step per part and pattern (a long story's
    paragraphs times seventy patterns), where a plan's allowed parts, read from its byte
    flags in C (``compress``), cost a step per part it allows. The plans are taken in
    their order, so each part's list keeps the order the part would read them in.
    """
    lists: list[list[_Plan]] = [[] for _ in range(size)]
    every = range(size)
    for plan in plans:
        picked = plan[1]
        chosen = every if picked is None else compress(every, picked)
        # ``lists[i].append(plan)`` for each chosen part, in C loops.
        deque(map(list.append, map(lists.__getitem__, chosen), repeat(plan)), maxlen=0)
    return ((i, held) for i, held in enumerate(lists) if held)


# A plan per pattern: the pattern, the parts the word index allows (a byte per part, 1 where
# allowed; None: every part), the tests of the part's text for the rest, each with its key,
# and the literals every match opens with (None: the pattern is scanned).
_Plan = tuple[SlotPattern, bytes | None, list[tuple[Any, Any]], tuple[str, ...] | None]


def _scan_plans(doc: Document, parts: list[Any], patterns: Iterable[SlotPattern]) -> list[_Plan]:
    """Per pattern, what ``_worth_scanning`` asks of each part.

    The prefilter is every group of literals the pattern requires held: the groups the
    index answers for, and the seldom ones a search of the story finds, choose the parts
    (``doc.parts`` are in the story's order, so their starts are sorted for
    ``_parts_holding``), and only the others are tested part by part.
    Openings too common in prose to try the pattern at are left out here, once, as
    ``literal_places`` would give None for them in every part.
    """
    from wirelint.rules.wl202_placeholder_text import _checker, _required, prefilter

    patterns = list(patterns)
    required = {
        pattern: _required(pattern.regex) if prefilter(pattern.regex) is not None else []
        for pattern in patterns
    }
    # The index lists the spellings holding the literals it is asked for alone.
    indexed = {
        literal
        for groups in required.values()
        for group in groups
        if _indexed(group)
        for literal in group
    }
    index = part_words(doc, _SLOT_KINDS, indexed, parts)
    plans: list[_Plan] = []
    size = len(parts)
    checkers: dict[tuple[tuple[str, bool], ...], Any] = {}  # one per group of literals
    # Per group of other literals, the parts that may hold one, read from the story once.
    holding: dict[tuple[tuple[str, bool], ...], int | None] = {}
    starts = [part.span.start for part in parts]
    for pattern in patterns:
        chosen: int | None = None
        tests = []
        for group in required[pattern]:
            if not _indexed(group):
                key = tuple(group)
                if key not in holding:
                    holding[key] = _parts_holding(doc.text, starts, group)
                held = holding[key]
                if held == _EVERYWHERE:
                    continue  # no test: a part lacking the literal is scanned for nothing
                if held is not None:
                    chosen = held if chosen is None else chosen & held
                    continue
                if key not in checkers:
                    checkers[key] = _checker(group)
                tests.append((key, checkers[key]))
                continue
            # The parts as numbers whose byte i is 1 where part i is chosen.
            held = 0
            for t, ci in group:
                held |= int.from_bytes(index.holding_flags(t, ci), "little")
            chosen = held if chosen is None else chosen & held
        flags = None if chosen is None else chosen.to_bytes(size, "little")
        opening = start_literals(pattern.regex)
        if opening is not None and not sparse(opening):
            opening = None
        plans.append((pattern, flags, tests, opening))
    return plans


def _indexed(group: list[tuple[str, bool]]) -> bool:
    """Whether the word index answers for a group of literals: each long enough, and of
    word characters only."""
    return all(PartWords.indexable(t) and len(t) >= _INDEXED_LENGTH for t, _ in group)


def _parts_holding(text: str, starts: list[int], group: list[tuple[str, bool]]) -> int | None:
    """How the parts (by their ``starts`` in the story's ``text``) holding one of the
    ``group``'s literals are chosen: a number whose byte i is 1 for each part that may hold
    one, for literals seldom in the story; ``_EVERYWHERE`` for literals in about every
    part (a letter, a space), not worth a test; None where each candidate part is better
    tested on its own (``_checker``), as for literals whose case is ignored.

    How often the literals stand is told from the story's opening stretch: the choice
    changes only what is scanned, never what is found. A part is chosen when a place of
    a literal is in it, found by one search of the story per literal and given to the
    part starting at or before it, in C loops. A part chosen that holds none (a place in
    a dateline between two parts) is only scanned for nothing, as the pattern requires a
    literal the part lacks: only a part holding none may be left out. A literal that may
    overlap itself (`((` in `(((`) is found only where the one before it ends, so its
    last character's part is chosen too: a part holding a place skipped so holds that
    character.
    """
    sample = text[:_SAMPLE]
    seen = sum(sample.count(t) for t, _ in group)
    if seen * _CHARS_PER_LITERAL > len(sample):
        return _EVERYWHERE
    if any(ci for _, ci in group) or seen * len(text) > len(sample) * len(starts):
        return None  # more than one a part: tested where the word index left a part
    flags = bytearray(len(starts) + 1)  # byte 0: places before the first part
    for literal, _ in group:
        places = list(map(re.Match.start, re.finditer(re.escape(literal), text)))
        ends = [p + len(literal) - 1 for p in places] if _overlaps_itself(literal) else []
        owners = map(bisect_right, repeat(starts), chain(places, ends))
        deque(map(flags.__setitem__, owners, repeat(1)), maxlen=0)
    return int.from_bytes(flags[1:], "little")


def _overlaps_itself(literal: str) -> bool:
    """Whether two places of ``literal`` may overlap: it ends as it begins (`((`, `aba`)."""
    return any(literal.startswith(literal[k:]) for k in range(1, len(literal)))


# A literal group standing more than once in this many characters of the story is in
# about every part: choosing parts by it saves no scan.
_CHARS_PER_LITERAL = 40
# The opening stretch of a story read to tell how often a group of literals stands.
_SAMPLE = 1 << 16
#: ``_parts_holding``'s answer for literals in about every part.
_EVERYWHERE = -1


def _held(answers: dict[Any, bool], key: Any, test: Any, story: Any) -> bool:
    """``test(story)``, kept in ``answers`` under ``key``: the part's other patterns ask too."""
    got = answers.get(key)
    if got is None:
        got = answers[key] = test(story)
    return got


# A literal this long or longer is looked up in the word index; a single character ("a",
# "s") stands in nearly every part, where a test of the part finds it within a few
# characters, and its entry in the index would list most of the story's spellings.
_INDEXED_LENGTH = 2

# A pattern is tried at its opening literals' places when they are fewer than one in this
# many characters of the part: a try costs about as much as scanning that many.
_CHARS_PER_TRY = 30


def _one_per_mention(slots: Iterable[BodySlot]) -> list[BodySlot]:
    """Overlapping slots are one mention: "told Portal One" and "Portal One's" keep one.

    The strongest reading wins, then the shorter brand (the word itself, not the word and
    the channel); an outlet form found by either makes the kept slot an outlet form.
    """
    ranked = sorted(slots, key=lambda s: (-_rank(s.strict, s.hint), -s.outlet, len(s.text)))
    kept: dict[Span, BodySlot] = {}
    spans: list[Span] = []  # the kept spans, in order: none overlaps another
    for slot in ranked:
        i = bisect_right(spans, slot.span)
        twins = [s for s in spans[max(0, i - 1) : i + 1] if _meet(s, slot.span)]
        if not twins:
            insort(spans, slot.span)
            kept[slot.span] = slot
        else:
            twin = kept[twins[0]]
            if (slot.outlet and not twin.outlet) or (slot.newsroom and not twin.newsroom):
                kept[twins[0]] = replace(
                    twin, outlet=twin.outlet or slot.outlet, newsroom=twin.newsroom or slot.newsroom
                )
    return [kept[s] for s in spans]


def _meet(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _rank(strong: bool, hint: bool) -> int:
    return 2 if strong else 0 if hint else 1


# Up to three capitalised words or numbers after a brand: "One", "Radio 5 Live", "4 News".
_TAIL_RE = re.compile(r"((?:[ ](?:[A-Z][\w&-]*|\d+)){0,3})")
_NAME_BEFORE_RE = re.compile(r"(?:^|[\s(“\"])([A-Z][\w'’&.-]*)[ ]$")


def _inside_name(text: str, at: int) -> bool:
    """Whether a capitalised word, not opening the sentence, stands right before ``at``.

    "World War Two", "Air Force One": the brand's word is a later word of a longer name.
    """
    m = _NAME_BEFORE_RE.search(text, max(0, at - 40), at)
    if m is None or m.group(1) in ("The", "A", "An") or m.group(1).endswith(("'s", "’s")):
        return False  # "Friday's Portal One show": a possessive ends the name before it
    if m.group(1).endswith(".") and "." not in m.group(1)[:-1] and len(m.group(1)) > 4:
        return False  # "Kazakhstan. Portal attended": a full stop ends the sentence
    return not _opens_sentence(text, m.start(1))


def _name_before_desk(text: str, at: int, brand: str, desks: frozenset[str]) -> int:
    """Where the name before a desk word starts ("Zentrix" in "Zentrix Media One's"), or
    -1 when the brand is no desk or that name is itself inside a longer one."""
    m = _NAME_BEFORE_RE.search(text, max(0, at - 40), at)
    if " " in brand or norm(brand) not in desks or m is None or _inside_name(text, m.start(1)):
        return -1
    return m.start(1)


def _overlaps(spans: list[Span], span: Span) -> bool:
    i = bisect_right(spans, span)
    return any(s.start < span.end and span.start < s.end for s in spans[max(0, i - 1) : i + 1])


def _opens_sentence(text: str, at: int) -> bool:
    """Whether only white space, quotes, brackets or "The" stand between ``at`` and a sentence end."""
    head = text[max(0, at - 80) : at].rstrip()  # a bounded look back, however long the text
    if head.endswith(("The", "the")):
        head = head[:-3].rstrip()
    head = head.rstrip("\"'“‘(")
    return not head or head[-1] in ".?!:"


def names_outside(
    doc: Document, spans: Iterable[Span], bare: Counter[str] | None = None
) -> Counter[str]:
    """How often the story writes each word capitalised outside ``spans``.

    A person or organisation the story names ("told Putin" after "Vladimir Putin said",
    "according to Smith" after "Robert Smith") is no placeholder; a word that stands only
    in brand slots may be. Words opening a sentence count too ("Smith, a geologist, said").
    ``bare``, when given, counts the uses standing alone after "the" ("the Kiosk said",
    "the Kiosk's"): no capitalised word beside them.
    """
    starts, words, alone, _ = _capital_places(doc)
    busy = sorted(spans)
    # A place is inside the spans when the last span starting at or before it holds it:
    # each span cuts out its places up to the next span's start. The places between the
    # cuts are counted in C, in the story's order (the Counter's order too).
    cuts: list[tuple[int, int]] = []
    for j, span in enumerate(busy):
        end = span.end if j + 1 == len(busy) else min(span.end, busy[j + 1].start)
        if end > span.start:
            first = bisect_left(starts, span.start)
            cuts.append((first, bisect_left(starts, end, first)))
    bounds = [0, *chain.from_iterable(cuts), len(starts)]
    names: Counter[str] = Counter()
    kept = starmap(slice, zip(bounds[::2], bounds[1::2], strict=True))
    names.update(chain.from_iterable(map(words.__getitem__, kept)))
    if bare is not None:
        firsts = [first for first, _ in cuts]
        for n in alone:
            i = bisect_right(firsts, n) - 1
            if i < 0 or n >= cuts[i][1]:
                bare[words[n]] += 1
    return names


#: A capitalised body token right after another capitalised word and one space, not
#: opening its sentence ("Putin" in "Vladimir Putin"): its start, its normalised word, and
#: the word before case-folded when that word opens the sentence (else None).
_NamePairs = tuple["array[int]", list[str], list[str | None]]
#: Per story: its capitalised body tokens in order, as their starts, their normalised words
#: and the places of those standing alone after "the" (no capitalised word beside them),
#: and its name pairs: read once, where WL201 asks ``names_outside`` twice, outside other
#: spans each time, and ``names_after_names`` once (a pass making every part's tokens).
_CapitalPlaces = tuple["array[int]", list[str], list[int], _NamePairs]
_THE_WORDS = frozenset({"the", "The"})


@dataclass(frozen=True)
class _Capitals:
    """What WL201 reads of a story's capitalised tokens, from one pass over its parts."""

    places: _CapitalPlaces
    #: Per normalised word, the numbers (in ``doc.parts``) of the body and headline parts
    #: holding it with a capital first letter, in order, and the spellings that do:
    #: ``name_uses`` finds the tokens in those parts alone.
    parts_of: dict[str, array[int]]
    spellings_of: dict[str, list[str]]


_CAPITALS: WeakKeyDictionary[Document, _Capitals] = WeakKeyDictionary()


def _capital_places(doc: Document) -> _CapitalPlaces:
    return _capitals(doc).places


def _capitals(doc: Document) -> _Capitals:
    """The story's ``_Capitals``, made when first asked.

    Each body and headline part is read once (``_PartCapitals``), or its reading kept
    from an earlier lint is read back by its text (``_part_capitals``); the story's are
    the parts' readings in turn, a kept one's offsets moved to where its part now stands.
    """
    got = _CAPITALS.get(doc)
    if got is not None:
        return got
    starts: array[int] = array("q")
    words: list[str] = []
    alone: list[int] = []
    pairs: _NamePairs = (array("q"), [], [])
    parts_of: defaultdict[str, array[int]] = defaultdict(lambda: array("q"))
    reads = _part_capitals(doc)
    for p, part, read in reads:
        for key in read.keys:
            parts_of[key].append(p)
        if not read.words:
            continue
        first = len(words)
        shift = part.span.start - read.base  # 0 but for a kept part that moved
        starts.extend([at + shift for at in read.starts] if shift else read.starts)
        words.extend(read.words)
        alone.extend([first + n for n in read.alone])
        pairs[0].extend([at + shift for at in read.pairs[0]] if shift else read.pairs[0])
        pairs[1].extend(read.pairs[1])
        pairs[2].extend(read.pairs[2])
    # Each spelling once (in C), then grouped by its word.
    spellings_of: defaultdict[str, list[str]] = defaultdict(list)
    for spelling, key in dict(chain.from_iterable(read.upper for _, _, read in reads)).items():
        spellings_of[key].append(spelling)
    got = _CAPITALS[doc] = _Capitals(
        (starts, words, alone, pairs), dict(parts_of), dict(spellings_of)
    )
    return got


class _PartCapitals(NamedTuple):
    """What ``_capitals`` reads of one body or headline part (never to be changed: a
    kept one is read again)."""

    #: Its distinct spellings with a capital first letter, each with its normalised word,
    #: and those words.
    upper: tuple[tuple[str, str], ...]
    keys: frozenset[str]
    #: Where the part started when read: the offsets below are the story's then.
    base: int
    #: A body part's capitalised tokens: their starts and normalised words, the numbers
    #: (among them) of those standing alone after "the", and its name pairs.
    starts: Sequence[int]
    words: Sequence[str]
    alone: Sequence[int]
    pairs: _NamePairs


_NO_CAPITALS = _PartCapitals((), frozenset(), 0, (), (), (), (array("q"), [], []))


def _part_capitals(doc: Document) -> list[tuple[int, Part, _PartCapitals]]:
    """Each body and headline part's number, the part and its ``_PartCapitals``.

    A part's reading depends on its kind and its text alone (its tokens, its sentences
    and the characters between its tokens are its text's), so it is kept by those
    (``_KEPT_CAPITALS``): a language server's re-lint after an edit reads the edited
    paragraph only. The parts not kept are read with the capitalised spellings of the
    story (``doc.words``, made once per story) or, when they are a few, of theirs:
    a spelling's normalised word and shape are its own, so either gives the same
    readings.
    """
    chosen = [(p, part) for p, part in enumerate(doc.parts) if part.kind in _SLOT_KINDS]
    if len(chosen) > _CAPITALS_KEPT:
        # More parts than are kept: a long story, read whole as it always was.
        reads = _read_parts(doc, [part for _, part in chosen], doc.words)
        return [(p, part, read) for (p, part), read in zip(chosen, reads, strict=True)]
    keys = [(part.kind, part.text) for _, part in chosen]
    kept: list[_PartCapitals | None] = list(map(_KEPT_CAPITALS.get, keys))
    missed = [j for j, read in enumerate(kept) if read is None]
    if missed:
        parts = [chosen[j][1] for j in missed]
        few = len(missed) * 2 < len(chosen)
        spellings = set(chain.from_iterable(p.texts for p in parts)) if few else doc.words
        for j, read in zip(missed, _read_parts(doc, parts, spellings), strict=True):
            kept[j] = _KEPT_CAPITALS[keys[j]] = read
        _trim(_KEPT_CAPITALS, _CAPITALS_KEPT)
    return [(p, part, read) for (p, part), read in zip(chosen, kept, strict=True)]  # type: ignore[misc]


def _read_parts(doc: Document, parts: list[Part], spellings: Iterable[str]) -> list[_PartCapitals]:
    """The ``_PartCapitals`` of ``parts``, whose spellings are among ``spellings``."""
    upper = {w: norm(w) for w in spellings if w[:1].isupper()}
    # The capitalised spellings: every one is among ``upper``.
    capitalized = {w: k for w, k in upper.items() if word_shape(w) is TokenShape.CAPITALIZED}
    return [_read_capitals(doc.text, part, upper, capitalized) for part in parts]


#: The readings of recently read parts by their kind and text, oldest first.
_KEPT_CAPITALS: dict[tuple[PartKind, str], _PartCapitals] = {}
_CAPITALS_KEPT = 2048


def _read_capitals(
    text: str, part: Part, upper: dict[str, str], capitalized: dict[str, str]
) -> _PartCapitals:
    """One part's ``_PartCapitals``, its spellings looked up in ``upper`` and
    ``capitalized`` (each spelling with a capital first letter, or capitalised, with its
    normalised word); ``text`` is the story's."""
    # The spellings alone: a part kept packed makes no tokens here.
    texts = part.texts
    held = words_in(texts, upper)
    if not held:
        return _NO_CAPITALS
    # Each spelling once, with its word, in C loops (a long story reads every part here).
    spellings = list(dict.fromkeys(map(texts.__getitem__, held)))
    keys = list(map(upper.__getitem__, spellings))
    found = _NO_CAPITALS._replace(
        upper=tuple(zip(spellings, keys, strict=True)), keys=frozenset(keys)
    )
    if part.kind not in _BODY_KINDS:
        return found
    # ``words_in(texts, capitalized)``: every capitalised spelling is among ``upper``.
    hits = list(compress(held, map(capitalized.__contains__, map(texts.__getitem__, held))))
    if not hits:
        return found
    # Offsets, not tokens: a long story's parts past the token budget would make all
    # their tokens again here, for a few capitalised words each.
    begins, ends, opening = part.offsets()
    words = list(map(capitalized.__getitem__, map(texts.__getitem__, hits)))
    alone: list[int] = []
    after_the = {k + 1 for k in words_in(texts, _THE_WORDS)}
    for n in compress(range(len(hits)), map(after_the.__contains__, hits)):
        k = hits[n]
        after = texts[k + 1] if k + 1 < len(texts) else ""
        if not after[:1].isupper() or text[ends[k] : begins[k + 1]].strip():
            alone.append(n)
    pairs: _NamePairs = (array("q"), [], [])
    _add_name_pairs(pairs, text, (texts, begins, ends, set(opening)), hits, words)
    return found._replace(
        base=part.span.start,
        starts=list(map(begins.__getitem__, hits)),
        words=words,
        alone=alone,
        pairs=pairs,
    )


def _add_name_pairs(
    pairs: _NamePairs,
    text: str,
    part: tuple[list[str], Sequence[int], Sequence[int], set[int]],
    hits: list[int],
    words: list[str],
) -> None:
    """The part's name pairs (``_NamePairs``) among its capitalised tokens ``hits``; the
    part as its spellings, its tokens' starts and ends and those opening a sentence."""
    texts, begins, ends, opening = part
    for k, word in zip(hits, words, strict=True):
        if k == 0:
            continue
        before = texts[k - 1]
        if k in opening or not before[:1].isupper() or text[ends[k - 1] : begins[k]] != " ":
            continue
        pairs[0].append(begins[k])
        pairs[1].append(word)
        pairs[2].append(before.casefold() if k - 1 in opening else None)


def names_after_names(
    doc: Document, spans: Iterable[Span], titles: frozenset[str] = frozenset()
) -> set[str]:
    """Words the story writes right after another name's word, outside ``spans``.

    "Vladimir Putin", "Mr Brown", "the English Channel": the word is a surname or the end
    of a longer name, so a slot holding it ("told Putin") names that person or thing. A
    word followed by more words ("Portal Films") may still be an outlet's own name. A
    title (``titles``, compared case-folded) counts even when it opens the sentence.
    """
    busy = sorted(spans)
    starts = [s.start for s in busy]
    found: set[str] = set()
    for start, word, opener in zip(*_capital_places(doc)[3], strict=True):
        if opener is not None and opener not in titles:
            continue
        j = bisect_right(starts, start) - 1
        if j >= 0 and busy[j].start <= start < busy[j].end:
            continue
        found.add(word)
    return found


_WORD_RUN_RE = re.compile(r"\w+")
#: Per story: its runs of word characters. Built once: WL201 asks about many words, and a
#: pass over a long story per word grows with the story's size squared.
_WORD_RUNS: WeakKeyDictionary[Document, frozenset[str]] = WeakKeyDictionary()


def _story_runs(doc: Document) -> frozenset[str]:
    got = _WORD_RUNS.get(doc)
    if got is None:
        got = _WORD_RUNS[doc] = _word_runs(doc.text)
    return got


def _word_runs(text: str) -> frozenset[str]:
    """The distinct runs of word characters in ``text``, read a block at a time (the
    text between blank lines: no run crosses a line break), each block's kept by its
    text (``_KEPT_RUNS``): a language server's re-lint after an edit reads the edited
    paragraph only. A block's runs are its own, so the story's are their union."""
    if text.count("\n\n") >= _RUNS_KEPT:
        # More blocks than are kept: a long story, read a stretch at a time as it always was.
        return frozenset(_stretch_runs(text))
    runs: set[str] = set()
    kept = _KEPT_RUNS
    for block in text.split("\n\n"):
        if len(block) > _STRETCH:
            runs.update(_stretch_runs(block))  # not kept: a block this long is no paragraph
            continue
        got = kept.get(block)
        if got is None:
            got = kept[block] = frozenset(_WORD_RUN_RE.findall(block))
        runs.update(got)
    _trim(kept, _RUNS_KEPT)
    return frozenset(runs)


#: The runs of recently read blocks by their text, oldest first.
_KEPT_RUNS: dict[str, frozenset[str]] = {}
_RUNS_KEPT = 2048
# A stretch of text read at a time for its word runs: a list of every run of a long story
# at once holds a string per word, ten times the story's size.
_STRETCH = 1 << 16


def _stretch_runs(text: str) -> set[str]:
    """``_word_runs`` of a long text, read a stretch at a time (each ends at a line break)."""
    runs: set[str] = set()
    pos, size = 0, len(text)
    while pos < size:
        end = text.find("\n", pos + _STRETCH)
        end = size if end < 0 else end
        runs.update(_WORD_RUN_RE.findall(text, pos, end))
        pos = end
    return runs


def written_as_word(doc: Document, word: str) -> bool:
    r"""Whether the story writes ``word`` (word characters only) as a whole run of word
    characters: a search for ``\bword\b``, answered from the story's runs read once
    (``_story_runs``) instead of a pass over a long story per word."""
    return word in _story_runs(doc)


def name_uses(
    doc: Document, word: str, skip: Iterable[Span], parts: frozenset[str] = frozenset()
) -> Iterator[Span]:
    """Where the story uses ``word`` on its own as a name, outside the ``skip`` spans.

    Not a use: the word in lower case ("the web portal"), inside a longer name ("the
    English Channel", "Channel 4"), or opening a sentence when the story also writes it in
    lower case. A word followed by one of an outlet's own ``parts`` (compared case-folded:
    "Portal One", "Portal News website") is a use: the outlet's name is the word's. A
    possessive ends the name ("the Portal's David Willey"). Opening a sentence after
    "The" ("The Portal said"), or a headline before a lower-case word, a possessive or an
    outlet's part ("Portal poll indicates gloom", "Portal's chief quits"), the word is a
    name as well: no common noun is capitalised there, and the headline writes the brand
    as the body does.
    """
    busy = sorted(skip)
    starts = [s.start for s in busy]
    lowered = word.lower()
    if _WORD_RUN_RE.fullmatch(lowered):
        lower_too = lowered in _story_runs(doc)  # a search for \bword\b, without a pass
    else:
        lower_too = re.search(rf"\b{re.escape(lowered)}\b", doc.text) is not None
    for p, i in _capitalised_uses(doc, {lowered, norm(word)}):
        part = doc.parts[p]
        tokens = part.tokens
        t = tokens[i]
        if (t.text != word and norm(t.text) != lowered) or not t.text[:1].isupper():
            continue
        j = bisect_right(starts, t.start) - 1
        if j >= 0 and busy[j].start <= t.start < busy[j].end:
            continue
        if (
            t.sentence_start
            and (lower_too or part.kind is PartKind.HEADLINE)
            and not (part.kind is PartKind.HEADLINE and _named_at_start(tokens, i, parts))
        ):
            continue
        if _in_longer_name(doc.text, tokens, i, parts):
            continue
        yield t.span


def _capitalised_uses(doc: Document, keys: set[str]) -> Iterator[tuple[int, int]]:
    """The body and headline tokens reading one of ``keys`` once normalised, with a capital
    first letter, as (part number, token number), in story order: the story's index
    (``_capitals``) names the parts holding them and their spellings, and only those
    parts' spellings are read."""
    capitals = _capitals(doc)
    spellings = set(chain.from_iterable(capitals.spellings_of.get(k, ()) for k in keys))
    numbers = sorted(set(chain.from_iterable(capitals.parts_of.get(k, ()) for k in keys)))
    for p in numbers:
        for i in words_in(doc.parts[p].texts, spellings):
            yield p, i


def _named_at_start(tokens: list[Any], i: int, parts: frozenset[str]) -> bool:
    """A headline's first word written as a name: a possessive, or a lower-case word or an
    outlet's part after it ("Portal poll indicates gloom", "Portal's chief", "Portal One")."""
    if _POSSESSIVE_RE.search(tokens[i].text):
        return True
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1].text
    return after[:1].islower() or norm(after) in parts


_POSSESSIVE_RE = re.compile(r"['’]s$")


def _in_longer_name(text: str, tokens: list[Any], i: int, parts: frozenset[str]) -> bool:
    """Whether the i-th token is joined to a capitalised or numbered neighbour (English Channel).

    A following word among ``parts`` ("Portal One") does not join it, nor any word after
    a possessive ("the Portal's David Willey").
    """
    t = tokens[i]
    if i > 0:
        prev = tokens[i - 1]
        gap = text[prev.end : t.start]
        if (
            not t.sentence_start
            and gap.strip() == ""
            and prev.text[:1].isupper()
            and not prev.sentence_start
        ):
            return True
    if i + 1 < len(tokens) and not _POSSESSIVE_RE.search(t.text):
        nxt = tokens[i + 1]
        gap = text[t.end : nxt.start]
        if gap.strip() == "" and (nxt.text[:1].isupper() or nxt.text[:1].isdigit()):
            return norm(nxt.text) not in parts
    return False


# "the " or "The " and the run of word characters after it, read without consuming the
# run: "the the Lookout" holds two places. Written as the literal "he " and a look back at
# the "\b[Tt]" before it: `re` finds a literal opening in C, where a pattern opening with
# `\b` is tried at every place of the story. A match begins at the "h", one after the "the".
_THE_RE = re.compile(r"he (?<=\b[Tt]he )(?=(\w*))")
_THE_KEY = "body_slots.the"


def _the_index(doc: Document) -> tuple[dict[str, list[int]], list[int]]:
    """Where the story writes "the " or "The ", by the word run after it lower-cased (ASCII
    runs), and the places whose run holds other letters (compared with every word)."""
    got: tuple[dict[str, list[int]], list[int]] | None = doc.cache.get(_THE_KEY)
    if got is None:
        where: defaultdict[str, list[int]] = defaultdict(list)
        other: list[int] = []
        for m in _THE_RE.finditer(doc.text):
            run, at = m.group(1), m.start() - 1  # the "the"'s place
            if run.isascii():
                where[run.lower()].append(at)
            else:
                other.append(at)
        got = doc.cache[_THE_KEY] = (dict(where), other)
    return got


def after_the(doc: Document, word: str, rest: str = "") -> Iterator[re.Match[str]]:
    r"""The matches of ``\b[Tt]he (?i:word)\b`` followed by the pattern ``rest``, in order.

    WL201 asks this of many words; a search of a long story per word grows with the
    story's size squared. A match's "the" stands where the index holds the word's first
    run of word characters after it (compared lower-cased: ASCII only, where that is what
    a case-blind match compares), so only those places are tried.
    """
    regex = re.compile(rf"\b[Tt]he (?i:{re.escape(word)})\b{rest}")
    run = _WORD_RUN_RE.match(word)
    if run is None or not word.isascii():
        yield from regex.finditer(doc.text)
        return
    index, other = _the_index(doc)
    places = index.get(run.group().lower(), [])
    if other:
        places = sorted([*places, *other])
    text = doc.text
    for p in places:
        m = regex.match(text, p)
        if m is not None:
            yield m
