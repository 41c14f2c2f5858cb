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

from .features import (KNOWN_SIGNALS, READER, WORD_PREFIXES, WORD_VALUE, SentenceFeatures, doc_sentences,
                       possible_signals, sentence_features, word_features)
from .lexicon import LexiconMatcher, load_classes

LEXICON_FILE = "tone-lexikon.yaml"
WEIGHTS_FILE = Path(__file__).with_name("weights.json")
MIN_WORDS = 3  # greetings, sign-offs and one- or two-word headings are not scored
# structure signals that count in the score but are no reason on their own: who is addressed,
# who writes, a negation; a finding neither names them first nor takes its kind from them
# blame words that, with the writer as subject, admit a mistake ("vi har misforstået")
WRITER_OWNED = frozenset({"misforstå", "misforståelse", "overse", "glemme", "forveksle", "fejl", "fejle"})
GENERAL_SIGNALS = frozenset({"sig:reader_address", "sig:writer_person", "sig:no_person", "sig:negation"})


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
        self._bound_parts()
        from ..nlp import hunspell_da

        self._hunspell = hunspell_da

    # -- features -----------------------------------------------------------------------
    def _known(self, word: str) -> bool:
        sp = self._hunspell.speller()
        return True if sp is None else bool(sp.spell(word))

    # -- an upper bound of a sentence's score ---------------------------------------------
    def _bound_parts(self) -> None:
        """The positive weights, split by what a sentence needs for them to count: a lexicon
        class hit, a word (``ord:``), a structure signal with a known precondition
        (``features.possible_signals``); every other positive weight counts for every sentence."""
        self._positive = {k: x for k, x in self.model.weights.items() if x > 0}
        self._signal_bound = {k: x for k, x in self._positive.items() if k in KNOWN_SIGNALS}
        self._base_bound = self.model.bias + sum(
            x for k, x in self._positive.items()
            if not k.startswith(("lex:",) + WORD_PREFIXES) and k not in KNOWN_SIGNALS)

    def upper_logit(self, toks: list, hits_by_class: dict, words_found: dict) -> float:
        """A value the sentence's logit cannot exceed (feature values are 0 or 1, or
        ``WORD_VALUE`` for words): the bias plus every positive weight of a class or signal
        the sentence can have, plus the weights of its words. ``toks``: its tokens without spaces and quoted ones, as
        ``sentence_features`` reads them; ``words_found``: its ``word_features``."""
        pos = self._positive
        z = self._base_bound
        for cls in hits_by_class:
            z += pos.get("lex:" + cls, 0.0)
        if self._signal_bound:
            for name in possible_signals([t.text for t in toks], [t.lower_ for t in toks], hits_by_class):
                z += self._signal_bound.get(name, 0.0)
        # the words are known exactly (``words_found`` are all of the sentence's word features):
        # their negative weights count too
        w = self.model.weights
        for name in words_found:
            z += w.get(name, 0.0) * WORD_VALUE
        return z

    def features(self, doc, quoted: list[tuple[int, int]] = (), tokens: list | None = None,
                 below: float | None = None) -> list[tuple[object, SentenceFeatures]]:
        """(sentence, features) for every sentence that is not mostly quoted text.
        ``tokens``: ``list(doc)`` when the caller has it (each Token is built once); with
        ``below`` (a logit), not for sentences whose ``upper_logit`` is under it."""
        if tokens is None:
            tokens = list(doc)
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
            if self._writer_owned(tokens, h, sent_of[h.start]):
                continue
            per_sent.setdefault(sent_of[h.start], {}).setdefault(h.cls, (h.start, h.end))
        out = []
        text = doc.text  # built from the tokens on each access: once per Doc
        for sent in sentences:
            sent_tokens = tokens[sent.start:sent.end]
            toks = [t for t in sent_tokens if not t.is_space]
            if sum(t.is_alpha for t in toks) < MIN_WORDS:
                continue
            if len(sentences) > 1 and _is_heading(text, toks):
                continue
            if quoted and sum(in_quote(t.idx) for t in toks) * 2 > len(toks):
                continue
            hits = per_sent.get(sent.start, {})
            skip = (lambda t: in_quote(t.idx)) if quoted else None
            words_found = None
            if below is not None:
                words_found = word_features(sent, skip, sent_tokens)
                scored = [t for t in toks if not in_quote(t.idx)] if quoted else toks
                if self.upper_logit(scored, hits, words_found) < below:
                    continue  # provably below the score asked for
            feats = sentence_features(sent, hits, skip=skip, known=self._known, tokens=sent_tokens,
                                      words_found=words_found)
            out.append((sent, feats))
        return out

    def _writer_owned(self, tokens: list, hit, sent_start: int) -> bool:
        """A blame word the writer says about itself is an admission, not a correction:
        "Er der noget, vi har misforstået?", "Jeg glemte at ringe"; said about a third party
        ("Hospitalet skriver, at de har misforstået …") it corrects nobody who reads the letter
        (the writer or a third party just before it, the reader not). Only for the blame-and-correction classes and the words in
        ``WRITER_OWNED``; "Som vi tidligere har oplyst" keeps its weight."""
        spec = self._class.get(hit.cls)
        if spec is None or spec.kind != "blame-correction":
            return False
        if not any((t.lemma_ or t.lower_).lower() in WRITER_OWNED for t in tokens[hit.start:hit.end]):
            return False
        before = [t.text for t in tokens[max(sent_start, hit.start - 3):hit.start]]
        reader = any(w.lower() in READER or w in ("De", "Dem") for w in before)
        other = any(w.lower() in ("vi", "jeg", "han", "hun") or w == "de" for w in before)
        return other and not reader

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
        # the kind comes from a signal that says something about it ("du"/"De" alone or a
        # negation alone do not: they are in every kind and in calm sentences)
        kind = next((s.kind for s in signals if s.kind and s.feature not in GENERAL_SIGNALS), None)
        return score, kind, signals

    def _describe(self, name: str) -> tuple[str, str | None]:
        prefix, _, key = name.partition(":")
        if prefix == "ord":
            return f"ordet '{key.replace('_', ' ')}'", None
        if prefix == "ordstart":
            return f"ord, der begynder med '{key}'", None
        if prefix == "lex" and key in self._class:
            c = self._class[key]
            return c.label, c.kind
        spec = self.signal_specs.get(key, {})
        return spec.get("label", key), spec.get("kind")

    def score_doc(self, doc, quoted: list[tuple[int, int]] = (), explain_from: float = 0.0,
                  min_score: float | None = None) -> list[SentenceScore]:
        """Scores of all sentences; signals and kind only for those scoring ``explain_from`` or more.
        With ``min_score``, sentences that provably score below it (``upper_logit``) are left out."""
        below = None
        if min_score is not None and 0.0 < min_score < 1.0:
            # the margin keeps float rounding in the sums from ever dropping a sentence at the threshold
            below = math.log(min_score / (1.0 - min_score)) - 1e-6
        out = []
        tokens = list(doc)
        for sent, feats in self.features(doc, quoted, tokens, below):
            score = self.model.proba(feats.values)
            kind, signals = None, []
            if score >= explain_from:
                score, kind, signals = self.explain(feats)
            toks = [t for t in tokens[sent.start:sent.end] if not t.is_space]
            out.append(SentenceScore(toks[0].idx, toks[-1].idx + len(toks[-1]), score, kind, signals))
        return out

    def traek(self, kind: str | None) -> str:
        return (self.kinds.get(kind or "", {}) or {}).get("traek", "").strip()

    def kind_label(self, kind: str | None) -> str:
        return (self.kinds.get(kind or "", {}) or {}).get("label", kind or "")


HEADING_MAX_WORDS = 5


def _is_heading(text: str, toks: list) -> bool:
    """A short line of its own without a full stop, after a blank line, is a heading ("Sådan
    gør du", "Hvad sker der nu"), not a sentence said to the reader. A text of one sentence is
    always scored, and so is a last line without a full stop."""
    last, first = toks[-1], toks[0]
    if not last.is_alpha or sum(t.is_alpha for t in toks) > HEADING_MAX_WORDS:
        return False
    end = last.idx + len(last)
    if text[end:end + 1] not in ("\n", "\r"):
        return False
    before = text[:first.idx].rstrip(" \t")
    return not before or before.endswith(("\n\n", "\n\r\n"))


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
