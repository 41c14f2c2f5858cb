"""``type: pattern`` runs the spaCy Matcher only on windows of the letter (from a token with an
entry's first lemma to the next token no entry can match): the hits must be exactly those of
the Matcher on the whole Doc."""

import msgspec
import pytest

from borgertekst.document import Document
from borgertekst.engine import Analysis
from borgertekst.matchers.pattern import PatternMatcher
from borgertekst.rulebook.schema import Rule

ADJ = {"LOWER": {"REGEX": "^[a-zæøå]+(ig|ige|lig|lige|isk|iske)$"}, "OP": "?"}
ARTICLES = {"LOWER": {"IN": ["en", "et", "den", "det", "ny", "nye", "samlet", "endelig"]}, "OP": "*"}
ENTRIES = [
    {"tokens": [{"LEMMA": "foretage"}, ARTICLES, ADJ, {"LEMMA": "vurdering"}], "replace": ["vurdere"]},
    {"tokens": [{"LEMMA": "foretage"}, {"LOWER": "en"}], "replace": ["kort"]},
    {"tokens": [{"LEMMA": "træffe"}, ARTICLES, {"LEMMA": "afgørelse"}], "replace": ["afgøre"]},
    {"tokens": [{"LEMMA": "komme"}, {"LOWER": "til"}, {"LEMMA": "udbetaling"}], "replace": ["udbetales"]},
    {"tokens": [{"LEMMA": "give"}, {"LOWER": "for", "OP": "+"}, {"LEMMA": "udtryk"}], "replace": ["udtrykke"]},
]
TEXTS = [
    "Vi foretager en vurdering.",
    "Vi foretager en ny samlet endelig grundig vurdering, og vi træffer en afgørelse.",
    "Vi foretager en. Vurdering af sagen kommer senere.",  # a full stop between: no long match
    "Kommunen foretager\nen vurdering og foretager en beregning.",
    "Pengene kommer til udbetaling den 1. maj, og de kommer til udbetaling igen i juni.",
    "Han gav for for udtryk for, at han ville foretage en faglig vurdering af, om vi træffer afgørelse.",
    "foretager vurdering",
    "Vi træffer den endelige afgørelse. Vi foretager en vurdering foretager en vurdering.",
    "Der er intet at se her.",
    "",
]


def _rule(entries):
    return msgspec.convert({"id": "klarsprog.x", "category": "klarsprog", "severity": "info", "message": "m",
                            "type": "pattern", "entries": entries}, Rule)


def _hits(matcher, nlp, text, whole_doc=False):
    document = Document.from_text(text)
    analysis = Analysis(document, nlp(document.text), nlp)
    assert matcher.windowed
    saved = matcher._tests
    if whole_doc:
        matcher._tests = None  # the Matcher on the whole Doc
    try:
        return [(h.start, h.end, h.replace) for h in matcher.find(analysis)]
    finally:
        matcher._tests = saved


@pytest.fixture(scope="module")
def matcher(analyzer):
    return PatternMatcher(_rule(ENTRIES), analyzer.nlp)


def test_these_entries_are_matched_in_windows(matcher):
    assert matcher.windowed


@pytest.mark.parametrize("text", TEXTS)
def test_windows_find_what_the_whole_doc_finds(matcher, analyzer, text):
    assert _hits(matcher, analyzer.nlp, text) == _hits(matcher, analyzer.nlp, text, whole_doc=True)


def test_windowed_hits_are_the_expected_ones(matcher, analyzer):
    text = "Vi foretager en ny samlet vurdering, og pengene kommer til udbetaling."
    assert [(text[s:e], r) for s, e, r in _hits(matcher, analyzer.nlp, text)] == [
        ("foretager en ny samlet vurdering", ["vurdere"]), ("kommer til udbetaling", ["udbetales"])]


def test_the_shipped_rule_finds_the_same_in_windows_on_generated_letters(analyzer):
    from bench.letters import make_letters

    (rule, shipped), = [(r, m) for r, m in analyzer.matchers if r.id == "klarsprog.navneordsstil"]
    assert shipped.windowed  # the shipped entries are read by the window test
    texts = make_letters(8, 400, seed=5) + TEXTS
    found = 0
    for text in texts:
        hits = _hits(shipped, analyzer.nlp, text)
        assert hits == _hits(shipped, analyzer.nlp, text, whole_doc=True)
        found += len(hits)
    assert found > 0


@pytest.mark.parametrize("entry", [
    [{"LEMMA": "foretage"}, {"POS": "NOUN"}],  # an attribute the window test does not read
    [{"LEMMA": "foretage"}, {"LOWER": "en", "OP": "!"}],  # negation
    [{"LOWER": "vi"}, {"LEMMA": "foretage"}],  # not starting with a fixed lemma
    [{"LEMMA": "foretage", "OP": "?"}, {"LEMMA": "vurdering"}],  # an optional first token
])
def test_other_entries_are_matched_on_the_whole_doc(analyzer, entry):
    assert not PatternMatcher(_rule([{"tokens": entry}]), analyzer.nlp).windowed
