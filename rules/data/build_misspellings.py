"""Build data/common-misspellings.tsv (WL501) from codespell's main dictionary.

codespell (https://github.com/codespell-project/codespell) ships
`codespell_lib/data/dictionary.txt`, an improved copy of Wikipedia's "Lists of common
misspellings/For machines", released under CC BY-SA 3.0. Run with codespell's wheel
unpacked (or installed) and wirelint's dependencies installed:

    python rules/data/build_misspellings.py path/to/codespell_lib/data/dictionary.txt

Keeps a misspelling of four letters or more, made of letters (an apostrophe inside; a
hyphenated entry is a house preference such as `re-using`, not a slip), unless it is a word of the SCOWL lists beside rules/spelling.toml or a word
pyspellchecker's frequency table holds 100 times or more (then it is a real word, not a
slip: `despatch`, `gage`). Keeps the corrections that are words or names. Writes
`misspelling<TAB>correction[,correction...]`, sorted.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from wirelint.lexicon import english_frequencies  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "common-misspellings.tsv"
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_CORRECTION = re.compile(r"[A-Za-z]+(?:['\- ][A-Za-z]+)*")
MIN_LENGTH = 4
REAL_WORD = 100  # a frequency this high in the table: a word people mean


def _scowl() -> set[str]:
    words: set[str] = set()
    for name in ("spelling-en.txt", "spelling-en-GB.txt", "spelling-en-US.txt"):
        words.update((HERE / name).read_text(encoding="utf-8").split())
    return words


def main() -> None:
    source = Path(sys.argv[1])
    frequencies = english_frequencies()
    scowl = _scowl()
    rows: dict[str, list[str]] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if "->" not in line:
            continue
        typo, _, fixes = line.partition("->")
        typo = typo.strip()
        if len(typo) < MIN_LENGTH or not _WORD.fullmatch(typo):
            continue
        low = typo.lower()
        if low in scowl or frequencies.get(low, 0) >= REAL_WORD:
            continue
        good = [
            f.strip()
            for f in fixes.split(",")
            if _CORRECTION.fullmatch(f.strip())
            and (f.strip()[0].isupper() or all(w in frequencies for w in f.strip().split()))
        ]
        if good:
            rows.setdefault(typo, good)
    OUT.write_text(
        "".join(f"{t}\t{','.join(f)}\n" for t, f in sorted(rows.items())), encoding="utf-8"
    )
    print(f"{OUT.name}: {len(rows)} misspellings")


if __name__ == "__main__":
    main()
