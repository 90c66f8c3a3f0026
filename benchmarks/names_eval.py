"""WL101-WL103 on real copy: false alarms, recall on damaged copies, and their cost in time.

* False alarms: every flag of WL101, WL102 and WL103 over the clean corpus, per 10,000
  words (the corpus is published copy; a few flags are real slips in the source, so the
  flags are written to a file for reading).
* Recall: clean stories with one mention of a repeated name changed into a
  transliteration or typo variant (WL101), or one word flipped to the other dialect's
  spelling (WL102); a hit is a diagnostic on the changed place (one whose note only
  points there, the finding on the other spelling, is counted apart). Stories are split
  deterministically (by a hash of their path) into a tuning set and a held-out set
  (one in four), reported separately.
  `--misses FILE` writes every damaged place that was not found, with its context.
* Speed: a check of the corpus with every rule against the same check without WL1xx,
  in the same run, interleaved. `--scaling` times WL101 alone on stories of 0.25, 1 and
  2 MB made of corpus paragraphs, beside the time to tokenise each (linear work keeps
  WL101's seconds per MB flat).

The flags of one run, each read in its story and judged a find or noise, are kept in
benchmarks/judged/wl101.tsv for the next measurement to compare with.

    python benchmarks/names_eval.py [--corpus ../shared/corpus] [--every 1] [--out names-flags.txt]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from wirelint.config import Config  # noqa: E402
from wirelint.document.model import TokenShape, parse_document  # noqa: E402
from wirelint.engine import lint_text  # noqa: E402

RULES = ("WL101", "WL102", "WL103")

# -- damage --------------------------------------------------------------------------------

_DIACRITIC = {
    "e": "é",
    "a": "á",
    "c": "ć",
    "s": "š",
    "z": "ž",
    "o": "ö",
    "u": "ü",
    "n": "ñ",
    "i": "í",
}
_VOWEL_SWAP = {"a": "e", "e": "a", "o": "a", "i": "e", "u": "o"}


def _kinds(name: str) -> dict[str, str]:
    """Every variant of ``name`` by kind of damage (some kinds do not apply to every name)."""
    out: dict[str, str] = {}
    n = len(name)
    mid = n // 2
    out["swap"] = name[:mid] + name[mid + 1] + name[mid] + name[mid + 2 :]
    out["double"] = name[:mid] + name[mid] + name[mid:]
    out["drop-inner"] = name[:mid] + name[mid + 1 :]
    out["drop-final"] = name[:-1]
    doubled = next((j for j in range(1, n) if name[j] == name[j - 1]), None)
    if doubled is not None:
        out["undouble"] = name[:doubled] + name[doubled + 1 :]  # Schmitt -> Schmit
    low = name.lower()
    if low.endswith("y"):
        out["ending"] = name[:-1] + "iy"
    elif low.endswith(("iy", "yy", "yi")):
        out["ending"] = name[:-2] + "y"
    elif low.endswith("i"):
        out["ending"] = name[:-1] + "y"
    for a, b in (("kh", "ch"), ("ch", "kh"), ("ou", "u"), ("k", "c"), ("c", "k"), ("y", "i")):
        j = low.find(a, 1)
        if j > 0:
            out["transliteration"] = name[:j] + b + name[j + len(a) :]
            break
    for j in range(1, n):
        c = name[j]
        if c in _DIACRITIC:
            out["diacritic"] = name[:j] + _DIACRITIC[c] + name[j + 1 :]
            break
    for j in range(2, n - 1):
        c = name[j]
        if c in _VOWEL_SWAP:
            out["vowel"] = name[:j] + _VOWEL_SWAP[c] + name[j + 1 :]
            break
    return {k: v for k, v in out.items() if v != name}


def _frequency(word: str) -> int:
    from wirelint.analysis.lexicon import frequency

    return frequency(word)


def damage_names(text: str, rng: random.Random) -> tuple[str, tuple[int, int], str] | None:
    """Change one mention of a name used at least twice; (text, span changed, kind) or None.

    A name here is a capitalised word inside a sentence, written lower-case nowhere in
    the story, of five letters or more and not a common English word.
    """
    doc = parse_document(text)
    lower = {t.text.lower() for t in doc.tokens if t.shape is TokenShape.LOWER}
    spellings = {t.text.lower() for t in doc.tokens}
    places: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for t in doc.tokens:
        if t.shape is not TokenShape.CAPITALIZED or t.sentence_start or not t.text.isalpha():
            continue
        if len(t.text) < 5 or t.text.lower() in lower:
            continue
        places[t.text].append((t.start, t.end))
    names = sorted(n for n, p in places.items() if len(p) >= 2 and _frequency(n) < 1000)
    if not names:
        return None
    name = rng.choice(names)
    kinds = _kinds(name)
    kinds = {k: v for k, v in kinds.items() if v.lower() not in spellings}
    if not kinds:
        return None
    kind = rng.choice(sorted(kinds))
    start, end = rng.choice(places[name])
    return text[:start] + kinds[kind] + text[end:], (start, start + len(kinds[kind])), kind


def flip_dialect(text: str, rng: random.Random) -> tuple[str, tuple[int, int], str] | None:
    """Flip one word of a story written in one dialect (3+ marked words) to the other."""
    from wirelint.analysis.dialect import DIALECT, OFFICIAL, UK, dialect_words
    from wirelint.analysis.names import with_case
    from wirelint.packs import packs_for

    packs = packs_for(())
    data = packs.section(DIALECT)
    doc = parse_document(text)
    words = dialect_words(doc, data["pairs"].load(), data, packs.section(OFFICIAL))
    ise = any(w.pair.dialect == UK and w.pair.kinds == ("ise-ize",) for w in words)
    # -ize is Oxford British: in a British story it counts only beside -ise, so the
    # damage set leaves out -ise flips in stories with no other -ise word.
    marked = [
        w for w in words if not (w.pair.dialect != UK and w.pair.kinds == ("ise-ize",) and not ise)
    ]
    if len(marked) < 3 or len({w.pair.dialect for w in marked}) != 1:
        return None
    candidates = [
        w
        for w in marked
        if w.text.islower()
        and not (
            w.pair.kinds == ("ise-ize",) and sum(x.pair.kinds == ("ise-ize",) for x in marked) < 2
        )
    ]
    if not candidates:
        return None
    w = rng.choice(candidates)
    new = with_case(w.text, w.pair.counterpart)
    kind = "+".join(w.pair.kinds)
    return (
        text[: w.span.start] + new + text[w.span.end :],
        (w.span.start, w.span.start + len(new)),
        kind,
    )


# -- the run -------------------------------------------------------------------------------


def held_out(rel: str) -> bool:
    return int(hashlib.sha1(rel.encode()).hexdigest()[:8], 16) % 4 == 0


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--every", type=int, default=1, help="use every Nth story")
    ap.add_argument("--out", type=Path, default=Path("names-flags.txt"))
    ap.add_argument("--no-timing", action="store_true")
    ap.add_argument("--misses", type=Path, help="write each damaged place not found here")
    ap.add_argument("--timing-only", action="store_true")
    ap.add_argument(
        "--scaling",
        action="store_true",
        help="time WL101 on stories of 0.25, 1 and 2 MB made of corpus paragraphs",
    )
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    files = sorted(p for p in args.corpus.rglob("*.txt") if p.parent.name != "odd")[:: args.every]
    if args.timing_only:
        _timing(files)
        return 0
    if args.scaling:
        _scaling(files)
        return 0
    config = Config(select=RULES)
    words: Counter[str] = Counter()
    flags: Counter[tuple[str, str]] = Counter()
    lines: list[str] = []
    missed: list[str] = []
    recall: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    kinds: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    aside: Counter[tuple[str, str]] = Counter()
    for path in files:
        rel = path.relative_to(args.corpus).as_posix()
        split = "held-out" if held_out(rel) else "tuning"
        text = path.read_text(encoding="utf-8")
        words[split] += len(text.split())
        result = lint_text(text, config, str(path))
        for d in result.diagnostics:
            flags[(d.code, split)] += 1
            a = max(0, d.span.start - 60)
            context = text[a : d.span.end + 60].replace("\n", " ")
            line = result.document.lines.position(d.span.start).line
            lines.append(f"{d.code} {rel}:{line}: {d.message}\n    …{context}…")
        seed = int(hashlib.sha1(rel.encode()).hexdigest()[:8], 16)
        for rule, make in (("WL101", damage_names), ("WL102", flip_dialect)):
            case = make(text, random.Random(seed))
            if case is None:
                continue
            damaged, (s, _e), kind = case
            diags = lint_text(damaged, Config(select=(rule,)), str(path)).diagnostics
            # Found: a diagnostic at the changed place. One whose notes point there only
            # (the finding on the other spelling) is counted apart: an editor reads
            # the finding, not its notes.
            hit = any(d.span.start <= s < d.span.end for d in diags)
            aside[(rule, split)] += not hit and any(
                n.span.start <= s < n.span.end for d in diags for n in d.notes
            )
            if not hit:
                a = max(0, s - 70)
                context = damaged[a : s + 70].replace("\n", " ")
                missed.append(f"{rule} {kind} {rel} ({split}): {damaged[s:_e]}\n    …{context}…")
            recall[(rule, split)][0] += hit
            recall[(rule, split)][1] += 1
            kinds[(rule, kind)][0] += hit
            kinds[(rule, kind)][1] += 1
    total = sum(words.values())
    print(
        f"{len(files)} stories, {total:,} words (tuning {words['tuning']:,}, held-out {words['held-out']:,})"
    )
    print("flags per 10,000 words of clean copy (all | tuning | held-out):")
    for code in RULES:
        n_t, n_h = flags[(code, "tuning")], flags[(code, "held-out")]
        print(
            f"  {code}  {(n_t + n_h) * 1e4 / total:5.2f} | {n_t * 1e4 / max(1, words['tuning']):5.2f} | "
            f"{n_h * 1e4 / max(1, words['held-out']):5.2f}   ({n_t + n_h} flags)"
        )
    print("recall on damaged copies (tuning | held-out; found on the other spelling only):")
    for rule in ("WL101", "WL102"):
        t, h = recall[(rule, "tuning")], recall[(rule, "held-out")]
        print(
            f"  {rule}  {t[0] / max(1, t[1]):6.1%} ({t[0]}/{t[1]}) | {h[0] / max(1, h[1]):6.1%} ({h[0]}/{h[1]})"
            f"; {aside[(rule, 'tuning')]} | {aside[(rule, 'held-out')]}"
        )
        for (r, kind), (hits, n) in sorted(kinds.items()):
            if r == rule:
                print(f"      {kind:<24} {hits / n:6.1%} ({hits}/{n})")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"every flag, with context: {args.out}")
    if args.misses:
        args.misses.write_text("\n".join(missed) + "\n", encoding="utf-8")
    if not args.no_timing:
        _timing(files)
    return 0


def _timing(files: list[Path]) -> None:
    texts = [p.read_text(encoding="utf-8") for p in files]
    # The light grammar tier in both: the parser tier caches each paragraph's parse, so
    # whichever check read a story first would pay the parsing for both.
    with_all = Config(select=("ALL",), grammar="patterns")
    without = Config(select=("ALL",), ignore=("WL1",), grammar="patterns")
    for cfg in (with_all, without):  # warm up: imports, packs, word lists
        lint_text(texts[0], cfg, "warm.txt")
    spent = {"with": 0.0, "without": 0.0}
    runs = (("without", without), ("with", with_all))
    for i, text in enumerate(texts):
        # Alternate which goes first, so neither always meets the other's warm caches.
        for name, cfg in runs if i % 2 else runs[::-1]:
            t0 = time.perf_counter()
            lint_text(text, cfg, "story.txt")
            spent[name] += time.perf_counter() - t0
    overhead = spent["with"] / spent["without"] - 1
    print(
        f"time: all rules {spent['with']:.2f}s, without WL1xx {spent['without']:.2f}s: "
        f"WL1xx adds {overhead:.1%} ({len(texts)} stories)"
    )


def _long_story(files: list[Path], size: int) -> str:
    """A headline and the corpus's paragraphs, in order, until the story holds ``size`` bytes."""
    parts = ["Size ladder"]
    total = 0
    while total < size:
        for path in files:
            for para in path.read_text(encoding="utf-8").split("\n\n")[1:]:
                parts.append(para.strip())
                total += len(para.encode()) + 2
                if total >= size:
                    return "\n\n".join(parts) + "\n"
    return "\n\n".join(parts) + "\n"


def _scaling(files: list[Path]) -> None:
    """WL101's own time per MB at three sizes, beside the time to read the story's tokens.

    Linear work keeps the seconds per MB flat up the ladder. Tokenising the story (what
    every rule reads first, linear itself) is the yardstick, measured in the same run;
    WL101's own time is a check with WL101 alone less that.
    """
    only = Config(select=("WL101",))
    lint_text("Head\n\nWarm up.\n", only, "warm.txt")
    print("size    tokens s   WL101 own s   own s/MB   own/tokens   findings")
    for mb in (0.25, 1.0, 2.0):
        text = _long_story(files, int(mb * 1_000_000))
        t0 = time.perf_counter()
        len(parse_document(text).tokens)
        tokens = time.perf_counter() - t0
        t0 = time.perf_counter()
        found = len(lint_text(text, only, "ladder.txt").diagnostics)
        own = time.perf_counter() - t0 - tokens
        print(
            f"{mb:4.2f}MB {tokens:9.2f} {own:13.2f} {own / mb:10.2f} {own / tokens:11.2f}x {found:10}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
