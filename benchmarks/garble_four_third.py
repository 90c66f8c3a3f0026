"""Agreement, lost auxiliaries, prepositions and swapped words: a third method, from the parse.

garble_eval's kinds place damage by word lists next to a subject or a verb they find
themselves, and the second generators (garble_number_second, garble_structure_second)
place it uniformly over a story's verbs and words. This one is written apart from the
checks and from both, from the dependency parse of a corpus sentence, to place each
damage where the grammar makes it hard to see:

  agreement-far: a finite verb whose number shows (is/are, was/were, has/have,
  does/do, says/say) changes number where its subject is far from it: the subject's own
  words (a prepositional phrase, a relative clause, an apposition, a participle) stand
  between them ("shares of the lender was", "the report, which analysts had awaited,
  were");
  subject-number: the head noun of such a verb's subject changes number instead
  ("the share of the lender were", "the reports, which analysts had awaited, was");
  lost-auxiliary: is, are, was, were, has, have, had or will is deleted before the
  participle, -ing form or base form it carries ("exports expected to fall", "the union
  threatening a strike"); a "have" whose participle reads as a simple past once it is gone
  ("has agreed" -> "agreed") is left alone: that is still a sentence;
  preposition-drop / preposition-swap: a preposition (in, on, at, for, to, of, with, by,
  from) that a verb, a noun or an adjective takes before its object is deleted, or
  swapped for another of the nine;
  word-swap: two neighbouring tokens of the sentence (words or figures, any pair that
  changes the order) change places; a capital moves with the sentence's start.

The sites are found by the parser's tags and labels; the new verb and noun forms come
from lemminflect. The whole story is linted clean and damaged with the grammar rules
(WL4xx), and a damage counts as found on its line when a finding the clean story did not
have touches the damaged sentence, and near when it touches the damaged words or a
neighbour. The codes of the new findings on the line are counted per kind.

Stories split into tuning (80%) and held-out (20%) by garble_eval's path hash. Usage:

    python benchmarks/garble_four_third.py [--tier parser|patterns] [--per-kind 150]
        [--kinds agreement-far,...] [--misses misses.tsv] [--seed 31]
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
from wirelint.grammar.parser import Tok  # noqa: E402

KINDS = (
    "agreement-far",
    "subject-number",
    "lost-auxiliary",
    "preposition-drop",
    "preposition-swap",
    "word-swap",
)
_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will"})
_PREPOSITIONS = ("in", "on", "at", "for", "to", "of", "with", "by", "from")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Labels of a noun's own words that may stand between it and its verb.
_POSTMODIFIERS = frozenset({"prep", "relcl", "acl", "appos"})


def _keep_case(old: str, new: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _half_word(text: str, toks: tuple[Tok, ...], i: int) -> bool:
    """Whether token ``i`` is glued to a neighbour (don't, he's, U.S.-based)."""
    t = toks[i]
    if i + 1 < len(toks) and toks[i + 1].start == t.end:
        return True
    return i > 0 and toks[i - 1].end == t.start


class Damager:
    def __init__(self) -> None:
        from wirelint.grammar.parser import load

        self.nlp = load()
        self.forms = Forms()

    def _parse(self, story: Story, k: int) -> tuple[str, int, tuple[Tok, ...]]:
        s = story.sentences[k]
        text = story.text[s.start : s.end]
        return text, s.start, self.nlp.parse([text])[0].tokens

    @staticmethod
    def _replace(text: str, at: int, start: int, end: int, new: str) -> Edit:
        changed = text[:start] + new + text[end:]
        return Edit(
            at, at + len(text), changed, at + start, at + start + len(new), at, at + len(changed)
        )

    def _verb_flip(self, word: str, tag: str) -> str | None:
        low = word.lower()
        if low in NUMBER_SWAP:
            return NUMBER_SWAP[low]
        if tag not in ("VBZ", "VBP") or not low.isalpha():
            return None
        lemma = self.forms.verb_lemma(low)
        if lemma is None or lemma in ("be", "have", "do"):
            return None
        new = self.forms.form(lemma, "VB" if tag == "VBZ" else "VBZ")
        return new if new and new != low else None

    def _noun_flip(self, word: str, tag: str) -> str | None:
        from lemminflect import getAllInflections, getAllLemmas

        low = word.lower()
        if not low.isalpha() or tag not in ("NN", "NNS"):
            return None
        lemmas = getAllLemmas(low).get("NOUN")
        if not lemmas:
            return None
        forms = getAllInflections(lemmas[0], upos="NOUN").get("NNS" if tag == "NN" else "NN")
        new = forms[0] if forms else None
        return new if new and new != low else None

    def _far_subjects(self, text: str, toks: tuple[Tok, ...]) -> list[tuple[int, int]]:
        """(subject head, finite verb) pairs whose number shows on the verb and between
        which the subject's own postmodifiers stand."""
        pairs = []
        for v, t in enumerate(toks):
            if t.tag not in ("VBZ", "VBP", "VBD") or _half_word(text, toks, v):
                continue
            if t.tag == "VBD" and t.text.lower() not in ("was", "were"):
                continue
            # The subject hangs on the verb, or on the lexical verb this auxiliary serves.
            owner = v if t.dep not in ("aux", "auxpass") else t.head
            subjects = [k for k, u in enumerate(toks) if u.head == owner and u.dep in _SUBJECTS]
            if len(subjects) != 1 or subjects[0] > v:
                continue
            s = subjects[0]
            if toks[s].tag not in ("NN", "NNS", "NNP", "NNPS"):
                continue
            between = [
                k
                for k, u in enumerate(toks)
                if u.head == s and k != s and s < k < v and u.dep in _POSTMODIFIERS
            ]
            if between:
                pairs.append((s, v))
        return pairs

    def agreement_far(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        text, at, toks = self._parse(story, k)
        sites = [
            (v, new)
            for _, v in self._far_subjects(text, toks)
            if (new := self._verb_flip(toks[v].text, toks[v].tag))
        ]
        if not sites:
            return None
        v, new = rng.choice(sites)
        t = toks[v]
        return self._replace(text, at, t.start, t.end, _keep_case(t.text, new))

    def subject_number(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        text, at, toks = self._parse(story, k)
        sites = [
            (s, new)
            for s, _ in self._far_subjects(text, toks)
            if not _half_word(text, toks, s) and (new := self._noun_flip(toks[s].text, toks[s].tag))
        ]
        if not sites:
            return None
        s, new = rng.choice(sites)
        t = toks[s]
        return self._replace(text, at, t.start, t.end, _keep_case(t.text, new))

    def lost_auxiliary(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        text, at, toks = self._parse(story, k)
        sites = []
        for i, t in enumerate(toks):
            low = t.text.lower()
            if low not in _AUXILIARIES or t.dep not in ("aux", "auxpass"):
                continue
            if _half_word(text, toks, i) or t.head <= i:
                continue
            head = toks[t.head]
            # Only adverbs (and "not") between the auxiliary and its verb.
            if any(toks[j].tag not in ("RB", "RBR", "RBS") for j in range(i + 1, t.head)):
                continue
            wanted = ("VB",) if low == "will" else ("VBN", "VBG")
            if head.tag not in wanted and not (low == "will" and head.text.lower() == "be"):
                continue
            if low in ("has", "have", "had") and head.tag == "VBN":
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

    def _preposition_sites(self, text: str, toks: tuple[Tok, ...]) -> list[int]:
        """Prepositions of the nine that a verb, noun or adjective takes before its object."""
        sites = []
        for i, t in enumerate(toks):
            if t.text.lower() not in _PREPOSITIONS or t.tag not in ("IN", "TO"):
                continue
            if t.dep not in ("prep", "dative", "agent") or _half_word(text, toks, i):
                continue
            if t.head == i or toks[t.head].tag[:2] not in ("VB", "NN", "JJ"):
                continue
            if not any(u.head == i and u.dep == "pobj" for u in toks):
                continue
            if i == 0:
                continue  # a sentence's opening phrase: not a word's pattern
            sites.append(i)
        return sites

    def preposition_drop(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        text, at, toks = self._parse(story, k)
        sites = self._preposition_sites(text, toks)
        if not sites:
            return None
        t = toks[rng.choice(sites)]
        new, where = _remove(text, t.start, t.end)
        return Edit(
            at, at + len(text), new, at + max(0, where - 1), at + where + 2, at, at + len(new)
        )

    def preposition_swap(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        text, at, toks = self._parse(story, k)
        sites = self._preposition_sites(text, toks)
        if not sites:
            return None
        t = toks[rng.choice(sites)]
        new = rng.choice([p for p in _PREPOSITIONS if p != t.text.lower()])
        return self._replace(text, at, t.start, t.end, _keep_case(t.text, new))

    def word_swap(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        text, at, toks = self._parse(story, k)
        pairs = [
            i
            for i in range(len(toks) - 1)
            if toks[i].text[:1].isalnum()
            and toks[i + 1].text[:1].isalnum()
            and text[toks[i].end : toks[i + 1].start] == " "
            and toks[i].text.lower() != toks[i + 1].text.lower()
            and not _half_word(text, toks, i)
            and not _half_word(text, toks, i + 1)
        ]
        if not pairs:
            return None
        i = rng.choice(pairs)
        a, b = toks[i], toks[i + 1]
        one, two = a.text, b.text
        if (
            a.start == 0
            and one[:1].isupper()
            and not one.isupper()
            and a.tag not in ("NNP", "NNPS")
        ):
            one = one[:1].lower() + one[1:]
            two = two[:1].upper() + two[1:]
        return self._replace(text, at, a.start, b.end, f"{two} {one}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    damage_arguments(ap, per_kind=150, seed=31)
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
    measure(args, damager, kinds, pool, config, _one_sentence, show_codes=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
