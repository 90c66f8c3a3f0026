"""WL447 unlikely-word-order: two neighbours that clean copy would write the other way round."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wirelint.diagnostics import Severity
from wirelint.grammar.parsed import Hit, ParserRule, Sentence
from wirelint.grammar.tag_ngrams import TagModel, best_swap
from wirelint.packs import PackValueError, file_beside, register_section
from wirelint.registry import Context

TABLE = "grammar-tag-ngrams"


def _validate_table(value: Any, path: Path) -> dict[str, Any]:
    unknown = set(value) - {"file", "threshold"}
    if unknown:
        raise PackValueError(sorted(unknown)[0], "unknown key; known: file, threshold")
    threshold = value.get("threshold")
    if not isinstance(threshold, int | float) or isinstance(threshold, bool) or threshold <= 0:
        raise PackValueError("threshold", "expected a positive number (a gain in log score)")
    return {
        "file": file_beside(path, "file", value.get("file"), "tag n-gram table"),
        "threshold": float(threshold),
    }


register_section(
    TABLE, "table", "the tag n-gram counts WL447 reads and its threshold", _validate_table
)


class UnlikelyWordOrder(ParserRule):
    """Two neighbouring words that clean copy would write the other way round: a
    part-of-speech sequence that the exchange makes far likelier.

    ## What it does
    Reads each body sentence as a sequence of parts of speech (the parser's tags, with
    `the`, `a`, `that` and the commonest prepositions as themselves) and scores it with
    a model of such sequences counted over clean wire copy (the pack's
    `grammar-tag-ngrams` table: counts only, no text). For each pair of neighbouring
    words it asks how much likelier the sentence would be with the two exchanged; the
    pair with the largest gain is reported when the gain passes the pack's `threshold`
    (`it would the cut tax`, `rose the in first quarter`, `approved by the of board directors`). One finding per
    sentence at most; pairs with a mark or a figure, two words of the same part of
    speech, and questions (`Were there chants?`: the verb stands before its subject by
    design) are not weighed.

    ## Why it matters
    Neighbouring words swapped is what a hurried edit leaves: every word is spelled
    right, so a spell checker passes the sentence, and a reader stumbles on it.

    ## Example
    ```text
    Results

    The company said it would sell the unit and profit the rose by a third in March.
    ```
    `profit the` is reported: the words read as if two of them traded places.
    """

    code = "WL447"
    name = "unlikely-word-order"
    severity = Severity.WARNING
    # The checks that name a swap in their own terms (an adjective after its noun) keep it.
    defers_to = ("WL401", "WL402", "WL423")

    def __init__(self) -> None:
        self.model: TagModel | None = None
        self.threshold = 0.0

    def load(self, ctx: Context) -> None:
        table = ctx.packs.section(TABLE)
        if "file" not in table:
            self.model = None
            return
        self.model = ctx.packs.derived(
            ("WL447", TABLE), lambda: TagModel.parse(table["file"].read_text(encoding="utf-8"))
        )
        self.threshold = table["threshold"]

    def find(self, s: Sentence) -> Iterator[Hit]:
        model = self.model
        if model is None:
            return
        idx = s.indexes()
        words = [s.toks[i].text for i in idx]
        gain, at = best_swap(model, words, [s.toks[i].tag for i in idx])
        if gain <= self.threshold:
            return
        first = s.first + at
        one, two = s.toks[first].text, s.toks[first + 1].text
        # Where the order breaks is surer than which two words traded places (`the but
        # agency` scores highest at `but agency`): the message names no fix.
        yield Hit(
            first,
            first + 1,
            f"`{one} {two}`: an order of words clean copy does not have (swapped?)",
        )
