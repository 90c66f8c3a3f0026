"""WL422 lost-copula: a subject whose `is`, `are`, `was` or `were` was deleted (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import CLOSED, JJ, NOUN, UNK, VB, VBD, VBG, VBN, VBZ, VERB
from wirelint.grammar.parsed import FINITE_TAGS, Hit, ParserRule, Sentence

#: Subject pronouns that never stand as objects, and `it` where a clause starts.
_SUBJECT_PRONOUNS = frozenset({"he", "she", "we", "they", "i", "it"})
#: Words after which a clause, and so its subject, starts.
_OPENING_TAGS = frozenset({",", "CC", "``", "''", ":", "-LRB-"})
_OPENING_DEPS = frozenset({"mark", "cc"})
#: Forms of `have` that `been` stands after.
_HAVE = frozenset({"has", "have", "had", "having", "'ve", "’ve", "'d", "’d", "'s", "’s"})
#: Adjectives a subject pronoun takes without a verb (they alone, we ourselves).
_PRONOUN_FOLLOWERS = frozenset({"alone", "both", "all", "each", "too", "either", "neither"})


def _adjective_only(tags: int) -> bool:
    """Does the word-form table know the word as an adjective and as nothing a verb,
    a noun or a function word could be?"""
    return bool(tags & JJ) and not tags & (VERB | NOUN | UNK | CLOSED)


class LostCopula(ParserRule):
    """A clause whose subject stands straight before what the copula introduced.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and reports a
    clause that lost `is`, `are`, `was` or `were` where the words left cannot be read
    any other way:
    - a subject pronoun at the start of a clause followed straight away by an
      adjective (`it hard to do this job`, `we careful to avoid`, `Filippello said it
      fair to assume`); a pronoun after a verb is its object (`made it clear`) and
      passes;
    - `there` opening a clause followed by a noun phrase and no verb (`and there no
      changes`);
    - a past form with a subject, a `by` phrase of the doer and no object, where the
      passive lost its `was` (`He subsequently replaced as captain by Robinson`);
    - a word the parser had to read as the clause's finite verb although the
      word-form table knows it only as an adjective (`the dealers uncertain how`);
    - an -ing form as the main clause's verb straight after its subject, with no
      auxiliary and no finite verb in the sentence but a report frame after it
      (`Libyan troops hastily evacuating their stronghold, sources said`); captions
      of under eight words (`Mr Smith arriving at court`), an -ing phrase inside a
      subject whose verb follows (`utilities relying on Transco ..., will face`) and a
      list of such phrases (`homophobia being one. Unequal rights being another.`) pass,
      as does an -ing form after a verb that takes one, read as a noun (`Lisbon risks
      becoming`; the pack's `gerund-only`).
    - `been` with no `has`, `have` or `had` (nor a modal) after the subject of its
      clause (`he been consistent on tax`: the `has` went); a second verb that shares the
      first's auxiliary (`had left and been replaced`) passes.
    A passive shared by a list of reduced items, each with its doer (`Some maintained by
    Red Hat staff, some by volunteers`), passes.
    Names and words the table does not know pass.

    ## Why it matters
    A deleted copula is the commonest slip of a quick edit; every word left is spelled
    right, so no spelling check sees it, and the sentence reads as a headline.

    ## Example
    ```text
    Bank move

    The bank said it fair to assume that rates would rise.
    ```
    `it fair` is reported: `it is fair`?
    """

    code = "WL422"
    name = "lost-copula"
    severity = Severity.WARNING

    def find(self, s: Sentence) -> Iterator[Hit]:
        yield from self._pronoun_adjective(s)
        yield from self._there(s)
        yield from self._passive(s)
        yield from self._adjective_as_verb(s)
        yield from self._bare_ing(s)
        yield from self._been_without_have(s)

    @staticmethod
    def _opens_clause(s: Sentence, j: int) -> bool:
        if j == s.first:
            return True
        prev = s.toks[j - 1]
        return (
            prev.tag in _OPENING_TAGS
            or prev.dep in _OPENING_DEPS
            or (prev.tag.startswith("VB") and s.has("report-verbs", s.lemma(j - 1)))
        )

    def _pronoun_adjective(self, s: Sentence) -> Iterator[Hit]:
        for p in range(s.first, s.last):
            q = p + 1
            if s.word(p) not in _SUBJECT_PRONOUNS:
                continue
            if s.toks[q].tag not in ("JJ", "JJR") and not (
                s.toks[q].tag == "RB" and s.toks[p].head == q and s.toks[p].dep == "nsubj"
            ):
                continue  # (It hard to do: the parser calls it an adverb with a subject)
            if s.word(q) in _PRONOUN_FOLLOWERS or s.gap(p, q) != " ":
                continue
            if q < s.last and s.has("adverbial-nouns", s.word(q + 1)):
                continue  # after he last week unveiled: a time phrase before the verb
            tags = s.tags(q)
            if not tags & JJ or tags & (VBD | VBN | VBG | VBZ | UNK | CLOSED):
                # (the parser's tag decides between an adjective and a base form or a
                # noun: it fair to assume; a past or -ing form may be the verb itself)
                continue  # a form that may be a verb or a noun, or one the table lacks
            if not self._opens_clause(s, p) or (
                p > s.first and s.has("object-complement-verbs", s.lemma(p - 1))
            ):
                continue  # made it clear, thinks it worth waiting: an object and its complement
            if any(s.toks[k].tag in ("VBD", "VBZ", "VBP", "MD") and k < q for k in s.children(q)):
                continue
            yield Hit(p, q, f"`{s.toks[p].text} {s.toks[q].text}` has no verb: `is`, `are`, `was`?")

    def _there(self, s: Sentence) -> Iterator[Hit]:
        for k in range(s.first, s.last):
            if s.word(k) != "there" or not self._opens_clause(s, k):
                continue
            nxt = s.toks[k + 1]
            if nxt.tag not in ("DT", "NN", "NNS", "JJ", "CD") or s.gap(k, k + 1) != " ":
                continue
            if s.tags(k + 1) & VERB:
                continue
            head = s.toks[k].head
            if s.toks[k].dep == "advmod" and head < k:
                continue  # a verb before it takes it as its adverb: went, and there a day later
            if any(
                s.toks[a].tag in ("VBD", "VBZ", "VBP", "MD")
                and s.toks[a].head in (k, head)
                and a > k
                and s.toks[a].dep != "relcl"
                for a in range(k + 1, min(s.last + 1, k + 4))
            ):
                continue
            yield Hit(
                k,
                k + 1,
                f"`{s.toks[k].text} {nxt.text}` has no verb: `there is`, `there are`, `there was`?",
            )

    def _passive(self, s: Sentence) -> Iterator[Hit]:
        for v in s.indexes():
            t = s.toks[v]
            if t.tag not in ("VBD", "VBN") or t.dep != "ROOT":
                continue
            agents = s.children(v, "agent")
            if not agents or s.children(v, "aux", "auxpass", "dobj", "ccomp", "prt", "dative"):
                continue
            if any(
                s.toks[k].tag == "CD" or s.children(k, "nummod") or s.has("margin-nouns", s.word(k))
                for a in agents
                for k in s.children(a, "pobj")
            ):
                continue  # trailed by two points, voted by a large majority: a margin
            subjects = [k for k in s.children(v, "nsubj") if k < v]
            if not subjects or not self._opens_clause(s, s.left_edge(subjects[-1])):
                continue
            if self._gapped_list(s, v):
                continue  # Some maintained by Red Hat staff, some by volunteers: a list
                # of reduced items, each with its doer
            if s.punct_between(subjects[-1], v) or any(
                s.toks[k].tag in ("VBD", "VBZ", "VBP", "MD")
                and (k > v or s.toks[k].dep in ("conj", "ROOT"))
                for k in s.indexes()
                if k != v
            ):
                continue  # messages stopped by X has risen, Irish trailed and Gold said:
                # the finite verb stands elsewhere
            yield Hit(
                subjects[-1],
                v,
                f"`{t.text}` with a `by` phrase and no `was`, `were`: the passive lost its auxiliary?",
            )

    def _adjective_as_verb(self, s: Sentence) -> Iterator[Hit]:
        for v in s.indexes():
            t = s.toks[v]
            if t.tag not in ("VBP", "VBZ", "VBD") or not t.text.islower():
                continue
            if not _adjective_only(s.tags(v)) or t.text.endswith("ed"):
                continue  # (a past form the table lacks: depended, overshot the runway)
            if s.children(v, "dobj", "dative", "ccomp"):
                continue
            subjects = [k for k in s.children(v, "nsubj") if k < v]
            if not subjects or not self._opens_clause(s, s.left_edge(subjects[-1])):
                continue
            yield Hit(
                subjects[-1],
                v,
                f"`{t.text}` is no verb: `is`, `are`, `was`, `were` before it?",
            )

    def _bare_ing(self, s: Sentence) -> Iterator[Hit]:
        """An -ing form as the main clause's verb, straight after its subject (an adverb
        between), with no auxiliary: `Viruses ... also getting rarer`, `Libyan troops
        hastily evacuating their last stronghold`: the `is`, `are`, `was`, `were` went."""
        for v in s.indexes():
            t = s.toks[v]
            if t.tag != "VBG" or s.children(v, "aux", "auxpass"):
                continue
            h = t.head
            if t.dep == "ccomp" and h > v and s.has("report-verbs", s.lemma(h)):
                others = [m for m in s.indexes() if m < v or m > h]
            elif t.dep == "ROOT":
                others = list(s.indexes())
            else:
                continue  # (with prices rising, saw shares falling: no clause of its own)
            subjects = [k for k in s.children(v, "nsubj") if k < v]
            if not subjects or s.toks[subjects[-1]].tag not in ("NN", "NNS", "NNP", "NNPS", "PRP"):
                continue
            if subjects[-1] == s.first and s.tags(s.first) & VB:
                continue  # Imagine editing Titanic: a command, its verb read as a noun
            if subjects[-1] == v - 1 and s.has("gerund-only", s.lemma(v - 1)):
                continue  # Lisbon risks becoming: a verb that takes an -ing form, read as a noun
            k = s.right_edge(subjects[-1]) + 1
            if any(
                s.toks[m].tag not in ("RB", "RBR") or not s.toks[m].text.islower()
                for m in range(k, v)
            ):
                continue  # only adverbs between the subject and the verb (TV Imagine
                # editing: a heading run into its paragraph)
            if not self._opens_clause(s, s.left_edge(subjects[-1])) or s.punct_between(
                subjects[-1], v
            ):
                continue
            if s.last - s.first < 7 or any(s.toks[m].tag in FINITE_TAGS for m in others):
                continue  # a caption (Mr Smith arriving at court); a verb elsewhere (only
                # the report's frame may have one: ..., military sources said)
            if self._verb_after_phrase(s, v) or self._continues_list(s, v):
                continue
            yield Hit(
                subjects[-1],
                v,
                f"`{t.text}` has no auxiliary: `is`, `are`, `was`, `were` before it?",
            )

    def _been_without_have(self, s: Sentence) -> Iterator[Hit]:
        """`been` with no `has`, `have` or `had` after the subject of its clause: `he been
        consistent`, `OS/2 been the staple` (the `has` went). (A bare `be` is left alone:
        wire copy writes the subjunctive often, `urged that the quotas be abandoned`.)"""
        for b in s.indexes():
            if s.toks[b].text != "been":
                continue
            # `been` may be the verb itself or the auxiliary of a passive or -ing form:
            # the clause's auxiliaries hang on that verb.
            v = s.toks[b].head if s.toks[b].dep in ("aux", "auxpass") else b
            auxes = [a for a in s.children(v, "aux", "auxpass") if a < b]
            if any(s.toks[a].tag in ("MD", "TO") or s.word(a) in _HAVE for a in auxes):
                continue
            subjects = [k for k in s.children(v, "nsubj", "nsubjpass", "expl") if k < b]
            if not subjects or s.toks[v].dep not in ("ROOT", "conj", "ccomp", "relcl", "advcl"):
                continue  # no subject of its own before it
            k = subjects[-1]
            if s.toks[v].dep == "conj" and s.children(s.toks[v].head, "aux"):
                continue  # had left and been replaced: the first verb's auxiliary serves both
            if any(
                s.toks[m].tag in ("MD", "TO") or s.word(m) in _HAVE
                for m in range(max(s.first, s.left_edge(k) - 1), b)
            ):
                continue  # they would not have been, had the sales not been: the auxiliary
                # stands before (or before its subject, inverted), unparsed
            yield Hit(k, b, "`been` with no `has`, `have`, `had` before it: an auxiliary lost?")

    @staticmethod
    def _gapped_list(s: Sentence, v: int) -> bool:
        """Does a comma after participle v open a second item that names only its subject
        and its doer (`Some maintained by Red Hat staff, some by volunteers`)? The
        participle is shared by a list of reduced items, not a passive that lost `was`."""
        after = [k for k in range(v + 1, s.last) if s.toks[k].text == ","]
        return any(
            s.word(k + 2) == "by" or (k + 3 <= s.last and s.word(k + 3) == "by")
            for k in after
            if k + 2 <= s.last and not any(s.toks[m].tag.startswith("VB") for m in (k + 1, k + 2))
        )

    @staticmethod
    def _verb_after_phrase(s: Sentence, v: int) -> bool:
        """Does a finite verb the parser hangs on the -ing form (as a conjunct or a loose
        dependent) follow it (utilities along the seaboard relying on Transco for gas,
        such as ..., will face)? The -ing phrase sits inside the subject of that verb."""
        return any(s.finite(c) for c in s.children(v, "conj", "dep", "parataxis") if c > v)

    @staticmethod
    def _continues_list(s: Sentence, v: int) -> bool:
        """Does the sentence before this one (in the paragraph) use the same -ing form
        with no auxiliary (homophobia being one of them. Unequal rights for women being
        another.)? A run of such phrases is a list, not a clause that lost its verb."""
        start = s.first - 1
        while start > 0 and not s.toks[start].sent_start:
            start -= 1
        before = range(max(start, 0), s.first)
        # (the sentence view knows its own words' children only: read the heads here)
        return any(
            s.toks[k].tag == "VBG"
            and s.lemma(k) == s.lemma(v)
            and not any(s.toks[a].head == k and s.toks[a].dep in ("aux", "auxpass") for a in before)
            for k in before
        )
