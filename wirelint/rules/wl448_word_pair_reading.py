"""WL448 word-pair-reading: word pairs English books almost never print, read from counts."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import Any, ClassVar

from wirelint.diagnostics import Diagnostic, Fix, Severity
from wirelint.document.model import Document, PartKind, Token, TokenShape
from wirelint.document.span import Span
from wirelint.grammar import word_pairs
from wirelint.grammar.lexicon import CLOSED, FINITE_AUX, SUB, VERB, Lexicon
from wirelint.packs import PackValueError, register_section
from wirelint.registry import Context, Rule

SETS = "word-pair-confusion-sets"
DEGREE = "word-pair-degree-words"


def _validate_sets(value: Any, path: object) -> dict[str, list[str]]:
    for key, words in value.items():
        if not isinstance(words, list) or len(words) < 2:
            raise PackValueError(key, "expected a list of two or more words")
        if not all(isinstance(w, str) and w.islower() and w.isalpha() for w in words):
            raise PackValueError(key, "expected lower-case words")
    return value  # type: ignore[no-any-return]


register_section(
    SETS,
    "table",
    "sets of words one is written for another (in/on/at, is/are): WL448 weighs them",
    _validate_sets,
)

register_section(
    DEGREE,
    "strings",
    "words that front an adjective before its article (`as wide a range`): WL448 reads no swap after them",
)

_CHECKED = frozenset({PartKind.PARAGRAPH, PartKind.BULLET})
#: A finding in its paragraph: start and end (from the paragraph's start), message, fix.
_Reading = tuple[int, int, str, str]
#: Paragraphs whose readings are kept (a long story has a few hundred).
_PARAGRAPHS_KEPT = 4096
#: Findings per paragraph: a garbled table or a foreign quotation must not flood the report.
MAX_PER_PARAGRAPH = 2
#: Quotation marks: words inside a quotation are speech, written as it was said.
_QUOTES = frozenset('"“”«»')
#: Both words of a swapped pair are at least this frequent (per the word table): the
#: counts of rarer words' pairs are too thin to prefer one order.
MIN_WORD = 10_000_000
#: How many times likelier the other order must be, over the pair and both neighbours.
SWAP_ODDS = 3_000.0
#: The odds asked of a function word before a noun or a verb (`with skills the`), and of
#: a possible verb before a function word or a pair after an auxiliary (`blog the`, `has
#: there been`): shapes English often writes the way the counts disfavour.
CLOSED_OPEN_SWAP_ODDS = 30_000.0
VERB_CLOSED_SWAP_ODDS = 100_000.0
#: How many times better an alternative of a confusion set must fit both neighbours.
CONFUSION_ODDS = 3_000.0


def _runs(doc: Document, start: int, tokens: Sequence[Token]) -> Iterator[list[int]]:
    """Runs of token indexes joined by plain spaces within one sentence, outside
    quotations (a mark, a line break or a sentence start ends a run)."""
    run: list[int] = []
    quoted = False
    text = doc.text
    end = start
    for k, tok in enumerate(tokens):
        gap = text[end : tok.start]
        end = tok.end
        if gap == " " and k and not tok.sentence_start:
            # (most words: a plain space inside a sentence, no mark to weigh)
            if not quoted:
                run.append(k)
            continue
        if len(run) >= 2:
            yield run
        run = []
        odd = sum(gap.count(q) for q in _QUOTES) % 2 == 1
        # A sentence starts outside any quotation unless a mark opens one before it.
        quoted = odd if tok.sentence_start else quoted != odd
        if not quoted:
            run.append(k)
    if len(run) >= 2:
        yield run


class WordPairReading(Rule):
    """Two neighbouring words in an order books almost never print (`the of`), or a
    preposition, article, auxiliary or pronoun where another fits both its neighbours
    thousands of times better (`responsible of only`).

    ## What it does
    Weighs the words of each body sentence against counts of English word pairs (the
    Google Books n-gram tables the optional `symspellpy` package ships; installed with
    `pip install "wirelint[grammar]"`; without it the check does nothing). Two readings:

    - **swapped words**: two frequent lower-case words, joined by a space, whose other
      order is thousands of times likelier over the pair and both its neighbours
      (`one the of best` -> `one of the best`). Shapes English often writes against the
      counts must be far likelier still: a function word before a noun or a verb (`with
      skills the UK needs`), a possible verb before a function word (`to blog the
      tsunami`) and a pair after an auxiliary (`has there been`). After a word that
      fronts an adjective (the pack's `word-pair-degree-words`: `as wide a range`) a
      pair is not weighed;
    - **confused words**: a word of a confusion set (the pack's
      `word-pair-confusion-sets`: prepositions, a/an/the, has/have, is/are, was/were,
      pronouns) that is not seen with both its neighbours when another member of the
      set is, and fits them thousands of times better (`responsible of only` ->
      `responsible for only`). Before a wh-word (`say by how much`) it is not weighed.

    Only lower-case words outside quotations are read (no names, figures, headlines or
    speech), questions are skipped, and a paragraph gets at most two findings.

    The rule is in preview: it runs only when selected by its code (`select =
    ["WL448"]`). On 1.5 million words of clean agency copy its few findings that no
    other rule makes were all false (a clause after a dropped `that`, a verb the counts
    read as a noun), while the real slips it finds are mostly reported by WL401 and
    WL432 already.

    ## Why it matters
    A rewrite that moves a word, or a preposition typed for another, leaves every word
    spelled correctly: a spelling checker passes it.

    ## Example
    ```text
    Results

    The bank is one the of largest lenders in the country.
    ```
    `the of` is reported: `of the`?
    """

    code = "WL448"
    name = "word-pair-reading"
    severity = Severity.WARNING
    preview = True
    #: The rules that name the same slip more precisely.
    defers_to: ClassVar[tuple[str, ...]] = ("WL401", "WL402", "WL423", "WL432")
    #: Its counts come with the grammar extra (symspellpy): without it the check is silent.
    needs_word_pairs: ClassVar[bool] = True

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        table = word_pairs.table()
        if table is None:
            return  # the grammar extra is not installed
        from wirelint.rules.wl401_garbled_sentence import scanner_for

        scanner = scanner_for(ctx)
        if scanner is None:
            return
        sets = ctx.packs.derived(
            (self.code, SETS),
            lambda: {w: tuple(ws) for ws in ctx.packs.section(SETS).values() for w in ws},
        )
        degree = ctx.packs.derived(
            (self.code, DEGREE), lambda: frozenset(ctx.packs.section(DEGREE))
        )
        # Readings of a paragraph by its text, kept with the packs they were read with: the
        # language server re-reads only the paragraph an edit changed.
        memo: OrderedDict[str, tuple[_Reading, ...]] = ctx.packs.derived(
            (self.code, "paragraphs"), OrderedDict
        )
        allow = {a.lower() for a in ctx.config.allow}
        for part in doc.parts:
            if part.kind not in _CHECKED:
                continue
            base = part.span.start
            text = doc.text[base : part.span.end]
            readings = memo.get(text)
            if readings is None:
                tokens = part.tokens
                readings = tuple(
                    r
                    for run in _runs(doc, base, tokens)
                    for r in self._read(doc, tokens, run, table, scanner.lex, (sets, degree), base)
                )
                memo[text] = readings
                if len(memo) > _PARAGRAPHS_KEPT:
                    memo.popitem(last=False)
            else:
                memo.move_to_end(text)
            count = 0
            for start, end, message, replacement in readings:
                if allow and text[start:end].lower() in allow:
                    continue
                span = Span(base + start, base + end)
                fix = Fix.replace(span, replacement, safe=False)
                yield self.diagnostic(span, message, fixes=(fix,))
                count += 1
                if count >= MAX_PER_PARAGRAPH:
                    break

    def _read(
        self,
        doc: Document,
        tokens: Sequence[Token],
        run: list[int],
        table: word_pairs.WordPairs,
        lex: Lexicon,
        lists: tuple[dict[str, tuple[str, ...]], frozenset[str]],
        base: int,
    ) -> Iterator[_Reading]:
        sets, degree = lists
        words = [self._word(tokens[k], table) for k in run]
        if self._question(doc, tokens, run):
            return
        # Every reading of the run, the likeliest first: `one the of best` reads `the of`
        # (not `one the`) as the swapped pair, and a word is in one finding at most.
        found: list[tuple[float, int, int, str]] = []
        for i in range(len(words)):
            if i + 1 < len(words):
                odds = self._swap(words, i, table, lex, degree)
                if odds >= 1.0:
                    found.append((odds, i, i + 1, ""))
            w = words[i]
            if (
                w is not None
                and w in sets
                and 0 < i < len(words) - 1
                and not self._wh(words, i, lex)
            ):
                better, odds = word_pairs.confused(table, words, i, sets[w])
                if better and odds >= CONFUSION_ODDS:
                    found.append((odds / CONFUSION_ODDS, i, i, better))
        taken: set[int] = set()
        for _odds, i, j, better in sorted(found, reverse=True):
            if taken & {i - 1, i, j, j + 1}:
                continue
            taken.update(range(i, j + 1))
            yield self._finding(tokens, run, i, j, better, base)

    @staticmethod
    def _finding(
        tokens: Sequence[Token], run: list[int], i: int, j: int, better: str, base: int
    ) -> _Reading:
        if not better:
            a, b = tokens[run[i]], tokens[run[j]]
            return (
                a.start - base,
                b.end - base,
                f"`{a.text} {b.text}`: words in the wrong order? (`{b.text} {a.text}`)",
                f"{b.text} {a.text}",
            )
        tok, p, n = tokens[run[i]], tokens[run[i - 1]], tokens[run[i + 1]]
        return (
            tok.start - base,
            tok.end - base,
            f"`{p.text} {tok.text} {n.text}`: `{better}` rather than `{tok.text}`?",
            better,
        )

    @staticmethod
    def _wh(words: list[str | None], i: int, lex: Lexicon) -> bool:
        """Does a wh-word follow word i (`did not say by how much`)? The counts of the
        word before it read a clause, not the preposition's usual object."""
        n = words[i + 1]
        return n is not None and bool(lex.tag(n) & SUB)

    @staticmethod
    def _word(tok: Token, table: word_pairs.WordPairs) -> str | None:
        """The token as the tables read it: a lower-case word they know, else None."""
        if tok.shape is not TokenShape.LOWER or not tok.text.isalpha():
            return None
        return tok.text if table.word(tok.text) else None

    @staticmethod
    def _question(doc: Document, tokens: Sequence[Token], run: list[int]) -> bool:
        """Does the sentence the run is in end with a question mark?"""
        k = run[-1]
        while k + 1 < len(tokens) and not tokens[k + 1].sentence_start:
            k += 1
        end = tokens[k + 1].start if k + 1 < len(tokens) else tokens[k].end + 3
        return "?" in doc.text[tokens[k].end : end]

    @staticmethod
    def _swap(
        words: list[str | None],
        i: int,
        table: word_pairs.WordPairs,
        lex: Lexicon,
        degree: frozenset[str],
    ) -> float:
        """How much likelier words i and i+1 are swapped, over the odds the pair's shape
        asks for (at least 1 reads as a swap; 0: not weighed). Both neighbours must be
        words: a name or a figure next to the pair leaves its context unread."""
        if i == 0 or i + 2 >= len(words):
            return 0.0
        p, a, b, n = words[i - 1 : i + 3]
        if p is None or a is None or b is None or n is None:
            return 0.0
        if p in degree:
            return 0.0  # as wide a range, how severe the tremor: a degree word fronts it
        ta, tb = lex.tag(a), lex.tag(b)
        needed = SWAP_ODDS
        if ta & CLOSED and not tb & CLOSED:
            # with skills the UK needs, to ground the ball, that values the club: a
            # function word before a noun or verb whose own object follows; the counts
            # of the second word before `the` favour the other order there.
            needed = CLOSED_OPEN_SWAP_ODDS
        elif (ta & VERB and tb & CLOSED) or lex.tag(p) & FINITE_AUX:
            # to blog the tsunami, wants that; has there been, would merely be (an
            # inverted or split auxiliary): English the counts often read the other way.
            needed = VERB_CLOSED_SWAP_ODDS
        return word_pairs.swapped(table, words, i, MIN_WORD) / needed
