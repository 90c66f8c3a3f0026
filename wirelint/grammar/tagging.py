"""Part-of-speech candidates for a sentence's tokens: a lexicon look-up, no model.

Each token gets the set of tags it *could* have (a bit set from the lexicon),
narrowed by what its shape tells: a capitalised word inside a sentence is a name,
a number is a number, ``Russia's`` is a possessive. The patterns then fire only
where every reading of the words is wrong, which is what keeps them precise.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from wirelint.document.model import Token, TokenShape
from wirelint.grammar.lexicon import (
    BE,
    CD,
    HAVE,
    JJ,
    MODAL,
    NN,
    NNP,
    NNS,
    POS,
    PRON_A,
    PRON_S,
    RB,
    UNK,
    VB,
    VBD,
    VBG,
    VBN,
    VBZ,
    Lexicon,
)

_CONTRACTIONS = {"'ve": HAVE, "'re": BE, "'m": BE, "'ll": MODAL}
_PRONOUN_FORMS = {"he", "she", "they", "we", "i", "you", "it"}


class Tagged(NamedTuple):
    tokens: Sequence[Token]
    words: list[str]  # lower-cased token texts, apostrophes normalised
    tags: list[int]
    joined: list[bool]  # joined[i]: only white space between token i and i + 1
    text: str

    def text_between(self, i: int, j: int) -> str:
        return self.text[self.tokens[i].end : self.tokens[j].start]

    def stretch(self, first: int, last: int) -> Tagged:
        """Tokens ``first`` up to ``last`` tagged as a sentence of their own, cut from a
        paragraph tagged in one pass: what ``tag_tokens`` gives for them alone (a token's
        tags read its spelling and the text around it, never the tokens beside it), but
        that the sentence's last token is joined to nothing."""
        joined = self.joined[first:last]
        if joined:
            joined[-1] = False
        words, tags = self.words[first:last], self.tags[first:last]
        return Tagged(self.tokens[first:last], words, tags, joined, self.text)


def _guess(word: str) -> int:
    """Tags for a word the lexicon does not know, from its ending."""
    if word.endswith("ly"):
        return RB | UNK
    if word.endswith("ing"):
        return VBG | NN | JJ | UNK
    if word.endswith("ed"):
        return VBD | VBN | JJ | UNK
    if word.endswith("s") and not word.endswith("ss"):
        return NNS | VBZ | NN | UNK
    return NN | JJ | VB | UNK


# The hot loop of the tagger: its cases inline, a call per token costs measurable time.
def tag_tokens(tokens: Sequence[Token], text: str, lex: Lexicon) -> Tagged:  # noqa: C901, PLR0912, PLR0915
    table = lex.tags
    get = table.get
    lookup = lex.tag
    words: list[str] = []
    tags: list[int] = []
    joined: list[bool] = []
    add_word, add_tag, add_joined = words.append, tags.append, joined.append
    n = len(tokens)
    size = len(text)
    lower = TokenShape.LOWER
    last = n - 1
    for i, (start, end, raw, shape, sentence_start) in enumerate(tokens):
        if shape is lower and "'" not in raw and "’" not in raw:
            # the common case: a lower-case word
            w = raw
            t = get(w)
            if not t:
                # A guess is not stored in the table: the same word capitalised reads the
                # table too, and must not find a guess left by an earlier story.
                t = lookup(w) or _guess(w)
        else:
            w = raw.lower()
            if "’" in w:
                w = w.replace("’", "'")
            if shape is TokenShape.NUMBER:
                t = CD
            elif "'" in w:
                t = _apostrophe(w, table, lookup)
            else:
                t = get(w)
                if t is None:
                    t = lookup(w)
                if shape is not lower:
                    if shape is TokenShape.UPPER and len(w) > 1:
                        t = NNP
                    elif w == "i":
                        t = PRON_S
                    elif t == 0 or not (sentence_start or _opens_quote(text, start)):
                        t = NNP
                if t == 0:
                    t = CD if w[0].isdigit() else _guess(w)
            if t == NNP:
                w = raw  # a name keeps its case, so that word lists (who, will, may) never match it
        c = text[end] if end < size else ""
        if c == " ":
            add_joined(i < last and tokens[i + 1][0] == end + 1)
        else:
            if c in "'’" and (end + 1 >= size or not text[end + 1].isalpha()):
                t = POS  # ministers' : a possessive, like a determiner
            elif c == "[":
                t |= UNK  # involve[d]: an editor's bracketed ending, not the word as read
            if i < last:
                gap = text[end : tokens[i + 1][0]]
                add_joined(gap.isspace() and "\n\n" not in gap)
            else:
                add_joined(False)
        add_word(w)
        add_tag(t)
    return Tagged(tokens, words, tags, joined, text)


def _opens_quote(text: str, start: int) -> bool:
    """Whether a capitalised word follows an opening quote or a colon (a quoted sentence)."""
    k = start - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k >= 0 and text[k] in "“\"'‘:("


def _apostrophe(w: str, table: dict[str, int], lookup: Callable[[str], int]) -> int:
    full = table.get(w)
    if full:  # 0 is a word looked up and not found, not a tag: it's, i'll are built below
        return full
    if lookup(w):
        return lookup(w)  # don't, isn't, won't ... from the pack
    head, _, tail = w.partition("'")
    tail = "'" + tail
    if tail in ("'s",):
        if head in _PRONOUN_FORMS or head in (
            "that",
            "there",
            "here",
            "what",
            "who",
            "where",
            "let",
        ):
            return UNK  # it's / he's / let's: is, has or us, leave alone
        return POS
    if tail in _CONTRACTIONS and head in _PRONOUN_FORMS:
        return _CONTRACTIONS[tail] | (PRON_S if head not in ("it", "you") else PRON_A)
    return UNK


def describe(tag: int) -> str:
    """Readable tag names, for debugging and tests."""
    from wirelint.grammar import lexicon

    names = [
        name
        for name in dir(lexicon)
        if name.isupper()
        and isinstance(getattr(lexicon, name), int)
        and bin(getattr(lexicon, name)).count("1") == 1
        and tag & getattr(lexicon, name)
    ]
    return "|".join(sorted(names))


__all__ = ["JJ", "NN", "VB", "VBD", "VBG", "VBN", "VBZ", "Tagged", "describe", "tag_tokens"]
