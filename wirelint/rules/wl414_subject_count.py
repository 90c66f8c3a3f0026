"""WL414 subject-count: a finite verb with no subject, or with two (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import BE, DO, HAVE, MODAL, NN, NNS, VBD, VBN, VBZ
from wirelint.grammar.parsed import Hit, ParserRule, Sentence, first_hit_per_place

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")
_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
#: Subordinators a finite clause must have a subject after (as and than need none: as
#: was expected, more than was planned; that may open a relative clause).
_SUBJECT_MARKS = frozenset(
    {"because", "if", "when", "although", "though", "while", "since", "unless", "until"}
    | {"whether", "once", "whereas"}
)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: A verb with one of these has no gap a relative clause would leave for its noun.
_FILLED_DEPS = ("dobj", "ccomp", "xcomp", "attr", "acomp")
#: How the parser hangs a noun that a pronoun subject follows (Piedmont it now has): as
#: a stray modifier of the verb, never as its subject or object.
_STRAY_DEPS = frozenset({"npadvmod", "intj", "dep", "nmod", "prep", "appos", "ROOT"})


class SubjectCount(ParserRule):
    """A finite verb that lost its subject, or that has two.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra). A clause
    reported after a verb of saying whose modal verb has no subject at all is a
    subject lost in an edit (`the company said would cut 500 jobs`: `it would`). A
    verb with two subjects side by side, a noun phrase and then a pronoun, is a
    rewrite that kept both (`the ministry it said`); so is a noun and a pronoun the
    parser can only read as a noun with a relative clause, in a sentence with no
    other verb, where the clause has its object in place (`The bank it said it would
    cut rates.`; `The soldiers they killed were ...` has a gap and passes). A
    sentence that opens on a verb of saying with no subject (`Said it would close
    the plant.`) and a finite verb straight after `because`, `if`, `when`, `although`
    and the like with no subject (`because would lose money`) lost their subject too.
    Commands, inversions that name their subject after the verb (`Said the minister:
    ...`), `as was expected`, coordinated verbs that share a subject (`rose and
    then fell`) and a report that is a second relative clause of a noun, its gap the
    reported clause's subject (`a choice I like and I think will win votes`) pass.

    ## Why it matters
    A missing subject leaves the reader to guess who will act; a doubled one reads
    as a stutter. Both are edit slips a reader notices at once.

    ## Example
    ```text
    Company to cut 500 jobs

    The company said would cut 500 jobs by March.
    ```
    `said would` is reported: the clause after `said` has no subject.
    """

    code = "WL414"
    name = "subject-count"
    severity = Severity.WARNING

    @staticmethod
    def _opens_clause(s: Sentence, j: int) -> bool:
        """Does token j start a clause: the sentence's start, or after a comma or a
        conjunction? After a noun it may open a relative clause with no `that` (the
        level of responsibility they take, a move ministers say should pass)."""
        if j <= s.first:
            return True
        prev = s.toks[j - 1]
        return prev.text in (",", ";", ":") or prev.tag in ("CC", "IN") or prev.dep == "mark"

    def find(self, s: Sentence) -> Iterator[Hit]:
        yield from first_hit_per_place(
            (
                *self._counted(s),
                *self._pronoun_after_noun(s),
                *self._pronoun_after_subject(s),
                *self._opening_verb(s),
                *self._after_subordinator(s),
            ),
            "first",
        )

    def _pronoun_after_noun(self, s: Sentence) -> Iterator[Hit]:
        """A sentence whose subject is said twice, a noun and then a pronoun (The bank it
        said it would): the parser, finding no main verb, reads the rest as a relative
        clause of the noun. A relative clause has a gap for the noun (the soldiers they
        killed); this one has its object or its clause in place."""
        for v in s.indexes():
            h = s.toks[v].head
            if s.toks[v].dep != "relcl" or not s.toks[h].tag.startswith("NN"):
                continue
            subjects = s.subjects_before(v)
            if not subjects or subjects[0] != h + 1 or s.word(h + 1) not in _PRONOUNS:
                continue
            if not s.gap(h, h + 1).isspace():
                continue
            if s.toks[h].dep == "ROOT":
                if s.left_edge(h) != s.first or s.toks[s.last].text != ".":
                    continue
                if not s.children(v, *_FILLED_DEPS):
                    continue
            elif not self._no_gap(s, h, v):
                continue
            yield Hit(
                h,
                h + 1,
                f"the verb `{s.toks[v].text}` has two subjects: `{s.toks[h].text}` and `{s.toks[h + 1].text}`",
            )

    def _no_gap(self, s: Sentence, h: int, v: int) -> bool:
        """Has the clause v, which the parser hangs on the noun h as a relative clause,
        no place the noun could fill? Its object and complements are in place (the bill
        it would give Reagan the power), the noun is the subject of the sentence at a
        clause's start, and the verb is none that leaves a second object or an
        adverbial gap (the name they gave it, the way they treat people)."""
        if s.toks[h].dep not in ("nsubj", "nsubjpass") or not self._opens_clause(s, s.left_edge(h)):
            return False
        if not s.toks[h + 1].text.islower():
            return False  # The classic film It's A Wonderful Life: a title
        if s.has("adverbial-nouns", s.word(h)) or s.has("clause-nouns", s.word(h)):
            return False  # any idea we are going to accept: a clause the noun takes
        if s.has("complement-verbs", s.lemma(v)):
            return False
        if s.has("two-object-verbs", s.lemma(v)) and not s.children(v, "dative"):
            return False
        objects = s.children(v, "dobj", "attr", "acomp", "ccomp", "xcomp")
        return bool(objects) and not any(
            s.toks[k].tag == "IN"
            for k in range(v + 1, s.last + 1)
            if s.toks[k].head == v and not s.children(k)
        )

    def _pronoun_after_subject(self, s: Sentence) -> Iterator[Hit]:
        """A subject said twice at a clause's start, a noun phrase then a pronoun before
        the verb (Piedmont it now has, Employers they will no longer, Ziering it said):
        the parser hangs the noun off the verb as a stray modifier. A time phrase (Last
        week it said) and a noun with a relative clause (the deal they made) pass."""
        for p in s.indexes():
            n = p - 1
            if (
                n < s.first
                or s.word(p) not in _PRONOUNS
                or s.toks[p].dep not in ("nsubj", "nsubjpass")
            ):
                continue
            v = s.toks[p].head
            tn = s.toks[n]
            if v <= p or not tn.tag.startswith("NN") or s.gap(n, p) != " ":
                continue
            if tn.dep not in _STRAY_DEPS or not s.finite(v) or s.toks[v].dep == "relcl":
                continue
            if tn.head != v and tn.dep in ("npadvmod", "appos", "nmod"):
                continue  # One measure he said he favored would: a relative clause's noun
            if tn.tag == "NNP" and s.children(n, "amod", "det"):
                continue  # last September it reported: a time phrase
            if any(
                not s.children(c, *_SUBJECT_DEPS) and s.finite(c) for c in s.children(v, "ccomp")
            ):
                continue  # One measure he said would raise: the noun is the clause's subject
            if s.has("adverbial-nouns", s.word(n)) or (s.toks[n].head == v and tn.dep == "dobj"):
                continue  # Last week it said, Each year they: a time phrase
            lead = s.left_edge(n)
            if not (self._opens_clause(s, lead) or s.toks[lead - 1].tag == "''"):
                continue
            if any(s.toks[k].tag in ("IN", "VBG", "VBN", "TO") for k in range(lead, n)):
                continue  # In the statement it said, Having won it will: an opening phrase
            yield Hit(
                n,
                p,
                f"the verb `{s.toks[v].text}` has two subjects: `{tn.text}` and `{s.toks[p].text}`",
            )

    @staticmethod
    def _subjectless(s: Sentence, v: int) -> bool:
        """Has verb v no subject, and is it finite by its tag and its form (said, closes)?"""
        return (
            s.toks[v].tag in _FINITE_TAGS
            and bool(s.tags(v) & (VBD | VBZ))
            and not s.children(v, *_SUBJECT_DEPS)
        )

    def _opening_verb(self, s: Sentence) -> Iterator[Hit]:
        """A sentence that opens on a verb with no subject (Said it would close. Became
        director of ballet in 1950.), after a conjunction too (But argued that).

        A verb of saying is a warning: a report always names who said it. Any other past
        or -s form, or a modal, is a hint: readers' comments drop a subject by habit (Had
        a usable keyboard. Seems a good idea.)."""
        v = s.first
        while v < s.last and (s.toks[v].tag == "CC" or s.word(v) == "also"):
            if s.word(v) in ("nor", "neither"):
                return  # Nor could the leaders say: the subject follows the verb
            v += 1  # But said, Also missed: a conjunction before the verb
        t = s.toks[v]
        if not s.toks[s.first].text[:1].isupper() or s.toks[s.last].text != ".":
            return  # a question (Says who?) has no full stop
        if s.first > 0 and s.toks[s.first - 1].text not in (".", "!", "?"):
            return  # the parser split a sentence where no full stop stands
        if any(s.toks[k].text in (":", '"', "“", "”") for k in s.indexes()):
            return  # Said the minister: "...": a quotation's inverted report
        if t.dep == "ROOT" and self._subjectless(s, v) and s.has("report-verbs", s.lemma(v)):
            yield Hit(v, v, f"the sentence opens on `{t.text}` with no subject before it")
            return
        # Any other verb: a past form or a modal of a news sentence's own main clause,
        # with no subject after it either (Became director of ballet in 1950.). A base
        # or present form may be a command (Make sure, Consider this).
        head = v
        if t.tag == "MD" and t.dep == "aux":
            head = t.head
        if s.toks[head].dep != "ROOT" or s.children(head, *_SUBJECT_DEPS):
            return
        if (t.tag == "MD" and s.word(v) != "may") or (
            t.tag in ("VBD", "VBZ") and s.tags(v) & (VBD | VBZ) and not s.tags(v) & (NN | NNS)
        ):
            if s.first == v and s.tags(v) & VBN and not s.children(v, "dobj", "ccomp", "xcomp"):
                return  # Founded in 1990 by two brothers.: a caption's participle
            # Readers' comments drop a subject by habit (Had a usable keyboard.): a hint.
            yield Hit(
                v, v, f"the sentence opens on `{t.text}` with no subject before it", confident=False
            )

    def _after_subordinator(self, s: Sentence) -> Iterator[Hit]:
        """A finite verb straight after because, if, when ... with no subject (because would close)."""
        for m in s.indexes():
            if s.toks[m].dep != "mark" or s.word(m) not in _SUBJECT_MARKS:
                continue
            v = s.toks[m].head
            if v <= m or s.children(v, *_SUBJECT_DEPS):
                continue
            auxes = [a for a in s.children(v, "aux", "auxpass") if a < v]
            first = min(auxes) if auxes else v
            if first != m + 1:
                continue
            finite = (
                # not if found guilty (a participle), nor if reports that ... (a noun)
                self._subjectless(s, v) and not s.tags(v) & (VBN | NN | NNS)
                if first == v
                else s.toks[first].tag in (*_FINITE_TAGS, "MD") and s.tags(first) != 0
            )
            if finite:
                yield Hit(
                    m,
                    first,
                    f"the clause after `{s.toks[m].text}` has no subject before `{s.toks[first].text}`",
                )

    @staticmethod
    def _contact_relative(s: Sentence, r: int) -> bool:
        """Does a noun phrase of its own stand right before the verb of saying r, straight
        after another noun (the mainstream party a 2004 survey showed was benefiting)?
        Then the phrase and the verb are a relative clause without `that`, its gap the
        reported clause's subject, whatever the parser hung the phrase on. A subject
        that names its reporter with a phrase (the chairman of the company said) has a
        preposition before the phrase instead."""
        k = r - 1
        while k > s.first and s.toks[k].tag.startswith(("NN", "JJ", "CD")):
            k -= 1  # back over the phrase's nouns, adjectives and figures
        if k == r - 1 and s.toks[k].tag != "PRP":
            return False
        if s.toks[k].tag not in ("DT", "PRP$", "PRP") or k <= s.first:
            return False
        return s.toks[k - 1].tag.startswith("NN")

    @staticmethod
    def _second_relative(s: Sentence, lead: int) -> bool:
        """Does a conjunction before ``lead`` join the clause to a relative clause that
        ends right before it, or to a clause that ends on a stranded preposition (one I
        am comfortable with and I think will distinguish us)?
        The clause is a second relative clause of the same noun, its gap the reported
        clause's subject."""
        c = lead - 1
        if c <= s.first or s.toks[c].tag != "CC":
            return False
        if s.toks[c - 1].tag == "IN" and not s.children(c - 1):
            return True  # comfortable with and: a stranded preposition, a relative's gap
        return any(s.toks[m].dep == "relcl" and s.right_edge(m) == c - 1 for m in range(s.first, c))

    def _counted(self, s: Sentence) -> Iterator[Hit]:
        for v in s.indexes():
            dep = s.toks[v].dep
            subjects = [k for k in s.children(v, "nsubj", "nsubjpass") if k < v]
            if len(subjects) >= 2:
                a, b = subjects[-2], subjects[-1]
                if (
                    s.word(b) in _PRONOUNS
                    and s.toks[a].tag.startswith("NN")
                    and s.right_edge(a) == b - 1
                    and s.toks[b - 1].tag.startswith("NN")
                    and s.gap(b - 1, b).isspace()
                    and self._opens_clause(s, s.left_edge(a))
                    and not any(s.toks[k].tag.startswith(("VB", "MD")) for k in range(b + 1, v))
                ):
                    yield Hit(
                        a,
                        b,
                        f"the verb `{s.toks[v].text}` has two subjects: `{s.toks[a].text}` and `{s.toks[b].text}`",
                    )
                continue
            if dep != "ccomp" or s.children(v, *_SUBJECT_DEPS):
                continue
            r = s.toks[v].head
            if r >= v or not s.has("clause-verbs", s.lemma(r)):
                continue
            if s.toks[r].dep in ("relcl", "acl") or any(
                s.toks[k].tag in ("WDT", "WP", "WRB") for k in range(max(s.first, r - 6), r)
            ):
                continue  # a move he said could cause, what he thinks should be: a relative's gap
            reporters = [k for k in s.children(r, "nsubj") if k < r]
            if reporters and not self._opens_clause(s, s.left_edge(reporters[0])):
                continue  # a move ministers say should: a relative clause without `that`
            if self._contact_relative(s, r):
                continue  # the party a survey showed was: the same, parsed as an apposition
            if reporters and self._second_relative(s, s.left_edge(reporters[0])):
                continue  # a choice I like and I think will win: a second relative clause
            auxes = [a for a in s.children(v, "aux", "auxpass") if a < v]
            first = min(auxes) if auxes else v
            if s.toks[first].tag not in ("MD", "VBD", "VBZ", "VBP") or not s.lex.tag(
                s.word(first)
            ) & (MODAL | BE | HAVE | DO | VBD | VBZ):
                continue  # said sources close to the talks: no finite verb after it
            if first == v and s.lex.tag(s.word(v)) & (NN | NNS | VBN):
                continue  # said reports ..., said cut: a noun or a participle may follow
            if not s.lex.tag(s.word(first)) & MODAL and not (
                reporters
                and (
                    s.left_edge(reporters[0]) == s.first
                    or s.toks[s.left_edge(reporters[0]) - 1].text in (",", ";")
                )
            ):
                continue  # consumers asked are, marks dealers said is needed: a relative's gap
            if (
                s.left_edge(v) != first
                or first != r + 1
                or (s.children(v, "mark", "advmod") and min(s.children(v, "mark", "advmod")) < v)
            ):
                continue
            yield Hit(
                r,
                first,
                f"the clause after `{s.toks[r].text}` has no subject before `{s.toks[first].text}`",
            )
