"""WL102 dialect-mix: US and UK spellings mixed in one story."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from wirelint.analysis.dialect import (
    DIALECT,
    LABEL,
    OFFICIAL,
    OXENDICT,
    UK,
    US,
    DialectWord,
    dialect_words,
)
from wirelint.analysis.names import with_case
from wirelint.config import Config, Dialect
from wirelint.diagnostics import Diagnostic, Fix, Note, Severity
from wirelint.document.model import Document
from wirelint.registry import Context, Rule

MAX_NOTES = 5


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def _first_of_each_dialect(words: list[DialectWord]) -> dict[str, list[DialectWord]]:
    """The first few words of each dialect, for notes: taken once, not for every finding
    (a long story has hundreds of findings and thousands of words)."""
    first_of: dict[str, list[DialectWord]] = {}
    for w in words:
        kept = first_of.setdefault(w.pair.dialect, [])
        if len(kept) < MAX_NOTES:
            kept.append(w)
    return first_of


class DialectMix(Rule):
    """US and UK spellings mixed in one story: `defense ministry` beside `Ministry of Defence`.

    ## What it does
    Finds the words whose spelling marks American or British English (`color`/`colour`,
    `defense`/`defence`, `center`/`centre`, `organize`/`organise`, `traveled`/`travelled`)
    and reports those of the story's minority dialect. The configured `dialect` (`en-US`
    or `en-GB`) decides which is the odd one out; with `dialect = "auto"` the story's
    majority does (on a tie, the dialect used first). The pairs are data built from
    SCOWL's American and British word lists (`rules/dialect.toml`).

    Names keep their own spelling: a capitalised word inside a sentence is part of a name
    (`Pearl Harbor` in a British story, `Sydney Harbour Bridge` in an American one), unless
    the name is a generic title built on an office word (`Defense Ministry`, `Ministry of
    Defence`), which the writer translates and which follows the story's spelling. Official
    names listed in the names pack keep theirs (`World Health Organization`, `Labour
    Party`); a generic title listed there (`Ministry of Defence`) keeps it only where the
    story ties it to its body (`Britain's Ministry of Defence`). Words that an acronym
    after them spells out are a name too, in lower case as well (`matrix-assisted laser
    desorption/ionization (MALDI)`).

    In a story that otherwise writes `-ise` (`organisation`, `criticised`), an `-ize` word
    is a mix, though Oxford spelling allows it. A desk that writes Oxford spelling sets
    `dialect = "en-GB-oxendict"`: British spelling with `-ize` (`organize`, but `analyse`,
    `colour`), where an `-ise` word is the odd one out. The option `oxford-spelling =
    true` accepts either in British copy.

    The fix writes the other dialect's spelling: safe when the configured `dialect` decides
    it, unsafe when only the majority does, and unsafe inside a title the official-names
    pack lists (`Ministry of Defence` in a story that does not say whose): it may be the
    body's own name.

    ## Why it matters
    A story that switches between `defense` and `defence` looks stitched together, and a
    house style is one of the first things readers and editors notice. Copy rewritten from
    agencies of both traditions mixes them constantly.

    ## Example
    ```text
    - 89 soldiers killed in strike – Ministry of Defence

    MOSCOW (Reuters) - Russia's defense ministry said ... The Defense Ministry said ...
    ```
    `Defence` is reported: the story otherwise spells it `defense`. In a US story,
    `Britain's Ministry of Defence` and `the World Health Organization` are not reported.
    """

    code = "WL102"
    name = "dialect-mix"
    severity = Severity.WARNING
    options: ClassVar[Mapping[str, Any]] = {"oxford-spelling": False}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        data: dict[str, Any] = ctx.packs.section(DIALECT)
        pairs_file = data.get("pairs")
        if pairs_file is None:
            return
        words = dialect_words(doc, pairs_file.load(), data, ctx.packs.section(OFFICIAL))
        words = [w for w in words if not ctx.config.is_allowed(w.text)]
        configured = _configured(ctx.config)
        # -ize is British too (Oxford spelling): it marks US English only where the story
        # also writes -ise, or where the configuration says British without Oxford -ize.
        oxford = ctx.option(self, "oxford-spelling")
        oxendict = ctx.config.dialect == OXENDICT
        has_ise = any(w.pair.dialect == UK and _ize_only(w) for w in words)
        if not oxendict and (oxford or (configured != UK and not has_ise)):
            words = [w for w in words if not (w.pair.dialect == US and _ize_only(w))]
        if not words:
            return
        counts = Counter(w.pair.dialect for w in words)
        if configured is not None:
            chosen, why = configured, f"the configured dialect is {ctx.config.dialect}"
        elif len(counts) < 2:
            return
        elif counts[US] != counts[UK]:
            chosen = US if counts[US] > counts[UK] else UK
            why = f"the story's majority: {counts[chosen]} {LABEL[chosen]} spellings to {counts[_other(chosen)]}"
        else:
            chosen = words[0].pair.dialect
            why = f"as many US as UK spellings, {counts[US]} each: the first used"
        safe = configured is not None
        by_word: dict[str, list[DialectWord]] = {}
        for w in words:
            by_word.setdefault(w.text.lower(), []).append(w)
        first_of = _first_of_each_dialect(words)
        for w in words:
            wanted, chosen_label = chosen, LABEL[chosen]
            if oxendict and w.oxford():
                wanted, chosen_label = US, "Oxford"  # -ize in British copy
            if w.pair.dialect == wanted:
                continue
            counterpart = w.pair.counterpart
            others = by_word.get(counterpart, [])
            label = LABEL[w.pair.dialect]
            if others:
                message = (
                    f"{label} spelling `{w.text}` ({_times(len(by_word[w.text.lower()]))}) and "
                    f"{chosen_label} spelling `{others[0].text}` ({_times(len(others))}) in one story; "
                    f"use `{with_case(w.text, counterpart)}` ({why})"
                )
            else:
                message = (
                    f"{label} spelling `{w.text}` in a story in {chosen_label} spelling; "
                    f"use `{with_case(w.text, counterpart)}` ({why})"
                )
            notes = [
                Note(o.span, f"{chosen_label} spelling `{o.text}` here") for o in others[:MAX_NOTES]
            ]
            if not notes:
                notes = [
                    Note(o.span, f"{chosen_label} spelling `{o.text}`")
                    for o in first_of.get(wanted, [])
                ]
            if w.official:
                message += "; it stands in an official name: check whose name it is"
            replacement = with_case(w.text, counterpart)
            fix = Fix.replace(
                w.span,
                replacement,
                safe=safe and not w.official,
                title=f"Use the {chosen_label} spelling `{replacement}`",
            )
            yield self.diagnostic(w.span, message, notes=notes, fixes=[fix])


def _ize_only(w: DialectWord) -> bool:
    return w.pair.kinds == ("ise-ize",)


def _configured(config: Config) -> Dialect | None:
    if config.dialect == OXENDICT:
        return UK
    return config.dialect if config.dialect in (US, UK) else None


def _other(dialect: Dialect) -> Dialect:
    return UK if dialect == US else US
