"""The linter: selects rules for a configuration and runs them over a Document."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

from wirelint.config import Config
from wirelint.diagnostics import Diagnostic
from wirelint.document.model import Document, parse_document
from wirelint.document.suppression import apply_suppressions
from wirelint.errors import MissingDependency, WirelintError
from wirelint.guard import WATCHDOG, LimitExceeded, Limits, describe
from wirelint.packs import Packs, packs_for
from wirelint.registry import Context, Rule, all_rules, selector_matches


@dataclass
class RuleCrash:
    """A rule raised: the run goes on without it, and the user is told."""

    code: str
    rule: str
    error: str
    trace: str
    #: The user's data or install made the rule stop, not a bug: a pack pattern that ran
    #: out of time ("pack"), a dependency that is not installed ("install"), a story on
    #: which the rule ran past its time or memory limit ("limit").
    user_error: bool = False
    cause: str = "bug"
    #: For a "limit": the story's size, longest word and paragraph (what makes a rule's
    #: cost explode). Kept out of ``error`` so that the editor's message does not change
    #: with every keystroke.
    about: str = ""


def _stopped(rule: Rule, exc: WirelintError) -> RuleCrash:
    cause = "install" if isinstance(exc, MissingDependency) else "pack"
    return RuleCrash(rule.code, rule.name, str(exc), "", user_error=True, cause=cause)


@dataclass
class LintResult:
    document: Document
    diagnostics: list[Diagnostic]
    crashes: list[RuleCrash] = field(default_factory=list)


def _specificity(selectors: Sequence[str], rule: type[Rule]) -> int:
    return max((selector_matches(s, rule) for s in selectors), default=0)


def select_rules(
    select: Sequence[str], extend_select: Sequence[str], ignore: Sequence[str]
) -> list[type[Rule]]:
    """flake8/ruff semantics: the most specific selector wins; on a tie, ignore wins.

    Preview rules run only when named by full code or slug.
    """
    chosen = []
    for rule in all_rules():
        on = _specificity([*select, *extend_select], rule)
        off = _specificity(ignore, rule)
        if on == 0 or off >= on:
            continue
        if rule.preview and on < 1 + len(rule.code):
            continue
        chosen.append(rule)
    return chosen


@lru_cache(maxsize=64)
def _instances(
    select: tuple[str, ...], extend: tuple[str, ...], ignore: tuple[str, ...]
) -> tuple[Rule, ...]:
    return tuple(cls() for cls in select_rules(select, extend, ignore))


def rules_for(config: Config, path: str | None = None) -> tuple[Rule, ...]:
    ignore = config.ignore
    if path is not None:
        ignore = (*ignore, *config.ignored_for(path))
    return _instances(config.select, config.extend_select, ignore)


_settled = False


def _settle_after_first_use() -> None:
    """Move the word tables loaded by the first story out of the garbage collector's way.

    Hundreds of thousands of long-lived objects (word lists, lexicons, pack data) would
    otherwise be re-scanned by every collection: 10-20% of a long run's time. Objects
    created later are collected as usual.
    """
    global _settled
    if not _settled:
        _settled = True
        gc.freeze()


def load_shared_tables(rules: Iterable[Rule | type[Rule]] | None = None) -> None:
    """Load here what worker processes would otherwise each load for themselves.

    Called before workers are forked for a long run: they share this process's memory.
    ``rules`` are the rules the run selected (None: every rule); a table is loaded only
    when one of them names it in ``shared_tables``. lemminflect (~0.4 s of CPU, its
    import and tables) is asked by the spelling check and WL201 as soon as a story has a
    word whose inflections they need, which the first story (checked here before the
    fork) may not have: without this, every worker paid for it again.
    """
    from importlib.util import find_spec

    chosen = all_rules() if rules is None else rules
    wanted = {t for rule in chosen for t in getattr(rule, "shared_tables", ())}
    if "lemminflect" not in wanted or find_spec("lemminflect") is None:
        return  # a missing package is reported by the rule that needs it
    from wirelint.analysis.inflection import lemminflect

    lookups = lemminflect()
    lookups.getAllLemmas("stories")
    lookups.getAllInflections("story", "NOUN")
    # The spelling check asks lemminflect itself about words it does not list, which some
    # story of a long run has: imported here once, not by every worker.
    lookups.module().getAllLemmasOOV("stories", "NOUN")


def _over_limit(rule: Rule, doc: Document, why: str) -> RuleCrash:
    return RuleCrash(
        rule.code,
        rule.name,
        f"{why} on this story; the other rules ran",
        "",
        user_error=True,
        cause="limit",
        about=describe(doc.text),
    )


# A long story makes millions of objects that live as long as it (tokens, tags, word
# forms) and no reference cycles; with the default thresholds the collector walks them
# over and over (about 13% of the CPU time of a 4 MB story). Fewer, larger collections
# free the same cycles a little later.
_GC_THRESHOLDS = (50_000, 20, 100)


def collect_less() -> None:
    """Raise the collector's thresholds (``_GC_THRESHOLDS``) for the rest of the process.

    Called before a story is parsed, not only before its rules run: parsing a long story
    makes its sentences and tokens, and with the default thresholds the collector walked
    them over and over (about 1 s of CPU of a 10 MB story's parse).
    """
    if gc.get_threshold()[0] < _GC_THRESHOLDS[0]:
        gc.set_threshold(*_GC_THRESHOLDS)


# From this many characters on, a story's rules run with the cyclic collector paused:
# below it the one collection after the rules costs about what the pause saves.
_PAUSE_COLLECTOR_FROM = 4_000_000


@contextmanager
def _collector_paused(doc: Document) -> Iterator[None]:
    """Pause the cyclic collector while a long story's rules run.

    Its tokens, tags and word forms hold no reference cycles (they are freed as their
    last reference goes, collector or not), yet each collection walks them all again,
    with the word tables the first story loads (about 0.5 s of the 14.6 s of CPU of an
    8 MB story; its peak memory is the same). The few cycles the rules make are freed
    when the collector runs again; a shorter story, or a server's stream of them, is
    collected as usual.
    """
    if len(doc.text) < _PAUSE_COLLECTOR_FROM or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def lint_document(doc: Document, config: Config, packs: Packs | None = None) -> LintResult:
    collect_less()
    ctx = Context(config, packs if packs is not None else packs_for(config.packs))
    diagnostics: list[Diagnostic] = []
    crashes: list[RuleCrash] = []
    limits = Limits(config.rule_time_limit, config.rule_memory_limit)
    with _collector_paused(doc), WATCHDOG.story(limits) as watch:
        for rule in rules_for(config, doc.path):
            try:
                # Outside the limits; an object with only `check` is a rule too.
                prepare = getattr(rule, "prepare", None)
                if prepare is not None:
                    prepare(doc, ctx)
                # All or nothing: a rule stopped half way reports none of its findings,
                # so what is reported does not depend on how fast the machine is.
                with watch:
                    found = list(rule.check(doc, ctx))
                diagnostics.extend(found)
            except LimitExceeded:
                crashes.append(_over_limit(rule, doc, watch.reason))
            except MemoryError:
                crashes.append(_over_limit(rule, doc, "it ran out of memory"))
            except WirelintError as exc:  # the user's pack or install, named in the message
                crashes.append(_stopped(rule, exc))
            except Exception as exc:  # a broken rule must not take the run down
                missing = (
                    MissingDependency.from_import(exc)
                    if isinstance(exc, ModuleNotFoundError)
                    else None
                )
                if missing is not None:
                    crashes.append(_stopped(rule, missing))
                    continue
                import traceback  # only a crash needs it (~2 ms of every cold check)

                crashes.append(
                    RuleCrash(
                        rule.code,
                        rule.name,
                        f"{type(exc).__name__}: {exc}",
                        traceback.format_exc(),
                    )
                )
    diagnostics = _finish(doc, config, diagnostics)
    _settle_after_first_use()
    return LintResult(doc, diagnostics, crashes)


def _drop_deferred(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Drop findings that a more specific rule already makes at an overlapping place.

    A rule lists in ``defers_to`` the codes that say the same thing better (WL302's
    "the subhead spells it BACHMUT" is WL101's "BACHMUT beside Bakhmut"): an editor
    should read one finding per slip, from the rule that can name the cause.
    """
    deferring = {r.code: r.defers_to for r in all_rules() if r.defers_to}
    if not deferring:
        return diagnostics
    by_code: dict[str, list[Diagnostic]] = {}
    for d in diagnostics:
        by_code.setdefault(d.code, []).append(d)
    kept = []
    for d in diagnostics:
        others = [o for code in deferring.get(d.code, ()) for o in by_code.get(code, ())]
        if not any(o.span.overlaps(d.span) for o in others):
            kept.append(d)
    return kept


def lint_text(text: str, config: Config | None = None, path: str | None = None) -> LintResult:
    collect_less()
    return lint_document(parse_document(text, path), config or Config())


def _finish(doc: Document, config: Config, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    if doc.code_spans:
        diagnostics = [
            d for d in diagnostics if not any(c.overlaps(d.span) for c in doc.code_spans)
        ]
    if config.allow:
        diagnostics = [d for d in diagnostics if not config.is_allowed(doc.slice(d.span))]
    diagnostics = apply_suppressions(doc, diagnostics)
    if config.severity:
        diagnostics = [
            d.with_severity(config.severity[d.code]) if d.code in config.severity else d
            for d in diagnostics
        ]
    diagnostics = _drop_deferred(diagnostics)
    # One finding per place: when two rules report the same span, the lower code
    # (the more specific family, e.g. WL1xx before WL3xx) speaks for both.
    seen: set[tuple[int, int]] = set()
    unique = []
    for d in sorted(diagnostics, key=lambda d: (d.code, d.span)):
        if d.span in seen:
            continue
        seen.add(d.span)
        unique.append(d)
    unique.sort(key=Diagnostic.sort_key)
    return [d.with_path(doc.path) for d in unique]
