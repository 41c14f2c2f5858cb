"""WORDS: kinds found on the blind letters of holdout words12 (session 12), fixed at their cause. The sentences are
new, not lines of the holdout."""

from __future__ import annotations

import pytest

from borgertekst.checks.stavning import find_dictionary
from kinds_support import rule_findings

needs_dictionary = pytest.mark.skipif(find_dictionary() is None, reason="hunspell-da is not installed")


def _rule(analyzer, text, rule):
    return [(text[f.start:f.end], f.severity) for f in rule_findings(analyzer, text, rule)]


# --- 'de' for 'det' after an infinitive or participle; lower-case 'i' for 'I' (stavning.grammatik, hints) --------------

@pytest.mark.parametrize("text, slip", [
    ("Hvis cyklen er stjålet, skal du anmelde de til politiet med det samme.", "de"),
    ("Når vi har godkendt de, sender vi pengene.", "de"),
    ("Jeg har lagt de ind i din digitale postkasse.", "de"),
    ("Husk at aflevere de på biblioteket.", "de"),
    ("Vi kan ikke svare, før i har sendt budgettet.", "i"),
    ("Vi ringer, hvis i skal have en ny tid.", "i"),
])
def test_de_for_det_and_lower_case_i_are_hints(analyzer, text, slip):
    assert (slip, "info") in _rule(analyzer, text, "stavning.grammatik")


@pytest.mark.parametrize("text", [
    "Hvis de bliver forsinket, ringer de til dig.",  # 'de' as an inverted subject
    "Vi har sendt de nye papirer til dig, og de to kopier ligger i e-Boks.",  # 'de' as an article
    "Vi vil gerne hjælpe de, der har brug for det.",  # accepted before a relative clause
    "Du kan se, hvad de har skrevet, og hvornår de kommer.",
    "Vi mødes i Hillerød, og i dag er kontoret åbent.",
    "Huset ligger i et område, hvor vi har mange ældre.",
])
def test_subjects_articles_and_the_preposition_i_are_left_alone(analyzer, text):
    assert _rule(analyzer, text, "stavning.grammatik") == []
