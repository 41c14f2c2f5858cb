"""The set an EVAL script measures: ``--set DIR`` on the command line (taken out of ``sys.argv``
before the script reads its own arguments), else the ``EVAL_SET`` environment variable.

A set folder holds ``letters/``, ``letters.yaml``, ``tone.tsv``, ``messages.tsv`` and, once judged,
``judgements.yaml``. ``letters.yaml`` comes in three shapes: ``{letters: [{id, file, ...}]}`` (eval10),
``{id: {...}}`` with the file ``<id>.txt`` (eval11), or eval12's list with its own words for the values."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import yaml


def _set_dir() -> Path:
    if "--set" in sys.argv:
        i = sys.argv.index("--set")
        value = sys.argv[i + 1]
        del sys.argv[i:i + 2]
    else:
        value = os.environ.get("EVAL_SET", "")
    if not value:
        raise SystemExit("which set? give --set DIR (e.g. bench/blind/eval11) or EVAL_SET=DIR")
    path = Path(value).resolve()
    if not (path / "letters.yaml").is_file():
        raise SystemExit(f"{path} has no letters.yaml")
    return path


SET = _set_dir()
NAME = SET.name


# eval12 and eval13 write the element values in words of their own: "yes" for present, "not_needed" / "not needed" for not-needed
_VALUES = {"yes": "present", "not_needed": "not-needed", "not needed": "not-needed"}


def labels() -> list[dict]:
    data = yaml.safe_load((SET / "letters.yaml").read_text(encoding="utf-8"))
    if isinstance(data, dict) and isinstance(data.get("letters"), list):
        rows = data["letters"]
        if rows and "klagevejledning" in rows[0]:  # eval12: {file, klagevejledning, begrundelse, …}
            return [_from_eval12(row) for row in rows]
        return rows
    if isinstance(data, list) and data and "panel_alt" in data[0]:  # eval14: a list of {file, type, kv, panel, panel_alt, ...}
        return [_from_eval14(row) for row in data]
    return [dict(v, id=k, file=k + ".txt") for k, v in data.items()]


def _elem14(v):
    # eval14 writes yes/no (YAML booleans), weak, covered/thin/missing/n.a.
    if v is True or v == "covered":
        return "present"
    if v is False:
        return "missing"
    return {"thin": "weak", "n.a.": "not-needed"}.get(v, v)


def _from_eval14(row: dict) -> dict:
    out = dict(row, id=row["file"][:-4], kv=_VALUES.get(row["kv"], row["kv"]), decision=row["decision"] is True,
               kv_borderline=bool(row.get("kv_alt")), panel_borderline=row.get("panel_alt") or {})
    for key in ("begrundelse", "next_step", "contact"):
        out[key] = _elem14(row[key])
    return out


def _from_eval12(row: dict) -> dict:
    out = dict(row, id=row["file"][:-4], kv=_VALUES.get(row["klagevejledning"], row["klagevejledning"]),
               kv_borderline=bool(row.get("klagevejledning_borderline")), decision=row["decision"] is True)
    for key in ("begrundelse", "next_step", "contact"):
        out[key] = _VALUES.get(row[key], row[key])
    return out
