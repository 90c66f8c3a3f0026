"""A small, fast grammar checker for wire copy: a lexicon tagger and precise patterns.

``lexicon`` holds the word-class table, ``tagging`` gives each token its possible
tags, ``patterns`` finds the places where no reading of the words is English.
Pure Python, no model: a story is checked in well under a millisecond per 100 words.
"""

from __future__ import annotations

from wirelint.grammar.lexicon import Lexicon, build_lexicon
from wirelint.grammar.patterns import Finding, Scanner
from wirelint.grammar.tagging import Tagged, tag_tokens

__all__ = ["Finding", "Lexicon", "Scanner", "Tagged", "build_lexicon", "tag_tokens"]
