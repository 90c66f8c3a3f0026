"""No fix may create a finding: a fix that would is left for the editor."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.conftest import corpus_files, run_cli
from wirelint.config import Config
from wirelint.diagnostics import Diagnostic, Fix, Severity
from wirelint.document.span import Span
from wirelint.engine import lint_text
from wirelint.output.fixes import apply_fixes_checked


def finding(code: str, span: Span, replacement: str) -> Diagnostic:
    fix = Fix.replace(span, replacement, safe=True)
    return Diagnostic(code, "test", Severity.WARNING, "test", span, fixes=(fix,))


def test_a_fix_that_makes_a_new_finding_is_dropped_and_the_others_kept() -> None:
    text = "one two three"
    good = finding("WL001", Span(0, 3), "ONE")
    bad = finding("WL002", Span(8, 13), "3")

    def relint(fixed: str) -> list[Diagnostic]:
        # A fake checker: a figure in the text is a WL009 finding.
        return [finding("WL009", Span(0, 1), "")] if "3" in fixed else []

    outcome = apply_fixes_checked(text, [good, bad], relint)
    assert outcome.text == "ONE two three" and outcome.applied == 1


def test_when_the_fixes_only_together_make_a_finding_none_is_applied() -> None:
    text = "one two"
    first = finding("WL001", Span(0, 3), "ONE")
    second = finding("WL002", Span(4, 7), "TWO")

    def relint(fixed: str) -> list[Diagnostic]:
        return [finding("WL009", Span(0, 1), "")] if fixed == "ONE TWO" else []

    outcome = apply_fixes_checked(text, [first, second], relint)
    assert outcome.text == text and outcome.applied == 0


def test_the_seed_ministry_of_defence_is_not_rewritten_for_an_us_desk(
    chdir_tmp: Path, seed_text: str
) -> None:
    story = chdir_tmp / "story.txt"
    story.write_text(seed_text, encoding="utf-8")
    before = run_cli("check", "--dialect", "en-US", "--format", "json", str(story))
    run_cli("check", "--dialect", "en-US", "--fix", "--unsafe-fixes", str(story))
    after = story.read_text(encoding="utf-8")
    assert "Ministry of Defence" in after
    config = Config(dialect="en-US")
    old = Counter(d.code for d in lint_text(seed_text, config, "story.txt").diagnostics)
    new = Counter(d.code for d in lint_text(after, config, "story.txt").diagnostics)
    assert all(n <= old[code] for code, n in new.items()), (old, new)
    assert before.code == 1


def _codes(diagnostics: list[Diagnostic]) -> Counter[str]:
    return Counter(d.code for d in diagnostics)


def test_fixing_corpus_stories_never_adds_a_finding() -> None:
    for dialect in ("en-US", "en-GB"):
        config = Config(dialect=dialect)
        for path in corpus_files(every=97):
            text = path.read_text(encoding="utf-8")
            found = lint_text(text, config, str(path)).diagnostics

            def relint(fixed: str, path: Path = path, config: Config = config) -> list[Diagnostic]:
                return lint_text(fixed, config, str(path)).diagnostics

            outcome = apply_fixes_checked(text, found, relint, unsafe=True)
            after = _codes(relint(outcome.text))
            before = _codes(found)
            assert all(n <= before[c] for c, n in after.items()), (path, before, after)
