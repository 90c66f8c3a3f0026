"""WL101 recall on the kinds of respelling the other name generators seldom make.

names_eval, respell_eval and names_second change names of four or five letters or more,
into forms that are no common word, one letter at a time. Real slips also fall where
those leave gaps; this generator makes only those:

* `short`: a name of three or four letters (`Kim`/`Kin`, `Bush`/`Bish`, `Li`'s kin): a
  neighbouring key, a vowel for another, two letters swapped, after the first letter;
* `makes-word`: a respelling that is itself a common English word (`Brown`/`Crown`,
  `Hart`/`Heart`): one letter changed, added, dropped or swapped, anywhere;
* `inner-caps`: a capital inside the name set in lower case (`McDonald`/`Mcdonald`,
  `DeSantis`/`Desantis`);
* `compound`: a name of two capitalised parts, the first of two or three letters (`Al
  Qaeda`, `Van Gaal`, `Rolls-Royce`), written once with the parts joined another way:
  run together (`AlQaeda`, `Vangaal`), a space for a hyphen or a hyphen for a space;
* `translit`: one of the transliteration pairs -ov/-off, sch/sh, w/v, j/y, ph/f, ks/x,
  either way, after the first letter;
* `lower-case`: the whole name set in lower case (`blair`), a name no common word;
* `mixed-case`: the name's capitals mangled: the first two letters in capitals (`BLair`),
  the whole name in capitals in a line of mixed case (`BLAIR`), or the first capital of
  a name with an inner one lost (`mcCormack`);
* `doubled`: a doubled letter set once (`Campbel`, `Gadafi`) or a letter doubled
  (`Maccabi` for `Macabi`), after the first letter;
* `vowel`: a vowel for another after the first letter (`Blear`, `Mcdanald`), in a name of
  any length.

`doubled` and `vowel` give no common word (that is `makes-word`).

A name is a capitalised word (or, for `compound`, a pair of them) that the story never
writes in lower case, used at least twice, at least once inside a sentence (not only as
its first word), and no everyday word (`Bank`, `New`); days, months and the names pack's
titles are left out, and so is a name two people share (different names after it,
`Alan Bennett` and `Alan Beith`, or before it). Two modes,
reported apart: `twice`, the correct form stands just once elsewhere, and `more`. The
respelled mention is one set in mixed case, chosen at random; a respelling that gives a
spelling the story already has is not used.

A case is *found* when a WL101 finding stands on the respelled place; one on the other
spelling whose note points there is counted apart (`aside`). The stories are split in
halves by a CRC of the path salted with this script's name; tune on the first, read
only its misses (`--misses`), report both.

    python benchmarks/gaps_eval.py [--corpus ../shared/corpus] [--every 1] [--misses FILE]
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
sys.path.insert(0, str(REPO / "benchmarks"))

from capitals_eval import _CALENDAR  # noqa: E402
from respell_eval import _NEIGHBOURS, names_run_arguments  # noqa: E402
from structure_eval import corpus_files  # noqa: E402

from wirelint.analysis.lexicon import frequency  # noqa: E402
from wirelint.config import Config  # noqa: E402
from wirelint.document.model import PartKind, TokenShape, parse_document  # noqa: E402
from wirelint.engine import lint_text  # noqa: E402
from wirelint.packs import packs_for  # noqa: E402

CONFIG = Config(select=("WL101",))
#: A respelling this frequent in the English word list is a common word (`makes-word`).
COMMON = 1000
#: A capitalised word more frequent than this is an everyday word set with a capital
#: (`Bank`, `New`, `Day`), not a name: the commonest names (`Bush` 7,853, `Kim`, `Lee`,
#: `David`) stay below it, as in wirelint's reading of first names at a sentence's start.
EVERYDAY = 20_000
MODES = ("twice", "more")
KINDS = (
    "short",
    "makes-word",
    "inner-caps",
    "compound",
    "translit",
    "lower-case",
    "mixed-case",
    "doubled",
    "vowel",
)
#: Kinds whose respelling differs from the name in case only.
CASE_KINDS = ("inner-caps", "lower-case", "mixed-case")
_VOWELS = "aeiou"
#: (pattern, replacement): transliteration pairs that wire copy mixes (-ov/-off, sch/sh, w/v, j/y, ph/f, ks/x), both ways.
_TRANSLIT = (
    (r"ov$", "off"),
    (r"off$", "ov"),
    (r"(?<=.)sch", "sh"),
    (r"(?<=.)sh", "sch"),
    (r"(?<=.)w", "v"),
    (r"(?<=.)v", "w"),
    (r"(?<=.)j", "y"),
    (r"(?<=.)y(?=[aeiou])", "j"),
    (r"ph", "f"),
    (r"(?<=.)f", "ph"),
    (r"ks", "x"),
    (r"(?<=.)x", "ks"),
)


def _short(name: str, rng: random.Random) -> list[str]:
    """Slips after the first letter of a name of three or four letters."""
    out = []
    for i in range(1, len(name)):
        c = name[i]
        out += [name[:i] + n + name[i + 1 :] for n in _NEIGHBOURS.get(c, "")]
        if c in _VOWELS:
            out += [name[:i] + v + name[i + 1 :] for v in _VOWELS if v != c]
        if i + 1 < len(name) and name[i] != name[i + 1]:
            out.append(name[:i] + name[i + 1] + name[i] + name[i + 2 :])
    return out


def _edits(name: str, rng: random.Random) -> list[str]:
    """Every form one letter away: changed, added, dropped, swapped (for `makes-word`)."""
    low = name.lower()
    out = []
    for i in range(len(low) + 1):
        out += [low[:i] + c + low[i:] for c in "abcdefghijklmnopqrstuvwxyz"]
        if i < len(low):
            out += [low[:i] + c + low[i + 1 :] for c in "abcdefghijklmnopqrstuvwxyz"]
            out.append(low[:i] + low[i + 1 :])
        if i + 1 < len(low):
            out.append(low[:i] + low[i + 1] + low[i] + low[i + 2 :])
    return [
        w.capitalize()
        for w in out
        if len(w) >= 3 and frequency(w) >= COMMON and not _derived(low, w)
    ]


#: Endings that make another form of a word, no slip: Germany/Germans, America/American.
_ENDINGS = ("s", "es", "n", "an", "ian", "ns", "d", "ed", "e", "y", "h", "i")


def _derived(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    stem = short[:-1] if short.endswith(("y", "e", "a")) else short
    return any(long == short + e or long == stem + e for e in _ENDINGS) or any(
        short == long + e for e in _ENDINGS
    )


def _inner_caps(name: str, rng: random.Random) -> list[str]:
    if not re.fullmatch(r"[A-Z][a-z]+[A-Z]\w+", name):
        return []
    return [name[0] + name[1:].lower()]


def _translit(name: str, rng: random.Random) -> list[str]:
    return [re.sub(pat, rep, name, count=1) for pat, rep in _TRANSLIT if re.search(pat, name)]


def _lower_case(name: str, rng: random.Random) -> list[str]:
    return [name.lower()] if frequency(name.lower()) < COMMON else []


def _mixed_case(name: str, rng: random.Random) -> list[str]:
    forms = [name[:2].upper() + name[2:], name.upper()]
    if re.fullmatch(r"[A-Z][a-z]+[A-Z]\w+", name):
        forms.append(name[0].lower() + name[1:])
    return forms


def _not_word(forms: list[str]) -> list[str]:
    return [f for f in forms if frequency(f.lower()) < COMMON]


def _doubled(name: str, rng: random.Random) -> list[str]:
    """A doubled letter set once, or a letter (no vowel pair's) doubled, after the first."""
    out = []
    for i in range(1, len(name)):
        if name[i] == name[i - 1]:
            out.append(name[:i] + name[i + 1 :])
        elif name[i].islower() and name[i] != name[i - 1] and name[i : i + 2] != name[i] * 2:
            out.append(name[: i + 1] + name[i] + name[i + 1 :])
    return _not_word(out)


def _vowel(name: str, rng: random.Random) -> list[str]:
    out = [
        name[:i] + v + name[i + 1 :]
        for i in range(1, len(name))
        if name[i] in _VOWELS
        for v in _VOWELS
        if v != name[i]
    ]
    return _not_word(out)


RESPELL = {
    "short": _short,
    "makes-word": _edits,
    "inner-caps": _inner_caps,
    "translit": _translit,
    "lower-case": _lower_case,
    "mixed-case": _mixed_case,
    "doubled": _doubled,
    "vowel": _vowel,
}


@dataclass
class Case:
    text: str
    span: tuple[int, int]
    kind: str
    mode: str
    name: str
    respelled: str


_NEXT_RE = re.compile(r" ([A-Z][a-z]+)")
_PREV_RE = re.compile(r"([A-Z][a-z]+) \Z")
_WORD_RE = re.compile(r"[A-Za-z][a-z]*(?:[A-Z][a-z]+)*")
_PAIR_RE = re.compile(r"\b([A-Z][a-z]{1,2})([ \-])([A-Z][a-z]{2,})\b")


def _titles() -> frozenset[str]:
    packs = packs_for(())
    return frozenset(t.casefold() for t in packs.section("name-titles"))


def names_in(text: str, excluded: frozenset[str]) -> dict[str, list[tuple[int, int]]]:
    """Each one-word name's mixed-case uses in headline and body, by the case-folded name."""
    doc = parse_document(text)
    lower = {t.text.casefold() for t in doc.tokens if t.shape is TokenShape.LOWER}
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    inside: set[str] = set()
    others: dict[str, set[tuple[bool, str]]] = defaultdict(set)  # (after, name) beside it
    for part in doc.parts:
        if part.kind not in (PartKind.HEADLINE, PartKind.PARAGRAPH, PartKind.SUBHEAD):
            continue
        for m in _WORD_RE.finditer(text, part.span.start, part.span.end):
            word = m.group()
            if len(word) < 3 or not word[:1].isupper() or word.isupper():
                continue
            key = word.casefold()
            found[key].append((m.start(), m.end()))
            sides = (
                (True, _NEXT_RE.match(text, m.end())),
                (False, _PREV_RE.search(text, max(0, m.start() - 40), m.start())),
            )
            for after, side in sides:
                beside = side.group(1).casefold() if side else ""
                if beside and beside not in excluded and frequency(beside) < EVERYDAY:
                    others[key].add((after, beside))
            before = text[max(0, m.start() - 2) : m.start()]
            if re.fullmatch(r"[a-z,] ", before):
                inside.add(key)
    return {
        k: v
        for k, v in found.items()
        if k not in lower
        and k not in excluded
        and k in inside
        and len(v) >= 2
        and frequency(k) < EVERYDAY
        and not _shared(others[k])
    }


def _shared(beside: set[tuple[bool, str]]) -> bool:
    """Different names after (`Alan Bennett`, `Alan Beith`) or before a name: a name two
    people share, not one name used twice."""
    return any(sum(after == side for after, _ in beside) > 1 for side in (True, False))


def pairs_in(text: str, excluded: frozenset[str]) -> dict[str, list[tuple[int, int, str]]]:
    """Two-part names (`Al Qaeda`, `Rolls-Royce`): (start, end, joiner) by the folded parts.

    Not a title and a name (`Mr Snow`), nor a first and last name (`Mike Leigh`): the
    second part never stands alone in the story, as `Leigh` does once introduced.
    """
    found: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for m in _PAIR_RE.finditer(text):
        found[f"{m.group(1)} {m.group(3)}".casefold()].append((m.start(), m.end(), m.group(2)))
    lower = set(re.findall(r"\b[a-z]+\b", text))
    out = {}
    for k, v in found.items():
        first, second = k.split()
        uses = len(re.findall(rf"\b{second}\b", text, re.IGNORECASE))
        if (
            len(v) >= 2
            and first not in lower
            and second not in lower
            and first not in excluded
            and uses == len(v)
        ):
            out[k] = v
    return out


def damage(
    text: str, mode: str, kind: str, excluded: frozenset[str], rng: random.Random
) -> Case | None:
    """One mention of a name the story uses twice (``mode`` twice) or more, respelled."""
    spellings = {w.casefold() for w in re.findall(r"\w+", text)}
    if kind == "compound":
        pairs = pairs_in(text, excluded)
        wanted = [k for k in sorted(pairs) if (len(pairs[k]) == 2) == (mode == "twice")]
        rng.shuffle(wanted)
        for key in wanted:
            start, end, joiner = rng.choice(pairs[key])
            first, second = re.split(r"[ \-]", text[start:end])
            forms = [
                first + second,
                first + second.lower(),
                first + ("-" if joiner == " " else " ") + second,
            ]
            new = rng.choice(forms)
            if new.casefold() in spellings:
                continue
            return Case(
                text[:start] + new + text[end:],
                (start, start + len(new)),
                kind,
                mode,
                text[start:end],
                new,
            )
        return None
    names = names_in(text, excluded)
    wanted = [k for k in sorted(names) if (len(names[k]) == 2) == (mode == "twice")]
    if kind == "short":
        wanted = [k for k in wanted if 3 <= len(k) <= 4]
    rng.shuffle(wanted)
    for key in wanted:
        start, end = rng.choice(names[key])
        name = text[start:end]
        forms = [
            f
            for f in RESPELL[kind](name, rng)
            if f.casefold() not in spellings or (kind in CASE_KINDS and f != name)
        ]
        if kind in CASE_KINDS:
            # The respelled form must not stand elsewhere already.
            forms = [f for f in forms if f not in re.findall(r"\w+", text)]
        if not forms:
            continue
        new = rng.choice(sorted(set(forms)))
        return Case(
            text[:start] + new + text[end:], (start, start + len(new)), kind, mode, name, new
        )
    return None


def main() -> int:
    args = names_run_arguments(__doc__)
    if args is None:
        return 0
    excluded = _titles() | _CALENDAR
    files = corpus_files(args.corpus, args.every)
    # (mode, kind, split) -> [found, found on the other spelling only, cases]
    tally: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    missed: list[str] = []
    for path in files:
        rel = path.relative_to(args.corpus).as_posix()
        split = "held-out" if zlib.crc32(f"{rel}-gaps".encode()) % 2 else "tuning"
        text = path.read_text(encoding="utf-8")
        for mode in MODES:
            for kind in KINDS:
                rng = random.Random(zlib.crc32(f"{rel}:{mode}:{kind}".encode()))
                case = damage(text, mode, kind, excluded, rng)
                if case is None:
                    continue
                s, e = case.span
                diags = lint_text(case.text, CONFIG, rel).diagnostics
                found = any(d.span.start < e and s < d.span.end for d in diags)
                aside = not found and any(
                    n.span.start < e and s < n.span.end for d in diags for n in d.notes
                )
                row = tally[(mode, kind, split)]
                row[0] += found
                row[1] += aside
                row[2] += 1
                if not found and split == "tuning":
                    a = max(0, s - 80)
                    context = case.text[a : e + 80].replace("\n", " ")
                    note = " (reported on the other spelling)" if aside else ""
                    missed.append(
                        f"{mode} {kind} {rel}: {case.name} -> {case.respelled}{note}\n"
                        f"    …{context}…"
                    )
    print(f"{len(files)} stories; found = a WL101 finding on the respelled place")
    print("mode   kind          tuning                   held-out     (aside)")
    for mode in MODES:
        for kind in [*KINDS, "all"]:
            cells = []
            for split in ("tuning", "held-out"):
                rows = [v for (m, k, sp), v in tally.items() if m == mode and sp == split]
                if kind != "all":
                    rows = [tally[(mode, kind, split)]]
                hits, aside, n = (sum(r[i] for r in rows) for i in range(3))
                cells.append(f"{hits / max(1, n):6.1%} ({hits}/{n}, {aside})")
            print(f"{mode:<6} {kind:<13} {cells[0]:<24} {cells[1]}")
    cells = []
    for split in ("tuning", "held-out"):
        rows = [v for (_m, _k, sp), v in tally.items() if sp == split]
        hits, aside, n = (sum(r[i] for r in rows) for i in range(3))
        cells.append(f"{hits / max(1, n):6.1%} ({hits}/{n}, {aside})")
    print(f"{'all':<6} {'all':<13} {cells[0]:<24} {cells[1]}")
    if args.misses:
        args.misses.write_text("\n".join(missed) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
