"""WL101 recall on desk slips in people found by their given names and in repeated spans.

The other names generators find names by capitals (one word, a pair, a run) or by spaCy's
tags, and draw a kind, a name, a mention. This one finds the two things a copy editor
knows are names without reading the rule's way:

* *People*: a given name of the given-names pack (US Census 1990 lists; no month, day
  or common English word such as `Will` or `Mark`) right before a capitalised word that
  is not followed by a further capitalised word at least once (`Gordon Brown said`, not
  `George Washington University`). The capitalised word is the surname; its mentions
  are all its uses outside the headline (the first line), after the given name, after a
  title, or alone (`Brown said`, `Brown's`); a use after a given name that no other use
  has, while others have one (`Cherie Blair` beside `Tony Blair`), is the position
  `other-given`: two forms beside two given names may be two people. It must have two
  mentions at least, and the story must never write it in lower case. A surname that is a common English word
  (`Brown`, `Rice`) is kept and reported apart as a row of its own.
* *Places and organisations*: a run of capitalised words (`Federal Reserve`,
  `Bank of England`, `Makiivka`) the story writes the same way at least twice inside a
  sentence (after a lower-case word or a comma), that no given name of the pack opens.
  A one-word span must be no common English word, title, day or month. The word
  respelled is one of the span's words of four letters or more.

Every kind is made once per story and class where it fits, on a mention drawn evenly:

* `drop-last`: the last letter lost (`Gonzale`, `Carvalh`);
* `drop-inner`: a letter inside lost, not the first or the last (`Carvalo`);
* `undouble`: a doubled letter set once (`Schmit`);
* `double`: a consonant between two letters doubled (`Phillips` for `Philips`);
* `swap`: two neighbouring letters after the first swapped (`Rgean`, `Reagna`);
* `vowel`: a vowel after the first letter set as another (`Regen`);
* `translit`: one of y/i, ks/x, ph/f, kh/h, ou/u, j/y, w/v, -ov/-off, -sky/-ski,
  sch/sh, c/k, z/s, ei/ey, tch/ch, either way, at a place drawn at random;
* `accent`: an accented letter's accent lost, or an accent put on a vowel or an n of a
  name that has none (`Perez` -> `Pérez`).

A respelling that gives a form the story already has (in any case) is not used; one
that gives a common English word is kept and labelled, and counted apart from the
totals. Found: a WL101 finding that overlaps the respelled word. Stories are split in
two halves, tuning and held-out, by an MD5 of the story's file name salted with this
script's name (as words_eval.held_out splits, in halves here); tune on the first
(``--misses`` writes only its misses), report both.

    python benchmarks/names_seventh.py [--corpus ../shared/corpus] [--every 1] [--jobs 2]
                                       [--misses FILE]
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import tomllib

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.garble_eval import corpus_missing, write_misses  # noqa: E402
from benchmarks.names_fifth import Tally, corpus_jobs, generator_args, story_rows, wl101_hit  # noqa: E402
from wirelint.analysis.lexicon import frequency  # noqa: E402
from wirelint.config import Config  # noqa: E402

CONFIG = Config(select=("WL101",))
KINDS = ("drop-last", "drop-inner", "undouble", "double", "swap", "vowel", "translit", "accent")
CLASSES = ("person", "span")
POSITIONS = ("full", "other-given", "title", "alone", "one-word", "in-span")
#: A form this frequent in the English word list is a common word.
COMMON = 1000
_DAYS_MONTHS = frozenset(
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)
_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "du", "la", "von", "van"})
_CAP = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:[A-Z][a-z\u00df-\u00ff]+)?"
_CAP_RE = re.compile(rf"(?<![\w'’.-]){_CAP}(?![\w-])")
_PAIR_RE = re.compile(rf"(?<![\w'’.-])({_CAP}) ({_CAP})(?![\w-])")
_SPAN_RE = re.compile(
    rf"(?<![\w'’.-]){_CAP}(?:(?: (?:of|the|for|and|de|du|la|von|van))* {_CAP})*(?![\w-])"
)
_VOWELS = "aeiou"
_TRANSLIT = (
    ("y", "i"),
    ("ks", "x"),
    ("ph", "f"),
    ("kh", "h"),
    ("ou", "u"),
    ("j", "y"),
    ("w", "v"),
    ("ov", "off"),
    ("sky", "ski"),
    ("sch", "sh"),
    ("c", "k"),
    ("z", "s"),
    ("ei", "ey"),
    ("tch", "ch"),
)
_ACCENT = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "n": "ñ"}


@dataclass(frozen=True)
class Case:
    text: str
    span: tuple[int, int]
    cls: str
    name: str
    changed: str
    position: str
    word: bool
    common_name: bool


@cache
def _pack() -> dict[str, frozenset[str]]:
    given = tomllib.loads((REPO / "rules" / "given-names.toml").read_text(encoding="utf-8"))
    names = tomllib.loads((REPO / "rules" / "names.toml").read_text(encoding="utf-8"))
    return {
        "given": frozenset(
            g
            for g in given["given-names"]
            if g not in _DAYS_MONTHS and frequency(g.casefold()) < COMMON
        ),
        "titles": frozenset(names["name-titles"]),
        "any-given": frozenset(given["given-names"]),
    }


def _common(word: str) -> bool:
    return frequency(word.casefold()) >= COMMON


def _inside(text: str, s: int) -> bool:
    """Whether the word at ``s`` stands inside a sentence: after a lower-case word or a comma."""
    before = text[max(0, s - 40) : s].rstrip(" ")
    return bool(before) and (before[-1] == "," or before[-1].islower())


def _prev_word(text: str, s: int) -> str:
    m = re.search(r"([\w.]+) $", text[max(0, s - 40) : s])
    return m.group(1).rstrip(".") if m else ""


def people(text: str, body: int) -> dict[str, list[tuple[int, int, str]]]:
    """Surname -> its mentions outside the headline (start, end, position)."""
    pack = _pack()
    surnames: set[str] = set()
    for m in _PAIR_RE.finditer(text, body):
        given, surname = m.group(1), m.group(2)
        if given not in pack["given"] or surname in pack["titles"] or surname in _DAYS_MONTHS:
            continue
        # A pair inside a longer run of capitals (`Camp David Accords`, `George Washington
        # University`) may be no person: one clean use is needed.
        if re.match(r" [A-Z]", text[m.end() : m.end() + 2]):
            continue
        before = _prev_word(text, m.start())
        if before[:1].isupper() and before not in pack["titles"]:
            continue
        if len(surname) >= 4:
            surnames.add(surname)
    out: dict[str, list[tuple[int, int, str]]] = {}
    for surname in sorted(surnames):  # in one order whatever the hash seed
        if re.search(rf"(?<![\w-]){re.escape(surname.lower())}(?![\w-])", text):
            continue
        mentions = []
        for m in re.finditer(rf"(?<![\w'’.-]){re.escape(surname)}(?![\w-])", text[body:]):
            s, e = m.start() + body, m.end() + body
            prev = _prev_word(text, s)
            pos = (
                "full"
                if prev in pack["any-given"]
                else "title"
                if prev in pack["titles"]
                else "alone"
            )
            mentions.append((s, e, pos))
        # A mention after a given name that no other mention has, while others have one
        # of their own (`Cherie Blair` beside `Tony Blair`), may be another person's: a
        # respelling there may rightly be read as a second person (`Donald Regan` beside
        # `Ronald Reagan`), so it is reported as a position of its own.
        firsts = [_prev_word(text, s) for s, _e, _pos in mentions]
        firsts = [f if f in pack["any-given"] else "" for f in firsts]
        for i, (s, e, _pos) in enumerate(mentions):
            others = {f for j, f in enumerate(firsts) if j != i and f}
            if firsts[i] and others and firsts[i] not in others:
                mentions[i] = (s, e, "other-given")
        if len(mentions) >= 2:
            out[surname] = mentions
    return out


def spans(text: str, body: int, skip: set[str]) -> dict[str, list[tuple[int, int]]]:
    """Span -> its uses outside the headline, for runs of capitals written twice inside sentences."""
    pack = _pack()
    uses: dict[str, list[tuple[int, int]]] = defaultdict(list)
    inside: dict[str, int] = defaultdict(int)
    for m in _SPAN_RE.finditer(text, body):
        span = m.group()
        words = span.split()
        if words[0] in pack["given"] or words[0] in pack["titles"]:
            continue
        uses[span].append(m.span())
        inside[span] += _inside(text, m.start())
    out = {}
    for span, where in uses.items():
        words = [w for w in span.split() if w not in _CONNECTORS]
        if inside[span] < 2 or any(w in skip for w in words):
            continue
        if len(words) == 1 and (
            _common(span) or span in pack["titles"] or span in _DAYS_MONTHS or len(span) < 4
        ):
            continue
        if (
            re.search(rf"(?<![\w-]){re.escape(words[-1].lower())}(?![\w-])", text)
            and len(words) == 1
        ):
            continue
        out[span] = where
    return out


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def forms(kind: str, name: str) -> list[str]:
    """Every respelling of ``name`` of this kind, first letter kept."""
    n = len(name)
    low = name.lower()
    out: list[str] = []
    if kind == "drop-last":
        out.append(name[:-1])
    elif kind == "drop-inner":
        out += [name[:i] + name[i + 1 :] for i in range(1, n - 1) if name[i].islower()]
    elif kind == "undouble":
        out += [name[:i] + name[i + 1 :] for i in range(1, n) if low[i] == low[i - 1]]
    elif kind == "double":
        out += [
            name[: i + 1] + name[i:]
            for i in range(1, n - 1)
            if name[i] not in _VOWELS + "y"
            and name[i].islower()
            and low[i - 1] != low[i] != low[i + 1]
        ]
    elif kind == "swap":
        out += [
            name[:i] + name[i + 1] + name[i] + name[i + 2 :]
            for i in range(1, n - 1)
            if name[i] != name[i + 1] and name[i + 1].islower()
        ]
    elif kind == "vowel":
        out += [
            name[:i] + v + name[i + 1 :]
            for i in range(1, n)
            if name[i] in _VOWELS
            for v in _VOWELS
            if v != name[i]
        ]
    elif kind == "translit":
        for a, b in _TRANSLIT:
            for x, y in ((a, b), (b, a)):
                for m in re.finditer(re.escape(x), name[1:]):
                    i = m.start() + 1
                    out.append(name[:i] + y + name[i + len(x) :])
    elif kind == "accent":
        plain = _strip_accents(name)
        if plain != name:
            out.append(plain)
        else:
            out += [
                name[:i] + _ACCENT[c] + name[i + 1 :]
                for i, c in enumerate(name)
                if c in _ACCENT and i
            ]
    return [f for f in out if f != name and len(f) >= 3]


def _headline_end(text: str) -> int:
    end = text.find("\n")
    return len(text) if end < 0 else end + 1


def damage(text: str, cls: str, kind: str, rng: random.Random) -> Case | None:
    body = _headline_end(text)
    persons = people(text, body)
    existing = {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}
    # (name, word start in the mention, mention start, mention end, position)
    choices: list[tuple[str, str, int, int, str]] = []
    if cls == "person":
        for surname, mentions in persons.items():
            for s, e, pos in mentions:
                choices.append((surname, surname, s, e, pos))
    else:
        for span, where in spans(text, body, set(persons)).items():
            words = span.split()
            for s, _e in where:
                at = s
                for w in words:
                    if w not in _CONNECTORS and len(w) >= 4:
                        pos = "one-word" if len(words) == 1 else "in-span"
                        choices.append((span, w, at, at + len(w), pos))
                    at += len(w) + 1
    rng.shuffle(choices)
    # Names drawn evenly, then a mention of the name: a story's long name does not weigh more.
    by_name: dict[str, list[tuple[str, str, int, int, str]]] = defaultdict(list)
    for c in choices:
        by_name[c[0]].append(c)
    order = sorted(by_name)
    rng.shuffle(order)
    for name in order:
        cands = by_name[name]
        rng.shuffle(cands)
        for _name, word, s, e, pos in cands:
            new = [f for f in forms(kind, word) if f.casefold() not in existing]
            if not new:
                continue
            changed = rng.choice(new)
            return Case(
                text[:s] + changed + text[e:],
                (s, s + len(changed)),
                cls,
                word,
                changed,
                pos,
                _common(changed),
                _common(word),
            )
    return None


def held_out(rel: str) -> bool:
    return int(hashlib.md5(f"{Path(rel).name}:seventh".encode()).hexdigest(), 16) % 2 == 1


def _story(job: tuple[Path, str]) -> list[tuple[str, str, str, str, str, bool, bool, bool, str]]:
    path, rel = job
    split = "held-out" if held_out(rel) else "tuning"
    source = rel.split("/")[0]
    text = path.read_text(encoding="utf-8")
    rows = []
    for cls in CLASSES:
        for kind in KINDS:
            rng = random.Random(_seed(f"{rel}:{cls}:{kind}:seventh"))
            case = damage(text, cls, kind, rng)
            if case is None:
                continue
            hit, note = wl101_hit(case, rel, f"{cls}/{kind}")
            rows.append(
                (cls, kind, case.position, source, split, case.word, case.common_name, hit, note)
            )
    return rows


def _seed(key: str) -> int:
    return int(hashlib.md5(key.encode()).hexdigest()[:8], 16)


def main() -> int:
    args = generator_args(__doc__)
    if corpus_missing(args):
        return 0
    jobs = corpus_jobs(args.corpus, args.every)
    rows = story_rows(_story, jobs, args.jobs)
    tally = Tally()
    words: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    span_words: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed = []
    for cls, kind, pos, source, split, word, common_name, hit, note in rows:
        # A typo in a common word of an organisation's name (`International Tenis
        # Federation`) is a misspelling more than a name spelled two ways: apart.
        apart = words if word else span_words if cls == "span" and common_name else None
        if apart is not None:
            apart[split][0] += hit
            apart[split][1] += 1
            continue
        tally.add(
            split,
            hit,
            (
                ("class", cls),
                (f"{cls} kind", kind),
                ("position", pos),
                ("source", source),
                ("name", "common word" if common_name else "no word"),
            ),
        )
        if not hit and split == "tuning":
            missed.append(note)
    print(f"{len(jobs)} stories; found = a WL101 finding on the respelled word")
    print("respellings that make no common word; in spans, of words that are no common word")
    tally.print(
        {
            "class": CLASSES,
            "person kind": KINDS,
            "span kind": KINDS,
            "position": POSITIONS,
            "source": tuple(sorted({str(r[3]) for r in rows})),
            "name": ("no word", "common word"),
        },
        12,
    )
    for title, table in (
        ("respellings that make a common word", words),
        (
            "respelled common words inside a span (`Tenis` in `International Tennis Federation`)",
            span_words,
        ),
    ):
        print(f"\n{title} (apart)")
        for split in ("tuning", "held-out"):
            hits, n = table[split]
            print(f"{split:<12} {hits / max(1, n):6.1%} ({hits}/{n})")
    write_misses(args.misses, missed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
