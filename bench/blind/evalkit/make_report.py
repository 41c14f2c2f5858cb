"""Figures table for REPORT.md from OUTDIR/figures.json.   python3 make_report.py OUTDIR > table.md"""
import json
import sys
from pathlib import Path

F = json.loads((Path(sys.argv[1]) / "figures.json").read_text())


def p(a, b):
    return f"{a}/{b} ({100 * a / b:.0f} %)" if b else "–"


rows = []
lt = F["letter_type"]
rows.append(("Letter type right (24 letters)", p(lt["strict"], lt["n"]), p(lt["lenient"], lt["n"])))
kv = F["kv_decisions"]
rows.append(("Klagevejledning judged right on decisions", p(kv["strict"], kv["n"]), p(kv["lenient"], kv["n"])))
rows.append(("Klagevejledning problem claimed on non-decisions", str(len(kv["on_non_decisions"])), "same"))
fl = "; ".join(f"{a} {b}: {c}" for a, b, c in F["flags"])
rows.append(("Decisions without kv / reasons flagged (level)", fl, "same"))
for name, sev in (("Error precision", ["error"]), ("Warning+error precision", ["error", "warning"])):
    c = {"right": 0, "borderline": 0, "wrong": 0, "unjudged": 0}
    for s in sev:
        for k, v in F["findings_judged"].get(s, {}).items():
            c[k] = c.get(k, 0) + v
    n = c["right"] + c["borderline"] + c["wrong"]
    rows.append((f"{name} (right {c['right']}, borderline {c['borderline']}, wrong {c['wrong']})",
                 p(c["right"], n), p(c["right"] + c["borderline"], n)))
t = F["tone_in_letters"]
a = t["all"]
n = sum(a.values())
rows.append((f"Tone findings in letters right (all severities; r {a.get('right', 0)}, b {a.get('borderline', 0)}, w {a.get('wrong', 0)})",
             p(a.get("right", 0), n), p(a.get("right", 0) + a.get("borderline", 0), n)))
w = t["warning+"]
n = sum(w.values())
rows.append((f"Tone findings in letters right (warning+; r {w.get('right', 0)}, b {w.get('borderline', 0)}, w {w.get('wrong', 0)})",
             p(w.get("right", 0), n), p(w.get("right", 0) + w.get("borderline", 0), n)))
rows.append(("Labelled TRYK sentences in letters found (any level / warning+)",
             f"{p(t['tryk_found'], t['tryk_total'])} / {p(t['tryk_found_warning'], t['tryk_total'])}", "same"))
for el, v in F["panel"].items():
    rows.append((f"Panel exact agreement: {el}", p(v["strict"], v["n"]), p(v["lenient"], v["n"])))
s = sum(v["strict"] for v in F["panel"].values()); l = sum(v["lenient"] for v in F["panel"].values())
n = sum(v["n"] for v in F["panel"].values())
rows.append(("Panel exact agreement: all elements", p(s, n), p(l, n)))
tt = F["tone_tsv"]
rows.append(("tone.tsv TRYK found (any level / warning+)", f"{p(tt['recall'], tt['n_tryk'])} / {p(tt['recall_warning'], tt['n_tryk'])}", "same"))
rows.append(("tone.tsv NEUTRAL false alarms (any level / warning+)",
             f"{p(tt['false_alarms'], tt['n_neutral'])} / {p(tt['false_alarms_warning'], tt['n_neutral'])}", "same"))
tr = F["triage"]
rows.append(("Triage step right (50 messages)", p(tr["right"], tr["n"]), "same"))
rows.append(("Threats put outside the staircase", p(tr["threats_out"], tr["threats"]), "same"))
rows.append(("Threats called groen", str(tr["threats_groen"]), "same"))
rows.append(("Non-threats put outside", p(tr["non_threats_out"], tr["non_threats"]), "same"))
rw = F["rewrite"]
rows.append(("Rewritable findings whose rewrite changes nothing", f"{rw['no_change']} of {rw['rewritable']}", "same"))
if "web" in F:
    W = F["web"]
    rows.append(("Web: letters with an error state / page script errors", f"{W['error_state']}/{W['letters']} / {W['page_errors']}", "same"))
    rows.append(("Web: after Brug, focus on next finding", p(W["focus_next"], W["fixes"]), "same"))
    rows.append(("Web: after Brug, place kept", p(W["place_kept"], W["fixes"]), "same"))
    rows.append(("Web: error state after a Brug", str(W["error_after_fix"]), "same"))
print("| figure | strict | lenient |\n|---|---|---|")
for r in rows:
    print(f"| {r[0]} | {r[1]} | {r[2]} |")
