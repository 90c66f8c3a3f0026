"""WL501 misspelling: an ordinary lower-case word that is not English."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Container, Iterator, Mapping
from itertools import filterfalse
from pathlib import Path
from typing import Any, ClassVar, NamedTuple
from weakref import WeakKeyDictionary

from wirelint.analysis.names import with_case
from wirelint.analysis.spelling import MAX_WORD
from wirelint.analysis.word_evidence import (
    abbreviation,
    expressive,
    in_foreign_run,
    species_epithet,
    telegraphic,
    telegraphic_cues,
)
from wirelint.config import Dialect
from wirelint.diagnostics import Diagnostic, Fix, Severity
from wirelint.document.model import (
    SPELLING_KINDS,
    Document,
    Part,
    Token,
    TokenShape,
    word_shape,
    words_in,
)
from wirelint.document.span import Span
from wirelint.packs import Packs, PackValueError, file_beside, register_section
from wirelint.registry import Context, Rule

LISTS = "spelling-lists"
WORDS = "spelling-words"
PREFIXES = "spelling-prefixes"
SUFFIXES = "spelling-suffixes"
PARTICLES = "name-particles"
RARE = "rare"  # a larger dictionary's rarer words: looked up last, for words of 5+ letters
_DIALECT_KEYS = ("en", Dialect.GB, Dialect.US, RARE)
_DIALECTS = (Dialect.GB, Dialect.US, Dialect.OXENDICT)  # a Lexicon of its own each


def _validate_lists(value: Any, path: Path) -> dict[str, Path]:
    out = {}
    for key, file in value.items():
        if key not in _DIALECT_KEYS:
            raise PackValueError(key, f"unknown word list; known: {', '.join(_DIALECT_KEYS)}")
        out[key] = file_beside(path, key, file, "word list")
    return out


register_section(
    LISTS,
    "table",
    "word lists (files beside the pack): en = extra words, en-GB / en-US = one dialect's,"
    " rare = a larger dictionary's rarer words (WL501)",
    _validate_lists,
)
register_section(WORDS, "strings", "words the spelling dictionary lacks but wire copy uses (WL501)")
register_section(PREFIXES, "strings", "prefixes that make a word of a word: re-, un-, mid- (WL501)")
register_section(
    SUFFIXES, "strings", "suffixes that make a word of a word: -y, -ness, -ism, -able (WL501)"
)
register_section(PARTICLES, "strings", "lower-case particles of names: da, van, von, al (WL501)")
FUNCTION_WORDS = "foreign-function-words"
register_section(
    FUNCTION_WORDS,
    "strings",
    "articles, prepositions and conjunctions of other languages: que, del, une (WL501)",
)
MENTION_CUES = "spelling-mention-cues"
register_section(
    MENTION_CUES,
    "strings",
    "words that introduce a word quoted as a word: the word, called, cheers of (WL501)",
)
LANGUAGES = "spelling-other-languages"
register_section(
    LANGUAGES,
    "strings",
    "other languages whose pyspellchecker tables show a phrase of that language: fr, es (WL501)",
)
MISSPELLINGS = "misspelling-lists"
EXCEPTIONS = "misspelling-exceptions"


def _validate_misspellings(value: Any, path: Path) -> dict[str, Path]:
    return {key: file_beside(path, key, file, "misspelling list") for key, file in value.items()}


register_section(
    MISSPELLINGS,
    "table",
    "lists of common misspellings (files beside the pack: misspelling TAB corrections) (WL501)",
    _validate_misspellings,
)
register_section(
    EXCEPTIONS, "strings", "real words a misspelling list holds: never reported from it (WL501)"
)

# Characters that glue a token to more than a word: a URL, an e-mail, a path, a handle.
_GLUE = frozenset("@#/\\_=&+.:~%")
_APOSTROPHE_SUFFIXES = ("s", "t", "d", "ll", "re", "ve", "m")
_MIN_COMPOUND_PART = 3
_PART_FREQUENCY = 2_000  # both halves of a closed compound must be common words
# A regular form of a rare word (`bourses`, `strugglers`) stays a word unless a word a
# hundred times commoner is one slip away (`nammed`: nam + -ed, or named?).
_INFLECTION_RATIO = 100
_TYPO_TARGET = 1_000  # a word this common one slip away makes a "compound" a typo
_MIN_PIECE = 4  # shorter parts of a hyphenated word are prefixes and clippings: sci-fi
_FOREIGN_REACH = 3  # tokens on each side of an unknown word looked at for more unknown words
_SHORT = 3  # words this short are flagged only as a slip of a very common word: teh
_COMMON = 100_000
# A word the frequency table holds only rarely (it starts at 50) and no word list has may
# be a verb cut short (`finis`, `annouce`): reported when a completed form is this much
# commoner (`finish`).
_RARE = 100
_CUT_SHORT_RATIO = 300
_ENDINGS = (*"abcdefghijklmnopqrstuvwxyz", "ed", "ing")
_RARE_MIN = 5  # shortest word taken from the rare-words list


class Misspelling(Rule):
    """An ordinary lower-case word that is in no English dictionary: a typo.

    ## What it does
    Looks up each lower-case word of the headline, bullets, subheads, body, photo
    captions and legends (not a transcript's speaker labels) in an
    English dictionary (pyspellchecker's, with SCOWL word lists for the words and the
    US/UK spellings it lacks) and reports one that is not there but is one slip away
    from a word that is: a letter dropped, doubled, swapped or mistyped
    (`goverment`, `recieved`, `commerical`). Up to three such words are offered as
    unsafe fixes, the commonest first.

    A list of common misspellings (`rules/misspellings.toml`, from Wikipedia's lists via
    codespell) also finds slips a frequency table holds as words or that no single edit
    reaches (`basicly`), the first word of a sentence (`Similarily`) and listed names
    (`Britian`). Its fix is safe where it gives one correction, outside a direct
    quotation: a speaker's words are changed only by an editor. A rare word of the
    frequency table that is a far commoner word cut short (`finis` for `finish`) is
    reported too. Words longer than 40 letters (pasted data) are not checked.

    It does not report what a dictionary cannot judge: capitalised and ALL-CAPS words
    (names, acronyms, tickers), words with digits, URLs, e-mails, handles and hashtags,
    name particles (`da Silva`, `van Gogh`), a lower-case word inside a name
    (`Den norske Creditbank`), a word the story defines (`including, statil, a
    treatment for`), foreign phrases and a word beside another word of the same other
    language that English rarely uses (`droit commun`, `Rue nationale`: pyspellchecker's
    French, Spanish, Portuguese, Italian, German and Dutch tables, as
    `spelling-other-languages` names them), two words of another language offered as
    alternatives (`free mukt or swatantra software`), a species epithet after a genus no dictionary
    holds (`Caudipteryx zoui`), an abbreviation without vowels in copy that uses the
    wire's own (`rbd` oil in a story of `mln` and `dlrs`), a name in a paragraph that lost
    its capitals (`ambassador antonio parra gil`: there only a slip of one of the
    commonest words is reported), laughter and sounds spelled as heard (`hehe`, `Booo
    hisss`; a letter typed three times alone, `acccounts`, is a slip), a word quoted as a
    word (`the word "energie"`, `cheers of "ole"`: the cues of `spelling-mention-cues`), regular inflections and
    derived forms of known words (`telcos`, `reoffending`, `midsession`,
    `clunkiness`, `bureaucratism`, `moddable`: the prefixes and suffixes of
    `rules/spelling.toml`), an agent noun of a verb the story uses (`hoster` beside
    `hosting`), hyphenated
    and closed compounds of known words (`lockdown`, `gameplay`), rhyming compounds
    (`touchy-feely`), a word the story uses
    more than once (a term of art, spelled the same each time) or in both singular and
    plural (`modpack`, `modpacks`), and the words of
    `allow` in the configuration, nor a rarer word of a larger dictionary (SCOWL's
    size-80 lists: `punky`, `leakers`, `erodable`) of five letters or more. The
    configured `dialect` decides which variant is a word: `colour` in an en-GB story,
    `color` in an en-US one, both under `auto`. A newsroom adds its own words through
    `spelling-words` in a pack.

    ## Why it matters
    A misspelt word in a story is the error readers notice first and forgive least;
    it undercuts everything else in the copy.

    ## Example
    ```text
    The goverment said on Tuesday it had recieved the report.
    ```
    `goverment` (fix: `government`) and `recieved` (fix: `received`) are reported.
    """

    code = "WL501"
    name = "misspelling"
    severity = Severity.WARNING
    shared_tables = ("lemminflect",)
    options: ClassVar[Mapping[str, Any]] = {"suggestions": 3}

    # The per-token loop is hot: its tests inline, in the order that rules words out cheapest first.
    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:  # noqa: C901, PLR0912, PLR0915
        dialect = ctx.config.dialect if ctx.config.dialect in _DIALECTS else Dialect.AUTO
        setup = _setup(ctx.packs, dialect)
        lex, particles = setup.lex, setup.particles
        affixes = _Affixes(setup.prefixes, setup.suffixes, setup.rare)
        limit = int(ctx.option(self, "suggestions"))
        allow = ctx.config.allow
        counts: _Counts | None = None
        wire: bool | None = None  # the story uses the wire's abbreviations
        vocabulary = lex.words
        text = doc.text
        # Which spellings are worth a look is decided once per spelling, not per token:
        # the lower-case words the vocabulary lacks, those the frequency table holds but
        # rarely, and those a misspellings list may hold.
        memo = lex.rare_memo
        # A spelling's shape is LOWER exactly when ``str.islower`` holds (``word_shape``):
        # the test runs in C over the story's distinct spellings.
        lower_words = list(filter(str.islower, doc.words))
        unknown_words = set(filterfalse(vocabulary.__contains__, lower_words))
        rare_words = {t for t in lower_words if (memo[t] if t in memo else _rare(t, lex))}
        listed_words = _listed_spellings(doc.words, setup.misspelt)
        # Every spelling any of the lists below reads: each part's tokens are read once
        # (a C loop, ``words_in``) and the few found are sorted into the lists.
        looked_at = unknown_words | rare_words | listed_words[0] | listed_words[1]
        cut_short: dict[str, str | None] = {}  # a rare spelling's completion, found once
        for part in doc.parts:
            if part.kind not in SPELLING_KINDS:
                continue
            # Most parts hold none of these spellings: their words are looked up in C and
            # their tokens not made (nor unpacked, in a long story).
            texts = part.texts
            seen = words_in(texts, looked_at)
            if not seen:
                continue
            if counts is None:
                counts = _Counts(text)
            # A part whose every word found is passed over below by a test of its
            # spelling alone has nothing to report: its tokens are not made (a long story
            # keeps most parts packed, and repeats its words, which those tests pass over).
            checks = (unknown_words, rare_words, listed_words, cut_short, allow, counts, lex)
            if not any(_may_report(texts[i], *checks) for i in seen):
                continue
            tokens = part.tokens
            table: bool | None = None  # decided on the part's first unknown word
            lowered: bool | None = None  # the same, for a part that lost its capitals
            unknown = [(i, tokens[i]) for i in seen if tokens[i].text in unknown_words]
            foreign = _ForeignSentences(part, setup)
            listed = set()
            quotes: _Quotations | None = None
            for i, span, piece, fixes in _listed(tokens, seen, setup, allow, listed_words):
                if table is None:
                    table = _is_table(tokens)
                if table:
                    break
                if _glued(text, tokens[i]) or foreign.holds(tokens[i]):
                    continue
                if in_foreign_run(text, tokens, i, setup.languages, lex):
                    continue  # `droit commun`: a French phrase, not `common` misspelt
                if piece[:1].isupper() and piece[1:].islower() and not tokens[i].sentence_start:
                    if counts is None:
                        counts = _Counts(text)
                    if counts.recurs(tokens[i].text.lower()):
                        continue  # a name the story spells the same each time
                listed.add(i)
                if quotes is None:
                    quotes = _Quotations(part)
                yield self._listed_report(span, piece, fixes[:limit], quotes)
            rare = [tokens[i] for i in seen if tokens[i].text in rare_words and i not in listed]
            for tok in rare:
                if table is None:
                    table = _is_table(tokens)
                if table:
                    break
                if tok.text not in cut_short:
                    cut_short[tok.text] = _cut_short(tok.text, lex)
                completed = cut_short[tok.text]
                if completed is None or tok.text in allow or _glued(text, tok):
                    continue
                if counts is None:
                    counts = _Counts(text)
                if counts.recurs(tok.text) or foreign.holds(tok):
                    continue
                yield self.diagnostic(
                    tok.span,
                    f"`{tok.text}` looks cut short: did you mean `{completed}`?",
                    fixes=[Fix.replace(tok.span, completed, safe=False)],
                )
            for i, tok in unknown:
                if i in listed:
                    continue
                word = tok.text
                if not word.isascii() or not word.replace("'", "").replace("-", "").isalpha():
                    continue  # digits, underscores, letters of other alphabets
                if table is None:
                    table = _is_table(tokens)
                if table:
                    break
                if word in allow or len(word) > MAX_WORD:
                    continue  # a run of letters this long is no word (pasted data, OCR)
                if counts is None:
                    counts = _Counts(text)
                if counts.recurs(word) or counts.number_recurs(word, lex):
                    continue  # a term the story spells the same each time
                if _glued(text, tok) or _elided(text, tok) or _name_particle(tokens, i, particles):
                    continue
                if _foreign(tokens, i, setup) or _inside_name(tokens, i, lex):
                    continue
                if _sibling_agent(word, counts, lex):
                    continue
                if foreign.holds(tok) or _mentioned(text, tok, setup.mention_cues):
                    continue
                if _defined(text, tok) or species_epithet(text, tokens, i, lex):
                    continue
                if expressive(tokens, i):
                    continue  # `hehe`, `Booo hisss`: sounds spelled as heard
                if in_foreign_run(text, tokens, i, setup.languages, lex):
                    continue
                if abbreviation(word, lex):
                    if wire is None:
                        wire = telegraphic(doc.words, setup.telegraphic)
                    if wire:
                        continue  # `rbd` oil in copy that writes `mln` and `dlrs`
                attached = (
                    tok.start > 1 and text[tok.start - 1] in "-‐" and text[tok.start - 2].isalnum()
                )
                for span, piece in _unknown_pieces(tok, lex, affixes, attached):
                    if piece in allow or len(piece) < _SHORT:
                        continue
                    suggestions = lex.candidates(piece, limit)
                    if lowered is None:
                        lowered = _lowered(text, part)
                    if len(piece) == _SHORT or lowered:
                        # A short unknown word is often an abbreviation or slang, and in
                        # a paragraph that lost its capitals a name: only a slip of one
                        # of the commonest words (`teh`, `frm`, `wil`).
                        suggestions = [
                            s for s in lex.candidates(piece, 99) if lex.frequency(s) >= _COMMON
                        ][:limit]
                    if not suggestions:
                        continue  # nothing it could have meant: a coinage, not a typo
                    yield self._report(span, piece, suggestions, lex)

    def _listed_report(
        self, span: Span, word: str, corrections: tuple[str, ...], quotes: _Quotations
    ) -> Diagnostic:
        # One correction, outside a direct quotation: the list decides it (a safe fix).
        # A quotation is the speaker's words as printed: an editor decides there.
        quoted = quotes.inside(span.start)
        safe = len(corrections) == 1 and not quoted
        fixes = [
            Fix.replace(
                span, with_case(word, c), safe=safe, title=f"Replace with `{with_case(word, c)}`"
            )
            for c in corrections
        ]
        alternatives = ", ".join(f"`{with_case(word, c)}`" for c in corrections)
        message = f"`{word}` is a common misspelling of {alternatives}"
        if quoted and len(corrections) == 1:
            message += " (inside a quotation: check the source before changing it)"
        return self.diagnostic(span, message, fixes=fixes)

    def _report(self, span: Span, word: str, suggestions: list[str], lex: Any) -> Diagnostic:
        if lex.other_dialect(word):
            message = (
                f"`{word}` is not the {lex.dialect} spelling; did you mean `{suggestions[0]}`?"
            )
        else:
            alternatives = ", ".join(f"`{s}`" for s in suggestions)
            message = f"`{word}` is not in the dictionary; did you mean {alternatives}?"
        fixes = [Fix.replace(span, s, safe=False, title=f"Replace with `{s}`") for s in suggestions]
        return self.diagnostic(span, message, fixes=fixes)


class _Setup(NamedTuple):
    lex: Any
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    particles: frozenset[str]
    misspelt: Mapping[str, tuple[str, ...]]  # common misspelling -> corrections
    exceptions: frozenset[str]
    rare: _RareWords
    function_words: frozenset[str]
    mention_cues: tuple[str, ...]
    languages: tuple[str, ...]
    telegraphic: frozenset[str]
    english: dict[str, bool]  # ``_english``'s answers, by word (bounded: ``_ENGLISH_MEMO``)


_ENGLISH_MEMO = 200_000


class _RareWords:
    """The rarer words of a larger dictionary, read on the first question (few stories ask).

    An informal or technical word the main lists lack (`punky`, `leakers`, `erodable`)
    is a word; a shorter one is more often a slip of a common word (`dea`, `bas`) or an
    abbreviation, so only words of five letters or more are taken from it.
    """

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._words: Container[str] | None = None

    def __contains__(self, word: str) -> bool:
        if len(word) < _RARE_MIN:
            return False
        if self._words is None:
            from wirelint.analysis.spelling import read_word_set

            self._words = read_word_set(self._path) if self._path else frozenset()
        return word in self._words


_SETUPS: WeakKeyDictionary[Packs, dict[str, _Setup]] = WeakKeyDictionary()


def _setup(packs: Packs, dialect: Dialect) -> _Setup:
    """The Lexicon, prefixes, name particles and misspelling list for a dialect, made once."""
    per_dialect = _SETUPS.setdefault(packs, {})
    found = per_dialect.get(dialect)
    if found is None:
        from wirelint.analysis.spelling import lexicon, read_misspellings

        lists: dict[str, Path] = dict(packs.section(LISTS))
        rare = lists.pop(RARE, None)
        extra = frozenset(w.lower() for w in packs.section(WORDS))
        prefixes = tuple(sorted({p.lower() for p in packs.section(PREFIXES)}, key=len))
        suffixes = tuple(sorted({p.lower() for p in packs.section(SUFFIXES)}, key=len))
        particles = frozenset(p.lower() for p in packs.section(PARTICLES))
        # A single list is used as it is (not copied into a dict: ~40 ms a run); of
        # several, a later one overrides an earlier one.
        tables = [read_misspellings(file) for file in packs.section(MISSPELLINGS).values()]
        misspelt: Mapping[str, tuple[str, ...]] = (
            tables[0] if len(tables) == 1 else {k: v for t in tables for k, v in t.items()}
        )
        found = per_dialect[dialect] = _Setup(
            lexicon(dialect, tuple(sorted(lists.items())), extra),
            prefixes,
            suffixes,
            particles,
            misspelt,
            frozenset(w.lower() for w in packs.section(EXCEPTIONS)),
            _RareWords(rare),
            frozenset(w.lower() for w in packs.section(FUNCTION_WORDS)),
            tuple(sorted({c.lower() for c in packs.section(MENTION_CUES)})),
            tuple(dict.fromkeys(c.lower() for c in packs.section(LANGUAGES))),
            telegraphic_cues(packs),
            {},
        )
    return found


# Enum members looked up once, not per token.
_NUMBER = TokenShape.NUMBER
_LOWER = TokenShape.LOWER


def _is_table(tokens: list[Token]) -> bool:
    numbers = sum(1 for t in tokens if t.shape is _NUMBER)
    return len(tokens) >= 8 and numbers * 10 >= len(tokens) * 3


_LOWERED_MIN = 60  # characters of a part read as having lost its capitals


def _lowered(text: str, part: Part) -> bool:
    """A paragraph that lost its capitals (`the loan was signed ... by ambassador antonio
    parra gil`): it opens on a lower-case letter and holds no capital anywhere, so its
    names are lower-case too."""
    body = text[part.span.start : part.span.end]
    return len(body) >= _LOWERED_MIN and body[:1].islower() and body.lower() == body


def _glued(text: str, tok: Token) -> bool:
    """Part of a URL, e-mail, path, handle or hashtag: `@user`, `bbc.co.uk`, `km/h`."""
    before = text[tok.start - 1] if tok.start > 0 else " "
    after = text[tok.end] if tok.end < len(text) else " "
    if before in _GLUE or before in "[]" or after in "@#&_/\\[]":
        return True  # also a word completed in brackets: con[c]essions, millenni[um]
    if before == ";" and tok.start > 1 and text[tok.start - 2].isalnum():
        return True  # an HTML entity: B&#233;ziers
    nxt = text[tok.end + 1] if tok.end + 1 < len(text) else " "
    return after in _GLUE and (nxt.isalnum() or (after == ":" and nxt == "/"))


def _elided(text: str, tok: Token) -> bool:
    """`'orrible`, `lovin'`: a letter dropped on purpose and marked with an apostrophe."""
    before = text[tok.start - 1] if tok.start > 0 else " "
    after = text[tok.end] if tok.end < len(text) else " "
    before2 = text[tok.start - 2] if tok.start > 1 else " "
    return (before in "'’‘" and not before2.isalnum()) or (
        after in "'’" and tok.text.endswith("in")
    )


_OPENING_QUOTES = "\"“‘'"
_CLOSING_QUOTES = "\"”’'"
_CUE_REACH = 24  # characters before the opening mark looked at for a cue


def _mentioned(text: str, tok: Token, cues: tuple[str, ...]) -> bool:
    """A word quoted on its own as a word, not used: `the word "energie"`, `cheers of "ole"`.

    The story is talking about the word, so its spelling is the source's (often another
    language's). A word quoted alone without such a cue (`a "dfiferent" role`) is still
    checked: scare quotes do not make a slip a word.
    """
    if tok.start < 2 or tok.end >= len(text):
        return False
    if text[tok.start - 1] not in _OPENING_QUOTES or text[tok.end] not in _CLOSING_QUOTES:
        return False
    before = text[max(0, tok.start - 1 - _CUE_REACH) : tok.start - 1].rstrip().lower()
    # The cue stands as words of its own: not the tail of `recalled` or `so-called`.
    return any(
        before.endswith(cue) and not re.match(r"[\w-]", before[-len(cue) - 1 : -len(cue)])
        for cue in cues
    )


_DEFINITION = re.compile(r", an? [a-z]")


def _defined(text: str, tok: Token) -> bool:
    """`including, statil, a treatment for diabetic complications`: a word set off by
    commas and followed by what it is, as a story introduces a drug, a product or a firm
    it names in lower case: the story defines the word, so it is one."""
    return text[max(0, tok.start - 2) : tok.start] == ", " and bool(
        _DEFINITION.match(text, tok.end)
    )


def _name_particle(tokens: list[Token], i: int, particles: frozenset[str]) -> bool:
    """`da` in `Lula da Silva`, `van` in `van Gogh`: a particle before a name."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tok.text in particles
        and nxt is not None
        and nxt.shape is TokenShape.CAPITALIZED
        and nxt.start - tok.end <= 1
    )


def _inside_name(tokens: list[Token], i: int, lex: Any) -> bool:
    """`Den norske Creditbank`: a lower-case word between two capitalised words of one name.

    Names of other languages keep some words in lower case; a word standing between two
    capitalised words, a space on each side, is part of the name when no common English
    word is one slip away: `Australian billinaire Rupert Murdoch` and `Bush adn
    Gorbachev` are slips.
    """
    if not 0 < i < len(tokens) - 1:
        return False
    prev, tok, nxt = tokens[i - 1], tokens[i], tokens[i + 1]
    if (
        prev.shape is not _CAPITALIZED
        or prev.sentence_start
        or nxt.shape is not _CAPITALIZED
        or tok.start - prev.end != 1
        or nxt.start - tok.end != 1
    ):
        return False
    return all(lex.frequency(c) < _TYPO_TARGET for c in lex.candidates(tok.text, 3))


def _sibling_agent(word: str, counts: _Counts, lex: Any) -> bool:
    """`hoster` in a story that has `hosting`: a known verb + -er whose other forms the
    story uses, so the agent noun is made on purpose (`shiper` beside `ships` is `shipper`)."""
    for ending in ("ers", "er"):
        if not word.endswith(ending):
            continue
        base = word[: -len(ending)]
        if len(base) < 3 or not lex.known(base) or lex.known(base + base[-1] + ending):
            return False  # `shiper` is `shipper` with a letter lost
        if any(lex.frequency(c) > lex.frequency(base) for c in lex.candidates(word, 3)):
            return False  # a commoner word one slip away: a typo of that
        forms = (base + "ing", base + "ed", base + "s", base + "es")
        return any(counts.count(form) for form in forms)
    return False


def _foreign(tokens: list[Token], i: int, setup: _Setup) -> bool:
    """Next to another unknown word or another alphabet, or with two more unknown words
    among the three on each side (`nombrado en receso, es inconstitucional`): a phrase
    in another language."""
    unknown = 0
    for j in (*range(i - _FOREIGN_REACH, i), *range(i + 1, i + _FOREIGN_REACH + 1)):
        if 0 <= j < len(tokens):
            other = tokens[j].text
            near = abs(j - i) == 1
            if near and not other.isascii():
                return True
            # Only plain words: `6pm`, `close-range` or `e-mails` say nothing of language.
            if (
                tokens[j].shape is TokenShape.LOWER
                and other.isalpha()
                and not _english(other, setup)
            ):
                if near:
                    return True
                unknown += 1
    return unknown >= 2 or _gloss_pair(tokens, i, setup)


def _gloss_pair(tokens: list[Token], i: int, setup: _Setup) -> bool:
    """`free mukt or swatantra software`: two words of another language offered as
    alternatives, joined by `or`; two slips in one `X or Y` are rare."""
    for step in (-1, 1):
        j = i + 2 * step
        if 0 <= j < len(tokens) and tokens[i + step].text == "or":
            other = tokens[j]
            if (
                other.shape is TokenShape.LOWER
                and other.text.isalpha()
                and not _english(other.text, setup)
            ):
                return True
    return False


def _english(word: str, setup: _Setup) -> bool:
    """A word of either dialect, not another language's function word (`que`, `del`),
    which a frequency table built from subtitles and the web holds too.

    Asked of every lower-case word of a sentence that holds an unknown one: each answer
    is remembered, as a story repeats its words."""
    memo = setup.english
    found = memo.get(word)
    if found is None:
        if len(memo) >= _ENGLISH_MEMO:
            memo.clear()
        lex = setup.lex
        found = memo[word] = word not in setup.function_words and bool(
            lex.known(word) or lex.other_dialect(word) or word in setup.rare
        )
    return found


def _may_report(
    word: str,
    unknown_words: set[str],
    rare_words: set[str],
    listed_words: tuple[set[str], set[str]],
    cut_short: dict[str, str | None],
    allow: Any,
    counts: _Counts,
    lex: Any,
) -> bool:
    """Whether a token of this spelling may be reported by ``check``: false only when each
    of ``check``'s lists that holds it passes it over on a test of the spelling alone (the
    same tests, in any order: each only skips the token)."""
    if word in listed_words[0] or word in listed_words[1]:
        return True
    if word in rare_words:
        if word not in cut_short:
            cut_short[word] = _cut_short(word, lex)
        if cut_short[word] is not None and word not in allow and not counts.recurs(word):
            return True
    return (
        word in unknown_words
        and word.isascii()
        and word.replace("'", "").replace("-", "").isalpha()
        and word not in allow
        and len(word) <= MAX_WORD
        and not counts.recurs(word)
        and not counts.number_recurs(word, lex)
    )


class _ForeignSentences:
    """Which sentences of a part are not English: one lower-case word in five unknown.

    Each sentence is judged once, on its first unknown word, and found by bisection:
    the cost is linear in the part, however many unknown words one sentence holds.
    """

    def __init__(self, part: Part, setup: _Setup) -> None:
        self._sentences = part.sentences
        self._starts = [s.span.start for s in self._sentences]
        self._setup = setup
        self._verdicts: dict[int, bool] = {}

    def holds(self, tok: Token) -> bool:
        k = bisect_right(self._starts, tok.start) - 1
        if k < 0 or tok.start >= self._sentences[k].span.end:
            return False
        verdict = self._verdicts.get(k)
        if verdict is None:
            words = [t.text for t in self._sentences[k].tokens if t.shape is _LOWER]
            unknown = sum(1 for w in words if not _english(w, self._setup))
            verdict = self._verdicts[k] = unknown >= 3 and unknown * 5 >= len(words)
        return verdict


# A word as the story's text holds it: letters and digits, maybe joined by hyphens and
# apostrophes (`touchy-feely`, `don't`).
_WORDS = re.compile(r"[^\W_]+(?:['’‐-][^\W_]+)*")
_RUNS = re.compile(r"[^\W_]+")
_JOINS = re.compile(r"['’‐-]")  # the marks ``_WORDS`` joins runs with


class _Counts:
    """How often each word stands in the story, any case: counted once, in one pass."""

    def __init__(self, text: str) -> None:
        # Counted a stretch of lines at a time (no word crosses a line break): a list of
        # every word of a long story at once, only to be counted, took 100 MB on 10 MB.
        # Each stretch is lowered on its own: lowering a whole text that is not ASCII
        # takes twelve bytes a character while it works (120 MB on 10 MB).
        self._joined: Counter[str] = Counter()
        for chunk in _line_chunks(text):
            self._joined.update(_WORDS.findall(chunk.lower()))
        # Every run of letters and digits lies in exactly one joined word, which is runs
        # and the marks joining them: the runs are counted from the joined words' counts,
        # without a second pass over the text. Only the few joined words that hold a
        # mark are split.
        self._runs = runs = self._joined.copy()
        for word in list(filter(_JOINS.search, runs)):
            count = runs.pop(word)
            for run in _JOINS.split(word):
                runs[run] += count

    def recurs(self, word: str) -> bool:
        """The word stands more than once in the story (any case)."""
        if _RUNS.fullmatch(word):
            return self._runs[word] > 1
        return self._joined[word] > 1

    def count(self, word: str) -> int:
        """How often a plain word (letters only) stands in the story (any case)."""
        return self._runs[word]

    def number_recurs(self, word: str, lex: Any) -> bool:
        """The word's singular or plural, a word the dictionary lacks too, stands elsewhere
        in the story (any case).

        A term of art the story uses in both numbers (`modpack` and `modpacks`; `hijabis`
        beside the name `Faithless Hijabi`) is spelled on purpose; a slip is seldom
        repeated in the other number as well. A known word does not count: `stakess` is
        `stakes` with a letter typed twice, whether or not the story has `stakes`.
        """
        if not _RUNS.fullmatch(word):
            return False
        runs = self._runs
        forms = [word + "s", word + "es"]
        if word.endswith("s"):
            forms.append(word[:-1])
            if word.endswith("es"):
                forms.append(word[:-2])
        return any(runs[form] and not lex.known(form) for form in forms)


_CHUNK = 1 << 18


def _line_chunks(text: str) -> Iterator[str]:
    """``text`` in pieces of about ``_CHUNK`` characters, each ending at a line break."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + _CHUNK)
        end = len(text) if end == -1 else end + 1
        yield text[start:end]
        start = end


_HYPHENS = re.compile(r"[-‐]")
_CAPITALIZED = TokenShape.CAPITALIZED


def _listed_spellings(
    spellings: frozenset[str], misspelt: Mapping[str, tuple[str, ...]]
) -> tuple[set[str], set[str]]:
    """The spellings ``_listed`` looks at anywhere, and those it looks at only as the
    first word of a sentence (a capitalised word whose lower case is listed)."""
    anywhere = {t for t in spellings if _may_be_listed(t, misspelt)}
    opening = {
        t
        for t in spellings
        if t not in anywhere and word_shape(t) is _CAPITALIZED and t.lower() in misspelt
    }
    return anywhere, opening


def _may_be_listed(spelling: str, misspelt: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether ``_listed`` may report a token of this spelling wherever it stands: a
    lower-case word whose head (before a hyphen) is listed, or a capitalised word listed
    as it is. ``_listed`` passes over every other spelling (but a capitalised word listed
    in lower case, which it reads only where it opens a sentence), so a part holding none
    of them is not read."""
    if spelling.islower():
        head = _HYPHENS.split(spelling, 1)[0] if "-" in spelling or "‐" in spelling else spelling
        return head in misspelt
    return word_shape(spelling) is _CAPITALIZED and spelling in misspelt


def _listed(
    tokens: list[Token],
    seen: list[int],
    setup: _Setup,
    allow: Any,
    spellings: tuple[set[str], set[str]],
) -> Iterator[tuple[int, Span, str, tuple[str, ...]]]:
    """Words of a common-misspellings list: (token index, span, word, corrections).

    A lower-case word is looked up as it is, and so is the first word of a sentence in
    lower case (`Similarily,`); a capitalised word inside a sentence only as a listed
    name (`Britian`): a capitalised word is otherwise a name of its own. The head of a
    hyphenated word is looked up too (`goverment-backed`). A word the newsroom's word
    list holds, or the list's exceptions, is not reported. ``seen``: the indexes, in
    order, of the tokens spelled as a word of ``spellings`` (and maybe others).
    """
    misspelt, lex = setup.misspelt, setup.lex
    anywhere, opening = spellings
    hits = [
        i
        for i in seen
        if tokens[i].text in anywhere or (tokens[i].text in opening and tokens[i].sentence_start)
    ]
    for i in hits:
        tok = tokens[i]
        shape, word = tok.shape, tok.text
        if shape is _LOWER:
            # Of a hyphenated word, only the head is a free word (`goverment-backed`); a
            # tail may be bound (`right-hander`, `pre-empted`).
            pieces = (_HYPHENS.split(word, 1)[0],) if "-" in word or "‐" in word else (word,)
        elif shape is _CAPITALIZED:
            pieces = (word,)
        else:
            continue
        offset = tok.start
        for piece in pieces:
            start, offset = offset, offset + len(piece) + 1
            key = piece
            if key not in misspelt:
                if shape is not _CAPITALIZED or not tok.sentence_start:
                    continue
                key = piece.lower()
                # A name may open a sentence (`Patten said`): only a word no table knows.
                if key not in misspelt or lex.known(key):
                    continue
            low = key.lower()
            if low in setup.exceptions or piece in allow or low in allow:
                continue
            if low in lex.own or low in lex.common:
                continue  # a word of the dialect's lists or the newsroom's
            yield i, Span(start, start + len(piece)), piece, misspelt[key]


_QUOTE_MARKS = re.compile(r"[\"“”«»]")


class _Quotations:
    """Which offsets of a part stand inside a direct quotation: one pass, then bisection."""

    def __init__(self, part: Part) -> None:
        self._starts: list[int] = []
        self._depths: list[int] = []
        depth = 0
        for m in _QUOTE_MARKS.finditer(part.doc.text, part.span.start, part.span.end):
            c = m.group()
            if c in "“«":
                depth += 1
            elif c in "”»":
                depth = max(depth - 1, 0)
            else:
                depth = 0 if depth else 1  # a straight mark opens or closes
            self._starts.append(m.start())
            self._depths.append(depth)

    def inside(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and self._depths[k] > 0


class _Affixes(NamedTuple):
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    rare: _RareWords


def _unknown_pieces(
    tok: Token, lex: Any, affixes: _Affixes, attached: bool
) -> Iterator[tuple[Span, str]]:
    """The word, or the parts of a hyphenated word, that are not words.

    ``attached``: the word ends a compound that starts with a figure (`60,000-seater`).
    """
    pieces = _HYPHENS.split(tok.text)
    if len(pieces) == 1:
        if not _is_word(tok.text, lex, affixes) and not (attached and _agent_noun(tok.text, lex)):
            yield tok.span, tok.text
        return
    if lex.known("".join(pieces)) or _reduplicative(pieces):
        return  # pre-empt, criss-cross; touchy-feely, hanky-panky
    offset = tok.start
    for k, piece in enumerate(pieces):
        start = offset
        offset += len(piece) + 1
        stem = piece[:-2] if piece.endswith(("'s", "’s")) else piece
        if len(stem) < _MIN_PIECE or (k < len(pieces) - 1 and piece in affixes[0]):
            continue  # sci-fi, pre-election
        if not _is_word(piece, lex, affixes) and not _agent_noun(piece, lex):
            yield Span(start, start + len(piece)), piece


def _reduplicative(pieces: list[str]) -> bool:
    """A rhyming pair, whose second half is no word of its own: touchy-feely, itsy-bitsy."""
    if len(pieces) != 2:
        return False
    first, second = pieces[0].lower(), pieces[1].lower()
    return (len(first) >= 3 and len(second) >= 3 and first[-2:] == second[-2:]) or (
        first[-1:] == second[-1:] == "y"
    )


def _is_word(word: str, lex: Any, affixes: _Affixes) -> bool:
    if len(word) <= 1 or lex.known(word) or word in affixes.rare:
        return True
    if not lex.candidates(word, 1):
        return True  # not one slip from any word: a coinage or a name, never reported
    normal = word.replace("’", "'")
    if "'" in normal:
        base, _, suffix = normal.partition("'")
        if suffix in _APOSTROPHE_SUFFIXES and (
            lex.known(base) or (suffix == "t" and base.endswith("n") and lex.known(base[:-1]))
        ):
            return True
        return not base.isalpha() or lex.known(base)
    # Inflected, prefixed and compound words are words unless a much commoner word is
    # one slip away: `telcos`, `reoffending` and `lockdown` are; `nammed` (nam + -ed),
    # `colour` (co + lour) in an en-US story and `everthing` (ever + thing) are not.
    nearest = max((lex.frequency(c) for c in lex.candidates(word, 3)), default=0)
    lemma = lex.inflection_of(word)
    if lemma is not None and (
        lemma in lex.extra or lex.frequency(lemma) * _INFLECTION_RATIO >= nearest
    ):
        return True  # a form of a pack's own word (`defunding`) is one, however rare
    prefixes, suffixes, _ = affixes
    if _derived(word, lex, suffixes, nearest):
        return True
    for prefix in prefixes:
        rest = word[len(prefix) :]
        if (
            word.startswith(prefix)
            and len(rest) >= 4
            and (lex.known(rest) or lex.is_inflection(rest))
            and lex.frequency(rest) >= nearest
        ):
            return True
    return nearest < _TYPO_TARGET and _compound(word, lex)


def _derived(word: str, lex: Any, suffixes: tuple[str, ...], nearest: int) -> bool:
    """A suffix on a known word at least as common as any word one slip away.

    `clunkiness` (clunky), `bureaucratism`, `trippy` (trip, its consonant doubled as
    -y doubles it). A plain -y is no suffix here: a letter lost before it makes a
    known word + y (`largey` for `largely`, `bankrupty` for `bankruptcy`), and so does
    a letter typed twice (`happyy`); nor does a doubled letter before another suffix
    when a common word is one slip away (`suittable`), only when none is (`moddable`).
    """
    for suffix in suffixes:
        if not word.endswith(suffix) or len(word) - len(suffix) < 3:
            continue
        stem = word[: -len(suffix)]
        doubled = stem[-1] == stem[-2] and stem[-1] not in "aeiouy"
        if suffix == "y":
            # trippy, nutty: the base's last consonant doubled before -y
            bases = [stem[:-1]] if doubled else []
        elif doubled and nearest < _TYPO_TARGET:
            # moddable: doubled as the suffix doubles it, with no common word one slip
            # away (`suittable` is `suitable`)
            bases = [stem, stem[:-1]]
        elif stem.endswith("i"):
            bases = [stem, stem[:-1] + "y"]  # clunkiness
        else:
            bases = [stem]
        for base in bases:
            if len(base) >= 3 and lex.known(base) and lex.frequency(base) >= nearest:
                return True
    return False


def _rare(word: str, lex: Any) -> bool:
    """In the frequency table, but rarely (remembered per process, a bounded memo)."""
    memo = lex.rare_memo
    if len(memo) > 200_000:
        memo.clear()
    found: bool = 0 < lex.base.get(word, 0) < _RARE
    memo[word] = found
    return found


def _cut_short(word: str, lex: Any) -> str | None:
    """`finis` -> `finish`: a rare table word that is a far commoner word less its end."""
    if len(word) < 4 or not word.isalpha() or word in lex.own or word in lex.common:
        return None
    floor = lex.frequency(word) * _CUT_SHORT_RATIO
    best, best_frequency = None, floor
    for ending in _ENDINGS:
        frequency = lex.frequency(word + ending)
        if frequency >= best_frequency:
            best, best_frequency = word + ending, frequency
    return best


def _agent_noun(piece: str, lex: Any) -> bool:
    """`-hander`, `-seater`, `-pleaser`, `-prepper`: a known word + -er inside a compound."""
    for ending in ("ers", "er", "rs", "r"):
        if piece.endswith(ending):
            base = piece[: -len(ending)]
            if len(base) >= 3 and (
                lex.known(base) or (base[-1] == base[-2] and lex.known(base[:-1]))
            ):
                return True
    return False


def _compound(word: str, lex: Any) -> bool:
    """A closed compound of two common words: `lockdown`, `gameplay`, `frontman`."""
    n = len(word)
    for cut in range(_MIN_COMPOUND_PART, n - _MIN_COMPOUND_PART + 1):
        head, tail = word[:cut], word[cut:]
        if lex.frequency(head) >= _PART_FREQUENCY and (
            lex.frequency(tail) >= _PART_FREQUENCY
            or (tail.endswith("s") and lex.frequency(tail[:-1]) >= _PART_FREQUENCY)
        ):
            return True
    return False
