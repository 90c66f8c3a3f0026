"""The word-class lexicon: every word form the tagger knows, with all its possible tags.

Open-class words (verbs, nouns, adjectives, adverbs) come from a compact text table
generated from lemminflect (``rules/data/wl401-lexicon.txt``); closed-class words
(determiners, pronouns, auxiliaries, prepositions) from the ``grammar-words`` pack
section. A word's tags are a bit set: ``knock`` is ``VB | NN``, ``knocked`` is
``VBD | VBN``. The table loads once per process (about 40 ms) and is shared.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

# -- tags (bits) ---------------------------------------------------------------------
VB = 1 << 0  # base form / present non-3rd-person: knock
VBD = 1 << 1  # past tense: knocked, went
VBN = 1 << 2  # past participle: knocked, gone
VBG = 1 << 3  # -ing form
VBZ = 1 << 4  # 3rd person singular present: knocks
NN = 1 << 5  # singular or mass noun
NNS = 1 << 6  # plural noun
JJ = 1 << 7  # adjective
RB = 1 << 8  # adverb
DET = 1 << 9
PRON_S = 1 << 10  # subject-only pronouns: he she they we I
PRON_O = 1 << 11  # object-only pronouns: him them us me
PRON_A = 1 << 12  # it, you
MODAL = 1 << 13
BE = 1 << 14  # finite be: is are was were am
BE_X = 1 << 15  # be been being
HAVE = 1 << 16  # finite have: has have had
HAVE_X = 1 << 17  # having
DO = 1 << 18  # finite do
PREP = 1 << 19
PREP_STRICT = 1 << 20
CONJ = 1 << 21
SUB = 1 << 22  # subordinators and relative words
ADV_IN = 1 << 23  # adverbs that may stand between an auxiliary and its verb
PART = 1 << 24  # verb particles
NNP = 1 << 25  # capitalised mid-sentence: a name
CD = 1 << 26  # a number
POS = 1 << 27  # a possessive: Russia's, ministers'
TO = 1 << 28
UNK = 1 << 29  # not in the lexicon (tags guessed from the suffix)

VERB = VB | VBD | VBN | VBG | VBZ
NOUN = NN | NNS
FINITE_AUX = MODAL | BE | HAVE | DO
PRONOUN = PRON_S | PRON_O | PRON_A
CLOSED = DET | PRONOUN | FINITE_AUX | BE_X | HAVE_X | PREP | CONJ | SUB | TO | PREP_STRICT

# pack key -> tag
CLOSED_CLASSES: dict[str, int] = {
    "determiners": DET,
    "subject-pronouns": PRON_S,
    "object-pronouns": PRON_O,
    "either-pronouns": PRON_A,
    "modals": MODAL,
    "be-finite": BE,
    "be-other": BE_X,
    "have-finite": HAVE,
    "have-other": HAVE_X,
    "do-finite": DO,
    "prepositions": PREP,
    "strict-prepositions": PREP_STRICT,
    "conjunctions": CONJ,
    "subordinators": SUB,
    "inner-adverbs": ADV_IN,
    "particles": PART,
}

_KIND_TAGS = {"n": (NN, NNS), "a": (JJ, JJ), "r": (RB, RB)}


@dataclass
class Lexicon:
    tags: dict[str, int] = field(default_factory=dict)
    #: verb lemma -> (VB, VBD, VBN, VBG, VBZ), first alternative of each
    verbs: dict[str, tuple[str, str, str, str, str]] = field(default_factory=dict)
    #: verb form -> lemmas
    verb_lemmas: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: word lists from the pack that are not tags (clause-verbs, adverbial-nouns, ...)
    words: dict[str, frozenset[str]] = field(default_factory=dict)

    def tag(self, word: str) -> int:
        return self.tags.get(word, 0)

    def lemmas(self, form: str) -> tuple[str, ...]:
        return self.verb_lemmas.get(form, ())

    def form(self, lemma: str, slot: int) -> str | None:
        """A verb's form for tag ``slot`` (VB, VBD, VBN, VBG or VBZ)."""
        forms = self.verbs.get(lemma)
        if forms is None:
            return None
        index = {VB: 0, VBD: 1, VBN: 2, VBG: 3, VBZ: 4}[slot]
        return forms[index]

    def has(self, key: str, word: str) -> bool:
        return word in self.words.get(key, ())


def _read_table(
    path: Path,
) -> tuple[dict[str, int], dict[str, tuple[str, ...]], dict[str, list[str]]]:
    tags: dict[str, int] = {}
    verbs: dict[str, tuple[str, ...]] = {}
    lemmas: dict[str, list[str]] = {}
    get = tags.get
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            kind, lemma = parts[0], parts[1]
            if kind == "v":
                if len(parts) != 6:
                    continue
                slots = [[lemma]] + [p.split("/") if p != "-" else [] for p in parts[2:]]
                # A regular past tense is also a past participle (proved/proven, learned/learnt).
                slots[2] = slots[2] + [
                    f for f in slots[1] if f.endswith("ed") and f not in slots[2]
                ]
                first = tuple(s[0] if s else "" for s in slots)
                verbs[lemma] = first
                for tag, forms in zip((VB, VBD, VBN, VBG, VBZ), slots, strict=True):
                    for f in forms:
                        tags[f] = get(f, 0) | tag
                        lst = lemmas.setdefault(f, [])
                        if lemma not in lst:
                            lst.append(lemma)
            else:
                base_tag, infl_tag = _KIND_TAGS.get(kind, (0, 0))
                tags[lemma] = get(lemma, 0) | base_tag
                for p in parts[2:]:
                    if p == "-":
                        continue
                    for f in p.split("/"):
                        tags[f] = get(f, 0) | infl_tag
    return tags, verbs, lemmas  # type: ignore[return-value]


@lru_cache(maxsize=4)
def _table(
    path: Path, mtime: int
) -> tuple[dict[str, int], dict[str, tuple[str, ...]], dict[str, list[str]]]:
    return _read_table(path)


def build_lexicon(path: Path, words: Mapping[str, Sequence[str]]) -> Lexicon:
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        mtime = 0
    base, verbs, lemmas = _table(path, mtime)
    tags = dict(base)
    closed: dict[str, int] = {}
    for key, tag in CLOSED_CLASSES.items():
        for w in words.get(key, ()):
            w = w.lower()
            closed[w] = closed.get(w, 0) | tag
    for w, tag in closed.items():
        if tag & CLOSED:
            # A closed-class word is that class, whatever the open-class table says,
            # except for the readings a grammar needs (will, can, may as nouns).
            tags[w] = (tags.get(w, 0) & (NN | NNS | JJ | RB | VB)) | tag
        else:
            tags[w] = tags.get(w, 0) | tag
    tags["to"] = TO
    for w in words.get("plural-nouns", ()):
        tags[w] = (tags.get(w, 0) & ~NN) | NNS
    for w in words.get("base-participles", ()):
        tags[w] = tags.get(w, 0) | VB | VBD | VBN
    for w in words.get("extra-adjectives", ()):
        tags[w] = tags.get(w, 0) | JJ
    for w in words.get("extra-nouns", ()):
        tags[w] = tags.get(w, 0) | NN
    for w in words.get("number-words", ()):
        tags[w] = tags.get(w, 0) | CD
    lex = Lexicon(
        tags,
        verbs,  # type: ignore[arg-type]
        {k: tuple(v) for k, v in lemmas.items()},
        {k: frozenset(w.lower() for w in v) for k, v in words.items()},
    )
    return lex
