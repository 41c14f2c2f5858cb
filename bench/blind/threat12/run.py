"""Score the threat12 blind sets (a-d), or any folder of the same shape, with the product's triage.

    .venv/bin/python bench/blind/threat12/run.py [FOLDER ...]   # default: a b c d beside this file

Prints per set: threats placed outside the staircase, threats called groen, non-threats placed outside."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from borgertekst.triage import triage  # noqa: E402

OUTSIDE = "uden-for-trappen"


def score(folder: Path) -> str:
    rows = list(csv.DictReader((folder / "labels.tsv").open(encoding="utf-8"), delimiter="\t"))
    out = green = fp = threats = others = 0
    misses = []
    for r in rows:
        step = triage((folder / f"{r['id']}.txt").read_text(encoding="utf-8")).step
        if r["label"] == "threat":
            threats += 1
            out += step == OUTSIDE
            green += step == "groen"
            if step != OUTSIDE:
                misses.append(f"{r['id']} {step}")
        else:
            others += 1
            fp += step == OUTSIDE
            if step == OUTSIDE:
                misses.append(f"{r['id']} outside")
    return (f"{folder.name}: threats outside {out}/{threats}, green {green}, non-threats outside {fp}/{others}"
            + (f"  ({', '.join(misses)})" if misses else ""))


if __name__ == "__main__":
    folders = [Path(a) for a in sys.argv[1:]] or [HERE / s for s in "abcd"]
    for f in folders:
        print(score(f))
