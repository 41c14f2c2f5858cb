"""Word replacements in ``rewrite``: inflected to the matched form, agreeing with
the determiner, at every place, never a gloss, never in quoted text; and
``can_rewrite`` (contract 6)."""

import pytest

from borgertekst.nlp import hunspell_da
from borgertekst.rewrite import rewrite
from borgertekst.rewriting import can_rewrite

needs_hunspell = pytest.mark.skipif(not hunspell_da.available(), reason="da_DK Hunspell dictionary missing")


@needs_hunspell
@pytest.mark.parametrize("old,new", [
    ("Vi har modtaget din skrivelse.", "Vi har modtaget dit brev."),
    ("Vi har modtaget en ny skrivelse fra dig.", "Vi har modtaget et nyt brev fra dig."),
    ("Skrivelsen er sendt til dig.", "Brevet er sendt til dig."),
    ("Vi har fremsendt sagen til Ankestyrelsen.", "Vi har sendt sagen til Ankestyrelsen."),
    ("Vi anmoder dig om at sende lønsedlerne.", "Vi beder dig om at sende lønsedlerne."),
    ("Hjælpen bortfalder den 1. maj 2026.", "Hjælpen stopper den 1. maj 2026."),
    ("Du kan se de ovennævnte regler på nettet.", "Du kan se de nævnte regler på nettet."),
    ("Du kan benytte dig af ovennævnte betalingsmuligheder.", "Du kan benytte dig af de nævnte betalingsmuligheder."),
])
def test_replacement_takes_the_form_and_agreement_of_the_place(analyzer, old, new):
    assert rewrite(analyzer, old, rules=["klarsprog.kancellisprog"]).text == new


@needs_hunspell
def test_every_occurrence_is_replaced(analyzer):
    text = "Tak for din skrivelse. Vi svarer på din skrivelse inden 14 dage."
    result = rewrite(analyzer, text, rules=["klarsprog.kancellisprog"])
    assert result.text == "Tak for dit brev. Vi svarer på dit brev inden 14 dage."
    assert len(result.changes) == 2


def test_a_gloss_is_advice_never_a_replacement(analyzer):
    text = "Du kan søge om en ny bevilling hos os. Vi har tavshedspligt om din sag."
    report = analyzer.analyze(text)
    glosses = [f for f in report.findings if f.rule == "fagsprog.kommunesprog"]
    assert glosses and all(not f.replaceable for f in glosses)
    assert all(not can_rewrite(f, ruleset=analyzer.ruleset) for f in glosses)
    result = rewrite(analyzer, text)
    assert "bevilling" in result.text and "tavshedspligt" in result.text
    assert "at du får" not in result.text


def test_quoted_text_and_masked_cpr_are_left_alone(analyzer):
    text = ('Du skriver: "Jeg har fået en skrivelse, såfremt I husker den."\n\n'
            "CPR-nr.: 010190-XXXX\n\nSåfremt du har spørgsmål, kan du ringe til os.")
    result = rewrite(analyzer, text)
    assert 'Du skriver: "Jeg har fået en skrivelse, såfremt I husker den."' in result.text
    assert "010190-XXXX" in result.text
    assert "Hvis du har spørgsmål" in result.text


def test_abbreviations_in_capitals_are_not_shouting(analyzer):
    text = "Du kan svare via følgende URL: https://example.org/svar. Spørg HR, hvis du er i tvivl."
    assert rewrite(analyzer, text).text == text


def test_a_third_party_never_becomes_du(analyzer):
    text = ("Kære Lise Holm\n\nDin nabo har søgt om at bygge en carport. Ansøger har sendt tegninger. "
            "Vi har talt med ansøgeren om afstanden til skel.\n\nVenlig hilsen\nPer\n")
    result = rewrite(analyzer, text)
    assert "Ansøger har sendt tegninger." in result.text
    assert "talt med dig" not in result.text


def test_a_fixed_replacement_does_not_swallow_a_verb(analyzer):
    # "vedrøre" is found by its lemma; "om" instead of the verb would leave the sentence without one
    text = "Oplysningerne vedrører din pension."
    assert rewrite(analyzer, text).text == text


@needs_hunspell
def test_can_rewrite_matches_what_rewrite_does(analyzer):
    text = "Vi har modtaget din skrivelse. Du kan søge om en ny bevilling."
    report = analyzer.analyze(text)
    by_word = {f.text: f for f in report.findings}
    assert can_rewrite(by_word["skrivelse"], ruleset=analyzer.ruleset)
    assert can_rewrite(by_word["skrivelse"], text, analyzer)
    assert not can_rewrite(by_word["bevilling"], ruleset=analyzer.ruleset)
    assert not can_rewrite(by_word["bevilling"], text, analyzer)


@needs_hunspell
def test_use_suggestion_gets_the_inflected_guarded_replacement(analyzer):
    from borgertekst.rewriting import replacement_for

    text = "Vi har modtaget din skrivelse. Du kan søge om en ny bevilling. Kontakt undertegnede."
    by_word = {f.text: f for f in analyzer.analyze(text).findings}
    assert replacement_for(by_word["skrivelse"], text, analyzer.ruleset) == (16, 29, "dit brev")
    assert replacement_for(by_word["bevilling"], text, analyzer.ruleset) is None
    start, end, new = replacement_for(by_word["undertegnede"], text, analyzer.ruleset)
    assert text[start:end] == "undertegnede" and new == "mig"  # not "Kontakt jeg"


def test_a_modal_keeps_its_infinitive(analyzer):
    text = "Kære Hans\n\nTak for Deres brev. Efter besøget vil De modtage et brev om sagen.\n"
    result = rewrite(analyzer, text)
    assert "vil Du får" not in result.text and "vil du får" not in result.text


def test_a_threat_with_two_conditions_is_not_turned_around(analyzer):
    text = "Hvis du ikke deltager og ikke giver besked, kan dine sygedagpenge blive stoppet."
    result = rewrite(analyzer, text)
    assert "at du deltager og ikke giver besked" not in result.text


def test_rewritable_findings_sees_sentence_rewrites(analyzer):
    from borgertekst.rewriting import rewritable_findings

    text = ("Kære Hans\n\nVi gør dig opmærksom på, at fristen er den 1. maj. Vi har modtaget din skrivelse. "
            "Du kan søge om en ny bevilling.\n")
    analysis, report = analyzer.analysis(text)
    flags = dict(zip([(f.rule, f.text) for f in report.findings],
                     rewritable_findings(analyzer, text, report, analysis.doc)))
    assert flags[("klarsprog.kancellisprog", "skrivelse")] is True
    assert flags[("fagsprog.kommunesprog", "bevilling")] is False
    assert flags[("tone.tryk", "Vi gør dig opmærksom på")] is True
    result = rewrite(analyzer, text)
    assert "Vi vil gerne minde dig om, at fristen er den 1. maj." in result.text


@needs_hunspell
def test_changes_to_one_sentence_hold_together(analyzer):
    # the address rule says "Deres" → "din" (for "anmodning"); the noun change must take the
    # determiner with it, never leave "din ønske"
    text = "Kære Hans Jensen\n\nVi har modtaget Deres anmodning af 3. maj. Såfremt De har spørgsmål, kan De ringe.\n"
    result = rewrite(analyzer, text)
    assert "dit ønske af 3. maj" in result.text
    assert "din ønske" not in result.text


def test_compatible_drops_a_change_that_breaks_the_sentence_with_another():
    from borgertekst.rewriting.candidates import Candidate
    from borgertekst.rewriting.guard import compatible

    text = "Vi har modtaget Deres anmodning."
    a = Candidate(rule="klarsprog.tiltale", start=16, end=21, new="din")
    b = Candidate(rule="klarsprog.kancellisprog", start=22, end=31, new="ønske")
    assert [c.new for c in compatible(text, [a, b])] == ["din"]
    assert [c.new for c in compatible(text, [a])] == ["din"]
