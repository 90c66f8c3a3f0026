"""WL303 headline-body-mismatch: a headline figure or name the body contradicts or never mentions."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from wirelint.analysis.body import (
    Body,
    body,
    figure_clashes,
    mentioned,
    name_tokens,
    summary_bullets,
    variant_in_body,
)
from wirelint.analysis.brands import headline_suffix
from wirelint.analysis.words import is_all_caps
from wirelint.diagnostics import Diagnostic, Fix, Note, Severity
from wirelint.document.model import Document, Part, PartKind, TokenShape
from wirelint.registry import Context, Rule


class HeadlineBodyMismatch(Rule):
    """A figure or name in the headline (or a bullet) that the body contradicts or never mentions.

    ## What it does
    Reads each headline against the body, conservatively:

    * a figure the body contradicts: the body gives another figure, in the same unit and
      currency (`$2 billion` is never contradicted by `2.5 billion euros`), on the same
      subject (sharing words around it), and never the headline's figure anywhere. A body
      that gives an earlier figure and then the new one (`Moscow earlier said 63 ...
      killed 89`) is consistent with a headline saying 89; a headline repeating the earlier
      63 is reported. A headline's rounding (`$1.1bn` for `$1.13bn`) agrees.
    * a name the body spells differently (`Zelenksy` when the body says `Zelenskiy`);
    * at `info` level, a name in the headline or a summary bullet that the body never
      mentions at all (option `report-absent`).

    Each finding has a note at the body's figure or spelling. Subhead and bullet figures and
    spellings are WL302's.

    ## Why it matters
    The headline is what most readers read. A death toll or a name that differs from the
    story underneath is a correction waiting to happen.

    ## Example
    ```text
    Missile strike killed 63 Russian soldiers, ministry says

    MOSCOW, Jan 4 (Reuters) - Moscow earlier said 63 soldiers died. The ministry
    said on Wednesday the strike killed 89 soldiers.
    ```
    `63` is reported: the body gives it as the earlier figure, and 89 now.
    """

    code = "WL303"
    name = "headline-body-mismatch"
    severity = Severity.WARNING
    options: ClassVar[Mapping[str, Any]] = {"min-context": 2, "report-absent": False}
    # A misspelt name is WL101's finding when it sees it too: one finding per slip.
    defers_to = ("WL101",)

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        if not doc.headlines or not doc.paragraphs:
            return
        b = body(doc)
        min_context = int(ctx.option(self, "min-context"))
        report_absent = bool(ctx.option(self, "report-absent"))
        headline = doc.headlines[0]
        yield from self._figures(doc, headline, b, min_context)
        yield from self._names(doc, headline, b, report_absent, variants=True)
        if report_absent:
            for part in summary_bullets(doc):
                yield from self._names(doc, part, b, report_absent, variants=False)

    def _figures(
        self, doc: Document, part: Part, b: Body, min_context: int
    ) -> Iterator[Diagnostic]:
        for clash in figure_clashes(doc, part, b, min_context, "the headline"):
            yield self.diagnostic(clash.span, clash.message, notes=clash.notes, fixes=clash.fixes)

    def _names(
        self, doc: Document, part: Part, b: Body, report_absent: bool, *, variants: bool
    ) -> Iterator[Diagnostic]:
        where = "the headline" if part.kind is PartKind.HEADLINE else "the bullet"
        suffix = headline_suffix(doc, part) if part.kind is PartKind.HEADLINE else None
        # An ALL-CAPS headline with a suffix ("... THREE | Reuters") is still all capitals.
        words = part.text if suffix is None else doc.text[part.span.start : suffix.start]
        for tok in name_tokens(part, all_caps=is_all_caps(words)):
            if mentioned(tok.text, b):
                continue
            variant = variant_in_body(tok.text, b)
            if variant is None and suffix is not None and suffix.contains(tok.span):
                continue  # a brand or source after the dash ("... - Interfax"): WL201's
            if variant is not None:
                if not variants:
                    continue
                fix = variant.text.upper() if tok.shape is TokenShape.UPPER else variant.text
                yield self.diagnostic(
                    tok.span,
                    f"`{tok.text}` in {where}, but the body spells it `{variant.text}`",
                    notes=[Note(variant.span, "the body's spelling")],
                    fixes=[Fix.replace(tok.span, fix, safe=False)],
                )
            elif report_absent:
                yield self.diagnostic(
                    tok.span, f"`{tok.text}` in {where} is never mentioned in the body"
                ).with_severity(Severity.INFO)
