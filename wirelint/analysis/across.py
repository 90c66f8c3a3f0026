"""A batch of stories read as one body of copy (WL104, ``wirelint check --across``).

One story alone cannot know that the rest of the commit writes `Zelenskyy` where it
writes `Zelenskiy`, or British spelling where it writes American. Before the stories of
a batch are linted, :func:`build_batch` reads them all and decides, per story, which of
its spellings the rest of the batch writes another way; WL104 then reports them at
their places in that story.

The judgement on names is WL101's own (``wirelint.analysis.names``), applied to the batch as if
it were one text in which every story keeps its own sentences: the same look-alike
pairs, the same derived forms and ordinary words left alone, the same evidence that
two spellings are two people (different first names, one list). Which spelling the
batch prefers is decided by stories, not mentions: the spelling more stories use wins,
and a tie decides nothing. A spelling the stylebook decides is left to WL103, a story
that writes both spellings to WL101, a story that mixes dialects to WL102.

The batch in force is held in a context variable, so rules stay pure functions of a
story and its context, and a story checked alone simply has no batch.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from wirelint.analysis.dialect import DIALECT, LABEL, OFFICIAL, UK, US, DialectWord, dialect_words
from wirelint.analysis.mentions import Mention, mentions
from wirelint.analysis.names import (
    MIN_LENGTH,
    STYLEBOOK,
    TITLES,
    NameGroup,
    Spelling,
    _close_pairs,
    _group,
    _is_candidate,
    ascii_key,
    stylebook_choice,
)
from wirelint.config import Config
from wirelint.document.model import Document, parse_document
from wirelint.document.span import Span
from wirelint.packs import Packs, packs_for

T = TypeVar("T")

#: Places in other stories named in the notes of one finding.
MAX_EXAMPLES = 3
#: A batch's dialect is its house style when its stories outnumber the others this many times.
DIALECT_MAJORITY = 2
#: Keeps every story's sentences apart in the batch's one text.
_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Odd:
    """A spelling of one story that the rest of the batch writes another way."""

    kind: str  # "name" or "dialect"
    key: str  # the story's spelling, case-folded (a name) or its dialect (en-US, en-GB)
    chosen: str  # the batch's spelling of the name, or its dialect
    stories: int  # stories of the batch that use ``chosen``
    odd_stories: int  # stories that use the story's spelling
    examples: tuple[str, ...]  # `path:line` of places that use ``chosen``, in path order


@dataclass
class Batch:
    """What the batch says about each of its stories, by path."""

    size: int = 0
    odd: dict[str, list[Odd]] = field(default_factory=dict)

    def for_story(self, path: str | None) -> list[Odd]:
        return self.odd.get(path or "", [])


_ACTIVE: ContextVar[Batch | None] = ContextVar("wirelint_batch", default=None)


def current() -> Batch | None:
    """The batch being checked, or None when a story is checked alone."""
    return _ACTIVE.get()


@contextmanager
def active(batch: Batch) -> Iterator[Batch]:
    token = _ACTIVE.set(batch)
    try:
        yield batch
    finally:
        _ACTIVE.reset(token)


def titles_of(packs: Packs) -> frozenset[str]:
    return frozenset(w.casefold() for w in packs.section(TITLES))


def story_names(doc: Document, titles: frozenset[str]) -> dict[str, list[Mention]]:
    """The story's mentions of names that could have look-alikes, by spelling.

    Names of three letters are read within one story only: what ties `Kin` to `Kim`
    there (the same title or given name beside both) is no tie across a batch, where
    `Ian` in four stories and `Iran` in a fifth are two names."""
    out: dict[str, list[Mention]] = {}
    for m in mentions(doc, titles):
        if _is_candidate(m.key) and len(ascii_key(m.key)) >= MIN_LENGTH - 1:
            out.setdefault(m.key, []).append(m)
    return out


def group_names(spellings: dict[str, Spelling], text: str) -> list[NameGroup]:
    """WL101's grouping of look-alike ``spellings`` whose mentions stand in ``text``."""
    if len(spellings) < 2:
        return []
    close, skel = _close_pairs(sorted(spellings))
    if not close:
        return []
    return _group(spellings, close, skel, text)


def marked_words(doc: Document, packs: Packs) -> list[DialectWord]:
    """The story's US/UK spellings as WL102 counts them by default (-ize only beside -ise)."""
    data: dict[str, Any] = packs.section(DIALECT)
    pairs_file = data.get("pairs")
    if pairs_file is None:
        return []
    words = dialect_words(doc, pairs_file.load(), data, packs.section(OFFICIAL))
    from wirelint.rules.wl102_dialect_mix import _ize_only

    has_ise = any(w.pair.dialect == UK and _ize_only(w) for w in words)
    if has_ise:
        return words
    return [w for w in words if not (w.pair.dialect == US and _ize_only(w))]


# -- the batch -------------------------------------------------------------------------


@dataclass
class _Story:
    path: str
    doc: Document
    offset: int  # where the story starts in the batch's one text
    names: dict[str, list[Mention]]
    dialects: dict[str, list[DialectWord]]

    def where(self, offset: int) -> str:
        return f"{self.path}:{self.doc.lines.position(offset).line}"


def build_batch(docs: Sequence[Document], config: Config, packs: Packs | None = None) -> Batch:
    """Decide, for each story of ``docs``, which spellings the rest of the batch writes otherwise."""
    packs = packs if packs is not None else packs_for(config.packs)
    titles = titles_of(packs)
    stories: list[_Story] = []
    offset = 0
    for doc in sorted(docs, key=lambda d: d.path or ""):
        dialects: dict[str, list[DialectWord]] = {}
        for w in marked_words(doc, packs):
            dialects.setdefault(w.pair.dialect, []).append(w)
        stories.append(_Story(doc.path or "", doc, offset, story_names(doc, titles), dialects))
        offset += len(doc.text) + len(_SEPARATOR)
    batch = Batch(size=len(stories))
    if len(stories) < 3:  # one against one is a tie: a batch of two decides nothing
        return batch
    _judge_names(stories, config, packs, batch)
    if config.dialect not in (US, UK):  # a configured dialect is WL102's in every story
        _judge_dialects(stories, batch)
    for odd in batch.odd.values():
        odd.sort(key=lambda o: (o.kind, o.key))
    return batch


def _judge_names(stories: list[_Story], config: Config, packs: Packs, batch: Batch) -> None:
    text = _SEPARATOR.join(s.doc.text for s in stories)
    spellings: dict[str, Spelling] = {}
    users: dict[str, list[int]] = {}  # spelling -> indices of the stories that use it
    sentence_base = 0
    for i, story in enumerate(stories):
        last = 0
        for key, found in story.names.items():
            sp = spellings.setdefault(key, Spelling(key))
            for m in found:
                # The story's mention, placed in the batch's one text.
                sp.mentions.append(
                    replace(
                        m,
                        span=Span(m.span.start + story.offset, m.span.end + story.offset),
                        sentence=m.sentence + sentence_base,
                    )
                )
                last = max(last, m.sentence)
            users.setdefault(key, []).append(i)
        sentence_base += last + 1
    stylebook: dict[str, str] = packs.section(STYLEBOOK)
    for group in group_names(spellings, text):
        keys = [s.key for s in group.spellings]
        if stylebook_choice(stylebook, keys) is not None:
            continue  # the stylebook decides: WL103 reports the other spellings everywhere
        by_story = {s.key: users[s.key] for s in group.spellings}
        allowed = [s for s in group.spellings if config.is_allowed(s.display)]
        # Most stories first; on a tie WL101's order (mentions, a word before a non-word).
        ranked = sorted(group.spellings, key=lambda s: -len(by_story[s.key]))
        chosen = allowed[0] if allowed else ranked[0]
        chosen_stories = set(by_story[chosen.key])
        for other in ranked:
            if other is chosen or other in allowed:
                continue
            n_other = len(by_story[other.key])
            if not allowed and n_other >= len(chosen_stories):
                continue  # no majority: the batch has not decided
            alone = [i for i in by_story[other.key] if i not in chosen_stories]
            examples = _examples(stories, chosen_stories, chosen.mentions)
            for i in alone:
                batch.odd.setdefault(stories[i].path, []).append(
                    Odd("name", other.key, chosen.display, len(chosen_stories), n_other, examples)
                )


def _examples(stories: list[_Story], users: set[int], found: list[Mention]) -> tuple[str, ...]:
    """`path:line` of the first mention in each of the first stories in ``users``."""
    out: list[str] = []
    starts = [s.offset for s in stories]
    seen: set[int] = set()
    for m in found:
        i = bisect_right(starts, m.span.start) - 1
        if i in users and i not in seen:
            seen.add(i)
            out.append(stories[i].where(m.span.start - stories[i].offset))
            if len(out) == MAX_EXAMPLES:
                break
    return tuple(out)


def _judge_dialects(stories: list[_Story], batch: Batch) -> None:
    # A story in one dialect only; a story that mixes them is WL102's.
    pure = {i: next(iter(s.dialects)) for i, s in enumerate(stories) if len(s.dialects) == 1}
    counts = {d: sum(1 for v in pure.values() if v == d) for d in (US, UK)}
    chosen = US if counts[US] > counts[UK] else UK
    odd = UK if chosen == US else US
    if counts[chosen] <= DIALECT_MAJORITY * counts[odd]:
        # A batch split 6 to 3 has two house styles (two bureaus), not one odd story.
        return
    examples = tuple(
        stories[i].where(stories[i].dialects[chosen][0].span.start)
        for i in sorted(pure)
        if pure[i] == chosen
    )[:MAX_EXAMPLES]
    for i, dialect in pure.items():
        if dialect == odd:
            batch.odd.setdefault(stories[i].path, []).append(
                Odd("dialect", odd, chosen, counts[chosen], counts[odd], examples)
            )


def describe(odd: Odd) -> str:
    """How the batch decided, in a few words: `4 of 5 stories`."""
    what = f"{LABEL[odd.chosen]} spelling" if odd.kind == "dialect" else f"`{odd.chosen}`"
    return f"{what} in {odd.stories} of {odd.stories + odd.odd_stories} stories"


def lint_batch(
    items: Sequence[tuple[str, str, T]],
    config: Config,
    lint_one: Callable[[T], Any],
) -> list[Any]:
    """Lint ``items`` (path, text, what ``lint_one`` takes) with their batch in force.

    The stories are read once to judge the batch; ``lint_one`` then lints each as usual,
    and WL104 finds the batch's verdict on it.
    """
    docs = [parse_document(text, path) for path, text, _ in items]
    batch = build_batch(docs, config)
    del docs
    with active(batch):
        return [lint_one(item) for _path, _text, item in items]
