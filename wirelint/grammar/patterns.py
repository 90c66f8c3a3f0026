"""Grammar patterns over tag candidates: where a sentence stops being English.

Each check starts at a trigger word (an auxiliary, a pronoun, a determiner, a
plural noun before a verb) and fires only when *every* reading the lexicon allows
for the next words is wrong there: ``has knock`` (no reading of ``knock`` is a past
participle), ``the ministers was``, ``the it``. Words the lexicon does not know never
fire a pattern. The checks are ordered by how often they fire, cheapest first.
"""

from __future__ import annotations

from typing import NamedTuple

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE,
    BE_X,
    CD,
    CLOSED,
    CONJ,
    DET,
    DO,
    FINITE_AUX,
    HAVE,
    HAVE_X,
    JJ,
    MASS,
    MODAL,
    NN,
    NNP,
    NNS,
    NOUN,
    PART,
    POS,
    PREP,
    PREP_STRICT,
    PRON_A,
    PRON_O,
    PRON_S,
    PRONOUN,
    RB,
    SUB,
    TO,
    UNK,
    VB,
    VBD,
    VBG,
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


# Words (as tags) that can only be nouns, adjectives or adverbs, never a verb form: used
# to ask "has this word a non-verb reading?".
NONVERB = NN | NNS | JJ | RB | NNP | CD | PREP | DET | PRONOUN | CONJ | SUB | TO | UNK
_LEFT_DETS = frozenset({"the", "a", "an", "every", "its", "their", "our", "my", "your"})
_RIGHT_DETS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "these",
        "those",
        "his",
        "its",
        "their",
        "our",
        "my",
        "your",
        "every",
    }
)
_DET_THEN_CONJ = frozenset(
    {"and", "or", "but", "nor", "which", "who", "whom", "because", "although", "whether"}
)
_DET_THEN_ADV = frozenset({"also", "never"})
# Prepositions that are never a particle or stranded at a clause end in wire copy.
_NEVER_STRANDED = frozenset(
    {"of", "during", "among", "amongst", "between", "despite", "via", "upon", "into", "amid"}
)
_ADVERBIAL_SUBORDINATORS = frozenset(
    {
        "if",
        "when",
        "once",
        "though",
        "although",
        "because",
        "as",
        "while",
        "unless",
        "until",
        "till",
        "after",
        "before",
        "since",
        "whether",
        "whenever",
        "wherever",
        "even",
        "so",
        "like",
        "now",
        "then",
        "where",
        "how",
    }
)
_INVERSION_CUES = frozenset(
    {
        "only",
        "never",
        "nor",
        "neither",
        "so",
        "rarely",
        "seldom",
        "hardly",
        "not",
        "what",
        "why",
        "how",
        "where",
        "when",
        "which",
        "who",
        "as",
        "than",
        "such",
    }
)
_OBJECT_WORDS = frozenset(
    {
        "what",
        "some",
        "any",
        "several",
        "both",
        "each",
        "every",
        "everyone",
        "everything",
        "anyone",
        "anything",
        "someone",
        "something",
        "nothing",
        "nobody",
        "everybody",
        "somebody",
        "himself",
        "herself",
        "themselves",
        "itself",
        "ourselves",
        "myself",
        "yourself",
    }
)
_CLAUSE_OPENERS = frozenset(
    {
        "if",
        "when",
        "once",
        "though",
        "although",
        "because",
        "while",
        "unless",
        "until",
        "till",
        "after",
        "before",
        "since",
        "whether",
        "whenever",
        "wherever",
        "whereas",
        "whilst",
    }
)
_DET_THEN_PREP = frozenset(
    {
        "around",
        "about",
        "through",
        "across",
        "since",
        "until",
        "among",
        "within",
        "without",
        "upon",
        "into",
        "onto",
        "towards",
        "despite",
        "via",
        "how",
        "what",
        "why",
        "where",
        "when",
        "whether",
    }
)
_PAIR_TAGS = POS | TO | DET | MODAL | HAVE | DO | PRON_S | PREP_STRICT | VERB | JJ
_PAIR_WORDS = frozenset({"not", "it", "last", "next", "be", "been"}) | _CLAUSE_OPENERS
_AFTER_NOUN_TAGS = ADV_IN | BE | HAVE | DO | VBZ | PRON_S | PRON_A | DET | NNP
_INDEFINITE_PRONOUNS = frozenset(
    {
        "someone",
        "anyone",
        "everyone",
        "something",
        "anything",
        "nothing",
        "everything",
        "nobody",
        "everybody",
        "somebody",
        "anybody",
    }
)
_REPORTING = frozenset(
    {
        "say",
        "ask",
        "add",
        "tell",
        "reply",
        "answer",
        "explain",
        "write",
        "recall",
        "insist",
        "admit",
        "note",
    }
)
_DEGREE_WORDS = frozenset(
    {
        "as",
        "so",
        "too",
        "how",
        "however",
        "this",
        "that",
        "the",
        "just",
        "quite",
        "more",
        "less",
        "most",
        "least",
    }
)
_PAIR_NEXT_TAGS = BE | HAVE | DO | MODAL | TO
_PAIR_NEXT_WORDS = (
    frozenset(
        {
            "of",
            "which",
            "what",
            "the",
            "a",
            "an",
            "he",
            "she",
            "they",
            "we",
            "have",
            "be",
            "do",
            "if",
            "that",
            "because",
            "unless",
            "although",
            "though",
        }
    )
    | _DET_THEN_PREP
    | _INDEFINITE_PRONOUNS
)
_SUBJECT_DETS = frozenset(
    {"the", "a", "an", "this", "these", "its", "their", "his", "many", "some", "most"}
)
_NP_BOUNDARY_WORDS = frozenset(
    {
        "that",
        "which",
        "who",
        "when",
        "while",
        "if",
        "because",
        "although",
        "though",
        "whether",
        "where",
        "since",
        "unless",
        "until",
        "once",
    }
)
_ELLIPSIS_CUES = frozenset(
    {
        "all",
        "anything",
        "everything",
        "something",
        "what",
        "whatever",
        "much",
        "best",
        "as",
        "more",
        "less",
        "little",
    }
)
_CLEFT_CUES = frozenset(
    {
        "what",
        "all",
        "everything",
        "that",
        "which",
        "who",
        "whatever",
        "anything",
        "something",
        "thing",
        "things",
    }
)
_SING_PRON = frozenset({"he", "she", "it"})
_PLURAL_PRON = frozenset({"they", "we", "i", "you"})
_SUBJUNCTIVE_CUES = frozenset(
    {"if", "though", "wish", "wished", "suppose", "supposing", "lest", "imagine"}
)
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
_STOP_ADVERBS = frozenset({"better", "best", "rather", "sooner"})
_VERBAL_AFTER_NOUNLIKE = frozenset({"out", "up", "down", "off", "back", "away"})
_RUN_ON_SUBJECT = PRON_S | PRON_A | DET
# After "is" + a noun-or-verb, words that show the verb lost its ending (were take from).
_HAVE_VERB_NEXT = frozenset(
    {
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "every",
        "it",
        "him",
        "them",
        "these",
        "those",
        "some",
        "he",
        "she",
        "they",
        "we",
    }
)
_PRONOUN_PREPS = frozenset({"in", "at", "on", "for", "by", "into", "out", "up", "after"})
_BEFORE_PREPOSITION = frozenset(
    {
        "instead",
        "because",
        "ahead",
        "out",
        "apart",
        "regardless",
        "irrespective",
        "rather",
        "outside",
    }
)
_CHAIN_PREPS = frozenset(
    {"of", "in", "at", "for", "on", "from", "with", "to", "about", "over", "among"}
)
_FINITE_BE_HAVE = frozenset({"is", "was", "are", "were", "has", "have", "had"})
_BE_VERB_NEXT = frozenset(
    {
        "by",
        "at",
        "into",
        "from",
        "as",
        "with",
        "on",
        "in",
        "towards",
        "through",
        "across",
        "against",
    }
)
_RUN_ON_LEFT = NOUN | NNP | CD
_RUN_ON_NOT_LEFT = (
    DET | PREP | CONJ | SUB | TO | FINITE_AUX | BE_X | HAVE_X | PRON_S | PRON_A | POS | UNK
)


def _bare(t: int) -> int:
    return t & ~UNK


def _cannot_stand_together(s: Tagged, i: int) -> Finding:
    """Words ``i`` and ``i + 1`` that no reading lets stand side by side."""
    first, second = s.tokens[i].text, s.tokens[i + 1].text
    return Finding(
        i,
        i + 1,
        f"`{first} {second}`: these words cannot stand together; a word is missing, left over or out of order",
        True,
        "word-order",
    )


class Scanner:
    """Runs every pattern over one tagged sentence."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
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

    # -- helpers -----------------------------------------------------------------------

    def _lemma_in(self, word: str, words: frozenset[str]) -> bool:
        if word in words:
            return True
        return any(lemma in words for lemma in self.lex.lemmas(word))

    def _base(self, word: str) -> str | None:
        lemmas = self.lex.lemmas(word)
        return lemmas[0] if lemmas else None

    def _form(self, word: str, slot: int) -> str | None:
        lemma = self._base(word)
        return self.lex.form(lemma, slot) if lemma else None

    @staticmethod
    def _subject_before_modal(s: Tagged, i: int) -> bool:
        """Whether the word before an ambiguous will/can/must is its subject (not "an iron will")."""
        if i == 0:
            return False
        prev = s.tags[i - 1]
        if s.words[i - 1] == "else" or s.words[i - 1] in _INDEFINITE_PRONOUNS:
            return True  # everything else will, someone will
        if prev & (PRON_S | PRON_A | NNP) or s.words[i - 1] in (
            "which",
            "who",
            "that",
            "and",
            "but",
            "or",
        ):
            return True
        if prev & (VBD | VBN) and not prev & (NOUN | JJ):
            return True  # the number sold will
        if prev & (NN | NNS) and not prev & (JJ | CLOSED) and s.joined[i - 1]:
            before = s.words[i - 2] if i > 1 else ""
            return before not in ("a", "an") and not (i > 1 and s.tags[i - 2] & POS)
        return False

    def _object_it(self, s: Tagged, i: int) -> bool:
        """Whether ``it`` at ``i`` may be an object: after a preposition or make/let/see."""
        if i == 0 or not s.joined[i - 1]:
            return False
        prev = s.tags[i - 1]
        if prev & (SUB | CONJ) and not prev & PREP:
            return False
        return bool(prev & (PREP | VERB | TO | BE_X)) or s.words[i - 1] in self.causatives

    def _it_subject(self, s: Tagged, i: int) -> bool:
        """Whether ``it`` at ``i`` is a subject: not after a preposition or a verb that takes
        it as object, but after a verb of saying (said it were) or a noun (the help it gives)."""
        if not self._object_it(s, i):
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
        return bool(prev & VERB) and self._lemma_in(w, self.clause_verbs)

    @staticmethod
    def _inverted(s: Tagged, i: int) -> bool:
        """Whether the clause around token ``i`` may be a question or an inversion."""
        if s.text[s.tokens[-1].end : s.tokens[-1].end + 3].lstrip("\"'”’)").startswith("?"):
            return True
        return any(w in _INVERSION_CUES for w in s.words[:i])

    @staticmethod
    def _skip_adverbs(s: Tagged, j: int) -> int:
        """The first token at or after ``j`` that is not an inner adverb (not, also, never)."""

        n = len(s.tags)
        while j < n and s.tags[j] & ADV_IN and s.joined[j - 1] and s.words[j] not in _STOP_ADVERBS:
            j += 1
        return j

    # -- the scan ----------------------------------------------------------------------

    def scan(self, s: Tagged) -> list[Finding]:
        out: list[Finding] = []
        tags, words, joined = s.tags, s.words, s.joined
        n = len(tags)
        last = n - 1
        if tags[last] & DET and words[last] in _LEFT_DETS and self._ends_clause_after(s, last):
            out.append(
                Finding(
                    last,
                    last,
                    f"`{s.tokens[last].text}` is left hanging: the word it introduces is missing",
                    True,
                    "word-order",
                )
            )
        for i in range(n - 1):
            t = tags[i]
            if not joined[i]:
                if t & DET and words[i] in _LEFT_DETS and self._ends_clause_after(s, i):
                    out.append(
                        Finding(
                            i,
                            i,
                            f"`{s.tokens[i].text}` is left hanging: the word it introduces is missing",
                            True,
                            "word-order",
                        )
                    )
                continue
            if (
                tags[i + 1] & _PAIR_NEXT_TAGS
                or words[i + 1] in _PAIR_NEXT_WORDS
                or words[i] == "be"
            ) and (t & _PAIR_TAGS or words[i] in _PAIR_WORDS):
                f = self._word_pair(s, i)
                if f:
                    out.append(f)
                    continue
            if t & FINITE_AUX or t & (HAVE_X | BE_X):
                f = self._auxiliary(s, i)
                if f:
                    out.append(f)
                    continue
            if t & TO:
                f = self._after_to(s, i)
                if f:
                    out.append(f)
                    continue
            if t & (PRON_S | PRON_A):
                f = self._pronoun(s, i)
                if f:
                    out.append(f)
                    continue
            if t & DET and words[i] in _LEFT_DETS:
                f = self._after_determiner(s, i)
                if f:
                    out.append(f)
                    continue
            if t & PREP_STRICT:
                f = self._after_preposition(s, i)
                if f:
                    out.append(f)
                    continue
            if words[i] in self.pair_first:
                f = self._function_pair(s, i)
                if f:
                    out.append(f)
                    continue
            if tags[i + 1] & _AFTER_NOUN_TAGS and (
                (t & NOUN and not t & CLOSED and s.tokens[i].text.islower()) or t & (CD | NNP)
            ):
                f = self._noun_then(s, i)
                if f:
                    out.append(f)
                    continue
        if not out and n > 6:
            f = self._run_on(s)
            if f:
                out.append(f)
        return out

    # -- word pairs that never stand together ----------------------------------------------

    def _word_pair(self, s: Tagged, i: int) -> Finding | None:
        """``not was``, ``India's has``, ``to of``, ``the how``, ``if can``, ``when it the``."""
        tags, words = s.tags, s.words
        a, b = words[i], words[i + 1]
        ta, tb = tags[i], tags[i + 1]
        if tb & UNK or ta & UNK:
            return None
        bad = False
        finite_only = tb & (BE | HAVE | DO | MODAL) and not tb & (VERB | NN | NNS | JJ | PRONOUN)
        if (
            a == "not"
            and finite_only
            and i > 0
            and words[i - 1] not in ("or", "if", "whether", "only", "why")
        ):
            bad = True  # Peru not was withdrawing
        elif (
            ta & POS
            and (finite_only or (b in _FINITE_BE_HAVE and s.tokens[i].text[:1].islower()))
            and not tb & MODAL
        ):
            bad = True  # India's has government
        elif ta & TO and b == "of":
            bad = True  # hard to of win
        elif ta & DET and a in _LEFT_DETS and b in _DET_THEN_PREP:
            bad = True  # its around 35 pct, a how game
        elif a in _CLAUSE_OPENERS and tb & MODAL and not tb & (NN | NNP):
            bad = True  # if can we afford
        elif (
            a == "it"
            and b in ("the", "a", "an")
            and i > 0
            and not self._object_it(s, i)
            and not tags[i - 1] & FINITE_AUX
        ):
            bad = True  # when it the whole issue
        elif (
            b == "which"
            and ta & (MODAL | HAVE | DO | DET | PRON_S)
            and not ta & (VB | NN)
            and a not in ("those", "these", "this", "that")
        ):
            bad = True  # has which created, would have which to
        elif (
            ta & PREP_STRICT
            and not ta & PART
            and b == "of"
            and a != b
            and a not in ("because", "instead", "ahead")
        ):
            bad = True  # preparing for of the Olympiad
        elif a in ("of", "from", "with", "by", "for", "at", "into", "during", "among") and tb & TO:
            bad = True  # from to BT
        elif ta & DET and a in _LEFT_DETS and b == "that":
            bad = True  # the that
        elif a in ("be", "been") and (
            (tb & (MODAL | BE | HAVE) and not tb & (VERB | PRONOUN | NN)) or b == "will"
        ):
            bad = True  # be will, been has
        elif (
            ta & JJ
            and not ta & (NOUN | VERB | RB | CLOSED | CD | ADV_IN | UNK | NNP)
            and b in ("a", "an", "the")
            and a not in self.before_article
            and i > 0
            and not tags[i - 1] & (BE | BE_X | VERB)
            and words[i - 1]
            not in ("as", "so", "too", "how", "however", "this", "that", "the", "just", "quite")
            and a not in ("pending", "overshot", "notwithstanding")
        ):
            bad = True  # new a plan
        elif ta & DET and a in _LEFT_DETS and b in _INDEFINITE_PRONOUNS:
            bad = True  # assume a someone
        elif (
            ta & DET
            and a in _LEFT_DETS
            and b in ("have", "be", "do", "if", "because", "unless", "although", "though")
        ):
            bad = True  # incentives the have, the if consumer
        elif ta & PRON_S and b in ("what", "which") and i > 0 and not tags[i - 1] & FINITE_AUX:
            bad = True  # they what knew
        elif (
            b in ("he", "she", "they", "we")
            and ta & VERB
            and not ta & (NOUN | JJ | CLOSED | VBG)
            and not self._lemma_in(a, self.clause_verbs)
            and not self._lemma_in(a, _REPORTING)
            and i + 2 < len(tags)
            and s.joined[i + 1]
            and not tags[i + 2] & (VERB | FINITE_AUX | RB | ADV_IN | UNK | CLOSED)
        ):
            bad = True  # can play they scrum-half
        elif (
            a == "be"
            and i > 0
            and tags[i - 1] & VERB
            and not tags[i - 1] & (FINITE_AUX | TO | NOUN | JJ | CLOSED)
            and words[i - 1] not in ("let", "lets", "make", "made", "makes")
        ):
            bad = True  # laws seem be to
        if not bad:
            return None
        return _cannot_stand_together(s, i)

    # -- auxiliaries: has knock, can went, will to decide, was decide, did went ------------

    def _auxiliary(self, s: Tagged, i: int) -> Finding | None:
        tags, words = s.tags, s.words
        t = tags[i]
        aux = s.tokens[i].text
        j = self._skip_adverbs(s, i + 1)
        if j >= len(tags) or not s.joined[j - 1]:
            return None
        x, xt = words[j], tags[j]
        word = s.tokens[j].text
        if xt & UNK:
            return None
        prev = tags[i - 1] if i > 0 else 0
        if t & MODAL:
            if t & NN and (
                prev & (DET | POS | PREP) or (prev & JJ and not prev & (NOUN | NNP | PRONOUN))
            ):
                return None  # the will to win, political will, a can of worms
            if s.tokens[i].text[0].isupper() and not xt & PRONOUN:
                return None  # May, Will (names)
            if i > 0 and words[i - 1] in ("as", "so", "than", "nor"):
                return None  # as will making Yahoo Messenger available

            if (
                xt & TO
                and j + 1 < len(tags)
                and s.joined[j]
                and tags[j + 1] & VB
                and not tags[j + 1] & UNK
            ):
                if any(w in _ELLIPSIS_CUES for w in words[max(0, i - 4) : i]):
                    return None  # all we can to help: the verb after "can" is left out
                if t & NN and not self._subject_before_modal(s, i):
                    return None  # an iron will to succeed
                verb = s.tokens[j + 1].text
                return Finding(
                    i,
                    j + 1,
                    f"`{aux} to {verb}`: no `to` after `{aux}` (`{aux} {verb}`)",
                    True,
                    "verb-form",
                )
            if t & NN and not self._subject_before_modal(s, i):
                return None
            if x in ("been", "being"):
                return Finding(
                    i,
                    j,
                    f"`{aux} {word}`: after `{aux}`, the verb should be `be`",
                    True,
                    "verb-form",
                )
            if xt & (BE | HAVE | DO | MODAL) and not xt & (VB | NN | BE_X | PRONOUN):
                return Finding(
                    i,
                    j,
                    f"`{aux} {word}`: two finite verbs in a row; after `{aux}` the verb should be in its base form",
                    True,
                    "verb-form",
                )
            if (
                xt & (VBD | VBN | VBZ | VBG)
                and not xt & (VB | CLOSED | NNP | CD | BE_X | HAVE_X | POS)
                and not (xt & RB and not xt & VBZ)
            ):
                base = self._base(x)
                hint = f" (`{aux} {base}`)" if base else ""
                return Finding(
                    i,
                    j,
                    f"`{aux} {word}`: after `{aux}`, the verb should be in its base form{hint}",
                    True,
                    "verb-form",
                )
            if (
                x in ("the", "a", "an", "its", "their", "his", "her", "our", "my", "your")
                and j + 1 < len(tags)
                and s.joined[j]
                and (
                    words[j + 1] in ("have", "be")
                    or (
                        tags[j + 1] & VB
                        and not tags[j + 1] & (NOUN | JJ | VBD | VBN | CLOSED | UNK)
                    )
                )
            ):
                return Finding(
                    i,
                    j + 1,
                    f"`{aux} {word} {s.tokens[j + 1].text}`: `{word}` is left over between `{aux}` and its verb",
                    True,
                    "word-order",
                )
            if (
                x == "of"
                and j == i + 1
                and not (j + 1 < len(tags) and words[j + 1] in ("course", "necessity"))
            ):
                return Finding(
                    i,
                    j,
                    f"`{aux} {word}`: a verb is missing after `{aux}`, or a word is left over",
                    True,
                    "verb-form",
                )
            if (
                x in ("the", "a", "an")
                and j == i + 1
                and prev & (PRON_S | NNS | NNP)
                and not self._inverted(s, i)
            ):
                return Finding(
                    i,
                    j,
                    f"`{aux} {word}`: a verb is missing after `{aux}`, or the words are out of order",
                    True,
                    "word-order",
                )
            return None
        if t & (HAVE | HAVE_X):
            if words[i] == "had" and i > 0 and tags[i - 1] & HAVE:
                return None  # have had rain: "had" is the main verb
            if xt & FINITE_AUX and i > 0 and tags[i - 1] & (PRON_S | PRON_A):
                return None  # the responsibility they have has been tested
            if any(w in _STOP_ADVERBS for w in words[i + 1 : j + 1]):
                return None
            if x in ("be", "being"):
                return Finding(
                    i,
                    j,
                    f"`{aux} {word}`: after `{aux}`, the verb should be `been`",
                    True,
                    "verb-form",
                )
            if xt & VBN or xt & BE_X:
                return None
            vbn = self._form(x, VBN)
            hint = f" (`{aux} {vbn}`)" if vbn and vbn != x else ""
            msg = f"`{aux} {word}`: after `{aux}`, the verb should be a past participle{hint}"
            if xt & (VBD | VBZ) and not xt & (VB | NONVERB):
                return Finding(i, j, msg, True, "verb-form")
            if xt & VBD and not xt & (VBN | CLOSED | NNP | CD | UNK):
                # has fell to, have rose: a past tense that is no participle, whatever
                # else it may be, unless a noun follows (has rose bushes)
                nt = tags[j + 1] if j + 1 < len(tags) and s.joined[j] else 0
                if not (nt & (NOUN | JJ) and not nt & (DET | PREP)):
                    return Finding(i, j, msg, True, "verb-form")
            if (
                xt & VB
                and not xt & (CLOSED | NNP | CD | UNK)
                and j + 1 < len(tags)
                and s.joined[j]
                and x not in self.clause_nouns
                and x not in self.bare_nouns
            ):
                # has sell 2.8 million, have meet the, has attack British ships: whatever
                # else the word may be, only a verb stands between "has" and these
                nt, nw = tags[j + 1], words[j + 1]
                if (
                    nw in _HAVE_VERB_NEXT
                    or (
                        nt & (NNP | CD)
                        and not xt & (JJ | RB)
                        and x != "number"
                        and x not in self.title_nouns
                    )
                    or (nw == "that" and self._lemma_in(x, self.clause_verbs))
                ):
                    return Finding(i, j, msg, True, "verb-form")
            if xt & VB and not xt & (VBD | VBZ | VBG | JJ | RB | PREP | DET | PRONOUN | NNP | CD):
                if x in self.bare_nouns:
                    return None  # had lunch, has surgery
                if xt & NOUN:
                    # access, control, time: nouns after "has" unless an object or particle
                    # follows; a countable noun (knock, plan) needs "a" before it.
                    k = j + 1
                    joined_next = k < len(tags) and s.joined[j]
                    nt = tags[k] if joined_next else 0
                    verbal = joined_next and (
                        (
                            words[k] in _VERBAL_AFTER_NOUNLIKE
                            and (not xt & MASS or words[k] != "off")
                        )
                        or (nt & (DET | PRON_O) and not nt & (NOUN | JJ) and words[k] != "that")
                        or words[k] in _OBJECT_WORDS
                    )
                    countable = not xt & MASS and not (nt & (NOUN | JJ | NNP | CD))
                    if not (verbal or countable):
                        return None
                return Finding(i, j, msg, True, "verb-form")
            return None
        if t & (BE | BE_X):
            if (
                xt & MODAL
                and j + 1 < len(tags)
                and s.joined[j]
                and tags[j + 1] & VB
                and not xt & PRONOUN
            ):
                return Finding(
                    i,
                    j,
                    f"`{aux} {word}`: `{aux}` and `{word}` cannot follow each other; one is left over",
                    True,
                    "verb-form",
                )
            if (
                words[i] in ("are", "were", "'re", "aren't", "weren't")
                and xt & VB
                and not xt & (NNS | VBN | VBD | VBG | JJ | RB | CLOSED | UNK | NNP | CD)
                and x not in self.bare_predicates
                and not (i > 0 and words[i - 1] in ("there", "here"))
                and not any(w in ("do", "does", "did", "all", "what") for w in words[:i])
                and not (j + 1 < len(tags) and s.joined[j] and tags[j + 1] & (NOUN | JJ | NNP | CD))
            ):
                # we are plan to, images are save and: a plural "be" before a singular
                # noun-or-verb is a verb that lost its -ing or -ed
                vbg = self._form(x, VBG)
                hint = f" (`{aux} {vbg}`?)" if vbg else ""
                return Finding(
                    i,
                    j,
                    f"`{aux} {word}`: after `{aux}`, the verb should be an -ing form or a past participle{hint}",
                    True,
                    "verb-form",
                )
            if (
                xt & VB
                and xt & (NN | NNS)
                and not xt & (VBN | VBD | VBG | VBZ | JJ | CLOSED | NNP | CD | UNK)
                and j + 1 < len(tags)
                and s.joined[j]
                and x not in self.bare_predicates
                and x not in self.predicate_nouns
                and "there" not in words[max(0, i - 2) : i]
                and "here" not in words[max(0, i - 2) : i]
            ):
                # was lock by, is yield the, were take from: a verb that lost its ending,
                # not a bare noun (there is evidence of, it was time to, all they do is wait)
                nxt = words[j + 1]
                if any(w in ("do", "does", "did", "all", "what") for w in words[:i]):
                    pass
                elif (
                    nxt in _BE_VERB_NEXT
                    or (nxt == "to" and x not in self.predicate_nouns)
                    or (
                        (not xt & MASS or nxt in _HAVE_VERB_NEXT)
                        and tags[j + 1] & (DET | PRON_O | NNP | CD)
                        and not tags[j + 1] & (NOUN | JJ)
                        and x not in self.predicate_nouns
                        and x not in self.clause_nouns
                    )
                ):
                    vbn = self._form(x, VBN)
                    hint = f" (`{aux} {vbn}`?)" if vbn else ""
                    return Finding(
                        i,
                        j,
                        f"`{aux} {word}`: after `{aux}`, the verb should be an -ing form or a past participle{hint}",
                        True,
                        "verb-form",
                    )
            if x in ("be", "been") and words[i] != "being" and not (x == "be" and words[i] == "be"):
                return Finding(
                    i,
                    j,
                    f"`{aux} {word}`: two forms of `be` in a row; one is left over",
                    True,
                    "verb-form",
                )
            if xt & VBD and not xt & (VB | VBN | NONVERB):
                base = self._base(x)
                vbn = self.lex.form(base, VBN) if base else None
                hint = f" (`{aux} {vbn}`?)" if vbn else ""
                return Finding(
                    i,
                    j,
                    f"`{aux} {word}`: a past tense cannot follow `{aux}`{hint}",
                    True,
                    "verb-form",
                )
            if xt & VBZ and not xt & (VB | VBN | VBG | NONVERB):
                return Finding(
                    i,
                    j,
                    f"`{aux} {word}`: a verb ending in -s cannot follow `{aux}`",
                    True,
                    "verb-form",
                )
            if xt & VB and not xt & (VBN | VBD | VBG | VBZ | NONVERB | BE_X):
                if any(
                    w in ("do", "does", "did", "done", "doing", "all", "what", "say")
                    for w in words[:i]
                ):
                    return None  # all we can do is wait
                if words[i - 1] in ("to",) if i > 0 else False:
                    pass
                vbg = self._form(x, VBG)
                vbn = self._form(x, VBN)
                hint = f" (`{aux} {vbg}` or `{aux} {vbn}`)" if vbg and vbn else ""
                return Finding(
                    i,
                    j,
                    f"`{aux} {word}`: after `{aux}`, the verb should be an -ing form or a past participle{hint}",
                    True,
                    "verb-form",
                )
            if t & BE and xt & BE and x != words[i] and not xt & (VB | NN | PRONOUN):
                if any(w in ("what", "all") for w in words[:i]):
                    return None
                return Finding(
                    i,
                    j,
                    f"`{aux} {word}`: two forms of `be` in a row; one is left over",
                    True,
                    "verb-form",
                )
            if t & BE and xt & HAVE and x in ("has", "hasn't"):
                return Finding(
                    i,
                    j,
                    f"`{aux} {word}`: `{aux}` and `{word}` cannot follow each other; one is left over",
                    True,
                    "verb-form",
                )
            return None
        negated = "n't" in words[i] or "not" in words[i + 1 : j]
        if (
            t & DO
            and negated
            and not xt & (VB | RB | CLOSED | NNP | CD | UNK | BE_X)
            and xt & (VBD | VBN | VBZ | VBG)
        ):
            base = self._base(x)
            hint = f" (`{aux} {base}`)" if base else ""
            return Finding(
                i,
                j,
                f"`{aux} {word}`: after `{aux}`, the verb should be in its base form{hint}",
                True,
                "verb-form",
            )
        if t & DO and xt & (VBD | VBN | VBZ) and not xt & (VB | NONVERB | BE_X | FINITE_AUX):
            base = self._base(x)
            hint = f" (`{aux} {base}`)" if base else ""
            return Finding(
                i,
                j,
                f"`{aux} {word}`: after `{aux}`, the verb should be in its base form{hint}",
                True,
                "verb-form",
            )
        return None

    def _infinitive_to(self, s: Tagged, i: int) -> bool:
        """Whether ``to`` at ``i`` marks an infinitive (aims to, is expected to, in order to)."""
        if i == 0 or not s.joined[i - 1]:
            return False
        prev = s.words[i - 1]
        if prev in self.infinitive_nouns:
            return True  # a bid to, failure to, happy to: only a verb follows
        if s.tags[i - 1] & NN and i > 1 and s.tags[i - 2] & (DET | POS | JJ):
            return False  # a move to, the plan to: a noun, and "to" may be a preposition
        if prev in self.infinitive_words:
            return True
        return bool(s.tags[i - 1] & VERB) and self._lemma_in(prev, self.infinitive_words)

    def _after_to(self, s: Tagged, i: int) -> Finding | None:
        j = i + 1
        x, xt = s.words[j], s.tags[j]
        if xt & UNK:
            return None
        word = s.tokens[j].text
        if (
            (xt & (VBD | VBZ) and not xt & (VB | VBN | NONVERB))
            or (
                xt & (VBD | VBN | VBZ)
                and not xt & (VB | CLOSED | NNP | CD | NN | NNS)
                and self._infinitive_to(s, i)
            )
            or (
                xt & (VBD | VBN)
                and not xt & (VB | CLOSED | NNP | CD | UNK)
                and i > 0
                and s.joined[i - 1]
                and s.words[i - 1] in self.infinitive_nouns
            )
        ):
            base = self._base(x)
            hint = f" (`to {base}`)" if base else ""
            return Finding(
                i,
                j,
                f"`to {word}`: after `to`, the verb should be in its base form{hint}",
                True,
                "verb-form",
            )
        nt = s.tags[j + 1] if j + 1 < len(s.tags) and s.joined[j] else 0
        if (
            xt & (VBD | VBN)
            and not xt & (VB | CLOSED | NNP | CD | NN | NNS)
            and not (i > 0 and s.words[i - 1] in ("from", "between"))
            and (
                # a participle that is never an adjective (to supplied grain)
                (not xt & (JJ | RB | VBZ) and nt & (NOUN | JJ | NNP) and not nt & UNK)
                or (nt & (DET | PRON_O | POS) and not nt & (NOUN | JJ))
                or (j + 1 < len(s.tags) and s.words[j + 1] in _OBJECT_WORDS)
                # a participle after "to" that does not describe a following noun
                # (to increased demand) is a verb that lost its base form
                or not (
                    nt & (NOUN | JJ | NNP | UNK | VBG | VBZ | CONJ)
                    or s.words[j + 1 : j + 2] == [","]
                )
            )
        ):
            base = self._base(x)
            hint = f" (`to {base}`)" if base else ""
            return Finding(
                i,
                j,
                f"`to {word}`: after `to`, the verb should be in its base form{hint}",
                True,
                "verb-form",
            )
        if x in ("been", "being") and self._infinitive_to(s, i):
            return Finding(
                i, j, f"`to {word}`: after `to`, the verb should be `be`", True, "verb-form"
            )
        if xt & (BE | HAVE | DO | MODAL) and not xt & (VB | NN):
            if any(w in _CLEFT_CUES for w in s.words[:i]):
                return None  # what it boils down to is
            return Finding(
                i, j, f"`to {word}`: a finite verb cannot follow `to`", True, "verb-form"
            )
        if xt & PRON_S:
            return Finding(
                i,
                j,
                f"`to {word}`: `{word}` cannot follow `to`; a word is missing or left over",
                True,
                "word-order",
            )
        return None

    # -- pronouns: he are, they was, he go ------------------------------------------------

    def _pronoun(self, s: Tagged, i: int) -> Finding | None:
        tags, words = s.tags, s.words
        p = words[i]
        if p not in _SING_PRON and p not in _PLURAL_PRON:
            return None
        prev = tags[i - 1] if i > 0 else 0
        if prev & (FINITE_AUX | BE_X | HAVE_X) and s.joined[i - 1]:
            return None  # did he go, is it true, would they have
        if i > 1 and tags[i - 2] & (FINITE_AUX) and tags[i - 1] & PRONOUN:
            return None  # does she/he kill
        j = self._skip_adverbs(s, i + 1)
        if j >= len(tags) or not s.joined[j - 1]:
            return None
        x, xt = words[j], tags[j]
        pron, word = s.tokens[i].text, s.tokens[j].text
        # Leftover or swapped words: "he the", "they he", "it they".
        if p == "it" and j == i + 1 and xt & PRON_S and not self._object_it(s, i):
            return Finding(
                i,
                j,
                f"`{pron} {word}`: two subjects in a row; one is left over",
                True,
                "word-order",
            )
        if j == i + 1 and not (i > 0 and words[i - 1] in ("than", "as", "be", "was", "were")):
            f = self._after_subject_pronoun(s, i, j)
            if f:
                return f
        if tags[i] & PRON_S and j == i + 1:
            if (
                x in _RIGHT_DETS
                and x not in ("his", "her", "this", "that")
                and (p != "we" or x in ("a", "an"))
            ):
                return Finding(
                    i,
                    j,
                    f"`{pron} {word}`: `{word}` cannot follow `{pron}`; a word is missing, left over or out of order",
                    True,
                    "word-order",
                )
            if (
                (x in _NEVER_STRANDED or x in ("with", "from", "against"))
                and x not in ("among", "amongst", "between")
                and not (j + 1 < len(tags) and words[j + 1] == "course")
            ):
                return Finding(
                    i,
                    j,
                    f"`{pron} {word}`: `{word}` cannot follow `{pron}`; a word is missing, left over or out of order",
                    True,
                    "word-order",
                )
            if (
                p in ("he", "she", "they")
                and xt & (NN | NNS | JJ)
                and not xt & (VERB | RB | CLOSED | CD | ADV_IN | UNK | NNP | FINITE_AUX | PART)
                and x not in ("alone", "themselves", "himself", "herself", "all", "both", "each")
                and not (i > 0 and tags[i - 1] & FINITE_AUX)
            ):
                return Finding(
                    i,
                    j,
                    f"`{pron} {word}`: `{word}` cannot follow `{pron}`; a word is missing, left over or out of order",
                    True,
                    "word-order",
                )
            if xt & PRON_S and x != p and not (i > 0 and words[i - 1] in ("than", "as")):
                return Finding(
                    i,
                    j,
                    f"`{pron} {word}`: two subjects in a row; one is left over",
                    True,
                    "word-order",
                )
        if xt & UNK:
            return None
        if p in _SING_PRON:
            fix = _TO_SINGULAR.get(x)
            if fix and xt & (BE | HAVE | DO):
                if x in ("were", "weren't") and (
                    any(w in _SUBJUNCTIVE_CUES for w in words[max(0, i - 6) : i])
                    or (i > 0 and words[i - 1] == "as" and not s.joined[j])
                ):
                    return None  # if it were, as it were
                if p == "it" and not self._it_subject(s, i):
                    return None  # "made it have", "with it are": object "it"
                if x in ("do", "have") and i > 0 and words[i - 1] == "that":
                    return None  # in the national interest that it do so
                return Finding(
                    i,
                    j,
                    f"`{pron} {word}`: the verb does not agree with `{pron}` (`{pron} {fix}`)",
                    True,
                    "agreement",
                )
            if (
                not (p == "it" and not self._it_subject(s, i))
                and xt & VB
                and not xt & (FINITE_AUX | CLOSED)
                and not xt & (VBD | VBN | VBZ | JJ | RB | NNP | PREP | BE_X | HAVE_X)
                and not xt & NONVERB & ~(NN | NNS)
                and x not in ("be", "have", "do")
                and not (i > 0 and words[i - 1] in ("lest", "let"))
                and not (
                    i > 0
                    and words[i - 1] == "that"
                    and any(w in self.mandative for w in words[max(0, i - 10) : i - 1])
                )
            ):
                vbz = self._form(x, VBZ)
                vbd = self._form(x, VBD)
                hint = f" (`{pron} {vbz}` or `{pron} {vbd}`)" if vbz and vbd else ""
                return Finding(
                    i,
                    j,
                    f"`{pron} {word}`: the verb does not agree with `{pron}`{hint}",
                    True,
                    "agreement",
                )
            return None
        # they / we / I / you
        fix = _TO_PLURAL.get(x)
        if p == "i" and x in ("was", "wasn't"):
            fix = None
        if fix and xt & (BE | HAVE | DO):
            if p == "you" and prev & (VERB | PREP):
                return None
            return Finding(
                i,
                j,
                f"`{pron} {word}`: the verb does not agree with `{pron}` (`{pron} {fix}`)",
                True,
                "agreement",
            )
        if (
            p != "you"
            and xt & VBZ
            and not xt & (VB | VBD | VBN | JJ | NNP | PREP | BE_X | CLOSED)
            and not (xt & (NN | RB) and not xt & NNS)
        ):
            base = self._base(x)
            hint = f" (`{pron} {base}`)" if base else ""
            return Finding(
                i,
                j,
                f"`{pron} {word}`: the verb does not agree with `{pron}`{hint}",
                True,
                "agreement",
            )
        return None

    def _after_subject_pronoun(self, s: Tagged, i: int, j: int) -> Finding | None:
        """``they Japan``, ``he 1994``, ``they to``, ``he in the``, ``we it``, ``it computer``."""
        tags, words = s.tags, s.words
        p, x, xt = words[i], words[j], tags[j]
        bad = False
        if p == "i":
            if (
                x in ("of", "in", "at", "on", "by", "into", "with", "from", "to")
                and not (i > 0 and s.tags[i - 1] & NNP)
                and not (j + 1 < len(tags) and words[j + 1] in self.adverbial_after_prep)
            ):
                bad = True  # I in the, I to (not Elizabeth I in, I at least)
        elif p in ("he", "she", "they", "we"):
            if xt & CD and not xt & (NN | NNS | JJ) and p != "we":
                bad = True  # he 1994
            elif xt & NNP and p != "we" and s.tokens[j].text[:1].isupper():
                # not WILL (emphasis), not He Kang (a name), not [T]he House
                start = s.tokens[i].start
                bad = (
                    not s.tokens[j].text.isupper()
                    and i > 0
                    and s.text[start - 1 : start] not in ("]", "[")
                )
            elif x == "to" or x in ("that", "which", "who"):
                bad = True  # they to, they that
            elif (x in ("it", "you", "him", "them", "us", "me") and x != p) or (
                x in _INDEFINITE_PRONOUNS
            ):
                bad = True  # we it, we nothing had
            elif (
                x in _PRONOUN_PREPS
                and p != "we"
                and not (j + 1 < len(tags) and words[j + 1] in self.adverbial_after_prep)
            ):
                bad = True  # he in the, they at
        elif (
            p == "it"
            and not (i > 0 and tags[i - 1] & (VERB | PREP | BE | BE_X))
            and (
                xt & (NN | NNS | NNP | CD)
                and not xt & (VERB | JJ | RB | CLOSED | UNK | ADV_IN)
                and not s.tokens[j].text.isupper()
            )
        ):
            bad = True  # it computer, it Japan
        if (
            not bad
            and xt & VBG
            and not xt & (VB | VBD | VBN | VBZ | CLOSED | UNK | NNP)
            and p in ("he", "she", "they", "we", "it")
            and (p != "it" or (self._it_subject(s, i) and not (i > 0 and tags[i - 1] & VERB)))
            and not self._inverted(s, i)
            and not (i > 0 and tags[i - 1] & (FINITE_AUX | BE_X | HAVE_X))
        ):
            bad = True  # he looking, it warming: an -ing form needs its "is"
        if (
            not bad
            and p == "it"
            and (x in _PRONOUN_PREPS or x in ("of", "with", "from"))
            and self._it_subject(s, i)
            and not (i > 0 and tags[i - 1] & (VERB | PREP | FINITE_AUX | BE_X | JJ | UNK | NNP))
            and not (i > 1 and tags[i - 2] & (PRON_S | PRON_A | TO | MODAL))
            and not (j + 1 < len(tags) and words[j + 1] in self.adverbial_after_prep)
        ):
            bad = True  # next week it for the U.S.
        if (
            not bad
            and p == "it"
            and x in ("that", "which", "who")
            and self._it_subject(s, i)
            and not (i > 0 and tags[i - 1] & (PREP | FINITE_AUX | BE_X))
            and not (i > 0 and tags[i - 1] & VERB and not tags[i - 1] & NOUN)
        ):
            bad = True  # taxes it that are guaranteed
        if (
            not bad
            and p == "it"
            and i > 0
            and tags[i - 1] & PREP
            and not tags[i - 1] & VERB
            and words[i - 1] != "of"
            and xt & (NN | NNS)
            and not xt & (VERB | JJ | RB | CLOSED | UNK | ADV_IN | CD | NNP)
        ):
            bad = True  # claims of it responsibility
        if not bad:
            return None
        pron, word = s.tokens[i].text, s.tokens[j].text
        return Finding(
            i,
            j,
            f"`{pron} {word}`: `{word}` cannot follow `{pron}`; a word is missing, left over or out of order",
            True,
            "word-order",
        )

    def _function_pair(self, s: Tagged, i: int) -> Finding | None:
        """``in of``, ``to from``, ``by they``, ``has was``, ``which and``: no reading joins them."""
        tags, words = s.tags, s.words
        a, b = words[i], words[i + 1]
        kind = self.pair_first[a].get(b)
        if kind is None:
            return None
        prev = tags[i - 1] if i > 0 and s.joined[i - 1] else 0
        if kind in ("prep", "prep-pronoun"):
            # a preposition is stranded after a verb or an adjective (the people we spoke
            # to in London, close to), and ends a phrasal verb (came in at)
            if i == 0 and kind == "prep-pronoun":
                pass  # On they top of that
            elif i == 0 or prev & (VERB | PART | JJ | PREP | SUB | CLOSED | UNK) or not prev:
                return None
            if i > 0 and (words[i - 1] in _BEFORE_PREPOSITION or words[i - 1] in self.adverbial):
                return None  # instead of by, 20 years on they
            nxt = tags[i + 2] if i + 2 < len(words) and s.joined[i + 1] else 0
            if kind == "prep" and (
                (i + 2 < len(words) and words[i + 2] in self.adverbial_after_prep)
                or (b in ("from", "between") and nxt & CD)
            ):
                return None  # of in particular, an acquisition of from two to eight billion
        elif kind == "have":
            if any(w in _ELLIPSIS_CUES or w == "thing" for w in words[max(0, i - 6) : i]):
                return None  # what it had was
            if b == "of" and i + 2 < len(words) and words[i + 2] == "course":
                return None
        return _cannot_stand_together(s, i)

    # -- determiners: the it, the of, the said, a the ---------------------------------------

    def _after_determiner(self, s: Tagged, i: int) -> Finding | None:
        tags, words = s.tags, s.words
        j = i + 1
        x, xt = words[j], tags[j]
        if xt & UNK:
            return None
        det, word = s.tokens[i].text, s.tokens[j].text
        msg = f"`{det} {word}`: `{word}` cannot follow `{det}`; a word is missing, left over or out of order"
        if x in _RIGHT_DETS and x != words[i]:
            return Finding(i, j, msg, True, "word-order")
        if xt & (PRON_S | PRON_O) or x in ("it", "you"):
            return Finding(i, j, msg, True, "word-order")
        if xt & (BE | HAVE | DO | MODAL) and not xt & (NN | NNS | VB | JJ):
            return Finding(i, j, msg, True, "word-order")
        if xt & (PREP_STRICT | TO) and not xt & (NN | JJ):
            return Finding(i, j, msg, True, "word-order")
        if x in _DET_THEN_CONJ or x in _DET_THEN_ADV or x in ("said", "says", "told"):
            return Finding(i, j, msg, True, "word-order")
        if words[i] == "its" and x == "not":
            return Finding(i, j, msg, True, "word-order")  # its not: it's, or a word left over
        if x in ("been", "both", "whose", "whom") or (
            x == "as" and not (j + 1 < len(tags) and words[j + 1] == "yet")
        ):
            return Finding(i, j, msg, True, "word-order")  # the been, a as
        if xt & VBD and not xt & (VB | VBN | VBZ | NONVERB):
            return Finding(i, j, msg, True, "word-order")
        if (
            xt & VB
            and not xt & (NN | NNS | JJ | RB | VBD | VBN | CLOSED | NNP | CD)
            and j + 1 < len(tags)
            and s.joined[j]
            and tags[j + 1] & (DET | PRON_O | NNP)
            and not tags[j + 1] & NOUN
        ):
            return Finding(i, j, msg, True, "word-order")  # to a reopen Swansea theatre
        if (
            words[i] in ("a", "an")
            and xt & NNS
            and not xt & (NN | JJ | NNP | CD)
            and x not in self.singular_s
        ):
            k = j + 1
            if k < len(tags) and s.joined[j] and tags[k] & (NOUN | NNP | JJ | UNK | CD):
                return None  # a sports car, a jobs report
            return Finding(
                i,
                j,
                f"`{det} {word}`: `{det}` before a plural noun; a word is missing or left over",
                False,
                "agreement",
            )
        return None

    @staticmethod
    def _ends_clause_after(s: Tagged, i: int) -> bool:
        """Whether punctuation that closes a clause follows token ``i`` (the. / the,)."""
        end = s.tokens[i].end
        after = (
            s.text[end : s.tokens[i + 1].start] if i + 1 < len(s.tokens) else s.text[end : end + 2]
        )
        if after[:1] == "." and s.text[end + 1 : end + 2].isalnum():
            return False  # a.m, your.domain
        if after.startswith(("...", "…")):
            return False
        if after[:1] in ('"', "”", "’") and i + 1 >= len(s.tokens):
            after = s.text[end + 1 : end + 3]  # Person of Year the".
        return after[:1] in (".", ",", ";", ":", "!", "?")

    def _after_preposition(self, s: Tagged, i: int) -> Finding | None:
        words = s.words
        j = i + 1
        xt = s.tags[j]
        if xt & UNK:
            return None
        prep, word = s.tokens[i].text, s.tokens[j].text
        msg = f"`{prep} {word}`: `{word}` cannot follow `{prep}`; a word is missing, left over or out of order"
        if (
            words[j] in _FINITE_BE_HAVE
            and not s.tags[i] & SUB
            and i > 0
            and s.joined[i - 1]
            and not s.tags[i - 1] & (VERB | PART | PREP | JJ | SUB | CLOSED | UNK)
            and not (s.tags[i] & PART and s.tags[i - 1] & (NNP | CD | RB))
        ):
            # of was, for has: a preposition is stranded only after a verb or an
            # adjective (the house he lived in was, what it consists of is)
            return Finding(i, j, msg, True, "word-order")
        if words[i] not in _NEVER_STRANDED:
            # in, on, for, to ... end phrasal verbs and relative clauses: "the industries GE
            # is in are doing well", "20 years on they share top spot".
            if xt & VBD and not xt & (VB | VBN | VBZ | NONVERB):
                return Finding(i, j, msg, True, "word-order")
            if (
                words[i] in ("with", "from", "about", "against", "without", "towards")
                and s.words[j] in ("he", "she", "they", "we")
                and not any(w in _CLEFT_CUES for w in words[:i])
            ):
                return Finding(i, j, msg, True, "word-order")  # aided with he support
            return None
        if any(w in _CLEFT_CUES for w in words[:i]):
            return None  # what it consists of is
        if xt & PRON_S:
            return Finding(i, j, msg, True, "word-order")
        if xt & (BE | HAVE | DO) and not xt & (NN | NNS | VB | JJ | PRONOUN):
            return Finding(i, j, msg, True, "word-order")
        if xt & MODAL and not xt & (NN | NNS | VB | JJ | NNP):
            return Finding(i, j, msg, True, "word-order")
        if xt & VBD and not xt & (VB | VBN | VBZ | NONVERB):
            return Finding(i, j, msg, True, "word-order")
        return None

    # -- nouns: the ministers was; missiles they are targeting plants ----------------------

    def _noun_then(self, s: Tagged, i: int) -> Finding | None:
        tags, words = s.tags, s.words
        if not tags[i + 1] & _AFTER_NOUN_TAGS:
            return None
        j = self._skip_adverbs(s, i + 1)
        if j >= len(tags) or not s.joined[j - 1]:
            return None
        xt = tags[j]
        if xt & (BE | HAVE | DO) or (xt & VBZ and not xt & (NONVERB | VB | VBD | VBN)):
            return self._agreement(s, i, j)
        if j == i + 1 and (
            xt & PRON_S or words[j] in ("it", "you") or (xt & DET and words[j] in _SUBJECT_DETS)
        ):
            return self._splice(s, i, j)
        return None

    def _np_start(self, s: Tagged, head: int) -> int | None:
        """Where the noun phrase ending at ``head`` starts, or None if it is inside a phrase."""
        tags = s.tags
        k = head
        while k > 0 and s.joined[k - 1]:
            pt = tags[k - 1]
            if pt & DET or pt & POS:
                k -= 1
                if k > 0 and s.joined[k - 1] and s.words[k - 1] in ("all", "both", "half"):
                    k -= 1
                break
            if pt & CD:
                return None  # amounts: two years is a long time
            if (
                pt & (NN | NNS | JJ | NNP | VBN)
                and not pt & VBG
                and not pt & (PREP | FINITE_AUX | PRONOUN | SUB | CONJ | TO | RB)
            ):
                if (pt & VBZ and pt & NNS) or (pt & VBD and not pt & (VBN | NN | JJ)):
                    return None  # the terrorism demands new powers is: demands may be the verb
                k -= 1
                continue
            break
        return k if self._at_boundary(s, k) else None

    def _at_boundary(self, s: Tagged, k: int) -> bool:
        """Whether a subject may start at ``k``: the sentence start, a comma, ``that``, ``said``."""
        if k == 0:
            return True
        if not s.joined[k - 1]:
            gap = s.text_between(k - 1, k).strip()
            return gap in (",", ";", ":", "-", "–", "—")
        if s.words[k - 1] in _NP_BOUNDARY_WORDS:
            return True
        return bool(s.tags[k - 1] & (VBD | VBZ | VB)) and self._lemma_in(
            s.words[k - 1], self.clause_verbs
        )

    def _np_begin(self, s: Tagged, head: int) -> int:
        """Where the noun phrase ending at ``head`` begins (its determiner or first modifier)."""
        tags = s.tags
        k = head
        while k > 0 and s.joined[k - 1]:
            pt = tags[k - 1]
            if pt & (DET | POS):
                return k - 1
            if pt & (NN | NNS | JJ | NNP) and not pt & (VERB | CLOSED | RB | CD | UNK):
                k -= 1
                continue
            break
        return k

    def _phrase_head(self, s: Tagged, i: int) -> tuple[int, int] | None:
        """The head noun and start of a subject that ends at ``i`` after of/in/at phrases
        (``declines in the dollar``: declines), or None when no subject starts there."""
        tags, words, joined = s.tags, s.words, s.joined
        head = i
        for _ in range(3):
            k = self._np_begin(s, head)
            if k < 2 or not (joined[k - 1] and joined[k - 2]) or words[k - 1] not in _CHAIN_PREPS:
                return None
            head = k - 2
            ht = tags[head]
            if not ht & (NN | NNS) or ht & (CLOSED | UNK | NNP | VERB & ~(VB | VBZ)):
                return None
            start = self._np_begin(s, head)
            if start < head and not tags[start] & (DET | POS):
                return None
            if (
                start == 0
                or (
                    not joined[start - 1] and s.text_between(start - 1, start).strip() in (",", ";")
                )
                or (joined[start - 1] and words[start - 1] in ("said", "says", "that"))
            ):
                return head, start  # at the start of a sentence, a clause or a reported clause
        return None

    def _agreement(self, s: Tagged, i: int, j: int) -> Finding | None:
        tags, words = s.tags, s.words
        head, ht = words[i], tags[i]
        verb = words[j]
        if ht & (UNK | NNP | POS) or head in self.singular_s:
            return None
        start = self._np_start(s, i)
        if start is None:
            found = self._phrase_head(s, i)
            if found is not None:
                return self._phrase_agreement(s, found[0], found[1], i, j)
            return None
        if ht & VBZ and (
            not (start < i and tags[start] & (DET | POS)) or tags[i - 1] & (NN | NNS | NNP)
        ):
            return None  # "what the government wants is", "the thing that matters is"
        if ht & CD:
            return None
        noun, vtext = s.tokens[i].text, s.tokens[j].text
        if ht & NNS and (
            not ht & NN
            or (
                verb in ("has", "is", "was")
                and head.endswith("s")
                and not head.endswith(("ss", "us", "is", "ics", "ws"))
                and not ht & (VB | VBZ | JJ)
            )
        ):
            fix = _TO_PLURAL.get(verb)
            if fix is None and tags[j] & VBZ:
                fix = self._base(verb)
            if fix is None:
                return None
            return Finding(
                i,
                j,
                f"`{noun} {vtext}`: `{noun}` is plural, so the verb should be `{fix}`",
                True,
                "agreement",
            )
        if (
            ht & NN
            and not ht & (JJ | VB | VBG)
            and (not ht & NNS or self._uncountable(head, ht))
            and verb in _TO_SINGULAR
            and head not in self.collective
        ):
            if any(w in _SUBJUNCTIVE_CUES for w in words[max(0, start - 3) : start]):
                return None
            fix = _TO_SINGULAR[verb]
            # British copy treats bodies of people as plural (the team are): a noun that
            # may name a group or a mass stays at info.
            return Finding(
                i,
                j,
                f"`{noun} {vtext}`: `{noun}` is singular, so the verb should be `{fix}`",
                bool(tags[start] & DET),
                "agreement",
            )
        return None

    def _uncountable(self, word: str, t: int) -> bool:
        """A mass noun the table also lists as its own plural (currency): singular here."""
        return (
            bool(t & MASS)
            and not t & (RB | ADV_IN | CD)
            and not word.endswith(("s", "men", "ren", "i", "a"))
            and word not in self.plural_ok
        )

    def _phrase_agreement(self, s: Tagged, h: int, start: int, i: int, j: int) -> Finding | None:
        """``declines in the dollar has``: the verb agrees with the head, not the last noun."""
        tags, words = s.tags, s.words
        head, ht, verb = words[h], tags[h], words[j]
        if head in self.singular_s or head in self.quantity_nouns or head in self.collective:
            return None
        if any(w in _SUBJUNCTIVE_CUES for w in words[max(0, start - 3) : start]):
            return None
        noun, vtext = s.tokens[h].text, s.tokens[j].text
        if ht & NNS and not ht & (NN | VB):
            fix = _TO_PLURAL.get(verb)
            if fix is None:
                return None
            number = "plural"
        elif ht & NN and not ht & (JJ | VB | VBG) and (not ht & NNS or self._uncountable(head, ht)):
            fix = _TO_SINGULAR.get(verb)
            if fix is None:
                return None
            number = "singular"
        else:
            return None
        return Finding(
            h,
            j,
            f"`{noun} ... {vtext}`: the subject `{noun}` is {number}, so the verb should be `{fix}`",
            True,
            "agreement",
        )

    def _splice(self, s: Tagged, i: int, j: int) -> Finding | None:
        """``missiles they are targeting power plants``: a second clause with its own object.

        A new subject (a pronoun or a determiner's noun phrase) straight after a noun,
        with its own finite verb and object, and a finished clause before it. A relative
        clause without "that" (the soldiers they killed) leaves a gap for the noun; this
        one has none, so the noun has nothing to attach to and two sentences have run
        together.
        """
        tags, words = s.tags, s.words
        n = len(tags)
        ht = tags[i]
        if ht & (UNK | PRONOUN | RB | CLOSED | VBD | VBN | VBG | CD) and not ht & NNP:
            return None
        if (
            not ht & (NOUN | NNP | CD)
            or words[i] in self.adverbial
            or words[i] in self.clause_nouns
            or words[i] in self.causatives
        ):
            return None
        if ht & VERB and (
            self._lemma_in(words[i], self.clause_verbs)
            or (i > 0 and tags[i - 1] & (PRON_S | PRON_A | NNS | NNP) and s.joined[i - 1])
        ):
            return None  # I think they, police say he: the "noun" is a verb
        # A verb that takes a clause nearby: "told reporters they", "said on Tuesday he".
        for k in range(max(0, i - 4), i):
            if tags[k] & VERB and self._lemma_in(words[k], self.clause_verbs):
                return None
        # The words before must be a clause of their own, not a fronted phrase or an
        # "if"/"once" clause that the new clause completes.
        finite = False
        k = i - 1
        while k >= 0:
            opener = k == 0 or not s.joined[k - 1]
            if words[k] in _CLAUSE_OPENERS or (opener and words[k] in _ADVERBIAL_SUBORDINATORS):
                return None
            if tags[k] & (FINITE_AUX | VBZ) and not tags[k] & (NN | NNS):
                finite = True
            elif tags[k] & VBD and k > 0 and tags[k - 1] & (NOUN | NNP | PRONOUN):
                finite = True  # officials reported (not a fronted "Elected in 2001")
            if k == 0 or not s.joined[k - 1]:
                break
            k -= 1
        if not finite:
            return None
        # the new subject
        if tags[j] & (PRON_S | PRON_A) or (
            words[j] == "this"
            and j + 1 < n
            and tags[j + 1] & (VBD | VBZ)
            and not tags[j + 1] & NOUN
        ):
            k = j + 1
        else:
            k = j + 1
            seen_noun = False
            while (
                k < n
                and s.joined[k - 1]
                and tags[k] & (JJ | NN | NNS | NNP | CD | VBN | VBG)
                and not tags[k] & (CLOSED | VBZ)
                and not (tags[k] & VBD and (seen_noun or not tags[k] & (NOUN | JJ)))
            ):
                seen_noun = seen_noun or bool(tags[k] & NOUN)
                k += 1
            if k == j + 1 or not tags[k - 1] & (NN | NNS) or words[k - 1] in self.adverbial:
                return None  # a name after "the" is often an apposition: governing body the IAAF
        k = self._skip_adverbs(s, k)
        if k >= n or not s.joined[k - 1]:
            return None
        # its finite verb, possibly an auxiliary chain
        m = k
        if tags[k] & (FINITE_AUX | VBD | VBZ) and tags[k] & (NN | NNS | JJ):
            return None
        copula = False
        while m < n and tags[m] & (FINITE_AUX | BE_X | HAVE_X) and not tags[m] & VERB & ~VB:
            nxt = self._skip_adverbs(s, m + 1)
            if nxt >= n or not s.joined[nxt - 1]:
                return None
            if (
                tags[m] & (BE | BE_X)
                and tags[nxt] & (DET | JJ | CD)
                and not tags[nxt] & (VERB | CLOSED & ~DET)
            ):
                copula = True  # the song was an invention
                break
            m = nxt
        mt = tags[m]
        if not copula:
            if not mt & VERB or mt & (UNK | NONVERB & ~(NN | NNS)):
                return None
            if m == k and not mt & (VBD | VBZ | VB):
                return None
            if m > k and not mt & (VBG | VBN | VB):
                return None
            verb = words[m]
            if self._lemma_in(verb, self.clause_verbs):
                # "the company said it would": a complete clause after the verb of saying
                # leaves no gap either; anything else may hide one (the claims he said were false)
                c = m + 1
                if not (
                    c + 1 < n
                    and s.joined[m]
                    and s.joined[c]
                    and s.words[c] in ("he", "she", "they", "we", "it")
                    and tags[c + 1] & (MODAL | BE | HAVE | VBD | VBZ)
                    and not tags[c + 1] & (NOUN | JJ)
                    and tags[m] & (VBD | VBZ)
                    and not tags[m] & NOUN
                ):
                    return None
                m = c + 1
            elif self._lemma_in(verb, self.two_object):
                return None
        o = self._skip_adverbs(s, m + 1) if copula else m + 1
        if o >= n or not s.joined[o - 1]:
            return None
        ot = tags[o]
        if (
            ot & PART
            and not ot & PREP_STRICT
            and o + 1 < n
            and s.joined[o]
            and tags[o + 1] & (DET | POS)
        ):
            o += 1  # rolled out the new model
            ot = tags[o]
        passive = not copula and m > k and tags[m] & VBN and tags[k] & (BE | BE_X)
        intransitive = passive or (not copula and self._lemma_in(words[m], self.intransitive))
        if (
            intransitive
            and ot & PREP_STRICT
            and o + 1 < n
            and s.joined[o]
            and tags[o + 1] & (NOUN | DET | NNP | CD)
        ):
            pass  # came to power: no object to leave out
        else:
            if ot & (PREP | PART | SUB | CONJ | TO | FINITE_AUX | PRONOUN | NNP | UNK | RB | POS):
                return None
            if not (ot & (DET | NN | NNS | JJ | CD)):
                return None
            if ot & VERB and not ot & (DET | NN | NNS | JJ):
                return None
        # No gap: the clause runs on to its end without a slot the noun could fill.
        e = o
        while e + 1 < n and s.joined[e]:
            nt = tags[e + 1]
            if nt & (CONJ | SUB | FINITE_AUX) or (nt & (VBD | VBZ) and not nt & (NOUN | JJ)):
                break
            e += 1
        lt = tags[e]
        if lt & (PREP | PART | TO | PRONOUN | UNK | RB | CLOSED) or words[e] in self.adverbial:
            return None
        if lt & VERB and not lt & (NOUN | JJ | CD):
            return None
        noun, subject = s.tokens[i].text, s.tokens[j].text
        clause = " ".join(t.text for t in s.tokens[j : o + 1])
        return Finding(
            i,
            j,
            f"`{noun} {subject}`: a new clause (`{clause} ...`) starts here with no conjunction or punctuation; two sentences run together",
            True,
            "splice",
        )

    # -- two sentences run together: "... in March the company said it would ..." ---------

    def _opening_verb(self, s: Tagged, b: int = 0) -> int:
        """The verb of a clause's opening subject (``Sales fell``, ``the bank has``), or -1."""
        tags, words, joined = s.tags, s.words, s.joined
        n = len(tags)
        if b >= n - 1:
            return -1
        t = tags[b]
        if t & PRON_S or words[b] == "it":
            k = b + 1
        else:
            k = b
            if t & DET and words[b] in _SUBJECT_DETS:
                k = b + 1
            start = k
            while (
                k < n - 1
                and joined[k]
                and tags[k] & (JJ | NN | NNS | NNP | CD | POS)
                and not tags[k] & (CLOSED & ~DET | UNK)
                and not (k > start and tags[k] & (VBD | VBZ) and tags[k - 1] & (NN | NNS | NNP))
            ):
                k += 1
            if k == start or not tags[k - 1] & (NN | NNS | NNP | CD | POS):
                return -1
        k = self._skip_adverbs(s, k)
        if k >= n or not joined[k - 1]:
            return -1
        t = tags[k]
        if t & (BE | HAVE | DO | MODAL | VBD | VBZ) and not t & (
            PRONOUN | UNK | CLOSED & ~FINITE_AUX
        ):
            return k
        return -1

    def _run_on(self, s: Tagged) -> Finding | None:
        """``sales fell in April the decline followed a drop``: a second clause, no joint.

        A clause (a subject and a verb) runs to a noun, a name or a number; straight
        after it, with no punctuation, conjunction, subordinator or verb of saying in
        between, a new subject (a pronoun or a determiner's noun phrase) takes its own
        finite verb and its own object. A relative clause without "that" (the missiles
        they fired) leaves a gap for the noun before it; a clause with its object in
        place has none.
        """
        tags, words, joined = s.tags, s.words, s.joined
        n = len(tags)
        # Cheap first: the junctions where a complete clause starts after a noun.
        found = {
            j: f
            for j in range(2, n - 1)
            if tags[j] & _RUN_ON_SUBJECT
            and tags[j - 1] & _RUN_ON_LEFT
            and not tags[j - 1] & _RUN_ON_NOT_LEFT
            and joined[j - 1]
            for f in (self._new_clause_at(s, j),)
            if f
        }
        if not found:
            return None
        first = -1  # the verb of the clause in progress
        subject = 0  # the tags of the word before when it may end a subject, else 0
        in_pp = False  # the noun before is inside a prepositional phrase (in the year ended)
        # held: in a clause fronted by if/when/because, whose main clause follows without
        # a comma (When it goes on sale the adapter costs): nothing is checked to the comma
        held = 0
        fronted = True  # at a place where a clause may start (sentence start, after "that")
        seen = False  # whether a clause has been seen in the sentence
        for j in range(1, n - 1):
            if not joined[j - 1]:
                first, subject, fronted, in_pp, held = -1, 0, not seen, False, 0
                continue
            t = tags[j - 1]
            w = words[j - 1]
            if w in ("than", "as") and not tags[j] & (PRON_S | PRON_A | DET):
                continue  # more than 40,000, as a result
            opener = j == 1 or fronted
            if t & NNP and j == 1:
                w = w.lower()  # Whilst, Whereas: unknown words that open the sentence
            if w in _CLAUSE_OPENERS or w in _ADVERBIAL_SUBORDINATORS or t & SUB:
                if w in ("which", "who", "whom", "whose") and not opener:
                    pass  # a relative clause: its own verb shows a clause as well as any
                elif opener or (j > 1 and words[j - 2] in self.adverbial):
                    held = 1  # When the deal was launched the players ...; at a time when
                first, subject, fronted, in_pp = -1, 0, True, False
                continue
            if t & CONJ or w in self.clause_adjectives:
                first, subject, fronted, in_pp = -1, 0, True, False
                continue
            if t & VERB and self._lemma_in(w, self.clause_verbs):
                first, subject, fronted, in_pp = -1, 0, True, False
                continue
            fronted = False
            if t & ADV_IN and not t & (NOUN | NNP):
                continue  # also, still: the subject may still be before
            if t & PREP and not t & (NOUN | JJ):
                in_pp = True
                subject = 0
                continue
            if subject and first < 0 and not t & (PRONOUN | DET | PREP | UNK):
                sure = t & (BE | HAVE | MODAL | DO) or (
                    t & (VBD | VBZ) and not t & (VBN | NN | NNS | JJ | VB)
                )
                if sure or (
                    t & (VBD | VBZ)
                    and not in_pp
                    and subject & (PRON_S | PRON_A | NNP | NNS | NN)
                    and not (t & VBZ and subject & NN and not subject & NNS)
                    and not (
                        t & VBN
                        and subject & (NN | NNS)
                        and not subject & (PRON_S | PRON_A | NNP)
                        and not self._opens_segment(s, j - 2)
                    )
                ):
                    subject = 0
                    in_pp = False
                    seen = True
                    if not held:
                        first = j - 1
                    continue
            if t & (NN | NNS | NNP | CD | PRON_S) or w == "it":
                subject = 0 if t & (DET | PREP | UNK) else (t | (PRON_A if w == "it" else 0))
            else:
                subject = 0
                if t & VERB:
                    in_pp = False
            if first < 0 or j - 1 == first or held:
                continue
            f = found.get(j)
            if f:
                return f
        return None

    @staticmethod
    def _opens_segment(s: Tagged, k: int) -> bool:
        """Whether the noun phrase ending at ``k`` opens the sentence or follows a comma."""
        tags, joined = s.tags, s.joined
        while k > 0 and joined[k - 1] and tags[k - 1] & (NOUN | NNP | JJ | DET | CD | POS):
            if tags[k - 1] & (VERB & ~VBN & ~VBG) and not tags[k - 1] & (DET | JJ):
                return False
            k -= 1
        return k == 0 or not joined[k - 1]

    def _new_clause_at(self, s: Tagged, j: int) -> Finding | None:
        tags, words, joined = s.tags, s.words, s.joined
        lt = tags[j - 1]
        # the word before: the end of a finished clause, not a verb before its object
        if lt & (DET | PREP | CONJ | SUB | TO | FINITE_AUX | BE_X | HAVE_X | PRONOUN & ~PRON_O):
            return None
        if lt & (POS | UNK) or not lt & (NOUN | NNP | CD | PRON_O | RB):
            return None
        before = tags[j - 2] if j > 1 and joined[j - 2] else 0
        if lt & VERB and not (
            before & (DET | JJ | POS)
            or (before & (CD | NOUN | NNP | PREP) and not lt & (VBG | VBN))
        ):
            return None  # extract the knowledge, guests attending the event
        left = words[j - 1]
        if left in self.adverbial or left in self.clause_nouns or left in self.causatives:
            return None
        if (lt & (RB | ADV_IN) and not lt & (NN | NNS | NNP | CD)) or lt & PRON_O:
            return None  # rather it come, out wide we were able, to them the project is
        # the noun phrase before must not be a first object (gave Pennzoil an award)
        k = j - 1
        while k > 1 and joined[k - 1] and tags[k - 1] & (NOUN | NNP | JJ | CD | POS | DET):
            k -= 1
        if (
            k > 0
            and tags[k - 1] & VERB
            and (
                self._lemma_in(words[k - 1], self.two_object)
                or self._lemma_in(words[k - 1], self.clause_verbs)
            )
        ):
            return None
        relative = bool(lt & NOUN)
        o = self._clause_at(s, j, relative)
        if o < 0:
            return None
        if o + 1 < len(tags) and joined[o] and tags[o + 1] & (MODAL | BE | HAVE) and relative:
            return None  # problems we are sure will be temporary: the gap is the subject
        if o < 0:
            return None
        noun, subject = s.tokens[j - 1].text, s.tokens[j].text
        clause = " ".join(t.text for t in s.tokens[j : o + 1])
        return Finding(
            j - 1,
            j,
            f"`{noun} {subject}`: a new clause (`{clause} ...`) starts here with no conjunction or punctuation; two sentences run together",
            True,
            "splice",
        )

    def _no_gap_after(self, s: Tagged, v: int, relative: bool, depth: int = 0) -> int:
        """Where the object or complement of the verb chain at ``v`` is, or -1 if it may lack one.

        ``relative``: the word before the clause is a noun the clause could describe (the
        missiles they fired), so a verb without its object may be a relative clause.
        """
        tags, words, joined = s.tags, s.words, s.joined
        n = len(tags)
        m = v
        o = m + 1
        passive = False
        while m < n and tags[m] & (FINITE_AUX | BE_X | HAVE_X):
            nxt = self._skip_adverbs(s, m + 1)
            if nxt >= n or not joined[nxt - 1]:
                return -1
            if tags[m] & (BE | BE_X) and tags[nxt] & (DET | JJ | CD) and not tags[nxt] & VERB:
                if relative and not tags[nxt] & DET:
                    return -1  # the loans it was due to receive
                return nxt  # the song was an invention: a complement
            if not tags[nxt] & (VERB | BE_X | HAVE_X) or tags[nxt] & (DET | PRONOUN):
                if tags[m] & (BE | BE_X):
                    return -1
                o = nxt  # has a plan, does the job: the auxiliary is the verb
                break
            passive = bool(tags[m] & (BE | BE_X) and tags[nxt] & VBN)
            m = nxt
            o = m + 1
        if o >= n or not joined[o - 1]:
            return -1
        ot = tags[o]
        verb = words[m]
        if passive:
            # was detained in Cuba, is published by: no object to leave out
            if relative:
                return -1  # the vouchers they had been given for Christmas
            if not ot & (UNK | CONJ | FINITE_AUX) and o + 1 < n and joined[o]:
                if relative and ot & (TO | PREP) and not ot & PREP_STRICT:
                    return -1  # the protection a trial is intended to afford
                return o
            return -1
        if self._lemma_in(verb, self.clause_verbs):
            if words[o] == "that":
                return o
            # the views he believes the media ignores: the gap may be in the reported clause
            if depth < 2 and (ot & (PRON_S | DET) or words[o] == "it"):
                return self._clause_at(s, o, relative, depth + 1)
            return -1
        if ot & TO and not relative and depth < 2 and o + 1 < n and joined[o] and tags[o + 1] & VB:
            return self._no_gap_after(
                s, o + 1, relative, depth + 1
            )  # want to maintain their profits
        if (
            ot & PART
            and not ot & PREP_STRICT
            and not relative
            and o + 1 < n
            and joined[o]
            and tags[o + 1] & (DET | POS)
        ):
            return o + 1  # gave up the fight
        if self._lemma_in(verb, self.two_object) and ot & (PRON_O | NNP):
            return -1  # the money they gave him
        if self._lemma_in(verb, self.complement_verbs) and ot & DET:
            return -1  # the man they call the Butcher
        if (
            self._lemma_in(verb, self.intransitive)
            and ot & PREP_STRICT
            and o + 1 < n
            and joined[o]
            and tags[o + 1] & (DET | NOUN | NNP | CD | POS)
        ):
            return o  # came to power
        if ot & (PREP | PART | SUB | CONJ | TO | FINITE_AUX | PRON_S | UNK | RB | POS):
            return -1
        if not ot & (DET | NN | NNS | JJ | CD | NNP | PRON_O):
            return -1
        return o

    def _clause_at(self, s: Tagged, j: int, relative: bool, depth: int = 0) -> int:
        """A clause from ``j``: its subject, finite verb and object; where the object is, or -1."""
        tags, words, joined = s.tags, s.words, s.joined
        n = len(tags)
        lt, tj = tags[j - 1], tags[j]
        if j + 1 >= n:
            return -1
        # the new subject
        if tj & PRON_S and words[j] != "i":
            e = j
        elif words[j] == "it" and (
            not lt & (VERB & ~VBN)
            or (lt & NOUN and j > 1 and tags[j - 2] & (DET | JJ | POS | NOUN))
        ):
            e = j  # not the object of a verb (gave it)
        elif words[j] in ("this", "these", "those") and tags[j + 1] & FINITE_AUX:
            e = j  # this was, those were
        elif words[j] in _SUBJECT_DETS and tj & DET:
            e = j + 1
            seen_noun = False
            while (
                e < n
                and joined[e - 1]
                and tags[e] & (JJ | NN | NNS | NNP | CD | VBN | VBG | POS)
                and not tags[e] & (CLOSED | UNK | VBZ)
                and not (tags[e] & VBD and (seen_noun or not tags[e] & (NOUN | JJ | NNP)))
            ):
                seen_noun = seen_noun or bool(tags[e] & (NOUN | NNP))
                e += 1
            e -= 1
            if e == j or not tags[e] & (NN | NNS | NNP) or words[e] in self.adverbial:
                return -1
            if relative and tags[e] & NNP and not tags[e] & NOUN:
                return -1  # payments group the Performing Right Society: an apposition
        else:
            return -1
        v = self._skip_adverbs(s, e + 1)
        if v >= n or not joined[v - 1]:
            return -1
        vt = tags[v]
        if vt & (UNK | PRONOUN | DET | PREP):
            return -1
        if e == j:
            # after he, they, it: any verb reading is the verb (they want, he also said)
            if not vt & (FINITE_AUX | VB | VBD | VBZ):
                return -1
            if words[j] == "it" and vt & VB and not vt & (FINITE_AUX | VBD | VBZ):
                return -1
        elif not vt & (FINITE_AUX | VBD | VBZ):
            return -1
        elif vt & (NN | NNS) and not vt & FINITE_AUX and not tags[e] & (NN | NNP):
            return -1  # the company plans: a noun may go on
        # its verb chain, then what follows: an object or complement leaves no gap
        return self._no_gap_after(s, v, relative, depth)
