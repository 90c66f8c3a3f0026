"""The word-class lexicon: every word form the tagger knows, with all its possible tags.

Open-class words (verbs, nouns, adjectives, adverbs) come from a compact text table
generated from lemminflect (``rules/data/wl401-lexicon.txt``); closed-class words
(determiners, pronouns, auxiliaries, prepositions) from the ``grammar-words`` pack
section. A word's tags are a bit set: ``knock`` is ``VB | NN``, ``knocked`` is
``VBD | VBN``. The table loads once per process (about 40 ms) and is shared.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from wirelint.analysis.wordtable import IntTable, TupleTable

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
MASS = 1 << 30  # a noun that can stand without an article (access, time, power)

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

_KIND_TAGS = {"n": (NN, NNS), "m": (NN | MASS, NNS), "a": (JJ, JJ), "r": (RB, RB)}


@dataclass
class Lexicon:
    #: word -> tags: the pack's closed-class words, then each word looked up once
    tags: dict[str, int] = field(default_factory=dict)
    #: verb lemma -> (VB, VBD, VBN, VBG, VBZ), first alternative of each
    verbs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: verb form -> lemmas
    verb_lemmas: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: word lists from the pack that are not tags (clause-verbs, adverbial-nouns, ...)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    #: word -> tags from the table file (MASS already set on nouns that may stand bare)
    table: Mapping[str, int] = field(default_factory=dict)

    def tag(self, word: str) -> int:
        t = self.tags.get(word)
        if t is None:
            t = self.table.get(word, 0)  # type: ignore[assignment]
            self.tags[word] = t
        return t

    def lemmas(self, form: str) -> tuple[str, ...]:
        return self.verb_lemmas.get(form, ())  # type: ignore[return-value]

    def form(self, lemma: str, slot: int) -> str | None:
        """A verb's form for tag ``slot`` (VB, VBD, VBN, VBG or VBZ)."""
        forms = self.verbs.get(lemma)
        if forms is None:
            return None
        index = {VB: 0, VBD: 1, VBN: 2, VBG: 3, VBZ: 4}[slot]
        return forms[index]

    def has(self, key: str, word: str) -> bool:
        return word in self.words.get(key, ())


SET_NAMES = {
    "VB": VB,
    "VBD": VBD,
    "VBN": VBN,
    "VBG": VBG,
    "VBZ": VBZ,
    "NN": NN,
    "NNS": NNS,
    "JJ": JJ,
    "RB": RB,
    "MASS": MASS,
}


def parse_lemma_lines(lines: Iterable[str]) -> tuple[dict[str, int], dict[str, tuple[str, ...]]]:
    """Tags of every form from one-lemma-a-line entries (``v go went gone going goes``).

    Used by the table builder; returns (word -> tags, verb lemma -> its five forms).
    """
    tags: dict[str, int] = {}
    verbs: dict[str, tuple[str, ...]] = {}
    get = tags.get
    for line in lines:
        parts = line.split()
        if len(parts) < 2 or line.startswith("#"):
            continue
        kind, lemma = parts[0], parts[1]
        if kind == "v":
            if len(parts) != 6:
                continue
            slots = [[lemma]] + [p.split("/") if p != "-" else [] for p in parts[2:]]
            # A regular past tense is also a past participle (proved/proven, learned/learnt).
            slots[2] = slots[2] + [f for f in slots[1] if f.endswith("ed") and f not in slots[2]]
            verbs[lemma] = tuple("/".join(s) or "-" for s in slots)
            for tag, forms in zip((VB, VBD, VBN, VBG, VBZ), slots, strict=True):
                for f in forms:
                    tags[f] = get(f, 0) | tag
        else:
            base_tag, infl_tag = _KIND_TAGS.get(kind, (0, 0))
            tags[lemma] = get(lemma, 0) | base_tag
            if kind == "n" and any(lemma in p.split("/") for p in parts[2:]):
                tags[lemma] |= MASS
            for p in parts[2:]:
                if p == "-":
                    continue
                for f in p.split("/"):
                    tags[f] = get(f, 0) | infl_tag
    return tags, verbs


def _read_table(
    path: Path,
) -> tuple[
    tuple[tuple[int, frozenset[str]], ...],
    frozenset[str],
    dict[str, tuple[str, ...]],
    dict[str, list[str]],
]:
    """The table: one line per tag (``@NN word word ...``) and aligned verb-form lines."""
    sets: list[tuple[int, frozenset[str]]] = []
    countable: frozenset[str] = frozenset()
    rows: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("@"):
                continue
            name, _, rest = line.partition(" ")
            name = name[1:]
            if name == "COUNT":
                countable = frozenset(rest.split())
            elif name in SET_NAMES:
                sets.append((SET_NAMES[name], frozenset(rest.split())))
            else:
                rows[name] = rest.split()
    # Aligned columns (C-speed zips, no per-line parsing): lemma -> forms, form -> lemmas.
    lemma_col = rows.get("VERB", [])
    verbs = dict(
        zip(
            lemma_col,
            zip(
                lemma_col,
                rows.get("VERB-VBD", []),
                rows.get("VERB-VBN", []),
                rows.get("VERB-VBG", []),
                rows.get("VERB-VBZ", []),
                strict=True,
            ),
            strict=True,
        )
    )
    lemmas = dict(
        zip(rows.get("FORM", []), (v.split("/") for v in rows.get("FORM-LEMMAS", [])), strict=True)
    )
    return tuple(sets), countable, verbs, lemmas  # type: ignore[return-value]


#: Bump when the cached table's shape changes.
_FORMAT = 1

Tables = tuple[IntTable, TupleTable, TupleTable]


def _compile_table(path: Path) -> tuple[object, object, object]:
    """The table file as plain data for the cache: tags, verb forms, lemmas of each form."""
    sets, countable, verbs, lemmas = _read_table(path)
    bits: dict[str, int] = {}
    for bit, members in sets:
        for w in members:
            bits[w] = bits.get(w, 0) | bit
    for w, t in bits.items():
        if t & NN and w not in countable:
            bits[w] = t | MASS
    found: dict[str, list[str]] = {}
    for lemma, forms in verbs.items():
        for f in set(forms):
            found.setdefault(f, []).append(lemma)
    for f, names in lemmas.items():
        have = found.setdefault(f, [])
        have.extend(x for x in names if x not in have)
    return (
        IntTable.from_dict(bits).dump(),
        TupleTable.from_dict(verbs).dump(),
        TupleTable.from_dict({f: tuple(v) for f, v in found.items()}).dump(),
    )


def _load_tables(plain: tuple[object, object, object]) -> Tables:
    tags, verbs, lemmas = plain
    return (
        IntTable.load(tags),  # type: ignore[arg-type]
        TupleTable.load(verbs),  # type: ignore[arg-type]
        TupleTable.load(lemmas),  # type: ignore[arg-type]
    )


@lru_cache(maxsize=4)
def _table(path: Path, mtime: int) -> Tables:
    # Parsing the 1 MB text table costs ~70 ms; its compiled form, cached per content,
    # loads in about a millisecond (wirelint._cache).
    from wirelint import _cache

    return _cache.cached(
        "wl401-lexicon",
        _FORMAT,
        _cache.file_key(path),
        lambda: _compile_table(path),
        _load_tables,
    )


def build_lexicon(path: Path, words: Mapping[str, Sequence[str]]) -> Lexicon:
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        mtime = 0
    table, verbs, verb_lemmas = _table(path, mtime)
    lex = Lexicon(
        {},
        verbs,
        verb_lemmas,
        {k: frozenset(w.lower() for w in v) for k, v in words.items()},
        table,
    )
    tags = lex.tags
    closed: dict[str, int] = {}
    for key, tag in CLOSED_CLASSES.items():
        for w in words.get(key, ()):
            w = w.lower()
            closed[w] = closed.get(w, 0) | tag
    for w, tag in closed.items():
        if tag & CLOSED:
            # A closed-class word is that class, whatever the open-class table says
            # ("are" is not the unit of area), except that have/had/do stay verbs; the noun
            # readings that matter (the will to win, a can of beans) are in extra-nouns.
            tags[w] = (lex.tag(w) & VERB) | tag
        else:
            tags[w] = lex.tag(w) | tag
    tags["to"] = TO
    for w in words.get("plural-nouns", ()):
        tags[w] = (lex.tag(w) & ~NN) | NNS
    for w in words.get("base-participles", ()):
        tags[w] = lex.tag(w) | VB | VBD | VBN
    for w in words.get("extra-adjectives", ()):
        tags[w] = lex.tag(w) | JJ
    for w in words.get("bare-nouns", ()):
        tags[w] = lex.tag(w) | NN | MASS
    for w in words.get("extra-nouns", ()):
        tags[w] = lex.tag(w) | NN
    for w in words.get("number-words", ()):
        tags[w] = lex.tag(w) | CD
    return lex
