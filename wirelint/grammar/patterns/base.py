"""What every pattern family shares: a finding, a family, the word lists and helpers."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE,
    BE_X,
    CD,
    CLOSED,
    CONJ,
    DET,
    DO,
    HAVE,
    JJ,
    NN,
    NNP,
    NNS,
    NOUN,
    POS,
    PREP,
    PRON_A,
    PRON_S,
    PRONOUN,
    RB,
    SUB,
    TO,
    UNK,
    VB,
    VBD,
    VBN,
    VBZ,
    VERB,
    Lexicon,
)
from wirelint.grammar.tagging import Tagged


class Finding(NamedTuple):
    first: int  # token index where the break starts
    last: int  # token index where it ends (inclusive)
    message: str
    confident: bool  # warning when True, info otherwise
    kind: str  # verb-form, agreement, splice, word-order
    family: str = ""  # the id of the pattern family that found it


#: Where a family looks: at each token joined to the next ("token"), at each token
#: before a break in the sentence or at its end ("break"), or once per sentence where
#: no other family found anything ("sentence", called with ``i = 0``).
Scope = Literal["token", "break", "sentence"]


@dataclass(frozen=True)
class Family:
    """One pattern family: an id, a cheap trigger and the check it guards.

    ``doc`` is the family module's docstring: it says what the family sees and lists
    the sentences it must flag under ``Flags:`` and real copy it must pass under
    ``Passes:``, one per indented line (a test runs them).
    """

    id: str
    doc: str
    scope: Scope
    #: None: the tag mask alone says where the family starts.
    trigger: Callable[[Grammar, Tagged, int], bool] | None
    check: Callable[[Grammar, Tagged, int], Finding | None]
    #: Tags the token must have one of for the trigger to be worth calling (0: any token).
    #: A cheap test the scanner makes first: most tokens start no pattern.
    mask: int = 0
    #: The Grammar attribute (a set or dict of words, often a pack list) the token may be
    #: one of instead of having a ``mask`` tag, or the words themselves when the family
    #: names them in its module, or a tuple of both (their union): the trigger is worth
    #: calling only at such a token ("": the mask alone decides). Tested in the scanner's
    #: loop, not by a call per token.
    words: str | frozenset[str] | tuple[str | frozenset[str], ...] = ""
    #: A test on the token after (token scope) the trigger needs to pass: the next token
    #: has one of ``next_mask``'s tags or is one of ``next_words`` (Grammar attributes
    #: or the words, one or a tuple of them; both empty: no test), unless this token is
    #: one of ``next_exempt``. A family's check returns None wherever the test fails.
    #: Tested in the scanner's loop, as ``mask`` is: most tokens have a next word no
    #: pattern starting on them needs, and a trigger called there only says no.
    next_mask: int = 0
    next_words: str | frozenset[str] | tuple[str | frozenset[str], ...] = ""
    next_exempt: frozenset[str] = frozenset()
    #: Where in the sentence the family may start: anywhere (None), or only at the
    #: sentence's first token and at a token joined after one of these words (an empty
    #: set: the first token alone). Tested in the scanner's loop, as ``mask`` is: a family
    #: that reads a clause from its opening word would otherwise be called at every noun
    #: only to say no.
    opens_after: frozenset[str] | None = None
    #: A test on this token and the next together (token scope), for a family whose
    #: check reads both: ``pair(grammar, tags, word, next_tags, next_word)`` is False
    #: wherever the check cannot fire. It sees the next token's tags masked by
    #: ``pair_next_mask`` (the tags it reads) and a word only when it is one of ``pair_words``
    #: (a Grammar attribute or the words, one or a tuple of them; None otherwise), so
    #: the scanner makes it once for each kind of pair it meets, not once per token: most
    #: pairs a mask lets through (a verb, then ``the``) are no pattern's.
    pair: Callable[[Grammar, int, str | None, int, str | None], bool] | None = None
    pair_next_mask: int = 0
    pair_words: str | frozenset[str] | tuple[str | frozenset[str], ...] = ""
    #: Whether the family's slip is one in headline style too (a summary bullet written as
    #: a headline, ``Part.headline_style``): a verb form after an auxiliary, a subject that
    #: disagrees with its verb, a doubled determiner are wrong there as anywhere, but a
    #: dropped subject, article or copula (``Lawyer says will appeal``, ``Shares down 3%``)
    #: is the style. A family that reads such gaps is False and does not read those parts.
    headline_style: bool = False

    def __post_init__(self) -> None:
        if self.pair is not None and self.scope != "token":
            raise ValueError(f"{self.id}: a pair test reads the next token (token scope only)")
        if (self.next_mask or self.next_words or self.next_exempt) and self.scope != "token":
            # The scanner picks a break step by its own token alone (scan's last token).
            raise ValueError(
                f"{self.id}: a next-token test reads the next token (token scope only)"
            )

    def examples(self, heading: str = "Flags:") -> list[str]:
        """The indented sentences under ``heading`` in the family's docstring."""
        out: list[str] = []
        inside = False
        for line in self.doc.splitlines():
            if line.strip() == heading:
                inside = True
            elif inside and line.startswith("    ") and line.strip():
                out.append(line.strip())
            elif inside:
                inside = False
        return out


# Words (as tags) that can only be nouns, adjectives or adverbs, never a verb form: used
# to ask "has this word a non-verb reading?".
NONVERB = NN | NNS | JJ | RB | NNP | CD | PREP | DET | PRONOUN | CONJ | SUB | TO | UNK
_TO_SINGULAR = {
    "are": "is",
    "were": "was",
    "have": "has",
    "do": "does",
    "don't": "doesn't",
    "aren't": "isn't",
    "weren't": "wasn't",
    "haven't": "hasn't",
}
_TO_PLURAL = {v: k for k, v in _TO_SINGULAR.items()}
_FINITE_BE_HAVE = frozenset({"is", "was", "are", "were", "has", "have", "had"})


#: The lists of the ``grammar-patterns`` pack section, by key (rules/grammar-patterns.toml).
PATTERN_LISTS = (
    "inversion-cues",
    "stop-adverbs",
    "open-determiners",
    "second-determiners",
    "never-stranded",
    "adverbial-subordinators",
    "object-words",
    "clause-openers",
    "indefinite-pronouns",
    "subject-determiners",
    "ellipsis-cues",
    "cleft-cues",
    "subjunctive-cues",
    "object-starters",
    "after-passive",
    "phrasal-particles",
    "subject-boundaries",
    "subject-chain-prepositions",
    "never-after-determiner",
    "before-preposition",
    "after-pronoun-prepositions",
    "pair-after-determiner",
    "pair-first-words",
    "pair-second-words",
    "quote-verbs",
)


class Following(NamedTuple):
    """The word an auxiliary governs: its position, lower-case form, tags and text as written."""

    at: int
    word: str
    tags: int
    text: str


class Grammar:
    """The lexicon and the word lists the families read, with the helpers they share."""

    def __init__(self, lex: Lexicon, words: Mapping[str, Sequence[str]]) -> None:
        """``words``: the ``grammar-patterns`` pack section (list name -> words)."""
        self.lex = lex

        def get(key: str) -> frozenset[str]:
            assert key in PATTERN_LISTS, key
            return frozenset(w.lower() for w in words.get(key, ()))

        self.inversion_cues = get("inversion-cues")
        self.stop_adverbs = get("stop-adverbs")
        self.open_determiners = get("open-determiners")
        self.second_determiners = get("second-determiners")
        self.never_stranded = get("never-stranded")
        self.adverbial_subordinators = get("adverbial-subordinators")
        self.object_words = get("object-words")
        self.clause_openers = get("clause-openers")
        self.indefinite_pronouns = get("indefinite-pronouns")
        self.subject_determiners = get("subject-determiners")
        self.ellipsis_cues = get("ellipsis-cues")
        self.cleft_cues = get("cleft-cues")
        self.subjunctive_cues = get("subjunctive-cues")
        self.object_starters = get("object-starters")
        self.after_passive = get("after-passive")
        self.phrasal_particles = get("phrasal-particles")
        self.subject_boundaries = get("subject-boundaries")
        self.subject_chain_prepositions = get("subject-chain-prepositions")
        self.never_after_determiner = get("never-after-determiner")
        self.before_preposition = get("before-preposition")
        self.after_pronoun_prepositions = get("after-pronoun-prepositions")
        self.pair_after_determiner = get("pair-after-determiner")
        self.quote_verbs = get("quote-verbs")
        self.pair_first_words = get("pair-first-words") | self.clause_openers
        self.pair_second_words = (
            get("pair-second-words") | self.pair_after_determiner | self.indefinite_pronouns
        )
        self.clause_verbs = lex.words.get("clause-verbs", frozenset())
        self.two_object = lex.words.get("two-object-verbs", frozenset())
        self.adverbial = lex.words.get("adverbial-nouns", frozenset())
        self.singular_s = lex.words.get("singular-s-nouns", frozenset())
        self.collective = lex.words.get("collective-nouns", frozenset())
        self.infinitive_words = lex.words.get("infinitive-verbs", frozenset())
        self.clause_nouns = lex.words.get("clause-nouns", frozenset())
        self.clause_adjectives = lex.words.get("clause-adjectives", frozenset())
        self.complement_verbs = lex.words.get("complement-verbs", frozenset())
        self.predicate_nouns = lex.words.get("predicate-nouns", frozenset())
        self.bare_nouns = lex.words.get("bare-nouns", frozenset())
        self.title_nouns = lex.words.get("title-nouns", frozenset())
        self.adverbial_after_prep = lex.words.get("adverbial-after-preposition", frozenset())
        self.quantity_nouns = lex.words.get("quantity-nouns", frozenset())
        self.infinitive_nouns = lex.words.get("infinitive-nouns-adjectives", frozenset())
        self.plural_ok = lex.words.get("zero-plural-nouns", frozenset())
        self.intransitive = lex.words.get("intransitive-verbs", frozenset())
        self.bare_predicates = lex.words.get("bare-predicate-nouns", frozenset())
        self.before_article = lex.words.get("before-article-words", frozenset())
        self.causatives = lex.words.get("causative-verbs", frozenset())
        self.mandative = lex.words.get("mandative-words", frozenset())
        # verbs of saying, from the grammar-light pack: one list per place in a report
        self.saying_before_clause = lex.words.get("saying-before-clause", frozenset())
        self.saying_before_quote = lex.words.get("saying-before-quote", frozenset())
        self.saying_closing_report = lex.words.get("saying-closing-report", frozenset())
        self.sentence_openers = lex.words.get("sentence-openers", frozenset())
        #: The openers as a sentence starts on them (``But``): a capitalised word read as a
        #: name keeps its case in a tagged sentence's words.
        self.capitalised_openers = frozenset(w[:1].upper() + w[1:] for w in self.sentence_openers)
        self.plural_determiners = lex.words.get("plural-determiners", frozenset())
        self.preposition_like_ing = lex.words.get("preposition-like-ing", frozenset())
        w = lex.words
        # function words that never stand side by side: first word -> (kind, second words)
        self.pair_first: dict[str, dict[str, str]] = {}
        for kind, firsts, seconds in (
            ("prep", "pair-prepositions-first", "pair-prepositions-second"),
            ("prep-pronoun", "pair-pronoun-prepositions", "pair-subject-pronouns"),
            ("prep", "pair-particles-first", "pair-particles-second"),
            ("have", "pair-have-first", "pair-have-second"),
            ("do", "pair-negated-do", "pair-after-negated-do"),
            ("opener", "pair-clause-openers", "pair-finite-verbs"),
            ("contraction", "pair-contractions", "pair-after-contraction"),
        ):
            for first in w.get(firsts, frozenset()):
                table = self.pair_first.setdefault(first, {})
                for second in w.get(seconds, frozenset()):
                    table.setdefault(second, kind)
        #: Every word some ``pair_first`` word pairs with.
        self.pair_seconds = frozenset(w for table in self.pair_first.values() for w in table)

    def lemma_in(self, word: str, words: frozenset[str]) -> bool:
        if word in words:
            return True
        return any(lemma in words for lemma in self.lex.lemmas(word))

    def base(self, word: str) -> str | None:
        lemmas = self.lex.lemmas(word)
        return lemmas[0] if lemmas else None

    def form(self, word: str, slot: int) -> str | None:
        lemma = self.base(word)
        return self.lex.form(lemma, slot) if lemma else None

    def object_it(self, s: Tagged, i: int) -> bool:
        """Whether ``it`` at ``i`` may be an object: after a preposition or make/let/see."""
        if i == 0 or not s.joined[i - 1]:
            return False
        prev = s.tags[i - 1]
        if prev & (SUB | CONJ) and not prev & PREP:
            return False
        return bool(prev & (PREP | VERB | TO | BE_X)) or s.words[i - 1] in self.causatives

    def it_subject(self, s: Tagged, i: int) -> bool:
        """Whether ``it`` at ``i`` is a subject: not after a preposition or a verb that takes
        it as object, but after a verb of saying (said it were) or a noun (the help it gives)."""
        if not self.object_it(s, i):
            return True
        prev, w = s.tags[i - 1], s.words[i - 1]
        if w in ("after", "before", "since", "until", "till", "once", "because"):
            return True  # after it were made public: a clause, not an object
        if prev & (PREP | TO | BE_X) or (
            w in self.causatives
            and not (i > 1 and s.joined[i - 2] and s.tags[i - 2] & (DET | POS | JJ))
        ):
            return False
        before = s.tags[i - 2] if i > 1 and s.joined[i - 2] else 0
        if prev & NOUN and (before & (DET | POS) or (before & JJ and not before & (RB | ADV_IN))):
            return True  # the help it gives, the swelling it caused
        return bool(prev & VERB) and self.lemma_in(w, self.clause_verbs)

    def skip_adverbs(self, s: Tagged, j: int) -> int:
        """The first token at or after ``j`` that is not an inner adverb (not, also, never)."""
        n = len(s.tags)
        stop = self.stop_adverbs
        while j < n and s.tags[j] & ADV_IN and s.joined[j - 1] and s.words[j] not in stop:
            j += 1
        return j

    def verb_after(self, s: Tagged, i: int) -> Following | None:
        """The word the auxiliary at ``i`` governs, past inner adverbs (`has not knocked`).

        None where the sentence ends, punctuation stands between them, or the word is
        unknown to the lexicon: the after-auxiliary families judge nothing then.
        """
        j = self.skip_adverbs(s, i + 1)
        if j >= len(s.tags) or not s.joined[j - 1] or s.tags[j] & UNK:
            return None
        return Following(j, s.words[j], s.tags[j], s.tokens[j].text)

    def inverted(self, s: Tagged, i: int) -> bool:
        """Whether the clause around token ``i`` may be a question or an inversion."""
        if question(s):
            return True
        return any(w in self.inversion_cues for w in s.words[:i])


def question(s: Tagged) -> bool:
    """Whether the sentence ends with a question mark (inside closing quotes or not)."""
    return s.text[s.tokens[-1].end : s.tokens[-1].end + 3].lstrip("\"'”’)").startswith("?")


#: What follows a noun that a verb or a subject may start at (``after_noun``).
AFTER_NOUN_TAGS = ADV_IN | BE | HAVE | DO | VBZ | PRON_S | PRON_A | DET | NNP


def after_noun(s: Tagged, i: int) -> bool:
    """Whether token ``i`` is a noun, a name or a number that a verb or a subject follows."""
    t = s.tags[i]
    return bool(s.tags[i + 1] & AFTER_NOUN_TAGS) and bool(
        (t & NOUN and not t & CLOSED and s.tokens[i].text.islower()) or t & (CD | NNP)
    )


def noun_verb(sc: Grammar, s: Tagged, i: int) -> int | None:
    """The finite verb after the noun at ``i`` (past inner adverbs), or None."""
    tags = s.tags
    j = sc.skip_adverbs(s, i + 1)
    if j >= len(tags) or not s.joined[j - 1]:
        return None
    xt = tags[j]
    if xt & (BE | HAVE | DO) or (xt & VBZ and not xt & (NONVERB | VB | VBD | VBN)):
        return j
    return None


def cannot_stand_together(s: Tagged, i: int) -> Finding:
    """Words ``i`` and ``i + 1`` that no reading lets stand side by side."""
    first, second = s.tokens[i].text, s.tokens[i + 1].text
    return Finding(
        i,
        i + 1,
        f"`{first} {second}`: these words cannot stand together; a word is missing, left over or out of order",
        True,
        "word-order",
    )
