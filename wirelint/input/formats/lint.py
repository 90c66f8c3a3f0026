"""Linting a story in any format, with every position reported in the file as written."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from wirelint.diagnostics import Diagnostic, Edit, Fix, Note
from wirelint.document.positions import LineIndex

if TYPE_CHECKING:
    from wirelint.config import Config
    from wirelint.document.model import Document
    from wirelint.engine import RuleCrash
    from wirelint.input.formats.sourcemap import SourceMap
    from wirelint.packs import Packs


@dataclass
class Linted:
    """Diagnostics whose spans, notes and fixes index the file's text (``lines``)."""

    document: Document  # the story as the rules read it
    lines: LineIndex
    diagnostics: list[Diagnostic]
    crashes: list[RuleCrash] = field(default_factory=list)
    markup: bool = False


def lint_source_text(
    text: str, path: str | None, config: Config, fmt: str = "text", packs: Packs | None = None
) -> Linted:
    """Lint ``text`` read as ``fmt`` (InputError for markup that holds no story)."""
    from wirelint.document.model import parse_document
    from wirelint.engine import collect_less, lint_document

    collect_less()  # before the parse, which makes most of a long story's objects
    if fmt == "text":
        doc = parse_document(text, path)
        result = lint_document(doc, config, packs)
        return Linted(doc, doc.lines, result.diagnostics, result.crashes)
    # The markup readers (expat, HTML entities) load only for a story in markup.
    from wirelint.input.formats.read import read_story
    from wirelint.input.formats.sourcemap import SourceMap
    from wirelint.input.formats.story import build_document

    story = read_story(text, path or "<stdin>", fmt)
    doc = build_document(story, path)
    brand = _metadata_brand(story.metadata.brands, config, packs)
    if brand is not None and config.brand is None:
        from wirelint.config import with_overrides

        config = with_overrides(config, brand=brand)
    result = lint_document(doc, config, packs)
    source_map = SourceMap(story.mapped, text, story.elements)
    diagnostics = [_to_file(d, source_map) for d in result.diagnostics]
    return Linted(doc, LineIndex(text), diagnostics, result.crashes, markup=True)


def _metadata_brand(brands: tuple[str, ...], config: Config, packs: Packs | None) -> str | None:
    """The first provider, credit or copyright holder that names an agency the packs know.

    Any other name ("Acme News and Media LLC") says nothing WL201 could check a slot
    against, so it is not used.
    """
    if not brands:
        return None
    from wirelint.analysis.brands import AGENCIES
    from wirelint.packs import packs_for
    from wirelint.rules.wl201_placeholder_brand import _canonical, _key

    packs = packs if packs is not None else packs_for(config.packs)
    agencies = packs.section(AGENCIES)
    # The table WL201 itself builds (shared through the pack set's cache).
    canonical = packs.derived(("WL201", AGENCIES), lambda: _canonical(agencies))
    for name in brands:
        agency = canonical.get(_key(name))
        if agency is not None:
            return agency  # type: ignore[no-any-return]
    return None


def _to_file(d: Diagnostic, source_map: SourceMap) -> Diagnostic:
    notes = tuple(Note(source_map.span(n.span), n.message) for n in d.notes)
    fixes = []
    for fix in d.fixes:
        edits = []
        for e in fix.edits:
            mapped = source_map.edit(e.span, e.replacement)
            if mapped is None:
                break  # this fix cannot be written into the markup: offered nowhere
            edits.append(Edit(*mapped))
        else:
            fixes.append(Fix(tuple(edits), fix.applicability, fix.title))
    return replace(d, span=source_map.span(d.span), notes=notes, fixes=tuple(fixes))
