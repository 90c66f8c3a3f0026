"""Mentions: the capitalised words of a story's prose that could be names (WL101, WL104).

A mention is a capitalised word that is not an ordinary English word, with what stands
around it: the first name before it, the name after it, a title (`President Reagan`), and
whether it is an item of a list of names. Possessives are dropped and hyphenated words
read piece by piece (the `Russian` of `pro-Russian`). ``names`` groups the spellings.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain, compress, islice, repeat
from operator import attrgetter, eq, is_, itemgetter, mul, not_

from wirelint.analysis.lexicon import frequency
from wirelint.document.model import (
    COPY_KINDS,
    Document,
    Part,
    PartKind,
    Token,
    TokenShape,
    word_shape,
    words_in,
)
from wirelint.document.span import Span

# Enum members looked up once: `TokenShape.UPPER` in a loop costs a lookup per token.
_CAPITALIZED = TokenShape.CAPITALIZED
_UPPER = TokenShape.UPPER

#: Words more common than this (`Free`, `Black`, `New`) are read as no first or last name
#: beside a mention: the commonest first names (`John`, `Roger`) stay well below it.
NAME_PART_FREQUENCY = 100_000
#: The same for the first word of a sentence, capitalised as any word is there: `Although
#: Delors`, `Earlier Reagan` are no first names; `John`, `Paul`, `Jack` stay below it.
OPENER_FREQUENCY = 20_000


@dataclass(frozen=True)
class Mention:
    span: Span  # the name as written, without a possessive
    text: str
    key: str  # case-folded
    caps: bool  # written in capitals (an all-caps line or an acronym)
    sentence: int  # index of the sentence in the story
    partners: tuple[str, ...] = ()  # the first name before it, if any (case-folded)
    after: tuple[str, ...] = ()  # the name after it (`Michel Gondry`), if any (case-folded)
    title: str = ""  # the title before it (`President Reagan`), if any (case-folded)
    listed: bool = False  # an item of a list of names (a team sheet, a cast)
    reference: Span | None = None  # the whole reference: title, first name, name, last name

    @property
    def fullness(self) -> int:
        """How full a reference to a person this is: 2 for a first name before it, 1 for a
        title. A name after it says less: `Costain Ltd`, `Banco do Brasil`."""
        return 2 * bool(self.partners) + bool(self.title)


# A raw mention's start, end, piece and sentence (``RawMention``).
_START = itemgetter(0)
_END = itemgetter(1)
_PIECE = itemgetter(2)
_SENTENCE = itemgetter(4)
_SPAN_OF = attrgetter("span")
_POSSESSIVE_RE = re.compile(r"['’][sS]?$")
_PIECE_RE = re.compile(r"[^\-‐]+")


def _pieces(tok: Token) -> Iterable[tuple[int, int, str]]:
    """A token's hyphen-separated pieces, possessive dropped: `pro-Russian's` -> `Russian`."""
    text = _POSSESSIVE_RE.sub("", tok.text) if ("'" in tok.text or "’" in tok.text) else tok.text
    if "-" not in text and "‐" not in text:
        yield tok.start, tok.start + len(text), text
        return
    for m in _PIECE_RE.finditer(text):
        yield tok.start + m.start(), tok.start + m.end(), m.group()


_PROSE = (PartKind.HEADLINE, PartKind.BULLET, PartKind.SUBHEAD, PartKind.PARAGRAPH)


def _is_capital(word: str) -> bool:
    return word[:1].isupper()


def _latin(word: str) -> bool:
    # A name quoted in its own script (`Tyumen (Russian: Тюмень)`) is not a variant.
    return word.isascii() or all(ord(c) < 0x250 or not c.isalpha() for c in word)


#: (start, end, piece, caps, sentence, possessive) of a capitalised piece of a token.
RawMention = tuple[int, int, str, bool, int, bool]


def mentions(doc: Document, titles: frozenset[str] = frozenset()) -> list[Mention]:
    """Every capitalised word of the story's prose that could be a name.

    ``titles`` (case-folded) are words such as `President` that stand before names
    without being part of them.
    """
    raw, lower_words, sentences = raw_mentions(doc)
    return mentions_of(raw, lower_words, doc.text, titles, sentences=sentences)


@dataclass
class StoryPieces:
    """What the passes over one story's raw pieces (``mentions_of``) share, each read when
    first asked: a long story's pieces are read for it once, not once a pass.

    A caller asking again about the same ``raw``, ``text`` and ``particles`` passes the
    same one.
    """

    #: Keys of the first parts of hyphenated names (``_before``, ``_leading_parts``).
    leading: set[str] | None = None
    #: The key of each piece of ``raw``, in order.
    folded: list[str] | None = None
    #: Whether a sentence, by index, is a list of names (``_is_name_list``).
    lists: dict[int, bool] = field(default_factory=dict)
    #: The text between each piece of ``raw`` and the next (``gaps``).
    between: list[str] | None = None

    def keys(self, raw: list[RawMention]) -> list[str]:
        """The key of each piece of ``raw``, in order (each spelling case-folded once):
        a pass wanting a few keys finds their pieces in C."""
        if self.folded is None:
            fold = {piece: piece.casefold() for piece in set(map(_PIECE, raw))}
            self.folded = list(map(fold.__getitem__, map(_PIECE, raw)))
        return self.folded

    def gaps(self, raw: list[RawMention], text: str) -> list[str]:
        """The text between each piece of ``raw`` and the next when both stand in one
        sentence, else "": one fewer than the pieces. The passes that look at two
        neighbouring pieces (parts of one name: `Tony Blair`, `Kilroy-Silk`, `Arjan de
        Zeeuw`) pick the pairs out of these in C, by the gaps that join them."""
        if self.between is None:
            ends = map(_END, raw)
            starts = map(_START, islice(raw, 1, None))
            gaps = map(text.__getitem__, map(slice, ends, starts))
            same = map(eq, map(_SENTENCE, raw), map(_SENTENCE, islice(raw, 1, None)))
            # A string times False is "": the gap of two pieces in different sentences.
            self.between = list(map(mul, gaps, same))
        return self.between


def mentions_of(
    raw: list[RawMention],
    lower_words: set[str],
    text: str,
    titles: frozenset[str],
    wanted: set[str] | None = None,
    particles: frozenset[str] = frozenset(),
    sentences: list[tuple[int, int]] | None = None,
    shared: StoryPieces | None = None,
) -> list[Mention]:
    """Mentions of the raw pieces (only of the ``wanted`` keys, when given).

    ``shared`` is what the passes over the same ``raw`` share (``StoryPieces``).
    """
    out: list[Mention] = []
    if shared is None:
        shared = StoryPieces()
    lists = shared.lists
    pieces: Iterable[int] = range(len(raw))
    keys = shared.keys(raw)  # each spelling case-folded once
    if wanted is not None:
        # Only the wanted keys' pieces are read: they are found in C loops, and a long
        # story's passes each want a few of its hundred thousand pieces.
        pieces = compress(pieces, map(wanted.__contains__, keys))
    for i in pieces:
        start, end, piece, caps, sent, poss = raw[i]
        key = keys[i]
        if not is_mention(piece, end, key, lower_words, text):
            continue
        partners: tuple[str, ...] = ()
        after: tuple[str, ...] = ()
        title = ""
        ref_start, ref_end = start, end
        if not caps:
            j = _before(raw, i, text, particles, shared)
            if j is not None:
                # A first name before it: `Donald Regan`. A title (`President`), an ordinary
                # word or a possessive (`Ukraine's Zelenskiy`) is none.
                word = raw[j][2].casefold()
                if word in titles:
                    title, ref_start = word, raw[j][0]
                elif (
                    not raw[j][5]
                    and word not in lower_words
                    and frequency(word)
                    < (OPENER_FREQUENCY if _opens(raw[j], sentences) else NAME_PART_FREQUENCY)
                    and text[raw[j][1] : start] != ". "  # `Corp. Smith`: two things
                ):
                    partners, ref_start = (word,), raw[j][0]
                    k = _before(raw, j, text, particles)
                    if k is not None and raw[k][2].casefold() in titles:
                        title, ref_start = raw[k][2].casefold(), raw[k][0]
            k = None if poss else _after(raw, i, text, particles)
            if k is not None:
                # A last name after it: `Michel Gondry`, `Arjan de Zeeuw`.
                word = raw[k][2].casefold()
                if (
                    word not in titles
                    and word not in lower_words
                    and frequency(word) < NAME_PART_FREQUENCY
                ):
                    after, ref_end = (word,), raw[k][1]
        listed = False
        if sentences is not None:
            listed = lists.get(sent)  # type: ignore[assignment]
            if listed is None:
                lo, hi = sentences[sent]
                listed = lists[sent] = _is_name_list(text[lo:hi], particles)
        reference = Span(ref_start, ref_end) if (ref_start, ref_end) != (start, end) else None
        out.append(
            Mention(
                Span(start, end), piece, key, caps, sent, partners, after, title, listed, reference
            )
        )
    return out


def _opens(piece: RawMention, sentences: list[tuple[int, int]] | None) -> bool:
    """Whether ``piece`` is the first word of its sentence (capitalised as any word is)."""
    return sentences is not None and sentences[piece[4]][0] == piece[0]


def _joined(gap: str, particles: frozenset[str]) -> bool:
    """Whether ``gap`` joins two parts of one name: a space, or a particle (`de`)."""
    return gap == " " or (gap[:1] == " " == gap[-1:] and gap[1:-1] in particles)


def _before(
    raw: list[RawMention],
    i: int,
    text: str,
    particles: frozenset[str],
    shared: StoryPieces | None = None,
) -> int | None:
    """The capitalised piece just before piece ``i`` in its sentence, as part of one name.

    With ``shared``, also the first part of a hyphenated surname (`Buchanan`
    of `Alick Buchanan-Smith`): it stands before the second as a first name does, so
    the whole is as full a reference as `Buchanan Snith`, when the story never uses it
    alone (`Texaco` of `Texaco-Pennzoil` is a name of its own).
    """
    j = i - 1
    if j < 0 or raw[j][4] != raw[i][4] or raw[j][3]:
        return None
    gap = text[raw[j][1] : raw[i][0]]
    # `Dr. Smith`: an abbreviated title keeps its point.
    if _joined(gap, particles) or gap == ". ":
        return j
    if shared is None or gap not in _HYPHENS:
        return None
    if shared.leading is None:
        shared.leading = _leading_parts(raw, shared.gaps(raw, text), particles)
    return j if raw[j][2].casefold() in shared.leading else None


def _leading_parts(raw: list[RawMention], gaps: list[str], particles: frozenset[str]) -> set[str]:
    """Keys of pieces that only ever stand before another part of a name (`Buchanan` of
    `Buchanan-Smith`), never alone (`Texaco` of `Texaco-Pennzoil`, `Texaco said`).

    ``gaps`` are the texts between neighbouring pieces (``StoryPieces.gaps``): a piece
    stands before another part when its gap joins them (``_joined``: a space, or a
    particle between spaces) or is a hyphen. That is a test of the gap's text alone, so
    it is a set's, made in C over every pair.
    """
    joining = _joining_gaps(particles) | set(_HYPHENS)
    pieces = list(map(_PIECE, raw))
    joins = list(map(joining.__contains__, gaps))
    # The pieces as written, folded once each at the end.
    before = set(compress(pieces, joins))
    alone = set(compress(pieces, map(not_, joins)))
    if pieces:
        alone.add(pieces[-1])
    keys = {w.casefold() for w in before} - {w.casefold() for w in alone}
    # Not a prefix or a word of its own (`Ex-Labour`): looked up once per key.
    return {key for key in keys if frequency(key) < LEADING_FREQUENCY}


def _joining_gaps(particles: frozenset[str]) -> set[str]:
    """Every gap ``_joined`` takes: a space, and each particle between two spaces."""
    return {" ", *(f" {p} " for p in particles)}


_HYPHENS = ("-", "‐")
#: The first part of a hyphenated name is read as part of a surname only when rarer than
#: this: `Ex-Labour`, `Anti-Apartheid`, `Rolls-Royce` begin with a word of their own.
LEADING_FREQUENCY = 1000


def _after(raw: list[RawMention], i: int, text: str, particles: frozenset[str]) -> int | None:
    """The capitalised piece just after piece ``i`` in its sentence, as part of one name."""
    k = i + 1
    if k >= len(raw) or raw[k][4] != raw[i][4] or raw[k][3]:
        return None
    if not _joined(text[raw[i][1] : raw[k][0]], particles):
        return None
    if raw[k][2].casefold() in particles:  # `Arjan De Zeeuw`: the name is after `De`
        return _after(raw, k, text, particles) or k
    return k


_ITEM_SPLIT_RE = re.compile(r"[,;]|\band\b")
_ITEM_WORD_RE = re.compile(r"(?:[A-Z][\w'’.-]*|[a-z]{1,3})\Z")


def _is_name_list(sentence: str, particles: frozenset[str]) -> bool:
    """A team sheet or a cast: four or more items, nearly all of them short names."""
    if sentence.count(",") + sentence.count(";") + sentence.count("and") < 3:
        return False  # four items take three separators; most sentences have fewer
    items = [i.strip() for i in _ITEM_SPLIT_RE.split(sentence.rsplit(":", 1)[-1].strip(" .\n"))]
    items = [i for i in items if i]
    if len(items) < 4:
        return False
    names = sum(
        1
        for item in items
        if len(words := item.split()) <= 4
        and _ITEM_WORD_RE.match(words[0]) is not None
        and words[0][:1].isupper()
        and all(_ITEM_WORD_RE.match(w) is not None for w in words)
    )
    return names >= 0.75 * len(items)


def is_mention(piece: str, end: int, key: str, lower_words: set[str], text: str) -> bool:
    # Not a word the story also writes in lower case, nor one in another script, nor one
    # right before a `[`.
    return key not in lower_words and _latin(piece) and not text.startswith("[", end)


def mention_keys(raw: list[RawMention], lower_words: set[str], text: str) -> set[str]:
    """The keys of the pieces of ``raw`` that are mentions (``is_mention``).

    Only a `[` right after a piece depends on where it stands: the pieces with one are
    left out first, in C, and each distinct spelling of the rest is tested once.
    """
    pieces: Iterable[str] = map(_PIECE, raw)
    if "[" in text:
        bracketed = map(text.startswith, repeat("["), map(_END, raw))
        pieces = compress(pieces, map(not_, bracketed))
    return {
        key
        for piece in set(pieces)
        if (key := piece.casefold()) not in lower_words and _latin(piece)
    }


def _unmarked(word: str) -> str:
    """``word`` case-folded, its diacritics dropped: `hijāb` -> `hijab`."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c)
    )


_COPY_WORDS = "mentions.copy-words"


def copy_words(doc: Document, texts: CopyTexts | None = None) -> frozenset[str]:
    """The distinct spellings of the copy's tokens: ``doc.words``, read from each part's
    spellings (``Part.texts``, or ``texts`` when given). A long story keeps most of its
    parts' tokens packed, and ``doc.words`` makes every one of them again to read its
    text."""
    words = doc.cache.get(_COPY_WORDS)
    if words is None:
        if texts is None:
            texts = copy_texts(doc)
        words = frozenset(chain.from_iterable(map(_SECOND, texts)))
        doc.cache[_COPY_WORDS] = words
    return words


#: Each copy part with the spellings of its tokens (``copy_texts``).
CopyTexts = list[tuple[Part, list[str]]]
_SECOND = itemgetter(1)


def copy_texts(doc: Document) -> CopyTexts:
    """Each copy part with the spellings of its tokens (``Part.texts``), read once for
    the passes of one analysis: a part that keeps its tokens (a story short enough)
    makes that list afresh on every read."""
    return [(p, p.texts) for p in doc.parts if p.kind in COPY_KINDS]


def raw_mentions(
    doc: Document, texts: CopyTexts | None = None
) -> tuple[list[RawMention], set[str], list[tuple[int, int]]]:
    """Capitalised pieces of the prose's tokens, the words written in lower case, and
    the (start, end) of each sentence. ``texts``: the story's ``copy_texts``, if read
    already."""
    if texts is None:
        texts = copy_texts(doc)
    raw: list[RawMention] = []
    sentences: list[tuple[int, int]] = []
    lower = TokenShape.LOWER
    # Comprehensions, not loops: a story has thousands of tokens and few names. A
    # lower-case ASCII word is its own case fold: only the others are folded.
    words = copy_words(doc, texts)
    # Each spelling's shape once, the spellings then sorted by it in C.
    shapes = list(map(word_shape, words))
    lower_words = set(compress(words, map(is_, shapes, repeat(lower))))
    unfolded = [w for w in lower_words if not w.isascii()]
    if unfolded:
        lower_words.difference_update(unfolded)
        lower_words.update(w.casefold() for w in unfolded)
        # And without their marks: `Hijab` in a movement's name is the `hijāb` the story
        # writes in lower case, an ordinary word, not a slip of the name `Hijabi`.
        lower_words.update(_unmarked(w) for w in unfolded)
    skip = {lower, TokenShape.NUMBER, TokenShape.OTHER}
    kept = frozenset(compress(words, map(not_, map(skip.__contains__, shapes))))
    # The tokens of doc.sentences, in order, read part by part: a part's few tokens
    # worth a look are picked out in C by their spellings, and only they are made (a
    # long story keeps most parts' tokens packed); each is placed in its sentence by its
    # start, as the part's sentences take their tokens.
    for part, spellings in texts:
        if not part.sentences:
            continue
        first = len(sentences)
        spans = list(map(_SPAN_OF, part.sentences))
        sentences.extend(zip(map(_START, spans), map(_END, spans), strict=True))
        hits = words_in(spellings, kept)
        if not hits:
            continue
        opens = list(map(_START, spans))
        for tok in part.tokens_at(hits):
            n_sentence = first + bisect_right(opens, tok.start) - 1
            if n_sentence < first or tok.start >= sentences[n_sentence][1]:
                continue  # between two sentences (no token is, in practice)
            shape = tok.shape
            t = tok.text
            if "-" not in t and "'" not in t and "’" not in t and "‐" not in t:
                # The common case, one plain word: its shape says it all.
                if shape is _CAPITALIZED or shape is _UPPER:
                    raw.append((tok.start, tok.end, t, shape is _UPPER, n_sentence, False))
                elif t.isalpha():
                    lower_words.add(t.casefold())
                continue
            possessive = t.endswith(("'s", "’s", "'", "’", "'S", "’S"))
            # Each part of a name of capitalised parts is a mention of its own: a slip
            # in `Kilroy-Silk` or `Borg-Warner` is a slip in `Kilroy` or `Warner`.
            for start, end, piece in _pieces(tok):
                if not _is_capital(piece):
                    if piece.isalpha():
                        lower_words.add(piece.casefold())
                    continue
                caps = sum(c.isalpha() for c in piece) > 1 and not any(c.islower() for c in piece)
                raw.append((start, end, piece, caps, n_sentence, possessive and end >= tok.end - 2))
    _add_dateline_city(doc, raw, sentences)
    return raw, lower_words, sentences


_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")


def _add_dateline_city(
    doc: Document, raw: list[RawMention], sentences: list[tuple[int, int]]
) -> None:
    """The dateline's city and agency (`CHICAGO, March 3 (Reuters) -`) as mentions, each a
    sentence of its own.

    It is a use of the name like any other: `Chicag Board of Trade` in the body of a story
    datelined CHICAGO is a slip, even where the body names the city only once.
    """
    dateline = doc.dateline
    if dateline is None:
        return
    # The agency too (`(Reuters)`): a body that names it once (`told Rueters`) has a
    # second use in the dateline.
    for span in (dateline.city, dateline.agency):
        if span is None or span.end <= span.start:
            continue
        start = span.start
        n_sentence = len(sentences)
        sentences.append((start, span.end))
        at = bisect_left(raw, (start,))
        pieces = [
            (
                m.start(),
                m.end(),
                m.group(),
                m.end() - m.start() > 1 and m.group().isupper(),
                n_sentence,
                False,
            )
            for m in _LETTER_RUN_RE.finditer(doc.text, start, span.end)
            if m.group()[:1].isupper()
        ]
        raw[at:at] = pieces
