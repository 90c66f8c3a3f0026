"""WL438 lost-subject: a finite verb whose subject pronoun was deleted (parser tier)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from wirelint.diagnostics import Severity
from wirelint.document.model import Document, PartKind
from wirelint.grammar.lexicon import MASS, PRON_S, VBD, VBZ, Lexicon
from wirelint.grammar.parsed import Hit, ParserRule, Sentence, first_hit_per_place
from wirelint.grammar.parser import Parse
from wirelint.registry import Context

_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")
#: Tags of a word after a sentence-opening auxiliary that show no subject stands
#: between them (Was subsequently replaced, Is based on, Has been): an inverted question
#: or condition puts its subject there instead (Is it, Had the bank known).
_PREDICATE_TAGS = frozenset({"RB", "VBN", "VBG", "JJ", "JJR", "IN", "TO"})
#: Tags of a subject that follows an auxiliary in an inverted clause (when will they).
_INVERTED_SUBJECT_TAGS = frozenset({"PRP", "DT", "NNP", "NNPS", "EX", "PRP$", "CD", "NN", "NNS"})
_OPENERS_KEY = "finite-clause-openers"
_SUBJECT_OPENERS_KEY = "subject-openers"
#: Determiners after a sentence-opening `Is`, `Are`, `Was` that start its complement
#: (Is a send-up of ..., Was the first athlete to ...) when the sentence asks nothing.
_COMPLEMENT_OPENERS = frozenset({"a", "an", "the"})
#: Opening copulas that do not invert a condition (Were the bank to fail, Had it known).
_OPENING_COPULAS = frozenset({"Is", "Are", "Was"})
_AUXILIARIES_KEY = "subjectless-auxiliaries"
#: Auxiliaries that open an inverted condition (had the government acted, were prices
#: to fall, should the talks fail): their subject follows them.
_CONDITION_AUXILIARIES = frozenset({"had", "were", "should"})
_ADVERB_OPENERS_KEY = "adverb-openers"


class LostSubject(ParserRule):
    """A finite verb standing where only its subject can: the pronoun before it was deleted.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and reports a
    finite verb whose subject is missing from a place where English always writes one:
    - a subordinator straight before a finite auxiliary (`when was forced to retire`,
      `when is auctioned`, `if should fail`); a question (`When will they act?`) has
      its subject after the auxiliary and passes;
    - a sentence that opens with a finite auxiliary and a predicate (`Was subsequently
      replaced as captain`, `Is now apparent`, `Are also being modified`) or with a
      past or present verb that the parser finds no subject for (`Joined a ticket with
      the late Harry Browne.`), after an opening quotation mark too (`"is possible
      Nakasone will be given carte blanche`); questions, commands (base forms) and
      participle openings followed by their clause (`Founded in 1990, the firm ...`)
      or by a singular count noun with no article, which they modify (`Predicted
      chart-topper ...`), pass, and so do list items and summary bullets, which share the subject of the
      line that leads into them by style (`- Announced a package for the sugar industry`);
    - a report closed by its verb of saying alone (`..., the company said.` with
      `the company` deleted: `..." said.`) or by a subject alone (`..." he.`);
    - `am` with no `I` (`But am sceptical`);
    - `after`, `before`, `since`, `until` or `where` straight before a finite auxiliary
      (`after was confirmed`; the pack list `subject-openers`), a sentence opening on
      `Is`, `Are` or `Was` and a determiner with no question mark (`Is the first
      athlete to be banned ...`) in a paragraph that asks nothing; `as was expected`,
      `than before does` and `the company since has` (adverbs) pass;
    - a verb of saying straight before a finite auxiliary with no subject (`government
      sources said was unclear`, `... and says is responsible`); a verb of saying in a
      relative clause (`which he said was`, `the thing he said was`, `what she said is`),
      also a second one joined to a bare relative clause left with its gap (`one I am
      happy with and I think will`), and an inverted condition after the verb (`he said
      had the council acted`) pass.

    ## Why it matters
    A deleted pronoun leaves a sentence whose every word is spelled right and whose
    verb still agrees with nothing: the reader cannot tell who did what. It is among
    the commonest slips of cutting a sentence down in a hurry.

    ## Example
    ```text
    Retirement

    Santoro completed a miserable day for France when was forced to retire with an injury.
    ```
    `when was` is reported: `when he was`?
    """

    code = "WL438"
    name = "lost-subject"
    severity = Severity.WARNING
    defers_to = ("WL401", "WL402", "WL414")

    def story_test(
        self, parses: Sequence[Parse], lex: Lexicon, doc: Document, ctx: Context
    ) -> Callable[[Sentence, Hit], bool] | None:
        bullets = {p.text for p in doc.parts if p.kind is PartKind.BULLET}
        if not bullets:
            return None
        # A bullet opening on its verb shares the lead-in's subject (he announced: -
        # Pledged ..., - Increased ...): only its opening is exempt, not the rest of it.
        return lambda s, hit: not (s.text in bullets and hit.first <= s.first + 1)

    def find(self, s: Sentence) -> Iterator[Hit]:
        yield from first_hit_per_place(
            (
                *self._after_opener(s),
                *self._opening_verb(s),
                *self._bare_report(s),
                *self._am(s),
                *self._after_report(s),
            ),
            "first",
        )

    @staticmethod
    def _after_report(s: Sentence) -> Iterator[Hit]:
        """A verb of saying straight before a finite auxiliary that has no subject
        (`government sources said was unclear when`, `and says is responsible for`): the
        report's subject pronoun went. The speaker's clause must open where a clause
        opens (the thing he said was true, what she said is: a relative clause's verb)."""
        for k in range(s.first + 1, s.last - 1):
            a = k + 1
            if s.toks[k].tag not in ("VBD", "VBZ", "VBP") or not s.has("report-verbs", s.lemma(k)):
                continue
            if s.gap(k, a) != " " or not s.has(_AUXILIARIES_KEY, s.toks[a].text):
                continue  # (lowercase only)
            subjects = [c for c in s.children(k, "nsubj") if c < k]
            if not subjects and not (s.toks[k].dep == "conj" and s.toks[k - 1].tag == "CC"):
                continue  # (has charted ... and says is: the verb shares its subject)
            start = s.left_edge(subjects[0]) if subjects else k
            if (
                subjects
                and start > s.first
                and not (
                    s.toks[start - 1].tag in ("CC", ",", "``", "''", ":")
                    or s.toks[start - 1].text in _QUOTES
                )
            ):
                continue
            if (
                subjects
                and start > s.first + 1
                and s.toks[start - 1].text == ","
                and s.toks[start - 2].tag.startswith(("NN", "PRP"))
            ):
                continue  # Japan, I think, will: the report is set off inside its clause
            if any(s.toks[m].tag in ("WP", "WDT", "WRB") for m in range(s.first, k)):
                continue  # what the minister said was, how he says is
            if LostSubject._second_relative(s, k):
                continue
            verb = s.toks[a].head if s.toks[a].dep in ("aux", "auxpass") else a
            if any(s.children(v, *_SUBJECT_DEPS) for v in {a, verb}):
                continue
            if s.toks[a].text in _CONDITION_AUXILIARIES and any(
                s.left_edge(c) == a + 1
                for v in range(a + 2, min(a + 10, s.last + 1))
                for c in s.children(v, "nsubj", "nsubjpass")
            ):
                continue  # he said had the government not delayed, ... would: an inverted condition
            yield Hit(
                k,
                a,
                f"no subject between `{s.toks[k].text}` and `{s.toks[a].text}`: "
                "a pronoun (he, it, they) lost?",
            )

    @staticmethod
    def _second_relative(s: Sentence, k: int) -> bool:
        """Is the report verb k joined by a conjunction to a bare relative clause, one
        left with its gap (an option I am happy with and I think will work)? Then its
        clause is a second relative clause on the same noun, whose subject is the gap."""
        head = s.toks[k].head
        if s.toks[k].dep != "conj" or head >= k:
            return False
        if s.toks[head].dep == "relcl":
            return True
        return any(
            s.toks[m].dep == "prep" and not s.children(m, "pobj", "pcomp")
            for m in range(s.left_edge(head), s.left_edge(k))
        )

    @staticmethod
    def _question(s: Sentence) -> bool:
        return any(s.toks[k].text == "?" for k in s.indexes())

    @staticmethod
    def _asks(s: Sentence, j: int) -> bool:
        """Is the sentence opened by the copula j a question that lost its question mark
        (Is the DRM really harmful ...): a subject after the copula and its predicate
        after the subject?"""
        return any(
            s.toks[min(s.right_edge(k) + 1, s.last)].tag in ("RB", "JJ", "JJR", "VBN", "VBG")
            for k in s.children(j, *_SUBJECT_DEPS)
        )

    def _after_opener(self, s: Sentence) -> Iterator[Hit]:
        for k in range(s.first, s.last - 1):
            if not (s.has(_OPENERS_KEY, s.word(k)) or s.has(_SUBJECT_OPENERS_KEY, s.word(k))):
                continue
            a = k + 1
            if s.gap(k, a) != " " or not s.has(_AUXILIARIES_KEY, s.toks[a].text):
                continue  # (lowercase only: May, Will and Can are names too)
            if s.toks[a + 1].tag in _INVERTED_SUBJECT_TAGS or self._question(s):
                continue  # when will the bank act?
            if k > s.first and (
                s.toks[k - 1].tag.startswith(("VB", "RB"))
                or (s.has(_ADVERB_OPENERS_KEY, s.word(k)) and s.toks[k - 1].tag.startswith("NN"))
            ):
                continue  # was scrapped though was, the party though was: an adverb
            if k > s.first and s.word(k - 1) == "than":
                continue  # more than before does: an adverb
            yield Hit(
                k,
                a,
                f"no subject between `{s.toks[k].text}` and `{s.toks[a].text}`: "
                "a pronoun (he, it, they) lost?",
            )

    def _opening_verb(self, s: Sentence) -> Iterator[Hit]:
        if self._question(s):
            return
        starts = [s.first] + [
            k
            for k in range(s.first + 1, s.last - 1)
            if s.toks[k].text in _QUOTES and s.toks[k - 1].text == ":"
        ]
        for k in starts:
            yield from self._opening_at(s, k)

    def _opening_at(self, s: Sentence, j: int) -> Iterator[Hit]:
        """The sentence, or a quotation after a colon, opening at token j."""
        quoted = s.toks[j].text in _QUOTES
        if quoted:
            j += 1
        if j >= s.last or not s.toks[j].text.isalpha():
            return
        word = s.toks[j].text
        if word[:1].islower() and not quoted:
            return  # a sentence the splitter cut mid-way, or copy in lower case
        if word[:1].islower() and j > 1 and s.toks[j - 2].text not in (":", ".", "!", "?"):
            return  # a quotation woven into the sentence (called it "a disgrace")
        if s.has(_AUXILIARIES_KEY, word.lower()):
            nxt = s.toks[j + 1]
            if (
                word in _OPENING_COPULAS
                and nxt.text in _COMPLEMENT_OPENERS
                and "?" not in s.text
                and not self._asks(s, j)
            ):
                yield Hit(
                    j,
                    j,
                    f"`{word}` opens the sentence with no subject: a pronoun (he, it, they) lost?",
                )
                return  # Is a send-up of, Was the first to: a statement (no question mark)
            if s.toks[j].tag.startswith("NNP") or nxt.tag not in _PREDICATE_TAGS:
                return  # Will Smith, Had the bank: a name or an inverted subject
            if nxt.text.lower() in ("not", "n't") or (
                nxt.tag == "JJ" and s.toks[j + 2].tag in ("NN", "NNS")
            ):
                return  # Had not the bank, Were economic conditions: an inverted subject
            yield Hit(
                j, j, f"`{word}` opens the sentence with no subject: a pronoun (he, it, they) lost?"
            )
            return
        t = s.toks[j]
        if t.tag not in ("VBD", "VBZ") or t.dep != "ROOT" or not s.tags(j) & (VBD | VBZ):
            return
        if s.children(j, *_SUBJECT_DEPS) or s.toks[j + 1].text in (",", ":"):
            return  # Founded in 1990, the firm ...: a participle opening its sentence
        if s.lemma(j) == "say":
            return  # Said one trader: a report with its subject after the verb
        nxt = s.toks[j + 1]
        if nxt.tag == "NN" and nxt.text.islower() and not s.tags(j + 1) & MASS:
            # Predicted chart-topper Do They Know It's Christmas? is expected: a count
            # noun with no article is no object; the -ed word modifies it.
            return
        if any(s.children(k, *_SUBJECT_DEPS) and s.finite(k) for k in s.indexes() if k != j):
            return  # another clause has a subject the verb may share
        yield Hit(
            j, j, f"`{word}` opens the sentence with no subject: a pronoun (he, it, they) lost?"
        )

    @staticmethod
    def _bare_report(s: Sentence) -> Iterator[Hit]:
        last = s.last
        if s.toks[last].text != "." or last - s.first < 4:
            return
        v = last - 1
        before = s.toks[v - 1].text
        if before != "," and before not in _QUOTES:
            return
        t = s.toks[v]
        if s.children(v, *_SUBJECT_DEPS):
            return
        if before == "," and s.toks[v - 2].text not in _QUOTES:
            # After a comma the words before must be the report itself, a clause with its
            # verb (prices could drop, said), not the speaker set off by commas (the
            # Kansas Republican, a likely candidate next year, said).
            k = v - 2
            while k > s.first and s.toks[k].text != ",":
                k -= 1
            if not any(s.toks[m].tag in ("VBD", "VBZ", "VBP", "MD") for m in range(k, v - 1)):
                return
        if t.tag in ("VBD", "VBZ") and s.has("report-verbs", s.lemma(v)):
            yield Hit(v, v, f"`{t.text}` ends the report with no subject: who {t.text} it?")
        elif t.text.islower() and s.tags(v) & PRON_S:
            yield Hit(v, v, f"`{t.text}` ends the report with no verb: `{t.text} said`?")

    @staticmethod
    def _am(s: Sentence) -> Iterator[Hit]:
        for k in s.indexes():
            if s.toks[k].text != "am" or s.toks[k].tag != "VBP":
                continue
            if k > 0 and s.toks[k - 1].tag in ("NNP", "CD"):
                continue  # Welt am Sonntag, 9 am
            # I love this club and am happy: the I may stand a few words back
            near = range(max(0, k - 6), min(len(s.toks) - 1, k + 1) + 1)
            if not any(s.toks[m].text in ("I", "i") for m in near if m != k):
                yield Hit(k, k, "`am` with no `I`: the subject lost?")
