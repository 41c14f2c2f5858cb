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
    hits = _hits(rule, "Nu skal du skal betale straks.", analyzer.nlp)
    # "du skal betale" (8-22) overlaps "skal du" (3-10), which starts first and wins; with it gone,
    # "betale straks" no longer overlaps anything kept
    assert hits == [(3, 10, "skal du"), (16, 29, "betale straks")]
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


def test_phrase_starts_after_a_word_character_or_section_sign_are_not_hits(analyzer):
    rule = _rule(type="phrases", entries=[{"pattern": "stk\\. 2"}, {"pattern": "du skal"}, {"pattern": "\\d+ uger"}])
    text = "Du skal se stk. 2, ikke §stk. 2 eller xstk. 2. Nu skal du skal. Idu skal 4 uger og 14 uger, §4 uger."
    got = [found for _, _, found in _hits(rule, text, analyzer.nlp)]
    assert got == ["Du skal", "stk. 2", "du skal", "4 uger", "14 uger"]


def test_phrase_scan_finds_what_the_whole_word_pattern_finds(analyzer):
    """The overlapped scan without the look-behind, filtered afterwards, keeps
    exactly the matches of ``compile_entry`` at every start."""
    import regex

    from borgertekst.matchers.phrases import _after_boundary, compile_entry, compile_scan

    text = "§ 3 uger, x3 uger, 3 uger; é3 uger _3 uger 33 uger §33 uger ß3 uger"
    for pattern in ("\\d+ uger", "3 uger", "(?:x|§)?3 uger"):
        whole = [m.span() for m in compile_entry(pattern, False).finditer(text, overlapped=True)]
        scan = [m.span() for m in compile_scan(pattern, False).finditer(text, overlapped=True)
                if _after_boundary(text, m.start())]
        assert whole == scan and whole, pattern
    assert regex.match(r"[\w§]", "_", regex.VERSION1) and not _after_boundary("_3", 1)


def test_phrase_hits_are_shared_per_analysis_only_between_equal_rules(analyzer, monkeypatch):
    from borgertekst.matchers import phrases

    text = "Du skal betale straks. Du skal svare."
    analysis = Analysis(Document.from_text(text), analyzer.nlp(text), analyzer.nlp)
    rule = _rule(type="phrases", entries=[{"pattern": "du skal"}])
    first = PhrasesMatcher(rule, analyzer.nlp)
    again = PhrasesMatcher(_rule(type="phrases", entries=[{"pattern": "du skal"}]), analyzer.nlp)  # parsed anew
    scans = []
    monkeypatch.setattr(PhrasesMatcher, "_find", lambda self, a, real=PhrasesMatcher._find: scans.append(1) or real(self, a))
    hits = [(h.start, h.end) for h in first.find(analysis)]
    assert hits == [(0, 7), (23, 30)]
    assert [(h.start, h.end) for h in again.find(analysis)] == hits and len(scans) == 1
    with monkeypatch.context() as m:
        m.setattr(phrases, "required_needles", lambda pattern: None)
        unfiltered = PhrasesMatcher(rule, analyzer.nlp)  # the same rule, another prefilter: scanned on its own
    assert [(h.start, h.end) for h in unfiltered.find(analysis)] == hits and len(scans) == 2
    other = PhrasesMatcher(_rule(type="phrases", entries=[{"pattern": "betale"}]), analyzer.nlp)  # same id, other entries
    assert [(h.start, h.end) for h in other.find(analysis)] == [(8, 14)] and len(scans) == 3
