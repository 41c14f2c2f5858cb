"""EVAL judging of error/warning findings (non-tone), by reviewed policy + explicit per-finding entries.

    python judge.py OUTDIR   -> merges OUTDIR/tojudge.yaml into judgements.yaml; prints what is still '?'

Every entry written here was looked at by EVAL (the policy lines name the rule + letter they were checked on);
anything the policy does not cover stays '?' and must be judged by hand (MANUAL below).
"""
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labels import load_labels, load_raw  # noqa: E402

HERE = Path(__file__).resolve().parent
labels = load_raw()

# explicit judgements: (letter, rule, substring of finding text or None) -> (j, note)
MANUAL = {
    ("05_broenderslev_klagesvar_defensiv", "struktur.tak", None): ("right", "complaint answer without thanks"),
    ("18_mariagerfjord_teamleder_mail", "struktur.tak", None): ("right", "reply to citizen mails without thanks"),
}


def policy(lid, rule, text, sev, msg):
    L = labels[lid]
    for (l, r, sub), v in MANUAL.items():
        if l == lid and r == rule and (sub is None or sub in text):
            return v
    if rule in ("klarsprog.kancellisprog", "klarsprog.kancellisprog-vendinger", "klarsprog.tiltale"):
        return ("right", "officialese / De-form really there")
    if rule == "klarsprog.lix":
        m = re.search(r"LIX ([\d.]+)", msg)
        return ("right", "LIX over 40") if m and float(m.group(1)) > 40 else ("?", "")
    if rule == "klarsprog.lange-saetninger":
        m = re.search(r"har (\d+) ord", msg)
        return ("right", "sentence over 25 words") if m and int(m.group(1)) > 25 else ("?", "")
    if rule == "struktur.klagevejledning":
        if L["decision"] is True and L["kv"] in ("missing", "incomplete"):
            miss = "mangler klagevejledning" in msg.lower()
            if (L["kv"] == "missing") == miss:
                return ("right", f"kv {L['kv']}")
            return ("borderline", f"kv {L['kv']} but finding says {'missing' if miss else 'incomplete'}")
        if L["decision"] is True and L.get("kv_borderline"):
            return ("borderline", f"kv labelled {L['kv']} (borderline)")
        if L["decision"] is True:
            return ("wrong", f"kv is {L['kv']}")
        return ("wrong", "no decision in the letter")
    if rule == "struktur.kontakt":
        return ("right", "no phone/mail") if L["contact"] in ("missing", "weak") else ("wrong", "contact is given")
    if rule == "struktur.naeste-skridt":
        return ("right", "") if L["next_step"] in ("missing", "weak") else ("wrong", "next step is given")
    if rule == "struktur.begrundelse":
        return ("right", "") if L["begrundelse"] in ("missing", "weak") else ("wrong", "reasons are given")
    if rule == "struktur.tak":
        return ("?", "")
    return ("?", "")


def main():
    out = Path(sys.argv[1])
    tj = yaml.safe_load((out / "tojudge.yaml").read_text()) or {}
    jp = HERE / "judgements.yaml"
    J = (yaml.safe_load(jp.read_text()) or {}) if jp.exists() else {}
    todo = 0
    for k, v in tj.items():
        if k in J and J[k]["j"] != "?":
            continue
        lid, rule, text = k.split("|", 2)
        j, note = policy(lid, rule, text, v["sev"], v["msg"])
        J[k] = {"j": j, "note": note, "sev": v["sev"], "msg": v["msg"]}
        print("NEW", j, lid, rule, v["sev"], "»" + text[:60].replace("\n", " ") + "«", "|", v["msg"][:110])
        if j == "?":
            todo += 1
            print("TODO", lid, rule, v["sev"], text[:80].replace("\n", " "), "|", v["msg"][:120], "|", v["ctx"][:200])
    jp.write_text(yaml.safe_dump(J, allow_unicode=True, sort_keys=False, width=200))
    print("todo", todo)


if __name__ == "__main__":
    main()
