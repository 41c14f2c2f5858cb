"""Train the triage STEP model (``borgertekst/tone/triage_weights.json``).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_triage.py            # writes borgertekst/tone/triage_weights.json
    .venv/bin/python scripts/train_triage.py --check    # retrains in memory: is the shipped file exactly that?
    .venv/bin/python scripts/train_triage.py --at HEAD  # trains in a clean `git archive HEAD` (no uncommitted edits)
    .venv/bin/python scripts/train_triage.py --check --at REV  # are the shipped weights what commit REV trains?

The output depends only on the committed inputs (the corpus files, rules/triage.yaml and rules/sikkerhed.yaml, whose
classes are the features, and the settings below), so the shipped file is reproducible byte for byte: it holds no
date, and ``inputs_sha256`` names the inputs it was trained on. ``--check`` says whether those inputs changed since
(a class entry added to triage.yaml changes the features, and then the weights must be retrained and measured);
``inputs`` records each input file's sha256, so ``--check`` names the files that moved.

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


def input_paths() -> list[Path]:
    """Every file the training reads: the corpus files and the rule files whose classes are the features."""
    import train_tone
    from borgertekst.rulebook.loader import shipped_rules_dir

    paths = sorted(train_tone.TRIAGE_CORPUS.glob("*.yaml")) + sorted(HOLDOUTS.glob("*.yaml"))
    return paths + [shipped_rules_dir() / "triage.yaml", shipped_rules_dir() / "sikkerhed.yaml"]


def inputs_sha256() -> str:
    """A fingerprint of everything the training reads: corpus files, the rule files that define the features, and
    the settings."""
    import hashlib

    import train_tone

    h = hashlib.sha256()
    for path in input_paths():
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    h.update(f"C={train_tone.TRIAGE_C};min={train_tone.TRIAGE_MIN_WORD_COUNT};seed={train_tone.SEED}".encode())
    return h.hexdigest()


def input_files() -> dict[str, str]:
    """(TRIAGE, session 8) sha256 per input file (path relative to the repository), so ``--check`` can say WHICH input
    moved since the shipped weights were trained (a word added to triage.yaml, THREAT's sikkerhed.yaml, the corpus)."""
    import hashlib

    out = {}
    for path in input_paths():
        try:
            name = path.resolve().relative_to(ROOT).as_posix()
        except ValueError:
            name = path.name
        out[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def changed_inputs(recorded: dict[str, str] | None) -> list[str]:
    """The input files whose content differs from what the shipped weights record (all, when nothing is recorded)."""
    now = input_files()
    if not recorded:
        return sorted(now)
    return sorted(k for k in set(now) | set(recorded) if now.get(k) != recorded.get(k))


MODEL_FIELDS = ("classes", "features", "weights", "bias")


def train_at(rev: str, out: Path, shipped: Path, check: bool = False) -> int:
    """(TRIAGE, session 8) Train in a clean ``git archive`` of ``rev`` with that commit's own script and code: nobody's
    uncommitted rule or corpus edits leak in, and the result depends only on that commit. With ``check``, compare the
    model (classes, features, weights, bias; not the metadata) with ``shipped``: "the shipped weights are what commit
    REV trains", also after later word-list changes have moved the inputs. Otherwise write ``out``."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="train_triage_") as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        trained = Path(tmp) / "trained.json"
        done = subprocess.run([sys.executable, str(Path(tmp) / "scripts" / "train_triage.py"), "--out", str(trained)],
                              cwd=tmp)
        if done.returncode:
            return done.returncode
        new = json.loads(trained.read_text(encoding="utf-8"))
        if check:
            old = json.loads(shipped.read_text(encoding="utf-8"))
            same = all(new.get(k) == old.get(k) for k in MODEL_FIELDS)
            print(f"shipped weights = what {rev} trains" if same else f"shipped weights differ from what {rev} trains")
            return 0 if same else 1
        new["trained_at"] = subprocess.run(["git", "-C", str(ROOT), "rev-parse", rev], check=True,
                                           capture_output=True, text=True).stdout.strip()
        out.write_text(serialise(new), encoding="utf-8")
        print(f"wrote {out} (trained at {new['trained_at'][:12]})")
        return 0


def serialise(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def train(verbose: bool = True, out: Path | None = None) -> dict:
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
        "inputs_sha256": inputs_sha256(),
        "inputs": input_files(),
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
    if out is not None:
        out.write_text(serialise(data), encoding="utf-8")
    if verbose:
        print(f"triage: {len(curated)} curated + {len(extra)} hold-out messages (weight {w_extra}), {len(names)} features")
        print(f"  cv step right {cv['accuracy']:.3f} (curated {cv['accuracy_curated']:.3f}, hold-outs "
              f"{cv['accuracy_holdouts'] or 0:.3f}; model alone {cv['model_only_accuracy']:.3f}); threats recognised "
              f"{cv['threat_recall']:.3f}, called groen {cv['threats_called_groen']}, "
              f"safety rule on non-threats {cv['safety_false_alarms']}")
        if out is not None:
            print(f"  wrote {out}")
    return data


def main() -> int:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("scikit-learn mangler: installér træningsværktøjerne med  pip install -e '.[train]'",
              file=sys.stderr)
        return 2
    import argparse

    import train_tone

    ap = argparse.ArgumentParser(description="Train the triage step model.")
    ap.add_argument("--check", action="store_true",
                    help="retrain in memory and compare with the shipped weights byte for byte (exit 1 if they differ)")
    ap.add_argument("--out", type=Path, default=None, help="where to write the weights (default: the shipped file)")
    ap.add_argument("--at", metavar="REV", default=None,
                    help="train (or --check) in a clean git archive of this commit, e.g. HEAD: uncommitted edits of "
                         "the rule files or the corpus do not leak in")
    args = ap.parse_args()
    shipped = train_tone.TRIAGE_WEIGHTS
    if args.at:
        return train_at(args.at, args.out or shipped, shipped, check=args.check)
    if args.check:
        old = shipped.read_text(encoding="utf-8")
        data = json.loads(old)
        if data.get("inputs_sha256") != inputs_sha256():
            moved = changed_inputs(data.get("inputs"))
            at = data.get("trained_at")
            print("the inputs changed since the shipped weights were trained: " + ", ".join(moved)
                  + (f"; they were trained at commit {at[:12]}: --check --at {at[:12]} reproduces them" if at else "")
                  + " (retrain with --at HEAD after committing, and measure dev)")
        same = serialise(train(verbose=False)) == old
        print("shipped weights reproduce byte for byte" if same else "shipped weights do NOT reproduce: retrain")
        return 0 if same else 1
    train(out=args.out or shipped)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
