"""The one model of a story: its parts, sentences and tokens, with exact offsets.

``parse_document`` reads plain wire text (headline, blank line, paragraphs) and
light Markdown (``#`` headline, ``##`` subheads, ``-``/``*`` bullets, HTML comments).
Every span indexes ``Document.text`` exactly as read (only a BOM is dropped by the
reader), so a diagnostic's position is where the editor shows the words.
"""

from __future__ import annotations

import operator
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property, partial
from itertools import accumulate, chain, compress, pairwise, repeat
from operator import itemgetter
from typing import Any, NamedTuple

from wirelint.document.positions import LineIndex
from wirelint.document.span import Span


class PartKind(str, Enum):
    HEADLINE = "headline"
    BULLET = "bullet"
    PARAGRAPH = "paragraph"
    SUBHEAD = "subhead"
    CREDIT = "credit"
    BOILERPLATE = "boilerplate"
    META = "meta"  # date lines, bylines, front matter, rules
    COMMENT = "comment"  # HTML/Markdown comments, which carry suppressions
    CODE = "code"  # Markdown fenced code blocks: shown verbatim, not copy
    # Copy that is not prose: it names people and places, but it is no sentence.
    CAPTION = "caption"  # a photo's caption and credit: "Dakota, a deer. Image: Jane Doe."
    SPEAKER = "speaker"  # a transcript's speaker label: "((WN))", "((Jane Doe))"
    TABLE = "table"  # a chart's legend or a table's row: "██ Labour Party - 203 seats"


# Which parts each kind of reading takes: the one place that says it (a rule reads one of
# these sets, or the views below built on them, and never lists kinds of its own).
#: Running prose: what the grammar (WL4xx) and readability (WL502, WL503) rules read as
#: sentences, and the repeated-word rule reads as a run of words.
PROSE_KINDS = frozenset({PartKind.HEADLINE, PartKind.BULLET, PartKind.SUBHEAD, PartKind.PARAGRAPH})
#: Copy beside the prose: a caption, a transcript's speaker label, a legend. Parsed as a
#: sentence, "Image: Jane Doe." or "((WN))" is garbled and its words run on.
NOTE_KINDS = frozenset({PartKind.CAPTION, PartKind.SPEAKER, PartKind.TABLE})
#: What the spelling rule (WL501) reads: every word of the copy but a speaker's label (a
#: name, or the interviewer's initials).
SPELLING_KINDS = PROSE_KINDS | {PartKind.CAPTION, PartKind.TABLE}
#: All the copy: the names rules read it through ``doc.sentences``, ``doc.tokens`` and
#: ``doc.words`` (a name in a caption or a legend is the story's spelling too).
COPY_KINDS = PROSE_KINDS | NOTE_KINDS


class TokenShape(str, Enum):
    LOWER = "lower"
    CAPITALIZED = "capitalized"
    UPPER = "upper"
    MIXED = "mixed"
    NUMBER = "number"
    OTHER = "other"


class Token(NamedTuple):
    # A NamedTuple, not a dataclass: a story has thousands and they are made on every check.
    start: int
    end: int
    text: str
    shape: TokenShape
    sentence_start: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


# Letters without digits or underscore, for the standard library's ``re``.
_L = r"[^\W\d_]"
# Every token starts with a word character, and the pattern says so first: one ``\w``,
# then the rest of the token, each kind's test on that first character made by a
# lookbehind. A pattern that opens on one set of characters lets ``re`` skip the spaces
# and punctuation between words in C, without trying each alternative there (about a
# fifth of the scan of a long story). Each branch is the token it names with its first
# character taken off, in the same order, so the same token is found:
_TOKEN_RE = re.compile(
    r"\w(?:"
    # Most tokens are words that open on a letter with no full stop after it: only a
    # word can match there (an abbreviation needs the stop, a number a digit), so this
    # first branch gives what the branches below would, without trying them in turn.
    # Nothing follows it in the pattern, so its repeats never give back a character
    # (possessive: ``*+``).
    rf"(?<={_L})(?!\.)\w*+(?:['’\-‐]\w+)*+"
    rf"|(?<={_L})\.(?:{_L}\.)+"  # dotted abbreviations: U.S., a.m.
    r"|(?<=\d)\d{0,2}(?:,\d{3})+(?:\.\d+)?(?!\w)"  # 1,000 and 12,500.5
    r"|(?<=\d)\d*(?:[.:]\d+)*(?!\w)"  # 2200, 2.5, 10:30
    r"|\w*+(?:['’\-‐]\w+)*+"  # words, with internal apostrophes and hyphens
    r")"
)


# The same pattern as one group: ``split`` keeps the tokens between the gaps.
_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")


def _shape(text: str) -> TokenShape:
    if text.islower():
        return TokenShape.LOWER
    first = text[0]
    if first.isupper() and (len(text) == 1 or text[1:].islower()):
        return TokenShape.CAPITALIZED
    if first.isdigit() and not any(c.isalpha() for c in text):
        return TokenShape.NUMBER
    if text.islower():
        return TokenShape.LOWER
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return TokenShape.OTHER
    if first.isupper():
        if len(letters) > 1 and all(c.isupper() for c in letters):
            return TokenShape.UPPER
        return TokenShape.CAPITALIZED
    if first.isalpha():
        return TokenShape.MIXED
    return TokenShape.OTHER


# A word's shape depends on its spelling only, and a story repeats its words: remember
# the shapes of the commonest ones (bounded, for a server reading unbounded text). The
# entry keeps the first string of that spelling too, and tokens share it: one string per
# word instead of one per token, and its hash (cached on the string) is computed once for
# all the sets and dicts the rules look words up in.
# The shape is kept as its number: a tuple of a string and an int is no container the
# garbage collector has to visit again, a tuple holding an Enum member is (50,000 of them
# made every full collection slower).
_WORDS: dict[str, tuple[str, int]] = {}
_MAX_WORDS = 50_000
# Tokens a document keeps made (about 150 bytes each): a story of up to some 300,000
# words keeps all of its tokens; a longer one keeps the rest packed, and the tokens of
# the last few parts read past the budget made (``Document._tokens_of``).
_MADE_TOKENS = 300_000
_RECENT_PARTS = 8
_SHAPES = tuple(TokenShape)
_SHAPE_NUMBER = {shape: i for i, shape in enumerate(_SHAPES)}
# ``Token(...)`` goes through a Python-level ``__new__``; the tuple's own is the same
# object for a fraction of the cost, and a story has thousands of tokens.
_new_token = tuple.__new__
# Getters that ``map`` calls without running Python code: a story's tokens are made in
# C loops, not one Python-level step per token.
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)
_TEXT = itemgetter(2)
_SHAPE = itemgetter(3)
_STARTS_SENTENCE = itemgetter(4)


def _entries(words: list[str]) -> list[tuple[str, int]]:
    """The (shared string, shape number) of each word in ``words``, in order."""
    known = _WORDS
    # Most words of a text are in the table already: each is looked up once, in C, and
    # the few new ones are added (a set of the text's words costs as much again).
    found = list(map(known.get, words))
    if all(found):  # an entry is a non-empty tuple, a word not in the table None
        return found  # type: ignore[return-value]
    new = set(compress(words, map(_IS_NONE, found)))
    added = {word: (word, _SHAPE_NUMBER[_shape(word)]) for word in new}
    if len(known) + len(added) <= _MAX_WORDS:
        known.update(added)
        return list(map(known.__getitem__, words))
    # The table is full: this text's new words are looked up in a table of their own.
    return [
        entry if entry is not None else added[word]
        for word, entry in zip(words, found, strict=True)
    ]


_IS_NONE = partial(operator.is_, None)


class _Scan(NamedTuple):
    """A text's tokens as the regex pass finds them, before any Token is made."""

    starts: list[int]
    ends: list[int]
    entries: list[tuple[str, int]]  # (shared string, shape number), as ``_entries`` gives


def _scan(text: str, base: int) -> _Scan:
    # ``split`` on the token pattern gives [gap, word, gap, word, ..., gap] as strings: no
    # match object per token, and the offsets are the running sums of the pieces'
    # lengths, all made in C loops.
    pieces = _SPLIT_RE.split(text)
    if len(pieces) == 1:
        return _Scan([], [], [])
    words = pieces[1::2]
    offsets = list(accumulate(map(len, pieces), initial=base))
    return _Scan(offsets[1:-1:2], offsets[2::2], _entries(words))


def _tokens(scan: _Scan, sentence_starts: Sequence[int] = ()) -> list[Token]:
    """The tokens of a scan, those at ``sentence_starts`` marked as opening a sentence."""
    starts, ends, entries = scan
    shapes = map(_SHAPES.__getitem__, map(_SECOND, entries))
    fields = zip(starts, ends, map(_FIRST, entries), shapes, repeat(False))
    tokens: list[Token] = list(map(_new_token, repeat(Token), fields))
    for i in sentence_starts:
        tokens[i] = _sentence_start(tokens[i])
    return tokens


def tokenize(text: str, base: int = 0, *, first_is_sentence_start: bool = False) -> list[Token]:
    """Word tokens of ``text`` with offsets shifted by ``base``."""
    scan = _scan(text, base)
    return _tokens(scan, (0,) if first_is_sentence_start and scan.starts else ())


def word_shape(word: str) -> TokenShape:
    """The shape every token spelled ``word`` has (a shape depends on the spelling alone)."""
    entry = _WORDS.get(word)
    return _SHAPES[entry[1]] if entry is not None else _shape(word)


def tokens_in(tokens: Sequence[Token], words: Container[str]) -> list[int]:
    """Indexes of the tokens spelled as one of ``words``, in order.

    The test runs in C (``compress`` over ``words.__contains__``): a rule asks which of a
    story's tokens are worth a look, decides that once per distinct spelling (a long
    story has a hundred times fewer spellings than tokens), and pays no Python step per
    token it passes over.
    """
    return list(compress(range(len(tokens)), map(words.__contains__, map(_TEXT, tokens))))


def words_in(texts: Sequence[str], words: Container[str]) -> list[int]:
    """Indexes of the spellings in ``texts`` (a part's ``texts``) that are one of ``words``,
    in order: ``tokens_in`` for a rule that needs the tokens only where a word is found."""
    return list(compress(range(len(texts)), map(words.__contains__, texts)))


def _sentence_start(token: Token) -> Token:
    return _new_token(Token, (token[0], token[1], token[2], token[3], True))  # type: ignore[no-any-return]


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt maj cmdr adm rep sen gov lt-gen maj-gen brig
    st jr sr rev fr hon pres supt insp det cpl pvt
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol fig approx est dept univ assn bros corp inc ltd co plc
    vs v ft mt ave blvd rd
    calif colo conn fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa
    tenn tex va vt wash wis wyo ariz ark del""".split()  # noqa: SIM905 - a word list reads better
)

_BOUNDARY_RE = re.compile(r"[.?!…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[^\W_a-z])")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` belongs to an abbreviation, not a sentence end."""
    if text[dot] != ".":
        return False
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in ".-"):
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    if word.lower() in _ABBREVIATIONS:
        return True
    # Initials (J. Smith) and dotted acronyms (U.S., U.N.) rarely end a sentence
    # in wire copy; a.m./p.m. do, so they are left to the capital-letter test.
    if len(word) == 1 and word.isupper():
        return True
    return "." in word and word.replace(".", "").isupper()


def split_sentences(text: str, base: int = 0) -> list[Span]:
    """Sentence spans of a paragraph, abbreviation-aware, trimmed of white space."""
    out: list[Span] = []
    start = 0
    for m in _BOUNDARY_RE.finditer(text):
        # Only a full stop may belong to an abbreviation ("?" and "!" end a sentence).
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        _add_trimmed(out, text, start, m.end(), base)
        start = m.end()
    _add_trimmed(out, text, start, len(text), base)
    return out


def _add_trimmed(out: list[Span], text: str, start: int, end: int, base: int) -> None:
    """Add ``text[start:end]`` less the white space around it, unless nothing is left."""
    # ``str.strip`` drops what ``str.isspace`` calls white space, in C.
    piece = text[start:end]
    core = piece.strip()
    if core:
        first = base + start + len(piece) - len(piece.lstrip())
        out.append(Span(first, first + len(core)))


@dataclass(eq=False)
class Sentence:
    span: Span
    part: Part
    doc: Document = field(repr=False)

    @property
    def text(self) -> str:
        return self.doc.text[self.span.start : self.span.end]

    @property
    def tokens(self) -> list[Token]:
        # The part's tokens are made in one go and each sentence reads its stretch of
        # them: a slice made when asked, not a second list of every token kept for the
        # story's life (about 18 MB on 10 MB). A sentence made apart from its part's list
        # is tokenized on its own, once.
        where: tuple[int, int] | None = self.__dict__.get("_where")
        if where is None:
            if self in self.part.sentences:
                _ = self.part.tokens
                where = self.__dict__.get("_where")
            if where is None:
                own: list[Token] | None = self.__dict__.get("_own")
                if own is None:
                    own = tokenize(self.text, self.span.start, first_is_sentence_start=True)
                    self.__dict__["_own"] = own
                return own
        return self.part.tokens[where[0] : where[1]]

    @property
    def texts(self) -> list[str]:
        """The spellings of the sentence's tokens, in order (``Part.texts`` for one
        sentence): a sentence of a part kept packed gives them without making tokens."""
        where: tuple[int, int] | None = self.__dict__.get("_where")
        part = self.part
        if where is None and "tokens" not in part.__dict__ and "_packed" not in part.__dict__:
            # The part's first read, which packs it past the budget rather than making
            # its tokens, and gives its sentences their stretches.
            self.doc._token_count(part)
            where = self.__dict__.get("_where")
        if where is not None:
            # The sentence's stretch of the part's spellings (kept with the part, packed
            # or not): one slice, no token read.
            return part.texts[where[0] : where[1]]
        return list(map(_TEXT, self.tokens))


# Parts read as one sentence whole (a headline, a label, a legend's line), and parts
# split into sentences.
_WHOLE = frozenset(
    {PartKind.HEADLINE, PartKind.SUBHEAD, PartKind.CREDIT, PartKind.SPEAKER, PartKind.TABLE}
)
_SPLIT = frozenset({PartKind.BULLET, PartKind.PARAGRAPH, PartKind.CAPTION})


class _PartTokens:
    """``Part.tokens``: a part that keeps its tokens holds them in its ``__dict__``, which
    Python reads before asking this descriptor again (as for a ``cached_property``)."""

    def __get__(self, part: Part, owner: type | None = None) -> list[Token]:
        return part.doc._tokens_of(part)


@dataclass(eq=False)
class Part:
    kind: PartKind
    span: Span
    doc: Document = field(repr=False)

    @property
    def text(self) -> str:
        return self.doc.text[self.span.start : self.span.end]

    @property
    def headline_style(self) -> bool:
        """Whether the part is written as a headline is: a headline, a subhead, or a summary
        bullet of one sentence that does not end as a sentence does (`Lawyer says will
        appeal`, `Shares down 3%`). Headline grammar drops subjects, articles and copulas
        by design; a bullet that closes with a full stop, or holds sentences that do (a
        quote run into a team list), is prose and is read as prose."""
        if self.kind in (PartKind.HEADLINE, PartKind.SUBHEAD):
            return True
        if self.kind is not PartKind.BULLET:
            return False
        return len(self.sentences) == 1 and not ends_as_sentence(self.text)

    @cached_property
    def sentences(self) -> list[Sentence]:
        if self.kind in _WHOLE:
            return [Sentence(self.span, self, self.doc)]
        if self.kind not in _SPLIT:
            return []
        return [Sentence(s, self, self.doc) for s in split_sentences(self.text, self.span.start)]

    # Made by the document when first read (``Document._tokens_of``); the same list on
    # every read while the story's tokens fit its budget (``_MADE_TOKENS``).
    tokens = _PartTokens()

    @property
    def texts(self) -> list[str]:
        """The spellings of the part's tokens, in order: what a rule that reads words alone
        needs. A part kept packed gives them without making its tokens; the list may be
        the part's own, to read and not to change."""
        if "tokens" not in self.__dict__ and "_packed" not in self.__dict__:
            self.doc._token_count(self)  # the first read: kept made, or packed
        packed: _Packed | None = self.__dict__.get("_packed")
        if packed is not None:
            return packed.texts
        # A part that keeps its tokens keeps their spellings too, made on the first read:
        # several rules read them, and the tokens never change once kept (8 bytes a
        # token, the pointers to the strings the tokens hold).
        texts: list[str] | None = self.__dict__.get("_texts")
        if texts is None:
            texts = list(map(_TEXT, self.tokens))
            self.__dict__["_texts"] = texts
        return texts

    def tokens_at(self, indexes: Sequence[int]) -> list[Token]:
        """The part's tokens at ``indexes`` (places in ``texts``), in that order: a rule
        that picks the few tokens worth a look by their spellings (``words_in``) makes
        only those of a part kept packed."""
        if "tokens" not in self.__dict__ and "_packed" not in self.__dict__:
            self.doc._token_count(self)  # the first read: kept made, or packed
        packed: _Packed | None = self.__dict__.get("_packed")
        if packed is None:
            return list(map(self.tokens.__getitem__, indexes))
        return packed.tokens_at(indexes)

    def offsets(self) -> tuple[Sequence[int], Sequence[int], Sequence[int]]:
        """The starts and ends of the part's tokens, and the numbers of those opening a
        sentence, in order: for a rule that reads offsets alone. A part kept packed gives
        them without making its tokens (made again on every read, as a long story's are)."""
        if "tokens" not in self.__dict__ and "_packed" not in self.__dict__:
            self.doc._token_count(self)  # the first read: kept made, or packed
        packed: _Packed | None = self.__dict__.get("_packed")
        if packed is not None:
            return packed.starts, packed.ends, packed.sentence_starts
        tokens = self.tokens
        opening = list(compress(range(len(tokens)), map(_STARTS_SENTENCE, tokens)))
        return list(map(_FIRST, tokens)), list(map(_SECOND, tokens)), opening

    def _tokenize(self) -> tuple[_Scan, list[int]] | list[Token]:
        """The part's scan and which of its tokens open a sentence; or, for a part with
        tokens outside every sentence (none in practice), its tokens made."""
        scan = _scan(self.text, self.span.start)
        if self.kind not in _WHOLE and self.kind not in _SPLIT:
            return scan, []
        # One regex pass over the part, not one per sentence: no token crosses the white
        # space between two sentences, so the tokens are those of the sentences in turn.
        # Each sentence gets its slice, its first token marked as a sentence start.
        starts = scan.starts
        where: list[tuple[int, int]] = []
        firsts: list[int] = []
        covered = 0
        for sentence in self.sentences:
            first = bisect_left(starts, sentence.span.start)
            last = bisect_left(starts, sentence.span.end, first)
            if first < last:
                firsts.append(first)
            where.append((first, last))
            covered += last - first
        if covered == len(starts):
            for sentence, stretch in zip(self.sentences, where, strict=True):
                sentence.__dict__["_where"] = stretch
            return scan, firsts
        # Tokens outside every sentence: the sentences keep their slices, and the part
        # is made of them.
        tokens = _tokens(scan, firsts)
        for sentence, (first, last) in zip(self.sentences, where, strict=True):
            sentence.__dict__["_own"] = tokens[first:last]
        return [t for first, last in where for t in tokens[first:last]]


class _Packed:
    """A part's tokens without their objects: about 20 bytes a token instead of 150.

    A 10 MB story has 1.7 million tokens; as objects they are 300 MB, the largest thing
    a long story's check holds. Packed, a part's tokens are made again from these
    arrays, in C loops, several times faster than the regex pass that found them.
    """

    __slots__ = ("ends", "sentence_starts", "shapes", "starts", "texts")

    def __init__(self, scan: _Scan, sentence_starts: list[int]) -> None:
        # Offsets as 4-byte numbers while they fit (a story under 2 GB), else 8.
        kind = "i" if not scan.ends or scan.ends[-1] < 2**31 else "q"
        self.starts = array(kind, scan.starts)
        self.ends = array(kind, scan.ends)
        self.texts = list(map(_FIRST, scan.entries))  # the shared strings: 8 bytes a token
        self.shapes = bytes(map(_SECOND, scan.entries))
        self.sentence_starts = sentence_starts

    @classmethod
    def of(cls, tokens: list[Token]) -> _Packed:
        """The packed form of tokens already made."""
        shapes = map(_SHAPE_NUMBER.__getitem__, map(_SHAPE, tokens))
        entries = list(zip(map(_TEXT, tokens), shapes, strict=True))
        scan = _Scan(list(map(_FIRST, tokens)), list(map(_SECOND, tokens)), entries)
        return cls(scan, list(compress(range(len(tokens)), map(_STARTS_SENTENCE, tokens))))

    def __len__(self) -> int:
        return len(self.texts)

    def tokens_at(self, indexes: Sequence[int]) -> list[Token]:
        """The tokens at ``indexes``, made as ``unpack`` makes them."""
        opens = set(self.sentence_starts)
        return [
            _new_token(
                Token,
                (self.starts[i], self.ends[i], self.texts[i], _SHAPES[self.shapes[i]], i in opens),
            )
            for i in indexes
        ]

    def unpack(self) -> list[Token]:
        shapes = map(_SHAPES.__getitem__, self.shapes)
        fields = zip(self.starts, self.ends, self.texts, shapes, repeat(False))
        tokens: list[Token] = list(map(_new_token, repeat(Token), fields))
        for i in self.sentence_starts:
            tokens[i] = _sentence_start(tokens[i])
        return tokens


@dataclass(frozen=True)
class Dateline:
    """``MOSCOW, Jan 4 (Reuters) – ``: the opening of the first body paragraph.

    Bloomberg and CNN open without a city (``(Bloomberg) -- ``): then ``city`` is the
    empty span where the dateline starts.
    """

    span: Span
    city: Span
    date: Span | None
    agency: Span | None
    dash: Span | None


_DATELINE_RE = re.compile(
    # Two cities may share one ("Munich/Berlin (dpa) -").
    rf"(?P<city>{_L}(?:{_L}|[.'’ /-]){{0,40}}?(?:,\s*{_L}(?:{_L}|[.'’ -]){{0,30}}?)?)"
    # The day before the month in British and European copy: "Moscow, 3 March (Interfax) -".
    rf"(?:,\s*(?P<date>{_L}{{3,9}}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_L}{{3,9}}\.?(?:,?\s+\d{{4}})?)"
    # Kyodo credits itself after the date without brackets: "TOKYO, Jan. 4 Kyodo -".
    rf"(?:[ \t]+(?P<bare>[A-Z]{_L}{{2,20}}))?)?"
    r"\s*(?:\((?P<agency>[^()\n]{0,60})\))?"
    # The dash follows a space, the agency's bracket or the day: a hyphen inside a
    # city's name (PORT-AU-PRINCE) is not the dateline's dash.
    # Spanish agencies (EFE, Europa Press) close the credit with ".-": "Madrid, Jan 4 (EFE).- ".
    # AP's older copy sets an underscore after the credit: "WASHINGTON (AP) _ ".
    # Indian agencies may close it with a colon: "NEW DELHI, March 3 (IANS): ".
    r"[ \t\u00a0]*(?<=[\s)\d])(?P<dash>--|(?<=\))\.-(?=[ \t\u00a0])|(?<=\)[ \t\u00a0])_(?=[ \t\u00a0])|(?<=\)):(?=[ \t\u00a0])|[-–—])"
    r"[ \t\u00a0]*"
)

# "Feb. 5 (UPI) -- ": the day and the credit, no city.
_DATE_CREDIT_DATELINE_RE = re.compile(
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2})"
    r"[ \t\u00a0]*\((?P<agency>[^\W\d_][^()\n]{0,59})\)[ \t\u00a0]*(?P<dash>--|[-–—])[ \t\u00a0]+"
)

# "(Bloomberg) -- ": a credit and a dash with no city before them.
_CREDIT_ONLY_DATELINE_RE = re.compile(
    # A space after the dash: "(CORRECTED)-IVORY COAST ..." is a headline's tag.
    r"\((?P<agency>[^\W\d_][^()\n]{0,59})\)[ \t\u00a0]*(?P<dash>--|[-–—])[ \t\u00a0]+"
)

_BULLET_RE = re.compile(r"[ \t\u00a0]*(?:[•·▪◦‣*]|[-–](?=[ \t\u00a0]))[ \t\u00a0]*")
_MD_HEADING_RE = re.compile(r"(#{1,6})[ \t]+")
_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
_FENCE_RE = re.compile(r"^[ \t]*(```|~~~)[^\n]*\n.*?^[ \t]*\1[ \t]*$", re.S | re.M)
_INLINE_CODE_RE = re.compile(r"`[^`\n]+`")
# A lone carriage return (classic Mac OS) ends a line as ``\n`` and ``\r\n`` do.
_LONE_CR_RE = re.compile(r"\r(?!\n)")
_CREDIT_RE = re.compile(
    r"\(?\s*(?:(?:Additional|Further)\s+)?(?:reporting|writing|written|editing|edited|compiled|"
    r"produced|research|graphics|translated|translation|photos?|video|fact-?checking)"
    r"\s+by\b"
    # Bloomberg's "-- With assistance from Jane Doe." and its contact lines.
    r"|(?:--?|—)?\s*With\s+assistance\s+from\b|(?:To\s+)?contact\s+the\s+(?:reporters?|editors?)\b"
    # Xinhua's closing "Source: Xinhua".
    r"|Source\s*:",
    re.I,
)
# The agency alone in brackets closing the story: dpa's "(dpa)"; Yonhap's "(END)" and a
# "(MORE)" are the wire's end and continuation marks, no credit.
_CLOSING_CREDIT_RE = re.compile(
    r"\((?!\s*(?:END|ENDS|ENDITEM|MORE)\s*\))\s*[A-Za-z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,2}\s*\)"
)
_BOILERPLATE_RE = re.compile(
    r"(?:Our\s+standards\s*:|The\s+Thomson\s+\w+\s+Trust\s+Principles|Copyright\b|©|"
    r"\(c\)\s+\d{4}|All\s+rights\s+reserved)",
    re.I,
)
_DATE_LINE_RE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+\d{1,2})?,?\s+\d{4}\s*$"
)
_TIME_LINE_RE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\s*$|\d{3,4}\s*(?:GMT|UTC|BST|CET|EST|EDT|PST|[AP]\.?M\.?)\s*$"
)
_BYLINE_RE = re.compile(
    # AFP writes "by Jane DOE with John ROE in Paris".
    r"[Bb]y\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s+(?:and|with)\s+.+)?"
    # "By Jane Smith, PA Political Correspondent": a title after a comma; Xinhua's
    # "By Li Wei | Xinhua": the agency after a bar; "By Jane Doe / AFP" after a slash.
    r"(?:(?:,|[ \t]+\||[ \t]*/)\s*[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,5})?\s*$"
)
# Kyodo's byline without "By": the names, a comma and the agency ("Kenji Sato, Kyodo
# News", "Jane Doe, AFP"). The names in mixed case, two or three of them; the agency an
# acronym or words ending as an agency's name does (a place, "Lansdowne Road, Dublin",
# is no byline).
_NAMED_BYLINE_RE = re.compile(
    r"[A-Z][a-z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,2},[ \t]*"
    r"(?:[A-Z]{2,5}|(?:[A-Z][\w&'’.-]*[ \t]+){1,2}(?:News|Press|Agency|Wire|Service))\s*$"
)
# AP's bylines with the names in capitals and a desk title: "JANE DOE, AP Medical
# Writer", "By JANE DOE AP Business Writer".
_TITLED_BYLINE_RE = re.compile(
    r"(?:By\s+)?[A-Z][A-Z.'’-]+(?:\s+(?:[A-Z][A-Z.'’-]*|and)){1,7}(?:,\s*|\s+)"
    r"(?:[A-Z][\w.'’&-]*\s+){1,4}"
    r"(?:Writer|Correspondent|Reporter|Editor|Columnist|Producer)s?\s*$"
)
_SENTENCE_END_RE = re.compile(r"[.?!:;…][\"'”’)\]]*\s*$")


def ends_as_sentence(text: str) -> bool:
    """Whether ``text`` closes as a sentence does (a full stop, a question or exclamation
    mark, a colon or semicolon, with any closing quotes or brackets after it); a headline
    does not."""
    return _SENTENCE_END_RE.search(text) is not None


# A transcript's speaker label at the head of a paragraph: "((WN))  What ...",
# "((Jane Doe)) : ...". The speaker's name or initials start with a capital: a paragraph
# that opens with "((1))" or a bracketed aside in lower case is prose.
_SPEAKER_RE = re.compile(r"(?P<label>\(\([A-Z][\w.'’ -]{0,40}\)\))[ \t]*(?::[ \t]*)?(?=\S)")
# A legend under a chart or a map: a colour swatch, then what the colour stands for.
_LEGEND_RE = re.compile(
    r"[ \t]*[\u2580-\u259f\u25a0\u25a1\u25aa\u25ab\u25fc-\u25fe\u2b1b\u2b1c]+[ \t]*\S"
)
# A photo's caption closing on its credit: "Image: Jane Doe.", "Dakota, a deer. Photo: Jane
# Doe". What the picture shows, if anything, comes first and ends as a sentence does.
# Both stretches are bounded (a caption is a line, its credit a name): a long paragraph
# is given up on in linear time.
_CAPTION_RE = re.compile(
    r"(?:(?P<what>[^\n]{0,300}?[.!?])[ \t]+)?(?:Image|Photo|Photograph|Picture|Video)"
    r"(?:[ \t]+credit)?:[ \t]*(?P<credit>[^\n]{1,100}?)[ \t]*\.?[ \t]*$"
)
_CAPTION_WORDS = 30  # a caption says what the picture shows in a line, not a paragraph
_CREDIT_WORDS = 8  # a credit names a photographer or an agency: "Jane Doe/Wikimedia Commons"
_CREDIT_JOINERS = frozenset({"of", "the", "via", "and", "for", "by", "de", "van", "von", "/", "&"})
# Wire tags before a headline: "UPDATE 2-", "EXCLUSIVE-", "RPT-", "FACTBOX-", "(CORRECTED)-".
_HEADLINE_TAG_RE = re.compile(
    r"(?:\(?(?:UPDATE|CORRECTED|REFILE|RPT|REPEAT|EXCLUSIVE|FACTBOX|ANALYSIS|INSIGHT|FOCUS|"
    r"BREAKINGVIEWS|WRAPUP|TIMELINE|EXPLAINER|INTERVIEW|PREVIEW|GRAPHIC|POLL|COLUMN|SNAP|"
    r"BRIEF|BUZZ|NEWSMAKER|SPECIAL\s+REPORT|FEATURE|OBITUARY|CORRECTION|URGENT|FLASH)"
    # Tags in a row: "UPDATE 2, EXCLUSIVE-", "RPT-EXCLUSIVE-".
    r"(?:\s+\d{1,2})?\)?[ \t]*(?:[,-][ \t]*)?)+-(?=[ \t]*\S)[ \t]*"
)
# "EDITOR'S NOTE — ...", "(Editor's note: ...)": a note to editors above the story.
_EDITORS_NOTE_RE = re.compile(
    r"\(?\s*(?:EDITOR['’]?S\s+NOTE|Editor['’]s\s+[Nn]ote|Note\s+to\s+editors)\b"
    # A wire's note on what changed: "(Adds quote in paragraph 5)", "(Updates with ...)".
    r"|\((?:Adds|Updates|Recasts|Corrects|Changes|Removes|Refiles|Repeats|Fixes|Inserts|"
    r"Rewrites|Writes\s+through|Clarifies|Deletes|Moves|Releases)\b[^()\n]*\)\s*$"
)
# The title line under a byline's names: "AP Sports Writer", "Chief Political Correspondent".
_TITLE_WORDS = 6
_TITLE_JOINERS = frozenset({"and", "of", "for", "the", "&"})
# A short label line over a list of bullets: "Summary", "Highlights", "Key points", "FACTBOX".
_LABEL_WORDS = 4


def _is_credit_line(text: str) -> bool:
    """A credit is bracketed, or a list of roles, not a sentence that starts "Research by"."""
    stripped = text.strip()
    # "-- With assistance from Jane Doe.": Bloomberg's credit is set off by its dash.
    if stripped.startswith(("(", "--", "—")) or ";" in stripped:
        return True
    return not _SENTENCE_END_RE.search(stripped) and len(stripped.split()) <= 40


def _label_over_bullets(masked: str, span: Span) -> bool:
    """A short line ending in a colon, the bullets a blank line below ("Key points:")."""
    words = masked[span.start : span.end].split()
    if not words or len(words) > _LABEL_WORDS or not words[-1].endswith(":"):
        return False
    gap = _BLANK_LINES_RE.match(masked, span.end)
    return gap is not None and _BULLET_RE.match(masked, gap.end()) is not None


_BLANK_LINES_RE = re.compile(r"[ \t\r]*\n(?:[ \t\r]*\n)+")


def _dateline_match(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_DATELINE_RE`` at ``start``; a colon closing the credit counts only after a city
    in capitals or a date ("NEW DELHI, March 3 (IANS): "), for a sentence may open with a
    word, an aside in brackets and a colon ("Asked (twice): ...")."""
    m = _DATELINE_RE.match(text, start, end)
    if m is None or m.group("dash") != ":" or m.group("date"):
        return m
    city = m.group("city")
    return m if city.isupper() and sum(c.isalpha() for c in city) >= 3 else None


def _dateline_from(m: re.Match[str]) -> Dateline:
    """The dateline a dateline pattern matched: its city (empty where the layout names
    none: "Feb. 5 (UPI) --", "(Bloomberg) --"), date, credit (bracketed, or the bare
    agency of "LONDON, Jan 4 Reuters -") and dash, each where the pattern has it."""

    def group(name: str) -> Span | None:
        if name not in m.re.groupindex or m.group(name) is None:
            return None
        return Span(m.start(name), m.end(name))

    # Spans of no length are falsy: test for None, not truth ("()" is an empty credit).
    city = group("city")
    agency = group("agency")
    return Dateline(
        Span(m.start(), m.end()),
        Span(m.start(), m.start()) if city is None else city,
        group("date"),
        group("bare") if agency is None else agency,
        group("dash"),
    )


def _is_caption(line: str) -> bool:
    """A photo's caption with its credit: short, and the credit a name, not a clause
    ("Image: the vote was close" is a sentence that opens on a word)."""
    # Every caption names its credit after a colon: a line without one is not read.
    m = _CAPTION_RE.match(line) if ":" in line else None
    if m is None:
        return False
    what = m.group("what") or ""
    credit = m.group("credit").replace("/", " / ").split()
    return (
        len(what.split()) <= _CAPTION_WORDS
        and 0 < len(credit) <= _CREDIT_WORDS
        and not any(c in m.group("credit") for c in ".!?;")
        and all(w[:1].isupper() or w[:1].isdigit() or w in _CREDIT_JOINERS for w in credit)
    )


def _note_kind(masked: str, block: list[tuple[int, int]]) -> PartKind | None:
    """A block of copy that is not prose: a legend (every line a swatch and its key) or a
    caption (one line closing on a photo's credit)."""
    if all(_LEGEND_RE.match(masked, s, e) for s, e in block):
        return PartKind.TABLE
    if len(block) == 1 and _is_caption(masked[block[0][0] : block[0][1]]):
        return PartKind.CAPTION
    return None


def _only_rule_marks(text: str) -> bool:
    """A line of rule marks alone ("----", "* * *" is not: a space is no mark)."""
    # What is left after the marks are stripped from both ends is empty exactly when
    # every character is a mark; the strip stops at a paragraph's first letter, where a
    # set of its characters read all of it.
    return not text.strip().strip("-*_=#~")


def _at_most_words(text: str, n: int) -> bool:
    """``len(text.split()) <= n``, without splitting a long paragraph into all its words:
    split at most ``n`` times, ``text`` gives ``n`` pieces or fewer only when it has no more
    words than that."""
    return len(text.split(None, n)) <= n


def _is_all_caps(text: str) -> bool:
    # Stops at the first lower-case letter, which in running copy comes at once.
    return not any(c.islower() for c in text) and sum(c.isalpha() for c in text) >= 3


def _mask(text: str, spans: list[Span]) -> str:
    """Blank out ``spans`` (keeping offsets and line breaks)."""
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def _blocks(masked: str) -> Iterator[list[tuple[int, int]]]:
    """Runs of non-blank lines, each line as (start, end-before-line-break)."""
    block: list[tuple[int, int]] = []
    pos = 0
    n = len(masked)
    while pos <= n:
        nl = masked.find("\n", pos)
        end = n if nl == -1 else nl
        content_end = end - 1 if end > pos and masked[end - 1] == "\r" else end
        line = masked[pos:content_end]
        if line.strip():
            block.append((pos, content_end))
        elif block:
            yield block
            block = []
        if nl == -1:
            break
        pos = nl + 1
    if block:
        yield block


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


class Document:
    """A story split into parts, sentences and tokens with exact offsets."""

    def __init__(self, text: str, path: str | None = None) -> None:
        self.text = text
        self.path = path
        self.parts: list[Part] = []
        self.dateline: Dateline | None = None
        self.cache: dict[str, Any] = {}
        # Tokens made (``_tokens_of``): how many the parts that keep them hold together,
        # and the parts past the budget read last, the latest read last.
        self._kept_count = 0
        self._recent: OrderedDict[Part, list[Token]] = OrderedDict()
        # How many parts ``part_at``'s starts were read from, and the starts (None: the
        # parts overlap, and are scanned).
        self._starts: tuple[int, list[int] | None] = (-1, None)
        self._parse()

    # -- tokens --------------------------------------------------------------------

    def _tokens_of(self, part: Part) -> list[Token]:
        """A part's tokens, made when first asked for and kept while the story's kept
        tokens fit ``_MADE_TOKENS``; a part past that keeps them packed (``_Packed``) and
        makes them again when read (the last few such parts are kept, ``_RECENT_PARTS``).

        A story under the budget (a few hundred thousand words) makes each part's
        tokens once, as if they were all kept. Every rule reads a long story from its
        start to its end, so its first parts are the ones kept: each rule's pass finds
        those made, where a least-recently-read choice would have let every pass
        evict the parts the next pass reads first.
        """
        recent = self._recent
        tokens = recent.get(part)
        if tokens is not None:
            recent.move_to_end(part)
            return tokens
        packed: _Packed | None = part.__dict__.get("_packed")
        if packed is None:
            made = self._first_read(part, make=True)
            if made is not None:
                return made
            packed = part.__dict__["_packed"]
        elif self._kept_count + len(packed) <= _MADE_TOKENS:
            # Packed by a reading of words or offsets alone, and the first time its tokens
            # are asked for: kept made from now on, as if made on the first read.
            return self._keep(part, packed.unpack())
        tokens = packed.unpack()
        # A rule reads a part sentence by sentence: the part's tokens are made once
        # for all of them.
        recent[part] = tokens
        if len(recent) > _RECENT_PARTS:
            recent.popitem(last=False)
        return tokens

    def _first_read(self, part: Part, *, make: bool) -> list[Token] | None:
        """Tokenize a part read for the first time: when its tokens are asked for
        (``make``), made and kept while the story's kept tokens fit ``_MADE_TOKENS``
        (returned), else packed straight from the regex pass, no token made (None).

        A reading of the part's words or offsets alone (``_token_count``) packs it: most
        rules read words, and pick the few tokens worth a look (``tokens_at``), so a part
        nobody reads as tokens never has them made.
        """
        scanned = part._tokenize()
        if isinstance(scanned, list):
            tokens: list[Token] | None = scanned
            count = len(scanned)
        else:
            tokens = None
            count = len(scanned[0].starts)
        if (make or tokens is not None) and self._kept_count + count <= _MADE_TOKENS:
            return self._keep(part, tokens if tokens is not None else _tokens(*scanned))
        part.__dict__["_packed"] = _Packed.of(tokens) if tokens is not None else _Packed(*scanned)
        return None

    def _keep(self, part: Part, tokens: list[Token]) -> list[Token]:
        """Keep a part's tokens made, read from its ``__dict__`` from now on (a packed
        form, if it had one, is let go, its spellings kept as the part's: it says nothing
        the tokens do not)."""
        packed: _Packed | None = part.__dict__.pop("_packed", None)
        if packed is not None:
            part.__dict__["_texts"] = packed.texts  # the tokens' spellings, in order
        part.__dict__["tokens"] = tokens
        self._kept_count += len(tokens)
        return tokens

    def _token_count(self, part: Part) -> int:
        """How many tokens a part has; a part read for the first time here and past the
        budget is packed without making its tokens."""
        kept: list[Token] | None = part.__dict__.get("tokens")
        if kept is not None:
            return len(kept)
        packed: _Packed | None = part.__dict__.get("_packed")
        if packed is None:
            made = self._first_read(part, make=False)
            if made is not None:
                return len(made)
            packed = part.__dict__["_packed"]
        return len(packed)

    # -- structure -----------------------------------------------------------------

    def _add(self, kind: PartKind, span: Span) -> Part:
        part = Part(kind, span, self)
        self.parts.append(part)
        return part

    # One pass over the lines, a case per kind of line; the cases share the pass's state.
    def _parse(self) -> None:  # noqa: C901, PLR0912, PLR0915
        text = self.text
        # Line structure is read from a copy whose lone CRs are LFs: the same length, so
        # every offset found in it indexes ``text`` too.
        lines = _LONE_CR_RE.sub("\n", text) if "\r" in text else text
        comments = (
            [Span(m.start(), m.end()) for m in _COMMENT_RE.finditer(text)] if "<!--" in text else []
        )
        fences = (
            [Span(m.start(), m.end()) for m in _FENCE_RE.finditer(lines)]
            if "```" in text or "~~~" in text
            else []
        )
        masked = _mask(lines, comments + fences)
        for span in comments:
            self._add(PartKind.COMMENT, span)
        for span in fences:
            self._add(PartKind.CODE, span)
        in_body = False
        seen_headline = False
        front_matter_open = False
        for block in _blocks(masked):
            first_start, first_end = block[0]
            first_line = masked[first_start:first_end]
            # YAML front matter between --- lines: metadata, not copy.
            if (
                not seen_headline and not in_body and first_line.strip() == "---"
            ) or front_matter_open:
                closing = [i for i, (s, e) in enumerate(block) if masked[s:e].strip() == "---"]
                front_matter_open = len(closing) < 2 and not (front_matter_open and closing)
                self._add(PartKind.META, Span(first_start, block[-1][1]))
                continue
            markers = [_BULLET_RE.match(masked, s) for s, _ in block]
            label = self._bullet_label(masked, block, markers) if seen_headline else None
            if label is not None:
                # "Summary" over the bullets, in the same block: a label, then the list.
                self._add(PartKind.META, label)
                block, markers = block[1:], markers[1:]
            if all(m is not None and m.end() < e for m, (_, e) in zip(markers, block, strict=True)):
                for m, (_, e) in zip(markers, block, strict=True):
                    assert m is not None
                    self._add(PartKind.BULLET, _trim(text, m.end(), e))
                continue
            heading = _MD_HEADING_RE.match(masked, first_start)
            if heading and len(block) == 1:
                span = _trim(text, heading.end(), first_end)
                if len(heading.group(1)) == 1 and not in_body:
                    self._add(PartKind.HEADLINE, span)
                    seen_headline = True
                else:
                    self._add(PartKind.SUBHEAD, span)
                    in_body = True
                continue
            span = _trim(text, first_start, block[-1][1])
            block_text = masked[span.start : span.end]
            if not seen_headline:
                tag = _HEADLINE_TAG_RE.match(masked, span.start, span.end)
                if tag is not None and len(block) == 1:
                    # The wire's tag is no headline word ("UPDATE 2-" has no figure 2).
                    self._add(PartKind.META, _trim(text, span.start, tag.end()))
                    span = Span(tag.end(), span.end)
                self._add(PartKind.HEADLINE, span)
                seen_headline = True
                continue
            if not in_body and _EDITORS_NOTE_RE.match(block_text):
                self._add(PartKind.META, span)
                continue
            note = _note_kind(masked, block)
            if note is not None:
                # Beside the body or before it: it does not open the body (no dateline).
                self._add(note, span)
                continue
            single = len(block) == 1
            if single and (
                _DATE_LINE_RE.match(block_text)
                or _BYLINE_RE.match(block_text)
                or (not in_body and _TIME_LINE_RE.match(block_text))
                or (not in_body and _TITLED_BYLINE_RE.match(block_text))
                or (not in_body and _NAMED_BYLINE_RE.match(block_text))
            ):
                self._add(PartKind.META, span)
                continue
            if not in_body and self._two_line_byline(masked, block):
                self._add(PartKind.META, span)
                continue
            if single and _only_rule_marks(block_text):
                self._add(PartKind.META, span)
                continue
            if _CREDIT_RE.match(block_text) and _is_credit_line(block_text):
                self._add(PartKind.CREDIT, span)
                continue
            if in_body and single and _CLOSING_CREDIT_RE.fullmatch(block_text):
                self._add(PartKind.CREDIT, span)
                continue
            if _BOILERPLATE_RE.match(block_text):
                self._add(PartKind.BOILERPLATE, span)
                continue
            if (
                not in_body
                and single
                and (
                    not self._looks_like_body(block_text)
                    or self._repeats_headline(block_text)
                    or _label_over_bullets(masked, span)
                )
            ):
                # Another headline-like line before the body: a web/wire headline pair,
                # a rewrite left beside the original, or a kicker.
                self._add(PartKind.HEADLINE, span)
                continue
            if in_body and single and _at_most_words(block_text, 12) and _is_all_caps(block_text):
                self._add(PartKind.SUBHEAD, span)
                continue
            if not in_body and single and self._dateline_alone(span, lines):
                # "UNITED NATIONS (AP) —" on a line of its own, the byline below it.
                self._add(PartKind.META, span)
                continue
            if not in_body:
                in_body = True
                self._find_dateline(span, lines)
                if self.dateline is not None and self.dateline.span.start >= span.start:
                    span = Span(self.dateline.span.end, span.end)
            self._add_paragraph(span, masked)
        self.parts.sort(key=lambda p: p.span.start)
        self._relabel_bullet_labels()

    def _add_paragraph(self, span: Span, masked: str) -> None:
        """A paragraph; a transcript's speaker label at its head is a part of its own, so
        the speech after it is read as prose that starts a sentence."""
        speaker = _SPEAKER_RE.match(masked, span.start, span.end)
        if speaker is not None:
            self._add(PartKind.SPEAKER, Span(*speaker.span("label")))
            span = Span(speaker.end(), span.end)
        self._add(PartKind.PARAGRAPH, span)

    def _relabel_bullet_labels(self) -> None:
        """A short line over the bullets, a blank line apart ("Key points"): a label, no headline."""
        prose = [p for p in self.parts if p.kind in PROSE_KINDS]
        seen_headline = False
        for part, nxt in pairwise(prose):
            if part.kind is not PartKind.HEADLINE:
                continue
            if not seen_headline:
                seen_headline = True
                continue
            short = len(part.text.split()) <= _LABEL_WORDS and "\n" not in part.text
            end = _SENTENCE_END_RE.search(part.text)
            if nxt.kind is PartKind.BULLET and short and (not end or end.group()[0] == ":"):
                part.kind = PartKind.META

    @staticmethod
    def _bullet_label(
        masked: str, block: list[tuple[int, int]], markers: list[re.Match[str] | None]
    ) -> Span | None:
        """The label line over a block's bullets: short, no sentence end, bullets below."""
        if len(block) < 2 or markers[0] is not None:
            return None
        if not all(
            m is not None and m.end() < e for m, (_, e) in zip(markers[1:], block[1:], strict=True)
        ):
            return None
        start, end = block[0]
        label = masked[start:end].strip()
        if len(label.split()) > _LABEL_WORDS or (label[-1:] in ".?!" and not label.endswith("...")):
            return None
        return _trim(masked, start, end)

    @staticmethod
    def _two_line_byline(masked: str, block: list[tuple[int, int]]) -> bool:
        """A byline over two lines, the title under the names ("By JANE DOE" then "AP
        Sports Writer"): read as one paragraph, it would hide the dateline below it."""
        if len(block) != 2:
            return False
        names, title = (masked[s:e].strip() for s, e in block)
        words = title.split()
        return (
            _BYLINE_RE.match(names) is not None
            and 0 < len(words) <= _TITLE_WORDS
            # "AP Sports Writer"; BBC writes the desk in lower case ("BBC Wales
            # education correspondent").
            and words[0][:1].isupper()
            and all(w[:1].isupper() or w in _TITLE_JOINERS or w.islower() for w in words)
            and not _SENTENCE_END_RE.search(title)
        )

    def _repeats_headline(self, block_text: str) -> bool:
        """The headline again, perhaps with a suffix: "Can Yahoo dominate next decade?" twice."""
        first = next((p for p in self.parts if p.kind is PartKind.HEADLINE), None)
        if first is None:
            return False
        head = " ".join(first.text.split()).casefold()
        return " ".join(block_text.split()).casefold().startswith(head)

    def _looks_like_body(self, block_text: str) -> bool:
        end = _SENTENCE_END_RE.search(block_text)
        # "... TO SATISFY U.S." ends with an abbreviation, not a full stop: a short line
        # like that is still a headline.
        if end and not (
            len(block_text.split()) <= 12 and _is_abbreviation(block_text, end.start())
        ):
            return True
        if len(block_text.split()) > 20:
            return True
        m = _dateline_match(block_text, 0, len(block_text))
        if m and (m.group("date") or m.group("agency") is not None):
            return True
        return bool(block_text.startswith("(") and _CREDIT_ONLY_DATELINE_RE.match(block_text))

    def _dateline_alone(self, span: Span, text: str) -> bool:
        """A dateline with its credit and dash and no copy after it, on its own line."""
        m = _dateline_match(text, span.start, span.end)
        if m is None or m.group("agency") is None or m.end() < span.end:
            return False
        if self.dateline is not None or len(m.group("city").split()) > 5:
            return False
        self.dateline = _dateline_from(m)
        return True

    def _find_dateline(self, span: Span, text: str) -> None:
        dated = _DATE_CREDIT_DATELINE_RE.match(text, span.start, span.end)
        if dated and dated.end() < span.end:
            self.dateline = _dateline_from(dated)
            return
        if text.startswith("(", span.start):
            bare = _CREDIT_ONLY_DATELINE_RE.match(text, span.start, span.end)
            if bare and bare.end() < span.end:
                self.dateline = _dateline_from(bare)
            return
        m = _dateline_match(text, span.start, span.end)
        if not m or not (m.group("date") or m.group("agency") is not None):
            return
        if len(m.group("city").split()) > 5 or m.end() >= span.end:
            return
        self.dateline = _dateline_from(m)

    # -- views ---------------------------------------------------------------------

    def _of(self, kind: PartKind) -> list[Part]:
        return [p for p in self.parts if p.kind is kind]

    @cached_property
    def headlines(self) -> list[Part]:
        return self._of(PartKind.HEADLINE)

    @property
    def headline(self) -> Part | None:
        return self.headlines[0] if self.headlines else None

    @cached_property
    def bullets(self) -> list[Part]:
        return self._of(PartKind.BULLET)

    @cached_property
    def paragraphs(self) -> list[Part]:
        return self._of(PartKind.PARAGRAPH)

    @cached_property
    def subheads(self) -> list[Part]:
        return self._of(PartKind.SUBHEAD)

    @cached_property
    def credits(self) -> list[Part]:
        return self._of(PartKind.CREDIT)

    @cached_property
    def boilerplate(self) -> list[Part]:
        return self._of(PartKind.BOILERPLATE)

    @cached_property
    def comments(self) -> list[Part]:
        return self._of(PartKind.COMMENT)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.parts if p.kind in COPY_KINDS for s in p.sentences]

    @cached_property
    def tokens(self) -> list[Token]:
        return list(chain.from_iterable(p.tokens for p in self.parts if p.kind in COPY_KINDS))

    @cached_property
    def words(self) -> frozenset[str]:
        """The distinct spellings of the copy's tokens (``tokens``)."""
        # Read part by part, from the parts' words: a list of every token of a long
        # story is kept only for a caller that asks for ``tokens`` itself, and a packed
        # part's tokens are not made.
        return frozenset(chain.from_iterable(p.texts for p in self.parts if p.kind in COPY_KINDS))

    @cached_property
    def code_spans(self) -> list[Span]:
        """Markdown code (fenced blocks and `inline` spans): quoted verbatim, never linted."""
        spans = [p.span for p in self.parts if p.kind is PartKind.CODE]
        if "`" in self.text:
            spans += [Span(m.start(), m.end()) for m in _INLINE_CODE_RE.finditer(self.text)]
        return spans

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    @cached_property
    def word_count(self) -> int:
        return sum(self._token_count(p) for p in self.parts if p.kind in PROSE_KINDS)

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def part_at(self, offset: int) -> Part | None:
        """The part whose span holds ``offset``, if any: found by bisection, since a rule
        may ask for every name of a long story (a scan per question grows with the square
        of the story)."""
        starts = self._part_starts()
        if starts is None:
            return next((p for p in self.parts if p.span.start <= offset < p.span.end), None)
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.parts[i].span.end:
            return self.parts[i]
        return None

    def _part_starts(self) -> list[int] | None:
        """The parts' starts, when the parts stand in order without overlapping (as parsing
        leaves them: only then is the last part starting at or before an offset the only one
        that can hold it), else None; read again if the parts change in number."""
        count, starts = self._starts
        if count != len(self.parts):
            ordered = all(a.span.end <= b.span.start for a, b in pairwise(self.parts))
            starts = [p.span.start for p in self.parts] if ordered else None
            self._starts = (len(self.parts), starts)
        return starts


def parse_document(text: str, path: str | None = None) -> Document:
    return Document(text, path)
