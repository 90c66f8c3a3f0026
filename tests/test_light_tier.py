"""The light grammar tier on its own: the grammar tests again, with spaCy hidden.

An install without the `grammar` extra has no spaCy. This runs WL401's tests, every rule's
cases (the parser checks' cases must skip) and the tier's install-problem tests in a separate pytest
process with the `tests.no_parser` plugin, which makes importing spaCy and its pipeline fail.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def test_grammar_tests_pass_without_the_extra() -> None:
    rules = REPO / "tests" / "rules"
    files = [
        rules / "test_wl401_garbled_sentence.py",
        rules / "test_rule_cases.py",
        rules / "test_parser_tier.py",
    ]
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.no_parser"]
        + [str(f) for f in files if f.exists()],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout
