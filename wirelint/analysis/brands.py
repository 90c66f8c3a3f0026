"""Brand slots: the places a story names its agency (WL2xx).

Dateline credit, headline suffix, credit, byline, trust and copyright lines, found
structurally, never by one word; the pack sections that name agencies and the words
that are never a brand; and the words a story itself uses as names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirelint.analysis.body import body_parts, body_start
from wirelint.analysis.words import norm
from wirelint.document.model import Document, Part, PartKind, TokenShape
from wirelint.document.span import Span
from wirelint.packs import PackValueError, register_section

# Enum members looked up once: `TokenShape.NUMBER` in a loop costs a lookup per token.
_NUMBER = TokenShape.NUMBER

# -- pack sections ------------------------------------------------------------------

AGENCIES = "agencies"
NOT_BRANDS = "not-brands"
# Verbs an outlet is the subject of ("the BBC said", "the BBC has confirmed"): WL201.
OUTLET_ACTS = "outlet-acts"
# Adverbs read past between a bare outlet and its verb ("the BBC now negotiates"): WL201.
OUTLET_ACT_ADVERBS = "outlet-act-adverbs"
# An outlet's desk words a find-and-replace's two-word stand-in ends with ("the Axiom
# News said"): WL201.
OUTLET_NAME_DESKS = "outlet-name-desks"
HEADLINE_LABELS = "headline-labels"
BRAND_PLACEHOLDERS = "brand-placeholders"


def _validate_agencies(value: Any, path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, forms in value.items():
        if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
            raise PackValueError(name, "expected a list of the names' forms as strings")
        out[name] = [f.strip() for f in forms]
    return out


register_section(
    AGENCIES,
    "table",
    "news agencies and publications: canonical name = [forms] (WL201)",
    _validate_agencies,
)
register_section(NOT_BRANDS, "strings", "capitalised words before `writer` that are no brand")
register_section(HEADLINE_LABELS, "strings", "labels and attributions after a headline dash")
register_section(BRAND_PLACEHOLDERS, "strings", "words that are never a brand (WL201)")
register_section(
    OUTLET_ACTS, "strings", "verbs after a bare outlet's name: the BBC said, the BBC has (WL201)"
)
register_section(
    OUTLET_ACT_ADVERBS,
    "strings",
    "adverbs between a bare outlet and its verb: the BBC now negotiates (WL201)",
)
register_section(
    OUTLET_NAME_DESKS,
    "strings",
    "words ending an outlet's name written bare: the Axiom News said, the Kiosk Media's (WL201)",
)


# -- brand slots ----------------------------------------------------------------------


@dataclass(frozen=True)
class BrandSlot:
    """One place where a story names its agency or publication."""

    kind: str  # dateline, headline (suffix), title (a headline's word), credit, contributed, ...
    span: Span  # the brand's own words
    text: str
    #: True where only an agency can stand (dateline, "X staff", trust, copyright);
    #: False where an attribution or a person may stand too (headline suffix, "by X").
    strict: bool
    #: Whether the slot names the story's own brand (not "Additional reporting by").
    own: bool = True

    @property
    def where(self) -> str:
        return {
            "dateline": "the dateline",
            "headline": "the headline suffix",
            "title": "the headline",
            "credit": "the credit line",
            "contributed": "the contributor line",
            "signoff": "the sign-off line",
            "trust": "the standards line",
            "copyright": "the copyright line",
            "byline": "the byline",
            "source": "the source line",
        }[self.kind]


_NAME = r"[A-Z][\w&'’.-]*"
HEADLINE_SUFFIX_RE = re.compile(
    # "... | Reuters", "... - Xinhua", "... : AP" (a colon with a space either side: a
    # headline's own colon has none before it).
    r"[ \t\u00a0]+(?:-|–|—|\||--|:)[ \t\u00a0]+(?P<brand>[^-–—|:\n]{1,40}?)\s*$"
    # "... (AFP)": the agency in brackets closing the headline.
    r"|[ \t\u00a0]+\((?P<bracketed>[A-Z][^()\n]{0,30}?)\)\s*$"
)
# "Additional reporting by Reuters staff", Bloomberg's "-- With assistance from Bloomberg
# staff".
_STAFF_RE = re.compile(
    rf"\b(?:by|assistance\s+from)\s+(?:the\s+)?(?P<brand>{_NAME}(?:\s+{_NAME}){{0,3}})\s+"
    r"(?P<unit>staff|bureaus?|newsrooms?|correspondents?|reporters|team|desk|journalists|editors)\b"
)
# "Reporting by Moscow bureau", "Compiled by Bengaluru newsroom": a place may stand there.
_PLACE_UNITS = frozenset({"bureau", "bureaus", "newsroom", "newsrooms", "desk"})
# "Reporting by Jane Doe and the Reuters London bureau": the newsroom's name before its
# bureau's city. Read only where the city is the dateline's, so that the word before it
# is known to be no part of the city ("the New York bureau").
_CITY_BUREAU_RE = re.compile(
    rf"\b(?:by|and|from)\s+the\s+(?P<brand>{_NAME})\s+(?P<city>{_NAME}(?:\s+{_NAME}){{0,2}})"
    r"\s+(?:bureau|newsroom)s?\b"
)
_SEGMENT_RE = re.compile(r"[^;]+")
_ROLE_RE = re.compile(
    r"\s*\(?\s*(?P<role>(?:(?:Additional|Further)\s+)?(?:reporting|writing|written|editing|edited|"
    r"compiled|produced|research|translated|translation|reported|fact-?checking))\s+by\s+"
    rf"(?:the\s+)?(?P<brand>{_NAME})(?=\s*(?:[;,)]|$|\s+(?:in|from|with|and)\b)"
    # "Additional reporting by PA reporter Jane Kirby": the newsroom before its staff.
    r"|\s+(?P<staff>(?:reporters?|correspondents?|writers?|photographers?)\s+[A-Z])"
    # "Writing by Reuters' Jane Doe", "Additional reporting by AFP's Jane Doe": a
    # colleague named by the newsroom's possessive (a find-and-replace of "Reuters'" leaves
    # "Portal' Jane Doe").
    r"|(?P<colleague>['’]s?)\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z]))",
    re.I,
)
_CONTRIBUTED_RE = re.compile(
    # "AP writer Jane Doe contributed", "AP Business Writer Jane Doe in New York contributed":
    # the desk before the title (`not-brands`) is trimmed by ``_contributed_slots``.
    rf"(?:The\s+)?(?P<brand>{_NAME}(?:\s+{_NAME}){{0,3}}?)\s+(?i:writers?|reporters?|"
    r"correspondents?|staff(?:ers)?|journalists?|researchers?|photographers?|videojournalists?)"
    r"\s[^.\n]{0,200}?\bcontributed\b"
)
_TRUST_RE = re.compile(
    r"(?:\bThe\s+|:\s*)(?:Thomson\s+)?(?P<brand>(?!(?:The|Thomson)\s)[^\s.,;:]+(?:\s+[^\s.,;:]+){0,2})"
    r"\s+Trust\s+Principles",
    re.I,
)
# "(Reporting by X; Editing by Y)" closing the last paragraph instead of its own line.
_INLINE_CREDIT_RE = re.compile(
    r"\(\s*(?:(?:Additional|Further)\s+)?(?:reporting|writing|compiled|editing|edited)\s+by\b[^()]*\)\s*$",
    re.I,
)
_COPYRIGHT_RE = re.compile(
    # "© Copyright ANSA" (ANSA's order) as well as "Copyright © 2024 X".
    r"(?:\bCopyright\b\s*(?:©|\(c\))?|©(?:\s*Copyright\b)?|\(c\)(?=\s*\d{4}))\s*"
    r"(?P<year>\d{4}(?:\s*[-–]\s*\d{2,4})?\s*,?\s*)?"
    rf"(?P<brand>(?:The\s+)?{_NAME}(?:\s+(?:{_NAME}|of|and|&))*)",
)
_CORPORATE_RE = re.compile(
    r"(?:\s+(?:L\.?P\.?|LLC|Ltd\.?|Limited|Inc\.?|plc|PLC|Co\.?|Corp\.?|Group|GmbH|SA|S\.A\.|"
    r"All|Rights|Reserved|News|Media))+$"
)


def _strip_the(text: str, start: int) -> tuple[str, int]:
    if text.startswith(("The ", "the ")):
        return text[4:], start + 4
    return text, start


def _slot(
    kind: str, doc: Document, start: int, end: int, *, strict: bool, own: bool = True
) -> BrandSlot | None:
    text = doc.text[start:end]
    # Trim white space and closing punctuation kept by a loose match.
    while end > start and (text[-1].isspace() or text[-1] in ".,;:)"):
        end -= 1
        text = text[:-1]
    while start < end and text[0].isspace():
        start += 1
        text = text[1:]
    text, start = _strip_the(text, start)
    site = _WEB_ADDRESS_RE.search(text)
    if site is not None:
        # "By Sheri Walsh, UPI.com": the newsroom's web address names it.
        end -= len(text) - site.start()
        text = text[: site.start()]
    if not text:
        return None
    return BrandSlot(kind, Span(start, end), text, strict, own)


_WEB_ADDRESS_RE = re.compile(r"(?<=\w)\.(?:com|net|org|co\.uk|com\.au|de|fr|jp|cn)$", re.I)


def _dateline_slots(doc: Document) -> Iterator[BrandSlot]:
    if doc.dateline is None or doc.dateline.agency is None:
        return
    agency = doc.dateline.agency
    raw = doc.slice(agency)
    # "(Reuters/AFP)", "(AP, Reuters)": one slot per agency.
    for m in re.finditer(r"[^/,;]+", raw):
        piece = m.group()
        for sub in re.finditer(r"(?:(?!\s+and\s+).)+", piece):
            slot = _slot(
                "dateline",
                doc,
                agency.start + m.start() + sub.start(),
                agency.start + m.start() + sub.end(),
                strict=True,
            )
            if slot is not None:
                yield slot


def headline_suffix(doc: Document, part: Part) -> Span | None:
    """The words after a final ` - `/` – `/` | ` of a headline, when short enough to be a source."""
    m = HEADLINE_SUFFIX_RE.search(part.text)
    if m is None:
        return None
    group = "brand" if m.group("brand") is not None else "bracketed"
    words = m.group(group).split()
    if not 1 <= len(words) <= 4:
        return None
    base = part.span.start
    return Span(base + m.start(group), base + m.end(group))


def _headline_slots(doc: Document) -> Iterator[BrandSlot]:
    for part in doc.headlines:
        span = headline_suffix(doc, part)
        if span is None:
            continue
        slot = _slot("headline", doc, span.start, span.end, strict=False)
        if slot is not None and slot.text[:1].isupper():
            yield slot


# The agency closing a credit line: "Compiled by Jane Doe for UPI", "Editing by Li Wei |
# Xinhua", "-- With assistance from Jane Doe. (Bloomberg)", dpa's "(dpa)" alone.
_CREDIT_AGENCY_RE = re.compile(
    rf"(?:\bfor\s+(?:the\s+)?|\|\s*|\(\s*)(?P<brand>{_NAME}(?:\s+{_NAME}){{0,2}})\s*\)?\s*[.;]?\s*$"
)
# Xinhua's "Source: Xinhua" closing the story; a chart's source may stand there too.
_SOURCE_RE = re.compile(rf"Source\s*:\s*(?:the\s+)?(?P<brand>{_NAME}(?:\s+{_NAME}){{0,2}})\s*$")


def _credit_agency(doc: Document, text: str, base: int, own: bool) -> BrandSlot | None:
    """The agency a credit line closes with, if it closes with one."""
    m = _CREDIT_AGENCY_RE.search(text)
    if m is None:
        return None
    opener = text[m.start() : m.start("brand")]
    if opener.startswith("(") and not text[m.end("brand") :].lstrip().startswith(")"):
        return None  # "(Reporting by Jane Doe": a bracket opening the credit
    start = base + m.start("brand")
    return _slot("credit", doc, start, start + len(m.group("brand")), strict=True, own=own)


def _is_dateline_city(doc: Document, city: str) -> bool:
    if doc.dateline is None or not doc.dateline.city:
        return False
    return (
        " ".join(city.split()).casefold()
        == " ".join(doc.slice(doc.dateline.city).split()).casefold()
    )


def _credit_slots(doc: Document, text: str, base: int) -> Iterator[BrandSlot]:
    source = _SOURCE_RE.match(text)
    if source is not None:
        s = base + source.start("brand")
        slot = _slot("source", doc, s, s + len(source.group("brand")), strict=False)
        if slot is not None:
            yield slot
        return
    for seg in _SEGMENT_RE.finditer(text):
        seg_text = seg.group()
        if re.match(
            r"\s*\(?\s*(?:photos?|pictures?|video|graphics?|illustrations?|images?)\b",
            seg_text,
            re.I,
        ):
            continue
        own = not re.match(r"\s*\(?\s*(?:additional|further)\b", seg_text, re.I)
        closing = _credit_agency(doc, seg_text, base + seg.start(), own)
        if closing is not None:
            yield closing
        bureau = _CITY_BUREAU_RE.search(seg_text)
        if bureau and _is_dateline_city(doc, bureau.group("city")):
            s = base + seg.start() + bureau.start("brand")
            slot = _slot("credit", doc, s, s + len(bureau.group("brand")), strict=True, own=own)
            if slot is not None:
                yield slot
            continue
        staff = _STAFF_RE.search(seg_text)
        if staff:
            s = base + seg.start() + staff.start("brand")
            strict = staff.group("unit").lower() not in _PLACE_UNITS
            slot = _slot("credit", doc, s, s + len(staff.group("brand")), strict=strict, own=own)
            if slot is not None:
                yield slot
            continue
        colleague = _ASSISTANCE_RE.search(seg_text)
        if colleague:
            s = base + seg.start() + colleague.start("brand")
            end = s + len(colleague.group("brand"))
            slot = _slot("credit", doc, s, end, strict=True, own=own)
            if slot is not None:
                yield slot
            continue
        role = _ROLE_RE.match(seg_text)
        if role:
            s = base + seg.start() + role.start("brand")
            # Only a newsroom has reporters, or a colleague named by its possessive.
            strict = role.group("staff") is not None or role.group("colleague") is not None
            slot = _slot("credit", doc, s, s + len(role.group("brand")), strict=strict, own=own)
            if slot is not None:
                yield slot


# A copyright notice with its year closing a paragraph of rights text.
_TRAILING_COPYRIGHT_RE = re.compile(
    r"(?<=[.!?]\s)(?:Copyright\s*(?:©\s*)?|©\s*)\d{4}\b[^.\n]{1,60}\.?\s*(?:All\s+rights"
    r"\s+reserved\.?\s*)?$"
)


def _boilerplate_slots(doc: Document, part: Part, at: int = 0) -> Iterator[BrandSlot]:
    """Trust and copyright slots of a boilerplate part, or of its text from ``at`` on."""
    text = part.text[at:]
    base = part.span.start + at
    for m in _TRUST_RE.finditer(text):
        slot = _slot("trust", doc, base + m.start("brand"), base + m.end("brand"), strict=True)
        if slot is not None:
            yield slot
    for m in _COPYRIGHT_RE.finditer(text):
        brand = m.group("brand")
        cut = _CORPORATE_RE.search(brand)
        end = m.start("brand") + (cut.start() if cut else len(brand))
        # Without a year or a © sign, "Copyright" may be a word in a sentence.
        strict = bool(m.group("year")) or "©" in m.group() or "(c)" in m.group().lower()
        if not strict and len(text.split()) > 12:
            continue
        slot = _slot("copyright", doc, base + m.start("brand"), base + end, strict=True)
        if slot is not None:
            yield slot


# "UPI contributed to this report.": an agency, or a person, credited alone.
_CONTRIBUTED_ALONE_RE = re.compile(
    rf"(?:The\s+)?(?P<brand>{_NAME}(?:\s+{_NAME}){{0,3}}?)\s+contributed\s+to\s+this\s+"
    r"(?:report|story|article)\b"
)


# "Reuters' Jane Doe contributed to this report.", Bloomberg's "-- With assistance from
# Bloomberg's Jane Doe.": a colleague credited by the newsroom's possessive.
_CONTRIBUTED_POSSESSIVE_RE = re.compile(
    rf"(?:The\s+)?(?P<brand>{_NAME}(?:\s+{_NAME}){{0,3}}?)(?:['’]s|(?<=s)['’])\s+"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s[^.\n]{0,120}?\bcontributed\b"
)
# "Jane Doe in Geneva contributed to this Reuters report": the newsroom's own report.
_CONTRIBUTED_TO_RE = re.compile(
    rf"\bcontributed\s+to\s+this\s+(?P<brand>{_NAME}(?:\s+{_NAME})?)\s+(?:report|story|article)\b"
)
_ASSISTANCE_RE = re.compile(
    rf"\bassistance\s+from\s+(?:the\s+)?(?P<brand>{_NAME}(?:\s+{_NAME}){{0,3}}?)"
    r"(?:['’]s|(?<=s)['’])\s+[A-Z][\w'’-]+\s+[A-Z]"
)


def _contributed_slots(doc: Document, not_brands: frozenset[str]) -> Iterator[BrandSlot]:
    for part in doc.paragraphs[-3:]:
        m = (
            _CONTRIBUTED_RE.match(part.text)
            or _CONTRIBUTED_POSSESSIVE_RE.match(part.text)
            or _CONTRIBUTED_ALONE_RE.match(part.text)
            or _ASSISTANCE_RE.search(part.text)
            or _CONTRIBUTED_TO_RE.search(part.text)
        )
        if m is None:
            continue
        words = m.group("brand").split()
        while len(words) > 1 and words[-1].casefold() in not_brands:
            words.pop()  # "AP Business": the desk is no brand
        brand = " ".join(words)
        if words[0].casefold() in not_brands or not m.group("brand").startswith(brand):
            continue
        base = part.span.start
        start = base + m.start("brand")
        slot = _slot("contributed", doc, start, start + len(brand), strict=True)
        if slot is not None:
            yield slot


# "By Jane Smith, PA Political Correspondent", "By JANE DOE Associated Press": the
# agency after the names. Titles after it (`not-brands`) are trimmed by ``_byline_slots``.
# BBC writes the desk in lower case: "By Sian Roberts, BBC Wales political reporter".
_BYLINE_COMMA_RE = re.compile(
    rf"By\s+[^,\n]+,\s*(?:the\s+)?(?P<brand>{_NAME}(?:\s+{_NAME}){{0,4}})"
    r"(?:[ \t]+[a-z][\w-]*){0,4}\s*$"
)
_BYLINE_CAPS_RE = re.compile(
    r"By\s+[A-Z][A-Z.'’-]+(?:\s+(?:[A-Z][A-Z.'’-]+|and))+\s+"
    r"(?P<brand>[A-Z][a-z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s*$"
)

# "By Reuters Staff", "By AP staff writers": a newsroom's byline, no person named; AFP's
# "By Claire Dupont with AFP bureaus". Only an agency or a publication stands before its
# staff.
_BYLINE_STAFF_RE = re.compile(
    rf"By\s+(?:[^\n]+?\s+with\s+)?(?:the\s+)?(?P<brand>{_NAME}(?:\s+{_NAME}){{0,2}}?)\s+"
    r"(?i:staff(?:\s+(?:writers?|reporters?|and\s+agencies))?|bureaus|correspondents)\s*$"
)

# "By The Associated Press", "By KYODO NEWS": a newsroom signing alone. A person's name
# takes no "The" and does not end in "News".
_BYLINE_NEWSROOM_RE = re.compile(
    rf"By[ \t]+(?:The[ \t]+(?P<brand>{_NAME}(?:[ \t]+{_NAME}){{0,3}})"
    rf"|(?P<news>{_NAME}(?:[ \t]+{_NAME}){{0,2}}[ \t]+(?i:news)))\s*$"
)

# Xinhua's "by Xinhua writer Li Wei", "By Xinhua reporters Zhang Ming and Liu Yang": the
# newsroom before its staff's title and names. A person takes no title after the name.
_BYLINE_WRITER_RE = re.compile(
    rf"[Bb]y[ \t]+(?:the[ \t]+)?(?P<brand>{_NAME}(?:[ \t]+{_NAME}){{0,2}}?)[ \t]+"
    r"(?:writers?|reporters?|correspondents?|journalists?)[ \t]+[A-Z]"
)

# "JANE DOE, AP Medical Writer": AP's byline without "By", the names in capitals.
_TITLED_BYLINE_RE = re.compile(
    r"[A-Z][A-Z.'’-]+(?:\s+(?:[A-Z][A-Z.'’-]*|and)){1,7},\s*"
    rf"(?P<brand>{_NAME}(?:\s+{_NAME}){{0,4}})\s*$"
)

# Xinhua's "By Li Wei | Xinhua", "By Jane Doe / AFP": only the agency follows the bar or
# the slash.
_BYLINE_BAR_RE = re.compile(
    rf"By\s+[^|/\n]+[|/][ \t]*(?:the\s+)?(?P<brand>{_NAME}(?:[ \t]+{_NAME}){{0,4}})\s*$"
)
# Kyodo's "Kenji Sato, Kyodo News": names in mixed case, a comma and the agency.
_NAMED_BYLINE_RE = re.compile(
    rf"[A-Z][a-z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){{1,2}},[ \t]*(?P<brand>{_NAME}(?:[ \t]+{_NAME}){{0,2}})\s*$"
)

# A newsroom's byline with no "By": "Reuters staff" (or "Staff"), "From AFP reporters",
# "Jane Doe, PA correspondent", "Jane Doe reports for UPI". Only a newsroom has staff and
# correspondents, and only an outlet is reported (or written) for.
_BYLINE_UNSIGNED_RE = re.compile(
    rf"(?:From[ \t]+)?(?:the[ \t]+)?(?P<brand>{_NAME}(?:[ \t]+{_NAME}){{0,2}}?)[ \t]+"
    r"(?i:staff(?:[ \t]+(?:writers?|reporters?))?|reporters|correspondents|bureaus)\s*$"
    rf"|[A-Z][a-z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){{1,2}},[ \t]*(?:the[ \t]+)?"
    rf"(?P<desk>{_NAME}(?:[ \t]+{_NAME}){{0,2}}?)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:correspondent|reporter|writer|editor)\s*$"
    rf"|[A-Z][a-z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){{1,2}}[ \t]+reports[ \t]+for[ \t]+"
    rf"(?:the[ \t]+)?(?P<outlet>{_NAME}(?:[ \t]+{_NAME}){{0,2}})\s*$"
    # "By Jane Doe for UPI": the outlet a byline names after "for" is the one written for.
    rf"|By[ \t]+[A-Z][a-z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){{1,2}}[ \t]+for[ \t]+"
    rf"(?:the[ \t]+)?(?P<written_for>{_NAME}(?:[ \t]+{_NAME}){{0,2}})\s*$"
)
# Emphasis around a byline: "*By Jane Doe, Reuters*", "_By Jane Doe_".
# A list's parser may have taken the opening mark for a bullet's: only the closing one is
# left ("By Jane Doe, Reuters*").
_EMPHASIS_RE = re.compile(r"^[*_]{0,2}(?=\S)(.*?[^*_\s])[*_]{1,2}$", re.S)

_CAPS_NAMES_RE = re.compile(r"(?:By\s+)?[A-Z][A-Z.'’-]+(?:\s+(?:[A-Z][A-Z.'’-]*|and))+\s*[,\n]")

# "By Jane Doe" over "AP Sports Writer": the title on a line of its own.
# BBC writes the desk in lower case: "By Jane Doe" over "BBC Wales education correspondent",
# and the place after a comma: "BBC Scotland, Oban"; or the title first: "Business
# reporter, BBC News".
_BYLINE_TWO_LINES_RE = re.compile(
    r"By\s+[^\n]+\n[ \t]*(?:[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3}[ \t]+(?:reporter|correspondent|"
    r"editor|analyst|presenter),[ \t]*)?"
    rf"(?:the\s+)?(?P<brand>{_NAME}(?:[ \t]+{_NAME}){{0,4}})"
    rf"(?:[ \t]+[a-z][\w-]*){{0,4}}(?:,[ \t]*{_NAME}(?:[ \t]+{_NAME}){{0,2}})?\s*$"
)


def _byline_slots(doc: Document, not_brands: frozenset[str]) -> Iterator[BrandSlot]:
    """The agency a byline above the story names ("By Jane Smith, PA")."""
    # Up to the copy: a byline may stand under a dateline on its own line.
    body_at = doc.paragraphs[0].span.start if doc.paragraphs else body_start(doc)
    for part in doc.parts:
        # A byline may also stand under the lead, on a line of its own ("By Jane Doe,
        # Reuters" after the dateline's paragraph), which the parser reads as meta.
        if part.span.start >= _after_lead(doc):
            break
        if part.span.start >= body_at and part.kind is not PartKind.META:
            continue
        text, at = _without_emphasis(part.text)
        base = part.span.start + at
        # A byline longer than the parser's ("By JANE DOE and JOHN ROE Portal Writers")
        # is read as a second headline: the agency after the names is still the slot.
        # Kyodo's "Kenji Sato, Kyodo News" with no "By" may be read as a second headline:
        # a headline's words take no comma before a closing name.
        named = (
            part.kind is PartKind.META
            or (part.kind is PartKind.HEADLINE and part is not doc.headlines[0])
        ) and _NAMED_BYLINE_RE.match(text)
        writer = _BYLINE_WRITER_RE.match(text)
        unsigned = _BYLINE_UNSIGNED_RE.match(text)
        if not (
            text.startswith("By ") or _TITLED_BYLINE_RE.match(text) or named or writer or unsigned
        ) or not (
            part.kind is PartKind.META
            or (part.kind in (PartKind.HEADLINE, PartKind.BULLET) and part is not doc.headlines[0])
        ):
            continue
        signed = _newsroom_signs(text, writer, unsigned)
        if signed is not None:
            slot = _slot("byline", doc, base + signed[0], base + signed[1], strict=True)
            if slot is not None:
                yield slot
            continue
        m = (
            _BYLINE_BAR_RE.match(text)
            or _BYLINE_COMMA_RE.match(text)
            or _TITLED_BYLINE_RE.match(text)
            or named
            or _BYLINE_CAPS_RE.match(text)
            or _BYLINE_TWO_LINES_RE.match(text)
        )
        if m is None:
            continue
        words = m.group("brand").split()
        # "PA Political Correspondent": the title and its desk words are no brand; so is
        # BBC's desk in lower case ("BBC Wales political reporter").
        titled = m.re is _BYLINE_COMMA_RE and bool(text[m.end("brand") :].strip())
        while words and words[-1].casefold() in not_brands:
            titled = True
            words.pop()
        if not words or words[0].casefold() in not_brands:
            continue
        start = base + m.start("brand")
        end = start + len(" ".join(words))
        if doc.text[start:end] != " ".join(words):
            continue  # the words were spaced unevenly: not guessed
        # Before a title ("Portal Writer", "Portal Political Correspondent") only an
        # agency or a publication stands; alone after the names, a place may ("By Jane
        # Doe, Kyiv"), and in capitals the name's last word may ("By JANE DOE Smith").
        # A line of its own under the names holds the agency alone ("Associated Press").
        # So do names in capitals, AP's style ("By JANE DOE, Associated Press").
        # After a bar or a slash only the agency stands ("By Li Wei | Xinhua").
        own_line = (
            m.re in (_BYLINE_TWO_LINES_RE, _BYLINE_BAR_RE) or _CAPS_NAMES_RE.match(text) is not None
        )
        slot = _slot("byline", doc, start, end, strict=titled or own_line)
        if slot is not None:
            yield slot


def _newsroom_signs(
    text: str, writer: re.Match[str] | None, unsigned: re.Match[str] | None
) -> tuple[int, int] | None:
    """Where the newsroom's name stands in a byline only a newsroom signs: its staff ("By
    Reuters Staff", "Reuters staff"), its writer ("by Xinhua writer Li Wei"), itself ("By
    The Associated Press"), its correspondent, or the outlet reported for."""
    m = _BYLINE_STAFF_RE.match(text) or unsigned or writer or _BYLINE_NEWSROOM_RE.match(text)
    if m is None:
        return None
    group = next(g for g, v in m.groupdict().items() if v is not None)
    return m.start(group), m.end(group)


def _without_emphasis(text: str) -> tuple[str, int]:
    """A line's text inside its emphasis marks ("*By Jane Doe, Reuters*"), and where the
    text starts in the line."""
    m = _EMPHASIS_RE.match(text)
    if m is None:
        return text, 0
    return m.group(1), m.start(1)


def _after_lead(doc: Document) -> int:
    """Where the body's second paragraph starts: a byline set under the lead stands
    before it."""
    paragraphs = doc.paragraphs
    if not paragraphs:
        return body_start(doc)
    return paragraphs[1].span.start if len(paragraphs) > 1 else paragraphs[0].span.end


# Kyodo's "==Kyodo", a desk's "-- Xinhua": the agency alone on the story's last line,
# after a rule of marks, signs the story off. After a dash, one word only: a writer signs
# a column with a name ("-- John Smith").
_SIGN_OFF_RE = re.compile(
    rf"==+[ \t]*(?P<brand>{_NAME}(?:[ \t]+{_NAME}){{0,2}})[ \t]*"
    rf"|(?:--+|—|–)[ \t]*(?P<word>{_NAME})[ \t]*"
)


def _sign_off_slots(doc: Document) -> Iterator[BrandSlot]:
    parts = body_parts(doc)
    if not parts:
        return
    last = parts[-1]
    m = _SIGN_OFF_RE.fullmatch(last.text.strip())
    if m is None:
        return
    group = "brand" if m.group("brand") else "word"
    start = last.span.start + last.text.index(last.text.strip()) + m.start(group)
    slot = _slot("signoff", doc, start, start + len(m.group(group)), strict=True)
    if slot is not None:
        yield slot


def brand_slots(doc: Document, not_brands: frozenset[str] = frozenset()) -> list[BrandSlot]:
    """Every brand slot of the story, in order of position."""
    slots = [*_dateline_slots(doc), *_headline_slots(doc), *_contributed_slots(doc, not_brands)]
    slots.extend(_sign_off_slots(doc))
    slots.extend(_byline_slots(doc, not_brands))
    for part in doc.parts:
        if part.kind is PartKind.CREDIT:
            slots.extend(_credit_slots(doc, part.text, part.span.start))
        elif part.kind is PartKind.BOILERPLATE:
            slots.extend(_boilerplate_slots(doc, part))
    for part in body_parts(doc)[-2:]:  # the last paragraph, or a list's last item
        m = _INLINE_CREDIT_RE.search(part.text)
        if m is not None:
            slots.extend(_credit_slots(doc, m.group(), part.span.start + m.start()))
        # AP's trailer: "This material may not be published ... Copyright 2026 The AP."
        m = _TRAILING_COPYRIGHT_RE.search(part.text)
        if m is not None and part.kind is not PartKind.BOILERPLATE:
            slots.extend(_boilerplate_slots(doc, part, m.start()))
    slots.sort(key=lambda s: s.span.start)
    return slots


NAMES_KEY = "structure.names"


def names_in_story(doc: Document) -> frozenset[str]:
    """Words the story itself uses as names: capitalised inside a sentence, or the dateline city.

    `Turkey` in "Reporting by Turkey bureau" is a place when the body says "in Turkey";
    `Portal` is a placeholder when nothing in the story calls anything "Portal".
    """
    cached = doc.cache.get(NAMES_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    slots = [s.span for s in brand_slots(doc)]
    names = {
        norm(t.text)
        for p in doc.paragraphs
        for t in p.tokens
        if not t.sentence_start
        and t.shape is TokenShape.CAPITALIZED
        and not any(s.start <= t.start < s.end for s in slots)
    }
    if doc.dateline is not None:
        names.update(norm(w) for w in re.findall(r"[\w'’-]+", doc.slice(doc.dateline.city)))
    result = frozenset(names)
    doc.cache[NAMES_KEY] = result
    return result
