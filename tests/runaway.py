"""A check whose cost explodes on one kind of story, for the tests of the limits.

It is not a registered rule: the engine tests hand it to the engine directly, and
``python -m tests.runaway_server`` registers it as WL599 in a language server of
its own, so the rule list of the test process stays the product's.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from wirelint.diagnostics import Diagnostic
from wirelint.document.model import Document

#: A story holding this word sends the check into a loop that only a time limit ends.
SPIN = "RUNAWAY"
#: A story holding this word makes the check grow memory until a memory limit ends it.
GROW = "BALLOON"
#: Long enough that only a limit ends the loop, short enough that a broken limit
#: fails the test instead of hanging it.
GIVE_UP = 60.0
MAX_CHUNKS = 60  # of 10 MB: a broken memory limit fails the test at 600 MB


class RunawayCheck:
    """Spins or grows on a story with the trigger word; finds nothing otherwise."""

    code, name = "WL599", "runaway"

    def check(self, doc: object, ctx: object) -> Iterator[Diagnostic]:
        assert isinstance(doc, Document)
        if SPIN in doc.text:
            start = time.monotonic()
            n = 0
            while time.monotonic() - start < GIVE_UP:
                try:
                    n += 1  # pure Python, as an exploding rule is
                except Exception:  # a rule's own handler must not swallow the stop
                    n = 0
        if GROW in doc.text:
            chunks = []
            for _ in range(MAX_CHUNKS):
                chunks.append(bytearray(10_000_000))  # zero-filled pages count when touched
                chunks[-1][::4096] = b"\x01" * len(range(0, 10_000_000, 4096))
                time.sleep(0.02)
        yield from ()
