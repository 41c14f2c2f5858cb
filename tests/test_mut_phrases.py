"""``type: phrases`` behaviour that survived mutation testing (bench/MUTATION.md):
case sensitivity, ``unless`` and its scope, hits that follow a suppressed or
skipped one, adjacent hits, empty matches, what a hit carries, and the
alternation semantics of "the earlier entry wins"."""

import msgspec
import pytest

from borgertekst.document import Document
from borgertekst.engine import Analysis
from borgertekst.matchers.phrases import PhrasesMatcher
from borgertekst.rulebook.schema import Rule


def _rule(entries, **fields):
    base = {"id": "tone.x", "category": "tone", "severity": "warning", "message": "m", "type": "phrases"}
    return msgspec.convert({**base, **fields, "entries": entries}, Rule)


def _hits(nlp, rule, text):
    document = Document.from_text(text)
    analysis = Analysis(document, nlp(document.text), nlp)
    return list(PhrasesMatcher(rule, nlp).find(analysis))


def _spans(nlp, rule, text):
    return [text[h.start:h.end] for h in _hits(nlp, rule, text)]


def test_phrases_ignore_case_unless_the_rule_is_case_sensitive(analyzer):
    nlp = analyzer.nlp
    text = "De skal svare. Vi ved, at de skal svare."
    assert _spans(nlp, _rule([{"pattern": "de skal"}]), text) == ["De skal", "de skal"]
    assert _spans(nlp, _rule([{"pattern": "De skal"}], case_sensitive=True), text) == ["De skal"]
    assert _spans(nlp, _rule([{"pattern": "de skal"}], case_sensitive=True), text) == ["de skal"]


def test_unless_in_the_same_sentence_suppresses_ignoring_case(analyzer):
    nlp = analyzer.nlp
    rule = _rule([{"pattern": "skal du", "unless": "venligst"}])
    assert _spans(nlp, rule, "Nu skal du svare.") == ["skal du"]
    assert _spans(nlp, rule, "Nu skal du VENLIGST svare.") == []
    assert _spans(nlp, rule, "Venligst: nu skal du svare.") == []


def test_unless_in_another_sentence_does_not_suppress(analyzer):
    nlp = analyzer.nlp
    rule = _rule([{"pattern": "skal du", "unless": "venligst"}])
    assert _spans(nlp, rule, "Svar venligst i dag. Nu skal du svare.") == ["skal du"]  # before
    assert _spans(nlp, rule, "Nu skal du svare. Svar venligst i dag.") == ["skal du"]  # after


def test_unless_scope_paragraph_and_letter_reach_further(analyzer):
    nlp = analyzer.nlp
    text = "Svar venligst i dag. Nu skal du svare.\n\nHer skal du skrive."
    paragraph = _rule([{"pattern": "skal du", "unless": "venligst"}], unless_scope="paragraph")
    assert _spans(nlp, paragraph, text) == ["skal du"]  # only the one in the second paragraph
    assert _hits(nlp, paragraph, text)[0].start == text.index("Her") + 4
    letter = _rule([{"pattern": "skal du", "unless": "venligst"}], unless_scope="letter")
    assert _spans(nlp, letter, text) == []


def test_a_suppressed_match_does_not_stop_the_later_ones(analyzer):
    rule = _rule([{"pattern": "skal du", "unless": "venligst"}])
    text = "Nu skal du venligst svare. Så skal du betale."
    hits = _hits(analyzer.nlp, rule, text)
    assert [(h.start, text[h.start:h.end]) for h in hits] == [(text.index("Så") + 3, "skal du")]


def test_a_skipped_overlapping_hit_does_not_stop_the_later_ones(analyzer):
    rule = _rule([{"pattern": "skal du"}, {"pattern": "du betale"}, {"pattern": "i dag"}])
    assert _spans(analyzer.nlp, rule, "Nu skal du betale i dag.") == ["skal du", "i dag"]


def test_adjacent_hits_are_both_kept(analyzer):
    rule = _rule([{"pattern": "betal nu!"}, {"pattern": "!!"}])
    hits = _hits(analyzer.nlp, rule, "Betal nu!!!")
    assert [(h.start, h.end) for h in hits] == [(0, 9), (9, 11)]


def test_one_entry_is_scanned_at_every_start_like_an_alternation(analyzer):
    """Entries behave as one alternation ``nu|\\w+ \\w+`` scanned left to right: after "Nu"
    the next match starts at "skal", not at "du" (which a non-overlapped scan of the
    second entry alone would give)."""
    rule = _rule([{"pattern": "nu"}, {"pattern": r"\w+ \w+"}])
    assert _spans(analyzer.nlp, rule, "Nu skal du betale") == ["Nu", "skal du"]


def test_an_empty_match_is_skipped_and_the_scan_goes_on(analyzer):
    rule = _rule([{"pattern": "nej|"}])
    assert _spans(analyzer.nlp, rule, "Ja, nej.") == ["nej"]


@pytest.mark.parametrize("word_class, advice", [(None, False), ("phrase", False), ("gloss", True)])
def test_a_hit_carries_the_entry_s_replacement_explanation_message_and_advice(analyzer, word_class, advice):
    entry = {"pattern": "straks", "replace": ["i dag"], "explain": "Skriv en dato.", "message": "'{match}' presser."}
    if word_class:
        entry["word_class"] = word_class
    (hit,) = _hits(analyzer.nlp, _rule([entry]), "Betal straks.")
    assert (hit.start, hit.end) == (6, 12)
    assert hit.replace == ["i dag"]
    assert hit.explain == "Skriv en dato."
    assert hit.message == "'{match}' presser."
    assert hit.advice is advice



def test_no_hit_right_after_a_letter_or_a_section_sign(analyzer):
    nlp = analyzer.nlp
    assert _spans(nlp, _rule([{"pattern": "vurdering"}]), "Din genvurdering er klar. En vurdering.") == ["vurdering"]
    hits = _hits(nlp, _rule([{"pattern": r"5 uger"}]), "Efter §5 uger, ikke om 5 uger.")
    assert [h.start for h in hits] == [len("Efter §5 uger, ikke om ")]


@pytest.mark.parametrize("case_sensitive", [False, True])
def test_the_matcher_finds_what_the_entry_s_full_pattern_finds(analyzer, case_sensitive):
    """``compile_entry`` is the documented meaning of an entry (look-behind included); the
    matcher's faster scan must give the same hits, with and without ``case_sensitive``."""
    from borgertekst.matchers.phrases import compile_entry

    text = "De skal svare. Vi ved, at de skal svare, og gende skal ikke. §de skal heller ikke."
    rule = _rule([{"pattern": "de skal"}], case_sensitive=case_sensitive)
    expected = [m.span() for m in compile_entry("de skal", case_sensitive).finditer(text, overlapped=True)]
    assert [(h.start, h.end) for h in _hits(analyzer.nlp, rule, text)] == expected
    assert len(expected) == (1 if case_sensitive else 2)


def test_the_boundary_holds_with_a_cold_character_memo(analyzer, monkeypatch):
    """``_after_boundary`` remembers per character whether it is a word character or "§";
    the first time it meets one it must decide it, not let the match through."""
    from borgertekst.matchers import phrases

    monkeypatch.setattr(phrases, "_word_or_section", {})
    assert phrases._after_boundary("genvurdering", 3) is False
    assert phrases._after_boundary("§5", 1) is False
    assert phrases._after_boundary("om 5", 3) is True
    monkeypatch.setattr(phrases, "_word_or_section", {})
    assert _spans(analyzer.nlp, _rule([{"pattern": "vurdering"}]), "Din genvurdering er klar.") == []
