"""Score a labelled ELEMENTS batch: run `borgertekst check` on every .txt of FOLDER and compare the structure findings
with FOLDER/labels.yaml.  usage: .venv/bin/python bench/blind/elements10/score.py bench/blind/elements10/a [-v]
kv: the klagevejledning verdict is right when complete/not_needed get no warning or error, incomplete gets one, missing
gets an error; precision counts every struktur warning/error, wrong when the label lists its rule (and level)."""
import json, subprocess, sys, pathlib, yaml
ROOT = pathlib.Path(__file__).resolve().parents[3]
folder = pathlib.Path(sys.argv[1]).resolve()
verbose = '-v' in sys.argv
labels = yaml.safe_load((folder / 'labels.yaml').read_text())
files = sorted(folder.glob('*.txt'))
out = subprocess.run([str(pathlib.Path(sys.executable).parent / 'borgertekst'), 'check', '--format', 'json', '--jobs', '1', '--no-progress', *map(str, files)],
                     capture_output=True, text=True, cwd=ROOT)
raw = out.stdout.strip()
try:
    docs = json.loads(raw)
except json.JSONDecodeError:
    docs = [json.loads(l) for l in raw.splitlines() if l.strip()]
if isinstance(docs, dict):
    docs = docs.get('files') or docs.get('results') or [docs]
kv_ok = kv_n = 0; err_tp = err_n = 0; we_tp = we_n = 0; type_ok = 0
ELEM = {'begr': 'struktur.begrundelse', 'next': 'struktur.naeste-skridt', 'contact': 'struktur.kontakt', 'thanks': 'struktur.tak'}
for d in docs:
    key = pathlib.Path(d['file']).stem
    lab = labels[key]
    fs = [f for f in d['findings'] if f['category'] == 'struktur']
    wrong = lab.get('wrong') or []
    def is_wrong(f):
        for w in wrong:
            rid, _, lvl = w.partition(':')
            if f['rule'] == rid and (not lvl or f['severity'] == lvl):
                return True
        return False
    kvf = [f for f in fs if f['rule'] == 'struktur.klagevejledning' and f['severity'] in ('warning', 'error')]
    kvsev = max((f['severity'] for f in kvf), key=['warning', 'error'].index, default=None)
    exp = lab['kv']
    good = {'complete': kvsev is None, 'not_needed': kvsev is None, 'incomplete': kvsev is not None, 'missing': kvsev == 'error'}[exp]
    kv_n += 1; kv_ok += good
    marks = []
    for f in fs:
        if f['severity'] == 'info':
            continue
        w = is_wrong(f)
        we_n += 1; we_tp += not w
        if f['severity'] == 'error':
            err_n += 1; err_tp += not w
        marks.append(f"{'WRONG ' if w else ''}{f['rule'].split('.')[1]}:{f['severity'][0]}")
    missing_expect = [e for e in lab.get('expect', []) if not any(f['rule'] == e.split(':')[0] and f['severity'] == e.split(':')[1] for f in fs)]
    tok = d['letter_type'] == lab['type']; type_ok += tok
    line = f"{key} type={d['letter_type']}{'' if tok else '(!'+lab['type']+')'} kv={exp}->{kvsev or '-'}{'' if good else ' KVMISS'} {' '.join(marks)}"
    if missing_expect: line += f" MISSING-EXPECTED={missing_expect}"
    print(line)
    if verbose:
        for f in fs:
            print('    ', f['rule'], f['severity'], repr(f['text'][:60]), f['message'][:90])
print(f"kv {kv_ok}/{kv_n}  errors precision {err_tp}/{err_n}  w+e precision {we_tp}/{we_n}  type {type_ok}/{len(docs)}")
