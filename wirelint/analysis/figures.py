"""Figures in copy: numbers with their unit, currency, scale and the words around them.

Headline, bullet and subhead figures are compared with the body's (WL302, WL303); a
figure the copy gives as superseded ("up from 40") is marked so.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from wirelint.analysis.words import content_stems
from wirelint.document.model import Document, Part, TokenShape
from wirelint.document.span import Span

# Enum members looked up once: `TokenShape.NUMBER` in a loop costs a lookup per token.
_NUMBER = TokenShape.NUMBER

# -- names and figures compared with the body ------------------------------------------


_NUMBER_RE = re.compile(
    # (?=\d) first: the search skips to the next digit instead of trying the lookbehind at
    # every character.
    r"(?=\d)(?<![\w.,/:'’-])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?(?![\w/:]|-\d|\.\d|,\d{3})"
    r"(?P<unit>\s*(?:%|per\s*cent|percent|pct\b|bn|billion|mln|million|m\b|mn\b|k\b|trillion|tn\b))?",
    re.I,
)
NUMBER_WORDS = {
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
