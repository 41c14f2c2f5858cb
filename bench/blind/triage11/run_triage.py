import sys, yaml, json
from borgertekst.triage import triage
path = sys.argv[1]
items = yaml.safe_load(open(path))
ok = tok = 0
rows = []
for it in items:
    r = triage(it["text"])
    s_ok = r.step == it["step"]
    t_ok = r.template == it["template"]
    ok += s_ok; tok += t_ok
    mark = "  " if s_ok else "XX"
    tm = "" if t_ok else f"  [tmpl {r.template} != {it['template']}]"
    print(f"{mark} {it['id']} exp={it['step']:8} got={r.step:8} {r.score:.2f}{tm}")
    if not s_ok or '-v' in sys.argv:
        print("     ", it["text"][:150])
        print("      reasons:", "; ".join(r.reasons)[:300])
print(f"step {ok}/{len(items)} = {ok/len(items):.2f}   template {tok}/{len(items)}")
