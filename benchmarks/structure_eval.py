"""Structure rules (WL201, WL202, WL301-WL304): false alarms on clean copy, recall on damaged copy.

Three measurements over ../shared/corpus:

1. false alarms per 10,000 words of the clean stories, per rule (warnings and errors;
   `info` is counted apart);
2. false alarms on *clean synthetic* copy: the same stories given real brand slots in
   Reuters, AP, AFP and Bloomberg styles (datelines, credits, trust and copyright lines,
   headline suffixes), correct summary bullets and subheads. Per 1,000 stories;
3. recall on damaged copies made from the stories: the agency in a dateline or credit
   swapped for a placeholder word, slots naming two agencies, fill-in marks in credits, the
   headline pasted twice (identical, with a suffix, reworded), a figure or a name's
   spelling changed in a bullet, subhead or headline, a broken dateline.

A damage is found when its rule reports a warning or error overlapping the damaged words.
The split is deterministic: stories whose CRC32 of the path falls in the last fifth are
held out, and they get placeholder words and fill-in marks from lists never used while
tuning. Report both; tune only on the first. Usage:

    python benchmarks/structure_eval.py [--corpus ../shared/corpus] [--every 1] [--out FILE]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from wirelint.analysis.figures import is_year  # noqa: E402
from wirelint.analysis.words import is_dictionary_word  # noqa: E402
from wirelint.config import Config  # noqa: E402
from wirelint.document.model import Document, TokenShape, parse_document  # noqa: E402
from wirelint.engine import lint_text  # noqa: E402

CODES = ("WL201", "WL202", "WL301", "WL302", "WL303", "WL304")
CONFIG = Config(select=CODES)

# Placeholder words put where the brand belongs. Tuning words are the usual ones; the
# held-out words are in no pack, so only the rule's principle can find them.
TUNING_WORDS = [
    "Portal", "Outlet", "Source", "Company", "Agency", "Newsroom", "Publisher", "Website",
    "Network", "Channel", "Platform", "Provider",
    # A first held-out list, whose misses were read once while tuning: tuning words now.
    "Vendor", "Gateway", "Hub", "Digest", "Stream", "Beacon", "Signal", "Pulse", "Lens",
    "Ledger", "Compass", "Anchor", "Bureau", "Broadcaster",
]  # fmt: skip
# Never looked at while tuning; in no pack.
HELD_OUT_WORDS = ["Kiosk", "Terminal", "Relay", "Prism", "Harbor", "Orbit", "Vector", "Summit",
                  "Keystone", "Meridian", "Mosaic", "Frontier", "Lantern", "Courier"]  # fmt: skip
TUNING_MARKS = ["XX", "XXX", "TK", "[NAME]", "[INSERT NAME]"]
HELD_OUT_MARKS = ["TKTK", "NAME", "[REPORTER]", "{{editor}}", "Firstname Lastname"]
PEOPLE = ["Maria Ortiz", "David Chen", "Anna Kowalska", "Peter Graff", "Susan Fenton",
          "Tom Hogue", "Lisa Shumaker", "Kim Coghill", "Alex Richardson"]  # fmt: skip
AGENCIES = ["Reuters", "AP", "AFP", "Bloomberg"]
CITIES = ["LONDON", "WASHINGTON", "PARIS", "NEW YORK", "BERLIN", "TOKYO", "NAIROBI", "MADRID"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov"]
# Month typos: letters swapped, dropped or doubled.
BAD_MONTHS = {"Jan": "Jna", "Feb": "Fbe", "March": "Mrach", "April": "Apirl", "May": "Mya",
              "June": "Juen", "July": "Jluy", "Aug": "Agu", "Sept": "Spet", "Oct": "Otc",
              "Nov": "Nvo", "Dec": "Dce", "Jun": "Jnu", "Mar": "Mra", "Apr": "Arp",
              "Jul": "Jlu", "Sep": "Spe"}  # fmt: skip


@dataclass
class Case:
    rule: str
    kind: str
    text: str
    span: tuple[int, int]  # the damaged words; empty for a clean synthetic case
    path: str


def held_out(path: str) -> bool:
    # Salted afresh once the first split had been read ("-2"): a fifth of the stories.
    return zlib.crc32(f"{path}-2".encode()) % 5 == 4


def _first_body(doc: Document) -> int | None:
    if doc.dateline is not None:
        return doc.dateline.span.start
    return doc.paragraphs[0].span.start if doc.paragraphs else None


def _own_agency(doc: Document, rng: random.Random) -> str:
    if doc.dateline is not None and doc.dateline.agency is not None:
        return doc.slice(doc.dateline.agency)
    return rng.choice(AGENCIES)


def _dateline(style: str, agency: str, rng: random.Random) -> str:
    city = rng.choice(CITIES)
    if style == "Reuters":
        return f"{city}, {rng.choice(MONTHS)} {rng.randint(1, 28)} ({agency}) - "
    if style == "AP":
        return f"{city} ({agency}) — "
    if style == "AFP":
        return f"{city.title()} ({agency}) - "
    return f"({agency}) -- "


def _with_dateline(text: str, doc: Document, agency: str, rng: random.Random) -> tuple[str, int]:
    """The story with a dateline crediting ``agency`` (its own replaced, or one added)."""
    if doc.dateline is not None and doc.dateline.agency is not None:
        a = doc.dateline.agency
        return text[: a.start] + agency + text[a.end :], a.start
    start = _first_body(doc)
    assert start is not None
    style = rng.choice(AGENCIES)
    line = _dateline(style, agency, rng)
    return text[:start] + line + text[start:], start + line.index(agency)


# -- brand slots ------------------------------------------------------------------------

CREDIT_STYLES = [
    "Reporting by {X} bureaus; Editing by {P}",
    "(Compiled by {X} staff; Editing by {P})",
    "Reporting by {X} newsroom; Writing by {P}",
    "{X} writer {P} in Washington contributed to this report.",
    "Copyright 2024 {X}. All rights reserved.",
    "Our standards: The Thomson {X} Trust Principles.",
    "©2024 {X} L.P.",
]


def _append(text: str, line: str) -> tuple[str, int]:
    body = text.rstrip("\n")
    return f"{body}\n\n{line}\n", len(body) + 2


def brand_in_dateline(text: str, doc: Document, rng: random.Random, word: str | None) -> Case:
    agency = word or _own_agency(doc, rng)
    out, at = _with_dateline(text, doc, agency, rng)
    return Case("WL201", "dateline", out, (at, at + len(agency)) if word else (0, 0), "")


def brand_in_credit(text: str, doc: Document, rng: random.Random, word: str | None) -> Case:
    own = _own_agency(doc, rng)
    style = rng.choice(CREDIT_STYLES)
    agency = word or own
    line = style.format(X=agency, P=rng.choice(PEOPLE))
    out, at = _append(text, line)
    at += line.index(agency)
    return Case("WL201", "credit", out, (at, at + len(agency)) if word else (0, 0), "")


def brand_in_inline_credit(text: str, doc: Document, rng: random.Random, word: str | None) -> Case:
    agency = word or _own_agency(doc, rng)
    body = text.rstrip("\n")
    tail = f" (Reporting by {agency} bureaus; Editing by {rng.choice(PEOPLE)})"
    at = len(body) + tail.index(agency)
    return Case(
        "WL201", "inline-credit", body + tail + "\n", (at, at + len(agency)) if word else (0, 0), ""
    )


def brand_in_headline(text: str, doc: Document, rng: random.Random, word: str | None) -> Case:
    agency = word or _own_agency(doc, rng)
    head = doc.headlines[0].span
    suffix = f" {rng.choice(['-', '–', '|'])} {agency}"
    out = text[: head.end] + suffix + text[head.end :]
    at = head.end + len(suffix) - len(agency)
    return Case("WL201", "headline", out, (at, at + len(agency)) if word else (0, 0), "")


def brands_disagree(text: str, doc: Document, rng: random.Random, word: str | None) -> Case:
    own = _own_agency(doc, rng)
    text, _ = _with_dateline(text, parse_document(text), own, rng)
    other = rng.choice([a for a in AGENCIES if a != own])
    line = rng.choice(CREDIT_STYLES[:3]).format(X=other, P=rng.choice(PEOPLE))
    out, at = _append(text, line)
    at += line.index(other)
    return Case("WL201", "disagree", out, (at, at + len(other)), "")


def mark_in_credit(text: str, doc: Document, rng: random.Random, mark: str | None) -> Case:
    people = rng.sample(PEOPLE, 3)
    slot = rng.randrange(3)
    names = [mark if (mark and i == slot) else p for i, p in enumerate(people)]
    roles = ["Reporting by ", "; Additional reporting by ", "; Editing by "]
    line, at = "", 0
    for i, (role, name) in enumerate(zip(roles, names, strict=True)):
        line += role
        if i == slot:
            at = len(line)
        line += name
    out, start = _append(text, line)
    if not mark:
        return Case("WL202", "credit", out, (0, 0), "")
    return Case("WL202", "credit", out, (start + at, start + at + len(mark)), "")


# -- headlines ------------------------------------------------------------------------------

_CONTENT_RE = re.compile(r"[A-Za-z][\w'’-]+")


def _reword(head: str, rng: random.Random, doc: Document) -> str | None:
    words = head.split()
    content = [i for i, w in enumerate(words) if len(w) > 3 and _CONTENT_RE.fullmatch(w)]
    if len(content) < 4:
        return None
    i = rng.choice(content[1:])
    if rng.random() < 0.5:
        del words[i]  # a word dropped
    else:  # a word replaced by one from the body, in the headline's case
        pool = [t.text for t in doc.tokens if t.shape is TokenShape.LOWER and len(t.text) > 4]
        if not pool:
            return None
        new = rng.choice(pool)
        words[i] = new.upper() if head.isupper() else new
    return " ".join(words)


def headline_twice(text: str, doc: Document, rng: random.Random, word: str | None) -> Case | None:
    head = doc.headlines[0]
    kind = rng.choice(["identical", "suffix", "reworded"])
    second = head.text
    if kind == "suffix":
        second += f" {rng.choice(['-', '–', '|'])} {word or rng.choice(AGENCIES)}"
    elif kind == "reworded":
        reworded = _reword(head.text, rng, doc)
        if reworded is None:
            return None
        second = reworded
    at = head.span.end + 2
    out = text[: head.span.end] + "\n\n" + second + text[head.span.end :]
    return Case("WL301", kind, out, (at, at + len(second)), "")


# -- figures and names in bullets, subheads and headlines -------------------------------------

_FIGURE_RE = re.compile(r"(?<![\w.,:/$£€-])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w.,:/-]\d|\w)")


def _other_figure(fig: str, rng: random.Random) -> str:
    digits = fig.replace(",", "")
    value = float(digits)
    factor = rng.choice([0.5, 0.7, 1.3, 1.5, 2.0])
    new = value * factor + rng.choice([1, 3, 7])
    if "." in digits:
        decimals = len(digits.split(".")[1])
        return f"{new:.{decimals}f}"
    n = int(new)
    return f"{n:,}" if "," in fig else str(n)


def _sentences_with_figures(doc: Document) -> list[tuple[str, re.Match[str]]]:
    out = []
    for part in doc.paragraphs[:4]:
        for s in part.sentences:
            words = s.text.split()
            if not 8 <= len(words) <= 40:
                continue
            for m in _FIGURE_RE.finditer(s.text):
                value = float(m.group().replace(",", ""))
                if is_year(value, "") or value < 2:
                    continue
                out.append((s.text, m))
    return out


def _snippet(sentence: str, m: re.Match[str]) -> tuple[str, int, int]:
    """Up to eight words either side of the figure, as written: a bullet's length."""
    starts = [w.start() for w in re.finditer(r"\S+", sentence[: m.start()])]
    lo = starts[-8] if len(starts) >= 8 else 0
    ends = [w.end() for w in re.finditer(r"\S+", sentence[m.end() :])]
    hi = m.end() + (ends[7] if len(ends) >= 8 else len(sentence) - m.end())
    bullet = sentence[lo:hi].rstrip(".,;: ")
    return bullet, m.start() - lo, m.end() - lo


def bullet_figure(text: str, doc: Document, rng: random.Random, damage: bool) -> Case | None:
    found = _sentences_with_figures(doc)
    if not found:
        return None
    sentence, m = rng.choice(found)
    bullet, s, e = _snippet(sentence, m)
    if damage:
        new = _other_figure(m.group(), rng)
        bullet = bullet[:s] + new + bullet[e:]
        e = s + len(new)
    head = doc.headlines[0].span
    at = head.end + 4
    out = text[: head.end] + "\n\n- " + bullet + text[head.end :]
    return Case("WL302", "bullet-figure", out, (at + s, at + e) if damage else (0, 0), "")


def _misspell(name: str, rng: random.Random) -> str:
    inner = range(1, len(name) - 1)
    op = rng.choice(["swap", "double", "drop", "replace"])
    i = rng.choice(list(inner)[:-1] or [1])
    if op == "swap" and name[i] != name[i + 1]:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    if op == "double":
        return name[: i + 1] + name[i] + name[i + 1 :]
    if op == "drop":
        return name[:i] + name[i + 1 :]
    vowels = "aeiou"
    c = name[i]
    new = rng.choice([v for v in vowels if v != c]) if c in vowels else rng.choice("kcszt")
    return name[:i] + (new if new != c else "y") + name[i + 1 :]


def _names(doc: Document) -> list[str]:
    counts: Counter[str] = Counter(
        t.text
        for t in doc.tokens
        if t.shape is TokenShape.CAPITALIZED and not t.sentence_start and t.text.isalpha()
    )
    return sorted(
        n for n, c in counts.items() if len(n) >= 5 and c >= 2 and not is_dictionary_word(n)
    )


def subhead_name(text: str, doc: Document, rng: random.Random, damage: bool) -> Case | None:
    names = _names(doc)
    if not names or len(doc.paragraphs) < 4:
        return None
    name = rng.choice(names)
    shown = _misspell(name, rng) if damage else name
    style = rng.choice(["subhead", "bullet"])
    if style == "subhead":
        words = [shown.upper(), rng.choice(["TALKS", "REACTION", "WHAT NEXT", "BACKGROUND"])]
        para = doc.paragraphs[len(doc.paragraphs) // 2].span.start
        line = " ".join(words)
        out = text[:para] + line + "\n\n" + text[para:]
        span = (para, para + len(shown))
    else:
        head = doc.headlines[0].span
        line = f"{shown} at the centre of the story"
        out = text[: head.end] + "\n\n- " + line + text[head.end :]
        span = (head.end + 4, head.end + 4 + len(shown))
    return Case("WL302", f"{style}-name", out, span if damage else (0, 0), "")


def headline_figure_or_name(
    text: str, doc: Document, rng: random.Random, damage: bool
) -> Case | None:
    head = doc.headlines[0]
    body = " ".join(p.text for p in doc.paragraphs)
    options: list[tuple[int, int, str]] = []
    for m in _FIGURE_RE.finditer(head.text):
        value = float(m.group().replace(",", ""))
        if (
            not is_year(value, "")
            and value >= 2
            and re.search(rf"(?<![\d.,]){re.escape(m.group())}(?![\d]|[.,]\d)", body)
        ):
            options.append((m.start(), m.end(), _other_figure(m.group(), rng)))
    names = set(_names(doc))
    for m in re.finditer(r"[A-Z][a-z]{4,}", head.text):
        if m.group() in names:
            options.append((m.start(), m.end(), _misspell(m.group(), rng)))
    if not options:
        return None
    s, e, new = rng.choice(options)
    if not damage:
        return Case("WL303", "headline", text, (0, 0), "")
    out = text[: head.span.start + s] + new + text[head.span.start + e :]
    at = head.span.start + s
    return Case("WL303", "headline", out, (at, at + len(new)), "")


# -- datelines -------------------------------------------------------------------------------


def broken_dateline(text: str, doc: Document, rng: random.Random, damage: bool) -> Case | None:
    if doc.dateline is None:
        text, _ = _with_dateline(text, doc, rng.choice(AGENCIES), rng)
        doc = parse_document(text)
    dl = doc.dateline
    if dl is None or not damage:
        return Case("WL304", "dateline", text, (0, 0), "")
    kinds = ["dash"]
    if doc.slice(dl.city):
        kinds.append("city")
    # A credit dropped after an ALL-CAPS city; "Tokyo - BMW ..." reads as prose too.
    if dl.agency is not None and doc.slice(dl.city).isupper():
        kinds.append("agency")
    if dl.date is not None and doc.slice(dl.date).split()[0].rstrip(".") in BAD_MONTHS:
        kinds.append("month")
    kind = rng.choice(kinds)
    if kind == "city":
        s, e = dl.city.start, dl.city.end
        new = doc.slice(dl.city).lower()
    elif kind == "agency":
        assert dl.agency is not None
        s, e, new = dl.agency.start - 1, dl.agency.end + 1, ""
        while s > 0 and text[s - 1] == " ":
            s -= 1
    elif kind == "month":
        assert dl.date is not None
        month = doc.slice(dl.date).split()[0]
        s, e = dl.date.start, dl.date.start + len(month)
        new = BAD_MONTHS[month.rstrip(".")]
    else:
        assert dl.dash is not None
        s, e = dl.dash.start, dl.dash.end
        new = rng.choice([":", "-", "–"]) if doc.slice(dl.dash) == "--" else ":"
        if new != ":":  # a dash without its spaces
            s -= 1
            e += 1
    out = text[:s] + new + text[e:]
    span = (dl.city.start, max(s + len(new), dl.city.start + 1))
    return Case("WL304", kind, out, span, "")


# -- the run ------------------------------------------------------------------------------------

Maker = Callable[[str, Document, random.Random, "str | None"], "Case | None"]
BRAND_MAKERS: list[Maker] = [
    brand_in_dateline,
    brand_in_credit,
    brand_in_inline_credit,
    brand_in_headline,
]
FLAG_MAKERS = [bullet_figure, subhead_name, headline_figure_or_name, broken_dateline]


def cases_for(path: str, text: str, *, damaged: bool) -> Iterator[Case]:
    """Damaged (or clean synthetic) variants of one story, the same every run."""
    rng = random.Random(zlib.crc32(path.encode()) + (1 if damaged else 0))
    hold = held_out(path)
    words = HELD_OUT_WORDS if hold else TUNING_WORDS
    marks = HELD_OUT_MARKS if hold else TUNING_MARKS
    doc = parse_document(text, path)
    if not doc.headlines or not doc.paragraphs:
        return
    for make in BRAND_MAKERS:
        case = make(text, doc, rng, rng.choice(words) if damaged else None)
        if case is not None:
            case.path = path
            yield case
    if damaged:
        yield from _tag(brands_disagree(text, doc, rng, None), path)
        yield from _tag(headline_twice(text, doc, rng, rng.choice(words + AGENCIES)), path)
    yield from _tag(mark_in_credit(text, doc, rng, rng.choice(marks) if damaged else None), path)
    for flag_maker in FLAG_MAKERS:
        yield from _tag(flag_maker(text, doc, rng, damaged), path)


def _tag(case: Case | None, path: str) -> Iterator[Case]:
    if case is not None:
        case.path = path
        yield case


def found(case: Case) -> bool:
    s, e = case.span
    return any(
        d.code == case.rule and d.severity.label != "info" and d.span.start < e and s < d.span.end
        for d in lint_text(case.text, CONFIG, case.path).diagnostics
    )


@dataclass
class Report:
    clean_words: int
    clean_flags: Counter[str]
    clean_info: Counter[str]
    synthetic: int
    synthetic_flags: Counter[str]
    recall: dict[tuple[str, bool], list[int]]  # (rule, held out) -> [found, total]
    kinds: dict[tuple[str, str], list[int]]
    misses: list[str]
    alarms: list[str]


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - 60) : end + 60].replace("\n", " ⏎ ")


def evaluate(files: list[Path], corpus: Path) -> Report:
    report = Report(0, Counter(), Counter(), 0, Counter(), defaultdict(lambda: [0, 0]),
                    defaultdict(lambda: [0, 0]), [], [])  # fmt: skip
    for file in files:
        path = str(file.relative_to(corpus))
        text = file.read_text(encoding="utf-8")
        report.clean_words += len(text.split())
        clean = lint_text(text, CONFIG, path).diagnostics
        # A real slip in the source shows again in every variant: not the variant's alarm.
        inherited = {(d.code, text[d.span.start : d.span.end]) for d in clean}
        for d in clean:
            counter = report.clean_info if d.severity.label == "info" else report.clean_flags
            counter[d.code] += 1
            if d.severity.label != "info":
                report.alarms.append(
                    f"clean {path}: {d.code} {d.message}\n    …{_context(text, d.span.start, d.span.end)}…"
                )
        report.synthetic += 1
        for case in cases_for(path, text, damaged=False):
            for d in lint_text(case.text, CONFIG, path).diagnostics:
                if d.severity.label == "info":
                    continue
                if (d.code, case.text[d.span.start : d.span.end]) in inherited:
                    continue
                report.synthetic_flags[d.code] += 1
                report.alarms.append(
                    f"synthetic {path} ({case.rule} {case.kind}): {d.code} {d.message}\n"
                    f"    …{_context(case.text, d.span.start, d.span.end)}…"
                )
        for case in cases_for(path, text, damaged=True):
            hit = found(case)
            key = (case.rule, held_out(path))
            report.recall[key][0] += hit
            report.recall[key][1] += 1
            report.kinds[(case.rule, case.kind)][0] += hit
            report.kinds[(case.rule, case.kind)][1] += 1
            if not hit:
                s, e = case.span
                report.misses.append(
                    f"miss {path} ({case.rule} {case.kind}): {case.text[s:e]!r}\n"
                    f"    …{_context(case.text, s, e)}…"
                )
    return report


def corpus_files(corpus: Path, every: int = 1) -> list[Path]:
    return sorted(p for p in corpus.rglob("*.txt") if p.parent.name != "odd")[::every]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--every", type=int, default=1, help="use every Nth story")
    ap.add_argument("--out", type=Path, default=Path("structure-eval.txt"))
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    files = corpus_files(args.corpus, args.every)
    t0 = time.perf_counter()
    r = evaluate(files, args.corpus)
    secs = time.perf_counter() - t0
    print(f"{len(files)} stories, {r.clean_words:,} words ({secs:.0f} s)")
    print("false alarms on clean copy, per 10,000 words (warning+error | info), target < 0.3:")
    for code in CODES:
        n, i = r.clean_flags[code], r.clean_info[code]
        print(
            f"  {code}  {n * 10000 / r.clean_words:6.2f} | {i * 10000 / r.clean_words:5.2f}   ({n} + {i})"
        )
    print("false alarms on clean synthetic copy (real slots, correct bullets), per 1,000 stories:")
    for code in CODES:
        n = r.synthetic_flags[code]
        print(f"  {code}  {n * 1000 / r.synthetic:6.2f}   ({n})")
    print("recall on damaged copies: tuning | held out (found/total)")
    for code in CODES:
        cells = []
        for hold in (False, True):
            hit, total = r.recall.get((code, hold), [0, 0])
            cells.append(f"{hit / total:6.1%} ({hit}/{total})" if total else "   n/a")
        print(f"  {code}  {cells[0]:>22} | {cells[1]:>22}")
    print("recall by damage:")
    for (code, kind), (hit, total) in sorted(r.kinds.items()):
        print(f"  {code} {kind:<15} {hit / total:6.1%} ({hit}/{total})")
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write("\n".join(r.alarms) + "\n\n" + "\n".join(r.misses) + "\n")
    print(f"every false alarm and miss, with context: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
