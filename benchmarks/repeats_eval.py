"""WL101 recall on respellings of any capitalised word a story repeats, chosen without a word list.

The three other generators each keep a name finder of their own: names_eval and
respell_eval take names of five letters or more that are no common words, capitals_eval
any repeated capitalised word rarer than a common name part, and all three throw away a
respelling that makes a word or a spelling the story already has. Damage written by
other hands does none of this. This fourth generator chooses another way:

* a candidate is any capitalised word type (counted case-folded, headline and body, so
  `SMITH` in a headline in capitals is a use of `Smith`) that the story uses at least
  twice, of four letters or more. Left out: function words (`The`, `But`: capitalised
  only to open a sentence or in a title-case headline), words the story also writes in
  lower case (`Government` beside `government`: an ordinary word there), words that only
  ever open a sentence and that the word list holds (`However`, `Analysts`), the titles
  of the names pack (`President`), days and months. No frequency cut: `Bush`, `Brown`,
  `Apple` and `Labour` are candidates;
* the name is chosen uniformly among the candidates, the mention uniformly among all its
  uses: the first or a later one, in the headline or in the body;
* each kind of respelling of capitals_eval is applied to it in turn (adjacent letters
  swapped, a transliteration choice, a neighbouring key, a doubled consonant undone,
  the final letter dropped, diacritics dropped; and when the chosen mention stands in
  the headline, the headline set in capitals with the name respelled in it);
* a respelling that makes an English word or another spelling of the story is kept and
  reported apart (`makes a word`, `makes a story spelling`);
* two modes, reported apart: `twice`, a name used exactly twice (one use each way after
  the damage), and `more`, three times or more.

Found: a WL101 finding on the respelled mention; a finding on the other spelling whose
note points there is counted apart (`aside`). Stories are split by
structure_eval.held_out on the path salted with this script's name (a fifth, a split of
its own); only the tuning split's misses are written (`--misses`), each with its labels.

    python benchmarks/repeats_eval.py [--corpus ../shared/corpus] [--every 1] [--misses FILE]
"""

from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from capitals_eval import _CALENDAR, CAPS, KINDS, run  # noqa: E402

from wirelint.analysis.lexicon import frequency  # noqa: E402
from wirelint.analysis.names import ORDINARY_FREQUENCY, is_word  # noqa: E402
from wirelint.analysis.words import STOPWORDS  # noqa: E402

MIN_LETTERS = 4
_WORD_RE = re.compile(r"[^\W\d_]+")
#: What stands before a word that opens a sentence: the story's start, a sentence's end
#: (with a closing quotation mark), a line break, or an opening quotation mark.
_OPENS_RE = re.compile(r"(?:\A|[.!?][\"'’”)]*\s+|\n\s*|[\"“‘]\s?)\Z")


@dataclass
class Case:
    text: str
    span: tuple[int, int]
    kind: str
    name: str
    respelled: str
    labels: tuple[str, ...]


def _opens(text: str, start: int) -> bool:
    return _OPENS_RE.search(text, max(0, start - 4), start) is not None


def candidates(text: str, excluded: frozenset[str]) -> dict[str, list[tuple[int, int]]]:
    """Each repeated capitalised word type's uses, (start, end), by its case-folded form."""
    lower: set[str] = set()
    inside: set[str] = set()
    uses: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _WORD_RE.finditer(text):
        word = m.group()
        if word[:1].isupper():
            key = word.casefold()
            uses[key].append(m.span())
            if not _opens(text, m.start()):
                inside.add(key)
        else:
            lower.add(word.casefold())
    return {
        key: places
        for key, places in uses.items()
        if len(places) >= 2
        and len(key) >= MIN_LETTERS
        and key not in STOPWORDS
        and key not in lower
        and key not in excluded
        and key not in _CALENDAR
        and (key in inside or not is_word(key))
    }


def _labels(
    text: str, places: list[tuple[int, int]], at: int, new: str, story: set[str]
) -> tuple[str, ...]:
    """What the analysis of the misses reads: where the mention stands and what it became."""
    start, end = places[at]
    head_end = text.find("\n")
    name = text[start:end]
    out = [
        "first mention" if at == 0 else "later mention",
        "in headline" if 0 <= start < head_end or head_end < 0 else "in body",
        "4-5 letters" if len(name) <= 5 else "6+ letters",
        "common word"
        if frequency(name) >= ORDINARY_FREQUENCY
        else "rare word"
        if is_word(name)
        else "no word",
    ]
    if new.casefold() in story:
        out.append("makes a story spelling")
    elif is_word(new):
        out.append("makes a word")
    else:
        out.append("makes a non-word")
    if (
        text[end : end + 1] in ("'", "’")
        or text[start - 1 : start] == "-"
        or text[end : end + 1] == "-"
    ):
        out.append("possessive or hyphenated")
    return tuple(out)


def damage(text: str, mode: str, excluded: frozenset[str], rng: random.Random) -> list[Case]:
    """Every kind of respelling of one use of one candidate name, for ``mode``."""
    names = candidates(text, excluded)
    pool = sorted(k for k, p in names.items() if (len(p) == 2) == (mode == "twice"))
    if not pool:
        return []
    key = rng.choice(pool)
    places = names[key]
    at = rng.randrange(len(places))
    start, end = places[at]
    name = text[start:end]
    story = {w.casefold() for w in _WORD_RE.findall(text)}
    cases: list[Case] = []
    for kind, make in KINDS.items():
        new = make(name, rng)
        if new is None or new == name:
            continue
        damaged = text[:start] + new + text[end:]
        labels = _labels(text, places, at, new, story)
        cases.append(Case(damaged, (start, start + len(new)), kind, name, new, labels))
    head_end = text.find("\n")
    if end <= head_end and not text[:head_end].isupper():
        # The whole headline in capitals, the name respelled in it.
        make = KINDS[rng.choice(["swap", "transliteration", "keyboard", "undouble", "drop-final"])]
        new = make(name, rng)
        if new is not None and new != name:
            headline = (text[:start] + new + text[end:head_end]).upper()
            if len(headline) == head_end + len(new) - (end - start):
                damaged = headline + text[head_end:]
                labels = _labels(text, places, at, new, story)
                cases.append(
                    Case(damaged, (start, start + len(new)), CAPS, name, new.upper(), labels)
                )
    return cases


def main() -> int:
    return run("repeats", damage, lambda case: tuple(case.labels), 26)


if __name__ == "__main__":
    raise SystemExit(main())
