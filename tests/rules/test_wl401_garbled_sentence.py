"""WL401 garbled-sentence: sentences that fall apart are flagged where they break; real copy is not."""

from __future__ import annotations

import pytest

from tests.conftest import corpus_files, flagged, lint

HEAD = "Head\n\n"

# (snippet, the words underlined, a phrase the message must contain)
MUST_FLAG = [
    # a wrong verb form after an auxiliary
    ("Kyiv says it always has knock out more of the missiles.", "has knock", "(`has knocked`)"),
    ("The minister can went to the summit on Friday.", "can went", "(`can go`)"),
    (
        "The committee will to decide on the bid next week.",
        "will to decide",
        "no `to` after `will`",
    ),
    (
        "Russia had took the town by the end of the week.",
        "had took",
        "past participle (`had taken`)",
    ),
    (
        "The talks were decide by a vote of the members.",
        "were decide",
        "-ing form or a past participle",
    ),
    ("The company did not knew about the losses, it said.", "did not knew", "(`did know`)"),
    ("Officials said they hope to went back to the talks.", "to went", "(`to go`)"),
    ("The bank would limited the impact of the move.", "would limited", "base form"),
    # subject and verb disagree
    ("The ministers was told to leave the building.", "ministers was", "should be `were`"),
    ("They was told to leave the building.", "They was", "(`They were`)"),
    ("He are expected to resign on Monday.", "He are", "(`He is`)"),
    ("We wants quality schools and top hospitals, he said.", "We wants", "(`We want`)"),
    ("Fiat is cutting jobs as it exit unprofitable areas.", "it exit", "does not agree with `it`"),
    ("Lloyds said it have 3.6 billion stg in reserves.", "it have", "(`it has`)"),
    ("The currency have risen about 25 pct since then.", "currency have", "should be `has`"),
    ("Declines in the dollar has also hurt exports.", "Declines in the dollar has", "plural"),
    ("Microsoft has said repeatedly that it want to lead.", "it want", "does not agree with `it`"),
    ("The scandal ran for weeks after it were made public.", "it were", "(`it was`)"),
    ("One of the things we needs to do is save more.", "we needs", "does not agree with `we`"),
    ("The authorities has made themselves a target.", "authorities has", "plural"),
    ("He said everything else will works itself out.", "will works", "base form"),
    # words left over from a rewrite, or swapped
    (
        "The ministry said the strike, which the it said was illegal, had failed.",
        "the it",
        "cannot follow `the`",
    ),
    ("Officials said the this plan would fail.", "the this", "cannot follow `the`"),
    ("The rebels said they the town was theirs.", "they the", "cannot follow `they`"),
    ("The ministry the said strike killed 89 soldiers.", "the said", "cannot follow `the`"),
    ("Nintendo has which created quite a buzz, he said.", "has which", "cannot stand together"),
    ("It is wrong to assume a someone cannot do the job.", "a someone", "cannot stand together"),
    ("He was seriously preparing for of the Olympiad.", "for of", "cannot stand together"),
    ("They believe he may its have injured himself.", "may its have", "`its` is left over"),
    ("Peru not was withdrawing from the World Bank.", "not was", "cannot stand together"),
    ("Exports rose because they Japan bought more rice.", "they Japan", "cannot follow `they`"),
    ("The firm said he 1994 was a record year.", "he 1994", "cannot follow `he`"),
    ("Officials said they to would meet again.", "they to", "cannot follow `they`"),
    ("The ministry said they in the talks had failed.", "they in", "cannot follow `they`"),
    ("We it said would not work.", "We it", "cannot follow `We`"),
    ("Because it computer sales rose, the shares gained.", "it computer", "cannot follow `it`"),
    ("The minister said the been plan was delayed.", "the been", "cannot follow `the`"),
    ("The board will be will to meet.", "be will", "cannot stand together"),
    ("He said the growth of in the economy slowed sharply.", "of in", "cannot stand together"),
    ("He said the price of to the shares fell sharply.", "of to", "cannot stand together"),
    ("The company has was sold to a rival.", "has was", "cannot stand together"),
    ("He said the decision by they made no sense at all.", "by they", "cannot stand together"),
    ("He said I in the meeting said no to the plan.", "I in", "cannot follow `I`"),
    ("If was you are looking for a new job, apply now.", "If was", "cannot stand together"),
    ("Now they're will distribute rice to the villages.", "they're will", "one is left over"),
    ("The firm said he looking for a buyer for the unit.", "he looking", "cannot follow `he`"),
    ("Sources said we a deal would be signed soon.", "we a", "cannot follow `we`"),
    ("On they top of that, the jobless rate has risen.", "On they", "cannot stand together"),
    ("They are left with piecemeal taxes it that anger voters.", "it that", "cannot follow `it`"),
    ("Nakasone leaves next week it for the United States.", "it for", "cannot follow `it`"),
    (
        "We support the government's has intention to act.",
        "government's has",
        "cannot stand together",
    ),
    ("He said the growth in of exports was strong.", "in of", "cannot stand together"),
    ("He said its not rocket science.", "its not", "cannot follow `its`"),
    ("We nothing had to do with the deal, he said.", "We nothing", "cannot follow `We`"),
    ("The market doesn't to seem to know what to do.", "doesn't to", "cannot stand together"),
    ('The magazine named her its "Person of the Year the".', "the", "left hanging"),
    (
        "The new job came with it responsibility for the budget.",
        "it responsibility",
        "cannot follow `it`",
    ),
    ("The minister of was late for the vote.", "of was", "cannot follow `of`"),
    ("I don't thought any company is so badly exposed.", "don't thought", "(`don't think`)"),
    ("Microsoft is keen to made its search engine a success.", "to made", "(`to make`)"),
    ("The tribunal was set up to investigated civil disturbances.", "to investigated", "base form"),
    ("Prisoners were take from the jail at dawn.", "were take", "past participle"),
    ("The old cars can be auction to raise cash.", "be auction", "past participle"),
    ("The company has sell 2.8 million units this year.", "has sell", "past participle"),
    ("The rebels have attack British ships in the strait.", "have attack", "past participle"),
    ("Officials have meet the envoy twice.", "have meet", "past participle"),
    ("Unemployment has fell to a single digit since March.", "has fell", "past participle"),
    ("His family was happy to sent him overseas to study.", "to sent", "base form"),
    (
        "Also, we are plan to open two new plants this year.",
        "are plan",
        "-ing form or a past participle",
    ),
    # two clauses run together
    (
        "He thanked him for the weapon systems, which Kyiv says knock out more of the Russian "
        "missiles they are targeting power generation plants.",
        "missiles they",
        "two sentences run together",
    ),
    (
        "Starts fell to 1,005,000 units in April the decline followed a 8.0 pct drop in March.",
        "April the",
        "two sentences run together",
    ),
    (
        "The bank raised its rates on Friday the move has angered many borrowers.",
        "Friday the",
        "two sentences run together",
    ),
    ("The firm shut its plant in Ohio it also cut 200 jobs.", "Ohio it", "run together"),
    (
        "The album sold well before it reached the shops the singer thanked her fans.",
        "shops the",
        "run together",
    ),
]

# Real wire sentences that must pass: grammatical constructions that look like the patterns.
MUST_NOT_FLAG = [
    "The firm had had a difficult year, the chairman said.",
    "He said that that was the end of the matter.",
    "The missiles fired at the city were intercepted, officials said.",  # reduced relative
    "The soldiers they killed were new recruits, the ministry said.",  # zero relative
    "The money they gave him was never repaid.",
    "The data are clear, the report said.",
    "The government are expected to announce the plan on Monday.",  # British collective
    "The team are in excellent form.",
    "Police have arrested three men after the attack.",
    "“We will win,” said Smith, who has led the party since 2001.",
    "The U.S. economy grew 2.5 pct in the quarter, the Commerce Department said.",
    "Prices rose 1.2 pct in March after a 0.4 pct rise in February.",
    "The news is not good for the government.",
    "Two years is a long time in politics.",
    "What I am asking for is a situation where the lord chancellor decides.",
    "We will do all we can to help rectify the problem.",
    "He has cost the company 5 mln dlrs and has run the unit since 1985.",
    "The firm has access to the funds and had time to prepare.",
    "Only the political will to act was missing, he said.",
    "If it were up to me, the talks would continue.",
    "May said the deal was done. In May the bank raised rates.",
    "Whoever does take him on is going to take a big gamble.",
    "If we can satisfy his ambition he will remain a Liverpool player.",
    "On issues like taxation he has so far only published options.",
    "The first time they met the president was in 2004.",
    "Ireland last won the title 20 years ago but now they share top spot.",
    "The rights associated with it are extremely important to us.",
    "Mitsubishi Motors has forecast a net loss of 472bn yen.",
    "Wenger insists he has complete faith in the 27-year-old Spaniard.",
    "The Who is playing at the festival, and the WHO is worried.",
    "The people on it aren't dysfunctional.",
    "The level of responsibility they have has been tested in court.",
    "Those which survived were sold at auction.",
    "Demand rose due to increased exports, the ministry said.",
    "Output returned to reduced levels in March.",
    "He will be 79 on Monday.",
    "We the people are tired of waiting.",
    "Was it the first time an all-women crew ran the train?",
    "BBC viewers will of course be able to watch the ceremony.",
    "Police say they may face prosecution.",
    "The firm, which was founded in 1990, has 500 staff and is hiring.",
    # a clause straight after a noun that is not a second sentence
    "When the deal was launched the major players suspended trading.",
    "Consumers spent the gift vouchers they had been given for Christmas.",
    "He had a reply from the officials he has spoken with.",
    "Their clients must pay taxes they avoided through the scheme.",
    "He told the conference Britain had the best of both worlds.",
    "I am sure he will get the same pleasure at Chelsea.",
    "Profits rose in the year ended March 31 the group said.",
    "The board gave the Federal Reserve the flexibility it needs to act.",
    "Whilst it is a popular song it is not his best.",
    "There was no prospect they would ever be put on trial.",
    "Guests attending the event have generated huge interest.",
    # a bare noun after "is" is no verb that lost its ending
    "There was concern by the leaders about the plan.",
    "Ministers said it was time to talk about the budget.",
    "All they do is block normal Bluetooth activity.",
    "He is understudy to the captain in the squad.",
    "The plan links payments to secured lenders with cash flow.",
    # a noun after "has" that is no verb
    "The job has coach Bernard Laporte worried.",
    "They had lunch the day before the match.",
    "He said he has proof the authorities knew.",
    "U2 had number one hits in 12 countries.",
    # pronouns before names, numbers and prepositions that are grammatical
    "He Kang, the minister, said prices would remain firm.",
    "They in turn said the plan would fail.",
    "He in particular wanted the deal.",
    "He at least knew the rules.",
    "We in Switzerland are not used to this.",
    "If they acquire these weapons they WILL use them.",
    "Be it atheism or self-help, the books sell.",
    "The loan is for an as yet unspecified period.",
    "Without the reforms how are we to escape from this poverty?",
    # function words side by side that are grammatical
    "The plant will close for a week instead of for two days.",
    "He sought an acquisition of from two to eight billion dollars.",
    "The people we spoke to in London agreed.",
    "What it had was a good team.",
    "Twenty years on they share top spot.",
    "The house he lived in was sold.",
    "She plays Queen Elizabeth I in a new film about the court.",
    # subjects and verbs that agree after all
    "You just take it point by point in a match like that.",
    "Let it go, the manager said.",
    "A number of people in the town are angry.",
    "The rest of the money is in the bank.",
    "The study stated the fauna of the sites were mostly deer.",
    "The men were arrested in September.",
    "The aircraft have been grounded since Monday.",
    "We've had a fantastic year, he said.",
    "The move to increased production was welcome.",
    "Their failure to act cost the minister his job.",
    "Were you expecting a black hole so close to the Sun?",
    "Chelsea brought striker Didier Drogba on to partner Gudjohnsen up front.",
    "With it coming so late, the plan failed.",
    "But it is winter in the northeast, the analyst said.",
    "Why is it that prices keep rising?",
    "Fitch and Moody's have long since raised their rating.",
    "It will not be worth it for them to spend that money.",
    "If people swear on the show we bleep it out, the host said.",
    "Ireland face the not insignificant task of a home game.",
    "They all agreed, and we both signed the letter.",
    "What the tax will do to the economy is unclear.",
    "The commission recommended last week that it block the bid.",
    "It is vital that he attend the meeting.",
    "The news is good, and the series is over.",
    "His will states that the house goes to his son.",
    "It's been a long season for the club.",
    "The country produced 18 million tonnes of food, most of it rice.",
]

HEADLINES_AND_BULLETS = [
    "Russia blames cellphone use by soldiers in deadly missile attack\n\nBody text here.\n",
    "Ministers to decide on budget\n\nThe ministers will decide on Friday.\n",
    "U.S. JOBLESS CLAIMS RISE 10,000\n\nThe claims rose, the department said.\n",
]


@pytest.mark.parametrize(("sentence", "words", "message"), MUST_FLAG)
def test_flags_garbled_sentences(sentence: str, words: str, message: str) -> None:
    diagnostics = lint(HEAD + sentence + "\n", "WL401")
    text = HEAD + sentence + "\n"
    spans = [text[d.span.start : d.span.end] for d in diagnostics]
    assert words in spans, spans
    [d] = [d for d in diagnostics if text[d.span.start : d.span.end] == words]
    assert message in d.message
    assert d.severity.label == "warning"


@pytest.mark.parametrize("sentence", MUST_NOT_FLAG)
def test_leaves_grammatical_copy_alone(sentence: str) -> None:
    assert flagged(HEAD + sentence + "\n", "WL401") == []


@pytest.mark.parametrize("story", HEADLINES_AND_BULLETS)
def test_headlines_without_verbs_pass(story: str) -> None:
    assert flagged(story, "WL401") == []


def test_seed_story_line_47_and_nothing_else_at_warning(seed_text: str) -> None:
    diagnostics = lint(seed_text, "WL401")
    warnings = [d for d in diagnostics if d.severity.label != "info"]
    assert warnings, "line 47 must be flagged"
    text = seed_text
    lines = {text.count("\n", 0, d.span.start) + 1 for d in warnings}
    assert lines == {47}
    assert "has knock" in [text[d.span.start : d.span.end] for d in warnings]


def test_diagnostic_names_the_sentence() -> None:
    text = HEAD + "First sentence is fine. The ministers was told to go.\n"
    [d] = lint(text, "WL401")
    assert d.code == "WL401" and d.rule == "garbled-sentence"
    [note] = d.notes
    assert text[note.span.start : note.span.end] == "The ministers was told to go."


def test_british_collective_with_plural_verb_is_at_most_info() -> None:
    text = HEAD + "The ministry were told to leave.\n"
    assert all(d.severity.label == "info" for d in lint(text, "WL401"))


def test_clean_corpus_copy_stays_quiet() -> None:
    """False alarms on clean copy stay under 1.5 per 10,000 words (real slips included)."""
    files = corpus_files(every=25)
    words = warnings = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        warnings += sum(d.severity.label != "info" for d in lint(text, "WL401"))
    assert words > 20_000
    assert warnings * 10_000 / words < 1.5


def test_damaged_corpus_sentences_are_found() -> None:
    """Recall floor on a small sample of corpus sentences damaged after an auxiliary or a pronoun."""
    files = corpus_files("bbc/**/*.txt", every=60)
    from wirelint.document.model import parse_document

    damaged = []
    swaps = {
        " has been ": " has be ",
        " will be ": " will been ",
        " they are ": " they is ",
        " he has ": " he have ",
    }
    for path in files:
        doc = parse_document(path.read_text(encoding="utf-8"))
        for s in doc.sentences[1:]:
            for good, bad in swaps.items():
                if good in f" {s.text} ":
                    damaged.append(f" {s.text} ".replace(good, bad, 1).strip())
                    break
    assert len(damaged) >= 10
    found = sum(bool(flagged(HEAD + d + "\n", "WL401")) for d in damaged)
    assert found / len(damaged) >= 0.7
