"""``wirelint lsp`` with the runaway check registered as rule WL599 (tests/runaway.py)."""

from __future__ import annotations

from tests.runaway import RunawayCheck
from wirelint.diagnostics import Severity
from wirelint.lsp import serve
from wirelint.registry import Rule


class Runaway(RunawayCheck, Rule):  # type: ignore[misc]
    """Never finishes on a story with the word RUNAWAY.

    What it does: stands in for a rule whose cost explodes on one story.
    Why it matters: the time limit must stop it while the server goes on.
    Example: `RUNAWAY` spins until the limit stops it.
    """

    code = "WL599"
    name = "runaway"
    severity = Severity.INFO


if __name__ == "__main__":
    serve()
