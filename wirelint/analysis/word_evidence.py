"""What a story itself says about a word no English dictionary holds (WL501).

A word the dictionary lacks is a typo only when nothing around it explains it. Three
kinds of evidence are read here, each from the story's text or the word's shape:

* another language: the word and the word beside it are both words of one other
  language (`droit commun`, `Rue nationale`), read from
  pyspellchecker's French, Spanish, Portuguese, Italian, German and Dutch tables;
* a species name: a lower-case Latin epithet after a capitalised genus the dictionary
  lacks (`Caudipteryx zoui`);
* a telegraphic abbreviation: in copy that uses the wire's own abbreviations (`mln`,
  `dlrs`, `shrs`), a word without vowels after its first letter that keeps, in order,
  the letters of a common word (`rbd` oil, `mths`);
* a sound spelled as heard: laughter (`hehe`) and held letters side by side (`Booo hisss`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from wirelint.document.model import Token, TokenShape
from wirelint.packs import Packs, register_section

TELEGRAPHIC = "spelling-telegraphic-cues"
register_section(
    TELEGRAPHIC,
    "strings",
    "the wire's own abbreviations (mln, dlrs): copy that uses them is telegraphic (WL501, WL427)",
)

#: How often the other language's table must hold a word for it to count as that
#: language's (the tables start at 50: their rarest entries are names and noise).
FOREIGN_FREQUENCY = 1_000
#: A neighbour this common in English says nothing of another language (`de`, `la`).
ENGLISH_NEIGHBOUR = 10_000
#: Endings of Latin species epithets (`zoui`, `sapiens`, `rex`, `robustus`, `alba`).
_EPITHET_ENDINGS = ("i", "ae", "us", "um", "is", "a", "ii", "ensis", "oides", "x", "ens")
#: A word one slip from a word this common is a typo, whatever stands around it.
_TYPO_TARGET = 1_000
_ABBREVIATION = (3, 6)  # letters of a telegraphic abbreviation
_ABBREVIATION_SOURCE = 10_000  # how common the word it shortens must be
_VOWELS = frozenset("aeiouy")


def foreign_frequency(code: str, word: str) -> int:
    """How often language ``code``'s table holds ``word`` (lower case, as spelled).

    Accents are not folded: a table of accent-free spellings would cost seconds to build
    on a story's first question, and it made English slips French (`proces`, procès).
    """
    from wirelint.analysis.lexicon import language_frequencies

    return language_frequencies(code).get(word, 0)


def in_foreign_run(
    text: str, tokens: Sequence[Token], i: int, languages: Sequence[str], lex: Any
) -> bool:
    """The word and a neighbour (a space between them) are words of one other language,
    the neighbour rare in English and commoner in that language: a phrase or name of that
    language (`droit commun`)."""
    word = tokens[i].text
    neighbours = []
    for j in (i - 1, i + 1):
        if not 0 <= j < len(tokens):
            continue
        a, b = (tokens[j], tokens[i]) if j < i else (tokens[i], tokens[j])
        other = tokens[j].text.lower()
        if (
            text[a.end : b.start] == " "
            and other.isalpha()
            and lex.frequency(other) < ENGLISH_NEIGHBOUR
        ):
            neighbours.append(other)
    if not neighbours:
        return False
    for code in languages:
        if foreign_frequency(code, word) < FOREIGN_FREQUENCY:
            continue
        for n in neighbours:
            # Commoner in that language's table than in the (far larger) English one:
            # `rue`, `droit`; not `visa` (`the visa proces` is `process` misspelt).
            frequency = foreign_frequency(code, n)
            if frequency >= FOREIGN_FREQUENCY and frequency > lex.frequency(n):
                return True
    return False


def species_epithet(text: str, tokens: Sequence[Token], i: int, lex: Any) -> bool:
    """`Caudipteryx zoui`: a Latin epithet right after a capitalised genus no dictionary
    holds, with no common word one slip away (`Kerkorian sais` is `says`)."""
    if i == 0:
        return False
    genus, tok = tokens[i - 1], tokens[i]
    if genus.shape is not TokenShape.CAPITALIZED or text[genus.end : tok.start] != " ":
        return False
    if lex.known(genus.text.lower()) or not tok.text.endswith(_EPITHET_ENDINGS):
        return False
    return all(lex.frequency(c) < _TYPO_TARGET for c in lex.candidates(tok.text, 3))


def telegraphic_cues(packs: Packs) -> frozenset[str]:
    """The pack's list of the wire's own abbreviations, lower-cased."""
    return frozenset(c.lower() for c in packs.section(TELEGRAPHIC))


def telegraphic(words: frozenset[str], cues: frozenset[str]) -> bool:
    """The story uses the wire's abbreviations (`mln`, `dlrs`, `shrs`)."""
    return not cues.isdisjoint(words)


def abbreviation(word: str, lex: Any) -> bool:
    """`rbd` (refined, bleached, deodorised), `mths`: no vowel after the first letter, the
    letters of a common word kept in order, its first and last among them, two or more
    dropped; and no common word that lost a letter or had two swapped (`tht`, `alst`;
    `amts` is `mats` swapped, and stays reported)."""
    low, high = _ABBREVIATION
    if not low <= len(word) <= high or not word.isalpha() or _VOWELS & set(word[1:]):
        return False
    for near in lex.candidates(word, 99):
        # A common word with a letter dropped or two swapped is its typo (`tht`, `alst`).
        dropped = len(near) == len(word) + 1
        swapped = len(near) == len(word) and sorted(near) == sorted(word)
        if (dropped or swapped) and lex.frequency(near) >= _TYPO_TARGET:
            return False
    return any(_shortens(word, full) for full in _words_between(word[0], word[-1], lex))


def _shortens(short: str, full: str) -> bool:
    if len(full) < len(short) + 2:
        return False
    rest = iter(full)
    return all(c in rest for c in short)


@lru_cache(maxsize=4)
def _common_words(lex: Any) -> Mapping[tuple[str, str], tuple[str, ...]]:
    """The common words of the table by first and last letter."""
    found: dict[tuple[str, str], list[str]] = {}
    base = lex.base
    # A word table reads its pairs in bulk (160,000 look-ups cost a cold check 0.1 s).
    pairs = base.pairs() if hasattr(base, "pairs") else base.items()
    for word, count in pairs:
        if count >= _ABBREVIATION_SOURCE and word.isalpha() and word.isascii():
            found.setdefault((word[0], word[-1]), []).append(word)
    return {k: tuple(v) for k, v in found.items()}


def _words_between(first: str, last: str, lex: Any) -> tuple[str, ...]:
    return _common_words(lex).get((first, last), ())


_STRETCH = re.compile(r"([^\W\d_])\1\1")  # a letter three times: not 793,000


def expressive(tokens: Sequence[Token], i: int) -> bool:
    """Laughter and sounds spelled as heard: a syllable said over (`hehe`, `hihihi`), or
    a letter held beside another word whose letter is held too (`Booo hisss`); a letter
    typed three times alone is a slip (`acccounts`)."""
    word = tokens[i].text.lower()
    if 4 <= len(word) <= 8 and len(word) % 2 == 0 and word == word[:2] * (len(word) // 2):
        return True
    if not _STRETCH.search(word):
        return False
    return any(
        0 <= j < len(tokens) and _STRETCH.search(tokens[j].text.lower()) for j in (i - 1, i + 1)
    )
