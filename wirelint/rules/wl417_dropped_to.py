"""WL417 dropped-to: an infinitive that lost its "to" (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import (
    BE,
    BE_X,
    CD,
    CLOSED,
    DET,
    FINITE_AUX,
    HAVE_X,
    JJ,
    NN,
    NNP,
    NNS,
    NOUN,
    PART,
    PRON_A,
    PRON_O,
    PRON_S,
    RB,
    VB,
    VBD,
    VBG,
    VBN,
    VBZ,
)
from wirelint.grammar.parsed import Hit, ParserRule, Sentence, first_hit_per_place

#: What may follow the bare verb for it to be read as a verb with its object: a
#: determiner, an object pronoun, a number, or a noun that can be nothing else.
_OBJECT_START = DET | PRON_O | PRON_A | CD
_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN"})
#: How the parser attaches a bare verb it cannot read as an object.
_BARE_VERB_DEPS = frozenset({"xcomp", "ccomp", "compound", "conj", "advcl", "dep", "amod", "nmod"})


def _clause_verb(s: Sentence, k: int) -> str:
    """The dependency of the clause finite token k belongs to (its verb's, for an auxiliary)."""
    dep = s.toks[k].dep
    return s.toks[s.toks[k].head].dep if dep in ("aux", "auxpass") else dep


class DroppedTo(ParserRule):
    """A verb that takes a to-infinitive, followed by a bare verb: the "to" is missing.

    ## What it does
    Reads each body sentence with the dependency parse (the grammar extra) and
    reports a verb from the pack's `infinitive-verbs` list (`agree`, `plan`, `want`,
    `expect`, ...) that is followed straight away by a word whose only verb reading
    is the base form and which then takes an object: `the company agreed refund the
    fees` (`agreed to refund`), `they plan sell the unit`. Noun compounds pass
    (`agreed pay rises`, `planned job cuts`, `will begin volume shipments`): when the
    parser reads the pair as a compound, the word after it must open an object (a
    determiner, a pronoun, a number).
    A verb the parser itself reads as a bare infinitive (no `to`, no subject, no
    auxiliary) right after a verb of the list is reported too (`is expected grow`), and
    so is an `-ing` form with its object straight after a verb or adjective that takes
    only a to-infinitive (the pack's `to-infinitive-only`: `wants raising taxes`,
    `agreed paying the fees`); `continued raising` and `agreed funding` pass.

    ## Why it matters
    A dropped `to` is one of the commonest edit slips and reads as a noun phrase at
    first glance: `agreed refund customers` leaves the reader to repair it.

    ## Example
    ```text
    Company to refund fees

    The company agreed refund the fees it charged twice.
    ```
    `agreed refund` is reported: `to refund`.
    """

    code = "WL417"
    name = "dropped-to"
    severity = Severity.WARNING
    reads_headline_style = True

    def find(self, s: Sentence) -> Iterator[Hit]:
        yield from first_hit_per_place(
            (
                *self._by_words(s),
                *self._by_parse(s),
                *self._ing_for_infinitive(s),
                *self._before_perfect_or_passive(s),
                *self._after_predicative(s),
            ),
            "first",
        )

    def _takes_to(self, s: Sentence, v: int) -> bool:
        """Whether token v is a verb or an adjective of the pack's lists that takes only a
        to-infinitive, and not an auxiliary itself (must be, has been)."""
        word = s.word(v)
        if s.lex.tag(word) & (FINITE_AUX | BE_X | HAVE_X) or s.has("causative-verbs", word):
            return False
        return any(
            s.has(key, w)
            for key in ("infinitive-verbs", "to-infinitive-only")
            for w in (word, s.lemma(v))
        )

    @staticmethod
    def _after_be(s: Sentence, v: int) -> bool:
        """Whether a form of `be` stands before token v, past adverbs (`is now due`)."""
        k = v - 1
        while k > s.first and s.toks[k].tag in ("RB", "RBR", "RBS") and s.word(k) != "not":
            k -= 1
        return k >= s.first and bool(s.lex.tag(s.word(k)) & (BE | BE_X))

    def _before_perfect_or_passive(self, s: Sentence) -> Iterator[Hit]:
        """A bare `be` or `have` with its participle straight after a word that takes a
        to-infinitive: `widely expected be held`, `is set be replaced`, `seems have
        stabilised`. Neither can stand bare there; `than expected have risen` and `those
        asked have said` pass (a finite `have` with its own subject)."""
        for v in range(s.first, s.last - 1):
            b, p = v + 1, v + 2
            if s.word(b) not in ("be", "have") or s.gap(v, b) != " " or s.gap(b, p) != " ":
                continue
            if not s.tags(p) & VBN or s.toks[p].tag not in ("VBN", "VBD"):
                continue
            if not self._takes_to(s, v) or not s.toks[v].tag.startswith(("VB", "JJ", "RB")):
                continue
            if v > s.first and s.word(v - 1) in ("than", "as"):
                continue  # more than expected have: a finite have after a comparison
            if s.toks[v].tag in ("JJ", "RB") and not self._after_be(s, v):
                continue  # will likely be released: an adverb, not `is likely to be`
            if s.word(b) == "have" and (
                s.children(p, "nsubj", "nsubjpass") or s.children(b, "nsubj")
            ):
                continue  # those asked have said: the have is finite, with its subject
            tv = s.toks[v]
            yield Hit(v, b, f"`{tv.text} {s.toks[b].text}`: `to {s.toks[b].text}`?")

    def _after_predicative(self, s: Sentence) -> Iterator[Hit]:
        """A verb the parser reads as a bare verb with its object straight after `be` and
        a word that takes a to-infinitive, even when the verb could be an adjective: `is
        due complete its purchase`, `is unlikely select any players`."""
        for v in range(s.first + 1, s.last - 1):
            b, o = v + 1, v + 2
            if not s.lex.tag(s.word(v - 1)) & (BE | BE_X) or not self._takes_to(s, v):
                continue
            if s.toks[b].tag != "VB" or s.is_name(b) or not s.toks[b].text.islower():
                continue
            tb = s.tags(b)
            if not tb & VB or tb & (VBD | VBN | VBG | VBZ | CLOSED | PART):
                continue
            if s.gap(v, b) != " " or s.gap(b, o) != " " or s.toks[b].head not in (v, v - 1):
                continue
            opens = s.tags(o) & (DET | PRON_O | PRON_A) or s.toks[o].tag in ("DT", "PRP$", "CD")
            if not opens or s.tags(o) & NOUN:
                continue  # is likely close: only an object opened by a determiner counts
            tv = s.toks[v]
            yield Hit(v, b, f"`{tv.text} {s.toks[b].text}`: `to {s.toks[b].text}`?")

    def _ing_for_infinitive(self, s: Sentence) -> Iterator[Hit]:
        """An -ing form the parser reads as the complement of a verb that takes only a
        to-infinitive, straight after it: `wants going`, `agreed paying the fees`."""
        for v in range(s.first + 1, s.last):
            tv, b = s.toks[v], v + 1
            if not (tv.tag.startswith("VB") or tv.tag == "JJ") or s.toks[b].tag != "VBG":
                continue
            word = s.word(v)
            if not (s.has("to-infinitive-only", s.lemma(v)) or s.has("to-infinitive-only", word)):
                continue
            if s.toks[b].head != v or s.toks[b].dep not in ("xcomp", "ccomp", "dobj", "acomp"):
                continue
            if not s.tags(b) & VBG or s.gap(v, b) != " " or not s.children(b, "dobj", "prt"):
                continue  # agreed funding, expects widening in: a noun, with no object
            if s.is_name(b) or any(
                s.toks[k].tag in ("VBD", "VBZ", "VBP", "MD") and _clause_verb(s, k) != "relcl"
                for k in range(b + 1, s.last + 1)
                if not s.punct_between(b, k)
            ):
                continue  # agreed receiving the honour capped a year: the -ing clause is a
                # subject (a finite verb follows that no relative clause holds)
            yield Hit(v, b, f"`{tv.text} {s.toks[b].text}`: `to {s.lemma(b)}`?")

    def _by_parse(self, s: Sentence) -> Iterator[Hit]:
        """A verb the parser reads as a bare infinitive (tag VB, no `to`, no subject, no
        auxiliary) straight after a verb of the `infinitive-verbs` list: `is expected grow`,
        `began malfunction`, `wants recruit`."""
        for b in range(s.first + 2, s.last + 1):
            if s.toks[b].tag != "VB" or s.children(b, "aux", "auxpass", "nsubj", "nsubjpass"):
                continue
            forms = s.tags(b)
            if not forms & VB or forms & (VBD | VBN | VBZ) or s.is_name(b):
                continue  # a form that could be a past or a participle: the parser guessed
            v = b - 1
            tv = s.toks[v]
            if not tv.tag.startswith("VB") and tv.tag != "JJ":
                continue
            word = s.word(v)
            if s.lex.tag(word) & (FINITE_AUX | BE_X | HAVE_X) or s.has("causative-verbs", word):
                continue  # will go, had better, help make
            if tv.tag == "VB" and tv.dep == "ROOT":
                continue  # an order: go see the show
            wanted = s.has("infinitive-verbs", s.lemma(v)) or s.has("infinitive-verbs", word)
            if not wanted or s.gap(v, b) != " ":
                continue
            if b < s.last and (s.lex.tag(s.word(b + 1)) & PRON_S or s.word(b + 1) == "you"):
                continue  # decide do you want ...: a question follows
            yield Hit(v, b, f"`{tv.text} {s.toks[b].text}`: `to {s.toks[b].text}`?")

    def _by_words(self, s: Sentence) -> Iterator[Hit]:
        for v in range(s.first, s.last - 1):
            tv = s.toks[v]
            after_be = v > s.first and s.lex.tag(s.word(v - 1)) & (BE | BE_X)
            if tv.dep in ("amod", "compound", "acl") and not (tv.tag == "JJ" and after_be):
                continue
            if tv.tag in _VERB_TAGS:
                if not s.has("infinitive-verbs", s.lemma(v)):
                    continue
            elif tv.tag != "JJ" or not s.has("infinitive-verbs", s.word(v)):
                continue  # ready, willing, able: the list names these adjectives
            b, o = v + 1, v + 2
            tb = s.tags(b)
            bare_be = s.word(b) == "be"  # closed class, but as bare as any verb here
            if not (tb & VB or bare_be) or s.is_name(b):
                continue
            if tb & (VBD | VBN | VBG | VBZ | JJ | CLOSED | PART) and not bare_be:
                continue
            # After a predicative adjective (was ready use) a bare verb can be nothing else.
            predicative = tv.tag == "JJ" and (
                after_be or tv.dep in ("acomp", "xcomp", "ROOT", "conj")
            )
            if s.toks[b].dep not in _BARE_VERB_DEPS and not predicative:
                continue  # threatened rain: the parser reads an object
            if s.gap(v, b) != " " or s.gap(b, o) != " ":
                continue
            if s.lex.tag(s.word(o)) & PRON_S or s.word(o) == "you":
                continue  # decide do you want ...: a question follows
            to = s.tags(o)
            noun_only = (
                s.toks[o].text.islower()
                and to & (NN | NNS)
                and not to & (VB | VBZ | VBD | VBN | VBG | JJ | NNP)
            )
            adverb = (to & (RB | PART) or s.toks[o].tag in ("RB", "RP")) and not to & NOUN
            complement = predicative and not to & (VBD | VBN | VBG | VBZ)
            if not (to & _OBJECT_START or noun_only or adverb or complement):
                continue  # likely rain combined with ...: a noun and its verb
            if s.toks[b].dep == "compound" and not to & _OBJECT_START and not predicative:
                continue  # begin volume shipments: a noun compound
            yield Hit(v, b, f"`{tv.text} {s.toks[b].text}`: `to {s.toks[b].text}`?")
