"""WL302 subhead-mismatch: subheads and summary bullets that disagree with the body."""

from __future__ import annotations

import pytest

from tests.conftest import corpus_files, flagged, lint

MUST_FLAG = [
    # A name in an ALL-CAPS subhead spelled unlike the body.
    (
        "Fighting goes on in the east\n\nKYIV (AP) — Fighting went on near Bakhmut.\n\n"
        "BACHMUT FIGHTS\n\nUkrainian forces are holding Bakhmut, the general said.\n",
        ["BACHMUT"],
    ),
    # A bullet's figure the body contradicts.
    (
        "Strike kills soldiers\n\n- 63 Russian soldiers killed in New Year's strike\n\n"
        "MOSCOW, Jan 4 (Reuters) - The ministry said the strike killed 89 Russian soldiers.\n",
        ["63"],
    ),
    # An institution in another form than the body's.
    (
        "Strike kills soldiers\n\n- Toll rises, says Ministry of Defence\n\n"
        "MOSCOW, Jan 4 (Reuters) - Russia's defense ministry said the toll rose.\n",
        ["Ministry of Defence"],
    ),
    # A bullet repeating the figure the body gives as the earlier one.
    (
        "Quake toll rises\n\n- Quake kills 120 people in the province\n\n"
        "ANKARA (AFP) - Officials had earlier said 120 people died. The quake killed 145 people "
        "in the province, officials said on Monday.\n",
        ["120"],
    ),
]

MUST_FLAG += [
    # A date changed: days are compared with days only.
    (
        "Lufthansa back in profit\n\n- Full results will follow on 19 March, the airline said\n\n"
        "FRANKFURT (Reuters) - Lufthansa returned to profit. Full results will follow on "
        "17 March, the airline said.\n",
        ["19"],
    ),
]

MUST_NOT_FLAG = [
    # The bullet's figure is the body's latest one, after an earlier figure.
    "Strike kills soldiers\n\n- 89 Russian soldiers killed in New Year's strike\n\n"
    "MOSCOW, Jan 4 (Reuters) - Moscow earlier said 63 Russian soldiers were killed. "
    "The ministry said the strike killed 89 soldiers.\n",
    # Same name, other case.
    "Fighting goes on\n\nKYIV (AP) — Fighting went on.\n\nBAKHMUT FIGHTS\n\nForces hold Bakhmut.\n",
    # Demonym and possessive forms.
    "Talks\n\n- Russian losses mount\n\nKYIV (AP) — Russia's losses mounted, officials said.\n",
    # A figure on another subject is no contradiction.
    "Budget\n\n- 12 ministers resign\n\nLONDON (Reuters) - Twelve ministers quit. The budget "
    "cut 40 jobs at the ministry.\n",
    # A day of the month is no count: "130" shares against "March 26".
    "Bond issue\n\n- The call applies unless the share price is 130 pct\n\nLONDON (Reuters) - "
    "No call before March 26, 1992 unless the share price is 130 pct of the price.\n",
    # Body bullets further down are body copy, not summary bullets.
    "Vote\n\nWASHINGTON (AP) — The House voted 220-211.\n\n- Democrats backed it\n- Republicans did not\n",
]


@pytest.mark.parametrize(("story", "expected"), MUST_FLAG)
def test_flags_mismatched_subheads_and_bullets(story: str, expected: list[str]) -> None:
    assert flagged(story, "WL302") == expected


@pytest.mark.parametrize("story", MUST_NOT_FLAG)
def test_leaves_agreeing_subheads_alone(story: str) -> None:
    assert flagged(story, "WL302") == []


def test_note_and_fix_point_at_the_body() -> None:
    story = "Fighting\n\nKYIV (AP) — Fighting went on.\n\nBACHMUT FIGHTS\n\nForces are holding Bakhmut.\n"
    [d] = lint(story, "WL302")
    assert story[d.notes[0].span.start : d.notes[0].span.end] == "Bakhmut"
    assert d.fixes[0].edits[0].replacement == "BAKHMUT"
    assert d.fixes[0].applicability.value == "unsafe"


def test_span_is_exactly_the_token(seed_text: str) -> None:
    # Exactly the word, so the engine can drop a duplicate a WL1xx rule reports on the same span.
    spans = [seed_text[d.span.start : d.span.end] for d in lint(seed_text, "WL302")]
    assert "BACHMUT" in spans
    assert "Ministry of Defence" in spans


def test_no_false_alarms_in_clean_corpus_copy() -> None:
    noisy = []
    for path in corpus_files(every=5):
        text = path.read_text(encoding="utf-8")
        noisy += [f"{path.name}: {d.message}" for d in lint(text, "WL302")]
    assert noisy == []
