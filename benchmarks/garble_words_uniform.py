"""Garbled sentences drawn uniformly: recall on function-word and word-order damage.

A second damage generator, by a different method from ``garble_eval.py``: for each kind
a body sentence of 8 or more words is drawn uniformly from ALL body sentences of the
split (clean or not), and the target uniformly from every eligible token or token pair
in it (eligibility is read from a parse of the CLEAN sentence, never of the damaged
one). garble_eval picks sites from word lists and skips sentences the checks already
flag; this one does neither, so it sees the damage as it falls in real copy.

Kinds: two neighbouring words swapped (adjacent-word-swap), an article deleted
(drop-article), a preposition deleted (drop-preposition) or replaced by another
(wrong-preposition), a finite verb's tense turned against a time word of the sentence
(tense-vs-time: past with tomorrow or next week, present or future with yesterday, last
year or ago), a to-infinitive turned into an -ing form (infinitive-to-gerund: plans to
build -> plans building) or the reverse (gerund-to-infinitive), a past tense after a
modal (modal-plus-past: will said), and a sentence's subject said again as a pronoun
(duplicated-subject-pronoun: The minister said -> The minister he said).

A damaged sentence counts as found near the damage when a finding that the clean
sentence did not have touches the damaged words (or a neighbour), and as found on the
line when such a new finding is anywhere in the sentence. Stories are split into
tuning and held-out parts by the same path hash as garble_eval. Usage:

    python benchmarks/garble_words_uniform.py [--tier patterns|parser] [--per-kind 300]
        [--every 1] [--kinds adjacent-word-swap,...] [--misses misses.txt]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import garble_eval  # noqa: E402
from garble_eval import Forms, held_out  # noqa: E402

from wirelint.diagnostics import Severity  # noqa: E402
from wirelint.document.model import PartKind, parse_document  # noqa: E402
from wirelint.grammar.parser import Parse, Tok, load  # noqa: E402

KINDS = (
    "adjacent-word-swap",
    "drop-article",
    "drop-preposition",
    "wrong-preposition",
    "tense-vs-time",
    "infinitive-to-gerund",
    "gerund-to-infinitive",
    "modal-plus-past",
    "duplicated-subject-pronoun",
)
ARTICLES = frozenset({"a", "an", "the"})
#: Prepositions a wrong one is drawn from (each replaced by any other of them).
PREPOSITIONS = (
    "of", "in", "on", "at", "for", "with", "from", "by", "to", "into", "about", "over",
    "under", "after", "before", "between", "during", "against", "through", "across",
    "among", "without", "within", "towards", "since", "until", "near", "around",
)  # fmt: skip
_PAST_TIME = ("yesterday", "ago", "last", "earlier", "previously")
_FUTURE_TIME = ("tomorrow", "next", "later", "soon")
_FINITE = frozenset({"VBD", "VBZ", "VBP"})

Damage = tuple[str, int, int, int]  # damaged sentence, damage start and end, length change


class Site:
    """A clean sentence with its parse (offsets relative to the sentence)."""

    def __init__(self, text: str, parse: Parse) -> None:
        self.text = text
        self.toks: tuple[Tok, ...] = parse.tokens

    def words(self) -> list[int]:
        return [i for i, t in enumerate(self.toks) if t.text[:1].isalnum()]

    def replace(self, i: int, j: int, new: str) -> Damage:
        """Tokens i..j (inclusive) written as ``new``."""
        a, b = self.toks[i].start, self.toks[j].end
        text = self.text[:a] + new + self.text[b:]
        return text, a, a + len(new), len(new) - (b - a)

    def delete(self, i: int) -> Damage:
        """Token i (never the last) deleted with the space after it; the damage is its two
        neighbours."""
        a, b = self.toks[i].start, self.toks[i + 1].start
        text = _capital_first(self.text[:a] + self.text[b:], i == 0)
        start = self.toks[i - 1].start if i > 0 else a
        return text, start, a + len(self.toks[i + 1].text), a - b


def _capital_first(text: str, at_start: bool) -> str:
    return text[:1].upper() + text[1:] if at_start else text


def _cased(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


# -- generators: each takes a clean sentence and a rng, returns a damage or None --------


def swap(s: Site, rng: random.Random, forms: Forms) -> Damage | None:
    pairs = [
        (i, i + 1)
        for i in range(len(s.toks) - 1)
        if s.toks[i].text[:1].isalpha()
        and s.toks[i + 1].text[:1].isalpha()
        and s.toks[i].text.lower() != s.toks[i + 1].text.lower()
        and s.text[s.toks[i].end : s.toks[i + 1].start] == " "
    ]
    if not pairs:
        return None
    i, j = rng.choice(pairs)
    a, b = s.toks[i].text, s.toks[j].text
    if i == 0:  # the capital stays at the sentence's start; a name keeps its own
        a, b = (a if s.toks[i].tag.startswith("NNP") else a[:1].lower() + a[1:]), _cased(b, a)
    return s.replace(i, j, f"{b} {a}")


def drop_article(s: Site, rng: random.Random, forms: Forms) -> Damage | None:
    sites = [i for i in s.words() if s.toks[i].text.lower() in ARTICLES and i + 1 < len(s.toks)]
    return s.delete(rng.choice(sites)) if sites else None


def _prepositions(s: Site) -> list[int]:
    """Prepositions proper: tagged IN (or TO) and heading a prepositional phrase."""
    return [
        i
        for i in s.words()
        if s.toks[i].text.lower() in PREPOSITIONS
        and s.toks[i].tag in ("IN", "TO")
        and s.toks[i].dep in ("prep", "agent", "dative")
        and i + 1 < len(s.toks)
    ]


def drop_preposition(s: Site, rng: random.Random, forms: Forms) -> Damage | None:
    sites = _prepositions(s)
    return s.delete(rng.choice(sites)) if sites else None


def wrong_preposition(s: Site, rng: random.Random, forms: Forms) -> Damage | None:
    sites = _prepositions(s)
    if not sites:
        return None
    i = rng.choice(sites)
    old = s.toks[i].text
    new = rng.choice([p for p in PREPOSITIONS if p != old.lower()])
    return s.replace(i, i, _cased(new, old))


def _time_of(s: Site) -> str | None:
    words = [t.text.lower() for t in s.toks]
    past = any(w in _PAST_TIME for w in words)
    future = any(w in _FUTURE_TIME for w in words)
    if past == future:
        return None
    return "past" if past else "future"


def _present(s: Site, i: int, lemma: str, forms: Forms) -> str | None:
    """The present form of verb i agreeing with its subject."""
    plural = any(
        u.head == i
        and u.dep in ("nsubj", "nsubjpass")
        and (u.tag in ("NNS", "NNPS") or u.text.lower() in ("they", "we", "i", "you"))
        for u in s.toks
    )
    if lemma == "be":
        return "are" if plural or s.toks[i].text.lower() == "were" else "is"
    return lemma if plural else forms.form(lemma, "VBZ")


def tense_vs_time(s: Site, rng: random.Random, forms: Forms) -> Damage | None:
    """A finite verb given the tense the sentence's time word rules out: a past verb made
    present or future (yesterday ... says, will say), a present or `will` future made past
    (next week ... said)."""
    time = _time_of(s)
    if time is None:
        return None
    has_aux = {t.head for t in s.toks if t.dep in ("aux", "auxpass") and t.tag != "TO"}
    sites: list[tuple[int, int, str]] = []
    for i in s.words():
        t = s.toks[i]
        lemma = forms.verb_lemma(t.text)
        if t.tag == "MD" and t.text.lower() == "will" and time == "future":
            v = t.head
            if v == i + 1 and s.toks[v].tag == "VB" and i + 1 < len(s.toks):
                vl = forms.verb_lemma(s.toks[v].text)
                past = "was" if vl == "be" else (forms.form(vl, "VBD") if vl else None)
                if past:
                    sites.append((i, v, past))
            continue
        if lemma is None or t.tag not in _FINITE or (i in has_aux and lemma != "be"):
            continue
        if time == "past" and t.tag == "VBD":
            for new in (_present(s, i, lemma, forms), f"will {lemma}"):
                if new and new != t.text.lower():
                    sites.append((i, i, new))
        elif time == "future" and t.tag in ("VBZ", "VBP"):
            past = ("were" if t.text.lower() == "are" else "was") if lemma == "be" else None
            past = past or forms.form(lemma, "VBD")
            if past:
                sites.append((i, i, past))
    if not sites:
        return None
    i, j, new = rng.choice(sites)
    return s.replace(i, j, _cased(new, s.toks[i].text))


def infinitive_to_gerund(s: Site, rng: random.Random, forms: Forms) -> Damage | None:
    """A verb's to-infinitive complement made an -ing form: plans to build -> plans building."""
    sites = []
    for i in range(1, len(s.toks) - 1):
        to, v = s.toks[i], s.toks[i + 1]
        head = s.toks[v.head]
        if to.tag != "TO" or v.tag != "VB" or to.head != i + 1 or v.dep != "xcomp":
            continue
        if not head.tag.startswith("VB") and head.tag != "JJ":
            continue
        ing = forms.form(forms.verb_lemma(v.text) or v.text.lower(), "VBG")
        if ing:
            sites.append((i, ing))
    if not sites:
        return None
    i, ing = rng.choice(sites)
    return s.replace(i, i + 1, ing)


def gerund_to_infinitive(s: Site, rng: random.Random, forms: Forms) -> Damage | None:
    """A verb's -ing complement made a to-infinitive: avoided paying -> avoided to pay."""
    sites = []
    for i in range(1, len(s.toks)):
        v = s.toks[i]
        if v.tag != "VBG" or v.dep not in ("xcomp", "dobj", "ccomp") or v.head != i - 1:
            continue
        if not s.toks[i - 1].tag.startswith("VB"):
            continue
        lemma = forms.verb_lemma(v.text)
        if lemma:
            sites.append((i, f"to {lemma}"))
    if not sites:
        return None
    i, new = rng.choice(sites)
    return s.replace(i, i, new)


def modal_plus_past(s: Site, rng: random.Random, forms: Forms) -> Damage | None:
    sites = []
    for i in range(len(s.toks) - 1):
        if s.toks[i].tag != "MD" or s.toks[i + 1].tag != "VB":
            continue
        lemma = forms.verb_lemma(s.toks[i + 1].text)
        past = forms.form(lemma, "VBD") if lemma else None
        if past and past != s.toks[i + 1].text.lower() and lemma != "be":
            sites.append((i + 1, past))
    if not sites:
        return None
    i, new = rng.choice(sites)
    return s.replace(i, i, new)


def duplicated_subject_pronoun(s: Site, rng: random.Random, forms: Forms) -> Damage | None:
    """The sentence-opening subject of a finite verb said again as a pronoun before it:
    The minister said -> The minister he said. The pronoun follows the subject's number
    (they for a plural, he or she for a name or person, it otherwise)."""
    for i, t in enumerate(s.toks):
        if t.dep not in ("nsubj", "nsubjpass") or not t.tag.startswith("NN"):
            continue
        verb = s.toks[t.head]
        # the subject phrase must open the sentence and end on its head noun, right
        # before the verb or the verb's first auxiliary
        first = min((k for k in range(i + 1) if _heads_to(s, k, i)), default=i)
        if first != 0 or t.head <= i:
            return None
        if not (
            verb.tag in _FINITE
            or any(
                s.toks[k].head == t.head and s.toks[k].dep == "aux" and k == i + 1
                for k in range(i + 1, t.head)
            )
        ):
            return None
        if t.head != i + 1 and s.toks[i + 1].dep != "aux":
            return None
        if t.tag in ("NNS", "NNPS"):
            pronoun = "they"
        elif t.tag == "NNP":
            pronoun = rng.choice(("he", "she"))
        else:
            pronoun = "it"
        return s.replace(i, i, f"{t.text} {pronoun}")
    return None


def _heads_to(s: Site, k: int, i: int) -> bool:
    """Token k hangs (through its heads) from token i."""
    seen = 0
    while k != i and seen < len(s.toks):
        if s.toks[k].head == k:
            return False
        k = s.toks[k].head
        seen += 1
    return k == i


GENERATORS: dict[str, Callable[[Site, random.Random, Forms], Damage | None]] = {
    "adjacent-word-swap": swap,
    "drop-article": drop_article,
    "drop-preposition": drop_preposition,
    "wrong-preposition": wrong_preposition,
    "tense-vs-time": tense_vs_time,
    "infinitive-to-gerund": infinitive_to_gerund,
    "gerund-to-infinitive": gerund_to_infinitive,
    "modal-plus-past": modal_plus_past,
    "duplicated-subject-pronoun": duplicated_subject_pronoun,
}


def body_sentences(corpus: Path, every: int) -> dict[str, list[str]]:
    """Every body sentence of 8 or more words, by split."""
    out: dict[str, list[str]] = {"tuning": [], "held-out": []}
    files = sorted(p for p in corpus.rglob("*.txt") if p.parent.name != "odd")[::every]
    for path in files:
        rel = str(path.relative_to(corpus))
        split = "held-out" if held_out(rel) else "tuning"
        doc = parse_document(path.read_text(encoding="utf-8"))
        for part in doc.parts:
            if part.kind is not PartKind.PARAGRAPH:
                continue
            for s in part.sentences:
                if sum(1 for t in s.tokens if t.text[:1].isalnum()) >= 8:
                    out[split].append(s.text)
    return out


def new_findings(clean: str, damage: Damage) -> list[tuple[int, int, Severity]]:
    """Findings of the damaged sentence that the clean one did not have."""
    text, start, end, delta = damage
    old_end = end - delta
    before = set()
    for s, e, sev in garble_eval.findings(clean):
        if e <= start:
            before.add((s, e, sev))
        elif s >= old_end:
            before.add((s + delta, e + delta, sev))
    return [f for f in garble_eval.findings(text) if f not in before]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    garble_eval.damage_arguments(ap, per_kind=300, seed=13, unit="damaged sentences")
    ap.add_argument("--every", type=int, default=1, help="read every n-th story")
    args = ap.parse_args()
    if garble_eval.corpus_missing(args):
        return 0
    garble_eval._tier = args.tier
    kinds = garble_eval.chosen_kinds(args, KINDS)
    forms = Forms()
    nlp = load()
    pool = body_sentences(args.corpus, args.every)
    print(
        f"tier: {args.tier}; body sentences of 8+ words: tuning {len(pool['tuning']):,}, "
        f"held-out {len(pool['held-out']):,}"
    )
    damaged: dict[tuple[str, str], list[tuple[str, Damage]]] = defaultdict(list)
    for split in ("tuning", "held-out"):
        for kind in kinds:
            # Uniform draws without replacement: the pool in a random order, parsed in
            # batches; a sentence with no eligible site is passed over.
            rng = random.Random(f"{args.seed}-{kind}-{split}")
            order = rng.sample(pool[split], len(pool[split]))
            got = damaged[(split, kind)]
            for k in range(0, len(order), 256):
                if len(got) >= args.per_kind:
                    break
                chunk = order[k : k + 256]
                for text, parse in zip(chunk, nlp.parse(chunk), strict=True):
                    d = GENERATORS[kind](Site(text, parse), rng, forms)
                    if d is not None and len(got) < args.per_kind:
                        got.append((text, d))
    nlp.parse([d[0] for ds in damaged.values() for _, d in ds])  # one batch, as `check` would
    cpu0 = resource.getrusage(resource.RUSAGE_SELF).ru_utime
    nwords = 0
    results: dict[tuple[str, str], list[tuple[bool, bool]]] = defaultdict(list)
    misses: list[str] = []
    for (split, kind), ds in damaged.items():
        for clean, d in ds:
            text, start, end, _ = d
            nwords += 2 * len(text.split())
            found = new_findings(clean, d)
            near = any(s < end + 1 and e > start - 1 for s, e, _ in found)
            results[(split, kind)].append((near, bool(found)))
            if not near:
                misses.append(f"{split}\t{kind}\t{text[start:end]}\t{text}")
    cpu = resource.getrusage(resource.RUSAGE_SELF).ru_utime - cpu0
    print("recall: found near the damage | a new finding anywhere on the line")
    garble_eval.print_recall(results, kinds, garble_eval.two_shares)
    print(f"lint speed (CPU, sentences parsed beforehand): {nwords / max(cpu, 1e-9):,.0f} words/s")
    garble_eval.write_misses(args.misses, misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
