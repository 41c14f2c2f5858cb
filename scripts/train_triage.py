"""Train the triage STEP model (``borgertekst/tone/triage_weights.json``).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_triage.py

Reads two sources of messages written for this project (see ``tests/corpus/triage/README.md``):

* ``tests/corpus/triage/<step>.yaml`` – the curated corpus (all four steps);
* ``tests/corpus/triage/holdouts/<step>.yaml`` – the non-threat messages of the earlier blind
  hold-out sets (no longer blind).

Each source weighs the same in total: a hold-out message counts ``curated non-threats /
hold-out messages`` (about 0.7), so the larger second source does not outvote the curated one.
It fits the logistic regression of ``scripts/train_tone.py`` on the readable features of
``borgertekst.triage.TriageModel.features``, prints the 5-fold cross-validated step accuracy (the
safety rule above the model, as at run time) and writes the weights. The threat classifier
(``threat_weights.json``, owned by the safety rule) is left as it is. ``../shared/data/dev`` is never
read here: it is for measurement only.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

HOLDOUTS = ROOT / "tests" / "corpus" / "triage" / "holdouts"


def holdout_corpus() -> list[dict]:
    """[{text, step}] from tests/corpus/triage/holdouts/<step>.yaml."""
    import yaml

    rows = []
    for path in sorted(HOLDOUTS.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            rows.append({"text": item["text"] if isinstance(item, dict) else item, "step": path.stem})
    return rows


def train(verbose: bool = True) -> dict:
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    import train_tone
    from borgertekst.triage import OUTSIDE, STEPS, TriageModel, safety_hits

    model = TriageModel(weights=False)
    curated, extra = train_tone.triage_corpus(), holdout_corpus()
    rows = curated + extra
    texts = [r["text"] for r in rows]
    X, names = train_tone.matrix(train_tone.triage_vectors(model, texts), min_count=train_tone.TRIAGE_MIN_WORD_COUNT)
    y = np.array([STEPS.index(r["step"]) for r in rows])
    calm = sum(r["step"] != OUTSIDE for r in curated)
    w_extra = round(calm / len(extra), 4) if extra else 1.0
    weight = np.array([1.0] * len(curated) + [w_extra] * len(extra))
    source = np.array([0] * len(curated) + [1] * len(extra))
    pred = np.zeros(len(y), dtype=int)
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=train_tone.SEED).split(X, y * 2 + source):
        clf = train_tone.triage_classifier().fit(X[tr], y[tr], sample_weight=weight[tr])
        pred[te] = clf.predict(X[te])
    # the safety rule sits above the model, in training figures as at run time
    safe = np.array([bool(safety_hits(model, t)) for t in texts])
    final = np.where(safe, STEPS.index(OUTSIDE), pred)
    threat = y == STEPS.index(OUTSIDE)
    cv = {
        "accuracy": float((final == y).mean()),
        "accuracy_curated": float((final == y)[source == 0].mean()),
        "accuracy_holdouts": float((final == y)[source == 1].mean()) if extra else None,
        "model_only_accuracy": float((pred == y).mean()),
        "threat_recall": float((final[threat] == STEPS.index(OUTSIDE)).mean()),
        "threats_called_groen": int((final[threat] == 0).sum()),
        "safety_false_alarms": int((safe & ~threat).sum()),
        "confusion": {f"{STEPS[a]}->{STEPS[b]}": n for (a, b), n in sorted(Counter(zip(y, final)).items())},
    }
    clf = train_tone.triage_classifier().fit(X, y, sample_weight=weight)
    data = {
        "model": "triage",
        "trained": dt.date.today().isoformat(),
        "corpus": "tests/corpus/triage and tests/corpus/triage/holdouts (written for this project)",
        "messages": len(rows),
        "messages_holdouts": len(extra),
        "holdout_weight": w_extra,
        "C": train_tone.TRIAGE_C,
        "classes": list(STEPS),
        "cv": cv,
        "features": names,
        "weights": [[round(float(w), 5) for w in row] for row in clf.coef_],
        "bias": [round(float(b), 5) for b in clf.intercept_],
    }
    train_tone.TRIAGE_WEIGHTS.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if verbose:
        print(f"triage: {len(curated)} curated + {len(extra)} hold-out messages (weight {w_extra}), {len(names)} features")
        print(f"  cv step right {cv['accuracy']:.3f} (curated {cv['accuracy_curated']:.3f}, hold-outs "
              f"{cv['accuracy_holdouts'] or 0:.3f}; model alone {cv['model_only_accuracy']:.3f}); threats recognised "
              f"{cv['threat_recall']:.3f}, called groen {cv['threats_called_groen']}, "
              f"safety rule on non-threats {cv['safety_false_alarms']}")
        print(f"  wrote {train_tone.TRIAGE_WEIGHTS.relative_to(ROOT)}")
    return data


def main() -> int:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("scikit-learn mangler: installér træningsværktøjerne med  pip install -e '.[train]'",
              file=sys.stderr)
        return 2
    train()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
