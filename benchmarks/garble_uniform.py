"""Sentence-structure damage placed uniformly: recall of the grammar tiers on it.

garble_eval.py's generators look for places that fit a damage kind (a copula between a
noun and an adjective, a pronoun after "said"), and so they pick places the checks were
written for. This benchmark places damage a different way: it takes a body sentence of
eight or more words uniformly at random from all of them, parses it, and picks the place
uniformly among every token of the kind, wherever it is (in quotes, in long sentences,
next to figures). Six kinds:

- verb-deletion: a finite lexical verb (VBD, VBZ, VBP, not an auxiliary) deleted;
- copula-deletion: any "is", "are", "was" or "were" deleted, in any use;
- cut-and-glue: the sentence cut after a random word and glued to the later part of the
  next sentence of the story, cut before a random word;
- joined-sentences: the full stop between a sentence and the next one in its paragraph
  deleted (a closing quote stays); the next word keeps its capital or, half the time,
  loses it;
- subject-pronoun-drop: any subject pronoun (nsubj or nsubjpass) deleted, the next word
  taking its capital at a sentence's start;
- duplicated-subject-pronoun: half the time any subject pronoun said twice (he he said),
  half the time a pronoun put after any nominal subject's last word (the company it said).

Stories are split by garble_eval's path hash into tuning (80%) and held-out (20%). A
damaged sentence is linted on its own, as garble_eval does; sentences flagged already
when clean are left out. Two recall columns: "line" counts any finding on the damaged
text, "near" only findings within a word of the damage. Usage:

    python benchmarks/garble_uniform.py [--tier parser|patterns] [--per-kind 300]
        [--kinds copula-deletion,...] [--misses 40] [--seed 13]
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

import garble_eval as ge  # noqa: E402

from wirelint.config import Config  # noqa: E402
from wirelint.document.model import PartKind, parse_document  # noqa: E402
from wirelint.grammar.parser import Parse, Tok  # noqa: E402

KINDS = (
    "verb-deletion",
    "copula-deletion",
    "cut-and-glue",
    "joined-sentences",
    "subject-pronoun-drop",
    "duplicated-subject-pronoun",
)
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_BE = frozenset({"is", "are", "was", "were"})
_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})

#: A damaged text and the (start, end) of the damage in it.
Damage = tuple[str, int, int]


def _parse(text: str) -> Parse:
    from wirelint.grammar.parser import load

    return load().parse([text])[0]


def _delete(text: str, toks: tuple[Tok, ...], i: int) -> Damage:
    """Token ``i`` deleted with the space before it (after it at the start), the next
    word capitalised when the deleted one began the sentence."""
    t = toks[i]
    if i == 0:
        nxt = toks[1].start if len(toks) > 1 else t.end
        rest = text[nxt:]
        return rest[:1].upper() + rest[1:], 0, 1
    before = toks[i - 1].end
    new = text[:before] + text[t.end :]
    if text[before : t.start] == "" and t.end < len(text) and text[t.end] == " ":
        new = text[: t.start] + text[t.end + 1 :]
    return new, toks[i - 1].start, before + 1


def verb_deletion(sentence: str, toks: tuple[Tok, ...], rng: random.Random) -> Damage | None:
    sites = [i for i, t in enumerate(toks) if t.tag in _FINITE and not t.dep.startswith("aux")]
    sites = [i for i in sites if toks[i].text.isalpha()]
    return _delete(sentence, toks, rng.choice(sites)) if sites else None


def copula_deletion(sentence: str, toks: tuple[Tok, ...], rng: random.Random) -> Damage | None:
    sites = [i for i, t in enumerate(toks) if t.text.lower() in _BE]
    return _delete(sentence, toks, rng.choice(sites)) if sites else None


def _subject_pronouns(toks: tuple[Tok, ...]) -> list[int]:
    """Subject pronouns, less those with a clitic verb attached (it's, they'll): deleting
    one of those leaves half a word."""
    return [
        i
        for i, t in enumerate(toks)
        if t.text.lower() in _SUBJECT_PRONOUNS
        and t.dep in _SUBJECT
        and not (i + 1 < len(toks) and toks[i + 1].start == t.end and "'" in toks[i + 1].text)
    ]


def pronoun_drop(sentence: str, toks: tuple[Tok, ...], rng: random.Random) -> Damage | None:
    sites = _subject_pronouns(toks)
    return _delete(sentence, toks, rng.choice(sites)) if sites else None


def pronoun_double(sentence: str, toks: tuple[Tok, ...], rng: random.Random) -> Damage | None:
    if rng.random() < 0.5:
        sites = _subject_pronouns(toks)
        if not sites:
            return None
        t = toks[rng.choice(sites)]
        word = t.text.lower() if t.text != "I" else "I"
        return sentence[: t.end] + " " + word + sentence[t.end :], t.start, t.end + 1 + len(word)
    sites = [
        i
        for i, t in enumerate(toks)
        if t.dep in _SUBJECT and t.tag in _NOUN_TAGS and t.text.lower() not in _SUBJECT_PRONOUNS
    ]
    if not sites:
        return None
    n = rng.choice(sites)
    word = "they" if toks[n].tag.endswith("S") else "it"
    t = toks[_right_edge(toks, n)]  # after the whole subject: the value of the yen it rose
    return sentence[: t.end] + " " + word + sentence[t.end :], t.start, t.end + 1 + len(word)


def _right_edge(toks: tuple[Tok, ...], i: int) -> int:
    """The last token of token i's subtree."""
    return max(k for k in range(len(toks)) if _under(toks, k, i))


def _under(toks: tuple[Tok, ...], k: int, i: int) -> bool:
    """Is token k in token i's subtree?"""
    for _ in range(len(toks)):
        if k == i:
            return True
        if toks[k].head == k:
            return False
        k = toks[k].head
    return False


def cut_and_glue(pair: tuple[str, str], toks: tuple[Tok, ...], rng: random.Random) -> Damage | None:
    one, two = pair
    words = [t for t in toks if t.text[:1].isalnum()]
    if len(words) < 4:
        return None
    head = words[rng.randrange(1, len(words) - 1)]
    tail_toks = [t for t in _parse(two).tokens if t.text[:1].isalnum()]
    if len(tail_toks) < 3:
        return None
    tail = tail_toks[rng.randrange(1, len(tail_toks) - 1)]
    text = one[: head.end] + " " + two[tail.start :]
    return text, head.start, head.end + 1 + (tail.end - tail.start)


def joined(pair: tuple[str, str], toks: tuple[Tok, ...], rng: random.Random) -> Damage | None:
    one, two = pair
    one = one.rstrip()
    stop = one.rfind(".")
    if stop < 0 or one[stop + 1 :].strip("\"'”’") != "":
        return None
    first = one[:stop] + one[stop + 1 :]
    if rng.random() < 0.5:
        two = two[:1].lower() + two[1:]
    nxt = two.split()[0] if two.split() else ""
    return first + " " + two, max(0, stop - 12), len(first) + 1 + len(nxt)


SINGLE: dict[str, Callable[[str, tuple[Tok, ...], random.Random], Damage | None]] = {
    "verb-deletion": verb_deletion,
    "copula-deletion": copula_deletion,
    "subject-pronoun-drop": pronoun_drop,
    "duplicated-subject-pronoun": pronoun_double,
}
PAIRED: dict[str, Callable[[tuple[str, str], tuple[Tok, ...], random.Random], Damage | None]] = {
    "cut-and-glue": cut_and_glue,
    "joined-sentences": joined,
}


def body_sentences(corpus: Path, every: int) -> dict[str, list[tuple[str, str | None, str]]]:
    """Every body sentence of 8+ words per split: (sentence, next sentence in its
    paragraph or None, the story's path)."""
    out: dict[str, list[tuple[str, str | None, str]]] = {"tuning": [], "held-out": []}
    files = sorted(p for p in corpus.rglob("*.txt") if p.parent.name != "odd")[::every]
    for path in files:
        rel = str(path.relative_to(corpus))
        split = "held-out" if ge.held_out(rel) else "tuning"
        doc = parse_document(path.read_text(encoding="utf-8"))
        for part in doc.parts:
            if part.kind is not PartKind.PARAGRAPH:
                continue
            ss = part.sentences
            for k, s in enumerate(ss):
                if len([t for t in s.tokens if t.text[:1].isalnum()]) < 8:
                    continue
                nxt = ss[k + 1].text if k + 1 < len(ss) else None
                out[split].append((s.text.strip(), nxt.strip() if nxt else None, rel))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=ge.REPO.parent / "shared" / "corpus")
    ap.add_argument("--tier", choices=("patterns", "parser"), default="parser")
    ap.add_argument(
        "--per-kind", type=int, default=300, help="damaged sentences per kind and split"
    )
    ap.add_argument("--kinds", default="", help="comma-separated kinds (default: all six)")
    ap.add_argument("--every", type=int, default=1, help="read every n-th story")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--misses", type=int, default=6, help="missed sentences to print per kind")
    ap.add_argument("--splits", default="tuning,held-out")
    args = ap.parse_args()
    if ge.corpus_missing(args):
        return 0
    ge._tier = args.tier
    # The parser checks after WL430 (a clause with no verb, a lost subject) count too.
    ge.PARSER_CONFIG = Config(select=(*ge.PARSER_CONFIG.select, "WL43"), grammar="parser")
    kinds = ge.chosen_kinds(args, KINDS)
    pools = body_sentences(args.corpus, args.every)
    print(
        f"tier: {args.tier}; body sentences of 8+ words: tuning {len(pools['tuning']):,}, "
        f"held-out {len(pools['held-out']):,}"
    )
    cpu0 = resource.getrusage(resource.RUSAGE_SELF).ru_utime
    nwords = 0
    results: dict[tuple[str, str], list[tuple[bool, bool]]] = defaultdict(list)
    misses: dict[str, list[str]] = defaultdict(list)
    for split in args.splits.split(","):
        pool = pools[split]
        for kind in kinds:
            rng = random.Random(f"{args.seed}-{kind}-{split}")
            tries = 0
            while len(results[(split, kind)]) < args.per_kind and tries < args.per_kind * 20:
                tries += 1
                sentence, nxt, _rel = pool[rng.randrange(len(pool))]
                if kind in PAIRED and nxt is None:
                    continue
                toks = _parse(sentence).tokens
                if kind in PAIRED:
                    assert nxt is not None
                    damage = PAIRED[kind]((sentence, nxt), toks, rng)
                    clean = sentence + " " + nxt
                else:
                    damage = SINGLE[kind](sentence, toks, rng)
                    clean = sentence
                if damage is None or ge.findings(clean):
                    continue
                text, start, end = damage
                found = ge.findings(text)
                nwords += len(text.split()) + len(clean.split())
                near = any(s < end + 1 and e > start - 1 for s, e, _ in found)
                results[(split, kind)].append((bool(found), near))
                if not found and split == "tuning" and len(misses[kind]) < args.misses:
                    misses[kind].append(text)
    cpu = resource.getrusage(resource.RUSAGE_SELF).ru_utime - cpu0
    print("recall on uniformly placed damage (line | near the damage):")
    print("  kind                        " + "".join(f"{s:>24s}" for s in ("tuning", "held-out")))
    for kind in [*kinds, "overall"]:
        row = f"  {kind:27s} "
        for split in ("tuning", "held-out"):
            rs = [
                r
                for (s, k), v in results.items()
                if s == split and (k == kind or kind == "overall")
                for r in v
            ]
            if rs:
                line = sum(a for a, _ in rs) / len(rs)
                near_share = sum(b for _, b in rs) / len(rs)
                row += f"   {line:6.1%} | {near_share:6.1%} n={len(rs):4d}"
            else:
                row += f"{'-':>24s}"
        print(row)
    print(f"\n{nwords:,} words linted in {cpu:.1f} s CPU ({nwords / max(cpu, 1e-9):,.0f} words/s)")
    if args.misses:
        print("\nmissed damage (tuning split):")
        for kind in kinds:
            for text in misses[kind]:
                print(f"  {kind}: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
