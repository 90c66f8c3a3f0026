"""WL429 name-without-the: a name English writes with "the" standing bare (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import BE, CONJ, HAVE, JJ, MODAL, NOUN
from wirelint.grammar.parsed import Hit, ParserRule, Sentence

#: The places a bare name is read in: subjects, objects, objects of prepositions.
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
#: Words before a name that give it a determiner of its own (the US, its EU partners).
_DETERMINING_TAGS = frozenset({"DT", "PDT", "PRP$", "POS", "WDT", "WP$"})
#: Tags of a next word that make the name a modifier the parse missed (US rapper, US
#: $200, US carbonated drinks).
_MODIFIED_TAGS = frozenset(
    {"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "$", "CC", "VBG", "VBN"}
)


class NameWithoutThe(ParserRule):
    """`travelling to UK`, `United States will not pay`: a name that English writes with
    `the` (the pack's `the-names`) with no determiner.

    ## What it does
    Reads the dependency parse of each body paragraph (the grammar extra) and reports a
    name of the pack's `the-names` (`the United States`, `the UK`, `the Netherlands`,
    `the Fed`, `the Kremlin`) that is a subject, an object or the object of a
    preposition with no `the` or other determiner before it. A name that modifies
    what follows (`UK plans`, `US rapper`, `EU ministers`, `U.S. and U.K. banks`) needs
    no article and passes, as does a place after a comma (`Nevada, United States`).

    ## Why it matters
    A dropped `the` before a country or an institution is what a hurried cut or a
    machine rewrite leaves, and copy from writers whose first language has no articles;
    no spell checker sees it.

    ## Example
    ```text
    Visa rules

    Those refused were in effect prevented from travelling to UK, because no airline would carry them.
    ```
    `to UK` is reported: `the UK`.
    """

    code = "WL429"
    name = "name-without-the"
    severity = Severity.WARNING
    names_not_tickers = "the-names"

    def find(self, s: Sentence) -> Iterator[Hit]:
        toks = s.toks
        for i in s.indexes():
            t = toks[i]
            if not t.tag.startswith("NNP") or t.dep not in _ROLES or t.text.islower():
                continue
            left = [k for k in s.children(i) if k < i]
            if any(toks[k].dep != "compound" or not toks[k].tag.startswith("NNP") for k in left):
                continue  # a determiner, a possessive, an adjective of its own
            first = min(left, default=i)
            name = " ".join(toks[k].text for k in range(first, i + 1))
            if not s.has("the-names", name.lower()):
                continue
            if self._modifies_next(s, i):
                continue
            if first > s.first:
                before = toks[first - 1]
                if before.tag in _DETERMINING_TAGS or before.text.lower() == "the":
                    continue
                if before.text == "," and first - 2 >= s.first and s.is_name(first - 2):
                    continue  # a place after a place: Nevada, United States
            # An object is shown with its verb or preposition (to UK), a subject alone.
            at = first - 1 if first > s.first and t.dep in ("pobj", "dobj") else first
            yield Hit(at, i, f"`{name}` without `the`: the {name}?")

    @staticmethod
    def _modifies_next(s: Sentence, i: int) -> bool:
        """Does the name modify what follows (UK plans, US rapper, U.S., Japanese and
        European banks)? The tagger often reads the noun after a name as a verb (UK
        plans: VBZ), so the word-form table's readings decide too."""
        if i + 1 >= len(s.toks):
            return False
        nxt = s.toks[i + 1]
        if nxt.text[:1] in ("[", "("):
            return True  # an editor's insertion: in US [Chess] Championship
        # An abbreviation's full stop may end the parser's sentence (quoting U.S. And
        # foreign sources): the next word is read across it.
        if i >= s.last and not s.toks[i].text.endswith("."):
            return False
        if nxt.tag == "MD" or s.tags(i + 1) & (MODAL | BE | HAVE):
            return False  # United States will, UK has: a verb (will is a noun too)
        if s.toks[nxt.head].dep == "npadvmod" and nxt.head != i:
            return False  # a time after it: in Netherlands next week
        if nxt.tag in _MODIFIED_TAGS or s.tags(i + 1) & (NOUN | JJ | CONJ):
            return True
        return nxt.text == "," and i + 2 < len(s.toks) and s.toks[i + 2].text[:1].isupper()
