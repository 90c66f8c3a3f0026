"""WL411 auxiliary-verb-form: the verb an auxiliary governs has the wrong form (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import (
    BE,
    BE_X,
    DO,
    HAVE,
    HAVE_X,
    JJ,
    MASS,
    MODAL,
    NN,
    NNS,
    VB,
    VBG,
    VBN,
    VBZ,
    VERB,
)
from wirelint.grammar.parsed import Hit, ParserRule, Sentence

_AUX_DEPS = ("aux", "auxpass")
#: Tags of a finite auxiliary or a modal (is, has, did, would).
_FINITE_AUX_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
#: What may stand between a modal, do or to and its verb: adverbs and a subject pronoun.
_CLAUSE_DEPS = frozenset({"mark", "nsubj", "nsubjpass", "expl"})
#: Words that make the next noun-or-verb word a noun (have most hold over, has no say).
_DETERMINER_TAGS = frozenset({"JJ", "JJR", "JJS", "DT", "CD", "PRP$"})
#: Tags of a word that opens a verb's object or clause (the, its, whether, which).
_OBJECT_OPENERS = frozenset({"DT", "PRP$", "WDT", "WP", "WRB"})
_INNER_TAGS = frozenset({"RB", "RBR", "RBS", "PRP"})
#: Words after `had` that make an idiom with a base form (had better go, had best leave).
_IDIOM_ADVERBS = frozenset({"better", "best", "rather", "sooner"})


def _not_a_verb_form(s: Sentence, a: int, v: int, t: int) -> bool:
    """Readings of auxiliary a and word v (its table readings ``t``) that need no
    verb form: an idiom, a preposition's object, an adjective, a pseudo-cleft."""
    aw, at = s.word(a), s.lex.tag(s.word(a))
    if aw == "to":
        return bool(t & VBG) or v > a + 1  # committed to smudging, to newly created
    if at & (HAVE | HAVE_X):
        if any(s.word(k) in _IDIOM_ADVERBS for k in range(a + 1, v)):
            return True  # had better start: an idiom that takes the base form
        # To have orbiting planets: an -ing adjective before its noun.
        return aw == "have" and bool(t & VBG) and v < s.last and s.toks[v + 1].tag in ("NN", "NNS")
    # All you have to do is install: a pseudo-cleft takes the base form.
    return bool(at & (BE | BE_X)) and any(s.lemma(k) == "do" for k in range(s.first, a))


def _ing_with_object(s: Sentence, v: int) -> bool:
    """Is the -ing word v, which may be a noun, the verb of its clause: tagged an -ing
    form with an object or a wh-clause straight after it (`has investigating whether`,
    `have been hiring the`)? A noun object takes none (`has standing in the party`)."""
    if s.toks[v].tag != "VBG" or v >= s.last:
        return False
    nxt = s.toks[v + 1]
    opens = nxt.tag in _OBJECT_OPENERS or s.word(v + 1) == "whether"
    return opens and nxt.head != v - 1 and s.gap(v, v + 1) == " "


class AuxiliaryVerbForm(ParserRule):
    """A verb whose form does not fit the auxiliary the parser attaches it to.

    ## What it does
    Reads the dependency parse of each body sentence (the grammar extra) and, for
    every verb with an auxiliary, checks the verb's form against the nearest
    auxiliary, however far apart they stand: after a modal, `do` or infinitive `to`
    the base form (`could decided`), after `have` a past participle (`had threaten`,
    `has, in recent weeks, threaten`), after `be` an `-ing` form or a participle
    (`were expect`). A form is judged by every reading the word-form table allows,
    so `has cut`, `was set` and `will be run` pass; adjectives (`is open`) pass, and so
    do nouns in -ing (`have standing`) unless the parser reads an -ing verb with its
    object straight after it (`has investigating whether`). A
    modal straight after a finite `be`, `have` or another modal (`are would be owed`,
    `this have would little impact`) has no form either can take: words swapped or one
    left from an edit. A clause that ends on `do` before a modal (`what users do can
    help`) and a question (`the question is will it be enough?`) pass.

    ## Why it matters
    A verb that lost its ending leaves a sentence of real words that a spelling
    checker passes and a reader trips over. When an inserted phrase stands between
    the auxiliary and the verb, a word-pair pattern (WL401) cannot see the pair.

    ## Example
    ```text
    Union threatens strike over pay

    The union had threaten a strike, and exports were expect to fall.
    ```
    `had threaten` (after `had`: `threatened`) and `were expect` (after `were`:
    `expected`) are reported.
    """

    code = "WL411"
    name = "auxiliary-verb-form"
    severity = Severity.WARNING
    reads_headline_style = True

    # One case per auxiliary or dependency, read in the order the grammar gives them.
    def find(self, s: Sentence) -> Iterator[Hit]:  # noqa: C901, PLR0912
        lex = s.lex
        for v in s.indexes():
            auxes = [a for a in s.children(v, *_AUX_DEPS) if a < v]
            if not auxes:
                continue
            a = max(auxes)
            t = s.tags(v)
            if not t & VERB or s.is_name(v):
                continue
            if any(
                not s.toks[k].text[0].isalnum() and s.toks[k].text != "," for k in range(a + 1, v)
            ):
                continue  # a quote or bracket between: a title or a quoted word
            if (
                s.toks[a].text[:1].isupper()
                or s.is_name(a)
                or any(s.is_name(k) for k in range(a + 1, v))
                or s.is_name(a + 1)
            ):
                continue  # Rio Grande do Sul, Will Young
            if v - a > 10 or any(
                s.toks[k].tag.startswith(("VB", "MD")) or s.toks[k].dep in _CLAUSE_DEPS
                for k in range(a + 1, v)
            ):
                continue  # another verb or clause between: the parser joined two clauses
            if v > a + 1 and t & VBZ:
                continue  # are in place protects: a finite verb of another clause
            if (
                t & (NN | NNS)
                and (v == a + 1 or any(s.toks[k].tag in _DETERMINER_TAGS for k in range(a + 1, v)))
                and not _ing_with_object(s, v)
            ):
                continue  # have standing, have most hold: a noun object (WL401 reads adjacent pairs)
            if a > s.first and s.gap(a - 1, a) == "":
                continue  # [h]is: the auxiliary is part of a bracketed word
            aw = s.word(a)
            at = lex.tag(aw)
            if _not_a_verb_form(s, a, v, t):
                continue
            if aw == "to" or at & (MODAL | DO):
                if t & JJ or any(s.toks[k].tag not in _INNER_TAGS for k in range(a + 1, v)):
                    continue  # to specified houses; did this track called ...
                need, label = VB, "the base form"
            elif at & (HAVE | HAVE_X):
                need, label = VBN, "a past participle"
            elif at & (BE | BE_X):
                if t & (JJ | NN | NNS):
                    continue  # is open, was complete, among them are works by
                need, label = VBG | VBN, "a participle"
            else:
                continue
            if t & need:
                continue
            lemmas = lex.lemmas(s.word(v))
            want = None
            if lemmas:
                slot = VBN if need & VBN else VB
                want = lex.form(lemmas[0], slot)
            hint = f" (`{want}`?)" if want and want != s.word(v) else ""
            yield Hit(
                a,
                v,
                f"after `{s.toks[a].text}`, the verb `{s.toks[v].text}` should be {label}{hint}",
            )
        yield from self._modal_after_auxiliary(s)
        yield from self._base_after_be(s)

    @staticmethod
    def _base_after_be(s: Sentence) -> Iterator[Hit]:
        """A noun-or-verb straight after a form of `be` that the parser itself reads as a
        bare verb (`will be keep apart`, `is being take`, `was upload Wednesday`): the
        table allows a noun there, so the main check passes it, but a base form after
        `be` is no form the auxiliary takes. Words that stand bare after `be` as nouns
        (`is home to`, `has been talk of`: mass and predicate nouns), base forms that are
        also participles (`was set`), a noun opening a compound, `there` clauses and
        pseudo-clefts (`all they did was complain`) pass."""
        lex = s.lex
        for a in range(s.first, s.last):
            v = a + 1
            if s.toks[v].tag != "VB" or s.gap(a, v) != " " or not s.toks[a].text.islower():
                continue
            if not s.tags(a) & (BE | BE_X) or not s.toks[a].tag.startswith("VB"):
                continue
            word, t = s.word(v), s.tags(v)
            if not s.toks[v].text.islower() or s.is_name(v) or not t & VB or t & JJ:
                continue
            governs = s.toks[a].head == v and s.toks[a].dep in _AUX_DEPS
            nouns = ("predicate-nouns", "bare-predicate-nouns", "bare-nouns")
            if (t & MASS or any(s.has(k, word) for k in nouns)) and not governs:
                continue  # has been talk of, is home to: a noun that stands bare, unless
                # the parser makes be the verb's own auxiliary
            lemmas = lex.lemmas(word)
            want = lex.form(lemmas[0], VBN) if lemmas else None
            if not want or want == word:
                continue  # was set, will be run: the base form is the participle
            if v < s.last and s.toks[v + 1].tag in ("NN", "NNS"):
                continue  # is call centres: a noun compound
            if any(
                s.toks[k].dep == "expl" or s.lemma(k) == "do" or s.word(k) in ("all", "what")
                for k in range(s.first, a)
            ):
                continue  # there will be change; what they did was complain, all I can
                # say is bring back: a pseudo-cleft takes the base form
            yield Hit(
                a,
                v,
                f"after `{s.toks[a].text}`, the verb `{s.toks[v].text}` should be "
                f"a participle (`{want}`?)",
            )

    @staticmethod
    def _modal_after_auxiliary(s: Sentence) -> Iterator[Hit]:
        """A modal straight after a finite auxiliary or another modal (`are would be
        owed`, `this have would little impact`, `would can`): a modal has no form an
        auxiliary can take, so two words were swapped or one was left from an edit."""
        for a in range(s.first, s.last):
            m = a + 1
            if not (s.toks[a].text.islower() and s.toks[m].text.islower()):
                continue  # (May, Will: names)
            if s.toks[m].tag != "MD" or not s.tags(m) & MODAL or s.gap(a, m) != " ":
                continue  # (a can, the will: nouns)
            if not s.tags(a) & (BE | HAVE | MODAL) or s.toks[a].tag not in _FINITE_AUX_TAGS:
                continue  # (what users do can help: `do` ends a clause of its own)
            if s.word(a) == s.word(m) or any(s.toks[k].text == "?" for k in s.indexes()):
                continue  # will will: WL402's; the question is will it be enough?
            yield Hit(
                a,
                m,
                f"`{s.toks[a].text} {s.toks[m].text}`: a modal cannot follow "
                f"`{s.toks[a].text}`; words swapped or one left over?",
            )
