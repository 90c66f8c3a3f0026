"""Sentence-structure damage by a second method: whole stories, any sentence, plain edits.

garble_uniform.py picks body sentences of eight or more words and places damage on the
tokens its parse marks (a finite lexical verb, a pronoun the parser calls a subject), and
lints the damaged sentence on its own. This benchmark is written apart from the checks
and from that generator, to see what a reader's damage looks like in a whole story:

- a story is drawn uniformly, then one sentence uniformly among ALL its body sentences
  that can take the damage: quotations, 60-word sentences, sentences of figures, short
  ones, bullets;
- the edits are plain text edits, mostly without the parser:

  verb-deletion: the main clause's finite verb is removed (the root's own word when it
  is finite, else its finite auxiliary: said, rose, has, will, is);
  copula-deletion: "is", "are", "was", "were" or "been" is removed wherever it stands;
  joined-sentences: the full stop between a sentence and the next in its paragraph is
  removed, the next word keeping its capital or, half the time, losing it;
  cut-and-glue: the first part of one sentence, cut at a random word boundary, is glued
  to the last part of another sentence of the story, cut at a random boundary;
  adjacent-word-swap: two neighbouring words anywhere are swapped (a capital moves with
  the sentence's start unless the story writes the word capitalised elsewhere);
  subject-pronoun-drop: I, he, she, we or they is removed, or it or you where the
  word-form table reads the next word as a finite verb;

- the whole story is linted clean and damaged with the grammar rules (WL4xx), and a
  damage counts as found on its line when a finding the clean story did not have touches
  the damaged sentence, and near when it touches the damaged words or a neighbour.

Stories split into tuning (80%) and held-out (20%) by garble_eval's path hash. Usage:

    python benchmarks/garble_structure_second.py [--tier parser|patterns] [--per-kind 150]
        [--kinds verb-deletion,...] [--misses misses.tsv] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from garble_eval import (  # noqa: E402
    PLAIN_WORD,
    chosen_kinds,
    corpus_missing,
    damage_arguments,
    held_out,
    print_recall,
    swap_neighbours,
    two_shares,
    write_misses,
)

from wirelint.config import Config  # noqa: E402
from wirelint.document.model import PartKind, parse_document  # noqa: E402
from wirelint.engine import lint_document  # noqa: E402
from wirelint.grammar.lexicon import BE, DO, HAVE, MODAL, VBD, VBZ, Lexicon  # noqa: E402

KINDS = (
    "verb-deletion",
    "copula-deletion",
    "joined-sentences",
    "cut-and-glue",
    "adjacent-word-swap",
    "subject-pronoun-drop",
)
_WORD = PLAIN_WORD
_COPULAS = frozenset({"is", "are", "was", "were", "been"})
_ALWAYS_SUBJECT = frozenset({"i", "he", "she", "we", "they"})
_SUBJECT_IF_VERB_FOLLOWS = frozenset({"it", "you"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_FINITE_FORMS = BE | HAVE | DO | MODAL | VBD | VBZ


class Sent(NamedTuple):
    start: int  # offset in the story
    end: int
    part: int  # index of its part: joined sentences share one


class Story(NamedTuple):
    rel: str
    text: str
    sentences: list[Sent]


class Edit(NamedTuple):
    """Story text [start, end) replaced by ``new``; the damage at [dstart, dend) of the
    damaged story; the damaged sentence at [lstart, lend) of it."""

    start: int
    end: int
    new: str
    dstart: int
    dend: int
    lstart: int
    lend: int


def load_stories(
    corpus: Path, is_held_out: Callable[[str], bool] = held_out
) -> dict[str, list[Story]]:
    """The corpus stories with body sentences, by split (``is_held_out`` of the path)."""
    out: dict[str, list[Story]] = {"tuning": [], "held-out": []}
    for path in sorted(p for p in corpus.rglob("*.txt") if p.parent.name != "odd"):
        rel = str(path.relative_to(corpus))
        text = path.read_text(encoding="utf-8")
        doc = parse_document(text)
        sents = [
            Sent(s.span.start, s.span.end, n)
            for n, part in enumerate(doc.parts)
            if part.kind in (PartKind.PARAGRAPH, PartKind.BULLET)
            for s in part.sentences
            if _WORD.search(s.text)
        ]
        if sents:
            out["held-out" if is_held_out(rel) else "tuning"].append(Story(rel, text, sents))
    return out


def _remove(text: str, start: int, end: int) -> tuple[str, int]:
    """The word at [start, end) of a sentence removed with one space; the next word takes
    a capital when the removed word began the sentence. Returns the text and where the
    removal was."""
    if start == 0:
        rest = text[end:].lstrip()
        return rest[:1].upper() + rest[1:], 0
    if text[start - 1 : start] == " ":
        return text[: start - 1] + text[end:], start - 1
    if text[end : end + 1] == " ":
        return text[:start] + text[end + 1 :], start
    return text[:start] + text[end:], start


def _sentence_edit(story: Story, s: Sent, new: str, at: int, width: int) -> Edit:
    return Edit(
        s.start, s.end, new, s.start + at, s.start + at + width, s.start, s.start + len(new)
    )


class Damager:
    def __init__(self, lex: Lexicon) -> None:
        from wirelint.grammar.parser import load

        self.lex = lex
        self.nlp = load()

    def verb_deletion(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        s = story.sentences[k]
        text = story.text[s.start : s.end]
        toks = self.nlp.parse([text])[0].tokens
        sites = []
        for i, t in enumerate(toks):
            if t.head != i or not t.text.isalpha():
                continue
            if t.tag in _FINITE_TAGS:
                sites.append(i)
                continue
            sites += [
                a
                for a, u in enumerate(toks)
                if u.head == i and u.dep in ("aux", "auxpass") and u.tag in _FINITE_TAGS
            ][:1]
        if not sites:
            return None
        t = toks[rng.choice(sites)]
        new, at = _remove(text, t.start, t.end)
        return _sentence_edit(story, s, new, max(0, at - 1), 2)

    def copula_deletion(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        s = story.sentences[k]
        text = story.text[s.start : s.end]
        sites = [m for m in _WORD.finditer(text) if m.group().lower() in _COPULAS]
        if not sites:
            return None
        m = rng.choice(sites)
        new, at = _remove(text, m.start(), m.end())
        return _sentence_edit(story, s, new, max(0, at - 1), 2)

    def subject_pronoun_drop(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        s = story.sentences[k]
        text = story.text[s.start : s.end]
        words = list(_WORD.finditer(text))
        sites = []
        for n, m in enumerate(words):
            w = m.group().lower()
            if "'" in w or "’" in w or text[m.end() : m.end() + 1] in ("'", "’"):
                continue  # he's, they'll: removing half a word
            if w in _ALWAYS_SUBJECT and (w != "i" or m.group() == "I"):
                sites.append(m)
            elif w in _SUBJECT_IF_VERB_FOLLOWS and n + 1 < len(words):
                nxt = words[n + 1]
                if text[m.end() : nxt.start()] == " " and self.lex.tag(nxt.group().lower()) & (
                    _FINITE_FORMS
                ):
                    sites.append(m)
        if not sites:
            return None
        m = rng.choice(sites)
        new, at = _remove(text, m.start(), m.end())
        return _sentence_edit(story, s, new, max(0, at - 1), 2)

    def adjacent_word_swap(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        s = story.sentences[k]

        def written_mid_sentence(word: str) -> bool:
            # A first word the story also writes capitalised mid-sentence is a name and keeps
            # its capital when it moves.
            return re.search(rf"[a-z,] {re.escape(word)}\b", story.text) is not None

        swapped = swap_neighbours(story.text[s.start : s.end], rng, written_mid_sentence)
        if swapped is None:
            return None
        new, start, end = swapped
        return _sentence_edit(story, s, new, start, end - start)

    def joined_sentences(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        if k + 1 >= len(story.sentences):
            return None
        s, t = story.sentences[k], story.sentences[k + 1]
        if s.part != t.part:
            return None
        one = story.text[s.start : s.end]
        stop = one.rstrip().rstrip("\"'”’").rfind(".")
        if stop < 0 or one[stop + 1 :].strip("\"'”’ ") != "":
            return None
        gap = story.text[s.end : t.start]
        two = story.text[t.start : t.end]
        if rng.random() < 0.5 and not re.search(rf"[a-z,] {re.escape(two.split()[0])}", story.text):
            two = two[:1].lower() + two[1:]  # lowered unless the story writes it as a name
        new = one[:stop] + one[stop + 1 :] + gap + two
        return Edit(
            s.start,
            t.end,
            new,
            s.start + stop - 1,
            s.start + stop + len(gap) + 1,
            s.start,
            s.start + len(new),
        )

    def cut_and_glue(self, story: Story, k: int, rng: random.Random) -> Edit | None:
        others = [n for n in range(len(story.sentences)) if n != k]
        if not others:
            return None
        s = story.sentences[k]
        o = story.sentences[rng.choice(others)]
        one = story.text[s.start : s.end]
        two = story.text[o.start : o.end]
        heads = list(_WORD.finditer(one))
        tails = list(_WORD.finditer(two))
        if len(heads) < 2 or len(tails) < 2:
            return None
        cut = heads[rng.randrange(1, len(heads))].start()  # the head keeps 1+ words
        glue = tails[rng.randrange(1, len(tails))].start()  # the tail drops 1+ words
        head = one[:cut].rstrip()
        new = head + " " + two[glue:]
        return _sentence_edit(story, s, new, max(0, len(head) - 1), 3)


def _findings(text: str, config: Config) -> list[tuple[int, int, str]]:
    result = lint_document(parse_document(text), config)
    return [(d.span.start, d.span.end, d.code) for d in result.diagnostics]


def _new(story: Story, edit: Edit, config: Config) -> list[tuple[int, int, str]]:
    """Findings of the damaged story that the clean story did not have (shifted past the edit)."""
    delta = len(edit.new) - (edit.end - edit.start)
    before = set()
    for s, e, code in _findings(story.text, config):
        if e <= edit.start:
            before.add((s, e, code))
        elif s >= edit.end:
            before.add((s + delta, e + delta, code))
    damaged = story.text[: edit.start] + edit.new + story.text[edit.end :]
    return [f for f in _findings(damaged, config) if f not in before]


def score(
    story: Story, edit: Edit, config: Config, label: str, misses: list[str]
) -> tuple[bool, bool, set[str]]:
    """Whether a new finding falls on the damaged line, and near the damage, and the codes
    of those on the line; a miss on the line is added to ``misses`` (label, story, the
    damaged words, the line)."""
    new = _new(story, edit, config)
    codes = {c for s, e, c in new if s < edit.lend and e > edit.lstart}
    near = any(s <= edit.dend and e >= edit.dstart for s, e, _ in new)
    if not codes:
        damaged = story.text[: edit.start] + edit.new + story.text[edit.end :]
        misses.append(
            f"{label}\t{story.rel}\t{damaged[edit.dstart : edit.dend]!r}\t"
            + damaged[edit.lstart : edit.lend].replace("\n", " ")
        )
    return bool(codes), near, codes


#: A generator's damage of one kind, at one sentence of a story (None: it takes none).
Make = Callable[[Story, int, random.Random], Edit | None]
#: How a generator picks where to damage a story: the edit at one sentence, or at the
#: first of several that takes one.
Pick = Callable[[Make, Story, random.Random], Edit | None]


def _any_sentence(make: Make, story: Story, rng: random.Random) -> Edit | None:
    """The edit at the first sentence, in a random order, that takes one."""
    order = rng.sample(range(len(story.sentences)), len(story.sentences))
    return next((e for k in order if (e := make(story, k, rng)) is not None), None)


def _one_sentence(make: Make, story: Story, rng: random.Random) -> Edit | None:
    """The edit at one sentence drawn at random, if it takes one."""
    return make(story, rng.randrange(len(story.sentences)), rng)


def measure(
    args: argparse.Namespace,
    damager: object,
    kinds: list[str],
    pool: dict[str, list[Story]],
    config: Config,
    pick: Pick,
    show_codes: bool = False,
) -> None:
    """Damage up to ``args.per_kind`` stories per kind and split, each a different story
    drawn in a seeded order, and print the recall per kind (the second and third
    generators' shared loop: they differ in their damage and in how they pick the
    sentence); with ``show_codes``, which codes fired on the damaged lines."""
    cpu0 = resource.getrusage(resource.RUSAGE_SELF).ru_utime
    results: dict[tuple[str, str], list[tuple[bool, bool]]] = defaultdict(list)
    codes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    misses: list[str] = []
    splits = args.splits.split(",")
    for split in splits:
        for kind in kinds:
            make: Make = getattr(damager, kind.replace("-", "_"))
            rng = random.Random(f"{args.seed}-{kind}-{split}")
            got = results[(split, kind)]
            for story in rng.sample(pool[split], len(pool[split])):
                if len(got) >= args.per_kind:
                    break
                edit = pick(make, story, rng)
                if edit is None:
                    continue
                line, near, fired = score(story, edit, config, f"{split}\t{kind}", misses)
                got.append((line, near))
                codes[(split, kind)].update(fired)
    cpu = resource.getrusage(resource.RUSAGE_SELF).ru_utime - cpu0
    print("recall: a new finding on the damaged line | near the damage")
    print_recall(results, kinds, two_shares)
    if show_codes:
        print("codes of the new findings on the damaged line (damaged sentences they touch):")
        for kind in kinds:
            for split in splits:
                top = ", ".join(f"{c} {n}" for c, n in codes[(split, kind)].most_common(6))
                print(f"  {kind:18s} {split:9s} {top or '-'}")
    print(f"{cpu:.0f} s CPU")
    write_misses(args.misses, misses)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    damage_arguments(ap, per_kind=150, seed=7)
    ap.add_argument("--splits", default="tuning,held-out")
    args = ap.parse_args()
    if corpus_missing(args):
        return 0
    from wirelint.packs import Packs
    from wirelint.registry import Context
    from wirelint.rules.wl401_garbled_sentence import scanner_for

    config = Config(select=("WL4",), grammar=args.tier)
    scanner = scanner_for(Context(config, Packs()))
    assert scanner is not None
    damager = Damager(scanner.lex)
    kinds = chosen_kinds(args, KINDS)
    pool = load_stories(args.corpus)
    print(
        f"tier: {args.tier}; stories: tuning {len(pool['tuning']):,}, "
        f"held-out {len(pool['held-out']):,}"
    )
    measure(args, damager, kinds, pool, config, _any_sentence)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
