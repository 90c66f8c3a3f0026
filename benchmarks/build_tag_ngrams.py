"""Regenerate ``rules/data/wl447-tag-ngrams.txt``, the table of part-of-speech n-grams WL447 reads.

Counts the symbol n-grams (1 to 4 symbols: the parser tier's fine tags, a few function
words as themselves, the sentence's edges) of the body sentences that the parser tier
reads in the corpus stories of tag_sequence_eval.py's counted part: the tuning 80% of
garble_eval's path-hash split less the quarter that sets WL447's threshold. The held-out
20% is never counted, so false alarms and recall measured on it stay honest. Only counts
are written, no text. Usage:

    python benchmarks/build_tag_ngrams.py [--corpus ../shared/corpus] [--parsed FILE]

``--parsed`` reads (or writes) the same parse file as tag_sequence_eval.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.tag_sequence_eval import (  # noqa: E402
    CTX,
    MIN_COUNT,
    ORDER,
    SYMBOL_WORDS,
    count_ngrams,
    part,
    stories_of,
)
from wirelint.grammar import parser  # noqa: E402
from wirelint.rules.wl401_garbled_sentence import scanner_for  # noqa: E402

OUT = REPO / "rules" / "data" / "wl447-tag-ngrams.txt"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--parsed", type=Path, help="the corpus parse kept by tag_sequence_eval.py")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    scanner = scanner_for(CTX)
    assert scanner is not None
    stories = stories_of(args.corpus, 1, scanner.lex, args.parsed)
    counted = [rel for rel in stories if part(rel) == "count"]
    sents = [s for rel in counted for s in stories[rel][1]]
    counts = count_ngrams(sents)
    model = parser.load()
    words = " ".join(
        w if w == s else f"{w}={s}" for w, s in sorted(SYMBOL_WORDS.items(), key=lambda x: x[1])
    )
    lines = [
        "# Part-of-speech n-gram counts of clean news copy, read by WL447 (unlikely-word-order).",
        "# Counts only: no text. Derived from the body sentences the parser tier reads in",
        f"# {len(counted):,} stories ({len(sents):,} sentences) of the wirelint test corpus",
        "# (BBC News 2004-05, Reuters-21578 1987, English Wikinews 2019-20): the tuning part",
        "# of the benchmarks' path-hash split, less the stories that set the threshold.",
        f"# Tagged by spaCy's {model.name} {model.version}. A symbol is a fine tag (Penn",
        "# Treebank), one of the @words, or <s> / </s> for the sentence's edges. Runs of 1",
        f"# to {ORDER} symbols; of 3 or more, those seen {MIN_COUNT} times or more.",
        "# Rebuilt by benchmarks/build_tag_ngrams.py.",
        f"@order {ORDER}",
        f"@words {words}",
    ]
    body = sorted(counts.items(), key=lambda item: (len(item[0]), -item[1], item[0]))
    lines.extend(f"{n}\t{' '.join(gram)}" for gram, n in body)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(body):,} n-grams to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
