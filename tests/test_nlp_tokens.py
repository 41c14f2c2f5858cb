"""The token table the language layer and checks read instead of Token objects
(``borgertekst/nlp/tokens.py``), and the components that read it."""

import pytest

from borgertekst.nlp.tokens import token_table

TEXTS = [
    "Kære Anna Jensen\n\nTak for din ansøgning af 3. marts. Vi har bevilget hjælpen, jf. § 83, stk. 2.",
    "  \n\n  Hej!!  Se bilag:\n• Udfyld skemaet\n• Send det til os 👍🏽 «citat» …",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_table_agrees_with_the_tokens(analyzer, text):
    doc = analyzer.nlp(text)
    table = token_table(doc)
    assert table.texts == [t.text for t in doc]
    assert table.orths == [t.orth for t in doc]
    assert table.whitespace == [t.whitespace_ for t in doc]
    assert table.is_space == [t.is_space for t in doc]
    assert table.is_punct == [t.is_punct for t in doc]
    assert token_table(doc) is table  # built once per Doc


def test_a_retokenised_doc_gets_a_new_table(analyzer):
    doc = analyzer.nlp("Vi har modtaget din klage i dag.")
    before = token_table(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[5:7])
    assert token_table(doc) is not before
    assert token_table(doc).texts == [t.text for t in doc] and "i dag" in token_table(doc).texts


def test_lemmas_and_features_same_on_a_pretokenised_doc(analyzer):
    """The components write lemmas and features through arrays and cached analyses:
    a Doc built from words gets what the tokenizer's Doc gets."""
    from spacy.tokens import Doc

    nlp = analyzer.nlp
    text = "Skemaet behandles hurtigt. Udfyld skemaet og send det. Vi har bevilget hjælpemidlerne."
    whole = nlp(text)
    words = Doc(nlp.vocab, words=[t.text for t in whole], spaces=[bool(t.whitespace_) for t in whole])
    for _, component in nlp.pipeline:
        words = component(words)
    assert [(t.lemma_, str(t.morph), t.is_sent_start) for t in words] == \
        [(t.lemma_, str(t.morph), t.is_sent_start) for t in whole]
    assert any(str(t.morph) == "Voice=Pass" for t in whole) and any(str(t.morph) == "Mood=Imp" for t in whole)
