"""Tone as a sentence scorer with reasons (TRYK versus TRÆK).

Lexicon classes (``rules/tone-lexikon.yaml``, matched on lemmas) and structure signals
(``features.py``) are combined by a small logistic regression whose weights live in
``weights.json`` next to this file. The weights are trained by ``scripts/train_tone.py``
from the corpus in ``tests/corpus/tone/`` (never at run time); scoring is a dot product.

``ToneScorer.score_doc(doc, quoted)`` gives one ``SentenceScore`` per sentence: the
probability that it escalates, the signals that pushed it up (Danish labels and the words
they fired on) and the TRYK kind with its TRÆK alternative.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .features import SentenceFeatures, doc_sentences, sentence_features
from .lexicon import LexiconMatcher, load_classes

LEXICON_FILE = "tone-lexikon.yaml"
WEIGHTS_FILE = Path(__file__).with_name("weights.json")
MIN_WORDS = 3  # greetings, sign-offs and one- or two-word headings are not scored


def lexicon_path() -> Path:
    from ..rulebook.loader import shipped_rules_dir

    return shipped_rules_dir() / LEXICON_FILE


@dataclass
class Signal:
    feature: str  # "lex:irettesaettelse", "sig:de_form"
    label: str  # Danish
    kind: str | None  # TRYK kind it points to
    weight: float  # contribution to the score (log-odds)
    start: int = -1  # code points of the words it fired on
    end: int = -1


@dataclass
class SentenceScore:
    start: int
    end: int
    score: float  # 0–1: probability that the sentence escalates
    kind: str | None
    signals: list[Signal] = field(default_factory=list)  # positive contributions, strongest first


class LinearModel:
    """Logistic regression read from JSON: ``{"features": [...], "weights": [...], "bias": b}``."""

    def __init__(self, data: dict):
        self.weights = dict(zip(data["features"], data["weights"]))
        self.bias = float(data["bias"])
        self.threshold = float(data.get("threshold", 0.5))
        self.meta = {k: v for k, v in data.items() if k not in ("features", "weights")}

    @classmethod
    def load(cls, path: Path = WEIGHTS_FILE) -> "LinearModel":
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def logit(self, values: dict[str, float]) -> float:
        w = self.weights
        return self.bias + sum(w.get(k, 0.0) * x for k, x in values.items())

    def proba(self, values: dict[str, float]) -> float:
        z = self.logit(values)
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


class ToneScorer:
    def __init__(self, nlp, lexicon: Path | None = None, weights: Path | None | bool = None):
        """``weights=False`` builds only the features (for training)."""
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load((lexicon or lexicon_path()).read_text(encoding="utf-8"), Loader=loader)
        self.classes = load_classes(data)
        self.kinds: dict[str, dict] = data.get("kinds") or {}
        self.signal_specs: dict[str, dict] = data.get("signals") or {}
        self.matcher = LexiconMatcher(nlp, self.classes)
        if weights is False:
            self.model = LinearModel({"features": [], "weights": [], "bias": 0.0})
        else:
            self.model = LinearModel.load(weights or WEIGHTS_FILE)
        self._class = {c.name: c for c in self.classes}
        from ..nlp import hunspell_da

        self._hunspell = hunspell_da

    # -- features -----------------------------------------------------------------------
    def _known(self, word: str) -> bool:
        sp = self._hunspell.speller()
        return True if sp is None else bool(sp.spell(word))

    def features(self, doc, quoted: list[tuple[int, int]] = ()) -> list[tuple[object, SentenceFeatures]]:
        """(sentence, features) for every sentence that is not mostly quoted text."""
        hits = self.matcher.match(doc)
        per_sent: dict[int, dict[str, tuple[int, int]]] = {}
        in_quote = _quote_test(quoted)
        sentences = doc_sentences(doc)
        sent_of = [0] * len(doc)  # token index → start token of its sentence
        for sent in sentences:
            for i in range(sent.start, sent.end):
                sent_of[i] = sent.start
        for h in hits:
            if quoted and in_quote(doc[h.start].idx):
                continue
            per_sent.setdefault(sent_of[h.start], {}).setdefault(h.cls, (h.start, h.end))
        out = []
        for sent in sentences:
            toks = [t for t in sent if not t.is_space]
            if sum(t.is_alpha for t in toks) < MIN_WORDS:
                continue
            if quoted and sum(in_quote(t.idx) for t in toks) * 2 > len(toks):
                continue
            feats = sentence_features(sent, per_sent.get(sent.start, {}),
                                      skip=(lambda t: in_quote(t.idx)) if quoted else None, known=self._known)
            out.append((sent, feats))
        return out

    # -- scoring ------------------------------------------------------------------------
    def explain(self, feats: SentenceFeatures) -> tuple[float, str | None, list[Signal]]:
        score = self.model.proba(feats.values)
        signals = []
        for name, x in feats.values.items():
            w = self.model.weights.get(name, 0.0) * x
            if w <= 0:
                continue
            label, kind = self._describe(name)
            a, b = feats.evidence.get(name, (-1, -1))
            signals.append(Signal(name, label, kind, w, a, b))
        signals.sort(key=lambda s: -s.weight)
        kind = next((s.kind for s in signals if s.kind), None)
        return score, kind, signals

    def _describe(self, name: str) -> tuple[str, str | None]:
        prefix, _, key = name.partition(":")
        if prefix == "ord":
            return f"ordet '{key.replace('_', ' ')}'", None
        if prefix == "lex" and key in self._class:
            c = self._class[key]
            return c.label, c.kind
        spec = self.signal_specs.get(key, {})
        return spec.get("label", key), spec.get("kind")

    def score_doc(self, doc, quoted: list[tuple[int, int]] = (), explain_from: float = 0.0) -> list[SentenceScore]:
        """Scores of all sentences; signals and kind only for those scoring ``explain_from`` or more."""
        out = []
        for sent, feats in self.features(doc, quoted):
            score = self.model.proba(feats.values)
            kind, signals = None, []
            if score >= explain_from:
                score, kind, signals = self.explain(feats)
            toks = [t for t in sent if not t.is_space]
            out.append(SentenceScore(toks[0].idx, toks[-1].idx + len(toks[-1]), score, kind, signals))
        return out

    def traek(self, kind: str | None) -> str:
        return (self.kinds.get(kind or "", {}) or {}).get("traek", "").strip()

    def kind_label(self, kind: str | None) -> str:
        return (self.kinds.get(kind or "", {}) or {}).get("label", kind or "")


def _quote_test(quoted):
    if not quoted:
        return lambda i: False
    import bisect

    starts = [a for a, _ in quoted]

    def inside(i: int) -> bool:
        k = bisect.bisect_right(starts, i) - 1
        return k >= 0 and quoted[k][0] <= i < quoted[k][1]

    return inside


@lru_cache(maxsize=2)
def _scorer_for(nlp_id: int, nlp) -> ToneScorer:
    return ToneScorer(nlp)


def scorer(nlp) -> ToneScorer:
    """The shared scorer for a pipeline (compiled once)."""
    return _scorer_for(id(nlp), nlp)
