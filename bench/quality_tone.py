"""Quality of tone and triage: ``python -m bench.quality_tone [--no-cv] [--out FILE]`` → bench/QUALITY-tone.md.

Measures, without training on what it measures:

1. Tone, cross-validated on the project's own corpus (tests/corpus/tone, 5 folds; needs the
   ``train`` extra, otherwise the figures stored with the weights are shown): recall per
   escalating kind, false alarms per neutral kind.
2. Tone on ``../shared/data/dev/tone.jsonl`` (never trained on): the shipped model
   (``tone.tryk-saetning`` at its threshold) and the whole product (any ``tone.*`` finding in
   the sentence), per kind.
3. Triage, cross-validated on tests/corpus/triage, and on ``../shared/data/dev/triage.jsonl``:
   step right, confusion table, threats recognised, threats called groen.
4. Tone findings on the shared letters (``real-letters``, ``letters-dev``): every finding on a
   letter labelled ``traek`` (and on the real letters, which carry no tone label) is listed for
   judgement; precision is computed from the verdicts in ``bench/judged/real-letters.yaml``
   (QUALITY's, finding by finding) and, optionally, ``bench/tone_judgements.yaml``; findings on
   ``traek`` letters count as wrong; findings nobody has judged yet are counted apart.

``../shared`` is optional: the parts that need it say so when it is absent.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "bench" / "QUALITY-tone.md"
JUDGEMENTS = ROOT / "bench" / "tone_judgements.yaml"  # optional: [{file, rule, text, right}]
QUALITY_JUDGED = ROOT / "bench" / "judged" / "real-letters.yaml"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

STEPS = ("groen", "gul", "roed", "uden-for-trappen")
# the end of a sentence: . ! ? before a capital letter, or a blank line
_SENTENCE_END = re.compile(r"[.!?][\"»”)]?\s+(?=[A-ZÆØÅ])|\n\s*\n")


def pct(x: float) -> str:
    return f"{x:.2f}"


# ---- tone ---------------------------------------------------------------------------------------
def tone_cv(lines: list[str], recompute: bool) -> None:
    import train_tone as T

    weights = json.loads(T.TONE_WEIGHTS.read_text(encoding="utf-8"))
    cv = weights["cv"]
    source = "stored with the weights"
    if recompute:
        try:
            import numpy as np

            from borgertekst.nlp import load
            from borgertekst.tone import ToneScorer

            nlp = load()
            rows = T.tone_corpus()
            vectors = T.tone_vectors(ToneScorer(nlp, weights=False), nlp, [r["text"] for r in rows])
            X, _ = T.matrix(vectors)
            y = np.array([1 if r["label"] == "escalating" else 0 for r in rows])
            cv = T.cross_validate_tone(X, y, [r["kind"] for r in rows], weights["threshold"])
            cv.pop("proba")
            source = "recomputed now"
        except ImportError:
            source = "stored with the weights (scikit-learn not installed)"
    lines += [
        "## Tone, cross-validated on the project's corpus",
        "",
        f"`tests/corpus/tone/` ({weights['sentences']} sentences written for the project), 5 folds stratified "
        f"by kind, threshold {weights['threshold']:.3f}; figures {source}.",
        "",
        f"**Recall {pct(cv['recall'])}, false alarms {pct(cv['false_alarms'])}, precision {pct(cv['precision'])}.**",
        "",
        "| kind | label | flagged / n | rate |",
        "|---|---|---|---|",
    ]
    corpus = T.tone_corpus()
    label_of = {r["kind"]: r["label"] for r in corpus}
    for kind, v in cv["per_kind"].items():
        lab = label_of.get(kind, "?")
        rate = v["flagged"] / max(v["n"], 1)
        name = "recall" if lab == "escalating" else "false alarms"
        lines.append(f"| {kind} | {lab} | {v['flagged']}/{v['n']} | {name} {pct(rate)} |")
    lines.append("")


def tone_dev(lines: list[str], analyzer) -> None:
    path = SHARED / "dev" / "tone.jsonl"
    lines += ["## Tone on ../shared/data/dev/tone.jsonl (never trained on)", ""]
    if not path.exists():
        lines += ["*../shared/data/dev is not there: not measured.*", ""]
        return
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    per = collections.defaultdict(lambda: [0, 0, 0])  # model, product, n
    for r in rows:
        report = analyzer.analyze(r["text"])
        tone = [f for f in report.findings if is_tone(f)]
        # the sentence finding may be merged with a phrase rule's on the same words (also_rules)
        model = any("tone.tryk-saetning" in (f.rule, *f.also_rules) for f in tone)
        key = (r["label"], r["kind"])
        per[key][0] += model
        per[key][1] += bool(tone)
        per[key][2] += 1

    def total(label, i):
        return sum(v[i] for k, v in per.items() if k[0] == label) / max(sum(v[2] for k, v in per.items() if k[0] == label), 1)

    lines += [
        f"{len(rows)} sentences. Model = `tone.tryk-saetning` alone; product = any `tone.*` finding in the sentence.",
        "",
        f"**Model: recall {pct(total('escalating', 0))}, false alarms {pct(total('neutral', 0))}. "
        f"Product: recall {pct(total('escalating', 1))}, false alarms {pct(total('neutral', 1))}.**",
        "",
        "| label | kind | n | model | product |",
        "|---|---|---|---|---|",
    ]
    for (label, kind), (m, p, n) in sorted(per.items()):
        lines.append(f"| {label} | {kind} | {n} | {pct(m / n)} | {pct(p / n)} |")
    lines.append("")


def is_tone(finding) -> bool:
    """A tone finding, or one whose words a tone rule flags too: on exactly the same span the strongest
    rule leads and the others go to ``also_rules`` ("Vi skal gøre dig opmærksom på" is officialese and
    pressure: one finding, both messages), so the tone rule's judgement is in the report either way."""
    return any(rule.startswith("tone.") for rule in finding.rules)


def tone_rule(finding) -> str:
    """The tone rule of a tone finding (``is_tone``): its own rule, or the first tone rule beside it."""
    return next(rule for rule in finding.rules if rule.startswith("tone."))


# Blind sets written by the engineers, never trained on: measured sets are kept in the repo
# (bench/blind/, from session 10 on). A session's sets are still blind in ../holdout: read only when asked
# (``--holdout``), so a run of this bench never shows a figure of a set before its writer's first run.
BLIND_DIRS = [ROOT / "bench" / "blind"]


def blind_paths(pattern: str) -> list[Path]:
    """The files matching ``pattern`` under every blind-set folder that exists, a set named in
    both (copied into the repo after its first run) counted once, from the repo."""
    found: dict[str, Path] = {}
    for folder in reversed(BLIND_DIRS):
        if folder.exists():
            for path in folder.glob(pattern):
                found[str(path.relative_to(folder))] = path
    return [found[key] for key in sorted(found)]


# The tone sets tone/ … tone9d/ were kept outside the repo on the machine of sessions 1-12 and went
# with it. Their last figures (commit d06a3fc, 2026-11-30, the shipped options), as that run wrote
# them: set, sentences, model recall, model false alarms, product recall, product false alarms.
LOST_SETS = [
    ("tone/blind1", 120, "0.88", "0.03", "0.88", "0.03"), ("tone/blind2", 118, "0.62", "0.02", "0.63", "0.02"),
    ("tone/blind3", 72, "0.72", "0.03", "0.78", "0.03"), ("tone2/blind1", 120, "0.92", "0.00", "0.95", "0.00"),
    ("tone2/blind2", 120, "0.67", "0.00", "0.75", "0.00"), ("tone3/blind1", 160, "0.86", "0.01", "0.88", "0.03"),
    ("tone3/blind2", 160, "0.88", "0.00", "0.89", "0.00"), ("tone3/blind3", 160, "0.69", "0.01", "0.71", "0.01"),
    ("tone4/blind1", 160, "0.76", "0.03", "0.79", "0.03"), ("tone4/blind2", 160, "0.70", "0.01", "0.71", "0.01"),
    ("tone4/blind3", 80, "0.65", "0.00", "0.70", "0.00"), ("tone6/blind1", 130, "0.91", "0.03", "0.99", "0.03"),
    ("tone6b/blind1", 100, "0.54", "0.02", "0.96", "0.02"), ("tone6c/blind1", 80, "0.62", "0.00", "0.62", "0.00"),
    ("tone7/blind1", 130, "0.87", "0.02", "0.90", "0.02"), ("tone7b/blind1", 100, "0.75", "0.00", "0.78", "0.00"),
    ("tone7c/blind1", 70, "0.70", "0.00", "0.78", "0.00"), ("tone8/blind1", 120, "0.90", "0.00", "0.96", "0.00"),
    ("tone8b/blind1", 90, "0.86", "0.00", "0.88", "0.00"), ("tone8c/blind1", 70, "0.88", "0.00", "0.90", "0.00"),
    ("tone8d/blind1", 50, "0.60", "0.00", "0.63", "0.00"), ("tone9/blind1", 120, "0.66", "0.00", "0.89", "0.00"),
    ("tone9b/blind1", 70, "0.70", "0.00", "0.88", "0.00"), ("tone9c/blind1", 50, "0.57", "0.00", "0.60", "0.00"),
    ("tone9d/blind1", 40, "0.70", "0.00", "0.80", "0.00"),
]
# ... and of their blind letters: letters, findings right, wrong, TRYK sentences found / labelled
LOST_LETTERS = [
    ("tone3/letters", 14, 19, 0, "19/21"), ("tone3/letters2", 10, 12, 0, "12/14"), ("tone3/letters3", 8, 8, 0, "8/13"),
    ("tone4/letters", 10, 8, 0, "8/11"), ("tone6/letters", 18, 16, 0, "15/17"), ("tone6b/letters", 8, 9, 0, "9/9"),
    ("tone6c/letters", 6, 4, 1, "4/4"), ("tone7/letters", 20, 14, 0, "13/16"), ("tone7b/letters", 10, 6, 0, "6/8"),
    ("tone7c/letters", 6, 4, 0, "4/5"), ("tone8/letters", 18, 13, 0, "13/14"), ("tone8b/letters", 9, 7, 0, "7/7"),
    ("tone8c/letters", 6, 3, 0, "3/4"), ("tone8d/letters", 5, 1, 0, "1/3"), ("tone9/letters", 16, 9, 3, "9/13"),
    ("tone9b/letters", 8, 5, 0, "5/7"), ("tone9c/letters", 5, 3, 0, "3/4"), ("tone9d/letters", 4, 2, 0, "2/2"),
]


def tone_holdout(lines: list[str], analyzer) -> None:
    """The tone blind sets under bench/blind/tone*/ (and ``--holdout``) (``blind*.jsonl``):
    written from the kinds, never trained on; a set is blind only for its first run (later runs
    are regression figures: the sets' misses were read to decide what to fix)."""
    paths = blind_paths("tone*/blind*.jsonl")
    lines += ["## Tone on the blind sets (never trained on)", "",
              "The sets of sessions 1-12 were lost with their machine; their last figures (commit d06a3fc, "
              "product = any `tone.*` finding):", "",
              "| set | sentences | model recall | model false alarms | product recall | product false alarms |",
              "|---|---|---|---|---|---|"]
    lines += [f"| {name} | {n} | {mr} | {mf} | {pr} | {pf} |" for name, n, mr, mf, pr, pf in LOST_SETS]
    lines.append("")
    if not paths:
        lines += ["*No tone blind sets in bench/blind/ (or --holdout) here: not measured.*", ""]
        return
    lines += [
        "Sets on disk (`bench/blind/`, and with `--holdout` a session's sets while they are blind). "
        "Written by the tone engineers from the kinds in DOMAIN.md, kind-balanced. Only "
        "the first run on a set is a blind figure (see the commit log and the report); these are the "
        "current figures. Product = any `tone.*` finding in the sentence, each analysed as a text of its own "
        "with the shipped options. `tone.tryk-saetning`'s text-alone point (`alone_max_sentences: 2`, off as "
        "shipped) would take tone4 from 0.70-0.75 to 0.86-0.89 recall at false alarms 0.00-0.07, letters "
        "unchanged, but flags calm single sentences and TRÆK rewrites (session 8, see the report).",
        "",
        "| set | sentences | model recall | model false alarms | product recall | product false alarms |",
        "|---|---|---|---|---|---|",
    ]
    by_kind: dict[tuple[str, str], list[int]] = {}  # (severity, rule (kind)) -> [on escalating, on neutral]
    for path in paths:
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        counts = collections.Counter()
        for r in rows:
            tone = [f for f in analyzer.analyze(r["text"]).findings if is_tone(f)]
            for f in tone:
                if r["label"] in ("escalating", "neutral"):
                    rule = tone_rule(f)
                    kind = _KIND.search(f.message) if rule == "tone.tryk-saetning" else None
                    key = (f.severity, f"{rule} ({kind.group(1)})" if kind else rule)
                    by_kind.setdefault(key, [0, 0])[r["label"] == "neutral"] += 1
            model = any("tone.tryk-saetning" in (f.rule, *f.also_rules) for f in tone)
            counts[(r["label"], "n")] += 1
            counts[(r["label"], "model")] += model
            counts[(r["label"], "product")] += bool(tone)

        def rate(label, what):
            return pct(counts[(label, what)] / max(counts[(label, "n")], 1))

        lines.append(f"| {path.parent.name}/{path.name} | {len(rows)} | {rate('escalating', 'model')} | "
                     f"{rate('neutral', 'model')} | {rate('escalating', 'product')} | {rate('neutral', 'product')} |")
    lines.append("")
    lines += ["First runs (the blind figures; product, any `tone.*` finding; letters: findings in a sentence "
              "labelled TRYK / all findings outside borderline sentences, and TRYK sentences found):", "",
              "| set | written after | recall | false alarms | letters: precision | letters: TRYK sentences found |",
              "|---|---|---|---|---|---|"]
    for name, after, recall, fa, precision, found in FIRST_RUNS:
        lines.append(f"| {name} | {after} | {recall} | {fa} | {precision} | {found} |")
    lines.append("")
    lines += ["Findings on the blind sentence sets by severity and kind (all sets together, each sentence alone; "
              "the sets are kind-balanced, so this precision is higher than in a letter, where most sentences "
              "are neutral):", "",
              "| severity | rule (kind) | on escalating | on neutral | precision |", "|---|---|---|---|---|"]
    for (severity, name), (e, n) in sorted(by_kind.items()):
        lines.append(f"| {severity} | {name} | {e} | {n} | {pct(e / (e + n)) if e + n else '—'} |")
    lines.append("")
    tone_blind_letters(lines, analyzer)
    lines += [
        "**Severity earned by measured precision (session 10).** `tone.tryk-saetning` is `warning` only for "
        "blame/correction (`options.warning_kinds`) with evidence beyond word choice and a score of at least "
        "`warning_min_score` (0.85); every other finding is `info`. Measured: in the tone engineers' labelled "
        "letters (tone3-tone7c, eval5, eval6) and the shared letters every promoted kind was right (blame 12/12, "
        "pressure 7/7, doubt 5/5, condescension 7/7, sarcasm 2/2, generalising 3/3); but read through on the "
        "other engineers' letters (panel*, elements*, words*, ltype*, suggest*: about 2,000 letter files by other writers, "
        "not labelled for tone, judged by reading each warning), only blame was precise as a warning (8 right, "
        "1 wrong, 2 borderline): pressure (a påbud's 'kan' consequence, 'De kan til enhver tid ansøge på ny, "
        "såfremt …'), generalising ('er du altid velkommen', 'hver gang' about staff), sarcasm ('Det må have "
        "været et chok'), doubt ('Vi tror ikke, at Emil bare pjækker') and condescension ('Vi har regnet ud, at "
        "…') were wrong more often than right (about 9 right, 20 wrong together). A fresh blind letter batch "
        "by another writer is what would let more kinds earn `warning`.",
        "",
        "**Session 11 (tone8, tone8b, tone8c).** First runs of the blind letters, all tone findings together: "
        "tone8 7 right / 4 wrong / 4 borderline, tone8b 3 / 0 / 0, tone8c 1 / 0 / 1. The four wrong ones were `info` "
        "(officialese register read as distance twice, an acknowledgement before the decision read as missing "
        "empathy, 'røg' read as pressure) and were fixed as kinds; no warning was wrong. On about 2,500 letter files "
        "of the other engineers and the shared letters (not labelled for tone) the `info` findings went from 788 to "
        "about 680: afstand 167 -> 66 (register that klarsprog already marks: `letter_weak_classes`, "
        "`letter_weak_words`), pressure on a påbud's notice of work at the owner's expense 9 -> 0. No class was "
        "promoted to `warning`: the blind letter batches are too small (11 + 3 + 1 right findings) to earn it, and "
        "the panel counts every tone warning as pressure.",
        "",
    ]


# First runs on the blind sets of session 6 (2026-11-30), recorded before anything was changed for
# them (sentence sets: 80 escalating of ten kinds, 80 hard neutral; letters: per-sentence verdicts).
FIRST_RUNS = [
    ("tone3/blind1 + letters", "fc951ea (session start)", "0.72", "0.05", "13/14 = 0.93", "13/21"),
    ("tone3/blind2 + letters2", "e96a6d0 (first fixes)", "0.69", "0.04", "7/7 = 1.00", "7/14"),
    ("tone3/blind3 + letters3", "225205a (second fixes)", "0.68", "0.03", "7/7 = 1.00", "7/13"),
    # session 7: blind1, blind2 and the letters written at the session start; blind2 measured after the fixes
    ("tone4/blind1 + letters", "bc9fe8a (session 7 start)", "0.68", "0.03", "8/9 = 0.89", "8/11"),
    ("tone4/blind2", "bc9fe8a, measured after 155a674 (fixes)", "0.70", "0.01", "", ""),
    ("tone4/blind3 (80)", "06cefcb (after the fixes)", "0.62", "0.00", "", ""),
    ("tone6/blind1 (130) + letters (18)", "9266bda (session 9 start)", "0.80", "0.05", "9/14 = 0.64", "9/17"),
    ("tone6b/blind1 (100) + letters (8)", "after the first session-9 fixes", "0.56", "0.02", "6/9 = 0.67", "6/9"),
    ("tone6c/blind1 (80) + letters (6)", "82bbc19 (after the second fixes)", "0.55", "0.00", "5/6 = 0.83", "4/4"),
    # session 10 (TONE): tone7 at the session start, tone7b after b4222b9/0f88063, tone7c after b96c574
    ("tone7/blind1 (130) + letters (20)", "4210dfe (session 10 start)", "0.76", "0.02", "10/11 = 0.91", "9/16"),
    ("tone7b/blind1 (100) + letters (10)", "0f88063 (first fixes)", "0.63", "0.03", "5/6 = 0.83", "5/8"),
    ("tone7c/blind1 (70) + letters (6)", "b96c574 (third fixes)", "0.70", "0.00", "1/2 = 0.50", "1/5"),
    # session 10 (TONE, 2026-11-30): each set written after the fixes for the one before; kept in bench/blind/
    ("tone10/blind1 (75) + letters (6)", "d06a3fc (session 10 start)", "0.85", "0.03", "5/6 = 0.83", "5/10"),
    ("tone10b/blind1 (76) + letters (5)", "f3c3169 (first fixes)", "0.65", "0.03", "5/7 = 0.71", "5/7"),
    ("tone10c/blind1 (75) + letters (5)", "3e08671", "0.56", "0.03", "4/4 = 1.00", "4/7"),
    ("tone10d/blind1 (56) + letters (6)", "38ce77f", "0.68", "0.04", "2/3 = 0.67", "2/5"),
    ("tone10e/blind1 (50) + letters (4)", "79addb5", "0.57", "0.00", "2/2 = 1.00", "2/5"),
    # session 11 (TONE, 2026-11-30), same method; tone11b after 5ceda44's fixes, tone11c after 621e4f9's
    ("tone11/blind1 (72) + letters (6)", "f4683aa (session 11 start)", "0.87", "0.03", "8/8 = 1.00", "8/10"),
    ("tone11b/blind1 (75) + letters (5)", "5ceda44 (first fixes)", "0.80", "0.00", "4/5 = 0.80", "3/6"),
    ("tone11c/blind1 (64) + letters (4)", "5d7bbda (second fixes)", "0.64", "0.04", "4/4 = 1.00", "4/6"),
    # session 12 (TONE, 2026-11-30/12-01), same method; each set first run at the commit named
    ("tone12/blind1 (79) + letters (6)", "0693eda (session 12 start)", "0.78", "0.13", "3/3 = 1.00", "3/5"),
    ("tone12b/blind1 (76) + letters (5)", "e0079b0 (first fixes)", "0.76", "0.05", "3/3 = 1.00", "3/5"),
    ("tone12c/blind1 (63) + letters (4)", "83a006b (second fixes)", "0.65", "0.03", "3/4 = 0.75", "3/4"),
    ("tone12d/blind1 (63) + letters (3)", "8cbf533 (third fixes)", "0.68", "0.00", "1/1 = 1.00", "1/2"),
    ("tone12e/blind1 (40) + letters (2)", "b4d3df6 (fourth fixes)", "0.80", "0.00", "1/1 = 1.00", "1/1"),
    # session 13 (TONE, 2026-12-01), same method; each set first run at the commit named
    ("tone13/blind1 (81) + letters (6)", "5a92a54 (session 13 start)", "0.73", "0.00", "5/5 = 1.00", "5/9"),
    ("tone13b/blind1 (70) + letters (4)", "576505a (first fixes)", "0.54", "0.09", "1/1 = 1.00", "1/5"),
    ("tone13c/blind1 (66) + letters (4)", "c66f565 (second fixes)", "0.58", "0.03", "—", "0/3"),
    # session 14 (TONE, 2026-12-01), same method; each set first run at the commit (or working tree) named
    ("tone14/blind1 (78) + letters (6)", "b450a77 (session 14 start)", "0.85", "0.03", "2/5 = 0.40", "2/8"),
    ("tone14b/blind1 (64) + letters (4)", "8f866ed (first fixes, working tree)", "0.69", "0.06", "2/3 = 0.67", "2/5"),
    ("tone14c/blind1 (64) + letters (3)", "849decf (second fixes, working tree)", "0.62", "0.00", "2/2 = 1.00", "2/4"),
]


_KIND = re.compile(r"TRYK \(([^,]+), \d+ %\)")


def tone_blind_letters(lines: list[str], analyzer) -> None:
    """Tone findings on the blind letters under bench/blind/tone*/letters*/ (and ``--holdout``) (index.jsonl: per letter
    the TRYK sentences and the borderline ones; every other sentence is neutral)."""
    indexes = blind_paths("tone*/letters*/index.jsonl")
    lines += ["Tone findings on the blind letters (a finding is right in a TRYK sentence, wrong in a "
              "neutral one, not counted in a borderline one); the first rows are the lost sets' last figures "
              "(commit d06a3fc), the rest is measured now:", "",
              "| letters | letters n | findings right | wrong | precision | TRYK sentences found |",
              "|---|---|---|---|---|---|"]
    lines += [f"| {name} (lost) | {n} | {r} | {w} | {pct(r / (r + w)) if r + w else '—'} | {found} |"
              for name, n, r, w, found in LOST_LETTERS]
    if not indexes:
        lines.append("")
        return
    by_kind: dict[tuple[str, str], list[int]] = {}  # (severity, kind or phrase rule) -> [right, wrong]
    for index in indexes:
        right = wrong = found = total = n = 0
        for line in index.open(encoding="utf-8"):
            row = json.loads(line)
            text = (index.parent / row["file"]).read_text(encoding="utf-8")
            spans = [(text.index(t), text.index(t) + len(t), True) for t in row["escalating"]] + \
                    [(text.index(t), text.index(t) + len(t), False) for t in row["either"]]
            hit = set()
            for f in analyzer.analyze(text).findings:
                if not is_tone(f):
                    continue
                where = next((k for k, (a, b, _) in enumerate(spans) if a <= f.start < b), None)
                if where is None:
                    wrong += 1
                elif spans[where][2]:
                    right += 1
                    hit.add(where)
                if where is None or spans[where][2]:
                    rule = tone_rule(f)
                    kind = _KIND.search(f.message) if rule == "tone.tryk-saetning" else None
                    key = (f.severity, f"{rule} ({kind.group(1)})" if kind else rule)
                    by_kind.setdefault(key, [0, 0])[where is None] += 1
            n += 1
            total += len(row["escalating"])
            found += len(hit)
        precision = pct(right / (right + wrong)) if right + wrong else "—"
        lines.append(f"| {index.parent.parent.name}/{index.parent.name} | {n} | {right} | {wrong} | {precision} | {found}/{total} |")
    lines.append("")
    # severity earned by measured precision (issue 13): which kinds are precise on every set
    lines += ["The same findings by severity and kind (all sets together; `tone.tryk-saetning` by the kind its "
              "message names; borderline sentences left out):", "",
              "| severity | rule (kind) | right | wrong | precision |", "|---|---|---|---|---|"]
    for (severity, name), (r, w) in sorted(by_kind.items()):
        lines.append(f"| {severity} | {name} | {r} | {w} | {pct(r / (r + w)) if r + w else '—'} |")
    lines.append("")


def letters(lines: list[str], analyzer) -> None:
    import yaml

    lines += ["## Tone findings on the shared letters", "",
              "The sentence model's findings pass the precision policy (`borgertekst/tone/precision.py`, options in "
              "`rules/tone/tryk-saetning.yaml`): evidence beyond word choice or a score ≥ `threshold_words_only`; "
              "a third-party word is no evidence in a letter that speaks to its reader; complaint guidance, "
              "reasons, and consequences told from what the authority receives need more; the words of a statute "
              "reference are no evidence. Verdicts: QUALITY's `bench/judged/real-letters.yaml`, then "
              "`bench/tone_judgements.yaml` (strict: legal information stated neutrally is wrong even in a TRYK letter).",
              ""]
    judged: dict[tuple[str, str], list[tuple[str, bool]]] = {}  # (file, rule) → [(judged text, right)]
    if QUALITY_JUDGED.exists():  # QUALITY's verdicts on the real letters, finding by finding
        for item in (yaml.safe_load(QUALITY_JUDGED.read_text(encoding="utf-8")) or {}).get("judgements", []):
            judged.setdefault((item["file"], item["rule"]), []).append((item["text"], item["verdict"] == "right"))
    if JUDGEMENTS.exists():
        for item in yaml.safe_load(JUDGEMENTS.read_text(encoding="utf-8")) or []:
            judged.setdefault((item["file"], item["rule"]), []).append((item["text"], bool(item["right"])))

    def verdict_of(file: str, rule: str, letter: str, start: int, end: int):
        """The verdict on a judged finding at the same place (judged texts may be cut short,
        and a sentence finding now covers only the words that fired in the judged sentence)."""
        best = None  # (place, verdict): the judged sentence that starts closest before the finding
        for judged_text, right in judged.get((file, rule), []):
            at = letter.find(judged_text)
            while at >= 0:
                if at < end and start < at + max(len(judged_text), 1) + 200 and at <= start + len(judged_text) \
                        and not _SENTENCE_END.search(letter, at + len(judged_text), max(start, at + len(judged_text))):
                    # (a sentence end between the judged sentence and the finding: the finding is in a
                    # later sentence, which nobody has judged)
                    key = at if at <= start else -1
                    if best is None or key > best[0]:
                        best = (key, right)
                at = letter.find(judged_text, at + 1)
        return None if best is None else best[1]

    found = False
    counts = collections.Counter()
    listed = []
    tryk_letters = collections.Counter()  # letters-dev's TRYK letters: n, with a sentence finding
    per_label = collections.Counter()  # (label, right|wrong) for the judged findings
    for corpus in ("real-letters", "letters-dev"):
        index = SHARED / corpus / "index.jsonl"
        if not index.exists():
            continue
        found = True
        for line in index.open(encoding="utf-8"):
            row = json.loads(line)
            text = (SHARED / corpus / row["file"]).read_text(encoding="utf-8")
            label = row.get("tone") or "real"
            findings = analyzer.analyze(text).findings
            if label == "tryk":
                tryk_letters["n"] += 1
                tryk_letters["found"] += any("tone.tryk-saetning" in (f.rule, *f.also_rules) for f in findings)
                tryk_letters["findings"] += sum("tone.tryk-saetning" in (f.rule, *f.also_rules) for f in findings)
            for f in findings:
                if not is_tone(f):
                    continue
                counts[(corpus, label)] += 1
                rule = tone_rule(f)
                verdict = verdict_of(row["file"], rule, text, f.start, f.end)
                if verdict is None and label == "traek":
                    verdict = False  # a TRÆK letter has no TRYK sentence
                counts[(corpus, "right" if verdict else "wrong" if verdict is False else "unjudged")] += 1
                if verdict is not None:
                    per_label[(label, "right" if verdict else "wrong")] += 1
                if label in ("traek", "real", "mixed") or True:  # every finding, judged or not, for judgement
                    listed.append((corpus, row["file"], label, rule, f.text, verdict))
    if not found:
        lines += ["*../shared/data/real-letters and letters-dev are not there: not measured.*", ""]
        return
    right = sum(counts[(c, "right")] for c in ("real-letters", "letters-dev"))
    wrong = sum(counts[(c, "wrong")] for c in ("real-letters", "letters-dev"))
    lines += [
        "| corpus | letter tone label | tone findings |",
        "|---|---|---|",
    ]
    for (corpus, label), n in sorted(counts.items()):
        if label not in ("right", "wrong", "unjudged"):
            lines.append(f"| {corpus} | {label} | {n} |")
    precision = pct(right / (right + wrong)) if right + wrong else "— (no judged finding)"
    lines += [
        "",
        f"**Judged findings: {right} right, {wrong} wrong → precision "
        f"{precision}** (findings on `traek` letters count as wrong; "
        f"verdicts on the others from `bench/judged/real-letters.yaml`; unjudged: "
        f"{sum(counts[(c, 'unjudged')] for c in ('real-letters', 'letters-dev'))}).",
        "",
    ]
    if per_label:
        lines += ["| letters | right | wrong | precision |", "|---|---|---|---|"]
        for label in sorted({k[0] for k in per_label}):
            r, w = per_label[(label, "right")], per_label[(label, "wrong")]
            lines.append(f"| {label} | {r} | {w} | {pct(r / max(r + w, 1))} |")
        lines.append("")
    if tryk_letters["n"]:
        lines += [
            f"Recall on letters: {tryk_letters['found']} of letters-dev's {tryk_letters['n']} TRYK letters "
            f"get at least one `tone.tryk-saetning` finding ({tryk_letters['findings']} findings in all).",
            "",
        ]
    if listed:
        lines += ["| corpus | file | letter | rule | sentence | verdict |", "|---|---|---|---|---|---|"]
        for corpus, file, label, rule, text, verdict in listed:
            v = {True: "right", False: "wrong", None: "?"}[verdict]
            short = text.replace("|", "/").replace("\n", " ")[:90]
            lines.append(f"| {corpus} | {file} | {label} | {rule} | {short} | {v} |")
        lines.append("")


# ---- triage -------------------------------------------------------------------------------------
def triage_part(lines: list[str]) -> None:
    import train_tone as T

    from borgertekst.triage import model, safety_hits, triage

    weights = json.loads(T.TRIAGE_WEIGHTS.read_text(encoding="utf-8"))
    cv = weights["cv"]
    lines += [
        "## Triage, cross-validated on the project's corpus",
        "",
        f"`tests/corpus/triage/` ({weights['messages']} messages written for the project), 5 folds; the safety "
        "rule sits above the model as at run time (figures stored with the weights by `scripts/train_triage.py`).",
        "",
        f"**Step right {pct(cv['accuracy'])} (model alone {pct(cv['model_only_accuracy'])}); threats recognised "
        f"{pct(cv['threat_recall'])}, threats called groen {cv['threats_called_groen']}, safety rule on "
        f"non-threats {cv['safety_false_alarms']}.**",
    ]
    import train_threat

    if train_threat.WEIGHTS.exists():
        tc = json.loads(train_threat.WEIGHTS.read_text(encoding="utf-8"))["cv"]
        # the cut-offs stored with the threat weights (THREAT's training script decides which)
        cuts = sorted(k[len("recall_at_"):] for k in tc if k.startswith("recall_at_"))
        figures = "; ".join(f"recall {pct(tc['recall_at_' + c])} at {c} with {tc.get('false_alarms_at_' + c, '?')}"
                            f"/{tc.get('others', '?')} false alarms" for c in cuts)
        lines += [
            "",
            f"Threat classifier (figures stored with `threat_weights.json`, cross-validated): {figures}. "
            "The step figures above are without it; the dev figures below are the product with it.",
        ]
    lines += [
        "",
    ]
    path = SHARED / "dev" / "triage.jsonl"
    lines += ["## Triage on ../shared/data/dev/triage.jsonl (never trained on)", ""]
    if not path.exists():
        lines += ["*../shared/data/dev is not there: not measured.*", ""]
        return
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    m = model()
    conf = collections.Counter()
    safety_fp = 0
    for r in rows:
        res = triage(r["text"])
        conf[(r["step"], res.step)] += 1
        if r["step"] != "uden-for-trappen" and safety_hits(m, r["text"]):
            safety_fp += 1
    right = sum(conf[(s, s)] for s in STEPS)
    threats = sum(conf[("uden-for-trappen", s)] for s in STEPS)
    lines += [
        f"**Step right {pct(right / len(rows))} ({right}/{len(rows)}); threats recognised "
        f"{conf[('uden-for-trappen', 'uden-for-trappen')]}/{threats}, called groen "
        f"{conf[('uden-for-trappen', 'groen')]}; safety rule on non-threat messages {safety_fp}.**",
        "",
        "| true \\ predicted | " + " | ".join(STEPS) + " |",
        "|---|" + "---|" * len(STEPS),
    ]
    for a in STEPS:
        lines.append(f"| {a} | " + " | ".join(str(conf[(a, b)]) for b in STEPS) + " |")
    lines += [
        "",
        "Note: the safety lexicon in `rules/triage.yaml` was widened after reading the kinds of threat "
        "this set's misses showed (knowledge of routines, family, calm menace, hate speech); the words "
        "were written as general patterns and tried on new threats written for the corpus, but the dev "
        "threat figure is therefore optimistic. The model was never trained on this set.",
        "",
    ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-cv", action="store_true", help="use the cross-validated figures stored with the weights")
    parser.add_argument("--holdout", type=Path, metavar="DIR",
                        help="also the tone sets in DIR (a session's sets while they are blind; e.g. ../holdout)")
    parser.add_argument("--out", type=Path, default=OUT, metavar="FILE",
                        help="write the report here instead (a measurement that leaves the committed file as it is)")
    args = parser.parse_args(argv)
    if args.holdout is not None:
        BLIND_DIRS.append(args.holdout.resolve())
    from borgertekst.engine import Analyzer

    t0 = time.time()
    analyzer = Analyzer()
    lines = [
        "# Quality: tone and triage",
        "",
        "Made by `python -m bench.quality_tone`. The models are trained by `python scripts/train_tone.py` "
        "from the corpora in `tests/corpus/` (written for this project); `../shared/data/dev` is only "
        "measured, never trained on. Issue 13's targets: tone recall ≥ 0.90 with false alarms ≤ 0.08, "
        "triage ≥ 0.90, threats ≥ 0.98 and none green; tone precision on the shared letters ≥ 0.85.",
        "",
    ]
    if not SHARED.exists():
        lines += ["*../shared is not there: only the cross-validated figures are shown.*", ""]
    tone_cv(lines, recompute=not args.no_cv)
    tone_dev(lines, analyzer)
    tone_holdout(lines, analyzer)
    letters(lines, analyzer)
    triage_part(lines)
    lines.append(f"Run time {time.time() - t0:.0f} s on the shared 2-CPU machine (loaded).")
    lines += ["", "Machine: the shared 2-CPU machine, loaded (eight engineers); figures are quality, not speed. Why recall "
              "plateaus at ~0.70 on fresh sets (the model alone reaches 0.86-0.89 at threshold 0.5 with false alarms "
              "0.00-0.07; the precision gate built for letters takes 0.09-0.18 of it) and what the earlier blind sets "
              "did as training data: see the session-7 commit log and `scripts/train_tone.py` (EXTRA)."]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
