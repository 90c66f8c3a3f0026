"""WL101 recall on names a statistical entity tagger finds, one mention respelled.

The four other generators choose the name to change by capitals: names_eval and
respell_eval take capitalised words of five letters or more that are no common words,
capitals_eval and repeats_eval any capitalised word the story repeats. Each of them
shares blind spots with WL101, which reads capitals too. This one chooses by another
method: spaCy's English pipeline tags the people, places and organisations of the
story (PERSON, ORG, GPE, LOC, FAC), and a name is any word of four letters or more
inside such an entity, from any part of the story (headline, body, quotations; single
names and the parts of multi-word ones: `Gordon` and `Brown` of `Gordon Brown`).

* A use of the name is any occurrence of the word set with a capital (`BROWN` in a
  headline in capitals included), wherever the tagger put its entities; a word the story
  also writes in lower case is left out (an ordinary word there), and so are the titles
  of the names pack (`President`), the agencies pack's forms (`Reuter` beside `Reuters`
  is no slip), days and months, and the everyday words that name
  what an organisation or a place is (`Bank`, `Office`: ``EVERYDAY``); a person's name
  keeps them, and `Bush`, `London` or `Williams` are names here.
* The name is chosen uniformly among those the story uses exactly twice (mode `twice`)
  or three times or more (`more`); the mention uniformly among its uses.
* Each kind of respelling is applied to that one mention in turn: the final letter
  dropped, a doubled consonant undone, a transliteration choice (-iy/-yy/-y, ks/x,
  kh/h, j/y, ou/u, ph/f, tch/ch, ei/ey, -ov/-off, -sky/-ski), diacritics dropped, a
  neighbouring key, adjacent letters swapped; and, when the name stands in the headline
  and in the body, the whole headline set in capitals with the name respelled in it.
* Two weak cells of damage seen elsewhere get cases of their own (from a random stream
  of their own, so the cases above stay as they were): when the chosen name has no
  doubled consonant, one use of another name of the mode that has one loses it; when
  the chosen name is not in the headline, another name of the mode that stands in the
  headline and in the body is respelled in the headline set in capitals.
* A respelling that gives a spelling the story already has is not used (that is no
  longer one name spelled two ways); one that gives an English word is kept and labelled
  `makes a word`.

Rows: every kind, mode, subcorpus, the tagger's label, single or multi-word name,
and where the mention stands. Found: a WL101 finding on the respelled mention; a
finding on the other spelling whose note points there is counted apart (`aside`).
Stories are split by structure_eval.held_out on the path salted with this script's
name (a fifth); only the tuning split's misses are written (`--misses`).
Without spaCy's English pipeline (the `grammar` extra) it measures nothing.

    python benchmarks/names_second.py [--corpus ../shared/corpus] [--every 1] [--misses FILE]
"""

from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from capitals_eval import _CALENDAR, CAPS, KINDS, run  # noqa: E402
from repeats_eval import Case  # noqa: E402

from wirelint.analysis.brands import AGENCIES  # noqa: E402
from wirelint.analysis.lexicon import frequency  # noqa: E402
from wirelint.analysis.words import STOPWORDS  # noqa: E402
from wirelint.grammar.parser import installed_model  # noqa: E402
from wirelint.packs import packs_for  # noqa: E402

#: The tagger's labels for people, organisations, countries and cities, other places,
#: and buildings, airports and roads.
LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC")
MIN_LETTERS = 4
#: A respelling at least this frequent is an English word (as the other generators).
COMMON = 1000
#: Words this frequent inside the name of an organisation or a place are its generic
#: parts (`Bank`, `Office`, `Energy`, `Life` of Wells Fargo Bank, the Home Office, Sun
#: Life), not what makes it a name; a person's name keeps them (`Brown`, `Green`).
EVERYDAY = 20_000
_WORD_RE = re.compile(r"[^\W\d_]+")
_NEXT_RE = re.compile(r" ([A-Z][^\W\d_]+)")

#: (pattern, replacement): transliteration choices seen in real pairs of spellings:
#: Zelenskyy/Zelenskiy/Zelensky, Aleksandr/Alexandr, Kharkiv/Harkiv, Yevgeny/Jevgeny,
#: Ouattara/Uattara, Stephan/Stefan, Tchaikovsky/Chaikovsky, Sergei/Sergey,
#: Rachmaninov/Rachmaninoff, Kowalski/Kowalsky.
_TRANSLIT: tuple[tuple[str, str], ...] = (
    (r"yy$", "y"),
    (r"yy$", "iy"),
    (r"iy$", "y"),
    (r"iy$", "yy"),
    (r"(?<=[^aeiouy])y$", "iy"),
    (r"(?<=[^aeiouy])y$", "yy"),
    (r"ks", "x"),
    (r"x", "ks"),
    (r"kh", "h"),
    (r"(?<=[aeiou])h", "kh"),
    (r"j", "y"),
    (r"(?<=.)y(?=[aeiou])", "j"),
    (r"ou", "u"),
    (r"(?<=[^aeiou])u", "ou"),
    (r"ph", "f"),
    (r"(?<=.)f", "ph"),
    (r"tch", "ch"),
    (r"(?<=[aeiou])ch", "tch"),
    (r"ei", "ey"),
    (r"ey", "ei"),
    (r"ov$", "off"),
    (r"off$", "ov"),
    (r"sky$", "ski"),
    (r"ski$", "sky"),
)


def _translit(name: str, rng: random.Random) -> str | None:
    low = name.lower()
    if len(low) != len(name):
        return None  # a letter whose lower case is two (İ): the places would move
    options = [
        (m.start(), m.end(), repl) for pattern, repl in _TRANSLIT for m in re.finditer(pattern, low)
    ]
    if not options:
        return None
    s, e, repl = rng.choice(options)
    if name.isupper():
        repl = repl.upper()
    elif s == 0 and name[:1].isupper():
        repl = repl[:1].upper() + repl[1:]
    # The letters around the change as they were (McDonald keeps its second capital).
    return name[:s] + repl + name[e:]


#: The kinds of respelling of a mention in running text, by the names of the report.
RESPELL = {
    "drop-final": KINDS["drop-final"],
    "undouble": KINDS["undouble"],
    "transliteration": _translit,
    "accent-drop": KINDS["accent-drop"],
    "keyboard": KINDS["keyboard"],
    "swap": KINDS["swap"],
}
#: What may happen to a name inside a headline set in capitals.
HEADLINE_KINDS = ("drop-final", "undouble", "transliteration", "keyboard", "swap")


@lru_cache(maxsize=1)
def _agency_words() -> frozenset[str]:
    """The one-word forms of the agencies pack: WL101 takes `Reuter` and `Reuters` for
    two right forms of one agency, no slip."""
    agencies: dict[str, list[str]] = packs_for(()).section(AGENCIES)
    return frozenset(f.casefold() for forms in agencies.values() for f in forms if " " not in f)


@lru_cache(maxsize=1)
def _tagger() -> Any:
    import spacy

    name = installed_model()
    assert name is not None
    return spacy.load(name, exclude=["parser", "lemmatizer"])


@dataclass
class Name:
    label: str  # the tagger's label of the first entity holding the word
    multi: bool  # some entity holding it has two words or more
    uses: list[tuple[int, int]]


@lru_cache(maxsize=2)
def names_in(text: str, excluded: frozenset[str]) -> dict[str, Name]:
    """The tagged names of ``text`` by case-folded word, with every capitalised use."""
    doc = _tagger()(text)
    tagged: dict[str, Name] = {}
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        words = [t for t in ent if t.is_alpha]
        for tok in words:
            key = tok.text.casefold()
            if tok.text[:1].isupper() and key not in tagged:
                tagged[key] = Name(ent.label_, len(words) > 1, [])
            elif key in tagged and len(words) > 1:
                tagged[key].multi = True
    lower: set[str] = set()
    # The capitalised word after each use of a first name: `Michael Cornelissen` and
    # `Michael Smith` are two people who share one, no name used twice.
    after: dict[str, set[str]] = defaultdict(set)
    for m in _WORD_RE.finditer(text):
        word = m.group()
        key = word.casefold()
        if not word[:1].isupper():
            lower.add(key)
        elif key in tagged:
            tagged[key].uses.append(m.span())
            nxt = _NEXT_RE.match(text, m.end())
            if nxt is not None and tagged[key].label == "PERSON":
                after[key].add(nxt.group(1).casefold())
    return {
        key: name
        for key, name in tagged.items()
        if len(key) >= MIN_LETTERS
        and key not in lower
        and key not in STOPWORDS
        and key not in excluded
        and key not in _CALENDAR
        and (name.label == "PERSON" or frequency(key) < EVERYDAY)
        and len(after[key]) < 2
    }


def _where(text: str, start: int, head_end: int) -> str:
    if start < head_end:
        return "in headline"
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    # Inside a quotation: more opening than closing marks before it in its paragraph.
    opened = before.count("“") - before.count("”") + before.count('"') % 2
    return "in quotation" if opened > 0 else "in body"


def damage(text: str, mode: str, excluded: frozenset[str], rng: random.Random) -> list[Case]:
    """Every kind of respelling of one use of one tagged name, for ``mode``."""
    names = names_in(text, excluded | _agency_words())
    pool = sorted(k for k, n in names.items() if (len(n.uses) == 2) == (mode == "twice"))
    pool = [k for k in pool if len(names[k].uses) >= 2]
    if not pool:
        return []
    key = rng.choice(pool)
    chosen = names[key]
    head_end = text.find("\n")
    head_end = len(text) if head_end < 0 else head_end
    story = {w.casefold() for w in _WORD_RE.findall(text)}
    start, end = rng.choice(chosen.uses)
    chosen_own = _own(chosen, key)

    def labels(new: str, at: int, own: tuple[str, ...] = chosen_own) -> tuple[str, ...]:
        word = "makes a word" if frequency(new) >= COMMON else "makes a non-word"
        return (*own, _where(text, at, head_end), word)

    cases: list[Case] = []
    name = text[start:end]
    for kind, make in RESPELL.items():
        new = make(name, rng)
        if new is None or new == name or new.casefold() in story:
            continue
        damaged = text[:start] + new + text[end:]
        cases.append(Case(damaged, (start, start + len(new)), kind, name, new, labels(new, start)))
    heads = [p for p in chosen.uses if p[1] <= head_end]
    if heads and len(heads) < len(chosen.uses):
        case = _caps_headline(text, key, heads[0], head_end, story, rng, labels)
        if case is not None:
            cases.append(case)
    # The weak cells get cases of their own, from a stream of their own (the cases above
    # stay as they were): a doubled consonant undone in another name of the mode when
    # this one has none, and a headline set in capitals with another name of the mode in
    # it when this one stands only in the body.
    extra = random.Random(rng.random())
    others = [k for k in pool if k != key]
    if KINDS["undouble"](key, extra) is None:
        doubled = [k for k in others if KINDS["undouble"](k, extra) is not None]
        if doubled:
            other = names[extra.choice(doubled)]
            start, end = extra.choice(other.uses)
            name = text[start:end]
            new = RESPELL["undouble"](name, extra)
            if new is not None and new.casefold() not in story:
                own = _own(other, name)
                damaged = text[:start] + new + text[end:]
                cases.append(
                    Case(
                        damaged,
                        (start, start + len(new)),
                        "undouble",
                        name,
                        new,
                        labels(new, start, own),
                    )
                )
    if not heads:
        headed = [
            k
            for k in others
            if any(p[1] <= head_end < q[0] for p in names[k].uses for q in names[k].uses)
        ]
        if headed:
            other = names[extra.choice(headed)]
            first = next(p for p in other.uses if p[1] <= head_end)
            own = _own(other, text[first[0] : first[1]])
            case = _caps_headline(
                text,
                text[first[0] : first[1]].casefold(),
                first,
                head_end,
                story,
                extra,
                lambda new, at: labels(new, at, own),
            )
            if case is not None:
                cases.append(case)
    return cases


def _own(name: Name, word: str) -> tuple[str, ...]:
    """A name's own labels: the tagger's label, one word or more, its length."""
    return (
        name.label,
        "multi-word name" if name.multi else "single-word name",
        "4 letters" if len(word) == MIN_LETTERS else "5+ letters",
    )


def _caps_headline(
    text: str,
    key: str,
    at: tuple[int, int],
    head_end: int,
    story: set[str],
    rng: random.Random,
    labels: Any,
) -> Case | None:
    """The whole headline in capitals, the name at ``at`` respelled in it."""
    hs, he = at
    name = text[hs:he]
    new = RESPELL[rng.choice(HEADLINE_KINDS)](name, rng)
    if new is None or new.casefold() in story or new.casefold() == key:
        return None
    headline = (text[:hs] + new + text[he:head_end]).upper()
    if len(headline) != head_end + len(new) - (he - hs):  # a letter grew (ß)
        return None
    damaged = headline + text[head_end:]
    return Case(damaged, (hs, hs + len(new)), CAPS, name, new.upper(), labels(new, hs))


def main() -> int:
    if installed_model() is None:
        print("spaCy's English pipeline is not installed (the grammar extra); nothing to measure")
        return 0
    return run("second", damage, lambda case: case.labels, 20)


if __name__ == "__main__":
    raise SystemExit(main())
