"""WL416 spliced-clauses: two clauses run together with no punctuation or conjunction (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import CONJ, NOUN, PREP, PRON_A, PRON_S, SUB
from wirelint.grammar.parsed import (
    FINITE_TAGS,
    MARKS,
    Hit,
    ParserRule,
    Sentence,
    first_hit_per_place,
    per_unit,
)

#: Small words a title leaves in lower case (Gonna Have a Number One).
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "on", "and", "for"})

#: Prepositions that with a noun make a subordinator (in case, by the time, the moment).
_NOUN_SUBORDINATORS = frozenset({"in", "by", "the", "every", "each", "any", "next", "last"})
#: A clause with one of these is complete; without, it may be a relative clause with
#: its object gap (whatever level market forces produce; the affinity some animals have
#: for her: a dative alone does not fill the gap).
_COMPLEMENT_DEPS = ("dobj", "attr", "acomp", "xcomp", "ccomp", "oprd")
_RELATIVE_WORDS = frozenset({"that", "which", "who", "what", "whom"})
#: Words a clause may follow straight away: wh-words, adverbs (otherwise they're going).
_NO_JUNCTION = frozenset({"WRB", "WDT", "WP", "RB", "RBR"})
#: How the parser hangs a second clause it cannot join on the first.
_HUNG_CLAUSE = frozenset({"conj", "advcl", "parataxis"})
#: Where a clause's subject may start for a junction to count: a determiner, a
#: pronoun, a possessive or a plain noun (not a name, not a conjunction or a bracket).
_OPENERS = frozenset({"DT", "PRP", "PRP$", "NN", "NNS", "JJ", "CD"})
#: Marks that end a sentence or a clause: the first clause of a junction is looked for
#: after the last of them.
_CLAUSE_ENDS = frozenset({".", "!", "?", ";", ":"})
#: An ellipsis ends what a quotation kept of a sentence ([...] In 2017 we had).
_ELLIPSES = frozenset({"...", "…", "[...]", "[…]"})
#: Tags of a word a sentence may end on before a junction: a noun, a name, a figure.
_END_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})
#: What may stand between a subject's determiner and its finite verb (the three new
#: designs, the bank's chief executive, the 1.96 billion dlrs record).
_NOUN_PHRASE_TAGS = frozenset(
    {
        "DT",
        "JJ",
        "JJR",
        "JJS",
        "NN",
        "NNS",
        "NNP",
        "NNPS",
        "CD",
        "POS",
        "HYPH",
        "PRP$",
        "VBN",
        "VBG",
    }
)
#: Complements that leave no gap a bare relative clause would have (the deal the
#: company announced; the money it needs).
_GAPLESS_DEPS = ("dobj", "attr", "acomp", "oprd")
#: Words that open a time phrase a clause may follow with no comma (last September
#: it reported, every time we play them we know).
_TIME_OPENERS = frozenset({"last", "next", "this", "every", "each", "early", "late", "later"})
#: How far after the determiner the subject's finite verb may stand.
_SUBJECT_REACH = 7
#: Lower-case determiners a second sentence's subject opens with once its capital is lost
#: (the possessives too: `... on the market his statement aided a run-up`).
_BARE_DETERMINERS = frozenset({"the", "this", "these", "its", "their", "his", "her", "our"})
#: How a title or a noun hangs on the name after it, or a name on the noun before it
#: (head coach Cruyff, the Fortune 500 list): one noun phrase, no junction.
_NAME_PARTS = frozenset({"compound", "amod", "nmod", "poss"})
#: How many words a subject opening with a capital may have before its finite verb
#: (TNT expects, Oil officials hope, Mr Knight served).
_NAME_REACH = 4


def _taken_whole(s: Sentence, start: int, v: int) -> bool:
    """Is the clause of verb v, from ``start``, part of what stands before it?"""
    prev = s.toks[start - 1].text.lower()
    if s.has("clause-nouns", prev) or s.has("causative-verbs", prev):
        return True  # provided they have, it appeared the crops, help labels have
    if any(s.toks[k].tag == "IN" for k in range(max(s.first, start - 4), start)):
        return True  # on any given day the difference: an opening phrase, no comma
    # Programmes the BBC owns the rights to: a relative clause's gap.
    return any(
        s.toks[k].dep == "prep" and not s.children(k) for k in range(v + 1, s.right_edge(v) + 1)
    )


class SplicedClauses(ParserRule):
    """Two clauses, each with its own subject and verb, joined by nothing at all.

    ## What it does
    Reads the dependency parse of each body paragraph (the grammar extra) and reports
    the junction where a second clause starts with no full stop, comma, semicolon,
    dash or conjunction before it: a sentence the parser starts in the middle of a
    punctuated sentence, or a clause it attaches as a coordinate (`conj`) or side
    remark (`parataxis`) with no `and`/`but` and no punctuation in between. Both
    clauses must have a finite verb and a subject that opens with a determiner, a
    pronoun or a lower-case word, and the word before the junction must be a
    lower-case word: titles (`All's Well That Ends Well`), brackets and sentences
    that start with `and` or `but` pass. This is what a half-sentence splice
    leaves: the end of one sentence and the start of another, run together.
    A clause whose subject opens with a determiner is reported too when it follows a
    complete main clause with nothing between and no opening phrase of its own
    (`... to 274 mln dlrs the week was the first half of ...`), and so is one whose
    subject is a lowercase pronoun, a possessive or an expletive `there` (`... during
    the minister's visit it would penalise nations`, `... on Saturday his spokesman
    said`; not a possessive after the first object of a verb that takes two: `awarded
    Andy Hazell his first start`), unless a conjunction or a wh-word opened the clause before it (`but when
    concerns were raised he sought`). A second report of one verb of saying that starts
    straight after the first (`said the Philippines was doing its best to meet EC
    standards it was also trying to ...`) is a splice too. A clause after the object of
    a verb that takes an object and a clause (`to convince them it was`), after an
    opening preposition and -ing phrase (`but upon learning his DNA was found he
    claimed`) or after a title in capitals (`but Gonna Have a Number One this Christmas
    is`) passes. A lower-case pronoun or determiner, or a capitalised subject, straight
    after a noun or a figure that ends a complete clause is read from the words and tags
    too, where the parse folds the second sentence into the first (`... since early 2002
    it leaves GDP up 2.3%`, `... on the Fortune 500 list Wipro said demand was strong`).
    After a common noun only a clause whose verb has its one object in place, or a
    report with its own subject, counts: a bare relative clause leaves a gap (`the tools
    we have given them`, `the experiences it makes possible`, `the money it needs to
    survive`); an object the parse puts before its verb or after a conjunction (`a rise
    the authors attribute to`, `the experience it gained from X as well as experience`)
    and a report that ends on an infinitive without its object (`a company Pennzoil
    believed it had an agreement to buy`) leave that gap too. A name after a rate (`four
    dlrs a share Chrysler offer`) runs on in one noun phrase, and a clause after an
    opening -ing phrase (`looking at the system it looks`) is that phrase's main clause.
    A sentence that opens with a subordinator, a preposition or a time phrase
    has its main clause there (`If we beat Australia it would be`, `and in 2004 it
    rose`, `but last September it reported`), and a name after its title, a name with
    a particle, a title in capitals and a capital after a verb or a date (`head coach
    Cruyff has`, `Barend du Plessis said`, `ruled Lee should`, `17 December will`) pass.

    ## Why it matters
    A lost full stop, or a paste that drops the end of one sentence and the start of
    the next, makes a sentence that cannot be read in one pass and often says
    something neither half meant.

    ## Example
    ```text
    Group to cut 500 jobs

    The group expects sales to grow this year the company is cutting 500 jobs.
    ```
    `year the` is reported: a new clause starts at `the`.
    """

    code = "WL416"
    name = "spliced-clauses"
    severity = Severity.WARNING

    def _joined(self, s: Sentence, before: int, start: int) -> bool:
        """No punctuation, line break or conjunction between token ``before`` and ``start``."""
        for k in range(before + 1, start):
            if s.toks[k].dep in ("cc", "punct", "mark") or not s.toks[k].text[0].isalnum():
                return False
        gap = s.gap(start - 1, start)
        return gap.isspace() and "\n" not in gap and s.toks[start - 1].dep not in ("cc", "punct")

    def _clause(self, s: Sentence, v: int) -> bool:
        """A finite verb with a subject that opens with a determiner, pronoun or plain noun."""
        subjects = s.children(v, "nsubj", "nsubjpass")
        if not subjects or not s.toks[v].tag.startswith(("VB", "MD")):
            return False
        if not (s.toks[v].tag in FINITE_TAGS or s.children(v, "aux", "auxpass")):
            return False
        first = s.toks[s.left_edge(subjects[0])]
        return (
            first.tag in _OPENERS
            and first.text[:1].islower()
            and first.text.lower() not in _RELATIVE_WORDS
        )

    def find(self, s: Sentence) -> Iterator[Hit]:
        yield from first_hit_per_place(
            (*self._junctions(s), *self._clause_after_clause(s), *self._bare_subject(s))
        )

    def _bare_subject(self, s: Sentence) -> Iterator[Hit]:
        """A lower-case subject pronoun or determiner, or a capitalised subject, straight
        after the last word of a complete clause, opening a clause of its own (`...
        since early 2002 it leaves GDP up 2.3%`, `... on the Fortune 500 list Wipro said
        demand was strong`): the full stop between two sentences was lost, and the
        second may have lost its capital. It reads the words and their tags, not the
        parse's attachments, which fold the second sentence into the first. After a
        common noun a clause may be a bare relative one with a gap (the deal the company
        announced, the tools we have given them, the experiences it makes possible): only
        a clause whose verb has its one object in place is read there. A verb of saying or
        a noun takes the clause as its report (told reporters it would, the fact it was),
        and a clause opened by a subordinator or a preposition (when the bank raised rates
        it said, and in 2004 it rose) has its second clause as its main one: all pass."""
        for j in range(max(1, s.first + 1), s.last):
            tok = s.toks[j]
            if s.gap(j - 1, j) != " " or not tok.text[:1].isalpha():
                continue
            if tok.text.islower():
                # an expletive `there` opens a clause as a pronoun does (... should have
                # won there is a fine line)
                pronoun = bool(s.lex.tag(tok.text) & (PRON_S | PRON_A)) or (
                    tok.text == "there" and tok.tag == "EX"
                )
                if pronoun and tok.text in ("i", "you"):
                    continue
                if not pronoun and tok.text not in _BARE_DETERMINERS:
                    continue  # (that, all, each: relative words and quantifiers)
                v = self._subject_verb(s, j, pronoun)
                if v is None and pronoun and tok.text in _BARE_DETERMINERS:
                    v = self._subject_verb(s, j, False)  # her statement was: a possessive
                if v is not None and s.toks[j].tag == "PRP$" and self._second_object(s, j):
                    continue  # awarded flanker Andy Hazell his first start
            else:
                v = self._capitalised_subject_verb(s, j)
            if v is None or not self._ends_sentence(s, j - 1, tok.text[:1].isupper()):
                continue
            if tok.text[:1].isupper() and per_unit(s, j - 1):
                continue  # above the four dlrs a share Chrysler offer: the amount's phrase
                # runs on into a name's noun phrase after it
            if v > j + 1 and s.has("adverbial-nouns", s.word(v - 1)):
                continue  # Gary McKendry the past month has: a time phrase, not a subject
            # after a common noun, a clause with a gap is that noun's relative clause
            after_noun = s.toks[j - 1].tag in ("NN", "NNS") and s.toks[j - 1].text.islower()
            if not self._gapless(s, v, strict=after_noun) or not self._clause_before(s, j):
                continue
            yield Hit(
                j - 1,
                j,
                f"a new clause starts at `{tok.text}` with no punctuation or conjunction before it",
            )

    @staticmethod
    def _subject_verb(s: Sentence, j: int, pronoun: bool) -> int | None:
        """The finite verb of the subject starting at token j: straight after a pronoun
        (adverbs aside: it currently holds), after a noun phrase with no mark in it after
        a determiner (the previous record of 1.96 billion dlrs was set)."""
        if pronoun:
            k = j + 1
            while k < s.last and s.toks[k].tag in ("RB", "RBR"):
                k += 1
            return k if s.toks[k].tag in FINITE_TAGS else None
        for k in range(j + 1, min(s.last, j + _SUBJECT_REACH) + 1):
            tag = s.toks[k].tag
            if tag in FINITE_TAGS:
                return k if k > j + 1 else None
            if tag not in _NOUN_PHRASE_TAGS:
                return None
        return None

    @staticmethod
    def _second_object(s: Sentence, j: int) -> bool:
        """Does the phrase at token j follow the first object of a verb that takes two
        (gave the player his first start, awarded Hazell his cap)? It is that verb's
        second object, and the word the tagger reads as its verb is a noun."""
        return any(
            s.toks[k].tag.startswith("VB") and s.has("two-object-verbs", s.lemma(k))
            for k in range(max(s.first, j - 6), j)
        )

    @staticmethod
    def _capitalised_subject_verb(s: Sentence, j: int) -> int | None:
        """The finite verb of a subject opening at token j with a capital (a name or a
        sentence's capitalised first word: Wipro said, Oil officials hope), the rest of
        it in lower case with no mark between; None for a title or a name of several
        capitalised words (album The College Dropout became, Barend du Plessis said) and
        when the parse hangs the name on the word before (head coach Cruyff, rival Apple)."""
        tok, prev = s.toks[j], s.toks[j - 1]
        if not tok.text[:1].isupper() or len(tok.text) < 2 or tok.tag not in _NOUN_PHRASE_TAGS:
            return None  # (I)
        if s.has("title-nouns", prev.text.lower()) or prev.dep in _NAME_PARTS:
            return None  # striker Henry scored, the Brazil striker Ronaldo
        if j >= 2 and s.toks[j - 2].text[:1].isupper():
            return None  # Barend du Plessis, Rio Grande do Sul: a name with its particle
        for k in range(j + 1, min(s.last, j + _NAME_REACH) + 1):
            if s.toks[k].tag in FINITE_TAGS:
                if any(
                    (s.toks[m].head == j - 1 and s.toks[m].dep in _NAME_PARTS)
                    or (s.toks[j - 1].head == m and s.toks[j - 1].dep in _NAME_PARTS)
                    for m in range(j, k)
                ):
                    return None  # (head coach Cruyff has: the name hangs on its title)
                return k
            if s.toks[k].tag not in _NOUN_PHRASE_TAGS or s.toks[k].text[:1].isupper():
                return None
        return None

    @staticmethod
    def _ends_sentence(s: Sentence, i: int, capital: bool = False) -> bool:
        """Can token i end a sentence: a noun or a figure that takes no clause and heads
        no bare relative clause (the way, the day, the fact), or a closing mark? Before
        a capital, a name or a verb does not count: names run on (Im Kwon-Taek) and a
        verb takes a name as its object or its report (ruled Lee should)."""
        tok = s.toks[i]
        if tok.text in (")", "]"):
            # a closing bracket sits on the word before (a quotation's closing mark is
            # WL418's: after one, a lower-case clause is the report of a quoted word,
            # "comfortable" this show would be)
            return not capital and s.gap(i - 1, i) == "" and s.toks[i - 1].text.isalnum()
        if tok.text != "%" and not (
            (tok.tag in ("NN", "NNS") and tok.text.islower())
            or (not capital and tok.tag in _END_TAGS)
        ):
            return False  # (17 December will: a date's day before its month)
        if s.has("clause-verbs", s.lemma(i)) or s.has("report-verbs", s.lemma(i)):
            return False  # and state they are, to quip he was: a verb the tagger calls a noun
        if (tok.text.isupper() and len(tok.text) > 1) or tok.text.endswith("."):
            return False  # a heading in capitals, a ticker; £370m. (its full stop kept)
        word = tok.text.lower()
        return not (
            s.has("clause-nouns", word)
            or s.has("adverbial-nouns", word)
            or s.lex.tag(word) & (PREP | CONJ | SUB)
        )

    @staticmethod
    def _gapless(s: Sentence, v: int, strict: bool = False) -> bool:
        """Does the clause of finite verb v leave no gap for a bare relative clause: its
        object or complement in place (or a report with its own subject), no preposition
        left without its object, or a verb that takes no object? ``strict`` (after a
        common noun, which a relative clause may follow) asks for one object in place,
        of a verb that takes no second object or complement (the tools we have given
        them, the experiences it makes possible) and no clause after it."""
        main = s.toks[v].head if s.toks[v].dep in ("aux", "auxpass") else v
        if not s.toks[main].tag.startswith(("VB", "MD")):
            return False
        if any(not s.children(p, "pobj", "pcomp") for p in s.children(main, "prep")):
            return False  # the company he works for: a stranded preposition
        if strict:
            lemma = s.lemma(main)
            if not s.children(main, "dobj", "xcomp", "oprd", "dative", "nsubjpass") and any(
                s.children(c, "nsubj", "nsubjpass")
                and SplicedClauses._gapless(s, c)
                and not SplicedClauses._stranded_infinitive(s, c)
                for c in s.children(main, "ccomp")
                if c > v
            ):
                return True  # Wipro said demand was strong: a report with its own subject
            return bool(
                any(
                    c > v
                    and not s.has("adverbial-nouns", s.word(c))
                    and not any(s.toks[k].dep == "cc" for k in range(v + 1, c))
                    for c in s.children(main, "dobj")
                )
                and not s.children(main, "ccomp", "xcomp", "oprd", "dative", "nsubjpass")
                and not any(
                    s.has(key, lemma)
                    for key in ("two-object-verbs", "complement-verbs", "object-complement-verbs")
                )
            )
        if any(not s.has("adverbial-nouns", s.word(c)) for c in s.children(main, *_GAPLESS_DEPS)):
            return True  # (a car they won't drive more than six years: no object)
        if any(
            s.children(c, "nsubj", "nsubjpass") and SplicedClauses._gapless(s, c)
            for c in s.children(main, "ccomp")
            if c > v
        ):
            return True  # it said annual inflation rose (a target he says he has met: a gap)
        if s.children(main, "nsubjpass") and s.children(main, "prep", "agent"):
            return True  # the previous record was set in April
        # (a bare relative clause on an intransitive verb has an adverbial gap, the day
        # he died: the nouns that head one are not read as a sentence's end)
        return s.has("intransitive-verbs", s.lemma(main)) and not s.children(main, "xcomp")

    @staticmethod
    def _stranded_infinitive(s: Sentence, c: int) -> bool:
        """Does clause c end on an infinitive with no object, of a verb that takes one (a
        company the bidder believed it had an agreement to buy)? Its object is the gap of
        a relative clause on the noun before the report."""
        last = s.right_edge(c)
        while last > c and s.toks[last].dep == "punct":
            last -= 1
        return (
            s.toks[last].tag == "VB"
            and any(s.word(a) == "to" for a in s.children(last, "aux"))
            and not s.children(last, "dobj", "ccomp", "xcomp", "prep", "prt")
            and not s.has("intransitive-verbs", s.lemma(last))
        )

    @staticmethod
    def _skip_lead(s: Sentence, k: int, j: int) -> int:
        """The first word of a stretch from token k that is not a conjunction, an adverb,
        a mark or a list's number (But when, and then on Monday, "Every time, 1) If)."""
        while k < j and (
            s.toks[k].tag in ("CC", "RB", "LS")
            or s.toks[k].text in MARKS
            or (s.toks[k].tag == "CD" and s.toks[k + 1].text == ")")
        ):
            k += 1
        return k

    @staticmethod
    def _main_clause_at(s: Sentence, start: int, j: int) -> bool:
        """Does the sentence from token ``start`` open with a subordinator or a
        preposition whose clause runs to token j, so that the clause at j is its main
        one (If we beat Australia it would be, Given that ...)? Not when a main clause
        follows the opening clause's comma (If confirmed, that would be the best since
        2002 it leaves)."""
        first = start
        first = SplicedClauses._skip_lead(s, start, j)
        if not (
            s.toks[first].tag in ("WRB", "IN")
            or s.toks[first].dep == "mark"
            or s.has("clause-nouns", s.word(first))
        ):
            return False
        comma = next((k for k in range(first, j) if s.toks[k].text == ","), None)
        return comma is None or not any(s.toks[k].tag in FINITE_TAGS for k in range(comma, j))

    @staticmethod
    def _clause_before(s: Sentence, j: int) -> bool:
        """Is there a main clause's finite verb between the last end of a sentence or
        clause and token j? A sentence that opens with a subordinator (if we beat them
        it would be, when the bank raised rates, it said) has its main clause at j; so
        has a stretch since the last comma or conjunction that opens with a preposition
        or a time word (and in 2004 it rose, but last September it reported). A verb of
        saying or one that takes a clause (told reporters it would, help them they), a
        subordinator after the last finite verb (fell after shares of the chipmaker
        Intel rose: the subordinate clause's subject, its verb to come) and one straight
        after another (implying that if life existed on Mars it) pass too."""
        start = j - 1
        while start > 0 and s.toks[start - 1].text not in _CLAUSE_ENDS | _ELLIPSES:
            if s.toks[start - 1].text.endswith(".") and s.toks[start].text[:1].isupper():
                break  # (£370m. Britannia, Inc. In late spring: the full stop on a word)
            start -= 1
        if SplicedClauses._main_clause_at(s, start, j):
            return False
        opened = start  # the stretch since the last comma, dash or conjunction
        for k in range(start, j):
            if (
                s.toks[k].text == ","
                or s.toks[k].tag == "CC"
                or (s.toks[k].text in ("-", "–", "—") and s.gap(k - 1, k) == " ")
            ):
                opened = k + 1  # (at 2-0 they were: a score's hyphen is no dash)
        finite = since_opener = False
        for k in range(start, j):
            tok = s.toks[k]
            if (
                tok.tag.startswith("VB")
                and (s.has("clause-verbs", s.lemma(k)) or s.has("report-verbs", s.lemma(k)))
                and not any(s.toks[m].tag in FINITE_TAGS for m in range(k + 1, j))
            ):
                return False  # told reporters on Friday it would: the verb's report
            opener = (
                tok.tag in ("WDT", "WP", "WRB", "WP$")
                or tok.dep == "mark"
                or s.has("pair-clause-openers", s.word(k))  # (if in the ...: a parse's prep)
            )
            if opener:
                if k > start and (
                    s.toks[k - 1].dep == "mark"
                    or s.toks[k - 1].tag in ("IN", "WRB", "CC")
                    or s.has("clause-verbs", s.lemma(k - 1))
                ):
                    return False  # that if life existed, said although: nested openers
                since_opener = False
            if tok.tag in FINITE_TAGS:
                finite = since_opener = True
            if k < opened:
                continue
            if s.has("causative-verbs", tok.text.lower()) and tok.dep not in ("aux", "auxpass"):
                return False  # help them they
            lead = k == SplicedClauses._skip_lead(s, opened, j)
            if lead and (opener or tok.tag in ("IN", "VBG") or tok.text.lower() in _TIME_OPENERS):
                return False  # and in 2004 it rose, but last September it, looking at the
                # system it looks: an opening phrase
        return finite and since_opener

    def _clause_after_clause(self, s: Sentence) -> Iterator[Hit]:
        """A clause whose subject opens with a determiner, straight after a complete main
        clause with nothing between, that the parser hangs on the first clause as a
        coordinate or an adverbial: `... up three mln dlrs at 274 mln dlrs the week
        was the first half of a period`."""
        for v in s.indexes():
            if not s.finite(v) or not (s.toks[v].dep in _HUNG_CLAUSE or self._second_report(s, v)):
                continue
            subjects = s.subjects_before(v)
            if not subjects or not s.children(v, *_COMPLEMENT_DEPS):
                continue
            j = s.left_edge(subjects[0])
            if not s.toks[j].text.islower() or not (
                s.toks[j].tag in ("DT", "PRP$")
                or (s.toks[j].tag == "PRP" and s.lex.tag(s.word(j)) & (PRON_S | PRON_A))
            ):
                continue
            if j <= s.first + 1 or not s.bare_junction(j):
                continue
            if any(
                c < j for c in s.children(v, "mark", "cc", "advmod", "prep", "npadvmod", "aux")
            ):  # (should the captain decide: an inverted conditional)
                continue  # and at night the wind: the clause has its own opener
            prev = s.toks[j - 1].text.lower()
            if s.lex.tag(prev) & PREP or s.has("clause-nouns", prev):
                continue
            if any(s.toks[k].tag == "IN" for k in range(max(s.first, j - 3), j)) or any(
                s.toks[k].tag == "IN" and (k == s.first or s.toks[k - 1].tag in ("CC", ","))
                for k in range(max(s.first, j - 5), j)
            ):
                continue  # on any given day the difference: an opening phrase, no comma
            if any(s.toks[k].tag in ("WDT", "WP") for k in range(j, v)):
                continue  # some of whom, both of which: a relative clause
            if self._reported_to_object(s, j) or self._after_opening_ing(s, j):
                continue
            if self._after_title(s, j):
                continue
            h = s.toks[v].head
            if any(
                (s.toks[k].tag == "CC" and s.toks[s.toks[k].head].tag.startswith(("VB", "MD")))
                or s.toks[k].tag in ("WRB", "WDT", "WP")
                or s.toks[k].dep == "mark"
                for k in range(min(h, j - 1) + 1, j)
            ):
                continue  # but when concerns were raised he sought, but following all the
                # attention she felt, how many mates they have had: the clause before is
                # opened by its own word (a conjunction joining nouns, keyboard and mouse
                # the machine has, does not count)
            if not s.complete_clause_before(j, within=v):
                continue
            yield Hit(
                j - 1,
                j,
                f"a new clause starts at `{s.toks[j].text}` with no punctuation "
                "or conjunction before it",
            )

    @staticmethod
    def _reported_to_object(s: Sentence, j: int) -> bool:
        """Does the clause at token j follow the object of a verb that takes an object
        and a clause without `that` (to convince them it was, told staff the plant
        would)? The clause is that verb's report, not a new sentence."""
        for k in range(max(s.first, j - 4), j):
            tok = s.toks[k]
            if (
                tok.dep in ("dobj", "dative", "iobj")
                and s.right_edge(k) == j - 1
                and s.has("clause-verbs", s.lemma(tok.head))
            ):
                return True
        return False

    @staticmethod
    def _after_opening_ing(s: Sentence, j: int) -> bool:
        """Is the clause at token j preceded by an opening phrase of a preposition and an
        -ing form with no comma after it (but upon learning his DNA was found he
        claimed, after hearing the news the minister resigned)? The phrase may hold a
        clause of its own, so it may run long; no mark stands between it and j."""
        for k in range(j - 2, s.first - 1, -1):
            tok = s.toks[k]
            if tok.text[:1] in MARKS and tok.tag != "POS":
                return False  # (Spanton's underwear: 's is no mark)
            if (
                tok.tag == "IN"
                and s.toks[k + 1].tag == "VBG"
                and (k == s.first or s.toks[k - 1].tag in ("CC", ","))
            ):
                return True
        return False

    @staticmethod
    def _after_title(s: Sentence, j: int) -> bool:
        """Does a title in capitals end straight before token j (but Gonna Have a Number
        One this Christmas is)? A run of capitalised words with a verb among them is a
        title's, and the clause after it reads on from the title."""
        k, verb = j - 1, False
        while k >= s.first and j - k <= 8:
            tok = s.toks[k]
            if tok.text[:1].isupper():
                verb = verb or tok.tag.startswith(("VB", "MD"))
            elif tok.text not in _TITLE_SMALL_WORDS and not (k > s.first and s.gap(k - 1, k) == ""):
                break  # (a word's split-off end, Gon|na, belongs to the word before)
            k -= 1
        return verb and s.toks[j - 1].text[:1].isupper()

    @staticmethod
    def _second_report(s: Sentence, v: int) -> bool:
        """Is clause v the second report of one verb of saying, its first before it (said
        the Philippines was doing its best to meet standards it was also trying to)?"""
        h = s.toks[v].head
        if s.toks[v].dep != "ccomp" or not s.has("report-verbs", s.lemma(h)):
            return False
        start = s.left_edge(v)
        # the first report ends straight before the second starts
        return any(s.right_edge(c) == start - 1 for c in s.children(h, "ccomp") if c < v)

    def _junctions(self, s: Sentence) -> Iterator[Hit]:
        i = s.first
        if i > 0 and s.toks[i].sent_start and self._joined(s, i - 1, i):
            prev = s.toks[i - 1]
            root = next((k for k in s.indexes() if s.toks[k].dep == "ROOT"), None)
            if (
                prev.text[-1:].isalnum()
                and prev.text[:1].islower()
                and root is not None
                and self._clause(s, root)
                and s.left_edge(s.children(root, "nsubj", "nsubjpass")[0]) == i
            ):
                yield Hit(
                    i - 1,
                    i,
                    f"a new sentence starts at `{s.toks[i].text}` with no full stop before it",
                )
        for v in s.indexes():
            if s.toks[v].dep not in ("conj", "parataxis", "advcl"):
                continue
            h = s.toks[v].head
            if h >= v or not self._clause(s, h) or not self._clause(s, v):
                continue
            start = s.left_edge(s.children(v, "nsubj", "nsubjpass")[0])
            if start <= h + 1 or not self._joined(s, h, start):
                continue
            prev = s.toks[start - 1]
            if not (prev.text[-1:].isalnum() and prev.text[:1].islower()):
                continue
            if s.lex.tag(prev.text.lower()) & (SUB | CONJ | PREP) or prev.tag in _NO_JUNCTION:
                continue  # when we get home: the subordinator is the junction
            if _taken_whole(s, start, v):
                continue
            if s.children(v, "cc", "mark") or s.children(h, "cc"):
                continue
            if not s.children(v, *_COMPLEMENT_DEPS):
                continue  # the first ten days the rights are traded: a relative clause
            if any(a < start for a in s.children(v, "aux", "auxpass")):
                continue  # had he not been armed: an inverted conditional
            if (
                s.lex.tag(prev.text.lower()) & NOUN
                and s.toks[start - 2].text.lower() in _NOUN_SUBORDINATORS
            ):
                continue  # in case the situation deteriorates
            yield Hit(
                start - 1,
                start,
                f"a new clause starts at `{s.toks[start].text}` with no punctuation "
                "or conjunction before it",
            )
