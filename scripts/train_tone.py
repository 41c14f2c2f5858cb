"""Train the tone and triage models from the project's own corpus.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_tone.py            # all three models
    .venv/bin/python scripts/train_tone.py --only tone

Reads ``tests/corpus/tone/`` (sentences by kind), fits a logistic regression (scikit-learn, only
here) on the readable features of ``borgertekst.tone`` and writes ``borgertekst/tone/weights.json``.
``--only triage`` (and the default) runs ``scripts/train_triage.py`` (the triage step model,
``triage_weights.json``, from ``tests/corpus/triage/`` and its hold-outs; it uses the helpers below)
and ``scripts/train_threat.py`` (the threat classifier, ``threat_weights.json``).
Cross-validated figures (5 folds, stratified) are stored with the weights and printed.
``../shared/data/dev`` is never read here: it is for measurement only (bench/quality_tone.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TONE_CORPUS = ROOT / "tests" / "corpus" / "tone"
TRIAGE_CORPUS = ROOT / "tests" / "corpus" / "triage"
TONE_WEIGHTS = ROOT / "borgertekst" / "tone" / "weights.json"
TRIAGE_WEIGHTS = ROOT / "borgertekst" / "tone" / "triage_weights.json"
SEED = 13


# ---- corpus ---------------------------------------------------------------------------------
# Session 7 (tone4): the earlier blind sets (1174 sentences, our own writing) and 60 hard negatives are in
# tests/corpus/tone/extra/, read only with --with-extra. Trained with them (3910 sentences), cross-validated
# recall on each blind set left out rose (at cross-validated false alarms 0.03: 0.80 -> 0.83 over nine sets, tone4/blind1
# 0.72 -> 0.78; at 0.05: 0.85 -> 0.88) but the model marked
# many more calm sentences in the shared letters at every threshold tried (judged tone precision 0.89 ->
# 0.64-0.81), so the shipped weights are trained without them. See bench/QUALITY-tone.md.
EXTRA = "extra"


# Session 13 (TONE): the measured blind sets kept in the repo as regression sets (bench/blind/tone*/blind*.jsonl, one
# sentence a row with label and kind), read only with --with-blind (../holdout, a session's sets while still blind,
# never). Measured on 2026-11-30 with the 332 sentences of tone10-tone10e, cross-validated recall at the false-alarm
# limits 0.03 / 0.05 / 0.08: corpus alone 0.783 / 0.846 / 0.894; with them 0.779 / 0.831 / 0.893; with them and extra/
# (4,242 sentences) 0.818 / 0.866 / 0.907. On 2,140 letters (data/lettertypes, bench/blind) the weights trained with the
# blind sets flagged 180 sentences instead of 184 (16 gone, 12 new, all hints, calm ones among both: "Skriv endelig
# igen, hvis …" gone, "Beløbet er det samme som sædvanligt." new); with extra/ as well, 24 more findings, most of them
# calm imperatives ("Gem denne besked.", "Meld dig i skranken."). No gain that pays for a retrain, so the shipped
# weights are trained without both.
BLIND_SETS = ROOT / "bench" / "blind"


def blind_rows() -> list[dict]:
    """[{text, label, kind}] from the regression sets bench/blind/tone*/blind*.jsonl (rows labelled escalating/neutral)."""
    rows = []
    for path in sorted(BLIND_SETS.glob("tone*/blind*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if r.get("label") in ("escalating", "neutral"):
                    rows.append({"text": r["text"].strip(), "label": r["label"], "kind": r.get("kind") or "blind"})
    return rows


def tone_corpus(extra: bool = False, blind: bool = False) -> list[dict]:
    """[{text, label: escalating|neutral, kind}] from tests/corpus/tone/<label>/<kind>.txt
    (and tests/corpus/tone/extra/<label>/<kind>.txt with ``extra``, the regression sets
    bench/blind/tone*/blind*.jsonl with ``blind``)."""
    rows = []
    roots = [TONE_CORPUS] + ([TONE_CORPUS / EXTRA] if extra else [])
    for label, root in ((label, root) for root in roots for label in ("escalating", "neutral")):
        for path in sorted((root / label).glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    rows.append({"text": line.strip(), "label": label, "kind": path.stem})
    if blind:
        rows += blind_rows()
    return rows


def triage_corpus() -> list[dict]:
    """[{text, step}] from tests/corpus/triage/<step>.yaml."""
    import yaml

    rows = []
    for path in sorted(TRIAGE_CORPUS.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            text = item["text"] if isinstance(item, dict) else item
            rows.append({"text": text, "step": path.stem})
    return rows


# ---- features --------------------------------------------------------------------------------
def tone_vectors(scorer, nlp, texts: list[str]) -> list[dict[str, float]]:
    """One feature dict per text; a text of several sentences takes each feature's maximum."""
    out = []
    for doc in nlp.pipe(texts):
        merged: dict[str, float] = {}
        for _, feats in scorer.features(doc):
            for k, v in feats.values.items():
                merged[k] = max(merged.get(k, 0.0), v)
        out.append(merged)
    return out


def triage_vectors(model, texts: list[str]) -> list[dict[str, float]]:
    return [model.features(t)[0] for t in texts]


MIN_WORD_COUNT = 2  # a word feature must occur in at least this many training texts


def feature_names(vectors, min_count: int | None = None) -> list[str]:
    min_count = MIN_WORD_COUNT if min_count is None else min_count
    df = Counter(k for v in vectors for k in v)
    # word features ("ord:", "ordstart:") only when seen often enough
    return sorted(k for k, n in df.items() if n >= min_count or not k.startswith(("ord:", "ordstart:")))


def matrix(vectors, names=None, min_count: int | None = None):
    import numpy as np

    names = names or feature_names(vectors, min_count)
    index = {n: i for i, n in enumerate(names)}
    X = np.zeros((len(vectors), len(names)))
    for r, v in enumerate(vectors):
        for k, x in v.items():
            if k in index:
                X[r, index[k]] = x
    return X, names


# ---- tone ------------------------------------------------------------------------------------
TONE_C = 1.0
# Tried in session 5 on the same features (cv, dev, four blind sets, sentences flagged in the shared
# TRÆK + real letters), none better than this logistic regression at the same cv false alarms:
# character n-grams of the text or lemmas (alone: cv 0.52 at 0.03; joined with these features:
# +0.01-0.03 recall, more letter false alarms), averaging the two, Naive-Bayes-weighted features,
# an MLP (32 hidden), one model per TRYK kind (max of ten: dev false alarms 0.07), word features
# seen 3 or 5 times, no word pairs of small words (recall -0.06), C 0.3/3, and a finding gate
# "no class or structure signal -> only from 0.85" (dev recall 0.75 -> 0.69 for 3 fewer letter
# findings; the sentences it dropped were mostly real TRYK). The installed pipeline has no parser,
# tagger or vectors (borgertekst.nlp builds lemmas and morphology only).


def tone_classifier():
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=TONE_C, class_weight="balanced", max_iter=2000)


def cross_validate_tone(X, y, kinds, threshold: float, folds: int = 5) -> dict:
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    strata = [f"{a}/{b}" for a, b in zip(y, kinds)]
    proba = np.zeros(len(y))
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(X, strata):
        clf = tone_classifier().fit(X[train], y[train])
        proba[test] = clf.predict_proba(X[test])[:, 1]
    return tone_figures(proba >= threshold, y, kinds) | {"proba": proba}


def tone_figures(flagged, y, kinds) -> dict:
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for f, label, kind in zip(flagged, y, kinds):
        per_kind[kind][0] += int(f)
        per_kind[kind][1] += 1
    esc = [f for f, label in zip(flagged, y) if label == 1]
    neu = [f for f, label in zip(flagged, y) if label == 0]
    tp, fp = sum(esc), sum(neu)
    return {
        "recall": tp / max(len(esc), 1),
        "false_alarms": fp / max(len(neu), 1),
        "precision": tp / max(tp + fp, 1),
        "per_kind": {k: {"flagged": a, "n": n} for k, (a, n) in sorted(per_kind.items())},
    }


# The threshold is the lowest whose cross-validated false-alarm rate stays under this. Issue 13
# allows 0.08 per sentence, but a letter has 20-40 sentences, so a false alarm rate fit for single
# sentences marks calm letters. Measured with 2192 sentences (threshold: dev recall, blind set
# recall (2nd, 3rd), sentences flagged in the shared TRÆK + real letters of 762 / in TRYK letters
# of 245): cv FA 0.05 -> 0.64: 0.83, 0.67/0.75, 27/59; cv FA 0.03 -> 0.755: 0.77, 0.58/0.62, 8/47;
# 0.80 (the cap): 0.71, 0.57/0.60, 5/42.
TONE_MAX_FALSE_ALARMS = 0.03


def pick_threshold(proba, y, max_false_alarms: float = TONE_MAX_FALSE_ALARMS) -> float:
    """The lowest threshold whose cross-validated false-alarm rate stays under the limit."""
    import numpy as np

    neutral = np.sort(proba[y == 0])
    if not len(neutral):
        return 0.5
    k = int(np.floor(len(neutral) * (1 - max_false_alarms)))
    return float(min(max(neutral[min(k, len(neutral) - 1)] + 1e-6, 0.3), 0.8))


def train_tone(verbose: bool = True, extra: bool = False, blind: bool = False) -> dict:
    import numpy as np

    from borgertekst.nlp import load
    from borgertekst.tone import ToneScorer

    nlp = load()
    scorer = ToneScorer(nlp, weights=False)
    rows = tone_corpus(extra, blind)
    vectors = tone_vectors(scorer, nlp, [r["text"] for r in rows])
    X, names = matrix(vectors)
    y = np.array([1 if r["label"] == "escalating" else 0 for r in rows])
    kinds = [r["kind"] for r in rows]
    first = cross_validate_tone(X, y, kinds, 0.5)
    threshold = pick_threshold(first["proba"], y)
    cv = cross_validate_tone(X, y, kinds, threshold)
    cv.pop("proba")
    clf = tone_classifier().fit(X, y)
    data = {
        "model": "tone",
        "trained": dt.date.today().isoformat(),
        "corpus": "tests/corpus/tone (written for this project)" + (" with extra/" if extra else "")
        + (" with bench/blind/tone*" if blind else ""),
        "sentences": len(rows),
        "C": TONE_C,
        "threshold": round(threshold, 4),
        "cv": cv,
        "features": names,
        "weights": [round(float(w), 5) for w in clf.coef_[0]],
        "bias": round(float(clf.intercept_[0]), 5),
    }
    TONE_WEIGHTS.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if verbose:
        print(f"tone: {len(rows)} sentences, {len(names)} features, threshold {threshold:.3f}")
        print(f"  cv recall {cv['recall']:.3f}  false alarms {cv['false_alarms']:.3f}  precision {cv['precision']:.3f}")
        for k, v in cv["per_kind"].items():
            print(f"    {k:26s} {v['flagged']:3d}/{v['n']}")
        print(f"  wrote {TONE_WEIGHTS.relative_to(ROOT)}")
    return data


# ---- triage ----------------------------------------------------------------------------------
# with the small words as features ("stop:"): 5-fold cv 0.893 at C=0.5 against 0.888 at C=1.0 (3 seeds)
TRIAGE_C = 0.5
# every word of the training messages is a feature (5-fold cv 0.878 against 0.876 with words seen twice)
TRIAGE_MIN_WORD_COUNT = 1


def triage_classifier():
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=TRIAGE_C, class_weight="balanced", max_iter=4000)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("tone", "triage"))
    parser.add_argument("--with-extra", action="store_true",
                        help="tone: also train on tests/corpus/tone/extra/ (not in the shipped weights)")
    parser.add_argument("--with-blind", action="store_true",
                        help="tone: also train on the regression sets bench/blind/tone*/blind*.jsonl (not in the shipped weights)")
    args = parser.parse_args(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("scikit-learn mangler: installér træningsværktøjerne med  pip install -e '.[train]'",
              file=sys.stderr)
        return 2
    if args.only in (None, "tone"):
        train_tone(extra=args.with_extra, blind=args.with_blind)
    if args.only in (None, "triage"):
        # the step model (curated corpus + hold-outs) and the threat classifier (its own corpus)
        # have their own commands; this one runs them, so it never writes weights from less data
        import train_threat
        import train_triage

        train_triage.train()
        return train_threat.main([])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
