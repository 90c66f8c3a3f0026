"""Edit distance between two words, in optimal string alignment (a swap of two
neighbours, Ocsar/Oscar, is one edit; no letter is edited twice).

The names compared are short and a question is "one edit apart?" or "at most two?":
answered here in a few microseconds, where importing a library for it cost every cold
check ~15 ms.
"""

from __future__ import annotations


def one_edit_apart(a: str, b: str) -> bool:
    """At most one changed, dropped, added or swapped letter between ``a`` and ``b``."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        if len(diff) == 2:
            i, j = diff
            return j == i + 1 and a[i] == b[j] and a[j] == b[i]
        return False
    if abs(la - lb) != 1:
        return False
    short, long = (a, b) if la < lb else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


def osa_distance(a: str, b: str, limit: int) -> int:
    """The edits between ``a`` and ``b``; ``limit + 1`` when there are more than ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if limit <= 1:
        if a == b:
            return 0
        return 1 if one_edit_apart(a, b) else limit + 1
    # Rows of the alignment table: ``two`` two rows up (for a swap), ``one`` the last.
    two: list[int] = []
    one = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        ai = a[i - 1]
        for j in range(1, len(b) + 1):
            bj = b[j - 1]
            cost = 0 if ai == bj else 1
            best = min(one[j] + 1, row[j - 1] + 1, one[j - 1] + cost)
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == bj:
                best = min(best, two[j - 2] + 1)
            row[j] = best
        two, one = one, row
    return one[-1] if one[-1] <= limit else limit + 1
