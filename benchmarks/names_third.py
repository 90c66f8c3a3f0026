"""WL101 recall on one repeated name respelled by a kind drawn at random, names from spaCy.

The other name generators each make every kind in every story, and most choose the name
by its capitals, as WL101 does. This one follows a desk's day instead: one slip per
story, of one kind drawn at random, in one mention of a name the story repeats, the name
taken from the people, organisations and places spaCy's English pipeline tags (PERSON,
ORG, GPE), not from any reading of capitals:

* A name is a tagged entity of one word, a word of a longer entity, or (for the kinds
  that change how parts are joined) a whole entity of two words; of two letters or more,
  written the same way at least twice in the story, never in lower case, and no day,
  month or title of the names pack. Short names are kept (`Bush`, `Kim`, `BP`).
* The kind is drawn uniformly; when no name of the story fits it, another is drawn
  among the kinds left. The name is drawn among those that fit the kind, the mention
  among its uses on lines of body copy (not the first line; a line with lower-case
  letters).

Kinds:

* `vowel`: a vowel after the first letter set as another (`Blair` -> `Bleir`);
* `case`: the name in lower case, in capitals, its first two letters in capitals, or one
  inner letter set as a capital (`blair`, `BLAIR`, `BLair`, `BlAir`);
* `compound`: a one-word name of six letters or more cut in two by a space or a hyphen,
  the second part with or without its capital (`Gaz-prom`, `Gaz Prom`); two words
  joined, the second's capital kept or lost (`AlQaeda`, `Alqaeda`); a space for a hyphen
  or a hyphen for a space (`Kilroy Silk`);
* `drop-final`: the last letter dropped (`Gonzale`);
* `undouble`: a doubled letter set once (`Schmit`, `Campbel`);
* `translit`: one of ks/x, ph/f, y/i/j, ou/u, ck/k, either way, after the first letter
  (`Aleksandr` -> `Alexandr`, `Stephen` -> `Stefen`, `Yeltsin` -> `Jeltsin`).

A respelling that gives a form the story already has (in any case, for the kinds other
than `case`) is not used. One that gives a common English word (`Bush` -> `Bash`) is
kept and labelled: the tables give every case and, apart, those that make no word.

Found: a WL101 finding that overlaps the respelled mention. Rows by kind, by the name's
length in letters (4 or fewer, 5-7, 8 or more) and by source. Stories are split 50/50
into tuning and held-out by a CRC of the path salted with this script's name; tune on
the first (``--misses`` writes only its misses), report both. Without spaCy's English
pipeline (the `grammar` extra) it measures nothing.

    python benchmarks/names_third.py [--corpus ../shared/corpus] [--every 1] [--misses FILE]
"""

from __future__ import annotations

import calendar
import random
import re
import sys
import zlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from respell_eval import names_run_arguments  # noqa: E402

from wirelint.analysis.lexicon import frequency  # noqa: E402
from wirelint.analysis.names import TITLES  # noqa: E402
from wirelint.config import Config  # noqa: E402
from wirelint.engine import lint_text  # noqa: E402
from wirelint.grammar.parser import installed_model  # noqa: E402
from wirelint.packs import packs_for  # noqa: E402

CONFIG = Config(select=("WL101",))
LABELS = ("PERSON", "ORG", "GPE")
KINDS = ("vowel", "case", "compound", "drop-final", "undouble", "translit")
LENGTHS = ("<=4", "5-7", "8+")
#: A respelling this frequent in the English word list is a common word.
COMMON = 1000
_VOWELS = "aeiou"
_CALENDAR = frozenset(w.casefold() for w in (*calendar.month_name[1:], *calendar.day_name))
#: One word set with a capital, Mc/O' names and inner capitals included.
_NAME_WORD = r"[A-Z][\w'’]*"
#: Transliteration pairs, either way: (pattern in lower case, replacement).
_TRANSLIT: tuple[tuple[str, str], ...] = (
    ("ks", "x"),
    ("x", "ks"),
    ("ph", "f"),
    ("f", "ph"),
    ("y", "i"),
    ("i", "y"),
    ("j", "y"),
    ("y", "j"),
    ("ou", "u"),
    ("u", "ou"),
    ("ck", "k"),
    ("k", "ck"),
)


@dataclass
class Case:
    text: str
    span: tuple[int, int]
    kind: str
    name: str
    changed: str
    word: bool  # the changed form is a common English word


@lru_cache(maxsize=1)
def _tagger() -> Any:
    import spacy

    name = installed_model()
    assert name is not None
    return spacy.load(name, exclude=["parser", "lemmatizer"])


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(t.casefold() for t in packs_for(()).section(TITLES))


def _body_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of body copy: not the first line, with lower-case letters."""
    out = []
    at = 0
    for n, line in enumerate(text.split("\n")):
        if n and any(c.islower() for c in line):
            out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def tagged_names(text: str) -> dict[str, list[tuple[int, int]]]:
    """The tagged names of ``text`` by exact form (a word, or an entity of two words),
    each with every use of that form in the story, when it has two or more."""
    forms: set[str] = set()
    for ent in _tagger()(text).ents:
        if ent.label_ not in LABELS:
            continue
        words = re.findall(_NAME_WORD, ent.text)
        forms.update(words)
        two = re.fullmatch(rf"{_NAME_WORD}[ \-]{_NAME_WORD}", ent.text)
        if two:
            forms.add(ent.text)
    lower = {w.casefold() for w in re.findall(r"(?<![\w'’-])[a-z][a-z'’]*", text)}
    out: dict[str, list[tuple[int, int]]] = {}
    for form in sorted(forms):
        parts = [p.casefold() for p in re.split(r"[ \-]", form)]
        if any(
            p in lower or p in _CALENDAR or p in _titles() or len(re.sub(r"\W", "", p)) < 2
            for p in parts
        ):
            continue
        uses = [m.span() for m in re.finditer(rf"(?<![\w'’-]){re.escape(form)}(?![\w-])", text)]
        if len(uses) >= 2:
            out[form] = uses
    return out


def _one_word(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][^\W\d_]*", name))


def _vowel(name: str) -> list[str]:
    if not _one_word(name):
        return []
    return [
        name[:i] + v + name[i + 1 :]
        for i in range(1, len(name))
        if name[i] in _VOWELS
        for v in _VOWELS
        if v != name[i]
    ]


def _case(name: str) -> list[str]:
    if not _one_word(name) or not name[1:].islower():
        return []
    out = [name.lower()]
    if len(name) >= 3:
        out += [name.upper(), name[:2].upper() + name[2:]]
    out += [name[:i] + name[i].upper() + name[i + 1 :] for i in range(2, len(name))]
    return out


def _compound(name: str) -> list[str]:
    if _one_word(name):
        if len(name) < 6:
            return []
        return [
            name[:i] + joiner + (name[i].upper() if cap else name[i]) + name[i + 1 :]
            for i in range(3, len(name) - 2)
            for joiner in (" ", "-")
            for cap in (True, False)
        ]
    parts = re.split(r"([ \-])", name)
    if len(parts) != 3:
        return []
    first, joiner, second = parts
    other = "-" if joiner == " " else " "
    return [first + second, first + second[:1].lower() + second[1:], first + other + second]


def _drop_final(name: str) -> list[str]:
    return [name[:-1]] if _one_word(name) and len(name) >= 3 else []


def _undouble(name: str) -> list[str]:
    if not _one_word(name):
        return []
    low = name.lower()
    return [name[:i] + name[i + 1 :] for i in range(1, len(name)) if low[i] == low[i - 1]]


def _translit(name: str) -> list[str]:
    if not _one_word(name) or len(name.lower()) != len(name):
        return []
    low = name.lower()
    out = []
    for pattern, repl in _TRANSLIT:
        for m in re.finditer(pattern, low):
            if m.start() == 0:
                continue  # after the first letter only
            out.append(name[: m.start()] + repl + name[m.end() :])
    return out


RESPELL: dict[str, Callable[[str], list[str]]] = {
    "vowel": _vowel,
    "case": _case,
    "compound": _compound,
    "drop-final": _drop_final,
    "undouble": _undouble,
    "translit": _translit,
}


def _is_word(form: str) -> bool:
    return frequency(re.sub(r"[ \-]", "", form).lower()) >= COMMON


def damage(text: str, rng: random.Random) -> Case | None:
    """One body mention of one tagged name respelled by a kind drawn at random."""
    names = tagged_names(text)
    if not names:
        return None
    body = _body_lines(text)
    exact = set(re.findall(r"[\w'’]+", text))
    lowered = text.casefold()

    def new_form(form: str, kind: str) -> bool:
        if kind == "case":
            return form not in exact
        at = rf"(?<![\w'’-]){re.escape(form.casefold())}(?![\w-])"
        return re.search(at, lowered) is None

    kinds = list(KINDS)
    rng.shuffle(kinds)
    for kind in kinds:
        pool = []
        for name, uses in names.items():
            forms = [f for f in RESPELL[kind](name) if f != name and new_form(f, kind)]
            placed = [(s, e) for s, e in uses if any(lo <= s and e <= hi for lo, hi in body)]
            if forms and placed:
                pool.append((name, forms, placed))
        if not pool:
            continue
        name, forms, placed = rng.choice(pool)
        start, end = rng.choice(placed)
        new = rng.choice(forms)
        return Case(
            text[:start] + new + text[end:],
            (start, start + len(new)),
            kind,
            name,
            new,
            _is_word(new),
        )
    return None


def length_band(name: str) -> str:
    n = sum(c.isalpha() for c in name)
    return "<=4" if n <= 4 else "5-7" if n <= 7 else "8+"


def main() -> int:
    args = names_run_arguments(__doc__)
    if args is None:
        return 0
    if installed_model() is None:
        print("spaCy's English pipeline is not installed (the grammar extra); nothing to measure")
        return 0
    files = sorted(p for p in args.corpus.rglob("*.txt") if p.parent.name != "odd")
    files = files[:: args.every]
    # (row, word, split) -> [found, cases]
    tally: dict[tuple[str, bool, str], list[int]] = defaultdict(lambda: [0, 0])
    missed: list[str] = []
    for path in files:
        rel = path.relative_to(args.corpus).as_posix()
        split = "held-out" if zlib.crc32(f"{rel}-names-third".encode()) % 2 else "tuning"
        text = path.read_text(encoding="utf-8")
        case = damage(text, random.Random(zlib.crc32(f"{rel}:third".encode())))
        if case is None:
            continue
        s, e = case.span
        diags = lint_text(case.text, CONFIG, rel).diagnostics
        hit = any(d.span.start < e and s < d.span.end for d in diags)
        source = rel.split("/")[0]
        for row in (case.kind, f"length {length_band(case.name)}", f"source {source}", "all"):
            cell = tally[(row, case.word, split)]
            cell[0] += hit
            cell[1] += 1
        if not hit and split == "tuning":
            context = case.text[max(0, s - 80) : e + 80].replace("\n", " ")
            label = " (a word)" if case.word else ""
            missed.append(
                f"{case.kind} {rel}: {case.name} -> {case.changed}{label}\n    …{context}…"
            )

    def cell(row: str, split: str, words: tuple[bool, ...]) -> str:
        hits = sum(tally[(row, w, split)][0] for w in words)
        n = sum(tally[(row, w, split)][1] for w in words)
        return f"{hits / max(1, n):6.1%} ({hits}/{n})"

    sources = sorted({r[0] for r in tally if r[0].startswith("source ")})
    rows = [*KINDS, *(f"length {b}" for b in LENGTHS), *sources, "all"]
    print(f"{len(files)} stories; found = a WL101 finding on the respelled mention")
    for title, words in (("every case", (False, True)), ("no common word made", (False,))):
        print(f"\n{title}\n{'row':<22} {'tuning':<19} held-out")
        for row in rows:
            print(f"{row:<22} {cell(row, 'tuning', words):<19} {cell(row, 'held-out', words)}")
    if args.misses:
        args.misses.write_text("\n".join(missed) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
