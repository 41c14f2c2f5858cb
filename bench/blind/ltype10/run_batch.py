"""Run borgertekst on a labelled blind letter-type batch: type accuracy and red decision errors on non-decisions.

    .venv/bin/python bench/blind/ltype10/run_batch.py bench/blind/ltype10/ltype10c

A letter is right when the detected type is its label or one of the alternatives in ``labels.tsv``; a non-decision
(klagevejledning_needed = no) with a red (error) struktur.klagevejledning / begrundelse / mulig-afgoerelse finding is
counted as a wrong red decision error.
"""
import json, subprocess, sys, pathlib
ROOT = pathlib.Path(__file__).resolve().parents[3]
CLI = pathlib.Path(sys.executable).with_name("borgertekst")
folder = pathlib.Path(sys.argv[1]).resolve()
labels = {}
for line in (folder / "labels.tsv").read_text().splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    parts = line.split("\t")
    f, t, alt, kv = parts[:4]
    labels[f] = (t, [a for a in alt.split(",") if a], kv)
files = sorted(labels)
out = subprocess.run([str(CLI), "check", "--format", "json", *[str(folder / f) for f in files]],
                     capture_output=True, text=True, cwd=ROOT)
reports = json.loads(out.stdout)
if isinstance(reports, dict):
    reports = [reports]
ok = 0
bad_red = 0
for f, r in zip(files, reports):
    t, alt, kv = labels[f]
    got = r["letter_type"]
    good = got == t or got in alt
    ok += good
    dec = [(x["rule"], x["severity"]) for x in r["findings"] if x["rule"] in ("struktur.klagevejledning", "struktur.begrundelse", "struktur.mulig-afgoerelse")]
    red = [d for d in dec if d[1] == "error"]
    flag = ""
    if kv == "no" and red:
        flag = "  RED-ON-NONDECISION"; bad_red += 1
    print(f"{'ok ' if good else 'MISS'} {f:40s} exp={t}{'/'+','.join(alt) if alt else ''} got={got} kv={kv} dec={dec}{flag}")
print(f"type {ok}/{len(files)} = {ok/len(files):.3f}; red decision errors on non-decisions: {bad_red}")
