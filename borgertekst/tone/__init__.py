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

import bisect
import json
import math
from itertools import accumulate
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from spacy.attrs import IDX, IS_ALPHA, LEMMA, SENT_START

from ..nlp.tokens import token_table
from .features import (KNOWN_SIGNALS, READER, STEM_LEN, STEM_MIN, STOPWORDS, WORD_PREFIXES, WORD_VALUE,
                       SentenceFeatures, certain_signals, collect_word_features, sentence_features,
                       signals_of_mask, token_mask)
from .features import _M_ALPHA as ALPHA_BIT
from .features import _MASKS as MASKS
from .lexicon import LexiconMatcher, load_classes

LEXICON_FILE = "tone-lexikon.yaml"
WEIGHTS_FILE = Path(__file__).with_name("weights.json")
MIN_WORDS = 3  # greetings, sign-offs and one- or two-word headings are not scored
# structure signals that count in the score but are no reason on their own: who is addressed,
# who writes, a negation; a finding neither names them first nor takes its kind from them
# blame words that, with the writer as subject, admit a mistake ("vi har misforstået")
WRITER_OWNED = frozenset({"misforstå", "misforståelse", "overse", "glemme", "forveksle", "fejl", "fejle", "læse"})
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
        self._longest = frozenset(c.name for c in self.classes if c.span == "longest")
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
        self._words = _WordWeights(self.model.weights)
        self._signal_bound = {k: x for k, x in self._positive.items() if k in KNOWN_SIGNALS}
        self._base_bound = self.model.bias + sum(
            x for k, x in self._positive.items()
            if not k.startswith(("lex:",) + WORD_PREFIXES) and k not in KNOWN_SIGNALS)

    def upper_logit(self, toks: list, hits_by_class: dict, words_found: dict) -> float:
        """A value the sentence's logit cannot exceed (feature values are 0 or 1, or
        ``WORD_VALUE`` for words): the bias plus every positive weight of a class or signal
        the sentence can have, the weights of the signals it certainly has, plus the weights of
        its words. ``toks``: its tokens without spaces and quoted ones, as
        ``sentence_features`` reads them; ``words_found``: its ``word_features``."""
        m = alphas = 0
        for t in toks:
            bits = token_mask(t.text, t.lower_)
            m |= bits
            alphas += bool(bits & ALPHA_BIT)
        return self._upper(m, len(toks), alphas, hits_by_class, words_found)

    def _upper(self, m: int, count: int, alphas: int, hits_by_class: dict, words_found: dict) -> float:
        """``upper_logit`` of a sentence whose tokens' masks (``features.token_mask``) OR to ``m``."""
        pos = self._positive
        z = self._base_bound
        for cls in hits_by_class:
            z += pos.get("lex:" + cls, 0.0)
        w = self.model.weights
        if self._signal_bound:
            for name in signals_of_mask(m, count, alphas, hits_by_class):
                z += self._signal_bound.get(name, 0.0)
        if alphas:  # sentence_features gives no structure signal to a sentence without words
            for name in certain_signals(m):
                x = w.get(name, 0.0)
                if x < 0:  # a positive weight is in the sums above already
                    z += x
        # the words are known exactly (``words_found`` are all of the sentence's word features):
        # their negative weights count too (``None``: the caller adds them)
        for name in words_found or ():
            z += w.get(name, 0.0) * WORD_VALUE
        return z

    def features(self, doc, quoted: list[tuple[int, int]] = (), tokens: list | None = None,
                 below: float | None = None) -> list[tuple[object, SentenceFeatures]]:
        """(sentence, features) for every sentence that is not mostly quoted text.
        ``tokens``: accepted for callers that have ``list(doc)`` (no longer needed: the
        sentences are read from plain arrays, ``_Table``); with ``below`` (a logit), not for
        sentences whose ``upper_logit`` is under it."""
        return self._features(doc, quoted, below)[1]

    def _features(self, doc, quoted, below, text: str | None = None):
        """(the Doc's ``_Table``, [(sentence, features)]). Tokens are built only for the
        sentences that get their structure signals (``sentence_features``): the tests before
        it (length, heading, quoted share, the score's upper bound) read the arrays."""
        tab = _Table.of(doc)
        alpha, space, idx = tab.alpha, tab.space, tab.idx
        masks = tab.masks if below is not None else None
        sentences = tab.sents
        in_quote = _quote_test(quoted)
        per_sent: dict[int, dict[str, tuple[int, int]]] = {}
        hits = self.matcher.match(doc)
        if hits:
            starts = [a for a, _ in sentences]
            for h in hits:
                if quoted and in_quote(idx[h.start]):
                    continue
                k = bisect.bisect_right(starts, h.start) - 1
                if k < 0:
                    continue
                sent_start = starts[k]
                if self._writer_owned(tab, h, sent_start):
                    continue
                found = per_sent.setdefault(sent_start, {})
                have = found.get(h.cls)
                if have is None or (h.cls in self._longest and h.end - h.start > have[1] - have[0]):
                    found[h.cls] = (h.start, h.end)
        out = []
        # the Doc's text (``text`` when the caller has it), when a heading test needs it: from the table,
        # not ``doc.text``, which builds every Token
        several = len(sentences) > 1
        alpha_before, space_before = tab.prefix_sums()
        for a, b in sentences:
            n_alpha = alpha_before[b] - alpha_before[a]
            if n_alpha < MIN_WORDS:
                continue
            toks = None  # the non-space token indices, built only when a test below needs them
            if several and n_alpha <= HEADING_MAX_WORDS:  # longer sentences are never headings
                toks = [i for i in range(a, b) if not space[i]]
                if text is None:
                    text = tab.text()
                if _is_heading(text, tab, toks):
                    continue
            if quoted:
                if toks is None:
                    toks = [i for i in range(a, b) if not space[i]]
                if sum(in_quote(idx[i]) for i in toks) * 2 > len(toks):
                    continue
            hits_here = per_sent.get(a, {})
            skip_idx = in_quote if quoted else None
            if below is not None:
                m = alphas = 0
                if quoted:
                    scored = [masks[i] for i in toks if not in_quote(idx[i])]
                    count = len(scored)
                else:
                    scored = masks[a:b]  # a space token's mask is 0
                    count = (b - a) - (space_before[b] - space_before[a])
                for bits in scored:
                    m |= bits
                    alphas += bits & ALPHA_BIT
                if self._upper(m, count, alphas // ALPHA_BIT, hits_here, None) \
                        + tab.word_logit(a, b, skip_idx, self._words) < below:
                    continue  # provably below the score asked for
            words_found = tab.word_features(a, b, skip_idx)
            sent = doc[a:b]
            skip = (lambda t: in_quote(t.idx)) if quoted else None
            feats = sentence_features(sent, hits_here, skip=skip, known=self._known, tokens=list(sent),
                                      words_found=words_found)
            out.append((sent, feats))
        return tab, out

    def _writer_owned(self, tab: "_Table", hit, sent_start: int) -> bool:
        """A blame word the writer says about itself is an admission, not a correction:
        "Er der noget, vi har misforstået?", "Jeg glemte at ringe"; said about a third party
        ("Hospitalet skriver, at de har misforstået …") it corrects nobody who reads the letter
        (the writer or a third party just before it, the reader not). Only for the blame-and-correction classes and the words in
        ``WRITER_OWNED``; "Som vi tidligere har oplyst" keeps its weight. Nor is such a word right after
        "føle sig" a correction: it is the reader's feeling, told back ("jeg forstår, at du føler dig
        overset": session 14, EVAL eval14)."""
        spec = self._class.get(hit.cls)
        if spec is None or spec.kind != "blame-correction":
            return False
        if not any(tab.lems[i] in WRITER_OWNED for i in range(hit.start, hit.end)):
            return False
        if any(tab.lems[i] == "føle" for i in range(max(sent_start, hit.start - 2), hit.start)):
            return True
        before = tab.texts[max(sent_start, hit.start - 3):hit.start]
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
                  min_score: float | None = None, text: str | None = None) -> list[SentenceScore]:
        """Scores of all sentences; signals and kind only for those scoring ``explain_from`` or more.
        With ``min_score``, sentences that provably score below it (``upper_logit``) are left out.
        ``text``: the Doc's text when the caller has it."""
        below = None
        if min_score is not None and 0.0 < min_score < 1.0:
            # the margin keeps float rounding in the sums from ever dropping a sentence at the threshold
            below = math.log(min_score / (1.0 - min_score)) - 1e-6
        out = []
        tab, scored = self._features(doc, quoted, below, text)
        for sent, feats in scored:
            score = self.model.proba(feats.values)
            kind, signals = None, []
            if score >= explain_from:
                score, kind, signals = self.explain(feats)
            toks = [i for i in range(sent.start, sent.end) if not tab.space[i]]
            first, last = toks[0], toks[-1]
            out.append(SentenceScore(tab.idx[first], tab.idx[last] + len(tab.texts[last]), score, kind, signals))
        return out

    def traek(self, kind: str | None) -> str:
        return (self.kinds.get(kind or "", {}) or {}).get("traek", "").strip()

    def kind_label(self, kind: str | None) -> str:
        return (self.kinds.get(kind or "", {}) or {}).get("label", kind or "")


HEADING_MAX_WORDS = 5


def _is_heading(text: str, tab: "_Table", toks: list[int]) -> bool:
    """A short line of its own without a full stop, after a blank line, is a heading ("Sådan
    gør du", "Hvad sker der nu"), not a sentence said to the reader. A text of one sentence is
    always scored, and so is a last line without a full stop. ``toks``: the sentence's
    non-space token indices."""
    last, first = toks[-1], toks[0]
    if not tab.alpha[last] or sum(tab.alpha[i] for i in toks) > HEADING_MAX_WORDS:
        return False
    end = tab.idx[last] + len(tab.texts[last])
    if text[end:end + 1] not in ("\n", "\r"):
        return False
    before = text[:tab.idx[first]].rstrip(" \t")
    return not before or before.endswith(("\n\n", "\n\r\n"))


_LEMMAS: dict[int, str] = {}  # lemma hash -> the lemma in lower case


def _lemmas_lower(hashes: list[int], texts: list[str], strings) -> list[str]:
    """``(t.lemma_ or t.lower_).lower()`` per token (the lower case form is the text's)."""
    known = _LEMMAS
    out = []
    for h, text in zip(hashes, texts):
        if not h:
            out.append(text.lower())
            continue
        lem = known.get(h)
        if lem is None:
            if len(known) > 200_000:
                known.clear()
            lem = known[h] = (strings[h] or text).lower()
        out.append(lem)
    return out


class _Table:
    """What the tone scorer reads of every token, as plain lists from single-column arrays
    (a ``Token`` object per word costs more than all the tests on it): texts, lemmas (lower
    case, as the word features read them), alphabetic and space flags, character offsets,
    and the sentences as (first token, end token), those of spaces only left out, as
    ``doc_sentences``."""

    __slots__ = ("texts", "whitespace", "lems", "alpha", "space", "idx", "sents", "_masks", "_prefix")

    def __init__(self, doc):
        strings = doc.vocab.strings
        table = token_table(doc)
        self.texts = texts = table.texts
        self.whitespace = table.whitespace
        self.space = space = table.is_space
        self._masks = None
        self._prefix = None
        n = len(doc)
        if not n:
            self.lems = self.alpha = self.idx = self.sents = []
            return
        # ``(t.lemma_ or t.lower_).lower()``; the lower case form is the text's (spaCy's LOWER)
        self.lems = _lemmas_lower(doc.to_array(LEMMA).tolist(), texts, strings)
        self.alpha = doc.to_array(IS_ALPHA).astype(bool).tolist()
        self.idx = doc.to_array(IDX).tolist()
        flags = doc.to_array(SENT_START).tolist()
        starts = [0] + [i for i in range(1, n) if flags[i] == 1]
        self.sents = [(a, b) for a, b in zip(starts, starts[1:] + [n]) if not all(space[a:b])]

    @classmethod
    def of(cls, doc) -> "_Table":
        return cls(doc)

    def text(self) -> str:
        """The Doc's text (``doc.text``), joined from the table."""
        return "".join(map(str.__add__, self.texts, self.whitespace))

    @property
    def masks(self) -> list[int]:
        """``features.token_mask`` of every token (worked out on first use)."""
        if self._masks is None:
            known = MASKS
            self._masks = [known.get(t) if t in known else token_mask(t, t.lower()) for t in self.texts]
        return self._masks

    def prefix_sums(self) -> tuple[list[int], list[int]]:
        """(alphabetic tokens before i, space tokens before i) for i in 0..n: counts per sentence."""
        if self._prefix is None:
            self._prefix = (list(accumulate(self.alpha, initial=0)), list(accumulate(self.space, initial=0)))
        return self._prefix

    def word_features(self, a: int, b: int, skip=None) -> dict[str, tuple[int, int]]:
        """``features.word_features`` of the tokens ``a:b`` (``skip(idx)``: a quoted offset)."""
        lems, alpha, idx, texts = self.lems, self.alpha, self.idx, self.texts
        return collect_word_features(
            None if not alpha[i] or (skip and skip(idx[i])) else (lems[i], idx[i], idx[i] + len(texts[i]))
            for i in range(a, b))

    def word_logit(self, a: int, b: int, skip, words: "_WordWeights") -> float:
        """The sum of the weights of ``word_features(a, b, skip)`` (each feature once), without
        building them: what the score's upper bound needs of the words. Only features the model
        weighs are looked at twice (a feature without a weight adds nothing, seen or not)."""
        z = 0.0
        seen: set = set()
        lems, alpha, idx = self.lems, self.alpha, self.idx
        info = words.info
        prev_following = None  # the pair weights that may follow the previous word
        prev = None
        for i in range(a, b):
            if not alpha[i] or (skip and skip(idx[i])):
                prev_following = prev = None
                continue
            lem = lems[i]
            found = info.get(lem)
            if found is None:
                found = words.lookup(lem)
            x, stem_key, x_stem, following = found
            if x is not None and lem not in seen:
                seen.add(lem)
                z += x
            if x_stem is not None and stem_key not in seen:
                seen.add(stem_key)
                z += x_stem
            if prev_following is not None:
                y = prev_following.get(lem)
                if y is not None:
                    key = (prev, lem)
                    if key not in seen:
                        seen.add(key)
                        z += y
            prev_following, prev = following, lem
        return z * WORD_VALUE


class _WordWeights:
    """The model's word weights by what ``_Table.word_logit`` looks up: a lemma (``ord:x``),
    a stem (``ordstart:x``), a pair of lemmas (``ord:x_y``)."""

    def __init__(self, weights: dict[str, float]):
        self.single: dict[str, float] = {}
        self.stem: dict[str, float] = {}
        self.pairs: dict[tuple[str, str], float] = {}
        self.pairs_by_first: dict[str, dict[str, float]] = {}
        for name, x in weights.items():
            if name.startswith("ordstart:"):
                self.stem[name[9:]] = x
            elif name.startswith("ord:"):
                key = name[4:]
                if "_" in key:
                    first, _, second = key.partition("_")
                    self.pairs[(first, second)] = x
                    self.pairs_by_first.setdefault(first, {})[second] = x
                else:
                    self.single[key] = x
        # per lemma: (ord: weight, stem key, ordstart: weight, pair weights that may follow); the
        # model has no ``ord:`` feature for a stop word, and ``ordstart:`` only for long non-stop words
        self.info: dict[str, tuple] = {}

    def lookup(self, lem: str) -> tuple:
        stem_key, x_stem = None, None
        if len(lem) >= STEM_MIN and lem not in STOPWORDS:
            x_stem = self.stem.get(lem[:STEM_LEN])
            stem_key = ("s", lem[:STEM_LEN])
        single = None if lem in STOPWORDS else self.single.get(lem)  # word_features: no ord: for a stop word
        found = (single, stem_key, x_stem, self.pairs_by_first.get(lem))
        if len(self.info) > 200_000:
            self.info.clear()
        self.info[lem] = found
        return found


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
