"""lemminflect's answers kept in wirelint's cache are lemminflect's own, word for word,
and a check that needs only them never imports lemminflect (nor numpy)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from wirelint.analysis.lemma_tables import Lookups

lemminflect = pytest.importorskip("lemminflect")

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def lookups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Lookups:
    from wirelint.analysis.inflection import module

    monkeypatch.setenv("WIRELINT_CACHE_DIR", str(tmp_path))
    Lookups(module).getAllLemmas("story")  # builds the tables into the cache
    Lookups(module).getAllInflections("story")
    return Lookups(module)  # a process that reads them from the cache


def test_every_lower_case_word_answers_as_lemminflect_does(lookups: Lookups) -> None:
    from lemminflect.core.Inflections import Inflections
    from lemminflect.core.Lemmatizer import Lemmatizer

    words = {w.lower() for w in Lemmatizer()._getLemmaDict()}
    lemmas = {w.lower() for w in Inflections()._getInflDict()}
    assert len(words) > 50_000 and len(lemmas) > 30_000
    for w in words:
        assert lookups.getAllLemmas(w) == lemminflect.getAllLemmas(w), w
    for w in lemmas:
        for upos in (None, "NOUN", "VERB", "ADJ", "ADV", "AUX"):
            assert lookups.getAllInflections(w, upos) == lemminflect.getAllInflections(w, upos)


@pytest.mark.parametrize(
    "word", ["stories", "Stories", "MEDIA", "portal", "london", "qzxv", "", "be", "better"]
)
def test_capitals_unknown_words_and_other_upos_answer_as_lemminflect_does(
    lookups: Lookups, word: str
) -> None:
    assert lookups.getAllLemmas(word) == lemminflect.getAllLemmas(word)
    for upos in (None, "NOUN", "PROPN", "VERB", "ADJ", "X"):
        assert lookups.getAllInflections(word, upos) == lemminflect.getAllInflections(word, upos)


def test_an_answer_is_a_copy_the_caller_may_change(lookups: Lookups) -> None:
    lookups.getAllLemmas("stories").clear()
    lookups.getAllInflections("story", "NOUN").clear()
    assert lookups.getAllLemmas("stories") == {"NOUN": ("story",)}
    assert lookups.getAllInflections("story", "NOUN") == {"NNS": ("stories",), "NN": ("story",)}


def test_the_out_of_vocabulary_methods_are_lemminflects(lookups: Lookups) -> None:
    assert lookups.getAllLemmasOOV("telcos", "NOUN") == lemminflect.getAllLemmasOOV(
        "telcos", "NOUN"
    )


@pytest.mark.skipif(importlib.util.find_spec("spellchecker") is None, reason="no pyspellchecker")
def test_a_cold_check_of_a_story_imports_neither_lemminflect_nor_numpy(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "Portal says markets rallied\n\nLONDON (Portal) - Shares rose on Monday, the Times "
        "and the Guardian reported, as traders bought banks.\n",
        encoding="utf-8",
    )
    (tmp_path / "wirelint.toml").write_text('grammar = "patterns"\n', encoding="utf-8")
    code = (
        "import sys\nfrom wirelint import cli\n"
        f"cli.main(['check', '--no-cache', {str(story)!r}])\n"
        "print('lemminflect' in sys.modules, 'numpy' in sys.modules, file=sys.stderr)"
    )
    env = {"WIRELINT_CACHE_DIR": str(tmp_path / "cache"), "PATH": ""}
    for _ in range(2):  # the first run builds the cached tables
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            cwd=REPO,
            env=env,
            check=False,
            timeout=300,
        )
    assert done.stderr.strip().splitlines()[-1] == "False False"
