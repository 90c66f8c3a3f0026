"""WL447 bare-count-noun: a singular noun wire copy always determines, standing bare (parser tier)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from wirelint.diagnostics import Severity
from wirelint.document.model import Document, PartKind
from wirelint.grammar.lexicon import (
    BE,
    CONJ,
    DET,
    HAVE,
    MODAL,
    NN,
    NNS,
    PREP,
    RB,
    SUB,
    TO,
    VB,
    Lexicon,
)
from wirelint.grammar.parsed import Hit, ParserRule, Sentence, none_in_telegraphic_copy
from wirelint.grammar.parser import Parse
from wirelint.registry import Context
from wirelint.rules.wl428_dropped_article import story_uses

#: The roles of a noun phrase read: a subject, a verb's object, a preposition's object.
#: (A predicate noun is left alone: `was elected president`, `became chairman`.)
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
#: Tags of a word that determines a noun after it in its phrase (the, its, Russia's, two,
#: every, which).
_DETERMINING_TAGS = frozenset({"DT", "PDT", "PRP$", "POS", "CD", "WDT", "WP", "WP$"})
#: Relations that give a noun a determiner of its own.
_OWN = ("det", "poss", "nummod", "predet", "quantmod")
#: Tags that may stand between a determiner and its noun: a determiner the parse hung
#: elsewhere still counts across them (a well-managed, conservatively run bank).
_MODIFIER_TAGS = frozenset(
    {"JJ", "JJR", "JJS", "RB", "RBR", "VBN", "VBG", "NN", "NNS", "NNP", "NNPS", "HYPH", ","}
    | {"``", "''"}
)
#: Tags after the noun that make it a label or a modifier: a name, a number, another noun
#: (chairman John Smith, room 101, award shows: the parse took the first noun for the head).
_LABELLED_TAGS = frozenset({"NNP", "NNPS", "CD", "HYPH", "NN", "NNS", "VBG"})
#: Tags before the noun that make it the last noun of a compound whose determiner the
#: parse hung elsewhere (the Leeds Rhinos rugby league squad, a freedom of information
#: regime), or a term in quotes or brackets ("Plays for Sure" program).
_COMPOUND_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "''", "-RRB-"})
#: A paragraph ending in none of these is a line of telegraphic copy (a caption, a list
#: item, a result, a title), not a sentence.
_SENTENCE_ENDS = frozenset(".!?\"'”’):…")
#: Lexicon readings of a function word or an auxiliary.
_FUNCTION_TAGS = PREP | DET | CONJ | SUB | TO | BE | HAVE | MODAL
#: Bare uses of a noun in a story (this one included) beyond which they are its style.
_MAX_BARE = 1


class BareCountNoun(ParserRule):
    """`said company`, `fill black hole`: a singular noun that wire copy writes with a
    determiner, standing with none.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and reports a
    lower-case singular noun of the pack's `count-nouns` that heads a subject, a verb's
    object or a preposition's object with no determiner anywhere in its phrase: no
    article, possessive, number or quantifier (`the company`, `its company`, `every
    company`). The list holds the nouns published copy writes determined almost always
    (counted from a corpus by `benchmarks/build_count_nouns.py`), so mass nouns (`growth`,
    `power`, `water`) and nouns of fixed phrases (`in office`, `by car`, `at home`) are
    not in it; fixed phrases of the pack's `bare-object-phrases`, and nouns after the
    prepositions of `bare-object-prepositions` (`per share`, `as chairman`) and
    `bare-noun-prepositions` (`the sort of move`, `surrounded by family`, `without
    warning`) pass as well. A noun that labels what follows it (`chairman John Smith`,
    `room 101`, `word of mouth`, `title rivals`), the last noun of a compound (`the Wales back row`), one
    of a pair (`from museum to mosque`, `step by step`, `artist and album`), a predicate
    (`was elected president`, `had gone mass market`), a noun completing a particle verb
    (`set up shop`), a direction after its verb (`feint right`), a name and a participle
    between a determiner and the noun (`the Reagan appointed majority`), a noun the story
    writes bare elsewhere too (its style), a
    capitalised first word unless the story writes the noun with an article elsewhere
    (`Link resumes his quest`: a name), a line that is not a sentence (a caption, a list
    item, a result), summary bullets, an interview's transcript and telegraphic wire copy
    (the wire's `mln`, `dlrs`, `pct`) pass.

    ## Why it matters
    A dropped article is what a careless cut or a machine rewrite leaves; the sentence
    reads as a translation, and a spell checker never sees it.

    ## Example
    ```text
    Shares fall

    Shares fell sharply after the results, said spokesman for the group.
    ```
    `spokesman` is reported: `said a spokesman`.
    """

    code = "WL447"
    name = "bare-count-noun"
    severity = Severity.WARNING
    # A more precise check names the same slip with the story's evidence or the phrase.
    defers_to = ("WL401", "WL402", "WL427", "WL428", "WL431")

    def find(self, s: Sentence) -> Iterator[Hit]:
        if s.text.rstrip()[-1:] not in _SENTENCE_ENDS:
            return
        for i in s.indexes():
            word = _word(s, i)
            if word is None or not s.has("count-nouns", word):
                continue
            if s.toks[i].dep not in _ROLES or self._determined(s, i):
                continue
            if s.children(i, "compound") or (i > s.first and s.toks[i - 1].tag in _COMPOUND_TAGS):
                continue  # a compound (the Wales back row): its determiner may hang elsewhere
            if i > s.first and s.word(i - 1) == "to" and s.tags(i) & VB:
                continue  # in a position to judge: a verb the tagger took for a noun
            if i > s.first and s.toks[i - 1].tag == "RP":
                continue  # put in place, set up shop: a particle verb's idiom completes it
            if self._adverb(s, i) or self._predicate(s, i):
                continue
            if self._labels(s, i) or self._paired(s, i) or self._fixed(s, i, word):
                continue
            left = s.left_edge(i)
            if any(s.toks[k].tag in ("``", "''", ",", ":", "HYPH") for k in range(left, i)):
                continue  # a term in quotes ("wow factor"), a list the parse ran together
            if left > s.first and (
                s.gap(left - 1, left) != " " or s.toks[left - 1].tag in ("``", "''", "HYPH")
            ):
                continue  # a quote, a hyphen or a line break before it: a term, a list
            before = s.toks[left - 1].text if left > s.first else ""
            phrase = s.text[s.toks[left].start : s.toks[i].end]
            yield Hit(
                left,
                i,
                f"`{(before + ' ' + phrase).strip()}`: `{s.toks[i].text}` is a singular noun"
                " with no article or other determiner: `the` or `a` dropped?",
            )

    @staticmethod
    def _determined(s: Sentence, i: int) -> bool:
        """A determiner in the noun's phrase or just before its modifiers, or a proper
        name's compound before it (President Biden's title is no slip)."""
        if s.children(i, *_OWN):
            return True
        if any(s.toks[c].tag.startswith("NNP") for c in s.children(i, "compound")):
            return True
        if any(s.toks[k].tag in _DETERMINING_TAGS for k in range(s.left_edge(i), i)):
            return True
        j = i - 1
        while j >= s.first and s.toks[j].tag in _MODIFIER_TAGS:
            j -= 1
        if j >= s.first + 1 and s.toks[j].tag in ("VBD", "VBN") and s.is_name(j - 1):
            # the Reagan appointed majority, the Kremlin backed candidate: a name and a
            # participle the tagger read as a clause modify the noun; the name's
            # determiner is the noun's.
            k = j - 1
            while k > s.first and s.is_name(k - 1):
                k -= 1
            j = k - 1
        return j >= s.first and (
            s.toks[j].tag in _DETERMINING_TAGS or s.has("determiners", s.word(j))
        )

    @staticmethod
    def _adverb(s: Sentence, i: int) -> bool:
        """A bare word just after its verb that can be an adverb: a direction or a manner
        (feint right, head south), not an object that lost its article."""
        h = s.toks[i].head
        return (
            s.toks[i].dep == "dobj" and h == i - 1 and s.left_edge(i) == i and bool(s.tags(i) & RB)
        )

    @staticmethod
    def _predicate(s: Sentence, i: int) -> bool:
        """The complement of a verb of becoming (gone mass market, turned traitor): a
        predicate the parse took for an object."""
        h = s.toks[i].head
        return s.toks[i].dep == "dobj" and s.has("linking-verbs", s.lemma(h))

    @staticmethod
    def _labels(s: Sentence, i: int) -> bool:
        """Is the noun a label for a name, a number or a hyphened compound after it?"""
        if i >= s.last:
            return False
        nxt = s.toks[i + 1]
        if nxt.tag in _LABELLED_TAGS or s.children(i, "appos", "npadvmod"):
            return True
        if nxt.tag in ("DT", "PRP$") and nxt.text.lower() not in ("that", "this"):
            return True  # rear project the image: a verb the tagger took for a noun
        if (
            nxt.tag == "-LRB-"
            and i + 4 <= s.last
            and s.toks[i + 3].tag == "-RRB-"
            and s.toks[i + 2].text.isupper()
        ):
            # exclusive economic zone (EEZ) claims: the noun's abbreviation in brackets;
            # what follows it is read as what follows the noun.
            nxt = s.toks[i + 4]
            if nxt.tag in _LABELLED_TAGS:
                return True
            i += 3
        if nxt.text.isalpha() and nxt.text.islower() and _can_be_noun(s.tags(i + 1)):
            # award shows, title rivals, medal favourite: a word that can be a noun
            # follows, and the noun modifies it; the tagger read it as a verb or adjective.
            return True
        if nxt.text == "of" and i + 2 <= s.last and s.toks[i + 2].text.islower():
            return True  # word of mouth, right of court: a set phrase, a name of a place
        # Bank of America; athletics governing body the IAAF
        return nxt.text in ("of", "the") and i + 2 <= s.last and s.toks[i + 2].text[:1].isupper()

    @staticmethod
    def _paired(s: Sentence, i: int) -> bool:
        """One of two nouns named together: joined (artist and album), the same word
        twice (step by step, face to face), a change (from museum to mosque)."""
        if s.children(i, "conj", "cc") or s.toks[s.toks[i].head].dep == "conj":
            return True
        near = range(max(s.first, i - 3), min(s.last, i + 3) + 1)
        if any(k != i and s.word(k) == s.word(i) for k in near):
            return True
        return s.word(s.toks[i].head) in ("from", "to", "between") and any(
            s.word(k) in ("from", "to", "and") and k != s.toks[i].head for k in near
        )

    @staticmethod
    def _fixed(s: Sentence, i: int, word: str) -> bool:
        """A fixed phrase with a bare noun (take place, in court, per share, as chairman),
        a time (last year) or a medium (by video)."""
        h = s.toks[i].head
        if h == i:
            return False
        if s.has("time-periods", word) or s.has("adverbial-nouns", word):
            return True
        if s.has("medium-nouns", word):
            return True
        if s.has("bare-object-phrases", f"{s.lemma(h)} {word}") or s.has(
            "bare-object-phrases", f"{s.word(h)} {word}"
        ):
            return True
        if s.toks[i].dep != "pobj":
            return False
        # per share, as chairman; the sort of move, unity of purpose, surrounded by family,
        # without warning: what follows these is a kind, a means or a mass.
        return s.has("bare-object-prepositions", s.word(h)) or s.has(
            "bare-noun-prepositions", s.word(h)
        )

    def story_test(
        self, parses: Sequence[Parse], lex: Lexicon, doc: Document, ctx: Context
    ) -> Callable[[Sentence, Hit], bool]:
        telegraphic = none_in_telegraphic_copy(doc, ctx)
        if telegraphic is not None:
            return telegraphic
        if any(p.kind is PartKind.SPEAKER for p in doc.parts):
            # An interview's transcript: speech as spoken, not copy an editor wrote.
            return lambda s, hit: False
        bullets = {p.text for p in doc.parts if p.kind is PartKind.BULLET}
        uses = story_uses(parses)

        def keep(s: Sentence, hit: Hit) -> bool:
            # Summary bullets are telegraphic by style; a noun the story writes bare
            # elsewhere too is its style (or a mass use the list missed).
            word = _word(s, hit.last)
            if s.text in bullets or word is None or uses.bare[word] > _MAX_BARE:
                return False
            said = s.toks[hit.last].text
            # A capitalised first word may be a name (Link, the game's hero) or a
            # headline's style: reported when the story writes the noun with an article
            # elsewhere and never capitalised inside a sentence (referee Graham Poll).
            return said.islower() or (
                uses.articled[word] > 0 and not re.search(rf"[\w,] {re.escape(said)}\b", doc.text)
            )

        return keep


def _can_be_noun(tags: int) -> bool:
    """A lexicon reading as a noun, and none as a function word (``in``, ``the``, ``to``)
    or an auxiliary: after a bare noun only a noun it modifies reads so."""
    if not tags:
        return True  # a word the table lacks (favourite, a British spelling) may be one
    return bool(tags & (NN | NNS)) and not tags & _FUNCTION_TAGS


def _word(s: Sentence, i: int) -> str | None:
    """The singular common noun at token i in lower case: a lower-case NN, or the
    capitalised first word of a sentence (Company said) the tagger may call a name."""
    t = s.toks[i]
    if not t.text.isalpha():
        return None
    if t.tag == "NN" and t.text.islower():
        return t.text
    if i == s.first and t.tag in ("NN", "NNP") and t.text[1:].islower():
        return t.text.lower()
    return None
