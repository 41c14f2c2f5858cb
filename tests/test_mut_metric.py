"""``type: metric`` at its thresholds (bench/MUTATION.md): a value equal to ``max``
is no finding, ``min_words`` counts inclusively, the letter LIX covers the whole
letter, a sentence's span ends at its last word (not the blank lines after it),
and every hit carries the measured value and the threshold for the message."""

import msgspec
import pytest

from borgertekst.document import Document
from borgertekst.engine import Analysis
from borgertekst.matchers.metric import MetricMatcher
from borgertekst.metrics import lix
from borgertekst.rulebook.schema import Rule

# three paragraphs: 6 words with 3 long ones (LIX 56), then 5 and 5 short words (LIX 5)
TEXT = "Kommunen bevilger hjælpemidler til dig nu.\n\nVi sender brevet i morgen.  \n\nDu kan ringe til os."
P1, P2, P3 = "Kommunen bevilger hjælpemidler til dig nu.", "Vi sender brevet i morgen.", "Du kan ringe til os."


def _rule(metric, max_, min_words=0):
    return msgspec.convert({"id": "klarsprog.x", "category": "klarsprog", "severity": "info", "message": "m",
                            "type": "metric", "metric": metric, "max": max_, "min_words": min_words}, Rule)


@pytest.fixture(scope="module")
def analysis(analyzer):
    document = Document.from_text(TEXT)
    return Analysis(document, analyzer.nlp(document.text), analyzer.nlp)


def _hits(analysis, metric, max_, min_words=0):
    return [(h.start, h.end, h.fields) for h in MetricMatcher(_rule(metric, max_, min_words), None).find(analysis)]


def test_letter_lix_above_max_marks_the_whole_letter(analysis):
    value = lix(TEXT)  # the letter's LIX worked out from the plain text: 16 words, 3 sentences, 3 long
    assert value == pytest.approx(16 / 3 + 100 * 3 / 16, abs=0.05)
    assert _hits(analysis, "lix", 24) == [(0, len(TEXT), {"value": f"{value:g}", "max": "24"})]


def test_letter_lix_thresholds_are_exclusive_for_max_and_inclusive_for_min_words(analysis):
    value = lix(TEXT)
    assert _hits(analysis, "lix", value) == []  # equal to max: fine
    assert _hits(analysis, "lix", 60) == []  # a plain letter with min_words 0 is no finding
    assert len(_hits(analysis, "lix", 24, min_words=16)) == 1  # exactly min_words words count
    assert _hits(analysis, "lix", 24, min_words=17) == []


def test_letter_lix_of_an_empty_text_is_no_finding(analyzer):
    document = Document.from_text("")
    empty = Analysis(document, analyzer.nlp(document.text), analyzer.nlp)
    assert list(MetricMatcher(_rule("lix", -1), None).find(empty)) == []


def test_paragraph_lix_marks_only_the_hard_paragraph(analysis):
    assert _hits(analysis, "paragraph_lix", 50) == [(0, len(P1), {"value": "56", "max": "50"})]
    assert _hits(analysis, "paragraph_lix", 56) == []  # equal to max
    assert len(_hits(analysis, "paragraph_lix", 50, min_words=6)) == 1
    assert _hits(analysis, "paragraph_lix", 50, min_words=7) == []


def test_paragraph_lix_marks_every_paragraph_above_max(analysis):
    starts = [TEXT.index(p) for p in (P1, P2, P3)]
    assert [(s, e) for s, e, _ in _hits(analysis, "paragraph_lix", 4)] == [
        (starts[0], starts[0] + len(P1)), (starts[1], starts[1] + len(P2)), (starts[2], starts[2] + len(P3))]


def test_long_sentences_end_at_their_last_word(analysis):
    p2 = TEXT.index(P2)
    assert _hits(analysis, "sentence_words", 5) == [(0, len(P1), {"value": "6", "max": "5"})]
    assert _hits(analysis, "sentence_words", 6) == []  # equal to max
    assert [(s, e) for s, e, _ in _hits(analysis, "sentence_words", 4)] == [
        (0, len(P1)), (p2, p2 + len(P2)), (TEXT.index(P3), len(TEXT))]


@pytest.mark.parametrize("metric, max_, words", [("lix", 24, 16), ("paragraph_lix", 50, 6), ("sentence_words", 5, 6)])
def test_the_hit_s_fields_fill_the_message(analysis, metric, max_, words):
    (hit,) = MetricMatcher(_rule(metric, max_), None).find(analysis)
    assert set(hit.fields) == {"value", "max"}
    assert hit.fields["max"] == f"{max_:g}"
    assert float(hit.fields["value"]) > max_
    if metric == "sentence_words":
        assert hit.fields["value"] == str(words)
