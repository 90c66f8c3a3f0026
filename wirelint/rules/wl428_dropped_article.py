"""WL428 dropped-article: a noun the story writes with "the" or "a" everywhere else, bare here (parser tier)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import partial

from wirelint.diagnostics import Severity
from wirelint.document.model import Document
from wirelint.grammar.lexicon import MASS, NN, Lexicon
from wirelint.grammar.parsed import (
    Hit,
    ParserRule,
    Sentence,
    none_in_telegraphic_copy,
    paragraph_fact,
)
from wirelint.grammar.parser import Parse, Tok
from wirelint.registry import Context

#: Tags of the words that may stand between a determiner and its noun.
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "VBN", "VBG", "HYPH", ",", "``", "''"})
_DETERMINER_TAGS = frozenset({"DT", "PRP$", "POS", "WP$"})
_ARTICLES = frozenset({"a", "an", "the"})
#: Relations that give a noun a determiner of its own (an article, a possessive, a number).
_OWN = frozenset({"det", "poss", "nummod", "predet", "quantmod"})
#: The noun phrases read as they come: subjects.
_ROLES = frozenset({"nsubj", "nsubjpass"})
#: Objects of verbs and prepositions and predicates hold fixed phrases with bare nouns
#: (take place, face trial, in court, kind of deal): read only for a noun the word-form
#: table counts, outside the pack's fixed phrases.
_OBJECTS = frozenset({"dobj", "pobj"})
#: Quotes and hyphens before a noun: a term quoted or a compound split by the parse.
_QUOTING_TAGS = frozenset({"``", "''", "HYPH"})
#: Tags of a word that determines the next one even when the parse hangs it elsewhere.
_DETERMINING_TAGS = frozenset({"DT", "PDT", "PRP$", "CD", "POS", "WDT", "WP$"})
#: Articled uses of a noun that make it the story's habit (one more for a noun the
#: word-form table knows in mass use: `the industry`, `an industry` and a bare
#: `industry` are all English).
MIN_ARTICLED = 2


def _key(toks: tuple[Tok, ...], i: int) -> str | None:
    """The common singular noun at token i in lower case, or None: lower-case NN, or a
    capitalised first word of a sentence (Company said) that the tagger may call a name."""
    t = toks[i]
    if t.tag == "NN" and t.text.isalpha() and t.text.islower():
        return t.text
    if t.sent_start and t.tag in ("NN", "NNP") and t.text.isalpha() and t.text[1:].islower():
        return t.text.lower()
    return None


def _kids(parse: Parse) -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for i, t in enumerate(parse.tokens):
        if t.head != i:
            kids.setdefault(t.head, []).append(i)
    return kids


def _bare(toks: tuple[Tok, ...], kids: list[int], i: int) -> bool:
    """No determiner of its own: no article, possessive or number, no proper-noun
    compound (President Biden's title, a Reuters reporter) and no determiner just before."""
    for k in kids:
        t = toks[k]
        if t.dep in _OWN or (t.dep == "compound" and t.tag.startswith("NNP")):
            return False
    return not (i > 0 and toks[i - 1].tag in _DETERMINING_TAGS)


class StoryUses:
    """How a story writes each common singular noun: after an article, after `a` or
    `an`, and bare."""

    def __init__(self) -> None:
        self.articled: Counter[str] = Counter()
        self.indefinite: Counter[str] = Counter()
        self.bare: Counter[str] = Counter()

    def counts_against(self, word: str, mass: bool) -> bool:
        """Does the story's own usage make a bare `word` a dropped article? It writes the
        word bare only here, with an article at least twice, once at least with `a` or
        `an` (a noun it counts: not growth, fraud or money); a noun the word-form table
        knows in mass use too (`industry`, `competition`) needs three articled uses."""
        articled = self.articled[word]
        return (
            self.bare[word] <= 1
            and self.indefinite[word] > 0
            and articled >= (MIN_ARTICLED + 1 if mass else MIN_ARTICLED)
        )


def story_uses(parses: Sequence[Parse]) -> StoryUses:
    """The story's uses of each common singular noun. A noun that modifies another (the
    company spokesman: `company`) is none of them."""
    uses = StoryUses()
    for parse in parses:
        mine = paragraph_fact(parse, "noun-uses", partial(_paragraph_uses, parse))
        uses.articled.update(mine.articled)
        uses.indefinite.update(mine.indefinite)
        uses.bare.update(mine.bare)
    return uses


def _paragraph_uses(parse: Parse) -> StoryUses:
    """``story_uses`` of one paragraph."""
    uses = StoryUses()
    toks = parse.tokens
    kids = _kids(parse)
    for i, t in enumerate(toks):
        word = _key(toks, i)
        if word is None or t.dep == "compound":
            continue
        mine = kids.get(i, [])
        articles = [toks[k].text.lower() for k in mine if toks[k].dep == "det"]
        if any(a in _ARTICLES for a in articles):
            uses.articled[word] += 1
            if "the" not in articles:
                uses.indefinite[word] += 1
        elif _bare(toks, mine, i):
            uses.bare[word] += 1
    return uses


class DroppedArticle(ParserRule):
    """`company said profit rose` in a story that writes `the company` everywhere else: a
    singular noun bare as a subject where the story's own usage gives it an article.

    ## What it does
    Reads the dependency parse of each body paragraph (the grammar extra) and reports a
    common singular noun that is the subject of a clause with nothing before it of its
    own: no article, possessive, number, adjective or other noun (the company said,
    not company said). It is reported only when the story itself makes the case: it
    writes the noun after `a`, `an` or `the` at least twice (three times for a noun the
    word-form table knows in mass use), once at least after `a` or `an` (a noun it
    counts), and nowhere else bare. Mass nouns (`growth`,
    `industry`), titles (`President Biden`), labels before a name (`Bank of America`,
    `oil firm Rosneft`) and a headline's style are written bare elsewhere, never with
    `a`, or not as a bare subject, and pass. An object of a verb or a preposition
    (`about future`, `with death of`) is read the same way, with three articled uses,
    when the word-form table counts the noun and it stands outside the pack's fixed phrases (`bare-object-phrases`:
    `take place`, `face trial`, `in court`), after none of `bare-object-prepositions`
    (`per barrel`, `as chairman`) and after no `kind of` or noun of amount (`quantities
    of virus`: the pack's `amount-nouns`); a medium named as the mass of what it
    carries (`Video captured Trump`, `the move to mobile`: the pack's `medium-nouns`), a
    time (`over last year`), a
    noun joined to another (`for artist and album`, `from museum to mosque`) and
    telegraphic wire copy (the wire's `mln`, `dlrs`, `pct` anywhere in the story) pass.

    ## Why it matters
    A dropped article is what a careless cut or a machine rewrite leaves; the sentence
    reads as a translation, and a spell checker never sees it.

    ## Example
    ```text
    Bank cuts rates

    The bank cut its main rate on Tuesday, a bank spokesman said.

    The bank said inflation had slowed, and a bank in Germany agreed.

    Analysts said bank would cut again in March.
    ```
    `bank` in the last paragraph is reported: the story writes `the bank` twice and
    `a bank` once, and never bare.
    """

    code = "WL428"
    name = "dropped-article"
    severity = Severity.WARNING

    def find(self, s: Sentence) -> Iterator[Hit]:
        toks = s.toks
        for i in s.indexes():
            word = _key(toks, i)
            t = toks[i]
            if word is None or not _bare(toks, s.children(i), i):
                continue
            if s.has("medium-nouns", word):
                continue  # Video captured Trump, the move to mobile: a medium, a mass use
            if t.dep not in _ROLES and not (t.dep in _OBJECTS and self._object(s, i, word)):
                continue
            if s.children(i, "compound", "appos", "amod") or s.left_edge(i) != i:
                continue  # modified (French film, current law): a label, a mass use
            if self._determined_before_modifiers(s, i):
                continue  # a "well-managed, conservatively run bank": the parse lost the a
            if self._before_name(s, i):
                continue  # a label before a name (oil firm Rosneft, Bank of America)
            if i + 2 <= s.last and s.word(i + 2) == s.word(i):
                continue  # year on year, step by step
            if i > s.first and (s.gap(i - 1, i) != " " or toks[i - 1].tag in _QUOTING_TAGS):
                continue  # a quote, a hyphen or a line break before it: a term, a list
            yield Hit(
                i,
                i,
                f"`{t.text}` without an article; the story writes `{word}` with one"
                " everywhere else: an article dropped?",
            )

    @staticmethod
    def _object(s: Sentence, i: int, word: str) -> bool:
        """May object i (of a verb or a preposition) have lost its article? A noun the
        word-form table counts (never `growth`, `fraud`), not a time (`over last year`),
        not one of two joined (`artist and album`), not after `per`, `as`, `kind of` or
        `quantities of`, and not in a fixed phrase of the pack (`on strike`, `in total`, `take place`)."""
        tags = s.tags(i)
        if not tags & NN or tags & MASS or s.has("adverbial-nouns", word):
            return False
        if s.has("time-periods", word) or s.children(i, "conj", "cc"):
            return False
        h = s.toks[i].head
        if h == i or s.toks[h].dep == "conj":
            return False
        pair = f"{s.lemma(h)} {word}"
        if s.has("bare-object-phrases", pair) or s.has(
            "bare-object-phrases", f"{s.word(h)} {word}"
        ):
            return False
        if s.toks[i].dep == "pobj":
            if s.has("bare-object-prepositions", s.word(h)):
                return False  # per barrel, as chancellor, than forecast
            if s.word(h) in ("from", "to") and any(
                s.word(k) in ("from", "to") and k != h
                for k in range(max(s.first, h - 3), min(s.last, h + 3) + 1)
            ):
                return False  # from museum to mosque: a change named by two bare nouns
            g = s.toks[h].head
            if g != h and s.has("bare-predicate-nouns", s.word(g)):
                return False  # this kind of scam, part of plan
            if g != h and s.word(h) == "of" and s.has("amount-nouns", s.word(g)):
                return False  # quantities of virus, traces of explosive: a mass use
        return i == s.last or s.toks[i + 1].tag not in ("CD", "NNP", "NNPS")

    @staticmethod
    def _determined_before_modifiers(s: Sentence, i: int) -> bool:
        """Does a determiner stand before the modifiers that lead to noun i (adjectives,
        adverbs, participles, commas, hyphens, an opening quotation mark), whatever the
        parse attached it to?"""
        j = i - 1
        while j >= s.first and s.toks[j].tag in _MODIFIER_TAGS:
            j -= 1
        return j < i - 1 and j >= s.first and s.toks[j].tag in _DETERMINER_TAGS

    @staticmethod
    def _before_name(s: Sentence, i: int) -> bool:
        if i >= s.last:
            return False
        nxt = s.toks[i + 1]
        if nxt.text == "of":
            return i + 2 <= s.last and s.toks[i + 2].text[:1].isupper()
        return nxt.tag.startswith("NNP")

    def story_test(
        self, parses: Sequence[Parse], lex: Lexicon, doc: Document, ctx: Context
    ) -> Callable[[Sentence, Hit], bool]:
        telegraphic = none_in_telegraphic_copy(doc, ctx)
        if telegraphic is not None:
            return telegraphic
        uses = story_uses(parses)

        def keep(s: Sentence, hit: Hit) -> bool:
            word = _key(s.toks, hit.last)
            # An object needs one articled use more, as a mass noun does: fixed phrases
            # with bare objects are many (reduction in sentence, the move to mobile).
            if word is None:
                return False
            strict = bool(lex.tag(word) & MASS) or s.toks[hit.last].dep in _OBJECTS
            return uses.counts_against(word, strict)

        return keep
