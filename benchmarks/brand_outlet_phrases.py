"""WL201/WL202 recall on the outlet's self-mentions in every context they take, a fifth method.

The generators before this one sample the slots their authors knew the rule reads
(attribution, dateline, "the X", possessive after a newsroom word) or what a tagger calls an
entity. Here every plain-text self-mention of the outlet is damaged, wherever it stands,
and sorted by the context it stands in, as reading the corpus shows them:

- in brackets: the dateline's "(Reuters)", Wikinews' interview marks "((Wikinews))";
- possessive, every form: "the BBC's Andrew Marr", "BBC's", "Wikinews' Nicholas Moreau",
  "Wikinews‍'s correspondent" (a joiner before the mark);
- the outlet before a service word: "BBC News website", "BBC Radio 4's Today",
  "BBC World Service", "BBC Sport website", "BBC One", "BBC Scotland has learned";
- adjective-like, before a lower-case noun: "BBC political editor Andrew Marr", "a BBC
  poll", "a Reuters report", "Reuters inquiries", "Wikinews accredited reporter";
- attribution: "told Reuters", "spoke to Wikinews", "polled by Reuters", "according to
  the BBC", "With Wikinews, Lusk discussed", "a question from Wikinews";
- subject of a verb: "The BBC has 16 nominations", "Wikinews attended", "Wikinews
  caught up with", "the BBC must still dispel";
- anything else ("shown on BBC1", "screened by BBC One" lands under service word).

Each mention also carries tags: at sentence start, inside quotes, in the headline, in a
credit line at the foot, after "the", and whether its story names the outlet once.

Stand-ins are drawn fresh for every copy, never from a pack (any word a rules/*.toml names
is passed over), one copy per kind:

- coinage: an invented word no dictionary holds ("Tovarel");
- s-final noun: a dictionary noun's plural, capitalised ("Harvests"), whose possessive is
  the bare apostrophe ("Harvests' reporter"), as "Reuters'" would be;
- noun: an ordinary dictionary noun, capitalised ("Lantern");
- two-word: two such words ("Lantern Tide", "Tovarel Harbour").

Only the outlet's word changes; a possessive mark is rewritten to suit the stand-in ("the
BBC's" -> "the Harvests'", "Wikinews'" -> "Lantern's"). Two modes: ONE mention per copy
replaced (the story's other mentions keep the real brand), and EVERY mention of a story
with more than one replaced by the same stand-in (each mention a row). A mention is found when WL201 or WL202
reports a warning or an error overlapping its stand-in. Stories are split 50/50 into tuning
and held-out by a salted hash of their path; only the tuning half's misses are printed.

Usage: python benchmarks/brand_outlet_phrases.py [--corpus ../shared/corpus]
[--every 1] [--jobs 2] [--show 20] [--modes one,every]
"""

from __future__ import annotations

import random
import re
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from brand_possessive_third import (  # noqa: E402
    _invented,
    _nouns,
    _pack_words,
    brand_flags,
    corpus_arguments,
    corpus_files,
    damaged_rows,
    show_misses,
    table,
)

SOURCES = {"bbc": "BBC", "reuters-21578": "Reuters", "wikinews": "Wikinews"}
OUTLET = {
    folder: re.compile(rf"(?<![\w@./-]){brand}(?![\w@-])") for folder, brand in SOURCES.items()
}
# A possessive mark, with the zero-width joiner some Wikinews copy sets before it.
MARK = re.compile("\u200d?(?:['’]s|['’])(?![\\w'’])")
SERVICE = re.compile(
    r"\s+(?:News|Online|Radio|TV|Television|World\b|Sport|Breakingviews|website|podcast|"
    r"app|One|Two|Three|Four|Scotland|Wales|Northern\s+Ireland|Ulster|London|Worldwide|"
    r"Broadcast|Research|Films|Trust|Holdings|America|Monitor|Economic\s+News)\b"
)
NEWSROOM = (
    "reporter|reporters|correspondent|correspondents|journalist|journalists|editor|presenter|"
    "staff|analysts|poll|survey|report|reports|interview|question|questions|inquiries|"
    "inquiry|investigation|analysis|calculations|tally|series|show|programme|coverage|"
    "chairman|governors|bosses|viewers|listeners|readers|website|accredited|political|"
    "business|sports|economics|science|weather|forecasters|spokesman|spokeswoman|own|"
    "photographer|cameraman|team|crew|news|story|stories|article|documentary|drama|comedy"
)
ADJECTIVE_LIKE = re.compile(rf"\s+(?:{NEWSROOM})\b")
ATTRIBUTION = re.compile(
    r"\b(?:told|tell|tells|telling|to|with|by|from|for|according\s+to|on|at|in|about)\s+"
    r"(?:the\s+)?$",
    re.I,
)
SUBJECT = re.compile(r"\s+(?:[a-z]+ed|[a-z]+s|has|had|is|was|will|would|can|could|must|may)\b")
CREDIT = re.compile(
    r"^(?:By\s|Photo|Picture|Image|Source|Credit|Copyright|Reporting\s+by|Editing\s+by|"
    r"Sources?\b|Related\b)",
    re.I,
)
KINDS = ("coinage", "s-final noun", "noun", "two-word")


def held_out(path: Path) -> bool:
    return bool(zlib.crc32(b"outlet-phrases:" + path.parent.name.encode() + path.name.encode()) % 2)


@dataclass(frozen=True)
class Mention:
    start: int  # of the outlet's word
    end: int  # of the outlet's word
    mark: str  # the possessive mark after it as written ("" when none)
    context: str
    tags: tuple[str, ...]


def _paragraph(text: str, i: int) -> tuple[int, str]:
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    return a, text[a : b if b >= 0 else len(text)]


def context_of(text: str, start: int, end: int, mark: str) -> str:
    """The one context a mention stands in, the most telling first."""
    before = text[max(0, start - 40) : start]
    after = text[end + len(mark) : end + len(mark) + 50]
    if before.endswith("(") and re.match(r"\)", text[end:]):
        return "in brackets"
    if mark:
        return "possessive"
    if SERVICE.match(after):
        return "outlet + service word"
    if ADJECTIVE_LIKE.match(after):
        return "adjective-like (X reporter)"
    if ATTRIBUTION.search(before):
        return "attribution (told X, with X)"
    if SUBJECT.match(after):
        return "subject of a verb"
    return "other"


def tags_of(text: str, start: int, end: int, n: int) -> tuple[str, ...]:
    a, para = _paragraph(text, start)
    before = text[a:start]
    out = []
    if not before.strip() or re.search(r"[.!?:][\"'”’)]?\s+(?:[\"“‘]\s*)?$", before):
        out.append("sentence start")
    if before.count('"') % 2 or before.count("“") > before.count("”"):
        out.append("in a quote")
    if a == 0:
        out.append("headline")
    if a and CREDIT.match(para):
        out.append("credit line")
    if re.search(r"\b[Tt]he\s+$", before):
        out.append('after "the"')
    out.append("one-mention story" if n == 1 else "story with more mentions")
    return tuple(out)


def mentions(text: str, folder: str) -> list[Mention]:
    spans = [(m.start(), m.end()) for m in OUTLET[folder].finditer(text)]
    out = []
    for start, end in spans:
        m = MARK.match(text, end)
        mark = m.group() if m else ""
        out.append(
            Mention(
                start,
                end,
                mark,
                context_of(text, start, end, mark),
                tags_of(text, start, end, len(spans)),
            )
        )
    return out


def stand_in(kind: str, key: str) -> str:
    """A fresh stand-in of ``kind`` for one copy; a word a pack names is passed over."""
    rng = random.Random(zlib.crc32(key.encode()))

    def noun() -> str:
        while (word := rng.choice(_nouns())) in _pack_words():
            pass
        return word.capitalize()

    if kind == "coinage":
        return _invented(rng)
    if kind == "s-final noun":
        while True:
            word = rng.choice(_nouns())
            if word[-1] not in "sxyhz" and word + "s" not in _pack_words():
                return (word + "s").capitalize()
    if kind == "noun":
        return noun()
    first = _invented(rng) if rng.random() < 0.5 else noun()
    return f"{first} {noun()}"


def _mark_for(word: str, mark: str) -> str:
    """The possessive mark as it suits ``word``: the bare apostrophe after an s."""
    if not mark:
        return ""
    quote = "’" if "’" in mark else "'"
    return quote if word.endswith("s") else quote + "s"


def replace(text: str, chosen: list[Mention], word: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each chosen mention's word (and mark) replaced by ``word``, and the
    stand-ins' spans in the new text."""
    out, spans, at, shift = [], [], 0, 0
    for m in chosen:
        new = word + _mark_for(word, m.mark)
        out.append(text[at : m.start] + new)
        a = m.start + shift
        spans.append((a, a + len(word)))
        shift += len(new) - (m.end + len(m.mark) - m.start)
        at = m.end + len(m.mark)
    out.append(text[at:])
    return "".join(out), spans


@dataclass(frozen=True)
class Row:
    split: str
    source: str
    context: str
    kind: str
    mode: str
    found: bool
    tags: tuple[str, ...]
    path: str
    line: str


def _around(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 70) : end + 50].split())


MODES = ["one", "every"]


def one_story(args: tuple[str, str]) -> list[Row]:
    path_s, rel = args
    path = Path(path_s)
    text = path.read_text(encoding="utf-8")
    folder = rel.split("/")[0]
    split = "heldout" if held_out(path) else "tuning"
    found_in = mentions(text, folder)
    rows: list[Row] = []

    def row(m: Mention, kind: str, mode: str, damaged: str, span: tuple[int, int]) -> Row:
        a, b = span
        found = any(s < b and a < e for s, e, _c, _m in brand_flags(damaged))
        line = _around(damaged, a, b)
        return Row(split, SOURCES[folder], m.context, kind, mode, found, m.tags, rel, line)

    for kind in KINDS:
        if "one" in MODES:
            for i, m in enumerate(found_in):
                word = stand_in(kind, f"{split}:{rel}:{i}:{kind}")
                damaged, spans = replace(text, [m], word)
                rows.append(row(m, kind, "one", damaged, spans[0]))
        if "every" in MODES and len(found_in) > 1:
            word = stand_in(kind, f"{split}:{rel}:all:{kind}")
            damaged, spans = replace(text, found_in, word)
            flags = brand_flags(damaged)
            for m, (a, b) in zip(found_in, spans, strict=True):
                found = any(s < b and a < e for s, e, _c, _m in flags)
                line = _around(damaged, a, b)
                rows.append(
                    Row(split, SOURCES[folder], m.context, kind, "every", found, m.tags, rel, line)
                )
    return rows


def _by_tag(rows: list[Row]) -> Iterator[Row]:
    """One row per tag a mention has, so that a table counts it under each."""
    for r in rows:
        for t in r.tags:
            yield Row(r.split, r.source, t, r.kind, r.mode, r.found, (), r.path, r.line)


def main() -> int:
    ap = corpus_arguments(__doc__)
    ap.add_argument("--modes", default="one,every", help="one, every or both (comma-separated)")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    MODES[:] = args.modes.split(",")
    files = corpus_files(args.corpus, args.every)
    rows: list[Row] = damaged_rows(files, args.corpus, one_story, args.jobs)
    ones = [r for r in rows if r.mode == "one"]
    print(f"{len(files)} stories, {len(rows)} damaged mentions ({len(ones)} one at a time)")
    table("by mode (one mention replaced, or every one)", rows, "mode")
    for mode in MODES:
        part = [r for r in rows if r.mode == mode]
        table(f"[{mode}] by context", part, "context")
        table(f"[{mode}] by stand-in kind", part, "kind")
        table(f"[{mode}] by source", part, "source")
        table(
            f"[{mode}] by tag (a mention counts under each it has)", list(_by_tag(part)), "context"
        )
    show_misses(ones, args.show, lambda r: f"{r.path} [{r.context}; {r.kind}] {r.line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
