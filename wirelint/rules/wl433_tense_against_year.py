"""WL433 tense-against-year: a verb whose tense contradicts a year the story itself dates (parser tier)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from wirelint.diagnostics import Severity
from wirelint.document.model import Document
from wirelint.grammar.lexicon import NNS, Lexicon
from wirelint.grammar.parsed import (
    Hit,
    ParserRule,
    Sentence,
    checked_texts,
    paragraph_fact,
    story_sentences,
)
from wirelint.grammar.parser import Parse
from wirelint.registry import Context
from wirelint.rules.wl419_tense_against_time import _tense

#: Years read: four digits of the last two centuries and this one.
_FIRST_YEAR, _LAST_YEAR = 1900, 2099


def _dated(s: Sentence, y: int) -> tuple[int, str] | None:
    """(verb, tense) when token y is a year in `in 2004` or `in May 2004` (or `during`,
    `throughout`) that hangs on a verb with a tense of its own: past, present or future."""
    t = s.toks[y]
    if t.tag != "CD" or not t.text.isdigit() or len(t.text) != 4:
        return None
    if not _FIRST_YEAR <= int(t.text) <= _LAST_YEAR or s.children(y):
        return None  # in 2004-05, in 2004 and 2005: a span, not one year
    at = y
    if t.dep in ("nummod", "npadvmod", "appos") and s.has("months", s.word(t.head)):
        at = t.head  # in May 2004: the month is the preposition's object
    if s.toks[at].dep != "pobj":
        return None
    p = s.toks[at].head
    if not s.has("year-prepositions", s.word(p)) or s.toks[p].dep != "prep":
        return None
    v = s.toks[p].head
    if v == p or not s.toks[v].tag.startswith("VB") or not s.toks[v].text.isalpha():
        return None
    tense = _tense(s, v)
    return None if tense is None else (v, tense)


def latest_past_year(sentences: Sequence[Sentence]) -> int | None:
    """The latest year the story writes with a past verb (sales rose in 2004): that year
    and every one before it are past for the story."""
    past: int | None = None
    for s in sentences:
        for y in s.indexes():
            dated = _dated(s, y)
            if dated is not None and dated[1] == "past":
                year = int(s.toks[y].text)
                past = year if past is None else max(past, year)
    return past


def _paragraph_past_year(parse: Parse, text: str, lex: Lexicon) -> int | None:
    """``latest_past_year`` of one paragraph, counted once per parse."""
    return paragraph_fact(
        parse,
        "latest-past-year",
        lambda: latest_past_year(story_sentences([parse], [text], lex)),
        lex,
    )


class TenseAgainstYear(ParserRule):
    """`The firm expands its plants in 2004` in a story that writes 2004 as past elsewhere:
    a tense the story's own dates contradict.

    ## What it does
    Reads the dependency parse of each body paragraph (the grammar extra) and finds verbs
    dated by `in`, `during` or `throughout` a year (the pack's `year-prepositions`). The
    story itself says which years are past and which are to come: a year no later than
    one it writes with a past verb (`sales rose in 2004`) is past, a year no earlier than
    A present verb on a past year, or a `will` future on a year before one the story
    writes as past, is reported (the story's own year may hold both tenses: `will rise in
    2005` and `rose in 2005`). Reporting verbs in the present (`says`,
    house style for a past statement), `would`, `could`, the perfect and infinitives
    carry no tense to contradict and pass, as do a bare infinitive after `saw` or `made`
    (`saw its sales rise in 2004`) and a story that dates no year as past.

    ## Why it matters
    A tense that contradicts a date is what a rewrite for a new day leaves when one of
    the two is not updated: the reader cannot tell whether the event happened or is
    still to come.

    ## Example
    ```text
    China trade

    Chinese exports rose 25% in 2004, the commerce ministry said.

    The firm expands its two plants in 2004 to meet demand.
    ```
    `expands its two plants in 2004` is reported: the story writes 2004 as past.
    """

    code = "WL433"
    name = "tense-against-year"
    severity = Severity.WARNING

    def find(self, s: Sentence) -> Iterator[Hit]:
        for y in s.indexes():
            dated = _dated(s, y)
            if dated is None:
                continue
            v, tense = dated
            if tense == "present" and (
                s.has("report-verbs", s.lemma(v))
                or s.has("clause-verbs", s.lemma(v))
                or s.lemma(v) in ("be", "have")
            ):
                continue  # says: house style for a past statement; is due in 2006: a state
            head = s.toks[v].head
            if head != v and s.has("causative-verbs", s.word(head)):
                continue  # saw its sales rise in 2004: a bare infinitive, no tense
            if (
                tense == "present"
                and s.tags(v) & NNS
                and v < s.last
                and s.toks[v + 1].tag in ("NN", "NNS")
            ):
                continue  # the government's spending cuts proposals: a noun, not a verb
            auxes = s.children(v, "aux", "auxpass")
            first = min([v, *auxes])
            if abs(y - v) > 12:
                continue  # too far apart to be sure they belong together
            said = " ".join(s.toks[k].text for k in sorted([v, *auxes]))
            if tense == "past":
                continue  # a past verb on a year to come: the story's own year holds both
            yield Hit(
                min(first, y),
                max(v, y),
                f"`{said}` with `{s.toks[y].text}`, a year the story writes as past:"
                " the tense contradicts the date",
            )

    def story_test(
        self, parses: Sequence[Parse], lex: Lexicon, doc: Document, ctx: Context
    ) -> Callable[[Sentence, Hit], bool]:
        past = max(
            (
                year
                for parse, text in zip(parses, checked_texts(doc), strict=True)
                if (year := _paragraph_past_year(parse, text, lex)) is not None
            ),
            default=None,
        )

        def keep(s: Sentence, hit: Hit) -> bool:
            for y in range(hit.first, hit.last + 1):
                dated = _dated(s, y)
                if dated is None:
                    continue
                year, tense = int(s.toks[y].text), dated[1]
                if tense == "present":
                    return past is not None and year <= past
                # this year may hold both tenses (later this year): only an earlier one
                return tense == "future" and past is not None and year < past
            return False

        return keep
