"""The language server behind ``wirelint lsp``: diagnostics, fixes and rule docs in editors.

The server is a thin adapter over the engine the CLI uses (``wirelint.lsp.linting``)
and pygls (``wirelint.lsp.server``). Nothing is imported here, so ``wirelint check``
never pays for pygls; :func:`serve` imports the server when it is called.
"""

from __future__ import annotations


def serve() -> None:
    """Run the language server on stdin/stdout until the client says ``exit``."""
    import sys

    from wirelint.lsp.handshake import run

    run(sys.stdin.buffer, sys.stdout.buffer)
