"""Rebuild ``rules/grammar-count-nouns.toml``: singular nouns wire copy writes with a determiner.

WL447 reports a singular common noun standing with no determiner where English needs
one (`said company`, `fill black hole`). Which nouns are counted (a company, the
company) and which stand bare in good English (growth, power, water) is counted here
from published copy: the tuning half of the corpus (``tuning_half`` of the article
benchmark, so its held-out half measures the check on stories the list never saw).

Each body paragraph of a story that is not telegraphic (the wire's `mln`, `dlrs`, `pct`
drop articles by house style) is parsed, and every lower-case singular noun (tag NN)
that heads a noun phrase as a subject, an object or a preposition's object is counted
as determined (an article, a possessive, a number, a quantifier anywhere before it in
its phrase: `the`, `its`, `Russia's`, `two`, `every`) or bare. A noun is listed when
it was read at least ``--min-uses`` times and bare in no more than ``--max-bare`` of
them. Usage (the grammar extra installed):

    python benchmarks/build_count_nouns.py [--corpus ../shared/corpus] [--every 1]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from garble_article_second import tuning_half  # noqa: E402

from wirelint.analysis.word_evidence import telegraphic, telegraphic_cues  # noqa: E402
from wirelint.document.model import PartKind, parse_document  # noqa: E402
from wirelint.grammar.parser import Parse, load  # noqa: E402
from wirelint.packs import Packs  # noqa: E402

OUT = REPO / "rules" / "grammar-count-nouns.toml"
#: The roles of a noun phrase whose head is counted.
ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
#: Tags of a word that determines a noun after it in its phrase.
DETERMINING_TAGS = frozenset({"DT", "PDT", "PRP$", "POS", "CD", "WDT", "WP", "WP$"})
HEADER = """\
[pack]
name = "grammar-count-nouns"
description = "Singular nouns that wire copy writes with a determiner (an article, a possessive, a number, a quantifier): WL447 bare-count-noun reports one standing bare. A newsroom pack may replace the list."
provenance = "Counted by benchmarks/build_count_nouns.py from the tuning half of the corpus of published stories (BBC News, Wikinews, Reuters-21578 without its telegraphic copy): every lower-case singular noun heading a subject, an object or a preposition's object, parsed by spaCy's en_core_web_sm; listed when read at least {min_uses} times and bare in at most {max_bare:.0%} of them. Only the nouns are shipped, no corpus text."
license = "CC0-1.0 (a list of English words with no text from its sources)"

[grammar-words]
# WL447: singular nouns read {min_uses}+ times in the tuning half and bare in {max_bare:.0%} or less.
count-nouns = [
"""


def determined(parse: Parse, i: int, left: int) -> bool:
    """Does a determiner stand in noun i's phrase before it (from token ``left`` on)?"""
    toks = parse.tokens
    return any(toks[k].tag in DETERMINING_TAGS for k in range(left, i)) or any(
        t.head == i and t.dep in ("det", "poss", "nummod", "predet", "quantmod") for t in toks
    )


def left_edge(parse: Parse, i: int) -> int:
    toks = parse.tokens
    edge = i
    for k, t in enumerate(toks):
        if t.head == i and k != i and k < edge:
            edge = min(edge, left_edge(parse, k))
    return edge


def count(corpus: Path, every: int) -> tuple[Counter[str], Counter[str]]:
    """Uses of each singular noun in the tuning half: all of them, and the bare ones."""
    cues = telegraphic_cues(Packs())
    nlp = load()
    uses: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    paths = sorted(p for p in corpus.rglob("*.txt") if p.parent.name != "odd")[::every]
    for path in paths:
        if not tuning_half(str(path.relative_to(corpus))):
            continue
        doc = parse_document(path.read_text(encoding="utf-8"))
        if telegraphic(doc.words, cues):
            continue
        texts = [p.text for p in doc.parts if p.kind is PartKind.PARAGRAPH]
        for parse in nlp.parse(texts):
            for i, t in enumerate(parse.tokens):
                if (
                    t.tag != "NN"
                    or t.dep not in ROLES
                    or not (t.text.isalpha() and t.text.islower())
                ):
                    continue
                uses[t.text] += 1
                if not determined(parse, i, left_edge(parse, i)):
                    bare[t.text] += 1
        nlp.clear()
    return uses, bare


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--every", type=int, default=1, help="read every n-th story")
    ap.add_argument("--min-uses", type=int, default=12)
    ap.add_argument("--max-bare", type=float, default=0.03)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--counts", type=Path, help="also write every noun's uses and bare uses here")
    ap.add_argument("--from-counts", type=Path, help="list from a --counts file; parse nothing")
    args = ap.parse_args()
    if args.from_counts:
        uses, bare = Counter[str](), Counter[str]()
        for row in args.from_counts.read_text(encoding="utf-8").splitlines():
            w, n, b = row.split("\t")
            uses[w], bare[w] = int(n), int(b)
    else:
        uses, bare = count(args.corpus, args.every)
    if args.counts:
        rows = (f"{w}\t{n}\t{bare[w]}\n" for w, n in uses.most_common())
        args.counts.write_text("".join(rows), encoding="utf-8")
    words = sorted(
        w for w, n in uses.items() if n >= args.min_uses and bare[w] <= args.max_bare * n
    )
    body = "".join(f'  "{w}",\n' for w in words)
    header = HEADER.format(min_uses=args.min_uses, max_bare=args.max_bare)
    args.out.write_text(header + body + "]\n", encoding="utf-8")
    print(f"{len(words)} nouns of {len(uses)} read: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
