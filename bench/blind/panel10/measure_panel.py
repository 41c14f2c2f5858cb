"""Measure a PANEL blind batch: panel vs labels (strict / lenient with alt), and page offers (rewritable finding in a
paragraph whose paragraph rewrite does not touch its span = empty offer). Usage: measure.py DIR [-v]"""
import sys, pathlib, yaml
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the repo
from borgertekst.engine import Analyzer
from borgertekst.api.paragraphs import ParagraphChecker
from borgertekst.api.schemas import ParagraphsRequest, ParagraphIn
from borgertekst.rewriting import rewritten_spans
from borgertekst.rewrite import rewrite

d = pathlib.Path(sys.argv[1]); verbose = "-v" in sys.argv
only = [a for a in sys.argv[2:] if not a.startswith("-")]
labels = yaml.safe_load((d / "labels.yaml").read_text())
an = Analyzer(); pc = ParagraphChecker()
strict = lenient = total = 0; empty = offered = 0
for key in sorted(labels):
    if only and key not in only: continue
    lab = labels[key]; text = (d / f"{key}.txt").read_text()
    analysis, report = an.analysis(text)
    alts = {k2: v2 for k, v in lab.items() if k.startswith("alt") for k2, v2 in (v or {}).items()}
    line = []
    for el in ("indflydelse", "gennemskuelighed", "tillid", "vaerdighed"):
        want = lab[el][0]; got = report.element_status[el].status
        total += 1; strict += got == want; lenient += got == want or alts.get(el) == got
        if got != want:
            line.append(f"  {el}: want {want}{'/'+alts[el] if el in alts else ''} got {got} -- {report.element_status[el].reason}")
    paras = [p for p in text.split("\n\n") if p.strip()]
    res = pc.check(an, ParagraphsRequest(paragraphs=[ParagraphIn(id=str(i), text=p) for i, p in enumerate(paras)]))
    offs = []
    for i, pr in enumerate(res.paragraphs):
        fs = [f for f in pr.findings if f.rewritable]
        fs += [f for f in res.letter_findings if f.rewritable and f.paragraph_id == str(i)]
        if not fs: continue
        spans = rewritten_spans(an, paras[i])
        for f in fs:
            offered += 1
            hit = any(s < f.end and f.start < e for s, e in spans)
            offs.append((hit, f.rule, paras[i][f.start:f.end]))
            if not hit: empty += 1
        if verbose and spans:
            new = rewrite(an, paras[i]).text
            line.append(f"  P{i} rewrite: {new!r}")
    print(f"{key} [{lab.get('kind','')}] {report.letter_type}")
    for l in line: print(l)
    for hit, rule, t in offs:
        if not hit or verbose: print(f"  offer {'OK ' if hit else 'EMPTY'} {rule} {t!r}")
print(f"panel strict {strict}/{total} = {strict/total:.3f}; lenient {lenient}/{total} = {lenient/total:.3f}; "
      f"empty offers {empty}/{offered}")
