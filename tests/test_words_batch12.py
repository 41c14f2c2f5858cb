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


# --- "Hej alle" alone on the greeting line opens a mail to one's own team: office English is a hint there -------------

def test_office_english_in_a_hej_alle_team_mail_is_a_hint(analyzer):
    text = ("Hej alle\n\nVi tager en kort status på mødet i morgen. Kan I sende et update på jeres sager inden kl. 12?\n\n"
            "Hilsen\nMorten\nAfdelingsleder, Ældre og Sundhed")
    assert ("update", "info") in _rule(analyzer, text, "klarsprog.engelske-ord")


@pytest.mark.parametrize("greeting", ["Hej alle forældre i 2.a", "Kære alle", "Hej Lone"])
def test_office_english_to_citizens_is_still_a_warning(analyzer, greeting):
    text = f"{greeting}\n\nVi sender et update om skolens nye regler for mobiltelefoner, når vi har holdt mødet.\n\nHilsen\nSkolen"
    assert ("update", "warning") in _rule(analyzer, text, "klarsprog.engelske-ord")


# --- a letter that opens with "Deres …" after the greeting and never says du/I: De-form --------------------------------

def test_deres_opening_the_body_is_de_form(analyzer):
    text = ("Kære Jørgen Lund\n\nDeres ansøgning om tilskud til en ny trappelift er godkendt.\n\n"
            "Montøren ringer inden for 14 dage og aftaler en tid.\n\nMed venlig hilsen\nHjælpemidler, Vejen Kommune")
    assert [w for w, _ in _rule(analyzer, text, "klarsprog.tiltale")] == ["Deres"]


@pytest.mark.parametrize("text", [
    # the children's drawings, in a letter that says "I"/"jeres" to the parents
    "Kære forældre\n\nBørnene har malet til udstillingen. Deres billeder hænger i hallen, så kig ind, når I henter.",
    # a sentence of the body names them first
    "Kære Birthe Holm\n\nDine naboer har søgt om at bygge en carport. Deres tegninger ligger i sagen.\n\nHilsen\nByg",
    # a du-letter
    "Kære Emil\n\nDeres hold starter på mandag, og du kan møde dem kl. 9.\n\nHilsen\nKlubben",
])
def test_deres_as_their_is_left_alone(analyzer, text):
    assert _rule(analyzer, text, "klarsprog.tiltale") == []


# --- loan verbs: 'checket' -> 'tjekket', 'uploadet' -> 'sendt' (hints with a word to write) ----------------------------

@pytest.mark.parametrize("text, word, right", [
    ("Jeg har checket din sag, og alt er i orden.", "checket", "tjekket"),
    ("Du har uploadet kontoudtogene, men vi mangler lønsedlen.", "uploadet", "sendt"),
    ("Du kan downloade blanketten på vores hjemmeside.", "downloade", "hente"),
])
def test_loan_verbs_get_the_danish_verb(analyzer, text, word, right):
    found = [(text[f.start:f.end], f.severity, f.suggestions[:1]) for f in
             rule_findings(analyzer, text, "klarsprog.engelske-laaneord")]
    assert (word, "info", [right]) in found


# --- 'evt.'/'eventuelt': a hint, not a kancellisprog warning ------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Hvis du har brug for det, kan du evt. få hjælp til transport.", "evt."),
    ("Vi ser på sagen igen, før den eventuelt sendes til Ankestyrelsen.", "eventuelt"),
])
def test_evt_is_a_hint(analyzer, text, word):
    assert _rule(analyzer, text, "klarsprog.kancellisprog") == []
    assert (word, "info") in _rule(analyzer, text, "klarsprog.formelle-ord")


# --- nominal style without 'foretage': a verbal noun + "af" that only "sker"/"finder sted" (a hint) -------------------

@pytest.mark.parametrize("text, phrase", [
    ("Tilslutning af ejendommen til kloakken skal ske inden udgangen af 2027.", "Tilslutning af ejendommen til kloakken skal ske"),
    ("Tak for din mail. Afholdelse af mødet vil finde sted i februar.", "Afholdelse af mødet vil finde sted"),
])
def test_a_verbal_noun_that_only_happens_is_nominal_style(analyzer, text, phrase):
    assert (phrase, "info") in _rule(analyzer, text, "klarsprog.formelle-ord")


def test_a_verbal_noun_with_a_real_verb_is_left_alone(analyzer):
    text = "Udbetaling af boligstøtte kræver, at du har en NemKonto. Vi sker ikke noget ved at vente."
    assert _rule(analyzer, text, "klarsprog.formelle-ord") == []


def test_the_noun_check_is_no_loan_verb(analyzer):
    text = "Grøn check er en skattefri ydelse, som du får automatisk."
    assert _rule(analyzer, text, "klarsprog.engelske-laaneord") == []


# --- ', hvorfor' = 'and therefore' (kancellisprog, not after a verb of asking/telling) and 'Det skal (indledningsvis) bemærkes, at' (kancellisprog) -------------

@pytest.mark.parametrize("text", [
    "Vi har ikke modtaget dokumentation for udgiften, hvorfor ansøgningen må afslås.",
    "Grunden ligger i landzone, hvorfor opførelse af et nyt hus kræver tilladelse.",
])
def test_hvorfor_as_therefore_is_kancellisprog(analyzer, text):
    assert ("hvorfor", "warning") in _rule(analyzer, text, "klarsprog.kancellisprog-vendinger")


@pytest.mark.parametrize("text", [
    "Du spurgte os i går, hvorfor regningen er højere i år.",
    "Vi forstår godt, hvorfor du er utilfreds, og vi vil gerne forklare, hvorfor reglen er sådan.",
    "Skriv til os og fortæl, hvorfor du ikke kunne komme.",
    "Ingen har fortalt dig, hvorfor sagen tager så lang tid.",
])
def test_hvorfor_in_an_indirect_question_is_left_alone(analyzer, text):
    assert _rule(analyzer, text, "klarsprog.kancellisprog-vendinger") == []


def test_det_skal_bemaerkes_at_is_kancellisprog(analyzer):
    text = "Det skal i øvrigt bemærkes, at carporten ikke må være højere end 2,5 meter."
    assert ("Det skal i øvrigt bemærkes, at", "warning") in _rule(analyzer, text, "klarsprog.kancellisprog-vendinger")


# --- words12c: 'de' for 'det' in an infinitive joined by 'og' to a modal ---------------------------------------------

def test_de_after_a_coordinated_infinitive_is_a_hint(analyzer):
    text = "Du skal udfylde skemaet og aflevere de på biblioteket inden fredag."
    assert ("de", "info") in _rule(analyzer, text, "stavning.grammatik")


@pytest.mark.parametrize("text", [
    "Vi kan mødes i byen, og så kommer de til dig bagefter.",
    "De skulle spise, og bagefter ringede de til os.",
    "Du kan tage bussen og møde de andre på skolen.",
])
def test_de_as_subject_or_article_after_og_is_left_alone(analyzer, text):
    assert _rule(analyzer, text, "stavning.grammatik") == []


def test_videregivet_after_a_noun_subject_is_passive(analyzer):
    text = "Din klage over støj fra naboen er videregivet til politiet."
    assert [w for w, _ in _rule(analyzer, text, "klarsprog.passiv")] == ["er videregivet"]


def test_hidtil_is_a_hint_not_kancellisprog(analyzer):
    text = "Din rengøring hver anden uge fortsætter som hidtil."
    assert _rule(analyzer, text, "klarsprog.kancellisprog") == []
    assert ("hidtil", "info") in _rule(analyzer, text, "klarsprog.formelle-ord")
