"""WL201 recall on a second kind of brand damage, made apart from brand_eval's.

brand_eval reads the parsed story for its brand's mentions. Here the mentions are picked
by a plain regular expression over the raw text, for the brand names of each subcorpus
(`BBC` in bbc/, `Reuters` in reuters-21578/, `Wikinews` in wikinews/), as a careless
find-and-replace would pick them, and replaced in three variants:

* ``all``: every mention in the story replaced by one word (headline, dateline, body);
* ``single``: one mention replaced, each in turn, the others keeping the real brand;
* ``body``: every mention after the headline and the dateline replaced.

The words come from three classes, each with its own tuning and held-out words (none of
brand_eval's): common English words, words papers take as names, and invented brand-like
names (one word, or two: `X News`). A mention is found when WL201 reports a warning or an
error overlapping it. Recall is printed per slot class (where the mention stands, read
from the words around it in the untouched story), per word class and per source (BBC
copy names its brand only in the body; Reuters copy has a dateline), tuning and held-out
apart; held-out stories (a fifth, by a path hash salted apart from structure_eval's) get
only held-out words.

With ``--placed``, the kinds of mention a story seldom has of its own (bare "the X" uses,
possessives (with the mark the story's own brand takes: a stand-in for "Reuters'" reads
"Portal' analysis"), programme and service names, a newsroom's staff and its own
reporting ("X contacted", "explained to X"), headline mentions, a tally or poll, and
"told X" with a paper's word or a two-word name, the stand-ins hardest to tell from a
person or a paper the story quotes) are placed: a sentence of
that kind, its brand a placeholder word, added after the story's first paragraph (a
headline form is put before the headline's words). Each story gets
one form per kind, its words and forms from the tuning or the held-out lists by the same
split, in two variants: ``single`` (the story's own mentions kept: the real brand stands
elsewhere) and ``all`` (they are replaced by the same word). The same sentence with the
real brand, and with another outlet the story quotes, is clean copy: its new warnings
are counted as false alarms. Usage:

    python benchmarks/brand_damage.py [--corpus ../shared/corpus] [--every 1] [--show 20]
                                      [--placed]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from structure_eval import corpus_files  # noqa: E402

from wirelint.config import Config  # noqa: E402
from wirelint.diagnostics import Severity  # noqa: E402
from wirelint.document.model import Document, PartKind, parse_document  # noqa: E402
from wirelint.engine import lint_text  # noqa: E402

CONFIG = Config(select=("WL201",))
# The brand names each subcorpus's stories use for their own outlet.
BRANDS = {"bbc": ["BBC"], "reuters-21578": ["Reuters"], "wikinews": ["Wikinews"]}

# (tuning words, held-out words) per class.
WORDS: dict[str, tuple[list[str], list[str]]] = {
    "common": (
        ["Portal", "Wire", "Feed", "Lookout", "Banner", "Crossing"],
        ["Junction", "Anvil", "Quarry", "Spire", "Parcel", "Window"],
    ),
    "outlet-like": (
        ["Herald", "Examiner", "Gazette", "Monitor"],
        ["Clarion", "Advertiser", "Dispatch", "Bulletin", "Chronicle"],
    ),
    "invented": (
        ["Newsora", "Brevix", "Axiom News", "Talvent", "Corvida Media"],
        ["Telvaro", "Quillon", "Marbeck News", "Ovidia", "Zorvane", "Halden Daily"],
    ),
}
# Where a stand-in is read hardest (a person or a paper may stand in "told X"), the
# classes a find-and-replace tool most often picks: papers' words and two-word names.
HARD_WORDS: dict[str, tuple[list[str], list[str]]] = {
    "outlet-like": WORDS["outlet-like"],
    "invented": (
        [w for w in WORDS["invented"][0] if " " in w],
        [w for w in WORDS["invented"][1] if " " in w],
    ),
}
VARIANTS = ("all", "single", "body")
SLOTS = ("headline", "dateline", "credit", "byline", "told", "the-x", "programme", "tally",
         "agency-work", "possessive", "other")  # fmt: skip
SOURCES = tuple(BRANDS)
# A count's key: variant, slot, word class, split, source, found.
Key = tuple[str, str, str, str, str, bool]
# Placed kinds whose stand-ins come from the hard classes alone.
HARD_KINDS = frozenset({"told"})

_TOLD = re.compile(
    r"(?:\btold|\btelling|\btells|interview with|speaking to|talking to|spoke to|spoke with|"
    r"said to|\bto)(?: the)?\s*$",
    re.I,
)
_TALLY = re.compile(r"(?:/\w+)?\s+(?:\w+\s+)?(?:tally|count|poll|survey|calculations?|analysis)\b")
_PROGRAMME = re.compile(
    r"\s+(?:News|Radio|One|Two|Three|Four|Five|World|Sport|Online|Television|TV|Scotland|"
    r"Wales|Breakingviews|Films|Worldwide|Trust|[A-Z]\w+'s\s+\w+\s+programme)\b"
)
_WORK = re.compile(
    r"(?:\bby|\bfrom|\bon|\bwith|\bfor)(?: the)?\s*$|^(?:\s+(?:reporter|correspondent|"
    r"journalist|witness|photographer|cameraman|staff|team|crew|could|was|has|had|reported|"
    r"obtained|learned|understands))\b",
    re.I,
)


# Placed mentions by kind: (tuning forms, held-out forms); {B} is the brand.
PLACED: dict[str, tuple[list[str], list[str]]] = {
    "told": (
        ["A senior minister told {B} the talks would resume on Monday.",
         "\u201cWe are not leaving,\u201d she told {B} in an interview.",
         "Two officials told the {B} the vote would be delayed."],
        ["Speaking to {B} on Friday, the mayor said the roads would reopen.",
         "In an interview with {B}, the envoy said a deal was close.",
         "The coach told the {B} he was happy with the squad."],
    ),
    "tally": (
        ["According to a {B} tally, at least 40 people have died since Monday.",
         "A {B} poll published on Tuesday put support for the plan at 41%."],
        ["A {B} analysis of shipping data found 12 more vessels.",
         "A {B} survey of 500 firms found most expected to cut jobs."],
    ),
    "the-x": (
        ["The {B} said on Tuesday it would not comment on the report.",
         "Officials contacted by the {B} declined to give details.",
         "A {B} spokesman said the schedule had not changed."],
        ["The {B} has confirmed it will show the match live.",
         "The claims were denied when put to the {B} on Friday.",
         "A {B} spokeswoman said the decision was final."],
    ),
    # {S} is the possessive mark the story's own brand takes ("BBC's", "Reuters'"): a
    # find-and-replace keeps it, so a stand-in for "Reuters'" reads "Portal' analysis".
    "possessive": (
        ["The {B}{S} correspondent in Jakarta said the mood had changed.",
         "The minister told the {B}{S} Today programme he would not resign.",
         "{B}{S} calculations based on official data show a rise of 12%.",
         "The questions were put by {B}{S} correspondent on Monday.",
         "{B}{S} own analysis of the figures found 12 more cases."],
        ["According to the {B}{S} own figures, 12 more ships were turned away.",
         "The {B}{S} political editor said a deal was close.",
         "By {B}{S} count, at least 40 people have died since Monday.",
         "She had some questions for {B}{S} reporter about the vote.",
         "{B}{S} analysis of shipping data found 12 more vessels."],
    ),
    # How a newsroom names its own reporting (Wikinews, and BBC copy in the first person
    # of the newsroom): "Wikinews contacted", "in an interview with Wikinews".
    "newsroom": (
        ["{B} contacted the council about the plan on Monday.",
         "{B} spoke to one of the organisers after the event.",
         "He discussed the findings with {B} last month.",
         "{B} caught up with the mayor to ask about the budget."],
        ["{B} interviewed the candidate about her campaign.",
         "The council did not respond to {B} queries on Friday.",
         "She explained to {B} that the crews had been warned.",
         "{B} asked the minister whether the plan would go ahead."],
    ),
    "programme": (
        ["He told {B} Radio 4's Today programme that talks would resume.",
         "The coach told {B} Sport he was happy with the squad."],
        ["She said on {B} News that the plan was unworkable.",
         "The film will be shown on {B} Two next month."],
    ),
    "agency-work": (
        ["A {B} photographer at the scene saw three ambulances arrive.",
         "{B} correspondent Jane Hollis said the talks had stalled."],
        ["Two {B} journalists were held at the border for several hours.",
         "The figures were checked by a {B} researcher on Monday."],
    ),
    "headline": (["{B} poll: ", "{B} exclusive: "], ["{B} survey finds ", "{B} learns: "]),
}  # fmt: skip
# Papers a story may really quote, for the clean copies of the placed sentences (not of
# the programme forms: another paper has no Radio 4).
OTHER_OUTLETS = ["Guardian", "Financial Times", "Telegraph", "Independent"]
# Outlets a story tells or speaks to as real copy names them: agencies bare, papers with
# their "the" ("told the Guardian").
OTHER_TOLD = ["AFP", "CNBC", "Interfax", "the Guardian", "the Financial Times"]
# Placed kinds whose clean copies name another outlet as OTHER_TOLD writes it: "AFP
# contacted the council", "the Guardian contacted".
TOLD_LIKE = frozenset({"told", "newsroom"})
# A paper in the possessive takes its "the" ("the Guardian's correspondent", "by the
# Telegraph's count"): one per OTHER_OUTLETS name, so the picks stay in step.
OTHER_PAPERS = [f"the {name}" for name in OTHER_OUTLETS]


def _mark(form: str, owner: str) -> str:
    """The form with ``owner``'s possessive mark: "Reuters'", "BBC's"."""
    return form.replace("{S}", "'" if owner.endswith("s") else "'s")


def _quoted(form: str, name: str) -> tuple[str, str]:
    """A placed form and the name it holds, with one "the": "told the Guardian", "The
    Guardian said", "a Guardian poll" (never "the the" nor "a the")."""
    form = _mark(form, name)
    if not name.startswith("the "):
        return form, name
    if re.search(r"\b(?:[Tt]he|an?|An?) \{B\}", form):
        return form, name[4:]
    return form, ("The" + name[3:] if form.startswith("{B}") else name)


def held_out(path: str) -> bool:
    """A fifth of the stories, by a hash of their path salted for this benchmark alone."""
    return zlib.crc32(f"{path}-damage2".encode()) % 5 == 0


def slot_class(doc: Document, text: str, start: int, end: int) -> str:
    """Where the mention at ``start:end`` stands in the untouched story."""
    part = next((p for p in doc.parts if p.span.start <= start < p.span.end), None)
    if part is not None and part.kind is PartKind.HEADLINE:
        return "headline"
    if doc.dateline is not None and doc.dateline.span.start <= start < doc.dateline.span.end:
        return "dateline"
    if part is not None and part.text.startswith("By "):
        return "byline"
    if part is None or part.kind in (PartKind.CREDIT, PartKind.BOILERPLATE, PartKind.META):
        return "credit"
    before, after = text[max(0, start - 40) : start], text[end : end + 50]
    if re.match(r"['’](?:s\b|\s)", after):
        return "possessive"
    if _TOLD.search(before):
        return "told"
    if _TALLY.match(after):
        return "tally"
    if _PROGRAMME.match(after):
        return "programme"
    if re.search(r"\b[Tt]he\s*$|\ban?\s*$", before):
        return "the-x"
    if _WORK.search(before) or _WORK.match(after):
        return "agency-work"
    return "other"


def _found(story: str, spans: list[tuple[int, int]]) -> list[bool]:
    hits = [
        d.span
        for d in lint_text(story, CONFIG, "story.txt").diagnostics
        if d.severity is not Severity.INFO
    ]
    return [any(s.start < e and b < s.end for s in hits) for b, e in spans]


def _replace(
    text: str, spans: list[tuple[int, int]], word: str
) -> tuple[str, list[tuple[int, int]]]:
    """The text with each span replaced by ``word``, and where each replacement stands."""
    out, where, last, shift = [], [], 0, 0
    for start, end in spans:
        out.append(text[last:start] + word)
        where.append((start + shift, start + shift + len(word)))
        shift += len(word) - (end - start)
        last = end
    out.append(text[last:])
    return "".join(out), where


def run(files: list[Path], corpus: Path, show: int) -> None:
    counts: Counter[Key] = Counter()
    misses: list[str] = []
    classes = sorted(WORDS)
    for file in files:
        path = str(file.relative_to(corpus))
        source = path.split("/", 1)[0]
        names = BRANDS.get(source, [])
        text = file.read_text(encoding="utf-8")
        spans = (
            [m.span() for m in re.finditer(rf"\b(?:{'|'.join(names)})\b", text)] if names else []
        )
        if not spans:
            continue
        doc = parse_document(text)
        slots = [slot_class(doc, text, s, e) for s, e in spans]
        split = "held-out" if held_out(path) else "tuning"
        rng = random.Random(zlib.crc32(f"{path}-damage2".encode()))

        body = [i for i, k in enumerate(slots) if k not in ("headline", "dateline")]
        plans = [("all", list(range(len(spans))))]
        plans += [("single", [i]) for i in range(len(spans))]
        if body and len(body) < len(spans):  # the same as "all" when no mention is outside
            plans.append(("body", body))
        for variant, chosen in plans:
            cls = rng.choice(classes)
            w = rng.choice(WORDS[cls][split == "held-out"])
            story, where = _replace(text, [spans[i] for i in chosen], w)
            for i, (at, hit) in zip(
                chosen, zip(where, _found(story, where), strict=True), strict=True
            ):
                counts[(variant, slots[i], cls, split, source, hit)] += 1
                if not hit and split == "tuning":
                    context = " ".join(story[max(0, at[0] - 60) : at[1] + 45].split())
                    misses.append(f"[{variant} {slots[i]} {cls}] {path}: …{context}…")
    _report(counts, classes)
    print(f"   tuning misses ({len(misses)}), every {max(1, len(misses) // max(show, 1))}th:")
    for line in misses[:: max(1, len(misses) // max(show, 1))][:show]:
        print("     " + line)


def _place(text: str, doc: Document, kind: str, form: str, word: str) -> tuple[str, int] | None:
    """The story with a sentence of ``kind`` holding ``word``, and where the word stands."""
    if word[:1] in "AEIOU":  # "an Axiom News spokesman"
        form = re.sub(r"\b([Aa]) \{B\}", r"\1n {B}", form)
    if kind == "headline":
        headline = next((p for p in doc.parts if p.kind is PartKind.HEADLINE), None)
        if headline is None:
            return None
        at = headline.span.start
        return text[:at] + form.replace("{B}", word) + text[at:], at + form.index("{B}")
    # After the first paragraph that ends a sentence (not a table row of figures).
    ends = [p.span.end for p in doc.paragraphs if re.search(r"[.!?\"”]\s*$", doc.slice(p.span))]
    if not ends:
        return None
    at = ends[0]
    sentence = " " + form.replace("{B}", word)
    return text[:at] + sentence + text[at:], at + 1 + form.index("{B}")


def placed(files: list[Path], corpus: Path, show: int) -> None:
    """Recall on placed mentions by kind and word class; false alarms on their clean copies."""
    counts: Counter[Key] = Counter()
    clean = Counter[str]()
    clean_flags: list[str] = []
    misses: list[str] = []
    classes = sorted(WORDS)
    for file in files:
        path = str(file.relative_to(corpus))
        source = path.split("/", 1)[0]
        names = BRANDS.get(source, [])
        text = file.read_text(encoding="utf-8")
        if not names:
            continue
        spans = [m.span() for m in re.finditer(rf"\b(?:{'|'.join(names)})\b", text)]
        split = "held-out" if held_out(path) else "tuning"
        rng = random.Random(zlib.crc32(f"{path}-placed".encode()))
        doc = parse_document(text)
        base = _warnings(text)
        for kind, (tuning, held) in PLACED.items():
            form = rng.choice(held if split == "held-out" else tuning)
            quoted = (
                OTHER_TOLD
                if kind in TOLD_LIKE
                else OTHER_PAPERS
                if kind == "possessive"
                else OTHER_OUTLETS
            )
            others = [rng.choice(quoted)] if kind != "programme" else []
            for name in [names[0], *others]:
                made = _place(text, doc, kind, *_quoted(form, name))
                if made is None:
                    continue
                clean[split] += 1
                new = _warnings(made[0]) - base
                if new:
                    sentence = made[0][made[1] - 40 : made[1] + 40]
                    clean_flags.append(f"[{kind} {name}] {path}: …{' '.join(sentence.split())}…")
            for variant in ("single", "all") if spans else ("all",):
                pool = HARD_WORDS if kind in HARD_KINDS else WORDS
                cls = rng.choice(sorted(pool))
                word = rng.choice(pool[cls][split == "held-out"])
                copy = _replace(text, spans, word)[0] if variant == "all" else text
                made = _place(copy, parse_document(copy), kind, _mark(form, names[0]), word)
                if made is None:
                    continue
                story, at = made
                hit = _found(story, [(at, at + len(word))])[0]
                counts[(variant, kind, cls, split, source, hit)] += 1
                if not hit and split == "tuning":
                    context = " ".join(story[max(0, at - 60) : at + len(word) + 45].split())
                    misses.append(f"[{variant} {kind} {cls}] {path}: …{context}…")
    _report(counts, classes, ("single", "all"), tuple(PLACED))
    print(f"   clean placed sentences: {len(clean_flags)} new warnings in "
          f"{sum(clean.values())} sentences (real brand, or another outlet quoted)")  # fmt: skip
    for line in clean_flags[:show]:
        print("     " + line)
    print(f"   tuning misses ({len(misses)}), every {max(1, len(misses) // max(show, 1))}th:")
    for line in misses[:: max(1, len(misses) // max(show, 1))][:show]:
        print("     " + line)


def _warnings(story: str) -> int:
    diagnostics = lint_text(story, CONFIG, "story.txt").diagnostics
    return sum(d.severity is not Severity.INFO for d in diagnostics)


def _report(
    counts: Counter[Key],
    classes: list[str],
    variants: tuple[str, ...] = VARIANTS,
    slots: tuple[str, ...] = SLOTS,
) -> None:
    Row = tuple[str | None, str | None, str | None, str | None]  # variant, slot, class, source

    def rate(split: str, want: Row) -> str:
        hit = total = 0
        for (v, k, c, s, src, h), n in counts.items():
            if s == split and all(
                w in (None, x) for w, x in zip(want, (v, k, c, src), strict=True)
            ):
                total += n
                hit += n if h else 0
        return f"{hit:5}/{total:<5} {100 * hit / max(total, 1):5.1f}%" if total else " " * 18

    print(f"{'found / replaced':24}{'tuning':>18}{'held-out':>22}")
    rows: list[tuple[str, Row]] = [("all damage", (None, None, None, None))]
    rows += [(f"variant {v}", (v, None, None, None)) for v in variants]
    rows += [(f"slot {k}", (None, k, None, None)) for k in slots]
    rows += [(f"words {c}", (None, None, c, None)) for c in classes]
    rows += [(f"{v} / {c}", (v, None, c, None)) for v in variants for c in classes]
    rows += [(f"source {s}", (None, None, None, s)) for s in SOURCES]
    rows += [(f"{s} / {v}", (v, None, None, s)) for s in SOURCES for v in variants]
    for label, want in rows:
        print(f"  {label:22} {rate('tuning', want)}   {rate('held-out', want)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--every", type=int, default=1, help="use every Nth story")
    ap.add_argument("--show", type=int, default=20, help="tuning misses to print")
    ap.add_argument("--placed", action="store_true", help="placed mentions by kind instead")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    files = corpus_files(args.corpus, args.every)
    (placed if args.placed else run)(files, args.corpus, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
