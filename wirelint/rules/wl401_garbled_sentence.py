"""WL401 garbled-sentence: grammar that breaks down mid-sentence."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirelint.diagnostics import Diagnostic, Note, Severity
from wirelint.document.model import Document, Part, PartKind
from wirelint.document.span import Span
from wirelint.packs import PackValueError, file_beside, register_section
from wirelint.registry import Context, Rule

if TYPE_CHECKING:
    from wirelint.grammar import Finding, Scanner

LEXICON = "grammar-lexicon"
WORDS = "grammar-words"
PATTERNS = "grammar-patterns"
_CHECKED = frozenset({PartKind.PARAGRAPH, PartKind.BULLET})
_START = itemgetter(0)


def _validate_lexicon(value: Any, path: Path) -> dict[str, Path]:
    unknown = set(value) - {"file"}
    if unknown:
        raise PackValueError(sorted(unknown)[0], "unknown key; known: file")
    return {"file": file_beside(path, "file", value.get("file"), "lexicon")}


def _validate_words(value: Any, path: Path) -> dict[str, list[str]]:
    for key, words in value.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise PackValueError(key, "expected a list of words")
    return value  # type: ignore[no-any-return]


register_section(LEXICON, "table", "the word-form table the WL401 tagger reads", _validate_lexicon)
register_section(
    WORDS, "table", "closed-class words and exception lists for WL401", _validate_words
)


def _validate_pattern_words(value: Any, path: Path) -> dict[str, list[str]]:
    from wirelint.grammar.patterns.base import PATTERN_LISTS

    unknown = sorted(set(value) - set(PATTERN_LISTS))
    if unknown:
        raise PackValueError(unknown[0], f"unknown list; known: {', '.join(PATTERN_LISTS)}")
    return _validate_words(value, path)


register_section(
    PATTERNS, "table", "the word lists WL401's pattern families read", _validate_pattern_words
)


def scanner_for(ctx: Context) -> Scanner | None:
    """The pattern scanner and its lexicon for the pack set, built once (None without a table).

    The parser checks (WL411-WL417) read word forms from the same lexicon.
    """
    from wirelint.grammar import Scanner, build_lexicon

    lexicon = ctx.packs.section(LEXICON)
    if "file" not in lexicon:
        return None
    words = ctx.packs.section(WORDS)
    patterns = ctx.packs.section(PATTERNS)
    return ctx.packs.derived(
        ("WL401", LEXICON, WORDS, PATTERNS),
        lambda: Scanner(build_lexicon(lexicon["file"], words), patterns),
    )


class GarbledSentence(Rule):
    """Sentences whose grammar breaks down: wrong verb forms, disagreement, run-together clauses.

    ## What it does
    Reads every body sentence with a small part-of-speech tagger (a word-form table,
    no model) and reports the words where the grammar breaks: a wrong verb form after
    an auxiliary (`has knock`, `can went`, `will to decide`, `has sell 2.8 million`,
    `were take from`, `happy to sent`), a verb that disagrees with its subject (`the
    ministers was`, `they says`, `it need`, `declines in the dollar has`), words left
    over from a rewrite or swapped (`which the it said`, `ministry the said`, `they
    Japan`, `of was`, `in of`, `if was`), and a second clause run into the first with
    no conjunction or punctuation (`the missiles they are targeting power plants`,
    `rates on Friday the move has angered`), a `to` dropped before an infinitive
    (`failed find the pass`) and an -ing form that lost its auxiliary (`who chairing`),
    a sentence glued on mid-sentence with its capital where a full stop was lost (`in
    early trade But analysts said`), a copula cut between a pronoun and its complement
    (`they not even able`) and a plural subject with a singular verb (`many analysts
    expects`).
    Each kind of pattern is a family with an id (wirelint/grammar/patterns). A pattern fires only when no reading of
    the words is grammatical, so `had had`, `that that`, `the data are`, `the
    government are`, `said Smith`, `the soldiers they killed` (a relative clause
    with its gap), `When the deal was launched the players ...`, words that make a
    quotation of their own (a phrase quoted as a thing: `a few "don't worries"`) and
    headlines without verbs pass. Findings where British usage may be intended (a singular
    collective with a plural verb) are info. Headlines and subheads are not read
    (headline grammar drops verbs and articles by design), and a summary bullet written
    as a headline (one sentence, no full stop: `Lawyer says will appeal`) is read only for
    the slips headline grammar has too: verb forms, agreement, a dropped `to`.

    The word classes are data: `rules/grammar.toml` lists the closed classes, the
    exceptions (clause verbs, nouns and adjectives, titles, quantity nouns, nouns
    that stand bare after "is") and the function-word pairs that never stand side
    by side; `rules/grammar-patterns.toml` holds the cues and exceptions each pattern
    family reads (wirelint/grammar/patterns has one module per family);
    `rules/data/wl401-lexicon.txt` holds the verb, noun and adjective forms (from
    lemminflect and WordNet). A newsroom pack can replace any of these lists.

    ## Why it matters
    Machine rewriting and hurried edits leave sentences that no editor would pass
    and a spelling checker never sees: every word is spelled right. Readers notice at
    once, and a garbled sentence in a published story needs a correction.

    ## Example
    ```text
    Ukraine says it downs more missiles

    Kyiv says it always has knock out more of the Russian missiles they are targeting power plants.
    ```
    `has knock` is reported (after `has`, the verb should be `knocked`), and so is
    `missiles they`, where a second clause starts without `that` or a full stop.
    """

    code = "WL401"
    #: A doubled word (`could could`, `of of`) is WL402's, which says so in plain words.
    defers_to = ("WL402",)
    name = "garbled-sentence"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for f, span, sentence in scan_document(doc, ctx):
            d = self.diagnostic(span, f.message, notes=(Note(sentence, "in this sentence"),))
            yield d if f.confident else d.with_severity(Severity.INFO)


@cache
def _headline_families() -> frozenset[str]:
    """The families whose slips are slips in a bullet written as a headline too (read when
    first needed: the patterns are imported only when WL401 runs)."""
    from wirelint.grammar.patterns import FAMILIES

    return frozenset(f.id for f in FAMILIES if f.headline_style)


_OPENING_QUOTES = "\"“‘'"
_CLOSING_QUOTES = "\"”’'"


def _quoted_whole(text: str, span: Span) -> bool:
    """The finding's words are a quotation of their own: a phrase quoted as a thing, used
    as a noun (`a few "don't worries"`, `the "must haves"`), not a clause to parse."""
    return (
        span.start > 0
        and span.end < len(text)
        and text[span.start - 1] in _OPENING_QUOTES
        and text[span.end] in _CLOSING_QUOTES
    )


def scan_document(doc: Document, ctx: Context) -> Iterator[tuple[Finding, Span, Span]]:
    """Each finding the pattern families report in the body, with its span and sentence.

    At most one finding per stretch of words: a finding that overlaps the one before is
    dropped, and so is one whose words the configuration allows.
    """
    scanner = scanner_for(ctx)
    if scanner is None:
        return
    text = doc.text
    allow = {a.lower() for a in ctx.config.allow}
    memo = _memo_of(scanner)
    for part in doc.parts:
        if part.kind not in _CHECKED:
            continue
        base = part.span.start
        paragraph = part.text
        found = memo.get(paragraph)
        if found is None:
            found = _paragraph_findings(part, scanner)
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[paragraph] = found
        last_end = -1
        last_sentence = -1
        headline = _headline_families() if part.headline_style else None
        for f, start, end, sentence_start, sentence_end in found:
            if headline is not None and f.family not in headline:
                continue  # a gap headline style leaves by design: `Lawyer says will appeal`
            if sentence_start != last_sentence:
                # overlaps are dropped within a sentence only
                last_sentence, last_end = sentence_start, -1
            span = Span(base + start, base + end)
            if span.start < last_end:
                continue
            if allow and text[span.start : span.end].lower() in allow:
                continue
            if _quoted_whole(text, span):
                continue
            last_end = span.end
            yield f, span, Span(base + sentence_start, base + sentence_end)


# What the families find in a paragraph depends on its text alone (the tagger reads a
# token's spelling and the characters around it; sentences are cut from the paragraph's
# text), so the findings are kept by paragraph text, with offsets from its start: the
# language server re-lints a story after each keystroke and only the edited paragraph is
# scanned again. Bounded: a long story clears it rather than holding every paragraph.
_MEMO_SIZE = 4096
_Found = tuple[tuple["Finding", int, int, int, int], ...]


def _memo_of(scanner: Scanner) -> dict[str, _Found]:
    memo: dict[str, _Found] | None = scanner.__dict__.get("_wl401_paragraphs")
    if memo is None:
        memo = scanner.__dict__["_wl401_paragraphs"] = {}
    return memo


def _paragraph_findings(part: Part, scanner: Scanner) -> _Found:
    """The families' findings in one paragraph, sentence by sentence, before any filter:
    (finding, start, end, sentence start, sentence end), offsets from the paragraph's start."""
    from wirelint.grammar import tag_tokens

    base = part.span.start
    # The paragraph is tagged in one pass and each sentence takes its stretch: one call
    # per paragraph, not one per sentence. A sentence's tokens are those of the paragraph
    # from its start to its end (as the document cuts them).
    paragraph = tag_tokens(part.tokens, part.doc.text, scanner.lex)
    starts = list(map(_START, paragraph.tokens))
    out: list[tuple[Finding, int, int, int, int]] = []
    for sentence in part.sentences:
        first = bisect_left(starts, sentence.span.start)
        last = bisect_left(starts, sentence.span.end, first)
        if last - first < 3:
            continue
        tagged = paragraph.stretch(first, last)
        tokens = tagged.tokens
        s_start, s_end = sentence.span.start - base, sentence.span.end - base
        for f in scanner.scan(tagged):
            out.append((f, tokens[f.first].start - base, tokens[f.last].end - base, s_start, s_end))
    return tuple(out)
