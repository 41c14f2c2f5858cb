"""Build ``borgertekst/nlp/data/hunspell_noun_gender.tsv.gz`` from the Danish Hunspell dictionary.

Usage:  python scripts/build_gender_lexicon.py [/usr/share/hunspell/da_DK]

A Danish noun's gender shows in its definite singular: "ansøgningen" (common),
"brevet" (neuter). The dictionary's affix file tags those suffixes
``+BESTEMT_ENTAL`` (and the consonant-doubling ones, "stok" → "stokken"), and
irregular definite forms are listed as words of their own ("a-våbnet st:a-våben").
So each noun stem's flags tell its gender. Where a stem takes both endings,
the more frequent definite form (wordfreq) decides.

The output is derived from Stavekontrolden's da_DK dictionary (© Foreningen for
frit tilgængelige sprogværktøjer), which is tri-licensed GPL 2.0 / LGPL 2.1 /
MPL 1.1; the derived file is distributed under the MPL 1.1 option (see
borgertekst/nlp/data/NOTICE-hunspell.md).
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "borgertekst" / "nlp" / "data" / "hunspell_noun_gender.tsv.gz"


def flag_genders(aff_text: str) -> tuple[dict[str, set[str]], set[str]]:
    """Flag → genders its definite-singular suffixes give; and the flags that
    mark a word as a noun (any definite or plural suffix, or the genitive)."""
    genders: dict[str, set[str]] = defaultdict(set)
    noun_flags: set[str] = set()
    doubling: dict[str, set[str]] = defaultdict(set)  # flag → continuation flags of its "stok → stokk" rules
    for line in aff_text.splitlines():
        cols = line.split()
        if len(cols) < 5 or cols[0] != "SFX":
            continue
        flag, add, morph = cols[1], cols[3].split("/")[0], " ".join(cols[5:])
        if len(add) == 1 and add not in "aeiouyæøå" and "/" in cols[3]:
            doubling[flag].update(cols[3].split("/")[1].split(","))
        if "+GENITIV" in morph:
            noun_flags.add(flag)
        definite = "+BESTEMT_ENTAL" in morph or (
            "+KONSONANT_FORDOBLING" in morph and len(add) == 3 and add[0] not in "aeiouyæøå"
            and add.endswith(("en", "et")))
        if definite and add == "t" and cols[4] != "e":
            continue  # "god" → "godt": the adjective's neuter, tagged like a definite noun
        if definite and add.endswith(("n", "t")) and "+PERF_PART" not in morph:
            genders[flag].add("Com" if add.endswith("n") else "Neut")
            noun_flags.add(flag)
        if "+PLUR_UBEK" in morph or "+PLUR_BEK" in morph:
            noun_flags.add(flag)
    # two-step suffixes: "klub" doubles its consonant ("klubb") and continues with "-en"
    for flag, continuations in doubling.items():
        inherited = set().union(*(genders.get(c, set()) for c in continuations))
        if inherited:
            genders[flag] |= inherited
            noun_flags.add(flag)
    return genders, noun_flags


def build(base: Path) -> dict[str, str]:
    aff = (base.with_suffix(".aff")).read_text(encoding="utf-8", errors="replace")
    dic = (base.with_suffix(".dic")).read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    genders, noun_flags = flag_genders(aff)
    found: dict[str, dict[str, str]] = defaultdict(dict)  # stem → gender → a definite form
    is_noun: set[str] = set()
    irregular: list[tuple[str, str]] = []
    for line in dic:
        fields = line.split()
        if not fields:
            continue
        word, _, flags = fields[0].partition("/")
        flag_list = flags.split(",") if flags else []
        stem = word.lower()
        if any(f in noun_flags for f in flag_list):
            is_noun.add(stem)
        for f in flag_list:
            for g in genders.get(f, ()):
                found[stem].setdefault(g, stem + ("en" if g == "Com" else "et"))
        for extra in fields[1:]:
            if extra.startswith("st:"):
                irregular.append((stem, extra[3:].lower()))
    for form, stem in irregular:
        # a definite singular listed on its own: "a-våbnet st:a-våben", "natten st:nat"
        if stem in is_noun and form != stem and form.endswith(("en", "et")) and 0 < len(form) - len(stem) <= 3 \
                and form[:2] == stem[:2]:
            found[stem].setdefault("Com" if form.endswith("n") else "Neut", form)
    from wordfreq import word_frequency

    lexicon: dict[str, str] = {}
    for stem, forms in found.items():
        if len(forms) == 1:
            lexicon[stem] = next(iter(forms))
        else:
            freq = {g: word_frequency(form, "da") for g, form in forms.items()}
            lexicon[stem] = "Neut" if freq["Neut"] > freq["Com"] else "Com"
    return lexicon


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    base = Path(argv[0]) if argv else Path("/usr/share/hunspell/da_DK")
    if not base.with_suffix(".dic").exists():
        print(f"Hunspell dictionary not found: {base}.dic", file=sys.stderr)
        return 2
    lexicon = build(base)
    header = ("# noun stem<TAB>C|N (common/neuter), from Stavekontrolden's da_DK Hunspell dictionary\n"
              "# (MPL 1.1 option of its GPL/LGPL/MPL tri-licence; see NOTICE-hunspell.md).\n"
              "# Rebuild: python scripts/build_gender_lexicon.py\n")
    body = "".join(f"{stem}\t{'C' if g == 'Com' else 'N'}\n" for stem, g in sorted(lexicon.items()))
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(header + body)
    # mtime-free gzip keeps rebuilds byte-identical
    data = OUT.read_bytes()
    OUT.write_bytes(data[:4] + b"\0\0\0\0" + data[8:])
    print(f"{len(lexicon)} noun stems written to {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
