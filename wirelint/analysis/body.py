"""The body index: a story's body words, names and figures, computed once per story.

Headlines, bullets and subheads are compared against it (WL301-WL303): whether the body
mentions a name, spells it a little differently, says a phrase another way, or gives a
figure that contradicts the heading's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import chain

from wirelint.analysis.figures import NUMBER_WORDS, Figure, figures
from wirelint.analysis.words import (
    _FORMS,
    STOPWORDS,
    _word_forms,
    edit_distance,
    fold_spelling,
    is_common_word,
    norm,
)
from wirelint.diagnostics import Fix, Note
from wirelint.document.model import Document, Part, PartKind, Token, TokenShape
from wirelint.document.span import Span

# Enum members looked up once: `TokenShape.NUMBER` in a loop costs a lookup per token.
_NUMBER = TokenShape.NUMBER

BODY_KEY = "structure.body"


def body_start(doc: Document) -> int:
    """Where the body begins: the first paragraph (after any dateline)."""
    if doc.dateline is not None:
        return doc.dateline.span.start
    return doc.paragraphs[0].span.start if doc.paragraphs else len(doc.text)


def summary_bullets(doc: Document) -> list[Part]:
    """Bullets between the headline and the body; bullets further down are body copy."""
    start = body_start(doc)
    return [p for p in doc.bullets if p.span.start < start]


def body_parts(doc: Document) -> list[Part]:
    """Paragraphs and the bullets inside the body."""
    start = body_start(doc)
    return [
        p
        for p in doc.parts
        if p.kind is PartKind.PARAGRAPH or (p.kind is PartKind.BULLET and p.span.start >= start)
    ]


_NAME_SHAPES = frozenset({TokenShape.CAPITALIZED, TokenShape.UPPER, TokenShape.MIXED})


class Body:
    """The body's words and figures, for comparing headlines, bullets and subheads.

    Words come at once; spelling-folded words, names and figures when first asked for:
    most headlines have no figure, and most of their names are the body's own words.
    """

    def __init__(self, doc: Document, parts: list[Part]) -> None:
        self._doc = doc
        self.parts = parts
        # Normalise each distinct spelling once: a story repeats its words (and stories
        # share most of theirs).
        known = _FORMS.get
        spellings = set(chain.from_iterable(p.texts for p in parts))
        self._forms = [known(w) or _word_forms(w) for w in spellings]
        self.words: set[str] = {w for w, _ in self._forms}  # normalised tokens
        self.number_words: set[int] = {NUMBER_WORDS[w] for w in self.words if w in NUMBER_WORDS}
        self.lead_end: int = parts[0].span.end if parts else 0  # where the first paragraph ends

    @property
    def tokens(self) -> list[Token]:
        """The body's tokens in turn, made when asked and not kept: the Body lives as
        long as the story, and a long story's tokens are not all held at once."""
        return list(chain.from_iterable(p.tokens for p in self.parts))

    @cached_property
    def folded(self) -> set[str]:
        """Spelling-folded tokens."""
        return {folded for _, folded in self._forms}

    @cached_property
    def names(self) -> dict[str, Token]:
        """Normalised -> first capitalised mention."""
        names: dict[str, Token] = {}
        seen: set[str] = set()
        for t in [t for t in self.tokens if t.shape in _NAME_SHAPES]:
            if t.text not in seen:
                seen.add(t.text)
                names.setdefault(norm(t.text), t)
        return names

    @cached_property
    def figures(self) -> list[Figure]:
        return [f for p in self.parts for f in figures(self._doc, p)]

    @cached_property
    def values(self) -> set[tuple[float, str]]:
        return {(f.value, f.unit) for f in self.figures}

    @cached_property
    def wordings(self) -> tuple[list[str], dict[str, str | None], dict[str, list[int]]]:
        """What ``phrase_in_body`` reads, made once for all the story's headings: the body's
        token texts in turn; each spelling's folded form (None for a stop word, which never
        opens a wording); and where each folded content word stands (token numbers)."""
        texts = list(chain.from_iterable(p.texts for p in self.parts))
        known = _FORMS.get  # each spelling's (normalised, folded) forms, kept across stories
        folds: dict[str, str | None] = {}
        for w in set(texts):
            normal, folded = known(w) or _word_forms(w)
            folds[w] = None if normal in STOPWORDS else folded
        places: dict[str, list[int]] = {}
        for i, w in enumerate(texts):
            content = folds[w]
            if content is not None:
                places.setdefault(content, []).append(i)
        return texts, folds, places


def body(doc: Document) -> Body:
    cached = doc.cache.get(BODY_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    result = Body(doc, body_parts(doc))
    doc.cache[BODY_KEY] = result
    return result


def mentioned(word: str, b: Body) -> bool:
    """Whether the body mentions ``word`` (any case, possessive or plural, US/UK spelling)."""
    w = norm(word)
    if w in b.words or fold_spelling(w) in b.folded:
        return True
    # Demonyms and inflections of the body's names: Russia/Russian, Ukrainian/Ukrainians;
    # not Honey/Honeyet, nor the word "said" for the name "Saidi".
    return any(
        min(len(v), len(w)) >= 4
        and (
            (v.startswith(w) and v[len(w) :] in _ENDINGS)
            or (w.startswith(v) and w[len(v) :] in _ENDINGS)
        )
        for v in b.names
        if v[:3] == w[:3]
    )


# What a name gains as a plural, demonym or inflection: Russia-n, Brit-ish, Iraq-i.
_ENDINGS = frozenset(
    "s es n ns an ans ian ians ese i is ish ic ics er ers ed ing ern erns ite ites".split()  # noqa: SIM905
)


def _ascii(word: str) -> str:
    if word.isascii():
        return word
    from unidecode import unidecode

    return str(unidecode(word))


def variant_in_body(word: str, b: Body) -> Token | None:
    """A name in the body spelled a little differently from ``word`` (Bachmut/Bakhmut)."""
    w = norm(word)
    if len(w) < 4 or not w.isalpha():
        return None
    best: tuple[int, Token] | None = None
    for name, token in b.names.items():
        if name[0] != w[0] or not name.isalpha() or len(name) < 5:
            continue
        if len(w) == 4 and not _one_letter_dropped(w, name):
            continue  # four letters: only a dropped letter (Bair/Blair) is clear enough
        if name.startswith(w) or w.startswith(name) or name[:-1] == w[:-1]:
            continue  # Russia/Russian, Argentina/Argentine, plural and possessive
        if _ascii(name) == _ascii(w):
            continue  # accents dropped (Jaroslaw/Jarosław): a name-variant matter, WL101's
        limit = 1 if min(len(w), len(name)) < 8 else 2
        d = edit_distance(w, name, limit)
        if d <= limit and (best is None or d < best[0]):
            best = (d, token)
    return best[1] if best else None


def _one_letter_dropped(short: str, name: str) -> bool:
    return len(name) == len(short) + 1 and any(
        name[:i] + name[i + 1 :] == short for i in range(1, len(name))
    )


def name_tokens(part: Part, *, all_caps: bool) -> list[Token]:
    """Tokens of a heading-like part that look like names, not common words."""
    out = []
    for t in part.tokens:
        if t.shape in (TokenShape.NUMBER, TokenShape.LOWER, TokenShape.OTHER):
            continue
        if norm(t.text) in STOPWORDS:
            continue
        text = part.doc.text
        if text[t.start - 1 : t.start] in ("<", "(") and text[t.end : t.end + 1] in (">", ")", "."):
            continue  # a ticker: <CRZY>, (CRZY.O)
        # Where case says nothing, keep only words that are not common English.
        if (all_caps or t.sentence_start) and is_common_word(norm(t.text), 200):
            continue
        out.append(t)
    return out


@dataclass(frozen=True)
class Phrase:
    span: Span
    text: str
    key: frozenset[str]


_PHRASE_RE = re.compile(
    r"[A-Z][\w'’-]+(?:\s+(?:of|for|and|the|on)\s+(?:the\s+)?[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+)+"
)


def capitalised_phrases(part: Part) -> list[Phrase]:
    """Multi-word names in a part (Ministry of Defence), with a key of folded content words."""
    out = []
    for m in _PHRASE_RE.finditer(part.text):
        words = [w for w in re.findall(r"[\w'’-]+", m.group()) if w.lower() not in STOPWORDS]
        if len(words) < 2:
            continue
        key = frozenset(fold_spelling(w) for w in words)
        span = Span(part.span.start + m.start(), part.span.start + m.end())
        out.append(Phrase(span, m.group(), key))
    return out


def phrase_in_body(phrase: Phrase, b: Body, doc: Document) -> tuple[bool, Span | None]:
    """(said the same way, span of a different wording of the same words) in the body.

    A wording opens with one of the phrase's content words, so only the places where one
    stands are read, and each spelling is folded once (a story repeats its words)."""
    lowered = phrase.text.lower()
    key = phrase.key
    size = len(key)
    texts, folds, places = b.wordings
    other: Span | None = None
    toks: list[Token] | None = None
    for i in sorted(chain.from_iterable(places[f] for f in key if f in places)):
        seen: list[str] = []
        for j in range(i, min(i + size + 2, len(texts))):
            folded = folds[texts[j]]
            if folded is None:
                continue
            seen.append(folded)
            if len(seen) < size:
                continue
            if set(seen) == key:
                if toks is None:
                    toks = b.tokens
                span = Span(toks[i].start, toks[j].end)
                if doc.slice(span).lower() == lowered:
                    return True, None
                if other is None:
                    other = span
            break  # a longer window holds a word the phrase does not
    return False, other


def _comparable(a: Figure, b: Figure) -> bool:
    """Figures of one quantity: within a factor of 20 (a toll of 63 and 89, not 433,745 shares
    and a price of 33.50). Percentages compare whatever their size."""
    if a.kind in ("%", "day"):
        return True
    x, y = abs(a.scaled), abs(b.scaled)
    if not x or not y:
        return False
    return max(x, y) / min(x, y) <= 20


@dataclass(frozen=True)
class FigureClash:
    figure: Figure  # in the headline, bullet or subhead
    body: Figure  # what the body says instead
    earlier: bool  # the heading repeats a figure the body gives as superseded


def figure_clash(f: Figure, b: Body, min_overlap: int = 2) -> FigureClash | None:
    """A body figure on the same subject that contradicts ``f``; None when the body agrees.

    Conservative: a figure the body states anywhere (not as an earlier one) agrees, and a
    figure the body never states is a clash only when a body figure has the same unit (and
    currency, when both name one) and shares at least ``min_overlap`` content words around it.
    """
    same = [g for g in b.figures if f.agrees(g)]
    if any(not g.superseded for g in same):
        return None
    if f.superseded and same:
        return None  # the heading, too, gives it as the earlier figure
    if not f.unit and f.value == int(f.value) and int(f.value) in b.number_words:
        return None
    scored = [
        (len(g.context & f.context), g)
        for g in b.figures
        if g.kind == f.kind
        # Dollars against dollars, never against euros; a headline may leave its money
        # unnamed ("59 MLN IN LOANS" over "59.6 mln dlrs").
        and (g.currency == f.currency or not (g.currency and f.currency))
        and not g.superseded
        and not f.agrees(g)
        and _comparable(f, g)
    ]
    scored = [(n, g) for n, g in scored if n >= min_overlap]
    if not scored:
        return None
    top = max(n for n, _ in scored)
    best = [g for n, g in scored if n == top]
    if len({g.value for g in best}) > 1:
        # Several figures on it: a heading summarises the lead, so the lead's figure
        # decides when it is the only one there; otherwise no clear contradiction.
        lead = [g for g in best if g.span.start < b.lead_end]
        if len({g.value for g in lead}) != 1:
            return None
        best = lead
    return FigureClash(f, best[0], bool(same))


@dataclass(frozen=True)
class ClashFinding:
    """A heading figure the body contradicts, worded for a finding (WL302, WL303)."""

    span: Span
    message: str
    notes: list[Note]
    fixes: list[Fix]


def figure_clashes(
    doc: Document, part: Part, b: Body, min_context: int, where: str
) -> Iterator[ClashFinding]:
    """Each figure of ``part`` (a headline, subhead or bullet) that the body contradicts."""
    for figure in figures(doc, part):
        clash = figure_clash(figure, b, min_context)
        if clash is None:
            continue
        said = doc.slice(clash.body.span)
        mine = doc.slice(figure.span)
        if clash.earlier:
            msg = f"{where} gives {mine}, the body's earlier figure; its latest is {said}"
        else:
            msg = f"{where} gives {mine}, but the body says {said}"
        yield ClashFinding(
            figure.span,
            msg,
            [Note(clash.body.span, "the body's figure")],
            [Fix.replace(figure.span, said, safe=False)],
        )
