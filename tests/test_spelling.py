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
