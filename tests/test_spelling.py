"""Spelling with the Danish Hunspell dictionary (installed by scripts/setup.sh)."""

import pytest

from borgertekst.checks.stavning import find_dictionary
from borgertekst.engine import analyze

needs_dictionary = pytest.mark.skipif(find_dictionary() is None, reason="hunspell-da is not installed")


@needs_dictionary
def test_misspelling_found_with_suggestion():
    report = analyze("Vi har truffet en afgørlese i din sag.")
    [f] = [f for f in report.findings if f.rule == "stavning.hunspell"]
    assert f.text == "afgørlese"
    assert f.suggestions[0] == "afgørelse"


@needs_dictionary
def test_inflected_and_compound_words_and_names_pass():
    report = analyze("Hjemmeplejen og boligstøtten er bevilget. Vi har talt med Søren Kierkegaard.")
    assert not [f for f in report.findings if f.rule == "stavning.hunspell"]


def test_missing_dictionary_gives_a_notice(monkeypatch, tmp_path):
    import borgertekst.checks.stavning as stavning
    from borgertekst.engine import Analyzer

    monkeypatch.setattr(stavning, "DICT_DIRS", (str(tmp_path),))
    monkeypatch.delenv("BORGERTEKST_HUNSPELL_DIR", raising=False)
    report = Analyzer().analyze("Vi har truffet en afgørlese.")
    assert any("Stavekontrol" in n for n in report.notices)
    assert not [f for f in report.findings if f.rule == "stavning.hunspell"]


@needs_dictionary
def test_a_doubled_letter_written_once_is_found_even_when_hunspell_accepts_it():
    report = analyze("Der var desvære ikke plads i vuggestuen.")
    assert [(f.text, f.suggestions[0]) for f in report.findings if f.rule == "stavning.hunspell"] == [
        ("desvære", "desværre")]


@needs_dictionary
def test_compound_with_a_frequent_three_letter_last_part_passes():
    report = analyze("Næste tømmedag er tirsdag, og affaldsbilen kommer tidligt.")
    assert not [f for f in report.findings if f.rule == "stavning.hunspell"]
    report = analyze("Vi har modtaget din ansøgnig.")  # no compound: still a slip
    assert [f.text for f in report.findings if f.rule == "stavning.hunspell"] == ["ansøgnig"]


@needs_dictionary
def test_an_english_closing_sentence_is_not_spell_checked_but_a_danish_slip_beside_it_is():
    # the dictionary knows "looking", "forward" and "from"; the line is still English
    text = ("Kan I sende budgettet inden den 20. januar? Vi har brug for det til mødet.\n\n"
            "Looking forward to hearing from you!\n\nVi har truffet en afgørlese.\n\nVenlig hilsen\nMarie Skov")
    found = [f.text for f in analyze(text).findings if f.rule == "stavning.hunspell"]
    assert found == ["afgørlese"]
