"""WL201 placeholder-brand: a brand slot holding a placeholder word or another agency."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from wirelint.diagnostics import Diagnostic, Fix, Note, Severity
from wirelint.document import Document
from wirelint.registry import Context, Rule
from wirelint.structure import (
    AGENCIES,
    BRAND_PLACEHOLDERS,
    HEADLINE_LABELS,
    NOT_BRANDS,
    BrandSlot,
    body,
    brand_slots,
    is_common_word,
)


def _key(text: str) -> str:
    t = " ".join(text.split()).casefold()
    return t[4:] if t.startswith("the ") else t


class PlaceholderBrand(Rule):
    """A brand slot (dateline, headline suffix, credit, trust or copyright line) that names no real agency.

    ## What it does
    Finds the places a story names its agency or publication, by their structure and not
    by one word: the dateline credit `MOSCOW, Jan 4 (X) -`, a headline suffix after ` - `,
    ` – ` or ` | `, credit lines (`Reporting by X staff`, `Compiled by X`,
    `X writer Jane Doe contributed`), and the standards, trust and copyright lines
    (`The Thomson X Trust Principles`, `Copyright 2024 X`, `© X`). It reports:

    * a slot holding a common English word (`Portal`, `Outlet`, `Source`, `Company`,
      `Newsroom`): a template or rewriting tool swapped the brand for a placeholder;
    * slots that disagree with each other or with the configured `brand`
      (dateline `(AFP)` but `Reporting by Reuters staff`), with notes at the other slots;
    * at `info` level, a dateline, staff-credit, trust or copyright slot holding a name that
      is neither a known agency (the `agencies` pack, `rules/agencies.toml`) nor the
      configured brand. Add your own agencies in a pack or set `brand`.

    Agencies named in the body (`told Interfax`, `according to AFP`), photo credits and
    people in credit lines (`Writing by David Ljunggren`) are not brand slots.

    The fix writes the configured `brand`: safe when `brand` is set. Without it, a slot is
    changed to the agency the other slots agree on only with `--unsafe-fixes`.

    ## Why it matters
    A placeholder brand in a dateline or a credit is published as a visible error
    (`(Portal)`, `Reporting by Portal bureaus`), and slots that name two agencies
    misattribute the story, which wire contracts and corrections policies care about.

    ## Example
    ```text
    MOSCOW, Jan 4 (Portal) - Russia's defense ministry said ...

    Reporting by Portal bureaus; Writing by David Ljunggren
    ```
    Both `Portal`s are reported; with `brand = "Reuters"` the fix writes `Reuters`.
    `MOSCOW, Jan 4 (Reuters) - ... Peskov told Interfax` is not reported.
    """

    code = "WL201"
    name = "placeholder-brand"
    severity = Severity.WARNING
    options: ClassVar[Mapping[str, Any]] = {"common-word-frequency": 1000, "report-unknown": True}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        not_brands = frozenset(w.casefold() for w in ctx.packs.section(NOT_BRANDS))
        slots = brand_slots(doc, not_brands)
        if not slots:
            return
        agencies: dict[str, list[str]] = ctx.packs.section(AGENCIES)
        canonical: dict[str, str] = {}
        for name, forms in agencies.items():
            canonical.setdefault(_key(name), name)
            for form in forms:
                canonical.setdefault(_key(form), name)
        brand = ctx.config.brand
        brand_name: str | None = canonical.get(_key(brand), brand) if brand else None
        if brand and brand_name:
            canonical[_key(brand)] = brand_name
        labels = frozenset(_key(w) for w in ctx.packs.section(HEADLINE_LABELS))
        placeholders = frozenset(_key(w) for w in ctx.packs.section(BRAND_PLACEHOLDERS))
        threshold = int(ctx.option(self, "common-word-frequency"))

        known: list[tuple[BrandSlot, str]] = []
        suspect: list[tuple[BrandSlot, str]] = []  # (slot, "placeholder" | "unknown")
        for slot in slots:
            key = _key(slot.text)
            if ctx.config.is_allowed(slot.text):
                continue
            agency = canonical.get(key)
            if agency is not None:
                if slot.kind == "headline" and self._attributed_in_body(
                    doc, slot, agencies.get(agency, [slot.text])
                ):
                    continue  # "... - Interfax" quoting another agency, named in the body
                known.append((slot, agency))
                continue
            if slot.kind == "headline" and (
                key in labels
                or slot.text.isupper()  # an ALL-CAPS headline says nothing by case
                or self._attributed_in_body(doc, slot, [slot.text])  # "... - Blair"
            ):
                continue
            words = slot.text.split()
            if key in placeholders or (
                len(words) == 1 and slot.text[:1].isupper() and is_common_word(key, threshold)
            ):
                suspect.append((slot, "placeholder"))
            elif slot.strict and slot.kind != "contributed" and not ctx.config.is_allowed(key):
                if len(words) > 1 and all(is_common_word(w, threshold) for w in words):
                    suspect.append((slot, "placeholder"))
                else:
                    suspect.append((slot, "unknown"))

        # Which agency the story is from: the configured brand, else what the slots agree on.
        own = [(s, n) for s, n in known if s.own]
        votes = Counter(n for s, n in own if s.strict or s.kind == "headline")
        target: str | None = brand_name
        if target is None and votes:
            ranked = votes.most_common()
            if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
                target = ranked[0][0]
            else:  # a tie: the dateline speaks first
                dateline = [n for s, n in own if s.kind == "dateline"]
                target = dateline[0] if dateline else None
        agreeing = [s for s, n in own if n == target]

        for slot, kind in suspect:
            if kind == "unknown" and not ctx.option(self, "report-unknown"):
                continue
            notes = [Note(s.span, f"{s.where} says `{s.text}`") for s in agreeing[:3]]
            notes += [
                Note(s.span, f"the same word in {s.where}")
                for s, _ in suspect
                if s is not slot and _key(s.text) == _key(slot.text)
            ][:3]
            fixes = self._fixes(slot, brand, agreeing, target)
            if kind == "placeholder":
                msg = (
                    f"`{slot.text}` in {slot.where} is a common word, not an agency: "
                    "a placeholder where the brand belongs"
                )
                yield self.diagnostic(slot.span, msg, notes=notes, fixes=fixes)
            else:
                msg = (
                    f"`{slot.text}` in {slot.where} is not a known agency or publication "
                    "(add it to an agencies pack or set `brand`)"
                )
                yield self.diagnostic(slot.span, msg, notes=notes, fixes=fixes).with_severity(
                    Severity.INFO
                )

        if target is None:
            return
        for slot, name in own:
            if name == target:
                continue
            if brand_name is not None:
                msg = f"{slot.where} names `{slot.text}`, but the configured brand is `{brand}`"
            else:
                msg = (
                    f"{slot.where} names `{slot.text}`, but the story's other brand slots "
                    f"name `{agreeing[0].text}`"
                )
            notes = [Note(s.span, f"{s.where} says `{s.text}`") for s in agreeing[:3]]
            yield self.diagnostic(
                slot.span, msg, notes=notes, fixes=self._fixes(slot, brand, agreeing, target)
            )

    @staticmethod
    def _fixes(
        slot: BrandSlot, brand: str | None, agreeing: list[BrandSlot], target: str | None
    ) -> list[Fix]:
        if brand:
            return [Fix.replace(slot.span, brand, safe=True, title=f"Use the brand `{brand}`")]
        if target is None or not agreeing:
            return []
        same_kind = [s for s in agreeing if s.kind == slot.kind]
        replacement = (same_kind or agreeing)[0].text
        return [
            Fix.replace(
                slot.span,
                replacement,
                safe=False,
                title=f"Use `{replacement}` as the other slots do",
            )
        ]

    @staticmethod
    def _attributed_in_body(doc: Document, slot: BrandSlot, forms: list[str]) -> bool:
        b = body(doc)
        return any(all(w.casefold().replace("’", "'") in b.words for w in f.split()) for f in forms)
