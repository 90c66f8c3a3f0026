"""Invented agency stories for agency_copy_eval: four per layout, each printed as that
agency prints it, with its own-brand mentions and the slots an editor leaves markers in.

Nobody's published copy: every story, name and figure here is made up. In a story,
``{slot:Name}`` is a mention of the agency's own brand in a slot (``byline``, ``credit``,
``dateline``, ``told``, ``survey``, ``seen``, ``reporter``, ``reported``, ``possessive``,
``the-x``, ``service``, ``other``) and ``[[slot:text]]`` is text a careless editor could
have left as a marker (``date`` of the dateline, a ``figure``, a ``name``, a ``quote``).
Stories also quote other outlets and name companies, which must stay quiet.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    agency: str
    layout: str  # what the byline / credit look like, for the tables
    text: str


STORIES: tuple[Story, ...] = (
    # --- Reuters -----------------------------------------------------------------------
    Story(
        "Reuters",
        "By NAME, Agency; (Reporting by ...; Editing by ...)",
        """EXCLUSIVE-Shipping insurer weighs exit from Black Sea cover

By Helen Marsh, {byline:Reuters}

LONDON, [[date:April 9]] ({dateline:Reuters}) - One of the largest marine insurers is considering pulling out of war-risk cover for the Black Sea, three people familiar with the matter told {told:Reuters}, as claims from damaged grain ships mount.

The insurer has paid out about [[figure:$140 million]] on Black Sea claims since January, according to a {survey:Reuters} tally of company filings.

"We cannot keep writing this business at these prices," a senior underwriter said in an email seen by {seen:Reuters}.

A spokesperson for the company declined to comment. {other:Reuters} could not independently verify the figures.

(Reporting by Helen Marsh; Additional reporting by Tom Verity in Istanbul; Editing by Kirsten Donovan)""",
    ),
    Story(
        "Reuters",
        "By NAME and NAME; Compiled by Agency staff",
        """UPDATE 2-Kenyan shilling hits record low as importers scramble for dollars

By Otieno Kamau and Grace Wairimu

NAIROBI, [[date:Feb 21]] ({dateline:Reuters}) - Kenya's shilling fell to a record low against the dollar on Wednesday as demand from oil and manufacturing importers outstripped inflows, traders said.

The currency was quoted at [[figure:163.40]] per dollar, compared with 162.75 at Tuesday's close, {reported:Reuters} data showed.

"Importers are front-loading their purchases before the end of the month," said [[name:Peter Njoroge]], a dealer at a commercial bank. He told {told:Reuters} the central bank had not intervened.

Analysts polled by {survey:Reuters} last week expected the shilling to weaken further.

Compiled by {credit:Reuters} staff; Editing by Alexandra Hudson""",
    ),
    Story(
        "Reuters",
        "(Reporting by ...); Agency Breakingviews; Agency's NAME",
        """RPT-Chipmaker's Malaysian plant to double output, executive says

KUALA LUMPUR, [[date:June 3]] ({dateline:Reuters}) - A U.S. chipmaker plans to double output at its Penang packaging plant by 2026, its regional head said in an interview with {told:Reuters} on Monday.

The plant employs about [[figure:4,200]] people. Rival Intel has also expanded in the state, the Financial Times reported last month.

"Penang has the engineers, and we are hiring more," the executive said. A {reporter:Reuters} photographer saw new clean rooms under construction at the site.

({service:Reuters} Breakingviews columnist Una Galani wrote on Friday that the region's subsidies were hard to match.)

(Reporting by Liz Lee; Writing by {possessive:Reuters}' Martin Petty; Editing by Kim Coghill)""",
    ),
    Story(
        "Reuters",
        "By Agency Staff; Additional reporting by NAME in CITY",
        """Chile copper output falls 4% as mines age, regulator says

By {byline:Reuters} Staff

SANTIAGO, [[date:Oct 30]] ({dateline:Reuters}) - Copper output in Chile, the world's biggest producer, fell [[figure:4.1%]] in September from a year earlier as ageing mines yielded lower grades of ore, the statistics agency said on Monday.

State miner Codelco's production fell for a sixth month, according to {reported:Reuters} calculations based on the official data.

"[[quote:We expect a recovery next year as new projects come on line]]," the mining minister told reporters. The ministry did not respond to a {survey:Reuters} request for comment on Codelco's debt.

(Additional reporting by Fabian Cambero in Santiago; Editing by Sandra Maler)""",
    ),
    # --- AP ----------------------------------------------------------------------------
    Story(
        "AP",
        "By NAME (caps), Agency; Agency writer contributed",
        """Wildfire forces evacuation of mountain town as winds pick up

By JESSICA ROWE {byline:Associated Press}

BOULDER, Colo. ({dateline:AP}) — A fast-moving wildfire forced the evacuation of about [[figure:2,000]] people from a mountain town Sunday as gusts of up to 60 mph pushed flames toward homes, authorities said.

Sheriff [[name:Dan Keller]] told {told:The Associated Press} that at least a dozen structures had burned. An {reporter:AP} photographer saw flames cresting a ridge above the town.

"Get out now. Don't wait," Keller said in a video posted online.

{credit:Associated Press} writer Colleen Slevin in Denver contributed to this report.""",
    ),
    Story(
        "AP",
        "By NAME, Agency writer; Follow Agency's coverage",
        """School districts struggle to hire bus drivers as year begins

By Marcus Webb, {byline:AP} Education Writer

ATLANTA ({dateline:AP}) — Hundreds of school districts began the year short of bus drivers, forcing some to stagger start times and others to pay parents to drive their own children, according to an {survey:AP} survey of state education agencies.

Of 41 states that responded, [[figure:29]] reported shortages, the survey found. Georgia officials told {told:the AP} they were short about 1,100 drivers.

"We've raised pay twice and it still isn't enough," said [[name:Lorraine Pugh]], a transportation director in suburban Atlanta.

___

Follow {possessive:AP}'s coverage of education at https://apnews.com/hub/education""",
    ),
    Story(
        "AP",
        "By The Agency; copyright line",
        """Police: Man arrested after chase ends in river

By {byline:The Associated Press}

MEMPHIS, Tenn. ({dateline:AP}) — A man suspected of stealing a delivery truck was arrested after a chase that ended when the truck rolled into the Wolf River, police said Tuesday.

No one was hurt. Police said the man, 34, faces charges including theft and evading arrest. CNN's affiliate WREG first showed video of the truck sinking.

Records reviewed by {seen:The Associated Press} show the man had been released from jail [[date:last month]].

Copyright 2024 {credit:The Associated Press}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.""",
    ),
    Story(
        "AP",
        "By NAME and NAME, Agency; Agency writers contributed",
        """Lawmakers reach deal on farm bill after months of talks

By Rachel Finn and Ed Morales, {byline:Associated Press}

WASHINGTON ({dateline:AP}) — House and Senate negotiators reached a tentative deal Thursday on a five-year farm bill worth about [[figure:$1.5 trillion]], aides said, ending months of wrangling over food aid.

Details were not released. Two aides who spoke to {told:The Associated Press} on condition of anonymity said the deal keeps food stamp benefits at current levels.

"[[quote:It's a fair deal for farmers and families]]," said Sen. Mark Dalton, a Kansas Republican. {reported:The AP} reported in June that talks had stalled over crop insurance.

{credit:Associated Press} writers Mary Clare Jalonick and Lisa Mascaro contributed.""",
    ),
    # --- AFP ---------------------------------------------------------------------------
    Story(
        "AFP",
        "By NAME / Agency; -- Agency",
        """Flooding in southern France leaves three dead

By Camille Roux / {byline:AFP}

NIMES, France ({dateline:AFP}) - Flash floods swept through towns in southern France overnight, killing at least three people and leaving [[figure:1,200]] homes without power, officials said Saturday.

A regional official told {told:AFP} that rescuers were still searching for a missing hiker. An {reporter:AFP} journalist saw cars piled against a bridge in the centre of Nimes.

"The water rose in minutes," said resident [[name:Martine Gaillard]].

cr/jh/rox

-- {credit:AFP}""",
    ),
    Story(
        "AFP",
        "NAME (Agency); copyright line",
        """Senegal fishermen say foreign trawlers empty their seas

Lucie Martin ({byline:AFP})

DAKAR ({dateline:AFP}) - Fishermen in Senegal's main port say foreign trawlers are emptying the waters they have fished for generations, pushing young men to risk the sea crossing to Europe.

"Before, we came back with the boat full. Now we come back with [[quote:almost nothing]]," said a 52-year-old captain who spoke to {told:Agence France-Presse}.

Catches of small pelagic fish have fallen by about [[figure:a third]] in a decade, according to an {survey:AFP} analysis of official data. Le Monde reported similar findings in 2022.

© {credit:Agence France-Presse}""",
    ),
    Story(
        "AFP",
        "By NAME with Agency bureaus; Agency's NAME",
        """Europe's airports brace for record summer as strikes loom

By Paul Girard with {byline:AFP} bureaus

PARIS ({dateline:AFP}) - Europe's airports are braced for a record summer, with passenger numbers expected to top pre-pandemic levels, even as unions from Lisbon to Helsinki threaten strikes.

Ryanair's chief executive said on [[date:Tuesday]] that fares would rise about 5 percent. Air traffic controllers in France have filed notice of a strike, {possessive:AFP}'s Paris bureau was told.

Documents seen by {seen:AFP} show the EU air safety agency expects about [[figure:11,000]] flights a day at peak.

With {credit:AFP} in Lisbon and Helsinki""",
    ),
    Story(
        "AFP",
        "By NAME, Agency; sign-off",
        """Sri Lanka's tea exports fall to 25-year low

By Amal Jayasinghe, {byline:Agence France-Presse}

COLOMBO ({dateline:AFP}) - Sri Lanka's tea exports fell to their lowest in 25 years last year, the tea board said Wednesday, as fertiliser shortages hit yields across the island's hill country.

Exports totalled [[figure:241 million]] kilograms, down 15 percent. A tea board official, [[name:Nimal Perera]], told {told:AFP} that production would recover only slowly.

"Many small growers have simply given up," Perera said. Reuters reported last month that some estates were converting land to rubber.

aj/mtp ({credit:AFP})""",
    ),
    # --- Bloomberg ---------------------------------------------------------------------
    Story(
        "Bloomberg",
        "By NAME | Agency; To contact the reporter",
        """Norway's wealth fund posts record first-half gain on tech stocks

By Ingrid Solberg | {byline:Bloomberg}

({dateline:Bloomberg}) -- Norway's $1.6 trillion sovereign wealth fund posted a record first-half profit as technology shares rallied, the fund said on Wednesday.

The fund returned [[figure:10.9%]] in the six months through June, beating its benchmark by 0.1 percentage point, Chief Executive Officer [[name:Nicolai Tangen]] said in an interview with {told:Bloomberg Television}.

Equity holdings rose to 72% of the fund, according to {survey:Bloomberg} calculations.

To contact the reporter on this story:
Ingrid Solberg in Oslo at isolberg@{credit:bloomberg}.net""",
    ),
    Story(
        "Bloomberg",
        "By NAME, Agency News; -- With assistance from Agency's NAME",
        """Copper smelters in China agree to cut output as fees collapse

By Wang Lei, {byline:Bloomberg} News

({dateline:Bloomberg}) -- China's biggest copper smelters agreed to cut production after processing fees collapsed to the lowest in more than a decade, according to people familiar with the matter.

The smelters will reduce output by about [[figure:5%]] this year, said the people, who asked not to be identified because the talks are private. The plan was first reported by {reported:Bloomberg} on Tuesday.

Fees for processing ore have fallen to about $4 a ton, data compiled by {survey:Bloomberg} show. Glencore Plc's trading arm declined to comment.

-- With assistance from {possessive:Bloomberg}'s Jack Farchy.""",
    ),
    Story(
        "Bloomberg",
        "Agency News staff; copyright line",
        """Tesla rival's shares jump after delivery forecast

{byline:Bloomberg} News staff

({dateline:Bloomberg}) -- Shares of an electric-vehicle maker jumped [[figure:18%]] in New York trading after it forecast deliveries that beat analysts' estimates.

The company expects to deliver as many as 60,000 vehicles this year, compared with an average estimate of 52,000 in a {survey:Bloomberg} survey of analysts. CNBC's David Faber reported earlier that two funds had raised their stakes.

"[[quote:Demand has held up better than we feared]]," the chief financial officer told {told:Bloomberg Television}.

©2024 {credit:Bloomberg} L.P.""",
    ),
    Story(
        "Bloomberg",
        "By NAME (no agency); More stories like this",
        """Gulf airline in talks to buy 100 widebody jets

By Layla Haddad

({dateline:Bloomberg}) -- A Gulf state carrier is in advanced talks to order as many as 100 widebody jets from Boeing Co. and Airbus SE, people familiar with the matter said, in a deal that could be worth more than [[figure:$30 billion]] at list prices.

The airline's chairman declined to comment when reached by {told:Bloomberg News} on Sunday. The {the-x:Bloomberg} Billionaires Index ranks the carrier's owner among the region's richest men.

An announcement could come at the Dubai Airshow in [[date:November]], the people said.

More stories like this are available on {credit:bloomberg}.com""",
    ),
    # --- PA ----------------------------------------------------------------------------
    Story(
        "PA",
        "By NAME, Agency Title",
        """NHS trusts told to cut agency staff spending by a third

By Jane Kirkby, {byline:PA} Health Correspondent

NHS trusts in England have been told to cut their spending on agency staff by a third this year, according to a letter seen by the {seen:PA} news agency.

The letter, sent by NHS England's chief financial officer [[name:Julian Kelly]], says trusts spent [[figure:£3 billion]] on agency workers last year.

A Department of Health spokesperson told {told:PA}: "We are determined to bring down the cost of temporary staff."

The Royal College of Nursing said the target was "unrealistic", the Guardian reported.""",
    ),
    Story(
        "PA",
        "By Agency Sport staff",
        """Striker ruled out for season after knee surgery

By {byline:PA} Sport staff

A Premier League striker will miss the rest of the season after undergoing knee surgery, his club has confirmed.

The 27-year-old, who has scored [[figure:11]] goals this term, was injured in Saturday's draw. His manager told the {the-x:PA} news agency: "[[quote:It is a huge blow for him and for us]]."

The club said the player was expected to return for pre-season training in July.""",
    ),
    Story(
        "PA",
        "By NAME, Agency Media; source line",
        """Train drivers to stage fresh walkout in pay dispute

By Alan Jones, {byline:PA} Industrial Correspondent

Train drivers at 14 rail companies will stage a fresh strike on [[date:May 12]] in their long-running dispute over pay, their union has announced.

Aslef general secretary Mick Whelan told {told:PA} the companies had not made a new offer in more than a year. The Rail Delivery Group said the strike would cause "unnecessary disruption".

A poll for {survey:PA} by Savanta found [[figure:52%]] of adults supported the drivers.

Source: {credit:PA Media}""",
    ),
    Story(
        "PA",
        "By NAME, Agency Chief Reporter; copyright line",
        """Man jailed for life for murder of pensioner in her home

By Emily Pennell, {byline:PA} Chief Reporter

A man has been jailed for life for murdering a pensioner in her home during a burglary.

[[name:Kieran Doyle]], 31, must serve at least 28 years before he can be considered for parole, the Old Bailey heard. The victim's daughter told {told:PA} outside court that the family could "never forgive" him.

The judge said the attack on the 84-year-old was "cowardly and brutal".

© {credit:PA Media} 2024""",
    ),
    # --- dpa ---------------------------------------------------------------------------
    Story(
        "dpa",
        "By NAME, Agency",
        """German rail operator to cut 5,000 administrative jobs

By Anna Becker, {byline:dpa}

Berlin ({dateline:dpa}) - Germany's state rail operator plans to cut about [[figure:5,000]] administrative jobs over the next five years, its chief executive told {told:dpa} on Sunday.

"We have to become leaner and faster," he said in an interview with {told:Deutsche Presse-Agentur}. The rail union EVG said it would oppose compulsory layoffs.

Der Spiegel reported last week that the cuts could reach 10,000.""",
    ),
    Story(
        "dpa",
        "Agency correspondent NAME; source line",
        """Floods in Bavaria force hundreds from homes

{byline:dpa} correspondent Lena Hoffmann

Munich ({dateline:dpa}) - Heavy rain has flooded villages across southern Bavaria, forcing hundreds of people from their homes, authorities said on [[date:Saturday]].

A spokesman for the district of Rosenheim told {told:dpa} that several roads were closed. A {reporter:dpa} photographer saw firefighters pumping water from cellars in the town of Kolbermoor.

The weather service warned of more rain on Sunday.

Source: {credit:dpa}""",
    ),
    Story(
        "dpa",
        "By NAME and NAME, Agency; dpa codes",
        """Austria's coalition talks collapse over budget

By Thomas Weber and Julia Braun, {byline:dpa}

Vienna ({dateline:dpa}) - Coalition talks in Austria collapsed on Friday after the two parties failed to agree on how to close a budget gap of about [[figure:6 billion]] euros.

"[[quote:There was no basis for further talks]]," the conservative leader said, according to a statement seen by {seen:dpa}.

The president is expected to meet party leaders next week.

{credit:dpa} tw jb xx""",
    ),
    Story(
        "dpa",
        "Agency reporters contributed",
        """German carmaker recalls 90,000 vehicles over airbag fault

Stuttgart ({dateline:dpa}) - A German carmaker is recalling about 90,000 vehicles worldwide because of a possible fault in the passenger airbag, the company told {told:dpa} on Thursday.

Owners will be contacted by letter from [[date:March]], a spokeswoman said. Volkswagen's Audi unit issued a similar recall last year.

According to {the-x:dpa} information, about 20,000 of the vehicles are in Germany.

{credit:dpa} reporters in Munich contributed to this report.""",
    ),
    # --- Kyodo -------------------------------------------------------------------------
    Story(
        "Kyodo",
        "By NAME, AGENCY NEWS",
        """Japan to resume whale meat exports to Norway

By Kenji Sato, {byline:KYODO NEWS}

TOKYO, [[date:Aug. 2]] {dateline:Kyodo} - Japan plans to resume exports of whale meat to Norway for the first time in a decade, government sources told {told:Kyodo News} on Friday.

The fisheries agency expects to ship about [[figure:30]] tons this year, the sources said.

Environmental groups criticised the plan. NHK reported that Iceland was also considering exports.

==Kyodo""",
    ),
    Story(
        "Kyodo",
        "AGENCY NEWS (no name); copyright line",
        """Typhoon cuts power to 100,000 homes in Okinawa

{byline:KYODO NEWS}

NAHA, Japan {dateline:Kyodo} - A powerful typhoon cut power to about 100,000 homes in Okinawa on Tuesday and grounded all flights at Naha airport, the prefectural government said.

At least [[figure:12]] people were injured. An Okinawa Electric Power official told {told:Kyodo News} it was unclear when service would be restored.

© {credit:Kyodo News} All rights reserved.""",
    ),
    Story(
        "Kyodo",
        "By NAME, Agency News Staff Writer; Agency News reporters contributed",
        """Support for Japan cabinet falls to 24%, poll shows

By Yuki Tanaka, {byline:Kyodo News} Staff Writer

TOKYO, [[date:Nov. 4]] {dateline:Kyodo} - Support for the Japanese cabinet fell to [[figure:24.1]] percent, the lowest since it took office, a nationwide {survey:Kyodo News} poll showed Sunday.

Disapproval rose to 62.7 percent, the telephone survey found. Respondents cited the handling of a political funds scandal.

{credit:Kyodo News} reporters in Osaka contributed to this report.""",
    ),
    Story(
        "Kyodo",
        "By AGENCY NEWS; (Agency)",
        """Nissan to build new battery plant in Kyushu

By {byline:KYODO NEWS}

YOKOSUKA, Japan {dateline:Kyodo} - Nissan Motor Co. will build a battery plant in Kyushu to supply its electric cars, the company said Wednesday, an investment sources put at about [[figure:50 billion]] yen.

A company executive told {told:Kyodo News} that production would start in 2028. Toyota's battery unit announced a similar plant last year, the Nikkei reported.

({credit:Kyodo})""",
    ),
    # --- UPI ---------------------------------------------------------------------------
    Story(
        "UPI",
        "By NAME, Agency",
        """FDA approves first pill for postpartum depression

By Sheila Grant, {byline:UPI}

WASHINGTON, [[date:Aug. 4]] ({dateline:UPI}) -- The Food and Drug Administration on Friday approved the first pill to treat postpartum depression, which affects about [[figure:1 in 7]] new mothers.

The drug is taken once a day for two weeks. An FDA spokesperson told {told:UPI} the agency had reviewed two trials.

"This is an important step," said [[name:Dr. Tiffany Farchione]], a division director at the agency.

Copyright 2024 {credit:United Press International}, Inc. All Rights Reserved.""",
    ),
    Story(
        "UPI",
        "By NAME, Agency (long name); Agency contributed",
        """Strong quake shakes central Chile; no damage reported

By Darryl Coote, {byline:United Press International}

SANTIAGO, Chile, [[date:July 19]] ({dateline:UPI}) -- A magnitude [[figure:6.4]] earthquake shook central Chile on Wednesday, the U.S. Geological Survey said, but there were no immediate reports of damage.

The quake struck at a depth of about 100 km. A local emergency official told {told:UPI} that power was briefly cut in two towns.

{credit:UPI} reporter Ana Lopez contributed to this report.""",
    ),
    Story(
        "UPI",
        "By NAME, Agency.com",
        """Ohio man wins $1 million lottery prize on birthday ticket

By Ben Hooper, {byline:UPI}.com

COLUMBUS, Ohio, [[date:March 22]] ({dateline:UPI}) -- An Ohio man said he bought a scratch-off ticket to celebrate his birthday and won a $1 million top prize.

[[name:Gary Mills]], 61, told lottery officials he bought the ticket at a gas station in Lancaster. He said he plans to pay off his mortgage.

"[[quote:I had to sit down]]," Mills told {told:UPI} in a phone interview.

Read more at {credit:UPI}.com.""",
    ),
    Story(
        "UPI",
        "By NAME (no agency); Photo by ... / Agency",
        """Senate confirms new ambassador to Japan

By Doug Cunningham

WASHINGTON, [[date:Sept. 27]] ({dateline:UPI}) -- The Senate voted [[figure:68-30]] on Tuesday to confirm a former governor as ambassador to Japan.

The nominee told senators at his hearing that he would focus on trade and security. Politico first reported that the vote had been scheduled.

Photo by Bonnie Cash/{credit:UPI}""",
    ),
    # --- Xinhua ------------------------------------------------------------------------
    Story(
        "Xinhua",
        "by Agency writer NAME",
        """Feature: Farmers in Yunnan turn to coffee as prices rise

by {byline:Xinhua} writer Li Na

KUNMING, [[date:May 8]] ({dateline:Xinhua}) -- Farmers in southwest China's Yunnan Province are planting coffee on hillsides once used for sugarcane, drawn by prices that have doubled in three years.

Yunnan produces about [[figure:98 percent]] of China's coffee. "Coffee earns us three times what sugarcane did," farmer [[name:Zhang Wei]] told {told:Xinhua}.

Local officials said processing plants were being built near the main growing areas.

Source: {credit:Xinhua}""",
    ),
    Story(
        "Xinhua",
        "Agency News Agency reporter; Editor",
        """China's forex reserves rise in September

{byline:Xinhua News Agency} reporters Wang Qi and Liu Fang

BEIJING, [[date:Oct. 7]] ({dateline:Xinhua}) -- China's foreign exchange reserves rose to [[figure:3.2 trillion]] U.S. dollars at the end of September, official data showed Saturday.

The increase was driven by a weaker U.S. dollar, an official with the State Administration of Foreign Exchange told {told:Xinhua}.

Editor: Liu Yang""",
    ),
    Story(
        "Xinhua",
        "By NAME (Agency); Agency photo",
        """Kenya's new railway line cuts travel time to Uganda border

By Chen Jie ({byline:Xinhua})

NAIROBI, [[date:June 14]] ({dateline:Xinhua}) -- A new railway line linking Kenya's Rift Valley to the Ugandan border has cut travel time for freight by half, officials said Wednesday.

About [[figure:40]] trains a week now run on the line. A railway official told {told:Xinhua} that passenger services would begin next year.

(Photo by Dong Jianghui/{credit:Xinhua})""",
    ),
    Story(
        "Xinhua",
        "Agency reporters contributed; copyright",
        """Roundup: Drought threatens harvest across southern Africa

JOHANNESBURG, [[date:Feb. 26]] ({dateline:Xinhua}) -- A severe drought linked to the El Nino weather pattern is threatening harvests across southern Africa, aid agencies said Monday.

Maize output in Zambia could fall by [[figure:half]], the World Food Programme said. A farmer near Lusaka told {told:Xinhua} his crop had withered in the field.

{credit:Xinhua} reporters in Lusaka and Harare contributed to the story.""",
    ),
    # --- BBC (no dateline) -------------------------------------------------------------
    Story(
        "BBC",
        "By NAME, Agency News (one body mention)",
        """Ferry firm apologises after islanders stranded for week

By Iain Munro, {byline:BBC} Scotland News

A ferry company has apologised after islanders were left stranded for a week when both of its vessels broke down.

Residents told {told:BBC} Scotland that shops had run out of fresh food and that some had missed hospital appointments.

The company said one of the ships would return to service on [[date:Friday]].""",
    ),
    Story(
        "BBC",
        "no byline (one possessive mention)",
        """Council to review bin collections after complaints

A council is to review its fortnightly bin collections after receiving more than [[figure:3,000]] complaints in a month.

The council's leader, [[name:Sarah Pryce]], told the {possessive:BBC}'s Politics Wales programme that the changes had "not gone as well as we hoped".

Residents said overflowing bins had attracted rats. The GMB union said crews were under pressure.""",
    ),
    Story(
        "BBC",
        "By NAME, Title, Agency News",
        """Hospital waiting times rise for third month

By Claire Fenton, Health correspondent, {byline:BBC} News

The number of patients waiting more than a year for hospital treatment has risen for the third month in a row, figures show.

Analysis by the {the-x:BBC} Shared Data Unit found [[figure:one in five]] trusts had missed their targets. A hospital manager, speaking on {told:BBC} Radio 4's Today programme, said staff shortages were to blame.

The Department of Health said waiting lists were falling overall.""",
    ),
    Story(
        "BBC",
        "By NAME (no agency), one mention in the body",
        """Village fights plan for solar farm on farmland

By Tom Hartley

Residents of a Somerset village have launched a campaign against plans to build a solar farm on 200 acres of farmland.

Campaigner [[name:Jean Holloway]] told the {the-x:BBC} the farm would "change the character of the valley forever". The developer, Sunfield Energy, said the site was chosen because of its grid connection.

The council is expected to decide in the autumn. ITV News reported last month that a similar scheme nearby had been approved.""",
    ),
)

# The name each agency signs its bylines with, for the byline and credit shapes below.
SIGNATURE = {
    "Reuters": "Reuters",
    "AP": "Associated Press",
    "AFP": "AFP",
    "Bloomberg": "Bloomberg",
    "PA": "PA",
    "dpa": "dpa",
    "Kyodo": "Kyodo News",
    "UPI": "UPI",
    "Xinhua": "Xinhua",
    "BBC": "BBC",
}

# Byline and credit shapes agencies and papers print, put in place of a story's own byline
# (``where`` "top"), after its first paragraph ("after-dateline"), or as its last paragraph
# ("end"). NAME, NAME2 and CITY are filled per copy; {A} is the agency's signature.
SHAPES: tuple[tuple[str, str, str], ...] = (
    ("By NAME", "top", "By NAME"),
    ("By NAME, Agency", "top", "By NAME, {byline:A}"),
    ("By NAME and NAME", "top", "By NAME and NAME2"),
    ("By NAME and NAME, Agency", "top", "By NAME and NAME2, {byline:A}"),
    ("NAME, Agency correspondent", "top", "NAME, {byline:A} correspondent"),
    ("By NAME | Agency", "top", "By NAME | {byline:A}"),
    ("NAME reports for Agency", "top", "NAME reports for {byline:A}"),
    ("Agency staff", "top", "{byline:A} staff"),
    ("From Agency reporters", "top", "From {byline:A} reporters"),
    ("By NAME / line break / Agency", "top", "By NAME\n{byline:A}"),
    ("By NAME, Agency, CITY", "top", "By NAME, {byline:A}, CITY"),
    ("*By NAME, Agency* (italics)", "top", "*By NAME, {byline:A}*"),
    ("_By NAME, Agency_ (italics)", "top", "_By NAME, {byline:A}_"),
    ("By NAME, Agency (after dateline)", "after-dateline", "By NAME, {byline:A}"),
    ("(Reporting by NAME; Editing by NAME)", "end", "(Reporting by NAME; Editing by NAME2)"),
    (
        "(Reporting by Agency staff; Editing by NAME)",
        "end",
        "(Reporting by {credit:A} staff in CITY; Editing by NAME2)",
    ),
    (
        "(Reporting by NAME; Writing by Agency's NAME)",
        "end",
        "(Reporting by NAME; Writing by {credit:A}'s NAME2; Editing by Sonya Hepinstall)",
    ),
    ("Compiled by Agency staff", "end", "Compiled by {credit:A} staff"),
    ("Additional reporting by NAME in CITY", "end", "Additional reporting by NAME in CITY"),
    (
        "Additional reporting by Agency's NAME in CITY",
        "end",
        "Additional reporting by {credit:A}'s NAME in CITY",
    ),
    ("NAME contributed for Agency", "end", "NAME in CITY contributed to this {credit:A} report."),
)

NAMES = (
    "Marta Ruiz",
    "Oliver Grant",
    "Sunita Rao",
    "Henrik Lund",
    "Adaeze Okafor",
    "Paolo Ferri",
    "Keiko Mori",
    "Dmitri Volkov",
    "Fiona Byrne",
    "Samuel Osei",
)
CITIES = ("Geneva", "Lagos", "Manila", "Lima", "Warsaw", "Hanoi", "Nairobi", "Dublin")
