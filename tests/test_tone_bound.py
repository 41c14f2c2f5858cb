"""The tone scorer leaves out sentences that provably cannot reach the threshold
(``ToneScorer.upper_logit``): the bound holds for every sentence of the tone corpus and
its letters, and the sentences at or above a threshold are the same with and without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from borgertekst.tone.features import word_features

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "tests" / "corpus" / "tone").rglob("*.txt")) + sorted((ROOT / "tests" / "letters").glob("*.txt"))


def test_the_corpus_is_there():
    assert len(TEXTS) >= 20


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_upper_logit_bounds_every_sentence(tone, nlp, path):
    doc = nlp(path.read_text(encoding="utf-8"))
    tokens = list(doc)
    seen = 0
    for sent, feats in tone.features(doc, tokens=tokens):
        toks = [t for t in tokens[sent.start:sent.end] if not t.is_space]
        classes = {name[4:]: None for name in feats.values if name.startswith("lex:")}
        bound = tone.upper_logit(toks, classes, word_features(sent, None, tokens[sent.start:sent.end]))
        assert bound >= tone.model.logit(feats.values) - 1e-9, sent.text
        seen += 1
    assert seen


@pytest.mark.parametrize("threshold", [0.3, 0.5, None])
def test_min_score_keeps_every_sentence_at_the_threshold(tone, nlp, threshold):
    threshold = threshold or tone.model.threshold
    kept = skipped = 0
    for path in TEXTS:
        doc = nlp(path.read_text(encoding="utf-8"))
        full = [(s.start, s.end, s.score, s.kind) for s in tone.score_doc(doc, explain_from=threshold)]
        fast = [(s.start, s.end, s.score, s.kind)
                for s in tone.score_doc(doc, explain_from=threshold, min_score=threshold)]
        assert [s for s in full if s[2] >= threshold] == [s for s in fast if s[2] >= threshold]
        assert set(fast) <= set(full)
        kept += sum(s[2] >= threshold for s in full)
        skipped += len(full) - len(fast)
    assert kept and skipped  # the corpus has sentences above the threshold, and some are left out
