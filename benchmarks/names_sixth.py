"""WL101 recall on names respelled by case and by joining, names drawn by what the story says.

The fifth generator draws a mention evenly among all mentions of capitalised words the
story repeats, and leaves out a name that is also a common English word unless it stands
after a title or another capitalised word; names_case_compound leaves out every name any
of whose words the story writes in lower case and reports common-word results apart.
Desks slip most often on exactly those: `Gordon brown told MPs`, `Ms rice said`,
`Saint Etienne` beside `Saint-Etienne`. This generator finds names the way a reader does
and weights the common-word ones up:

* A *surname* is a capitalised word the story writes right after a given name (another
  capitalised word inside a sentence: `Gordon Brown`) or a title (`Ms Rice`) at least
  once, and at least twice in all outside the headline (one that is a common English
  word also at least once alone inside a sentence: `Brown said`, not only `Film
  Council`); a one-word *name* is any other
  capitalised word of four letters or more the story writes at least three times, at
  least once inside a sentence, and that is no common English word. Neither is ever
  written in lower case in the story (then the lower-case form is the word, not a slip).
* A *two-part name* is two words joined by a space or a hyphen that the story writes
  the same way at least twice, the second capitalised and the first capitalised or one
  of the particles below (`Saint-Etienne`, `Le Pen`, `bin Laden`, `al-Qaeda`,
  `Aston Villa`).

One name per story and kind, drawn with names that are common English words (`Brown`,
`Rice`, `Young`, `May`) weighted four times, then one of its mentions outside the
headline, evenly. The kinds:

* `lower`: the name, or its first letter, in lower case (`brown`, `mcCain`), never
  after an article or a possessive (`the bank said` reads as the common word);
* `inner-lost`: an inner capital lost (`Mcdonald`, `Desantis`, `Youtube`);
* `inner-added`: a capital put inside a one-word name at a syllable boundary
  (`WalMart`, `RosenBerg`);
* `shift`: the shift held on the second letter (`BRown`);
* `caps`: the name in capitals on a line of mixed case (`BROWN said`);
* `joined`: the space or hyphen of a two-part name taken out, the second capital kept
  or lost (`LePen`, `Saintetienne`, `binLaden`);
* `split`: a one-word name of six letters or more cut at a syllable boundary by a space
  or a hyphen, the second part with or without a capital (`Rosen berg`, `Wal-Mart`);
* `hyphen-space`: a two-part name's hyphen set as a space or its space as a hyphen
  (`Saint Etienne`, `Aston-Villa`, `al Qaeda`);
* `particle-case`: a particle's capital dropped or added inside a sentence (`de Gea` for
  `De Gea`, `Bin Laden` for `bin Laden`). The story's own form, written twice, is its
  house style, so the odd one out is a slip; a particle at a sentence's start takes a
  capital in any style, so no mention there is changed.

A changed form the story already writes is not used (for `lower` and the case kinds,
exactly; for the joining kinds, in any case).

Found: a WL101 finding that overlaps the changed mention. The tables give recall per
kind, per position of the mention (`title` right after a title, `given` right after a
given name, `start` of a sentence, `possessive` before `'s`, `speaker` in a speaker's
slot: `NAME said`, `said NAME`, `NAME told`; `other`), per source, and for names that are
common English words apart. Stories are split 50/50 into tuning and held-out by a CRC of
the path salted with this script's name; tune on the first (``--misses`` writes only its
misses), report both.

    python benchmarks/names_sixth.py [--corpus ../shared/corpus] [--every 1] [--jobs 2]
                                     [--misses FILE]
"""

from __future__ import annotations

import random
import re
import sys
import zlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from garble_eval import corpus_missing, write_misses  # noqa: E402
from names_fifth import (  # noqa: E402
    _NOT_NAMES,
    _TITLES,
    Tally,
    _caps_line,
    _headline_end,
    corpus_jobs,
    generator_args,
    story_rows,
    wl101_hit,
)

from wirelint.analysis.lexicon import frequency  # noqa: E402
from wirelint.config import Config  # noqa: E402

CONFIG = Config(select=("WL101",))
KINDS = (
    "lower",
    "inner-lost",
    "inner-added",
    "shift",
    "caps",
    "joined",
    "split",
    "hyphen-space",
    "particle-case",
)
TWO_PART_KINDS = frozenset({"joined", "hyphen-space", "particle-case"})
POSITIONS = ("title", "given", "start", "possessive", "speaker", "other")
#: A word this frequent in the English word list is a common word.
COMMON = 1000
#: How much more often a name that is also a common word is drawn.
WORD_WEIGHT = 4
#: Particles and title-like words that open a two-part name (this generator's own list).
PARTICLES = frozenset(
    [
        *("al", "el", "bin", "ibn", "abu", "de", "del", "della", "di", "da", "du", "dos"),
        *("le", "la", "van", "von", "der", "den", "ter", "saint", "st", "san", "santa"),
    ]
)
_SPEAKER_VERBS = "said|says|told|added|asked|replied|insisted|warned|argued|stated"
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CAP = r"[A-Z][a-z]*(?:[A-Z][a-z]+)*[a-z]"
_TWO_RE = re.compile(rf"(?<![\w'’.-])([A-Za-z][a-z]*|{_CAP})([ \-])({_CAP})(?![\w-])")
_VOWELS = "aeiouy"
_ARTICLE_RE = re.compile(r"\b(?:the|a|an|its|this|that|his|her|their) $", re.IGNORECASE)


@dataclass
class Case:
    text: str
    span: tuple[int, int]
    kind: str
    name: str
    changed: str
    position: str
    word: bool  # the name is a common English word


def _inside(text: str, s: int) -> bool:
    """The word at ``s`` follows a word and a space or comma (not a sentence's start)."""
    return bool(re.search(r"[\w'’][,;]? $", text[max(0, s - 3) : s]))


def _prev_word(text: str, s: int) -> str:
    m = re.search(r"([^\W\d_]+)\.? $", text[max(0, s - 40) : s])
    return m.group(1) if m else ""


def one_word_names(text: str) -> dict[str, list[tuple[int, int]]]:
    """Surnames and one-word names (see the module doc) with their mentions."""
    head = _headline_end(text)
    lower = {m.group().casefold() for m in _WORD_RE.finditer(text) if m.group()[0].islower()}
    uses: dict[str, list[tuple[int, int]]] = defaultdict(list)
    anchored: set[str] = set()
    inside: set[str] = set()
    alone: set[str] = set()
    for m in re.finditer(r"(?<![\w'’-])[A-Z][\w]*[a-z](?![\w-])", text[head:]):
        s, e = m.start() + head, m.end() + head
        w = text[s:e]
        if not w.isalpha() or _caps_line(text, s):
            continue
        uses[w].append((s, e))
        if not _inside(text, s):
            continue
        inside.add(w)
        prev = _prev_word(text, s)
        if not prev[:1].isupper() and not re.match(r"[ -][A-Z]", text[e : e + 2]):
            alone.add(w)
        if prev.casefold() in _TITLES or (
            prev[:1].isupper()
            and prev.casefold() not in _NOT_NAMES
            and re.search(r"[A-Za-z] $", text[max(0, s - 2) : s])
            and _inside(text, s - len(prev) - 1)
            and not re.match(r" [A-Z]", text[e : e + 2])
        ):
            anchored.add(w)
    out = {}
    for w, spans in uses.items():
        key = w.casefold()
        if key in lower or key in _NOT_NAMES or key in _TITLES or len(w) < 3:
            continue
        if frequency(key) >= COMMON and w not in alone:
            continue  # `Film Council`, `Manchester United`: a common word only inside a name
        surname = w in anchored and len(spans) >= 2
        one_word = w in inside and len(spans) >= 3 and len(w) >= 4 and frequency(key) < COMMON
        if surname or one_word:
            out[w] = spans
    return out


def two_part_names(text: str) -> dict[str, list[tuple[int, int]]]:
    """Two-part names the story writes the same way at least twice, with their mentions."""
    head = _headline_end(text)
    uses: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _TWO_RE.finditer(text, head):
        first = m.group(1)
        if first[0].islower() and first not in PARTICLES:
            continue
        if first.casefold() in _NOT_NAMES or first.casefold() in _TITLES - PARTICLES:
            continue
        if m.group(3).casefold() in _NOT_NAMES or _caps_line(text, m.start()):
            continue
        uses[m.group()].append(m.span())
    # Written inside a sentence at least once: `At Chelsea` twice at sentences' starts is
    # no name.
    return {n: s for n, s in uses.items() if len(s) >= 2 and any(_inside(text, a) for a, _b in s)}


def position(text: str, s: int, e: int) -> str:
    prev = _prev_word(text, s)
    if prev.casefold() in _TITLES and _inside(text, s):
        return "title"
    if prev[:1].isupper() and _inside(text, s) and text[s - 1] == " ":
        return "given"
    if not _inside(text, s):
        return "start"
    if re.match(r"['’]s?\b", text[e : e + 2]):
        return "possessive"
    if re.match(rf" (?:{_SPEAKER_VERBS})\b", text[e : e + 12]) or re.search(
        rf"\b(?:{_SPEAKER_VERBS}) $", text[max(0, s - 12) : s]
    ):
        return "speaker"
    return "other"


def _syllable_cuts(word: str) -> list[int]:
    """Cuts between syllables: between two different consonants after a vowel
    (`Rosen|berg`, `Wal|mart`), or before a consonant between vowels (`Ma|rino`); at
    least three letters on each side."""
    low = word.lower()
    cuts = []
    for i in range(3, len(low) - 2):
        a, b = low[i - 1], low[i]
        if (a not in _VOWELS and b not in _VOWELS and a != b and low[i - 2] in _VOWELS) or (
            a in _VOWELS and b not in _VOWELS and low[i + 1] in _VOWELS
        ):
            cuts.append(i)
    return cuts


def forms(kind: str, name: str) -> list[str]:
    """The changed forms of ``name`` for ``kind`` (empty: the kind does not fit it)."""
    if kind in TWO_PART_KINDS:
        parts = re.split(r"([ \-])", name)
        if len(parts) != 3:
            return []
        a, j, b = parts
        if kind == "joined":
            return [a + b, a + b[0].lower() + b[1:]]
        if kind == "hyphen-space":
            return [a + ("-" if j == " " else " ") + b]
        if a.casefold() not in PARTICLES:
            return []
        return [(a[0].lower() if a[0].isupper() else a[0].upper()) + a[1:] + j + b]
    if " " in name or "-" in name:
        return []
    inner = [i for i in range(1, len(name)) if name[i].isupper()]
    if kind == "lower":
        return list(dict.fromkeys([name.lower(), name[0].lower() + name[1:]]))
    if kind == "inner-lost":
        return [name[:i] + name[i].lower() + name[i + 1 :] for i in inner]
    if kind == "inner-added":
        if inner:
            return []
        return [name[:i] + name[i].upper() + name[i + 1 :] for i in _syllable_cuts(name)]
    if kind == "shift":
        return [name[:2].upper() + name[2:]] if name[1].islower() else []
    if kind == "caps":
        return [name.upper()]
    if kind == "split":
        if inner or len(name) < 6:
            return []
        return [
            name[:i] + joiner + (name[i].upper() if cap else name[i]) + name[i + 1 :]
            for i in _syllable_cuts(name)
            for joiner in (" ", "-")
            for cap in (True, False)
        ]
    raise ValueError(kind)


def damage(text: str, kind: str, rng: random.Random) -> Case | None:
    """One mention of one name (common-word names weighted up), changed by ``kind``."""
    found = two_part_names(text) if kind in TWO_PART_KINDS else one_word_names(text)
    spellings = set(re.findall(r"[\w'’]+", text)) | set(re.findall(r"[\w'’]+[ -][\w'’]+", text))
    folded = {w.casefold() for w in spellings}
    pool: list[tuple[str, list[str], list[tuple[int, int]]]] = []
    weights: list[int] = []
    for name, spans in sorted(found.items()):
        options = [f for f in forms(kind, name) if f != name and f not in spellings]
        if kind in ("joined", "hyphen-space", "split"):
            options = [f for f in options if f.casefold() not in folded]
        if kind == "particle-case":
            spans = [(s, e) for s, e in spans if _inside(text, s)]
        if kind == "lower":
            # After an article a lower-case word reads as the common word (`the bank said`).
            spans = [(s, e) for s, e in spans if not _ARTICLE_RE.search(text[max(0, s - 6) : s])]
        if not options or not spans:
            continue
        pool.append((name, options, spans))
        weights.append(WORD_WEIGHT if frequency(name.casefold()) >= COMMON else 1)
    if not pool:
        return None
    name, options, spans = rng.choices(pool, weights)[0]
    s, e = rng.choice(spans)
    new = rng.choice(options)
    return Case(
        text[:s] + new + text[e:],
        (s, s + len(new)),
        kind,
        name,
        new,
        position(text, s, e),
        frequency(name.casefold()) >= COMMON,
    )


def _story(job: tuple[Path, str]) -> list[tuple[str, str, str, str, bool, bool, str]]:
    path, rel = job
    split = "held-out" if zlib.crc32(f"{rel}-sixth".encode()) % 2 else "tuning"
    source = rel.split("/")[0]
    text = path.read_text(encoding="utf-8")
    rows = []
    for kind in KINDS:
        rng = random.Random(zlib.crc32(f"{rel}:{kind}:sixth".encode()))
        case = damage(text, kind, rng)
        if case is None:
            continue
        hit, note = wl101_hit(case, rel, kind)
        rows.append((kind, case.position, source, split, case.word, hit, note))
    return rows


def main() -> int:
    args = generator_args(__doc__)
    if corpus_missing(args):
        return 0
    jobs = corpus_jobs(args.corpus, args.every)
    rows = story_rows(_story, jobs, args.jobs)
    tally = Tally()
    missed = []
    for kind, pos, source, split, word, hit, note in rows:
        axes = (
            ("kind", kind),
            ("position", pos),
            ("source", source),
            ("name", "common word" if word else "no word"),
        )
        tally.add(split, hit, axes)
        if not hit and split == "tuning":
            missed.append(note)
    print(f"{len(jobs)} stories; found = a WL101 finding on the changed mention")
    tally.print(
        {
            "kind": KINDS,
            "position": POSITIONS,
            "source": tuple(sorted({str(r[2]) for r in rows})),
            "name": ("no word", "common word"),
        },
        14,
    )
    write_misses(args.misses, missed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
