"""WL201/WL202 recall on a placeholder in an agency's byline or credit line, per agency and shape.

The stories are written here (nobody's published copy), one layout per agency as it really
prints: Reuters, AP, AFP, Bloomberg, PA, dpa, Kyodo, UPI, Xinhua and the BBC. Each agency
has two bodies (one for tuning, one held out) and the byline and credit lines it prints:
"By NAME, Associated Press", "By NAME, KYODO NEWS", "(Reporting by ...; Editing by ...)",
"-- With assistance from ...", "Compiled by ...", "... contributed to this report",
copyright and contact lines. In a line, ``{...}`` marks the agency's name.

Every line is damaged once per placeholder: the agency's name in that line (every ``{...}``
of it) becomes a stand-in drawn fresh for the copy: an invented word from a syllable
generator, a plain English noun from the tagger's lexicon, or such a noun ending in s
("Lanterns"), never a word a rules/*.toml pack names. The line stands in a story that keeps
the real agency in its dateline and in one other line (``one``), or in a story where a
find-and-replace changed every mention (``all``); only the damaged line's placeholder is
scored. A line is held out when a salted hash of its text says so, and held-out lines stand
only in the held-out body. Clean copies (every line as written) count false alarms.

Usage: python benchmarks/bylines_credits_eval.py [--show 20]
"""

from __future__ import annotations

import argparse
import re
import sys
import zlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from brand_possessive_third import brand_flags, placeholder  # noqa: E402


@dataclass(frozen=True)
class Agency:
    name: str
    headline: tuple[str, str]  # tuning, held-out
    dateline: str  # "{...}" marks the agency's name
    bodies: tuple[str, str]  # tuning, held-out (paragraphs split by blank lines)
    bylines: tuple[tuple[str, str], ...]  # (shape, line)
    credits: tuple[tuple[str, str], ...]


AGENCIES = (
    Agency(
        "Reuters",
        (
            "Copper climbs as Chilean mine strike drags into second week",
            "Dutch growers warn of tulip bulb shortage after wet spring",
        ),
        "LONDON, March 14 ({Reuters}) - ",
        (
            "Copper prices rose for a third day on Thursday as a strike at one of Chile's "
            "largest mines entered its second week, with union leaders saying talks had stalled "
            "over bonuses.\n\nBenchmark copper on the London Metal Exchange gained 1.2% to "
            '$9,412 a tonne by 1030 GMT.\n\n"The market had priced in a short stoppage," said '
            'a metals analyst at a Swiss bank. "Nobody expected it to last this long."',
            "Dutch flower growers said on Tuesday that a cold and rainy spring had cut the tulip "
            "bulb harvest by as much as a fifth, and warned that prices for autumn planting "
            "would rise.\n\nThe growers' association said about 3,000 hectares had been "
            "flooded in March.\n\nExporters to Germany and the United States have already "
            "raised prices, a trader in Lisse said.",
        ),
        (
            ("By NAME (no agency)", "By Anna Kowalski"),
            ("By Agency Staff", "By {Reuters} Staff"),
            ("By NAME and Agency", "By Tom Hale and {Reuters}"),
            ("By NAME, Agency", "By Priya Nair, {Reuters}"),
        ),
        (
            (
                "(Reporting by ...; Editing by ...)",
                "(Reporting by Anna Kowalski; Editing by Mark Potter)",
            ),
            (
                "(Reporting by Agency desk; Editing by ...)",
                "(Reporting by {Reuters} Santiago newsroom; Editing by Jane Merriman)",
            ),
            (
                "Compiled by Agency desk",
                "Compiled by {Reuters} Bengaluru desk; Editing by Sonia Cheema",
            ),
            (
                "(Additional reporting by Agency ...)",
                "(Additional reporting by {Reuters} staff in Amsterdam; Writing by Bart Meijer; Editing by Alison Williams)",
            ),
            ("copyright line", "© {Thomson Reuters} 2024. All rights reserved."),
            (
                "Agency's ... contributed",
                "{Reuters}' Toby Sterling contributed reporting from Lisse.",
            ),
        ),
    ),
    Agency(
        "AP",
        (
            "Storm knocks out power to thousands along Gulf Coast",
            "School board votes to keep four-day week after parents protest",
        ),
        "MOBILE, Ala. ({AP}) — ",
        (
            "A line of severe thunderstorms swept across the Gulf Coast overnight, knocking out "
            "power to more than 80,000 homes and businesses and toppling trees onto roads, "
            "utility officials said Wednesday.\n\nCrews from three states were helping restore "
            "service, which could take until the weekend in some rural areas.\n\nNo deaths were "
            "reported.",
            "A rural school board voted 4-1 on Monday night to keep its four-day school week, "
            "after dozens of parents packed a meeting to say the schedule had made it easier to "
            "hire teachers.\n\nThe district switched to the shorter week two years ago to save "
            "on buses and heating.\n\nOne board member said test scores had slipped and asked "
            "for a review next spring.",
        ),
        (
            ("By NAME Agency (caps)", "By MARIA ORTIZ {Associated Press}"),
            ("By NAME, Agency", "By Maria Ortiz, {Associated Press}"),
            ("By The Agency", "By {The Associated Press}"),
            ("By NAME, Agency writer", "By Kevin McGill, {AP} Writer"),
        ),
        (
            (
                "Agency writer ... contributed",
                "{Associated Press} writer Jeff Martin in Atlanta contributed to this report.",
            ),
            (
                "___ Agency writers ... contributed",
                "___\n\n{Associated Press} writers Sara Cline and Jack Brook contributed.",
            ),
            (
                "copyright line",
                "Copyright 2024 {The Associated Press}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            ),
            (
                "Follow Agency's coverage",
                "Follow {AP}'s coverage of extreme weather at https://apnews.com/hub/weather",
            ),
            (
                "The Agency receives support",
                "{The Associated Press} education team receives support from several private foundations. {AP} is solely responsible for all content.",
            ),
            (
                "This story was first published by Agency",
                "This story was first published by {The Associated Press}.",
            ),
        ),
    ),
    Agency(
        "AFP",
        (
            "French wine harvest set to be smallest in half a century",
            "Thousands march in Lyon over pension reform",
        ),
        "PARIS ({AFP}) - ",
        (
            "France's wine harvest this year is expected to be the smallest in 50 years after "
            "frost, hail and disease hit vineyards from Burgundy to Bordeaux, the agriculture "
            "ministry said on Friday.\n\nThe ministry forecast 36 million hectolitres, down "
            'about 16 percent from last year.\n\n"It is a disaster for small growers," said '
            "a winemaker in the Loire valley.",
            "Several thousand people marched through Lyon on Saturday against a plan to raise "
            "the retirement age, the latest in a series of protests across France.\n\nPolice "
            "said 7,500 people took part, while unions put the figure at 20,000.\n\nA few "
            "shop windows were smashed near the end of the march.",
        ),
        (
            ("By NAME / Agency", "By Claire Dupont / {AFP}"),
            ("By NAME with Agency bureaus", "By Claire Dupont with {AFP} bureaus"),
            ("By NAME, Agency", "By Juliette Michel, {Agence France-Presse}"),
            ("NAME (Agency)", "Antoine Leroy ({AFP})"),
        ),
        (
            ("copyright line", "© {Agence France-Presse}"),
            ("copyright year", "Copyright {AFP} 2024. All rights reserved."),
            ("-- Agency", "-- {AFP}"),
            ("sign-off with slugs", "cd/sjw/rl ({AFP})"),
            ("with Agency in CITY", "With {AFP} in Bordeaux"),
            ("Agency's ... contributed", "{AFP}'s Paris bureau contributed to this report."),
        ),
    ),
    Agency(
        "Bloomberg",
        (
            "Hedge fund bets against yen swell to largest since 2007",
            "Indonesia weighs export ban on raw bauxite to build smelters",
        ),
        "({Bloomberg}) -- ",
        (
            "Hedge funds have built their biggest bet against the yen in 17 years, wagering "
            "that the central bank will move slowly to raise interest rates.\n\nLeveraged "
            "funds held net short positions of about 120,000 contracts in the week to Tuesday, "
            "according to data from the Commodity Futures Trading Commission.\n\nThe currency "
            "traded at 151.8 per dollar in Tokyo.",
            "Indonesia is considering a ban on exports of raw bauxite as soon as next year to "
            "push miners to build smelters at home, people familiar with the matter said.\n\n"
            "The plan is still being discussed and could change, the people said, asking not "
            "to be identified because the talks are private.\n\nBauxite exports were worth "
            "about $1 billion last year.",
        ),
        (
            ("By NAME (no agency)", "By Daniel Kruger"),
            ("By NAME, Agency News", "By Daniel Kruger, {Bloomberg} News"),
            ("By NAME | Agency", "By Eko Listiyorini | {Bloomberg}"),
            ("Agency News staff", "{Bloomberg} News staff"),
        ),
        (
            ("-- With assistance from ...", "--With assistance from Ruth Carson."),
            (
                "To contact the reporter",
                "To contact the reporter on this story:\nDaniel Kruger in Tokyo at dkruger4@{bloomberg}.net",
            ),
            (
                "To contact the editors",
                "To contact the editors responsible for this story:\nTom Redmond at tredmond@{bloomberg}.net",
            ),
            ("copyright line", "©2024 {Bloomberg} L.P."),
            ("More stories like this", "More stories like this are available on {bloomberg}.com"),
            (
                "-- With assistance from Agency's ...",
                "-- With assistance from {Bloomberg}'s Grace Sihombing.",
            ),
        ),
    ),
    Agency(
        "PA",
        (
            "Rail passengers face weekend disruption as engineers replace bridge",
            "Council tax bills to rise by almost 5% in most of England",
        ),
        "",
        (
            "Rail passengers travelling between London and the North West face disruption this "
            "weekend while engineers replace a Victorian bridge near Crewe.\n\nNetwork Rail said "
            "replacement buses would run between Stafford and Crewe from Saturday morning until "
            "Monday.\n\nPassengers were urged to check before they travel.",
            "Most households in England will see their council tax bills rise by almost 5% "
            "from April, figures show.\n\nCouncils said the rise was needed to pay for adult "
            "social care and children's services.\n\nThe average Band D bill will be more than "
            "£2,100.",
        ),
        (
            ("By NAME, Agency Title", "By Sam Blewett, {PA} Political Correspondent"),
            ("By NAME, Agency Title (Chief Reporter)", "By Emily Pennink, {PA} Chief Reporter"),
            ("By Agency Sport staff", "By {Press Association} Sport staff"),
            ("By NAME, Agency Media", "By Helen William, {PA Media}"),
        ),
        (
            ("copyright line", "© {PA Media} 2024"),
            ("source line", "Source: {PA Wire}"),
            (
                "Agency reporter ... contributed",
                "Additional reporting by {PA} reporter Jane Kirby.",
            ),
            ("Agency picture credit", "(Photo: {PA Wire})"),
            ("All content copyright", "All content © {Press Association} Ltd 2024."),
        ),
    ),
    Agency(
        "dpa",
        (
            "German exports fall for third month on weak Chinese demand",
            "Berlin zoo welcomes twin panda cubs",
        ),
        "Berlin ({dpa}) - ",
        (
            "German exports fell for a third month in a row in August as demand from China "
            "weakened, the Federal Statistical Office said on Monday.\n\nExports dropped 1.2% "
            "from July to 130 billion euros.\n\nEconomists had expected a small rise.",
            "Berlin zoo said on Thursday that its giant panda had given birth to twins, the "
            "first panda cubs ever born in Germany.\n\nThe cubs weigh about 150 grams each and "
            "are being cared for by a team of keepers.\n\nVisitors will not be able to see them "
            "until next year.",
        ),
        (
            ("By NAME, Agency", "By Anna Schmidt, {dpa}"),
            ("By NAME and NAME, Agency", "By Jörg Blank and Theresa Münch, {dpa}"),
            ("Agency correspondent NAME", "{dpa} correspondent Carola Frentzen"),
            ("By NAME (Agency)", "Von Anna Schmidt ({dpa})"),
        ),
        (
            ("dpa codes", "{dpa} as xx n1 jm"),
            ("dpa-infocom copyright", "© {dpa-infocom}, dpa:240311-99-123456/2"),
            ("copyright line", "Copyright {dpa} Deutsche Presse-Agentur GmbH"),
            ("source line", "Source: {dpa}"),
            ("Agency contributed", "{dpa} reporters in Hamburg contributed to this report."),
        ),
    ),
    Agency(
        "Kyodo",
        (
            "Japan to raise minimum wage by record amount",
            "Tokyo court orders utility to pay damages over nuclear evacuation",
        ),
        "TOKYO, July 28 {Kyodo} - ",
        (
            "Japan's minimum wage will rise by a record 43 yen to an average of 1,004 yen an "
            "hour from October, a government panel decided Friday.\n\nIt is the first time the "
            "national average has topped 1,000 yen.\n\nSmall businesses said they would struggle "
            "to absorb higher labor costs.",
            "The Tokyo District Court on Wednesday ordered a power company to pay about 200 "
            "million yen in damages to residents who were forced to flee after the 2011 nuclear "
            "disaster.\n\nThe plaintiffs had sought about 1.1 billion yen.\n\nThe utility said "
            "it would study the ruling before deciding whether to appeal.",
        ),
        (
            ("By NAME, AGENCY NEWS", "By Taro Yamada, {KYODO NEWS}"),
            ("AGENCY NEWS (no name)", "{KYODO NEWS}"),
            ("By NAME, Agency News Staff Writer", "By Mari Saito, {Kyodo News} Staff Writer"),
            ("By AGENCY NEWS", "By {KYODO NEWS}"),
        ),
        (
            ("==Agency", "=={Kyodo}"),
            ("copyright line", "© {Kyodo News} All rights reserved."),
            ("(Agency)", "({Kyodo})"),
            (
                "Agency News reporters contributed",
                "{Kyodo News} reporters in Osaka contributed to this report.",
            ),
            ("Source: Agency", "Source: {Kyodo}"),
        ),
    ),
    Agency(
        "UPI",
        (
            "Senate passes stopgap bill to avert shutdown",
            "NASA delays moon rocket launch after fuel leak",
        ),
        "WASHINGTON, Sept. 30 ({UPI}) -- ",
        (
            "The Senate passed a stopgap spending bill late Saturday, sending it to the "
            "president hours before a government shutdown was due to begin.\n\nThe measure "
            "keeps agencies funded for 45 days.\n\nLawmakers still have to agree on spending "
            "for the full year.",
            "NASA on Monday called off the launch of its new moon rocket for the second time "
            "after engineers found a hydrogen leak during fueling.\n\nThe agency said the next "
            "attempt could come no earlier than next week.\n\nThe uncrewed flight is meant to "
            "test the rocket before astronauts ride it.",
        ),
        (
            ("By NAME (no agency)", "By Doug Cunningham"),
            ("By NAME, Agency", "By Doug Cunningham, {UPI}"),
            ("By NAME, Agency (long name)", "By Paul Brinkmann, {United Press International}"),
            ("By NAME, Agency.com", "By Sheri Walsh, {UPI}.com"),
        ),
        (
            (
                "copyright line",
                "Copyright 2024 {United Press International}, Inc. ({UPI}). Any reproduction, republication, redistribution and/or modification of any {UPI} content is expressly prohibited without {UPI}'s prior written consent.",
            ),
            ("Agency contributed", "{UPI} reporter Chris Benson contributed to this report."),
            ("Photo by ... / Agency", "Photo by Bonnie Cash/{UPI}"),
            ("Read more at Agency.com", "Read more at {UPI}.com."),
        ),
    ),
    Agency(
        "Xinhua",
        (
            "China's grain output hits record high",
            "High-speed rail line linking two provinces opens",
        ),
        "BEIJING, Dec. 12 ({Xinhua}) -- ",
        (
            "China's grain output hit a record 695 million tonnes this year, up 1.3 percent "
            "from last year, the National Bureau of Statistics said Tuesday.\n\nThe sown area "
            "also rose slightly.\n\nOfficials said better seeds and machinery had raised "
            "yields.",
            "A high-speed railway linking two central provinces opened to traffic on Friday, "
            "cutting the travel time between their capitals to under two hours.\n\nThe line is "
            "about 300 km long and has 11 stations.\n\nTrains will run at up to 350 km an hour.",
        ),
        (
            ("by Agency writer NAME", "by {Xinhua} writer Li Wei"),
            ("by Agency writers NAME and NAME", "by {Xinhua} writers Zhang Ming and Liu Yang"),
            ("Agency News Agency reporter", "{Xinhua News Agency} reporter Wang Fang"),
            ("By NAME (Agency)", "By Chen Jie ({Xinhua})"),
        ),
        (
            ("Source: Agency", "Source: {Xinhua}"),
            ("Editor: NAME (no agency)", "Editor: Huaxia"),
            (
                "Agency reporters contributed",
                "{Xinhua} reporters Zhao Lei and Sun Qi contributed to the story.",
            ),
            ("Agency photo line", "(Photo by Ju Huanzong/{Xinhua})"),
            (
                "Agency News Agency copyright",
                "Copyright © {Xinhua News Agency}. All rights reserved.",
            ),
        ),
    ),
    Agency(
        "BBC",
        (
            "Ferry operator cancels winter sailings to islands",
            "Hospital waiting lists fall for first time in two years",
        ),
        "",
        (
            "A ferry operator has cancelled dozens of winter sailings to the islands because "
            "two of its ships are out of service for repairs.\n\nIslanders said the "
            "cancellations would hit businesses that depend on deliveries from the mainland.\n\n"
            "The company said it was sorry for the disruption and hoped to restore the timetable "
            "by February.",
            "The number of people waiting for hospital treatment has fallen for the first time "
            "in two years, figures show.\n\nAbout 7.5 million treatments were waiting to be "
            "carried out at the end of September.\n\nHealth leaders said the fall was welcome "
            "but that staff were still under pressure.",
        ),
        (
            ("By NAME, Agency News", "By Laura McGhie, {BBC} News"),
            ("By NAME / Agency News, CITY", "By Kenneth Macdonald\n{BBC} Scotland, Oban"),
            ("By NAME, Title, Agency News", "By Nick Triggle, Health correspondent, {BBC} News"),
            ("By NAME, Agency Verify", "By Shayan Sardarizadeh, {BBC} Verify"),
        ),
        (
            ("Additional reporting by Agency ...", "Additional reporting by {BBC} Monitoring."),
            ("copyright line", "Copyright 2024 {BBC}. All rights reserved."),
            ("Follow Agency ... on", "Follow {BBC} Scotland News on X."),
            (
                "Agency is not responsible",
                "The {BBC} is not responsible for the content of external sites.",
            ),
            ("Listen on Agency Sounds", "Listen to the best of {BBC} Radio Scotland on Sounds."),
        ),
    ),
)

SALT = b"bylines-credits:"
KINDS = ("invented", "noun", "noun-s")
_MARK = re.compile(r"\{([^{}]*)\}")


def held_out(agency: str, line: str) -> bool:
    return zlib.crc32(SALT + agency.encode() + line.encode()) % 2 == 1


def stand_in(kind: str, key: str) -> str:
    word = placeholder("invented" if kind == "invented" else "noun", key)
    if kind == "noun-s" and not word.endswith("s"):
        word += "s"
    return word


def _cased(word: str, like: str, in_address: bool) -> str:
    """The stand-in written as the name was: in capitals for "KYODO NEWS", in lower case
    only inside an e-mail or web address ("@bloomberg.net"); a find-and-replace writes
    its own word's capital over "dpa"."""
    if like.isupper() and len(like) > 4:
        return word.upper()  # a word in capitals; an acronym ("BBC") is no word to echo
    if in_address:
        return word.lower()
    return word


def fill(line: str, word: str | None) -> tuple[str, list[tuple[int, int]]]:
    """The line with its ``{...}`` marks as written (``word`` None) or replaced by ``word``,
    and where each replaced name stands in the result."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(line):
        out.append(line[pos : m.start()])
        length += m.start() - pos
        name = m.group(1)
        if word is None:
            new = name
        else:
            article = "The " if name.startswith("The ") else ""
            address = line[m.start() - 1 : m.start()] == "@" or bool(
                re.match(r"\.[a-z]", line[m.end() : m.end() + 2])
            )
            new = article + _cased(word, name.removeprefix("The ").split()[0], address)
            spans.append((length + len(article), length + len(new)))
        out.append(new)
        length += len(new)
        pos = m.end()
    out.append(line[pos:])
    return "".join(out), spans


def story(
    agency: Agency, split: int, byline: str, credit: str, which: str, word: str | None, every: bool
) -> tuple[str, list[tuple[int, int]]]:
    """A story with ``byline`` and ``credit``; the ``which`` line (byline or credit) gets
    ``word`` for the agency, and every other mention too when ``every``."""
    other = word if every else None
    head = agency.headline[split]
    b_text, b_spans = fill(byline, word if which == "byline" else other)
    dateline, _ = fill(agency.dateline, other)
    body = dateline + agency.bodies[split]
    c_text, c_spans = fill(credit, word if which == "credit" else other)
    text = f"{head}\n\n{b_text}\n\n{body}\n\n{c_text}\n"
    if which == "byline":
        off = len(head) + 2
        spans = [(off + a, off + b) for a, b in b_spans]
    else:
        off = len(text) - 1 - len(c_text)
        spans = [(off + a, off + b) for a, b in c_spans]
    return text, spans


@dataclass(frozen=True)
class Row:
    split: str
    agency: str
    slot: str
    shape: str
    mode: str
    kind: str
    found: bool
    line: str


def _rate(rows: list[Row]) -> str:
    if not rows:
        return "      -      "
    n = sum(r.found for r in rows)
    return f"{100 * n / len(rows):5.1f}% {n:4}/{len(rows):<4}"


def _table(title: str, rows: list[Row], key: str) -> None:
    print(f"\n{title:<52} {'tuning':>15} {'held-out':>15}")
    groups: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        groups[str(getattr(r, key))][r.split].append(r)
    for name in sorted(groups):
        print(
            f"{name[:52]:<52} {_rate(groups[name]['tuning']):>15} "
            f"{_rate(groups[name]['heldout']):>15}"
        )
    print(
        f"{'all':<52} {_rate([r for r in rows if r.split == 'tuning']):>15} "
        f"{_rate([r for r in rows if r.split == 'heldout']):>15}"
    )


def run() -> tuple[list[Row], list[str]]:
    rows: list[Row] = []
    clean: list[str] = []
    for agency in AGENCIES:
        for split_i, split in enumerate(("tuning", "heldout")):
            lines = {
                slot: [(s, ln) for s, ln in shapes if held_out(agency.name, ln) == bool(split_i)]
                for slot, shapes in (("byline", agency.bylines), ("credit", agency.credits))
            }
            # The line the damaged one stands with: an agency line of the other slot when
            # the split has one, so that the story also names its agency there.
            for slot, shapes in lines.items():
                partners = lines["credit" if slot == "byline" else "byline"] or [
                    ("", "By Jane Doe")
                ]
                for i, (shape, line) in enumerate(shapes):
                    partner = partners[i % len(partners)][1]
                    byline, credit = (line, partner) if slot == "byline" else (partner, line)
                    text, _ = story(agency, split_i, byline, credit, slot, None, False)
                    for s, _e, code, msg in brand_flags(text):
                        ln = text.count("\n", 0, s) + 1
                        clean.append(f"{agency.name} [{shape}] line {ln}: {code} {msg}")
                    if "{" not in line:
                        continue
                    for mode in ("one", "all"):
                        for kind in KINDS:
                            word = stand_in(kind, f"{split}:{agency.name}:{line}:{mode}:{kind}")
                            text, spans = story(
                                agency, split_i, byline, credit, slot, word, mode == "all"
                            )
                            found_at = brand_flags(text)
                            found = all(
                                any(s < b and a < e for s, e, _c, _m in found_at) for a, b in spans
                            )
                            shown = text[spans[0][0] - 40 : spans[0][1] + 40]
                            rows.append(
                                Row(
                                    split,
                                    agency.name,
                                    slot,
                                    f"{slot}: {shape}",
                                    mode,
                                    kind,
                                    found,
                                    " ".join(shown.split()) + f"  [{word}]",
                                )
                            )
    return rows, clean


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--show", type=int, default=20, help="tuning misses to print")
    args = ap.parse_args()
    rows, clean = run()
    print(f"{len(rows)} damaged copies (one line each)")
    _table("by agency", rows, "agency")
    _table("by slot", rows, "slot")
    _table("by line shape", rows, "shape")
    _table("by mode (one line / every mention replaced)", rows, "mode")
    _table("by placeholder kind", rows, "kind")
    print(f"\nclean copies: {len(clean)} WL201/WL202 warnings")
    for c in clean:
        print("  " + c)
    misses = [r for r in rows if r.split == "tuning" and not r.found]
    print(f"\ntuning misses (first {args.show} of {len(misses)}):")
    for r in misses[: args.show]:
        print(f"  {r.agency} [{r.shape}; {r.mode}; {r.kind}] {r.line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
