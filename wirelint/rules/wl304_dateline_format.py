"""WL304 dateline-format: a malformed dateline (no agency, unknown month, wrong dash, lowercase city)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from wirelint.analysis.brands import AGENCIES
from wirelint.diagnostics import Applicability, Diagnostic, Edit, Fix, Severity
from wirelint.document.model import Document
from wirelint.document.span import Span
from wirelint.registry import Context, Rule

_FULL = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December")  # fmt: skip
# Month forms by house style. Reuters: Jan, Feb, March, April, May, June, July, Aug, Sept,
# Oct, Nov, Dec. AP: Jan., Feb., March, April, May, June, July, Aug., Sept., Oct., Nov., Dec.
MONTH_STYLES: dict[str, frozenset[str]] = {
    "reuters": frozenset(
        ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
    ),
    "ap": frozenset(
        [
            "Jan.",
            "Feb.",
            "March",
            "April",
            "May",
            "June",
            "July",
            "Aug.",
            "Sept.",
            "Oct.",
            "Nov.",
            "Dec.",
        ]
    ),
    "full": frozenset(_FULL),
}
_ABBREVIATED = frozenset(
    ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
) | frozenset(
    m + "."
    for m in ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
)
MONTH_STYLES["any"] = frozenset(_FULL) | _ABBREVIATED | MONTH_STYLES["reuters"] | MONTH_STYLES["ap"]
_DAYS = {"Jan": 31, "Feb": 29, "Mar": 31, "Apr": 30, "May": 31, "Jun": 30, "Jul": 31, "Aug": 31,
         "Sep": 30, "Oct": 31, "Nov": 30, "Dec": 31}  # fmt: skip
DASHES = {
    "any": None,
    "hyphen": "-",
    "en": "–",
    "em": "—",
    "double-hyphen": "--",
    "period-hyphen": ".-",
}

# A first paragraph that opens like a dateline but has no dash after it: an ALL-CAPS city
# with a date ("MOSCOW, Jan 4 The ..."), or a credit followed by a colon or nothing
# ("Paris (AFP): ...", "(Bloomberg) India ...").
_DATED_RE = re.compile(
    r"(?P<city>[A-Z][\w.'’ -]{1,40}?),\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*"
    r"(?:\((?P<agency>[^()\n]{0,60})\))?(?P<sep>[ \t\u00a0]*[:;,]?[ \t\u00a0]*)(?=\S)"
)
_CREDITED_RE = re.compile(
    r"(?:(?P<city>[A-Z][\w.'’ -]{1,40}?)\s*)?\((?P<agency>[^\W\d_][^()\n]{0,59})\)"
    r"(?P<date>)(?P<sep>[ \t\u00a0]*[:;,]?[ \t\u00a0]*)(?=\S)"
)
# "WASHINGTON — The ...": an ALL-CAPS city and the dash, with no credit between them.
_CITY_DASH_RE = re.compile(
    r"(?P<city>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2})(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"[ \t\u00a0]+(?:--|[-–—])[ \t\u00a0]+(?=[A-Z0-9\"“‘'])"
)


class DatelineFormat(Rule):
    """A dateline that does not follow the house pattern `CITY, Mon D (Agency) - `.

    ## What it does
    Checks the dateline that opens the first paragraph against a configurable pattern:

    * the agency credit is there (`require-agency`, default true) and not empty `()`;
    * the month is a real month in the house style (`months`: `any` (default), `reuters`
      for `Jan`, `Feb`, `March` ... `Sept`, `ap` for `Jan.`, `Feb.`, `March` ... `Sept.`,
      or `full`), and the day exists;
    * the city is not lower case (`city-case`: `capitalized` (default) or `upper`);
    * the dash is the house dash (`dash`: `any` (default), `hyphen`, `en`, `em`,
      `double-hyphen`, `period-hyphen` for EFE's `(EFE).- `), with a space on each side
      (`.-` closes the credit: a space after it only); a dateline with no dash at all, or a
      colon in its place (`Paris (AFP): ...`, `MOSCOW, Jan 4 The ...`), is reported too,
      and so is an ALL-CAPS city with a dash but no credit (`WASHINGTON — The ...`).

    Reuters-style datelines (`BUENOS AIRES, Feb 26 (Reuters) - `), AP (`NEW YORK (AP) — `),
    AFP (`Paris (AFP) - `) and Bloomberg (`(Bloomberg) -- `, no city) pass by default. A
    title-case opening without a credit (`Tokyo - BMW is ...`) reads as prose and is left
    alone. With `brand` set, adding a missing credit is a safe fix.

    ## Why it matters
    The dateline is the agency's signature and is parsed by clients' systems: a missing
    credit, a `Jnu 4` or a dateline fused to the first word looks careless and can break
    feeds that split the dateline from the story.

    ## Example
    ```text
    Russia says 89 soldiers killed in strike

    moscow, Jnu 4 - Russia's defense ministry said ...
    ```
    Reported: the lowercase city, the unknown month `Jnu` and the missing agency.
    """

    code = "WL304"
    name = "dateline-format"
    severity = Severity.WARNING
    options: ClassVar[Mapping[str, Any]] = {
        "require-agency": True,
        "dash": "any",
        "months": "any",
        "city-case": "capitalized",
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        dl = doc.dateline
        brand = ctx.config.brand
        # A colon closing the credit ("NEW DELHI, March 3 (IANS): ") makes a dateline for
        # the brand rules, but to the house pattern it is a sign in the dash's place.
        if dl is None:
            yield from self._no_dash(doc, ctx)
            return
        if dl.dash is not None and doc.slice(dl.dash) == ":":
            line_end = doc.text.find("\n", dl.span.start)
            opening = doc.text[dl.span.start : line_end if line_end >= 0 else len(doc.text)]
            yield from self._opening(doc, ctx, opening, dl.span.start)
            return
        text = doc.text
        city = doc.slice(dl.city)
        city_case = str(ctx.option(self, "city-case"))
        # A Bloomberg-style "(Bloomberg) -- " has no city to check.
        if city and (city[:1].islower() or (city_case == "upper" and city != city.upper())):
            fixed = city.upper()
            yield self.diagnostic(
                dl.city,
                f"dateline city `{city}` should be in capitals"
                if city_case == "upper"
                else f"dateline city `{city}` starts in lower case",
                fixes=[Fix.replace(dl.city, fixed, safe=city_case == "upper")],
            )
        if dl.date is not None:
            yield from self._date(doc, dl.date, str(ctx.option(self, "months")))
        missing = dl.agency is None or not doc.slice(dl.agency).strip()
        if missing and ctx.option(self, "require-agency"):
            anchor = dl.date or dl.city
            fixes = []
            # Empty brackets are reported as `()`; a missing credit on the city and date.
            if dl.agency is not None:
                where = Span(dl.agency.start - 1, dl.agency.end + 1)
                edit = Edit(where, f"({brand})")
            else:
                where = Span(dl.city.start, anchor.end)
                edit = Edit(Span(anchor.end, anchor.end), f" ({brand})")
            if brand:
                fixes.append(Fix((edit,), Applicability.SAFE, f"Add `({brand})`"))
            yield self.diagnostic(where, "dateline has no agency credit", fixes=fixes)
        if dl.dash is not None:
            dash = doc.slice(dl.dash)
            wanted = DASHES.get(str(ctx.option(self, "dash")))
            if wanted is not None and dash != wanted:
                yield self.diagnostic(
                    dl.dash,
                    f"dateline dash `{dash}` should be `{wanted}`",
                    # ".-" has no space before it; the house dash has.
                    fixes=[
                        Fix.replace(dl.dash, f" {wanted}" if dash == ".-" else wanted, safe=True)
                    ],
                )
            before = text[dl.dash.start - 1 : dl.dash.start]
            after = text[dl.dash.end : dl.dash.end + 1]
            # ".-" closes the credit itself ("(EFE).- "): a space after it only.
            if dash == ".-":
                before = " "
            # A dateline on a line of its own ends with the line ("UNITED NATIONS (AP) —").
            if before not in (" ", "\u00a0") or after not in (" ", "\u00a0", "\n", "\r"):
                start = dl.dash.start - (1 if before.isspace() else 0)
                end = dl.dash.end + (1 if after.isspace() else 0)
                yield self.diagnostic(
                    dl.dash,
                    "dateline dash needs a space on each side",
                    fixes=[Fix.replace(Span(start, end), f" {dash} ", safe=True)],
                )

    def _date(self, doc: Document, date: Span, style: str) -> Iterator[Diagnostic]:
        allowed = MONTH_STYLES.get(style, MONTH_STYLES["any"])
        raw = doc.slice(date)
        m = re.match(r"(\S+)\s+(\d+)", raw)
        if m is None:
            return
        month, day = m.group(1), int(m.group(2))
        span = Span(date.start, date.start + len(month))
        if month not in allowed:
            known = month in MONTH_STYLES["any"]
            close = difflib.get_close_matches(month, sorted(allowed), n=1, cutoff=0.5)
            if known:
                msg = f"month `{month}` is not in the house style ({style})"
            else:
                msg = f"unknown month `{month}` in the dateline"
            yield self.diagnostic(
                span, msg, fixes=[Fix.replace(span, close[0], safe=known)] if close else []
            )
            return
        key = month.rstrip(".")[:3].capitalize()
        if not 1 <= day <= _DAYS.get(key, 31):
            yield self.diagnostic(
                Span(date.start + m.start(2), date.start + m.end(2)),
                f"`{month} {day}` is not a date",
            )

    def _no_dash(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # The opening is the first paragraph, or, when it is too short to read as one
        # ("LONDON, April 13 (Reuters) : Year to end-December"), the line after the headline.
        openings = [p for p in (*doc.headlines[1:2], *doc.paragraphs[:1])]
        for first in openings:
            found = list(self._opening(doc, ctx, first.text, first.span.start))
            if found:
                yield from found
                return

    def _opening(
        self, doc: Document, ctx: Context, opening: str, base: int
    ) -> Iterator[Diagnostic]:
        """What is wrong with a dateline the document did not read as one: ``opening`` is
        the text it starts, at ``base`` in the story."""
        brand = ctx.config.brand
        bare = _CITY_DASH_RE.match(opening)
        if bare is not None and sum(c.isalpha() for c in bare.group("city")) >= 3:
            if ctx.option(self, "require-agency"):
                end = bare.end("date") if bare.group("date") else bare.end("city")
                fixes = []
                if brand:
                    edit = Edit(Span(base + end, base + end), f" ({brand})")
                    fixes.append(Fix((edit,), Applicability.SAFE, f"Add `({brand})`"))
                yield self.diagnostic(
                    Span(base, base + end), "dateline has no agency credit", fixes=fixes
                )
            return
        m = _DATED_RE.match(opening) or _CREDITED_RE.match(opening)
        if m is None:
            return
        city, date, agency = m.group("city"), m.group("date"), m.group("agency")
        sep_text = m.group("sep").strip()
        if city and len(city.split()) > 4:
            return
        known = agency is not None and self._is_agency(agency, ctx)
        caps_city = bool(city) and city == city.upper() and sum(c.isalpha() for c in city) >= 3
        if not (
            (date and caps_city)  # MOSCOW, Jan 4 The ...
            or (agency is not None and caps_city and sep_text in (":", ";"))  # LIMA (Andina): ...
            or known  # Paris (AFP): The ..., (Bloomberg) India ...
        ):
            return
        sep = Span(base + m.start("sep"), base + m.end("sep"))
        glued = re.match(r"--|[-–—]", opening[m.end("sep") :])
        if not sep_text and glued:  # "(Bloomberg)--The ...": the dash without its spaces
            dash = Span(sep.end, sep.end + glued.end())
            yield self.diagnostic(
                dash,
                "dateline dash needs a space on each side",
                fixes=[Fix.replace(Span(sep.start, dash.end), f" {glued.group()} ", safe=True)],
            )
            return
        msg = (
            f"dateline has `{sep_text}` where the dash belongs"
            if sep_text
            else "dateline has no dash"
        )
        yield self.diagnostic(
            Span(base + m.start(), base + m.start("sep") + len(m.group("sep").rstrip())),
            msg,
            fixes=[Fix.replace(sep, " - ", safe=False, title="Use ` - ` after the dateline")],
        )

    @staticmethod
    def _is_agency(name: str, ctx: Context) -> bool:
        key = name.strip().casefold()
        if ctx.config.brand and key == ctx.config.brand.casefold():
            return True
        agencies: dict[str, list[str]] = ctx.packs.section(AGENCIES)
        return any(
            key == n.casefold() or any(key == f.casefold() for f in forms)
            for n, forms in agencies.items()
        )
