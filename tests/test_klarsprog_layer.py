"""The passive, formal-address and jargon checks read the language layer:
inflected forms, deponent verbs, sentence-initial "De" and din/dit/dine."""

import pytest

from borgertekst.checks.klarsprog import formal_address_hits
from borgertekst.nlp import hunspell_da

needs_hunspell = pytest.mark.skipif(not hunspell_da.available(), reason="da_DK Hunspell dictionary missing")


def found(analyzer, text, rule):
    return [f for f in analyzer.analyze(text).findings if f.rule == rule]


class _Analysis:
    def __init__(self, doc):
        self.doc = doc


def hits(analyzer, text):
    return [(tok.text, options) for tok, options in formal_address_hits(_Analysis(analyzer.nlp(text)))]


@pytest.mark.parametrize("text, match", [
    ("Din ansøgning behandles i næste uge.", "behandles"),
    ("Ansøgningen blev afvist i marts.", "blev afvist"),
    ("Hjælpen er blevet bevilget.", "blevet bevilget"),
    ("Sagen bliver nu sendt videre.", "bliver nu sendt"),
    ("Beløbet udbetales den 1. april.", "udbetales"),
])
def test_passive_found(analyzer, text, match):
    assert [f.text for f in found(analyzer, text, "klarsprog.passiv")] == [match]


@pytest.mark.parametrize("text", [
    "Jeg synes, det er en god idé.",
    "Det lykkes os at finde en løsning.",
    "Der findes flere muligheder for hjælp.",
    "Vi mindes ikke at have fået brevet.",
    "Det skyldes en fejl hos os.",
    "Vi behandler din ansøgning i næste uge.",
    "Landets kommuner bliver enige.",
])
def test_not_passive(analyzer, text):
    assert found(analyzer, text, "klarsprog.passiv") == []


@pytest.mark.parametrize("text", [
    "De to sager hænger sammen.",
    "De nye regler gælder fra 1. maj.",
    "De 3 bilag ligger i din digitale postkasse.",
])
def test_sentence_initial_de_meaning_they_is_not_formal(analyzer, text):
    assert found(analyzer, text, "klarsprog.tiltale") == []


def test_de_meaning_they_stays_unflagged_even_when_the_letter_is_formal(analyzer):
    text = "Vi har modtaget Deres ansøgning. De nye regler gælder fra 1. maj."
    assert [f.text for f in found(analyzer, text, "klarsprog.tiltale")] == ["Deres"]


@pytest.mark.parametrize("text, expected", [
    ("Vi har modtaget Deres ansøgning.", [("Deres", ["din"])]),
    ("Tak for Deres brev.", [("Deres", ["dit"])]),
    ("Send os Deres papirer.", [("Deres", ["dine"])]),
    ("Vi vil gerne tale med Dem om sagen.", [("Dem", ["dig"])]),
    ("Hvis De har spørgsmål, er De velkommen til at ringe.", [("De", ["du"]), ("De", ["du"])]),
    ("Vi har læst Deres nye ansøgning.", [("Deres", ["din"])]),
    ("Vi har modtaget Deres lønsedler.", [("Deres", ["dine"])]),
    ("Vi har modtaget Deres skema.", [("Deres", ["dit"])]),
])
@needs_hunspell
def test_formal_address_suggestions(analyzer, text, expected):
    assert hits(analyzer, text) == expected


def test_formal_address_finding_carries_the_suggestion(analyzer):
    findings = found(analyzer, "Tak for Deres brev.", "klarsprog.tiltale")
    assert [(f.text, f.suggestions) for f in findings] == [("Deres", ["dit"])]


def test_sentence_initial_deres_is_capitalised(analyzer):
    assert hits(analyzer, "Vi skriver til Dem. Deres ansøgning er modtaget.") == [
        ("Dem", ["dig"]), ("Deres", ["Din"])]


@pytest.mark.parametrize("text, match", [
    ("Vi har sendt bevillingen til dig.", "bevillingen"),
    ("Du har fået en bevilling.", "bevilling"),
    ("Bevillingerne er sendt.", "Bevillingerne"),
])
def test_jargon_matches_inflected_forms(analyzer, text, match):
    assert match in [f.text for f in found(analyzer, text, "fagsprog.kommunesprog")]


@pytest.mark.parametrize("text", [
    "Der er tre faser:\n• De bløde værdier\n• De kommunale opgaver",
    "Figur 1 De tre faser i forløbet.",
    "Borgerne er tilfredse med tilbuddet: De nævner mange fordele.",
    "Vi har talt med dine forældre. De kan komme til mødet.",
])
def test_clause_initial_de_without_polite_address_elsewhere_is_not_flagged(analyzer, text):
    assert hits(analyzer, text) == []


def test_clause_initial_de_counts_when_the_letter_is_formal(analyzer):
    text = "Vi har modtaget Deres brev.\nDe kan ringe til os."
    assert [t for t, _ in hits(analyzer, text)] == ["Deres", "De"]


@pytest.mark.parametrize("text, expected", [
    ("Vi har modtaget Deres fremsendte ansøgning.", ["din"]),
    ("Vi har modtaget Deres fremsendte dokumenter.", ["dine"]),
    ("Tak for Deres hurtige svar.", ["dit"]),
    ("Vi mangler Deres underskrift.", ["din"]),
    ("Send os Deres oplysninger.", ["dine"]),
    ("Vi har brug for Deres CPR-nummer.", ["dit"]),
    ("Vi har sendt brevet til Deres digitale postkasse.", ["din"]),  # -e adjective: not plural
    ("Vi har modtaget Deres nye ansøgninger.", ["dine"]),
])
@needs_hunspell
def test_possessive_looks_past_adjectives_and_participles(analyzer, text, expected):
    assert [options for _, options in hits(analyzer, text)] == [expected]


def test_possessive_with_unknown_noun_names_all_three_forms(analyzer):
    findings = found(analyzer, "Vi stopper Deres sygedagpenge nu.", "klarsprog.tiltale")
    assert [f.suggestions for f in findings] == [["din", "dit", "dine"]]
    assert "'din', 'dit' eller 'dine'" in findings[0].message


def test_an_amount_in_kroner_can_end_a_sentence(analyzer):
    text = ("Din grund er vurderet til 1.450.000 kr. Din nabos grund er mindre og ligger længere fra "
            "vandet, og derfor er den vurderet til 1.020.000 kr. om året i stedet.")
    report = analyzer.analyze(text)
    assert report.metrics.sentences == 2
    assert "klarsprog.lange-saetninger" not in {f.rule for f in report.findings}


def test_a_chain_of_references_shares_the_first_ones_verdict(analyzer):
    text = "Du opfylder betingelserne i almenboliglovens § 54, jf. servicelovens § 192."
    assert [f.text for f in found(analyzer, text, "klarsprog.paragraf")] == ["§ 54", "§ 192"]
    text = "Klagen skal sendes til klagenævnet inden 4 uger, jf. miljøbeskyttelseslovens § 91 og § 93."
    assert found(analyzer, text, "klarsprog.paragraf") == []
