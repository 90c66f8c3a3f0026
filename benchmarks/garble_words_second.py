"""Word-level damage drawn over whole stories: a second method for eight kinds.

garble_words_uniform.py damages body sentences of 8 or more words, picks sites from a
parse of the clean sentence (a preposition must head a prepositional phrase, a time word
must be one of a short list) and lints the damaged sentence alone. This generator is
written the other way round, to see the damage as it falls in copy nobody chose:

- the story is drawn uniformly from its split, then ONE sentence uniformly from all its
  sentences (headline, subheads, quotes, short and long sentences alike); for the four
  rarer kinds below, the first sentence with a site in a random order of all of them;
- a site is any word of the sentence that is one of the damaged words, found by spelling
  alone: any `the`, `a` or `an` (drop-article); any common preposition (drop-preposition;
  `to` only when no verb follows it), and any such preposition replaced by another common
  one (wrong-preposition);
- tense-vs-time: a sentence with any time word (yesterday, tomorrow, last/next week, on
  Monday, in 2019, two years ago, earlier this month, ...) has ANY of its finite verbs
  shifted against it: a past verb made present or `will` future, a present or `will`
  future made past. The tagger only says which words are finite verbs;
- infinitive-to-gerund, gerund-to-infinitive, duplicated-subject-pronoun and
  modal-plus-past: the tagger says which words are verbs, -ing forms, noun subjects and
  modals; a site is any `to` and bare verb after a word that takes a to-infinitive (a
  broad list: verbs, their passives, adjectives), any -ing form straight after a verb
  that takes one, any noun subject before its verb, any bare verb after a modal;
- the whole story is linted, clean and damaged, and a finding the clean story did not
  have counts when it touches the damaged words or their neighbours (near) or lies in
  the damaged sentence (line).

Stories are split into tuning and held-out parts by garble_eval's path hash. The share of
damage that fell where no body check reads (headlines, subheads, captions) is printed
too. Usage:

    python benchmarks/garble_words_second.py [--tier parser|patterns] [--per-kind 150]
        [--kinds drop-article,...] [--misses misses.tsv] [--seed 31]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import garble_eval  # noqa: E402
from garble_eval import Forms, held_out  # noqa: E402
from garble_in_story import findings  # noqa: E402

from wirelint.document.model import PartKind, parse_document  # noqa: E402
from wirelint.grammar.parser import Tok, load  # noqa: E402

KINDS = (
    "drop-article", "drop-preposition", "wrong-preposition", "tense-vs-time",
    "infinitive-to-gerund", "gerund-to-infinitive", "duplicated-subject-pronoun",
    "modal-plus-past",
)  # fmt: skip
_ARTICLES = frozenset({"the", "a", "an"})
#: The common prepositions: each may be dropped or replaced by any other of them.
_PREPOSITIONS = (
    "of", "in", "on", "at", "for", "to", "with", "from", "by", "about", "into", "over",
    "after", "before", "against", "under", "through", "during", "between",
)  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_PERIOD = rf"week|month|year|night|weekend|season|summer|winter|spring|autumn|decade|quarter|{_DAYS}|{_MONTHS}"
#: Time words, each with the time it fixes: past, future, or either (on Monday, in 2019:
#: the verb's own tense says which, and the damage turns it the other way).
_TIMES = (
    (re.compile(r"\byesterday\b", re.I), "past"),
    (re.compile(r"\b(?:\w+ )?(?:days?|weeks?|months?|years?|decades?) ago\b", re.I), "past"),
    (re.compile(rf"\blast (?:{_PERIOD})\b", re.I), "past"),
    (re.compile(r"\bearlier this (?:week|month|year)\b", re.I), "past"),
    (re.compile(r"\btomorrow\b", re.I), "future"),
    (re.compile(rf"\bnext (?:{_PERIOD})\b", re.I), "future"),
    (re.compile(r"\blater this (?:week|month|year)\b", re.I), "future"),
    (re.compile(rf"\bon (?:{_DAYS})\b", re.I), "either"),
    (re.compile(rf"\bin (?:(?:19|20)\d\d|{_MONTHS})\b", re.I), "either"),
    (re.compile(r"\b(?:this|that) (?:week|month|year|morning|evening)\b", re.I), "either"),
)

#: A damage: the damaged sentence, the damage's start and end in it, the length change.
Damage = tuple[str, int, int, int]


def _delete(text: str, a: int, b: int) -> Damage:
    """The word at a..b deleted with the space after it; the damage spans its neighbours."""
    end = b
    while end < len(text) and text[end] == " ":
        end += 1
    if end == b and a > 0 and text[a - 1] == " ":
        a -= 1  # the last word: take the space before it
    out = text[:a] + text[end:]
    if a == 0:
        out = out[:1].upper() + out[1:]
    prev = text.rfind(" ", 0, max(a - 1, 0))
    nxt = _WORD.search(out, a)
    return out, prev + 1, nxt.end() if nxt else a, a - end


def _cased(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def drop_article(text: str, rng: random.Random, forms: Forms) -> Damage | None:
    sites = [m for m in _WORD.finditer(text) if m.group().lower() in _ARTICLES]
    if not sites:
        return None
    m = rng.choice(sites)
    return _delete(text, m.start(), m.end())


def _prepositions(text: str, forms: Forms) -> list[re.Match[str]]:
    sites = []
    for m in _WORD.finditer(text):
        word = m.group().lower()
        if word not in _PREPOSITIONS:
            continue
        if word == "to":  # an infinitive's `to` is no preposition
            nxt = _WORD.match(text, m.end() + 1)
            if nxt and forms.verb_lemma(nxt.group()) == nxt.group().lower():
                continue
        sites.append(m)
    return sites


def drop_preposition(text: str, rng: random.Random, forms: Forms) -> Damage | None:
    sites = _prepositions(text, forms)
    if not sites:
        return None
    m = rng.choice(sites)
    return _delete(text, m.start(), m.end())


def wrong_preposition(text: str, rng: random.Random, forms: Forms) -> Damage | None:
    sites = _prepositions(text, forms)
    if not sites:
        return None
    m = rng.choice(sites)
    new = _cased(rng.choice([p for p in _PREPOSITIONS if p != m.group().lower()]), m.group())
    return (
        text[: m.start()] + new + text[m.end() :],
        m.start(),
        m.start() + len(new),
        len(new) - len(m.group()),
    )


class TenseShift:
    """tense-vs-time: needs the tagger to know which words are finite verbs."""

    def __init__(self) -> None:
        self.nlp = load()

    def __call__(self, text: str, rng: random.Random, forms: Forms) -> Damage | None:
        times = {kind for pattern, kind in _TIMES if pattern.search(text)}
        if not times:
            return None
        toks = self.nlp.parse([text])[0].tokens
        sites: list[tuple[int, int, str]] = []
        for i, t in enumerate(toks):
            word = t.text.lower()
            if t.tag == "MD" and word in ("will", "'ll") and i + 1 < len(toks):
                v = toks[i + 1]
                lemma = forms.verb_lemma(v.text) if v.tag == "VB" else None
                past = "was" if lemma == "be" else (forms.form(lemma, "VBD") if lemma else None)
                if past and times & {"future", "either"}:
                    sites.append((t.start, v.end, past))
                continue
            lemma = forms.verb_lemma(t.text)
            if lemma is None or not t.text.isalpha():
                continue
            if t.tag == "VBD" and times & {"past", "either"}:
                present = {"was": "is", "were": "are"}.get(word) or forms.form(lemma, "VBZ")
                for new in (present, f"will {lemma}"):
                    if new:
                        sites.append((t.start, t.end, new))
            elif t.tag in ("VBZ", "VBP") and times & {"future", "either"}:
                past = {"is": "was", "are": "were", "am": "was"}.get(word) or forms.form(
                    lemma, "VBD"
                )
                if past:
                    sites.append((t.start, t.end, past))
        if not sites:
            return None
        a, b, new = rng.choice(sites)
        new = _cased(new, text[a:b])
        return text[:a] + new + text[b:], a, a + len(new), len(new) - (b - a)


#: Words that take a to-infinitive, written from the kind's description and a grammar
#: book, not from any check's list: verbs, their passives and adjectives (is expected
#: to, is set to, likely to). Verbs that take both forms are left out (began to pay ->
#: began paying is no slip).
_TO_WORDS = frozenset(
    [
        "agree",
        "decide",
        "refuse",
        "plan",
        "hope",
        "expect",
        "aim",
        "fail",
        "seek",
        "threaten",
        "pledge",
        "vow",
        "want",
        "need",
        "try",
        "attempt",
        "intend",
        "promise",
        "offer",
        "manage",
        "choose",
        "wish",
        "appear",
        "seem",
        "tend",
        "learn",
        "help",
        "vote",
        "move",
        "prepare",
        "arrange",
        "ask",
        "urge",
        "tell",
        "allow",
        "force",
        "require",
        "encourage",
        "persuade",
        "order",
        "invite",
        "decline",
        "hesitate",
        "struggle",
        "strive",
        "afford",
        "deserve",
        "claim",
        "pretend",
        "neglect",
        "wait",
        "mean",
        "set",
        "due",
        "likely",
        "unlikely",
        "able",
        "unable",
        "willing",
        "unwilling",
        "ready",
        "keen",
        "eager",
        "poised",
        "determined",
        "expected",
        "scheduled",
        "bound",
        "designed",
        "supposed",
        "going",
    ]
)
#: Verbs that take an -ing complement and not a to-infinitive, and `stop` (stopped
#: paying -> stopped to pay changes the meaning).
_ING_WORDS = frozenset(
    [
        "avoid",
        "consider",
        "finish",
        "keep",
        "risk",
        "deny",
        "admit",
        "suggest",
        "mind",
        "enjoy",
        "recommend",
        "resume",
        "quit",
        "miss",
        "involve",
        "mention",
        "imagine",
        "justify",
        "discuss",
        "escape",
        "resist",
        "contemplate",
        "delay",
        "postpone",
        "practise",
        "practice",
        "stop",
        "spend",
        "anticipate",
        "appreciate",
        "tolerate",
        "risk",
        "envisage",
        "entail",
        "recall",
        "report",
        "describe",
    ]
)
#: Kinds whose story gets its first damaged sentence in a random order, not one sentence
#: drawn blind: their sites are rarer than an article or a preposition.
_ANY_SENTENCE = frozenset(KINDS[4:])
_TO_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "JJ"})
#: Nouns that name a person: a doubled subject after them is `he` or `she`.
_PERSON_NOUNS = frozenset(
    [
        "minister",
        "president",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "chairman",
        "chief",
        "director",
        "leader",
        "man",
        "woman",
        "boy",
        "girl",
        "officer",
        "analyst",
        "secretary",
        "governor",
        "mayor",
        "judge",
        "player",
        "manager",
        "coach",
        "executive",
        "economist",
        "lawyer",
        "police",
    ]
)


class _Parsed:
    """Damage that needs the tagger's view of the clean sentence (tags, heads)."""

    def __init__(self) -> None:
        self.nlp = load()

    def toks(self, text: str) -> tuple[Tok, ...]:
        return self.nlp.parse([text])[0].tokens


class InfinitiveToGerund(_Parsed):
    """infinitive-to-gerund: `to` and a bare verb after any word that takes a to-infinitive
    made an -ing form (agreed to pay -> agreed paying, is expected to rise -> is expected
    rising)."""

    def __call__(self, text: str, rng: random.Random, forms: Forms) -> Damage | None:
        toks = self.toks(text)
        sites = []
        for i in range(1, len(toks) - 1):
            head, to, verb = toks[i - 1], toks[i], toks[i + 1]
            if to.text.lower() != "to" or verb.tag != "VB" or not verb.text.islower():
                continue
            if head.tag not in _TO_VERB_TAGS or not head.text.isalpha():
                continue
            lemma = forms.verb_lemma(head.text) if head.tag != "JJ" else None
            if head.text.lower() not in _TO_WORDS and lemma not in _TO_WORDS:
                continue
            ing = forms.form(verb.text, "VBG")
            if ing:
                sites.append((to.start, verb.end, ing))
        if not sites:
            return None
        a, b, new = rng.choice(sites)
        return text[:a] + new + text[b:], a, a + len(new), len(new) - (b - a)


class GerundToInfinitive(_Parsed):
    """gerund-to-infinitive: an -ing form straight after any verb that takes one made a
    to-infinitive (stopped paying -> stopped to pay, avoid paying -> avoid to pay)."""

    def __call__(self, text: str, rng: random.Random, forms: Forms) -> Damage | None:
        toks = self.toks(text)
        sites = []
        for i in range(1, len(toks)):
            head, ing = toks[i - 1], toks[i]
            if not head.tag.startswith("VB") or ing.tag != "VBG" or not ing.text.islower():
                continue
            if forms.verb_lemma(head.text) not in _ING_WORDS:
                continue
            lemma = forms.verb_lemma(ing.text)
            if lemma and ing.text != lemma:
                sites.append((ing.start, ing.end, f"to {lemma}"))
        if not sites:
            return None
        a, b, new = rng.choice(sites)
        return text[:a] + new + text[b:], a, a + len(new), len(new) - (b - a)


def _under(toks: tuple[Tok, ...], k: int, top: int) -> bool:
    """Is token k in the subtree of token top?"""
    for _ in range(len(toks)):
        if k == top:
            return True
        if toks[k].head == k:
            return False
        k = toks[k].head
    return False


class DuplicatedSubjectPronoun(_Parsed):
    """duplicated-subject-pronoun: a pronoun that repeats the subject put between any
    noun subject and its verb (The minister said -> The minister he said; the company,
    which ..., said -> the company, which ..., it said)."""

    def __call__(self, text: str, rng: random.Random, forms: Forms) -> Damage | None:
        toks = self.toks(text)
        sites = []
        for i, t in enumerate(toks):
            if t.dep != "nsubj" or t.tag not in ("NN", "NNS", "NNP", "NNPS") or t.head <= i:
                continue
            verb = t.head
            if not toks[verb].tag.startswith("VB"):
                continue
            # after the subject's last word (its relative clause, apposition and all)
            last = max(k for k in range(i, verb) if _under(toks, k, i))
            if t.tag in ("NNS", "NNPS"):
                pronoun = "they"
            elif t.text.lower() in _PERSON_NOUNS or (
                t.tag == "NNP" and i and toks[i - 1].tag == "NNP"
            ):
                pronoun = rng.choice(("he", "she"))  # a title or a full name
            else:
                pronoun = "it"
            nxt = last + 1 + (toks[last + 1].text == ",")
            sites.append((toks[nxt].start, pronoun))
        if not sites:
            return None
        at, pronoun = rng.choice(sites)
        new = f"{pronoun} "
        return text[:at] + new + text[at:], at, at + len(new) - 1, len(new)


class ModalPlusPast(_Parsed):
    """modal-plus-past: the bare verb after any modal made its past form (will pay ->
    will paid, could rise -> could rose)."""

    def __call__(self, text: str, rng: random.Random, forms: Forms) -> Damage | None:
        toks = self.toks(text)
        sites = []
        for i, t in enumerate(toks):
            if t.tag != "MD" or t.text.lower() not in garble_eval.MODALS:
                continue
            for k in range(i + 1, min(i + 3, len(toks))):
                v = toks[k]
                if v.tag == "VB":
                    past = forms.form(v.text, "VBD") if v.text.islower() else None
                    if v.text != "be" and past and past != v.text:
                        sites.append((v.start, v.end, past))
                    break
                if v.tag not in ("RB", "RBR"):
                    break  # only adverbs between: will also pay -> will also paid
        if not sites:
            return None
        a, b, new = rng.choice(sites)
        return text[:a] + new + text[b:], a, a + len(new), len(new) - (b - a)


def stories(corpus: Path) -> dict[str, list[tuple[str, list[tuple[int, str, bool]]]]]:
    """Each story's text and ALL its sentences (offset, text, read by the body checks)."""
    out: dict[str, list[tuple[str, list[tuple[int, str, bool]]]]] = {
        "tuning": [],
        "held-out": [],
    }
    for path in sorted(p for p in corpus.rglob("*.txt") if p.parent.name != "odd"):
        rel = str(path.relative_to(corpus))
        text = path.read_text(encoding="utf-8")
        doc = parse_document(text)
        sentences = [
            (s.span.start, s.text, part.kind in (PartKind.PARAGRAPH, PartKind.BULLET))
            for part in doc.parts
            if part.kind
            in (PartKind.HEADLINE, PartKind.SUBHEAD, PartKind.PARAGRAPH, PartKind.BULLET)
            for s in part.sentences
            if _WORD.search(s.text)
        ]
        if sentences:
            out["held-out" if held_out(rel) else "tuning"].append((text, sentences))
    return out


Generator = Callable[[str, random.Random, Forms], Damage | None]


def _damage_one(
    kind: str,
    sentences: list[tuple[int, str, bool]],
    generator: Generator,
    rng: random.Random,
    forms: Forms,
) -> tuple[tuple[int, str, bool], Damage] | None:
    """One sentence of a story and its damage, or None when it has no site. Rare sites
    (an -ing form after avoid): the first sentence, in a random order, that has one; the
    other kinds damage one sentence drawn blind."""
    if kind not in _ANY_SENTENCE:
        x = rng.choice(sentences)
        d = generator(x[1], rng, forms)
        return (x, d) if d else None
    for x in rng.sample(sentences, len(sentences)):
        if d := generator(x[1], rng, forms):
            return x, d
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    garble_eval.damage_arguments(ap, per_kind=150, seed=31)
    args = ap.parse_args()
    if garble_eval.corpus_missing(args):
        return 0
    config = garble_eval.PARSER_CONFIG if args.tier == "parser" else garble_eval.CONFIG
    kinds = garble_eval.chosen_kinds(args, KINDS)
    forms = Forms()
    generators: dict[str, Generator] = {
        "drop-article": drop_article,
        "drop-preposition": drop_preposition,
        "wrong-preposition": wrong_preposition,
        "tense-vs-time": TenseShift(),
        "infinitive-to-gerund": InfinitiveToGerund(),
        "gerund-to-infinitive": GerundToInfinitive(),
        "duplicated-subject-pronoun": DuplicatedSubjectPronoun(),
        "modal-plus-past": ModalPlusPast(),
    }
    pool = stories(args.corpus)
    print(
        f"tier: {args.tier}; stories: tuning {len(pool['tuning']):,}, "
        f"held-out {len(pool['held-out']):,}"
    )
    clean_cache: dict[str, set[tuple[int, int, str]]] = {}
    results: dict[tuple[str, str], list[tuple[bool, bool, bool]]] = defaultdict(list)
    misses: list[str] = []
    for split in ("tuning", "held-out"):
        for kind in kinds:
            rng = random.Random(f"{args.seed}-{kind}-{split}")
            got = results[(split, kind)]
            for story, sentences in rng.sample(pool[split], len(pool[split])):
                if len(got) >= args.per_kind:
                    break
                picked = _damage_one(kind, sentences, generators[kind], rng, forms)
                if picked is None:
                    continue
                (at, clean, body), d = picked
                damaged, start, end, delta = d
                text = story[:at] + damaged + story[at + len(clean) :]
                start, end = at + start, at + end
                if story not in clean_cache:
                    clean_cache[story] = findings(story, config)
                before = set()
                for s, e, code in clean_cache[story]:
                    if e <= start:
                        before.add((s, e, code))
                    elif s >= end - delta:
                        before.add((s + delta, e + delta, code))
                new = findings(text, config) - before
                near = any(s < end + 1 and e > start - 1 for s, e, _ in new)
                line = any(s < at + len(damaged) and e > at for s, e, _ in new)
                got.append((near, line, body))
                if not near:
                    where = "body" if body else "headline"
                    misses.append(f"{split}\t{kind}\t{where}\t{text[start:end]}\t{damaged}")
    print("recall: found near the damage | a new finding in the damaged sentence")

    def cell(rs: list[garble_eval.Result]) -> str:
        outside = 1 - garble_eval.share(rs, 2)
        return f"  {garble_eval.share(rs, 0):6.1%} | {garble_eval.share(rs, 1):6.1%} n={len(rs):4d} hl={outside:4.0%}"

    garble_eval.print_recall(results, kinds, cell, kind_width=27, cell_width=34)
    print("  (hl: share of the damage in a headline or subhead, which no body check reads)")
    garble_eval.write_misses(args.misses, misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
