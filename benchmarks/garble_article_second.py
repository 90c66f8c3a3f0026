"""Dropped articles by a second method: the parse's determiners, any noun phrase, any role.

garble_eval's ``article-drop`` deletes "a", "an" or "the" before a lower-case word of a
sentence it lints alone. This benchmark is written apart from it and from the checks, to
see how an article deleted anywhere in a whole story is found:

  article-drop: a story is drawn uniformly, then one sentence of its body at random that
  has an article, then one article of it at random: the word "a", "an" or "the" that the
  parser labels the determiner (``det``) of a noun; the noun phrase may be a subject, an
  object, after a preposition, before an adjective or a number, before a capitalised
  name ("the Kremlin", "the European Union") or begin the sentence ("The company said"
  -> "Company said", the next word taking the capital);
  article-drop-common: the same, among the articles of a common noun only (tag NN or
  NNS), so that the share of proper names ("the Kremlin" -> "Kremlin", which is often
  still English) does not hide how the common nouns fare.

The whole story is linted clean and damaged with the default selection of rules (all the
stable rules, the grammar tier chosen by ``--tier``), and a damage counts as found on its
line when a finding the clean story did not have touches the damaged sentence, and near
when it touches the words beside the gap.

Stories split into tuning and held-out halves (50/50) by a hash of their path, the halves
a build script may learn from (tuning) and may not (held-out). Usage:

    python benchmarks/garble_article_second.py [--tier parser|patterns] [--per-kind 200]
        [--kinds article-drop,article-drop-common] [--misses misses.tsv] [--seed 27]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from garble_eval import chosen_kinds, corpus_missing, damage_arguments  # noqa: E402
from garble_structure_second import (  # noqa: E402
    Edit,
    Story,
    _any_sentence,
    _remove,
    load_stories,
    measure,
)

from wirelint.config import Config  # noqa: E402

KINDS = ("article-drop", "article-drop-common")
_ARTICLES = frozenset({"a", "an", "the"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_COMMON_TAGS = frozenset({"NN", "NNS"})


def tuning_half(rel: str) -> bool:
    """Whether a story is in the tuning half (a word list may be counted from it)."""
    return int(hashlib.sha1(rel.encode()).hexdigest(), 16) % 2 == 0


def held_out_half(rel: str) -> bool:
    return not tuning_half(rel)


class Damager:
    def __init__(self) -> None:
        from wirelint.grammar.parser import load

        self.nlp = load()

    def _drop(self, story: Story, k: int, rng: random.Random, tags: frozenset[str]) -> Edit | None:
        s = story.sentences[k]
        text = story.text[s.start : s.end]
        toks = self.nlp.parse([text])[0].tokens
        sites = [
            t
            for t in toks
            if t.text.lower() in _ARTICLES and t.dep == "det" and toks[t.head].tag in tags
        ]
        if not sites:
            return None
        t = rng.choice(sites)
        new, at = _remove(text, t.start, t.end)
        # The damage: the words either side of the gap.
        return Edit(
            s.start,
            s.end,
            new,
            s.start + max(0, at - 1),
            s.start + at + 2,
            s.start,
            s.start + len(new),
        )

    def article_drop(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        return self._drop(story, k, rng, _NOUN_TAGS)

    def article_drop_common(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        return self._drop(story, k, rng, _COMMON_TAGS)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    damage_arguments(ap, per_kind=200, seed=27)
    ap.add_argument("--splits", default="tuning,held-out")
    args = ap.parse_args()
    if corpus_missing(args):
        return 0
    config = Config(grammar=args.tier)
    damager = Damager()
    kinds = chosen_kinds(args, KINDS)
    pool = load_stories(args.corpus, held_out_half)
    print(
        f"tier: {args.tier}; stories: tuning {len(pool['tuning']):,}, "
        f"held-out {len(pool['held-out']):,}"
    )
    measure(args, damager, kinds, pool, config, _any_sentence)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
