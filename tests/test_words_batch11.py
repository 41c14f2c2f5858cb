"""WORDS: kinds found on the blind letters of holdout words11 (session 11), fixed at their cause. The sentences are
new, not lines of the holdout."""

from __future__ import annotations

import pytest

from borgertekst.checks.stavning import find_dictionary
from kinds_support import rule_findings

needs_dictionary = pytest.mark.skipif(find_dictionary() is None, reason="hunspell-da is not installed")


def _spelling(analyzer, text):
    return [(text[f.start:f.end], f.suggestions[:1]) for f in rule_findings(analyzer, text, "stavning.hunspell")]


# --- a frequent word with a letter left out or changed that Hunspell's or our compounds accept -----------------------

@needs_dictionary
@pytest.mark.parametrize("text, word, right", [
    ("Vi har modaget dine lønsedler og ser på dem i næste uge.", "modaget", "modtaget"),  # Hunspell: "mod|aget"
    ("Sidste frist for tilmælding er på torsdag.", "tilmælding", "tilmelding"),
    ("Du kan læse mere om tilmælding på hjemmesiden.", "tilmælding", "tilmelding"),
])
def test_a_frequent_word_one_letter_off_is_a_slip(analyzer, text, word, right):
    assert (word, [right]) in _spelling(analyzer, text)


@needs_dictionary
@pytest.mark.parametrize("text", [
    "Der er gået adskillig tid, siden vi hørte fra dig.",  # a letter more at the end is another form ("adskillige")
    "Arbejdet skal fremmes, så boligerne bliver færdige.",
    "Tømmerpladsen og skolevejen bliver lukket i weekenden.",
])
def test_rare_forms_and_compounds_still_pass(analyzer, text):
    assert _spelling(analyzer, text) == []


# --- an English verb with a Danish ending ------------------------------------------------------------------------------

def _english_verbs(analyzer, text):
    return [text[f.start:f.end] for f in rule_findings(analyzer, text, "stavning.hunspell")
            if "engelsk udsagnsord" in f.message]


@needs_dictionary
@pytest.mark.parametrize("text, word", [
    ("Jeg har sharet dokumentet med dig og din rådgiver.", "sharet"),
    ("Lederen approvede din ansøgning om orlov i går.", "approvede"),
    ("Vi har submittet skemaet til styrelsen.", "submittet"),
])
def test_an_english_verb_with_a_danish_ending_is_named_as_english(analyzer, text, word):
    assert _english_verbs(analyzer, text) == [word]


@needs_dictionary
@pytest.mark.parametrize("text", [
    "Vi har sendet brevet igen.",  # a Danish slip for "sendt", not English "send"
    "Vi har tjekket dine oplysninger og booket en tid til dig.",
    "Kontoret startede i går, og vi ringede til dig.",
    "Du har tastet dit nummer forkert, og shelteret i skoven er lukket.",  # Danish words the dictionary knows
])
def test_danish_verbs_and_their_slips_are_not_called_english(analyzer, text):
    assert _english_verbs(analyzer, text) == []
