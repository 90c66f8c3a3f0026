"""WL101 recall on respellings of any capitalised word a story repeats, not of wirelint's names.

names_eval and respell_eval choose the name to change with a name finder of their own,
close to WL101's (five letters or more, no sentence openings, no common words): a name
that finder leaves out is never damaged, and WL101's blind spots hide behind it. This
third generator chooses another way:

* a candidate is any capitalised run of letters the story repeats (counted case-folded,
  so `SMITH` in a line in capitals is a use of `Smith`): sentence openings, headlines,
  quotations, possessives (`Smith's`), the parts of hyphenated and multi-part names
  (`Kilroy-Silk`), single-word names of companies, places and teams, names of four
  letters, and words the word list also holds (`Bush`, `Brown`) included, as long as
  one use stands inside a sentence (capitalised there as a name, not as its opening:
  `However` is none). Left out only: words the story also writes in lower case (no names
  there), words of three letters or fewer, the titles of the names pack (`President`), days and months, and words more
  common than ``NAME_PART_FREQUENCY`` (`The`, `Government`);
* the name is chosen uniformly among the candidates, the mention uniformly among its uses;
* each kind of respelling is applied to it in turn, at any place in the word, its first
  letter included: adjacent letters swapped, a transliteration choice (-ov/-off,
  -sky/-ski, kh/h, y/i, ou/u, ei/ey, j/y, c/k, ph/f), a neighbouring key, a doubled
  consonant undone, the final letter dropped, diacritics dropped, and a headline set in
  capitals with the name respelled in it;
* two modes, reported apart: `twice`, a name used exactly twice (one use each way after
  the damage), and `more`, three times or more.

A respelling that makes a common English word or a spelling the story already has is
not used. Found: a WL101 finding on the respelled mention; a finding on the other
spelling whose note points there is counted apart (`aside`). Stories are split by
structure_eval.held_out on the path salted with this script's name (a fifth, a split of
its own); only the tuning split's misses are written (`--misses`).

    python benchmarks/capitals_eval.py [--corpus ../shared/corpus] [--every 1] [--misses FILE]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from respell_eval import _NEIGHBOURS  # noqa: E402
from structure_eval import corpus_files, held_out  # noqa: E402

from wirelint.analysis.lexicon import frequency  # noqa: E402
from wirelint.analysis.mentions import NAME_PART_FREQUENCY  # noqa: E402
from wirelint.analysis.names import TITLES  # noqa: E402
from wirelint.config import Config  # noqa: E402
from wirelint.engine import lint_text  # noqa: E402
from wirelint.packs import packs_for  # noqa: E402

CONFIG = Config(select=("WL101",))
#: A respelling at least this frequent is an ordinary word: no slip WL101 is about.
COMMON = 1000
MIN_LETTERS = 4
MODES = ("twice", "more")
# A generator: (story text, mode, excluded words, random stream) -> its damaged cases.
DamageFn = Callable[[str, str, frozenset[str], random.Random], list[Any]]
_CALENDAR = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
_WORD_RE = re.compile(r"[^\W\d_]+")
#: What stands before a word capitalised inside a sentence (a name), not at its opening.
_INSIDE_RE = re.compile(r"[\w,;:(’'-] ?\Z")

# -- the respellings (any place, the first letter too; the initial capital kept) --------

#: (pattern, replacement): the transliteration choices of the kinds measured.
_TRANSLIT: tuple[tuple[str, str], ...] = (
    (r"ov$", "off"),
    (r"off$", "ov"),
    (r"sky$", "ski"),
    (r"ski$", "sky"),
    (r"kh", "h"),
    (r"(?<![cstkgpz])h", "kh"),
    (r"y", "i"),
    (r"i", "y"),
    (r"ou", "u"),
    (r"(?<!o)u", "ou"),
    (r"ei", "ey"),
    (r"ey", "ei"),
    (r"j", "y"),
    (r"y", "j"),
    (r"c(?!h)", "k"),
    (r"k", "c"),
    (r"ph", "f"),
    (r"f", "ph"),
)
_DOUBLE_CONSONANT_RE = re.compile(r"([b-df-hj-np-tv-z])\1", re.IGNORECASE)


def _recase(model: str, new: str) -> str:
    """``new`` in the case pattern of ``model``: all capitals, or a capital first."""
    if model.isupper():
        return new.upper()
    return new[:1].upper() + new[1:].lower() if model[1:].islower() else new[:1].upper() + new[1:]


def _swap(name: str, rng: random.Random) -> str | None:
    low = name.lower()
    places = [i for i in range(len(low) - 1) if low[i] != low[i + 1]]
    if not places:
        return None
    i = rng.choice(places)
    return _recase(name, low[:i] + low[i + 1] + low[i] + low[i + 2 :])


def _translit(name: str, rng: random.Random) -> str | None:
    low = name.lower()
    options = [
        (m.start(), m.end(), repl) for pattern, repl in _TRANSLIT for m in re.finditer(pattern, low)
    ]
    if not options:
        return None
    s, e, repl = rng.choice(options)
    return _recase(name, low[:s] + repl + low[e:])


def _keyboard(name: str, rng: random.Random) -> str | None:
    low = name.lower()
    places = [i for i in range(len(low)) if low[i] in _NEIGHBOURS]
    if not places:
        return None
    i = rng.choice(places)
    return _recase(name, low[:i] + rng.choice(_NEIGHBOURS[low[i]]) + low[i + 1 :])


def _undouble(name: str, rng: random.Random) -> str | None:
    places = [m.start() for m in _DOUBLE_CONSONANT_RE.finditer(name)]
    if not places:
        return None
    i = rng.choice(places)
    return name[:i] + name[i + 1 :]


def _drop_final(name: str, rng: random.Random) -> str | None:
    return name[:-1]


def _accent_drop(name: str, rng: random.Random) -> str | None:
    if name.isascii():
        return None
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return bare if bare != name and len(bare) == len(name) else None


#: The kinds of respelling of a mention in running text.
KINDS: dict[str, Callable[[str, random.Random], str | None]] = {
    "swap": _swap,
    "transliteration": _translit,
    "keyboard": _keyboard,
    "undouble": _undouble,
    "drop-final": _drop_final,
    "accent-drop": _accent_drop,
}
CAPS = "caps-headline"


# -- the damage ------------------------------------------------------------------------


@dataclass
class Case:
    text: str
    span: tuple[int, int]
    kind: str
    name: str
    respelled: str
    known: bool  # the word list holds the name (`Bush`, `Brown`)


def candidates(text: str, excluded: frozenset[str]) -> dict[str, list[tuple[int, int]]]:
    """Each repeated capitalised word's uses, (start, end), by its case-folded form."""
    lower: set[str] = set()
    inside: set[str] = set()
    uses: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _WORD_RE.finditer(text):
        word = m.group()
        if word[:1].isupper():
            key = word.casefold()
            uses[key].append(m.span())
            if _INSIDE_RE.search(text, max(0, m.start() - 3), m.start()):
                inside.add(key)
        else:
            lower.add(word.casefold())
    return {
        key: places
        for key, places in uses.items()
        if len(places) >= 2
        and key in inside
        and len(key) >= MIN_LETTERS
        and key not in lower
        and key not in excluded
        and key not in _CALENDAR
        and frequency(key) < NAME_PART_FREQUENCY
    }


def damage(text: str, mode: str, excluded: frozenset[str], rng: random.Random) -> list[Case]:
    """Every kind of respelling of one use of one candidate name, for ``mode``."""
    names = candidates(text, excluded)
    pool = sorted(k for k, p in names.items() if (len(p) == 2) == (mode == "twice"))
    if not pool:
        return []
    key = rng.choice(pool)
    places = names[key]
    spellings = {w.casefold() for w in _WORD_RE.findall(text)}
    known = frequency(key) >= COMMON
    head_end = text.find("\n")
    head_end = len(text) if head_end < 0 else head_end
    cases: list[Case] = []
    body = [p for p in places if p[0] > head_end and not text[p[0] : p[1]].isupper()]
    start, end = rng.choice(body or places)
    name = text[start:end]
    for kind, make in KINDS.items():
        new = make(name, rng)
        if new is None or new.casefold() in spellings or frequency(new) >= COMMON:
            continue
        damaged = text[:start] + new + text[end:]
        cases.append(Case(damaged, (start, start + len(new)), kind, name, new, known))
    heads = [p for p in places if p[1] <= head_end]
    if heads and len(heads) < len(places):
        # The whole headline in capitals, the name respelled in it.
        hs, he = heads[0]
        make = KINDS[rng.choice(["swap", "transliteration", "keyboard", "undouble", "drop-final"])]
        new = make(text[hs:he], rng)
        if new is not None and new.casefold() not in spellings and frequency(new) < COMMON:
            headline = (text[:hs] + new + text[he:head_end]).upper()
            if len(headline) == head_end + len(new) - (he - hs):
                damaged = headline + text[head_end:]
                cases.append(
                    Case(damaged, (hs, hs + len(new)), CAPS, text[hs:he], new.upper(), known)
                )
    return cases


# -- the run -----------------------------------------------------------------------------


def run(
    salt: str, damage: DamageFn, labels_of: Callable[[Any], tuple[str, ...]], width: int
) -> int:
    """Damage every story, lint each case and print recall per label, tuning and held-out.

    `salt` names the generator (its held-out split and its random streams); `labels_of` gives
    a case's own rows besides "all", the mode, the kind and the subcorpus. repeats_eval runs here too.
    """
    ap = argparse.ArgumentParser(
        description=sys.modules["__main__"].__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--every", type=int, default=1, help="use every Nth story")
    ap.add_argument("--misses", type=Path, help="write each tuning case not found here")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    excluded = frozenset(w.casefold() for w in packs_for(()).section(TITLES))
    files = corpus_files(args.corpus, args.every)
    # (row label, split) -> [found, aside, cases]
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    missed: list[str] = []
    for path in files:
        rel = path.relative_to(args.corpus).as_posix()
        split = "held-out" if held_out(f"{rel}#{salt}") else "tuning"
        text = path.read_text(encoding="utf-8")
        for mode in MODES:
            rng = random.Random(zlib.crc32(f"{rel}:{mode}:{salt}".encode()))
            for case in damage(text, mode, excluded, rng):
                s, e = case.span
                diags = lint_text(case.text, CONFIG, rel).diagnostics
                found = any(d.span.start <= s < d.span.end for d in diags)
                aside = not found and any(
                    n.span.start <= s < n.span.end for d in diags for n in d.notes
                )
                source = rel.split("/", 1)[0]
                own = labels_of(case)
                for label in ("all", mode, case.kind, source, *own):
                    row = tally[(label, split)]
                    row[0] += found
                    row[1] += aside
                    row[2] += 1
                if not found and split == "tuning":
                    a = max(0, s - 80)
                    context = case.text[a : e + 80].replace("\n", " ")
                    note = " (reported on the other spelling)" if aside else ""
                    missed.append(
                        f"{mode} {case.kind} [{', '.join(own)}] {rel}: "
                        f"{case.name} -> {case.respelled}{note}\n    …{context}…"
                    )
    print(f"{len(files)} stories; found = a WL101 finding on the respelled mention")
    print(f"{'':<{width}} {'tuning':<26} held-out      (aside: on the other spelling)")
    labels = sorted({label for label, _ in tally}, key=lambda x: (x != "all", x))
    for label in labels:
        cells = []
        for split in ("tuning", "held-out"):
            hits, on_other, n = tally[(label, split)]
            cells.append(f"{hits / max(1, n):6.1%} ({hits}/{n}, {on_other})")
        print(f"{label:<{width}} {cells[0]:<26} {cells[1]}")
    if args.misses:
        args.misses.write_text("\n".join(missed) + "\n", encoding="utf-8")
    return 0


def _own_labels(case: Case) -> tuple[str, ...]:
    length = "4-5 letters" if len(case.name) <= 5 else "6+ letters"
    return (length, "word-list name" if case.known else "no word")


def main() -> int:
    return run("capitals", damage, _own_labels, 20)


if __name__ == "__main__":
    raise SystemExit(main())
