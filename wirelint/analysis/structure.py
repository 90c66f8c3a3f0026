"""What the structure rules (WL2xx brand slots, WL3xx headline and body) share.

* brand slots: the places a story names its agency (dateline credit, headline suffix,
  credit lines, trust and copyright lines), found structurally, never by one word;
* the English word list (pyspellchecker's frequency table) to tell a common word
  from a name;
* body comparison: names and figures of a headline, bullet or subhead against the
  body's own mentions.
Analyses computed once per story live in ``doc.cache``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from wirelint.document.model import Document, Part, PartKind, Token, TokenShape
from wirelint.document.span import Span
from wirelint.packs import PackValueError, register_section

# Enum members looked up once: `TokenShape.NUMBER` in a loop costs a lookup per token.
_NUMBER = TokenShape.NUMBER

# -- pack sections ------------------------------------------------------------------

AGENCIES = "agencies"
NOT_BRANDS = "not-brands"
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


# -- the English word list ------------------------------------------------------------

COMMON_FREQUENCY = 1000


def _frequencies() -> Mapping[str, int]:
    from wirelint.analysis.lexicon import english_frequencies

    return english_frequencies()


def word_frequency(word: str) -> int:
    """How often the lower-cased ``word`` occurs in pyspellchecker's English corpus."""
    return _frequencies().get(word.lower(), 0)


def is_common_word(word: str, threshold: int = COMMON_FREQUENCY) -> bool:
    return word_frequency(word) >= threshold


@lru_cache(maxsize=4096)
def is_dictionary_word(word: str) -> bool:
    """Whether ``word`` is an English common word (noun, verb, adjective ...), not a name.

    lemminflect's lexicon lists English words with their parts of speech and leaves out
    proper names: `portal`, `outlet`, `media` are in it, `london`, `reuters`, `gdansk` are
    not. Places that are also words (`china`, `turkey`) are told apart by the story itself
    (see ``names_in_story``).
    """
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word.lower()))


# -- small text helpers ---------------------------------------------------------------

STOPWORDS = frozenset(
    """a an the and or but of in on at to for from by with without as is are was were be been
    being has have had do does did will would shall should can could may might must not no nor
    it its it's this that these those there their they them he she his her him we our us you
    your i me my mine who whom whose which what when where why how than then so too very also
    just over under into onto about after before during since until while up down out off
    again more most some any all each both few other such own same only new says said say
    amid against among between through per via vs v""".split()  # noqa: SIM905
)


def norm(word: str) -> str:
    """Lower case, curly apostrophes straightened, possessive dropped."""
    w = word.lower()
    if "’" in w:
        w = w.replace("’", "'")
    elif "'" not in w:
        return w  # the common case: no apostrophe, no possessive
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    return w


_UK_US = (
    ("isation", "ization"),
    ("ise", "ize"),
    ("yse", "yze"),
    ("our", "or"),
    ("ence", "ense"),
    ("tre", "ter"),
    ("ogue", "og"),
)
_UK_ENDINGS = tuple(uk for uk, _ in _UK_US)


def fold_spelling(word: str) -> str:
    """One form for US and UK spellings of a word: defence/defense, organise/organize."""
    w = norm(word)
    if not w.endswith(_UK_ENDINGS):
        return w  # most words: one test instead of seven
    for uk, us in _UK_US:
        if w.endswith(uk) and len(w) > len(uk) + 2:
            return w[: -len(uk)] + us
    return w


def stem(word: str) -> str:
    """A crude stem for context overlap: killed/kills/killing -> kill."""
    w = norm(word)
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


# A token's normal form and that form with its spelling folded, by spelling. A plain dict,
# read with ``.get`` before any call: the corpus has more spellings than an LRU cache of
# a sensible size holds, and stories share their common words. Bounded for a server.
_FORMS: dict[str, tuple[str, str]] = {}
_MAX_FORMS = 50_000


def _word_forms(word: str) -> tuple[str, str]:
    w = norm(word)
    forms = (w, fold_spelling(w))
    if len(_FORMS) < _MAX_FORMS:
        _FORMS[word] = forms
    return forms


@lru_cache(maxsize=32768)
def _content_stem(word: str) -> str | None:
    """The stem of a content word, None for a stop word (a story repeats its words)."""
    return None if norm(word) in STOPWORDS else stem(word)


def content_stems(tokens: Iterable[Token]) -> set[str]:
    stems = {_content_stem(t.text) for t in tokens if t.shape is not _NUMBER}
    return {s for s in stems if s is not None}


# -- brand slots ----------------------------------------------------------------------


@dataclass(frozen=True)
class BrandSlot:
    """One place where a story names its agency or publication."""

    kind: str  # dateline, headline, credit, contributed, trust, copyright
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
            "credit": "the credit line",
            "contributed": "the contributor line",
            "trust": "the standards line",
            "copyright": "the copyright line",
            "byline": "the byline",
        }[self.kind]


_NAME = r"[A-Z][\w&'’.-]*"
HEADLINE_SUFFIX_RE = re.compile(
    r"[ \t\u00a0]+(?:-|–|—|\||--)[ \t\u00a0]+(?P<brand>[^-–—|\n]{1,40}?)\s*$"
)
_STAFF_RE = re.compile(
    rf"\bby\s+(?:the\s+)?(?P<brand>{_NAME}(?:\s+{_NAME}){{0,3}})\s+"
    r"(?P<unit>staff|bureaus?|newsrooms?|correspondents?|reporters|team|desk|journalists|editors)\b"
)
# "Reporting by Moscow bureau", "Compiled by Bengaluru newsroom": a place may stand there.
_PLACE_UNITS = frozenset({"bureau", "bureaus", "newsroom", "newsrooms", "desk"})
_SEGMENT_RE = re.compile(r"[^;]+")
_ROLE_RE = re.compile(
    r"\s*\(?\s*(?P<role>(?:(?:Additional|Further)\s+)?(?:reporting|writing|written|editing|edited|"
    r"compiled|produced|research|translated|translation|reported|fact-?checking))\s+by\s+"
    rf"(?:the\s+)?(?P<brand>{_NAME})(?=\s*(?:[;,)]|$|\s+(?:in|from|with|and)\b))",
    re.I,
)
_CONTRIBUTED_RE = re.compile(
    rf"(?:The\s+)?(?P<brand>{_NAME}(?:\s+{_NAME}){{0,2}})\s+(?:writers?|reporters?|"
    r"correspondents?|staff(?:ers)?|journalists?|researchers?|photographers?|videojournalists?)"
    r"\s[^.\n]{0,200}?\bcontributed\b"
)
_TRUST_RE = re.compile(
    r"(?:\bThe\s+|:\s*)(?:Thomson\s+)?(?P<brand>[^\s.,;:]+(?:\s+[^\s.,;:]+)?)\s+Trust\s+Principles",
    re.I,
)
# "(Reporting by X; Editing by Y)" closing the last paragraph instead of its own line.
_INLINE_CREDIT_RE = re.compile(
    r"\(\s*(?:(?:Additional|Further)\s+)?(?:reporting|writing|compiled|editing|edited)\s+by\b[^()]*\)\s*$",
    re.I,
)
_COPYRIGHT_RE = re.compile(
    r"(?:\bCopyright\b\s*(?:©|\(c\))?|©|\(c\)(?=\s*\d{4}))\s*"
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
    if not text:
        return None
    return BrandSlot(kind, Span(start, end), text, strict, own)


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
    words = m.group("brand").split()
    if not 1 <= len(words) <= 4:
        return None
    base = part.span.start
    return Span(base + m.start("brand"), base + m.end("brand"))


def _headline_slots(doc: Document) -> Iterator[BrandSlot]:
    for part in doc.headlines:
        span = headline_suffix(doc, part)
        if span is None:
            continue
        slot = _slot("headline", doc, span.start, span.end, strict=False)
        if slot is not None and slot.text[:1].isupper():
            yield slot


def _credit_slots(doc: Document, text: str, base: int) -> Iterator[BrandSlot]:
    for seg in _SEGMENT_RE.finditer(text):
        seg_text = seg.group()
        if re.match(
            r"\s*\(?\s*(?:photos?|pictures?|video|graphics?|illustrations?|images?)\b",
            seg_text,
            re.I,
        ):
            continue
        own = not re.match(r"\s*\(?\s*(?:additional|further)\b", seg_text, re.I)
        staff = _STAFF_RE.search(seg_text)
        if staff:
            s = base + seg.start() + staff.start("brand")
            strict = staff.group("unit").lower() not in _PLACE_UNITS
            slot = _slot("credit", doc, s, s + len(staff.group("brand")), strict=strict, own=own)
            if slot is not None:
                yield slot
            continue
        role = _ROLE_RE.match(seg_text)
        if role:
            s = base + seg.start() + role.start("brand")
            slot = _slot("credit", doc, s, s + len(role.group("brand")), strict=False, own=own)
            if slot is not None:
                yield slot


def _boilerplate_slots(doc: Document, part: Part) -> Iterator[BrandSlot]:
    text = part.text
    base = part.span.start
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


def _contributed_slots(doc: Document, not_brands: frozenset[str]) -> Iterator[BrandSlot]:
    for part in doc.paragraphs[-3:]:
        m = _CONTRIBUTED_RE.match(part.text)
        if m is None:
            continue
        brand = m.group("brand")
        if brand.split()[0].casefold() in not_brands or brand.casefold() in not_brands:
            continue
        base = part.span.start
        slot = _slot(
            "contributed", doc, base + m.start("brand"), base + m.end("brand"), strict=True
        )
        if slot is not None:
            yield slot


# "By Jane Smith, PA Political Correspondent", "By JANE DOE Associated Press": the
# agency after the names. Titles after it (`not-brands`) are trimmed by ``_byline_slots``.
_BYLINE_COMMA_RE = re.compile(
    rf"By\s+[^,\n]+,\s*(?:the\s+)?(?P<brand>{_NAME}(?:\s+{_NAME}){{0,4}})\s*$"
)
_BYLINE_CAPS_RE = re.compile(
    r"By\s+[A-Z][A-Z.'’-]+(?:\s+(?:[A-Z][A-Z.'’-]+|and))+\s+"
    r"(?P<brand>[A-Z][a-z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s*$"
)


def _byline_slots(doc: Document, not_brands: frozenset[str]) -> Iterator[BrandSlot]:
    """The agency a byline above the story names ("By Jane Smith, PA")."""
    body_at = body_start(doc)
    for part in doc.parts:
        if part.span.start >= body_at:
            break
        if part.kind is not PartKind.META or not part.text.startswith("By "):
            continue
        m = _BYLINE_COMMA_RE.match(part.text) or _BYLINE_CAPS_RE.match(part.text)
        if m is None:
            continue
        words = m.group("brand").split()
        # "PA Political Correspondent": the title and its desk words are no brand.
        while words and words[-1].casefold() in not_brands:
            words.pop()
        if not words or words[0].casefold() in not_brands:
            continue
        start = part.span.start + m.start("brand")
        end = start + len(" ".join(words))
        if doc.text[start:end] != " ".join(words):
            continue  # the words were spaced unevenly: not guessed
        slot = _slot("byline", doc, start, end, strict=False)
        if slot is not None:
            yield slot


def brand_slots(doc: Document, not_brands: frozenset[str] = frozenset()) -> list[BrandSlot]:
    """Every brand slot of the story, in order of position."""
    slots = [*_dateline_slots(doc), *_headline_slots(doc), *_contributed_slots(doc, not_brands)]
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


# -- names and figures compared with the body ------------------------------------------


_NUMBER_RE = re.compile(
    # (?=\d) first: the search skips to the next digit instead of trying the lookbehind at
    # every character.
    r"(?=\d)(?<![\w.,/:'’-])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?(?![\w/:]|-\d|\.\d|,\d{3})"
    r"(?P<unit>\s*(?:%|per\s*cent|percent|pct\b|bn|billion|mln|million|m\b|mn\b|k\b|trillion|tn\b))?",
    re.I,
)
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
# Words just before a figure that mark it as superseded: "earlier said 63", "up from 63".
_SUPERSEDED_RE = re.compile(
    r"\b(?:earlier|previously|initially|originally|at\s+first|first\s+reported|had\s+(?:said|put|reported|given)|"
    r"up\s+from|down\s+from|from\s+an?\s+(?:earlier|previous|initial)|previous|prior)\b"
    # Only words that carry a figure between the marker and it: "earlier said 63", "had put
    # the toll at 63", not "previously proposed to redeem the 433,745 shares".
    r"(?:\s+(?:said|says|put|reported|gave|given|estimated|announced|stated|the|a|an|its|their|"
    r"toll|tally|figure|number|count|death|dead|was|were|is|had|been|it|they|officials?|police|"
    r"authorities|ministry|government|at|of|as|to|about|around|some)){0,4}?"
    r"\s+(?:about\s+|around\s+|at\s+|of\s+|to\s+|[$£€])?$",
    re.I,
)
_UNIT_CANON = {
    "%": "%", "percent": "%", "per cent": "%", "percent.": "%", "pct": "%",
    "bn": "bn", "billion": "bn", "mln": "m", "million": "m", "m": "m", "mn": "m",
    "k": "k", "trillion": "tn", "tn": "tn",
}  # fmt: skip


@dataclass(frozen=True)
class Figure:
    span: Span  # the digits
    value: float
    unit: str
    context: frozenset[str]  # content stems around the figure
    superseded: bool  # the sentence marks it as an earlier figure
    decimals: int = 0
    #: The money it counts ("dollar", "euro", "pound", ...), empty when none is named.
    currency: str = ""

    @property
    def kind(self) -> str:
        """What the figure counts, where it matters: a percentage, a day, or anything else."""
        return self.unit if self.unit in ("%", "day") else ""

    @property
    def scaled(self) -> float:
        return self.value * _SCALE.get(self.unit, 1.0)

    @property
    def precision(self) -> float:
        """What the last written digit is worth: 1.1bn -> 0.1bn, 1,200 -> 100."""
        step = 10.0**-self.decimals
        if self.decimals == 0:
            whole = int(self.value)
            while whole and whole % 10 == 0:
                whole //= 10
                step *= 10
        return step * _SCALE.get(self.unit, 1.0)

    def agrees(self, other: Figure) -> bool:
        """Same figure, allowing a heading's rounding (1.1bn for 1.13bn, 37 mln for 37,950,000)."""
        if self.value == other.value and not (self.unit and other.unit):
            return True  # "10.62" and "10.62 billion", "130" and "130 pct": the unit left out
        if self.kind != other.kind:
            return False
        a, b = self.scaled, other.scaled
        if a == b:
            return True
        diff = abs(a - b)
        return diff < self.precision and diff <= 0.1 * abs(b)


_SCALE = {"k": 1e3, "m": 1e6, "bn": 1e9, "tn": 1e12}
_UNIT_WORDS = frozenset(
    {"percent", "cent", "per", "pct", "bn", "billion", "mln", "million", "mn", "trillion", "tn",
     "thousand", "dlrs", "dollar", "pound", "stg", "euro", "yen"}
)  # fmt: skip


def _unit(raw: str | None) -> str:
    if not raw:
        return ""
    key = re.sub(r"\s+", " ", raw.strip().lower())
    return _UNIT_CANON.get(key, key)


_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_BEFORE_RE = re.compile(rf"\b{_MONTHS}\.?\s+$")
_MONTH_AFTER_RE = re.compile(rf"\s+{_MONTHS}\b")


# Money named before a figure ($5, US$5, £5, €5) or after it (5 mln dlrs, 2.5 billion euros).
_CURRENCY_BEFORE_RE = re.compile(r"(?:(?<![A-Za-z])[A-Z]{0,2}\$|£|€|¥)\s*$")
_CURRENCY_AFTER_RE = re.compile(
    r"\s*(?P<cur>dlrs|dollars?|euros?|stg|sterling|pounds?|yen|yuan|renminbi|francs?|"
    r"marks?|rupees?|roubles?|rubles?|pesos?|crowns?|kroner|kronor|lire|lira|rand|won|riyals?|"
    r"dirhams?|ringgit|baht|rupiah|reais|real|shekels?|hryvnias?|zlotys?)\b",
    re.I,
)
_CURRENCIES = {
    "$": "dollar", "dlrs": "dollar", "dollar": "dollar", "dollars": "dollar",
    "£": "pound", "stg": "pound", "sterling": "pound", "pound": "pound", "pounds": "pound",
    "€": "euro", "euro": "euro", "euros": "euro", "¥": "yen",
}  # fmt: skip


def _currency(text: str, start: int, end: int) -> str:
    """The money a figure counts: a sign before it or a currency word after it (and its unit)."""
    before = _CURRENCY_BEFORE_RE.search(text, max(0, start - 4), start)
    if before is not None:
        sign = before.group().strip()[-1]
        return _CURRENCIES.get(sign, sign)
    after = _CURRENCY_AFTER_RE.match(text, end)
    if after is not None:
        word = after.group("cur").lower()
        return _CURRENCIES.get(word, word.rstrip("s") if len(word) > 4 else word)
    return ""


def is_year(value: float, unit: str) -> bool:
    return not unit and value == int(value) and 1800 <= value <= 2100


def figures(doc: Document, part: Part, window: int = 6) -> list[Figure]:
    """The numbers of a part with the content words around them."""
    out = []
    sentences = part.sentences or []
    for sentence in sentences:
        text = sentence.text
        tokens = sentence.tokens
        ends: list[int] | None = None
        for m in _NUMBER_RE.finditer(text):
            superseded = bool(_SUPERSEDED_RE.search(text, max(0, m.start() - 60), m.start()))
            start = sentence.span.start + m.start("num")
            end = sentence.span.start + (m.end("frac") if m.group("frac") else m.end("num"))
            value = float(
                m.group("num").replace(",", "") + ("." + m.group("frac") if m.group("frac") else "")
            )
            unit = _unit(m.group("unit"))
            if is_year(value, unit):
                continue
            if not unit and (
                _MONTH_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
                or _MONTH_AFTER_RE.match(text, m.end())
            ):
                unit = "day"  # "March 26", "26 March": compared with days only
            if ends is None:
                ends = [t.end for t in tokens]
            i = bisect_right(ends, start)  # the first token ending after the figure's start
            near = tokens[max(0, i - window) : i + window + 1]
            decimals = len(m.group("frac") or "")
            context = frozenset(content_stems(near)) - _UNIT_WORDS
            currency = _currency(text, m.start(), m.end())
            out.append(
                Figure(Span(start, end), value, unit, context, superseded, decimals, currency)
            )
    return out


BODY_KEY = "structure.body"


def body_start(doc: Document) -> int:
    """Where the body begins: the first paragraph (after any dateline)."""
    if doc.dateline is not None:
        return doc.dateline.span.start
    return doc.paragraphs[0].span.start if doc.paragraphs else len(doc.text)


def summary_bullets(doc: Document) -> list[Part]:
    """Bullets between the headline and the body; bullets further down are body copy."""
    start = body_start(doc)
    return [p for p in doc.bullets if p.span.start < start]


def body_parts(doc: Document) -> list[Part]:
    """Paragraphs and the bullets inside the body."""
    start = body_start(doc)
    return [
        p
        for p in doc.parts
        if p.kind is PartKind.PARAGRAPH or (p.kind is PartKind.BULLET and p.span.start >= start)
    ]


_NAME_SHAPES = frozenset({TokenShape.CAPITALIZED, TokenShape.UPPER, TokenShape.MIXED})


class Body:
    """The body's words and figures, for comparing headlines, bullets and subheads.

    Words come at once; spelling-folded words, names and figures when first asked for:
    most headlines have no figure, and most of their names are the body's own words.
    """

    def __init__(self, doc: Document, parts: list[Part]) -> None:
        self._doc = doc
        self._parts = parts
        self.tokens: list[Token] = [t for p in parts for t in p.tokens]
        # Normalise each distinct spelling once: a story repeats its words (and stories
        # share most of theirs).
        known = _FORMS.get
        self._forms = [known(w) or _word_forms(w) for w in {t.text for t in self.tokens}]
        self.words: set[str] = {w for w, _ in self._forms}  # normalised tokens
        self.number_words: set[int] = {_NUMBER_WORDS[w] for w in self.words if w in _NUMBER_WORDS}
        self.lead_end: int = parts[0].span.end if parts else 0  # where the first paragraph ends

    @cached_property
    def folded(self) -> set[str]:
        """Spelling-folded tokens."""
        return {folded for _, folded in self._forms}

    @cached_property
    def names(self) -> dict[str, Token]:
        """Normalised -> first capitalised mention."""
        names: dict[str, Token] = {}
        seen: set[str] = set()
        for t in [t for t in self.tokens if t.shape in _NAME_SHAPES]:
            if t.text not in seen:
                seen.add(t.text)
                names.setdefault(norm(t.text), t)
        return names

    @cached_property
    def figures(self) -> list[Figure]:
        return [f for p in self._parts for f in figures(self._doc, p)]

    @cached_property
    def values(self) -> set[tuple[float, str]]:
        return {(f.value, f.unit) for f in self.figures}


def body(doc: Document) -> Body:
    cached = doc.cache.get(BODY_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    result = Body(doc, body_parts(doc))
    doc.cache[BODY_KEY] = result
    return result


def mentioned(word: str, b: Body) -> bool:
    """Whether the body mentions ``word`` (any case, possessive or plural, US/UK spelling)."""
    w = norm(word)
    if w in b.words or fold_spelling(w) in b.folded:
        return True
    # Demonyms and inflections of the body's names: Russia/Russian, Ukrainian/Ukrainians;
    # not Honey/Honeyet, nor the word "said" for the name "Saidi".
    return any(
        min(len(v), len(w)) >= 4
        and (
            (v.startswith(w) and v[len(w) :] in _ENDINGS)
            or (w.startswith(v) and w[len(v) :] in _ENDINGS)
        )
        for v in b.names
        if v[:3] == w[:3]
    )


# What a name gains as a plural, demonym or inflection: Russia-n, Brit-ish, Iraq-i.
_ENDINGS = frozenset(
    "s es n ns an ans ian ians ese i is ish ic ics er ers ed ing ern erns ite ites".split()  # noqa: SIM905
)


def _ascii(word: str) -> str:
    if word.isascii():
        return word
    from unidecode import unidecode

    return str(unidecode(word))


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    # Optimal string alignment: a swap of two neighbours (Ocsar/Oscar) counts as one edit.
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and ca != cb:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        before, previous = previous, current
    return previous[-1]


def variant_in_body(word: str, b: Body) -> Token | None:
    """A name in the body spelled a little differently from ``word`` (Bachmut/Bakhmut)."""
    w = norm(word)
    if len(w) < 4 or not w.isalpha():
        return None
    best: tuple[int, Token] | None = None
    for name, token in b.names.items():
        if name[0] != w[0] or not name.isalpha() or len(name) < 5:
            continue
        if len(w) == 4 and not _one_letter_dropped(w, name):
            continue  # four letters: only a dropped letter (Bair/Blair) is clear enough
        if name.startswith(w) or w.startswith(name) or name[:-1] == w[:-1]:
            continue  # Russia/Russian, Argentina/Argentine, plural and possessive
        if _ascii(name) == _ascii(w):
            continue  # accents dropped (Jaroslaw/Jarosław): a name-variant matter, WL101's
        limit = 1 if min(len(w), len(name)) < 8 else 2
        d = edit_distance(w, name, limit)
        if d <= limit and (best is None or d < best[0]):
            best = (d, token)
    return best[1] if best else None


def _one_letter_dropped(short: str, name: str) -> bool:
    return len(name) == len(short) + 1 and any(
        name[:i] + name[i + 1 :] == short for i in range(1, len(name))
    )


def name_tokens(part: Part, *, all_caps: bool) -> list[Token]:
    """Tokens of a heading-like part that look like names, not common words."""
    out = []
    for t in part.tokens:
        if t.shape in (TokenShape.NUMBER, TokenShape.LOWER, TokenShape.OTHER):
            continue
        if norm(t.text) in STOPWORDS:
            continue
        text = part.doc.text
        if text[t.start - 1 : t.start] in ("<", "(") and text[t.end : t.end + 1] in (">", ")", "."):
            continue  # a ticker: <CRZY>, (CRZY.O)
        # Where case says nothing, keep only words that are not common English.
        if (all_caps or t.sentence_start) and is_common_word(norm(t.text), 200):
            continue
        out.append(t)
    return out


@dataclass(frozen=True)
class Phrase:
    span: Span
    text: str
    key: frozenset[str]


_PHRASE_RE = re.compile(
    r"[A-Z][\w'’-]+(?:\s+(?:of|for|and|the|on)\s+(?:the\s+)?[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+)+"
)


def capitalised_phrases(part: Part) -> list[Phrase]:
    """Multi-word names in a part (Ministry of Defence), with a key of folded content words."""
    out = []
    for m in _PHRASE_RE.finditer(part.text):
        words = [w for w in re.findall(r"[\w'’-]+", m.group()) if w.lower() not in STOPWORDS]
        if len(words) < 2:
            continue
        key = frozenset(fold_spelling(w) for w in words)
        span = Span(part.span.start + m.start(), part.span.start + m.end())
        out.append(Phrase(span, m.group(), key))
    return out


def phrase_in_body(phrase: Phrase, b: Body, doc: Document) -> tuple[bool, Span | None]:
    """(said the same way, span of a different wording of the same words) in the body."""
    lowered = phrase.text.lower()
    size = len(phrase.key)
    other: Span | None = None
    toks = b.tokens
    for i in range(len(toks)):
        window: list[Token] = []
        j = i
        while j < len(toks) and len(window) < size + 2:
            window.append(toks[j])
            j += 1
            content = [t for t in window if norm(t.text) not in STOPWORDS]
            if not content or fold_spelling(content[0].text) not in phrase.key:
                break
            if len(content) == size and {fold_spelling(t.text) for t in content} == phrase.key:
                span = Span(window[0].start, window[-1].end)
                if doc.slice(span).lower() == lowered:
                    return True, None
                if other is None:
                    other = span
                break
    return False, other


def _comparable(a: Figure, b: Figure) -> bool:
    """Figures of one quantity: within a factor of 20 (a toll of 63 and 89, not 433,745 shares
    and a price of 33.50). Percentages compare whatever their size."""
    if a.kind in ("%", "day"):
        return True
    x, y = abs(a.scaled), abs(b.scaled)
    if not x or not y:
        return False
    return max(x, y) / min(x, y) <= 20


@dataclass(frozen=True)
class FigureClash:
    figure: Figure  # in the headline, bullet or subhead
    body: Figure  # what the body says instead
    earlier: bool  # the heading repeats a figure the body gives as superseded


def figure_clash(f: Figure, b: Body, min_overlap: int = 2) -> FigureClash | None:
    """A body figure on the same subject that contradicts ``f``; None when the body agrees.

    Conservative: a figure the body states anywhere (not as an earlier one) agrees, and a
    figure the body never states is a clash only when a body figure has the same unit (and
    currency, when both name one) and shares at least ``min_overlap`` content words around it.
    """
    same = [g for g in b.figures if f.agrees(g)]
    if any(not g.superseded for g in same):
        return None
    if f.superseded and same:
        return None  # the heading, too, gives it as the earlier figure
    if not f.unit and f.value == int(f.value) and int(f.value) in b.number_words:
        return None
    scored = [
        (len(g.context & f.context), g)
        for g in b.figures
        if g.kind == f.kind
        # Dollars against dollars, never against euros; a headline may leave its money
        # unnamed ("59 MLN IN LOANS" over "59.6 mln dlrs").
        and (g.currency == f.currency or not (g.currency and f.currency))
        and not g.superseded
        and not f.agrees(g)
        and _comparable(f, g)
    ]
    scored = [(n, g) for n, g in scored if n >= min_overlap]
    if not scored:
        return None
    top = max(n for n, _ in scored)
    best = [g for n, g in scored if n == top]
    if len({g.value for g in best}) > 1:
        # Several figures on it: a heading summarises the lead, so the lead's figure
        # decides when it is the only one there; otherwise no clear contradiction.
        lead = [g for g in best if g.span.start < b.lead_end]
        if len({g.value for g in lead}) != 1:
            return None
        best = lead
    return FigureClash(f, best[0], bool(same))
