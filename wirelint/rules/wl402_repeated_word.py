"""WL402 repeated-word: the same word twice in a row (`the the`)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress, count, islice
from operator import eq
from typing import ClassVar

from wirelint.diagnostics import Diagnostic, Fix, Note, Severity
from wirelint.document.model import PROSE_KINDS, Document, Token, TokenShape
from wirelint.document.span import Span
from wirelint.packs import register_section
from wirelint.registry import Context, Rule

ALLOWED = "repeated-word-allowed"
SAFE = "repeated-word-safe-fix"
register_section(
    ALLOWED, "strings", "words that may stand twice in a row: `had had`, `very very` (WL402)"
)
register_section(
    SAFE, "strings", "words never doubled on purpose: deleting the copy is safe (WL402)"
)

_WORD_SHAPES = frozenset({TokenShape.LOWER, TokenShape.CAPITALIZED, TokenShape.UPPER})
_NUMBER = TokenShape.NUMBER  # looked up once, not per token


def is_table(tokens: list[Token]) -> bool:
    """A run of figures (a results table, a price list) rather than prose."""
    numbers = sum(1 for t in tokens if t.shape is _NUMBER)
    return len(tokens) >= 8 and numbers * 10 >= len(tokens) * 3


# After `that that`, a determiner or subject pronoun shows the first `that` was typed
# twice (`said that that the risks`); a noun or verb shows a demonstrative (`that that
# service`, `that that would happen`).
_AFTER_THAT_THAT = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "this",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "i",
        "there",
    ]
)
# `is is` is grammatical in a pseudo-cleft only: "what it is is", "how long the run is is".
_CLEFT = frozenset(
    [
        "what",
        "whatever",
        "how",
        "why",
        "where",
        "who",
        "all",
        "thing",
        "problem",
        "question",
        "point",
    ]
)

# `for for` is grammatical where a clause ends on its preposition and a span of time
# follows ("the moment I've been waiting for for years"); before anything else it is a slip.
_SPANS = frozenset(
    ["years", "months", "weeks", "days", "hours", "minutes", "decades", "ages", "centuries", "long"]
)
# `this this` is grammatical after a preposition: "add to this this new legislation".
_PREPOSITIONS = frozenset(
    ["to", "of", "with", "from", "for", "in", "on", "at", "by", "about", "like", "than"]
)


def _ungrammatical(word: str, tokens: list[Token], k: int) -> bool:
    """Whether an allowed doubling (`that that`, `is is`) is a slip in this place."""
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    if word == "that":
        return after is not None and after.text.casefold() in _AFTER_THAT_THAT
    if word == "for":
        return after is None or not (after.shape is _NUMBER or after.text.casefold() in _SPANS)
    if word == "this":
        return k == 0 or tokens[k - 1].text.casefold() not in _PREPOSITIONS
    if word == "is":
        start = k
        while start > 0 and k - start < 8 and not tokens[start].sentence_start:
            start -= 1
        return not any(t.text.casefold() in _CLEFT for t in tokens[start:k])
    return False


class RepeatedWord(Rule):
    """The same word twice in a row: `the the`, `to to`, also across a line break.

    ## What it does
    Reports a word followed at once by the same word (ignoring case), with only white
    space between them, a line break included. Words that English doubles on purpose are
    not reported: grammatical pairs (`had had`; `that that service`, though not `that that
    the`; `is is` in "what it is is"; `for for` before a span of time, "waited for for
    years"; `this this` after a preposition, "add to this this law") and emphatic or idiomatic ones (`very very`,
    `bye bye`, `no no`). Those live in the
    `repeated-word-allowed` list of `rules/spelling.toml`, which a newsroom pack can
    extend. Names and titles that repeat a capitalised word (`Duran Duran`,
    `Sirhan Sirhan`, `Spend Spend Spend`), figures and tables are left alone. The fix
    deletes the second word and the space before it. It is safe only for words never
    doubled on purpose (`the`, `a`, `its`: the `repeated-word-safe-fix` list); for
    another word (`in in`, `to to`) a word may have been lost between the two
    ("placed in [place] in the past"), so the fix is unsafe: read the sentence first.

    ## Why it matters
    A doubled word is the commonest slip of a hurried edit, and the eye skips it,
    above all across a line break. Readers do not.

    ## Example
    ```text
    Ofcom has said the the commercially funded public service broadcasters ...
    ```
    `the the` is reported; the fix leaves `the commercially`. `She had had enough`
    and `Duran Duran are touring` are not reported.
    """

    code = "WL402"
    name = "repeated-word"
    severity = Severity.WARNING
    options: ClassVar[dict[str, object]] = {}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        allowed = {w.casefold() for w in ctx.packs.section(ALLOWED)}
        safe = {w.casefold() for w in ctx.packs.section(SAFE)}
        text = doc.text
        for part in doc.parts:
            if part.kind not in PROSE_KINDS:
                continue
            # Neighbours spelled alike but for case are found in C, from the part's words:
            # most parts have none, and their tokens are not made.
            folded = list(map(str.casefold, part.texts))
            alike = list(compress(count(), map(eq, folded, islice(folded, 1, None))))
            if not alike:
                continue
            tokens = part.tokens
            for k in alike:
                first, second = tokens[k], tokens[k + 1]
                if len(first.text) != len(second.text):
                    continue
                if first.shape not in _WORD_SHAPES or second.shape not in _WORD_SHAPES:
                    continue
                gap = text[first.end : second.start]
                if not gap or not gap.isspace():
                    continue
                word = first.text.casefold()
                if not self._is_slip(first, second) or is_table(tokens):
                    continue
                if word in allowed and not _ungrammatical(word, tokens, k):
                    continue
                span = Span(first.start, second.end)
                notes = []
                if "\n" in gap:
                    notes.append(Note(second.span, "the repeat is across a line break"))
                yield self.diagnostic(
                    span,
                    f"`{second.text}` is repeated",
                    notes=notes,
                    fixes=[
                        Fix.replace(
                            Span(first.end, second.end),
                            "",
                            safe=word in safe,
                            title=f"Delete the second `{second.text}`",
                        )
                    ],
                )

    @staticmethod
    def _is_slip(first: Token, second: Token) -> bool:
        if second.shape is TokenShape.LOWER:
            # `the the`; `The the` at the start of a sentence.
            return first.shape is TokenShape.LOWER or first.sentence_start
        if second.shape is TokenShape.UPPER:
            # An all-caps headline: `SPAR SEES SEES STRONG GROWTH`.
            return first.shape is TokenShape.UPPER and len(second.text) > 1
        # Capitalised twice: a name or title (`Duran Duran`, `Spend Spend Spend`).
        return False
