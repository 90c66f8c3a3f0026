"""lemminflect is loaded without spaCy, and before workers only for the rules that read it.

Each case runs in a fresh interpreter: what a process has imported is the thing checked.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

needs_lemminflect = pytest.mark.skipif(
    importlib.util.find_spec("lemminflect") is None, reason="lemminflect not installed"
)


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.strip()


@needs_lemminflect
def test_lemminflect_answers_as_imported_directly_but_leaves_spacy_unimported() -> None:
    words = ["stories", "portal", "Officials", "MEDIA", "further", "london"]
    ours = _run(
        "import sys\n"
        "from wirelint.analysis.inflection import lemminflect\n"
        "m = lemminflect()\n"
        f"print([m.getAllLemmas(w) for w in {words!r}], m.getAllInflections('story', 'NOUN'),"
        " m.getAllLemmasOOV('telcos', 'NOUN'), 'spacy' in sys.modules)"
    )
    theirs = _run(
        "import lemminflect as m\n"
        f"print([m.getAllLemmas(w) for w in {words!r}], m.getAllInflections('story', 'NOUN'),"
        " m.getAllLemmasOOV('telcos', 'NOUN'), False)"
    )
    assert ours == theirs
    assert ours.endswith("False")


@needs_lemminflect
@pytest.mark.skipif(importlib.util.find_spec("spacy") is None, reason="spaCy not installed")
def test_a_spacy_already_imported_is_left_alone() -> None:
    out = _run(
        "import spacy, sys\n"
        "from wirelint.analysis.inflection import lemminflect\n"
        "lemminflect().getAllLemmasOOV('stories', 'NOUN')\n"
        "print(sys.modules['spacy'] is spacy, spacy.tokens.Token.has_extension('lemma'))"
    )
    assert out == "True True"


@needs_lemminflect
@pytest.mark.parametrize(
    ("select", "loaded"),
    [
        ("WL201", True),  # the placeholder-brand check reads lemminflect's lexicon
        ("WL501", True),  # the spelling check asks it for inflections
        ("WL101,WL302", False),
    ],
)
def test_shared_tables_load_only_for_rules_that_read_them(select: str, loaded: bool) -> None:
    out = _run(
        "import sys\n"
        "from wirelint.config import Config\n"
        "from wirelint.engine import load_shared_tables, rules_for\n"
        f"load_shared_tables(rules_for(Config(select=tuple({select!r}.split(',')))))\n"
        "print('lemminflect' in sys.modules, 'spacy' in sys.modules)"
    )
    assert out == f"{loaded} False"


@needs_lemminflect
def test_shared_tables_without_rules_load_what_any_rule_reads() -> None:
    out = _run(
        "import sys\n"
        "from wirelint.engine import load_shared_tables\n"
        "load_shared_tables()\n"
        "print('lemminflect' in sys.modules)"
    )
    assert out == "True"
