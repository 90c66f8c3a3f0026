"""Split and re-parse: is a sentence two sentences run together with no full stop?

One parse of a joined sentence often cannot show the join. When the second sentence
lost its capital and opens with a bare noun or a possessive, the parser reads it as
part of the first (``hit the coast on Sunday thousands of homes lost power``: the
second clause's verb hung on the first with no subject of its own). This module lists
the few places in a parsed sentence where it could have been cut, parses the two
halves on their own, and says where both halves are complete sentences that the
joined parse reads no better.

A place is a candidate when the word before it can end a phrase (a noun, a figure, an
adverb) and hangs on a word before it, nothing joins the two sides (no mark,
conjunction, preposition, relative or complementiser word), the left side holds a
finite verb with its subject and the right side another finite verb. The halves are
parsed in one batch through the paragraph cache (a sentence checked twice is parsed
once).
"""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.grammar import parser
from wirelint.grammar.lexicon import CONJ, DET, PREP, SUB, TO
from wirelint.grammar.parsed import FINITE_TAGS, Sentence

#: Candidate places parsed per sentence: each costs two short parses.
MAX_CANDIDATES = 2
#: Tags of a word a sentence may end on (a noun, a name, a figure, an adverb). A particle
#: is as often followed by its verb's object (follow up the study).
_END_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "RB", "RBR"})
#: Object pronouns end a clause too (he told them); subject ones do not (said he).
_OBJECT_PRONOUNS = frozenset({"him", "them", "us", "me", "her", "it"})
#: Tags of a word that needs a head on its left, or joins a clause to the one before:
#: the right half cannot start with one.
_JOINING_TAGS = frozenset(
    {"CC", "IN", "TO", "WDT", "WP", "WP$", "WRB", "POS", "HYPH", "MD", "VBZ", "VBP", "VBD"}
    | {"VBN", "VBG", "VB", ",", ".", ":", "``", "''", "-LRB-", "-RRB-"}
)
#: Words no sentence ends on, by the word-form table.
_NOT_AN_END = CONJ | DET | PREP | SUB | TO
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl")
#: Tags of a word that opens a subject (a determiner, a pronoun, a noun, a figure).
_SUBJECT_OPENERS = frozenset({"DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "CD", "EX"})
#: How far after the right half's first word its finite verb may stand.
_REACH = 8
#: How a joined parse may hang the right half's verb on the left that is a reading of
#: its own, not a misparse: a relative clause, a reported clause (judged below).
_RELATIVE = frozenset({"relcl", "acl"})
#: How a joined parse may hang a second clause it gave no subject: as a clause of the
#: first, where a subject of its own was expected (not a verb phrase sharing one).
_SUBJECTLESS = frozenset({"ROOT", "ccomp", "parataxis", "dep"})
_WH = frozenset({"WDT", "WP", "WRB", "WP$"})
#: Words that make a clause after them a result or a comparison with `that` left out.
_RESULT_WORDS = frozenset({"so", "such", "too", "enough"})
#: A verb's object or complement: a clause with one leaves no gap that a relative
#: clause without `that` would.
_OBJECTS = ("dobj", "attr", "acomp", "oprd", "ccomp", "dative", "agent")
#: A noun or adjective object or complement of the verb itself (not a clause after it).
_STRICT_OBJECTS = ("dobj", "attr", "acomp", "oprd")
#: Marks that end a stretch of a sentence: a phrase after one may lack a verb.
_SEGMENT_ENDS = frozenset({",", ";", ":", "-", "--", "—", "–", "(", ")"})
_CLAUSE_ENDS = frozenset({".", "!", "?", ";", ":"})
#: Marks a quotation, an aside or a name in angle brackets (<Pioneer Sugar Mills Ltd>):
#: a sentence with one is left to the other readings.
_QUOTES = frozenset({'"', "“", "”", "‘", "’", "(", ")", "[", "]", "<", ">"})


def candidates(s: Sentence) -> list[int]:
    """The tokens where a second sentence could start (its first token), in order."""
    out: list[int] = []
    for j in range(s.first + 2, s.last - 1):
        if (
            _junction(s, j)
            and s.toks[j - 1].head < j
            and _left_clause(s, j)
            and _right_verb(s, j) is not None
        ):
            out.append(j)
    return out


def _junction(s: Sentence, j: int) -> bool:
    prev, tok = s.toks[j - 1], s.toks[j]
    if s.gap(j - 1, j) != " ":
        return False
    if not (prev.tag in _END_TAGS or prev.text.lower() in _OBJECT_PRONOUNS or prev.text == "%"):
        return False
    if not prev.text[-1:].isalnum() and prev.text != "%":
        return False
    if "." in prev.text or (prev.text.isupper() and len(prev.text) > 1):
        return False  # an abbreviation, a ticker or a heading in capitals
    if tok.tag in _JOINING_TAGS or not tok.text[:1].isalnum():
        return False
    word = tok.text.lower()
    if word == "that" or s.lex.tag(word) & (CONJ | SUB):
        return False
    if s.lex.tag(prev.text.lower()) & _NOT_AN_END and prev.tag not in ("RB", "RP"):
        return False
    if prev.text[:1].isupper() and (tok.text[:1].isupper() or tok.text[:1].isdigit()):
        return False  # names that run on (chief executive Tim Cook), dates (June 18)
    if tok.tag in ("NNP", "NNPS") and prev.tag in ("NN", "NNS"):
        return False  # a name after its role (film studio New Line, captain Jason Robinson)
    if tok.text[:1].isupper() and any(
        s.toks[k].text[:1].isupper() and s.toks[k].text != "I"
        for k in range(j + 1, min(j + 4, s.last + 1))
    ):
        return False  # a title's capitals (the anthem The Show Must Go On)
    # to increases taxes: a verb the tagger read as a noun, not a clause's last word
    return not (j - 2 >= s.first and s.toks[j - 2].tag == "TO")


def _left_clause(s: Sentence, j: int) -> bool:
    """Does the last stretch before token j (since a mark or a conjunction) hold a finite
    verb, and the words before j a finite verb with its subject? A stretch without one
    is a phrase (but in most cases, looking at the system) the clause at j completes."""
    k = j - 1
    while k > s.first and not (
        s.toks[k].text in _SEGMENT_ENDS or s.toks[k].tag == "CC" or s.toks[k].tag in FINITE_TAGS
    ):
        k -= 1
    if s.toks[k].tag not in FINITE_TAGS:
        return False
    v = k if s.toks[k].dep not in ("aux", "auxpass") else s.toks[k].head
    if s.children(v, "mark") or s.toks[v].dep in ("advcl", "relcl", "acl"):
        return False  # as he bore down on goal Linvoy Primus got in: the clause it completes
    return any(
        s.toks[v].tag in FINITE_TAGS and s.children(v, *_SUBJECT_DEPS) for v in range(s.first, j)
    )


def _right_verb(s: Sentence, j: int) -> int | None:
    """The first finite verb within reach after token j, with no mark before it."""
    for v in range(j + 1, min(s.last, j + _REACH) + 1):
        tok = s.toks[v]
        if not tok.text[:1].isalnum() or tok.tag in ("CC", "WDT", "WP") or tok.text == "that":
            return None  # (worldwide and analysts have; confidence that prosociality is)
        if tok.tag in FINITE_TAGS:
            return v
    return None


def _halves(s: Sentence, j: int) -> tuple[str, str]:
    """The text of the two halves as sentences of their own: a full stop after the left,
    a capital on the right's first letter and a full stop after it when it has none."""
    start, cut, end = s.toks[s.first].start, s.toks[j].start, s.toks[s.last].end
    left = s.text[start : s.toks[j - 1].end] + "."
    right = s.text[cut:end]
    right = right[:1].upper() + right[1:]
    if right[-1:] not in (".", "!", "?", '"', "”"):
        right += "."
    return left, right


def _view(parse: parser.Parse, text: str, s: Sentence) -> Sentence | None:
    """The sentence view of a half's parse when the parser reads it as one sentence."""
    if len(parse.sentences) != 1:
        return None
    first, last = parse.sentences[0]
    return Sentence(parse, first, last, text, s.lex)


def _root(v: Sentence) -> int | None:
    return next((k for k in v.indexes() if v.toks[k].dep == "ROOT"), None)


def _complete_left(v: Sentence) -> bool:
    """Is the left half a main clause: a finite verb with its own subject and no
    subordinator (as the company cut jobs: a clause the right half completes)?"""
    r = _root(v)
    return r is not None and v.main_clause(r)


def _complete_right(v: Sentence) -> int | None:
    """The right half's root when it is a main clause that starts with its subject or
    an adverbial before it, with nothing dangling; None otherwise."""
    r = _root(v)
    if r is None or not v.main_clause(r):
        return None
    subject = next(k for k in v.children(r, *_SUBJECT_DEPS) if k < r)
    top = v.first
    while v.toks[top].head not in (top, r):
        top = v.toks[top].head
    said = v.has("clause-verbs", v.lemma(r)) or v.has("report-verbs", v.lemma(r))
    if top != subject and not (
        v.toks[top].dep in ("advmod", "npadvmod") or (said and v.toks[top].dep == "ccomp")
    ):
        return None  # neither its subject, an adverbial nor a report before its verb of saying
    if any(v.toks[k].tag == "CC" or v.toks[k].text == "," for k in range(v.first, r)):
        return None  # last year after oil finds, but its shares were hit: an opening phrase
    if v.toks[v.last - 1].tag in ("IN", "RP", "TO"):
        return None  # the data we get into: a relative clause's stranded preposition
    if said and not v.children(r, "ccomp", "dobj", "xcomp"):
        return None  # 8% Axa said: an attribution that lost its comma (WL415's)
    # A relative clause without `that` leaves its object out (the matter he would have
    # to discuss, the 50,000 bpd it shipped to ...): the half must have its own.
    if v.toks[subject].tag in ("PRP", "NNP", "NNPS"):
        # he, Microsoft: the subjects of most relative clauses without `that`
        return r if v.children(r, *_STRICT_OBJECTS) else None
    # a verb with no object but its phrase (the prize went to someone, the murder had
    # had on the family) leaves a relative clause's gap as often: not enough
    return r if v.children(r, *_OBJECTS) else None


def _joined_reading_holds(s: Sentence, j: int, right: Sentence, r: int) -> bool:
    """Does the joined parse read the right half in a way of its own: a subject that
    reaches back across the place (the baby boom generation were), a verb phrase of the
    first clause, a relative clause without `that` that leaves a gap, a report after
    a verb of saying? Only a joined parse that reads it no better is overruled."""
    offset = s.toks[j].start - right.toks[right.first].start
    at = {tok.start: k for k, tok in enumerate(s.toks) if s.first <= k <= s.last}
    v = at.get(right.toks[r].start + offset)
    subject = next(k for k in right.children(r, *_SUBJECT_DEPS) if k < r)
    n = at.get(right.toks[subject].start + offset)
    if v is None or n is None:
        return True  # the halves tokenise differently: no comparison
    if s.left_edge(n) < j:
        return True  # the words before run on into the subject after the place
    h = s.toks[v].head
    if s.toks[n].dep in _SUBJECT_DEPS and s.toks[n].head == v:
        # the joined parse sees the second clause with its subject too: it is a
        # sentence of its own unless the clause hangs on the first in a way that
        # needs no full stop
        if h == v:
            return False  # the first clause hung on the second (a report without comma)
        dep = s.toks[v].dep
        if dep in _RELATIVE:
            return True  # the deal Microsoft announced, the track they thought they got
        if dep in ("ccomp", "xcomp") and (
            s.has("clause-verbs", s.lemma(h))
            or s.has("report-verbs", s.lemma(h))
            or not s.children(h, "dobj")
        ):
            return True  # told reporters the plan was dead, it turned out this one was
        return bool(s.children(v, "mark", "cc"))
    # the subject folded into the first clause: overruled only when the joined parse
    # leaves the second verb without a subject of its own, hung as a clause
    if any(s.toks[c].dep in (*_SUBJECT_DEPS, "csubj") for c in s.children(v)):
        return True
    return s.toks[v].dep not in _SUBJECTLESS or bool(s.children(v, "mark", "cc"))


def _reported(s: Sentence, j: int) -> bool:
    """Does the right half follow a verb of saying or thinking with only the verb's own
    object or adverbials between (he told reporters the plan was dead, analysts said on
    Friday prices would rise)? The half is then its report, `that` left out."""
    k = j - 1
    while k > s.first and s.toks[k].text not in _CLAUSE_ENDS:
        k -= 1
    for h in range(k, j):
        if not s.toks[h].tag.startswith("VB") or not (
            s.has("clause-verbs", s.lemma(h)) or s.has("report-verbs", s.lemma(h))
        ):
            continue
        near = {h, *s.children(h, "dobj", "dative", "iobj", "advmod", "npadvmod", "prep", "prt")}
        if all(_under(s, m, near, h, j) for m in range(h + 1, j)):
            return True
    return False


def _under(s: Sentence, m: int, near: set[int], h: int, j: int) -> bool:
    """Is token m in the subtree of one of the tokens ``near`` (below verb h), or of a
    word from j on (indicated on Twitter the baby girl was: the report's own subject)?"""
    for _ in range(s.last - s.first + 1):
        if m in near or m >= j:
            return True
        if s.toks[m].head in (m, h):
            return False
        m = s.toks[m].head
    return False


def _bound(s: Sentence, j: int) -> bool:
    """Is the clause at j bound to the words before it: a wh-word opens them (which
    taxes he would raise, what role it might take), a result word (so angered they
    threatened, such a hurry they left) or a subordinator stands just before?"""
    if any(
        s.toks[k].tag in _WH or s.word(k) in _RESULT_WORDS
        for k in range(max(s.first, j - 5), j + 1)
    ):
        return True
    # as one by one the central banks signalled: a subordinator just before
    return any(
        s.toks[k].tag in ("IN", "WRB") and s.lex.tag(s.word(k)) & SUB
        for k in range(max(s.first, j - 4), j)
    )


def _gap_noun(s: Sentence, j: int) -> bool:
    """Is the word before j a noun a clause without `that` hangs on (the day he took
    office, allegations he pressured, the way it handles data)?"""
    word = s.word(j - 1)
    return s.has("gap-relative-nouns", word) or s.has("clause-nouns", word)


def split_points(s: Sentence) -> Iterator[int]:
    """The token where a second sentence starts with no full stop before it, by parsing
    the halves of the likeliest candidate places on their own (at most one)."""
    model = parser.loaded()
    if model is None or any(s.toks[k].text in _QUOTES for k in s.indexes()):
        return
    places = [j for j in candidates(s) if not (_gap_noun(s, j) or _reported(s, j) or _bound(s, j))]
    # a place whose right side opens with a subject's word before one opening with an
    # adverb or an adjective (the company cut 300 jobs last year sales fell: at `sales`)
    places.sort(key=lambda j: s.toks[j].tag not in _SUBJECT_OPENERS)
    places = places[:MAX_CANDIDATES]
    if not places:
        return
    texts = [half for j in places for half in _halves(s, j)]
    parses = model.parse(texts)
    for n, j in enumerate(places):
        left = _view(parses[2 * n], texts[2 * n], s)
        right = _view(parses[2 * n + 1], texts[2 * n + 1], s)
        if left is None or right is None or not _complete_left(left):
            continue
        r = _complete_right(right)
        if r is None or _joined_reading_holds(s, j, right, r):
            continue
        yield j
        return
