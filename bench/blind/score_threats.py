"""Score the THREAT blind sets (threat10 a-f, threat11 a-d, threat12 a-d: folders of ``<id>.txt`` and
``labels.tsv`` with ``id``, ``label`` threat/other) with the product's triage.

    .venv/bin/python bench/blind/score_threats.py [FOLDER ...]   # default: every threat*/<set> beside this file

Prints per set: threats placed outside the staircase, threats called groen, non-threats placed outside."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

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
    return (f"{folder.parent.name}/{folder.name}: threats outside {out}/{threats}, green {green}, non-threats outside {fp}/{others}"
            + (f"  ({', '.join(misses)})" if misses else ""))


if __name__ == "__main__":
    folders = [Path(a) for a in sys.argv[1:]] or sorted(p.parent for p in HERE.glob("threat*/*/labels.tsv"))
    for f in folders:
        print(score(f))
