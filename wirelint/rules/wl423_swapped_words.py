"""WL423 swapped-words: two neighbouring words in an order English does not allow (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import (
    DET,
    JJ,
    MODAL,
    NOUN,
    PREP,
    PREP_STRICT,
    PRON_S,
    RB,
    VB,
    VBG,
    VBN,
    VERB,
)
from wirelint.grammar.parsed import Hit, ParserRule, Sentence

#: Determiners that open a noun phrase (not this or that, which may stand alone).
_ARTICLES = frozenset({"a", "an", "the"})
#: Tags of a word that may start the object of a participle (by owned Viacom).
_OBJECT_START = frozenset({"DT", "PRP$", "PRP"})
#: How the parser hangs a predicate adjective on its verb: never an attribute.
_PREDICATE_DEPS = frozenset({"acomp", "oprd", "xcomp", "ccomp", "advcl", "conj"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
#: Tags of a word that ends a noun phrase, which an article swapped past it follows.
_NOUN_END_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "PRP"})
#: Tags of a subject's last word, before the verb a modal was swapped past.
_SUBJECT_END_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "WDT", "WP"})
#: Tags of a word that opens what no modal takes (a preposition, a determiner, a
#: possessive): the verb the modal needs is missing.
_NOT_AFTER_MODAL = frozenset({"IN", "DT", "PRP$"})
#: How many words before a noun a `with` that opens its phrase is looked for.
_WITH_REACH = 8


class SwappedWords(ParserRule):
    """An adjective after its noun, an adjective before its determiner, or a participle
    before its preposition: two words that traded places.

    ## What it does
    Reads each body sentence twice: through the parser's tags and through the word-form
    table, which does not guess from context (spaCy tags a swapped word by where it
    stands). A pair is reported only when both agree that it is one of these orders:

    - a common noun followed by a word that can only be an adjective, the pair not
      followed by a noun or a conjunction: `a computer personal was`, `attract investment
      foreign.`. Capitalised words (names, peoples), adjectives that may follow a noun (the pack's
      `postpositive-adjectives`: `the people responsible`, `funds available`), an
      adjective after a measure (`ten years old`), a predicate after a verb such as
      `make`, `find` or `keep` (`found the plan sound`, the pack's `predicate-verbs`) or
      in a phrase after `with` (`with their lands productive`), and a short quotation
      (`"the economy stupid"`: a slogan in its own order) pass;
    - a word that can only be an adjective between a preposition or a verb and `a`,
      `an` or `the`: `showed off new a technology`, `reflects current the strength`.
      A predicate after `be`, `remain` or `make` (`is confident the deal`, `made clear
      the terms`) and a fixed phrase (`in general the`) pass;
    - a preposition followed by a word that can only be a past participle and then the
      start of a noun phrase: `by financed billionaire George Soros`, `which is by
      owned Viacom`, `in shown the tropical uplands`;
    - `the` or `an` straight after a noun and before a comma: `he told BBC the, on
      Monday` (an article never ends a phrase; after another word it is a speaker's
      restart: `I mean the, community`);
    - a subject, a base verb, then its modal and a preposition or a determiner: `they
      vote will against it`, `which launch would in Europe`. A modal whose verb is
      left out stands after its subject (`than they would in 2005`) and passes;
    - an article or a possessive followed by a word that can only be a preposition:
      `just month a after the firm`, `lay its by side`. `his` and `her`, which stand
      alone as pronouns (`used his to send`), and words that are also adjectives or
      nouns (`the near future`) pass.

    ## Why it matters
    Neighbouring words swapped is what a hurried edit or a slip of the keyboard leaves:
    the sentence still spells correctly, so a spelling checker passes it.

    ## Example
    ```text
    Rules eased

    The new rules aim to attract investment foreign.
    ```
    `investment foreign` is reported: `foreign investment`?
    """

    code = "WL423"
    name = "swapped-words"
    severity = Severity.WARNING

    def find(self, s: Sentence) -> Iterator[Hit]:
        for i in range(s.first, s.last):
            if s.gap(i, i + 1) != " ":
                continue
            if self._adjective_after_noun(s, i) or self._adjective_before_article(s, i):
                a, b = s.toks[i].text, s.toks[i + 1].text
                yield Hit(i, i + 1, f"`{a} {b}`: words in the wrong order? (`{self._swap(s, i)}`)")
            elif (
                self._participle_after_preposition(s, i)
                or self._preposition_after_determiner(s, i)
                or self._modal_after_verb(s, i)
            ):
                a, b = s.toks[i].text, s.toks[i + 1].text
                yield Hit(i, i + 1, f"`{a} {b}`: words in the wrong order? (`{b} {a}`)")
            elif self._article_before_mark(s, i + 1):
                # (the article alone: the word before may look like a ticker, BBC)
                a, b = s.toks[i].text, s.toks[i + 1].text
                yield Hit(
                    i + 1, i + 1, f"`{a} {b}`: an article with no noun: words in the wrong order?"
                )

    @staticmethod
    def _article_before_mark(s: Sentence, j: int) -> bool:
        """told BBC the, on Monday: `the` or `an` straight after a noun and before a
        comma: an article opens a noun phrase and never ends one. After any other word it
        is a speaker's restart (I mean the, community; so the, most of the time); at a
        sentence's end WL401 reports it. (`a` is also a letter and a label: plan a.)"""
        if j >= s.last or s.toks[j].text not in ("the", "an") or s.gap(j, j + 1) != "":
            return False
        return s.toks[j + 1].text in (",", ";", ":") and s.toks[j - 1].tag in _NOUN_END_TAGS

    @staticmethod
    def _swap(s: Sentence, i: int) -> str:
        a, b = s.toks[i].text, s.toks[i + 1].text
        if i == s.first and a[:1].isupper() and b[:1].islower():
            return f"{b[:1].upper()}{b[1:]} {a[:1].lower()}{a[1:]}"
        return f"{b} {a}"

    @staticmethod
    def _adjective(s: Sentence, i: int) -> bool:
        """Token i is an adjective by both views: the table allows it (and no verb
        reading) and the parser tags it JJ."""
        w, t = s.toks[i].text, s.toks[i].tag
        if not w.isalpha() or (w[:1].isupper() and w[1:].isupper()):
            return False
        forms = s.tags(i)
        if not forms & JJ or forms & (VERB | DET | PREP):
            return False
        return t == "JJ" or (w[:1].isupper() and t in ("NNP", "NNPS"))

    def _adjective_after_noun(self, s: Sentence, i: int) -> bool:
        """computer personal, investment foreign: a common noun, then an adjective that
        modifies nothing after it."""
        n, j = s.toks[i], i + 1
        if n.tag not in _NOUN_TAGS or not n.text.isalpha() or not n.text.islower():
            return False
        if not s.tags(i) & NOUN or not self._adjective(s, j):
            return False
        adjective, noun = s.word(j), s.word(i)
        if s.has("postpositive-adjectives", adjective) or s.has("quantifier-adjectives", adjective):
            return False
        if s.has("measure-nouns", noun) or s.has("no-attribute-nouns", noun):
            return False
        if not s.toks[j].text.islower():
            return False  # the comedy Sideways, middle-class Chinese: a name or a people
        if j < s.last and self._phrase_follows(s, j):
            return False
        if any(s.toks[k].tag == "CD" for k in range(max(s.first, i - 2), i)):
            return False  # 10 metres deep, 3 goals clear: a figure's measure
        if s.toks[j].dep in _PREDICATE_DEPS:
            return False  # the parser reads a predicate: found the plan sound
        if self._quoted_phrase(s, i, j) or self._with_absolute(s, i):
            return False
        return not self._predicate_verb_above(s, i)

    @staticmethod
    def _quoted_phrase(s: Sentence, i: int, j: int) -> bool:
        """Do noun i and adjective j end a quotation of at most four words (`"the economy
        stupid"`)? A slogan or a title is quoted as it was said, in its own order."""
        if j >= s.last or s.toks[j + 1].tag != "''":
            return False
        return any(s.toks[k].tag == "``" for k in range(max(s.first, i - 3), i))

    @staticmethod
    def _with_absolute(s: Sentence, i: int) -> bool:
        """Does noun i stand in a phrase opened by `with` or `without`, no verb between
        (`with their titles in order and their lands productive`)? The adjective after
        it is the phrase's predicate, in its place. (Read from the words: the parse
        often hangs the second item of such a phrase elsewhere.)"""
        for k in range(i - 1, max(s.first, i - _WITH_REACH) - 1, -1):
            if s.word(k) in ("with", "without"):
                return True
            if s.toks[k].tag.startswith(("VB", "MD")) or s.toks[k].text in (",", ";", ":"):
                return False
        return False

    @staticmethod
    def _phrase_follows(s: Sentence, j: int) -> bool:
        """Does the adjective j start or join a phrase with the word after it (a name, a
        noun it modifies, capable of, familiar with)?"""
        after = s.toks[j + 1]
        if after.text in ("-", "/") or s.gap(j, j + 1) not in (" ", ""):
            return True
        return after.text[:1].isalnum() and (
            after.tag in ("NN", "NNS", "NNP", "NNPS", "CD", "JJ", "VBG", "IN", "TO", "CC")
            or after.text[:1].isupper()
            or bool(s.tags(j + 1) & (NOUN | PREP))
        )

    @staticmethod
    def _predicate_verb_above(s: Sentence, i: int) -> bool:
        """Is noun i the object of a verb that takes a predicate adjective after it (kept
        prices stable), directly or through prepositions (keep the names of the victims
        secret)?"""
        head = s.toks[i].head
        for _ in range(4):
            if s.toks[head].tag.startswith("VB"):
                return s.has("predicate-verbs", s.lemma(head))
            if head == s.toks[head].head:
                return False
            head = s.toks[head].head
        return False

    def _adjective_before_article(self, s: Sentence, i: int) -> bool:
        """new a technology, current the strength: an adjective between the word that
        takes a noun phrase and the phrase's article."""
        j = i + 1
        if i == s.first or s.toks[j].text not in _ARTICLES or not s.tags(j) & DET:
            return False  # hit musical The Pajama Game: a capital starts a title
        if j == s.last or not s.toks[j + 1].text[:1].isalnum():
            return False
        if not self._adjective(s, i) or s.toks[i].text[:1].isupper():
            return False
        adjective = s.word(i)
        if (
            s.has("clause-adjectives", adjective)
            or s.has("adverbial-after-preposition", adjective)
            or s.has("quantifier-adjectives", adjective)
        ):
            return False  # is confident the, in general the, many an hour
        prev, p = s.toks[i - 1], i - 1
        if prev.tag == "IN" and s.tags(p) & PREP_STRICT:
            return True
        if prev.tag == "RP" and p > s.first and s.toks[p - 1].tag.startswith("VB"):
            return True  # showed off new a technology
        if prev.tag.startswith("VB") and s.tags(p) & VERB:
            if s.has("predicate-verbs", s.lemma(p)) or s.has("shifted-adjectives", adjective):
                return False  # remained confident the, made clear the terms
            return not s.children(p, "auxpass") and prev.tag != "VBN"
        return False

    @staticmethod
    def _preposition_after_determiner(s: Sentence, i: int) -> bool:
        """month a after the firm, lay its by side: an article or a possessive that can
        only be one, then a word that can only be a preposition: no noun phrase opens
        on a preposition. `his` and `her` stand alone as pronouns (used his to send, at
        her in a way) and pass; so do words that are also nouns, adjectives or verbs
        (the near future, the over-sixties, and the like), and a phrase used as an
        adjective without its hyphens (a behind the scenes battle)."""
        j = i + 1
        word = s.word(i)
        if not (word in _ARTICLES or (s.toks[i].tag == "PRP$" and word not in ("his", "her"))):
            return False
        if s.toks[j].tag != "IN" or not s.toks[j].text.islower():
            return False
        forms = s.tags(j)
        if not forms & PREP or forms & (NOUN | JJ | VERB | RB) or s.word(j) == "per":
            return False  # (the per share gains: `per` makes a noun modifier)
        if j >= s.last or not s.toks[j + 1].text[:1].isalnum():
            return False  # (the in-crowd: a compound)
        # a behind the scenes battle, an out of court deal: a phrase written without its
        # hyphens before the noun the article belongs to (its object runs into that noun).
        # Only after `a` or `an`: `the of the draft bill`, `opening the for interest rate
        # cuts` are slips whose noun phrases run on too.
        return word not in ("a", "an") or not any(
            s.toks[k].tag in _NOUN_TAGS
            and bool(s.tags(k + 1) & NOUN)
            and s.gap(k, k + 1) == " "
            and s.toks[k + 1].text.islower()
            for k in range(j + 1, min(j + 3, s.last))
        )

    @staticmethod
    def _modal_after_verb(s: Sentence, i: int) -> bool:
        """they vote will against it, which launch would in Europe: a subject, a base verb,
        then its modal, then a preposition or a determiner: the modal stands after the
        verb it should carry. A modal with its verb left out stands after its subject, not
        after a verb (as they would in 2005, than it will this year), so it passes."""
        j = i + 1
        if i == s.first or j >= s.last or s.gap(i, j) != " " or s.gap(j, j + 1) != " ":
            return False
        verb, modal, after = s.toks[i], s.toks[j], s.toks[j + 1]
        if not verb.text.islower():
            return False
        # the tagger, which reads the order, may take the verb for a noun (they vote
        # will, which launch would): after a subject pronoun or a relative one it is a verb
        before = s.toks[i - 1]
        pronoun = before.tag in ("WDT", "WP") or bool(s.lex.tag(s.word(i - 1)) & PRON_S)
        if verb.tag not in ("VB", "VBP") and not (verb.tag == "NN" and pronoun):
            return False
        if not s.tags(i) & VB or s.tags(i) & MODAL:
            return False  # (need, dare: verbs and modals at once)
        if modal.tag != "MD" or not s.tags(j) & MODAL:
            return False
        if after.tag not in _NOT_AFTER_MODAL or not after.text.isalpha():
            return False
        if after.tag == "IN" and not s.tags(j + 1) & PREP_STRICT:
            return False  # (will if, would as: a subordinator may open a clause there)
        return s.toks[i - 1].tag in _SUBJECT_END_TAGS

    @staticmethod
    def _participle_after_preposition(s: Sentence, i: int) -> bool:
        """by owned Viacom, in shown the: a preposition, then a word that can only be a
        past participle, then the start of a noun phrase (the participle's object)."""
        j = i + 1
        if j >= s.last or s.toks[i].tag != "IN" or not s.tags(i) & PREP_STRICT:
            return False
        forms = s.tags(j)
        if not forms & VBN or forms & (NOUN | VB | VBG | RB | PREP):
            return False
        if s.toks[j].tag not in ("VBN", "VBD", "JJ") or not s.toks[j].text.islower():
            return False
        after = s.toks[j + 1]
        if after.tag not in _OBJECT_START or not after.text[:1].isalnum():
            return False  # of used P-3 planes, by escalated Mideast fighting: an attribute
        if after.tag == "DT" and after.text not in _ARTICLES:
            return False  # take that for granted these days
        return s.gap(j, j + 1) == " "
