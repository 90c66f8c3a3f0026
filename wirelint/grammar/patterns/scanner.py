"""The registry of pattern families and the scanner that runs them over a sentence."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import NamedTuple

from wirelint.grammar.lexicon import Lexicon
from wirelint.grammar.patterns import (
    after_be,
    after_do,
    after_have,
    after_modal,
    after_to,
    agreement,
    capital_join,
    copula_gap,
    dangling,
    determiner,
    doubled_speaker,
    dropped_to,
    function_pair,
    gerund_verb,
    glued_opener,
    ing_clause,
    ing_for_infinitive,
    lost_auxiliary,
    lost_been,
    lost_copula,
    lost_subject,
    name_pronoun,
    noun_pronoun,
    opening_report,
    opening_verb,
    plural_subject,
    preposition,
    pronoun,
    pronoun_gap,
    run_on,
    speakerless_report,
    splice,
    time_tense,
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
    plural_subject.FAMILY,
    splice.FAMILY,
    dropped_to.FAMILY,
    gerund_verb.FAMILY,
    time_tense.FAMILY,
    ing_for_infinitive.FAMILY,
    lost_auxiliary.FAMILY,
    ing_clause.FAMILY,
    dangling.FAMILY,
    run_on.FAMILY,
    capital_join.FAMILY,
    glued_opener.FAMILY,
    opening_report.FAMILY,
    lost_copula.FAMILY,
    copula_gap.FAMILY,
    pronoun_gap.FAMILY,
    name_pronoun.FAMILY,
    doubled_speaker.FAMILY,
    noun_pronoun.FAMILY,
    lost_subject.FAMILY,
    speakerless_report.FAMILY,
    opening_verb.FAMILY,
    lost_been.FAMILY,
)


def family(family_id: str) -> Family:
    """The family with this id (KeyError names the known ones)."""
    for f in FAMILIES:
        if f.id == family_id:
            return f
    raise KeyError(f"no pattern family {family_id!r}; known: {', '.join(f.id for f in FAMILIES)}")


class _Step(NamedTuple):
    """A family as the scanner runs it (fields in the order the loops unpack them)."""

    mask: int
    trigger: Callable[[Grammar, Tagged, int], bool] | None
    check: Callable[[Grammar, Tagged, int], Finding | None]
    id: str
    #: The family's word lists (None: none).
    words: Collection[str] | None
    next_mask: int
    next_words: Collection[str] | None
    next_exempt: frozenset[str]
    opens_after: frozenset[str] | None
    pair: Callable[[Grammar, int, str | None, int, str | None], bool] | None
    #: The next token's tags the pair test sees, and the words it names.
    pair_mask: int
    pair_words: Collection[str]


#: What the scanner's loop knows of the word before a token: the sentence's start
#: (``_START``, no word is empty), a word some family's ``opens_after`` names, or None.
_START = ""
#: A token's key: its tags, and its word when a family names it.
_Key = int | tuple[int, str]
#: (trigger, check, id): a step chosen for a token by its tags and word.
_Run = tuple[
    Callable[[Grammar, Tagged, int], bool] | None,
    Callable[[Grammar, Tagged, int], "Finding | None"],
    str,
]


def _steps(grammar: Grammar, families: tuple[Family, ...], scope: str) -> tuple[_Step, ...]:
    return tuple(
        _Step(
            f.mask,
            f.trigger,
            f.check,
            f.id,
            _union(grammar, f.words),
            f.next_mask,
            _union(grammar, f.next_words),
            f.next_exempt,
            f.opens_after,
            f.pair,
            f.pair_next_mask,
            _union(grammar, f.pair_words) or frozenset(),
        )
        for f in families
        if f.scope == scope
    )


def _words(grammar: Grammar, words: str | frozenset[str]) -> Collection[str] | None:
    """A family's trigger words: a Grammar attribute named, or the words given."""
    if not words:
        return None
    return getattr(grammar, words) if isinstance(words, str) else words


def _union(
    grammar: Grammar, words: str | frozenset[str] | tuple[str | frozenset[str], ...]
) -> Collection[str] | None:
    """The words a family's trigger or next-token test names: one list or the union of several."""
    if not isinstance(words, tuple):
        return _words(grammar, words)
    return frozenset().union(*(_words(grammar, w) or () for w in words))


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
        # (mask, trigger, check, id, words) per scope: the scan runs these for every
        # token, so the loop reads plain tuples rather than the families' attributes
        self._token = _steps(self, families, "token")
        self._break = _steps(self, families, "break")
        self._sentence = _steps(self, families, "sentence")
        # The steps worth trying at a token, by its tags (and its word, when it is one a
        # family names) and scope. A sentence's tags take a few hundred values and the
        # named words are function words, so each token finds its steps with one dict
        # look-up instead of testing every family's mask and word list; most tokens have
        # none to run.
        steps = (*self._token, *self._break)
        self._named: frozenset[str] = frozenset(
            w for step in steps for w in (*(step.words or ()), *step.next_exempt, *step.pair_words)
        )
        # What of the next token the token steps' tests read: these tags, these words.
        self._next_mask = 0
        for step in self._token:
            self._next_mask |= step.next_mask | step.pair_mask
        self._next_named: frozenset[str] = frozenset(
            w for step in self._token for w in (*(step.next_words or ()), *step.pair_words)
        )
        # The words before a token that a family's ``opens_after`` names.
        self._opening: frozenset[str] = frozenset(
            w for step in steps if step.opens_after is not None for w in step.opens_after
        )
        self._token_by_tag: dict[tuple[_Key, int, str | None, str | None], tuple[_Run, ...]] = {}
        self._break_by_tag: dict[tuple[_Key, str | None], tuple[_Run, ...]] = {}
        # Tens of thousands of keys on a long story find a few hundred distinct lists of
        # steps: the tables hold one tuple for each list (``_shared``).
        self._alike: dict[tuple[_Run, ...], tuple[_Run, ...]] = {}

    def _shared(self, steps: tuple[_Run, ...]) -> tuple[_Run, ...]:
        return self._alike.setdefault(steps, steps)

    def _first(self, steps: tuple[_Step, ...], s: Tagged, i: int) -> Finding | None:
        t = s.tags[i]
        for mask, trigger, check, fid, words, *_, opens_after, _pair, _pmask, _pwords in steps:
            if (mask or words is not None) and not (
                t & mask or (words is not None and s.words[i] in words)
            ):
                continue
            if opens_after is not None and not _opens(s, i, opens_after):
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
        token_by_tag, break_by_tag = self._token_by_tag, self._break_by_tag
        named, next_named, next_mask = self._named, self._next_named, self._next_mask
        opening = self._opening
        words = s.words
        # The sentence's last word first (a determiner left hanging before the full stop),
        # its break steps chosen from the table the loop below reads: the steps ``_first``
        # would try there, as ``_meeting`` picks them by the same mask, words and
        # ``opens_after`` tests (a sentence has three tokens or more: the last is not the
        # first, and the word before counts when joined to it and one a step opens after).
        last = n - 1
        word = words[last]
        prev = words[last - 1] if last and joined[last - 1] and words[last - 1] in opening else None
        alone = ((tags[last], word) if word in named else tags[last], _START if not last else prev)
        steps = break_by_tag.get(alone)
        if steps is None:
            steps = break_by_tag[alone] = self._shared(
                _meeting(self, self._break, tags[last], word, alone[1])
            )
        for trigger, check, fid in steps:
            if trigger is None or trigger(self, s, last):
                f = check(self, s, last)
                if f:
                    out.append(f._replace(family=fid))
                    break
        before: str | None = _START
        for i in range(n - 1):
            t = tags[i]
            word = words[i]
            key = (t, word) if word in named else t
            if joined[i]:
                # The token steps are chosen by the next token's tags and word too.
                after = words[i + 1]
                pair = (
                    key,
                    tags[i + 1] & next_mask,
                    after if after in next_named else None,
                    before,
                )
                steps = token_by_tag.get(pair)
                if steps is None:
                    steps = token_by_tag[pair] = self._shared(
                        _meeting(self, self._token, t, word, before, pair[1], pair[2])
                    )
                before = word if word in opening else None
            else:
                alone = (key, before)
                steps = break_by_tag.get(alone)
                if steps is None:
                    steps = break_by_tag[alone] = self._shared(
                        _meeting(self, self._break, t, word, before)
                    )
                before = None
            # ``_first`` inlined (it ran at most tokens), the steps already chosen by the
            # token's tags and word.
            for trigger, check, fid in steps:
                if trigger is None or trigger(self, s, i):
                    f = check(self, s, i)
                    if f:
                        out.append(f._replace(family=fid))
                        break
        if not out:
            f = self._first(self._sentence, s, 0)
            if f:
                out.append(f)
        return out


def _meeting(
    grammar: Grammar,
    steps: tuple[_Step, ...],
    tag: int,
    word: str,
    before: str | None,
    after: int = 0,
    after_word: str | None = None,
) -> tuple[_Run, ...]:
    """The steps worth trying at a token with these tags and this word: no mask and no
    words, a mask the tags meet, or words the token is one of; for a step with a test
    on the next token, ``after`` (its tags the tests read) or ``after_word`` (its word,
    when a test names it) passing that test or the token exempt from it; and for a step
    that opens a clause only, ``before`` (``_START`` or the word before, when a step's
    ``opens_after`` names it) one it opens after; for a step with a pair test, the pair
    passing it, as the test may see it."""
    return tuple(
        (trigger, check, fid)
        for (
            mask,
            trigger,
            check,
            fid,
            words,
            next_mask,
            next_words,
            exempt,
            opens,
            pair,
            pair_mask,
            pair_words,
        ) in steps
        if ((not mask and words is None) or tag & mask or (words is not None and word in words))
        and (
            (not next_mask and next_words is None)
            or after & next_mask
            or (next_words is not None and after_word is not None and after_word in next_words)
            or word in exempt
        )
        and (opens is None or before == _START or (before is not None and before in opens))
        and (
            pair is None
            or pair(
                grammar,
                tag,
                word if word in pair_words else None,
                after & pair_mask,
                after_word if after_word in pair_words else None,
            )
        )
    )


def _opens(s: Tagged, i: int, opens_after: frozenset[str]) -> bool:
    """Whether token ``i`` is the sentence's first or joined after one of ``opens_after``."""
    return i == 0 or (s.joined[i - 1] and s.words[i - 1] in opens_after)
