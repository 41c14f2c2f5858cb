"""A small learned letter-type classifier, the second opinion beside the rule detector.

A multinomial logistic regression on tf-idf weighted words (lower-cased; digits folded to
``0``; one token for the letter's length), trained by ``scripts/train_lettertype.py`` on the
project's own type-labelled letters (``data/lettertypes/``). The weights are plain JSON
(``lettertype_weights.json``, read lazily on the first call); run time needs no scikit-learn,
only dictionary look-ups and a softmax over seven scores (well under a millisecond for a
400-word letter).

Measured with leave-one-batch-out cross-validation on letters written blind in batches, the
model alone is right on ~0.90 of letters from a batch it never saw (the rule detector's first
run on those batches: 0.81), but on the shared real letters, whose automated notices are unlike
anything it was trained on, it is right on only 0.40. (Retrained 2026-11-30 on 1,638 letters,
MIN_DF 3: grouped 10-fold CV 0.949; on the blind ltype8 batch, held out, 35/40. Retrained again the same day
on 1,916 letters, four decimals: on the blind ltype11c batch, held out, 22/24, the 1,638-letter model 20/24.) It is therefore meant as a fallback for
when the rule detector finds no signal at all, not as a replacement (see
/work/team/ltype_model_integration.md or the commit that integrates it).

``predict(text)`` expects the letter's own text (the detector strips a quoted mail with
``lettertype.own_text`` first; the model was trained on that).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("lettertype_weights.json")

# words (letters only), the section sign and runs of digits; the same as the training script
_TOKEN = re.compile(r"[^\W\d_]+|§|\d+")
# one length token per this many words (capped at LENGTH_BUCKETS)
LENGTH_STEP = 60
LENGTH_BUCKETS = 4


def tokens(text: str) -> list[str]:
    """The model's tokens of ``text`` (training and run time share this function)."""
    words = ["0" if t.isdigit() else t for t in _TOKEN.findall(text.lower())]
    words.append("LEN:%d" % min(LENGTH_BUCKETS, len(words) // LENGTH_STEP))
    return words


@lru_cache(maxsize=1)
def _model() -> dict:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    types = data["types"]
    # token -> (idf, weights per type)
    vocab = {tok: (entry[0], entry[1]) for tok, entry in data["vocab"].items()}
    return {"types": types, "intercept": data["intercept"], "vocab": vocab, "meta": data.get("meta", {})}


def probabilities(text: str) -> dict[str, float]:
    """The probability of each letter type (they sum to 1)."""
    model = _model()
    vocab = model["vocab"]
    counts = Counter(tokens(text))
    # sublinear tf times idf, then l2-normalised (as scikit-learn's TfidfVectorizer)
    values = {tok: (1.0 + math.log(n)) * vocab[tok][0] for tok, n in counts.items() if tok in vocab}
    norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
    scores = list(model["intercept"])
    for tok, v in values.items():
        x = v / norm
        scores = [s + w * x for s, w in zip(scores, vocab[tok][1])]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {t: e / total for t, e in zip(model["types"], exps)}


def predict(text: str) -> tuple[str, float]:
    """The most probable letter type of ``text`` and its probability."""
    probs = probabilities(text)
    best = max(probs, key=probs.__getitem__)
    return best, probs[best]
