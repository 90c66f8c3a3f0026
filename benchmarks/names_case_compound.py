"""WL101 recall on names respelled by case and by compounding, from a generator of its own.

gaps_eval makes some of these kinds from the names its own reading of capitals finds.
This one picks names another way and mangles them the ways desks see, so the two share
fewer blind spots:

* A name is a run of one to three capitalised words inside a line of body copy, joined
  by spaces or hyphens, that the story writes the same way at least twice; its words
  stand at least once after a lower-case word or a comma (not only at a sentence's
  start). For the kinds that change one word, the name is that word; for those that
  change how parts are joined, the whole run. A name any of whose words the story also
  writes in lower case is left out (an ordinary word there).
* The name and the mention are drawn at random among those that fit the kind; only a
  mention in body copy (a line with lower-case letters, not the first line) is changed.

Case kinds (one word changed):

* `lower`: the whole name in lower case (`blair`);
* `caps`: the whole name in capitals in a line of body copy (`BLAIR`);
* `inner-flip`: one inner lower-case letter set as a capital (`BlAir`);
* `mc-broken`: the capitals of a Mc, Mac or O' name broken (`Mcdonald`, `MCDonald`,
  `mcDonald`, `O'brien`, `o'Brien`);
* `camel-lost`: the inner capitals of a name such as `DeSantis` or `YouTube` lost
  (`Desantis`).

Compounding kinds:

* `split`: a hyphen or a space inserted in a one-word name of six letters or more at a
  syllable boundary (between two consonants, or before a consonant between vowels),
  the second part with or without a capital (`Rosen-berg`, `Rosen Berg`);
* `joined`: the space or hyphen between two parts of a name removed, the second part's
  capital kept or lost (`AlAssad`, `Alassad`, `DeGea`);
* `rejoined`: a hyphen for a space or a space for a hyphen, and a short first part
  (a particle, three letters or less) perhaps set in lower case (`al Assad` for
  `Al-Assad`, `De-Gea` for `De Gea`).

Every row is also split by whether the changed form is a common English word (`brown`
for `Brown`, `rose` for `Rose`): WL101 must leave many of those alone, so they are
reported apart and out of the totals.

A case is *found* when a WL101 finding overlaps the changed mention. Stories are split
50/50 into tuning and held-out by a CRC of the path salted with this script's name;
tune on the first (``--misses`` writes only its misses), report both.

    python benchmarks/names_case_compound.py [--corpus ../shared/corpus] [--every 1]
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

from respell_eval import names_run_arguments  # noqa: E402

from wirelint.analysis.lexicon import frequency  # noqa: E402
from wirelint.config import Config  # noqa: E402
from wirelint.engine import lint_text  # noqa: E402

CONFIG = Config(select=("WL101",))
CASE_KINDS = ("lower", "caps", "inner-flip", "mc-broken", "camel-lost")
COMPOUND_KINDS = ("split", "joined", "rejoined")
KINDS = CASE_KINDS + COMPOUND_KINDS
#: A changed form this frequent in the English word list is a common word.
COMMON = 1000
#: Words set with a capital that are no names (a sentence's first word is skipped anyway).
_NOT_NAMES = frozenset(
    [
        "i",
        "a",
        "an",
        "the",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
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
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
_WORD = r"[A-Z](?:[a-z]+|[a-z]*(?:['’][A-Z])?[a-z]*(?:[A-Z][a-z]+)*)"
_RUN_RE = re.compile(rf"(?<![\w'’-])({_WORD}(?:[ \-]{_WORD}){{0,2}})(?![\w'’-])")
_VOWELS = "aeiouy"


@dataclass
class Case:
    text: str
    span: tuple[int, int]
    kind: str
    name: str
    changed: str
    word: bool  # the changed form is a common English word


def _body_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of body copy: not the first line, with lower-case letters."""
    out = []
    at = 0
    for n, line in enumerate(text.split("\n")):
        if n and any(c.islower() for c in line) and len(line.split()) > 6:
            out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def runs(text: str) -> dict[str, list[tuple[int, int, bool]]]:
    """Capitalised runs by their exact form: (start, end, after a lower-case word or comma).

    Each run also counts its single words and (for runs of two or three) each adjacent
    pair, so that `Bashar al-Assad` still yields `Assad` alone."""
    found: dict[str, list[tuple[int, int, bool]]] = defaultdict(list)
    for m in _RUN_RE.finditer(text):
        run = m.group(1)
        # The pieces: every sub-run of consecutive words, with where it stands.
        words = [(w.start(), w.end()) for w in re.finditer(_WORD, run)]
        for i in range(len(words)):
            for j in range(i, min(len(words), i + 2)):
                s, e = m.start() + words[i][0], m.start() + words[j][1]
                before = text[max(0, s - 2) : s]
                inside = bool(re.fullmatch(r"[a-z,] ", before)) or (i > 0 and text[s - 1] in " -")
                found[text[s:e]].append((s, e, inside))
    return found


def names(text: str) -> dict[str, list[tuple[int, int]]]:
    """Names the story writes the same way twice or more, by form, with their uses."""
    lower = {w.casefold() for w in re.findall(r"(?<![\w'’])[a-z]+(?![\w'’])", text)}
    out = {}
    for form, uses in runs(text).items():
        parts = [p.casefold() for p in re.split(r"[ \-]", form)]
        if len(uses) < 2 or not any(inside for _s, _e, inside in uses):
            continue
        if any(p in lower or p in _NOT_NAMES or len(p) < 2 for p in parts):
            continue
        out[form] = [(s, e) for s, e, _inside in uses]
    return out


def _syllable_cuts(word: str) -> list[int]:
    """Where a word of six letters or more may be cut between syllables: between two
    consonants (`Rosen|berg`), or before a consonant between two vowels (`Ma|rino`);
    never within two letters of either end."""
    low = word.lower()
    cuts = []
    for i in range(3, len(low) - 2):
        a, b = low[i - 1], low[i]
        if (a not in _VOWELS and b not in _VOWELS and a != b and low[i - 2] in _VOWELS) or (
            a in _VOWELS and b not in _VOWELS and low[i + 1] in _VOWELS
        ):
            cuts.append(i)
    return cuts


def _forms(kind: str, name: str, rng: random.Random) -> list[str]:
    """The changed forms of ``name`` for ``kind`` (empty: the kind does not fit it)."""
    one = " " not in name and "-" not in name
    if kind == "lower":
        return [name.lower()] if one else []
    if kind == "caps":
        return [name.upper()] if one and len(name) >= 3 else []
    if kind == "inner-flip":
        if not one or len(name) < 4 or not name[1:].isalpha() or not name[1:].islower():
            return []
        return [name[:i] + name[i].upper() + name[i + 1 :] for i in range(1, len(name))]
    if kind == "mc-broken":
        m = re.fullmatch(r"(Mc|Mac|O['’])([A-Z])(\w+)", name)
        if not m or not one:
            return []
        head, cap, rest = m.groups()
        return [
            head + cap.lower() + rest,
            head.upper() + cap + rest,
            head.lower() + cap + rest,
        ]
    if kind == "camel-lost":
        if not one or re.match(r"(Mc|Mac|O['’])[A-Z]", name) or not re.search(r".[A-Z]", name):
            return []
        if not re.search(r"[a-z]", name):
            return []
        return [name[0] + name[1:].lower()]
    if kind == "split":
        if not one or len(name) < 6 or not name.isalpha():
            return []
        cuts = _syllable_cuts(name)
        return [
            name[:i] + joiner + (name[i].upper() if cap else name[i]) + name[i + 1 :]
            for i in cuts
            for joiner in (" ", "-")
            for cap in (True, False)
        ]
    parts = re.split(r"([ \-])", name)
    if len(parts) != 3:
        return []
    first, joiner, second = parts
    if kind == "joined":
        return [first + second, first + second[0].lower() + second[1:]]
    if kind == "rejoined":
        other = "-" if joiner == " " else " "
        out = [first + other + second]
        if len(first) <= 3:
            out += [first.lower() + joiner + second, first.lower() + other + second]
        return out
    raise ValueError(kind)


def damage(text: str, kind: str, rng: random.Random) -> Case | None:
    """One body mention of one name the story repeats, changed by ``kind``."""
    body = _body_lines(text)
    found = names(text)
    spellings = set(re.findall(r"[\w'’-]+", text))
    folded = {w.casefold() for w in spellings} | {
        m.casefold() for m in re.findall(r"\w+ \w+", text)
    }
    pool = sorted(found)
    rng.shuffle(pool)
    for name in pool:
        # Not a form the story already writes: for a change of case, exactly; for a
        # change of parts, in any case (`Al Assad` beside `al Assad` is no new form).
        forms = [f for f in _forms(kind, name, rng) if f != name and f not in spellings]
        if kind in COMPOUND_KINDS:
            forms = [f for f in forms if f.casefold() not in folded]
        uses = [(s, e) for s, e in found[name] if any(lo <= s and e <= hi for lo, hi in body)]
        if not forms or not uses:
            continue
        start, end = rng.choice(uses)
        new = rng.choice(forms)
        word = frequency(re.sub(r"[ \-]", "", new).lower()) >= COMMON or all(
            frequency(p.lower()) >= COMMON for p in re.split(r"[ \-]", new)
        )
        return Case(
            text[:start] + new + text[end:], (start, start + len(new)), kind, name, new, word
        )
    return None


def main() -> int:
    args = names_run_arguments(__doc__)
    if args is None:
        return 0
    files = sorted(p for p in args.corpus.rglob("*.txt") if p.parent.name != "odd")
    files = files[:: args.every]
    # (kind, word, split) -> [found, cases]
    tally: dict[tuple[str, bool, str], list[int]] = defaultdict(lambda: [0, 0])
    missed: list[str] = []
    for path in files:
        rel = path.relative_to(args.corpus).as_posix()
        split = "held-out" if zlib.crc32(f"{rel}-case-compound".encode()) % 2 else "tuning"
        text = path.read_text(encoding="utf-8")
        for kind in KINDS:
            rng = random.Random(zlib.crc32(f"{rel}:{kind}".encode()))
            case = damage(text, kind, rng)
            if case is None:
                continue
            s, e = case.span
            diags = lint_text(case.text, CONFIG, rel).diagnostics
            hit = any(d.span.start < e and s < d.span.end for d in diags)
            row = tally[(kind, case.word, split)]
            row[0] += hit
            row[1] += 1
            if not hit and split == "tuning":
                context = case.text[max(0, s - 80) : e + 80].replace("\n", " ")
                label = " (a word)" if case.word else ""
                missed.append(
                    f"{kind} {rel}: {case.name} -> {case.changed}{label}\n    …{context}…"
                )

    def cell(kinds: tuple[str, ...], word: bool, split: str) -> str:
        hits = sum(tally[(k, word, split)][0] for k in kinds)
        n = sum(tally[(k, word, split)][1] for k in kinds)
        return f"{hits / max(1, n):6.1%} ({hits}/{n})"

    print(f"{len(files)} stories; found = a WL101 finding on the changed mention")
    for word in (False, True):
        title = "changed form a common word" if word else "changed form no common word"
        print(f"\n{title}\nkind          tuning              held-out")
        for kind in KINDS:
            print(
                f"{kind:<13} {cell((kind,), word, 'tuning'):<19} {cell((kind,), word, 'held-out')}"
            )
        for label, kinds in (("case", CASE_KINDS), ("compound", COMPOUND_KINDS), ("all", KINDS)):
            print(f"{label:<13} {cell(kinds, word, 'tuning'):<19} {cell(kinds, word, 'held-out')}")
    if args.misses:
        args.misses.write_text("\n".join(missed) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
