"""One list of abbreviations (``nlp.tokenizer.ABBREVIATIONS``) for every sentence splitter of the product:
the language layer, the rewrite guard's sentence bounds and the panel's split of text without capitals."""

import pytest

from borgertekst.checks.panel import _lower_sentences
from borgertekst.nlp.tokenizer import is_abbreviation
from borgertekst.rewriting.guard import sentence_bounds


@pytest.mark.parametrize("word, any_, never_final", [
    ("jf.", True, True),
    ("Vedr.", True, True),
    ("(bl.a.", True, True),
    ("kr.", True, False),  # an amount often ends the sentence
    ("mdr.", True, False),
    ("t.o.m.", True, True),
    ("søn.", False, False),  # also a word: the next word decides (nlp.sentences)
    ("hund.", False, False),
])
def test_is_abbreviation(word, any_, never_final):
    assert is_abbreviation(word) is any_
    assert is_abbreviation(word, sentence_final=False) is never_final


@pytest.mark.parametrize("text, word, sentence", [
    ("Du får 900 kr. om måneden. Vi skriver igen.", "måneden", "Du får 900 kr. om måneden."),
    ("Det står i § 5, stk. 2 i loven. Tak.", "loven", "Det står i § 5, stk. 2 i loven."),
    ("Hjælpen gælder t.o.m. udgangen af maj for dig. Tak.", "dig", "Hjælpen gælder t.o.m. udgangen af maj for dig."),
    ("Vi har skrevet til din søn. Desværre mangler papirerne.", "mangler", "Desværre mangler papirerne."),
])
def test_rewrite_guard_sentence_bounds(text, word, sentence):
    start = text.index(word)
    s, e = sentence_bounds(text, start, start + len(word))
    assert text[s:e].strip() == sentence


def test_panel_split_without_capitals():
    text = "hjælpen gælder t.o.m. maj og dagl. kl. 8-15. du kan ringe til os"
    assert [p.strip() for p in _lower_sentences(text)] == [
        "hjælpen gælder t.o.m. maj og dagl. kl. 8-15", "du kan ringe til os"]
