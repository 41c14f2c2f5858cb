"""Train the triage STEP model only (``borgertekst/tone/triage_weights.json``).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_triage.py

Reads ``tests/corpus/triage/<step>.yaml`` (messages written for this project, see the README
there), fits the logistic regression of ``scripts/train_tone.py`` (``train_triage``) on the readable
features of ``borgertekst.triage.TriageModel.features`` and prints the 5-fold cross-validated step
accuracy. Unlike ``train_tone.py --only triage`` it leaves the threat classifier
(``threat_weights.json``, owned by the safety rule) as it is. ``../shared/data/dev`` is never read.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("scikit-learn mangler: installér træningsværktøjerne med  pip install -e '.[train]'",
              file=sys.stderr)
        return 2
    import train_tone

    train_tone.train_triage()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
