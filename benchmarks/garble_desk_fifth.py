"""Run-ons, half splices, dropped articles and swapped words: a fifth method, a copy desk's.

The earlier generators place damage by word lists (garble_eval), uniformly over a
story's tokens (garble_uniform, garble_structure_second) or at sites read from a parse
(garble_four_third, garble_agreement_fourth, garble_runon_third). This one was written
before reading the checks it measures and WITHOUT the parser the checks use: the sites
are found from the text alone (wirelint's rule-based sentence splitter, word shapes, a
closed-class word list, lemminflect's lexicon and nouns the corpus itself writes after
"a"/"an"), the way a desk editor's slips fall when copy is cut and pasted:

  runon: two neighbouring sentences of one paragraph are joined, the full stop between
  them deleted and the second's first word lower-cased ("Gold rose 0.5% to $2,010 an
  ounce the dollar was weaker"); a second sentence that opens on a name (a word the
  story writes capitalised mid-sentence) is not used;
  runon-report: the same, where the second sentence ends in a report clause
  (", traders said.") and the clause is moved to open it: "Gold rose 0.5% to $2,010 an
  ounce traders said the dollar was weaker";
  half-splice: the first sentence is cut after its verb phrase (its first finite verb,
  read from lemminflect's forms and the auxiliaries, and one to six words after it,
  before any comma, not ending on a function word), and the second is joined from
  mid-way, at a clause opening (after a comma or a conjunction) or any lower-case word
  of its middle: "The deal was expected to close in March shareholders have long
  argued that ...";
  article-drop: "a", "an" or "the" is deleted before a singular count noun (a noun the
  corpus writes after "a"/"an" at least three times and in the plural at least once,
  and straight after a preposition less than a tenth as often as after an article:
  not "to court", "at war", "in time"; possibly behind one adjective); quantity nouns
  ("a few", "a lot", "a number") and a noun that modifies a following noun are skipped;
  word-swap: two neighbouring words change places where one is a closed-class word
  (article, preposition, auxiliary, modal, possessive) and the other is not the same
  class, so the result is not English ("the deal" -> "deal the", "has been" -> "been
  has", "rose to" -> "to rose"); adverbs, pronouns and "said" are never moved (an
  adverb's place is free, "said he" is English).

Each item damages one site of one story: the story is drawn from its half, then a site
uniformly among all the story's sites of the kind. Items were read by hand (10+ per
kind) and the exclusions above drop the ones that stayed grammatical.

The whole story is linted clean and damaged (the grammar rules WL4xx; ``--tier``
chooses the parser checks or the light pattern tier), and a damage is found on its
line when a finding the clean story did not have (by code and flagged words) touches
the damaged sentence, and near when it touches the damaged words or the junction.

Stories are split into a tuning half and a held-out half by a stable hash of their
path under the corpus (md5, even/odd). Usage:

    python benchmarks/garble_desk_fifth.py [--tier parser|patterns] [--per-kind 150]
        [--kinds runon,...] [--show N] [--misses misses.tsv] [--seed 5]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from wirelint.config import Config  # noqa: E402
from wirelint.document.model import Document, Sentence, parse_document  # noqa: E402
from wirelint.engine import lint_document  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
KINDS = ("runon", "runon-report", "half-splice", "article-drop", "word-swap")

# Closed-class words, by class: a swap across two classes (or with an open-class word)
# breaks the sentence; a swap inside one class may not ("in on", "of all").


def wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


CLASSES: dict[str, frozenset[str]] = {
    "det": wordset("the a an its their his her our this these those every each"),
    "prep": wordset("of in on at for with by from into to over under about against between"),
    "aux": wordset(
        "is are was were has have had will would could can may might should must be been "
        "being does did"
    ),
}
CLOSED = frozenset().union(*CLASSES.values())
# Never moved by a swap: their place is free, or the swap reads as an inversion.
FREE = wordset(
    "also still already never now just only even yet then ever often so too again not "
    "he she it they we i you there that which who said says as than more most very "
    "well much all both"
)
# Words that open a clause in the second sentence of a half splice.
CLAUSE_OPENERS = wordset(
    "that and but while because as after when since although though if where which who"
)
# After these, a dropped article still reads as English ("a few", "a lot", "a number of").
QUANTITY = wordset(
    "few lot little number couple bit half third quarter total majority host range series "
    "variety dozen handful"
)
AUXILIARIES = wordset(
    "is are was were has have had will would could can may might should must said says do does did"
)
JOINERS = wordset(
    "and but or so yet nor although though because while whereas since as if when unless "
    "whether until before after once"
)
SUBJECT_WORDS = wordset("i he she it we they")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
REPORT = re.compile(
    r"^(?P<body>.*\S), (?P<who>(?:[A-Za-z.'-]+ ){0,5}?[A-Za-z.'-]+) "
    r"(?P<verb>said|says|added|argued|reported|noted|told reporters|warned)\.$"
)


def in_held_out(rel: str) -> bool:
    """The stable split: half the stories are never looked at while tuning."""
    return int(hashlib.md5(rel.encode()).hexdigest(), 16) % 2 == 1


@dataclass
class Item:
    kind: str
    rel: str
    damaged: str  # the whole damaged story
    line: tuple[int, int]  # the damaged sentence, in the damaged story
    near: tuple[int, int]  # the damaged words and the junction, in the damaged story
    clean_line: tuple[int, int]  # the sentences damaged, in the clean story
    before: str
    after: str


@lru_cache(maxsize=20000)
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    from lemminflect import getAllLemmas

    return dict(getAllLemmas(word))


@lru_cache(maxsize=20000)
def verb_form(word: str) -> set[str]:
    """The Penn tags the word has as a form of some verb (VBD, VBZ, VBN, ...)."""
    from lemminflect import getAllInflections

    tags: set[str] = set()
    for lemma in lemmas(word).get("VERB", ()):
        for tag, forms in getAllInflections(lemma, upos="VERB").items():
            if word in forms:
                tags.add(tag)
    return tags


def finite_verb(word: str) -> bool:
    low = word.lower()
    if low in AUXILIARIES:
        return True
    # A past form only: -s forms are plural nouns as often as verbs ("shares", "rises").
    return word.islower() and "VBD" in verb_form(low) and "NOUN" not in lemmas(low)


class Story:
    def __init__(self, rel: str, text: str) -> None:
        self.rel = rel
        self.text = text
        self.doc: Document = parse_document(text, rel)
        self.paragraphs = [list(p.sentences) for p in self.doc.paragraphs]
        # Words the story writes capitalised after a lower-case word: names.
        self.names = set(re.findall(r"(?<=[a-z,] )([A-Z][A-Za-z'-]+)", text))

    def lower_first(self, s: str) -> str | None:
        """The sentence with its first word lower-cased, or None when that word is a name."""
        m = WORD.match(s)
        if not m:
            return None
        word = m.group()
        if word in self.names or word == "I" or (len(word) > 1 and word[1:] != word[1:].lower()):
            return None
        # A conjunction or a subordinator opening the second sentence joins the two
        # clauses: the run-on is English ("... the dollar but Volcker has warned").
        if word.lower() in JOINERS:
            return None
        # A name the story only writes at a sentence's start ("Labour", "Glaxo"): the
        # corpus writes it capitalised mid-sentence more often than in lower case.
        mid, lower = case_counts()
        if mid[word] > lower[word.lower()]:
            return None
        return word.lower() + s[len(word) :]

    def pairs(self) -> list[tuple[Sentence, Sentence]]:
        out = []
        for sents in self.paragraphs:
            for a, b in pairwise(sents):
                gap = self.text[a.span.end : b.span.start]
                last = a.text.rsplit(" ", 1)[-1]
                # A plain full stop after a word (not "Inc.", "U.S.", a quotation's end).
                if gap != " " or not re.fullmatch(r"[a-z0-9%][a-z0-9%,-]*[a-z0-9%]\.", last):
                    continue
                if len(a.text.split()) < 5 or len(b.text.split()) < 5:
                    continue
                out.append((a, b))
        return out


def words_of(s: str) -> list[re.Match[str]]:
    return list(re.finditer(r"\S+", s))


def join(
    story: Story, kind: str, a: Sentence, b: Sentence, new: str, near: tuple[int, int]
) -> Item:
    text = story.text
    start, end = a.span.start, b.span.end
    damaged = text[:start] + new + text[end:]
    return Item(
        kind,
        story.rel,
        damaged,
        (start, start + len(new)),
        (start + near[0], start + near[1]),
        (start, end),
        text[start:end],
        new,
    )


def runon_sites(story: Story, rnd: random.Random) -> list[Callable[[], Item | None]]:
    def make(a: Sentence, b: Sentence) -> Item | None:
        second = story.lower_first(b.text)
        if second is None:
            return None
        first = a.text[:-1]
        last = words_of(first)[-1]
        new = first + " " + second
        nxt = words_of(second)[0]
        return join(story, "runon", a, b, new, (last.start(), len(first) + 1 + nxt.end()))

    return [lambda a=a, b=b: make(a, b) for a, b in story.pairs()]


def runon_report_sites(story: Story, rnd: random.Random) -> list[Callable[[], Item | None]]:
    def make(a: Sentence, b: Sentence) -> Item | None:
        m = REPORT.match(b.text)
        if not m or '"' in b.text or "“" in b.text:
            return None
        body = story.lower_first(m.group("body"))
        who = m.group("who")
        lowered = story.lower_first(who)
        if body is None or len(body.split()) < 4:
            return None
        # "He said" opens the second sentence lower-cased; a name keeps its capital.
        who = lowered if lowered is not None else who
        first = a.text[:-1]
        report = f"{who} {m.group('verb')}"
        new = f"{first} {report} {body}."
        last = words_of(first)[-1]
        return join(
            story,
            "runon-report",
            a,
            b,
            new,
            (last.start(), len(first) + 1 + len(report) + 1 + len(body.split()[0])),
        )

    return [lambda a=a, b=b: make(a, b) for a, b in story.pairs()]


FUNCTION_END = CLOSED | CLAUSE_OPENERS | wordset("a an and or not no")


def half_splice_sites(story: Story, rnd: random.Random) -> list[Callable[[], Item | None]]:
    def make(a: Sentence, b: Sentence) -> Item | None:
        # A cut through a quotation leaves a quotation mark open: another rule's find.
        if any(q in a.text + b.text for q in '"“”'):
            return None
        aw = words_of(a.text)
        verb = next(
            (
                i
                for i, w in enumerate(aw[:-1])
                if i >= 1 and finite_verb(w.group().strip(",;:")) and "," not in w.group()
            ),
            None,
        )
        if verb is None or any(c in a.text[: aw[verb].start()] for c in ",;("):
            return None
        cuts = []
        for c in range(verb + 1, min(verb + 7, len(aw) - 2)):
            if any(ch in w.group() for w in aw[verb : c + 1] for ch in ',;:"“”()'):
                break
            if aw[c].group().lower() not in FUNCTION_END:
                cuts.append(c)
        # At least two words of the first sentence's end are lost.
        cuts = [c for c in cuts if c <= len(aw) - 3]
        if not cuts:
            return None
        c = rnd.choice(cuts)
        bw = words_of(b.text)
        n = len(bw)
        starts = []
        for m in range(2, n - 3):
            word = bw[m].group()
            if not word.islower() or not word.isalpha() or word in FUNCTION_END - SUBJECT_WORDS:
                continue
            prev = bw[m - 1].group()
            clause = prev.endswith(",") or prev.lower() in CLAUSE_OPENERS
            if not (clause or n / 3 <= m <= 2 * n / 3):
                continue
            rest = [w.group().strip(",.;:") for w in bw[m : m + 6]]
            if any(finite_verb(w) for w in rest):
                starts.append(m)
        if not starts:
            return None
        m = rnd.choice(starts)
        first = a.text[: aw[c].end()].rstrip(",;:")
        second = b.text[bw[m].start() :]
        new = first + " " + second
        return join(
            story,
            "half-splice",
            a,
            b,
            new,
            (aw[c].start(), len(first) + 1 + len(bw[m].group())),
        )

    return [lambda a=a, b=b: make(a, b) for a, b in story.pairs()]


BARE_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|to|at|by|for|from|of|with|on|into|under|without) ([a-z]+)\b(?! of\b)"
)


@lru_cache(maxsize=1)
def case_counts() -> tuple[Counter[str], Counter[str]]:
    """How often the corpus writes each word capitalised mid-sentence, and in lower case."""
    mid: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for path in sorted(CORPUS.rglob("*.txt")):
        if path.parent.name == "odd":
            continue
        text = path.read_text(encoding="utf-8")
        mid.update(re.findall(r"(?<=[a-z,] )([A-Z][a-z'-]+)", text))
        lower.update(re.findall(r"\b[a-z][a-z'-]*\b", text))
    return mid, lower


@lru_cache(maxsize=1)
def count_nouns() -> frozenset[str]:
    """Nouns the corpus writes after "a"/"an" three times or more, and in the plural."""
    from lemminflect import getAllInflections

    after_a: Counter[str] = Counter()
    after_article: Counter[str] = Counter()
    after_preposition: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for path in sorted(CORPUS.rglob("*.txt")):
        if path.parent.name == "odd":
            continue
        text = path.read_text(encoding="utf-8")
        after_a.update(m.lower() for m in re.findall(r"\b[Aa]n? ([a-z]+)\b", text))
        words.update(re.findall(r"\b[a-z]+\b", text))
        after_article.update(re.findall(r"\b(?:[Aa]n?|[Tt]he) ([a-z]+)\b", text))
        after_preposition.update(re.findall(BARE_AFTER_PREPOSITION, text))
    out = set()
    for word, n in after_a.items():
        if n < 3 or word in QUANTITY or "NOUN" not in lemmas(word):
            continue
        # A noun the corpus also writes bare after a preposition (to court, at war, in
        # time, with quality) reads as English without its article.
        if after_preposition[word] * 10 > after_article[word]:
            continue
        plural = getAllInflections(word, upos="NOUN").get("NNS", ())
        if any(words[p] for p in plural if p != word):
            out.add(word)
    return frozenset(out)


def article_sites(story: Story, rnd: random.Random) -> list[Callable[[], Item | None]]:
    nouns = count_nouns()
    sites: list[Callable[[], Item | None]] = []
    for sents in story.paragraphs:
        for s in sents:
            ws = words_of(s.text)
            for i, w in enumerate(ws[:-1]):
                if w.group().lower() not in ("a", "an", "the"):
                    continue
                j = i + 1
                word = ws[j].group()
                if "ADJ" in lemmas(word) and "NOUN" not in lemmas(word) and j + 1 < len(ws):
                    j += 1
                noun = ws[j].group().rstrip(",.;:")
                # An ordinal or an adjective read as a noun ("the first", "an extra") is
                # English without its article.
                if noun not in nouns or noun in QUANTITY or "ADJ" in lemmas(noun):
                    continue
                if i and ws[i - 1].group().lower() in ("such", "what", "half", "all", "quite"):
                    continue
                if j + 1 < len(ws):
                    after = ws[j + 1].group()
                    # A noun modifying the next word ("the company spokesman") or a
                    # plural head ("the company shares") reads as English without it.
                    if noun == ws[j].group() and after.isalpha() and after.islower():
                        lem = lemmas(after)
                        if "NOUN" in lem and (after not in lem["NOUN"] or len(lem) == 1):
                            continue
                sites.append(lambda s=s, ws=ws, i=i: drop_article(story, s, ws, i))
    return sites


def drop_article(story: Story, s: Sentence, ws: list[re.Match[str]], i: int) -> Item | None:
    t = s.text
    art = ws[i]
    rest = t[ws[i + 1].start() :]
    if i == 0:
        rest = rest[0].upper() + rest[1:]
    new = t[: art.start()] + rest
    return single(story, "article-drop", s, new, (max(0, art.start() - 1), art.start() + 1))


def single(story: Story, kind: str, s: Sentence, new: str, near: tuple[int, int]) -> Item:
    text = story.text
    start, end = s.span.start, s.span.end
    damaged = text[:start] + new + text[end:]
    near_end = min(len(new), near[1])
    # Widen the near span to the words on both sides.
    lo = new.rfind(" ", 0, max(0, near[0] - 1)) + 1
    hi = new.find(" ", near_end + 1)
    hi = len(new) if hi < 0 else hi
    return Item(
        kind, story.rel, damaged, (start, start + len(new)), (start + lo, start + hi),
        (start, end), text[start:end], new,
    )  # fmt: skip


def klass(word: str) -> str:
    low = word.lower()
    for name, members in CLASSES.items():
        if low in members:
            return name
    return "open"


def swap_sites(story: Story, rnd: random.Random) -> list[Callable[[], Item | None]]:
    sites: list[Callable[[], Item | None]] = []
    for sents in story.paragraphs:
        for s in sents:
            if '"' in s.text or "“" in s.text:
                continue
            ws = words_of(s.text)
            for i in range(len(ws) - 1):
                w1, w2 = ws[i].group(), ws[i + 1].group()
                last = i + 1 == len(ws) - 1
                core2 = w2[:-1] if last and w2.endswith(".") else w2
                if not (w1.isalpha() and core2.isalpha()):
                    continue
                if w1.lower() in FREE or core2.lower() in FREE or w1.endswith("ly"):
                    continue
                if core2.endswith("ly") or (i and not w1.islower()) or not core2.islower():
                    continue
                k1, k2 = klass(w1), klass(core2)
                if k1 == k2:
                    continue
                sites.append(lambda s=s, ws=ws, i=i, core2=core2: swap(story, s, ws, i, core2))
    return sites


def swap(story: Story, s: Sentence, ws: list[re.Match[str]], i: int, core2: str) -> Item | None:
    t = s.text
    w1 = ws[i].group()
    a, b = core2, w1
    if i == 0:
        lowered = story.lower_first(w1)
        if lowered is None:
            return None
        a, b = core2[0].upper() + core2[1:], lowered
    end = ws[i + 1].start() + len(core2)
    new = t[: ws[i].start()] + a + " " + b + t[end:]
    return single(story, "word-swap", s, new, (ws[i].start(), ws[i].start() + len(a) + 1 + len(b)))


SITES: dict[str, Callable[[Story, random.Random], list[Callable[[], Item | None]]]] = {
    "runon": runon_sites,
    "runon-report": runon_report_sites,
    "half-splice": half_splice_sites,
    "article-drop": article_sites,
    "word-swap": swap_sites,
}


def build(kind: str, files: list[tuple[str, Path]], per_kind: int, seed: int) -> list[Item]:
    rnd = random.Random(f"{seed}:{kind}")
    order = files[:]
    rnd.shuffle(order)
    items: list[Item] = []
    for rel, path in order:
        if len(items) >= per_kind:
            break
        story = Story(rel, path.read_text(encoding="utf-8"))
        sites = SITES[kind](story, rnd)
        rnd.shuffle(sites)
        for site in sites:
            item = site()
            if item is not None:
                items.append(item)
                break
    return items


def overlaps(span: tuple[int, int], lo: int, hi: int) -> bool:
    return span[0] < hi and lo < span[1]


def findings(text: str, rel: str, config: Config) -> list[tuple[str, tuple[int, int], str]]:
    result = lint_document(parse_document(text, rel), config)
    return [
        (d.code, (d.span.start, d.span.end), text[d.span.start : d.span.end])
        for d in result.diagnostics
        if d.severity.label != "info"
    ]


@lru_cache(maxsize=256)
def clean_findings(rel: str, tier: str) -> list[tuple[str, tuple[int, int], str]]:
    return findings((CORPUS / rel).read_text(encoding="utf-8"), rel, config_for(tier))


@lru_cache(maxsize=2)
def config_for(tier: str) -> Config:
    return Config(select=("WL4",), grammar=tier)


def judge(item: Item, tier: str) -> tuple[bool, bool, list[str]]:
    """(found on the line, found near, the codes of the new findings on the line)."""
    clean = Counter(
        (code, words)
        for code, span, words in clean_findings(item.rel, tier)
        if overlaps(span, *item.clean_line)
    )
    new = []
    for code, span, words in findings(item.damaged, item.rel, config_for(tier)):
        if not overlaps(span, *item.line):
            continue
        if clean[(code, words)]:
            clean[(code, words)] -= 1
            continue
        new.append((code, span))
    near = any(overlaps(span, *item.near) for _, span in new)
    return bool(new), near, sorted({c for c, _ in new})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--tier", choices=("parser", "patterns"), default="parser")
    ap.add_argument("--per-kind", type=int, default=150)
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--show", type=int, default=0, help="print N items per kind and half")
    ap.add_argument("--misses", type=Path, help="write the tuning half's misses (TSV)")
    ap.add_argument("--split", choices=("both", "tuning", "held-out"), default="both")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}; nothing to measure")
        return 0
    files = sorted(
        (str(p.relative_to(CORPUS)), p) for p in CORPUS.rglob("*.txt") if p.parent.name != "odd"
    )
    halves = {
        "tuning": [f for f in files if not in_held_out(f[0])],
        "held-out": [f for f in files if in_held_out(f[0])],
    }
    if args.split != "both":
        halves = {args.split: halves[args.split]}
    misses: list[str] = []
    print(f"tier {args.tier}; {args.per_kind} items per kind and half")
    print(f"{'kind':14} {'half':9} {'n':>4} {'line':>6} {'near':>6}  codes on the line")
    totals: dict[str, list[int]] = {h: [0, 0, 0] for h in halves}
    for kind in args.kinds.split(","):
        for half, pool in halves.items():
            items = build(kind, pool, args.per_kind, args.seed)
            line = near = 0
            codes: Counter[str] = Counter()
            for n, item in enumerate(items):
                on_line, is_near, found = judge(item, args.tier)
                line += on_line
                near += is_near
                codes.update(found)
                if n < args.show:
                    print(f"  [{half}] {item.rel}\n    - {item.before}\n    + {item.after}")
                    print(f"    -> {'found ' + ','.join(found) if found else 'MISSED'}")
                if not on_line and half == "tuning":
                    misses.append(f"{kind}\t{item.rel}\t{item.after}")
            t = totals[half]
            t[0] += len(items)
            t[1] += line
            t[2] += near
            k = max(1, len(items))
            top = ", ".join(f"{c} {v}" for c, v in codes.most_common(6))
            print(
                f"{kind:14} {half:9} {len(items):4} {line / k:6.1%} {near / k:6.1%}  {top}",
                flush=True,
            )
    for half, (n, line, near) in totals.items():
        print(f"{'all':14} {half:9} {n:4} {line / max(1, n):6.1%} {near / max(1, n):6.1%}")
    if args.misses:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
