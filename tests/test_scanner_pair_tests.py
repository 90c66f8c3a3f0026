"""WL401's scanner skips a family where its pair test (the token and the next together)
says no, and makes that test once for each kind of pair it meets: a pair test only saves
calls, it never changes what is found.

Clean copy seldom trips a family, so the sentences here are corpus sentences and the
same sentences damaged the way hurried edits damage them (a word dropped, two words
swapped, a word repeated elsewhere), where every family finds something."""

from __future__ import annotations

import random
from collections.abc import Collection
from dataclasses import replace

import pytest

from tests.conftest import corpus_files
from tests.scanning import the_scanner
from wirelint.config import Config
from wirelint.document.model import PartKind, parse_document
from wirelint.grammar import Scanner, Tagged, tag_tokens
from wirelint.grammar.patterns import FAMILIES, Family
from wirelint.grammar.patterns.scanner import _union
from wirelint.packs import packs_for
from wirelint.registry import Context
from wirelint.rules.wl401_garbled_sentence import PATTERNS

CTX = Context(Config(select=("WL401",)), packs_for(()))
WITH_PAIR = [f for f in FAMILIES if f.pair is not None]
EXAMPLES = [s for f in FAMILIES for h in ("Flags:", "Passes:") for s in f.examples(h)]


def _damaged(sentence: str, rng: random.Random) -> list[str]:
    """The sentence, then four copies each damaged once."""
    words = sentence.split(" ")
    out = [sentence]
    for _ in range(4):
        w = list(words)
        k = rng.randrange(len(w))
        how = rng.randrange(3)
        if how == 0 and len(w) > 3:
            del w[k]  # a word dropped
        elif how == 1 and k + 1 < len(w):
            w[k], w[k + 1] = w[k + 1], w[k]  # two words swapped
        else:
            w.insert(k, rng.choice(words))  # a word repeated elsewhere
        out.append(" ".join(w))
    return out


def _tagged(scanner: Scanner, every: int) -> list[Tagged]:
    """The families' examples and the body sentences of every ``every``-th corpus story,
    each as written and damaged, tagged."""
    rng = random.Random(16)
    sentences = list(EXAMPLES)
    for path in corpus_files(every=every):
        doc = parse_document(path.read_text(encoding="utf-8", errors="replace"))
        for part in doc.parts:
            if part.kind in (PartKind.PARAGRAPH, PartKind.BULLET):
                for s in part.sentences:
                    sentences += _damaged(doc.text[s.span.start : s.span.end], rng)
    doc = parse_document("Headline\n\n" + "\n\n".join(sentences) + "\n")
    return [
        tag_tokens(s.tokens, doc.text, scanner.lex)
        for part in doc.parts
        for s in part.sentences
        if len(s.tokens) >= 3
    ]


@pytest.fixture(scope="module")
def tagged() -> list[Tagged]:
    # about 6,000 sentences: a sample of the corpus, quick enough for every run
    return _tagged(the_scanner(CTX), every=60)


def test_the_busiest_families_have_a_pair_test() -> None:
    some = {"word-pair", "determiner", "noun-agreement", "after-be", "after-have", "after-modal"}
    assert some <= {f.id for f in WITH_PAIR}


@pytest.mark.parametrize("f", WITH_PAIR, ids=lambda f: f.id)
def test_where_the_pair_test_says_no_the_family_finds_nothing(
    f: Family, tagged: list[Tagged]
) -> None:
    # At every joined token the family starts on (its mask or its words), given what
    # the scanner gives it (the next token's tags masked, a word only when the test
    # names it), the pair test says no only where the trigger and the check find nothing.
    scanner = the_scanner(CTX)
    assert f.pair is not None
    starts: Collection[str] = _union(scanner, f.words) or ()
    words: Collection[str] = _union(scanner, f.pair_words) or ()
    mask = f.pair_next_mask
    checked = 0
    for s in tagged:
        for i in range(len(s.tags) - 1):
            if not s.joined[i] or not (s.tags[i] & f.mask or s.words[i] in starts):
                continue
            a, b = s.words[i], s.words[i + 1]
            if f.pair(
                scanner,
                s.tags[i],
                a if a in words else None,
                s.tags[i + 1] & mask,
                b if b in words else None,
            ):
                continue
            checked += 1
            if f.trigger is None or f.trigger(scanner, s, i):
                assert f.check(scanner, s, i) is None, (f.id, s.text_between(0, len(s.tags) - 1))
    assert checked


def test_the_findings_are_those_found_without_pair_tests(tagged: list[Tagged]) -> None:
    scanner = the_scanner(CTX)
    plain = tuple(replace(f, pair=None, pair_next_mask=0, pair_words="") for f in FAMILIES)
    without = Scanner(scanner.lex, CTX.packs.section(PATTERNS), plain)
    found = [scanner.scan(s) for s in tagged]
    assert sum(map(len, found)) > 500  # the damaged copies trip the families
    assert found == [without.scan(s) for s in tagged]


def test_a_pair_test_reads_the_next_token_so_only_in_token_scope() -> None:
    f = WITH_PAIR[0]
    with pytest.raises(ValueError, match="token scope"):
        replace(f, scope="break")
