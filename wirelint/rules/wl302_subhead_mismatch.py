"""WL302 subhead-mismatch: a subhead or summary bullet whose names or figures disagree with the body."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from wirelint.analysis.body import (
    Body,
    body,
    capitalised_phrases,
    figure_clashes,
    mentioned,
    name_tokens,
    phrase_in_body,
    summary_bullets,
    variant_in_body,
)
from wirelint.analysis.words import STOPWORDS, is_all_caps
from wirelint.diagnostics import Diagnostic, Fix, Note, Severity
from wirelint.document.model import Document, Part, PartKind, TokenShape
from wirelint.document.span import Span
from wirelint.registry import Context, Rule


def _where(part: Part) -> str:
    return "the subhead" if part.kind is PartKind.SUBHEAD else "the bullet"


def _cased_like(template: str, word: str) -> str:
    if template.isupper():
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class SubheadMismatch(Rule):
    """A subhead or summary bullet whose names or figures disagree with the body.

    ## What it does
    Compares each subhead and summary bullet with the body's own mentions, case-insensitively:

    * a name spelled differently from the body's (`BACHMUT FIGHTS` when the body says
      `Bakhmut`);
    * an institution named in another form than the body's (`Ministry of Defence` in a
      bullet when the body says `defense ministry`);
    * a figure the body contradicts (a bullet saying 63 killed when the body's figure is 89,
      or repeating the figure the body gives as the earlier one).

    A figure is compared only with body figures on the same subject (sharing words around
    it) and in the same unit; a figure the body also states agrees. Each finding has a note
    at the body's wording and an unsafe fix to it.

    ## Why it matters
    Subheads and bullets are written last, often by another hand or a tool, and drift from
    the story: a reader skimming them gets a different spelling or a different death toll.

    ## Example
    ```text
    Russia gives toll of New Year's strike

    - 63 Russian soldiers killed in New Year's strike

    MOSCOW, Jan 4 (Reuters) - The ministry said the strike killed 89 soldiers.
    ```
    `63` is reported, with a note at `89`.
    """

    code = "WL302"
    name = "subhead-mismatch"
    severity = Severity.WARNING
    # A spelling difference is WL101/WL102's finding, with both spellings and counts.
    defers_to = ("WL101", "WL102")
    options: ClassVar[Mapping[str, Any]] = {"min-context": 2}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        parts = [*doc.subheads, *summary_bullets(doc)]
        if not parts or not doc.paragraphs:
            return
        b = body(doc)
        min_context = int(ctx.option(self, "min-context"))
        for part in parts:
            yield from self._check_part(doc, part, b, min_context)

    def _check_part(
        self, doc: Document, part: Part, b: Body, min_context: int
    ) -> Iterator[Diagnostic]:
        where = _where(part)
        covered: list[Span] = []
        all_caps = is_all_caps(part.text)
        if not all_caps:
            lowered_body = None
            for phrase in capitalised_phrases(part):
                if lowered_body is None:
                    lowered_body = " ".join(doc.slice(p.span) for p in doc.paragraphs).lower()
                if phrase.text.lower() in lowered_body:
                    covered.append(phrase.span)
                    continue
                same, other = phrase_in_body(phrase, b, doc)
                if same or other is None:
                    continue
                covered.append(phrase.span)
                said = doc.slice(other)
                fix = " ".join(
                    w if w.lower() in STOPWORDS else w[:1].upper() + w[1:] for w in said.split()
                )
                yield self.diagnostic(
                    phrase.span,
                    f"`{phrase.text}` in {where}, but the body calls it `{said}`",
                    notes=[Note(other, "the body's wording")],
                    fixes=[Fix.replace(phrase.span, fix, safe=False)],
                )
        for tok in name_tokens(part, all_caps=all_caps):
            if any(s.overlaps(tok.span) for s in covered) or mentioned(tok.text, b):
                continue
            variant = variant_in_body(tok.text, b)
            if variant is None:
                continue
            fix = (
                _cased_like(tok.text, variant.text)
                if tok.shape is TokenShape.UPPER
                else variant.text
            )
            yield self.diagnostic(
                tok.span,
                f"`{tok.text}` in {where}, but the body spells it `{variant.text}`",
                notes=[Note(variant.span, "the body's spelling")],
                fixes=[Fix.replace(tok.span, fix, safe=False)],
            )
        for clash in figure_clashes(doc, part, b, min_context, where):
            yield self.diagnostic(clash.span, clash.message, notes=clash.notes, fixes=clash.fixes)
