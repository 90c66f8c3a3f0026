"""WL101 recall on respellings met the way a careless editor meets them: any mention.

The other names generators choose a name first (by its capitals, by spaCy's tags, by a
run of capitalised words) and then one of its mentions, most of them only in body
prose. A slip lands on a mention, not on a name: on a first name, a surname alone or
after a title, a place, a club or company, a short name, a name in a list or a table,
at a sentence's start, inside quotes, before a possessive `'s`, or in a line set in
capitals. This generator draws the *mention* first, evenly among all mentions (outside
the headline, the first line) of every name the story writes at least twice:

* A name is a word of three letters or more with a capital first and a lower-case
  letter somewhere, that the story never writes in lower case, that stands at least
  once inside a sentence (after a lower-case word, a comma or a capitalised word), and
  is no day, month, title of the names pack, company suffix (`Ltd`) or initialism
  (`MPs`, `BoE`). A word that is common in English (`Bank`, `Brown`) is a name only when
  a title, or another capitalised word with no capitalised word after, stands right
  before it at least once (`Mr Brown`, `Gordon Brown said`, not `Revlon Group Inc`). Its mentions are its
  uses in that form, with or without a possessive after them, and in capitals on a
  line set in capitals. For `compound`, two such words joined by a space or a hyphen
  (`Al Noor`, `Henin-Hardenne`) written that way twice count as one name too.
* Every kind is made once per story where it fits, so each kind weighs the same:

  - `case`: an inner capital lost (`McCormack` -> `Mccormack`), the shift held on the
    second letter (`BLair`) or the first letter in lower case (`blair`);
  - `compound`: a space or a hyphen put in a word of six letters or more, the second
    part with or without a capital (`Micro soft`, `Micro-Soft`), or the space or hyphen
    between two parts taken out or swapped (`AlNoor`, `Henin Hardenne`);
  - `vowel`: a vowel after the first letter set as another (`Bleir`);
  - `keyboard`: a letter after the first set as a neighbour on a QWERTY keyboard;
  - `translit`: one of y/i, k/c, ph/f, -ov/-off, sch/sh, w/v, j/y, kh/h, ck/k, either
    way, anywhere in the name;
  - `double`: a doubled letter set once, or a letter after the first doubled;
  - `drop`: a letter after the first dropped (the last one too: `Gonzale`);
  - `transpose`: two neighbouring letters after the first swapped.

A respelling that gives a form the story already has is not used (in any case, except
for `case`). One that gives a common English word is kept and labelled, and reported
apart from the totals (`word`).

Found: a WL101 finding that overlaps the respelled mention. The tables give recall per
kind, per name length (4 letters or fewer, 5-6, 7 or more), per position of the mention
(`start` of a sentence, `title` right after a title, `possessive`, `list` between
commas, `quote` inside quotation marks, `caps` on a line in capitals, `in-name` beside
another capitalised word, `alone` otherwise), per source. Stories are split 50/50 into
tuning and held-out by a CRC of the path salted with this script's name; tune on the
first (``--misses`` writes only its misses), report both.

    python benchmarks/names_fifth.py [--corpus ../shared/corpus] [--every 1] [--jobs 2]
                                     [--misses FILE]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomllib

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from wirelint.analysis.lexicon import frequency  # noqa: E402
from wirelint.config import Config  # noqa: E402
from wirelint.engine import lint_text  # noqa: E402

CONFIG = Config(select=("WL101",))
#: A damaged case as a story reports it: its kind, where it stands, its split, found or not.
_Row = tuple[Any, ...]
KINDS = ("case", "compound", "vowel", "keyboard", "translit", "double", "drop", "transpose")
#: A form this frequent in the English word list is a common word.
COMMON = 1000
_TITLES = frozenset(
    t.casefold()
    for t in tomllib.loads((REPO / "rules" / "names.toml").read_text(encoding="utf-8"))[
        "name-titles"
    ]
)
_NOT_NAMES = frozenset(
    [
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "the", "a", "an", "i"),
        # Company suffixes stand after a name, but are none.
        *("ltd", "corp", "inc", "co", "plc", "llc", "bhd"),
    ]
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_PAIR_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)([ \-])([A-Z][a-z]+)(?![\w'’-])")
_VOWELS = "aeiou"
_TRANSLIT = (
    ("y", "i"),
    ("k", "c"),
    ("ph", "f"),
    ("ov", "off"),
    ("sch", "sh"),
    ("w", "v"),
    ("j", "y"),
    ("kh", "h"),
    ("ck", "k"),
)
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours() -> dict[str, str]:
    out: dict[str, str] = {}
    for r, row in enumerate(_ROWS):
        for i, ch in enumerate(row):
            near = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            for other in (r - 1, r + 1):
                if 0 <= other < len(_ROWS):
                    near += [_ROWS[other][j] for j in (i - 1, i) if 0 <= j < len(_ROWS[other])]
            out[ch] = "".join(near)
    return out


_NEAR = _neighbours()


@dataclass
class Case:
    text: str
    span: tuple[int, int]
    kind: str
    name: str
    changed: str
    position: str
    word: bool


def _headline_end(text: str) -> int:
    end = text.find("\n")
    return len(text) if end < 0 else end


def _caps_line(text: str, at: int) -> bool:
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    line = text[lo : hi if hi >= 0 else len(text)]
    return not any(c.islower() for c in line)


def _names(text: str) -> dict[str, list[tuple[int, int]]]:
    """Names the story writes at least twice (outside the headline), with their mentions."""
    head = _headline_end(text)
    lower = {m.group() for m in _WORD_RE.finditer(text) if m.group().islower()}
    uses: dict[str, list[tuple[int, int]]] = defaultdict(list)
    upper: dict[str, list[tuple[int, int]]] = defaultdict(list)
    inside: set[str] = set()
    after_name: set[str] = set()
    for m in _WORD_RE.finditer(text, head):
        w = m.group()
        if len(w) < 3 or not w[0].isupper():
            continue
        if w.isupper():
            if _caps_line(text, m.start()):
                upper[w].append(m.span())
            continue
        if sum(c.islower() for c in w) < 2 or w[-1].isupper() or re.search(r"[A-Z]{2}", w):
            continue  # initialisms (`MPs`, `BoE`, `MHz`) are no names to respell
        uses[w].append(m.span())
        before = text[max(0, m.start() - 40) : m.start()]
        prev = re.search(r"([^\W\d_]+)([ ,]*)$", before)
        if prev and prev.group(2):
            # Only spaces or a comma after a word: not a sentence's first word.
            inside.add(w)
            after = text[m.end() : m.end() + 2]
            if prev.group(1).casefold() in _TITLES or (
                prev.group(1)[0].isupper() and prev.group(2) == " " and not after[1:].isupper()
            ):
                after_name.add(w)
    out = {}
    for w, spans in uses.items():
        key = w.casefold()
        if key in lower or key in _NOT_NAMES or key in _TITLES or w not in inside:
            continue
        if frequency(key) >= 20 * COMMON and w not in after_name:
            continue
        spans = spans + upper.get(w.upper(), [])
        if len(spans) >= 2:
            out[w] = sorted(spans)
    for m in _PAIR_RE.finditer(text, head):
        a, _joiner, b = m.groups()
        if a in out and b in out:
            out.setdefault(m.group(), []).append(m.span())
    return {w: s for w, s in out.items() if len(s) >= 2}


def _position(text: str, s: int, e: int) -> str:
    if _caps_line(text, s):
        return "caps"
    if re.match(r"['’]s?\b", text[e : e + 2]):
        return "possessive"
    before = text[max(0, s - 60) : s]
    prev = re.search(r"([^\W\d_]+)\.? $", before)
    if prev and prev.group(1).casefold() in _TITLES:
        return "title"
    if re.search(r"(^|\n|[.!?][\"'”’]?\s+|[\"“‘]\s*)$", before) or not before:
        return "start"
    sent = re.split(r"[.!?]\s", text[max(0, s - 200) : e + 200])
    if re.search(r",\s*$", before) and (text[e : e + 1] == "," or re.match(r"\s+and\b", text[e:])):
        return "list"
    if any(piece.count(",") >= 3 and text[s:e] in piece for piece in sent) and (
        re.search(r",\s*$", before) or text[e : e + 1] == ","
    ):
        return "list"
    lo = text.rfind("\n", 0, s) + 1
    if (text.count("“", lo, s) > text.count("”", lo, s)) or text.count('"', lo, s) % 2:
        return "quote"
    if re.search(r"[A-Z][\w'’]*[ -]$", before) or re.match(r"[ -][A-Z]", text[e : e + 2]):
        return "in-name"
    return "alone"


def _length_band(name: str) -> str:
    n = sum(c.isalpha() for c in name)
    return "<=4" if n <= 4 else "5-6" if n <= 6 else "7+"


def _forms(kind: str, name: str) -> list[str]:
    """Respellings of ``name`` (written as in mixed-case copy) for ``kind``."""
    one = " " not in name and "-" not in name
    low = name.lower()
    out: list[str] = []
    if kind == "case":
        if not one:
            return []
        if any(c.isupper() for c in name[1:]):
            out.append(name[0] + name[1:].lower())
        if name[1].islower():
            out.append(name[:2].upper() + name[2:])
        out.append(name[0].lower() + name[1:])
        return out
    if kind == "compound":
        if one:
            if len(name) < 6:
                return []
            for i in range(2, len(name) - 2):
                for joiner in (" ", "-"):
                    out.append(name[:i] + joiner + name[i:])
                    out.append(name[:i] + joiner + name[i].upper() + name[i + 1 :])
            return out
        a, j, b = re.split(r"([ \-])", name)
        return [a + b, a + b[0].lower() + b[1:], a + ("-" if j == " " else " ") + b]
    if not one:
        return []

    def put(i: int, ch: str) -> str:
        # A letter set in the case of the one it replaces (`McCormack` -> `McCornack`).
        return name[:i] + (ch.upper() if name[i].isupper() else ch) + name[i + 1 :]

    if kind == "vowel":
        for i in range(1, len(low)):
            if low[i] in _VOWELS:
                out += [put(i, v) for v in _VOWELS if v != low[i]]
    elif kind == "keyboard":
        for i in range(1, len(low)):
            out += [put(i, k) for k in _NEAR.get(low[i], "")]
    elif kind == "translit":
        for a, b in _TRANSLIT:
            for x, y in ((a, b), (b, a)):
                for m in re.finditer(re.escape(x), low):
                    if x in ("ov", "off") and m.end() != len(low):
                        continue
                    if m.start() == 0:
                        out.append(y.capitalize() + name[m.end() :])
                    elif not any(c.isupper() for c in name[m.start() : m.end()]):
                        out.append(name[: m.start()] + y + name[m.end() :])
    elif kind == "double":
        for i in range(1, len(low)):
            if i > 1 and low[i] == low[i - 1]:
                out.append(name[:i] + name[i + 1 :])
            elif low[i] != low[i - 1] and (i + 1 >= len(low) or low[i + 1] != low[i]):
                out.append(name[: i + 1] + low[i] + name[i + 1 :])
    elif kind == "drop":
        out = [name[:i] + name[i + 1 :] for i in range(1, len(low))]
    elif kind == "transpose":
        out = [
            name[:i] + name[i + 1] + name[i] + name[i + 2 :]
            for i in range(1, len(low) - 1)
            if low[i] != low[i + 1]
        ]
    out = [f[0].upper() + f[1:] for f in out]
    return out


def damage(text: str, kind: str, rng: random.Random) -> Case | None:
    """One mention, drawn evenly among the mentions of the story's names, respelled."""
    found = _names(text)
    spellings = set(_WORD_RE.findall(text)) | set(re.findall(r"\w+[ -]\w+", text))
    folded = {w.casefold() for w in spellings}
    mentions = []
    for name, spans in sorted(found.items()):
        forms = [f for f in dict.fromkeys(_forms(kind, name)) if f != name]
        if kind == "case":
            forms = [f for f in forms if f not in spellings]
        else:
            forms = [f for f in forms if f.casefold() not in folded]
        if forms:
            mentions += [(s, e, name, forms) for s, e in spans]
    if not mentions:
        return None
    s, e, name, forms = rng.choice(mentions)
    caps = text[s:e].isupper()
    if caps and kind == "case":
        return None
    new = rng.choice(forms)
    if caps:
        new = new.upper()
    word = frequency(re.sub(r"[ \-]", "", new).lower()) >= COMMON or (
        kind == "compound" and all(frequency(p.lower()) >= COMMON for p in re.split(r"[ \-]", new))
    )
    return Case(
        text[:s] + new + text[e:],
        (s, s + len(new)),
        kind,
        name,
        new,
        _position(text, s, e),
        word,
    )


def _story(
    job: tuple[Path, str],
) -> list[tuple[str, ...] | tuple[str, str, str, str, str, bool, bool, str]]:
    path, rel = job
    split = "held-out" if zlib.crc32(f"{rel}-fifth".encode()) % 2 else "tuning"
    source = rel.split("/")[0]
    text = path.read_text(encoding="utf-8")
    rows = []
    for kind in KINDS:
        rng = random.Random(zlib.crc32(f"{rel}:{kind}:fifth".encode()))
        case = damage(text, kind, rng)
        if case is None:
            continue
        hit, note = wl101_hit(case, rel, kind)
        rows.append(
            (kind, _length_band(case.name), case.position, source, split, case.word, hit, note)
        )
    return rows


def corpus_jobs(corpus: Path, every: int) -> list[tuple[Path, str]]:
    """Every ``every``-th corpus story, with its path inside the corpus."""
    files = sorted(p for p in corpus.rglob("*.txt") if p.parent.name != "odd")[::every]
    return [(p, p.relative_to(corpus).as_posix()) for p in files]


def story_rows(
    story: Callable[[tuple[Path, str]], list[_Row]], jobs: list[tuple[Path, str]], processes: int
) -> list[_Row]:
    """``story``'s rows for each job, in the jobs' order, on ``processes`` processes."""
    if processes > 1:
        with ProcessPoolExecutor(processes) as pool:
            results = list(pool.map(story, jobs, chunksize=8))
    else:
        results = [story(j) for j in jobs]
    return [r for rows in results for r in rows]


class Tally:
    """Cases found of cases made, by (axis, value) and by tuning / held-out split."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])

    def add(self, split: str, hit: bool, axes: Iterable[tuple[str, str]]) -> None:
        for axis, value in (*axes, ("all", "all")):
            counts = self.counts[(axis, value, split)]
            counts[0] += hit
            counts[1] += 1

    def cell(self, axis: str, value: str, split: str) -> str:
        hits, n = self.counts[(axis, value, split)]
        return f"{hits / max(1, n):6.1%} ({hits}/{n})"

    def print(self, order: dict[str, Sequence[str]], width: int) -> None:
        """A table per axis, its values in ``order``, then the whole set (``all``)."""
        for axis, values in {**order, "all": ("all",)}.items():
            print(f"\n{axis:<{width}} tuning              held-out")
            for value in values:
                tuning, held_out = (
                    self.cell(axis, value, "tuning"),
                    self.cell(axis, value, "held-out"),
                )
                print(f"{value:<{width}} {tuning:<19} {held_out}")


def wl101_hit(case: Any, rel: str, label: str) -> tuple[bool, str]:
    """Whether WL101 reports anything overlapping a damaged case's mention, and the line a
    miss prints: its label, the name and its respelling, and the text around it. ``case``
    is any generator's case with ``text``, ``span``, ``position``, ``name``, ``changed``
    and ``word``."""
    s, e = case.span
    diags = lint_text(case.text, CONFIG, rel).diagnostics
    hit = any(d.span.start < e and s < d.span.end for d in diags)
    context = case.text[max(0, s - 80) : e + 80].replace("\n", " ")
    note = (
        f"{label}/{case.position} {rel}: {case.name} -> {case.changed}"
        f"{' (a word)' if case.word else ''}\n    …{context}…"
    )
    return hit, note


def generator_args(doc: str | None) -> argparse.Namespace:
    """The command line the names generators share: the corpus, every Nth story, the
    processes, and where to write the tuning cases not found."""
    ap = argparse.ArgumentParser(
        description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--every", type=int, default=1, help="use every Nth story")
    ap.add_argument("--jobs", type=int, default=1, help="stories damaged on N processes")
    ap.add_argument("--misses", type=Path, help="write each tuning case not found here")
    return ap.parse_args()


def main() -> int:
    args = generator_args(__doc__)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    jobs = corpus_jobs(args.corpus, args.every)
    rows = story_rows(_story, jobs, args.jobs)
    # Counting only respellings that make no word; those that do, apart.
    tally = Tally()
    words: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed = []
    for kind, band, position, source, split, word, hit, note in rows:
        if word:
            words[split][0] += hit
            words[split][1] += 1
            continue
        tally.add(
            split,
            hit,
            (("kind", kind), ("length", band), ("position", position), ("source", source)),
        )
        if not hit and split == "tuning":
            missed.append(note)
    print(f"{len(jobs)} stories; found = a WL101 finding on the respelled mention")
    print("respellings that make no common word")
    tally.print(
        {
            "kind": KINDS,
            "length": ("<=4", "5-6", "7+"),
            "position": (
                "start",
                "title",
                "possessive",
                "list",
                "quote",
                "caps",
                "in-name",
                "alone",
            ),
            "source": tuple(sorted({str(r[3]) for r in rows})),
        },
        12,
    )
    print("\nrespellings that make a common word (apart)")
    for split in ("tuning", "held-out"):
        hits, n = words[split]
        print(f"{split:<12} {hits / max(1, n):6.1%} ({hits}/{n})")
    if args.misses:
        args.misses.write_text("\n".join(missed) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
