"""The house style of an archive (`wirelint learn`): story profiles, their sums, the pack.

Each story is read once (in this process, or on Dask workers for a large archive) into
a small profile: its name spellings with counts and the names beside them, its US and UK
spellings, the words in its brand slots. The profiles are summed, and:

* names written more than one way across the archive become `[stylebook]` entries
  (odd spelling -> the spelling most stories use), judged as WL101 judges one story's
  names, with counts and first/last dates in a comment above each;
* the house's US/UK majority is stated, with the configuration line that enforces it;
* words that recur in brand slots and are no known agency are listed for review.

The file is an ordinary wirelint pack: list it under `packs` and WL103 reports the odd
spellings in any story, checked alone. Nothing in it is applied before a person reads it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from wirelint.analysis.mentions import Mention
from wirelint.analysis.names import (
    STYLEBOOK,
    NameGroup,
    Spelling,
    _group,
    _one_edit_pairs,
    ascii_key,
    skeleton,
    stylebook_choice,
)
from wirelint.config import Dialect
from wirelint.document.span import Span
from wirelint.errors import WirelintError

#: First names kept per spelling: enough to tell two people apart, bounded for an archive.
MAX_PARTNERS = 20


# -- one story -------------------------------------------------------------------------


def profile_story(path: str, encoding: str | None = None) -> dict[str, Any]:
    """What learning needs from one story, as plain data (it may cross to a Dask worker)."""
    from wirelint import registry
    from wirelint.analysis.across import marked_words, story_names, titles_of
    from wirelint.analysis.brands import brand_slots
    from wirelint.audit.work import story_date
    from wirelint.config import discover_config
    from wirelint.document.model import parse_document
    from wirelint.input.sources import read_source
    from wirelint.packs import packs_for

    try:
        cfg = discover_config(path, registry)
        source = read_source(path, encoding=encoding, max_bytes=cfg.max_file_size)
    except WirelintError as exc:
        return {"path": path, "error": str(exc)}
    packs = packs_for(cfg.packs)
    doc = parse_document(source.text, path)
    found_names = story_names(doc, titles_of(packs))
    followers = _followers(doc, found_names)
    names = {}
    for key, found in found_names.items():
        names[key] = {
            "count": len(found),
            "forms": dict(Counter(m.text for m in found if not m.caps)),
            "caps": all(m.caps for m in found),
            "partners": sorted({p for m in found for p in m.partners}),
            "next": sorted(followers.get(key, ())),
        }
    dialects = Counter(w.pair.dialect for w in marked_words(doc, packs))
    slots = sorted({s.text for s in brand_slots(doc) if s.strict and s.own})
    return {
        "path": path,
        "words": len(source.text.split()),
        "date": story_date(source.text),
        "names": names,
        "dialects": dict(dialects),
        "slots": slots,
    }


def _followers(doc: Any, found: dict[str, list[Mention]]) -> dict[str, set[str]]:
    """The name right after each spelling (`Volodymyr` -> `zelenskyy`), where one follows.

    Across an archive a first name is known by its surname: `Monica Lewinsky` and
    `Monika Olejnik` are two people, however alike the first names.
    """
    by_start = {m.span.start: m for ms in found.values() for m in ms}
    out: dict[str, set[str]] = {}
    for ms in found.values():
        for m in ms:
            end = m.span.end
            if doc.text[end : end + 1] == " " and end + 1 in by_start:
                nxt = by_start[end + 1]
                if nxt.sentence == m.sentence and not nxt.caps:
                    out.setdefault(m.key, set()).add(nxt.key)
    return out


def profile_chunk(paths: Sequence[str], encoding: str | None = None) -> list[dict[str, Any]]:
    return [profile_story(p, encoding) for p in paths]


# -- the archive -----------------------------------------------------------------------


@dataclass
class _Tally(Spelling):
    """One spelling over the archive: counted in stories, as WL101 counts mentions."""

    stories: int = 0
    uses: int = 0
    forms: Counter[str] = field(default_factory=Counter)
    partners: Counter[str] = field(default_factory=Counter)
    followers: Counter[str] = field(default_factory=Counter)
    dates: list[str] = field(default_factory=list)  # [first, last]
    all_caps: bool = True

    @property
    def count(self) -> int:
        return self.stories

    @property
    def display(self) -> str:
        if self.forms:
            return self.forms.most_common(1)[0][0]
        return self.key.title()


@dataclass
class House:
    stories: int = 0
    words: int = 0
    errors: list[str] = field(default_factory=list)
    names: dict[str, _Tally] = field(default_factory=dict)
    dialects: Counter[str] = field(default_factory=Counter)  # en-US, en-GB, mixed
    slots: Counter[str] = field(default_factory=Counter)
    dates: list[str] = field(default_factory=list)
    entries: int = 0  # stylebook entries written

    def add(self, profile: dict[str, Any]) -> None:
        if "error" in profile:
            self.errors.append(profile["error"])
            return
        self.stories += 1
        self.words += profile["words"]
        date = profile["date"]
        if date:
            self.dates = (
                [min(self.dates[0], date), max(self.dates[1], date)] if self.dates else [date, date]
            )
        for key, seen in profile["names"].items():
            t = self.names.get(key)
            if t is None:
                t = self.names[key] = _Tally(key)
            t.stories += 1
            t.uses += seen["count"]
            t.forms.update(seen["forms"])
            t.partners.update(seen["partners"])
            t.followers.update(seen["next"])
            t.all_caps = t.all_caps and seen["caps"]
            if date:
                t.dates = (
                    [min(t.dates[0], date), max(t.dates[1], date)] if t.dates else [date, date]
                )
        marked = profile["dialects"]
        if len(marked) == 1:
            self.dialects[next(iter(marked))] += 1
        elif marked:
            self.dialects["mixed"] += 1
        self.slots.update(profile["slots"])


def _close(keys: Iterable[str]) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Pairs of keys whose skeletons are at most one edit apart, and the skeletons.

    The same deletion-neighbourhood index WL101 uses for one story: only keys that share
    a one-letter deletion are compared, so an archive's hundreds of thousands of
    spellings cost their number times their length.
    """
    skel = {k: skeleton(k) for k in keys}
    rank = {k: i for i, k in enumerate(sorted(skel))}
    return sorted(_one_edit_pairs(skel, rank)), skel


def _with_mentions(t: _Tally, first: int) -> _Tally:
    """Stand-in mentions that carry what WL101's judgement reads: first names and capitals."""
    partners: list[str | None] = [p for p, _ in t.partners.most_common(MAX_PARTNERS)] or [None]
    t.mentions = [
        Mention(
            Span(first, first),
            t.key,
            t.key,
            t.all_caps,
            -(first * (MAX_PARTNERS + 1) + i) - 1,
            (p,) if p else (),
        )
        for i, p in enumerate(partners)
    ]
    return t


def name_groups(house: House) -> list[NameGroup]:
    """Names the archive spells more than one way, WL101's judgement over stories."""
    close, skel = _close(house.names)
    if not close:
        return []
    keys = sorted({k for pair in close for k in pair})
    spellings: dict[str, Spelling] = {
        k: _with_mentions(house.names[k], i) for i, k in enumerate(keys)
    }
    # Every stand-in mention is a sentence of its own: only first names can part two spellings.
    return _group(spellings, close, skel, "")


@dataclass
class Entry:
    odd: _Tally
    chosen: _Tally
    #: Written as a stylebook entry; otherwise as a commented line for a person to decide.
    sure: bool


def _apart(a: _Tally, b: _Tally) -> bool:
    """What says two look-alike spellings of an archive are two names.

    WL101 reads one story, which is about one person of a name; an archive has many
    people, and a first name is known by the name after it. Two spellings that are
    followed by names with nothing in common (`Monica Lewinsky`, `Monika Olejnik`), or
    of which only one is ever followed by a name (`Suman Ghosh` beside `Sudan`), are two;
    so are a name with an apostrophe and one without.
    """
    if bool(a.followers) != bool(b.followers):
        return True
    if any(c in a.key for c in "'’") != any(c in b.key for c in "'’"):
        return True  # `O'Regan` is no spelling of `Oregon`
    # Followers compared by skeleton: `Volodoymyr Zelenskyy` and `Volodymyr Zelensky` agree.
    return bool(a.followers) and not {skeleton(f) for f in a.followers} & {
        skeleton(f) for f in b.followers
    }


def _slip(odd: _Tally, chosen: _Tally) -> bool:
    """Whether ``odd`` looks like a slip of the keyboard for ``chosen``.

    Never repeated in a story, against a spelling used three times as often, and off by
    the slips typists make: two letters swapped (`Cheslea`), or one letter dropped or
    added inside the word (`Lousiana`, `Taiwain`). Across an archive a changed letter
    (`Crewe`, `Crete`) or a letter more at the end (`Palme`, `Palmer`) is as often
    another name, and is left for a person to decide.
    """
    if odd.uses != odd.stories or chosen.uses < 3 * odd.uses:
        return False
    a, b = ascii_key(odd.key), ascii_key(chosen.key)
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1)
    )


def _contraction(key: str) -> bool:
    # `You're`, `We've` at a sentence start; `O'Regan`, `D'Souza` keep their apostrophe.
    return any(c in key[2:] for c in "'’")


def entries(house: House, stylebook: dict[str, str], min_stories: int) -> list[Entry]:
    out = []
    for group in name_groups(house):
        if stylebook_choice(stylebook, (s.key for s in group.spellings)) is not None:
            continue  # the stylebook already decides
        ranked = sorted(group.spellings, key=lambda s: -s.count)
        chosen = ranked[0]
        assert isinstance(chosen, _Tally)
        if chosen.count < min_stories or _contraction(chosen.key):
            continue
        for other in ranked[1:]:
            assert isinstance(other, _Tally)
            if other.count >= chosen.count or _contraction(other.key) or _apart(other, chosen):
                continue
            sure = _slip(other, chosen) or skeleton(other.key) == skeleton(chosen.key)
            out.append(Entry(other, chosen, sure))
    out.sort(key=lambda e: (not e.sure, e.chosen.display.casefold(), e.odd.display.casefold()))
    return out


# -- the pack --------------------------------------------------------------------------


def _q(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def _times(t: _Tally) -> str:
    span = f", {t.dates[0]} to {t.dates[1]}" if t.dates else ""
    uses = "1 use" if t.uses == 1 else f"{t.uses} uses"
    return f"{t.stories} {'story' if t.stories == 1 else 'stories'} ({uses}{span})"


def render_pack(
    house: House, found: list[Entry], known_agencies: set[str], min_stories: int
) -> str:
    dated = f", dated {house.dates[0]} to {house.dates[1]}" if house.dates else ""
    lines = [
        f"# House style learned by `wirelint learn` from {house.stories:,} stories "
        f"({house.words:,} words{dated}).",
        "# Review it before use: each entry is what the archive does most, not a rule anyone",
        "# wrote down. Delete a line to drop an entry. List this file under `packs` in the",
        "# configuration and WL103 reports the other spellings in every story.",
        "",
        "[pack]",
        'name = "house"',
        f"description = {_q('Spellings of names this newsroom writes one way, learned from its archive.')}",
        f"provenance = {_q(f'wirelint learn over {house.stories} stories{dated}')}",
        "",
        "# Names the archive writes more than one way: odd spelling = the spelling most stories use.",
        "[stylebook]",
    ]
    if not found:
        lines.append("# (none found)")
    for e in found:
        if not e.sure and found[0].sure and e is next(x for x in found if not x.sure):
            lines.append("")
            lines.append("# Look-alikes that may be two names: uncomment those that are one.")
        lines.append(f"# {e.chosen.display}: {_times(e.chosen)}; {e.odd.display}: {_times(e.odd)}")
        lines.append(f"{'' if e.sure else '# '}{_q(e.odd.display)} = {_q(e.chosen.display)}")
    lines.append("")
    us, uk, mixed = (house.dialects[k] for k in (Dialect.US, Dialect.GB, "mixed"))
    lines.append(
        f"# US/UK spelling: {uk:,} stories in UK spelling, {us:,} in US spelling, {mixed:,} mixed."
    )
    if us != uk:
        majority = Dialect.GB if uk > us else Dialect.US
        lines.append(
            f"# The house majority is {majority}: to hold every story to it, put "
            f'`dialect = "{majority}"` in the configuration (.wirelint.toml).'
        )
    recurring = sorted(
        (text, n)
        for text, n in house.slots.items()
        if n >= min_stories and " ".join(text.split()).casefold() not in known_agencies
    )
    if recurring:
        lines.append("")
        lines.append(
            "# Words that recur in brand slots (dateline credit, `X staff`) and are no known"
        )
        lines.append(
            "# agency. A template's stand-in belongs in brand-placeholders (WL201 then reports"
        )
        lines.append(
            "# it as a placeholder); the newsroom's own name belongs in the configuration's `brand`."
        )
        for text, n in recurring:
            lines.append(f"# brand-placeholders = [{_q(text)}]  # {n} stories")
    return "\n".join(lines) + "\n"


def learn(
    paths: Sequence[str],
    *,
    workers: int = 0,
    scheduler: str | None = None,
    encoding: str | None = None,
    min_stories: int = 2,
) -> tuple[House, str]:
    """The house profile of the archive under ``paths`` and the pack text made from it."""
    from wirelint import registry
    from wirelint.analysis.brands import AGENCIES
    from wirelint.audit import CHUNK, _chunks, dask_client, find_stories, map_chunks
    from wirelint.config import discover_config
    from wirelint.packs import packs_for

    stories, errors = find_stories(paths)
    if not stories:
        raise WirelintError(
            "no stories to learn from" + (f" ({'; '.join(errors)})" if errors else "")
        )
    house = House(errors=list(errors))
    if workers or scheduler:
        with dask_client(max(workers, 1), scheduler) as client:
            for records in map_chunks(client, profile_chunk, _chunks(stories, CHUNK), encoding):
                for r in records:
                    house.add(r)
    else:
        for path in stories:
            house.add(profile_story(path, encoding))
    packs = packs_for(discover_config(paths[0], registry).packs)
    agencies: dict[str, list[str]] = packs.section(AGENCIES)
    known = {
        " ".join(f.split()).casefold() for name, forms in agencies.items() for f in (name, *forms)
    }
    found = entries(house, packs.section(STYLEBOOK), min_stories)
    house.entries = sum(e.sure for e in found)
    return house, render_pack(house, found, known, min_stories)
