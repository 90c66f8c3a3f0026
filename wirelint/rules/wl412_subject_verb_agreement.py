"""WL412 subject-verb-agreement: a verb that disagrees with its subject across a phrase (parser tier)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from wirelint.diagnostics import Severity
from wirelint.document.model import Document
from wirelint.grammar.lexicon import MASS, NN, NNS, NOUN, VB, VBD, VBG, VBN, VBZ, Lexicon
from wirelint.grammar.parsed import Hit, ParserRule, Sentence, per_unit
from wirelint.grammar.parser import Parse
from wirelint.registry import Context

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_AUX_DEPS = ("aux", "auxpass")
_SINGULAR_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do"}
_PLURAL_VERBS = {v: k for k, v in _SINGULAR_VERBS.items()}
_NOMINATIVE = frozenset({"i", "you", "we", "they", "he", "she"})
#: Relatives that take the number of the noun they follow (which may take a clause's).
_RELATIVES = frozenset({"who", "that", "which"})
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
_PLURAL_PRONOUNS = frozenset({"they", "we"})
#: Words before a subject that make "were" a subjunctive (if he were, as though it were).
_SUBJUNCTIVE = frozenset({"if", "though", "wish", "unless", "whether", "suppose"})
_SINGULAR, _PLURAL = 1, 2
_DASHES = frozenset({"-", "–", "—"})
#: A word written with a capital after a lower-case word or a comma: a name in the story.
_MID_CAPITAL = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+)\b")
#: A capitalised word set before a word in capitals (Elders IXL, Diamond ABC): part of a
#: company's name, also where the story only writes it to open a sentence.
_BEFORE_ACRONYM = re.compile(r"\b([A-Z][a-z]+) (?=[A-Z]{2,}\b)")
#: Forms of be after which a sentence's first word, a participle, opens an inverted
#: passive whose subject follows (Cut were the ratings of ..., Included was a ...).
_BE_FORMS = frozenset({"is", "are", "was", "were"})
#: Words before an -s form that make it a noun (generation consoles), not a verb.
_NOUN_PHRASE_TAGS = frozenset({"NN", "NNS", "NNP", "JJ", "DT", "PRP$"})
#: Conjunctions that open a clause of their own, also when the parser reads them as
#: prepositions; `after`, `before`, `since` and `until` are left out: as often
#: prepositions inside a subject.
_CLAUSE_OPENERS = frozenset(
    {"as", "while", "because", "although", "though", "whereas", "when", "if"}
)


def _of_compound(s: Sentence, n: int) -> bool:
    """Does a fixed "noun of noun" phrase of the pack start at subject n and modify the
    noun after it (denial of service attacks, cost of living increases)? Then that last
    noun is the head the verb agrees with."""
    for end in range(n + 3, min(n + 6, s.last + 1)):
        phrase = " ".join(s.word(k) for k in range(n, end))
        if s.has("of-compound-nouns", phrase):
            return s.toks[end].tag.startswith("NN")
    return False


def _misread(s: Sentence, n: int, f: int, lead: int) -> bool:
    """Signs that the parser paired subject n (starting at ``lead``) with a verb f
    that is not its own."""
    if s.word(n) == "which" and (s.word(f) in _SINGULAR_VERBS or s.toks[f].tag == "VBZ"):
        return True  # goals, which is pleasing: which may take the clause before it
    if f < s.last and s.toks[f + 1].tag in ("WP", "WRB"):
        return True  # the rules, which is what the union wanted: a clause's number
    if _of_compound(s, n):
        return True  # denial of service attacks are: the parse took denial for the head
    if lead > s.first and s.has("causative-verbs", s.word(lead - 1)):
        return True  # let somebody else have it: a bare infinitive after let, make, help
    if s.word(n) in _SINGULAR_PRONOUNS | _PLURAL_PRONOUNS and any(
        s.toks[k].tag.startswith(("VB", "MD", "NN")) for k in range(n + 1, f)
    ):
        return True  # that we all value also gives: a pronoun is next to its own verb
    if any(s.toks[k].dep == "mark" for k in range(n + 1, f)):
        return True  # a journey not without mishaps as ... were: another clause starts
    if any(
        s.word(k) in _CLAUSE_OPENERS
        and s.toks[k + 1].tag in _NOUN_PHRASE_TAGS
        and not s.punct_between(k, f)
        for k in range(n + 1, f - 1)
    ):
        # a journey not without mishaps as a succession of chances were spurned: the
        # parser read `as` as a preposition, but it opens a clause with its own subject
        # (not an aside set off by commas: the shares, as a rule, was)
        return True
    if (
        lead - 2 >= s.first
        and s.toks[lead].tag == "DT"
        and s.word(lead - 2) == s.word(lead)
        and s.toks[lead - 1].tag == "JJ"
    ):
        return True  # selling the exact the copy itself now consider: a phrase cut off
        # before its noun and said again, a speaker's restart the parse cannot pair
    if (
        lead - 2 >= s.first
        and s.word(lead - 1) in ("and", "or")
        and s.toks[lead].tag == "DT"
        and s.toks[lead - 2].tag in ("NN", "NNS")
        and (s.word(f) in _PLURAL_VERBS or s.toks[f].tag == "VBP")
    ):
        return True  # the words and the judgement were his: a coordinated subject whose
        # first half the parse gave to the verb before
    if per_unit(s, n):
        return True  # sales of $600m a year were: the rate's noun is not the subject
    if s.toks[n].text[:1].isupper() and s.word(n + 1) == "by" and s.is_name(n + 2):
        return True  # Angels by Robbie Williams is: a work named by its title and maker
    # Since its beginnings on the Amiga, Prince of Persia has: one comma and no closing
    # one, where the parser ran an opening phrase into the subject.
    return sum(1 for k in range(lead, f) if s.toks[k].text == ",") == 1


def _opening_phrase(s: Sentence, comma: int, v: int) -> bool:
    """Do the words before ``comma`` open the sentence as an adverbial of verb v (`At the
    same time, the burden ...`, `Now, according to analysts, the markets ...`)? Then the
    noun after the comma is the subject itself, not an apposition to a noun before it."""
    first = s.toks[s.first]
    return (
        first.tag in ("IN", "RB")
        and first.dep in ("prep", "advmod")
        and first.head == v
        and not any(
            s.toks[k].dep in _SUBJECT_DEPS or s.toks[k].tag in ("VBD", "VBZ", "VBP", "MD")
            for k in range(s.first, comma)
        )
    )


def _not_plain_subject(s: Sentence, n: int, v: int, lead: int) -> bool:
    """Is subject n (starting at ``lead``) of verb v not a plain noun phrase before its
    verb: a question's, a clause's, an apposition's or a name's?"""
    if any(a < n for a in s.children(v, *_AUX_DEPS)):
        return True  # a question: why does music have to, can the revival continue
    if lead != n and (
        s.toks[lead].tag in ("VBG", "WRB", "WP", "WDT")
        or (s.toks[lead].text.lower().endswith("ing") and s.tags(lead) & VBG)
    ):
        return True  # scrapping friendlies is, marketing films to ... has: the subject is
        # a clause (also where the tagger read the -ing form as a noun)
    if lead > s.first and s.toks[lead - 1].tag in ("WRB", "WP"):
        return True  # how the bond market trades seems: so is this one
    if s.toks[v].dep in ("csubj", "csubjpass") and not s.children(v, "mark"):
        return True  # the phrase bring all voters to the chamber is a metaphor: words
        # quoted as a phrase, the parse's subject clause with no that or wh-word
    if any(
        s.word(k) == "what" and not s.punct_between(k, lead)
        for k in range(max(s.first, lead - 4), lead)
    ):
        return True  # undertakings to accept what is in effect a buyout have: the noun is
        # the free relative's complement, the subject is further back
    if n == s.first and s.tags(n) & VBN and s.word(n + 1) in _BE_FORMS:
        return True  # Cut were the bank's ratings: an inverted passive, its subject after
    if (
        lead - 1 > s.first
        and s.word(lead - 1) in _RELATIVES
        and s.toks[lead - 2].tag in ("NN", "NNS")
        and s.tags(n) & VBZ
        and not any(s.toks[k].tag in ("VBD", "VBZ", "VBP", "MD") for k in range(s.first, lead))
    ):
        return True  # the program that the new funding supports is: the -s word is the
        # relative clause's verb and the verb after it the noun's, which has none before
    if (
        lead > s.first
        and s.toks[lead - 1].text in _DASHES | {","}
        and s.word(n) not in _RELATIVES
        and not _opening_phrase(s, lead - 1, v)
    ):
        return True  # the government, the largest land owner, say: an apposition
    if any(s.toks[k].text in _DASHES and s.gap(k - 1, k) == " " for k in range(lead + 1, n)):
        return True  # the government - the largest land owner - say
    # the Group of Seven industrialised nations is: a name
    return any(
        s.word(k) == "of" and s.toks[k - 1].tag in ("NNP", "NNPS") for k in range(lead + 1, n)
    )


def _inner_conjunction(s: Sentence, k: int, lead: int, plural_verb: bool) -> bool:
    """Does the conjunction k join two bare nouns inside the subject's own phrase (the
    rise in mortgage approvals and lending)? Then the subject's number is its head's. A
    comma before it, a determiner after it or a phrase on the second noun may start a
    second subject that the parse hung on the phrase (the location of X, and the
    location of Y, were). Before a plural verb only names count (between Turkey and
    Libya): two common nouns may be a second subject the parse hung on the phrase
    (the strength of the economy and money growth are)."""
    head = s.toks[k].head
    if plural_verb and not (
        s.toks[head].tag in ("NNP", "NNPS")
        and all(s.toks[c].tag in ("NNP", "NNPS") for c in s.children(head, "conj"))
    ):
        return False
    if not (
        lead < k < s.last
        and s.toks[k - 1].text != ","
        and s.toks[k + 1].tag not in ("DT", "PDT", "PRP$", "CD", "POS")
        and s.toks[head].dep == "pobj"
    ):
        return False
    # A second noun with a phrase of its own may be a second subject (the ease of use and
    # growth of music are); a bare one is the phrase's.
    # (The parse may hang that phrase on the first noun: growth of music, music on use.)
    return not any(
        s.children(c, "prep", "relcl", "acl")
        or (c < s.last and s.toks[c + 1].dep == "prep" and s.toks[c + 1].head in (c, head))
        for c in s.children(head, "conj")
        if c > k
    )


def _regular_plural(s: Sentence, w: str) -> bool:
    """Is ``w`` the regular plural of a noun the table knows (profits, sales, shares)?

    The word-form table gives many plurals a singular reading too (a sales tax, a profits
    warning), which alone would leave the number unsure; a plural the parser reads as
    the subject, made by -s or -es from a noun of its own, is plural. The singular -s
    nouns (news, series, means) are the pack's and are read before this.
    """
    if w.endswith("ss") or not w.endswith("s"):
        return False
    stems = [w[:-1]]
    if w.endswith("es"):
        stems.append(w[:-2])
    if w.endswith("ies"):
        stems.append(w[:-3] + "y")
    return any(len(stem) > 2 and s.lex.tag(stem) & NN for stem in stems)


class SubjectVerbAgreement(ParserRule):
    """A subject and its verb that disagree in number, across the words between them.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra), finds each
    subject and the finite verb the parser attaches it to, and reports a plural
    subject with a singular verb (`shares of the lender was suspended`) or a
    singular subject with a plural one (`the report, which analysts had awaited for
    weeks, were published`), across prepositional phrases, relative clauses and
    appositions. `who` and `that` take the number of the noun just before them (`the
    people who has signed`, `a rule that have allowed`), and so does `which` after a
    comma (`the plan, which were drawn up`); after a phrase (`fingerprints of incidents
    that is`) only when its two nouns share a number. A base form the tagger gives a
    clause with a singular subject counts as the plural verb (`the rise in approvals
    and lending reinforce`); two bare nouns joined inside the subject's phrase leave its
    number alone. After `there is`, `there are` the verb
    agrees with the noun that follows (`there were no immediate response`). A
    conjunction between subject and verb that opens a clause with a subject of its own
    (`a journey not without mishaps as a succession of chances were spurned`) says the
    verb is that clause's. Collective nouns (`the government are`), nouns of quantity (`a number of ...
    are`), names, `I`/`you`, subjunctives (`if it were`, `demanded that he go`) and
    nouns the word-form table reads both ways pass. So do the places where the parse's
    subject is not the verb's: a second `who` in one sentence (a run of questions, or
    relatives stacked on a noun further back), a word set before one in capitals (`Elders
    IXL`: a company), an inverted passive (`Cut were the bank's ratings`), the -s verb of a
    relative clause (`the scheme that the loan supports is`), the noun of a free relative
    (`what is in effect a buyout have`) or of a rate (`sales of $600m a year were`), a
    subject joined to the noun before it (`the words and the judgement were`), words quoted
    as a phrase (`the phrase bring all voters ... is`) and a speaker's restart (`there are
    bit, some ways`).

    ## Why it matters
    Disagreement across a long phrase is the slip an editor's eye skips: the verb
    agrees with the nearest noun, not with its subject. It survives rewrites that
    change one noun's number and not the verb's.

    ## Example
    ```text
    Lender's shares suspended

    Shares of the lender was suspended on Monday.
    ```
    `Shares ... was` is reported: the subject `Shares` is plural, the verb should be
    `were`.
    """

    code = "WL412"
    name = "subject-verb-agreement"
    severity = Severity.WARNING
    reads_headline_style = True

    @staticmethod
    def _of_quantity(s: Sentence, noun: int) -> bool:
        """Is ``noun`` the object of `of` after a plural quantity (millions of people, a
        lot of issues)? Then a relative after it takes its number; after other nouns
        (owners of content who, a collection of duets that) it may take the first noun's."""
        prep = s.toks[noun].head
        owner = s.toks[prep].head
        return s.word(prep) == "of" and (
            s.has("plural-quantity-nouns", s.word(owner)) or s.toks[owner].tag == "CD"
        )

    def _owner_agrees(self, s: Sentence, noun: int) -> bool:
        """Does the noun a phrase hangs on have the number of ``noun``, its object
        (fingerprints of incidents that)? Then a relative after it takes that number
        whichever of the two it belongs to."""
        prep = s.toks[noun].head
        owner = s.toks[prep].head
        if s.toks[prep].dep != "prep" or s.toks[owner].tag not in ("NN", "NNS") or owner >= noun:
            return False
        if s.toks[owner].dep == "pobj":
            return False  # the creation of persons through reorganisation that: a longer
            # chain of phrases, whose first noun may be the one the relative takes
        number = self._number(s, noun)
        return number != 0 and self._number(s, owner) == number

    def story_test(
        self, parses: Sequence[Parse], lex: Lexicon, doc: Document, ctx: Context
    ) -> Callable[[Sentence, Hit], bool] | None:
        # A sentence's first word has a capital either way (and the parser's sentences
        # may run past a full stop); when the story writes it with one mid-sentence too
        # it is a name (Labour say, Bath have, Angels is): a party, a
        # team or a title, whose number is the writer's choice.
        names = {m.group(1) for m in _MID_CAPITAL.finditer(doc.text)}
        names |= {m.group(1) for m in _BEFORE_ACRONYM.finditer(doc.text)}
        return lambda s, hit: s.toks[hit.first].text not in names

    @staticmethod
    def _plain_plural(s: Sentence, n: int, v: int) -> bool:
        """Is verb v a present form that only a plural subject takes (the report hold
        out, the game see)? Not a form that is also a past (put, cut, read), nor a noun
        after a noun or an adjective."""
        t = s.tags(v)
        if not t & VB or t & (VBD | VBN):
            return False
        tag = s.toks[v].tag
        # The tagger often calls a plural form after a singular subject a base form (the
        # rise in approvals reinforce): a base form heading a clause with its subject and
        # nothing to make it an infinitive or a subjunctive is the finite verb.
        if tag != "VBP" and not (
            tag == "VB"
            and s.toks[v].dep in ("ROOT", "ccomp", "conj")
            and not s.children(v, "aux", "auxpass", "mark")
        ):
            return False
        lead = s.left_edge(n)
        if (
            lead > s.first
            and s.toks[lead - 1].tag.startswith("VB")
            and not s.has("report-verbs", s.lemma(lead - 1))
        ):
            return False  # appreciated competition bring creativity: the noun is the verb's
            # object, and the bare verb a clause the parse hangs on it (after a verb of
            # saying the noun opens a clause: believes a winter break carry)
        if t & NOUN and s.word(n) in _RELATIVES:
            return False  # I did score that try, concern that finance ministers: a noun
        # After a noun, a word with a noun reading may be a compound's head (a joint
        # currency float with set ranges was, radio information show The Brains Trust).
        return not (t & NOUN and s.toks[v - 1].tag in _NOUN_PHRASE_TAGS)

    def _number(self, s: Sentence, n: int) -> int:
        """The subject's number, 0 when it is not certain."""
        w = s.word(n)
        if w in _RELATIVES and s.toks[n].dep in ("nsubj", "nsubjpass"):
            # A relative takes its antecedent's number: the people who has signed, the
            # service that have allowed. The parser hangs the relative clause on it.
            if w == "which" and s.toks[n - 1].text != ",":
                return 0  # bombers which means: without a comma it may take a clause
            if w == "who" and any(s.word(k) == "who" for k in range(s.first, n)):
                return 0  # a run of questions (who will build the economy, who are the
                # leaders?) or relatives stacked on one noun further back (those who are
                # suspected of planning activity who happen): not the noun before it
            verb = s.toks[n].head
            antecedent = s.toks[verb].head
            if (
                s.toks[verb].dep != "relcl"
                or antecedent != n - (2 if s.toks[n - 1].text == "," else 1)
                or s.toks[antecedent].tag not in ("NN", "NNS")
                or s.toks[antecedent].dep == "conj"
                or s.children(antecedent, "conj", "cc")
                or (
                    s.toks[antecedent].dep == "pobj"
                    and not self._of_quantity(s, antecedent)
                    and not self._owner_agrees(s, antecedent)
                )
            ):
                return 0  # after a noun in a phrase (owners of content who) or after
                # coordinated nouns (knowledge and artefacts that), the antecedent is unsure
            if any(s.word(k) == "one" for k in range(max(s.first, antecedent - 8), antecedent)):
                return 0  # one of the few runners who has: usage is split
            if s.children(antecedent, "prep"):
                return 0  # the quality of the service that: which noun it takes is unsure
            return self._number(s, antecedent)
        if w in _SINGULAR_PRONOUNS:
            return _SINGULAR
        if w in _PLURAL_PRONOUNS:
            return _PLURAL
        if s.has("plural-nouns", w):
            return _PLURAL  # people, police
        tag = s.toks[n].tag
        if tag not in ("NN", "NNS") or s.is_name(n) or s.children(n, "conj", "cc", "nummod"):
            return 0
        if (
            s.has("quantity-nouns", w)
            or s.has("collective-nouns", w)
            or s.has("singular-s-nouns", w)
            or s.has("zero-plural-nouns", w)
        ):
            return 0
        t = s.tags(n)
        if t & VBG:
            return 0  # a gerund: Britain's working
        # (a word the table lacks may be the regular plural of a noun it has: urgencies)
        if tag == "NNS" and (
            (t & NNS and not t & NN) or ((t & NNS or not t) and _regular_plural(s, w))
        ):
            return _PLURAL
        # A mass noun's entry carries both numbers (the table's own convention).
        if tag == "NN" and t & NN and (t & MASS or not t & NNS) and not w.endswith("s"):
            return _SINGULAR
        return 0

    def find(self, s: Sentence) -> Iterator[Hit]:
        yield from self._subjects(s)
        yield from self._existential(s)

    def _existential(self, s: Sentence) -> Iterator[Hit]:
        """`there is` or `there are` and the noun after it that the verb agrees with:
        `there were no immediate response`, `there is usage allowances`."""
        for v in s.indexes():
            fw = s.word(v)
            if fw not in ("is", "are", "was", "were"):
                continue
            if not any(k < v and s.word(k) == "there" for k in s.children(v, "expl")):
                continue  # (is there a chance: a question; the noun's number is the same)
            nouns = [k for k in s.children(v, "attr", "nsubj") if k > v]
            if not nouns or s.toks[nouns[0]].tag not in ("NN", "NNS"):
                continue
            m = nouns[0]
            if any(s.toks[k].tag in ("NN", "NNS") and s.toks[k].head != m for k in range(v + 1, m)):
                continue  # there is widespread belief money market rates will: the noun
                # after the verb is the first one; the parser took a later clause's subject
            number = self._number(s, m)
            verb_number = _SINGULAR if fw in _SINGULAR_VERBS else _PLURAL
            if number in (0, verb_number):
                continue
            if fw == "were" and {s.word(k) for k in range(max(s.first, v - 4), v)} & _SUBJUNCTIVE:
                continue  # if there were a vote
            if (
                m < s.last
                and s.toks[m + 1].text == ","
                and any(
                    s.toks[k].tag in ("NN", "NNS") and self._number(s, k) == verb_number
                    for k in range(m + 2, min(m + 5, s.last + 1))
                )
            ):
                continue  # there are bit, some ways, to: a speaker's restart, and the noun
                # after the comma agrees
            if any(
                s.has("quantity-nouns", s.word(k))
                or s.toks[k].text in ("(", '"', "“", "”")
                or (s.toks[k].text in _DASHES and s.gap(k - 1, k) == " ")
                for k in range(v + 1, m)
            ):
                continue  # an aside or a quotation between them
            fix = _SINGULAR_VERBS.get(fw) or _PLURAL_VERBS[fw]
            noun = "plural" if number == _PLURAL else "singular"
            yield Hit(
                v,
                m,
                f"`{s.toks[m].text}` after `there {s.toks[v].text}` is {noun}, but the "
                f"verb is not (`{fix}`?)",
            )

    # One case per auxiliary or dependency, read in the order the grammar gives them.
    def _subjects(self, s: Sentence) -> Iterator[Hit]:  # noqa: C901, PLR0912
        for n in s.indexes():
            if s.toks[n].dep not in _SUBJECT_DEPS:
                continue
            v = s.toks[n].head
            if v <= n or s.children(v, "expl") or len(s.children(v, *_SUBJECT_DEPS)) > 1:
                continue  # inverted (said the ministers), existential, or two subjects (a
                # subordinate clause without its conjunction: each time you go in you have)
            auxes = sorted(a for a in s.children(v, *_AUX_DEPS) if a > n)
            f = auxes[0] if auxes else v
            fw = s.word(f)
            if fw in _SINGULAR_VERBS:
                verb_number, fix = _SINGULAR, _SINGULAR_VERBS[fw]
            elif fw in _PLURAL_VERBS:
                verb_number, fix = _PLURAL, _PLURAL_VERBS[fw]
            elif (
                f == v
                and s.toks[v].tag == "VBZ"
                and s.tags(v) & VBZ
                and (
                    s.toks[v - 1].tag not in _NOUN_PHRASE_TAGS
                    or (v - 1 == n and not s.tags(v) & NOUN)
                )
            ):
                # After its own subject an -s form with no noun reading is the verb
                # (analysts says); after another noun it may be a compound's head.
                verb_number, fix = _SINGULAR, s.lemma(v)
            elif f == v and self._plain_plural(s, n, v):
                verb_number, fix = _PLURAL, s.lex.form(s.lemma(v), VBZ) or ""
            else:
                continue
            number = self._number(s, n)
            if number == 0 or number == verb_number:
                continue
            before = {s.word(k) for k in range(max(s.first, n - 5), n)}
            if fw == "were" and before & _SUBJUNCTIVE:
                continue
            lead = s.left_edge(n)
            if verb_number == _PLURAL and f == v:
                clause_head = s.toks[v].head
                near = range(max(s.first, lead - 3), lead)
                if any(s.has("mandative-words", s.word(k)) for k in (clause_head, v - 1, *near)):
                    continue  # demanded that the company pay, essential that wage restraint continue
            if _not_plain_subject(s, n, v, lead):
                continue
            if (
                (f - n < 2 and s.word(n) in _SINGULAR_PRONOUNS | _PLURAL_PRONOUNS)
                or s.toks[n + 1].tag.startswith("NN")
                or s.toks[n + 1].tag == "VBG"
                or s.toks[n + 1].text in ("/", "\\")
            ):
                continue  # side by side (WL401's), or a noun modifying the real subject (the
                # stocks/usage ratio: a slash compound's first noun)
            if s.word(f - 1) in _NOMINATIVE:
                continue  # each time you go back in you have: the pronoun is the subject
            if lead > s.first and s.toks[lead - 1].tag == "VBG":
                continue  # collecting ballots makes sense: the subject is the -ing clause
            if _misread(s, n, f, lead):
                continue
            if any(
                s.toks[k].dep == "cc"
                and s.toks[s.toks[k].head].tag.startswith("NN")
                and not _inner_conjunction(s, k, lead, verb_number == _PLURAL)
                for k in range(s.first, f)
            ):
                continue  # the location of X, and the location of Y, were
            edge = s.right_edge(n)
            if any(
                (k > edge and s.toks[k].head != v and s.toks[k].head != f)
                or (s.toks[k].dep == "amod" and s.toks[k].tag.startswith("VB"))
                for k in range(n + 1, f)
            ):
                continue  # words between that are neither the subject's nor the verb's, or a
                # participle read as an adjective: signs of a parse gone wrong
            if s.is_name(f) or any(
                (
                    s.toks[k].dep == "cc"
                    and not _inner_conjunction(s, k, lead, verb_number == _PLURAL)
                )
                or s.toks[k].tag in ("CD", "``", "''", "-LRB-")
                or s.toks[k].text in ('"', "“", "”", "(", "[", "<")
                for k in range(s.left_edge(n), f)
            ):
                continue  # coordinated subjects, quantities, titles and quotes: unsure  # side by side: WL401's patterns speak for the pair
            subject = "plural" if number == _PLURAL else "singular"
            hint = f" (`{fix}`?)" if fix else ""
            yield Hit(
                n,
                f,
                f"the subject `{s.toks[n].text}` is {subject}, but the verb "
                f"`{s.toks[f].text}` is not{hint}",
            )
