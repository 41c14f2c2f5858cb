"""``metrics.word_flags`` (worked out from token arrays) agrees with ``is_word`` token by token."""

from borgertekst import metrics
from borgertekst.nlp import load

TEXT = ("Kære Ida Hansen\n\nJf. § 5, stk. 2 i lov nr. 1.000 har vi bl.a. vurderet din ansøgning om "
        "hjælpemidler (kr. 12.500,00) den 3. maj 2026. Se https://borger.dk eller skriv til a@b.dk!\n\n"
        "Med venlig hilsen\nSagsbehandleren – 24 timer – Kommunens børne- og ungeafdeling")


def test_word_flags_match_is_word_and_long_words():
    doc = load()(TEXT)
    words, long = metrics.word_flags(doc)
    assert words == [metrics.is_word(t) for t in doc]
    assert long == [metrics.is_word(t) and metrics.is_long_word(t.text) for t in doc]
    assert any(long) and not all(words)


def test_word_flags_of_an_empty_doc():
    assert metrics.word_flags(load()("")) == ([], [])
