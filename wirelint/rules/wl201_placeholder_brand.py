"""WL201 placeholder-brand: a brand slot holding a placeholder word or another agency."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from wirelint.analysis.body import body, mentioned
from wirelint.analysis.body_slots import (
    BODY_SLOTS,
    FIRM_NAME_ENDS,
    GIVEN_NAME_WORDS,
    OUTLET_PARTS,
    PAPER_NAME_ENDS,
    PLACE_NAME_ENDS,
    PLACEHOLDER_NAME_ENDS,
    SLOT_NOT_BRANDS,
    TWO_WORD_SLOTS,
    BodySlot,
    after_the,
    body_brand_slots,
    name_uses,
    names_after_names,
    names_outside,
    written_as_word,
)
from wirelint.analysis.brands import (
    AGENCIES,
    BRAND_PLACEHOLDERS,
    HEADLINE_LABELS,
    NOT_BRANDS,
    OUTLET_ACT_ADVERBS,
    OUTLET_ACTS,
    OUTLET_NAME_DESKS,
    BrandSlot,
    brand_slots,
    names_in_story,
)
from wirelint.analysis.lexicon import frequency as english_frequency
from wirelint.analysis.words import COMMON_FREQUENCY, STOPWORDS, is_dictionary_word, norm
from wirelint.diagnostics import Diagnostic, Fix, Note, Severity
from wirelint.document.model import Document
from wirelint.document.span import Span
from wirelint.registry import Context, Rule

PLACEHOLDER_WORDS = "placeholder-words"  # WL202's sections
PLACEHOLDER_PATTERNS = "placeholder-patterns"


def _canonical(agencies: dict[str, list[str]]) -> dict[str, str]:
    """Every form of every agency -> its canonical name."""
    table: dict[str, str] = {}
    for name, forms in agencies.items():
        table.setdefault(_key(name), name)
        for form in forms:
            table.setdefault(_key(form), name)
    return table


def _key(text: str) -> str:
    t = " ".join(text.split()).casefold()
    return t[4:] if t.startswith("the ") else t


def _word_set(ctx: Context, section: str, how: str) -> frozenset[str]:
    """A pack's word list as brand keys (``how="key"``) or case-folded (``how="fold"``)."""

    def build() -> frozenset[str]:
        words = ctx.packs.section(section)
        return frozenset(_key(w) if how == "key" else w.casefold() for w in words)

    return ctx.packs.derived(("WL201", section, how), build)


class PlaceholderBrand(Rule):
    """A brand slot (dateline, headline, credit, a sentence naming the agency) with no real agency.

    ## What it does
    Finds the places a story names its agency or publication, by their structure and not
    by one word: the dateline credit `MOSCOW, Jan 4 (X) -`, a headline suffix after ` - `,
    ` – ` or ` | `, credit lines (`Reporting by X staff`, `Compiled by X`,
    `X writer Jane Doe contributed`), and the standards, trust and copyright lines
    (`The Thomson X Trust Principles`, `Copyright 2024 X`, `© X`). It reports:

    * a slot holding a placeholder: a word from the `brand-placeholders` pack (`Portal`,
      `Outlet`, `Source`, `Company`, `Newsroom`), or any English common word (lemminflect's
      lexicon, which leaves out proper names) that the story never uses as a name: a
      template or rewriting tool swapped the brand for it. `Reporting by Turkey bureau` is
      not reported when the body speaks of Turkey; `Reporting by London newsroom` never is;
    * slots that disagree with each other or with the configured `brand`
      (dateline `(AFP)` but `Reporting by Reuters staff`), with notes at the other slots;
      agencies credited together in one dateline (`(Reuters/AFP)`) agree;
    * a placeholder in a brand slot of the body, where a sentence names the story's own
      agency: `told Portal`, `in an interview with Portal`, `a Portal tally`, `polled by
      Portal`, `seen by Portal`, `Portal could not independently verify`, `a Portal
      reporter saw`, `told the Portal news agency` (the `body-brand-slots` pack,
      `rules/brand-slots.toml`: add your own phrases there, each with examples). A word
      there is a placeholder when it names no known agency or outlet, the story never
      names it elsewhere (a person or body it quotes: `told Putin`, `told Parliament`),
      and it is a template word, an English common word capitalised as a name, or a word
      English lacks where only a news organisation stands (`Zentrix could not
      independently verify`), or, in agency copy, where a person could stand too.
      Agencies quoted in the body (`told AFP` in a Reuters story) are not reported;
    * a placeholder where an outlet's own channels, services and staff carry its name, as
      BBC copy (no dateline, no credit) names its brand: `Portal One's Breakfast`,
      `told the Portal News website`, `Portal Radio 4's Today programme`, `Portal Sport`,
      `Portal World Service`, `the Portal's political editor`, `shown on the Portal`. The
      outlets that really are called so (`Sky One`, `Channel 4`, `Capital Radio`) are in
      the `agencies` pack. A common word there is a placeholder; a word English lacks
      (`Kelbrook`) needs two different forms in the story, one of them an outlet's own
      (`told the Kelbrook News website`, `screened on Kelbrook Two`), as one may be an
      outlet no pack lists. Once a word is proved, its other uses as the outlet's name
      are reported too: `the Portal said`, `the Portal's`, `Portal One`;
    * a byline's agency: `By JANE DOE Portal Writer`, `By Jane Doe, Portal Political
      Correspondent`, `By Jane Doe, Portal News`, a newsroom's `By Portal Staff`, `By The
      Portal`, `By PORTAL NEWS`, `by Portal writer Li Wei`, BBC's unit over its place
      (`By Jane Doe` over `Portal Scotland, Oban`). Before a title or a desk only an agency
      stands, so a word no pack lists there (`By JANE DOE Zentrix Writer`) is the brand
      replaced when the dateline or a credit names the story's agency;
    * with the story's own brand known (the configured `brand`, a dateline, credit or
      trust line naming a real agency, or an outlet another sentence names: `told the
      BBC`, `told Wikinews`), a word standing where that brand stands is read as in a
      slot only a news organisation fills, even used once: `Kiosk reached out to the
      candidate` beside `told Wikinews`, `Zentrix has learned` beside `told the BBC`,
      and a dateline `(Zentrix)` over `Reporting by Reuters staff` (a warning, not the
      `info` an unknown agency alone gets). Wikinews names itself in its own ways
      (`reached out to`, `With Wikinews, X discusses`, `spoke to Wikinews`, `from
      Wikinews accredited reporter`, `a past Wikinews interviewee`, and in headlines
      `Wikinews interviews Jo Jorgensen`, `Astronomer tells Wikinews about`): they are
      pack data;
    * every other use as a name of a word a brand slot proves a placeholder: with
      `(Channel)` in the dateline, `Channel staff were nearby` is reported too, with a note
      at the dateline (`the English Channel`, `Channel 4` and `a news channel` are not).
      The headline (`Channel poll finds gloom`), possessives (`The Channel's Jane Doe in
      Rome`), `The Channel said` and a dateline or credit holding the word are reported
      the same way. A paper's name (`the Herald`) written with a service no form of that
      paper has (`Herald Radio 4's Today programme`, `Herald One`) is the brand
      replaced, and so are its other uses as the paper's name in that story;
    * AP's trailers and desks: `Portal Business Writer Jane Doe contributed`, `By JANE
      DOE, Portal Medical Writer` (the desk words are in `not-brands`), and a copyright
      notice closing a paragraph of rights text (`This material may not be published
      ... Copyright 2026 The Portal.`). A name no pack lists in a contributor line is
      the brand replaced when the dateline names a known agency; so is one crediting a
      colleague by its possessive (`Portal's Jane Doe contributed to this report.`,
      `-- With assistance from Portal's Jane Doe.`) or signing the story off on its last
      line (Kyodo's `==Portal`, `-- Portal`; after a dash one word only, as a writer signs
      a column with a name);
    * the other agencies' layouts: bylines `By Li Wei | Portal`, `Kenji Sato, Portal
      News`, `By Sian Roberts, Portal Wales political reporter`; credit lines `Compiled by
      Jane Doe for Portal`, `Editing by Li Wei | Portal`, `-- With assistance from Jane
      Doe. (Portal)`, `(Portal)` closing the story, `Source: Portal`, `Portal contributed
      to this report`; headline suffixes `... : Portal`, `... (Portal)`, `... - Portal
      News`. A desk after a known agency is its own (`By Jane Doe, PA Industrial
      Correspondent`). A word no pack lists in a headline suffix is the brand replaced
      when the story's agency is known and the story names the word nowhere else; after
      a byline's comma (`By Jane Doe, Montevideo`, a place) or in a source line, only
      when another slot proves it (`polled by Nexora` in the body), or when the word is
      one English has never seen (`By Jane Doe, Nexora`) and the story's agency is known
      from its dateline or credit, or from the body naming it where only a newsroom
      stands (`economists polled by Reuters`);
    * a possessive mark with no s after a word not ending in s, before the newsroom's own
      work or staff (`Portal' calculations`, `in Portal' interview with`): English writes
      it only after an s, so the word stands where `Reuters'` or `Wikinews'` stood. The
      newsroom's possessive (`questions for Portal's correspondent`) and its own reporting
      (`Newsora caught up with the mayor`, `Newsora asked the minister`), holding a word
      English has never seen that the story names nowhere else, beside the story's own
      outlet named elsewhere (`told Wikinews`), are its stand-in too;
    * with no brand known at all (every mention replaced), a name no agency pack lists
      standing alone in the dateline (`MOSCOW, Jan 4 (Zentrix) -`), or in two kinds of slot
      only an agency fills, that the story names nowhere outside its slots: the brand
      replaced (an acronym, `(KNB)`, stays an unknown agency). A paper named by an English
      word is credited with its "The": `(Herald)` in a dateline and `told Herald` in a
      sentence are no paper, `told the Herald` is;
    * with no brand known, a word English has never seen, named nowhere else, in an
      outlet's own form (`told Zentrix Sport`, `screened on Zentrix One last year`, `The
      Zentrix understands`), at a newsroom's desk (`Zentrix political editor Jane Doe
      said`, `the Zentrix's correspondent in Jakarta`), or written as a body where a news
      organisation stands (`a spokesman told the Zentrix.`): the brand replaced or an
      outlet no pack lists, and the message says both (add it to a pack, or set `brand`).
      A group named by a place and its number (`the so-called Guildford Four,`) and a
      word with capitals inside (`PLoS One`) are not outlets. A name of two words with
      its desks (`told Zentrix Media News`, `Zentrix Media correspondent Jane Doe`) reads
      as its head word; one word as an outlet's different channels (`Zentrix One`,
      `Zentrix Three's`), or held only in brand slots, three times in two kinds of phrase
      (`told Zentrix` twice, `Zentrix' Jane Doe attended`), is the brand replaced too.
      With no dateline, a paper's English word in two kinds of slot, one a newsroom's own
      (`The Herald's Paul Reynolds says`, `an interview with the Herald's political
      editor`), is the brand replaced; a paper the story quotes (`told The Verge`,
      `according to The Verge`) is not;
    * a word English lacks where the story's own outlet stands elsewhere (the same slot or
      the same verb: `told Zentrix` beside `told BBC Sport`, or an outlet's form: `told
      the Zentrix`, `told Zentrix Sport`), and, in copy that writes its outlet bare
      (`the BBC said`, `the BBC's`), a word written only so (`the Lookout said`, `the
      Lookout's`) that the story names nowhere else, or a common noun it never writes in
      lower case, only after "the" where an outlet stands (`upheld by the Crossing.`);
      such a word doing what an outlet does (`the Brevix has said`, `The Crossing ran a
      trial`: the `outlet-acts` pack list) is the outlet's name replaced too, and so is
      a two-word stand-in ending in an outlet's desk word (`within the Axiom News`, `the
      Corvida Media has`: the `outlet-name-desks` pack list). Where the story's outlet
      stands in no brand slot (`within the BBC` only), the word must do what an outlet
      does: `T in the Park,` is a festival;
    * a word ending in s read as a plural where it stands as one name: an English plural
      written with `'s` (`the Gouts's spending`) or as the subject of a verb in the
      singular (`the Flames is`, `the Substrates now negotiates`), and, in copy naming its
      own brand, a capitalised plural named nowhere else in an outlet's own form (`told
      Velvets Sport`) or closing a `told` slot (`a trade official told Prophets.`);
    * a headline's word the body never gives, written with the word the body writes
      next to its own outlet (`Rigox poll finds gloom` over `a BBC poll`);
    * `told X` with the reported clause's subject right after it, wire style with no
      "that" (`officials told Kiosk Taiwan had offered`): the slot holds `Kiosk` alone;
    * a name of two words ending in a template word (`placeholder-name-ends`: `told the
      Thomson Portal`, `Thomson Portal One's`, `polled by Global Platform`), in any body
      slot, with the outlet's own parts after it too, and an agency's contact line
      (`Contact: Jane Doe in London, Portal`); real outlets so named (`the Discovery
      Channel`, `Cartoon Network`) end in words the list leaves out;
    * in agency copy, two English or coined words where the story speaks of its own
      newsroom and no one else's (`two-word-slots`: `told Chintz Woodcock`, `seen by
      Threesome Miller`, `according to a Chintz Woodcock tally`), named nowhere else in
      the story; a given name (`told Rose Hill`: `given-name-words`), a place's or a
      paper's last word (`place-name-ends`, `paper-name-ends`), a word English writes only
      as a name (`told Jane Smith`, `a Goldman Sachs tally`) or a capital "The" before
      them (`told The Daily Beast`) keeps them a person, place or paper;
    * a newsroom's own work and staff where only it stands: `according to a Zentrix
      tally`, `The Lookout's Jane Hollis in Mumbai says` (a firm runs a survey, a paper
      is quoted as it reported); a paper's English word in such a form (`The Herald's
      Jane Hollis in Mumbai says`) in copy whose own outlet is another is the brand
      replaced, and so is a word in an outlet's phrase that is evidence only (`a
      Talvent documentary`) where the story's own outlet stands in the same phrase (`a
      BBC documentary`);
    * at `info` level, a dateline, staff-credit, trust or copyright slot holding a name that
      is neither a known agency (the `agencies` pack, `rules/agencies.toml`) nor the
      configured brand (option `report-unknown`). Add your own agencies in a pack or set
      `brand`.

    Fill-in marks in a slot (`(XXX)`, `(TK)`) are left to WL202. After the dash of a
    headline, section labels (`- Analysis`), people and sources the body names
    (`- Blair`, `- Interfax`), and anything in an ALL-CAPS headline (`... - NEWSPAPER`:
    wire style for "a newspaper says") are attributions, not brands.
    Photo credits and people in credit lines (`Writing by David Ljunggren`) are not brand
    slots.

    The fix writes the configured `brand`: safe when `brand` is set. Without it, a slot is
    changed to the agency the other slots agree on only with `--unsafe-fixes`.

    ## Why it matters
    A placeholder brand in a dateline or a credit is published as a visible error
    (`(Portal)`, `Reporting by Portal bureaus`), and slots that name two agencies
    misattribute the story, which wire contracts and corrections policies care about.

    ## Example
    ```text
    Russia says 89 soldiers killed in strike

    MOSCOW, Jan 4 (Portal) - Russia's defense ministry said ... a senior official
    told Portal.

    Reporting by Portal bureaus; Writing by David Ljunggren
    ```
    All three `Portal`s are reported; with `brand = "Reuters"` the fix writes `Reuters`.
    `MOSCOW, Jan 4 (Reuters) - ... Peskov told Interfax` is not reported.
    """

    code = "WL201"
    name = "placeholder-brand"
    severity = Severity.WARNING
    shared_tables = ("lemminflect",)
    options: ClassVar[Mapping[str, Any]] = {"report-unknown": True}

    def check(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        """Each kind of brand slot judged in turn against the story's own brand.

        The structural slots are sorted by what their word is; the story's brand is read
        from them; the words that stand where it stands, the body's slots and the words
        they prove placeholders follow; then the diagnostics, all sharing one `_Reading`.
        """
        r = _Reading.of(doc, ctx)
        if r is None:
            return
        for slot in r.slots:
            if not _bracketed_label(r, slot):
                self._sort_structural_slot(r, slot)
        # Which agency the story is from: the configured brand, else what the structural
        # slots agree on. A body slot naming another agency ("told AFP") is a quote.
        r.own = [(s, n) for s, n in r.known if s.own]
        r.targets = self._targets(r.own, r.brand_name)
        if r.targets:
            _stand_ins_beside_brand(r)
        else:
            _stand_ins_with_no_brand(r)
        # An agency no pack lists is reported only where an agency alone stands.
        r.suspect = [(s, k) for s, k in r.suspect if k == "placeholder" or s.strict]
        _structural_proofs(r)
        _lower_case_stand_ins(r)
        if r.body_slots or r.bare_outlets:
            _judge_body_slots(r)
        agreeing, standing = _where_brand_stands(r)
        yield from self._slot_diagnostics(r, agreeing, standing)
        yield from self._name_use_diagnostics(r, agreeing, standing)
        yield from self._consistency_diagnostics(r, agreeing)

    def _sort_structural_slot(self, r: _Reading, slot: BrandSlot) -> None:
        """Files a dateline, headline, credit, byline or trust slot by what its word is.

        A known agency goes to `known`; a placeholder, or a name only an agency fills, to
        `suspect`; a name no pack lists where a person, a place or a firm may stand too,
        to the lists judged once the story's brand is known (`contributors`, `weak`,
        `quoted`). Fill-in marks and attributions are nobody's.
        """
        doc, ctx, placeholders = r.doc, r.ctx, r.placeholders
        key = _key(slot.text)
        if ctx.config.is_allowed(slot.text):
            return
        if slot.kind == "byline" and key not in r.canonical:
            # "United Press International": a desk word closing the line may end the name.
            slot, key = _known_to_line_end(doc, slot, key, r.canonical)
        if slot.kind == "byline" and key not in r.canonical:
            # "PA Industrial Correspondent": the desk after a known agency is its own.
            slot, key = _known_prefix(slot, key, r.canonical, _papers_with_the(ctx))
            slot, key = _placeholder_head(slot, key, placeholders)
        agency = r.canonical.get(key)
        if (
            agency is not None
            and slot.kind == "dateline"
            and key in _papers_with_the(ctx)
            and doc.text[max(0, slot.span.start - 4) : slot.span.start] != "The "
        ):
            # "(Herald)": a paper named by an English word is credited with its "The";
            # the bare word stands where the agency stood.
            agency = None
        if agency is None and self._is_fill_in_mark(doc, slot, r.marks, r.patterns):
            return
        if agency is not None:
            if slot.kind == "headline" and self._attributed_in_body(
                doc, slot, r.agencies.get(agency, [slot.text])
            ):
                return  # "... - Interfax" quoting another agency, named in the body
            r.known.append((slot, agency))
            return
        labels = _word_set(ctx, HEADLINE_LABELS, "key")
        if slot.kind == "headline" and (
            # An ALL-CAPS headline attributes in capitals: "... TANKERS - NEWSPAPER".
            slot.text.isupper() or (key not in placeholders and key in labels)
        ):
            return
        if (
            slot.kind == "headline"
            and key not in placeholders
            and self._attributed_in_body(doc, slot, [slot.text])
        ):
            # "... - Traders", the body quoting them: reported only where another
            # slot proves the word a placeholder.
            r.quoted.append(slot)
            return
        if slot.kind == "headline" and doc.text[slot.span.start - 1 : slot.span.start] == "(":
            # "France v Wales (Sat)": a word in brackets closing a headline is the
            # agency's only beside the story's own agency, or proved.
            r.weak.append(slot)
            return
        if slot.kind in ("byline", "headline") and _head(key, r.parts) != key:
            # "By Jane Doe, Portal News": the agency's head word, before its desk.
            key = _head(key, r.parts)
            head = slot.text.split()[0]
            slot = replace(slot, span=Span(slot.span.start, slot.span.start + len(head)))
            # Only an outlet takes its desk's name after it: the slot is an agency's.
            slot = replace(slot, text=head, strict=True)
        if self._is_placeholder(doc, slot, key, placeholders):
            r.suspect.append((slot, "placeholder"))
        elif slot.kind == "contributed":
            r.contributors.append(slot)
        elif slot.strict:
            r.suspect.append((slot, "unknown"))
        else:
            r.weak.append(slot)

    def _slot_diagnostics(
        self, r: _Reading, agreeing: list[BrandSlot], standing: list[BrandSlot]
    ) -> Iterator[Diagnostic]:
        """One diagnostic per suspect slot: a placeholder, or an agency no pack lists."""
        # Slots holding the same word, for notes: grouped once (not every pair compared).
        same_word: dict[str, list[BrandSlot]] = defaultdict(list)
        for slot, _ in r.suspect:
            same_word[_key(slot.text)].append(slot)

        for slot, kind in r.suspect:
            if kind == "unknown" and not r.ctx.option(self, "report-unknown"):
                continue
            notes = [Note(s.span, f"{s.where} says `{s.text}`") for s in standing[:3]]
            others = same_word[_key(slot.text)][:4]
            notes += [Note(s.span, f"the same word in {s.where}") for s in others if s is not slot][
                :3
            ]
            fixes = self._fixes(slot, r.brand, agreeing)
            if kind == "placeholder" and slot.span in r.lone:
                msg = (
                    f"`{slot.text}` in {slot.where} names no known agency: a placeholder "
                    "where the brand belongs (a real agency? add it to an agencies pack "
                    "or set `brand`)"
                )
                yield self.diagnostic(slot.span, msg, notes=notes, fixes=fixes)
            elif kind == "placeholder":
                msg = (
                    f"`{slot.text}` in {slot.where} is a placeholder, not an agency: "
                    "the brand belongs here"
                )
                yield self.diagnostic(slot.span, msg, notes=notes, fixes=fixes)
            else:
                msg = (
                    f"`{slot.text}` in {slot.where} is not a known agency or publication "
                    "(add it to an agencies pack or set `brand`)"
                )
                yield self.diagnostic(slot.span, msg, notes=notes, fixes=fixes).with_severity(
                    Severity.INFO
                )

    def _name_use_diagnostics(
        self, r: _Reading, agreeing: list[BrandSlot], standing: list[BrandSlot]
    ) -> Iterator[Diagnostic]:
        """Every other use of a proved word as a name: the find-and-replace reached it too."""
        taken = [s.span for s in r.slots] + [s.span for s, _ in r.suspect]
        taken += [s.span for s, _ in r.body_known]
        for key, proof in r.proofs.items():
            if len(key.split()) != 1:
                continue
            for span in name_uses(r.doc, proof.text, taken, r.parts):
                msg = (
                    f"`{r.doc.slice(span)}` is the placeholder {proof.where} holds, used here "
                    "as a name: the brand belongs here too"
                )
                notes = [Note(proof.span, f"{proof.where} holds the placeholder `{proof.text}`")]
                notes += [Note(s.span, f"{s.where} says `{s.text}`") for s in standing[:2]]
                yield self.diagnostic(
                    span, msg, notes=notes, fixes=self._fixes_at(span, r.brand, agreeing)
                )

    def _consistency_diagnostics(
        self, r: _Reading, agreeing: list[BrandSlot]
    ) -> Iterator[Diagnostic]:
        """A structural slot naming another real agency than the story's own."""
        if not r.targets:
            return
        for slot, name in r.own:
            if name in r.targets:
                continue
            if r.brand_name is not None:
                msg = f"{slot.where} names `{slot.text}`, but the configured brand is `{r.brand}`"
            else:
                msg = (
                    f"{slot.where} names `{slot.text}`, but the story's other brand slots "
                    f"name `{agreeing[0].text}`"
                )
            notes = [Note(s.span, f"{s.where} says `{s.text}`") for s in agreeing[:3]]
            yield self.diagnostic(
                slot.span, msg, notes=notes, fixes=self._fixes(slot, r.brand, agreeing)
            )

    @staticmethod
    def _is_placeholder(
        doc: Document, slot: BrandSlot, key: str, placeholders: frozenset[str]
    ) -> bool:
        """A word listed as never a brand, or English common words the story never uses as a name."""
        words = key.split()
        if key in placeholders or (len(words) > 1 and words[-1] in placeholders):
            return True  # "Portal", "News Outlet", "Newspaper Name"
        if len(words) != 1 or not words[0].isalpha():
            return False  # a publication's name may be words ("Morning Star"): not guessed
        if slot.text.isupper() and len(slot.text) <= 4:
            return False  # an acronym ("(ANI)", "(CAN)"), not a word
        if slot.kind == "headline" and not slot.text[:1].isupper():
            return False
        return is_dictionary_word(words[0]) and norm(words[0]) not in names_in_story(doc)

    @staticmethod
    def _is_fill_in_mark(
        doc: Document, slot: BrandSlot, marks: frozenset[str], patterns: list[Any]
    ) -> bool:
        """`(XXX)`, `Reporting by NAME`: WL202 reports these, as errors."""
        if slot.text in marks:
            return True
        s, e = slot.span
        lo, hi = max(0, s - 40), min(len(doc.text), e + 40)
        for pattern in patterns:
            regex = pattern.regex
            group = "slot" if "slot" in regex.groupindex else 0
            for m in regex.finditer(doc.text, lo, hi):
                if m.start(group) < e and s < m.end(group):
                    return True
        return False

    @staticmethod
    def _targets(own: list[tuple[BrandSlot, str]], brand_name: str | None) -> frozenset[str]:
        """The agencies the story is credited to: the configured brand, else the slots' majority.

        A dateline may credit two agencies at once (`(Reuters/AFP)`): they agree.
        """
        if brand_name is not None:
            return frozenset({brand_name})
        votes = Counter(n for _, n in own)
        if not votes:
            return frozenset()
        dateline = [n for s, n in own if s.kind == "dateline"]
        ranked = votes.most_common()
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            winner = ranked[0][0]
        elif dateline:  # a tie: the dateline speaks first
            winner = dateline[0]
        else:
            return frozenset()
        if winner in dateline:
            return frozenset(dateline)
        return frozenset({winner})

    @staticmethod
    def _fixes(slot: BrandSlot, brand: str | None, agreeing: list[BrandSlot]) -> list[Fix]:
        if brand:
            return [Fix.replace(slot.span, brand, safe=True, title=f"Use the brand `{brand}`")]
        if not agreeing:
            return []
        same_kind = [s for s in agreeing if s.kind == slot.kind]
        replacement = (same_kind or agreeing)[0].text
        return [
            Fix.replace(
                slot.span,
                replacement,
                safe=False,
                title=f"Use `{replacement}` as the other slots do",
            )
        ]

    @staticmethod
    def _fixes_at(span: Span, brand: str | None, agreeing: list[BrandSlot]) -> list[Fix]:
        if brand:
            return [Fix.replace(span, brand, safe=True, title=f"Use the brand `{brand}`")]
        if not agreeing:
            return []
        name = agreeing[0].text
        return [Fix.replace(span, name, safe=False, title=f"Use `{name}` as the brand slots do")]

    @staticmethod
    def _attributed_in_body(doc: Document, slot: BrandSlot, forms: list[str]) -> bool:
        b = body(doc)
        return any(all(w.casefold().replace("’", "'") in b.words for w in f.split()) for f in forms)


@dataclass
class _Reading:
    """One story's brand slots, and what WL201's steps have found in them so far.

    Each step reads what the steps before it left here and adds its own finds: the
    structural slots are sorted first, then the story's own brand is read from them, then
    the body's slots are judged against it, and the diagnostics are built from the whole.
    """

    doc: Document
    ctx: Context
    slots: list[BrandSlot]
    body_slots: list[BodySlot]
    #: Outlets the story writes bare ("the BBC said"): the brand may stand in no slot.
    bare_outlets: list[str]
    agencies: dict[str, list[str]]
    #: Every form of every agency (and the configured brand) -> its canonical name.
    canonical: dict[str, str]
    brand: str | None
    brand_name: str | None
    placeholders: frozenset[str]
    parts: frozenset[str]
    #: Words a paper's or agency's name ends with ("Gazette", "Times"): two words in the
    #: dateline ending so are an agency no pack lists, not a stand-in.
    ends: frozenset[str]
    #: Fill-in marks (`(XXX)`, `(TK)`) are WL202's: an error there, not a brand question.
    marks: frozenset[str]
    patterns: list[Any]
    #: Structural slots naming a known agency, with its canonical name.
    known: list[tuple[BrandSlot, str]] = field(default_factory=list)
    #: Slots to report: (slot, "placeholder" | "unknown").
    suspect: list[tuple[BrandSlot, str]] = field(default_factory=list)
    #: Unknown names in "X writer Jane Doe contributed": judged once the brand is known.
    contributors: list[BrandSlot] = field(default_factory=list)
    #: Unknown words where a person, a place or a firm may stand too (a headline's
    #: "- Zelenskiy", a byline's "By Jane Doe, Kyiv", "Source: Eurostat"): judged once
    #: the brand is known, or once another slot proves the word a placeholder.
    weak: list[BrandSlot] = field(default_factory=list)
    #: A headline's attribution the body names.
    quoted: list[BrandSlot] = field(default_factory=list)
    #: The known slots that name the story's own brand, and the agencies it is from.
    own: list[tuple[BrandSlot, str]] = field(default_factory=list)
    targets: frozenset[str] = frozenset()
    #: Stand-ins judged with no brand known to compare.
    lone: set[Span] = field(default_factory=set)
    #: A word proved a placeholder -> the slot that proves it.
    proofs: dict[str, BrandSlot] = field(default_factory=dict)
    #: Body slots naming a known agency or outlet, with its canonical name.
    body_known: list[tuple[BrandSlot, str]] = field(default_factory=list)

    @classmethod
    def of(cls, doc: Document, ctx: Context) -> _Reading | None:
        """The story's slots and the packs that judge them; None when it has no slot."""
        not_brands = _word_set(ctx, NOT_BRANDS, "fold")
        slots = brand_slots(doc, not_brands)
        body_slots = body_brand_slots(
            doc, ctx.packs.section(BODY_SLOTS).values(), [s.span for s in slots], _name_tails(ctx)
        )
        agencies: dict[str, list[str]] = ctx.packs.section(AGENCIES)
        # Shared by every story: copied before any change.
        canonical = ctx.packs.derived(("WL201", AGENCIES), lambda: _canonical(agencies))
        # Copy that writes an outlet bare ("the BBC said") may hold the brand replaced in
        # no slot at all: "the Lookout is to invest", "within the Axiom News".
        bare_outlets = _bare_outlets(doc, canonical)
        if not slots and not body_slots and not bare_outlets:
            return None
        brand = ctx.config.brand
        brand_name: str | None = canonical.get(_key(brand), brand) if brand else None
        if brand and brand_name:
            canonical = {**canonical, _key(brand): brand_name}
        return cls(
            doc=doc,
            ctx=ctx,
            slots=slots,
            body_slots=body_slots,
            bare_outlets=bare_outlets,
            agencies=agencies,
            canonical=canonical,
            brand=brand,
            brand_name=brand_name,
            placeholders=_word_set(ctx, BRAND_PLACEHOLDERS, "key"),
            parts=_outlet_parts(ctx),
            ends=_word_set(ctx, PAPER_NAME_ENDS, "fold"),
            marks=frozenset(ctx.packs.section(PLACEHOLDER_WORDS)),
            patterns=list(ctx.packs.section(PLACEHOLDER_PATTERNS).values()),
        )


def _bracketed_label(r: _Reading, slot: BrandSlot) -> bool:
    """A label in brackets closing a headline ("Ireland v England (Sun)": a fixture's
    day), read before its word is looked up as a paper's ("Sun")."""
    key = _key(slot.text)
    return (
        slot.kind == "headline"
        and r.doc.text[slot.span.start - 1 : slot.span.start] == "("
        and key not in r.placeholders
        and key in _word_set(r.ctx, HEADLINE_LABELS, "key")
    )


def _stand_ins_beside_brand(r: _Reading) -> None:
    """With the story's brand known, a word no agency pack lists standing where that brand
    stands (`By Jane Doe, Zentrix Writer` over `DENVER (AP) -`), that the story names
    nowhere else, is the brand replaced, not another agency."""
    doc, parts = r.doc, r.parts
    r.suspect = [
        (s, "placeholder" if k == "unknown" and _stand_in(doc, s, parts, ends=r.ends) else k)
        for s, k in r.suspect
    ]
    # "Zentrix writer Jane Doe contributed" under "DENVER (AP) -": the brand
    # replaced. Unknown alone, a contributor may be from a partner paper.
    r.suspect += [(s, "placeholder") for s in r.contributors if _stand_in(doc, s, parts)]
    # A headline's suffix no pack lists, that the story names nowhere else, under
    # a real agency's dateline or credit: the brand replaced. A person or a body
    # the headline quotes is named in the body. (After a byline's comma a place
    # may stand, named nowhere else: "By Jane Doe, Montevideo".)
    r.suspect += [
        (s, "placeholder")
        for s in r.weak
        if (s.kind == "headline" or _unheard_byline_word(s))
        and _stand_in(doc, replace(s, strict=True), parts)
    ]


def _stand_ins_with_no_brand(r: _Reading) -> None:
    """No brand known: the slots themselves must say it.

    A find-and-replace of every mention leaves no real brand to compare with, so a
    stand-in word (one word English lacks or has, no acronym, named nowhere else, listed
    in no agency pack) in the dateline, the strongest slot, or in two kinds of slot only
    an agency fills, is the brand replaced rather than an agency no pack lists. The
    word's uses in body brand slots ("told Zentrix") are the same stand-in.
    """
    doc = r.doc
    outside = set(names_outside(doc, [*(s.span for s in r.slots), *(s.span for s in r.body_slots)]))
    if doc.dateline is not None:  # "(Tokyo)" after "TOKYO, March 3": the place
        outside.update(norm(w) for w in doc.slice(doc.dateline.city).split())
    kinds_of: dict[str, set[str]] = defaultdict(set)
    for s, k in r.suspect:
        if k == "unknown" and s.strict:
            kinds_of[_key(s.text)].add(s.kind)
    r.lone = {
        s.span
        for s, k in r.suspect
        if k == "unknown"
        and (
            # the standards line is one agency's own boilerplate, as strong as a dateline
            not kinds_of[_key(s.text)].isdisjoint(("dateline", "trust"))
            or len(kinds_of[_key(s.text)]) > 1
        )
        and _stand_in(doc, s, r.parts, frozenset(outside), ends=r.ends)
    }
    r.suspect = [(s, "placeholder" if s.span in r.lone else k) for s, k in r.suspect]


# "told dpa that", "dpa told": an agency that writes its name in lower case.
_TOLD_LOWER_RE = re.compile(
    r"\b(?:told|telling|tells?)\s+(?P<brand>[a-z]{3,})(?=\s+that\b|\s*[:;,.](?:\s|$))"
)


def _lower_case_stand_ins(r: _Reading) -> None:
    """A lower-case word told, where the story's own agency writes its name in lower case
    (dpa): a find-and-replace of "told dpa that" leaves "told newsly that". Only a word
    English hardly knows: "told parliament that", "told police:" are real copy, and a
    plural ("told reporters") or a pronoun is the people told."""
    own = [s for s, _ in r.own if s.kind in ("dateline", "credit", "byline")]
    if not own or not all(s.text.islower() for s in own):
        return
    taken = {s.span for s, _ in r.suspect}
    for part in r.doc.paragraphs:
        for m in _TOLD_LOWER_RE.finditer(part.text):
            word = m.group("brand")
            key = _key(word)
            if (
                key in r.canonical
                or word in STOPWORDS
                or word.endswith("s")
                or english_frequency(word) >= COMMON_FREQUENCY
            ):
                continue
            start = part.span.start + m.start("brand")
            slot = BodySlot(
                "body", Span(start, start + len(word)), word, True, phrase=m.group(), pattern="told"
            )
            if slot.span not in taken:
                r.suspect.append((slot, "placeholder"))


def _structural_proofs(r: _Reading) -> None:
    """A word a structural slot proves a placeholder ("(Portal)" in the dateline), and the
    slots where a person, a place or a firm may stand that hold it too."""
    for slot, kind in r.suspect:
        if kind == "placeholder":
            r.proofs.setdefault(_key(slot.text), slot)
    # "Zentrix writer Jane Doe contributed", "By Jane Doe, Zentrix", "... | Zentrix"
    # under a dateline proving `Zentrix`.
    held = {s.span for s, _ in r.suspect}
    r.suspect += [
        (s, "placeholder")
        for s in [*r.contributors, *r.weak, *r.quoted]
        if _key(s.text) in r.proofs and s.span not in held
    ]


def _judge_body_slots(r: _Reading) -> None:
    """The body's brand slots ("told Portal", "a Portal tally") and bare outlets, judged
    against the brand the structural slots found, in turn."""
    judge = _BodyJudge(r.doc, r.ctx, r.canonical, r.placeholders, r.marks, r.patterns, r.proofs)
    # A word standing alone in slots is not named by them; the words of a longer
    # slot ("according to Robert Smith") name a person for the others.
    r.body_slots = [judge.with_head(judge.before_title(s)) for s in r.body_slots]
    # So does a word with its desks after it ("told Zentrix News", "Zentrix Radio").
    alone = [s.span for s in r.body_slots if " " not in _head(_key(s.text), r.parts)]
    judge.names = names_outside(r.doc, [*(s.span for s in r.slots), *alone], judge.bare)
    judge.read_story([*(s.span for s in r.slots), *alone], r.body_slots)
    _body_verdicts(r, judge)
    _outlet_phrase_stand_ins(r, judge)
    # The story writes its own outlet bare ("the BBC said"): a word written only
    # so, in its place ("the Lookout said", "within the Lookout"), is the brand.
    taken_words = {_key(s.text) for s, _ in r.suspect}
    r.suspect += [
        (s, "placeholder")
        for s in judge.bare_stand_ins(agency_copy=bool(r.targets))
        if _key(s.text) not in taken_words
    ]
    _body_proofs(r)
    _stand_ins_beside_body_agency(r)
    _headline_echoes(r, judge)


def _headline_echoes(r: _Reading, judge: _BodyJudge) -> None:
    """A headline's word standing where the body writes the story's own outlet.

    A headline sums up its body in the body's words: "BBC poll indicates economic gloom"
    over "A BBC poll of 22,000 people". A capitalised word the body never gives, written
    with the word the body writes after its own outlet ("Rigox poll" beside "BBC poll",
    "leaves Rigox One" beside "BBC One") or before it, is the outlet's name replaced in
    the headline alone. An ALL-CAPS headline says nothing by its capitals.
    """
    doc = r.doc
    headline = doc.headline
    known = [*r.known, *r.body_known]
    if headline is None or not known or headline.text.isupper():
        return
    # The headline's few words first: the body is read for its outlet's neighbours only
    # when one of them could stand for the outlet (a long story's outlet is named
    # thousands of times, and a headline's words are mostly the body's own).
    candidates = _headline_candidates(r, judge, headline.text)
    if not candidates:
        return
    outlets = _own_outlets(r.targets, known)
    own = {
        s.text.split()[0] for s, n in known if n in outlets and s.span.start >= headline.span.end
    }
    after: set[str] = set()
    before: set[str] = set()
    for word in own:
        rx = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")
        for m in rx.finditer(doc.text, headline.span.end):
            # Past the outlet's own parts too: "a BBC World Service poll" gives "poll".
            end = m.end()
            while (following := _NEXT_WORD_RE.match(doc.text, end)) is not None:
                after.add(following.group(1).casefold())
                if _key(following.group(1)) not in judge.tails:
                    break
                end = following.end()
            preceding = _ANY_WORD_BEFORE_RE.search(doc.text, max(0, m.start() - 30), m.start())
            if preceding is not None:
                before.add(preceding.group(1).casefold())
    content = {w for w in after | before if w not in STOPWORDS or w in judge.tails}
    if not content:
        return
    for m, prev, nxt in candidates:
        if not ((nxt in after and nxt in content) or (prev in before and prev in content)):
            continue
        word = m.group()
        start = headline.span.start + m.start()
        slot = BrandSlot("title", Span(start, start + len(word)), word, False, True)
        r.suspect.append((slot, "placeholder"))


def _headline_candidates(
    r: _Reading, judge: _BodyJudge, text: str
) -> list[tuple[re.Match[str], str, str]]:
    """The headline's capitalised words that could stand for the story's outlet (no
    agency, desk, stopword or word the body gives), each with the words before and
    after it, case-folded ("" at either end)."""
    words = list(re.finditer(r"[A-Za-z][\w'’-]*", text))
    out = []
    for i, m in enumerate(words):
        word = m.group()
        key = _key(word)
        if (
            not word[:1].isupper()
            or not word.isalpha()
            or len(word) < 3
            or word.isupper()
            or key in r.canonical
            or key in judge.not_brands
            or key in STOPWORDS
            or mentioned(word, body(r.doc))  # made once per story, when first asked
        ):
            continue
        nxt = words[i + 1].group().casefold() if i + 1 < len(words) else ""
        prev = words[i - 1].group().casefold() if i else ""
        out.append((m, prev, nxt))
    return out


def _body_verdicts(r: _Reading, judge: _BodyJudge) -> None:
    """Each body slot's word: the agency it names, a placeholder, or a word English lacks
    that is a placeholder only where the story's own brand is known to stand."""
    # The story's own brand is known (configured, in a structural slot, or an
    # agency or outlet the body's slots name): a word standing where a brand stands
    # is judged as in a slot only a news organisation fills, even used once.
    judge.branded = (
        bool(r.targets) or any(judge.agency_of(s) for s in r.body_slots) or judge.names_an_agency()
    )
    unfamiliar: list[BrandSlot] = []
    for bslot in r.body_slots:
        verdict, agency = judge.verdict(bslot)
        if verdict == "agency" and agency is not None:
            r.body_known.append((bslot, agency))
        elif verdict == "placeholder":
            r.suspect.append((bslot, "placeholder"))
        elif verdict == "unfamiliar":
            unfamiliar.append(bslot)
        elif verdict == "unlisted":
            r.suspect.append((bslot, "placeholder"))
            r.lone.add(bslot.span)
    # A word English has never seen, where a person or an outlet may stand, is a
    # placeholder in agency copy (its brand configured, or named in a structural
    # slot): the story would have introduced a person or an outlet it quotes. An
    # outlet the body names is not enough: BBC copy quotes firms English lacks
    # ("a survey by Hostway", "an interview with Novastream").
    if r.targets:
        r.suspect += [(s, "placeholder") for s in unfamiliar]
    elif r.body_known:
        # The outlet the body names most is the story's own ("told BBC Sport"
        # twice): a word English lacks in the same kind of slot ("told Zentrix
        # Sport"), or written as an outlet ("told the Zentrix"), stands where it
        # stands. A firm BBC copy quotes ("a survey by Hostway") does neither.
        (most, _), *_ = Counter(n for _, n in r.body_known).most_common(1)
        mine = [s for s, n in r.body_known if n == most]
        # An outlet the story quotes more than its own ("speaking to NBC News",
        # "an NBC series" beside "told Wikinews" once) may outnumber it: a word
        # in the very phrase any outlet it names stands in stands there too.
        named = [s for s, _ in r.body_known if isinstance(s, BodySlot)]
        r.suspect += [
            (s, "placeholder")
            for s in unfamiliar
            if judge.echoes(s, mine)
            or judge.held_throughout(s)
            or any(isinstance(s, BodySlot) and s.pattern == o.pattern for o in named)
            or judge.newsroom_stand_in(s)
        ]
    else:
        # No outlet named at all: a word English has never seen, written as a
        # body is ("told the Zentrix", "in an interview with the Zentrix"), where
        # a news organisation stands, is the brand replaced or an outlet no pack
        # lists; the message says both. A person takes no "the".
        for s in unfamiliar:
            if isinstance(s, BodySlot) and (judge.written_as_body(s) or judge.held_throughout(s)):
                r.suspect.append((s, "placeholder"))
                r.lone.add(s.span)


def _outlet_phrase_stand_ins(r: _Reading, judge: _BodyJudge) -> None:
    """An outlet's phrase that is evidence only ("a Talvent documentary", "the Banner's
    festive schedule") where the story's own outlet stands in the same phrase elsewhere
    ("a BBC documentary"): the word stands where the brand stands, judged as any slot's
    word is (a firm the story names is none). A spokesman or a statement is any firm's:
    not enough."""
    if not r.body_known:
        return
    outlets = _own_outlets(r.targets, r.body_known)
    kinds = {s.pattern for s, n in r.body_known if n in outlets and isinstance(s, BodySlot)}
    held = {s.span for s, _ in r.suspect}
    r.suspect += [
        (s, "placeholder")
        for s in r.body_slots
        if s.hint
        and s.outlet
        and s.pattern in kinds
        and s.span not in held
        and judge.verdict(replace(s, hint=False))[0] in ("placeholder", "unfamiliar", "unlisted")
    ]


def _body_proofs(r: _Reading) -> None:
    """Words the body's slots prove placeholders, and the outlets named by such a word."""
    # A body slot proves its word too: "the Portal" elsewhere is the brand's place.
    for slot, kind in r.suspect:
        if slot.kind == "body" and kind == "placeholder":
            r.proofs.setdefault(_key(slot.text), slot)
    outlets = _own_outlets(r.targets, r.body_known)
    papers = _papers_with_the(r.ctx)
    # A word proved a placeholder ("Herald Radio 4's Today programme") that also
    # names a real outlet ("told the Herald") is the same placeholder there: the
    # story is not quoting a paper whose name its brand was replaced by.
    proved = [(s, n) for s, n in r.body_known if _key(s.text) in r.proofs and n not in r.targets]
    if not r.targets:
        # With no agency in a structural slot, a paper named by an English word in
        # two kinds of brand slot ("the Herald's Paul Reynolds says", "told the
        # Herald") is where the story's own outlet stood: a paper the story quotes
        # is named once, or in one way ("the Herald reported").
        twice = _paper_in_two_slot_kinds(r.body_known, papers)
        proved += [(s, n) for s, n in r.body_known if n in twice]
    # A newsroom's own form that only its own copy writes ("The Herald's Jane Doe
    # in Mumbai says") holding a paper's English word, in copy whose own outlet is
    # another (the BBC named in its slots): a paper the story quotes is named as it
    # reported ("the Herald reported"), so the word stands where the brand stood.
    # The form itself must be the newsroom's own: a telling or a possessive desk that
    # an outlet's hint overlaps ("told the Guardian website", "the Guardian's business
    # editor") quotes the paper.
    own_forms = r.ctx.packs.section(BODY_SLOTS)
    proved += [
        (s, n)
        for s, n in r.body_known
        if isinstance(s, BodySlot)
        and s.strict
        and s.outlet
        and getattr(own_forms.get(s.pattern), "outlet", False)
        and n not in outlets
        and _key(s.text.split()[0]) in papers
        and (s, n) not in proved
    ]
    if not r.targets:
        for slot, _ in proved:
            r.proofs.setdefault(_key(slot.text.split()[0]), slot)
    r.suspect += [(s, "placeholder") for s, _ in proved]
    r.body_known = [(s, n) for s, n in r.body_known if (s, n) not in proved]
    # A dateline or credit holding a word the body proved ("(Gateway)" over "told
    # Gateway later") is that placeholder, not an agency no pack lists.
    r.suspect = [
        (s, "placeholder" if k == "unknown" and _key(s.text) in r.proofs else k)
        for s, k in r.suspect
    ]


def _stand_ins_beside_body_agency(r: _Reading) -> None:
    """A byline's, credit's or headline's word the body proved, and, with no agency in a
    structural slot, one standing where the agency the body names would."""
    doc, parts = r.doc, r.parts
    # So is a byline's, credit's or headline's word where a person, a place or a
    # firm may stand too ("By Jane Doe, Nexora" over "polled by Nexora").
    held = {s.span for s, _ in r.suspect}
    r.suspect += [
        (s, "placeholder")
        for s in [*r.contributors, *r.weak, *r.quoted]
        if _key(s.text) in r.proofs and s.span not in held
    ]
    # With no agency in a structural slot, the body naming one where only a
    # newsroom stands ("economists polled by Reuters", "Reuters could not verify")
    # names the story's own: a byline's or credit's word no pack lists, named
    # nowhere else, stands where that agency's name stood ("By Jane Doe |
    # Nexora"), as under a dateline naming it.
    if not r.targets and any(isinstance(s, BodySlot) and s.strict for s, _ in r.body_known):
        r.suspect = [
            (s, "placeholder" if k == "unknown" and _stand_in(doc, s, parts, ends=r.ends) else k)
            for s, k in r.suspect
        ]
        r.suspect += [
            (s, "placeholder")
            for s in [*r.contributors, *r.weak]
            if (s.kind == "contributed" or _unheard_byline_word(s))
            and s.span not in held
            and _stand_in(doc, replace(s, strict=True), parts)
        ]


def _where_brand_stands(r: _Reading) -> tuple[list[BrandSlot], list[BrandSlot]]:
    """The slots agreeing with the story's brand (for fixes), and every slot where the
    real brand stands (for notes): the agreeing slots, then body slots naming it."""
    agreeing = [s for s, n in r.own if n in r.targets]
    standing = agreeing + [s for s, n in r.body_known if n in r.targets]
    if not r.targets and r.body_known:
        # No structural slot: the outlet the body names most is the story's own.
        (most, _), *_ = Counter(n for _, n in r.body_known).most_common(1)
        standing = [s for s, n in r.body_known if n == most]
    return agreeing, standing


def _head(key: str, parts: frozenset[str]) -> str:
    """An outlet's head word when the words after it are its desks: `portal news` -> `portal`."""
    words = key.split()
    if len(words) > 1 and all(norm(w) in parts for w in words[1:]):
        return words[0]
    return key


def _without_desks(keys: list[str], parts: frozenset[str]) -> list[str]:
    """A name's words without the outlet's desks after it: `thomson portal news` ->
    `thomson portal`."""
    end = len(keys)
    while end > 1 and norm(keys[end - 1]) in parts:
        end -= 1
    return keys[:end]


def _unheard_byline_word(slot: BrandSlot) -> bool:
    """A byline's word after the name that English has never seen ("By Jane Doe, Nexora",
    "By JANE DOE/Nexora"): no place a reporter files from, whose names English knows
    ("By Jane Doe, Montevideo"), but an outlet's name, and under a real agency's
    dateline the story's own brand replaced."""
    return (
        slot.kind == "byline"
        and " " not in slot.text
        and slot.text[1:].islower()
        and english_frequency(norm(slot.text)) == 0
    )


def _stand_in(
    doc: Document,
    slot: BrandSlot,
    parts: frozenset[str],
    names: frozenset[str] | None = None,
    ends: frozenset[str] = frozenset(),
) -> bool:
    """One word (or one and its desks), no acronym, that the story uses nowhere as a name;
    in the dateline, two such words too (`_two_word_stand_in`).

    ``names``, when given, are the story's names to look in instead of every capitalised
    word outside the structural slots; ``ends``, the words a paper's name ends with.
    """
    head = _head(_key(slot.text), parts)
    if not slot.strict:
        return False
    if slot.kind == "trust":
        # Only the agency's own name stands in its standards line ("The Thomson Reuters
        # Trust Principles"): a name of up to two words, its desks ("News Agency")
        # aside, that the story names nowhere else, is the brand replaced.
        words = _without_desks(_key(slot.text).split(), parts | ends)
        story = names if names is not None else names_in_story(doc)
        return (
            len(words) <= 2
            and all(w.isalpha() for w in words)
            and not any(norm(w) in story for w in words)
        )
    if " " in head:
        return _two_word_stand_in(doc, slot, head, parts | ends, names)
    if not head.isalpha():
        return False
    word = slot.text.split()[0]
    if word.isupper() and len(word) <= 5:
        return False  # an acronym: an agency no pack lists yet ("(ANI)")
    return norm(head) not in (names if names is not None else names_in_story(doc))


def _two_word_stand_in(
    doc: Document, slot: BrandSlot, head: str, parts: frozenset[str], names: frozenset[str] | None
) -> bool:
    """Two words in the dateline (`PARIS, March 26 (Putt Mooch) -`), each written as a
    name (no acronym), neither named anywhere else in the story, the last no word an
    outlet's name ends with: a find-and-replace's two-word stand-in. An agency's name of
    two words ends in its kind (`Anadolu Agency`, `Jiji Press`, `Kyodo News`, `Saudi
    Gazette`: the outlet parts and `paper-name-ends`) and stays an agency no pack lists. Only the dateline: elsewhere two such words
    may be a person (`- Putt Mooch` closing a headline)."""
    words = slot.text.split()
    if not _two_word_slot(slot) or len(words) != 2 or len(head.split()) != 2:
        return False
    if not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words):
        return False
    if norm(words[-1]) in parts:
        return False
    story = names if names is not None else names_in_story(doc)
    return not any(norm(w) in story for w in words)


def _two_word_slot(slot: BrandSlot) -> bool:
    """A slot where two words are a newsroom's name, never a person's: the dateline, and a
    byline's or credit's newsroom before its staff (`By Putt Mooch staff`, `Compiled by
    Putt Mooch staff`, `From Putt Mooch reporters`), which the reader marks strict. A
    byline's names after `By` and a colleague credited alone (`Jane Doe contributed`)
    may be a person's."""
    return slot.kind == "dateline" or (slot.kind in ("credit", "byline") and slot.strict)


def _known_to_line_end(
    doc: Document, slot: BrandSlot, key: str, canonical: dict[str, str]
) -> tuple[BrandSlot, str]:
    """A byline's slot read to the end of its line, when that is a known agency's name: the
    desk words trimmed from "By Jane Doe, United Press International" are the agency's."""
    end = doc.text.find("\n", slot.span.end)
    end = len(doc.text) if end < 0 else end
    rest = doc.text[slot.span.end : end].rstrip(" \t.")
    if not rest[:1].isspace() or _key(slot.text + rest) not in canonical:
        return slot, key
    full = slot.text + rest
    return replace(slot, span=Span(slot.span.start, slot.span.start + len(full)), text=full), _key(
        full
    )


def _known_prefix(
    slot: BrandSlot, key: str, canonical: dict[str, str], papers: frozenset[str]
) -> tuple[BrandSlot, str]:
    """A byline's agency before its desk ("PA Industrial" -> "PA"), when the words open
    with a known agency; else the slot as it was. A paper named by an English word
    ("Herald") opens other names too ("Herald News"): not read as that paper."""
    words = slot.text.split()
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        if _key(head) in canonical and _key(head) not in papers and slot.text.startswith(head):
            span = Span(slot.span.start, slot.span.start + len(head))
            return replace(slot, span=span, text=head), _key(head)
    return slot, key


def _placeholder_head(
    slot: BrandSlot, key: str, placeholders: frozenset[str]
) -> tuple[BrandSlot, str]:
    """A byline's template word before its desk ("Portal Wales" -> "Portal")."""
    head = slot.text.split()[0]
    if " " in key and _key(head) in placeholders:
        span = Span(slot.span.start, slot.span.start + len(head))
        return replace(slot, span=span, text=head), _key(head)
    return slot, key


def _bare_outlets(doc: Document, canonical: dict[str, str]) -> list[str]:
    """The outlets English lacks a word for that the story writes bare after "the", in any
    spelling ("the BBC said", "the Wikinews community"): copy naming an outlet so may
    name its own brand so."""
    # The outlets among the story's words, met in C: a long story has a hundred thousand
    # words and the packs a few hundred outlets (sorted: a set's order is no order).
    return [
        w
        for w in sorted(canonical.keys() & _story_keys(doc))
        if len(w) > 2 and not is_dictionary_word(w) and _written_bare(doc, w)
    ]


_KEYS_KEY = "WL201.keys"
_BARE_KEY = "WL201.bare"


def _story_keys(doc: Document) -> frozenset[str]:
    """The story's spellings normalised (``norm``), made once per story: WL201 asks for
    its outlets written bare twice (``_Reading.of``, ``bare_stand_ins``)."""
    got: frozenset[str] | None = doc.cache.get(_KEYS_KEY)
    if got is None:
        got = doc.cache[_KEYS_KEY] = frozenset(map(norm, doc.words))
    return got


def _written_bare(doc: Document, word: str) -> bool:
    """Whether the story writes ``word`` after "the" with no capitalised word after it,
    answered once per word and story (a regex of its own per word, compiled each time)."""
    seen: dict[str, bool] = doc.cache.setdefault(_BARE_KEY, {})
    got = seen.get(word)
    if got is None:
        got = seen[word] = next(after_the(doc, word, "(?![ ][A-Z])"), None) is not None
    return got


def _own_outlets(targets: frozenset[str], known: list[tuple[BrandSlot, str]]) -> set[str]:
    """The story's own outlet: the agency its structural slots agree on, else the outlet
    its body names most."""
    return set(targets) or {n for n, _ in Counter(n for _, n in known).most_common(1)}


def _paper_in_two_slot_kinds(
    known: list[tuple[BrandSlot, str]], papers: frozenset[str]
) -> frozenset[str]:
    """The outlets named by a paper's English word ("Herald") in two kinds of body slot,
    one of them a form only a newsroom's own copy takes (its desks, channels, staff)."""
    kinds: dict[str, set[str]] = defaultdict(set)
    own_forms: set[str] = set()
    for slot, name in known:
        if isinstance(slot, BodySlot) and _key(slot.text.split()[0]) in papers:
            kinds[name].add(slot.pattern)
            if slot.outlet:
                own_forms.add(name)
    return frozenset(n for n, patterns in kinds.items() if len(patterns) >= 2 and n in own_forms)


def _two_word_forms(ctx: Context, canonical: dict[str, str]) -> frozenset[str]:
    """The first two words of every agency form of two words or more ("sky one", "bbc radio")."""

    def build() -> frozenset[str]:
        return frozenset(" ".join(k.split()[:2]) for k in canonical if " " in k)

    return ctx.packs.derived(("WL201", "two-word-forms"), build)


def _papers_with_the(ctx: Context) -> frozenset[str]:
    """One-word English names the agency pack writes after "The" ("The Herald", "The Sun")."""

    def build() -> frozenset[str]:
        agencies: dict[str, list[str]] = ctx.packs.section(AGENCIES)
        return frozenset(
            form.split()[1].casefold()
            for forms in agencies.values()
            for form in forms
            if form.startswith("The ")
            and len(form.split()) == 2
            and is_dictionary_word(form.split()[1].casefold())
        )

    return ctx.packs.derived(("WL201", "papers-with-the"), build)


def _outlet_tails(agencies: dict[str, list[str]]) -> frozenset[str]:
    """Words an agency's name takes after it (`BBC Sport`, `Kyodo News`): from the pack's forms."""
    tails: set[str] = set()
    for forms in agencies.values():
        heads = {_key(f) for f in forms if " " not in f.strip()}
        for form in forms:
            words = _key(form).split()
            if len(words) > 1 and words[0] in heads:
                tails.update(words[1:])
    return frozenset(tails)


def _outlet_parts(ctx: Context) -> frozenset[str]:
    """An outlet's own words after its name: the pack's `outlet-parts` and the agencies' forms."""

    def build() -> frozenset[str]:
        agencies: dict[str, list[str]] = ctx.packs.section(AGENCIES)
        listed = {norm(w) for w in ctx.packs.section(OUTLET_PARTS)}
        return frozenset(listed) | _outlet_tails(agencies)

    return ctx.packs.derived(("WL201", OUTLET_PARTS), build)


# Finite verbs that open a reported clause after its subject ("shareholders were").
_CLAUSE_VERBS = frozenset(
    {"were", "are", "had", "have", "would", "will", "could", "should", "must", "may", "might"}
)
# Number words a channel's or a group's name ends with ("BBC Four", "the Guildford Four").
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven"})
# Verbs whose object is told or urged before "to" or "that": "urged the BBC to", "warned
# the BBC that".
_TELLING_VERBS = frozenset(
    {"urged", "urges", "warned", "warns", "told", "tells", "asked", "asks", "called", "pressed"}
)
# A capitalised word straight before "the" ("Noggin the Nog"): the word after is a name's.
_NAME_BEFORE_THE_RE = re.compile(r"\b([A-Z][\w'’-]*) [Tt]he $")
# A word ending in s written with "'s" after it: "the Gouts's spending".
# A title's words before its last: "Top of the " in "Top of the Pops".
_TITLE_TAIL_RE = re.compile(r"\b[A-Z][\w'’-]* (?:of|in|on|and) (?:the )?$")
# The auxiliaries that agree with one subject only ("doesn" as "doesn't" is read).
_SINGULAR_AUXILIARIES = frozenset({"is", "has", "was", "does", "doesn", "hasn", "isn", "wasn"})
# A word ending in s and the one or two lower-case words after it: "the Flames is".
# The capital opens the pattern and the look back past it stands for `(?<![\w'’-])` before
# it (the capital is no such character): `re` then skips in C to the next capital, where a
# pattern opening with a look back is tried at every place of the story.
_S_SUBJECT_RE = re.compile(r"([A-Z](?<![\w'’-][A-Z])[\w-]*s) ([a-z]+)\b(?: ([a-z]+)\b)?")
_S_POSSESSIVE_RE = re.compile(r"(?<![\w'’-])([A-Za-z][\w-]*s)['’]s\b")
# What every match of `_S_POSSESSIVE_RE` holds: an "s" with "'s" after it.
_S_POSSESSIVE_CUE_RE = re.compile(r"s['’]s")
# The endings of the plurals English capitalises for a party, a faith or a people. Not
# "-ers": most such plurals are agent nouns ("Negotiators", "Lenders") a stand-in may be,
# and a group or a club in "-ers" ("Rangers") is named again in its story.
_GROUP_ENDINGS = ("ans", "ists", "ites", "ics", "ians", "ats", "ives", "als")
_CLAUSE_END_RE = re.compile(r"\s*(?:[,.;:!?)\"”]|$)")
# What follows the newsroom told in wire copy, when no punctuation closes it: a time or a
# place ("told Reuters in an interview", "told Reuters later", "told Reuters yesterday")
# or the reported clause, with no "that" ("told Reuters the talks ended"). A group told
# is described by the noun after it ("told Western diplomats"), not by these.
_TOLD_ADJUNCT_RE = re.compile(
    r" (?:in|on|at|after|before|during|later|yesterday|today|last|this|earlier|the|its|"
    r"it|he|she|they|we|there)\b"
)

# A name's token that holds its possessive ("Lookout's").
_POSSESSIVE_END_RE = re.compile(r"['’]s$")

# A capitalised word right before a slot's brand, a space between ("Zentrix" in
# "Zentrix Media correspondent").
_NAME_BEFORE_RE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+|[A-Z]{2,})[ ]$")

# The word right after a name, a space between ("News" in "Axiom News").
_NEXT_WORD_RE = re.compile(r"[ ]([A-Za-z]+)\b")
# A capitalised word and the capitalised word after it, that one looked at, not taken:
# "Portal Four World" holds two pairs. The capital opens the pattern and the `\b` before
# it is a look back past it (no word character before the capital): `re` then skips in C
# to the next capital, where a pattern opening with `\b` is tried at every place.
_CAPITAL_PAIR_RE = re.compile(r"([A-Z](?<!\w[A-Z])[\w'’-]*)(?=[ ]+([A-Z]\w*))")
# A word of word characters only, which the story's index of word runs answers for.
_WORD_RUN_RE = re.compile(r"\w+")

# The lower-case word right before a slot's brand ("singer" in "singer Jillea attended").
_WORD_BEFORE_RE = re.compile(r"\b([a-z]+)[ ]$")
_ANY_WORD_BEFORE_RE = re.compile(r"\b([A-Za-z]+)[ ]$")
_CAPITAL_BEFORE_RE = re.compile(r"\b([A-Z][\w-]*)[ ]$")
_WORD_AFTER_RE = re.compile(r"[ ]([a-z]+)\b")


def _name_tails(ctx: Context) -> frozenset[str]:
    """The words a one-word brand slot reads with the name before them: an outlet's own
    parts ("Zentrix Media One's") and the template words ending a stand-in's name
    ("Thomson Portal One's")."""

    def build() -> frozenset[str]:
        return _outlet_parts(ctx) | {norm(w) for w in ctx.packs.section(PLACEHOLDER_NAME_ENDS)}

    return ctx.packs.derived(("WL201", PLACEHOLDER_NAME_ENDS), build)


def _has_noun_reading(word: str) -> bool:
    from wirelint.analysis.inflection import lemminflect

    return "NOUN" in lemminflect().getAllLemmas(word)


def _is_plural_noun(word: str) -> bool:
    from wirelint.analysis.inflection import lemminflect

    lemmas = lemminflect().getAllLemmas(word).get("NOUN", ())
    return bool(lemmas) and word not in lemmas


def _is_singular_noun_only(word: str) -> bool:
    """A singular noun and nothing else (`meridian`, not `officials`, `early`, `further`).

    Without an article, such a word cannot open a sentence as a common noun: it is a name.
    """
    from wirelint.analysis.inflection import lemminflect

    lemmas = lemminflect().getAllLemmas(word)
    return set(lemmas) == {"NOUN"} and word in lemmas["NOUN"]


class _BodyJudge:
    """What a word in a body brand slot is: an agency, a placeholder, or neither.

    A placeholder is a word that names no agency or outlet (the `agencies` packs, the
    configured `brand`), that the story never uses as a name elsewhere (a person or an
    organisation it names: "told Putin"), and that is either a word templates use for a
    brand (`brand-placeholders`), a word a structural slot already proved a placeholder,
    or an English common word capitalised as if it were a name ("told Meridian"). A word
    English does not have ("told Zentrix") is a placeholder only in a slot where nothing
    but a news organisation stands ("Zentrix could not independently verify").
    """

    def __init__(
        self,
        doc: Document,
        ctx: Context,
        canonical: dict[str, str],
        placeholders: frozenset[str],
        marks: frozenset[str],
        patterns: list[Any],
        proofs: dict[str, BrandSlot],
    ) -> None:
        self.doc = doc
        self.ctx = ctx
        self.canonical = canonical
        self.placeholders = placeholders
        self.marks = marks
        self.patterns = patterns
        self.proofs = proofs
        self.names: Counter[str] = Counter()
        #: Of those, the uses after "the" or before "'s" with no other name beside them.
        self.bare: Counter[str] = Counter()
        self.not_brands = _word_set(ctx, SLOT_NOT_BRANDS, "key") | _word_set(ctx, NOT_BRANDS, "key")
        self.tails = _outlet_parts(ctx)
        self.name_ends = _word_set(ctx, PLACEHOLDER_NAME_ENDS, "key")
        self.firm_ends = _word_set(ctx, FIRM_NAME_ENDS, "key")
        self.two_word_slots = _word_set(ctx, TWO_WORD_SLOTS, "fold")
        #: Words that make two words a person's or a place's name ("Rose Hill").
        self.given_names = _word_set(ctx, GIVEN_NAME_WORDS, "key")
        self.place_ends = _word_set(ctx, PLACE_NAME_ENDS, "key")
        self.paper_ends = _word_set(ctx, PAPER_NAME_ENDS, "key")
        #: Words written after another name's word ("Vladimir Putin"): people and places.
        self.after_names: set[str] = set()
        #: Whether the story's own brand is known: then every slot is where it stands.
        self.branded = False
        #: Per word, the slots that hold it alone, and whether one is an outlet's form.
        self.slots_of: dict[str, list[BodySlot]] = defaultdict(list)
        #: Per capitalised word, where it stands with an outlet's word after it, read
        #: when first asked (``_outlet_shaped``).
        self._shaped: dict[str, list[int]] | None = None
        #: The plurals the story writes as one thing's name (``_singular_possessive``).
        self._s_possessives: set[str] | None = None

    def read_story(self, spans: list[Span], slots: list[BodySlot]) -> None:
        """What the story says of each word in its slots: names after names, its slots."""
        self.after_names = names_after_names(self.doc, spans, self.not_brands)
        for slot in slots:
            words = slot.text.split()
            if len(words) == 1 or _key(words[1]) in self.tails:
                self.slots_of[norm(words[0])].append(slot)

    def names_an_agency(self) -> bool:
        """Whether the story names an agency or outlet as a word English lacks ("BBC",
        "Wikinews", "Bloomberg") anywhere outside its slots: "the BBC's coverage"."""
        return any(
            len(word) > 2 and word in self.canonical and not is_dictionary_word(word)
            for word in self.names
        )

    def _in_dateline(self, head: str) -> bool:
        """Whether the dateline's city has the word ("TOKYO, April 3" and "the Tokyo Shimbun")."""
        dateline = self.doc.dateline
        return dateline is not None and head in norm(self.doc.slice(dateline.city)).split()

    def _outlet_form(self, slot: BodySlot) -> bool:
        """A form only an outlet takes: an outlet pattern, or the brand with an outlet's words."""
        return slot.outlet or len(slot.text.split()) > 1

    def _corroborated(self, head: str) -> bool:
        """Two or more different phrases hold the word, one of them a form only an outlet takes.

        One form may be a person's or an institution's ("told Smith"); a second, and an
        outlet's own form ("Smith One's", "the Smith News website"), make it a brand.
        """
        held = self.slots_of.get(head, [])
        if len({s.phrase.casefold() for s in held}) < 2:
            return False  # one phrase repeated ("the Guildford Four") is one form
        if not any(self._outlet_form(s) for s in held):
            return False
        # A word English lacks may be a place or a name: two kinds of form, not one, or
        # one outlet's different channels or services ("Zentrix One", "Zentrix Three's").
        services = {norm(s.tail.split()[0]) for s in held if s.outlet and s.tail.strip()}
        return (
            is_dictionary_word(head)
            or len({s.pattern for s in held}) >= 2
            or len(services & self.tails) >= 2
        )

    # A table of cases, each a line with its reason, in the order they are decided.
    def agency_of(self, slot: BodySlot) -> str | None:
        """The agency or outlet a slot names, looked up with the words after it.

        "BBC Radio Five Live", "Reuters Television", "Channel 4", "Sky One": an agency's
        name and more.
        """
        full = [_key(w) for w in slot.text.split()] + [_key(w) for w in slot.tail.split()]
        # "Xinhua News Agency reporter": the slot's words close a name the word before opens.
        before = _CAPITAL_BEFORE_RE.search(
            self.doc.text, max(0, slot.span.start - 40), slot.span.start
        )
        if before is not None:
            for n in range(len(full), 0, -1):
                agency = self.canonical.get(" ".join([_key(before.group(1)), *full[:n]]))
                if agency is not None:
                    return agency
        for n in range(len(full), 0, -1):
            agency = self.canonical.get(" ".join(full[:n]))
            if agency is not None:
                if n == 1 and len(full) > 1 and self._not_its_service(full[0], full[1]):
                    return None
                if n == 1 and self._bare_paper(slot, full[0]):
                    return None
                return agency
        return None

    def _bare_paper(self, slot: BodySlot, head: str) -> bool:
        """A paper named by an English word that takes "the", written without it after a verb
        or a preposition: "told Herald" is no paper ("told the Herald" is; "a Guardian
        poll" is too, the article being the poll's)."""
        if head not in _papers_with_the(self.ctx) or slot.sentence_start:
            return False
        before = _WORD_BEFORE_RE.search(
            self.doc.text, max(0, slot.span.start - 30), slot.span.start
        )
        return before is not None and before.group(1) not in ("the", "a", "an")

    def bare_stand_ins(self, agency_copy: bool = False) -> list[BodySlot]:
        """Words the story writes only bare after "the", as it writes its own outlet.

        Only in copy that writes an outlet English lacks bare ("the BBC said"): "the
        Lookout said", "the Lookout's coverage", "within the Lookout" with nothing naming a
        Lookout elsewhere is the outlet's name replaced. A noun English writes capitalised
        in such copy ("the Treasury", "the Commons") is in `slot-not-brands`; a plural
        ("the Greens") names a group; a word after a name is a person's or a place's.
        """
        own = _bare_outlets(self.doc, self.canonical)
        # The outlets its brand slots name ("told BBC Sport", "BBC One's").
        slotted = [
            w
            for w in self.slots_of
            if w in self.canonical and len(w) > 2 and not is_dictionary_word(w)
        ]
        if agency_copy:
            # Agency copy names its agency in the dateline and credits, never bare: an
            # outlet it writes bare is one it quotes, and a bare word ("The Amex said",
            # "the Med is") is judged only beside an outlet a brand slot names too.
            own = [w for w in own if w in self.slots_of or self.bare[w]]
            slotted = []
        if not own and not slotted:
            return []
        # With no outlet in a brand slot, the outlet written bare may be one the story
        # quotes ("the NME's praise"), and with none written bare, the story's own style
        # is not known: a stand-in must then do what an outlet does ("the Lookout is to
        # invest"), not merely close a phrase ("T in the Park,", "in the Northeast,").
        needs_act = not agency_copy and not (
            own and any(w in self.canonical for w in self.slots_of)
        )
        # Named in slots only ("told Wikinews"), the story writes no outlet bare: a word
        # English knows a little there ("the Sunnah is") is a term, not a made-up name.
        needs_new_word = not own
        own = own or slotted
        acts = _word_set(self.ctx, OUTLET_ACTS, "key")
        echoes = {
            after
            for w in own
            for m in after_the(self.doc, w)
            if (after := self._after(Span(m.start() + 4, m.end())))
        }
        # Two-word stand-ins ("the Axiom News said"): the first word with its desk words.
        desked = self._desk_named()
        found: list[BodySlot] = []
        # Sorted: the findings come out in the same order whatever the hash seed.
        for word in sorted({*self.bare, *desked}):
            if (
                self.bare[word] + desked[word] != self.names[word]
                or word in own
                or word in self.canonical
                or word in self.not_brands
                or word in STOPWORDS
                or word in self.after_names
                or not word.isalpha()
                or word in self.slots_of
                # "the Beatles", "the Azerbaijanis": a plural names a group or a people,
                # unless the story writes it as one thing ("the Gouts's spending").
                or (
                    word.endswith("s")
                    and not word.endswith("ss")
                    and not self._singular_possessive(word)
                )
                # "at the Irishman's feet": a man or a woman of a place, a person.
                or word.endswith(("man", "men", "woman", "women"))
            ):
                continue
            if is_dictionary_word(word):
                if not _has_noun_reading(word) or (
                    _is_plural_noun(word) and not self._singular_possessive(word)
                ):
                    continue
            elif english_frequency(word) >= COMMON_FREQUENCY:
                continue
            spans = [
                span
                for span in name_uses(self.doc, self._spelling(word), [], self.tails)
                # "MoD", "iPlayer": a spelling of its own is an abbreviation or a brand.
                if self.doc.slice(span).rstrip("'’s")[1:].islower()
            ]
            if desked[word]:
                spans = [self._with_desks(span) for span in spans]
            if not spans or not all(self._outlet_place(span) for span in spans):
                continue
            # One use at least as the story's outlet is used: "the Lookout said" beside
            # "the BBC said", "the Lookout's" beside "the BBC's". "the Kremlin," beside
            # "the BBC said" is another body the story names.
            # A common noun the story never writes in lower case, capitalised only where its
            # outlet stands after a lower-case "the" ("upheld by the Crossing.", "the
            # Lookout received complaints"), is a name no English noun explains: the
            # outlet's, replaced. "The Wire, a US drama," opening a sentence is a title.
            if not (
                any(self._after(span) in echoes for span in spans)
                or self._acts_as_outlet(word, spans)
            ):
                continue
            if needs_act and not (
                any(self._after(span) in acts for span in spans)
                and not (
                    needs_new_word and not is_dictionary_word(word) and english_frequency(word) > 0
                )
            ):
                continue
            for span in spans:
                if _POSSESSIVE_END_RE.search(self.doc.text, span.start, span.end):
                    span = Span(span.start, span.end - 2)  # the name, not its "'s"
                found.append(
                    BodySlot(
                        "body", span, self.doc.slice(span), False, True,
                        phrase=f"the {self.doc.slice(span)}", pattern="bare",
                    )
                )  # fmt: skip
        return found

    def _desk_named(self) -> Counter[str]:
        """Per word, its uses after "the" with an outlet's desk words and no other name
        after them ("the Axiom News said", "the Corvida Media's"): a two-word stand-in
        written as the outlet is."""
        regex = self.ctx.packs.derived(("WL201", OUTLET_NAME_DESKS), self._desk_regex)
        return Counter(norm(m.group(1)) for m in regex.finditer(self.doc.text))

    def _desk_regex(self) -> re.Pattern[str]:
        desks = "|".join(re.escape(w) for w in self.ctx.packs.section(OUTLET_NAME_DESKS))
        # `\b[Tt]he ` read as the literal "he " and a look back at the "\b[Tt]": `re` finds
        # a literal opening in C, where a pattern opening with `\b` is tried at every
        # place of the story. Each match is the same, one character later (only the name
        # is read), and none can begin inside the one before (it ends before a non-word).
        return re.compile(rf"he (?<=\b[Tt]he )([A-Z][a-z]+)(?:[ ](?i:{desks}))+\b(?![ ][A-Z0-9])")

    def _with_desks(self, span: Span) -> Span:
        """A name's span with the desk words after it ("Axiom" -> "Axiom News")."""
        desks = _word_set(self.ctx, OUTLET_NAME_DESKS, "key")
        end = span.end
        while (m := _NEXT_WORD_RE.match(self.doc.text, end)) is not None and _key(
            m.group(1)
        ) in desks:
            end = m.end()
        return Span(span.start, end)

    def _acts_as_outlet(self, word: str, spans: list[Span]) -> bool:
        """A bare word the story's own outlet could be, doing what it does: the subject of
        an `outlet-acts` verb at least once ("the Brevix has said", "The Crossing ran a
        trial").

        A word English lacks, written bare only, a subject at least once and named
        nowhere else, is the outlet's name replaced. A common noun qualifies when the
        story never writes it in lower case and it stands only after "the", or opening a
        sentence after "The" as a subject ("The Wire, a US drama," is a title): an
        institution the story names ("the Treasury", "the Palace") is in
        `slot-not-brands`.
        """
        text = self.doc.text
        for s in spans:
            m = _NAME_BEFORE_THE_RE.search(text[max(0, s.start - 30) : s.start])
            if m is not None and norm(m.group(1)) not in STOPWORDS:
                return False  # "Noggin the Nog was": a name's last word, not an outlet
        acts = _word_set(self.ctx, OUTLET_ACTS, "key")
        subject = any(self._after(span) in acts for span in spans)
        if not is_dictionary_word(word):
            return subject
        if self._lower_case_too(word):
            return False
        # Each use after "the", or opening a sentence as the subject of an outlet's verb.
        return all(
            text[max(0, s.start - 4) : s.start] == "the "
            or (text[max(0, s.start - 4) : s.start] == "The " and self._after(s) in acts)
            for s in spans
        )

    def _lower_case_too(self, word: str) -> bool:
        """Whether the story writes the word in lower case anywhere ("the crossing")."""
        if _WORD_RUN_RE.fullmatch(word):
            return written_as_word(self.doc, word)  # no pass over the story per word
        return re.search(rf"\b{re.escape(word)}\b", self.doc.text) is not None

    def _outlet_place(self, span: Span) -> bool:
        """Whether a bare "the X" stands as an outlet's name does: a subject before its verb
        ("the X said", "the X must"), a possessive, or closing its clause ("shown by the
        X."), and not the end of a longer name ("Noggin the Nog", "Chancellor of the
        Exchequer") nor a modifier ("the Kyoto protocol", "the Republican party")."""
        text = self.doc.text
        head = text[max(0, span.start - 40) : span.start]
        if not re.search(r"\b[Tt]he $", head):
            return False
        if re.search(r"(?:[A-Z][\w'’-]*|\bof|\bfor)\s+[Tt]he $", head) and not re.search(
            r"(?:^|[.!?\"“]\s*)(?:[A-Z]\w*\s+)?[Tt]he $", head
        ):
            return False  # after a name's word or "of"/"for": part of a longer name
        tail = text[span.end : span.end + 30]
        if _POSSESSIVE_END_RE.search(text, span.start, span.end) or re.match(
            r"['’]s\b|\s*[,.;:!?)\"”]", tail
        ):
            return True
        word = self._after(span)  # past an adverb: "the X now negotiates"
        if not word:
            return False
        if word in ("to", "that"):
            # The object a verb of telling or urging reaches: "urged the X to give",
            # "warned the X that", as "urged the BBC to" ("fell to the lowest" is no verb's).
            before = _WORD_BEFORE_RE.search(head[:-4])
            return before is not None and before.group(1) in _TELLING_VERBS
        if word in _word_set(self.ctx, OUTLET_ACTS, "key"):
            return True  # a contraction's first part too: "the X doesn't"
        from wirelint.analysis.inflection import lemminflect

        lemmas = lemminflect().getAllLemmas(word)
        verb = lemmas.get("VERB", ())
        return "AUX" in lemmas or (bool(verb) and word not in verb)

    def _after(self, span: Span) -> str:
        """What follows a name as a subject or an owner: a verb ("said"), "'s", or nothing."""
        tail = self.doc.text[span.end : span.end + 30]
        if re.match(r"['’]s\b", tail) or _POSSESSIVE_END_RE.search(
            self.doc.text, span.start, span.end
        ):
            return "'s"
        m = re.match(r" ([a-z]+)\b(?: ([a-z]+)\b)?", tail)
        if m is None:
            return ""
        if m.group(2) and m.group(1) in _word_set(self.ctx, OUTLET_ACT_ADVERBS, "key"):
            return m.group(2)  # "the BBC now negotiates", "The BBC already has"
        return m.group(1)

    def _spelling(self, word: str) -> str:
        """The story's capitalised spelling of a normalised word."""
        return word[:1].upper() + word[1:]

    def before_title(self, slot: BodySlot) -> BodySlot:
        """The slot's words up to a title or a body that opens the next name: "told the
        Portal Mr Howard had" holds `Portal`, the words after it are the sentence's."""
        words = slot.text.split()
        cut = next(
            (
                i
                # A title with a name after it ("Mr Howard"), not a body's last word
                # ("the Summit Group could"): the name is a person's.
                for i in range(1, len(words) - 1)
                if _key(words[i]) in self.not_brands and _key(words[i]) not in self.tails
            ),
            None,
        )
        if cut is None or " ".join(words) != slot.text:
            return slot
        text = " ".join(words[:cut])
        span = Span(slot.span.start, slot.span.start + len(text))
        return replace(slot, text=text, span=span, tail="")

    def held_throughout(self, slot: BrandSlot) -> bool:
        """A word the story writes only in its brand slots, three times or more and in two
        kinds of phrase ("told Zentrix" twice, "Zentrix reporter Jane Doe"): a person
        would be introduced by a full name, a firm named outside the slots."""
        head = norm(slot.text.split()[0])
        held = self.slots_of.get(head, [])
        return (
            len(held) >= 3
            and len({s.pattern for s in held}) >= 2
            and not self.names[head]
            and head not in self.after_names
        )

    def with_head(self, slot: BodySlot) -> BodySlot:
        """A one-word slot holding an outlet's desk word ("Media", "News") with a name
        right before it: the brand is both ("Zentrix Media correspondent Jane Doe" holds
        `Zentrix Media`, not `Media`)."""
        if " " in slot.text or _key(slot.text) not in self.tails:
            return slot
        at = slot.span.start
        m = _NAME_BEFORE_RE.search(self.doc.text, max(0, at - 30), at)
        if (
            m is None
            or norm(m.group(1)) in STOPWORDS
            or _key(m.group(1)) in self.not_brands
            or is_dictionary_word(norm(m.group(1)))  # "Follow Wire's coverage": a verb
        ):
            return slot
        span = Span(m.start(1), slot.span.end)
        phrase = slot.phrase
        if phrase.startswith(slot.text):
            phrase = f"{m.group(1)} {phrase}"
        return replace(slot, text=self.doc.slice(span), span=span, phrase=phrase)

    def echoes(self, slot: BrandSlot, mine: list[BrandSlot]) -> bool:
        """Whether a slot stands as the story's own outlet stands elsewhere: the same phrase
        kind, or an outlet's form of its own ("Zentrix Sport", "the Zentrix" after a verb)."""
        if not isinstance(slot, BodySlot):
            return False
        lead = self._lead(slot.span.start)
        if any(
            (isinstance(s, BodySlot) and s.pattern == slot.pattern)
            or (lead and self._lead(s.span.start) == lead)
            for s in mine
        ):
            return True
        words = slot.text.split()
        if len(words) > 1 and all(_key(w) in self.tails for w in words[1:]):
            return True
        at = slot.span.start
        return not slot.sentence_start and self.doc.text[max(0, at - 4) : at] == "the "

    def newsroom_stand_in(self, slot: BrandSlot) -> bool:
        """A word English lacks in a form of the newsroom's own reporting ("Newsora caught
        up with", "Newsora' count"), named nowhere else, in copy naming its own outlet
        elsewhere ("told Wikinews"): a person the story quotes is introduced by a full
        name, and a firm it quotes does not report ("a survey by Hostway")."""
        return (
            isinstance(slot, BodySlot)
            and slot.newsroom
            and not self.names[norm(slot.text.split()[0])]
        )

    def written_as_body(self, slot: BodySlot) -> bool:
        """A slot's word after a lower-case "the", before no more capitalised words and
        before no noun of its own ("told the Euromoney conference": a modifier)."""
        at = slot.span.start
        after = _WORD_AFTER_RE.match(self.doc.text, slot.span.end)
        return (
            not slot.sentence_start
            and not slot.hint
            and " " not in slot.text
            and not slot.tail
            and self.doc.text[max(0, at - 4) : at] == "the "
            and not (after and _is_singular_noun_only(after.group(1)))
        )

    def _lead(self, at: int) -> str | None:
        """The lower-case word before a brand, past a "the" ("told" in "told the BBC")."""
        text = self.doc.text
        head = text[max(0, at - 40) : at]
        head = head[:-4] if head.endswith("the ") else head
        m = _WORD_BEFORE_RE.search(head)
        return m.group(1) if m is not None and m.group(1) not in ("a", "an") else None

    def _before_plural(self, slot: BodySlot) -> bool:
        """Whether a lower-case plural noun follows the slot's word, past the end of its
        phrase, and no verb after it ("told Western diplomats", not "told Reuters
        shareholders were entitled")."""
        if not slot.phrase.endswith(slot.text):
            return False  # the phrase goes on past the word: "two X journalists were held"
        m = re.match(r" ([a-z]+)\b( [a-z]+)?", self.doc.text[slot.span.end : slot.span.end + 40])
        if m is None or not _is_plural_noun(m.group(1)):
            return False
        # "told Reuters shareholders were entitled": the plural opens the reported clause.
        return (m.group(2) or "").strip() not in _CLAUSE_VERBS

    def _numbered_group(self, slot: BodySlot) -> bool:
        """ "the so-called Guildford Four,": a group named by a place and its number, closing
        its clause, not a channel: a channel is read by what follows it ("BBC Four's",
        "BBC Two last night"). The place's word is one English lacks, as an invented
        brand's is.
        """
        tail = slot.tail.split()
        end = slot.span.end + len(slot.tail)
        return (
            bool(tail)
            and (tail[0].isdigit() or tail[0].casefold() in _NUMBER_WORDS)
            and _CLAUSE_END_RE.match(self.doc.text, end) is not None
        )

    def _not_its_service(self, head: str, part: str) -> bool:
        """An English word naming an outlet, with a service no form of it has.

        "the Herald" may be the Glasgow paper, but "Herald Radio 4" and "Herald One" are
        no service of it: the word stands where another outlet's name stood.
        """
        if part not in self.tails or not is_dictionary_word(head):
            return False
        return f"{head} {part}" not in _two_word_forms(self.ctx, self.canonical)

    def verdict(self, slot: BodySlot) -> tuple[str | None, str | None]:  # noqa: C901, PLR0912
        words = slot.text.split()
        keys = [_key(w) for w in words]
        agency = self.agency_of(slot)
        if agency is not None:
            return "agency", agency
        if self.ctx.config.is_allowed(slot.text) or self.ctx.config.is_allowed(words[0]):
            return None, None
        if PlaceholderBrand._is_fill_in_mark(self.doc, slot, self.marks, self.patterns):
            return None, None
        key = " ".join(keys)
        if key in self.proofs:
            return "placeholder", None
        if slot.hint and not self._corroborated(norm(words[0])):
            return None, None  # "a Horizon documentary", "the Test series": evidence only
        if key in self.placeholders or keys[0] in self.placeholders:
            return "placeholder", None
        name = _without_desks(keys, self.tails)
        if len(name) > 1 and name[-1] in self.name_ends:
            # "told the Thomson Portal", "Thomson Portal News": a template word ending a
            # name no pack lists (known outlets returned above) is the brand replaced.
            return "placeholder", None
        if keys[0] in self.not_brands:
            return None, None  # "told Parliament", "a Treasury analysis", "told Mr Brown"
        head = norm(words[0])
        own = sum(norm(w) == head for w in words) if len(words) > 1 else 0
        if not head.isalpha() or head in self.after_names:
            return None, None  # no word, or a person or place ("Vladimir Putin")
        outlet = self._outlet_form(slot)
        corroborated = self._corroborated(head)
        named = self.names[head]
        if slot.strict and self.branded:
            # Where only a news organisation stands, in copy with a brand of its own, the
            # word's bare uses ("the Kiosk said", "Kiosk's") are that organisation: a
            # person is named without "the", a body the story names is named in full.
            named -= self.bare[head]
        if named > own and not (outlet or corroborated):
            # A person or organisation the story names. In an outlet's own form the word
            # used alone elsewhere ("the Portal said") is the same outlet: judged on.
            return None, None
        unbare = named if slot.strict and self.branded else named - self.bare[head]
        if (
            outlet
            and not corroborated
            and unbare > own
            and unbare - self._outlet_shaped(words[0]) > own
        ):
            # ... but used elsewhere other than alone after "the" ("researchers at
            # Sophos" beside "told the Sophos website"), it is a firm the story names;
            # a use with an outlet's word after it ("the Portal Four World Cinema
            # Award") is the outlet's own.
            return None, None
        if len(keys) == 2 and keys[1] not in self.tails and self._two_word_stand_in(slot):
            return "placeholder", None
        if len(name) == 2 and len(keys) > 2 and self._two_word_stand_in_with_desks(slot, keys):
            return "placeholder", None  # "told Sidrea Cobbler News there were"
        if len(keys) > 1 and keys[1] not in self.tails:
            return None, None  # a name of several words ("Daily Record"): not guessed
        if words[0].isupper() and len(words[0]) <= 5:
            return None, None  # an acronym ("told MPs", "told KCNA")
        if head in STOPWORDS:
            return None, None  # "It reported that", "He was unable to confirm"
        at = slot.span.start
        if not slot.sentence_start and self.doc.text[max(0, at - 4) : at] == "The ":
            return None, None  # a title with its capital "The" ("told The Verge")
        newsroom_only = self._newsroom_only(slot, head, named, own)
        if is_dictionary_word(head):
            if not _has_noun_reading(head) and not newsroom_only:
                return None, None  # "according to the Nationwide": no noun stands there
            if (
                _is_plural_noun(head)
                and not slot.strict
                and not self._plural_stand_in(slot, head, named, own, outlet)
                and not self._singular_possessive(words[0])
            ):
                # "Employees and Technicians discussed the offer": a brand is one thing.
                return None, None
            if not slot.strict and not slot.tail and self._before_plural(slot):
                # "told Western diplomats", "told Local residents": a capitalised word
                # before a plural noun describes the people told; no outlet stands there.
                return None, None
            if slot.sentence_start and not (
                (_is_singular_noun_only(head) and not self._before_common_noun(slot))
                or (
                    (slot.strict or outlet or self.branded)
                    and not (_is_plural_noun(head) and not self._singular_possessive(words[0]))
                )
            ):
                # Opening a sentence, a capital says nothing: "Officials could not
                # confirm", "Early estimates". A bare singular noun there is a name, and
                # in a slot only a news organisation fills, any singular word is.
                return None, None
            return "placeholder", None
        frequency = english_frequency(head)
        # A form only an outlet takes ("Zentrix has learned"): in copy whose brand is
        # known, its brand.
        # An outlet's own form: its pattern's, or the word with its desks ("told Zentrix
        # News", "Zentrix Radio Scotland"), where a person's name takes none.
        desks = len(keys) > 1 and _head(key, self.tails) == keys[0]
        own_outlet = (slot.outlet or desks) and not self.names[head] and not self._in_dateline(head)
        if (
            frequency == 0
            and not self.branded
            and self.written_as_body(slot)
            and words[0][1:].islower()
        ):
            # With no brand known, a word English has never seen written as a body is
            # ("told the Newsora."): the brand replaced, or an outlet no pack lists.
            return "unlisted", None
        if (slot.strict or corroborated or (own_outlet and self.branded)) and (
            frequency < COMMON_FREQUENCY
        ):
            # Where only a news organisation stands, or an outlet's forms twice over,
            # a word English hardly knows ("Zentrix One's", "told Zentrix News") is one.
            return "placeholder", None
        if (
            own_outlet
            and frequency == 0
            and words[0][1:].islower()
            and not self._numbered_group(slot)
        ):
            # With no brand known, an outlet's form ("told Zentrix Sport", "screened on
            # Zentrix One", "Zentrix political editor Jane Doe") holding a word English
            # has never seen, named nowhere else: the brand replaced, or an outlet no
            # pack lists (the message says which to do). A word with capitals inside
            # ("PLoS One") is an abbreviation or a house style.
            return "unlisted", None
        # A word English has never seen, where a person or an outlet may stand: the
        # caller decides, by whether the story is agency copy with a brand of its own.
        # Opening a sentence, a word English lacks is a name still when "The" stands
        # before it ("The Zentrix's Jane Doe in Rome says").
        # Opening a sentence with no "The", it is a name still if the story names it
        # nowhere else: "Zentrix caught up with Dr Jane Doe" (a person is introduced).
        after_the = self.doc.text[max(0, at - 4) : at] in ("The ", "the ")
        opening = slot.sentence_start and not after_the and self.names[head] > 0
        if frequency == 0 and not opening and words[0][1:].islower():
            before = _WORD_BEFORE_RE.search(self.doc.text, max(0, at - 30), at)
            if before is not None and _is_singular_noun_only(before.group(1)):
                return None, None  # a person after their title: "singer Jillea attended"
            return "unfamiliar", None
        if (
            newsroom_only
            and words[0][1:].islower()
            and (slot.outlet or slot.phrase.endswith(slot.text))
        ):
            # "told the Viking.", "Atlantis Radio 4's Today programme": a name English
            # knows, where only a news organisation stands and written as one, that the
            # story names nowhere else: a person or place it quotes would be named. Not
            # a word before the slot's noun ("the French news agency"): a nationality.
            return "placeholder", None
        return None, None

    def _two_word_stand_in(self, slot: BodySlot) -> bool:
        """Two words where the story's own brand stands (`told Kleklol Gleaming.`, `a
        Zentrix Harbour reporter saw`), in copy whose brand is known: a find-and-replace's
        two-word stand-in when both are written as names, neither is named anywhere else
        in the story, the first is a word English has never seen and the second one
        thing's name, not a firm's or a body's kind (`firm-name-ends`, `slot-not-brands`:
        `Nomura Research`, `Salomon Brothers`). A person told is named again (`told
        Xiomara Castro` ... `Castro said`); a name of two English words (`told Scientific
        American`, `according to Juniper Research`) is a body no pack lists."""
        words = slot.text.split()
        if slot.hint or not (self.branded or self._before_own_service(slot)):
            return False
        if not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words):
            return False
        keys = [norm(w) for w in words]
        if any(k in self.not_brands or k in self.firm_ends or k in STOPWORDS for k in keys):
            return False
        times = self.doc.text.count(slot.text)
        if not all(self.names[k] <= times for k in keys) or _is_plural_noun(keys[1]):
            return False
        return not english_frequency(keys[0]) or self._common_words_stand_in(slot, keys)

    def _two_word_stand_in_with_desks(self, slot: BodySlot, keys: list[str]) -> bool:
        """Two words and the desks an outlet's name ends with ("told Sidrea Cobbler News",
        `outlet-name-desks`), read as a two-word name with its desks after it, as the
        service forms read it. Other parts end other names: "told Good Morning Wales" is
        a programme, "told Agence France Press" an agency."""
        desks = _word_set(self.ctx, OUTLET_NAME_DESKS, "key")
        if not all(k in desks for k in keys[2:]):
            return False
        words = slot.text.split()
        tail = " " + " ".join(words[2:]) + slot.tail
        return self._two_word_stand_in(replace(slot, text=" ".join(words[:2]), tail=tail))

    def _before_own_service(self, slot: BodySlot) -> bool:
        """Whether the slot is a form only an outlet takes, or one where the newsroom alone
        is told (`two-word-slots`), with the outlet's own service after it ("told
        Moorings Newsreader Radio 4's", "Steklemea Sealer World Service's", "told Sidrea
        Cobbler News"): the form says an outlet stands there even when the story names
        no brand of its own (a one-mention story whose one mention was replaced)."""
        tail = slot.tail.split()
        return (
            ((slot.strict and slot.outlet) or slot.pattern.casefold() in self.two_word_slots)
            and bool(tail)
            and _key(tail[0]) in self.tails
        )

    def _common_words_stand_in(self, slot: BodySlot, keys: list[str]) -> bool:
        """Two English or coined words where the story speaks of its own newsroom and no
        one else's (`two-word-slots`: "told Chintz Woodcock", "according to a Threesome
        Miller tally"): a find-and-replace's stand-in. A name a reader knows is made of
        other words: a given name (`told Jane Smith`, `told Rose Hill`: `given-name-words`),
        a place (`told Capitol Hill`: `place-name-ends`), a paper (`Morning Star`:
        `paper-name-ends`), a firm whose words English lacks (`Goldman Sachs`), a title
        with its capital "The" (`told The Daily Beast`), or people described (`told
        Downing Street officials`)."""
        if slot.pattern.casefold() not in self.two_word_slots:
            return False
        if not all(is_dictionary_word(k) or not english_frequency(k) for k in keys):
            return False
        if keys[0] in self.given_names or keys[1] in self.place_ends or keys[1] in self.paper_ends:
            return False
        if self._before_plural(slot):
            return False
        at = slot.span.start
        return self.doc.text[max(0, at - 4) : at] not in ("The ", "the ")

    def _before_common_noun(self, slot: BodySlot) -> bool:
        """Whether a lower-case word that is a singular noun and nothing else follows the
        slot's word: opening a sentence, a singular noun before another describes it
        ("Veteran commentator John Motson", "Football pundit Alan Hansen"), where alone
        it could only be a name. A word that may be a verb ("Kiosk notes") is the name's."""
        following = _WORD_AFTER_RE.match(self.doc.text, slot.span.end)
        return following is not None and _is_singular_noun_only(following.group(1))

    def _plural_stand_in(
        self, slot: BodySlot, head: str, named: int, own: int, outlet: bool
    ) -> bool:
        """A capitalised plural where a brand stands, in copy with a brand of its own, named
        nowhere else. A stand-in ending in s reads as a plural, but a group the story is
        told about is written in lower case ("told reporters.") or named again, and takes
        no outlet's part: "a trade official told Prophets.", "he told Velvets Sport:",
        "she told Tarantulas One's Breakfast with Frost". Closing the clause, groups
        English capitalises ("Democrats", "Catholics", "Maoists") end as a people's
        name does. Where the newsroom alone is told (`two-word-slots`), wire copy goes on
        past it with a time, a place or the reported clause ("told Negotiators in an
        interview", "told Lenders the group considered"): a plural there is one thing's
        name, as at a clause end."""
        if not self.branded or slot.sentence_start or named > own:
            return False
        if outlet:
            return True
        if not slot.phrase.endswith(slot.text) or head.endswith(_GROUP_ENDINGS):
            return False
        return _CLAUSE_END_RE.match(self.doc.text, slot.span.end) is not None or (
            slot.pattern.casefold() in self.two_word_slots
            and _TOLD_ADJUNCT_RE.match(self.doc.text, slot.span.end) is not None
        )

    def _outlet_shaped(self, word: str) -> int:
        """How often the story writes ``word`` outside its slots with an outlet's word
        after it ("Portal Four", "Portal Radio"): uses an outlet's name takes."""
        if self._shaped is None:
            # Every capitalised word with a capitalised outlet's word after it, found in
            # one scan of the story (asked per word, a scan each would grow with the
            # square of a long story).
            self._shaped = {}
            for m in _CAPITAL_PAIR_RE.finditer(self.doc.text):
                if _key(m.group(2)) in self.tails:
                    self._shaped.setdefault(m.group(1), []).append(m.start())
        in_slots = {s.span.start for s in self.slots_of.get(norm(word), [])}
        return sum(at not in in_slots for at in self._shaped.get(word, ()))

    def _newsroom_only(self, slot: BodySlot, head: str, named: int, own: int) -> bool:
        """A slot only a news organisation fills, its word written as one: after a
        lower-case "the" ("told the X.") or in an outlet's own form ("X Radio 4's", "X's
        Today programme"), not opening a sentence, named nowhere else in the story, and
        no people or team ("told the Indians", a plural a brand never is)."""
        at = slot.span.start
        return (
            slot.strict
            and not slot.sentence_start
            and (slot.outlet or self.doc.text[max(0, at - 4) : at] == "the ")
            and named <= own
            and not (
                head.endswith("s")
                and not head.endswith("ss")
                and not self._singular_possessive(slot.text.split()[0])
            )
        )

    def _singular_possessive(self, word: str) -> bool:
        """Whether the story writes an English plural as one thing: with "'s" after it
        ("the Gouts's spending", "the Mutants's head of development"), as a
        find-and-replace over "the BBC's" writes it, where a plural takes the bare mark
        ("the Beatles' songs"); or as the subject of a verb in the singular ("the
        Substrates now negotiates", "the Tailgates has said"; `outlet-acts` with no noun
        reading, past `outlet-act-adverbs`). A name ending in s that English has no
        plural for ("the Jones's house", "the Simpsons is") is a family's or a show's."""
        if not word.endswith("s") or word.endswith("ss") or not _is_plural_noun(word.casefold()):
            return False
        if self._s_possessives is None:
            # Found in one scan of the story, when first asked (a scan per word would
            # grow with the square of a long story).
            singular = {
                w
                for w in _word_set(self.ctx, OUTLET_ACTS, "key")
                if w in _SINGULAR_AUXILIARIES or (w.endswith("s") and not _has_noun_reading(w))
            }
            adverbs = _word_set(self.ctx, OUTLET_ACT_ADVERBS, "key")
            text = self.doc.text
            # Not a title's last word: "Top of the Pops is to move", "Lord of the Rings's".
            self._s_possessives = {
                m.group(1).casefold()
                for m in _possessive_plurals(text)
                if not _TITLE_TAIL_RE.search(text, max(0, m.start() - 40), m.start())
            }
            for m in _S_SUBJECT_RE.finditer(text):
                verb = m.group(3) if m.group(2) in adverbs and m.group(3) else m.group(2)
                if verb in singular and not _TITLE_TAIL_RE.search(
                    text, max(0, m.start() - 40), m.start()
                ):
                    self._s_possessives.add(m.group(1).casefold())
        return word.casefold() in self._s_possessives


def _possessive_plurals(text: str) -> Iterator[re.Match[str]]:
    """``_S_POSSESSIVE_RE.finditer(text)``, read only on the lines holding its cue.

    Every match holds an "s" and "'s" after it, and none crosses a line (its characters
    are word characters, hyphens and the mark): the lines holding the cue, found in C,
    hold every match, and a line read alone gives the same matches, its look back seeing
    the story before it and its line break ending a word as the story's does.
    """
    done = -1  # where the last line read ends
    for cue in _S_POSSESSIVE_CUE_RE.finditer(text):
        if cue.start() < done:
            continue
        start = text.rfind("\n", 0, cue.start()) + 1
        done = text.find("\n", cue.end())
        done = len(text) if done < 0 else done
        yield from _S_POSSESSIVE_RE.finditer(text, start, done)
