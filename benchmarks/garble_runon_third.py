"""Run-on sentences and half-sentence splices by a third method: two neighbouring sentences.

garble_eval's run-on and splice kinds build the damage from sentence pairs it picks
itself, and garble_structure_second.py joins any sentence to its neighbour or glues the
first part of one sentence to the last part of ANY other. This benchmark is written
apart from the checks (before reading them) and damages only the two consecutive
sentences of one paragraph, the way an editor's slip joins them:

  runon-capital: the full stop between them is deleted and the next word keeps its
  capital ("Gold rose 0.5% to $2,010 an ounce Traders said the dollar was weaker");
  runon-lower: the full stop is deleted and the next word is lower-cased (a pair whose
  second sentence starts with a word the story writes capitalised mid-sentence, a name,
  is not used: lowering it is not the slip);
  runon-drop-word: the full stop AND the second sentence's first word are deleted when
  that word is an article or a subject pronoun ("The", "A", "He", "They", ...), so the
  second clause starts in lower case with no signal word ("... an ounce dollar was
  weaker", "... an ounce said the dollar was weaker");
  splice: the first sentence is cut at a random word boundary after its main verb (the
  parse's root, a verb), and the second sentence is glued on from a random word boundary
  before its main verb, so the result keeps a verb of each ("The bank was expected to
  close the deal shareholders have long argued that ...").

A comma splice (the two sentences joined by a comma) is not generated: issue 13 asks
for "two independent clauses joined without punctuation or a conjunction", and a comma
is punctuation; wire copy also writes comma-joined clauses in quotations on purpose.

Only pairs whose first sentence ends in a plain full stop followed by one space are
used (not "?", "!", a closing quotation mark or an abbreviation such as "Inc."), so the
deleted character is always a sentence's full stop.

The whole story is linted clean and damaged with the grammar rules (WL4xx); a damage is
found on its line when a finding the clean story did not have touches the joined
sentence, and near when it touches the junction's two words. The table is per kind and
split (tuning 80% / held-out 20% by garble_eval's path hash), then which codes fired.
Usage:

    python benchmarks/garble_runon_third.py [--tier parser|patterns] [--per-kind 120]
        [--kinds runon-capital,...] [--misses misses.tsv] [--seed 31]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from garble_eval import PLAIN_WORD, chosen_kinds, corpus_missing, damage_arguments  # noqa: E402
from garble_structure_second import (  # noqa: E402
    Edit,
    Story,
    _any_sentence,
    load_stories,
    measure,
)

from wirelint.config import Config  # noqa: E402

KINDS = ("runon-capital", "runon-lower", "runon-drop-word", "splice")
#: First words of a sentence that runon-drop-word deletes: articles and subject pronouns.
_DROPPABLE = frozenset({"The", "A", "An", "He", "She", "They", "We", "It", "I"})
#: Words before a full stop that make it an abbreviation's, not a sentence's.
_ABBREVIATION = re.compile(
    r"\b(?:[A-Z]|Inc|Corp|Co|Ltd|Jr|Sr|St|Mr|Mrs|Ms|Dr|No|vs|U\.S|U\.K|a\.m|p\.m)\.$"
)
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VB", "VBN", "VBG", "MD"})


def _written_as_name(story: Story, word: str) -> bool:
    """The story writes ``word`` capitalised after a lower-case word or comma: a name."""
    return re.search(rf"[a-z,] {re.escape(word)}\b", story.text) is not None


class Damager:
    def __init__(self) -> None:
        from wirelint.grammar.parser import load

        self.nlp = load()

    def _pair(self, story: Story, k: int) -> tuple[str, str] | None:
        """Sentence k and k+1 when they are neighbours in one paragraph, the first ends
        in a sentence's full stop and one space separates them."""
        if k + 1 >= len(story.sentences):
            return None
        s, t = story.sentences[k], story.sentences[k + 1]
        if s.part != t.part or story.text[s.end : t.start] != " ":
            return None
        one, two = story.text[s.start : s.end], story.text[t.start : t.end]
        if not one.endswith(".") or _ABBREVIATION.search(one) or one.endswith(".."):
            return None
        if len(PLAIN_WORD.findall(one)) < 3 or len(PLAIN_WORD.findall(two)) < 3:
            return None
        if not two[:1].isupper():
            return None
        return one, two

    def _joined(self, story: Story, k: int, two: str) -> Edit:
        """Sentence k without its full stop, one space, then ``two``; the damage is
        the first sentence's last word and the second part's first."""
        s, t = story.sentences[k], story.sentences[k + 1]
        one = story.text[s.start : s.end - 1]
        new = one + " " + two
        last = one.rsplit(" ", 1)[0]
        first = len(two.split(" ", 1)[0])
        return Edit(
            s.start,
            t.end,
            new,
            s.start + len(last),
            s.start + len(one) + 1 + first,
            s.start,
            s.start + len(new),
        )

    def runon_capital(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        pair = self._pair(story, k)
        if pair is None:
            return None
        return self._joined(story, k, pair[1])

    def runon_lower(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        pair = self._pair(story, k)
        if pair is None:
            return None
        two = pair[1]
        word = two.split(" ", 1)[0]
        if word == "I" or word.isupper() or _written_as_name(story, word):
            return None
        return self._joined(story, k, two[:1].lower() + two[1:])

    def runon_drop_word(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        pair = self._pair(story, k)
        if pair is None:
            return None
        word, _, rest = pair[1].partition(" ")
        if word not in _DROPPABLE or not rest:
            return None
        return self._joined(story, k, rest)

    def splice(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        pair = self._pair(story, k)
        if pair is None:
            return None
        one, two = pair
        p1, p2 = (p.tokens for p in self.nlp.parse([one, two]))
        root1 = next((i for i, t in enumerate(p1) if t.head == i and t.tag in _VERB_TAGS), None)
        root2 = next((i for i, t in enumerate(p2) if t.head == i and t.tag in _VERB_TAGS), None)
        if root1 is None or root2 is None:
            return None
        # Cut points: the start of a word after the first sentence's root, leaving at
        # least one word after the root in the head; glue points: the start of a word
        # after the second sentence's first word, up to its root.
        cuts = [
            t.start
            for i, t in enumerate(p1)
            if i > root1 + 1 and t.text[:1].isalpha() and one[t.start - 1 : t.start] == " "
        ]
        glues = [
            t.start
            for i, t in enumerate(p2)
            if 0 < i <= root2 and t.text[:1].isalpha() and two[t.start - 1 : t.start] == " "
        ]
        if not cuts or not glues:
            return None
        s, t = story.sentences[k], story.sentences[k + 1]
        head = one[: rng.choice(cuts)].rstrip()
        tail = two[rng.choice(glues) :]
        if not PLAIN_WORD.match(tail):
            return None
        new = head + " " + tail
        last = head.rsplit(" ", 1)[0]
        first = len(tail.split(" ", 1)[0])
        return Edit(
            s.start,
            t.end,
            new,
            s.start + len(last),
            s.start + len(head) + 1 + first,
            s.start,
            s.start + len(new),
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    damage_arguments(ap, per_kind=120, seed=31)
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
    measure(args, damager, kinds, pool, config, _any_sentence, show_codes=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
