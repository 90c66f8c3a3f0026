"""noun-pronoun: a sentence's noun-phrase subject said again as a pronoun.

A sentence that opens on a noun phrase (``The company``, ``Animal welfare groups``,
``Turkey's economy``) and then ``he``, ``she``, ``it`` or ``they`` with a finite verb
says its subject twice: ``The company it has been fractious``, ``Food companies they
pay supermarkets``. The same words open a relative clause without ``that`` (``The deal
it signed last year was worth``): there the clause's own verb follows later, so a
pronoun whose clause has a second finite verb before a comma or a conjunction passes,
unless its verb is one of saying (``The company it said the new PCs are compatible``).
Names alone (``Piedmont it now has``) are the ``name-pronoun`` family's.

Flags:
    The company it has been fractious since its founder died.
    Food companies they pay supermarkets for prime shelf space.
    Turkey's economy it has steadily recovered from a severe crisis.
    The minister he said the plan would fail.
    The minister he said he favoured a cut in fares.

Passes:
    The deal it signed last year was worth 10 mln dlrs.
    The money they raised went to charity.
    The day he arrived, the talks collapsed.
    Last year it made profits of 21.5 mln stg.
    The government keeps it pegged close to the dollar.
    The tracks they have picked include a live session.
    Mr Brown's insistence he was not gloating was a rebuttal.
    The bank statements he showed reporters ended with March.
    The company said it would cut 500 jobs.
    Those who voted they said were few.
    The one plan she says she backs would cut fares.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE,
    BE_X,
    CD,
    CONJ,
    DET,
    DO,
    HAVE,
    JJ,
    MODAL,
    NNP,
    NOUN,
    POS,
    PREP,
    PRON_S,
    PRONOUN,
    SUB,
    VB,
    VBD,
    VBG,
    VBN,
    VBZ,
    VERB,
)
from wirelint.grammar.patterns.base import NONVERB, Family, Finding, Grammar
from wirelint.grammar.tagging import Tagged

_PRONOUNS = frozenset({"it", "they", "he", "she"})
#: What the words of an opening noun phrase may be: determiners, possessives,
#: adjectives, numbers, nouns and names.
_PHRASE = DET | POS | JJ | CD | NOUN | NNP
_AUX = BE | HAVE | DO | MODAL
#: A finite verb of the clause after the pronoun: the relative clause's main verb.
_FINITE = _AUX | VBD | VBZ


def _after_noun_phrase(sc: Grammar, s: Tagged, i: int) -> bool:
    """Token ``i`` is a subject pronoun right after a noun phrase that opens the sentence."""
    if not 2 <= i <= 6 or s.words[i] not in _PRONOUNS:
        return False
    head = s.tags[i - 1]
    if not head & (NOUN | NNP) or head & (PREP | SUB | CONJ | ADV_IN):
        return False
    word = s.words[i - 1]
    if word in sc.adverbial or word in sc.clause_nouns or s.tags[0] & VBG:
        return False  # Last year it, Every time she, his insistence he: a time or a clause
    if head & (VB | VBZ) and not s.tags[i - 2] & (DET | POS | JJ):
        return False  # The owner mentions she, The Lib Dems want it: the verb, not the noun
    if not any(s.tags[k] & NOUN and s.tokens[k].text.islower() for k in range(i)):
        return False  # a name alone: name-pronoun's
    for k in range(i):
        t = s.tags[k]
        if not s.joined[k] or not t & _PHRASE or t & (PREP | SUB | CONJ | BE | HAVE | MODAL):
            return False
        if (t & VERB and not t & (NOUN | JJ | NNP | DET | CD)) or t & VBD:
            return False  # a verb: Those who voted they said, The minister said yesterday it
        if sc.lemma_in(s.words[k], sc.clause_verbs):
            return False  # Police say they: a report, its clause after it
    return s.words[0] not in sc.clause_openers


def _noun_pronoun(sc: Grammar, s: Tagged, i: int) -> Finding | None:
    n = len(s.words)
    j = sc.skip_adverbs(s, i + 1)
    if j >= n - 2 or not s.joined[j - 1]:
        return None
    tags = s.tags[j]
    if s.words[i] == "they" and tags & VB and not tags & (DET | PREP | CD):
        pass  # they pay: the present of a plural subject, whatever else the word may be
    elif not tags & _FINITE or (tags & (NONVERB & ~JJ) and not tags & _AUX):
        return None  # a noun after the pronoun: no clause here (said may be an adjective)
    saying = sc.lemma_in(s.words[j], sc.clause_verbs)
    end = j
    while (
        end + 1 < n - 1
        and s.joined[end]
        and s.tags[end + 1] & (BE_X | VBN | ADV_IN)
        and (tags & _AUX)
    ):
        end += 1  # the verb group: has been, was forced, will also
    if not s.joined[end]:
        return None  # The year he was nominated, the talks: the clause ends on its verb
    nxt = s.tags[end + 1]
    if nxt & (VBZ | VBD | VB) and not nxt & (DET | PREP | CD | PRONOUN | JJ) and end > j:
        return None  # The tracks they have picked include: the relative clause's gap
    if saying and s.tags[j + 1] & (BE | HAVE | MODAL):
        return None  # The things they said were: a relative clause, its gap the subject
    # A finite verb later in the clause is the main verb of a sentence whose subject
    # has a relative clause: The deal it signed last year was worth. After a verb of
    # saying the reported clause starts at its subject and is not read.
    stops = CONJ | SUB | ((DET | PRON_S) if saying else 0)
    k = end + 1
    while k < n and s.joined[k - 1] and not s.tags[k] & stops:
        t, w = s.tags[k], s.words[k]
        if w in sc.adverbial_subordinators or (saying and w == "that"):
            break
        if t & (BE | MODAL) or (t & (VBD | VBZ) and not t & (NONVERB | VB | VBN)):
            return None
        if t & VBD and not t & (NONVERB & ~JJ) and not s.tags[k - 1] & (BE | HAVE | BE_X):
            return None  # The statements he showed reporters ended: a past form too
        k += 1
    if saying and k < n and s.joined[k - 1] and s.tags[k] & PRON_S and _gap_after(sc, s, k):
        return None  # One measure he said he favored would raise: the gap is the noun
    return Finding(
        i - 1,
        i,
        f"the subject is said twice: `{s.tokens[i - 1].text}` and `{s.tokens[i].text}`",
        True,
        "agreement",
    )


def _gap_after(sc: Grammar, s: Tagged, k: int) -> bool:
    """After a verb of saying, does the clause of the pronoun at ``k`` run on into a
    second finite verb (``he said he favored would raise``)? Then the reported clause
    lacks its object, the opening noun, and that second verb is the sentence's own."""
    n = len(s.words)
    m = sc.skip_adverbs(s, k + 1)
    if m >= n or not s.joined[m - 1] or not s.tags[m] & _FINITE:
        return False
    while m + 1 < n and s.joined[m] and s.tags[m + 1] & (BE_X | VBN | ADV_IN) and s.tags[m] & _AUX:
        m += 1  # the verb group: has been, would also
    for q in range(m + 1, min(m + 4, n)):
        t = s.tags[q]
        if not s.joined[q - 1] or t & (CONJ | SUB | DET | PRON_S):
            return False
        if t & (BE | MODAL) and not t & NONVERB:
            return True
    return False


FAMILY = Family(
    "noun-pronoun", __doc__ or "", "token", _after_noun_phrase, _noun_pronoun, words=_PRONOUNS
)
