"""Rebuild us-uk-pairs.tsv from Debian's SCOWL word lists (not run by wirelint).

    apt-get download wamerican-large wbritish-large   # Debian 12, 2020.12.07-2
    dpkg-deb -x wamerican-large_*.deb us; dpkg-deb -x wbritish-large_*.deb uk
    python rules/data/build_us_uk_pairs.py us/usr/share/dict/american-english-large \
        uk/usr/share/dict/british-english-large > rules/data/us-uk-pairs.tsv

An American and a British spelling form a pair when they are the same word under the
regular spelling differences (-or/-our, -ize/-ise, -yze/-yse, -er/-re, -ense/-ence,
-l-/-ll-, e/ae/oe, -og/-ogue) and at least one of them is a spelling the other list
rejects, so vocabulary differences (lorry/truck) never become pairs. Only a rejected
spelling marks a dialect (`marks` column): `theater` marks a story as American, but
`theatre`, which the American list also accepts, marks nothing.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict

_SUFFIX = (
    r"(?:s|ed|ing|ings|er|ers|ite|ites|itism|able|ably|ful|fully|fulness|less|ist|ists|ism|al|ally"
    r"|y|ies|ize|izes|ized|izing|ization|izations|ise|ises|ised|ising|isation|isations|ous|ously)?$"
)
# (kind, regex, replacement) applied in order to fold a spelling to one key.
FOLDS: list[tuple[str, re.Pattern[str], str]] = [
    ("ae-oe", re.compile(r"(?<=[a-z])[ao]e(?=[a-z]{2})|^[ao]e(?=[a-z]{2})"), "e"),
    ("ogue", re.compile(r"ogue(?=s?$|d$)"), "og"),
    ("re-er", re.compile(r"(?<=[bcdgtv])re(?=s?$|d$)"), "er"),
    ("our-or", re.compile(r"(?<=[a-z]{2})our(?=" + _SUFFIX + ")"), "or"),
    ("ise-ize", re.compile(r"(?<=[iy])s(?=[ei]|a?tion)"), "z"),
    ("ence-ense", re.compile(r"(?<=en)c(?=e)"), "s"),
    ("l-ll", re.compile(r"(?<=[a-z]{3})ll"), "l"),
]


def fold(word: str) -> tuple[str, dict[str, int]]:
    """The spelling-neutral key of ``word`` and how many times each fold changed it."""
    counts: dict[str, int] = {}
    for name, regex, repl in FOLDS:
        word, n = regex.subn(repl, word)
        counts[name] = n
    return word, counts


def main(us_path: str, uk_path: str) -> None:
    def read(path: str) -> set[str]:
        with open(path, encoding="utf-8") as fh:
            return {w.strip() for w in fh if w.strip().isalpha() and w.strip().islower()}

    us, uk = read(us_path), read(uk_path)
    groups: dict[str, list[str]] = defaultdict(list)
    for w in us | uk:
        groups[fold(w)[0]].append(w)
    rows = set()
    for words in groups.values():
        if len(words) < 2:
            continue
        for u in words:
            for k in words:
                if u == k or u not in us or k not in uk:
                    continue
                # One side must be a spelling the other list does not accept.
                if u in uk and k in us:
                    continue
                cu, ck = fold(u)[1], fold(k)[1]
                kinds = sorted(n for n in cu if cu[n] != ck[n])
                # Only a spelling the other list rejects marks a dialect: `theatre`,
                # which the American list accepts, marks nothing; `theater` does.
                marks = "both" if u not in uk and k not in us else ("us" if u not in uk else "uk")
                if kinds:
                    rows.add((u, k, ",".join(kinds), marks))
    print("# us\tuk\tkinds\tmarks (which side only its own list accepts)")
    print(
        "# built by rules/data/build_us_uk_pairs.py from SCOWL 2020.12.07 (Debian wamerican-large, wbritish-large)"
    )
    for u, k, kinds, marks in sorted(rows):
        print(f"{u}\t{k}\t{kinds}\t{marks}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
