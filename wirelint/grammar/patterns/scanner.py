"""The registry of pattern families and the scanner that runs them over a sentence."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from wirelint.grammar.lexicon import Lexicon
from wirelint.grammar.patterns import (
    after_be,
    after_do,
    after_have,
    after_modal,
    after_to,
    agreement,
    capital_join,
    dangling,
    determiner,
    dropped_to,
    function_pair,
    lost_auxiliary,
    lost_copula,
    opening_report,
    preposition,
    pronoun,
    run_on,
    splice,
    word_pair,
)
from wirelint.grammar.patterns.base import Family, Finding, Grammar
from wirelint.grammar.tagging import Tagged

#: Every family, in the order the scanner tries them at a token: the first that
#: fires there wins, so the more precise families come first.
FAMILIES: tuple[Family, ...] = (
    word_pair.FAMILY,
    after_modal.FAMILY,
    after_have.FAMILY,
    after_be.FAMILY,
    after_do.FAMILY,
    after_to.FAMILY,
    pronoun.FAMILY,
    determiner.FAMILY,
    preposition.FAMILY,
    function_pair.FAMILY,
    agreement.FAMILY,
    splice.FAMILY,
    dropped_to.FAMILY,
    lost_auxiliary.FAMILY,
    dangling.FAMILY,
    run_on.FAMILY,
    capital_join.FAMILY,
    opening_report.FAMILY,
    lost_copula.FAMILY,
)


def family(family_id: str) -> Family:
    """The family with this id (KeyError names the known ones)."""
    for f in FAMILIES:
        if f.id == family_id:
            return f
    raise KeyError(f"no pattern family {family_id!r}; known: {', '.join(f.id for f in FAMILIES)}")


_Step = tuple[
    int,
    Callable[[Grammar, Tagged, int], bool] | None,
    Callable[[Grammar, Tagged, int], "Finding | None"],
    str,
]


def _steps(families: tuple[Family, ...], scope: str) -> tuple[_Step, ...]:
    return tuple((f.mask, f.trigger, f.check, f.id) for f in families if f.scope == scope)


class Scanner(Grammar):
    """Runs the pattern families over one tagged sentence."""

    def __init__(
        self,
        lex: Lexicon,
        words: Mapping[str, Sequence[str]],
        families: tuple[Family, ...] = FAMILIES,
    ) -> None:
        super().__init__(lex, words)
        self.families = families
        # (mask, trigger, check, id) per scope: the scan runs these for every token, so
        # the loop reads plain tuples rather than the families' attributes
        self._token = _steps(families, "token")
        self._break = _steps(families, "break")
        self._sentence = _steps(families, "sentence")
        # The steps whose mask a tag set meets, by tag set and scope. A sentence's tags
        # take a few hundred values, so each token finds its steps with one dict look-up
        # instead of testing every family's mask; most tokens have none to run.
        self._token_by_tag: dict[int, tuple[_Step, ...]] = {}
        self._break_by_tag: dict[int, tuple[_Step, ...]] = {}

    def _first(self, steps: tuple[_Step, ...], s: Tagged, i: int) -> Finding | None:
        t = s.tags[i]
        for mask, trigger, check, fid in steps:
            if mask and not t & mask:
                continue
            if trigger is None or trigger(self, s, i):
                f = check(self, s, i)
                if f:
                    return f._replace(family=fid)
        return None

    def scan(self, s: Tagged) -> list[Finding]:
        out: list[Finding] = []
        joined = s.joined
        tags = s.tags
        n = len(tags)
        # the sentence's last word first (a determiner left hanging before the full stop)
        f = self._first(self._break, s, n - 1)
        if f:
            out.append(f)
        token_by_tag, break_by_tag = self._token_by_tag, self._break_by_tag
        for i in range(n - 1):
            t = tags[i]
            if joined[i]:
                steps = token_by_tag.get(t)
                if steps is None:
                    steps = token_by_tag[t] = _meeting(self._token, t)
            else:
                steps = break_by_tag.get(t)
                if steps is None:
                    steps = break_by_tag[t] = _meeting(self._break, t)
            if steps:
                f = self._first(steps, s, i)
                if f:
                    out.append(f)
        if not out:
            f = self._first(self._sentence, s, 0)
            if f:
                out.append(f)
        return out


def _meeting(steps: tuple[_Step, ...], tag: int) -> tuple[_Step, ...]:
    """The steps worth trying at a token with these tags: no mask, or one the tags meet."""
    return tuple(step for step in steps if not step[0] or tag & step[0])
