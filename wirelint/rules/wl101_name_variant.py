"""WL101 name-variant: one person, place or body spelled two ways in a story."""

from __future__ import annotations

from collections.abc import Iterator

from wirelint.analysis.brands import AGENCIES
from wirelint.analysis.mentions import Mention
from wirelint.analysis.names import (
    CAPITAL,
    GIVEN_NAMES,
    JOINED_PREFIXES,
    LEGAL_FORMS,
    ONE_WORD,
    PARTICLES,
    RENAMINGS,
    RUNNING_TEXT,
    SHIFT_HELD,
    STYLEBOOK,
    TITLE_CASE,
    TITLES,
    WHOLE,
    WRITTEN_QUOTES,
    NameGroup,
    Spelling,
    ascii_key,
    best_supported,
    is_word,
    name_groups,
    shift_held,
    stylebook_choice,
    typed_from,
    with_case,
)
from wirelint.diagnostics import Applicability, Diagnostic, Edit, Fix, Note, Severity
from wirelint.document.model import Document
from wirelint.document.span import Span
from wirelint.registry import Context, Rule

MAX_NOTES = 5


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def _words(ctx: Context, section: str) -> frozenset[str]:
    """A pack list of words, case-folded, made once per pack set."""

    def build() -> frozenset[str]:
        return frozenset(w.casefold() for w in ctx.packs.section(section))

    return ctx.packs.derived(("WL101", section), build)


def _agency_forms(ctx: Context) -> dict[str, str]:
    """Each one-word form of a news agency in the agencies pack, case-folded -> the agency."""

    def build() -> dict[str, str]:
        agencies: dict[str, list[str]] = ctx.packs.section(AGENCIES)
        return {
            form.casefold(): name
            for name, forms in agencies.items()
            for form in forms
            if " " not in form
        }

    return ctx.packs.derived(("WL101", AGENCIES), build)


def _agency_forms_only(group: NameGroup, agency_of: dict[str, str]) -> bool:
    """Whether the group's spellings are forms the agencies pack lists for one agency
    (`Reuter`, `Reuters`; `yahoo`, the word, beside `Yahoo`), each right. A form typed
    with the shift key held (`OBserver` beside `Observer`) is no form of it: a slip."""
    keys = {s.key for s in group.spellings}
    if any(all(shift_held(m.text) for m in s.mentions) for s in group.spellings):
        return False
    if _shouted_once(group):
        return False
    return len({agency_of.get(k) for k in keys}) == 1 and min(keys) in agency_of


def _shouted_once(group: NameGroup) -> bool:
    """Whether the group is one name set once in capitals beside its uses in title case
    (`told REUTERS` beside `told Reuters`; ``names._shouted`` takes only a use in running
    text): a slip of the agency's one form, not another form of it."""
    keys = {s.key for s in group.spellings}
    return len(keys) == 1 and any(s.count == 1 and s.caps_only for s in group.spellings)


class NameVariant(Rule):
    """A name spelled two ways in one story: `Zelenskiy` beside `Zelenskyy`, `BACHMUT` beside `Bakhmut`.

    ## What it does
    Gathers the story's proper-noun mentions (headline, bullets, subheads in capitals,
    body; possessives and hyphenated forms such as `pro-Russian` included) and finds
    spellings of one name that differ the way transliterations and typos do: `y`/`i` and
    the `-iy`/`-yy`/`-yi` endings, `x`/`ks`, `kh`/`ch`/`h`, `ou`/`u`, `k`/`c`, doubled, swapped,
    dropped or changed letters, diacritics. No list of names is involved. It reports the
    spelling the story supports least at each place it stands, names both spellings and
    how often each is used, and adds notes at the other spelling's places. The least
    supported is the minority (a slip is seldom typed twice); between spellings used
    equally often, the one against the story's habit with diacritics, the one no word
    list has seen beside one it has (`Toyko`, `Tokyo`), the one that lost its last
    letter (`Berluscon`), or the one in a line in capitals that transliterates the
    running text's name another way (`BACHMUT`; a typing slip may be in either).
    When nothing tells them apart, both are reported. The dateline's city counts as a
    use (`Chicag Board of Trade` in a story datelined CHICAGO). A slip in the first
    letter (a neighbouring key: `Noscow`; the first two swapped: `Rgeenspan`), a changed
    last letter (`Heathrod`) or a slip in a name of four letters (`Fita` beside `Fiat`)
    is reported only when the story supports it: the slip is used once and no word list
    has seen it, the other spelling is listed or used again and again, or a title or
    name stands beside both. A form used once that no word list has seen, one typed
    slip (two letters swapped, a neighbouring key, a letter dropped) or one sound spelled
    with a letter more or less (`Troump`) from a name the story always writes with a
    capital, is reported even when that name is a common word, each spelling is used
    once, or the name stands elsewhere only in capitals, in a headline or the dateline
    (`Balir` beside `Blair`, `Jpanese` beside `Japanese`, `Snoy` beside `Sony`,
    `Troump` beside `Trump`, `Washingto` below `WASHINGTON`; in four letters, a
    neighbouring key only where nothing beside the slip names another person: `Piht`
    beside `Brad Pitt`, `BUSN` in a headline in capitals above `President Bush`). A last
    name used once alone after a title, one slip or its last letter short of the name
    introduced before it with a first name or the same title, is reported even when both
    are words (`Heizo Takenaka` ... `Mr Takenak`; `Mr Brown` ... `Mr Brow`). The dateline's agency is a use of its name
    (`told Rueters` under a `(Reuters)` dateline); the forms the agencies pack lists
    for one agency (`Reuter`, `Reuters`) are never slips of each other. A name written
    two ways in its capitals or its parts, not its letters, is reported too: a capital
    inside it lost (`Mcdonald` beside `McDonald`; lines in capitals say nothing of it),
    its two parts run together (`Vangaal` beside `Van Gaal`; not `Hongkong Land`, a
    company's own spelling, beside `Hong Kong`, nor `The EastAfrican`, a newspaper), or
    joined by a hyphen and by a space (`Kilroy-Silk`, `Kilroy Silk`; not a title:
    `Vice-President`), or a one-word name broken in two, its second part in lower case
    (`Gaz-prom`, `Singa pore` beside `Gazprom`, `Singapore`), or typed with the shift key
    held a letter too long (`HOward` beside `Howard`, whatever stands beside each). So is
    a person's name set once in lower case (`Critics said
    blair` beside `Tony Blair` and `said Blair`; `Mr greenspan` beside `Mr Greenspan`;
    `clooney` beside `George Clooney`, a name no word list holds),
    though a word in lower case otherwise makes its capitalised uses no name (`the
    Ministry`, `a ministry official`); and any name so set once, a firm's or a place's
    too, when no dictionary of common words holds it and the story uses it as a name:
    alone inside a sentence, after a title, or beside the same word (`gazprom chief`
    beside `in Gazprom shares`, `india` beside `from India`, `Mr burgmans` beside
    `Antony Burgmans`; never `labour` beside `Labour`, `rose` beside `Rose`). So is a person's or place's name set once in
    capitals among words in mixed case (`Tony Blair` ... `said Blair` ... `BLAIR
    added`; `Mr BANNISTER`; `in Tikrit` ... `TIKRIT`), and the fix writes it as the
    story does, possessive kept (`BLAIR'S` -> `Blair's`); so is any name so set once
    beside the same word as its use in title case (`the MIDEAST Gulf`, `the Mideast
    Gulf`) or, in six letters or more and no common word, alone (`told REUTERS`, `the
    MERCEDES factory`); not in a headline or a line
    in capitals, the dateline (`LONDON, May 3 (Reuters)`), a story mostly in capitals,
    a ticker, a word in brackets or quotation marks, beside another word in capitals
    (`"BLAIR OUT"`), nor an acronym (`NATO` beside `Nato`; `Korea Electric Power Corp
    (Kepco)`). A key struck twice (`Googgle`) or a vowel for
    another (`Gaogle`) in a form used once that no word list has seen is a slip of the
    story's name too, unless that name always follows one other name and the form
    stands alone (`Standard Life`, the exchange `Liffe`). A respelling that makes an
    English word, used once, is a slip of the name where it stands in the name's place:
    after the name's own first name (`George Bash` beside `George Bush`), after its title
    (`Mr Kelly` beside `Senator John Kerry` and `Mr Kerry`), as the full reference the
    name then refers back to (`Dayanidhi Marian` ... `Mr Maran`), or alone in running
    text where a word would be in lower case, beside a person's name or, for a common
    word, beside a name the story uses on its own (`said Blear` beside `Tony Blair`;
    `said Bowing` beside `in Boeing`); not after a place's preposition (`in Greece`
    beside `Maurice Greene`), in a noun phrase (`the 22-year-old Scot`), a list of names,
    a hyphenated name (`Half-Life` beside `Halo`), another ending (`Germans` beside
    `Germany`) or a month. A name set once in capitals in running text is a slip
    whatever stands beside it when it has five letters or more and no dictionary holds
    it (`ALTRIA rising` beside `Altria Group`, `ITALY plans`), or the story writes the
    word with its capital inside sentences again and again (`the UNITED States`); a
    last name set once in lower case is one when a first name stands before it
    elsewhere and no dictionary holds it (`Tony Robinson` ... `robinson`); and a name
    with a capital of its own inside is one when written once with its capitals
    otherwise (`MCManaman` beside `McManaman`). A name set once in lower case where
    only the name stands is a slip though it is a common word: after the first name or
    title a capitalised use has (`Gordon brown` beside `Gordon Brown`, `Ms rice` beside
    `Ms Rice`), as a person's introduction (`Gordon brown told MPs` ... `Mr Brown`), in
    a speaker's slot (`said young.`, `brown said`) or opening a sentence before a
    possessive, when the story uses the name as a person's (a title, or a speaker's
    slot, twice); never `brown bread`, `the rice harvest`, `a young player` or `may`.
    A short name set once in capitals after a title (`Mr MARR`) is read too: no acronym
    stands there. A particle's case or joining changed against the story's settled form
    is a slip (`De Gea` beside `de Gea` inside sentences, `binLaden`, `al Qaeda` beside
    `al-Qaeda`), not a capital at a sentence's start, the Dutch convention (`Theo van
    Gogh`, `Mr Van Gogh`) or a case used as often each way; nor is `St. Helens` beside
    `St Helens`: the point after an abbreviation is a stylebook's matter for every `St`
    at once, not a second spelling of one name.

    It leaves alone different names that look alike (`Iran`/`Iraq`, `Jan`/`Jon`: too short
    to tell; `Daniel`/`Daniela`, `Petrov`/`Petrova`: a feminine form), derived forms
    (`Russia`/`Russian`, `Ukraine`/`Ukrainian`, `Iraq`/`Iraqi`), ordinary English words,
    and what the story says are two people or things: spellings beside different first
    or last names (`Donald Regan`, `Ronald Reagan`; `Arjen Robben`, `Arjan de Zeeuw`), a
    first name against a last name (`Michel Gondry`, `Roger Michell`), a second person
    brought in with a first name of their own after the first was introduced
    (`President Reagan` ... `Donald Regan`), items of lists of names (team sheets,
    casts; a team sheet's last name against another player's first name: `Ritchie`,
    `Richie Byrne`), a name the story brings in as a new one (`changing its name to
    Costan`; the cues are the names pack's `name-change-cues`), a translation or another
    transliteration given in a parenthesis (`Fondation pour l'Enfance (Foundation for
    Childhood)`, `Zelenskyy (Zelenskiy)`), and a spelling used only in sentences of
    another language against one used only in English (`des Parisiens`, `Parisians`),
    spellings each introduced as a different thing (`Dakoda, a cat`; `Dakota, a deer`),
    a capital or a part written another way only inside a quotation the story says is
    copied from writing (`Github` in a quoted tweet, beside the story's `GitHub`; the
    cues are the names pack's `written-quote-cues`), two names each used once that
    differ in one consonant far from the other on the keyboard (`Wikimedia`,
    `Wikipedia`), and two forms each used once, one the other cut short, that the word
    list holds both (`the Myanma embassy`, `from Myanmar`). A first name (or its initial), last name or title beside both spellings
    says the opposite, one person, even when a letter was lost: `Mr Mandelso` beside
    `Mr Mandelson` is reported (two dictionary words stay two: `Clark`, `Clarke`; but of
    two that differ by a doubled or changed letter, one used only alone with a title after
    the other's full mention refers to it: `Jana Bennett` ... `Ms Bennet`); so
    does a last name used alone after a full mention, which refers to it (`Silvio
    Berlusconi` ... `Mr Berluscon`). Two names each used
    more than once, one letter changed for another (`Wikimedia`, `Wikipedia`), are two
    established names, not a slip typed again and again.

    The fix writes the chosen spelling in the case of the place it replaces (`BAKHMUT`
    in a subhead); when the reported spelling is itself the one to use (`Pérez` once
    beside `Perez` twice), the message says "use `Pérez` everywhere" and the fix writes
    it at the other places. The chosen spelling is, in this order: the one allowed in the
    configuration or given by the stylebook pack (`rules/stylebook.toml` and your own);
    the spelling of the fullest reference (a first name before it, a title:
    `President Volodymyr Zelenskyy`), unless that reference is its only use and the
    story repeats the other spelling (`Mark Mayerholfer` once, `Mayerhofler` three
    times: the majority wins, and the message says so); the one that keeps its
    diacritics (`Erdoğan` over `Erdogan`); the majority; between spellings used equally
    often, the whole over one cut short (`Janeiro` over `Janeir`), the running text's
    over a line in capitals, title case over capitals in running text, one word over
    one broken in two, or an ordinary English word over a typing slip of it that
    no list has seen (`Automotive` over `Autmotive`); the one used first. A general word list never decides:
    `Preston` is a word, `Robert Peston` a man. The message says which reason decided.
    A fix the configuration or the stylebook decides is safe; the others are unsafe
    (`--unsafe-fixes`).

    ## Why it matters
    Two spellings of one name read as two people or two places, and they are the most
    common trace of copy stitched together from sources with different transliteration
    styles. Corrections for misspelled names are among the most frequent a desk runs.

    ## Example
    ```text
    Ukrainian President Volodymyr Zelenskyy said ... Zelenskyy added ...
    "We will win," said Zelenskiy.
    ```
    `Zelenskiy` is reported: "`Zelenskiy` (once) is spelled `Zelenskyy` elsewhere in the
    story (2 times); use `Zelenskyy` (the fullest reference, `President Volodymyr
    Zelenskyy`)". `Russia` beside `Russian`, and `Iran` beside `Iraq`, are not.
    """

    code = "WL101"
    name = "name-variant"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        groups = name_groups(
            doc,
            _words(ctx, TITLES),
            _words(ctx, PARTICLES),
            _words(ctx, RENAMINGS),
            _words(ctx, WRITTEN_QUOTES),
            _words(ctx, GIVEN_NAMES),
            _words(ctx, LEGAL_FORMS),
        )
        if not groups:
            return
        stylebook: dict[str, str] = ctx.packs.section(STYLEBOOK)
        agency_of = _agency_forms(ctx)
        for group in groups:
            if _agency_forms_only(group, agency_of):
                continue  # `Reuter` beside `Reuters`: the agency's own forms, both right
            yield from self._report(group, stylebook, doc.text, ctx)

    def _report(
        self, group: NameGroup, stylebook: dict[str, str], text: str, ctx: Context
    ) -> Iterator[Diagnostic]:
        spellings = [s for s in group.spellings if not ctx.config.is_allowed(s.display)]
        allowed = [s for s in group.spellings if s not in spellings]
        anchor: Spelling | None
        if allowed:
            # The desk has decided on a spelling: it is the one to use.
            chosen: Spelling = allowed[0]
            why, safe = "allowed in the configuration", True
            anchor = chosen
        else:
            # A stylebook's choice is the desk's: the other spellings are the slips. Else
            # the finding stands where the story's support is thinnest, the minority
            # (a slip is seldom typed twice), whichever spelling the order suggests.
            anchor, support = best_supported(group.spellings, text)
            prefixes = _words(ctx, PARTICLES) | _words(ctx, JOINED_PREFIXES)
            chosen, why, safe = _choose(group.spellings, stylebook, text, anchor, support, prefixes)
            if safe:
                anchor = chosen
        shown = chosen.display
        for other in group.spellings:
            if other is anchor or other in allowed:
                continue
            # What the finding is measured against: the best-supported spelling, or when
            # nothing tells them apart, the others (every spelling is then reported).
            against = (
                [anchor] if anchor is not None else [s for s in group.spellings if s is not other]
            )
            ref = max(against, key=lambda s: s.count)
            notes = [Note(m.span, f"`{s.display}` here") for s in against for m in s.mentions][
                :MAX_NOTES
            ]
            everywhere = other is chosen
            use = f"use `{shown}`{' everywhere' if everywhere else ''} ({why})"
            if other.count == ref.count:
                counts = f"`{other.written}` ({_times(other.count)}) and `{ref.display}` ({_times(ref.count)})"
                message = f"name spelled two ways, equally often: {counts}; {use}"
            else:
                message = (
                    f"`{other.written}` ({_times(other.count)}) is spelled `{ref.display}` "
                    f"elsewhere in the story ({_times(ref.count)}); {use}"
                )
            if everywhere:
                # The reported spelling is the one to use: the fix writes it at the
                # other spellings' places.
                places = [m for s in group.spellings if s is not chosen for m in s.mentions]
                edits = tuple(Edit(m.span, with_case(m.text, shown)) for m in places)
                title = f"Spell it `{shown}` at the other {_places(len(places))} ({why})"
                fixes = [Fix(edits, Applicability.SAFE if safe else Applicability.UNSAFE, title)]
            for mention in other.mentions:
                if not everywhere:
                    span, replacement = _respelled(mention, other, chosen, text)
                    fixes = [
                        Fix.replace(
                            span,
                            replacement,
                            safe=safe,
                            title=f"Spell it `{replacement}` ({why})",
                        )
                    ]
                yield self.diagnostic(mention.span, message, notes=notes, fixes=fixes)


#: What decides between spellings used equally often, in a message. The word list never
#: does (see ``best_supported``).
_TIE_REASONS = {
    CAPITAL: "the name's capital; the other spelling is in lower case",
    RUNNING_TEXT: "the spelling of the running text, not of the line in capitals",
    TITLE_CASE: "the name in title case; the other is set in capitals in running text",
    ONE_WORD: "the name as one word; the other breaks it with a part in lower case",
    SHIFT_HELD: "the name in title case; the other sets its second letter in capitals too",
    WHOLE: "the other spelling is this one cut short",
}


def _respelled(mention: Mention, other: Spelling, chosen: Spelling, text: str) -> tuple[Span, str]:
    """Where the fix writes and what: ``chosen`` in the case of ``mention`` (`BAKHMUT` in a
    subhead); but a name set in capitals once in running text (`BLAIR`, of `Blair`) is
    written as the story writes it, with its possessive (`BLAIR'S` -> `Blair's`)."""
    shown = chosen.display
    if not (mention.caps and other.key == chosen.key and not chosen.caps_only):
        return mention.span, with_case(mention.text, shown)
    tail = text[mention.span.end : mention.span.end + 2]
    if tail[:1] in "'’" and tail[1:] == "S" and not text[mention.span.end + 2 :][:1].isalpha():
        return Span(mention.span.start, mention.span.end + 2), f"{shown}{tail[0]}s"
    return mention.span, shown


def _places(n: int) -> str:
    return "place" if n == 1 else f"{n} places"


def _written_apart(spellings: list[Spelling], prefixes: frozenset[str]) -> Spelling | None:
    """The one spelling of several capitalised words (`Tom Hanks`) that every other
    spelling runs together into one word, losing a part's capital (`Tomhanks`) or keeping
    each part's (`BurtReynolds`), no more often than it; None otherwise. A title beside
    the word run together (`Actor Tomhanks`) does not make it the fuller reference: the
    spelling apart holds a given name of its own. A particle or a prefix run into the
    name (``prefixes``) is often the name's own form (`DiCaprio`, `LeBron`, `McDonald`),
    so a first part of that kind leaves the choice to the other tests."""
    apart = [s for s in spellings if " " in s.display]
    if len(apart) != 1:
        return None
    parts = apart[0].display.split()
    first = parts[0].casefold()
    if not all(p[:1].isupper() for p in parts) or len(first) < 3 or first in prefixes:
        return None
    joined = "".join(parts).casefold()
    for other in spellings:
        if other is apart[0]:
            continue
        if other.count > apart[0].count:
            return None  # `RipGuard` six times, `Rip Guard` once: a product's own name
        word = other.display
        if not word.isalpha() or word.casefold() != joined:
            return None
        capitals = sum(map(str.isupper, word))
        camel = capitals == len(parts) and all(
            word[sum(map(len, parts[:i]))].isupper() for i in range(len(parts))
        )
        if capitals != 1 and not camel:
            return None
    return apart[0]


def _choose(
    spellings: list[Spelling],
    stylebook: dict[str, str],
    text: str,
    supported: Spelling | None = None,
    support: str = "",
    prefixes: frozenset[str] = frozenset(),
) -> tuple[Spelling, str, bool]:
    """The spelling to use, why, and whether the fix is safe.

    In this order: the stylebook; a name's parts written apart over the same parts run
    together (``_written_apart``); the spelling of the fullest reference (a first or
    last name beside it, a title); diacritics kept over dropped; the majority; between
    spellings used equally often, the one the story supports (``supported``, see
    ``best_supported``) by its running text; the first used. A general word list never decides: `Preston` is a word and a town,
    `Peston` may be the man the story is about. Only the stylebook makes a fix safe.
    """
    decided = stylebook_choice(stylebook, (s.key for s in spellings))
    if decided is not None:
        return next(s for s in spellings if s.key == decided), "the stylebook's spelling", True
    apart = _written_apart(spellings, prefixes)
    if apart is not None:
        return apart, "the name's parts written apart, each with its capital", False
    fullest = {s.key: max(s.mentions, key=lambda m: m.fullness) for s in spellings}
    best = max(m.fullness for m in fullest.values())
    pool = [s for s in spellings if fullest[s.key].fullness == best]
    if best and len(pool) == 1:
        ref = fullest[pool[0].key].reference
        assert ref is not None  # a reference fuller than the name alone
        full = f"`{text[ref.start : ref.end]}`"
        repeated = max(spellings, key=lambda s: s.count)
        if (
            pool[0].count == 1
            and repeated.count > 1
            and ascii_key(repeated.key) != ascii_key(pool[0].key)
            and not is_word(repeated.key)
        ):
            # Written once, in its full reference only, against a spelling the story
            # repeats: the slip is as likely in the one full reference (`Mark
            # Mayerholfer` beside `Mayerhofler` three times) as anywhere else. Unless
            # the repeated one is a word of the list: a slip that makes a word (`Robert
            # Peston` ... `Preston`) is never chosen for being one; nor over the accents
            # of `Recep Tayyip Erdoğan`, which the majority only dropped.
            return (
                repeated,
                f"the majority spelling; the fullest reference, {full}, is its only use",
                False,
            )
        return pool[0], f"the fullest reference, {full}", False
    marked = [s for s in pool if not s.key.isascii()]
    if marked and len(marked) < len(pool) and len({ascii_key(s.key) for s in pool}) == 1:
        pool = marked
        if len(pool) == 1:
            return pool[0], "diacritics kept", False
    most = max(s.count for s in pool)
    top = [s for s in pool if s.count == most]
    if len(top) == 1 and len(pool) > 1:
        return top[0], "the majority spelling", False
    if supported in top and support in _TIE_REASONS:
        return supported, _TIE_REASONS[support], False
    typed = typed_from(top)
    if typed is not None:
        return typed, "the other spelling is a typing slip of this one", False
    first = min(top, key=lambda s: s.mentions[0].span.start)
    return first, "the one used first", False
