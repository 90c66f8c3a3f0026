"""plural-subject: a subject that opens on a plural determiner and a singular verb.

``Many analysts expects``, ``Several firms was fined``, ``Some parts of the country
is``: a determiner that only goes with a plural (``these``, ``several``, ``many``,
``both``: the pack's ``plural-determiners``) opens the clause's subject, its head is a
plural noun, and the verb after it (past an ``of`` or ``in`` phrase and inner
adverbs) is singular. ``noun-agreement`` reads subjects that open on ``the`` or a
possessive; these determiners are adjectives or numbers to the tagger. A verb that
may be a plural noun too (``shows``, ``means``) is not read (``these sales figures``),
nor is a subject that does not open a clause (``of these changes is``), a singular
or mass head (``some money is``) or a question.

Flags:
    Many analysts expects the bank to cut rates again.
    Several firms was fined last year for the breach.
    Some parts of the country is a whole lot more permissive than others.
    He said these measures has not worked.

Passes:
    Many analysts expect the bank to cut rates again.
    Some money is set aside for repairs.
    The sale of these shares is expected to raise $2bn.
    These sales figures show a rise in demand.
    Several of the company's plants is a figure nobody expected, he said.
    Both the chairman and his deputy has resigned, the firm said.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    CD,
    DET,
    JJ,
    NN,
    NNP,
    NNS,
    POS,
    UNK,
    VB,
    VBD,
    VBN,
    VBZ,
    VERB,
)
from wirelint.grammar.patterns.agreement import at_boundary
from wirelint.grammar.patterns.base import _TO_PLURAL, NONVERB, Family, Finding, Grammar, question
from wirelint.grammar.tagging import Tagged

#: Prepositions a subject's head may take a phrase with before its verb (parts of the).
_PHRASE = frozenset({"of", "in", "at", "on", "from", "for", "with", "across", "around"})
#: Words a prepositional phrase inside a subject is made of: determiners, modifiers,
#: nouns, names and figures.
_IN_PHRASE = DET | POS | JJ | NN | NNS | NNP | CD
#: How many words the subject and its phrase may run before the verb.
_REACH = 8


def _plural(s: Tagged, k: int) -> bool:
    """A plural noun: no singular reading, or one only a rare sense gives (parts, arms)."""
    t, word = s.tags[k], s.words[k]
    if not t & NNS:
        return False
    return not t & NN or (word.endswith("s") and not word.endswith(("ss", "us", "is", "ics", "ws")))


def _opens_subject(sc: Grammar, s: Tagged, i: int) -> bool:
    return i + 2 < len(s.words) and s.joined[i] and at_boundary(sc, s, i)


def _plural_subject(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    words, tags, n = s.words, s.tags, len(s.words)
    k = i + 1
    if words[k] in ("of", "the") or tags[k] & DET:
        return None  # several of the company's plants, both the chairman and: not read
    # modifiers, then the head: the last word of the run of nouns and adjectives
    head = -1
    while k < n and k - i <= 4 and s.joined[k - 1] and tags[k] & (JJ | NN | NNS | VBN):
        if tags[k] & (UNK | NNP) or (tags[k] & VERB and not tags[k] & (NN | NNS | JJ | VBN)):
            return None
        head, k = k, k + 1
    if head < 0 or not _plural(s, head):
        return None  # some money: a singular or mass head
    if words[head] in sc.singular_s or words[head] in sc.collective:
        return None
    # an of/in phrase after the head (parts of the country)
    if k < n and s.joined[k - 1] and words[k] in _PHRASE:
        k += 1
        while k < n and k - i <= _REACH and s.joined[k - 1] and tags[k] & _IN_PHRASE:
            if tags[k] & VERB and not tags[k] & (NN | NNS | JJ):
                break
            k += 1
    j = sc.skip_adverbs(s, k)
    if j >= n or not s.joined[j - 1] or j - i > _REACH + 2:
        return None
    verb, t = words[j], tags[j]
    fix = _TO_PLURAL.get(verb)
    if fix is None:
        if not t & VBZ or t & (NONVERB | VB | VBD | VBN):
            return None  # shows, means: a plural noun too (these sales figures)
        fix = sc.base(verb)
        if fix is None:
            return None
    if question(s):
        return None
    noun, vtext = s.tokens[head].text, s.tokens[j].text
    return Finding(
        head,
        j,
        f"`{noun} ... {vtext}`: the subject `{noun}` is plural, so the verb should be `{fix}`",
        True,
        "agreement",
    )


FAMILY = Family(
    "plural-subject",
    __doc__ or "",
    "token",
    _opens_subject,
    _plural_subject,
    words="plural_determiners",
    headline_style=True,
)
