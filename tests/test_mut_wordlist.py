"""``type: wordlist`` behaviour that survived mutation testing (bench/MUTATION.md):
``match: exact`` (lower case only, no inflections), the longest match where two
terms start at the same word, several and adjacent hits in one text, what a hit
carries, and when a fixed replacement is only advice."""

import msgspec
import pytest

from borgertekst.document import Document
from borgertekst.engine import Analysis
from borgertekst.matchers.wordlist import WordListMatcher
from borgertekst.rulebook.schema import Rule


def _rule(entries, **fields):
    base = {"id": "fagsprog.x", "category": "fagsprog", "severity": "info", "message": "m", "type": "wordlist"}
    entries = [e if isinstance(e, dict) else {"term": e} for e in entries]
    return msgspec.convert({**base, **fields, "entries": entries}, Rule)


def _hits(nlp, rule, text):
    document = Document.from_text(text)
    return list(WordListMatcher(rule, nlp).find(Analysis(document, nlp(document.text), nlp)))


def _spans(nlp, rule, text):
    return [text[h.start:h.end] for h in _hits(nlp, rule, text)]


def test_exact_matches_any_case_but_no_inflection(analyzer):
    nlp = analyzer.nlp
    exact = _rule(["bevilling"], match="exact")
    assert _spans(nlp, exact, "Bevilling er givet. Din BEVILLING er sendt.") == ["Bevilling", "BEVILLING"]
    assert _spans(nlp, exact, "Bevillingen er sendt, og der kommer flere bevillinger.") == []
    lemma = _rule(["bevilling"])
    assert _spans(nlp, lemma, "Bevillingen er sendt, og der kommer flere bevillinger.") == ["Bevillingen",
                                                                                              "bevillinger"]


def test_the_longest_of_two_terms_at_the_same_word_wins(analyzer):
    for terms in (["i henhold", "i henhold til"], ["i henhold til", "i henhold"]):
        assert _spans(analyzer.nlp, _rule(terms), "Det sker i henhold til loven.") == ["i henhold til"]


def test_every_term_in_a_text_is_found_also_after_a_skipped_overlap(analyzer):
    rule = _rule(["i henhold til", "henhold", "bevilling"])
    text = "Vi gør det i henhold til loven, og din bevilling er sendt."
    assert _spans(analyzer.nlp, rule, text) == ["i henhold til", "bevilling"]


def test_adjacent_terms_are_both_found(analyzer):
    rule = _rule(["ansøgning", "bevilling"])
    assert _spans(analyzer.nlp, rule, "Det gælder ansøgning bevilling og klage.") == ["ansøgning", "bevilling"]


def test_a_hit_carries_the_entry_s_replacement_explanation_message_and_term(analyzer):
    entry = {"term": "bevilling", "replace": ["tilladelse"], "explain": "Et kendt ord.", "message": "'{term}'",
             "word_class": "noun"}
    (hit,) = _hits(analyzer.nlp, _rule([entry]), "Din bevillinger er sendt.")
    assert (hit.start, hit.end) == (4, 15)
    assert hit.replace == ["tilladelse"]
    assert hit.explain == "Et kendt ord."
    assert hit.message == "'{term}'"
    assert hit.fields == {"term": "bevilling"}
    assert hit.advice is False  # a noun is inflected to the matched form, so an inflected match still replaces


@pytest.mark.parametrize("word_class", ["adv", "phrase"])
def test_fixed_text_replaces_only_the_form_written_in_the_rule(analyzer, word_class):
    rule = _rule([{"term": "vedrøre", "replace": ["om"], "word_class": word_class}])
    nlp = analyzer.nlp
    (written,) = _hits(nlp, rule, "Sagen skal vedrøre din ansøgning.")
    assert written.advice is False
    (inflected,) = _hits(nlp, rule, "Brevet vedrører din ansøgning.")
    assert inflected.advice is True  # "vedrører" cannot become "om"


def test_fixed_text_in_capitals_is_still_the_written_form(analyzer):
    rule = _rule([{"term": "i henhold til", "replace": ["efter"], "word_class": "phrase"}])
    (hit,) = _hits(analyzer.nlp, rule, "I henhold til loven.")
    assert hit.advice is False


def test_a_gloss_is_advice_in_any_form(analyzer):
    rule = _rule([{"term": "bevilling", "replace": ["at du får"], "word_class": "gloss"}])
    assert [h.advice for h in _hits(analyzer.nlp, rule, "Din bevilling og dine bevillinger.")] == [True, True]


def test_an_entry_without_a_word_class_replaces(analyzer):
    rule = _rule([{"term": "bevilling", "replace": ["tilladelse"]}])
    assert [h.advice for h in _hits(analyzer.nlp, rule, "Din bevilling og dine bevillinger.")] == [False, False]
