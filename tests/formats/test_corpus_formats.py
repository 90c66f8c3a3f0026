"""Corpus stories in every format give the plain text's findings, each at its place in the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CORPUS, corpus_files
from tests.formats.convert import WRITERS, compare

# One story in a hundred (about 40, across BBC, Reuters and Wikinews); the whole corpus
# is benchmarks/formats_eval.py's.
SAMPLE = corpus_files(every=100) if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")
@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_corpus_sample_reads_the_same_in_every_format(fmt: str) -> None:
    write, ext = WRITERS[fmt]
    problems: list[str] = []
    for path in SAMPLE:
        plain = path.read_text(encoding="utf-8")
        problems += compare(plain, write(plain), Path(path.stem + ext).name)
    assert problems == []
