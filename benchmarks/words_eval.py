"""Word-level rules (WL402, WL403, WL501, WL502, WL503) on real copy: false alarms, recall, speed.

Prints, for ../shared/corpus (clean, real stories):

1. flags per 10,000 words per rule. For WL501 the flags are split into real typos of the
   source (the words listed in tests/rules/wl501_corpus_typos.txt, each read by hand)
   and false alarms; WL502 and WL503 are info-level measures, every flag is by design.
2. recall on damaged copies: one damage per story and kind, placed at random (seeded by
   the file name, so every run makes the same set):
     WL402  a lower-case word doubled (`the` -> `the the`);
     WL403  a closing double quotation mark or bracket dropped, mid-paragraph;
     WL501  a letter swapped with the next, dropped or doubled in a lower-case dictionary
            word of 4+ letters. A damage that makes another real word (`form` -> `from`)
            is counted apart: no dictionary check can see it.
   A damage is found when the rule reports a span overlapping it. Stories whose name
   hashes to 0 mod 5 are held out: nothing was tuned on them; they are reported apart.
3. words per second per rule (warm, on already parsed stories; parsing reported apart).

Usage: python benchmarks/words_eval.py [--corpus ../shared/corpus] [--every N]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
TYPOS = REPO / "tests" / "rules" / "wl501_corpus_typos.txt"
RULES = ("WL402", "WL403", "WL501", "WL502", "WL503")

# (damaged text, span of the damage) or None when the story offers no place for it.
Damage = tuple[str, tuple[int, int]]


def held_out(path: Path) -> bool:
    return int(hashlib.md5(path.name.encode()).hexdigest(), 16) % 5 == 0


def rng_for(path: Path, kind: str) -> random.Random:
    return random.Random(int(hashlib.md5(f"{path}:{kind}".encode()).hexdigest(), 16))


def damage_repeat(text: str, rnd: random.Random, doc: object, lex: object) -> Damage | None:
    from wirelint.document.model import Document, TokenShape

    assert isinstance(doc, Document)
    words = [t for p in doc.paragraphs for t in p.tokens if t.shape is TokenShape.LOWER]
    if not words:
        return None
    tok = rnd.choice(words)
    damaged = text[: tok.end] + " " + tok.text + text[tok.end :]
    return damaged, (tok.start, tok.end + 1 + len(tok.text))


_CLOSERS = re.compile(r'(?<=\S)["”)](?=[ ,.;:]\s*\S)')


def damage_quote(text: str, rnd: random.Random, doc: object, lex: object) -> Damage | None:
    from wirelint.document.model import Document

    assert isinstance(doc, Document)
    places = [
        m.start() for p in doc.paragraphs for m in _CLOSERS.finditer(text, p.span.start, p.span.end)
    ]
    if not places:
        return None
    i = rnd.choice(places)
    # Report positions: the opening mark of the pair is where WL403 points.
    mark = text[i]
    opener = "(" if mark == ")" else ("“" if mark == "”" else '"')
    start = text.rfind(opener, 0, i)
    damaged = text[:i] + text[i + 1 :]
    return damaged, (max(start, 0), i)


def damage_typo(text: str, rnd: random.Random, doc: object, lex: object) -> Damage | None:
    from wirelint.analysis.spelling import Lexicon
    from wirelint.document.model import Document, TokenShape

    assert isinstance(doc, Document) and isinstance(lex, Lexicon)
    counts = Counter(t.text.lower() for t in doc.tokens)
    words = [
        t
        for p in doc.paragraphs
        for t in p.tokens
        if t.shape is TokenShape.LOWER
        and len(t.text) >= 4
        and t.text.isalpha()
        and t.text.isascii()
        and counts[t.text] == 1
        and lex.known(t.text)
    ]
    if not words:
        return None
    tok = rnd.choice(words)
    w = tok.text
    kind = rnd.choice(("swap", "drop", "double"))
    k = rnd.randrange(len(w) - 1) if kind == "swap" else rnd.randrange(len(w))
    if kind == "swap":
        new = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    elif kind == "drop":
        new = w[:k] + w[k + 1 :]
    else:
        new = w[:k] + w[k] + w[k:]
    if new == w:
        return None
    damaged = text[: tok.start] + new + text[tok.end :]
    return damaged, (tok.start, tok.start + len(new))


DAMAGES: dict[str, Callable[..., Damage | None]] = {
    "WL402": damage_repeat,
    "WL403": damage_quote,
    "WL501": damage_typo,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--every", type=int, default=1, help="use every Nth story")
    args = ap.parse_args()

    from wirelint.analysis.spelling import lexicon
    from wirelint.config import Config
    from wirelint.document.model import parse_document
    from wirelint.engine import lint_document, rules_for
    from wirelint.packs import packs_for
    from wirelint.registry import Context
    from wirelint.rules.wl501_misspelling import LISTS, WORDS

    files = sorted(p for p in args.corpus.rglob("*.txt") if p.parent.name != "odd")[:: args.every]
    texts = [p.read_text(encoding="utf-8") for p in files]
    words = sum(len(t.split()) for t in texts)
    config = Config(select=RULES)
    packs = packs_for(())
    ctx = Context(config, packs)
    rules = {r.code: r for r in rules_for(config)}
    lex = lexicon(
        "auto",
        tuple(sorted(packs.section(LISTS).items())),
        frozenset(w.lower() for w in packs.section(WORDS)),
    )

    t0 = time.perf_counter()
    docs = [parse_document(t, str(p)) for p, t in zip(files, texts, strict=True)]
    for doc in docs:  # sentences and tokens are made on first use: count them as parsing
        doc.tokens  # noqa: B018
    parse_s = time.perf_counter() - t0

    # 1. False alarms, and speed, on clean copy.
    typos = {w for w in TYPOS.read_text(encoding="utf-8").split() if not w.startswith("#")}
    flags: dict[str, int] = defaultdict(int)
    false_501 = Counter()
    seconds: dict[str, float] = {}
    for code, rule in rules.items():
        list(rule.check(docs[0], ctx))  # warm: load dictionaries and packs once
        t0 = time.perf_counter()
        for doc in docs:
            for d in rule.check(doc, ctx):
                flags[code] += 1
                if code == "WL501" and doc.slice(d.span) not in typos:
                    false_501[doc.slice(d.span)] += 1
        seconds[code] = time.perf_counter() - t0
    print(f"corpus: {len(files)} stories, {words:,} words (whitespace-split)\n")
    print("1. flags per 10,000 words of clean copy")
    for code in RULES:
        line = f"  {code}  {flags[code]:5d} flags  {flags[code] / words * 1e4:6.2f} /10k"
        if code == "WL501":
            fa = sum(false_501.values())
            line += (
                f"   = {flags[code] - fa} real typos of the source"
                f" + {fa} false alarms ({fa / words * 1e4:.2f} /10k)"
            )
        print(line)
    if false_501:
        print("  WL501 false alarms:", ", ".join(f"{w}" for w, _ in false_501.most_common()))

    # 2. Recall on damaged copies.
    print("\n2. recall on damaged copies (tuning set | held-out set)")
    for code, make in DAMAGES.items():
        tally = {False: [0, 0, 0], True: [0, 0, 0]}  # found, made, real-word damages
        for path, text, doc in zip(files, texts, docs, strict=True):
            made = make(text, rng_for(path, code), doc, lex)
            if made is None:
                continue
            damaged, (s, e) = made
            side = tally[held_out(path)]
            if code == "WL501":
                word = damaged[s:e]
                if lex.known(word.lower()):
                    side[2] += 1  # a real word: out of a dictionary's reach
                    continue
            side[1] += 1
            result = lint_document(parse_document(damaged, str(path)), Config(select=(code,)))
            if any(d.span.start < e and s < d.span.end for d in result.diagnostics):
                side[0] += 1
        parts = []
        for label, key in (("tuning", False), ("held-out", True)):
            found, n, real = tally[key]
            extra = f", {real} made real words" if code == "WL501" else ""
            parts.append(f"{label} {found}/{n} = {found / max(n, 1):.1%}{extra}")
        print(f"  {code}  " + "  |  ".join(parts))

    # 3. Speed.
    print("\n3. speed (warm, one core)")
    print(f"  parse     {words / parse_s:12,.0f} words/s  ({parse_s:.2f} s, shared by all rules)")
    for code in RULES:
        print(f"  {code}     {words / seconds[code]:12,.0f} words/s  ({seconds[code]:.2f} s)")


if __name__ == "__main__":
    main()
