"""WL103 stylebook-spelling: a spelling the stylebook says should be another."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wirelint.analysis.names import STYLEBOOK, STYLEBOOK_KEEP, with_case
from wirelint.diagnostics import Diagnostic, Fix, Severity
from wirelint.document.model import Document, PartKind
from wirelint.document.span import Span
from wirelint.registry import Context, Rule

_SCANNED = (PartKind.HEADLINE, PartKind.BULLET, PartKind.SUBHEAD, PartKind.PARAGRAPH)
_Compiled = tuple[
    re.Pattern[str] | None, dict[str, str], re.Pattern[str] | None, tuple[str, ...] | None
]


def _compile(stylebook: dict[str, str], keep: list[str]) -> _Compiled:
    """(key regex, folded keys, keep regex, lower-case keys when all are ASCII)."""
    folded = {k.casefold(): v for k, v in stylebook.items()}
    words = sorted(stylebook, key=len, reverse=True)
    regex = (
        re.compile(r"(?<![\w\-‐])(?:" + "|".join(map(re.escape, words)) + r")(?![\w‐]|-\w)", re.I)
        if words
        else None
    )
    keep_re = (
        re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, keep)) + r")(?!\w)", re.I)
        if keep
        else None
    )
    lowered = tuple(w.lower() for w in words) if all(w.isascii() for w in words) else None
    return regex, folded, keep_re, lowered


def _may_match(regex: re.Pattern[str], lowered: tuple[str, ...] | None, text: str) -> bool:
    """Whether the key regex matches somewhere in ``text``: one search settles most stories.

    In ASCII text, a case-blind match of an ASCII key is that key in the lower-cased text,
    and a few substring tests are much cheaper than the regex (False only if no match).
    """
    if lowered is not None and text.isascii():
        lower = text.lower()
        if not any(w in lower for w in lowered):
            return False
    return regex.search(text) is not None


def _may_be_kept(keep_re: re.Pattern[str], longest: int, text: str, span: Span) -> bool:
    """Whether a phrase of ``keep_re`` (none longer than ``longest``) matches at a place
    of ``text`` from which it could cover ``span``.

    The phrases' places are found by one scan of the whole story (``finditer``), which a
    long story pays for at its first finding: a finding no phrase could cover is settled
    by trying the few places before it. A phrase covering ``span`` starts at most
    ``longest`` before its end, and no later than its start.
    """
    return any(
        keep_re.match(text, at) is not None
        for at in range(max(0, span.end - longest), span.start + 1)
    )


def _case_ok(found: str, key: str) -> bool:
    """Written as the stylebook key, in capitals or with a capital first: `Kiev`, `KIEV`."""
    return found == key or found.isupper() or found == key[:1].upper() + key[1:]


class StylebookSpelling(Rule):
    """A spelling the stylebook replaces: `Kiev` for `Kyiv`, `Kharkov` for `Kharkiv`.

    ## What it does
    Reports every place the story uses a spelling the stylebook packs list as wrong and
    offers the stylebook's spelling. A generic pack ships (`rules/stylebook.toml`: the
    Ukrainian place names wire stylebooks adopted in 2019, `Chisinau`, `Almaty`, ...);
    a newsroom adds its own through `packs = ["house-style.toml"]` with a `[stylebook]`
    table (`Gadhafi = "Gaddafi"`). Keys match whole words in their own case, in Title
    Case or in capitals, possessives included; phrases in `stylebook-keep` keep their
    spelling (`Chicken Kiev`). Packs are checked when they load: a key that maps to
    itself, or to a spelling that is itself listed as wrong, is an error naming the
    file, line and key.

    The fix is safe: the stylebook decides it.

    ## Why it matters
    A house spelling applied everywhere but one place is the kind of slip readers notice
    and desks correct, and spellings of places at war carry politics the desk has
    already decided on.

    ## Example
    ```text
    Missiles hit Kiev and Kharkov overnight.
    ```
    `Kiev` (-> `Kyiv`) and `Kharkov` (-> `Kharkiv`) are reported. `Chicken Kiev` is not.
    """

    code = "WL103"
    name = "stylebook-spelling"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        stylebook: dict[str, str] = ctx.packs.section(STYLEBOOK)
        if not stylebook:
            return
        keep = ctx.packs.section(STYLEBOOK_KEEP)
        regex, folded, keep_re, lowered = ctx.packs.derived(
            ("WL103", STYLEBOOK), lambda: _compile(stylebook, keep)
        )
        longest = max(map(len, keep), default=0)
        if regex is None or not _may_match(regex, lowered, doc.text):
            return
        keep_spans: list[Span] | None = None
        original = {k.casefold(): k for k in stylebook}
        for part in doc.parts:
            if part.kind not in _SCANNED:
                continue
            text = part.text
            # Most parts hold no key: substring tests settle those faster than the regex.
            if lowered is not None and text.isascii():
                lower = text.lower()
                if not any(w in lower for w in lowered):
                    continue
            for m in regex.finditer(text):
                found = m.group()
                key = found.casefold()
                if not _case_ok(found, original[key]) or ctx.config.is_allowed(found):
                    continue
                span = Span(part.span.start + m.start(), part.span.start + m.end())
                if keep_re is not None and _may_be_kept(keep_re, longest, doc.text, span):
                    if keep_spans is None:
                        keep_spans = [Span(k.start(), k.end()) for k in keep_re.finditer(doc.text)]
                    if any(k.start <= span.start and span.end <= k.end for k in keep_spans):
                        continue
                right = folded[key]
                replacement = with_case(found, right)
                yield self.diagnostic(
                    span,
                    f"the stylebook spells `{found}` as `{replacement}`",
                    fixes=[
                        Fix.replace(
                            span, replacement, safe=True, title=f"Write `{replacement}` (stylebook)"
                        )
                    ],
                )
