"""WL434 noun-phrases-run-together: a noun straight before "the" or "a" with no preposition between (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.parsed import Hit, Sentence, TelegraphicExemptRule

#: Determiners that open the second noun phrase.
#: Prepositions that open an absolute phrase, a noun and its predicate with no verb
#: (`with a child the sole survivor`): two noun phrases side by side are English there.
_ABSOLUTE_OPENERS = frozenset({"with", "without"})
_OPENING = frozenset({"the", "a", "an"})
#: How the first noun may stand: the object of a preposition. A verb's object may have a
#: second one (gave the company a loan) or a complement (branded the scheme a waste), and
#: a subject a clause that describes it (the price the company paid).
_ROLES = frozenset({"pobj"})


class NounPhrasesRunTogether(TelegraphicExemptRule):
    """`for his coverage the conflict`, `for her appearance the show`: two noun phrases
    side by side where a preposition (`of`, `in`) went missing.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and reports a
    common singular noun with its own `the`, `a` or possessive, the object of a
    preposition, followed straight away by `the`, `a` or `an` opening another noun phrase,
    with no punctuation between. English puts a preposition there (`for his coverage of
    the conflict`). The parse must show the two run together: the second hung on the
    first with no comma (as an apposition), or both the objects of one preposition. A
    first noun of the pack's `adverbial-nouns` (`at the time the`) or `clause-nouns` (`by
    the fact the`), a second that is a time (`for the bank a week ago`) or a measure (`of
    a disk the size of`, `at 40 dlrs a share`: the pack's `measure-nouns`), and
    telegraphic wire copy pass. A verb's second object or complement is never read
    (`gave the company a loan`, `branded the scheme a waste`).

    ## Why it matters
    A preposition dropped between two noun phrases is what a careless cut leaves; the
    reader has to guess how the two belong together.

    ## Example
    ```text
    Award finalist

    A freelancer, he was a finalist for his coverage the conflict.
    ```
    `coverage the` is reported: `coverage of the`?
    """

    code = "WL434"
    name = "noun-phrases-run-together"
    severity = Severity.WARNING

    def find(self, s: Sentence) -> Iterator[Hit]:
        toks = s.toks
        for i in range(s.first + 1, s.last - 1):
            t, nxt = toks[i], toks[i + 1]
            if t.tag != "NN" or not t.text.isalpha() or not t.text.islower():
                continue
            if s.word(i + 1) not in _OPENING or s.gap(i, i + 1) != " ":
                continue
            if t.dep not in _ROLES or not s.children(i, "det", "poss"):
                continue
            word = s.word(i)
            if s.has("adverbial-nouns", word) or s.has("clause-nouns", word):
                continue  # the day the deal closed, the fact the bank said
            if s.has("time-periods", word) or s.has("bare-predicate-nouns", word):
                continue
            second = nxt.head
            if second <= i + 1 or toks[second].tag not in ("NN", "NNS"):
                continue  # `the` must open a noun phrase of its own
            if not toks[second].text.islower() or s.has("time-periods", s.word(second)):
                continue  # the film The Aviator; the bank a week ago
            if s.has("adverbial-nouns", s.word(second)):
                continue
            second_dep = toks[second].dep
            if s.has("measure-nouns", s.word(second)):
                continue  # a disk the size of, 40 dlrs a share: a measure of the noun
            glued = second_dep == "appos" and toks[second].head == i
            doubled = second_dep == t.dep and toks[second].head == t.head
            if not (glued or doubled):
                continue  # made the scheme a waste, gave the company a loan, put into it a clause
            if glued and s.word(t.head) in _ABSOLUTE_OPENERS:
                continue  # killed eleven, with a child the sole survivor: an absolute phrase
            yield Hit(
                i,
                i + 1,
                f"`{t.text} {nxt.text}`: a preposition missing (`{t.text} of {nxt.text}`)?",
            )
