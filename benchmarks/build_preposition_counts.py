"""Rebuild ``rules/grammar-preposition-counts.toml``: the prepositions words take, counted from copy.

WL432 reports a word followed by a preposition it does not take (`depend at`) and a verb
that never stands straight before its object (`according a report`). The hand lists of
``grammar-prepositions.toml`` hold the words a grammar names; this script counts the rest
from published copy: the tuning part of the corpus (the 80% that ``garble_eval.held_out``
leaves, so the held-out part measures the check on stories the counts never saw).

Each body paragraph is parsed. For every verb (by its lemma), adjective and noun (as
written, in lower case) it counts how often the word is followed straight away by one of
the pack's `common-prepositions` that the parser hangs on it as its own (not a passive's
`by`), which one, and how often a noun phrase follows it straight away instead (for a
noun: a determiner). A word read at least ``--min-uses`` times before a preposition of
its own, one of them at least ``--min-top`` of the time, is listed with the prepositions
seen at least ``--min-seen`` times (`counted-noun-prepositions`: `number: for in of`);
the check reports another straight after it. Of those, a verb or a noun straight before
a noun phrase in at most ``--max-object`` of its uses is listed as needing its
preposition (`counted-nouns-needing-preposition`: `part`); the check reports one that is.

Usage (the grammar extra installed):

    python benchmarks/build_preposition_counts.py [--corpus ../shared/corpus] [--every 1]
        [--counts counts.tsv] [--from-counts counts.tsv]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from garble_eval import held_out  # noqa: E402

from wirelint.config import Config  # noqa: E402
from wirelint.document.model import PartKind, parse_document  # noqa: E402
from wirelint.grammar.parser import load  # noqa: E402
from wirelint.packs import Packs  # noqa: E402
from wirelint.registry import Context  # noqa: E402
from wirelint.rules.wl401_garbled_sentence import scanner_for  # noqa: E402

OUT = REPO / "rules" / "grammar-preposition-counts.toml"
#: The labels of a preposition the parser hangs on the word before it as the word's own
#: (not `agent`: the `by` of a passive's doer follows any transitive verb).
PREPOSITION_DEPS = frozenset({"prep", "dative"})
#: Tags that open a noun phrase straight after a verb (WL432's own test for a lost one).
PHRASE_TAGS = frozenset({"DT", "PRP$", "NN", "NNS", "NNP", "NNPS", "CD", "JJ", "PRP"})
#: Tags that open a noun phrase straight after a noun (part the proceeds, a lot money):
#: a determiner; a noun or an adjective there is a compound's.
NOUN_PHRASE_TAGS = frozenset({"DT", "PRP$", "PDT"})
#: The three kinds of word counted, by the parser's tag.
KINDS = {"VB": "verb", "JJ": "adjective", "NN": "noun"}
#: What follows a word when a noun phrase comes straight after it.
OBJECT = "<object>"
HEADER = """\
[pack]
name = "grammar-preposition-counts"
description = "The prepositions verbs, adjectives and nouns take straight after them, and the verbs and nouns that never stand straight before a noun phrase, counted from wire copy: WL432 wrong-preposition reads them after the hand lists of grammar-prepositions. A newsroom pack may replace any list."
provenance = "Counted by benchmarks/build_preposition_counts.py from the tuning part of the corpus of published stories (BBC News, Wikinews, Reuters-21578; the 80% garble_eval.held_out leaves), parsed by spaCy's en_core_web_sm: every verb (by lemma), adjective and noun followed straight away by a preposition the parser hangs on it, or by a noun phrase. Only the words and their prepositions are shipped, no corpus text."
license = "CC0-1.0 (a list of English words with no text from its sources)"

# Words read {min_uses}+ times straight before a preposition of their own, one
# preposition {min_top:.0%}+ of the time; listed with the prepositions seen {min_seen}+ times.
# Verbs by lemma, adjectives and nouns as written.
[grammar-words]
"""
SECTION = "{key} = [\n"


def count(corpus: Path, every: int) -> dict[str, Counter[str]]:
    """``kind word`` -> what followed it straight away: a preposition, or OBJECT."""
    scanner = scanner_for(Context(Config(select=("WL4",), grammar="parser"), Packs()))
    assert scanner is not None
    lex = scanner.lex
    prepositions = lex.words["common-prepositions"]
    nlp = load()
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    paths = sorted(p for p in corpus.rglob("*.txt") if p.parent.name != "odd")[::every]
    for path in paths:
        if held_out(str(path.relative_to(corpus))):
            continue
        doc = parse_document(path.read_text(encoding="utf-8"))
        texts = [p.text for p in doc.parts if p.kind is PartKind.PARAGRAPH]
        for parse in nlp.parse(texts):
            toks = parse.tokens
            for i, t in enumerate(toks[:-1]):
                kind = KINDS.get(t.tag[:2])
                if kind is None or not (t.text.isalpha() and t.text.islower()):
                    continue
                nxt = toks[i + 1]
                if nxt.start != t.end + 1:
                    continue  # a hyphen, a quote or a line break between
                word = t.text
                if kind == "verb":
                    lemmas = lex.lemmas(word)  # as WL432 looks a verb up (Sentence.lemma)
                    word = lemmas[0] if lemmas else word
                key = f"{kind} {word}"
                if (
                    nxt.text.lower() in prepositions
                    and nxt.head == i
                    and nxt.dep in PREPOSITION_DEPS
                ):
                    seen[key][nxt.text.lower()] += 1
                elif nxt.head != i + 1 and (
                    (kind == "verb" and nxt.tag in PHRASE_TAGS)
                    or (kind == "noun" and nxt.tag in NOUN_PHRASE_TAGS)
                ):
                    seen[key][OBJECT] += 1
        nlp.clear()
    return seen


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--every", type=int, default=1, help="read every n-th story")
    ap.add_argument("--min-uses", type=int, default=40)
    ap.add_argument("--min-top", type=float, default=0.85)
    ap.add_argument("--min-seen", type=int, default=2)
    ap.add_argument("--max-object", type=float, default=0.01)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--counts", type=Path, help="also write every word's counts here")
    ap.add_argument("--from-counts", type=Path, help="list from a --counts file; parse nothing")
    args = ap.parse_args()
    if args.from_counts:
        seen: dict[str, Counter[str]] = defaultdict(Counter)
        for row in args.from_counts.read_text(encoding="utf-8").splitlines():
            key, follower, n = row.split("\t")
            seen[key][follower] = int(n)
    else:
        seen = count(args.corpus, args.every)
    if args.counts:
        rows = (f"{k}\t{f}\t{n}\n" for k in sorted(seen) for f, n in seen[k].most_common())
        args.counts.write_text("".join(rows), encoding="utf-8")
    lists: dict[str, list[str]] = {
        f"counted-{kind}-prepositions": [] for kind in ("verb", "adjective", "noun")
    }
    lists["counted-verbs-needing-preposition"] = []
    lists["counted-nouns-needing-preposition"] = []
    for key in sorted(seen):
        kind, word = key.split(" ", 1)
        followers = Counter(seen[key])
        objects = followers.pop(OBJECT, 0)
        uses = sum(followers.values())
        if uses < args.min_uses or followers.most_common(1)[0][1] < args.min_top * uses:
            continue
        takes = sorted(p for p, n in followers.items() if n >= args.min_seen)
        lists[f"counted-{kind}-prepositions"].append(f"{word}: {' '.join(takes)}")
        if kind != "adjective" and objects <= args.max_object * (uses + objects):
            lists[f"counted-{kind}s-needing-preposition"].append(word)
    fmt = {
        "min_uses": args.min_uses,
        "min_top": args.min_top,
        "min_seen": args.min_seen,
        "max_object": args.max_object,
    }
    out = HEADER.format(**fmt)
    for name, entries in lists.items():
        if name.endswith("needing-preposition"):
            out += (
                f"# Of those, the ones straight before a noun phrase in {args.max_object:.0%} "
                "of their uses or fewer.\n"
            )
        out += SECTION.format(key=name) + "".join(f'  "{e}",\n' for e in entries) + "]\n"
    args.out.write_text(out, encoding="utf-8")
    print(", ".join(f"{len(v)} {k}" for k, v in lists.items()) + f": {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
