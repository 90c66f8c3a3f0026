"""Grammar patterns over tag candidates: where a sentence stops being English.

Each pattern family lives in its own module with an id, a docstring that says what
it sees and lists sentences it must flag, and a cheap trigger. A family starts at a
trigger word (an auxiliary, a pronoun, a determiner, a noun before a verb) and fires
only when *every* reading the lexicon allows for the next words is wrong there:
``has knock`` (no reading of ``knock`` is a past participle), ``the ministers was``,
``the it``. Words the lexicon does not know never fire a pattern. ``scanner.FAMILIES``
is the registry, in the order the families are tried.
"""

from __future__ import annotations

from wirelint.grammar.patterns.base import Family, Finding
from wirelint.grammar.patterns.scanner import FAMILIES, Scanner, family

__all__ = ["FAMILIES", "Family", "Finding", "Scanner", "family"]
