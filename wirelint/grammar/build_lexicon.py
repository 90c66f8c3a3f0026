"""Regenerate ``rules/data/wl401-lexicon.txt`` from lemminflect's inflection table.

Run by hand when lemminflect changes: ``python -m wirelint.grammar.build_lexicon``.
The check itself never imports lemminflect: it reads the compact text file this
writes, which loads in a few milliseconds.

lemminflect (Brad Jascob, MIT licence) derives its table from AGID (Kevin Atkinson)
and the NIH SPECIALIST lexicon; it lists only nouns with irregular or notable plurals,
so the nouns, adjectives and adverbs of WordNet 3.0 (Princeton University, WordNet
licence, read from the spacy-lookups-data package's ``en_lemma_index``) are added:
without them ``the act`` would look like a determiner before a verb. Only lower-case
single-word lemmas are kept (names are tagged by their capital letter, not by a list).
Needs ``pip install lemminflect spacy-lookups-data`` (build time only).
"""

from __future__ import annotations

import gzip
import sys
from importlib import util
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "rules" / "data" / "wl401-lexicon.txt"
KIND = {"verb": "v", "noun": "n", "adj": "a", "adv": "r"}
WORDNET_NOTICE = """\
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT
# LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF
# MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED
# SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS,
# COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. (WordNet licence: permission to use, copy,
# modify and distribute for any purpose and without fee, with this notice.)
"""


def _wordnet() -> dict[str, list[str]]:
    import json

    spec = util.find_spec("spacy_lookups_data")
    if spec is None or spec.origin is None:
        print("spacy-lookups-data is not installed: WordNet words left out", file=sys.stderr)
        return {}
    path = Path(spec.origin).parent / "data" / "en_lemma_index.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        index: dict[str, list[str]] = json.load(fh)
    return index


def _frequent(minimum: int = 100) -> set[str]:
    """Words seen at least ``minimum`` times in pyspellchecker's English frequency list."""
    import json

    spec = util.find_spec("spellchecker")
    if spec is None or spec.origin is None:
        print("pyspellchecker is not installed: no frequency filter", file=sys.stderr)
        return set()
    path = Path(spec.origin).parent / "resources" / "en.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        counts: dict[str, int] = json.load(fh)
    return {w for w, n in counts.items() if n >= minimum}


# A build script read top to bottom: load, filter, write.
def main() -> int:  # noqa: C901, PLR0912, PLR0915
    spec = util.find_spec("lemminflect")
    if spec is None or spec.origin is None:
        print("lemminflect is not installed (pip install lemminflect)", file=sys.stderr)
        return 2
    table = Path(spec.origin).parent / "resources" / "infl_lu.csv.gz"
    lines = []
    seen: set[tuple[str, str]] = set()
    with gzip.open(table, "rt", encoding="utf-8") as fh:
        for row in fh:
            fields = row.rstrip("\n").split(",")
            lemma, pos, forms = fields[0], fields[1], fields[2:]
            if pos not in KIND or not lemma.isalpha() or not lemma.islower():
                continue
            if pos == "verb":
                vbd, vbn, vbg, vbz = [*forms, "", "", "", ""][:4]
                vbn = vbn or vbd
                out = [lemma, vbd, vbn, vbg, vbz]
            elif pos == "noun":
                out = [lemma, forms[0] if forms else ""]
            elif pos == "adj":
                out = [lemma, *(f for f in forms if f)]
            else:
                out = [lemma]
            lines.append(" ".join([KIND[pos], *(f or "-" for f in out)]))
            seen.add((KIND[pos], lemma))
    # WordNet nouns (countability unknown: kind "m"), adjectives and adverbs.
    from lemminflect import getInflection

    for pos, kind in (("noun", "m"), ("adj", "a"), ("adv", "r")):
        for lemma in _wordnet().get(pos, []):
            if not lemma.isalpha() or not lemma.islower():
                continue
            if (kind if kind != "m" else "n", lemma) in seen:
                continue
            if kind == "m":
                plural = getInflection(lemma, tag="NNS") or ("",)
                lines.append(f"m {lemma} {plural[0] or '-'}")
            else:
                lines.append(f"{kind} {lemma}")
    header = (
        "# WL401 lexicon: one line per tag (@NN word word ...), then verb forms in aligned"
        " columns (@VERB lemmas, @VERB-VBD their past forms, ...; @FORM other spellings, @FORM-LEMMAS their lemmas).\n"
        "# Tags: VB base, VBD past, VBN participle, VBG -ing, VBZ -s, NN noun, NNS plural,"
        " JJ adjective, RB adverb, COUNT noun that needs an article (a knock).\n"
        "# Generated by wirelint/grammar/build_lexicon.py from lemminflect 0.2.3"
        " (MIT licence, Brad Jascob; data from AGID and the NIH SPECIALIST lexicon)\n"
        "# and WordNet 3.0 nouns, adjectives and adverbs, kept when pyspellchecker's English frequency list has them 100 times or more.\n"
        + WORDNET_NOTICE
    )
    from wirelint.grammar.lexicon import (
        MASS,
        NN,
        SET_NAMES,
        VB,
        VBD,
        VBG,
        VBN,
        VBZ,
        parse_lemma_lines,
    )

    tags, verbs = parse_lemma_lines(lines)
    # Keep nouns, adjectives and adverbs that are in common use: a rare word is left
    # unknown (and unknown words never fire a pattern), and the table loads faster.
    frequent = _frequent()
    verb_bits = VB | VBD | VBN | VBG | VBZ
    for w in list(tags):
        if frequent and w not in frequent and not tags[w] & verb_bits:
            # A verb form keeps every reading (the centre, an upturn): only words that
            # cannot be verbs are dropped when rare.
            del tags[w]
    body = []
    for name, bit in SET_NAMES.items():
        if bit == MASS:
            # stored inverted: the nouns known to need an article (a knock, a plan)
            members = sorted(w for w, t in tags.items() if t & NN and not t & MASS)
            body.append("@COUNT " + " ".join(members))
            continue
        members = sorted(w for w, t in tags.items() if t & bit)
        body.append(f"@{name} " + " ".join(members))
    # Verb forms as aligned columns: lemma, past, participle, -ing, -s (first spelling
    # of each), then every form with its lemmas.
    lemmas_of: dict[str, list[str]] = {}
    columns: list[list[str]] = [[], [], [], [], []]
    for lemma, vforms in sorted(verbs.items()):
        for col, form in zip(columns, vforms, strict=True):
            col.append(form.split("/")[0] if form != "-" else lemma)
        for form in {f for spelling in vforms if spelling != "-" for f in spelling.split("/")}:
            lemmas_of.setdefault(form, []).append(lemma)
    for name, col in zip(
        ("VERB", "VERB-VBD", "VERB-VBN", "VERB-VBG", "VERB-VBZ"), columns, strict=True
    ):
        body.append(f"@{name} " + " ".join(col))
    # Other spellings (learnt, proven) map to their lemma; first spellings are found
    # from the columns when the map is first needed.
    firsts = {f for col in columns for f in col}
    extra = sorted(f for f in lemmas_of if f not in firsts)
    body.append("@FORM " + " ".join(extra))
    body.append("@FORM-LEMMAS " + " ".join("/".join(lemmas_of[f]) for f in extra))
    OUT.write_text(header + "\n".join(body) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} lemmas to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
