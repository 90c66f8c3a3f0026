"""The engine's contract between rules: one finding per slip."""

from __future__ import annotations

from tests.conftest import lint

STORY = (
    "Russia says 89 killed in Makiivka strike\n\n"
    "* The Ministry of Defence says 89 soldiers died\n\n"
    "KYIV, Jan 4 (Reuters) - The defense ministry said 89 soldiers were killed, "
    "the defense ministry said on Wednesday. Ukraine's defense ministry did not comment.\n\n"
    "BAKHMUT FIGHTING\n\n"
    "Fighting went on around Bakhmut, where Russian forces attacked Bakhmut again.\n"
)


def test_a_spelling_slip_is_reported_by_the_consistency_rule_only() -> None:
    # On its own, WL302 reports the bullet's `Ministry of Defence` ...
    assert [d.code for d in lint(STORY, select="WL302")] == ["WL302"]
    # ... but WL102 names the cause (UK beside US spelling), so only it speaks.
    codes = [(d.code, STORY[d.span.start : d.span.end]) for d in lint(STORY)]
    assert ("WL102", "Defence") in codes
    assert not [c for c in codes if c[0] == "WL302"]


def test_the_structure_rule_still_speaks_when_nothing_else_does() -> None:
    story = STORY.replace("BAKHMUT FIGHTING", "BACHMUT FIGHTING")
    codes = {d.code for d in lint(story, select="WL302")}
    assert "WL302" in codes
