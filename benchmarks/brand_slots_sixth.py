"""WL201/WL202 recall on a find-and-replaced brand, by syntactic slot and wire layout: a sixth method.

The generators before this one read a story's own outlet where the corpus publishes it
and sort each mention by the words around it (regular expressions, a shape of the
neighbouring words, a tagger's entities). Two things set this one apart:

1. *Slot kind by syntax*. Each mention of the outlet (`BBC` in bbc/, `Reuters` and the
   1987 `Reuter` in reuters-21578/, `Wikinews` in wikinews/, found case-blind so the
   ALL-CAPS headlines count) is put in a slot kind by spaCy's dependency parse of its
   paragraph, not by a list of phrases: the possessive (`poss`, or the mark after it), the
   object of a reporting verb ("told X", "spoke to X"), the agent of a passive ("seen by
   X"), the object of another preposition ("according to X", "an interview with X"), a
   modifier of a lower-case noun ("a X tally", "X correspondent"), a name's first word
   before a capitalised word ("X News website", "X Radio 4"), a subject ("X could not
   verify", "the X has learned"), or other. The headline and the dateline are kinds of
   their own.
2. *Wire layouts*. Each story is also re-dressed, with its own outlet, in a layout drawn
   for it from the ones agencies use: a dateline in the form of AP, AFP, Bloomberg, PA,
   dpa, Kyodo, UPI or Xinhua (or none, as BBC copy), a byline ("By NAME", "By NAME, X
   correspondent", or "NAME, X" on a line of its own), a "Summary" or "Highlights" block,
   an UPDATE / EXCLUSIVE / RPT headline prefix, and a foot line ("The Thomson X Trust
   Principles", "Copyright 2019 X"). Those slots are mentions too (byline, bullet (a
   "X analysis" point under the label), credit kinds).

Placeholders are drawn fresh for every copy from the plain nouns of
rules/data/wl401-lexicon.txt and a syllable generator, never a word a rules/*.toml pack
names, in six kinds: a coined word ("Tovarel"), a noun ("Lantern"), a capitalised plural
("Lanterns", possessive "Lanterns'"), two words ("Lantern Tide"), capitals ("LANTERN"),
and an outlet name with a suffix ("Lantern News", "Lantern News Agency"). Only the
outlet's word changes: the article, the possessive mark (rewritten to suit the stand-in)
and a sub-brand's words stay; an ALL-CAPS mention gets its stand-in in capitals. Two
modes: ``one`` (one mention replaced, the story's other mentions keep the real brand; at
most --per-story mentions a story) and ``every`` (every mention replaced by the same
stand-in, each mention a row).

Stories are split 50/50 into tuning and held-out halves by a salted hash of their name;
the stand-in words are split the same way, held-out stories getting held-out words. A
mention is found when WL201 or WL202 reports a warning or an error overlapping its
stand-in.

Clean controls, which must stay quiet (a WL201/WL202 warning not in the story as
published is counted and shown): the re-dressed layout with the real brand, and the
brand replaced by another real agency (one mention, and every mention: "told AFP" in a
Reuters story).

Usage: python benchmarks/brand_slots_sixth.py [--corpus ../shared/corpus] [--every 1]
[--jobs 2] [--show 20] [--per-story 4] [--half tuning|held-out|both]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
LEXICON = REPO / "rules" / "data" / "wl401-lexicon.txt"
SALT = "brand-slots-sixth"

# The story's own outlet per corpus folder, as a find-and-replace would look for it.
BRANDS = {
    "bbc": re.compile(r"\bBBC\b", re.IGNORECASE),
    "reuters-21578": re.compile(r"\bReuters?\b", re.IGNORECASE),
    "wikinews": re.compile(r"\bWikinews\b", re.IGNORECASE),
}
OWN_NAME = {"bbc": "BBC", "reuters-21578": "Reuters", "wikinews": "Wikinews"}

# Real outlets a story may quote, for the clean control: the brand replaced by one of
# them must stay quiet.
REAL_OTHERS = ("AFP", "Associated Press", "Bloomberg", "Xinhua", "Kyodo", "dpa", "CNN")

# Syllables for coined words, and reporters' names for bylines (invented, not people).
_ONSETS = ("b", "br", "d", "dr", "f", "g", "gl", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ou")
_CODAS = ("", "", "l", "n", "r", "s", "x", "th", "nd")
_FIRST = ("Anna", "Tom", "Priya", "Jonas", "Mei", "Carlos", "Ruth", "Idris", "Sofia", "Kenji")
_LAST = ("Halvorsen", "Okafor", "Brennan", "Lindqvist", "Moreau", "Tanaka", "Quill", "Das")
_CITIES = ("LONDON", "PARIS", "BERLIN", "TOKYO", "BEIJING", "WASHINGTON", "NAIROBI", "LIMA")
_MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct")
_DESKS = ("political", "business", "economics", "diplomatic", "sports", "technology")

LAYOUT_DATELINES = (
    "reuters",
    "ap",
    "afp",
    "bloomberg",
    "pa",
    "dpa",
    "kyodo",
    "upi",
    "xinhua",
    "none",
)
BYLINES = ("by", "by-desk", "bare", "by-slash", "none")
LABELS = ("summary", "highlights", "none")
PREFIXES = ("UPDATE 2-", "EXCLUSIVE-", "RPT-", "")
FEET = ("trust", "copyright", "none")
KINDS = ("coin", "noun", "plural", "two", "caps", "suffixed")


def half_of(path: Path) -> str:
    h = int(hashlib.md5(f"{SALT}:{path.name}".encode()).hexdigest(), 16)
    return "held-out" if h % 2 else "tuning"


def rng_for(*parts: object) -> random.Random:
    key = ":".join(str(p) for p in (SALT, *parts))
    return random.Random(int(hashlib.md5(key.encode()).hexdigest(), 16))


@lru_cache(maxsize=1)
def _pack_words() -> frozenset[str]:
    """Every word a rules/*.toml pack names, lower-cased: never a stand-in."""
    words: set[str] = set()
    for pack in (REPO / "rules").glob("*.toml"):
        for s in re.findall(r'"([^"\n]*)"', pack.read_text(encoding="utf-8")):
            words.update(w.lower() for w in re.findall(r"[A-Za-z]+", s))
    return frozenset(words)


@lru_cache(maxsize=1)
def _nouns() -> dict[str, tuple[list[str], list[str]]]:
    """Tuning and held-out nouns (singular, plural) from the lexicon, split by a word hash."""
    tags: dict[str, list[str]] = {}
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if line.startswith(("@NN ", "@NNS ")):
            tag, *words = line.split()
            tags[tag] = words
    banned = _pack_words()
    out: dict[str, tuple[list[str], list[str]]] = {}
    for tag in ("@NN", "@NNS"):
        halves: tuple[list[str], list[str]] = ([], [])
        for w in tags[tag]:
            if not (w.isalpha() and w.islower() and 4 <= len(w) <= 10) or w in banned:
                continue
            if tag == "@NNS" and not w.endswith("s"):
                continue
            h = int(hashlib.md5(f"{SALT}:w:{w}".encode()).hexdigest(), 16) % 2
            halves[h].append(w)
        out[tag] = halves
    return out


def _coin(rnd: random.Random) -> str:
    banned = _pack_words()
    while True:
        word = "".join(
            rnd.choice(_ONSETS) + rnd.choice(_VOWELS) + rnd.choice(_CODAS)
            for _ in range(rnd.choice((2, 2, 3)))
        )
        if 5 <= len(word) <= 11 and word not in banned:
            return word.capitalize()


def stand_in(kind: str, half: str, rnd: random.Random) -> str:
    i = 1 if half == "held-out" else 0
    nouns, plurals = _nouns()["@NN"][i], _nouns()["@NNS"][i]
    noun = rnd.choice(nouns).capitalize()
    if kind == "coin":
        return _coin(rnd)
    if kind == "noun":
        return noun
    if kind == "plural":
        return rnd.choice(plurals).capitalize()
    if kind == "two":
        first = _coin(rnd) if rnd.random() < 0.3 else rnd.choice(nouns).capitalize()
        return f"{first} {rnd.choice(nouns).capitalize()}"
    if kind == "caps":
        return noun.upper()
    return f"{noun} {rnd.choice(('News', 'News Agency', 'NEWS', 'Media'))}"


# --- re-dressing a story in a wire layout -------------------------------------------------

_REUTERS_DATELINE = re.compile(r"^([A-Z][A-Z .'-]+), [A-Z][a-z]+\.? \d{1,2} \(Reuters?\) - ")


@dataclass(frozen=True)
class Layout:
    dateline: str
    byline: str
    label: str
    prefix: str
    foot: str

    @property
    def name(self) -> str:
        return f"{self.dateline}/{self.byline}/{self.label}/{self.prefix or '-'}/{self.foot}"


def layout_for(name: str) -> Layout:
    """The layout drawn for a story, by its path in the corpus (the same on every machine)."""
    rnd = rng_for(name, "layout")
    return Layout(
        rnd.choice(LAYOUT_DATELINES),
        rnd.choice(BYLINES),
        rnd.choice(LABELS),
        rnd.choice(PREFIXES),
        rnd.choice(FEET),
    )


def _dateline(kind: str, city: str, brand: str, rnd: random.Random) -> str:
    day = f"{rnd.choice(_MONTHS)} {rnd.randint(1, 28)}"
    forms = {
        "reuters": f"{city}, {day} ({brand}) - ",
        "ap": f"{city} ({brand}) — ",
        "afp": f"{city.title()} ({brand}) - ",
        "bloomberg": f"({brand}) -- ",
        "pa": f"{city}, {day} ({brand}) - ",
        "dpa": f"{city.title()} ({brand}) - ",
        "kyodo": f"{city}, {day} {brand} - ",
        "upi": f"{city}, {day} ({brand}) -- ",
        "xinhua": f"{city}, {day} ({brand}) -- ",
    }
    return forms.get(kind, "")


def redress(text: str, source: str, lay: Layout, rnd: random.Random) -> str:
    """The story in `lay`, every new slot naming the story's own outlet."""
    brand = OWN_NAME[source]
    head, _, body = text.partition("\n\n")
    paras = body.split("\n\n")
    city = rnd.choice(_CITIES)
    m = _REUTERS_DATELINE.match(paras[0]) if paras else None
    if m:
        city = m.group(1)
        paras[0] = paras[0][m.end() :]
    lead = re.split(r"(?<=[.!?])\s", paras[0])[0]
    if len(lead) > 120:  # cut at a word's end: a cut word reads as a name ("the Holl")
        lead = lead[: lead.rfind(" ", 0, 120)]
    lead = lead.rstrip(".")
    paras[0] = _dateline(lay.dateline, city, brand, rnd) + paras[0]
    name = f"{rnd.choice(_FIRST)} {rnd.choice(_LAST)}"
    desk = rnd.choice(_DESKS)
    top: list[str] = []
    if lay.byline == "by":
        top.append(f"By {name}")
    elif lay.byline == "by-desk":
        top.append(f"By {name}, {brand} {desk} correspondent")
    elif lay.byline == "bare":
        top.append(f"{name}, {brand}")
    elif lay.byline == "by-slash":
        top.append(f"By {name} | {brand}")
    if lay.label != "none":
        label = "Summary" if lay.label == "summary" else "Highlights"
        top.append(f"{label}\n\n* {lead}\n\n* {brand} analysis of the figures")
    foot = []
    if lay.foot == "trust":
        foot.append(f"Our Standards: The Thomson {brand} Trust Principles.")
    elif lay.foot == "copyright":
        foot.append(f"Copyright {rnd.randint(1987, 2020)} {brand}. All rights reserved.")
    headline = lay.prefix + head
    return "\n\n".join([headline, *top, *paras, *foot]) + ("\n" if text.endswith("\n") else "")


# --- mentions and their slot kinds --------------------------------------------------------

_PARTS = re.compile(r"\s+(?:News|Sport|Radio|One|Two|Three|Four|World|Online|Scotland|Wales)\b")
_REPORT_VERBS = frozenset({"tell", "speak", "talk", "say", "explain", "write", "confirm", "give"})


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str


def _line_span(text: str, i: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, i) + 1
    e = text.find("\n", i)
    return s, len(text) if e < 0 else e


def mentions(text: str, source: str, nlp: Any) -> list[Mention]:
    found = list(BRANDS[source].finditer(text))
    if not found:
        return []
    head_end = text.find("\n")
    paras: dict[tuple[int, int], list[re.Match[str]]] = defaultdict(list)
    out: list[Mention] = []
    for m in found:
        ls, le = _line_span(text, m.start())
        line = text[ls:le]
        before = text[ls : m.start()]
        if m.start() < head_end or head_end < 0:
            out.append(Mention(m.start(), m.end(), "headline"))
        elif re.search(r"(?:\(|\b[A-Z]{3,}, [A-Z][a-z]+\.? \d+ )$", before) and re.match(
            r"\)? ?-", text[m.end() : m.end() + 3]
        ):
            out.append(Mention(m.start(), m.end(), "dateline"))
        elif before.startswith("By ") or re.match(r"^[A-Z][a-z]+ [A-Z][a-z]+, $", before):
            out.append(Mention(m.start(), m.end(), "byline"))
        elif line.startswith("* ") or line.startswith(("Our Standards", "Copyright")):
            out.append(Mention(m.start(), m.end(), "bullet" if line.startswith("*") else "credit"))
        else:
            ps = text.rfind("\n\n", 0, m.start())
            ps = 0 if ps < 0 else ps + 2
            pe = text.find("\n\n", m.end())
            paras[(ps, len(text) if pe < 0 else pe)].append(m)
    spans = sorted(paras)
    docs = nlp.pipe([text[s:e] for s, e in spans]) if spans else []
    for (ps, _pe), doc in zip(spans, docs, strict=True):
        for m in paras[(ps, _pe)]:
            out.append(Mention(m.start(), m.end(), _body_kind(text, m, doc, ps)))
    return sorted(out, key=lambda x: x.start)


def _body_kind(text: str, m: re.Match[str], doc: Any, offset: int) -> str:
    after = text[m.end() : m.end() + 20]
    if re.match(r"[’']s?\b", after):
        return "possessive"
    if _PARTS.match(after):
        return "outlet-name"
    tok = next((t for t in doc if t.idx <= m.start() - offset < t.idx + len(t)), None)
    if tok is None:
        return "other"
    dep, head = tok.dep_, tok.head
    if dep == "poss" or any(c.dep_ == "case" for c in tok.children):
        return "possessive"
    if dep in ("dobj", "dative") and head.lemma_ in _REPORT_VERBS:
        return "told"
    if dep == "pobj" and (head.dep_ == "agent" or head.lower_ == "by"):
        return "by"
    if dep == "pobj":
        grand = head.head
        if head.lower_ == "to" and grand.lemma_ in _REPORT_VERBS:
            return "told"
        return "object-of-prep"
    if dep in ("compound", "amod", "nmod") and head.pos_ in ("NOUN",) and head.text.islower():
        return "modifier"
    if dep in ("nsubj", "nsubjpass"):
        return "subject"
    if dep == "compound":
        return "outlet-name"
    return "other"


# --- damage and lint ----------------------------------------------------------------------


def replace_at(text: str, start: int, end: int, word: str) -> tuple[str, int, int]:
    """`text` with text[start:end] -> `word`, the possessive mark suited to it."""
    old = text[start:end]
    new = word.upper() if old.isupper() and len(old) > 3 else word
    tail = text[end : end + 2]
    rest = end
    if re.match(r"[’']s", tail) or (re.match(r"[’'](?![A-Za-z])", tail) and old.endswith("s")):
        mark = tail[0]
        rest = end + (2 if tail[1:2] == "s" else 1)
        suffix = mark if new.endswith(("s", "S")) else mark + ("S" if new.isupper() else "s")
        return text[:start] + new + suffix + text[rest:], start, start + len(new)
    return text[:start] + new + text[rest:], start, start + len(new)


@dataclass(frozen=True)
class Row:
    story: str
    source: str
    half: str
    variant: str  # plain or layout
    mode: str  # one or every
    kind: str  # slot kind
    stand: str  # stand-in kind
    found: bool
    context: str


@dataclass(frozen=True)
class Alarm:
    story: str
    control: str
    code: str
    context: str


@lru_cache(maxsize=1)
def _config() -> Any:
    from wirelint.config import Config

    return Config(select=("WL201", "WL202"))


@lru_cache(maxsize=1)
def _nlp() -> Any:
    from wirelint.grammar.parser import load

    return load().nlp


def _warnings(text: str) -> list[tuple[str, int, int]]:
    from wirelint.diagnostics import Severity
    from wirelint.engine import lint_text

    res = lint_text(text, _config())
    return [
        (d.code, d.span.start, d.span.end)
        for d in res.diagnostics
        if d.severity >= Severity.WARNING
    ]


def _context(text: str, s: int, e: int) -> str:
    return text[max(0, s - 50) : e + 50].replace("\n", " | ")


def _hit(warns: list[tuple[str, int, int]], s: int, e: int) -> bool:
    return any(ws < e and s < we for _c, ws, we in warns)


def _new_flags(text: str, base: Counter[tuple[str, str]]) -> list[tuple[str, str]]:
    got = [(c, text[s:e], s, e) for c, s, e in _warnings(text)]
    left = Counter(base)
    out = []
    for c, flagged, s, e in got:
        if left[(c, flagged)] > 0:
            left[(c, flagged)] -= 1
        else:
            out.append((c, _context(text, s, e)))
    return out


def check_story(item: tuple[Path, Path, int]) -> tuple[list[Row], list[Alarm], int]:
    path, corpus, per_story = item
    source = path.relative_to(corpus).parts[0]
    text = path.read_text(encoding="utf-8")
    half = half_of(path)
    name = str(path.relative_to(corpus))
    rows: list[Row] = []
    alarms: list[Alarm] = []
    lay = layout_for(name)
    dressed = redress(text, source, lay, rng_for(name, "dress"))
    base_plain = Counter((c, text[s:e]) for c, s, e in _warnings(text))
    for variant, copy in (("plain", text), ("layout", dressed)):
        found = mentions(copy, source, _nlp())
        if not found:
            continue
        if variant == "layout":
            alarms += [Alarm(name, "layout", c, x) for c, x in _new_flags(copy, base_plain)]
            # The body's mentions were damaged in the plain copy: here the layout's own.
            pick = [m for m in found if m.kind in ("dateline", "byline", "bullet", "credit")]
            pick = pick or found[:1]
        else:
            pick = found
        rnd = rng_for(name, variant, "pick")
        one = pick if len(pick) <= per_story else rnd.sample(pick, per_story)
        for m in one:
            kind = rnd.choice(KINDS)
            word = stand_in(kind, half, rnd)
            damaged, s, e = replace_at(copy, m.start, m.end, word)
            hit = _hit(_warnings(damaged), s, e)
            rows.append(
                Row(name, source, half, variant, "one", m.kind, kind, hit, _context(damaged, s, e))
            )
        # every mention replaced by one stand-in; offsets move as the text changes
        kind = rnd.choice(KINDS)
        word = stand_in(kind, half, rnd)
        damaged = copy
        for m in reversed(found):
            damaged, _s, _e = replace_at(damaged, m.start, m.end, word)
        spans = _respan(copy, word, found)
        warns = _warnings(damaged)
        for (s, e), m in zip(spans, found, strict=True):
            rows.append(
                Row(
                    name,
                    source,
                    half,
                    variant,
                    "every",
                    m.kind,
                    kind,
                    _hit(warns, s, e),
                    _context(damaged, s, e),
                )
            )
        # clean controls: another real outlet in the brand's place
        if variant == "plain":
            other = rng_for(name, "other").choice(REAL_OTHERS)
            m = rnd.choice(found)
            clean, _s, _e = replace_at(copy, m.start, m.end, other)
            alarms += [Alarm(name, "other-one", c, x) for c, x in _new_flags(clean, base_plain)]
            clean = copy
            for m in reversed(found):
                clean, _s, _e = replace_at(clean, m.start, m.end, other)
            alarms += [Alarm(name, "other-every", c, x) for c, x in _new_flags(clean, base_plain)]
    return rows, alarms, len(text.split())


def _respan(copy: str, word: str, found: list[Mention]) -> list[tuple[int, int]]:
    """Where each mention's stand-in stands once all were replaced: each replacement
    shifts the ones after it by the change in length it made."""
    spans: list[tuple[int, int]] = []
    shift = 0
    for m in found:
        one, s, e = replace_at(copy, m.start, m.end, word)
        spans.append((s + shift, e + shift))
        shift += len(one) - len(copy)
    return spans


# --- report -------------------------------------------------------------------------------


def _table(title: str, rows: list[Row], key: Any) -> None:
    tally: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for r in rows:
        cell = tally[key(r)][r.half]
        cell[0] += r.found
        cell[1] += 1
    print(f"\n{title:<22} {'tuning':>16} {'held-out':>16}")
    for k in sorted(tally, key=lambda k: -sum(c[1] for c in tally[k].values())):
        cells = []
        for h in ("tuning", "held-out"):
            f, n = tally[k][h]
            cells.append(f"{100 * f / n:5.1f}% of {n:5d}" if n else f"{'-':>16}")
        print(f"{k:<22} {cells[0]:>16} {cells[1]:>16}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--every", type=int, default=1, help="use every Nth story")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show", type=int, default=20, help="tuning misses and alarms to print")
    ap.add_argument("--per-story", type=int, default=4, help="mentions a story, one-mode")
    ap.add_argument("--half", choices=("tuning", "held-out", "both"), default="both")
    args = ap.parse_args()

    from wirelint.parallel import ordered_map

    paths = sorted(p for s in BRANDS for p in (args.corpus / s).rglob("*.txt"))[:: args.every]
    if args.half != "both":
        paths = [p for p in paths if half_of(p) == args.half]
    items = [(p, args.corpus, args.per_story) for p in paths]
    results = ordered_map(check_story, items, args.jobs)
    rows = [r for rs, _a, _w in results for r in rs]
    alarms = [a for _r, al, _w in results for a in al]
    words = sum(w for _r, _a, w in results)

    _table("overall", rows, lambda r: "all")
    _table("slot kind", rows, lambda r: r.kind)
    _table("source", rows, lambda r: r.source)
    _table("stand-in kind", rows, lambda r: r.stand)
    _table("mode / variant", rows, lambda r: f"{r.mode}/{r.variant}")
    _table("source / slot kind", rows, lambda r: f"{r.source[:4]}/{r.kind}")

    print(f"\nclean controls: {len(paths)} stories, {words} words")
    by_control = Counter(a.control for a in alarms)
    for control in ("layout", "other-one", "other-every"):
        print(f"  {control:<12} new WL201/WL202 warnings: {by_control[control]}")
    for a in alarms[: args.show]:
        print(f"  ALARM {a.control} {a.code} {a.story}: {a.context}")

    misses = [r for r in rows if r.half == "tuning" and not r.found]
    rnd = random.Random(7)
    for r in rnd.sample(misses, min(args.show, len(misses))):
        print(f"  MISS {r.source}/{r.kind}/{r.stand}/{r.mode}/{r.variant} {r.story}: {r.context}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
