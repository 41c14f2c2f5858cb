"""EVAL scorer: figures for one run of run_product.py.

    python3 score.py --set DIR OUTDIR            -> OUTDIR/figures.md, OUTDIR/figures.json, OUTDIR/tojudge.yaml

Judgements of error/warning findings: judgements.yaml, keyed "<letter id>|<rule>|<finding text>" ->
right / wrong / borderline (+ optional note). Tone findings are judged from the frozen labels
(overlap with a TRYK sentence: right; with a borderline sentence: borderline; else wrong) unless
judgements.yaml has the key.
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from evalset import SET as HERE, labels as set_labels  # noqa: E402  (--set DIR)
ELEMENTS = ["indflydelse", "gennemskuelighed", "tillid", "vaerdighed"]
ORDER = {"covered": 0, "weak": 1, "missing": 2}


def pct(a, b):
    return f"{a}/{b} ({100 * a / b:.0f} %)" if b else f"{a}/0"


def key(lid, f):
    return f"{lid}|{f['rule']}|{f['text']}"


def spans(f):
    return [(f["start"], f["end"])] + [(o["start"], o["end"]) for o in f.get("occurrences", [])]


def sentence_spans(text, sentences):
    out = []
    for s in sentences:
        i = text.find(s)
        assert i >= 0, s
        out.append((i, i + len(s)))
    return out


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def rules_of(f):
    return [f["rule"], *f.get("also_rules", [])]


def product_kv(rep):
    """The product's verdict on the klagevejledning: missing / incomplete / ok (from its findings and panel reason)."""
    fs = [f for f in rep["findings"] if "struktur.klagevejledning" in rules_of(f)]
    reason = rep.get("element_status", {}).get("indflydelse", {}).get("reason", "")
    if fs:
        msg = " ".join(f["message"] for f in fs).lower()
        if ("mangler klagevejledning" in msg and all(w in msg for w in ("hvor", "hvordan", "frist"))) or \
                "siger ikke, hvordan man klager" in reason or "ingen klagevejledning" in msg:
            return "missing", max((f["severity"] for f in fs), key=["info", "warning", "error"].index)
        return "incomplete", max((f["severity"] for f in fs), key=["info", "warning", "error"].index)
    r = reason.lower()
    if "bag et link" in r or "ikke komplet" in r or "mangler noget" in r or "ser forkert ud" in r:
        return "incomplete", "panel"
    if "siger ikke, hvordan man klager" in r or "siger nej, men ikke hvordan man klager" in r:
        return "missing", "panel"
    return "ok", None


def kv_class(label):
    return {"complete": "ok", "not-needed": "ok"}.get(label, label)


def adjacent(a, b, scale):
    return abs(scale.index(a) - scale.index(b)) <= 1


def main():
    out = Path(sys.argv[1])
    raw = out / "raw"
    labels = set_labels()
    jpath = HERE / "judgements.yaml"
    judg = (yaml.safe_load(jpath.read_text()) or {}) if jpath.exists() else {}
    letters = json.loads((raw / "letters.json").read_text())
    F = {}
    md = []
    tojudge = {}

    # ---- letters: type, kv, reasons, panel, findings
    type_strict = type_len = 0
    type_rows = []
    kv_strict = kv_len = kv_n = 0
    kv_rows = []
    flags = []
    panel = {e: [0, 0, 0] for e in ELEMENTS}  # strict, lenient, n
    panel_rows = []
    sev_j = defaultdict(Counter)  # severity -> judgement counts
    wrong_examples = []
    tone_j = Counter()
    tone_j_warn = Counter()
    tryk_found = tryk_found_warn = tryk_total = 0
    tryk_missed = []
    kv_false = []
    for l in labels:
        lid = l["id"]
        text = (HERE / "letters" / l["file"]).read_text(encoding="utf-8")
        entry = letters[lid]
        if entry["status"] != 200:
            type_rows.append((lid, "HTTP %s" % entry["status"]))
            continue
        rep = entry["report"]
        t = rep["letter_type"]
        ok_s = t == l["type"]
        ok_l = ok_s or t in (l.get("type_alt") or [])
        type_strict += ok_s
        type_len += ok_l
        if not ok_l:
            type_rows.append((lid, f"{l['type']} -> {t}"))
        # kv
        pk, level = product_kv(rep)
        if l["decision"] is True:
            kv_n += 1
            want = kv_class(l["kv"])
            s = pk == want
            le = s or (l.get("kv_borderline") and adjacent(pk, want, ["ok", "incomplete", "missing"]))
            kv_strict += s
            kv_len += bool(le)
            kv_rows.append((lid, l["kv"], pk, level, "ok" if s else ("lenient" if le else "WRONG")))
        elif pk != "ok":
            kv_false.append((lid, l["type"], pk, level))
        # decisions without kv / reasons flagged
        if l["decision"] is True and l["kv"] in ("missing", "incomplete"):
            fs = [f for f in rep["findings"] if "struktur.klagevejledning" in rules_of(f)]
            flags.append((lid, f"kv {l['kv']}", ",".join(sorted({f['severity'] for f in fs})) or "NOT FLAGGED"))
        if l["decision"] is True and l["begrundelse"] in ("missing", "weak"):
            fs = [f for f in rep["findings"] if "struktur.begrundelse" in rules_of(f)]
            flags.append((lid, f"begrundelse {l['begrundelse']}", ",".join(sorted({f['severity'] for f in fs})) or "NOT FLAGGED"))
        # panel
        es = rep.get("element_status", {})
        row = [lid]
        for e in ELEMENTS:
            got = es.get(e, {}).get("status", "?")
            want = l["panel"][e]
            s = got == want
            # panel_borderline: a list of elements where the neighbouring status is also right (eval11/12), or per
            # element the one other status a reviewer could defend (eval13)
            pb = l.get("panel_borderline") or {}
            le = s or ((got in pb.get(e, []) if isinstance(pb.get(e), list) else got == pb.get(e)) if isinstance(pb, dict) else (e in pb and got in ORDER and abs(ORDER[got] - ORDER[want]) == 1))
            panel[e][0] += s
            panel[e][1] += bool(le)
            panel[e][2] += 1
            row.append(f"{want}->{got}" + ("" if s else (" (b)" if le else " X")))
        panel_rows.append(row)
        # tone findings vs labelled sentences
        tryk_sp = sentence_spans(text, l["tryk"])
        bord_sp = sentence_spans(text, l["borderline"])
        tone_fs = [f for f in rep["findings"] if f["category"] == "tone"]
        for f in tone_fs:
            sp = spans(f)
            if any(overlaps(a, b) for a in sp for b in tryk_sp):
                j = "right"
            elif any(overlaps(a, b) for a in sp for b in bord_sp):
                j = "borderline"
            else:
                j = "wrong"
            k = key(lid, f)
            if k in judg:
                j = judg[k]["j"] if isinstance(judg[k], dict) else judg[k]
            tone_j[j] += 1
            if f["severity"] in ("warning", "error"):
                tone_j_warn[j] += 1
            f["_tone_j"] = j
        for s, sp in zip(l["tryk"], tryk_sp):
            tryk_total += 1
            hit = [f for f in tone_fs if any(overlaps(a, sp) for a in spans(f))]
            tryk_found += bool(hit)
            tryk_found_warn += any(f["severity"] in ("warning", "error") for f in hit)
            if not hit:
                tryk_missed.append(f"{lid}: {s[:70]}")
        # judge error/warning findings
        for f in rep["findings"]:
            if f["severity"] not in ("warning", "error"):
                continue
            k = key(lid, f)
            if k in judg:
                v = judg[k]
                j = v["j"] if isinstance(v, dict) else v
            elif f["category"] == "tone":
                j = f["_tone_j"]
            else:
                tojudge[k] = {"j": "?", "sev": f["severity"], "msg": f["message"][:160],
                              "ctx": text[max(0, f["start"] - 50):f["end"] + 50].replace("\n", " ")}
                j = "unjudged"
            sev_j[f["severity"]][j] += 1
            if j == "wrong":
                note = judg.get(k, {}).get("note", "") if isinstance(judg.get(k), dict) else ""
                wrong_examples.append((lid, f["rule"], f["severity"], f["text"][:60], note))

    n = len(labels)
    F["letter_type"] = {"strict": type_strict, "lenient": type_len, "n": n, "wrong": type_rows}
    F["kv_decisions"] = {"strict": kv_strict, "lenient": kv_len, "n": kv_n, "rows": kv_rows, "on_non_decisions": kv_false}
    F["flags"] = flags
    F["panel"] = {e: {"strict": v[0], "lenient": v[1], "n": v[2]} for e, v in panel.items()}
    F["findings_judged"] = {s: dict(c) for s, c in sev_j.items()}
    F["tone_in_letters"] = {"all": dict(tone_j), "warning+": dict(tone_j_warn), "tryk_found": tryk_found,
                            "tryk_found_warning": tryk_found_warn, "tryk_total": tryk_total, "missed": tryk_missed}
    F["wrong_examples"] = wrong_examples

    md.append(f"## Letters (n={n})\n")
    md.append(f"- letter type right: strict {pct(type_strict, n)}, lenient {pct(type_len, n)}; wrong: {type_rows}")
    md.append(f"- kv judged right on decisions: strict {pct(kv_strict, kv_n)}, lenient {pct(kv_len, kv_n)}")
    for r in kv_rows:
        md.append(f"  - {r}")
    md.append(f"- kv problems claimed on non-decisions: {kv_false}")
    md.append("- decisions without (complete) kv / reasons, flagged at level:")
    for r in flags:
        md.append(f"  - {r}")
    e = sev_j["error"]
    we = sev_j["error"] + sev_j["warning"]
    def prec(c):
        tot = sum(v for k, v in c.items() if k != "unjudged")
        return (f"strict {pct(c['right'], tot)}, lenient {pct(c['right'] + c['borderline'], tot)} "
                f"(right {c['right']}, borderline {c['borderline']}, wrong {c['wrong']}, unjudged {c['unjudged']})")
    md.append(f"- error precision: {prec(e)}")
    md.append(f"- warning+error precision: {prec(we)}")
    md.append(f"- tone findings in letters (all severities): {dict(tone_j)}; at warning+: {dict(tone_j_warn)}")
    md.append(f"- labelled TRYK sentences found: {pct(tryk_found, tryk_total)} (at warning+: {pct(tryk_found_warn, tryk_total)})")
    for m in tryk_missed:
        md.append(f"  - missed {m}")
    md.append("\n## Panel (exact agreement)\n")
    md.append("| element | strict | lenient |\n|---|---|---|")
    for el, v in panel.items():
        md.append(f"| {el} | {pct(v[0], v[2])} | {pct(v[1], v[2])} |")
    tot_s = sum(v[0] for v in panel.values()); tot_l = sum(v[1] for v in panel.values()); tot_n = sum(v[2] for v in panel.values())
    md.append(f"| all | {pct(tot_s, tot_n)} | {pct(tot_l, tot_n)} |")
    md.append("\nPer letter (label->product; (b) lenient, X wrong):\n")
    for r in panel_rows:
        md.append("- " + " | ".join(r))

    # ---- tone.tsv
    tone = json.loads((raw / "tone.json").read_text())
    tc = Counter()
    kinds = defaultdict(Counter)
    misses, alarms = [], []
    for t in tone:
        lab = t["row"]["label"].upper()
        fs = [f for f in t["report"].get("findings", []) if f["category"] == "tone"] if t["status"] == 200 else []
        flagged = bool(fs)
        warn = any(f["severity"] in ("warning", "error") for f in fs)
        tc[(lab, flagged)] += 1
        tc[(lab, "warn")] += warn
        kinds[t["row"]["kind"]][flagged] += 1
        if lab == "TRYK" and not flagged:
            misses.append(f"{t['row']['kind']}: {t['row']['sentence'][:70]}")
        if lab == "NEUTRAL" and flagged:
            alarms.append(f"{t['row']['kind']} [{','.join(sorted({f['rule'] + ':' + f['severity'] for f in fs}))}]: {t['row']['sentence'][:70]}")
    nt = tc[("TRYK", True)] + tc[("TRYK", False)]
    nn = tc[("NEUTRAL", True)] + tc[("NEUTRAL", False)]
    F["tone_tsv"] = {"recall": tc[("TRYK", True)], "n_tryk": nt, "recall_warning": tc[("TRYK", "warn")],
                     "false_alarms": tc[("NEUTRAL", True)], "n_neutral": nn, "false_alarms_warning": tc[("NEUTRAL", "warn")],
                     "per_kind": {k: {"flagged": v[True], "n": v[True] + v[False]} for k, v in kinds.items()},
                     "misses": misses, "alarms": alarms}
    md.append("\n## tone.tsv\n")
    md.append(f"- TRYK found: {pct(tc[('TRYK', True)], nt)} (at warning+: {pct(tc[('TRYK', 'warn')], nt)})")
    md.append(f"- NEUTRAL false alarms: {pct(tc[('NEUTRAL', True)], nn)} (at warning+: {pct(tc[('NEUTRAL', 'warn')], nn)})")
    md.append("- per kind (flagged/n): " + ", ".join(f"{k} {v[True]}/{v[True] + v[False]}" for k, v in kinds.items()))
    for m in misses:
        md.append(f"  - missed {m}")
    for a in alarms:
        md.append(f"  - false alarm {a}")

    # ---- messages
    msgs = json.loads((raw / "messages.json").read_text())
    right = 0
    conf = Counter()
    thr_out = thr_groen = non_out = 0
    nthr = 0
    wrongs = []
    for m in msgs:
        want = m["row"]["step"]
        got = m["result"].get("step", f"HTTP {m['status']}")
        conf[(want, got)] += 1
        right += got == want
        if want == "uden-for-trappen":
            nthr += 1
            thr_out += got == "uden-for-trappen"
            thr_groen += got == "groen"
        else:
            non_out += got == "uden-for-trappen"
        if got != want:
            wrongs.append(f"{want} -> {got}: {m['row']['message'][:80]}")
    F["triage"] = {"right": right, "n": len(msgs), "threats_out": thr_out, "threats": nthr, "threats_groen": thr_groen,
                   "non_threats_out": non_out, "non_threats": len(msgs) - nthr,
                   "confusion": {f"{a}->{b}": c for (a, b), c in conf.items()}, "wrong": wrongs}
    md.append("\n## Triage (messages.tsv)\n")
    md.append(f"- step right: {pct(right, len(msgs))}")
    md.append(f"- threats outside the staircase: {pct(thr_out, nthr)}; threats called groen: {thr_groen}")
    md.append(f"- non-threats put outside: {pct(non_out, len(msgs) - nthr)}")
    md.append("- confusion: " + ", ".join(f"{a}->{b}: {c}" for (a, b), c in sorted(conf.items())))
    for w in wrongs:
        md.append(f"  - {w}")

    # ---- rewrite
    rw = json.loads((raw / "rewrite.json").read_text())
    nochange = [r for r in rw if not r["changed"]]
    F["rewrite"] = {"rewritable": len(rw), "no_change": len(nochange),
                    "examples": [(r["id"], r["rule"], r["text"][:50], r["status"]) for r in nochange]}
    md.append("\n## Rewrite offers\n")
    md.append(f"- findings marked rewritable: {len(rw)}; whose only_span rewrite changes nothing: {len(nochange)}")
    for r in nochange[:15]:
        md.append(f"  - {r['id']} {r['rule']} »{r['text'][:50]}« HTTP {r['status']}")

    # ---- web
    wp = raw / "web.json"
    md.append("\n## Web page\n")
    if wp.exists():
        web = json.loads(wp.read_text())
        fixes = [f for r in web for f in r["fixes"]]
        W = {"letters": len(web), "error_state": sum(r["error_state"] for r in web),
             "error_after_fix": sum(bool(r.get("error_state_after_fix")) for r in web),
             "page_errors": sum(bool(r["page_errors"]) for r in web), "fixes": len(fixes),
             "fixed": sum(f["state"] == "fixed" for f in fixes), "text_changed": sum(f["text_changed"] for f in fixes),
             "focus_next": sum(f["focus_next"] for f in fixes), "place_kept": sum(f["place_kept"] for f in fixes),
             "findings_shown": sum(r["findings_shown"] for r in web)}
        F["web"] = W
        md.append(f"- letters pasted: {W['letters']}, with an error state: {W['error_state']}, page script errors: {W['page_errors']}, "
                  f"findings shown: {W['findings_shown']}")
        md.append(f"- Brug pressed: {W['fixes']}; answered 'Rettet': {W['fixed']}; text changed: {W['text_changed']}; "
                  f"focus on next finding: {pct(W['focus_next'], W['fixes'])}; place kept: {pct(W['place_kept'], W['fixes'])}; "
                  f"error state after a fix: {W['error_after_fix']}")
        for r in web:
            for f in r["fixes"]:
                if not (f["focus_next"] and f["place_kept"] and f["state"] == "fixed"):
                    md.append(f"  - {r['id']} {f['rule']}: state {f['state']}, focus {f['focus_on']}, moved {f['moved_px']} px")
            if r["page_errors"]:
                md.append(f"  - {r['id']} page errors {r['page_errors']}")
    else:
        md.append("- not run")

    md.append("\n## Wrong findings (error/warning)\n")
    for w in wrong_examples:
        md.append(f"- {w}")
    (out / "figures.md").write_text("\n".join(md) + "\n")
    (out / "figures.json").write_text(json.dumps(F, ensure_ascii=False, indent=1))
    (out / "tojudge.yaml").write_text(yaml.safe_dump(tojudge, allow_unicode=True, sort_keys=False, width=200))
    print("\n".join(md))
    print(f"\nunjudged: {len(tojudge)} -> {out / 'tojudge.yaml'}")


if __name__ == "__main__":
    main()
