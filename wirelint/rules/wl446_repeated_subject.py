"""WL446 repeated-subject: a pronoun that says again a subject already given (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.parsed import FINITE_TAGS, Hit, ParserRule, Sentence

_PRONOUNS_KEY = "repeating-pronouns"
#: How the parser hangs a subject noun phrase that a pronoun repeats on their verb: as a
#: second subject, or as a stray modifier (never an object or an adverbial of time).
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dep", "npadvmod", "intj", "nmod", "appos"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_END_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "JJ", "-RRB-"})
#: What may stand before a subject that opens a clause.
_OPENERS = frozenset({",", ";", ":", "``", '"', "that", "and", "but"})


class RepeatedSubject(ParserRule):
    """A subject noun phrase and then a pronoun that says it again, after the phrase's
    own modifiers (`Pre-tax profit for 2004 it was`, `Michael Raftery, project manager at
    the Hansard Society, he said`).

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and reports a
    subject pronoun (`he`, `she`, `it`, `they`) of a finite verb when a noun phrase
    that opens the clause already stands before it as the same verb's subject, or
    hangs on the verb as a stray phrase the parser could place nowhere else, and the
    pronoun follows the whole phrase: its prepositional phrase (`a rise in output in
    May it came`), its apposition or relative clause closed by a comma (`the minister,
    who arrived on Monday, he said`), and a sentence the parser can only read as a noun
    with a relative clause that has its object in place (`Officials familiar with the
    talks they said ...`). A phrase of time (`Last week it said`, `Each year they`,
    `All the days of the lockdown they're black days`), a
    phrase put in front (`A true gadget, it could`), a parenthetical report (`The plan,
    he said, will`), a real relative clause (`the firms they oversee face`, `the level
    of responsibility they have has been`) and an object before the pronoun (`told MPs
    he would`) pass. Where WL414 reports the same two subjects, its finding is kept.

    ## Why it matters
    A subject written twice is what a rewrite leaves when a long subject is put in front
    of a sentence that already had its pronoun; it reads as a stutter, or as speech.

    ## Example
    ```text
    Results

    Pre-tax profit for 2004 it was higher than forecast.
    ```
    `profit ... it` is reported: the verb `was` has two subjects.
    """

    code = "WL446"
    name = "repeated-subject"
    severity = Severity.WARNING
    defers_to = ("WL401", "WL402", "WL414")

    def find(self, s: Sentence) -> Iterator[Hit]:
        for p in range(s.first + 1, s.last):
            tp = s.toks[p]
            if not s.has(_PRONOUNS_KEY, s.word(p)) or tp.dep not in ("nsubj", "nsubjpass"):
                continue
            v = tp.head
            if v <= p or not s.finite(v):
                continue
            if s.toks[v].dep == "relcl":
                n = self._relative_read(s, p, v)
                if n is not None:
                    yield Hit(
                        n,
                        p,
                        f"`{s.toks[n].text} ... {tp.text} {s.toks[v].text}`: the clause has "
                        f"two subjects, `{s.toks[n].text}` and `{tp.text}`",
                    )
                continue
            after = s.toks[v + 1] if v + 1 < len(s.toks) else None  # None: the text ends
            if after is not None and (
                after.text in (",", ")") or (after.dep == "punct" and v == s.last - 1)
            ):
                continue  # The plan, he said, will: a parenthetical report
            end = p - 2 if s.toks[p - 1].text == "," else p - 1
            if not self._phrase_end(s, end):
                continue
            if sum(s.toks[k].tag in FINITE_TAGS for k in range(p + 1, v + 1)) > 1:
                continue  # The level of responsibility they have has been: two verbs
            if any(
                s.finite(c) and not s.children(c, "nsubj", "nsubjpass", "expl")
                for c in s.children(v, "ccomp")
            ):
                continue  # One measure he said he favored would raise: the noun is the
                # subject of the clause the parser hung on the verb
            for n in s.children(v):
                if n < p and self._repeated(s, n, end):
                    yield Hit(
                        n,
                        p,
                        f"the verb `{s.toks[v].text}` has two subjects: "
                        f"`{s.toks[n].text}` and `{tp.text}`",
                    )
                    break

    @staticmethod
    def _inserted(s: Sentence, n: int) -> bool:
        """Has noun n a phrase set off by commas that tells who or what it is: a relative
        clause (the minister, who arrived on Monday,), a participle (the rebate, secured
        by Margaret Thatcher,) or a job title with its employer (Michael Raftery, project
        manager at the Hansard Society,)? A noun on its own before a comma is a phrase put
        in front of the sentence (A true gadget, it; 44 metres out, it)."""
        for k in s.children(n, "relcl", "acl", "appos"):
            if k < 1 or s.toks[s.left_edge(k) - 1].text != ",":
                continue
            if s.toks[k].dep != "appos" or s.children(k, "prep"):
                return True
        return False

    @staticmethod
    def _phrase_end(s: Sentence, end: int) -> bool:
        """Can token `end` close a subject noun phrase: a noun, a number, an adjective or
        a closing bracket (never a verb, whose object the pronoun is: the decision to
        close it was; nor `when`, `that`, a preposition, a quote: it "beggared belief"
        he; nor a noun of time: A lot of times it ends)?"""
        return s.toks[end].tag in _END_TAGS and not s.has("adverbial-nouns", s.word(end))

    @staticmethod
    def _opening_phrase(s: Sentence, k: int) -> bool:
        """Does token k start a phrase that is no subject: a preposition, an infinitive,
        an -ing form (In the statement it said, Having won it will)? `Up to 1.4m
        workers` is a number's modifier."""
        return s.toks[k].tag in ("IN", "TO", "VBG") and s.toks[k].dep != "quantmod"

    @staticmethod
    def _opens_clause(s: Sentence, lead: int) -> bool:
        """Does token `lead` open a clause: the sentence's start, after a comma, a quote,
        `that`, a conjunction or a verb of saying (said Mr Blair she would)?"""
        return lead <= s.first or (
            s.toks[lead - 1].text in _OPENERS or s.has("clause-verbs", s.lemma(lead - 1))
        )

    def _relative_read(self, s: Sentence, p: int, v: int) -> int | None:
        """A subject noun phrase and a pronoun the parser could only read as a noun with a
        relative clause (Officials familiar with the talks they said ...), because the
        sentence or the reported clause has no verb of its own: the head of that phrase,
        when the relative clause has its object in place (a real one has a gap: the deal
        they made)."""
        h = s.toks[v].head
        end = p - 2 if s.toks[p - 1].text == "," else p - 1
        if not self._phrase_end(s, end):
            return None
        if s.toks[h].tag not in _NOUN_TAGS or h > end or s.right_edge(h) < end:
            return None  # the pronoun must follow the noun's whole phrase
        if s.has("adverbial-nouns", s.word(h)) or s.has("clause-nouns", s.word(h)):
            return None  # the way they live, any sign they would: the noun takes a clause
        r = h
        for _ in range(12):
            if s.toks[r].dep in ("ROOT", "ccomp", "advcl") or s.toks[r].head == r:
                break
            r = s.toks[r].head
        if s.toks[r].tag not in _NOUN_TAGS or s.toks[r].dep not in ("ROOT", "ccomp", "advcl"):
            return None  # the clause has a verb of its own: a real relative clause
        if s.has("adverbial-nouns", s.word(r)) or s.has("time-periods", s.word(r)):
            return None  # All the days of the lockdown they're black days: a time phrase
        lead = s.left_edge(r)
        if any(s.toks[k].tag == "WRB" or s.toks[k].dep == "mark" for k in range(lead, r)):
            return None  # when the firms they oversee face problems: a real relative clause
        while lead < r and s.toks[lead].dep in ("cc", "punct"):
            lead += 1
        if not self._opens_clause(s, lead):
            return None
        if any(self._opening_phrase(s, k) for k in range(lead, r)):
            return None
        lemma = s.lemma(v)
        if s.has("complement-verbs", lemma) or (
            s.has("two-object-verbs", lemma) and not s.children(v, "dative")
        ):
            return None  # the name they gave it: a second object's gap
        filled = s.children(v, "dobj", "attr", "acomp", "ccomp", "xcomp")
        if lemma == "be":  # the bid it may be against: be and its phrase
            filled += [k for k in s.children(v, "prep") if s.children(k, "pobj")]
        stranded = any(s.toks[k].tag == "IN" and not s.children(k) for k in s.children(v, "prep"))
        if not filled or stranded:
            return None  # the deal they made, the firm they work for: a gap
        return r

    def _repeated(self, s: Sentence, n: int, end: int) -> bool:
        """Is token n the head of a subject noun phrase that ends at `end` (its last
        word, before any comma), opens its clause and is no phrase of time?"""
        tn = s.toks[n]
        if tn.tag not in _NOUN_TAGS or tn.dep not in _NOUN_DEPS:
            return False
        if s.right_edge(n) != end or end - n > 25:
            return False
        if end + 1 < len(s.toks) and s.toks[end + 1].text == "," and not self._inserted(s, n):
            return False  # A true gadget, it could be carried: a phrase put in front
        lead = s.left_edge(n)
        if not self._opens_clause(s, lead):
            return False  # told MPs he would, a noun inside a phrase
        if any(self._opening_phrase(s, k) for k in range(lead, n)):
            return False  # In the statement it said, Having won it: an opening phrase
        # Last week it said, Each year they
        word = s.word(n)
        return not (s.has("adverbial-nouns", word) or s.has("time-periods", word))
