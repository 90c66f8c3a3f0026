"""WL102: -ize in an -ise story, Oxford spelling as a dialect, and official names."""

from __future__ import annotations

from tests.conftest import flagged, lint, run_cli
from wirelint.output.fixes import apply_fixes

ISE_STORY = (
    "Head\n\nThe organisation said it would modernize its plants. Officials criticised the plan "
    "at the International Cocoa Organization, and the centre was closed.\n"
)
IZE_STORY = (
    "Head\n\nThe organization said it would modernise its plants. Officials criticized the plan "
    "in the colour brochure of the centre.\n"
)


def test_ize_in_a_story_that_otherwise_writes_ise_is_a_mix() -> None:
    assert flagged(ISE_STORY, "WL102") == ["modernize"]
    assert flagged(ISE_STORY, "WL102", dialect="en-GB") == ["modernize"]


def test_oxford_spelling_wants_ize_and_keeps_british_spellings() -> None:
    found = lint(IZE_STORY, "WL102", dialect="en-GB-oxendict")
    assert [IZE_STORY[d.span.start : d.span.end] for d in found] == ["modernise"]
    assert "Oxford spelling" in found[0].message and "`modernize`" in found[0].message
    assert apply_fixes(IZE_STORY, found).text == IZE_STORY.replace("modernise", "modernize")
    # -yse is not the -ize suffix: Oxford spelling writes `analyse`.
    assert (
        flagged("Head\n\nAnalysts analyse the organization.\n", "WL102", dialect="en-GB-oxendict")
        == []
    )


def test_official_names_keep_their_spelling_in_any_dialect() -> None:
    for dialect in ("en-US", "en-GB", "en-GB-oxendict", "auto"):
        assert "Organization" not in flagged(ISE_STORY, "WL102", dialect=dialect)


def test_a_title_the_pack_lists_is_reported_with_an_unsafe_fix_only() -> None:
    story = (
        "Head\n\n- 89 soldiers killed in strike – Ministry of Defence\n\n"
        "MOSCOW (Reuters) - Russia's defense ministry said the defense of the city went on.\n"
    )
    [d] = lint(story, "WL102", dialect="en-US")
    assert story[d.span.start : d.span.end] == "Defence" and "official name" in d.message
    assert [f.applicability.value for f in d.fixes] == ["unsafe"]


def test_the_dialect_is_a_cli_choice_and_a_config_value(chdir_tmp: object) -> None:
    from pathlib import Path

    Path("story.txt").write_text(IZE_STORY, encoding="utf-8")
    r = run_cli(
        "check",
        "--select",
        "WL102",
        "--format",
        "concise",
        "--dialect",
        "en-GB-oxendict",
        "story.txt",
    )
    assert r.code == 1 and "modernise" in r.out and "criticized" not in r.out
    Path(".wirelint.toml").write_text('dialect = "en-GB-oxendict"\n', encoding="utf-8")
    r = run_cli("check", "--select", "WL102", "--format", "concise", "story.txt")
    assert r.code == 1 and "modernise" in r.out


def test_the_spelling_check_follows_oxford_spelling() -> None:
    story = "Head\n\nThe organization said the colour of the centre was criticized.\n"
    assert flagged(story, "WL501", dialect="en-GB-oxendict") == []
    assert flagged("Head\n\nThe color was odd, he said.\n", "WL501", dialect="en-GB-oxendict") == [
        "color"
    ]


def test_official_names_sharing_a_first_letter_match_as_one_alternation_of_them_would() -> None:
    """The names are grouped by first letter; within a group the longest still wins."""
    import re

    from wirelint.analysis.dialect import _official_regex

    names = ("Defence Forces", "Defence Secretary", "Department of Defence", "defence", "Labor")
    regex = _official_regex(tuple((n, ()) for n in names))
    assert regex is not None
    text = (
        "The Department of Defence and the DEFENCE FORCES met; defence-minded Defence "
        "Secretary X of the Labor party, not Laborite nor labor-backed."
    )
    plain = sorted(names, key=len, reverse=True)
    alternation = re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, plain)) + r")(?![\w-])", re.I
    )
    found = [m.group() for m in regex.finditer(text)]
    assert found == [m.group() for m in alternation.finditer(text)]
    assert found == ["Department of Defence", "DEFENCE FORCES", "Defence Secretary", "Labor"]
