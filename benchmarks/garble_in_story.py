"""Garbled sentences in their stories: recall when the whole story is linted.

garble_uniform.py and garble_words_uniform.py lint a damaged sentence on its own. A check
that reads the rest of the story (WL428: how the story writes a noun elsewhere) sees
nothing there. This benchmark damages one body sentence of 8 or more words in each of a
sample of stories, drawn uniformly (the story, then the sentence), with the same
generators as those two benchmarks, and lints the whole story, clean and damaged. A
damaged story counts as found near the damage when a finding that the clean story did
not have touches the damaged words (or a neighbour), and as found in the story when such
a new finding is anywhere. Stories are split into tuning and held-out parts by
garble_eval's path hash. Usage:

    python benchmarks/garble_in_story.py [--tier parser|patterns] [--per-kind 200]
        [--kinds drop-article,...] [--misses misses.tsv] [--seed 13]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import garble_eval  # noqa: E402
import garble_uniform  # noqa: E402
import garble_words_uniform as words  # noqa: E402
from garble_eval import Forms, held_out  # noqa: E402

from wirelint.config import Config  # noqa: E402
from wirelint.document.model import PartKind, parse_document  # noqa: E402
from wirelint.engine import lint_document  # noqa: E402
from wirelint.grammar.parser import Parse, load  # noqa: E402

#: A damage: the damaged sentence, the damage's start and end in it, the length change.
Damage = tuple[str, int, int, int]
Generator = Callable[[str, Parse, random.Random, Forms], "Damage | None"]

_SENTENCE_KINDS = {
    "verb-deletion": garble_uniform.verb_deletion,
    "copula-deletion": garble_uniform.copula_deletion,
    "subject-pronoun-drop": garble_uniform.pronoun_drop,
    "duplicated-subject-pronoun": garble_uniform.pronoun_double,
}


def _generator(kind: str) -> Generator:
    """A generator of either benchmark as one signature (the length change computed)."""
    if kind in words.GENERATORS:
        make = words.GENERATORS[kind]
        return lambda text, parse, rng, forms: make(words.Site(text, parse), rng, forms)
    one = _SENTENCE_KINDS[kind]

    def damage(text: str, parse: Parse, rng: random.Random, forms: Forms) -> Damage | None:
        d = one(text, parse.tokens, rng)
        return None if d is None else (d[0], d[1], d[2], len(d[0]) - len(text))

    return damage


KINDS = (*words.KINDS, *_SENTENCE_KINDS)


def stories(corpus: Path) -> dict[str, list[tuple[str, list[tuple[int, str]]]]]:
    """Each story's text and its body sentences of 8+ words (offset, text), by split."""
    out: dict[str, list[tuple[str, list[tuple[int, str]]]]] = {"tuning": [], "held-out": []}
    for path in sorted(p for p in corpus.rglob("*.txt") if p.parent.name != "odd"):
        rel = str(path.relative_to(corpus))
        text = path.read_text(encoding="utf-8")
        doc = parse_document(text)
        sentences = [
            (s.span.start, s.text)
            for part in doc.parts
            if part.kind is PartKind.PARAGRAPH
            for s in part.sentences
            if sum(1 for t in s.tokens if t.text[:1].isalnum()) >= 8
        ]
        if sentences:
            out["held-out" if held_out(rel) else "tuning"].append((text, sentences))
    return out


def findings(text: str, config: Config) -> set[tuple[int, int, str]]:
    result = lint_document(parse_document(text), config)
    return {(d.span.start, d.span.end, d.code) for d in result.diagnostics}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    garble_eval.damage_arguments(ap, per_kind=200, seed=13)
    ap.add_argument(
        "--without",
        default="",
        help="comma-separated codes: also print the recall without their findings (before|after)",
    )
    args = ap.parse_args()
    without = {c for c in args.without.split(",") if c}
    if garble_eval.corpus_missing(args):
        return 0
    config = garble_eval.PARSER_CONFIG if args.tier == "parser" else Config(select=("WL401",))
    kinds = garble_eval.chosen_kinds(args, KINDS)
    forms = Forms()
    nlp = load()
    pool = stories(args.corpus)
    print(
        f"tier: {args.tier}; stories: tuning {len(pool['tuning']):,}, "
        f"held-out {len(pool['held-out']):,}"
    )
    results: dict[tuple[str, str], list[tuple[bool, bool, bool]]] = defaultdict(list)
    misses: list[str] = []
    for split in ("tuning", "held-out"):
        for kind in kinds:
            make = _generator(kind)
            rng = random.Random(f"{args.seed}-{kind}-{split}")
            got = results[(split, kind)]
            for story, sentences in rng.sample(pool[split], len(pool[split])):
                if len(got) >= args.per_kind:
                    break
                at, clean = rng.choice(sentences)
                d = make(clean, nlp.parse([clean])[0], rng, forms)
                if d is None:
                    continue
                damaged, start, end, delta = d
                text = story[:at] + damaged + story[at + len(clean) :]
                start, end = at + start, at + end
                before = set()
                for s, e, code in findings(story, config):
                    if e <= start:
                        before.add((s, e, code))
                    elif s >= end - delta:
                        before.add((s + delta, e + delta, code))
                new = findings(text, config) - before
                close = [code for s, e, code in new if s < end + 1 and e > start - 1]
                near = bool(close)
                got.append((near, bool(new), any(code not in without for code in close)))
                if not near:
                    misses.append(f"{split}\t{kind}\t{text[start:end]}\t{damaged}")
    print("recall: found near the damage | a new finding anywhere in the story")
    if without:
        print(f"  (before|after: near the damage without {', '.join(sorted(without))} | with)")

    def cell(rs: list[garble_eval.Result]) -> str:
        if without:
            kept, near_rate = garble_eval.share(rs, 2), garble_eval.share(rs, 0)
            return f"     {kept:6.1%} | {near_rate:6.1%} n={len(rs):4d}"
        return garble_eval.two_shares(rs)

    garble_eval.print_recall(results, kinds, cell, kind_width=28)
    garble_eval.write_misses(args.misses, misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
