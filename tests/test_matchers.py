"""Matcher behaviour the rule examples do not pin down: phrase hits never overlap,
and the example runner checks ``match:``."""

import msgspec

from borgertekst.document import Document
from borgertekst.engine import Analysis, Analyzer
from borgertekst.matchers.phrases import PhrasesMatcher
from borgertekst.rulebook.examples import run_examples
from borgertekst.rulebook.loader import LoadedRule, RuleSet
from borgertekst.rulebook.schema import Rule


def _rule(**fields):
    base = {"id": "tone.x", "category": "tone", "severity": "warning", "message": "m"}
    return msgspec.convert({**base, **fields}, Rule)


def _hits(rule, text, nlp):
    document = Document.from_text(text)
    analysis = Analysis(document, nlp(document.text), nlp)
    return [(h.start, h.end, document.text[h.start:h.end]) for h in PhrasesMatcher(rule, nlp).find(analysis)]


def test_phrase_hits_never_overlap_and_the_leftmost_wins(analyzer):
    rule = _rule(type="phrases", entries=[{"pattern": "skal du"}, {"pattern": "du skal betale"},
                                          {"pattern": "betale straks"}])
    hits = _hits(rule, "Nu skal du betale straks.", analyzer.nlp)
    assert hits == [(3, 10, "skal du"), (11, 24, "betale straks")]  # "du skal betale" overlaps the first
    for (_, end, _), (start, _, _) in zip(hits, hits[1:]):
        assert end <= start


def test_at_one_place_the_earlier_entry_wins(analyzer):
    rule = _rule(type="phrases", entries=[{"pattern": "du skal", "replace": ["først"]},
                                          {"pattern": "du skal betale", "replace": ["anden"]}])
    found = list(PhrasesMatcher(rule, analyzer.nlp).find(
        Analysis(Document.from_text("Du skal betale."), analyzer.nlp("Du skal betale."), analyzer.nlp)))
    assert [(h.start, h.end, h.replace) for h in found] == [(0, 7, ["først"])]


def test_examples_check_what_the_finding_covers(analyzer):
    rule = _rule(type="wordlist", id="fagsprog.x", category="fagsprog", entries=[{"term": "bevilling"}],
                 examples={"bad": [{"text": "Din bevilling er sendt.", "match": "bevilling"},
                                   {"text": "Din bevilling er sendt.", "match": "Din bevilling"}],
                           "good": ["Du får hjælpen."]})
    ruleset = RuleSet(rules={rule.id: LoadedRule(rule, "x.yaml")})
    ran, failures = run_examples(Analyzer(ruleset, nlp=analyzer.nlp))
    assert ran == 3
    assert [(f.kind, f.index) for f in failures] == [("bad", 1)]
    assert "forventede fund på 'Din bevilling', fik 'bevilling'" in failures[0].detail
