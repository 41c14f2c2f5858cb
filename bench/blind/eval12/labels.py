"""Load eval12 letters.yaml (a list) into the dict-per-letter shape the eval11 scripts use."""
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
MAP = {"yes": "present", "not_needed": "not-needed"}


def load_raw():
    out = {}
    for l in yaml.safe_load((HERE / "letters.yaml").read_text())["letters"]:
        lid = l["file"][:-4]
        d = dict(l)
        d["kv"] = MAP.get(l["klagevejledning"], l["klagevejledning"])
        d["kv_borderline"] = bool(l.get("klagevejledning_borderline"))
        for k in ("begrundelse", "next_step", "contact"):
            d[k] = MAP.get(l[k], l[k])
        d["decision"] = l["decision"] is True
        out[lid] = d
    return out


def load_labels():
    return [dict(v, id=k, file=k + ".txt") for k, v in load_raw().items()]
