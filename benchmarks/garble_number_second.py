"""Agreement and auxiliary damage by a plain method: every finite verb's number, every auxiliary.

garble_eval's agreement kinds flip a verb next to a subject they found themselves; this
benchmark is written apart from the checks to measure the two slips an editor leaves most
often in real copy, anywhere in a whole story:

  number-flip: one finite verb of a random body sentence, chosen uniformly among ALL of
  them, changes number: is/are, was/were, has/have, does/do, and a present-tense lexical
  verb between its -s form and its base form (says/say, rise/rises); its subject may sit
  behind a relative clause, an apposition, a prepositional phrase, a coordination, a
  number or a collective noun, or follow it (questions, "there is");
  aux-drop: one auxiliary be, have or will of a random body sentence is deleted
  ("shares were expected to fall" -> "shares expected to fall", "it has been sold" ->
  "it been sold", "they are going" -> "they going", "will be" -> "be"); a "have" whose
  participle reads as a simple past once it is gone ("has agreed" -> "agreed") is not
  damage and is never chosen.

The finite verbs and auxiliaries are found by the parser's tags and labels (the same
model the checks read, so a verb the parser misses is never damaged: the figures are of
damage the parse can see); the new forms come from lemminflect, not the rules' tables.
The whole story is linted clean and damaged with the grammar rules (WL4xx), and a damage
counts as found on its line when a finding the clean story did not have touches the
damaged sentence, and near when it touches the damaged word or a neighbour.

Stories split into tuning (80%) and held-out (20%) by garble_eval's path hash. Usage:

    python benchmarks/garble_number_second.py [--tier parser|patterns] [--per-kind 200]
        [--kinds number-flip,aux-drop] [--misses misses.tsv] [--seed 13]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from garble_eval import (  # noqa: E402
    NUMBER_SWAP,
    Forms,
    chosen_kinds,
    corpus_missing,
    damage_arguments,
)
from garble_structure_second import (  # noqa: E402
    Edit,
    Story,
    _one_sentence,
    _remove,
    load_stories,
    measure,
)

from wirelint.config import Config  # noqa: E402

KINDS = ("number-flip", "aux-drop")
_BE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "am"})
_HAVE_AUX = frozenset({"has", "have", "had"})
_WILL = frozenset({"will"})


def _keep_case(old: str, new: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


class Damager:
    def __init__(self) -> None:
        from wirelint.grammar.parser import load

        self.nlp = load()
        self.forms = Forms()

    def _sentence(self, story: Story, k: int) -> tuple[str, int]:
        s = story.sentences[k]
        return story.text[s.start : s.end], s.start

    def _flip(self, word: str, tag: str) -> str | None:
        low = word.lower()
        if low in NUMBER_SWAP:
            return NUMBER_SWAP[low]
        if not low.isalpha():
            return None
        lemma = self.forms.verb_lemma(low)
        if lemma is None or lemma in ("be", "have", "do"):
            return None
        new = self.forms.form(lemma, "VB" if tag == "VBZ" else "VBZ")
        return new if new and new != low else None

    def number_flip(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        text, at = self._sentence(story, k)
        toks = self.nlp.parse([text])[0].tokens
        sites = []
        for t in toks:
            low = t.text.lower()
            if t.tag in ("VBZ", "VBP") or low in ("was", "were"):
                if text[t.end : t.end + 1] in ("'", "’") or "'" in t.text or "’" in t.text:
                    continue  # 's, 're, don't: half a word
                new = self._flip(t.text, t.tag)
                if new:
                    sites.append((t, new))
        if not sites:
            return None
        t, new = rng.choice(sites)
        changed = text[: t.start] + _keep_case(t.text, new) + text[t.end :]
        return Edit(
            at,
            at + len(text),
            changed,
            at + t.start,
            at + t.start + len(new),
            at,
            at + len(changed),
        )

    def aux_drop(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        text, at = self._sentence(story, k)
        toks = self.nlp.parse([text])[0].tokens
        sites = []
        for i, t in enumerate(toks):
            low = t.text.lower()
            if t.dep not in ("aux", "auxpass") or not t.text.isalpha():
                continue
            if low not in _BE_AUX | _HAVE_AUX | _WILL:
                continue
            if i + 1 < len(toks) and toks[i + 1].start == t.end:
                continue  # haven't, he'll: half a word
            head = toks[t.head]
            if low in _HAVE_AUX and head.tag in ("VBN", "VBD"):
                lemma = self.forms.verb_lemma(head.text)
                past = self.forms.form(lemma, "VBD") if lemma else None
                if past and past.lower() == head.text.lower():
                    continue  # has agreed -> agreed: still a sentence
            sites.append(t)
        if not sites:
            return None
        t = rng.choice(sites)
        new, where = _remove(text, t.start, t.end)
        return Edit(
            at, at + len(text), new, at + max(0, where - 1), at + where + 2, at, at + len(new)
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    damage_arguments(ap, per_kind=200, seed=13)
    ap.add_argument("--splits", default="tuning,held-out")
    args = ap.parse_args()
    if corpus_missing(args):
        return 0
    config = Config(select=("WL4",), grammar=args.tier)
    damager = Damager()
    kinds = chosen_kinds(args, KINDS)
    pool = load_stories(args.corpus)
    print(
        f"tier: {args.tier}; stories: tuning {len(pool['tuning']):,}, "
        f"held-out {len(pool['held-out']):,}"
    )
    measure(args, damager, kinds, pool, config, _one_sentence)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
