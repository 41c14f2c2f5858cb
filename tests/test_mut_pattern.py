"""``type: pattern`` (spaCy token patterns) had no test of its own besides the shipped
rules' examples (bench/MUTATION.md): the lemma prefilter that runs only the entries
whose required lemmas the letter has, the entry a hit comes from, the longest of
overlapping matches, what a hit carries, and the Matcher's validation."""

import msgspec
import pytest
from spacy.errors import MatchPatternError

from borgertekst.document import Document
from borgertekst.engine import Analysis
from borgertekst.matchers.pattern import PatternMatcher, doc_lemmas, required_lemmas
from borgertekst.rulebook.schema import Rule

FORETAGE_VURDERING = [{"LEMMA": "foretage"}, {"LOWER": {"IN": ["en", "et"]}, "OP": "?"},
                      {"LEMMA": "grundig", "OP": "?"}, {"LEMMA": "vurdering"}]
FORETAGE_BEREGNING = [{"LEMMA": "foretage"}, {"LOWER": {"IN": ["en", "et"]}, "OP": "?"}, {"LEMMA": "beregning"}]


def _rule(entries):
    return msgspec.convert({"id": "klarsprog.x", "category": "klarsprog", "severity": "info", "message": "m",
                            "type": "pattern", "entries": entries}, Rule)


def _find(matcher, nlp, text):
    document = Document.from_text(text)
    return [(text[h.start:h.end], h.replace) for h in matcher.find(Analysis(document, nlp(document.text), nlp))]


@pytest.fixture(scope="module")
def two_entries(analyzer):
    return PatternMatcher(_rule([{"tokens": FORETAGE_VURDERING, "replace": ["vurdere"]},
                                 {"tokens": FORETAGE_BEREGNING, "replace": ["beregne"]}]), analyzer.nlp)


def test_each_entry_is_found_with_its_own_replacement(two_entries, analyzer):
    nlp = analyzer.nlp
    assert _find(two_entries, nlp, "Vi foretager en beregning.") == [("foretager en beregning", ["beregne"])]
    assert _find(two_entries, nlp, "Vi foretager en vurdering.") == [("foretager en vurdering", ["vurdere"])]
    assert _find(two_entries, nlp, "Vi foretager en vurdering og foretager en beregning.") == [
        ("foretager en vurdering", ["vurdere"]), ("foretager en beregning", ["beregne"])]
    assert _find(two_entries, nlp, "Vi foretager en beregning.") == [("foretager en beregning", ["beregne"])]
    assert _find(two_entries, nlp, "Vi vurderer og beregner din sag.") == []


def test_optional_tokens_are_not_required_by_the_prefilter(two_entries, analyzer):
    assert _find(two_entries, analyzer.nlp, "Vi foretager vurdering.") == [("foretager vurdering", ["vurdere"])]
    assert _find(two_entries, analyzer.nlp, "Vi foretager en grundig vurdering.") == [
        ("foretager en grundig vurdering", ["vurdere"])]


def test_required_lemmas_are_the_single_lemma_tokens_without_op(analyzer):
    strings = analyzer.nlp.vocab.strings
    assert required_lemmas(FORETAGE_VURDERING, strings) == {strings["foretage"], strings["vurdering"]}
    assert required_lemmas([{"LOWER": "du"}, {"LEMMA": {"IN": ["skulle", "måtte"]}}], strings) == frozenset()


def test_doc_lemmas_follow_a_retokenized_doc(analyzer):
    doc = analyzer.nlp("Vi foretager en vurdering.")
    strings = doc.vocab.strings
    assert doc_lemmas(doc) == {strings[w] for w in ("vi", "foretage", "en", "vurdering", ".")}
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:4], attrs={"LEMMA": "foretage en vurdering"})
    assert doc_lemmas(doc) == {strings[w] for w in ("vi", "foretage en vurdering", ".")}


def test_the_longest_of_overlapping_matches_wins(analyzer):
    matcher = PatternMatcher(_rule([{"tokens": [{"LEMMA": "foretage"}, {"LOWER": "en"}], "replace": ["kort"]},
                                    {"tokens": FORETAGE_VURDERING, "replace": ["lang"]}]), analyzer.nlp)
    assert _find(matcher, analyzer.nlp, "Vi foretager en vurdering.") == [("foretager en vurdering", ["lang"])]


@pytest.mark.parametrize("word_class, advice", [(None, False), ("verb", False), ("gloss", True)])
def test_a_hit_carries_the_entry_s_explanation_message_and_advice(analyzer, word_class, advice):
    entry = {"tokens": FORETAGE_VURDERING, "replace": ["vurdere"], "explain": "Brug verbet.", "message": "'{match}'"}
    if word_class:
        entry["word_class"] = word_class
    text = "Vi foretager en vurdering."
    document = Document.from_text(text)
    nlp = analyzer.nlp
    (hit,) = PatternMatcher(_rule([entry]), nlp).find(Analysis(document, nlp(text), nlp))
    assert (hit.start, hit.end) == (3, 25)
    assert (hit.replace, hit.explain, hit.message, hit.advice) == (["vurdere"], "Brug verbet.", "'{match}'", advice)


def test_an_invalid_token_pattern_is_refused_when_the_rule_is_built(analyzer):
    with pytest.raises(MatchPatternError):
        PatternMatcher(_rule([{"tokens": [{"LEMMA": {"IN": "foretage"}}]}]), analyzer.nlp)


def test_a_text_of_exactly_the_required_lemmas_is_matched(two_entries, analyzer):
    # the Doc's lemmas equal the entry's required ones: a subset, not a proper subset
    assert _find(two_entries, analyzer.nlp, "foretager vurdering") == [("foretager vurdering", ["vurdere"])]
