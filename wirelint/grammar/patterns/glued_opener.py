"""glued-opener: a sentence's first word, still capitalised, in the middle of another.

A cut that lost a full stop, or took the end of one sentence with it, glues the next
sentence on with its capital: ``... a customer's home or office Some are worried``,
``... a statement posted to It also stated``, ``... the year to Its sales have slid``.
Words that open sentences (``But``, ``However``, ``In``, ``If``, ``Some``, ``It``: the
pack's ``sentence-openers``) are capitalised nowhere else in running copy, so one
straight after a lower-case word or a figure, before a lower-case word or a figure, is
such a join; a pronoun must have its verb after it. After a capitalised word only a
conjunction or a subordinator is read (``in March But``). Titles and names keep their
capitals on the words around it (``Carry On films``, ``the film In the Heat of the
Night``, ``On Tuesday``, ``Where is the Love``): a capitalised word before the opener,
or after it and the small words that follow it, means a title and passes. A heading or initials in
capitals before it, a quote mark, a colon, a dash or a line break before it pass too,
and so does a subhead run into its paragraph (``Tax credits As a result``: see
``capital-join``).
``capital-join`` reads the common case of ``The`` or ``He`` after a content word;
this family reads the other openers and every opener after a small word (a cut
sentence often stops on one: ``posted to It``).

Flags:
    Shares fell 3% in early trade But analysts said the fall was overdone.
    The report was posted to It also stated he was in stage IV of the disease.
    The sales forecast for the year to Its sales have slid 41% in the past year.
    There is scepticism in parts of the country Some are worried that Turkey's economy would suffer.
    The games will follow on Monday If you think of Snake, think again.
    Critics said the tax was unfair However, one has to credit the minister's effort.
    Prices rose. Output fell As expected, the duty on petrol will rise.

Passes:
    He starred in the film In the Heat of the Night in 1967.
    He joined the cast of Some Like It Hot in 1958.
    She starred in nine of the popular Carry On films.
    They had a global hit with Where is the Love? last year.
    He liked Five Children and It, previously filmed by the BBC.
    She read Gone With the Wind twice.
    Guests at How We Live were asked to leave early.
    She said: "But we will not give in."
    Rates on class A shares were cut.
    The band played IN THE CITY But only for an hour.
    Rents climbed. Fuel duty As expected, the duty on petrol will not rise.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import (
    ADV_IN,
    BE,
    CONJ,
    DET,
    DO,
    FINITE_AUX,
    HAVE,
    MODAL,
    NNP,
    PREP,
    PRONOUN,
    RB,
    SUB,
    TO,
    VERB,
)
from wirelint.grammar.patterns.base import Family, Finding, Grammar
from wirelint.grammar.patterns.capital_join import heading_run_in, opens_sentence
from wirelint.grammar.tagging import Tagged

#: Small words a title leaves in lower case (In the Heat of the Night, Where is the
#: Love): skipped when looking for the first word after the opener that says title or
#: sentence.
_SMALL = DET | PREP | CONJ | TO | BE | HAVE | DO | MODAL | PRONOUN
#: What follows a subject pronoun that opens a clause: its verb or an adverb before it.
_AFTER_PRONOUN = VERB | FINITE_AUX | RB | ADV_IN


def _glued(sc: Grammar, s: Tagged, at: int) -> bool:
    """Is the token after ``at`` a capitalised sentence opener (the tagger read it as a
    name) glued straight onto the word at ``at``?"""
    i = at + 1
    if not s.tags[i] & NNP:
        return False  # a capital the tagger did not read as a name (after a quote mark)
    raw = s.tokens[i].text
    if i + 1 >= len(s.words) or len(raw) < 2 or not raw[0].isupper() or not raw[1:].islower():
        return False  # not A or I (a share class, the pronoun), not IT or SO (capitals)
    if raw.lower() not in sc.sentence_openers:
        return False
    if s.text_between(i - 1, i) not in (" ", "% "):
        return False  # a quote mark, a colon, a dash, a line break (% of rose 5% But)
    before = s.tokens[i - 1].text
    if not before[-1:].isalnum() or (before.isupper() and len(before) > 1):
        return False  # a heading in capitals, a speaker's initials (MS Although)
    if not (before.islower() or before[:1].isdigit()):
        # After a capitalised word a particle, a pronoun or an adverb is more likely a
        # title's word (Carry On films, Faking It and, All Right Now, before): only a
        # conjunction or a subordinator reads as an opener there (on Monday If you).
        tag = sc.lex.tag(s.words[i].lower())
        if not tag & (CONJ | SUB) or tag & PREP:
            return False
    return not opens_sentence(sc, s, i)  # capital-join's case, read there


def _glued_opener(sc: Grammar, s: Tagged, at: int) -> Finding | None:
    i, n = at + 1, len(s.words)
    after = s.tokens[i + 1].text
    if s.text_between(i, i + 1) not in (" ", ", "):
        return None  # (However, one has to: a comma after an opener)
    if not (after.isalpha() and after.islower()) and not after[:1].isdigit():
        return None  # On Tuesday, Gone With the Wind: a name or a title
    if sc.lex.tag(s.words[i].lower()) & PRONOUN and not (
        s.joined[i] and s.tags[i + 1] & _AFTER_PRONOUN
    ):
        return None  # H and He it, Children and It, previously: a name or a title
    # The first word past the small ones: a capital there is a title (In the Heat of
    # the Night, Where is the Love).
    k = i + 1
    while k < n and s.joined[k - 1] and s.tags[k] & _SMALL and s.tokens[k].text.islower():
        k += 1
    if k >= n or (k > i + 1 and not s.joined[k - 1]) or s.tokens[k].text[:1].isupper():
        return None
    if heading_run_in(sc, s, i):
        return None
    return Finding(
        i - 1,
        i,
        f"a new sentence starts at `{s.tokens[i].text}` with no full stop before it",
        True,
        "splice",
    )


# Read from the word before the opener, which is joined to it: the opener itself may
# have a comma after it (However, one has), and a token scope only reads joined words.
FAMILY = Family(
    "glued-opener",
    __doc__ or "",
    "token",
    _glued,
    _glued_opener,
    # Only before an opener, which ``_glued`` reads capitalised and as a name (NNP).
    next_words="capitalised_openers",
)
