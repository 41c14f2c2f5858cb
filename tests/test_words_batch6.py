"""WORDS: kinds found on the blind letters of holdout words6 (batch 1) and the open items of EVAL eval6,
fixed at their cause. The examples are new sentences, not lines of the holdout.

Each test states what a rule must do and the neighbouring text it must still flag, so a test fails
whichever way the rule drifts."""

from __future__ import annotations

import pytest

from borgertekst.checks.klarsprog import is_to_professional
from borgertekst.checks.stavning import find_dictionary
from kinds_support import rule_findings as _findings, severity_on as _severity

needs_dictionary = pytest.mark.skipif(find_dictionary() is None, reason="hunspell-da is not installed")


# --- who the letter is to: a professional reader makes the trade's words hints --------------------

BODY = ("Vedr.: Oplysninger til brug for sagen om Ole Berg\n\n"
        "Vi beder om oplysninger om lejemålet, jf. lejeloven. Svaret bedes sendt inden 14 dage.\n\n"
        "Venlig hilsen\nMette Dal\nBorgerservice\nTlf. 11 22 33 44")
HEAD = "Hedeby Kommune\nBorgerservice\n\n"
TO_DOCTOR = HEAD + "Lægehuset Torvegade\nAtt.: Læge Anne Holm\nTorvegade 3, 7000 Hedeby\n\n" + BODY
TO_CITIZEN = HEAD + "Ole Berg\nEnggade 4, 7000 Hedeby\n\n" + BODY


def test_a_letter_to_a_doctor_gets_officialese_as_hints(analyzer):
    assert _severity(analyzer, TO_DOCTOR, "klarsprog.kancellisprog", "jf.") == "info"
    assert _severity(analyzer, TO_DOCTOR, "klarsprog.kancellisprog-vendinger", "bedes") == "info"


def test_the_same_letter_to_a_citizen_keeps_its_warnings(analyzer):
    assert _severity(analyzer, TO_CITIZEN, "klarsprog.kancellisprog", "jf.") == "warning"
    assert _severity(analyzer, TO_CITIZEN, "klarsprog.kancellisprog-vendinger", "bedes") == "warning"


@pytest.mark.parametrize("head", [
    "Til: Praktiserende læge Jens Bo, Lægehuset Vest\n\n",
    "Advokatfirmaet Lund & Co.\nAtt.: Advokat Eva Lund\nStorgade 1, 7000 Hedeby\n\n",
    "Hedeby Kommune\nJobcenter\n\nAnkestyrelsen\nTeglholmsgade 3\n2450 København SV\n\n",
    "Til: Vestbyg A/S\nAtt.: Projektleder Kim Sø\n\n",
    "Til Boligselskabet Engen\nAdministrationen\n\n",
    "Kære kollega\n\n",
    "Advokat Eva Lund\nLund Advokater\nStrandvejen 2\n2900 Hellerup\n\n",
    # words6 batch2: a consultant, a department, another municipality, "Til" alone on its line
    "Hedeby Kommune\nPsykiatri\n\nPsykiatrisk Ambulatorium Hedeby\nAtt.: Overlæge Ib Lau\n\n",
    "Hedeby Kommune\nPension\n\nNordisk Pension\nAtt.: Udbetalingsafdelingen\nHavnegade 4\n\n",
    "Hedeby Kommune\nBørn og Familie\n\nTil: Vestby Kommune, Familieafdelingen\nAtt.: Faglig leder Eva Bo\n\n",
    "Til\nNordbanken, Hedeby afdeling\n\n",
    # words6 batch3: a pharmacy, the bailiff's court, a care provider's manager, a union's secretary
    "Hedeby Kommune\nHjemmeplejen\n\nTil: Hedeby Apotek\nAtt.: Farmaceut Ida Holm\n\n",
    "Hedeby Kommune\nOpkrævning\n\nFogedretten i Hedeby\nTorvet 1\n7000 Hedeby\n\n",
    "Hedeby Kommune\nKontraktenheden\n\nTil: Omsorg Nord ApS\nAtt.: Driftschef Eva Friis\n\n",
    "Hedeby Kommune\nJobcenter\n\n3F Hedeby\nAtt.: Faglig sekretær Lone Dam\n\n",
    # words6 batch4: the police without the article, a colleague in day care
    "Hedeby Kommune\nBørn og Familie\n\nSydjyllands Politi\nAtt.: Efterforsker Ib Kjær\n\n",
    "Fra: Pladsanvisningen, Hedeby Kommune\nTil: Dagplejepædagog Eva Skov, Dagplejen Vest\n\n",
])
def test_professional_readers_are_recognised(head):
    assert is_to_professional(head + "Vi skriver om sagen, fordi vi mangler en oplysning fra jer til den.\n")


@pytest.mark.parametrize("head", [
    # a company as the citizen a permit or order is for
    "Hedeby Kommune\nMiljø\n\nCafé Havnen ApS\nHavnen 2\n7000 Hedeby\n\n",
    # another authority's own letterhead, and a citizen's address before it
    "Udbetaling Danmark\nKongens Vænge 8\n3400 Hillerød\n\nAnna Holm\nEnggade 4\n\n",
    "Anna Holm\nEnggade 4\n7000 Hedeby\n\nSkattestyrelsen\nPostboks 10\n\n",
    # "Til dig, der …", "Til stede:" (minutes), a board of volunteers
    "Til dig, der bruger flextur til lægen\n\n",
    "Referat\nTil stede: forældre, klasselærer Bo, skoleleder Ib\n\n",
    "Til bestyrelsen i Hedeby Skakklub\n\n",
    "Til skolebestyrelserne i Hedeby Kommune\n\n",
    # a copy goes to the citizens: they read it too
    "Hedeby Kommune\nByg\n\nTegnestuen Ask ApS\nAtt.: arkitekt Rune Ask\nKopi til ejerne: Pia og Ole Lund\n\n",
    "Hedeby Kommune\nBorgerservice\n\nOle Berg\nEnggade 4\n\nKære Ole\n\n",
    # the sender's own department, title and field lines; "Hr." is no HR department
    "Hedeby Kommune\nJobcenter, Sygedagpengeafdelingen\n\nHr. Bent Iversen\nNørregade 3\n\n",
    "Integrationsafdelingen\n\nKære Amina\n\n",
    "JOBCENTER HEDEBY\nINDKALDELSE\nSagsbehandler: Karsten Due, teamleder\n\n",
    "Emne: Godkendelse af flyttesag\nHedeby Kommune\nBorgerservice\n\nAnna Holm\nEnggade 4\n\n",
    # our own clinic as the letterhead (no address, no "Til"/"Att." line in the first block)
    "Den Kommunale Tandpleje\nKlinik Øst\n\nKære forældre til Emma\n\n",
    # a small firm's owner getting a grant
    "Hedeby Kommune\nJobcenter\n\nTil: Hedeby Tømrer ApS\nAtt.: Indehaver Poul Bak\n\n",
])
def test_citizens_and_organisations_as_subjects_are_no_professional_readers(head):
    assert not is_to_professional(head + "Vi skriver om sagen, fordi vi mangler en oplysning fra dig til den.\n")


def test_the_paragraph_endpoint_reads_the_reader_from_the_whole_letter(analyzer):
    paras = [p for p in TO_DOCTOR.split("\n\n")]
    result = analyzer.analyze_paragraphs(paras)
    found = [(f.severity, f.text) for part in result.paragraphs for f in part.findings
             if f.rule == "klarsprog.kancellisprog" and f.text == "jf."]
    assert found == [("info", "jf.")]
    citizen = analyzer.analyze_paragraphs([p for p in TO_CITIZEN.split("\n\n")])
    assert [f.severity for part in citizen.paragraphs for f in part.findings
            if f.rule == "klarsprog.kancellisprog" and f.text == "jf."] == ["warning"]


# --- suggestions that change the meaning or create a new finding ----------------------------------

def test_consent_is_explained_never_swapped_for_permission(analyzer):
    for text in ("Samtykket fra Ole Berg er vedlagt.", "Barnet kan anbringes uden jeres samtykke."):
        found = [f for f in _findings(analyzer, text, "fagsprog.kommunesprog") if "amtykke" in f.text]
        assert found and not any(f.replaceable for f in found)
        assert not any("tilladelse" in s.lower() for f in found for s in f.suggestions)


def test_nominal_style_in_the_s_passive_gets_advice_not_another_passive(analyzer):
    text = "Inden der træffes afgørelse, kan du komme med bemærkninger."
    found = [f for f in _findings(analyzer, text, "klarsprog.navneordsstil") if f.text == "træffes afgørelse"]
    assert found and not found[0].replaceable and "beslutte" in found[0].suggestions[0]
    active = "Kommunen træffer afgørelse i næste uge."
    found = [f for f in _findings(analyzer, active, "klarsprog.navneordsstil") if f.text == "træffer afgørelse"]
    assert found and found[0].replaceable and found[0].suggestions[0] == "beslutte"


# --- spelling ------------------------------------------------------------------------------------

@needs_dictionary
def test_preposition_i_written_together_is_a_slip(analyzer):
    text = "Tak fordi du ringede igår. Det koster ialt 200 kr., og vi går igang idag."
    found = {f.text: f.suggestions[0] for f in _findings(analyzer, text, "stavning.hunspell")}
    assert found == {"igår": "i går", "ialt": "i alt", "igang": "i gang", "idag": "i dag"}
    found = _findings(analyzer, "Ring ihvertfald til os, hvis tiden ikke passer dig.", "stavning.hunspell")
    assert [(f.text, f.suggestions[0]) for f in found] == [("ihvertfald", "i hvert fald")]
    fine = "Vi kommer igen imod aften, især fordi vi ifølge planen er ihærdige."
    assert _findings(analyzer, fine, "stavning.hunspell") == []


@needs_dictionary
def test_a_compound_with_a_slip_inside_is_no_compound(analyzer):
    found = _findings(analyzer, "Vi kommer i morgen formidag.", "stavning.hunspell")
    assert [(f.text, f.suggestions[0]) for f in found] == [("formidag", "formiddag")]


@needs_dictionary
def test_a_consonant_written_once_is_doubled_first(analyzer):
    found = _findings(analyzer, "Påbudet gælder fra i dag.", "stavning.hunspell")
    assert [(f.text, f.suggestions[0]) for f in found] == [("Påbudet", "Påbuddet")]
    found = _findings(analyzer, "Vi har truffet en afgørlese.", "stavning.hunspell")
    assert [(f.text, f.suggestions[0]) for f in found] == [("afgørlese", "afgørelse")]


# --- jargon recall: procedure words, benefit units, forms -------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Vi trækker 6 dagssatser i din hjælp.", "dagssatser"),
    ("Du kan se sagens akter hos os.", "sagens akter"),
    ("Sagen skal forelægges for udvalget.", "forelægges"),
    ("Udeblivelse kan få betydning for din hjælp.", "Udeblivelse"),
    ("I kan søge om økonomisk friplads.", "økonomisk friplads"),
    ("Din læge sender os en statusattest.", "statusattest"),
])
def test_procedure_words_are_jargon(analyzer, text, word):
    assert word in [f.text for f in _findings(analyzer, text, "fagsprog.forvaltningsord")]


def test_an_explained_procedure_word_is_no_jargon(analyzer):
    text = "Du kan se papirerne i sagen (sagens akter), hvis du beder om det."
    assert "sagens akter" not in [f.text for f in _findings(analyzer, text, "fagsprog.forvaltningsord")]


def test_hermed_inside_a_fixed_phrase_is_the_phrase(analyzer):
    text = "Planen er sendt i høring, og i forbindelse hermed skal det oplyses, at der holdes møde."
    found = [(f.text, f.suggestions[0]) for f in _findings(analyzer, text, "klarsprog.kancellisprog")]
    assert found == [("i forbindelse hermed", "samtidig")]
