"""WL501 misspelling: an ordinary lower-case word that is not English."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar
from weakref import WeakKeyDictionary

from wirelint.diagnostics import Diagnostic, Fix, Severity
from wirelint.document import PROSE_KINDS, Document, Part, Token, TokenShape
from wirelint.packs import Packs, PackValueError, register_section
from wirelint.registry import Context, Rule
from wirelint.span import Span
from wirelint.spelling import MAX_WORD

LISTS = "spelling-lists"
WORDS = "spelling-words"
PREFIXES = "spelling-prefixes"
PARTICLES = "name-particles"
_DIALECT_KEYS = ("en", "en-GB", "en-US")
_DIALECTS = ("en-GB", "en-US", "en-GB-oxendict")  # a Lexicon of its own each


def _validate_lists(value: Any, path: Path) -> dict[str, Path]:
    out = {}
    for key, file in value.items():
        if key not in _DIALECT_KEYS:
            raise PackValueError(key, f"unknown word list; known: {', '.join(_DIALECT_KEYS)}")
        if not isinstance(file, str):
            raise PackValueError(key, "expected a file name (relative to the pack)")
        resolved = (path.parent / file).resolve()
        if not resolved.is_file():
            raise PackValueError(key, f"word list {file!r} not found beside the pack")
        out[key] = resolved
    return out


register_section(
    LISTS,
    "table",
    "word lists (files beside the pack): en = extra words, en-GB / en-US = one dialect's (WL501)",
    _validate_lists,
)
register_section(WORDS, "strings", "words the spelling dictionary lacks but wire copy uses (WL501)")
register_section(PREFIXES, "strings", "prefixes that make a word of a word: re-, un-, mid- (WL501)")
register_section(PARTICLES, "strings", "lower-case particles of names: da, van, von, al (WL501)")

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
_SHORT = 3  # words this short are flagged only as a slip of a very common word: teh
_COMMON = 100_000


class Misspelling(Rule):
    """An ordinary lower-case word that is in no English dictionary: a typo.

    ## What it does
    Looks up each lower-case word of the headline, bullets, subheads and body in an
    English dictionary (pyspellchecker's, with SCOWL word lists for the words and the
    US/UK spellings it lacks) and reports one that is not there but is one slip away
    from a word that is: a letter dropped, doubled, swapped or mistyped
    (`goverment`, `recieved`, `commerical`). Up to three such words are offered as
    unsafe fixes, the commonest first.

    It does not report what a dictionary cannot judge: capitalised and ALL-CAPS words
    (names, acronyms, tickers), words with digits, URLs, e-mails, handles and hashtags,
    name particles (`da Silva`, `van Gogh`), foreign phrases, regular inflections and
    derived forms of known words (`telcos`, `reoffending`, `midsession`), hyphenated
    and closed compounds of known words (`lockdown`, `gameplay`), a word the story uses
    more than once (a term of art, spelled the same each time), and the words of
    `allow` in the configuration. The configured `dialect` decides which variant is a
    word: `colour` in an en-GB story, `color` in an en-US one, both under `auto`. A
    newsroom adds its own words through `spelling-words` in a pack.

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
    options: ClassVar[Mapping[str, Any]] = {"suggestions": 3}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        dialect = ctx.config.dialect if ctx.config.dialect in _DIALECTS else "auto"
        lex, prefixes, particles = _setup(ctx.packs, dialect)
        limit = int(ctx.option(self, "suggestions"))
        allow = ctx.config.allow
        counts: _Counts | None = None
        vocabulary = lex.words
        lower = TokenShape.LOWER
        text = doc.text
        for part in doc.parts:
            if part.kind not in PROSE_KINDS:
                continue
            tokens = part.tokens
            table: bool | None = None  # decided on the part's first unknown word
            # A comprehension picks the lower-case words the vocabulary lacks (a few in a
            # story); the loop below looks at those only.
            unknown = [
                (i, tok)
                for i, tok in enumerate(tokens)
                if tok.shape is lower and tok.text not in vocabulary
            ]
            foreign = _ForeignSentences(part, lex)
            for i, tok in unknown:
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
                if counts.recurs(word):
                    continue  # a term the story spells the same each time
                if _glued(text, tok) or _elided(text, tok) or _name_particle(tokens, i, particles):
                    continue
                if _foreign(tokens, i, lex):
                    continue
                if foreign.holds(tok):
                    continue
                attached = (
                    tok.start > 1 and text[tok.start - 1] in "-‐" and text[tok.start - 2].isalnum()
                )
                for span, piece in _unknown_pieces(tok, lex, prefixes, attached):
                    if piece in allow or len(piece) < _SHORT:
                        continue
                    suggestions = lex.candidates(piece, limit)
                    if len(piece) == _SHORT:
                        # A short unknown word is often an abbreviation or slang: only a
                        # slip of one of the commonest words (`teh`, `frm`, `wil`).
                        suggestions = [
                            s for s in lex.candidates(piece, 99) if lex.frequency(s) >= _COMMON
                        ][:limit]
                    if not suggestions:
                        continue  # nothing it could have meant: a coinage, not a typo
                    yield self._report(span, piece, suggestions, lex)

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


_SETUPS: WeakKeyDictionary[Packs, dict[str, tuple[Any, tuple[str, ...], frozenset[str]]]] = (
    WeakKeyDictionary()
)


def _setup(packs: Packs, dialect: str) -> tuple[Any, tuple[str, ...], frozenset[str]]:
    """The Lexicon, prefixes and name particles for a set of packs and a dialect, made once."""
    per_dialect = _SETUPS.setdefault(packs, {})
    found = per_dialect.get(dialect)
    if found is None:
        from wirelint.spelling import lexicon

        lists: dict[str, Path] = packs.section(LISTS)
        extra = frozenset(w.lower() for w in packs.section(WORDS))
        prefixes = tuple(sorted({p.lower() for p in packs.section(PREFIXES)}, key=len))
        particles = frozenset(p.lower() for p in packs.section(PARTICLES))
        found = per_dialect[dialect] = (
            lexicon(dialect, tuple(sorted(lists.items())), extra),
            prefixes,
            particles,
        )
    return found


# Enum members looked up once, not per token.
_NUMBER = TokenShape.NUMBER
_LOWER = TokenShape.LOWER


def _is_table(tokens: list[Token]) -> bool:
    numbers = sum(1 for t in tokens if t.shape is _NUMBER)
    return len(tokens) >= 8 and numbers * 10 >= len(tokens) * 3


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


def _foreign(tokens: list[Token], i: int, lex: Any) -> bool:
    """Next to another unknown word or another alphabet: a phrase in another language."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens):
            other = tokens[j].text
            if not other.isascii():
                return True
            # Only plain words: `6pm`, `close-range` or `e-mails` say nothing of language.
            if tokens[j].shape is TokenShape.LOWER and other.isalpha() and not _english(other, lex):
                return True
    return False


def _english(word: str, lex: Any) -> bool:
    return bool(lex.known(word) or lex.other_dialect(word))


class _ForeignSentences:
    """Which sentences of a part are not English: one lower-case word in five unknown.

    Each sentence is judged once, on its first unknown word, and found by bisection:
    the cost is linear in the part, however many unknown words one sentence holds.
    """

    def __init__(self, part: Part, lex: Any) -> None:
        self._sentences = part.sentences
        self._starts = [s.span.start for s in self._sentences]
        self._lex = lex
        self._verdicts: dict[int, bool] = {}

    def holds(self, tok: Token) -> bool:
        k = bisect_right(self._starts, tok.start) - 1
        if k < 0 or tok.start >= self._sentences[k].span.end:
            return False
        verdict = self._verdicts.get(k)
        if verdict is None:
            words = [t.text for t in self._sentences[k].tokens if t.shape is _LOWER]
            unknown = sum(1 for w in words if not _english(w, self._lex))
            verdict = self._verdicts[k] = unknown >= 3 and unknown * 5 >= len(words)
        return verdict


# A word as the story's text holds it: letters and digits, maybe joined by hyphens and
# apostrophes (`touchy-feely`, `don't`).
_WORDS = re.compile(r"[^\W_]+(?:['’‐-][^\W_]+)*")
_RUNS = re.compile(r"[^\W_]+")


class _Counts:
    """How often each word stands in the story, any case: counted once, in one pass."""

    def __init__(self, text: str) -> None:
        lowered = text.lower()
        self._runs = Counter(_RUNS.findall(lowered))
        self._joined: Counter[str] | None = None
        self._lowered = lowered

    def recurs(self, word: str) -> bool:
        """The word stands more than once in the story (any case)."""
        if _RUNS.fullmatch(word):
            return self._runs[word] > 1
        if self._joined is None:
            self._joined = Counter(_WORDS.findall(self._lowered))
        return self._joined[word] > 1


_HYPHENS = re.compile(r"[-‐]")


def _unknown_pieces(
    tok: Token, lex: Any, prefixes: tuple[str, ...], attached: bool
) -> Iterator[tuple[Span, str]]:
    """The word, or the parts of a hyphenated word, that are not words.

    ``attached``: the word ends a compound that starts with a figure (`60,000-seater`).
    """
    pieces = _HYPHENS.split(tok.text)
    if len(pieces) == 1:
        if not _is_word(tok.text, lex, prefixes) and not (attached and _agent_noun(tok.text, lex)):
            yield tok.span, tok.text
        return
    if lex.known("".join(pieces)):
        return  # pre-empt, criss-cross
    offset = tok.start
    for k, piece in enumerate(pieces):
        start = offset
        offset += len(piece) + 1
        stem = piece[:-2] if piece.endswith(("'s", "’s")) else piece
        if len(stem) < _MIN_PIECE or (k < len(pieces) - 1 and piece in prefixes):
            continue  # sci-fi, pre-election
        if not _is_word(piece, lex, prefixes) and not _agent_noun(piece, lex):
            yield Span(start, start + len(piece)), piece


def _is_word(word: str, lex: Any, prefixes: tuple[str, ...]) -> bool:
    if len(word) <= 1 or lex.known(word):
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
    if lemma is not None and lex.frequency(lemma) * _INFLECTION_RATIO >= nearest:
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
