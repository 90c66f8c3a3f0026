"""Build the WL501 word lists beside rules/spelling.toml from SCOWL and pyspellchecker.

Run on Debian with `apt-get install wamerican-large wbritish-large wamerican-huge
wbritish-huge` (SCOWL 2020.12.07, sizes 70 and 80) and pyspellchecker installed:

    python rules/data/build_spelling_lists.py

Writes, one lower-case word a line:
- spelling-en.txt     words in both the American and British lists that pyspellchecker's
                      English dictionary lacks (unvaccinated-era words excepted: SCOWL 2020);
- spelling-en-GB.txt  words only in the British list (colour, organise, centre ...);
- spelling-en-US.txt  words only in the American list (color, organize, center ...);
- spelling-en-rare.txt words of five letters or more in both size-80 lists and in neither
                      size-70 list nor pyspellchecker's: rarer, informal and technical words
                      (punky, leakers, erodable), taken as words only when nothing else is.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import spellchecker

HERE = Path(__file__).resolve().parent
DICT = Path("/usr/share/dict")


def _words(path: Path) -> set[str]:
    return {
        w
        for w in path.read_text(encoding="utf-8").split()
        if w.isascii() and w.isalpha() and w.islower()
    }


def main() -> None:
    resource = Path(spellchecker.__file__).parent / "resources" / "en.json.gz"
    known = set(json.loads(gzip.decompress(resource.read_bytes())))
    american = _words(DICT / "american-english-large")
    british = _words(DICT / "british-english-large")
    rare = (_words(DICT / "american-english-huge") & _words(DICT / "british-english-huge")) - (
        american | british | known
    )
    lists = {
        "spelling-en.txt": (american & british) - known,
        "spelling-en-GB.txt": british - american,
        "spelling-en-US.txt": american - british,
        # Shorter rare words are mostly abbreviations and old forms one slip from a
        # common word (dea, bas, cel): left out.
        "spelling-en-rare.txt": {w for w in rare if len(w) >= 5},
    }
    for name, words in lists.items():
        (HERE / name).write_text("".join(f"{w}\n" for w in sorted(words)), encoding="utf-8")
        print(f"{name}: {len(words)} words")


if __name__ == "__main__":
    main()
