"""Train the learned letter-type classifier (borgertekst/lettertype_model.py).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_lettertype.py          # writes borgertekst/lettertype_weights.json
    .venv/bin/python scripts/train_lettertype.py --cv     # also prints leave-one-batch-out accuracy

Reads ``data/lettertypes/letters.jsonl`` (the project's own type-labelled letters, one JSON
object a line: group = the batch it was written in, name, type, type_alt, text; see the README
there), takes each letter's own text (``lettertype.own_text``: without a quoted mail), fits a
tf-idf + multinomial logistic regression (scikit-learn, only here) and writes the vocabulary,
idf and weights as JSON. Deterministic: same corpus, same file. ``../shared/data`` is never
read here (measurement only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "data" / "lettertypes" / "letters.jsonl"
WEIGHTS = ROOT / "borgertekst" / "lettertype_weights.json"
TYPES = ["afgoerelse", "partshoering", "klagesvar", "kvittering", "indkaldelse", "information", "andet"]
C = 10.0  # inverse regularisation, chosen by leave-one-batch-out CV (10 and 30 equal; 10 is smaller)
MIN_DF = 4  # a word in at least four letters (2,284 letters: MIN_DF 3 made 308 kB, over the 300 kB the tests allow)
DECIMALS = 4  # four decimals keep the weights of 1,916 letters under 300 kB (five: 306 kB); predictions move by < 1e-3


def load(path: Path = CORPUS) -> list[dict]:
    from borgertekst.lettertype import own_text

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for r in rows:
        r["own"] = own_text(r["text"])
    return rows


def fit(rows: list[dict]):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from borgertekst.lettertype_model import tokens

    vec = TfidfVectorizer(analyzer=tokens, sublinear_tf=True, min_df=MIN_DF)
    x = vec.fit_transform([r["own"] for r in rows])
    y = [TYPES.index(r["type"]) for r in rows]
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(x, y)
    return vec, model


def weights(rows: list[dict]) -> dict:
    vec, model = fit(rows)
    assert list(model.classes_) == list(range(len(TYPES))), "every type needs training letters"
    vocab = {}
    for tok, j in sorted(vec.vocabulary_.items()):
        vocab[tok] = [round(float(vec.idf_[j]), DECIMALS), [round(float(model.coef_[k, j]), DECIMALS) for k in range(len(TYPES))]]
    return {
        "types": TYPES,
        "intercept": [round(float(b), DECIMALS) for b in model.intercept_],
        "vocab": vocab,
        "meta": {"letters": len(rows), "per_type": dict(sorted(Counter(r["type"] for r in rows).items())),
                 "C": C, "min_df": MIN_DF, "class_weight": "balanced", "corpus": "data/lettertypes/letters.jsonl"},
    }


def dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"


def cross_validate(rows: list[dict]) -> None:
    """Leave one batch out: no letter is predicted by a model that saw its batch."""
    import numpy as np
    from sklearn.model_selection import LeaveOneGroupOut

    groups = [r["group"] for r in rows]
    right = Counter()
    total = Counter()
    for train, test in LeaveOneGroupOut().split(rows, groups=groups):
        vec, model = fit([rows[i] for i in train])
        proba = model.predict_proba(vec.transform([rows[i]["own"] for i in test]))
        for i, p in zip(test, proba):
            got = TYPES[int(model.classes_[int(np.argmax(p))])]
            total[rows[i]["type"]] += 1
            right[rows[i]["type"]] += got in [rows[i]["type"], *rows[i].get("type_alt", [])]
    n, ok = sum(total.values()), sum(right.values())
    print(f"leave-one-batch-out accuracy {ok}/{n} = {ok / n:.3f}")
    for t in TYPES:
        print(f"  {t:13s} {right[t]}/{total[t]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    ap.add_argument("--cv", action="store_true", help="also print leave-one-batch-out accuracy (slower)")
    args = ap.parse_args(argv)
    rows = load(args.corpus)
    if args.cv:
        cross_validate(rows)
    text = dump(weights(rows))
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text) // 1024} kB) from {len(rows)} letters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
