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


def test_table_words_match_the_token_words(tone, nlp):
    """The scorer's array view (``_Table``) gives the same word features as the Token-based
    ``word_features``, and ``word_logit`` their summed weights (each feature once)."""
    from borgertekst.tone import _Table

    compared = 0
    for path in TEXTS[:40]:
        doc = nlp(path.read_text(encoding="utf-8"))
        tab = _Table(doc)
        assert tab.text() == doc.text
        assert [(s.start, s.end) for s in doc.sents if any(not t.is_space for t in s)] == tab.sents
        for a, b in tab.sents:
            sent = doc[a:b]
            words = word_features(sent, None, list(sent))
            assert tab.word_features(a, b) == words
            want = sum(tone.model.weights.get(k, 0.0) for k in words)
            assert abs(tab.word_logit(a, b, None, tone._words) - want) < 1e-9
            compared += 1
    assert compared > 100


def test_certain_signals_are_certain(tone, nlp):
    """A sentence without 'du'/'De'/'vi'/'jeg' words gets 'sig:no_person' and one with a du-word and
    a question mark 'sig:question_to_reader' (the bound counts their negative weights)."""
    from borgertekst.tone.features import certain_signals, token_mask

    for text, name in (("Ansøgningen er modtaget og behandles snarest.", "sig:no_person"),
                       ("Har du fået brevet fra os?", "sig:question_to_reader")):
        doc = nlp(text)
        (sent, feats), = tone.features(doc)
        m = 0
        for t in sent:
            m |= token_mask(t.text, t.lower_)
        assert name in certain_signals(m)
        assert feats.values.get(name) == 1.0
