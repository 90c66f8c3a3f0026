"""WL418 joined-sentences: two sentences run together where the full stop was lost (parser tier)."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.diagnostics import Severity
from wirelint.grammar.lexicon import CONJ, DET, NNP, PREP, PRON_A, PRON_S, SUB, TO, UNK, VBG
from wirelint.grammar.parsed import FINITE_TAGS, Hit, ParserRule, Sentence, first_hit_per_place
from wirelint.grammar.resplit import split_points

#: How the parser hangs a second sentence it does not split off on the first.
_HUNG = frozenset({"ccomp", "conj", "parataxis", "advcl"})
#: How it hangs one whose capitalised opener it reads as a relative word or a modifier
#: (recording That finding upheld, the stock A company spokesman said): a capital there
#: is a new sentence's.
_HUNG_AFTER_OPENER = frozenset({"relcl", "acl", "dep", "appos"})
#: A clause with one of these has no gap a relative clause would leave (the deal
#: Microsoft announced) for the noun before it.
_COMPLETE = ("dobj", "attr", "acomp", "xcomp", "ccomp", "oprd", "prep", "advmod", "npadvmod")
#: Words no sentence ends on: the capitalised word after them is a title or a name.
_NOT_AN_END = CONJ | DET | PREP | SUB | TO
#: Words that start a sentence and nothing else when capitalised: a determiner, a
#: pronoun, a possessive (The Bank of England has, He said, Its shares rose).
_OPENERS = frozenset({"DT", "PRP", "PRP$"})
#: Capitalised words that may stand mid-sentence: names and relative words.
_NOT_OPENERS = frozenset({"NNP", "NNPS", "WP", "WDT", "WP$"})
#: Tags the tagger gives a capitalised word it reads as a common word, not as a name or
#: an adjective of a place or a party (British, Communist, Democratic: capitalised anywhere).
_COMMON_TAGS = frozenset({"NN", "NNS", "JJR", "JJS", "RB", "CD"})
_QUOTE_MARKS = frozenset({'"', "“", "”"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl")
#: Marks that end a sentence or a clause: a finite verb after one of them belongs to
#: another clause than the words before a junction.
_CLAUSE_ENDS = frozenset({".", "!", "?", ";", ":"})
#: Marks that close a bracket or a quotation: a sentence may end on them.
_CLOSERS = frozenset({")", "]", ">", '"', "”", "’"})
#: How far after a capitalised opener its clause's finite verb may stand (The three
#: designs built by different groups use).
_OPENER_REACH = 8
_WH = frozenset({"WDT", "WP", "WRB", "WP$"})
#: Pack list: nouns of time, place, manner and reason a relative clause without `that`
#: hangs on with its object in place (the day he took office).
_GAP_NOUNS_KEY = "gap-relative-nouns"
#: Lower-case subject pronouns that open a clause of their own (`you` is an object as
#: often; `i` is never lower-case).
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
#: Tags of the first word of a lower-case noun phrase that opens a clause: a determiner
#: or a possessive (the film, her lawyers, some workers).
_LOWER_OPENER_TAGS = frozenset({"DT", "PRP$"})
#: Tags of a word a sentence ends on before a lower-case pronoun: a noun, a name, a
#: figure, an object pronoun (not a verb: said he, think we; not an adjective or an
#: adverb: so sure they, now it has).
_END_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "PRP"})
#: A verb's object or complement: a clause with one in place leaves no gap a relative
#: clause without `that` would (the deal he signed; not: the deal he signed it). A
#: complement clause or a phrase may hold the gap (viewpoints he believes the media
#: fails to reflect, the 70 pct it does not hold in the firm): they do not count.
_OBJECTS = ("dobj", "attr", "acomp", "oprd")
#: Words that make a clause after them a result or comparison clause with `that` left
#: out (so many goals it was, such a hurry they left, too much risk they).
_RESULT_WORDS = frozenset({"so", "such", "too", "enough"})


def _has_clause(s: Sentence, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi-1 hold a finite verb with its own subject."""
    return any(
        s.toks[v].tag in FINITE_TAGS and s.children(v, "nsubj", "nsubjpass", "expl")
        for v in range(lo, hi)
    )


def _previous_has_finite(s: Sentence, j: int) -> bool:
    """Whether the parser's sentence that ends before token j has a finite verb (else it
    is a heading or a label, not a sentence)."""
    k = j - 1
    while k > 0 and not s.toks[k].sent_start:
        k -= 1
    return any(s.toks[m].tag in FINITE_TAGS for m in range(k, j))


def _pronoun_after_verb(s: Sentence, j: int) -> bool:
    """Is token j a capitalised pronoun (It, He, They, not I) straight after a finite verb
    (the report says It primarily assesses)? Only a new sentence gives it the capital."""
    return s.toks[j].tag == "PRP" and s.toks[j - 1].tag in FINITE_TAGS


def _opener_not_title(s: Sentence, j: int) -> bool:
    """Is token j a capitalised opener after a lowercase word, with no capitals in the
    words after it (a title capitalises them: the title It's a Wonderful Life)?"""
    if j <= s.first or not s.toks[j].text[:1].isupper() or s.toks[j].tag not in _OPENERS:
        return False
    if not s.toks[j - 1].text.islower():
        return False  # We Will Rock You sung by: a title's words
    return not any(
        s.toks[k].text[:1].isupper() and s.toks[k].text != "I"
        for k in range(j + 1, min(j + 4, s.last + 1))
    )


class JoinedSentences(ParserRule):
    """Two sentences run together: the full stop lost, the second sentence's capital kept.

    ## What it does
    Reads the dependency parse of each body paragraph (the grammar extra) and reports
    where a second sentence starts, capital letter and all, straight after the last
    word of the one before with nothing between: `... monetary policy The Bank of
    England has kept rates on hold`, `... upped their rating S&P had held back`. The
    second part must be a clause of its own, with a finite verb, a subject that
    starts at the capital and its object or complement in place, and the first part
    a clause with its own subject and finite verb. The parser either starts a new
    sentence there or hangs the second clause on the first. A relative clause
    without `that` (`the deal Microsoft announced`), titles in capitals (`re-recorded
    We Are the World`, `I Can't Stop Loving You topped`), a clause after a verb of saying
    (`told reporters Microsoft would`), words no sentence ends on (`in The Times`),
    headings in capitals and names that run on (`Friday morning Fellow centre Gordon
    D'Arcy`) pass. WL401's capital-join family reports `The` and `He` after a word
    without the parser; this check adds the sentences that start with a name.
    A conjunction, subordinator or preposition with a capital straight after a
    lowercase word, with a clause on either side, is a sentence's first word too
    (`... for just 35 hours But at least there is still a steel industry`, `the badge
    Yet it could prove tough`); a title capitalises the words after it (`his hit When
    a Man Loves a Woman`) and passes. A quotation that opens straight after a clause's
    last word and starts a clause of its own (`... for the guitarist "The mayor is
    going to ...`) and a quoted sentence that closes with no full stop before a clause
    of its own (`"... for Paramount" many of Lee's creations have been filmed`) are
    joined sentences too; a quoted phrase inside a sentence (`to challenge "the high
    rates" they charge`), a verb's quoted complement (`was "The future of ..."`), a
    report after its verb of saying (`said "It is ...`; after its -ing form too: `a
    message warning "You can click ...`) and the speaker after a
    quotation (`..." Richards told BBC Sport`) pass. A quotation closed by its own
    comma and followed by its speaker and verb of saying has had its report: a new
    quotation or a capitalised word after the attribution starts a new sentence
    (`"...," a senior banker said "It's a faster way`, `"...," he said Sometimes though`).
    A common word with a capital after a lowercase word, opening a subject of two or more
    words (`... since the summer Consumer spending has slowed`), is a sentence's first
    word too; a name that is a common word (`rival Apple has`), a nationality or a month
    (`said British musicians`, `said March imports`) passes. A capitalised determiner or
    pronoun (`The`, `That`, `Its`, `It`, `She`) after a clause's last word, a closing
    bracket or a closing quotation, with its clause's finite verb after it, is read from
    the words and tags alone (`... phoned 911 (the emergency number) She did not know`,
    `... in Hong Kong That would allow`): a title capitalises the words after it (`It
    Happened One Night`) or ends on a pronoun after capitals (`We Will Rock You sung by`),
    a quotation closed by its own comma is followed by its attribution, and `A` is a
    share class as often as a word (`class A shares`): all pass. With the capital lost
    too, a subject pronoun or a determiner after the noun that ends a main clause,
    opening a clause with its object in place, is a sentence's first word (`... banned
    cars from the old town it is part of a plan`); a relative clause without `that`
    (`the deal he signed`, `the day he took office`), a report without `that` (`said on
    Friday it would`) and a main clause after a subordinate one pass.
    One parse cannot show every join: with its capital lost, a second sentence that
    opens with a bare noun or a possessive is read as part of the first (`... hit the
    coast on Sunday thousands of homes lost power`, `... resigned in disgrace his deputy
    took over`). A sentence nothing has been reported in is cut at the few places
    where a second could start (after a noun, a figure or an adverb, a finite verb on
    either side, nothing joining them), and both halves are parsed on their own: when
    each is a complete main clause and the joined parse reads the second no better
    (it leaves the second verb without a subject of its own, or hangs the first clause
    on the second), the place is reported. Reports without
    `that` (`told the committee the figures were wrong`), relative clauses without
    `that` (`the house her parents had built`), result clauses (`so cold we stayed`),
    compound nouns (`share price`) and a clause that completes an opening phrase or a
    subordinate one pass.

    ## Why it matters
    A lost full stop makes one long sentence that reads wrongly until the reader
    finds where the second starts; in a wire story it often splits a figure from
    the sentence it belongs to.

    ## Example
    ```text
    Rates on hold

    The move is unlikely to have a bearing on monetary policy The Bank of England has kept rates on hold since August.
    ```
    `policy The` is reported: a new sentence starts at `The`.
    """

    code = "WL418"
    name = "joined-sentences"
    severity = Severity.WARNING

    def find(self, s: Sentence) -> Iterator[Hit]:
        hits = list(
            first_hit_per_place(
                (
                    *self._split(s),
                    *self._hung(s),
                    *self._opening_word(s),
                    *self._quote_junction(s),
                    *self._capitalised_word(s),
                    *self._after_attribution(s),
                    *self._capital_opener(s),
                    *self._lower_case_pronoun(s),
                ),
                "first",
            )
        )
        if hits or s.found:
            yield from hits
            return
        # Nothing seen in the one parse: parse the halves at each likely cut on their own
        # (costly, so only for a sentence no check has reported yet).
        for j in split_points(s):
            yield Hit(
                j - 1, j, f"a new sentence starts at `{s.toks[j].text}` with no full stop before it"
            )
            return

    def _opening_word(self, s: Sentence) -> Iterator[Hit]:
        """A conjunction, subordinator or preposition with a capital straight after a
        lowercase word (... 35 hours But at least there is, ... the badge Yet it could):
        only a sentence's first word has one. Titles capitalise the words after it too
        (While You Were Sleeping) and pass; so does an opening with no clause on either
        side."""
        for j in range(max(1, s.first), s.last):
            tok, prev, nxt = s.toks[j], s.toks[j - 1], s.toks[j + 1]
            if not (tok.text[:1].isupper() and tok.text[1:].islower()) or tok.tag in _NOT_OPENERS:
                continue  # (a doctor Who was not ready: a relative word after its noun)
            if not s.lex.tag(s.word(j)) & (CONJ | SUB | PREP) or s.lex.tag(s.word(j)) & DET:
                continue
            if s.text[prev.end : tok.start] != " " or not (
                prev.text.isalnum() and (prev.text.islower() or prev.text.isdigit())
            ):
                continue
            if s.lex.tag(prev.text.lower()) & _NOT_AN_END:
                continue
            if not nxt.text[:1].isalnum() or any(
                s.toks[k].text[:1].isupper() and s.toks[k].text != "I"
                for k in range(j + 1, min(j + 4, s.last + 1))
            ):
                continue  # While You Were Sleeping, hit When a Man Loves a Woman: a title
            start = j - 1
            while start > 0 and not s.toks[start].sent_start:
                start -= 1
            before = _has_clause(s, start, j) if start >= s.first else True
            after = _has_clause(s, j + 1, s.last + 1)
            if before and after:
                yield Hit(
                    j - 1, j, f"a new sentence starts at `{tok.text}` with no full stop before it"
                )

    def _after_attribution(self, s: Sentence) -> Iterator[Hit]:
        """A quotation closed by its own comma, its speaker and verb of saying, and then
        a new quotation or clause with no full stop before it (`"...," a senior banker
        said "It's a faster way`, `"...," he said Sometimes though, ...`): the verb's
        report is the quotation before it, so what follows is a new sentence."""
        for q in range(s.first + 1, s.last):
            if s.toks[q].text not in _QUOTE_MARKS or s.toks[q - 1].text not in (",", "?", "!"):
                continue
            for k in range(q + 1, min(q + 8, s.last)):
                if s.toks[k].text in _QUOTE_MARKS or s.toks[k].text in (",", ";", ":"):
                    break
                if not s.toks[k].tag.startswith("VB") or not (
                    s.has("report-verbs", s.lemma(k)) or s.has("clause-verbs", s.lemma(k))
                ):
                    continue
                j = self._after_speaker(s, k)
                if j is not None:
                    yield Hit(
                        j - 1,
                        j,
                        f"a new sentence starts at `{s.toks[j].text}` with no full stop before it",
                    )
                break

    def _after_speaker(self, s: Sentence, k: int) -> int | None:
        """The token after the attribution that verb of saying k ends, when it opens a
        quotation or a clause of its own with a capital; None otherwise."""
        # the speaker and the verb's own words: he said, said Zara Hyde Peters of UK
        # Athletics, told BBC Sport, said in a statement
        j = k + 1
        while j <= s.last and j - k <= 8:
            tok = s.toks[j]
            if tok.text in _QUOTE_MARKS:
                if s.lex.tag(s.toks[j - 1].text.lower()) & _NOT_AN_END:
                    return None  # declared of the "Partido contra la Pobreza": a quoted name
                nxt = s.toks[j + 1] if j < s.last else None
                if s.gap(j - 1, j) == " " and nxt is not None and s.gap(j, j + 1) == "":
                    return j if nxt.text[:1].isupper() else None
                return None
            if not tok.text[:1].isalnum() or s.gap(j - 1, j) != " ":
                return None
            if tok.text[:1].isupper() and self._starts_clause(s, k, j):
                return j
            j += 1
        return None

    def _starts_clause(self, s: Sentence, k: int, j: int) -> bool:
        """Does a clause of its own (not the speaker's name after the verb: said Zara Hyde
        Peters) start at token j, a capitalised word after verb of saying k?"""
        if s.subjects_before(k) == [] or j != k + 1:
            return False  # said Zara Hyde Peters: the speaker; told BBC Sport: its object
        tok = s.toks[j]
        if not (tok.tag in _OPENERS or tok.tag in _COMMON_TAGS or tok.text == "I"):
            return False  # he said Smith was: a name may be the report's subject
        # (Sometimes though, he said, spotting ... is: an opening adverb before the clause)
        return any(
            s.finite(v) and s.toks[v].tag.startswith(("VB", "MD")) for v in range(j + 1, s.last + 1)
        )

    def _capitalised_word(self, s: Sentence) -> Iterator[Hit]:
        """A common word with a capital straight after a lowercase word, opening a
        subject of two or more words whose next word is lowercase, with a clause before
        it (... the largest yet Consumer electronics had a phenomenal year, ... Mr Maran
        said Key positions are to be held): only a sentence's first word has that
        capital. A name that is a common word stands alone (rival Apple has) or runs on
        in capitals (the Consumer Electronics Show), and passes."""
        for j in range(max(1, s.first + 1), s.last):
            tok, prev, nxt = s.toks[j], s.toks[j - 1], s.toks[j + 1]
            if not (tok.text[:1].isupper() and tok.text[1:].islower()) or tok.tag in _OPENERS:
                continue  # (a determiner or a pronoun: _split and _hung read those)
            if tok.tag not in _COMMON_TAGS:
                continue  # said British musicians, said March imports: capitalised anywhere
            if not s.lex.tag(s.word(j)) & ~(UNK | NNP) or not nxt.text.isalpha():
                continue  # a name the table does not know
            if not nxt.text.islower() or s.gap(j - 1, j) != " ":
                continue
            if not (prev.text.islower() or prev.text.isdigit() or prev.text == "%"):
                continue
            if prev.text.endswith("."):
                continue  # save about $94m. More than: the tokenizer kept the full stop on the word
            if s.lex.tag(prev.text.lower()) & _NOT_AN_END or s.has("clause-nouns", s.word(j - 1)):
                continue
            v = self._clause_from(s, j)
            if v is None or not self._clause(s, v, j):
                continue
            head = next(k for k in s.children(v, *_SUBJECT_DEPS) if k < v)
            if head == j:
                continue  # rival Apple has: a name may be a common word
            if not self._before_is_sentence(s, j):
                continue
            yield Hit(
                j - 1, j, f"a new sentence starts at `{tok.text}` with no full stop before it"
            )

    @staticmethod
    def _clause(s: Sentence, v: int, start: int) -> bool:
        """Is v a finite verb whose subject starts at token ``start``, with no comma
        in it, and whose object or complement is in place?"""
        if not s.finite(v) or not s.toks[v].tag.startswith(("VB", "MD")):
            return False
        if any(s.toks[k].text[:1].isupper() for k in (v, *s.children(v, "aux", "auxpass"))):
            return False  # The Show Must Go On, We Are the World: a title
        subjects = s.subjects_before(v)
        if not subjects or s.left_edge(subjects[0]) != start or not s.children(v, *_COMPLETE):
            return False
        # Oscar hopefuls The Aviator, Million Dollar Baby and Sideways all: a list of
        # titles after a noun, not a sentence's subject
        return not any(s.toks[k].text == "," for k in range(start, v))

    @staticmethod
    def _junction(s: Sentence, j: int) -> bool:
        """Token j opens with a capital straight after a word that can end a sentence."""
        if j <= 0:
            return False
        prev, tok = s.toks[j - 1], s.toks[j]
        if not tok.text[:1].isupper() or tok.text.isupper() or tok.tag not in _OPENERS:
            return False  # a name may follow any word (once again Martyn denied him)
        if s.text[prev.end : tok.start] != " " or not (
            prev.text[-1:].isalnum() or prev.text[-1:] == "%"
        ):
            return False
        if prev.text.isupper() and len(prev.text) > 1:
            return False  # a heading in capitals, a speaker's initials
        if prev.text[:1].isupper() and prev.tag not in ("NNP", "NNPS"):
            return False  # I Can't Stop Loving You topped: a title's words, not a name
        if prev.text[:1].isupper() and tok.tag in ("NNP", "NNPS") and prev.tag in ("NNP", "NNPS"):
            return False  # Friday morning Fellow centre Gordon: names run on
        word = prev.text.lower()
        if s.lex.tag(word) & _NOT_AN_END:
            return False  # in The Times: no end of a sentence
        if s.has("clause-verbs", s.lemma(j - 1)) and not _pronoun_after_verb(s, j):
            return False  # said Reuters had: a name may follow a verb of saying
        return not s.has("clause-nouns", word)

    @staticmethod
    def _reported_next(s: Sentence, h: int, j: int) -> bool:
        """Does the clause at token j follow the verb of saying h with only the verb's
        own object or adverbials between (told reporters on Friday Microsoft would)? A
        clause of its own between them (said the rights will expire ... exercisable It
        said) leaves the capital a new sentence's."""
        near = {h, *s.children(h, "dobj", "dative", "iobj", "advmod", "npadvmod", "prep", "aux")}
        for k in range(h + 1, j):
            top = k
            while s.toks[top].head not in (top, h) and top not in near:
                top = s.toks[top].head
            if top not in near:
                return False
        return True

    def _split(self, s: Sentence) -> Iterator[Hit]:
        """The parser starts a sentence with no full stop before it."""
        j = s.first
        if j == 0 or not s.toks[j].sent_start or not self._junction(s, j):
            return
        root = next((k for k in s.indexes() if s.toks[k].dep == "ROOT"), None)
        if root is None or not self._clause(s, root, j):
            return
        if not _previous_has_finite(s, j):
            return  # the part before is a heading or a label, not a sentence
        yield Hit(
            j - 1, j, f"a new sentence starts at `{s.toks[j].text}` with no full stop before it"
        )

    def _hung(self, s: Sentence) -> Iterator[Hit]:
        """The parser hangs the second sentence on the first as a clause of it."""
        for v in s.indexes():
            if s.toks[v].dep not in _HUNG and not (
                s.toks[v].dep in _HUNG_AFTER_OPENER and _opener_not_title(s, s.left_edge(v))
            ):
                continue
            h = s.toks[v].head
            subjects = s.subjects_before(v)
            if h >= v or not subjects:
                continue
            j = s.left_edge(subjects[0])
            if j <= s.first + 1 or h >= j or not self._junction(s, j) or not self._clause(s, v, j):
                continue
            if (
                s.toks[v].dep == "ccomp"
                and s.has("clause-verbs", s.lemma(h))
                and self._reported_next(s, h, j)
                and not _pronoun_after_verb(s, j)
            ):
                continue  # told reporters Microsoft would: a reported clause
            if s.toks[j].tag == "PRP" and any(
                s.toks[k].text[:1].isupper() and s.toks[k].text != "I"
                for k in range(j + 1, min(j + 4, s.last + 1))
            ):
                continue  # the title It's a Wonderful Life: a pronoun opening a title
            if any(c < j for c in s.children(v, "mark", "cc", "aux", "auxpass")):
                continue  # (a conjunction after the clause joins the next one: its own)
            if not s.complete_clause_before(j, within=v):
                continue
            yield Hit(
                j - 1, j, f"a new sentence starts at `{s.toks[j].text}` with no full stop before it"
            )

    @staticmethod
    def _clause_from(s: Sentence, j: int, reach: int = 10) -> int | None:
        """The finite verb of a clause whose subject starts at token j, if one follows
        within ``reach`` tokens; None when the words from j are no clause of their own."""
        for v in range(j + 1, min(s.last, j + reach) + 1):
            if not s.toks[v].tag.startswith(("VB", "MD")) or not s.finite(v):
                continue
            subjects = [k for k in s.children(v, *_SUBJECT_DEPS) if k < v]
            if subjects and s.left_edge(subjects[0]) == j:
                return v
        return None

    def _before_is_sentence(self, s: Sentence, j: int) -> bool:
        """Do the words before token j hold a clause with its finite verb (in the parser's
        sentence, or in the one before when the parser split at j)?"""
        if j > s.first:
            # (the parser may hang the first clause on the second: stopped running
            # Services will be suspended makes `stopped` a subject clause)
            return s.complete_clause_before(j) or _has_clause(s, s.first, j)
        return _previous_has_finite(s, j)

    @staticmethod
    def _opens_sentence(s: Sentence, j: int) -> bool:
        """Is the opening quotation mark j, straight after a word, a new sentence's
        start rather than a title, a slogan, a verb's quoted complement or a report?"""
        prev, nxt = s.toks[j - 1], s.toks[j + 1]
        if not nxt.text[:1].isupper() or not (prev.text.islower() or prev.text.isdigit()):
            return False
        if prev.tag.startswith(("VB", "MD")) or s.lex.tag(prev.text.lower()) & _NOT_AN_END:
            return False  # was "The future of ...", in "The Times": a complement, a title
        if s.tags(j - 1) & VBG and s.has("report-verbs", s.lemma(j - 1)):
            return False  # a message warning "You can click ...": a report's -ing, its quote
        if any(
            s.toks[k].text[:1].isupper() and s.toks[k].text != "I"
            for k in range(j + 2, min(j + 5, s.last + 1))
        ):
            return False  # the song "We Are the World": a title
        close = next((k for k in range(j + 1, s.last + 1) if s.toks[k].text in _QUOTE_MARKS), None)
        if close is not None and close - j <= 8:
            return False  # the slogan "Britain is working", the prime minister: a phrase
        # told parliament "Conditions are ...: the frame of a report whose verb has no
        # complement yet (hoped to turn the home ... has one: the quotation is new)
        return not any(
            s.toks[k].tag.startswith("VB")
            and s.has("clause-verbs", s.lemma(k))
            and not [c for c in s.children(k, "ccomp", "xcomp") if c < j]
            for k in range(max(s.first, j - 14), j)
        )

    @staticmethod
    def _ends_quoted_sentence(s: Sentence, j: int) -> bool:
        """Does the closing quotation mark j end a quotation that is a whole sentence,
        opened at the sentence's start with its own subject and finite verb?"""
        if j + 1 > s.last or not s.toks[j + 1].text[:1].isalpha():
            return False
        opening = next(
            (k for k in range(j - 1, s.first - 1, -1) if s.toks[k].text in _QUOTE_MARKS), None
        )
        # challenge "the high rates" they charge: a quoted phrase and a relative clause
        return opening == s.first and any(
            s.finite(v) and s.children(v, *_SUBJECT_DEPS) for v in range(s.first + 1, j)
        )

    def _quote_junction(self, s: Sentence) -> Iterator[Hit]:
        """A quotation opening straight after the last word of a clause with no mark of
        its own before it (... for the guitarist "The mayor is going to ...), or a
        quotation closing on a word with a clause straight after it (... for Paramount"
        many of Lee's creations have been ...): the full stop between them was lost."""
        for j in range(max(1, s.first), s.last):
            if s.toks[j].text not in _QUOTE_MARKS or not s.toks[j - 1].text[-1:].isalnum():
                continue  # after a colon, a comma or a full stop: the quotation's own marks
            before, after = s.gap(j - 1, j), s.gap(j, j + 1)
            opening = before == " " and after == "" and self._opens_sentence(s, j)
            closing = before == "" and after == " " and self._ends_quoted_sentence(s, j)
            if not (opening or closing):
                continue
            start = j + 1
            v = self._clause_from(s, start)
            if v is None or s.has("report-verbs", s.lemma(v)) or s.has("clause-verbs", s.lemma(v)):
                continue  # ..." Richards told BBC Sport: the speaker, not a new sentence
            if any(s.toks[k].text in _QUOTE_MARKS for k in range(start, v)):
                continue  # a quotation woven in ("the best", analysts say)
            if not self._before_is_sentence(s, j):
                continue
            yield Hit(
                j - 1, j, "a new sentence starts at the quotation mark with no full stop before it"
            )

    def _capital_opener(self, s: Sentence) -> Iterator[Hit]:
        """A capitalised determiner or pronoun (The, That, Its, It, She) straight after
        the last word of a clause, a figure, a closing bracket or a closing quotation,
        opening a clause of its own whose finite verb follows: `... phoned 911 (the
        emergency number) She did not know`, `... in Hong Kong That would allow`,
        `... a survey That works out`. Only a sentence's first word has that capital.
        The words it reads are the text's and the tagger's, not the parse's attachments:
        a lost full stop leaves a sentence the parser often folds into the first. A title
        capitalises the words after its first (the hit It Happened One Night, in The
        Hague) and a share class is `A` (class A shares): both pass."""
        for j in range(max(1, s.first), s.last):
            tok = s.toks[j]
            if len(tok.text) < 2 or not (tok.text[:1].isupper() and tok.text[1:].islower()):
                continue  # A and I are capitals anywhere (class A shares)
            word = s.word(j)
            if not (s.lex.tag(word) & (DET | PRON_S | PRON_A) or word == "that"):
                continue
            if s.gap(j - 1, j) != " " or not self._ends_clause(s, j - 1):
                continue
            if s.toks[j - 1].text[:1].isupper() and s.lex.tag(word) & (PRON_S | PRON_A):
                continue  # We Will Rock You sung by, Let It Be: a title ends on a pronoun
            if any(
                s.toks[k].text[:1].isupper() and s.toks[k].text != "I"
                for k in range(j + 1, min(j + 4, s.last + 1))
            ):
                continue  # in The Hague, the hit It Happened One Night: a name or a title
            v = self._opener_verb(s, j)
            if v is None or not self._finite_before(s, j):
                continue
            yield Hit(
                j - 1, j, f"a new sentence starts at `{tok.text}` with no full stop before it"
            )

    def _lower_case_pronoun(self, s: Sentence) -> Iterator[Hit]:
        """A lower-case subject pronoun or determiner straight after the noun or figure
        that ends a main clause, opening a clause of its own with its object or
        complement in place (`... banned cars from the old town it is part of a plan`,
        `... lower demand for steel he gave no further details`, `... to 2 pct some
        economists expect a smaller rise`): the full stop and the capital were both lost.
        A relative clause without `that` leaves its object out (`the deal he signed`) or
        hangs on a noun of time or manner (`the day he took office`, `the way it handles
        data`); a noun's clause follows it (`allegations he pressured`); a report
        without `that` follows a verb of saying (`said on Friday it would`, `told
        reporters they were`); a result clause follows `so` or `such` (`so many goals it
        was embarrassing`) and a main clause follows a subordinate one (`as this was a
        celebrity edition it would be`): all pass."""
        for j in range(max(1, s.first + 2), s.last - 1):
            v = self._lower_subject_verb(s, j)
            if v is None or not self._ends_before_lower(s, j):
                continue
            if self._after_subordinate(s, j):
                continue  # as this was a celebrity edition it would be: its main clause
            if s.toks[v].dep in ("relcl", "acl") or s.left_edge(v) != j:
                continue  # the debt it took on; because of this disaster it is: one clause
            if not self._has_object(s, v) or s.children(v, "mark"):
                continue
            if any(s.toks[k].tag in _WH for k in range(max(s.first, j - 5), j)):
                continue  # in which courts it could be, how much business they brought
            start = j - 1
            while start > s.first and s.toks[start].text not in _CLAUSE_ENDS | {","}:
                start -= 1
            if any(s.toks[k].text.lower() in _RESULT_WORDS for k in range(max(start, j - 4), j)):
                continue  # so many goals it was: a result clause
            if any(
                s.toks[k].tag.startswith("VB")
                and (s.has("clause-verbs", s.lemma(k)) or s.has("report-verbs", s.lemma(k)))
                and self._reported_next(s, k, j)
                for k in range(start, j)
            ):
                continue  # said on Friday it would, told reporters they: the report
            if not s.complete_clause_before(j, within=v):
                continue
            yield Hit(
                j - 1, j, f"a new sentence starts at `{s.toks[j].text}` with no full stop before it"
            )

    @staticmethod
    def _ends_before_lower(s: Sentence, j: int) -> bool:
        """Can the word before token j end a sentence, with nothing joining it to j, and
        not be a noun a clause without `that` hangs on (the day, allegations, a figure's
        rate: 950p a share)?"""
        tok, prev = s.toks[j], s.toks[j - 1]
        if prev.tag not in _END_TAGS or not s.bare_junction(j):
            return False
        if "." in prev.text:
            return False  # in 25 years.perhaps the vote: the full stop is there, its space lost
        if prev.tag == "PRP" and prev.text.lower() not in ("him", "them", "us", "me"):
            return False  # (make it they: an object pronoun only)
        if s.lex.tag(prev.text.lower()) & _NOT_AN_END:
            return False
        word = s.word(j - 1)
        if s.has(_GAP_NOUNS_KEY, word) or s.has("time-periods", word):
            return False  # the day he took office, the way it handles data
        if s.has("clause-nouns", word):
            return False  # allegations he pressured, speculation it is: the noun's clause
        # an offer of 950p a share would be: a rate, not a new subject
        return not (tok.text in ("a", "an") and any(c.isdigit() for c in prev.text))

    @staticmethod
    def _lower_subject_verb(s: Sentence, j: int) -> int | None:
        """The finite verb whose subject starts at token j, a lower-case subject pronoun
        (it is, he gave) or a lower-case noun phrase opened by a determiner or a
        possessive (the film is, some workers would, her lawyers said); None otherwise."""
        tok = s.toks[j]
        if tok.text in _SUBJECT_PRONOUNS and tok.dep in ("nsubj", "nsubjpass"):
            v = tok.head
            if v <= j or any(
                not s.toks[k].tag.startswith(("RB", "MD", "VB")) for k in range(j + 1, v)
            ):
                return None  # the subject's verb follows it, with auxiliaries or adverbs only
        elif tok.text.islower() and tok.tag in _LOWER_OPENER_TAGS:
            head = tok.head
            v = s.toks[head].head
            if (
                s.toks[head].dep not in ("nsubj", "nsubjpass")
                or s.toks[head].tag not in ("NN", "NNS")
                or s.left_edge(head) != j
                or not j < head < v <= head + 3
            ):
                return None
        else:
            return None
        if not s.finite(v) or not s.toks[v].tag.startswith(("VB", "MD")):
            return None
        return v

    @staticmethod
    def _after_subordinate(s: Sentence, j: int) -> bool:
        """Do the words since the last comma, colon or the sentence's start before token j
        open with a subordinator, a preposition, an -ing form or an inverted auxiliary
        (upon learning his DNA was there he claimed, following all the attention she felt,
        had they kicked their points they would), or is the word before j in a
        subordinate clause? The clause at j is then the main clause those words lead
        into, or a relative clause in them."""
        k = j - 1
        while k > s.first and s.toks[k - 1].text not in _CLAUSE_ENDS | {",", "--", "-"}:
            k -= 1
        while k < j - 1 and not s.toks[k].text[:1].isalnum():
            k += 1  # (an opening quotation mark: "Had they kicked their points they would)
        first = s.toks[k]
        if first.tag in ("IN", "WRB", "TO", "VBG") or first.dep in ("mark", "aux", "auxpass"):
            return True
        # as they benefit from the money their relatives send, thought as this was a
        # celebrity edition it would: the clause before ends a subordinate clause, which
        # the clause at j may complete or hang a relative on
        a = j - 1
        for _ in range(s.last - s.first + 1):
            if s.children(a, "mark"):
                return True
            if s.toks[a].head == a:
                break
            a = s.toks[a].head
        # as one by one the central banks signalled: a subordinator just before
        return any(
            s.toks[m].tag in ("IN", "WRB") and s.lex.tag(s.word(m)) & SUB
            for m in range(max(k, j - 4), j)
        )

    @staticmethod
    def _has_object(s: Sentence, v: int) -> bool:
        """Has verb v its object or complement in place, so that no relative clause's
        gap is left in it (or a clause of its own opened by `that`)? An adjective with an infinitive after it may hold the gap
        (levels they are willing to sell)."""
        phrases = s.children(v, "prep")
        if any(
            s.children(c, "nsubj", "nsubjpass") and s.children(c, "mark")
            for c in s.children(v, "ccomp")
        ):
            return True  # it suggested that without ... companies may: a clause with `that`
        return any(
            not (s.toks[c].dep == "acomp" and s.children(c, "xcomp"))
            # an object after the verb's own phrase is a misreading (the 70 pct it does
            # not hold in <Pioneer Sugar Mills Ltd>: the name read as the object)
            and not any(p < c for p in phrases)
            for c in s.children(v, *_OBJECTS)
        )

    @staticmethod
    def _ends_clause(s: Sentence, i: int) -> bool:
        """Can token i be a sentence's last: a word no sentence ends on (a conjunction,
        a preposition, a determiner), a heading in capitals and an opening quotation
        mark cannot."""
        tok = s.toks[i]
        if tok.text in _CLOSERS:
            # a closing mark sits on the word before it; an opening one on the word after
            # (a quotation closed by its own comma, "...," he said, has its attribution next)
            return i > 0 and s.gap(i - 1, i) == "" and s.toks[i - 1].text[-1:].isalnum()
        if not (tok.text[-1:].isalnum() or tok.text == "%"):
            return False
        if tok.text.isupper() and len(tok.text) > 1:
            return False  # a heading in capitals, a speaker's initials, a ticker
        if tok.text[:1].isupper() and tok.tag not in ("NNP", "NNPS"):
            return False  # I Can't Stop Loving You: a title's words, not a name
        return not s.lex.tag(tok.text.lower()) & _NOT_AN_END

    @staticmethod
    def _opener_verb(s: Sentence, j: int) -> int | None:
        """The finite verb of the clause the opener at token j starts: straight after a
        pronoun (It takes, She did), within a few words after a determiner with no mark
        between (That sale valued, The bond issue is); None when there is none."""
        if s.lex.tag(s.word(j)) & (PRON_S | PRON_A):
            k = j + 1
            while k < s.last and s.toks[k].tag in ("RB", "RBR"):
                k += 1  # It currently holds, He also said
            return k if s.toks[k].tag in FINITE_TAGS else None
        for k in range(j + 1, min(s.last, j + _OPENER_REACH) + 1):
            tok = s.toks[k]
            if tok.tag in FINITE_TAGS:
                return k
            if not tok.text[:1].isalnum() and tok.tag not in ("POS", "HYPH"):
                return None
        return None

    @staticmethod
    def _finite_before(s: Sentence, j: int) -> bool:
        """Is there a finite verb between the last end of a sentence or clause (a full
        stop, a colon, a semicolon or the paragraph's start) and token j? Without one
        the words before are a heading, a label or a list's lead."""
        k = j - 1
        while k >= 0 and s.toks[k].text not in _CLAUSE_ENDS:
            if s.toks[k].tag in FINITE_TAGS:
                return True
            k -= 1
        return False
