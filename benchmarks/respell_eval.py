"""WL101 recall on respellings made by rules of how real names vary, not by names_eval's recipe.

names_eval changes a name at fixed places (the middle letter, the first doubled letter,
the first vowel after the second letter), and only names used at least twice. Real
respellings fall anywhere and often hit a name the story uses just twice. This second
generator works differently:

* a name is any capitalised piece of a prose token (sentence openings, headlines,
  possessives and the parts of hyphenated words included) of five letters or more, that
  the story never writes in lower case and that is no common English word;
* the mention to change is chosen at random, and so is the place inside the name;
* the respellings follow rules read off real variant pairs (each kind's table names its
  source pair): vowel changes (Petrov/Petrav), a doubled letter undone or added
  (Schmitt/Schmit, Philips/Phillips), accents dropped or added (Müller/Muller,
  Perez/Pérez), transliteration variants (Zelenskyy/Zelenskiy, -ov/-off, -sky/-ski,
  kh/h, ou/u), adjacent letters swapped, a key next to the right one on a keyboard, and
  a transliteration in a headline set in capitals (Bakhmut in the body, BACHMUT above);
* two modes, reported apart: `twice`, a name the story uses exactly twice (one mention
  each way after the damage), and `more`, a name used three times or more.

A respelling that makes a common English word, or a spelling the story already has, is
not used. A case is *found* when a WL101 finding stands on the respelled mention; a
finding on the other spelling whose note points at the respelled one is counted apart
(`on the other`): an editor reads the finding, not its notes; so are the cases found
where the untouched spelling is reported too (used equally often, nothing told them
apart). The stories are split by structure_eval.held_out (a fifth, by a salted CRC of the
path, not names_eval's split); read the misses of the tuning split only (`--misses`).

    python benchmarks/respell_eval.py [--corpus ../shared/corpus] [--every 1] [--misses FILE]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from structure_eval import corpus_files, held_out  # noqa: E402

from wirelint.analysis.lexicon import frequency  # noqa: E402
from wirelint.config import Config  # noqa: E402
from wirelint.document.model import PartKind, TokenShape, parse_document  # noqa: E402
from wirelint.engine import lint_text  # noqa: E402

CONFIG = Config(select=("WL101",))
#: Words at least this frequent are ordinary English, no names (as names_eval).
COMMON = 1000
MIN_LETTERS = 5
MODES = ("twice", "more")

# -- the respelling rules --------------------------------------------------------------

_VOWELS = "aeiou"
#: Diacritics added to a plain letter: Perez/Pérez, Muller/Müller, Nunez/Núñez,
#: Lodz/Łódź, Sebastien/Sébastien, Francois/François, Kovac/Kováč, Simunovic/Šimunović.
_ACCENTS = {
    "a": "áàäâ",
    "e": "éèëê",
    "i": "íï",
    "o": "óöôø",
    "u": "úüû",
    "n": "ñń",
    "c": "çćč",
    "s": "šś",
    "z": "žź",
}
#: (pattern, replacement, real pair): transliteration choices, anywhere but the first letter.
_TRANSLIT: tuple[tuple[str, str, str], ...] = (
    (r"yy$", "iy", "Zelenskyy/Zelenskiy"),
    (r"iy$", "yy", "Zelenskiy/Zelenskyy"),
    (r"yi$", "y", "Zaluzhnyi/Zaluzhny"),
    (r"(?<=[^aeiou])y$", "i", "Zaluzhny/Zaluzhni"),
    (r"(?<=[^aeiou])i$", "y", "Yuri/Yury"),
    (r"ov$", "off", "Rachmaninov/Rachmaninoff"),
    (r"off$", "ov", "Smirnoff/Smirnov"),
    (r"ev$", "yev", "Gorbachev/Gorbachyev"),
    (r"sky$", "ski", "Tchaikovsky/Tchaikovski"),
    (r"ski$", "sky", "Kowalski/Kowalsky"),
    (r"kh", "h", "Kharkiv/Harkiv"),
    (r"kh", "ch", "Bakhmut/Bachmut"),
    (r"(?<=.)ch", "kh", "Chernihiv/Khernihiv"),
    (r"(?<=.)h", "kh", "Shmyhal/Shmykhal"),
    (r"ou", "u", "Ouattara/Uattara"),
    (r"(?<=.)u", "ou", "Putin/Poutin"),
    (r"ph", "f", "Stephan/Stefan"),
    (r"(?<=.)f", "ph", "Rafael/Raphael"),
    (r"ks", "x", "Aleksandr/Alexandr"),
    (r"x", "ks", "Alexei/Aleksei"),
    (r"sch", "sh", "Schmidt/Shmidt"),
    (r"(?<=.)sh", "sch", "Shevchenko/Schevchenko"),
    (r"tch", "ch", "Tchaikovsky/Chaikovsky"),
    (r"ei", "ey", "Alexei/Alexey"),
    (r"ey", "ei", "Sergey/Sergei"),
    (r"ya", "ia", "Ilya/Ilia"),
    (r"ia", "ya", "Maria/Marya"),
    (r"yu", "iu", "Yulia/Iulia"),
    (r"(?<=.)k", "c", "Nikolai/Nicolai"),
    (r"(?<=.)c(?!h)", "k", "Nicolas/Nikolas"),
    (r"(?<=.)v", "w", "Vladislav/Wladislaw"),
    (r"(?<=.)w", "v", "Lewandowski/Levandovski"),
    (r"ck", "k", "Mackenzie/Makenzie"),
    (r"tz", "z", "Moritz/Moriz"),
    (r"dh", "d", "Chadha/Chada"),
    (r"gh", "g", "Haghia/Hagia"),
    (r"(?<=.)q", "k", "Iraqi/Iraki"),
    (r"ue", "u", "Muenchmeyer/Munchmeyer"),
    (r"oe", "o", "Goethe/Gothe"),
    (r"ü", "ue", "Müller/Mueller"),
    (r"ö", "oe", "Schröder/Schroeder"),
    (r"ä", "ae", "Jäger/Jaeger"),
    (r"(?<=.)j", "y", "Jevgeni/Jevgeny"),
    (r"ovich$", "ovitch", "Abramovich/Abramovitch"),
)
#: Neighbouring keys of a QWERTY keyboard.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = {
    c: "".join(
        _ROWS[rr][cc]
        for rr in range(max(0, r - 1), min(3, r + 2))
        for cc in (col - 1, col, col + 1)
        if 0 <= cc < len(_ROWS[rr]) and (rr, cc) != (r, col)
    )
    for r, row in enumerate(_ROWS)
    for col, c in enumerate(row)
}


def _case_like(model: str, text: str) -> str:
    return text.upper() if model.isupper() else text


def _vowel(name: str, rng: random.Random) -> str | None:
    places = [i for i in range(1, len(name)) if name[i] in _VOWELS]
    if not places:
        return None
    i = rng.choice(places)
    return name[:i] + rng.choice([v for v in _VOWELS if v != name[i]]) + name[i + 1 :]


def _undouble(name: str, rng: random.Random) -> str | None:
    places = [i for i in range(1, len(name)) if name[i].lower() == name[i - 1].lower()]
    if not places:
        return None
    i = rng.choice(places)
    return name[:i] + name[i + 1 :]


def _double(name: str, rng: random.Random) -> str | None:
    # A consonant between two other letters, not already doubled: Philips -> Phillips.
    places = [
        i
        for i in range(1, len(name) - 1)
        if name[i].isalpha()
        and name[i].lower() not in _VOWELS + "y"
        and name[i - 1].lower() != name[i].lower() != name[i + 1].lower()
    ]
    if not places:
        return None
    i = rng.choice(places)
    return name[: i + 1] + name[i] + name[i + 1 :]


def _accent_drop(name: str, rng: random.Random) -> str | None:
    places = [i for i, c in enumerate(name) if not c.isascii() and c.isalpha()]
    if not places:
        return None
    i = rng.choice(places)
    bare = unicodedata.normalize("NFKD", name[i])[0]
    return name[:i] + bare + name[i + 1 :] if bare.isascii() else None


def _accent_add(name: str, rng: random.Random) -> str | None:
    places = [i for i in range(1, len(name)) if name[i] in _ACCENTS]
    if not places:
        return None
    i = rng.choice(places)
    return name[:i] + rng.choice(_ACCENTS[name[i]]) + name[i + 1 :]


def _translit(name: str, rng: random.Random) -> str | None:
    low = name.lower()
    options = [
        (m.start(), m.end(), repl)
        for pattern, repl, _pair in _TRANSLIT
        for m in re.finditer(pattern, low)
        if m.start() > 0
    ]
    if not options:
        return None
    s, e, repl = rng.choice(options)
    return name[:s] + _case_like(name[s:e], repl) + name[e:]


def _swap(name: str, rng: random.Random) -> str | None:
    places = [i for i in range(1, len(name) - 1) if name[i] != name[i + 1]]
    if not places:
        return None
    i = rng.choice(places)
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


def _keyboard(name: str, rng: random.Random) -> str | None:
    places = [i for i in range(1, len(name)) if name[i] in _NEIGHBOURS]
    if not places:
        return None
    i = rng.choice(places)
    return name[:i] + rng.choice(_NEIGHBOURS[name[i]]) + name[i + 1 :]


#: The kinds of respelling of a mention in running text.
KINDS: dict[str, Callable[[str, random.Random], str | None]] = {
    "vowel": _vowel,
    "undouble": _undouble,
    "double": _double,
    "accent-drop": _accent_drop,
    "accent-add": _accent_add,
    "transliteration": _translit,
    "swap": _swap,
    "keyboard": _keyboard,
}
#: A headline set in capitals takes only what skeletons fold: BACHMUT for Bakhmut.
CAPS_KINDS = ("transliteration", "undouble", "double")


# -- the damage ------------------------------------------------------------------------

_POSSESSIVE_RE = re.compile(r"['’][sS]?$")
_PIECE_RE = re.compile(r"[^\-‐]+")


@dataclass
class Case:
    text: str
    span: tuple[int, int]
    kind: str
    mode: str
    name: str
    respelled: str


def names_in(text: str) -> dict[str, list[tuple[int, int, bool]]]:
    """Each name's mentions: (start, end, in a headline) by the case-folded name."""
    doc = parse_document(text)
    lower = {t.text.casefold() for t in doc.tokens if t.shape is TokenShape.LOWER}
    found: dict[str, list[tuple[int, int, bool]]] = defaultdict(list)
    for part in doc.parts:
        if part.kind not in (PartKind.HEADLINE, PartKind.PARAGRAPH, PartKind.SUBHEAD):
            continue
        headline = part.kind is PartKind.HEADLINE
        for tok in part.tokens:
            word = _POSSESSIVE_RE.sub("", tok.text)
            for m in _PIECE_RE.finditer(word):
                piece = m.group()
                if not (piece.isalpha() and piece[:1].isupper()):
                    continue
                found[piece.casefold()].append(
                    (tok.start + m.start(), tok.start + m.end(), headline)
                )
    return {
        key: places
        for key, places in found.items()
        if len(key) >= MIN_LETTERS and key not in lower and frequency(key) < COMMON
    }


def _written(text: str, places: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The mentions set in mixed case (`Bakhmut`), the ones a slip in running text hits."""
    return [p for p in places if not text[p[0] : p[1]].isupper()]


def damage(text: str, mode: str, rng: random.Random) -> Case | None:
    """One respelled mention of a name the story uses twice (``mode`` twice) or more."""
    names = names_in(text)
    spellings = {w.casefold() for w in re.findall(r"\w+", text)}
    wanted = [
        k for k in sorted(names) if (len(names[k]) == 2) == (mode == "twice") and len(names[k]) >= 2
    ]
    rng.shuffle(wanted)
    for key in wanted:
        places = names[key]
        # A headline in capitals, when the name stands in the headline and in the body.
        heads = [p for p in places if p[2]]
        kinds = sorted(KINDS)
        if heads and len(heads) < len(places):
            kinds.append("caps-headline")
        rng.shuffle(kinds)
        for kind in kinds:
            case = _respell(text, key, places, heads, kind, spellings, rng)
            if case is not None:
                case.mode = mode
                return case
    return None


def _respell(
    text: str,
    key: str,
    places: list[tuple[int, int, bool]],
    heads: list[tuple[int, int, bool]],
    kind: str,
    spellings: set[str],
    rng: random.Random,
) -> Case | None:
    if kind == "caps-headline":
        start, end, _ = heads[0]
        name = text[start:end]
        make = KINDS[rng.choice(CAPS_KINDS)]
    else:
        body = _written(text, places)
        if not body:
            return None
        start, end, _ = rng.choice(body)
        name = text[start:end]
        make = KINDS[kind]
    new = make(name, rng)
    if new is None or new.casefold() == key or new.casefold() in spellings:
        return None
    if frequency(new) >= COMMON:
        return None  # a common word: no name any more, and no slip WL101 is about
    if kind != "caps-headline":
        return Case(text[:start] + new + text[end:], (start, start + len(new)), kind, "", name, new)
    # The whole headline in capitals, the respelled name in it.
    doc = parse_document(text)
    head = doc.headline
    assert head is not None
    hs, he = head.span.start, head.span.end
    headline = (text[hs:start] + new + text[end:he]).upper()
    if len(headline) != he - hs + len(new) - len(name):
        return None  # a letter whose capital is two (ß): the place would move
    damaged = text[:hs] + headline + text[he:]
    return Case(damaged, (start, start + len(new)), kind, "", name, new.upper())


# -- the run -----------------------------------------------------------------------------


def names_run_arguments(description: str | None) -> argparse.Namespace | None:
    """The options every names generator takes (the corpus, every Nth story, a file for
    the tuning misses), read from the command line; None, said once, when the corpus
    is not there."""
    ap = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--every", type=int, default=1, help="use every Nth story")
    ap.add_argument("--misses", type=Path, help="write each tuning case not found here")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return None
    return args


def main() -> int:
    args = names_run_arguments(__doc__)
    if args is None:
        return 0
    files = corpus_files(args.corpus, args.every)
    # (mode, kind, split) -> [found, found on the other spelling only, cases]
    tally: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    missed: list[str] = []
    both: Counter[tuple[str, str]] = Counter()
    for path in files:
        rel = path.relative_to(args.corpus).as_posix()
        split = "held-out" if held_out(rel) else "tuning"
        text = path.read_text(encoding="utf-8")
        for mode in MODES:
            rng = random.Random(zlib.crc32(f"{rel}:{mode}".encode()))
            case = damage(text, mode, rng)
            if case is None:
                continue
            s, e = case.span
            diags = lint_text(case.text, CONFIG, rel).diagnostics
            found = any(d.span.start <= s < d.span.end for d in diags)
            other = not found and any(
                n.span.start <= s < n.span.end for d in diags for n in d.notes
            )
            row = tally[(mode, case.kind, split)]
            row[0] += found
            row[1] += other
            row[2] += 1
            # Found, and the untouched spelling reported too (nothing told them apart).
            both[(mode, split)] += found and any(
                case.text[d.span.start : d.span.end].casefold() == case.name.casefold()
                for d in diags
            )
            if not found and split == "tuning":
                a = max(0, s - 80)
                context = case.text[a : e + 80].replace("\n", " ")
                note = " (reported on the other spelling)" if other else ""
                missed.append(
                    f"{mode} {case.kind} {rel}: {case.name} -> {case.respelled}{note}\n"
                    f"    …{context}…"
                )
    print(f"{len(files)} stories; found = a WL101 finding on the respelled mention")
    print("mode   kind               tuning                   held-out     (on the other spelling)")
    for mode in MODES:
        kinds = sorted({k for m, k, _ in tally if m == mode})
        for kind in [*kinds, "all"]:
            cells = []
            for split in ("tuning", "held-out"):
                rows = [v for (m, k, sp), v in tally.items() if m == mode and sp == split]
                if kind != "all":
                    rows = [tally[(mode, kind, split)]]
                hits, aside, n = (sum(r[i] for r in rows) for i in range(3))
                cells.append(f"{hits / max(1, n):6.1%} ({hits}/{n}, {aside})")
            print(f"{mode:<6} {kind:<18} {cells[0]:<24} {cells[1]}")
    print("found with the untouched spelling reported too (tuning | held-out):")
    for mode in MODES:
        print(f"  {mode:<6} {both[(mode, 'tuning')]} | {both[(mode, 'held-out')]}")
    if args.misses:
        args.misses.write_text("\n".join(missed) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
