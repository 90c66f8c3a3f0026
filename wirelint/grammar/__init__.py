"""A small, fast grammar checker for wire copy: a lexicon tagger and precise patterns.

``lexicon`` holds the word-class table, ``tagging`` gives each token its possible
tags, ``patterns`` finds the places where no reading of the words is English.
Pure Python, no model: a story is checked in well under a millisecond per 100 words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from wirelint.grammar.lexicon import Lexicon, build_lexicon
from wirelint.grammar.patterns import Finding, Scanner
from wirelint.grammar.tagging import Tagged, tag_tokens

__all__ = ["Finding", "Lexicon", "Scanner", "Tagged", "build_lexicon", "scanner_for", "tag_tokens"]

_SCANNERS: dict[tuple[Path, int], tuple[object, Scanner]] = {}


def scanner_for(lexicon_path: Path, words: Mapping[str, Sequence[str]]) -> Scanner:
    """The Scanner for a lexicon file and closed-class word lists, built once."""
    key = (lexicon_path, id(words))
    hit = _SCANNERS.get(key)
    if hit is not None and hit[0] is words:
        return hit[1]
    scanner = Scanner(build_lexicon(lexicon_path, words))
    _SCANNERS[key] = (words, scanner)
    return scanner
