"""WL503: one finding a story, at its hardest paragraph, with notes at the others."""

from __future__ import annotations

from tests.conftest import lint

DENSE = (
    "Implementation of a comprehensive programme, a tightening of the administrative "
    "utilisation of commodity certificates, and reconstitution of agricultural "
    "organisations are among the considerations being evaluated by the parliamentary "
    "committee to reduce the escalating expenditure of agricultural support."
)
DENSER = (
    "Reconstitution of intergovernmental agricultural organisations, implementation of "
    "comprehensive administrative rationalisation and the prioritisation of environmental "
    "sustainability considerations are among the recommendations under consideration by "
    "the parliamentary subcommittee investigating the escalating expenditure."
)
PLAIN = "The company said on Tuesday that it would cut 1,200 jobs and close two plants."


def test_two_hard_paragraphs_make_one_finding_at_the_harder() -> None:
    story = f"Head\n\n{DENSE}\n\n{PLAIN}\n\n{DENSER}\n"
    [d] = lint(story, "WL503")
    grades = {p: lint(f"Head\n\n{p}\n", "WL503")[0].message for p in (DENSE, DENSER)}
    harder = DENSER if grades[DENSER] > grades[DENSE] else DENSE
    other = DENSE if harder is DENSER else DENSER
    assert story[d.span.start : d.span.end] == harder
    assert "1 more paragraph above grade 26" in d.message
    assert [story[n.span.start : n.span.end] for n in d.notes] == [other]


def test_plain_copy_is_not_reported() -> None:
    assert lint(f"Head\n\n{PLAIN}\n\n{PLAIN}\n", "WL503") == []
