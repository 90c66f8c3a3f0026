"""WL201/WL202 recall on own-brand mentions found by a named-entity tagger, a fourth method.

The three generators before this one (brand_damage, brand_mentions_second,
brand_possessive_third) find the mentions they damage with regular expressions written
by people who knew which slots the rule reads, so they sample the slots the rule was
built for. Here the mentions are whatever spaCy's English pipeline (the grammar extra)
tags as an entity whose text holds the story's own outlet (ORG, PERSON, GPE,
WORK_OF_ART, NORP, FAC, PRODUCT: "BBC" and "Wikinews" are often tagged oddly), and every
plain-text mention the tagger left untagged. The outlet per corpus folder: bbc/ the BBC
(the word "BBC" and its programmes and stations named alone: Newsnight, Radio 4, Five
Live...), reuters-21578/ Reuters, wikinews/ Wikinews and its sister names Wikipedia and
Wikimedia.

ONE mention per damaged copy is replaced by a placeholder drawn fresh for that copy,
never from a pack list (any word a rules/*.toml file names is skipped): an invented word
from a syllable generator, a capitalised English noun picked at random, or a two-word
stand-in made of two such words ("Tovarel Harbour"). Only the outlet's word changes: the
article, the possessive mark and the rest of a longer name stay ("BBC World Service's"
-> "Acme World Service's"). The story's other mentions keep the real brand. Stories are
split 50/50 into tuning and held-out by a salted hash of their path. A mention is found
when WL201 or WL202 reports a warning or an error overlapping the placeholder. The clean
stories are linted too: every WL201/WL202 warning there is a false alarm or a real slip.

Each mention is reported under every shape it has (a possessive can be inside a quote):
possessive, "the X", sentence start, inside a longer name, in a quote, in the headline,
in a caption- or credit-like line, the only mention in its story, and its slot (dateline,
attribution, possessive, "the X", a named service, or none of those).

The tagger's spans are kept in a cache file (--cache) so that a re-run lints only.

Usage: python benchmarks/brand_entities_fourth.py [--corpus ../shared/corpus]
[--every 1] [--jobs 2] [--show 20] [--cache FILE]
"""

from __future__ import annotations

import json
import random
import re
import sys
import tempfile
import zlib
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from brand_possessive_third import (  # noqa: E402
    _invented,
    _nouns,
    _pack_words,
    corpus_arguments,
    corpus_files,
    show_clean,
    show_misses,
    table,
)

from wirelint.config import Config  # noqa: E402
from wirelint.diagnostics import Severity  # noqa: E402
from wirelint.engine import lint_text  # noqa: E402

CONFIG = Config(select=("WL201", "WL202"))
SOURCES = {"bbc": "BBC", "reuters-21578": "Reuters", "wikinews": "Wikinews"}
LABELS = ("ORG", "PERSON", "GPE", "WORK_OF_ART", "NORP", "FAC", "PRODUCT")

# The outlet's words per folder. A BBC programme or station named alone is the BBC's
# own brand in BBC copy ("told Newsnight", "Radio 4's Today programme").
OUTLET = {
    "bbc": re.compile(
        r"(?<![\w@./-])(?:BBC|Newsnight|Radio\s+(?:[1-5]|One|Two|Three|Four|Five\s+Live)|"
        r"Five\s+Live|CBBC|CBeebies|Ceefax)(?![\w@-])"
    ),
    "reuters-21578": re.compile(r"(?<![\w@./-])Reuters?(?![\w@-])"),
    "wikinews": re.compile(r"(?<![\w@./-])(?:Wikinews|Wikipedia|Wikimedia)(?![\w@-])"),
}
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)(?!\w)")
# Words that make an outlet's mention part of a longer name: "BBC World Service",
# "BBC News Online", "Thomson Reuters", "Reuters Breakingviews", "the Wikimedia Foundation".
LONGER_AFTER = re.compile(r"\s+(?:[A-Z][\w]*|[0-9])")
LONGER_BEFORE = re.compile(r"[A-Z][\w]*\s+$")
ATTRIBUTION = re.compile(
    r"\b(?:told|tell|tells|telling|said\s+to|speaking\s+to|spoke\s+to|talking\s+to|"
    r"interview\s+with|according\s+to|reported\s+by|quoted\s+by|seen\s+by|polled\s+by|"
    r"contacted\s+by|obtained\s+by|reviewed\s+by|asked\s+by)\s+(?:the\s+)?$"
)
ATTRIBUTION_AFTER = re.compile(
    r"\s+(?:said|says|reported|reports|has\s+learned|has\s+learnt|understands|learned|"
    r"learnt|revealed|has\s+reported|was\s+told|calculations|poll|survey|tally|count|"
    r"analysis|reporter|correspondent)\b"
)
CREDIT = re.compile(
    r"^(?:By\s|Photo|Picture|Image|Source|Credit|Copyright|Reporting\s+by|Editing\s+by)",
    re.I,
)


def held_out(path: Path) -> bool:
    return zlib.crc32(b"entities-fourth:" + path.parent.name.encode() + path.name.encode()) % 2


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str  # the tagger's label of the entity holding it, or "untagged"
    shapes: tuple[str, ...]


def _paragraph(text: str, i: int) -> tuple[int, str]:
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    return a, text[a : b if b >= 0 else len(text)]


def shapes_of(text: str, start: int, end: int, n_mentions: int) -> tuple[str, ...]:
    """Every shape the mention at text[start:end] has, and its slot last."""
    a, para = _paragraph(text, start)
    before, after = text[a:start], text[end : end + 60]
    out = []
    possessive = bool(POSSESSIVE.match(after))
    the = bool(re.search(r"\b[Tt]he\s+$", before))
    longer = bool(LONGER_AFTER.match(after)) or bool(LONGER_BEFORE.search(before))
    if possessive:
        out.append("possessive")
    if the:
        out.append('"the X"')
    if not before.strip() or re.search(r"[.!?][\"'”’)]?\s+(?:[\"“‘]\s*)?$", before):
        out.append("sentence start")
    if longer:
        out.append("inside a longer name")
    if before.count('"') % 2 or before.count("“") > before.count("”"):
        out.append("in a quote")
    if a == 0:
        out.append("headline")
    words = len(para.split())
    if a and (CREDIT.match(para) or (words <= 12 and not re.search(r"[.!?][\"'”]?$", para))):
        out.append("caption or credit line")
    if n_mentions == 1:
        out.append("one-mention story")
    if re.match(r"\s*\)", after) and "(" in before[-3:]:
        slot = "slot: dateline"
    elif ATTRIBUTION.search(before) or (ATTRIBUTION_AFTER.match(after) and not possessive):
        slot = "slot: attribution"
    elif possessive:
        slot = "slot: possessive"
    elif the:
        slot = 'slot: "the X"'
    elif longer:
        slot = "slot: a named service"
    else:
        slot = "slot: none of those"
    return (*out, slot)


def _entities(text: str, nlp: object) -> list[tuple[int, int, str]]:
    doc = nlp(text)  # type: ignore[operator]
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS]


# A station or programme after the outlet's own name is part of that name ("BBC Radio 4's",
# "BBC Two's Newsnight"): only the outlet's word is its mention there.
AFTER_OUTLET = re.compile(r"\bBBC\w*(?:['’]s)?(?:\s+\w+(?:['’]s)?)?\s+$")


def mentions(text: str, folder: str, ents: list[tuple[int, int, str]]) -> list[Mention]:
    found = [
        (m.start(), m.end())
        for m in OUTLET[folder].finditer(text)
        if m.group() == "BBC" or not AFTER_OUTLET.search(text, max(0, m.start() - 30), m.start())
    ]
    out = []
    for start, end in found:
        label = next((lb for a, b, lb in ents if a <= start and end <= b), "untagged")
        out.append(Mention(start, end, label, shapes_of(text, start, end, len(found))))
    return out


KINDS = ("invented", "noun", "two-word")


def placeholder(key: str) -> tuple[str, str]:
    """A fresh stand-in and its kind for one copy, never a word a pack names."""
    rng = random.Random(zlib.crc32(key.encode()))
    kind = rng.choice(KINDS)

    def noun() -> str:
        while (word := rng.choice(_nouns())) in _pack_words():
            pass
        return word.capitalize()

    if kind == "invented":
        return _invented(rng), kind
    if kind == "noun":
        return noun(), kind
    first = _invented(rng) if rng.random() < 0.5 else noun()
    return f"{first} {noun()}", kind


@dataclass(frozen=True)
class Row:
    split: str
    source: str
    shape: str
    label: str
    kind: str
    found: bool
    path: str = ""
    line: str = ""
    tags: tuple[str, ...] = field(default=())


def _warnings(text: str) -> list[tuple[int, int, str]]:
    return [
        (d.span.start, d.span.end, d.code)
        for d in lint_text(text, CONFIG, "story.txt").diagnostics
        if d.severity is not Severity.INFO
    ]


def _around(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 70) : end + 50].split())


def one_story(args: tuple[str, str, list[tuple[int, int, str]]]) -> tuple[list[Row], list[str]]:
    path_s, rel, ents = args
    path = Path(path_s)
    text = path.read_text(encoding="utf-8")
    folder = rel.split("/")[0]
    split = "heldout" if held_out(path) else "tuning"
    rows = []
    for i, m in enumerate(mentions(text, folder, ents)):
        word, kind = placeholder(f"{split}:{rel}:{i}")
        damaged = text[: m.start] + word + text[m.end :]
        a, b = m.start, m.start + len(word)
        found = any(s < b and a < e for s, e, _ in _warnings(damaged))
        rows.append(
            Row(
                split,
                SOURCES[folder],
                m.shapes[-1],
                m.label,
                kind,
                found,
                rel,
                _around(damaged, a, b),
                m.shapes,
            )
        )
    clean = [f"{rel}: {code} {_around(text, s, e)}" for s, e, code in _warnings(text)]
    return rows, clean


def tag_entities(files: list[Path], corpus: Path, cache: Path) -> dict[str, list]:
    """The tagger's spans per story, from the cache where it has them."""
    known: dict[str, list] = json.loads(cache.read_text("utf-8")) if cache.is_file() else {}
    todo = [p for p in files if p.relative_to(corpus).as_posix() not in known]
    if todo:
        import spacy

        from wirelint.grammar.parser import installed_model

        name = installed_model()
        if name is None:
            raise SystemExit("the grammar extra (spaCy and its English pipeline) is needed")
        nlp = spacy.load(name, exclude=["lemmatizer"])
        for n, p in enumerate(todo, 1):
            known[p.relative_to(corpus).as_posix()] = _entities(p.read_text("utf-8"), nlp)
            if n % 200 == 0:
                print(f"  tagged {n}/{len(todo)} stories", file=sys.stderr)
                cache.write_text(json.dumps(known), "utf-8")
        cache.write_text(json.dumps(known), "utf-8")
    return known


def _by_tag(rows: list[Row]) -> Iterator[Row]:
    """One row per shape a mention has, so that a table counts it under each."""
    for r in rows:
        for t in r.tags:
            if not t.startswith("slot: "):
                yield Row(r.split, r.source, t, r.label, r.kind, r.found)


def main() -> int:
    ap = corpus_arguments(__doc__)
    ap.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "wirelint-entities-fourth.json",
        help="the tagger's spans per story, kept between runs",
    )
    ap.add_argument("--clean", type=int, default=30, help="clean-copy warnings to print")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    files = corpus_files(args.corpus, args.every)
    ents = tag_entities(files, args.corpus, args.cache)
    work = [
        (str(p), p.relative_to(args.corpus).as_posix(), ents[p.relative_to(args.corpus).as_posix()])
        for p in files
    ]
    rows: list[Row] = []
    clean: list[str] = []
    with ProcessPoolExecutor(args.jobs) as pool:
        for r, c in pool.map(one_story, work, chunksize=8):
            rows += r
            clean += c
    words = sum(len(p.read_text("utf-8").split()) for p in files)
    print(f"{len(files)} stories, {len(rows)} damaged copies (one mention each)")
    table("by source", rows, "source")
    table("by shape (a mention counts under each it has)", list(_by_tag(rows)), "shape")
    table("by slot", rows, "shape")
    table("by the tagger's label", rows, "label")
    table("by placeholder kind", rows, "kind")
    show_clean(clean, words, args.clean)
    show_misses(rows, args.show, lambda r: f"{r.path} [{r.shape}; {r.label}] {r.line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
