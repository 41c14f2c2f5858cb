"""eval13 judging of error/warning findings (non-tone): a reviewed policy + explicit per-finding entries.

    python bench/blind/eval13/judge.py OUTDIR   -> merges OUTDIR/tojudge.yaml into judgements.yaml; prints what is still '?'

Tone findings are judged by score.py from the frozen labels (tryk -> right, borderline -> borderline, else wrong)
unless judgements.yaml holds an explicit entry. Labels are never changed here.
"""
import os
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
os.environ["EVAL_SET"] = str(HERE)
sys.path.insert(0, str(HERE.parent / "evalkit"))  # the shared kit (EVAL measured with a copy of it)
from evalset import labels as set_labels  # noqa: E402

labels = {l["id"]: l for l in set_labels()}

# explicit judgements: (letter id prefix, rule, substring of finding text or None) -> (j, note)
MANUAL = {
    ("19", "klarsprog.kancellisprog", "tilsendt"): ("borderline", "'få tilsendt' is ordinary Danish; 'sendt' is plainer"),
    ("08", "struktur.tak", None): ("right", "receipt with no thanks for the application"),
    ("10", "struktur.tak", None): ("right", "complaint answer without thanks"),
}

NON_DECISION_KV_BORDERLINE = {"10", "23"}  # noted in letters.yaml: asking for guidance there is defensible


def policy(lid, rule, text, sev, msg):
    L = labels[lid]
    for (l, r, sub), v in MANUAL.items():
        if lid.startswith(l) and r == rule and (sub is None or sub in text):
            return v
    if rule in ("klarsprog.kancellisprog", "klarsprog.kancellisprog-vendinger", "klarsprog.tiltale"):
        return ("right", "officialese / De-form really there (checked in the letter)")
    if rule == "klarsprog.lix":
        m = re.search(r"LIX (?:på )?([\d.,]+)", msg)
        return ("right", "LIX over 40") if m and float(m.group(1).replace(",", ".")) > 40 else ("?", "")
    if rule == "klarsprog.lange-saetninger":
        m = re.search(r"har (\d+) ord", msg)
        return ("right", "sentence over 25 words") if m and int(m.group(1)) > 25 else ("?", "")
    if rule == "struktur.klagevejledning":
        if L["decision"] is True and L["kv"] in ("missing", "incomplete"):
            miss = "mangler klagevejledning" in msg.lower()
            if (L["kv"] == "missing") == miss:
                return ("right", f"kv {L['kv']}")
            return ("borderline", f"kv {L['kv']} but finding says {'missing' if miss else 'incomplete'}")
        if L["decision"] is True:
            return ("wrong", f"kv is {L['kv']}")
        if lid[:2] in NON_DECISION_KV_BORDERLINE:
            return ("borderline", "not a decision, but a reader could see one (noted before freezing)")
        return ("wrong", "no decision in the letter")
    if rule == "struktur.kontakt":
        if L["contact"] == "missing":
            return ("right", "no phone/mail/person")
        if L["contact"] == "weak":
            return ("borderline", "contact weak")
        return ("wrong", "contact is given")
    if rule == "struktur.naeste-skridt":
        if L["next_step"] == "missing":
            return ("right", "")
        if L["next_step"] == "weak":
            return ("borderline", "next step weak")
        return ("wrong", "next step is given")
    if rule == "struktur.begrundelse":
        if L["begrundelse"] == "missing":
            return ("right", "")
        if L["begrundelse"] == "weak":
            return ("borderline", "")
        if L["begrundelse"] == "not-needed":
            return ("wrong", "no reasons needed in this letter type")
        return ("wrong", "reasons are given")
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
        J[k] = {"j": j, "note": note, "sev": v["sev"], "msg": v["msg"], "ctx": v["ctx"]}
        if j == "?":
            todo += 1
            print("TODO", k.replace("\n", " ")[:110], "|", v["sev"], "|", v["msg"][:140], "|", v["ctx"][:160])
        else:
            print("AUTO", j, k.replace("\n", " ")[:100], "|", note)
    jp.write_text(yaml.safe_dump(J, allow_unicode=True, sort_keys=False, width=200))
    print("todo", todo)


if __name__ == "__main__":
    main()
