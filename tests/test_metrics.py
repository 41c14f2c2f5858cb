"""LIX: the Danish definition, cross-checked against textstat."""

import pytest
import textstat

from borgertekst.engine import analyze
from borgertekst.metrics import lix, lix_label

PLAIN = (
    "Vi har fået din ansøgning. Vi ser på den i næste uge. Du hører fra mig, når vi har "
    "besluttet noget. Ring gerne, hvis du har spørgsmål til sagsbehandlingen."
)


def test_lix_agrees_with_textstat_on_plain_prose():
    ours = lix(PLAIN)
    theirs = textstat.lix(PLAIN)
    assert ours == pytest.approx(theirs, abs=0.5)


def test_lix_by_hand():
    # 6 words, 1 sentence, 3 words over six letters → 6 + 100*3/6
    assert lix("Kommunen bevilger hjælpemidler til dig nu.") == pytest.approx(6 + 100 * 3 / 6, abs=0.1)


def test_numbers_and_abbreviations_do_not_count_as_words():
    with_refs = lix("Du får hjælp efter § 83, stk. 2, jf. lov nr. 1234 af 1. april 2025.")
    plain = lix("Du får hjælp efter loven om hjælp.")
    report = analyze("Du får hjælp efter § 83, stk. 2, jf. lov nr. 1234 af 1. april 2025.")
    assert report.metrics.sentences == 1
    assert report.metrics.words == 7  # Du får hjælp efter lov af april
    assert with_refs < plain + 40


def test_headings_and_list_items_are_sentences_of_their_own():
    text = "Afgørelse om hjælp\nDu får hjælp til:\n- rengøring\n- indkøb\nVi kommer mandag."
    report = analyze(text)
    assert report.metrics.sentences == 5


def test_paragraph_lix_and_label():
    report = analyze("Kort tekst her.\n\nKommunalbestyrelsens administrationsgrundlag forudsætter helhedsorienteret sagsbehandling.")
    assert len(report.metrics.paragraph_lix) == 2
    assert report.metrics.paragraph_lix[0] < report.metrics.paragraph_lix[1]
    assert lix_label(20) == "meget let" and lix_label(60) == "meget svær"


def test_counts_from_the_cached_word_flags_match_a_walk_over_the_tokens():
    from borgertekst import metrics
    from borgertekst.nlp import load

    nlp = load()
    doc = nlp("Kære Anna 😀\n\nJf. § 5, stk. 2, har vi behandlet din ansøgning om boligstøtte. "
              "Sagsbehandlingstiden er 4 uger.\n\n- Husk lønsedler\n- Ring til os")
    for sent in doc.sents:
        words = [t for t in sent if metrics.is_word(t)]
        expected = metrics.Count(len(words), sum(metrics.letters(t.text) > metrics.LONG_WORD for t in words),
                                 1 if words else 0)
        assert metrics.count_span(sent) == expected
    assert metrics.count_span(doc).words == sum(metrics.is_word(t) for t in doc)
    other = nlp("Tak.")  # its own flags, not the first doc's
    assert metrics.count_span(other) == metrics.Count(1, 0, 1)


def test_number_words_are_words():
    # "en", "et", "to" and "første" are words a reader reads (spaCy calls them number-like); digits are not
    assert lix("Du får en bolig og et værelse til to personer.") == pytest.approx(10 + 100 * 2 / 10, abs=0.1)
    assert lix("Du får 2 værelser.") == pytest.approx(3 + 100 * 1 / 3, abs=0.1)
