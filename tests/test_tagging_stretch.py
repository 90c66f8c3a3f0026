"""WL401 tags a paragraph in one pass and cuts each sentence out of it (``Tagged.stretch``):
a sentence cut out is tagged as it would be alone."""

from __future__ import annotations

import pytest

from tests.scanning import the_scanner
from wirelint.config import Config
from wirelint.document.model import parse_document
from wirelint.grammar import Tagged, tag_tokens
from wirelint.grammar.patterns import FAMILIES
from wirelint.packs import packs_for
from wirelint.registry import Context

CTX = Context(Config(select=("WL401",)), packs_for(()))
# Paragraphs of several sentences, with what changes a token's tags or joins around it:
# a possessive's apostrophe, an editor's bracket, quotes, a capital after a quote, a line
# break inside the paragraph, a question, a figure's per cent sign.
PARAGRAPHS = [
    "The ministers' plan was involve[d] in talks. “They said it rose,” he said. Why?",
    'Shares rose 5% The company said. He added: "The deal is done." It’s over.',
    "Kyiv says it always has knock out more\nof the Russian missiles. They are here.",
    "Sales fell in April the decline followed a drop. I think so. US firms added jobs.",
    " ".join(s for f in FAMILIES for s in f.examples("Flags:")),
]


def _same(a: Tagged, b: Tagged) -> bool:
    return (a.tokens, a.words, a.tags, a.joined) == (b.tokens, b.words, b.tags, b.joined)


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_each_sentence_cut_from_its_paragraph_is_tagged_as_alone(paragraph: str) -> None:
    lex = the_scanner(CTX).lex
    doc = parse_document(f"Headline\n\n{paragraph}\n")
    part = doc.paragraphs[0]
    whole = tag_tokens(part.tokens, doc.text, lex)
    first = 0
    for sentence in part.sentences:
        last = first + len(sentence.tokens)
        assert _same(whole.stretch(first, last), tag_tokens(sentence.tokens, doc.text, lex))
        first = last
    assert first == len(part.tokens)


def test_a_stretch_ends_joined_to_nothing() -> None:
    # Cut mid-sentence, after "has": joined to "knock" in the paragraph, not in the cut.
    lex = the_scanner(CTX).lex
    doc = parse_document("Headline\n\nKyiv says it always has knock out more missiles.\n")
    tokens = doc.paragraphs[0].tokens
    whole = tag_tokens(tokens, doc.text, lex)
    assert whole.joined[4]
    cut = whole.stretch(0, 5)
    assert not cut.joined[-1]
    assert _same(cut, tag_tokens(tokens[:5], doc.text, lex))
