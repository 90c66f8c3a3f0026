"""WL104 cross-story-variant: a story spells a name or a dialect unlike the rest of its batch."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.analysis.across import Odd, current, describe, marked_words, story_names, titles_of
from wirelint.analysis.dialect import LABEL
from wirelint.analysis.names import with_case
from wirelint.diagnostics import Diagnostic, Fix, Note, Severity
from wirelint.document.model import Document
from wirelint.document.span import Span
from wirelint.registry import Context, Rule


class CrossStoryVariant(Rule):
    """A name or a US/UK spelling one story of a batch writes unlike the rest: `Zelenskiy` in one, `Zelenskyy` in five.

    ## What it does
    Runs with `wirelint check --across` (or `across = true` in the configuration; the
    pre-commit hook turns it on for the files of one commit). The stories checked
    together are read as one body of copy. A name that one story writes one way while
    more stories of the batch write it another way is reported at each place in the odd
    story, with notes naming places in stories that use the batch's spelling. Which
    spellings are one name is WL101's judgement (transliterations, typos, diacritics;
    not `Iran`/`Iraq`, not `Russia`/`Russian`, not look-alikes beside different first
    names); which one the batch prefers is the one more stories use, and a tie decides
    nothing. A spelling allowed in the configuration is the one to use.

    Likewise a story written wholly in American spelling in a batch whose stories are
    mostly British (or the reverse) is reported at its marked words, when the
    configured `dialect` is `auto`. A story that already mixes spellings is left to
    WL101 and WL102, a spelling the stylebook decides to WL103. Checked alone, a story
    never gets a WL104 finding. The fix (unsafe) writes the batch's spelling.

    ## Why it matters
    A newsroom publishes its copy together: a reader who meets `Zelenskyy` on the front
    page and `Zelenskiy` one click away sees a careless desk, and a search for one
    spelling misses the other story. No single-story check can see it.

    ## Example
    ```text
    a.txt, b.txt, c.txt: ... President Volodymyr Zelenskyy said ...
    d.txt:               ... President Volodymyr Zelenskiy said ...
    ```
    In `d.txt`: "`Zelenskiy`: the rest of this batch writes `Zelenskyy` (`Zelenskyy` in
    3 of 4 stories)", with notes at `a.txt:3`, `b.txt:3`, `c.txt:3`.
    """

    code = "WL104"
    name = "cross-story-variant"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        batch = current()
        if batch is None:
            return
        verdicts = batch.for_story(doc.path)
        if not verdicts:
            return
        names = story_names(doc, titles_of(ctx.packs))
        words = None
        for odd in verdicts:
            if odd.kind == "name":
                for m in names.get(odd.key, ()):
                    yield self._report(m.span, m.text, with_case(m.text, odd.chosen), odd)
            else:
                if words is None:
                    words = marked_words(doc, ctx.packs)
                for w in words:
                    if w.pair.dialect == odd.key and not ctx.config.is_allowed(w.text):
                        yield self._report(
                            w.span, w.text, with_case(w.text, w.pair.counterpart), odd
                        )

    def _report(self, span: Span, written: str, replacement: str, odd: Odd) -> Diagnostic:
        if odd.kind == "name":
            message = f"`{written}`: the rest of this batch writes `{odd.chosen}` ({describe(odd)})"
            note = f"`{odd.chosen}` in "
        else:
            label = LABEL[odd.key]
            message = (
                f"{label} spelling `{written}` in a batch written in "
                f"{LABEL[odd.chosen]} spelling ({describe(odd)}); use `{replacement}`"
            )
            note = f"{LABEL[odd.chosen]} spelling in "
        notes = [Note(span, note + where) for where in odd.examples]
        fix = Fix.replace(
            span, replacement, safe=False, title=f"Write `{replacement}` as the batch does"
        )
        return self.diagnostic(span, message, notes=notes, fixes=[fix])
