"""Agreement, lost auxiliaries and clauses that lost their verb: a fourth method, from spaCy.

The earlier generators place damage by word lists (garble_eval), uniformly over a
story's words (garble_structure_second) or at sites read from wirelint's own reduced
parse (garble_four_third). This one was written before reading the checks it measures,
from the full spaCy pipeline (its tags, morphology, dependency subtrees and
conjuncts): every site of a kind in the WHOLE story is collected, and one is drawn,
first a distance class uniformly among those the story offers, then a site in it:

  agreement: a finite verb whose number shows (is/are, was/were, has/have, does/do, a
  present verb's -s) changes number. Its subject must agree with it in the clean copy
  (a noun's tag, a pronoun, "and"-coordinated subjects are plural) and must not be one
  whose number English leaves open: a collective noun (British copy writes "the
  government are"), a proper name (teams, firms), a quantity ("10% of shares", "a
  number of", "none"), "there", I and you;
  lost-auxiliary: is, are, was, were, has, have, had, will, be or been is deleted before
  the participle or -ing form it carries, in a main clause ("prices risen", "the
  minister been accused", "he said he considering"). A site is skipped when what is left
  still reads as a sentence: a participle spelt like a finite form (a simple past, a
  present) whose auxiliary was the clause's only finite word ("the company was expected
  to" -> "expected to", "the charts are run by" -> "run by");
  clause-without-verb: the finite word of a subordinate clause (a that-, which-, who-,
  because-, when- clause with its own subject) is deleted: its finite auxiliary when it
  has one, else the verb ("a sign that investors are moving" -> "investors moving",
  "the plan, which ministers are to debate" -> "which ministers to debate").

Each damage is labelled by its distance: for agreement what stands between the subject
and the verb (adjacent, adverb, prepositional phrase, relative clause, apposition or
parenthesis, coordinated subject, a relative pronoun whose antecedent decides, other
words) and for the other two kinds the clause (main, that-complement, relative,
adverbial). The whole story is linted clean and damaged with the grammar rules (WL4xx)
and the damage counts as found when a finding the clean story did not have falls on the
damaged sentence (the "line" column) or touches the damaged word or a neighbour
("near"). The clean originals' own findings on the sampled sentences are counted too:
a damage set is only as good as the copy it starts from.

Stories split into tuning (80%) and held-out (20%) by garble_eval's path hash. Usage:

    python benchmarks/garble_agreement_fourth.py [--tier parser|patterns] [--per-kind 200]
        [--kinds agreement,...] [--misses misses.tsv] [--seed 44]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, NamedTuple

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from garble_eval import (  # noqa: E402
    NUMBER_SWAP,
    Forms,
    chosen_kinds,
    corpus_missing,
    damage_arguments,
    write_misses,
)
from garble_structure_second import (  # noqa: E402
    Edit,
    Story,
    _findings,
    _new,
    _remove,
    load_stories,
)

from wirelint.config import Config  # noqa: E402

KINDS = ("agreement", "lost-auxiliary", "clause-without-verb")
#: Nouns British copy (and sports copy everywhere) may take with a plural verb.
_COLLECTIVE = frozenset(
    [
        "government",
        "team",
        "company",
        "board",
        "committee",
        "council",
        "police",
        "staff",
        "family",
        "public",
        "group",
        "party",
        "crowd",
        "army",
        "audience",
        "band",
        "cabinet",
        "class",
        "club",
        "commission",
        "congress",
        "crew",
        "department",
        "electorate",
        "firm",
        "jury",
        "management",
        "majority",
        "minority",
        "opposition",
        "organisation",
        "organization",
        "panel",
        "parliament",
        "population",
        "press",
        "squad",
        "union",
        "administration",
        "bank",
        "side",
        "couple",
        "total",
        "number",
        "half",
        "rest",
        "remainder",
        "lot",
        "pair",
        "range",
        "series",
        "percent",
        "per",
        "cent",
        "none",
        "variety",
        "host",
        "set",
        "core",
        "body",
    ]
)
#: Subject heads whose number is the number of their of-phrase, or open.
_QUANTITY_HEADS = frozenset(
    [
        "all",
        "some",
        "any",
        "none",
        "most",
        "more",
        "each",
        "every",
        "either",
        "neither",
        "one",
        "other",
        "others",
        "both",
        "few",
        "many",
        "several",
        "plenty",
        "percent",
    ]
)
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "this", "that", "who", "which"})
_PLURAL_PRONOUNS = frozenset({"they", "we", "these", "those"})
_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "be", "been"})
_SUBORDINATE = {"ccomp": "that-clause", "relcl": "relative", "advcl": "adverbial"}
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


class Site(NamedTuple):
    start: int  # offsets in the sentence
    end: int
    new: str  # "" deletes the word
    distance: str


def _keep_case(old: str, new: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _glued(tok: Any) -> bool:
    """A token that is half of a written word (don't, he's, U.S.-based)."""
    doc = tok.doc
    if tok.i + 1 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].is_alpha:
        return True
    return tok.i > 0 and not doc[tok.i - 1].whitespace_ and doc[tok.i - 1].is_alpha


def _subject(verb: Any) -> Any | None:
    """The one nominal subject of the clause ``verb`` (a lexical verb or a copula) heads."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].i > verb.i:
        return None
    return subjects[0]


def _number(subject: Any) -> str | None:
    """'sing' or 'plur' when the subject's number is plain, else None."""
    low = subject.lower_
    if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in subject.children):
        return None
    if any(c.dep_ == "conj" for c in subject.children):
        and_ = any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children)
        return "plur" if and_ else None
    if subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl":
        antecedent = subject.head.head
        return _number(antecedent) if antecedent.tag_ in ("NN", "NNS") else None
    if subject.tag_ == "PRP" or subject.tag_ == "DT":
        if low in _SINGULAR_PRONOUNS:
            return "sing"
        if low in _PLURAL_PRONOUNS:
            return "plur"
        return None
    if low in _COLLECTIVE or low in _QUANTITY_HEADS or not subject.is_alpha:
        return None
    if any(c.lower_ in ("%", "percent") or c.like_num for c in subject.subtree if c.i < subject.i):
        return None
    if subject.tag_ == "NN":
        return "sing"
    if subject.tag_ == "NNS":
        return "plur"
    return None


def _distance(subject: Any, verb: Any) -> str:
    """What stands between a subject and its finite verb."""
    if subject.tag_ in ("WDT", "WP"):
        return "relative-pronoun"
    if any(c.dep_ == "conj" for c in subject.children):
        return "coordinated"
    between = [t for t in subject.doc[subject.i + 1 : verb.i]]
    if not between:
        return "adjacent"
    deps = {c.dep_ for c in subject.children if c.i > subject.i}
    if "relcl" in deps:
        return "relative-clause"
    if "appos" in deps or any(t.text in (",", "(", "-", "–", "—") for t in between):
        return "apposition"
    if "prep" in deps or "acl" in deps:
        return "phrase"
    if all(t.tag_.startswith("RB") or t.dep_ in ("aux", "auxpass", "neg") for t in between):
        return "adverb"
    return "other"


class Damager:
    def __init__(self) -> None:
        import spacy

        from wirelint.grammar.parser import installed_model

        name = installed_model()
        if name is None:
            raise SystemExit("the grammar extra (spaCy and en_core_web_sm) is not installed")
        self.nlp = spacy.load(name, exclude=["ner"])
        self.forms = Forms()

    def _flip(self, tok: Any) -> str | None:
        low = tok.lower_
        if low in NUMBER_SWAP:
            return NUMBER_SWAP[low]
        if tok.tag_ not in ("VBZ", "VBP") or not tok.is_alpha:
            return None
        lemma = self.forms.verb_lemma(low)
        if lemma is None or lemma in ("be", "have", "do"):
            return None
        new = self.forms.form(lemma, "VB" if tok.tag_ == "VBZ" else "VBZ")
        return new if new and new != low else None

    def agreement(self, sent: Any) -> list[Site]:
        sites = []
        for tok in sent:
            if tok.tag_ not in ("VBZ", "VBP", "VBD") or _glued(tok):
                continue
            if tok.tag_ == "VBD" and tok.lower_ not in ("was", "were"):
                continue
            owner = tok.head if tok.dep_ in ("aux", "auxpass") else tok
            subject = _subject(owner)
            if subject is None or subject.i > tok.i or subject.dep_ == "expl":
                continue
            number = _number(subject)
            plural_verb = tok.tag_ == "VBP" or tok.lower_ == "were"
            if number is None or (number == "plur") != plural_verb:
                continue  # no plain number, or the parse disagrees with the copy
            if any(c.dep_ == "conj" for c in subject.children) and not plural_verb:
                continue
            new = self._flip(tok)
            if new is None:
                continue
            start = tok.idx - sent.start_char
            sites.append(
                Site(start, start + len(tok), _keep_case(tok.text, new), _distance(subject, tok))
            )
        return sites

    def _deletable(self, aux: Any) -> bool:
        """Whether deleting ``aux`` leaves a clause that no longer reads as a sentence."""
        verb = aux.head
        low = aux.lower_
        if low not in _AUXILIARIES or aux.dep_ not in ("aux", "auxpass") or _glued(aux):
            return False
        if verb.i < aux.i or verb.tag_ not in ("VBN", "VBG"):
            return False
        if any(not t.tag_.startswith("RB") for t in aux.doc[aux.i + 1 : verb.i]):
            return False
        finite = [
            c
            for c in verb.children
            if c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE and c.i != aux.i
        ]
        if finite:
            return low in ("be", "been") and verb.tag_ == "VBG"  # has been rising -> has rising
        if verb.tag_ == "VBN":
            lemma = self.forms.verb_lemma(verb.lower_)
            if lemma is None:
                return False
            finite = {f.lower() for t in ("VBD", "VB", "VBZ") if (f := self.forms.form(lemma, t))}
            if not finite or verb.lower_ in finite:
                return False  # was expected -> expected, are run -> run: a finite form
        return True

    def _auxiliary_sites(self, sent: Any, main: bool) -> list[Site]:
        sites = []
        for tok in sent:
            if not self._deletable(tok):
                continue
            clause = tok.head
            kind = "main" if clause.dep_ in ("ROOT", "conj") else _SUBORDINATE.get(clause.dep_)
            if kind is None or (kind == "main") != main:
                continue
            if _subject(clause) is None:
                continue
            start = tok.idx - sent.start_char
            sites.append(Site(start, start + len(tok), "", kind))
        return sites

    def lost_auxiliary(self, sent: Any) -> list[Site]:
        return self._auxiliary_sites(sent, main=True)

    def clause_without_verb(self, sent: Any) -> list[Site]:
        sites = self._auxiliary_sites(sent, main=False)
        for tok in sent:
            kind = _SUBORDINATE.get(tok.dep_)
            if kind is None or tok.tag_ not in ("VBZ", "VBP", "VBD") or _glued(tok):
                continue
            if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                continue  # its auxiliary is the finite word: taken above
            subject = _subject(tok)
            if subject is None or subject.tag_ in ("WDT", "WP"):
                continue  # "which rose" -> "which": a noun phrase's leftover, not this kind
            if not any(c.i > tok.i for c in tok.children if c.dep_ not in ("punct",)):
                continue  # a clause-final verb: deleting it leaves an elliptical clause
            start = tok.idx - sent.start_char
            sites.append(Site(start, start + len(tok), "", kind))
        return sites


class Sample(NamedTuple):
    kind: str
    distance: str
    edit: Edit


def _edit(story: Story, k: int, text: str, site: Site) -> Edit:
    s = story.sentences[k]
    if site.new:
        new = text[: site.start] + site.new + text[site.end :]
        return Edit(
            s.start,
            s.end,
            new,
            s.start + site.start,
            s.start + site.start + len(site.new),
            s.start,
            s.start + len(new),
        )
    new, at = _remove(text, site.start, site.end)
    return Edit(
        s.start, s.end, new, s.start + max(0, at - 1), s.start + at + 2, s.start, s.start + len(new)
    )


def damage(
    damager: Damager, story: Story, kind: str, rng: random.Random
) -> tuple[Sample, int] | None:
    """One damage of ``kind`` in ``story``: a distance class drawn uniformly among those
    the story offers, then a site in it. Returns the sample and the sentence's index."""
    texts = [story.text[s.start : s.end] for s in story.sentences]
    find = getattr(damager, kind.replace("-", "_"))
    by_distance: dict[str, list[tuple[int, Site]]] = defaultdict(list)
    for k, doc in enumerate(damager.nlp.pipe(texts)):
        for site in find(doc[:]):
            by_distance[site.distance].append((k, site))
    if not by_distance:
        return None
    distance = rng.choice(sorted(by_distance))
    k, site = rng.choice(by_distance[distance])
    return Sample(kind, distance, _edit(story, k, texts[k], site)), k


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    damage_arguments(ap, per_kind=200, seed=44)
    ap.add_argument("--splits", default="tuning,held-out")
    args = ap.parse_args()
    if corpus_missing(args):
        return 0
    config = Config(select=("WL4",), grammar=args.tier)
    damager = Damager()
    kinds = chosen_kinds(args, KINDS)
    pool = load_stories(args.corpus)
    splits = args.splits.split(",")
    print(
        f"tier: {args.tier}; stories: tuning {len(pool['tuning']):,}, "
        f"held-out {len(pool['held-out']):,}"
    )
    cpu0 = resource.getrusage(resource.RUSAGE_SELF).ru_utime
    found: dict[tuple[str, str, str], list[tuple[bool, bool]]] = defaultdict(list)
    codes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    clean_flagged: Counter[str] = Counter()
    clean_codes: Counter[str] = Counter()
    misses: list[str] = []
    for split in splits:
        for kind in kinds:
            rng = random.Random(f"{args.seed}-{kind}-{split}")
            n = 0
            for story in rng.sample(pool[split], len(pool[split])):
                if n >= args.per_kind:
                    break
                got = damage(damager, story, kind, rng)
                if got is None:
                    continue
                sample, k = got
                n += 1
                s = story.sentences[k]
                on_clean = {
                    c for a, b, c in _findings(story.text, config) if a < s.end and b > s.start
                }
                if on_clean:
                    clean_flagged[split] += 1
                    clean_codes.update(on_clean)
                edit = sample.edit
                new = _new(story, edit, config)
                fired = {c for a, b, c in new if a < edit.lend and b > edit.lstart}
                near = any(a <= edit.dend and b >= edit.dstart for a, b, _ in new)
                found[(split, kind, sample.distance)].append((bool(fired), near))
                codes[(split, kind)].update(fired)
                if not fired:
                    damaged = story.text[: edit.start] + edit.new + story.text[edit.end :]
                    misses.append(
                        f"{split}\t{kind}\t{sample.distance}\t{story.rel}\t"
                        f"{damaged[edit.dstart : edit.dend]!r}\t"
                        + damaged[edit.lstart : edit.lend].replace("\n", " ")
                    )
    cpu = resource.getrusage(resource.RUSAGE_SELF).ru_utime - cpu0
    print("recall: a new finding on the damaged sentence | near the damage  (n)")
    header = "".join(f"{s:>28s}" for s in splits)
    for kind in [*kinds, "overall"]:
        print(f"  {kind:38s}{header if kind == kinds[0] else ''}")
        distances = sorted({d for (_, k, d) in found if kind in (k, "overall")})
        for distance in ["all", *([] if kind == "overall" else distances)]:
            row = f"    {distance:36s}"
            for split in splits:
                rs = [
                    r
                    for (sp, k, d), v in found.items()
                    if sp == split and kind in (k, "overall") and distance in (d, "all")
                    for r in v
                ]
                if not rs:
                    row += f"{'-':>28s}"
                    continue
                line = sum(r[0] for r in rs) / len(rs)
                near = sum(r[1] for r in rs) / len(rs)
                row += f"       {line:6.1%} | {near:6.1%} n={len(rs):4d}"
            print(row)
    print("codes of the new findings on the damaged sentence:")
    for kind in kinds:
        for split in splits:
            top = ", ".join(f"{c} {n}" for c, n in codes[(split, kind)].most_common(6))
            print(f"  {kind:20s} {split:9s} {top or '-'}")
    total = {sp: sum(len(v) for (s, _, _), v in found.items() if s == sp) for sp in splits}
    print(
        "clean originals flagged (the sampled sentence, before damage): "
        + ", ".join(f"{sp} {clean_flagged[sp]}/{total[sp]}" for sp in splits)
        + (f"; codes: {dict(clean_codes.most_common())}" if clean_codes else "")
    )
    print(f"{cpu:.0f} s CPU")
    write_misses(args.misses, misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
