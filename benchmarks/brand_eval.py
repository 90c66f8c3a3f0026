"""WL201 in body copy: recall on a brand replaced in the body, false alarms on the same copy clean.

Two kinds of damage over ../shared/corpus, each found when WL201 reports a warning or
error overlapping the replaced words:

1. *real mentions*: every body mention of the story's own brand (`Reuters` in a Reuters
   story, `BBC` in a BBC one, `Wikinews`) replaced, one at a time, by a placeholder word.
   Recall is given over all mentions and over those in a brand-slot phrase of the kind
   agencies use ("told Reuters", "a Reuters tally", "seen by Reuters", ...);
2. *inserted sentences*: a sentence with a brand slot written here (not the pack's
   examples) added to a story, the brand in it a placeholder word. The same sentence with
   the real brand, or quoting another agency ("told AFP"), is clean copy and must stay
   quiet (counted as false alarms per 1,000 sentences).

A fourth part reads every mention of the story's brand, headline and structural slots
too, by where it stands (headline, dateline, credit, told, programme or service names,
agency work, possessive, "the X", other) and by the class of the placeholder word
(common English words, words papers take as names, invented brand-like names), replaced
one at a time and all at once.

Stories are split by the path hash structure_eval uses; held-out stories get placeholder
words and sentence forms never used while tuning.

A third part times WL201 on stories of 0.25, 1 and 2 MB made of corpus paragraphs with
brand slots: the time per MB should stay flat. Usage:

    python benchmarks/brand_eval.py [--corpus ../shared/corpus] [--every 1] [--speed] [--kinds]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from structure_eval import HELD_OUT_WORDS, TUNING_WORDS, corpus_files, held_out  # noqa: E402

from wirelint.config import Config  # noqa: E402
from wirelint.diagnostics import Severity  # noqa: E402
from wirelint.document.model import Document, PartKind, parse_document  # noqa: E402
from wirelint.engine import lint_text  # noqa: E402

CONFIG = Config(select=("WL201",))
# Plausible names in no dictionary and no pack: a rewriting tool's invented brands.
TUNING_NAMES = ["Zentrix", "Novacast", "Vantor"]
HELD_OUT_NAMES = ["Kelbrook", "Dravida", "Ostrava Live"]

# Placeholder words by class, for the mentions read by kind: common English words, words
# newspapers take as names, and invented brand-like names no dictionary has. Each class
# has its own held-out words, never tried while tuning.
WORD_CLASSES: dict[str, tuple[list[str], list[str]]] = {
    "common": (TUNING_WORDS, [w for w in HELD_OUT_WORDS if w != "Courier"]),
    "outlet-like": (
        ["Herald", "Gazette", "Tribune", "Chronicle"],
        ["Dispatch", "Courier", "Sentinel", "Bulletin"],
    ),
    "invented": (["Zentrix", "Novacast", "Vantor", "Newsora"], ["Kelbrook", "Dravida", "Quorvel"]),
}
# Where a mention stands, read from the untouched story's words around it.
KINDS = ("headline", "dateline", "credit", "told", "programme", "agency-work", "possessive",
         "the-x", "other")  # fmt: skip
_PROGRAMME_RE = re.compile(
    r"\s+(?:News|Radio|One|Two|Three|Four|World|Sport|Online|Television|TV|Scotland|Wales|"
    r"Northern|Breakingviews|Five|Trust|Films|Worldwide|Monitoring|programme|series|"
    r"documentary|website|licence|governors|chairman|director)\b"
)
_TOLD_RE = re.compile(
    r"(?:told|telling|interview with|speaking to|talking to|spoke to|spoke with|said to)"
    r"(?:\s+the)?\s*$"
)
_WORK_BEFORE_RE = re.compile(r"\b(?:an?|according to an?|by)\s*$")
_WORK_AFTER_RE = re.compile(
    r"(?:/\w+)?\s+(?:\w+\s+)?(?:survey|poll|tally|count|analysis|calculations?|review|"
    r"investigation|examination|estimates?|study|reporter|witness|correspondent|"
    r"photographer|cameraman|journalist|could not|was unable|has not been able)"
)

# Sentences with a brand slot: {B} the brand. Tuning forms and held-out forms differ.
TUNING_FORMS = [
    "A senior official told {B} on condition of anonymity that talks had stalled.",
    "According to a {B} tally, at least 40 people have died since Monday.",
    "A {B} reporter at the scene saw smoke rising from the building.",
    "{B} could not independently verify the footage.",
    "The figures were in a document seen by {B}.",
    "Economists polled by {B} had expected a smaller fall.",
    "The company did not respond when {B} asked for comment, and {B} was unable to reach its chairman.",
    "\u201cWe will not give up,\u201d she told {B} in an interview.",
]
HELD_OUT_FORMS = [
    "Two officials told the {B} news agency the vote would be delayed.",
    "A {B}/Ipsos poll published on Tuesday put support at 41%.",
    "{B}'s own analysis of the shipping data found 12 more vessels.",
    "The plan was first reported by {B} last week.",
    "Speaking to {B} from Geneva, the envoy said both sides had agreed.",
    "{B} has not been able to confirm the number of casualties.",
    "In an interview with {B}, the minister said the deal was close.",
    "A {B} witness said police fired tear gas at the crowd.",
]
OTHER_AGENCIES = ["AFP", "AP", "Interfax", "Bloomberg", "Kyodo", "the BBC"]


def own_brand(path: str, text: str) -> str | None:
    if path.startswith("bbc/"):
        return "BBC"
    if path.startswith("wikinews/"):
        return "Wikinews"
    return "Reuters" if "(Reuters)" in text else None


def _found(text: str, start: int, end: int) -> bool:
    result = lint_text(text, CONFIG, "story.txt")
    return any(
        d.severity is not Severity.INFO and d.span.start < end and start < d.span.end
        for d in result.diagnostics
    )


def _flags(text: str) -> int:
    result = lint_text(text, CONFIG, "story.txt")
    return sum(d.severity is not Severity.INFO for d in result.diagnostics)


def _slot_phrase(text: str, start: int, end: int) -> bool:
    """Whether the mention stands in one of the slot forms agencies use (read from the words)."""
    before = text[max(0, start - 60) : start].lower()
    after = text[end : end + 40].lower()
    return bool(
        re.search(
            r"(?:told|interview with|speaking to|polled by|surveyed by|seen by|reviewed by|"
            r"obtained by|reported by|according to)(?: an?| the)?\s*$|\ban?\s*$",
            before,
        )
        or re.match(
            r"\s*(?:could not|couldn't|was unable|has not been able|reported|calculations|"
            r"(?:news agency|survey|poll|tally|count|analysis|reporter|witness|photographer|"
            r"correspondent|cameraman)\b)|['’]s own",
            after,
        )
    )


def subcorpus(path: str) -> str:
    return path.split("/", 1)[0]


def clean_copy(files: list[Path], corpus: Path) -> None:
    """WL201 warnings on the clean corpus, per 10,000 words, each printed to be read."""
    words: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    shown: list[str] = []
    for file in files:
        path = str(file.relative_to(corpus))
        text = file.read_text(encoding="utf-8")
        source = subcorpus(path)
        words[source] += len(text.split())
        for d in lint_text(text, CONFIG, "story.txt").diagnostics:
            if d.severity is Severity.INFO:
                continue
            flags[source] += 1
            context = " ".join(text[max(0, d.span.start - 50) : d.span.end + 40].split())
            shown.append(f"{path}: `{text[d.span.start : d.span.end]}` …{context}…")
    print("0. clean corpus copy: WL201 warnings (every one printed below)")
    for source in sorted(words):
        rate = 10_000 * flags[source] / max(words[source], 1)
        print(f"   {source:14} {flags[source]:3} in {words[source]:,} words ({rate:.2f} per 10k)")
    total = sum(words.values())
    print(
        f"   {'all':14} {sum(flags.values()):3} ({10_000 * sum(flags.values()) / total:.2f} per 10k)"
    )
    for line in shown:
        print("     " + line)


def branded_stories(files: list[Path], corpus: Path) -> Iterator[tuple[str, str, str, Document]]:
    """(path, text, its own brand, parsed story) for each story that names its own brand."""
    for file in files:
        path = str(file.relative_to(corpus))
        text = file.read_text(encoding="utf-8")
        brand = own_brand(path, text)
        if brand is not None:
            yield path, text, brand, parse_document(text)


def replaced(files: list[Path], corpus: Path, scope: str, show: int) -> None:
    """Every mention of the story's brand replaced at once by one word, as a find-and-replace.

    ``scope`` "everywhere": the headline too; "body": body paragraphs only (the headline
    keeps the real brand). Recall is over the body mentions, per source and split.
    """
    counts: Counter[tuple[str, str, bool]] = Counter()  # (source, split, found)
    misses: list[str] = []
    for path, text, brand, doc in branded_stories(files, corpus):
        body = [
            (p.span.start + m.start(), p.span.start + m.end())
            for p in doc.parts
            if p.kind is PartKind.PARAGRAPH
            for m in re.finditer(rf"\b{brand}\b", p.text)
        ]
        if not body:
            continue
        split = "held-out" if held_out(path) else "tuning"
        words = HELD_OUT_WORDS + HELD_OUT_NAMES if split == "held-out" else TUNING_WORDS
        word = random.Random(zlib.crc32(f"{path}-{scope}".encode())).choice(words)
        spans = body if scope == "body" else [m.span() for m in re.finditer(rf"\b{brand}\b", text)]
        damaged, shift, where = [], 0, []
        last = 0
        for start, end in spans:
            damaged.append(text[last:start] + word)
            if (start, end) in body:
                where.append((start + shift, start + shift + len(word)))
            shift += len(word) - (end - start)
            last = end
        damaged.append(text[last:])
        story = "".join(damaged)
        found = [
            d.span
            for d in lint_text(story, CONFIG, "story.txt").diagnostics
            if d.severity is not Severity.INFO
        ]
        source = subcorpus(path)
        for start, end in where:
            hit = any(s.start < end and start < s.end for s in found)
            counts[(source, split, hit)] += 1
            if not hit and split == "tuning":
                misses.append(f"{path}: …{story[max(0, start - 60) : end + 40]!r}…")
    print(f"   find-and-replace, {scope}: body mentions found")
    _print_by_source(counts)
    for line in misses[:show]:
        print("       miss " + line)


def _print_by_source(counts: Counter[tuple[str, str, bool]]) -> None:
    """Found / all per subcorpus, tuning and held-out apart, from (source, split, found)."""
    for source in sorted({s for s, _, _ in counts}):
        for split in ("tuning", "held-out"):
            hit, miss = counts[(source, split, True)], counts[(source, split, False)]
            total = hit + miss
            print(f"     {source:14} {split:8}: {hit}/{total} ({100 * hit / max(total, 1):.1f}%)")


def real_mentions(files: list[Path], corpus: Path, args_show: int = 15) -> None:
    counts: Counter[tuple[str, str, bool]] = Counter()  # (split, scope, found)
    by_source: Counter[tuple[str, str, bool]] = Counter()  # (source, split, found)
    misses: list[str] = []
    for path, text, brand, doc in branded_stories(files, corpus):
        split = "held-out" if held_out(path) else "tuning"
        words = HELD_OUT_WORDS + HELD_OUT_NAMES if split == "held-out" else TUNING_WORDS
        rng = random.Random(zlib.crc32(path.encode()))
        for part in doc.parts:
            if part.kind is not PartKind.PARAGRAPH:
                continue
            for m in re.finditer(rf"\b{brand}\b", part.text):
                start = part.span.start + m.start()
                end = start + len(brand)
                word = rng.choice(words)
                damaged = text[:start] + word + text[end:]
                hit = _found(damaged, start, start + len(word))
                in_slot = _slot_phrase(text, start, end)
                counts[(split, "all", hit)] += 1
                by_source[(subcorpus(path), split, hit)] += 1
                if in_slot:
                    counts[(split, "slot", hit)] += 1
                if not hit and split == "tuning":
                    where = "slot" if in_slot else "other"
                    context = damaged[max(0, start - 60) : start + 50]
                    misses.append(f"[{where}] {path}: …{context!r}…")
    print("   one at a time (the story's other mentions keep the brand): body mentions found")
    for split in ("tuning", "held-out"):
        for scope in ("slot", "all"):
            hit, miss = counts[(split, scope, True)], counts[(split, scope, False)]
            total = hit + miss
            label = "in a slot phrase" if scope == "slot" else "every mention   "
            print(f"     {split:8} {label}: {hit}/{total} found ({100 * hit / max(total, 1):.1f}%)")
    _print_by_source(by_source)
    if misses:
        print(f"   tuning misses ({len(misses)}), first {args_show}:")
        for line in misses[:args_show]:
            print("     " + line)


def mention_kind(doc: Document, text: str, start: int, end: int) -> str:
    """Where a mention of the brand stands (KINDS), from the untouched story."""
    part = next((p for p in doc.parts if p.span.start <= start < p.span.end), None)
    if part is not None and part.kind is PartKind.HEADLINE:
        return "headline"
    agency = doc.dateline.agency if doc.dateline is not None else None
    if agency is not None and agency.start <= start < agency.end:
        return "dateline"
    if part is None or part.kind not in (PartKind.PARAGRAPH, PartKind.BULLET, PartKind.SUBHEAD):
        return "credit"
    before = text[max(0, start - 40) : start].lower()
    after = text[end : end + 40]
    if _TOLD_RE.search(before):
        return "told"
    if _PROGRAMME_RE.match(after):
        return "programme"
    if _WORK_BEFORE_RE.search(before) or _WORK_AFTER_RE.match(after.lower()):
        return "agency-work"
    if re.match(r"['’]s\b", after):
        return "possessive"
    if before.endswith("the "):
        return "the-x"
    return "other"


def by_kind(files: list[Path], corpus: Path, show: int) -> None:
    """Every mention of the story's brand (headline and structural slots too), by where it
    stands and by the class of placeholder word: replaced one at a time (the story's other
    mentions keep the brand) and all at once (a find-and-replace)."""
    counts: Counter[tuple[str, str, str, str, bool]] = Counter()  # mode, kind, class, split
    misses: list[str] = []
    classes = sorted(WORD_CLASSES)
    for path, text, brand, doc in branded_stories(files, corpus):
        spans = [m.span() for m in re.finditer(rf"\b{brand}\b", text)]
        if not spans:
            continue
        split = "held-out" if held_out(path) else "tuning"
        pick = 1 if split == "held-out" else 0
        rng = random.Random(zlib.crc32(f"{path}-kind".encode()))
        kinds = [mention_kind(doc, text, s, e) for s, e in spans]
        # One at a time.
        for (start, end), kind in zip(spans, kinds, strict=True):
            cls = rng.choice(classes)
            word = rng.choice(WORD_CLASSES[cls][pick])
            damaged = text[:start] + word + text[end:]
            hit = _found(damaged, start, start + len(word))
            counts[("one", kind, cls, split, hit)] += 1
            if not hit and split == "tuning":
                context = " ".join(damaged[max(0, start - 60) : start + 50].split())
                misses.append(f"[one {kind} {cls}] {path}: …{context}…")
        # All at once.
        cls = rng.choice(classes)
        word = rng.choice(WORD_CLASSES[cls][pick])
        story = re.sub(rf"\b{brand}\b", word, text)
        shift = len(word) - len(brand)
        found = [
            d.span
            for d in lint_text(story, CONFIG, "story.txt").diagnostics
            if d.severity is not Severity.INFO
        ]
        for i, ((start, _), kind) in enumerate(zip(spans, kinds, strict=True)):
            at = start + i * shift
            hit = any(s.start < at + len(word) and at < s.end for s in found)
            counts[("all", kind, cls, split, hit)] += 1
            if not hit and split == "tuning":
                context = " ".join(story[max(0, at - 60) : at + 50].split())
                misses.append(f"[all {kind} {cls}] {path}: …{context}…")

    def rate(mode: str, split: str, kind: str | None, cls: str | None) -> str:
        hit = total = 0
        for (m, k, c, s, h), n in counts.items():
            if m == mode and s == split and kind in (None, k) and cls in (None, c):
                total += n
                hit += n if h else 0
        return f"{hit:4}/{total:<4} {100 * hit / max(total, 1):5.1f}%" if total else " " * 16

    print("4. every mention by where it stands and by placeholder class (found / all)")
    for mode, title in (("one", "one at a time"), ("all", "all at once")):
        print(f"   {title}:{'tuning':>20}{'held-out':>24}")
        for kind in (*KINDS, None):
            label = kind or "all"
            print(f"     {label:12} {rate(mode, 'tuning', kind, None)}   "
                  f"{rate(mode, 'held-out', kind, None)}")  # fmt: skip
        for cls in classes:
            print(f"     [{cls:11}] {rate(mode, 'tuning', None, cls)}   "
                  f"{rate(mode, 'held-out', None, cls)}")  # fmt: skip
    print(f"   tuning misses ({len(misses)}), first {show}:")
    for line in misses[:show]:
        print("     " + line)


def inserted(files: list[Path], corpus: Path) -> None:
    counts: Counter[tuple[str, bool]] = Counter()
    by_form: Counter[tuple[str, bool]] = Counter()
    clean_sentences = 0
    clean_flags = 0
    for path, text, brand, doc in branded_stories(files, corpus):
        paragraphs = doc.paragraphs
        if len(paragraphs) < 2:
            continue
        split = "held-out" if held_out(path) else "tuning"
        rng = random.Random(zlib.crc32(f"{path}-insert".encode()))
        forms = HELD_OUT_FORMS if split == "held-out" else TUNING_FORMS
        words = HELD_OUT_WORDS + HELD_OUT_NAMES if split == "held-out" else TUNING_WORDS
        words = words + (HELD_OUT_NAMES if split == "held-out" else TUNING_NAMES)
        form = rng.choice(forms)
        at = paragraphs[rng.randrange(1, len(paragraphs))].span.start
        # Clean: the real brand, then another agency quoted.
        for name in (brand, rng.choice(OTHER_AGENCIES)):
            sentence = form.replace("{B}", name)
            clean = text[:at] + sentence + "\n\n" + text[at:]
            clean_sentences += 1
            clean_flags += _flags(clean) - _flags(text)
        word = rng.choice(words)
        sentence = form.replace("{B}", word)
        damaged = text[:at] + sentence + "\n\n" + text[at:]
        first = sentence.index(word)
        hit = _found(damaged, at + first, at + first + len(word))
        counts[(split, hit)] += 1
        by_form[(f"{form[:40]} [{'name' if word[0] in 'ZNVKDO' else 'word'}]", hit)] += 1
    print("2. inserted sentences with a brand slot")
    for split in ("tuning", "held-out"):
        hit, miss = counts[(split, True)], counts[(split, False)]
        total = hit + miss
        print(f"   {split:8} placeholder found: {hit}/{total} ({100 * hit / max(total, 1):.1f}%)")
    for form in sorted({f for f, _ in by_form}):
        hit, miss = by_form[(form, True)], by_form[(form, False)]
        print(f"     {hit:4}/{hit + miss:<4} {form}")
    print(
        f"   clean (real brand or another agency quoted): {clean_flags} new flags in "
        f"{clean_sentences} sentences ({1000 * clean_flags / max(clean_sentences, 1):.2f} per 1,000)"
    )


def speed(files: list[Path]) -> None:
    """WL201 time against story size: corpus paragraphs with brand slots, 0.25 to 2 MB."""
    paragraphs = []
    for file in files[:400]:
        for block in file.read_text(encoding="utf-8").split("\n\n")[1:]:
            paragraphs.append(block.strip())
    slot = "A senior official told Portal the toll would rise, and Portal could not verify it."
    head = "Strike kills soldiers\n\nMOSCOW, Jan 4 (Portal) - The strike killed 89 soldiers.\n\n"
    config = Config(select=("WL201",))
    print("3. WL201 time by story size (one brand slot pair per 20 paragraphs)")
    base: float | None = None
    for mb in (0.25, 1.0, 2.0):
        parts: list[str] = []
        size = len(head)
        i = 0
        while size < mb * 1_000_000:
            text = paragraphs[i % len(paragraphs)] if i % 20 else slot
            parts.append(text)
            size += len(text) + 2
            i += 1
        story = head + "\n\n".join(parts) + "\n"
        # The baseline, in the same run: reading the story into parts and tokens.
        t0 = time.perf_counter()
        parse_document(story).tokens  # noqa: B018 - made for its cost
        parse = time.perf_counter() - t0
        t0 = time.perf_counter()
        result = lint_text(story, config, "big.txt")
        took = time.perf_counter() - t0
        per_mb = took / mb
        base = base or per_mb
        print(
            f"   {mb:5.2f} MB: {took:6.2f} s ({took / parse:.2f}x parsing it), "
            f"{len(result.diagnostics)} findings, {per_mb:.2f} s/MB "
            f"({per_mb / base:.2f}x the 0.25 MB rate)"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--every", type=int, default=1, help="use every Nth story")
    ap.add_argument("--speed", action="store_true", help="only the time by story size")
    ap.add_argument("--show", type=int, default=15, help="misses to print")
    ap.add_argument("--clean", action="store_true", help="only the flags on clean copy")
    ap.add_argument("--kinds", action="store_true", help="only mentions by kind and class")
    ap.add_argument("--no-speed", action="store_true", help="leave out the time by story size")
    ap.add_argument(
        "--replace-only", action="store_true", help="only clean copy and find-and-replace damage"
    )
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    files = corpus_files(args.corpus, args.every)
    if args.clean:
        clean_copy(files, args.corpus)
        return 0
    if args.kinds:
        by_kind(files, args.corpus, args.show)
        return 0
    if not args.speed:
        clean_copy(files, args.corpus)
        print("1. real body mentions of the story's own brand, replaced by a placeholder word")
        replaced(files, args.corpus, "everywhere", args.show)
        replaced(files, args.corpus, "body", args.show)
        if not args.replace_only:
            real_mentions(files, args.corpus, args.show)
            inserted(files, args.corpus)
            by_kind(files, args.corpus, args.show)
    if args.replace_only or args.no_speed:
        return 0
    speed(files)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
