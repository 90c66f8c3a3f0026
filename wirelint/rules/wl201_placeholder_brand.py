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
    is_dictionary_word,
    names_in_story,
    norm,
)

PLACEHOLDER_WORDS = "placeholder-words"  # WL202's sections
PLACEHOLDER_PATTERNS = "placeholder-patterns"


def _canonical(agencies: dict[str, list[str]]) -> dict[str, str]:
    """Every form of every agency -> its canonical name."""
    table: dict[str, str] = {}
    for name, forms in agencies.items():
        table.setdefault(_key(name), name)
        for form in forms:
            table.setdefault(_key(form), name)
    return table


def _key(text: str) -> str:
    t = " ".join(text.split()).casefold()
    return t[4:] if t.startswith("the ") else t


def _word_set(ctx: Context, section: str, how: str) -> frozenset[str]:
    """A pack's word list as brand keys (``how="key"``) or case-folded (``how="fold"``)."""

    def build() -> frozenset[str]:
        words = ctx.packs.section(section)
        return frozenset(_key(w) if how == "key" else w.casefold() for w in words)

    return ctx.packs.derived(("WL201", section, how), build)


class PlaceholderBrand(Rule):
    """A brand slot (dateline, headline suffix, credit, trust or copyright line) that names no real agency.

    ## What it does
    Finds the places a story names its agency or publication, by their structure and not
    by one word: the dateline credit `MOSCOW, Jan 4 (X) -`, a headline suffix after ` - `,
    ` – ` or ` | `, credit lines (`Reporting by X staff`, `Compiled by X`,
    `X writer Jane Doe contributed`), and the standards, trust and copyright lines
    (`The Thomson X Trust Principles`, `Copyright 2024 X`, `© X`). It reports:

    * a slot holding a placeholder: a word from the `brand-placeholders` pack (`Portal`,
      `Outlet`, `Source`, `Company`, `Newsroom`), or any English common word (lemminflect's
      lexicon, which leaves out proper names) that the story never uses as a name: a
      template or rewriting tool swapped the brand for it. `Reporting by Turkey bureau` is
      not reported when the body speaks of Turkey; `Reporting by London newsroom` never is;
    * slots that disagree with each other or with the configured `brand`
      (dateline `(AFP)` but `Reporting by Reuters staff`), with notes at the other slots;
      agencies credited together in one dateline (`(Reuters/AFP)`) agree;
    * at `info` level, a dateline, staff-credit, trust or copyright slot holding a name that
      is neither a known agency (the `agencies` pack, `rules/agencies.toml`) nor the
      configured brand (option `report-unknown`). Add your own agencies in a pack or set
      `brand`.

    Fill-in marks in a slot (`(XXX)`, `(TK)`) are left to WL202. After the dash of a
    headline, section labels (`- Analysis`), people and sources the body names
    (`- Blair`, `- Interfax`), and anything in an ALL-CAPS headline (`... - NEWSPAPER`:
    wire style for "a newspaper says") are attributions, not brands.
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
    Russia says 89 soldiers killed in strike

    MOSCOW, Jan 4 (Portal) - Russia's defense ministry said ...

    Reporting by Portal bureaus; Writing by David Ljunggren
    ```
    Both `Portal`s are reported; with `brand = "Reuters"` the fix writes `Reuters`.
    `MOSCOW, Jan 4 (Reuters) - ... Peskov told Interfax` is not reported.
    """

    code = "WL201"
    name = "placeholder-brand"
    severity = Severity.WARNING
    options: ClassVar[Mapping[str, Any]] = {"report-unknown": True}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        not_brands = _word_set(ctx, NOT_BRANDS, "fold")
        slots = brand_slots(doc, not_brands)
        if not slots:
            return
        agencies: dict[str, list[str]] = ctx.packs.section(AGENCIES)
        # Shared by every story: copied before any change.
        canonical = ctx.packs.derived(("WL201", AGENCIES), lambda: _canonical(agencies))
        brand = ctx.config.brand
        brand_name: str | None = canonical.get(_key(brand), brand) if brand else None
        if brand and brand_name:
            canonical = {**canonical, _key(brand): brand_name}
        labels = _word_set(ctx, HEADLINE_LABELS, "key")
        placeholders = _word_set(ctx, BRAND_PLACEHOLDERS, "key")
        # Fill-in marks (`(XXX)`, `(TK)`) are WL202's: an error there, not a brand question.
        marks = frozenset(ctx.packs.section(PLACEHOLDER_WORDS))
        patterns = list(ctx.packs.section(PLACEHOLDER_PATTERNS).values())

        known: list[tuple[BrandSlot, str]] = []
        suspect: list[tuple[BrandSlot, str]] = []  # (slot, "placeholder" | "unknown")
        for slot in slots:
            key = _key(slot.text)
            if ctx.config.is_allowed(slot.text):
                continue
            agency = canonical.get(key)
            if agency is None and self._is_fill_in_mark(doc, slot, marks, patterns):
                continue
            if agency is not None:
                if slot.kind == "headline" and self._attributed_in_body(
                    doc, slot, agencies.get(agency, [slot.text])
                ):
                    continue  # "... - Interfax" quoting another agency, named in the body
                known.append((slot, agency))
                continue
            if slot.kind == "headline" and (
                # An ALL-CAPS headline attributes in capitals: "... TANKERS - NEWSPAPER".
                slot.text.isupper()
                or (
                    key not in placeholders
                    and (key in labels or self._attributed_in_body(doc, slot, [slot.text]))
                )
            ):
                continue
            if self._is_placeholder(doc, slot, key, placeholders):
                suspect.append((slot, "placeholder"))
            elif slot.strict and slot.kind != "contributed":
                suspect.append((slot, "unknown"))

        # Which agency the story is from: the configured brand, else what the slots agree on.
        own = [(s, n) for s, n in known if s.own]
        targets = self._targets(own, brand_name)
        agreeing = [s for s, n in own if n in targets]

        for slot, kind in suspect:
            if kind == "unknown" and not ctx.option(self, "report-unknown"):
                continue
            notes = [Note(s.span, f"{s.where} says `{s.text}`") for s in agreeing[:3]]
            notes += [
                Note(s.span, f"the same word in {s.where}")
                for s, _ in suspect
                if s is not slot and _key(s.text) == _key(slot.text)
            ][:3]
            fixes = self._fixes(slot, brand, agreeing)
            if kind == "placeholder":
                msg = (
                    f"`{slot.text}` in {slot.where} is a placeholder, not an agency: "
                    "the brand belongs here"
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

        if not targets:
            return
        for slot, name in own:
            if name in targets:
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
                slot.span, msg, notes=notes, fixes=self._fixes(slot, brand, agreeing)
            )

    @staticmethod
    def _is_placeholder(
        doc: Document, slot: BrandSlot, key: str, placeholders: frozenset[str]
    ) -> bool:
        """A word listed as never a brand, or English common words the story never uses as a name."""
        words = key.split()
        if key in placeholders or (len(words) > 1 and words[-1] in placeholders):
            return True  # "Portal", "News Outlet", "Newspaper Name"
        if len(words) != 1 or not words[0].isalpha():
            return False  # a publication's name may be words ("Morning Star"): not guessed
        if slot.text.isupper() and len(slot.text) <= 4:
            return False  # an acronym ("(ANI)", "(CAN)"), not a word
        if slot.kind == "headline" and not slot.text[:1].isupper():
            return False
        return is_dictionary_word(words[0]) and norm(words[0]) not in names_in_story(doc)

    @staticmethod
    def _is_fill_in_mark(
        doc: Document, slot: BrandSlot, marks: frozenset[str], patterns: list[Any]
    ) -> bool:
        """`(XXX)`, `Reporting by NAME`: WL202 reports these, as errors."""
        if slot.text in marks:
            return True
        s, e = slot.span
        lo, hi = max(0, s - 40), min(len(doc.text), e + 40)
        for pattern in patterns:
            regex = pattern.regex
            group = "slot" if "slot" in regex.groupindex else 0
            for m in regex.finditer(doc.text, lo, hi):
                if m.start(group) < e and s < m.end(group):
                    return True
        return False

    @staticmethod
    def _targets(own: list[tuple[BrandSlot, str]], brand_name: str | None) -> frozenset[str]:
        """The agencies the story is credited to: the configured brand, else the slots' majority.

        A dateline may credit two agencies at once (`(Reuters/AFP)`): they agree.
        """
        if brand_name is not None:
            return frozenset({brand_name})
        votes = Counter(n for _, n in own)
        if not votes:
            return frozenset()
        dateline = [n for s, n in own if s.kind == "dateline"]
        ranked = votes.most_common()
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            winner = ranked[0][0]
        elif dateline:  # a tie: the dateline speaks first
            winner = dateline[0]
        else:
            return frozenset()
        if winner in dateline:
            return frozenset(dateline)
        return frozenset({winner})

    @staticmethod
    def _fixes(slot: BrandSlot, brand: str | None, agreeing: list[BrandSlot]) -> list[Fix]:
        if brand:
            return [Fix.replace(slot.span, brand, safe=True, title=f"Use the brand `{brand}`")]
        if not agreeing:
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
