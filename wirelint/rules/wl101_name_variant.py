"""WL101 name-variant: one person, place or body spelled two ways in a story."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Diagnostic, Fix, Note, Severity
from wirelint.document import Document
from wirelint.names import (
    STYLEBOOK,
    TITLES,
    NameGroup,
    Spelling,
    frequency,
    name_groups,
    stylebook_choice,
    with_case,
)
from wirelint.registry import Context, Rule

MAX_NOTES = 5


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def _titles(ctx: Context) -> frozenset[str]:
    def build() -> frozenset[str]:
        return frozenset(w.casefold() for w in ctx.packs.section(TITLES))

    return ctx.packs.derived(("WL101", TITLES), build)


class NameVariant(Rule):
    """A name spelled two ways in one story: `Zelenskiy` beside `Zelenskyy`, `BACHMUT` beside `Bakhmut`.

    ## What it does
    Gathers the story's proper-noun mentions (headline, bullets, subheads in capitals,
    body; possessives and hyphenated forms such as `pro-Russian` included) and finds
    spellings of one name that differ the way transliterations and typos do: `y`/`i` and
    the `-iy`/`-yy`/`-yi` endings, `kh`/`ch`/`h`, `ou`/`u`, `k`/`c`, doubled, swapped,
    dropped or changed letters, diacritics. No list of names is involved. It reports the
    rarer spelling at each place it stands, names both spellings and how often each is
    used, and adds notes at the other spelling's places.

    It leaves alone different names that look alike (`Iran`/`Iraq`, `Jan`/`Jon`: too short
    to tell; `Daniel`/`Daniela`, `Petrov`/`Petrova`: a feminine form), derived forms
    (`Russia`/`Russian`, `Ukraine`/`Ukrainian`, `Iraq`/`Iraqi`), ordinary English words,
    and look-alike names beside different first or last names (`Jan Kowalski`,
    `Jon Smith`).

    The fix writes the chosen spelling in the case of the place it replaces (`BAKHMUT`
    in a subhead). The chosen spelling is the one the story uses most; when both are
    used equally often the stylebook pack (`rules/stylebook.toml` and your own) decides,
    else a dictionary word over a non-word (`Reagan`, `Reaagn`), else the one used
    first. A fix the stylebook decides is safe; one that only follows
    the majority is unsafe (`--unsafe-fixes`).

    ## Why it matters
    Two spellings of one name read as two people or two places, and they are the most
    common trace of copy stitched together from sources with different transliteration
    styles. Corrections for misspelled names are among the most frequent a desk runs.

    ## Example
    ```text
    Ukrainian President Volodymyr Zelenskyy said ... Zelenskyy added ...
    "We will win," said Zelenskiy.
    ```
    `Zelenskiy` is reported: "`Zelenskiy` (once) is spelled `Zelenskyy` elsewhere in the
    story (2 times)". `Russia` beside `Russian`, and `Iran` beside `Iraq`, are not.
    """

    code = "WL101"
    name = "name-variant"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        titles = _titles(ctx)
        groups = name_groups(doc, titles)
        if not groups:
            return
        stylebook: dict[str, str] = ctx.packs.section(STYLEBOOK)
        for group in groups:
            yield from self._report(group, stylebook, ctx)

    def _report(
        self, group: NameGroup, stylebook: dict[str, str], ctx: Context
    ) -> Iterator[Diagnostic]:
        spellings = [s for s in group.spellings if not ctx.config.is_allowed(s.display)]
        allowed = [s for s in group.spellings if s not in spellings]
        if allowed:
            # The desk has decided on a spelling: it is the one to use.
            chosen: Spelling = allowed[0]
            why = "allowed in the configuration"
            safe = True
        else:
            decided = stylebook_choice(stylebook, (s.key for s in group.spellings))
            top = group.spellings[0]
            tie = len(group.spellings) > 1 and group.spellings[1].count == top.count
            if decided is not None:
                chosen = next(s for s in group.spellings if s.key == decided)
                why = "the stylebook's spelling"
                safe = True
            else:
                chosen = top
                why = "the majority spelling"
                if tie:
                    known = frequency(top.key) > 0 and frequency(group.spellings[1].key) == 0
                    why = "a dictionary word, the other is not" if known else "the one used first"
                safe = False
        for other in group.spellings:
            if other is chosen or other in allowed:
                continue
            counts = f"`{other.written}` ({_times(other.count)}) and `{chosen.display}` ({_times(chosen.count)})"
            if other.count == chosen.count:
                message = (
                    f"name spelled two ways, equally often: {counts}; "
                    f"use one spelling (`{chosen.display}`: {why})"
                )
            else:
                message = (
                    f"`{other.written}` ({_times(other.count)}) is spelled `{chosen.display}` "
                    f"elsewhere in the story ({_times(chosen.count)})"
                )
            notes = [Note(m.span, f"`{chosen.display}` here") for m in chosen.mentions[:MAX_NOTES]]
            for mention in other.mentions:
                replacement = with_case(mention.text, chosen.display)
                fix = Fix.replace(
                    mention.span,
                    replacement,
                    safe=safe,
                    title=f"Spell it `{replacement}` ({why})",
                )
                yield self.diagnostic(mention.span, message, notes=notes, fixes=[fix])
