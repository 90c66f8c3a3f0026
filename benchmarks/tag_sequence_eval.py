"""Can a table of part-of-speech n-grams tell a damaged sentence from clean copy?

A measurement for a proposed parser-tier check (issue 13): count the tag n-grams of
clean corpus copy and flag a sentence whose tag sequence clean copy (almost) never
has, where an adjacent-word swap or a dropped article or preposition would explain it.
Nothing here is a rule: this script decides whether such a rule is worth shipping.

A sentence is read as symbols: the spaCy fine tag of each word (the parser tier's own
pipeline and its own bad-input guards, ``parsed._views``), the words `the`, `a`/`an`,
`that` and the common prepositions as symbols of their own, and marks for the
sentence's start and end. Two scorers are measured:

- ``surprise``: the lowest log((c + 1) / (e + 1)) over the sentence's 2-, 3- and
  4-grams, where c is the n-gram's count in clean copy and e the count its two
  (n-1)-grams predict, c(a..y) * c(b..z) / c(b..y) (only n-grams with e >= 20 count,
  and the start and end marks only when the parser's sentence starts with a capital
  or ends with a full stop, so a sentence split in the wrong place is not read);
- ``swap``: a 4-gram model of the symbols (stupid backoff); the largest gain in
  log-likelihood from exchanging two neighbouring symbols: a swap that makes the
  sentence far likelier is what an adjacent-word swap leaves.

Stories are split by garble_eval's path hash: the held-out 20% is never counted nor
used to set a threshold. Of the rest, three quarters make the n-gram table and one
quarter (calibration) sets each scorer's threshold at a false-alarm target per 10,000
words of clean copy. The damage (one sentence of a story drawn at random, one kind per
story in turn) is made on calibration stories (column ``cal``) and held-out stories
(column ``held``), never on the stories counted:

- adjacent-word-swap: two neighbouring words exchanged (the first word's capital moves);
- drop-article: one `the`, `a` or `an` deleted;
- drop-preposition: one common preposition deleted;
- wrong-preposition: one common preposition replaced by another;
- cut-and-glue: the sentence cut after a random word and glued to the tail of another
  sentence of the story cut before a random word.

The damaged paragraph is parsed again; a damage is found when the score of an n-gram
(surprise) or swap (swap) that touches the damaged words or their neighbours passes the
threshold, and its clean sentence's score does not (those are left out). Printed: each
threshold's false alarms per 10,000 words on held-out clean copy (a flag per sentence at
most), and recall per kind; in brackets, the share found where the parser tier as it
stands (WL401 and WL411-WL446, on the damaged paragraph under a headline)
reports nothing new in the damaged sentence: what a check built on the scorer adds. Usage:

    python benchmarks/tag_sequence_eval.py [--corpus ../shared/corpus] [--every 1]
        [--per-kind 300] [--seed 13] [--parsed /tmp/parsed.pkl]

``--parsed`` keeps the parse of the corpus in a file (outside the repository) and reads
it back on the next run: parsing the corpus takes ~10 minutes on a loaded machine.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import pickle
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.garble_eval import CTX, PARSER_CONFIG, PLAIN_WORD, held_out, swap_neighbours  # noqa: E402
from benchmarks.tag_ngrams import END, START, TagModel, best_swap  # noqa: E402
from wirelint.document.model import PartKind, parse_document  # noqa: E402
from wirelint.engine import lint_document  # noqa: E402
from wirelint.grammar import parser  # noqa: E402
from wirelint.grammar.lexicon import Lexicon  # noqa: E402
from wirelint.grammar.parsed import _views  # noqa: E402
from wirelint.rules.wl401_garbled_sentence import scanner_for  # noqa: E402

KINDS = (
    "adjacent-word-swap",
    "drop-article",
    "drop-preposition",
    "wrong-preposition",
    "cut-and-glue",
)
PREPOSITIONS = (
    "of", "in", "on", "at", "for", "to", "with", "from", "by", "about", "into", "over",
    "after", "before", "against", "under", "through", "during", "between",
)  # fmt: skip
_ARTICLES = frozenset({"the", "a", "an"})
#: Words that are symbols of their own: a tag alone (DT, IN) says too little of them.
SYMBOL_WORDS = {"the": "the", "a": "a", "an": "a", "that": "that"} | {
    p: p for p in ("of", "in", "on", "at", "for", "to", "with", "from", "by")
}
_ENDS = frozenset({".", "!", "?", "''", '"', "”", "’"})
_OPENERS = frozenset({"``", '"', "“", "‘"})
ORDER = 4
#: N-grams of three symbols or more seen fewer times are left out of the table.
MIN_COUNT = 2
#: Only n-grams whose (n-1)-grams predict at least this many are read by `surprise`.
MIN_EXPECTED = 20.0
_WORD = PLAIN_WORD
FA_TARGETS = (0.3, 0.5, 1.0, 2.0)


class Sent(NamedTuple):
    """One trustworthy parser sentence: its paragraph, character span, words and tags."""

    para: int
    start: int
    end: int
    words: tuple[str, ...]
    tags: tuple[str, ...]


class Damaged(NamedTuple):
    clean: Sent
    words: tuple[str, ...]  # the damaged sentence as parsed again (empty: not read)
    tags: tuple[str, ...]
    first: int  # damaged token span in the damaged sentence
    last: int
    tier: bool  # the parser tier as it stands finds it (a new finding in the sentence)


Story = tuple[list[str], list[Sent]]


def part(rel: str) -> str:
    """'held' (garble_eval's held-out 20%), 'cal' (a quarter of the rest) or 'count'."""
    if held_out(rel):
        return "held"
    return "cal" if int(hashlib.sha1(rel.encode()).hexdigest(), 16) // 5 % 4 == 0 else "count"


def symbols(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    return (
        [START] + [SYMBOL_WORDS.get(w.lower(), t) for w, t in zip(words, tags, strict=True)] + [END]
    )


def word_count(words: Sequence[str]) -> int:
    return sum(1 for w in words if any(ch.isalnum() for ch in w))


def parse_sentences(paragraphs: Sequence[str], lex: Lexicon) -> list[Sent]:
    out = []
    for k, parse in enumerate(parser.load().parse(paragraphs)):
        for s in _views(parse, paragraphs[k], lex):
            idx = s.indexes()
            out.append(
                Sent(
                    k,
                    s.toks[s.first].start,
                    s.toks[s.last].end,
                    tuple(s.toks[i].text for i in idx),
                    tuple(s.toks[i].tag for i in idx),
                )
            )
    return out


def read_corpus(corpus: Path, every: int, lex: Lexicon) -> dict[str, Story]:
    files = sorted(p for p in corpus.rglob("*.txt") if "odd" not in p.parts)[::every]
    stories: dict[str, Story] = {}
    for n, path in enumerate(files):
        doc = parse_document(path.read_text(encoding="utf-8"))
        paragraphs = [p.text for p in doc.parts if p.kind in (PartKind.PARAGRAPH, PartKind.BULLET)]
        stories[str(path.relative_to(corpus))] = (paragraphs, parse_sentences(paragraphs, lex))
        parser.load().clear()
        if n % 500 == 0:
            print(f"  parsed {n}/{len(files)} stories", file=sys.stderr, flush=True)
    return stories


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        return Sent if name == "Sent" else super().find_class(module, name)


def stories_of(corpus: Path, every: int, lex: Lexicon, parsed: Path | None) -> dict[str, Story]:
    """The corpus parsed, read from ``parsed`` when that file exists (written when not)."""
    if parsed is not None and parsed.is_file():
        with parsed.open("rb") as f:
            return _Unpickler(f).load()  # type: ignore[no-any-return]
    stories = read_corpus(corpus, every, lex)
    if parsed is not None:
        parsed.write_bytes(pickle.dumps(stories))
    return stories


# The damage: (sentence text, another sentence of the story, rng) -> (new text, start,
# end of the damaged characters in the new text) or None when the sentence has no site.
Damage = tuple[str, int, int] | None


def swap(text: str, other: str, rng: random.Random) -> Damage:
    return swap_neighbours(text, rng, keeps_capital=lambda word: False)


def _drop(text: str, rng: random.Random, words: Sequence[str] | frozenset[str]) -> Damage:
    sites = [
        m
        for m in _WORD.finditer(text)
        if m.group().lower() in words and text[m.end() : m.end() + 1] == " "
    ]
    if not sites:
        return None
    m = rng.choice(sites)
    new = text[: m.start()] + text[m.end() + 1 :]
    if m.start() == 0:
        new = new[:1].upper() + new[1:]
    return new, m.start(), m.start() + 1


def drop_article(text: str, other: str, rng: random.Random) -> Damage:
    return _drop(text, rng, _ARTICLES)


def drop_preposition(text: str, other: str, rng: random.Random) -> Damage:
    return _drop(text, rng, PREPOSITIONS)


def wrong_preposition(text: str, other: str, rng: random.Random) -> Damage:
    sites = [m for m in _WORD.finditer(text) if m.group() in PREPOSITIONS]
    if not sites:
        return None
    m = rng.choice(sites)
    new = rng.choice([p for p in PREPOSITIONS if p != m.group()])
    return text[: m.start()] + new + text[m.end() :], m.start(), m.start() + len(new)


def cut_and_glue(text: str, other: str, rng: random.Random) -> Damage:
    heads, tails = list(_WORD.finditer(text)), list(_WORD.finditer(other))
    if len(heads) < 2 or len(tails) < 2:
        return None
    head = text[: heads[rng.randrange(1, len(heads))].start()].rstrip()
    tail = other[tails[rng.randrange(1, len(tails))].start() :]
    return head + " " + tail, max(0, len(head) - 1), len(head) + 2


DAMAGE: dict[str, Callable[[str, str, random.Random], Damage]] = {
    "adjacent-word-swap": swap,
    "drop-article": drop_article,
    "drop-preposition": drop_preposition,
    "wrong-preposition": wrong_preposition,
    "cut-and-glue": cut_and_glue,
}


def damage_stories(
    stories: dict[str, Story], which: str, per_kind: int, rng: random.Random, lex: Lexicon
) -> dict[str, list[Damaged]]:
    out: dict[str, list[Damaged]] = {kind: [] for kind in KINDS}
    names = [rel for rel in stories if part(rel) == which]
    rng.shuffle(names)
    turn = 0
    for rel in names:
        paragraphs, sents = stories[rel]
        if len(sents) < 2:
            continue
        kinds = [k for k in KINDS if len(out[k]) < per_kind]
        if not kinds:
            break
        kind = kinds[turn % len(kinds)]
        turn += 1
        s = rng.choice(sents)
        o = rng.choice([t for t in sents if t is not s])
        text = paragraphs[s.para]
        made = DAMAGE[kind](text[s.start : s.end], paragraphs[o.para][o.start : o.end], rng)
        if made is None:
            continue
        new, a, b = made
        para = text[: s.start] + new + text[s.end :]
        a, b = a + s.start, b + s.start
        found = [t for t in parse_sentences([para], lex) if t.start <= a < t.end + 1]
        tier = _tier_finds(text, para, s.start, s.start + len(new))
        if not found:
            out[kind].append(Damaged(s, (), (), 0, 0, tier))  # the sentence is not read
            continue
        t = found[0]
        offsets = _token_offsets(para, t)
        touched = [i for i, (x, y) in enumerate(offsets) if y > a and x < b] or [0]
        out[kind].append(Damaged(s, t.words, t.tags, min(touched), max(touched), tier))
    return out


#: The parser tier as it stands.
_TIER = PARSER_CONFIG


def _findings(paragraph: str) -> Counter[tuple[str, str]]:
    """The parser tier's findings (code, flagged words) on one paragraph under a headline."""
    text = f"Story\n\n{paragraph}\n"
    return Counter(
        (d.code, text[d.span.start : d.span.end])
        for d in lint_document(parse_document(text), _TIER).diagnostics
    )


def _tier_finds(clean: str, damaged: str, start: int, end: int) -> bool:
    """Does the parser tier find something in the damaged sentence that it did not find
    in the clean paragraph?"""
    new = _findings(damaged) - _findings(clean)
    return any(words and words in damaged[start:end] for _, words in new)


def _token_offsets(text: str, s: Sent) -> list[tuple[int, int]]:
    """Character spans of a sentence's tokens, found again in the paragraph text."""
    spans, at = [], s.start
    for w in s.words:
        k = text.find(w, at)
        k = at if k < 0 else k
        spans.append((k, k + len(w)))
        at = k + len(w)
    return spans


def count_ngrams(sents: Sequence[Sent]) -> dict[tuple[str, ...], int]:
    """Symbol n-gram counts (1 to ORDER symbols); of three or more, those seen MIN_COUNT
    times or more (a run seen once says little and triples the table)."""
    c: Counter[tuple[str, ...]] = Counter()
    for s in sents:
        sym = symbols(s.words, s.tags)
        for n in range(1, ORDER + 1):
            for i in range(len(sym) - n + 1):
                c[tuple(sym[i : i + n])] += 1
    return {g: n for g, n in c.items() if len(g) < 3 or n >= MIN_COUNT}


# A scorer: (words, tags, damaged token span or None) -> the sentence's score near the
# span (anywhere when None); higher is more suspicious.
Scorer = Callable[[Sequence[str], Sequence[str], tuple[int, int] | None], float]


def surprise(model: TagModel) -> Scorer:
    c = Counter(model.counts)

    def score(words: Sequence[str], tags: Sequence[str], span: tuple[int, int] | None) -> float:
        sym = symbols(words, tags)
        start_ok = words[0][:1].isupper() or words[0] in _OPENERS
        end_ok = words[-1] in _ENDS
        worst = -math.inf
        for n in range(2, ORDER + 1):
            for i in range(len(sym) - n + 1):
                if (i == 0 and not start_ok) or (i + n == len(sym) and not end_ok):
                    continue
                first, last = max(0, i - 1), i + n - 2  # symbol i is token i - 1
                if span is not None and not (first <= span[1] + 1 and last >= span[0] - 1):
                    continue
                g = tuple(sym[i : i + n])
                mid = c[g[1:-1]] if n > 2 else model.total
                if not mid:
                    continue
                expected = c[g[:-1]] * c[g[1:]] / mid
                if expected >= MIN_EXPECTED:
                    worst = max(worst, -math.log((c[g] + 1) / (expected + 1)))
        return worst

    return score


def swap_gain(model: TagModel) -> Scorer:
    """The swap scorer: the largest gain from exchanging two neighbouring words."""

    def score(words: Sequence[str], tags: Sequence[str], span: tuple[int, int] | None) -> float:
        return best_swap(model, words, tags, span)[0]

    return score


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--every", type=int, default=1, help="read every Nth story")
    ap.add_argument("--per-kind", type=int, default=300, help="damaged stories per kind and part")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--parsed", type=Path, help="keep the corpus parse here (outside the repo)")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    scanner = scanner_for(CTX)
    assert scanner is not None
    lex = scanner.lex
    stories = stories_of(args.corpus, args.every, lex, args.parsed)
    sents = {p: [s for rel, st in stories.items() if part(rel) == p for s in st[1]] for p in
             ("count", "cal", "held")}  # fmt: skip
    words = {p: sum(word_count(s.words) for s in ss) for p, ss in sents.items()}
    print(
        f"{len(stories)} stories; sentences counted {len(sents['count'])}, calibration "
        f"{len(sents['cal'])} ({words['cal']:,} words), held out {len(sents['held'])} "
        f"({words['held']:,} words)"
    )
    model = TagModel(count_ngrams(sents["count"]), SYMBOL_WORDS, ORDER)
    rng = random.Random(args.seed)
    damaged = {p: damage_stories(stories, p, args.per_kind, rng, lex) for p in ("cal", "held")}
    for p in ("cal", "held"):
        print(
            f"parser tier as it stands ({p}): "
            + ", ".join(
                f"{kind} {100 * sum(d.tier for d in ds) / max(1, len(ds)):.0f}%"
                for kind, ds in damaged[p].items()
            )
        )
    for name, make in (("surprise", surprise), ("swap", swap_gain)):
        score = make(model)
        cal = sorted((score(s.words, s.tags, None) for s in sents["cal"]), reverse=True)
        held = [score(s.words, s.tags, None) for s in sents["held"]]
        # (clean sentence's score, damaged sentence's score near the damage, the parser
        # tier finds it) per damage
        pairs = {
            (kind, p): [
                (
                    score(d.clean.words, d.clean.tags, None),
                    score(d.words, d.tags, (d.first, d.last)) if d.words else -math.inf,
                    d.tier,
                )
                for d in damaged[p][kind]
            ]
            for kind in KINDS
            for p in ("cal", "held")
        }
        print(
            f"\n{name}: recall per kind, calibration / held out (in brackets: found where "
            "the parser tier finds nothing), by false-alarm target"
        )
        for target in FA_TARGETS:
            threshold = cal[min(len(cal) - 1, int(target * words["cal"] / 1e4))]
            fa = sum(1 for v in held if v > threshold) * 1e4 / words["held"]
            cells = []
            for kind in KINDS:
                shares = []
                for p in ("cal", "held"):
                    kept = [(a, t) for b, a, t in pairs[kind, p] if b <= threshold]
                    hit = sum(1 for a, _ in kept if a > threshold)
                    new = sum(1 for a, t in kept if a > threshold and not t)
                    shares.append(
                        f"{100 * hit / max(1, len(kept)):.0f}% ({100 * new / max(1, len(kept)):.0f}%)"
                    )
                cells.append(f"{kind} {'/'.join(shares)}")
            print(
                f"  target {target}/10k (threshold {threshold:.2f}, held-out {fa:.2f}/10k): "
                + ", ".join(cells)
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
