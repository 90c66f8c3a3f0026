"""WL201 in body copy: the brand where a sentence names the story's own agency."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import corpus_files, flagged, lint
from wirelint.errors import PackError
from wirelint.packs import Packs, load_pack_file

LEAD = "KYIV, Jan 4 (Reuters) - The ministry said on Wednesday that the strike killed 89 soldiers."
NO_DATELINE = "The ministry said on Wednesday that the strike killed 89 soldiers."


def story(sentence: str, lead: str = LEAD) -> str:
    return f"Strike kills soldiers\n\n{lead}\n\n{sentence}\n"


MUST_FLAG = [
    # The slot forms agency copy uses, each with another placeholder word.
    ("A senior official told Portal the toll would rise.", "Portal"),
    ("\u201cWe will rebuild,\u201d she told Gateway in an interview.", "Gateway"),
    ("The mayor said in an interview with Beacon that the city was calm.", "Beacon"),
    ("Speaking to Outlet on Tuesday, the envoy said talks would resume.", "Outlet"),
    ("A Lantern survey showed support for the plan at 41%.", "Lantern"),
    ("According to a Compass tally, at least 40 people have died.", "Compass"),
    ("A Relay/Ipsos poll put the governor ahead.", "Relay"),
    ("Prism calculations based on official data show a 12% fall.", "Prism"),
    ("Economists polled by Ledger had expected a smaller fall.", "Ledger"),
    ("Kiosk's own analysis of shipping data found 12 more vessels.", "Kiosk"),
    ("The figures are in a letter seen by Harbor.", "Harbor"),
    ("Documents reviewed by Summit show the payments.", "Summit"),
    ("Mosaic could not independently verify the footage.", "Mosaic"),
    ("Orbit was unable to reach the company for comment.", "Orbit"),
    ("Terminal has not been able to confirm the number of casualties.", "Terminal"),
    ("A Vector reporter saw smoke rising from the building.", "Vector"),
    ("A Frontier witness said police fired tear gas.", "Frontier"),
    ("Keystone reported on Monday that the talks had failed.", "Keystone"),
    ("The plan was first reported by Meridian last week.", "Meridian"),
    ("Two officials told the Courier news agency the vote was delayed.", "Courier"),
    ("(Signal Breakingviews) The deal makes sense.", "Signal"),
    # A name English does not have, where only a news organisation stands.
    ("Zentrix could not independently verify the report.", "Zentrix"),
    # ... and where a person could stand too, in agency copy that names no such person.
    ("A senior official told Novacast the toll would rise.", "Novacast"),
    # At the end of a line, and inside a quotation.
    ("The toll would rise, a senior official told Pulse", "Pulse"),
    ("\u201cI told Beacon everything I knew,\u201d he said.", "Beacon"),
]


@pytest.mark.parametrize(("sentence", "word"), MUST_FLAG)
def test_a_placeholder_in_a_body_brand_slot_is_reported(sentence: str, word: str) -> None:
    assert flagged(story(sentence), "WL201") == [word]


@pytest.mark.parametrize(("sentence", "word"), MUST_FLAG[:4])
def test_without_a_dateline_a_common_word_in_a_slot_is_still_reported(
    sentence: str, word: str
) -> None:
    assert flagged(story(sentence, NO_DATELINE), "WL201") == [word]


MUST_NOT_FLAG = [
    # The real brand, and other agencies quoted in a Reuters story.
    "A senior official told Reuters the toll would rise.",
    "A senior official told AFP the toll would rise.",
    "Peskov told Interfax the talks were over.",
    "He told the BBC's Today programme the figure was wrong.",
    "He told BBC Radio 4 the figure was wrong.",
    "He told the Mail on Sunday the figure was wrong.",
    # The same words as ordinary nouns.
    "Users of the web portal said the trading platform was down.",
    "A source said the ferry had crossed the English Channel.",
    "A bulletin from the harbour master said a news feed had failed.",
    # People, bodies and programmes a sentence tells.
    "Vladimir Putin spoke. The minister told Putin the talks were over.",
    "The minister told Parliament the talks were over.",
    "The minister told MPs the talks were over.",
    "The minister told Mr Brown the talks were over.",
    "Speaking to Martin Smith of PBS, he said the deal was close.",
    "He told the News of the World he would stay.",
    # Common words opening a sentence before a slot phrase.
    "Officials could not confirm the report.",
    "It reported on Friday that passenger numbers rose.",
    "He was unable to confirm the tonnages involved.",
    "Early estimates from the World Bank put the cost at $5bn.",
    "Further analysis of these records could help.",
    # Pollsters and publications with their own names.
    "A YouGov poll suggested 75% of respondents agreed.",
    "A Gallup poll showed support for the plan.",
    "Chakrapani told ThePrint the party would go ahead.",
]


@pytest.mark.parametrize("sentence", MUST_NOT_FLAG)
def test_real_copy_in_slot_shapes_is_not_reported(sentence: str) -> None:
    assert lint(story(sentence), "WL201") == []


def test_an_outlet_the_config_allows_is_not_reported() -> None:
    text = story("A senior official told Beacon the toll would rise.")
    assert lint(text, "WL201", allow=frozenset({"beacon"})) == []


def test_the_finding_points_at_where_the_brand_stands() -> None:
    text = story("A senior official told Portal the toll would rise.")
    (d,) = lint(text, "WL201")
    assert [text[n.span.start : n.span.end] for n in d.notes] == ["Reuters"]
    # Without a configured brand the fix to the dateline's agency is unsafe ...
    assert [(f.edits[0].replacement, f.applicability.name) for f in d.fixes] == [
        ("Reuters", "UNSAFE")
    ]
    # ... with one, it is safe.
    (d,) = lint(text, "WL201", brand="Reuters")
    assert [(f.edits[0].replacement, f.applicability.name) for f in d.fixes] == [
        ("Reuters", "SAFE")
    ]


def test_a_word_a_structural_slot_proves_a_placeholder_is_reported_where_it_is_a_name() -> None:
    text = (
        "Strike kills soldiers\n\n"
        "KYIV, Jan 4 (Channel) - The ministry said the strike killed 89 soldiers.\n\n"
        "Channel has covered the war since 2014, and Channel staff were nearby. "
        "Ferries crossing the English Channel were delayed, and Channel 4 aired it.\n"
    )
    found = lint(text, "WL201")
    spans = [(d.span.start, text[d.span.start : d.span.end]) for d in found]
    assert [w for _, w in spans] == ["Channel", "Channel", "Channel"]
    dateline = text.index("(Channel)") + 1
    assert spans[0][0] == dateline
    # The body's uses each point at the dateline that proved the word a placeholder.
    assert all(any(n.span.start == dateline for n in d.notes) for d in found[1:])


def test_a_story_with_only_another_agency_quoted_has_no_finding() -> None:
    text = story("Peskov told AFP the talks were over. He told Interfax the same.")
    assert lint(text, "WL201") == []


def test_notes_stay_few_on_a_story_with_many_slots() -> None:
    # Linear in the number of slots: a thousand placeholders, three notes each at most.
    body = " ".join(["A senior official told Portal the toll would rise."] * 1000)
    found = lint(story(body), "WL201")
    assert len(found) == 1000
    assert max(len(d.notes) for d in found) <= 4


def _pack(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "slots.toml"
    path.write_text(f"[body-brand-slots.mine]\n{body}\n", encoding="utf-8")
    return path


def test_a_slot_pattern_that_misses_its_own_example_does_not_load(tmp_path: Path) -> None:
    path = _pack(
        tmp_path,
        "pattern = '\\bquoted\\s+by\\s+{brand}'\nexamples = [\"as told to [Portal]\"]",
    )
    with pytest.raises(PackError, match="does not find `Portal`"):
        load_pack_file(path)


def test_a_slot_pattern_that_matches_its_not_example_does_not_load(tmp_path: Path) -> None:
    path = _pack(
        tmp_path,
        "pattern = '\\bquoted\\s+by\\s+{brand}'\n"
        'examples = ["quoted by [Portal]"]\nnot-examples = ["quoted by Smith"]',
    )
    with pytest.raises(PackError, match="not-example"):
        load_pack_file(path)


def test_a_newsroom_slot_pack_adds_a_slot(tmp_path: Path) -> None:
    path = _pack(
        tmp_path,
        "pattern = '\\bquoted\\s+by\\s+{brand}'\nstrength = \"strong\"\n"
        'examples = ["quoted by [Portal]"]',
    )
    packs = Packs([path])
    assert "mine" in packs.section("body-brand-slots")
    assert "told" in packs.section("body-brand-slots")


def test_clean_corpus_copy_has_no_body_slot_finding() -> None:
    files = corpus_files(every=4)
    noisy = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        for d in lint(text, "WL201"):
            if "the body" in d.message:
                noisy.append(f"{path.name}: {d.message}")
    assert noisy == []


BYLINE_BODY = "The Transport Secretary has pledged an extra 150 million pounds for bus routes."


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Jane Smith, Portal Political Correspondent", ["Portal"]),
        ("By JANE DOE Newsroom", ["Newsroom"]),
        ("By Jane Doe, Outlet", ["Outlet"]),
        ("By Jane Smith, PA Political Correspondent", []),
        ("By JANE DOE Associated Press", []),
        ("By Jane Doe, Washington", []),
        ("By Jane Doe, Political Editor", []),
    ],
)
def test_the_agency_in_a_byline_is_a_brand_slot(byline: str, expected: list[str]) -> None:
    text = f"Minister pledges money\n\n{byline}\n\n{BYLINE_BODY}\n"
    assert flagged(text, "WL201") == expected


def test_the_parts_and_places_left_unscanned_hold_no_slot(monkeypatch: pytest.MonkeyPatch) -> None:
    # The word index, the part tests and the opening literals only spare work: every
    # pattern scanned over every part finds the same slots, on slot forms and clean copy.
    from wirelint.analysis import body_slots
    from wirelint.config import Config
    from wirelint.document.model import parse_document
    from wirelint.packs import packs_for

    forms = " ".join(sentence for sentence, _ in MUST_FLAG)
    copy = "\n\n".join(path.read_text(encoding="utf-8") for path in corpus_files()[:40:4])
    doc = parse_document(story(forms) + "\n" + copy)
    patterns = list(packs_for(Config().packs).section(body_slots.BODY_SLOTS).values())
    body_slots.forget_hits()
    planned = body_slots.body_brand_slots(doc, patterns)
    assert len(planned) >= len(MUST_FLAG)

    def every_part(doc: object, parts: list[object], patterns: list[object]) -> list[object]:
        return [(part, [(pattern, None) for pattern in patterns]) for part in parts]

    monkeypatch.setattr(body_slots, "_worth_scanning", every_part)
    body_slots.forget_hits()  # else every part's hits are read back, not scanned
    assert body_slots.body_brand_slots(doc, patterns) == planned


def test_a_re_lint_after_an_edit_finds_the_slots_a_first_lint_finds() -> None:
    # The hits of the parts not edited are read back by their text; the edited part's
    # are scanned among the parts alone. Both give what a first lint of the story gives:
    # the slots in every part, none inside a structural slot, at the story's offsets.
    from wirelint.analysis import body_slots
    from wirelint.config import Config
    from wirelint.document.model import parse_document
    from wirelint.packs import packs_for

    patterns = list(packs_for(Config().packs).section(body_slots.BODY_SLOTS).values())
    paragraphs = [sentence for sentence, _ in MUST_FLAG[:12]]
    before = story(" ".join(paragraphs[:6])) + "\n" + "\n\n".join(paragraphs[6:]) + "\n"
    # A sentence added to the first paragraph moves every later part's offsets.
    after = before.replace(paragraphs[0], "Officials met on Monday. " + paragraphs[0], 1)
    body_slots.forget_hits()
    body_slots.body_brand_slots(parse_document(before), patterns)
    edited = parse_document(after)
    taken = [edited.parts[0].span]  # the headline's words are taken by a structural slot
    again = body_slots.body_brand_slots(edited, patterns, taken)
    body_slots.forget_hits()
    first = body_slots.body_brand_slots(parse_document(after), patterns, taken)
    assert again == first
    assert [after[s.span.start : s.span.end] for s in again] == [s.text for s in again]
    assert len(first) >= 12


def test_a_story_of_more_parts_than_are_kept_finds_the_same_slots(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A story of more parts than the kept hits hold (a long one) is scanned whole,
    # nothing looked up or kept; here "long" is more than two parts.
    from wirelint.analysis import body_slots
    from wirelint.config import Config
    from wirelint.document.model import parse_document
    from wirelint.packs import packs_for

    patterns = list(packs_for(Config().packs).section(body_slots.BODY_SLOTS).values())
    paragraphs = [sentence for sentence, _ in MUST_FLAG[:12]]
    doc = parse_document(story(" ".join(paragraphs[:6])) + "\n" + "\n\n".join(paragraphs[6:]))
    body_slots.forget_hits()
    kept = body_slots.body_brand_slots(doc, patterns)
    monkeypatch.setattr(body_slots, "_HITS_KEPT", 2)
    body_slots.forget_hits()
    assert body_slots.body_brand_slots(doc, patterns) == kept
    assert not any(hits for _, _, hits in body_slots._HITS.values())  # none kept
    assert len(kept) >= 12


def test_the_story_search_for_a_literal_chooses_every_part_holding_it() -> None:
    # Parts tested for a seldom literal by one search of the story: each part holding it
    # is chosen, also where its place overlaps one found before, across the parts' gap.
    from wirelint.analysis.body_slots import _parts_holding

    filler = "The ministry said on Wednesday that the strike killed 89 soldiers. " * 4
    parts = [filler + "See ((", "(( again " + filler, filler, filler + "x(", "((y " + filler]
    text = "".join(parts)
    starts = [sum(map(len, parts[:i])) for i in range(len(parts))]
    flags = _parts_holding(text, starts, [("((", False)])
    assert isinstance(flags, int)
    chosen = flags.to_bytes(len(parts), "little")
    assert all(c for c, p in zip(chosen, parts, strict=True) if "((" in p)
    # The place across the gap ("x(" and "(y") chooses the part before it too: a scan of
    # it finds nothing. A part far from any place is left out.
    assert list(chosen) == [1, 1, 0, 1, 1]


def test_a_pattern_is_searched_for_its_tail_only_where_the_tail_stands_alone() -> None:
    # The words after the brand, searched before a part is scanned in full: only where
    # every match holds them right after its brand.
    import re

    from wirelint.analysis.body_slots import _WORD, BRAND_GROUP, _tail

    def tail(template: str) -> str | None:
        got = _tail(re.compile(template.replace("{brand}", BRAND_GROUP), re.MULTILINE))
        return None if got is None else got.pattern

    # The brand's last word opens the tail: a capitalised word, then the words after it.
    assert tail(r"\btold\s+{brand}\s+(?:News|Online)\b") == _WORD + r"\s+(?:News|Online)\b"
    assert tail(r"\b[Tt]he\s+{brand}[)|(’']s\s+poll\b") == _WORD + r"[)|(’']s\s+poll\b"
    assert tail(r"\btold\s+{brand}\s+said|\bsays\b") is None  # a way around the brand
    assert tail(r"(?:\btold\s+{brand})\s+(?:News|Online)\b") is None  # inside a group
    assert tail(r"\b(told)\s+{brand}\s+\1\b") is None  # a back reference
    assert tail(r"\btold\s+{brand}") is None  # nothing after it
    found = re.compile(r"\btold\s+" + BRAND_GROUP + r"\s+(?:News|Online)\b").search(
        "She told Portal News that"
    )
    assert found is not None
    assert _tail(found.re) is not None
    assert _tail(found.re).match(found.string, found.start("brand")) is not None  # type: ignore[union-attr]
    # "report" after a lower-case word holds no brand before it.
    report = _tail(re.compile(r"\b[Aa]n?\s+" + BRAND_GROUP + r"\s+report\b"))
    assert report is not None
    assert report.search("the annual report said") is None
    assert report.search("a Portal report said") is not None
