"""The language layer's open items from the last session: "-er" person nouns that look like a verb's
present tense ("Ansøger har ret", "Klager anfører"), and a noun gender the treebank table has wrong
("grund" is common gender). Needs the Danish Hunspell dictionary."""

import pytest

from borgertekst.nlp import hunspell_da

needs_hunspell = pytest.mark.skipif(not hunspell_da.available(), reason="da_DK Hunspell dictionary missing")


def token(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, word, lemma", [
    # before a finite verb, with no subject pronoun before it: the person
    ("Ansøger har ret til hjælp i tre måneder.", "Ansøger", "ansøger"),
    ("Klager anfører, at bussen kom for sent.", "Klager", "klager"),
    ("Det fremgår, at ansøger har haft lønindtægt.", "ansøger", "ansøger"),
    ("Ejer skal fjerne affaldet inden fredag.", "Ejer", "ejer"),
    # the verb: a subject before it, a pronoun after it (a question or condition), or no verb after it
    ("Hvis du ansøger om hjælp, skal du sende lønsedler.", "ansøger", "ansøge"),
    ("Klager du over afgørelsen, ser vi på sagen igen.", "Klager", "klage"),
    ("Vi ejer ikke bygningen.", "ejer", "eje"),
    # the plural of "klage" (complaints)
    ("Klager over afgørelsen sendes til os.", "Klager", "klage"),
])
@needs_hunspell
def test_person_noun_or_verb(nlp, text, word, lemma):
    assert token(nlp(text), word).lemma_ == lemma


@pytest.mark.parametrize("text, word, gender", [
    ("Hækken står på din grund.", "grund", "Com"),
    ("Der er en god grund til det.", "grund", "Com"),
    ("Stil en spand under.", "spand", "Com"),
    # the treebank's genders still count where they are right
    ("Vi har ikke grundlag for at give dig ret.", "grundlag", "Neut"),
])
@needs_hunspell
def test_gender_corrected_over_the_treebank(nlp, text, word, gender):
    assert token(nlp(text), word).morph.get("Gender") == [gender]
