"""WL413 clause-without-verb: a clause with a subject and no finite verb (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import DET, FINITE_AUX, PRON_O, PRON_S, SUB, VB, VBD, VBG, VBN, VBZ
from wirelint.grammar.parsed import Hit, ParserRule, Sentence, first_hit_per_place

_FINITE = VB | VBD | VBZ
_CLAUSE_DEPS = frozenset({"ccomp", "relcl", "acl", "advcl", "ROOT", "conj"})
#: Subjects that may head a clause without a finite verb (make them go, saw it coming).
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
#: Subordinators after which a clause needs a finite verb (as they finding out).
_MARKS = frozenset(
    {"that", "as", "because", "although", "though", "if", "since", "unless", "whether", "while"}
)
_COMPARATIVE = frozenset({"RB", "RBR", "JJ", "JJR"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it", "you"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_WH_SUBJECTS = frozenset({"WDT", "WP"})
#: `be` and `been` need a finite auxiliary before them (has been, will be) unless the
#: clause is a subjunctive or an infinitive.
_BARE_BE = frozenset({"be", "been"})
#: Subject pronouns a participle cannot follow without an auxiliary.
_SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "it", "we", "they"})
#: A sentence shorter than this that is a noun and a participle is a caption.
_MIN_PASSIVE_WORDS = 8
#: Words before a subject that make `be` a subjunctive: whether it be, lest it be, if need be.
_SUBJUNCTIVE_BE = frozenset({"whether", "lest", "if", "though", "albeit", "that"})
#: Auxiliaries that open a condition before its subject: had it been, should it be.
_INVERTING = frozenset({"had", "should", "were"})
#: What follows a subject where a copula was lost: a place or time phrase, an adjective,
#: a comparison (the minister in London, prices higher than).
_PREDICATE_TAGS = frozenset({"IN", "JJ", "JJR", "JJS", "RBR"})
#: Words a participle may follow with its clause left out (higher than expected).
_ELLIPSIS = frozenset({"than", "as", "if", "when", "once", "unless"})
#: Marks after which a clause reported by a verb needs its finite verb (said that they going).
_THAT_MARKS = frozenset({"that", "if", "whether", "because"})


def _under_preposition(s: Sentence, v: int) -> bool:
    """With prices rising, after the deal collapsing: an -ing clause a preposition governs."""
    k = v
    for _ in range(s.last - s.first + 1):
        h = s.toks[k].head
        if h == k:
            return False
        if s.toks[h].tag == "IN" and s.toks[k].dep in ("pcomp", "pobj"):
            return True
        if s.toks[k].dep != "conj":
            return False
        k = h
    return False


def _ing_kind(s: Sentence, n: int, v: int) -> bool:
    """Is the -ing form v with subject n a clause that lost its auxiliary, by where it stands?

    A subject pronoun (`he going`) never takes a bare -ing form; nor does a relative
    `who`/`that`, a main clause with no other finite verb, or a clause opened by a
    subordinator. Objects with a participle (`saw prices rising`) and absolute
    phrases (`their tour helping them`) have no such opener and pass.
    """
    dep = s.toks[v].dep
    if s.lex.tag(s.word(n)) & PRON_S:
        return True
    if dep == "relcl":
        return s.toks[n].tag in _WH_SUBJECTS
    if dep == "ROOT":
        # A main clause: the subject opens the sentence (or follows an opening phrase and
        # its comma), and every other finite verb belongs to a subordinate clause.
        lead = s.left_edge(n)
        if s.toks[n].tag not in ("NN", "NNS", "NNP", "NNPS", "PRP", "DT") or not (
            lead == s.first or s.toks[lead - 1].text == ","
        ):
            return False
        return not any(
            s.toks[k].tag in _FINITE_TAGS
            and s.toks[k].dep not in ("relcl", "aux", "auxpass")
            and not s.children(k, "mark")
            for k in s.indexes()
            if k != v
        )
    marks = [k for k in s.children(v, "mark", "advmod") if k < n]
    if any(k > s.first and s.toks[k - 1].tag in _COMPARATIVE for k in marks):
        return False  # as much as someone going down the road: a comparison
    if dep == "advcl":
        return any(s.lex.tag(s.word(k)) & SUB for k in marks)
    if dep in ("ccomp", "acl") and marks:
        # Without a mark the clause may be an object with its participle (see prices rising).
        return s.word(marks[0]) in (_THAT_MARKS if dep == "ccomp" else ("that",))
    return False


def _not_a_clause(s: Sentence, n: int, v: int) -> bool:
    """Readings of subject n and -ing form v other than a clause that lost its verb."""
    if s.toks[v - 1].text == ",":
        return True  # ..., letting viewers pause: a participle phrase after a comma
    if n == s.first and s.tags(n) & VB:
        return True  # Imagine editing ...: a command, not a subject
    if s.word(n) in _DEMONSTRATIVES and v == n + 1:
        return True  # that following September: a time phrase
    lead = s.left_edge(n)
    if lead > 0 and (
        s.toks[lead - 1].text == ":"
        or (
            lead > s.first
            and s.toks[lead - 1].tag.startswith("VB")
            and not s.has("report-verbs", s.lemma(lead - 1))
        )
    ):
        return True  # have any of these thoughts going: an object and its participle;
        # ... of the century: protein folding: a topic after a colon
    if any(c > v and s.toks[c].tag == "VBG" for c in s.children(v, "conj")):
        return True  # bond dealing and strengthening relations: a list of activities
    # Demands for payment start arriving: the finite verb stands before the -ing form.
    return any(s.toks[k].tag in ("VB", "VBP") and s.tags(k) & VB for k in range(n + 1, v))


def _noun_before_participle(s: Sentence, n: int, v: int) -> bool:
    """Does noun subject n head a clause whose only verb is the participle v (`prices
    risen`, `the referee already blown for a foul`)? Not a noun with a reduced relative
    (`the money taken from savers was`), an object with its participle (`saw the
    goods taken`, `with the deal done`) or a caption."""
    if s.toks[n].tag not in ("NN", "NNS") or s.is_name(n) or s.tags(n) & (VBD | VBN):
        return False
    if s.toks[v].dep not in ("ROOT", "conj", "ccomp") or _under_preposition(s, v):
        return False
    lead = s.left_edge(n)
    if lead > s.first and (
        s.toks[lead - 1].tag.startswith(("VB", "IN"))
        and not s.has("report-verbs", s.lemma(lead - 1))
        and s.word(lead - 1) not in _THAT_MARKS
    ):
        return False  # saw the goods taken, with the deal done: an object and its participle
    if s.toks[s.last].text != "." or any(s.toks[k].text in _QUOTES for k in s.indexes()):
        return False  # a caption or a quotation
    if s.toks[v].dep == "conj" and s.children(s.toks[v].head, "aux", "auxpass"):
        return False  # payments were halted and accounts frozen: the auxiliary is shared
    # A finite verb later in the clause is the noun's (the participle a reduced relative:
    # research undertaken for the commission suggests) unless a relative or subordinate
    # clause holds it (tensions risen over powers which it says could be used).
    return not any(
        s.toks[k].tag in _FINITE_TAGS and not _subordinate(s, k) for k in range(v + 1, _stop(s, v))
    )


def _subordinate(s: Sentence, k: int) -> bool:
    """Does finite word k stand in a relative or subordinate clause?"""
    owner = s.toks[k].head if s.toks[k].dep in ("aux", "auxpass") else k
    return (
        s.toks[owner].dep in ("relcl", "advcl")
        or bool(s.children(owner, "mark"))
        or any(s.toks[c].tag in _WH_SUBJECTS for c in s.children(owner))
    )


def _clause_under(s: Sentence, k: int, v: int) -> bool:
    """Does finite word k stand in a subordinate clause that word v governs (`investors
    moving into bonds as the outlook darkened`: `darkened` is the `as` clause's, under
    `moving`)? The clause opens on a subordinator or a relative word of its own: a verb
    the parser hangs under v without one (`the pattern of prices rising ... continued`)
    is the clause's own verb."""
    owner = s.toks[k].head if s.toks[k].dep in ("aux", "auxpass") else k
    if not (
        s.children(owner, "mark") or any(s.toks[c].tag in _WH_SUBJECTS for c in s.children(owner))
    ):
        return False  # no subordinator of its own: the parser's guess at where it hangs
    h = owner
    for _ in range(s.last - s.first + 1):
        if h == v:
            return True
        if s.toks[h].head == h:
            return False
        h = s.toks[h].head
    return False


def _stop(s: Sentence, v: int) -> int:
    """The index of the first punctuation after token ``v`` (or the sentence end)."""
    for k in range(v + 1, s.last + 1):
        if s.toks[k].dep == "punct":
            return k
    return s.last + 1


class ClauseWithoutVerb(ParserRule):
    """A clause that has a subject but lost its finite verb.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and reports
    a clause opened by `that`, `as`, `because`, `if` (and other subordinators) or
    standing as the sentence's main clause whose verb is
    an `-ing` form or a participle with a subject and no auxiliary: `a sign that
    investors moving into bonds` (`are moving`), `officials said that the talks
    taken place`. Forms that can be finite (`said`, `cut`) never count as
    non-finite, and constructions without a finite verb by design pass: absolute
    phrases (`with prices rising`, `the deal done, ...`), objects of perception verbs
    (`saw prices rising`), reduced relatives (`the man seen leaving`). After a verb
    of saying from the pack's `report-verbs` (`said it working closely`) no `that`
    is needed for the clause to count.
    An `-ing` form the parser gives a subject and no auxiliary is reported where no
    object-and-participle reading exists: after a subject pronoun (`he going
    nowhere`), a relative `who`/`that` (`users who sharing files`), a subordinator
    (`when he looking`) or as the only verb of a sentence.
    A clause with no verb at all, which the parser heads with its subject noun, is
    reported where a copula was plainly lost: a report put before its verb of
    saying (`The minister in London on Tuesday, officials said.`), the noun followed
    straight away by a preposition or an adjective, or a sentence of its own with no
    finite verb whose noun an adjective follows (`Prices higher than expected in
    March.`; a fragment such as `The first machine with a true OS.` passes).
    A lost `has`, `had`, `will` or `is` is reported where what is left cannot stand
    alone: `been` or `be` after its subject with no finite auxiliary (`a campaign been
    launched`, `his replacement be named`; subjunctives such as `demanded that he be
    named` pass), a participle that is never a past straight after a subject pronoun
    (`it gone on to`) or after a noun subject heading the clause (`tensions risen after
    the ruling`, `but the referee already blown`; a reduced relative before its verb,
    `research undertaken for the commission suggests`, and an auxiliary shared with the
    clause before, `payments were halted and accounts frozen`, pass), and a sentence with no finite verb that is a noun and a passive
    participle with its `by`, `to` or prepositional phrase (`The shares expected to
    fall sharply on Monday.`; a reduced relative in a sentence with its verb passes), or
    a noun and an -ing form with nothing finite outside a relative or subordinate clause
    (`Monsanto facing stiff opposition from farmers who were campaigning ...`; captions
    of under eight words pass).

    ## Why it matters
    An edit that deletes `is`, `are` or `has` leaves a clause that reads as a
    fragment. Every word is spelled right, so no spelling checker sees it.

    ## Example
    ```text
    Investors turn to bonds

    Analysts said it was a sign that investors moving into bonds.
    ```
    `investors moving` is reported: the clause after `that` has no finite verb.
    """

    code = "WL413"
    name = "clause-without-verb"
    severity = Severity.WARNING

    def find(self, s: Sentence) -> Iterator[Hit]:
        yield from first_hit_per_place(
            (
                *self._participles(s),
                *self._bare_ing(s),
                *self._verbless(s),
                *self._bare_be(s),
                *self._bare_passive(s),
                *self._bare_ing_sentence(s),
                *self._bare_participle(s),
                *self._to_for_modal(s),
            )
        )

    @staticmethod
    def _to_for_modal(s: Sentence) -> Iterator[Hit]:
        """A subject pronoun or a relative `who` straight before `to` and a bare verb,
        where a clause begins (`At current levels, it to suffer a loss`, `investors, who
        to benefit if`, `as hollow as it to have done`): the clause's `will`, `would` or
        `might` was cut. An object before its infinitive (`wants it to`, `for it to
        work`) and a question word's infinitive (`knows who to ask`) pass."""
        if any(s.toks[k].text == "?" for k in s.indexes()):
            return  # who to believe?: a question's infinitive
        for n in range(s.first, s.last - 1):
            t, v = n + 1, n + 2
            word = s.word(n)
            if s.toks[t].text != "to" or s.toks[t].tag != "TO" or s.toks[v].tag != "VB":
                continue
            if word not in _SUBJECT_PRONOUNS and word != "who":
                continue
            h = s.toks[n].head  # the verb, or the participle after `to have`, `to be`
            if h != v and not (s.word(v) in ("have", "be") and s.toks[v].head == h > v):
                continue
            if s.toks[n].dep not in ("nsubj", "nsubjpass") or s.toks[t].head != h:
                continue
            if s.toks[h].dep not in _CLAUSE_DEPS or s.gap(n, t) != " " or s.gap(t, v) != " ":
                continue
            before = s.toks[n - 1] if n > s.first else None
            if before is not None:
                opens = before.text == "," or s.word(n - 1) in _MARKS or before.tag == "CC"
                if not opens or (word == "who" and before.text != ","):
                    continue  # wants it to, for it to, knows who to: an infinitive
            yield Hit(
                n,
                v,
                f"`{s.toks[n].text} to {s.toks[v].text}`: the clause has no finite verb; "
                "`will`, `would` or `should` lost?",
            )

    @staticmethod
    def _bare_participle(s: Sentence) -> Iterator[Hit]:
        """A participle that is never a past tense (`gone`, `taken`, `risen`) straight
        after a subject pronoun, with no auxiliary: `it gone on to showcase`, `they risen
        to the head`. Its `has` or `had` was cut. A condition (`had it gone`) passes."""
        for v in s.indexes():
            t = s.tags(v)
            if not t & VBN or t & (VBD | VB | VBZ | VBG) or s.toks[v].tag not in ("VBD", "VBN"):
                continue
            if s.children(v, "aux", "auxpass"):
                continue
            subjects = [k for k in s.children(v, "nsubj") if k < v]
            if not subjects:
                continue
            n = subjects[-1]
            if s.word(n) not in _SUBJECT_PRONOUNS and not _noun_before_participle(s, n, v):
                continue
            if any(s.toks[k].tag != "RB" for k in range(n + 1, v)):
                continue  # only an adverb may stand between: they never gone
            lead = s.left_edge(n)
            if lead > s.first and s.tags(lead - 1) & FINITE_AUX:
                continue  # had it gone, has it been: a question or a condition
            if lead > s.first and s.has("causative-verbs", s.lemma(lead - 1)):
                continue  # gets it done, getting it done: an object and its participle
            yield Hit(
                n,
                v,
                f"`{s.toks[v].text}` after `{s.toks[n].text}` has no `has`, `have` or "
                "`had` before it",
            )

    @staticmethod
    def _bare_passive(s: Sentence) -> Iterator[Hit]:
        """A sentence with no finite verb that the parser heads with a noun and a past
        participle straight after it, taking a `by` phrase, a `to` infinitive or a
        preposition: `Uganda's total foreign debt estimated at 1.5 billion dlrs.`, `No
        reason given for his departure.` The passive's `is` or `was` was cut. A
        participle inside a sentence that has its verb (`shares expected to fall were
        sold`) is a reduced relative and passes."""
        root = next((k for k in s.indexes() if s.toks[k].dep == "ROOT"), s.first)
        n, p = root, root + 1
        if s.toks[n].tag not in ("NN", "NNS") or s.is_name(n) or p > s.last:
            return
        if s.toks[p].tag != "VBN" or s.toks[p].dep != "acl" or s.toks[p].head != n:
            return
        if not s.tags(p) & VBN:
            return  # dividend payable April 1: an adjective the parser tagged a participle
        if s.toks[s.last].text != "." or s.left_edge(n) != s.first:
            return
        if sum(1 for k in s.indexes() if s.toks[k].text[:1].isalpha()) < _MIN_PASSIVE_WORDS:
            return  # Photo taken by Reuters.: a caption
        first = s.toks[s.first]
        if not first.text[:1].isupper() or not (
            first.tag in ("DT", "PRP$", "CD") or s.word(s.first + 1) in ("'s", "’s")
        ):
            return  # a bare noun opening a line: a heading, a list item
        if not any(
            s.toks[c].dep == "agent"
            or (s.toks[c].dep == "xcomp" and s.children(c, "aux"))
            # (a preposition after a form that may be a past: the date preyed on shares)
            or (s.toks[c].dep == "prep" and not s.tags(p) & VBD)
            for c in s.children(p)
        ):
            return
        if any(
            s.toks[k].tag in ("NN", "NNS")
            and s.tags(k) & (VB | VBZ)
            and s.toks[k - 1].tag in ("NN", "NNS")
            for k in range(p + 2, s.last)
        ):
            return  # the qualifications achieved by those in the scheme range: the verb
            # may be a word the parser read as a noun after a noun
        if any(
            (
                k != p
                and (
                    s.toks[k].tag in _FINITE_TAGS
                    or (s.tags(k) & _FINITE and s.toks[k].tag == "VBN")
                )
            )
            or s.toks[k].text in _QUOTES
            or s.toks[k].text in ("...", "…", ":", ";")
            for k in s.indexes()
        ):
            return  # a verb elsewhere: the participle is a reduced relative
        yield Hit(
            n,
            p,
            f"`{s.toks[p].text}` follows `{s.toks[n].text}` in a sentence with no finite "
            "verb: `is`, `are`, `was` or `were` lost?",
        )

    @staticmethod
    def _bare_ing_sentence(s: Sentence) -> Iterator[Hit]:
        """A sentence with no finite verb of its own that the parser heads with its
        subject and an -ing form after it: `The bureau investigating the phoney e-mails
        again.`, `News Corporation seeking to buy out minority investors ...` Its `is` or
        `was` was cut; the parse reads what is left as a noun and its participle phrase.
        Finite verbs of relative or subordinate clauses (`a bill which critics claim
        would`) do not count; captions (under eight words), quotations and headings
        pass."""
        root = next((k for k in s.indexes() if s.toks[k].dep == "ROOT"), s.first)
        n = root
        if s.toks[n].tag not in ("NN", "NNS", "NNP", "NNPS"):
            return
        p = n + 1
        while p <= s.last and s.toks[p].tag in ("RB", "RBR"):
            p += 1  # only an adverb may stand between: TransAmerican vigorously resisting
        if p > s.last or s.toks[p].tag != "VBG" or s.toks[p].dep != "acl":
            return
        if s.toks[p].head != n or not s.tags(p) & VBG or s.tags(p) & _FINITE:
            return
        first = s.toks[s.first]
        if s.toks[s.last].text != "." or s.left_edge(n) != s.first:
            return
        if not first.text[:1].isupper() or first.tag in ("VBG", "VBN", "IN"):
            return
        if s.first > 0 and s.toks[s.first - 1].text not in (".", "!", "?"):
            return  # the parser split a sentence in a list: ... included X, Channel 4 show Faking It
        if any(
            s.word(k) == "the" and s.toks[k + 1].tag in ("JJR", "RBR") for k in range(s.first, n)
        ):
            return  # the more cameras using it, the better: a comparison of two halves
        if sum(1 for k in s.indexes() if s.toks[k].text[:1].isalpha()) < _MIN_PASSIVE_WORDS:
            return  # Mr Smith arriving at court.: a caption
        if any(
            s.toks[k].tag in ("NN", "NNS")
            and s.tags(k) & (VBD | VBZ)
            and s.toks[k - 1].tag in ("NN", "NNS")
            for k in range(p + 2, s.last)
        ):
            return  # a verb the parser may have read as a noun after a noun
        if any(
            (s.toks[k].tag in _FINITE_TAGS or (s.tags(k) & _FINITE and s.toks[k].tag == "VBN"))
            and not _subordinate(s, k)
            for k in s.indexes()
        ) or any(
            s.toks[k].text in _QUOTES or s.toks[k].text in ("...", "…", ":", ";")
            for k in s.indexes()
        ):
            return
        yield Hit(
            n,
            p,
            f"`{s.toks[p].text}` follows `{s.toks[n].text}` in a sentence with no finite "
            "verb: `is`, `are`, `was` or `were` lost?",
        )

    def _bare_be(self, s: Sentence) -> Iterator[Hit]:
        """`been` or `be` after its own subject with nothing finite before it: `has`,
        `had`, `will` or `would` was cut (`a campaign been launched`, `it not been
        informed`, `his replacement be named`, `the adapter be available`). A subjunctive
        `be` (`demanded that he be named`, `whether it be`, `if need be`) and a bare
        infinitive (`let it be known`) pass."""
        for a in s.indexes():
            if s.word(a) not in _BARE_BE or s.toks[a].tag not in ("VB", "VBN"):
                continue
            dep = s.toks[a].dep
            v = s.toks[a].head if dep in ("aux", "auxpass") else a
            if v != a and (v < a or dep not in ("aux", "auxpass")):
                continue
            auxes = s.children(v, "aux", "auxpass")
            if any(k != a for k in auxes) or (v != a and s.children(a)):
                continue  # will have been, to be, having been: a form of its own
            subjects = [k for k in s.children(v, "nsubj", "nsubjpass") if k < a]
            if not subjects:
                continue  # so be it, be it ever so: inverted or a command
            n = subjects[-1]
            if not s.toks[n].tag.startswith(("NN", "PRP", "DT", "CD")) or s.word(
                n
            ) in _OBJECT_PRONOUNS - {"it"}:
                continue
            if any(s.toks[k].tag in ("MD", "TO") for k in range(n + 1, a)):
                continue  # the parser hung a modal elsewhere: it is still there
            lead = s.left_edge(n)
            before = {s.word(k) for k in range(max(s.first, lead - 3), lead)}
            if before & _INVERTING:
                continue  # had the awards not been brought forward: a condition
            if s.word(a) == "be":
                if (
                    before & _SUBJUNCTIVE_BE
                    or s.children(v, "mark")
                    or any(s.word(k) == "that" for k in range(s.first, lead))
                ):
                    continue  # whether it be, if need be, (asking) that the adjustment be
                head = s.toks[v].head
                # (the words before the subject too: the parser may hang the verb on it)
                near = [
                    k
                    for k in (head, lead - 1, lead - 2, *range(lead, n))
                    if k != v and k >= s.first
                ]
                if any(
                    s.has("causative-verbs", w) or s.has("mandative-words", w)
                    for k in near
                    for w in (s.word(k), s.lemma(k))
                ):
                    continue  # let it be known, help artists be discovered, demanding it
                    # be moved, requested the advert be removed: a bare infinitive or a
                    # subjunctive
                if (
                    (lead > s.first and s.toks[lead - 1].tag == "CC") or s.toks[v].dep == "conj"
                ) and any(s.toks[k].tag == "MD" for k in range(s.first, lead)):
                    continue  # should be done away with and equal facilities be provided: the
                    # modal governs both (or the parser joined a bare infinitive to it)
            yield Hit(
                n,
                a,
                f"`{s.toks[a].text}` follows its subject `{s.toks[n].text}` with no "
                "finite auxiliary: `has`, `had`, `will` or `would` lost?",
            )

    def _verbless(self, s: Sentence) -> Iterator[Hit]:
        """A clause the parser heads with a noun because it has no verb at all: a report
        put before its verb of saying (The minister in London, officials said) or a
        sentence (Prices higher than expected in March.)."""
        for n in s.indexes():
            t = s.toks[n]
            if not t.tag.startswith("NN") or t.dep not in ("ccomp", "ROOT"):
                continue
            first, last = s.left_edge(n), s.right_edge(n)
            if any(
                s.toks[k].text in _QUOTES or s.toks[k].text in ("...", "…", ":")
                for k in s.indexes()
            ):
                continue  # a quotation, a list trailing off, a topic after a colon
            if first != s.first or not s.toks[first].text[:1].isupper() or s.is_name(n):
                continue
            if first != n and not s.tags(first) & DET:
                continue  # No doubt about it. Good luck to the man: a fragment by design
            if any(
                s.toks[k].tag in ("VBN", "VBG")
                and s.tags(k) & VBD
                and s.word(k - 1) not in _ELLIPSIS
                for k in range(first + 1, s.last + 1)
            ):
                continue  # The survey of 5,000 households pointed to ...: a verb misread as a participle
            after = n + 1
            if after > last or s.toks[after].tag not in _PREDICATE_TAGS:
                continue  # the predicate the copula stood before: in London, higher
            if any(
                s.tags(k) & (VBD | VBZ)
                and s.toks[k].text.islower()
                and s.toks[k - 1].tag.startswith("NN")
                for k in range(first + 1, last + 1)
                if k not in (n, after)
            ):
                continue  # a schedule for the next years mitigates, the bureau channels funds:
                # a verb misread as a noun
            if t.dep == "ccomp":
                head = t.head
                if head < n or not s.has("report-verbs", s.lemma(head)):
                    continue
                if s.toks[last + 1].text != "," or any(
                    s.toks[k].tag.startswith(("VB", "MD")) for k in range(first, last + 1)
                ):
                    continue
            elif (
                any(s.toks[k].tag in _FINITE_TAGS for k in s.indexes())
                or s.toks[s.last].text != "."
                or s.toks[after].tag == "IN"
                or (
                    first > 0
                    and s.toks[first - 1].text[-1:] == "."
                    and len(s.toks[first - 1].text) > 1
                )
            ):
                # (than expected: a participle is no finite verb.) A sentence of its own
                # needs an adjective after the noun: The first machine with a true OS. is a
                # fragment by design, and so may be one after an abbreviation's full stop.
                continue
            yield Hit(
                n,
                after,
                f"`{t.text}` has no verb before `{s.toks[after].text}` "
                "(`is`, `are`, `was`, `were`?): the clause has no finite verb",
            )

    def _bare_ing(self, s: Sentence) -> Iterator[Hit]:
        """An -ing form the parser gives a subject and no auxiliary (investors moving)."""
        for v in s.indexes():
            t = s.toks[v]
            if t.tag != "VBG" or s.children(v, "aux", "auxpass", "cop"):
                continue
            forms = s.tags(v)
            if not forms & VBG or forms & _FINITE:
                continue
            subjects = s.subjects_before(v)
            if not subjects:
                continue
            n = subjects[-1]
            if s.lex.tag(s.word(n)) & PRON_O or s.toks[n].tag in ("PRP$", "POS"):
                continue  # him winning, his leaving: a gerund with its owner
            if any(s.toks[k].tag == "POS" for k in range(s.left_edge(n), v)):
                continue
            if _under_preposition(s, v) or not _ing_kind(s, n, v):
                continue
            if _not_a_clause(s, n, v):
                continue
            # (you and it are pronouns too: no participle phrase hangs on them, so a
            # finite verb later is another clause's: if you giving them food they will)
            pronoun = (
                s.lex.tag(s.word(n)) & PRON_S
                or s.toks[n].tag in _WH_SUBJECTS
                or s.word(n) in _SUBJECT_PRONOUNS
                or s.word(n) == "you"
            )
            if (
                t.dep != "ROOT"
                and not pronoun
                and any(
                    s.toks[k].tag in _FINITE_TAGS and not _clause_under(s, k, v)
                    for k in range(v + 1, _stop(s, v))
                )
            ):
                continue  # that voters watching him will bear: the finite verb comes later
                # (one of a clause the -ing form governs, `as the outlook darkened`, is not it)
            yield Hit(
                n,
                v,
                f"`{t.text}` has the subject `{s.toks[n].text}` but no auxiliary "
                "(`is`, `are`, `was`, `were`?): the clause has no finite verb",
            )

    # One case per auxiliary or dependency, read in the order the grammar gives them.
    def _participles(self, s: Sentence) -> Iterator[Hit]:  # noqa: C901, PLR0912
        for v in s.indexes():
            dep = s.toks[v].dep
            if dep not in _CLAUSE_DEPS:
                continue
            t = s.tags(v)
            if not t & (VBG | VBN) or t & _FINITE or s.is_name(v):
                continue  # unknown, or could be finite (cut, said)
            if s.children(v, "aux", "auxpass", "cop"):
                continue
            subjects = [k for k in s.children(v, "nsubj", "nsubjpass") if k < v]
            if not subjects:
                continue
            n = subjects[-1]
            reported = dep == "ccomp" and not s.children(v, "mark")
            if (s.word(n) in _OBJECT_PRONOUNS and not (reported and s.word(n) == "it")) or not (
                s.toks[n].tag.startswith(("NN", "PRP")) or s.word(n) in _DEMONSTRATIVES
            ):
                continue
            if s.toks[n].tag == "NN" and s.tags(n) & VB:
                continue
            if any(s.toks[k].text in ("...", "…") for k in s.indexes()):
                continue  # a list trailing off: not a sentence
            if any(s.toks[k].text in _QUOTES for k in range(n + 1, v)):
                continue  # Mr P. "Never known such a fuss: a quotation starts between them
            lead = s.left_edge(n)
            if lead > 0 and s.toks[lead - 1].text == ":":
                continue  # one of the challenges of the century: protein folding. A topic
            end = _stop(s, v) if dep == "advcl" else s.last + 1
            if any(s.toks[k].tag in ("MD", "VBZ", "VBP", "VBD") for k in range(v + 1, end)):
                continue  # voters watching him will bear ...: the finite verb comes later
            if s.toks[n + 1].text == ",":
                continue  # Bangor, beaten 5-1 by Newry, will ...: an apposition
            mark_tokens = s.children(v, "mark")
            if any(k > s.first and s.toks[k - 1].tag in _COMPARATIVE for k in mark_tokens):
                continue  # as much as someone going down the road: a comparison
            marks = [s.word(k) for k in mark_tokens]
            if dep == "ROOT":
                # A main clause: the whole sentence must lack a finite verb and end in a full stop.
                if marks or any(
                    s.tags(k) & _FINITE and s.toks[k].tag.startswith(("VB", "MD"))
                    for k in s.indexes()
                    if k != v
                ):
                    continue
                if (
                    s.toks[s.last].text != "."
                    or s.left_edge(n) != s.first
                    or not s.toks[s.first].text[:1].isupper()
                ):  # protein folding. (after a colon): a named topic, not a sentence
                    continue
            elif not marks and dep == "ccomp":
                head = s.toks[v].head
                if head > n or not s.has("report-verbs", s.lemma(head)):
                    continue  # saw prices rising, found it working: object and participle
            elif len(marks) != 1 or marks[0] not in _MARKS:
                continue
            yield Hit(
                n,
                v,
                f"`{s.toks[v].text}` has the subject `{s.toks[n].text}` but the clause has no finite verb",
            )
