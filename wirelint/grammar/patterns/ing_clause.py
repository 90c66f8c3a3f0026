"""ing-clause: a clause of a noun subject and an -ing form with no finite verb at all.

A noun before an -ing form often opens a reduced relative clause (``a man selling
space on his forehead was paid``): the clause's own verb comes later. When nothing
later in the clause can be a finite verb, the -ing form was the verb and lost its
``is``, ``are`` or ``was``: ``The government implementing the rarely used Royal
Prerogative.``, ``... a sign that investors returning to gold``, ``while the matter being
investigated``. An -ing form that is a noun too (``the credit rating``, ``people
finding``) may end a compound and is not read. The clause is read from the sentence's start, or from a
subordinator (``that``, ``while``, ``when``, ``because``; not ``as``, a preposition too: seen as
the main stumbling block), and a word that may
be a finite verb anywhere after it (``said``, ``was``, ``rose``) passes the sentence,
unless it stands after a determiner (``the rarely used rule``: a participle). An -ing
form that is a preposition (``including``, ``regarding``) and a sentence with no full
stop (a heading or a caption) pass. ``with the matter being``, ``such
as people living`` (no subordinator) and questions pass.

Flags:
    The government implementing the rarely used Royal Prerogative.
    It was a sign that investors returning to gold.
    He will remain suspended while the matter being investigated.

Passes:
    A man selling advertising space on his forehead was paid well.
    The company making the cars said it would cut jobs.
    With the matter being investigated, he stayed at home.
    Her song Bout featuring Rah Digga only just scrapped into the top 40.
    Groups such as people living in poverty need help.
    Shares in the firm rose, with investors betting on a deal.
    The study found that people living near roads sleep less.
    Currencies including the Thai baht and Indonesian rupiah weakened.
    A lawyer representing Mr Doherty and Mr Wass said outside court the pair were sorry.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE,
    CD,
    CLOSED,
    DET,
    DO,
    HAVE,
    JJ,
    MODAL,
    NN,
    NNP,
    NNS,
    NOUN,
    POS,
    RB,
    UNK,
    VB,
    VBD,
    VBG,
    VBN,
    VBZ,
)
from wirelint.grammar.patterns.base import Family, Finding, Grammar, question
from wirelint.grammar.tagging import Tagged

#: Subordinators after which a clause with its own finite verb starts.
_SUBORDINATORS = frozenset(
    {"that", "while", "when", "whenever", "because", "although", "though", "whereas"}
)
#: Tags of a word that may be a finite verb (a base form too: the analysts fear rising
#: demand has its verb in fear, and demand might have been it).
_FINITE = BE | HAVE | DO | MODAL | VBZ | VBD | VB
#: How many words the subject may run before its -ing form.
_SUBJECT = 4


def _opens_clause(sc: Grammar, s: Tagged, i: int) -> bool:
    """Token i starts a clause: the sentence's first word, or a subordinator's."""
    if i == 0:
        return True
    return s.joined[i - 1] and s.words[i - 1] in _SUBORDINATORS


def _modifier(s: Tagged, j: int) -> bool:
    """A participle inside a noun phrase: after a determiner or an adjective, or after an
    adverb after one (the rarely used rule); not after an adverb alone (only just
    scrapped: a finite verb). Or the participle of ``being`` (being investigated)."""
    before = s.tags[j - 1] if s.joined[j - 1] else 0
    if (before & (DET | POS | JJ) and not before & RB) or s.words[j - 1] == "being":
        return True
    return bool(before & RB) and j > 1 and s.joined[j - 2] and bool(s.tags[j - 2] & (DET | POS))


def _ing_clause(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    words, tags, n = s.words, s.tags, len(s.words)
    if not _opens_clause(sc, s, i):
        return None
    # the subject: a determiner, modifiers and its head noun
    determiner = bool(tags[i] & (DET | POS))
    k = i + 1 if determiner else i
    head = -1
    while k < n and k - i <= _SUBJECT and (k == i or s.joined[k - 1]):
        t = tags[k]
        if (t & VBG or s.words[k] == "being") and head >= 0:
            break
        if not t & (NN | NNS | JJ | NNP) or t & (CLOSED | UNK | CD | RB | ADV_IN):
            return None
        if t & (VB | VBD | VBZ) and not t & NNP and not determiner:
            return None  # Analysts fear rising: a word that may be the verb
        head, k = k, k + 1
    if head < 0 or k >= n or not s.joined[k - 1] or not tags[head] & (NOUN | NNP):
        return None
    ing = tags[k]
    if words[k] != "being" and (not ing & VBG or ing & (NN | VB | VBD | VBN | VBZ | UNK)):
        return None  # a noun too (the credit rating, the building): a compound
    if words[k] in sc.preposition_like_ing:
        return None  # including, regarding: a preposition
    # the rest of the sentence: no word that may be a finite verb (a relative clause or
    # a list between the subject and its verb may hold one: it passes the sentence too)
    for j in range(k + 1, n):
        t = tags[j]
        if t & _FINITE and not (t & VBN and _modifier(s, j)):
            return None  # a finite verb later (was paid), not a participle (the rarely used)
    if not s.text[s.tokens[-1].end :].startswith("."):
        return None  # a heading or a caption run into the body has no full stop
    if question(s):
        return None
    subject, verb = s.tokens[head].text, s.tokens[k].text
    return Finding(
        head,
        k,
        f"`{subject} {verb}`: the clause has no finite verb (`is {verb}`, `are {verb}`?)",
        True,
        "verb-form",
    )


#: A word ``_ing_clause`` reads as part of the subject has one of these tags and none of
#: ``_NOT_SUBJECT``.
_SUBJECT_WORD = NN | NNS | JJ | NNP
_NOT_SUBJECT = CLOSED | UNK | CD | RB | ADV_IN


def _may_open(sc: Grammar, ta: int, a: str | None, tb: int, b: str | None) -> bool:
    """Whether ``_ing_clause`` may find the subject it reads: a determiner before a noun
    or an adjective; or a noun, then the -ing form or the subject's next word."""
    if ta & (DET | POS):
        return bool(tb & _SUBJECT_WORD and not tb & _NOT_SUBJECT)
    if not ta & _SUBJECT_WORD or ta & _NOT_SUBJECT:
        return False
    return bool(tb & VBG or b == "being" or (tb & _SUBJECT_WORD and not tb & _NOT_SUBJECT))


FAMILY = Family(
    "ing-clause",
    __doc__ or "",
    "token",
    None,
    _ing_clause,
    mask=DET | POS | NOUN,
    opens_after=_SUBORDINATORS,  # where ``_opens_clause`` says a clause starts
    pair=_may_open,
    pair_next_mask=_SUBJECT_WORD | _NOT_SUBJECT | VBG,
    pair_words=frozenset({"being"}),
)
