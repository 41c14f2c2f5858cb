"""WORDS: kinds found on the blind letters of holdout words13 (session 13), fixed at their cause. The sentences are
new, not lines of the holdout."""

from __future__ import annotations

import pytest

from borgertekst.checks.stavning import find_dictionary
from kinds_support import rule_findings

needs_dictionary = pytest.mark.skipif(find_dictionary() is None, reason="hunspell-da is not installed")


def _rule(analyzer, text, rule):
    return [(text[f.start:f.end], f.severity) for f in rule_findings(analyzer, text, rule)]


def _severities(analyzer, text, words):
    """Severity of every klarsprog finding on one of ``words``."""
    out = []
    for f in analyzer.analyze(text).findings:
        if any(r.startswith("klarsprog.") for r in f.rules) and text[f.start:f.end] in words:
            out.append((text[f.start:f.end], f.severity))
    return out


# --- abbreviations (pga., mht., ift., vha., iflg., ang.) are hints, not kancellisprog warnings -------------------------

@pytest.mark.parametrize("text, word", [
    ("Kære Gurli\n\nDin rengøring i morgen er flyttet til torsdag pga. sygdom.\n\nHilsen\nHjemmeplejen Syd", "pga."),
    ("Kære Gurli\n\nMht. din tandlægeregning har vi brug for en kopi.\n\nHilsen\nYdelsesteamet", "Mht."),
    ("Kære Gurli\n\nVi har set på din sag ift. reglerne om boligstøtte.\n\nHilsen\nYdelsesteamet", "ift."),
    ("Kære Gurli\n\nVi har iflg. din læge brug for en ny attest.\n\nHilsen\nYdelsesteamet", "iflg."),
])
def test_abbreviations_are_formal_word_hints(analyzer, text, word):
    assert _severities(analyzer, text, {word}) == [(word, "info")]


# --- 'de' for 'dem' after a preposition (stavning.grammatik, hint) ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Skriv dine spørgsmål ned, så vi kan tale om de sammen.",
    "Vi har fundet nøglerne, og du kan hente dem eller få dine papirer med de.",
    "Jeg har ringet til dine forældre og talt med de.",
])
def test_de_for_dem_after_a_preposition_is_a_hint(analyzer, text):
    assert ("de", "info") in _rule(analyzer, text, "stavning.grammatik")


@pytest.mark.parametrize("text", [
    "Vi har spurgt dine naboer, om de også vil være med.",
    "Vi har talt med de andre forældre om turen.",
    "Tilbuddet gælder for de, der er fyldt 65 år.",
    "Hjælpen stopper, når de flytter, og til de er tilbage.",
])
def test_de_as_article_subject_or_before_a_relative_clause_is_left_alone(analyzer, text):
    assert [h for h in _rule(analyzer, text, "stavning.grammatik") if h[0] == "de"] == []


# --- an English verb the dictionary has taken in, with a Danish ending ("crasher"): a hint ----------------------------

@needs_dictionary
@pytest.mark.parametrize("text, word", [
    ("Programmet crasher, hver gang jeg åbner en stor fil.", "crasher"),
    ("Skemaet crashede i går, så vi har ikke fået din ansøgning.", "crashede"),
    ("Hvis du vil, kan din træner coache dig i de første uger.", "coache"),
])
def test_a_danish_ending_on_an_english_verb_is_a_hint(analyzer, text, word):
    assert (word, "info") in _rule(analyzer, text, "stavning.hunspell")


@needs_dictionary
@pytest.mark.parametrize("text", [
    "Du kan betale beløbet i rater over et år.",  # Danish plural of 'rate'
    "Du har tastet det forkerte kontonummer.",
    "Fortovet er blevet smallere ved skolen.",
    "Vi har scannet bogen ind, og den ligger i din scanner.",  # a verb Danish has taken in ('scanner' is frequent)
    "Vi har bygget shelteret ved åen.",  # the definite form of a loan noun in -er
])
def test_danish_forms_of_english_looking_stems_are_left_alone(analyzer, text):
    assert _rule(analyzer, text, "stavning.hunspell") == []


# --- spelling suggestions: a word that keeps every typed letter ranks before a more frequent one-letter change ---------

@needs_dictionary
@pytest.mark.parametrize("slip, first", [
    ("kontigent", "kontingent"),  # not the more frequent 'kontinent'
    ("dyrer", "dyrere"),  # not 'dyre'
])
def test_a_dropped_letter_is_suggested_before_a_changed_one(analyzer, slip, first):
    text = f"Vi kan give dig hjælp til {slip} for foråret, så skriv til os."
    found = [f for f in rule_findings(analyzer, text, "stavning.hunspell") if text[f.start:f.end] == slip]
    assert found and found[0].suggestions[0] == first


@needs_dictionary
def test_the_abbreviation_matr_nr_is_no_spelling_slip(analyzer):
    text = "Du har søgt om at bygge en carport på matr. nr. 12a, Hjortshøj By."
    assert [h for h in _rule(analyzer, text, "stavning.hunspell") if h[0].startswith("matr")] == []


# --- byggesag jargon: matr.nr., bevaringsbestemmelse (fagsprog hints) --------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Kære Ib\n\nDit skur på matr.nr. 4c skal flyttes.\n\nHilsen\nByg", "matr.nr."),
    ("Kære Ib\n\nDit hus er omfattet af bevaringsbestemmelsen i lokalplanen.\n\nHilsen\nByg", "bevaringsbestemmelsen"),
])
def test_byggesag_jargon_is_a_fagsprog_hint(analyzer, text, word):
    assert (word, "info") in _rule(analyzer, text, "fagsprog.kommunesprog")


# --- nominal style without "af": "Tilmelding sker til …", "Ved en gennemgang af …" (klarsprog.formelle-ord hints) ----

@pytest.mark.parametrize("text, span", [
    ("Kære forældre\n\nBetaling sker via MobilePay på dagen.\n\nHilsen\nSFO Kastanjen", "Betaling sker"),
    ("Kære Bo\n\nHenvendelse kan ske til Borgerservice på telefon.\n\nHilsen\nYdelse", "Henvendelse kan ske"),
    ("Kære Bo\n\nVed en nærmere gennemgang af dine bilag har vi fundet to fejl.\n\nHilsen\nYdelse",
     "Ved en nærmere gennemgang af"),
])
def test_nominal_style_without_af_is_a_hint(analyzer, text, span):
    assert (span, "info") in _rule(analyzer, text, "klarsprog.formelle-ord")


def test_a_verbal_noun_that_is_not_the_sentence_opener_is_left_alone(analyzer):
    text = "Kære Bo\n\nHvis din tilmelding sker for sent, ringer vi. Ved siden af skolen er der en hal.\n\nHilsen\nSFO"
    assert _rule(analyzer, text, "klarsprog.formelle-ord") == []


# --- formal words of a decision: 'berettiget til', 'på grundlag af', 'som følge af' (klarsprog.formelle-ord hints) -----

@pytest.mark.parametrize("text, span", [
    ("Kære Ib\n\nDu er derfor ikke berettiget til boligstøtte.\n\nHilsen\nYdelse", "berettiget"),
    ("Kære Ib\n\nTilskuddet er beregnet på grundlag af din løn.\n\nHilsen\nYdelse", "på grundlag af"),
    ("Kære Ib\n\nDu har udgifter som følge af din sygdom.\n\nHilsen\nYdelse", "som følge af"),
])
def test_formal_words_of_a_decision_are_hints(analyzer, text, span):
    assert (span, "info") in _rule(analyzer, text, "klarsprog.formelle-ord")


def test_berettiget_meaning_justified_is_left_alone(analyzer):
    text = "Kære Ib\n\nDin klage over ventetiden er berettiget, og vi beklager.\n\nHilsen\nYdelse"
    assert _rule(analyzer, text, "klarsprog.formelle-ord") == []


# --- a noun in -e after a determiner of the other gender ("en møde"): stavning.koen hint -------------------------------

@needs_dictionary
def test_a_noun_in_e_with_the_wrong_determiner_is_a_hint(analyzer):
    text = "Vi vil gerne holde en møde med dig og din mor i næste uge."
    assert ("en møde", "info") in _rule(analyzer, text, "stavning.koen")


@needs_dictionary
@pytest.mark.parametrize("text", [
    "Hils dit kære barn og din gamle mor fra os.",  # adjectives in -e before their noun
    "Vi holder et møde med dig, og du får en stille stund bagefter.",
    "Du får en ydelse hver måned.",
])
def test_adjectives_in_e_and_right_genders_are_left_alone(analyzer, text):
    assert _rule(analyzer, text, "stavning.koen") == []


# --- a noun-subject passive in a main clause after ", og" / ", men" (klarsprog.passiv hint) ----------------------------

@pytest.mark.parametrize("text, span", [
    ("Vi har fået lægens svar, og sagen er nu behandlet.", "er nu behandlet"),
    ("Planen er lavet i udvalget, og rengøringen er tilrettelagt, så den tager en time.", "er tilrettelagt"),
])
def test_a_noun_subject_passive_after_og_is_a_hint(analyzer, text, span):
    assert (span, "info") in _rule(analyzer, text, "klarsprog.passiv")


@pytest.mark.parametrize("text", [
    "Det regner i dag, og kontoret er lukket.",  # a state, no participle of the list
    "Vi har ringet til dig, og du er bevilget en ny seng.",  # a pronoun subject
    "Huset er gammelt, og taget er repareret af en tømrer.",  # it says who did it
])
def test_states_pronouns_and_named_agents_after_og_are_left_alone(analyzer, text):
    assert [h for h in _rule(analyzer, text, "klarsprog.passiv") if h[0].startswith("er ")] == []


def test_det_kan_oplyses_at_is_kancellisprog(analyzer):
    text = "Kære Ib\n\nDet kan oplyses, at prisen følger kommunens takst.\n\nHilsen\nForsyning"
    assert ("Det kan oplyses, at", "warning") in _rule(analyzer, text, "klarsprog.kancellisprog-vendinger")


# --- 'venligst' is a formal-word hint, not a kancellisprog warning; 'hjemmeplejen' (the team) is no fagsprog -----------

def test_venligst_in_a_reminder_is_a_hint(analyzer):
    text = "Kære Ib\n\nBetal venligst beløbet senest fredag.\n\nHilsen\nOpkrævningen"
    assert _severities(analyzer, text, {"venligst"}) == [("venligst", "info")]


def test_the_home_care_team_by_name_is_no_fagsprog(analyzer):
    text = "Kære Ib\n\nHjemmeplejen henter din medicin på apoteket hver fredag.\n\nHilsen\nSygeplejen"
    assert _rule(analyzer, text, "fagsprog.kommunesprog") == []
    plain = "Kære Ib\n\nDu får hjemmepleje fra 1. marts.\n\nHilsen\nVisitationen"
    assert [h for h in _rule(analyzer, plain, "fagsprog.kommunesprog") if h[0] == "hjemmepleje"]


# --- the nouns 'downloads'/'uploads' do not get the participle's word; 'skifer' is no slip for 'skifter' --------------

def test_the_noun_downloads_is_not_the_participle(analyzer):
    noun = "Kære Mads\n\nStore downloads kan gøre nettet langsomt.\n\nHilsen\nJesper"
    assert _rule(analyzer, noun, "klarsprog.engelske-laaneord") == []
    verb = "Kære Mads\n\nJeg har downloadet skemaet til dig.\n\nHilsen\nJesper"
    assert ("downloadet", "info") in _rule(analyzer, verb, "klarsprog.engelske-laaneord")


@needs_dictionary
def test_a_building_material_is_no_spelling_slip(analyzer):
    text = "Kære Ib\n\nTaget skal lægges med tegl eller skifer.\n\nHilsen\nByggeri"
    assert _rule(analyzer, text, "stavning.hunspell") == []


# --- "De" after "afdeling B." starts a sentence (the splitter reads "B." as an initial): no De-form in a du-letter ----

def test_de_after_a_single_capital_and_a_full_stop_is_they(analyzer):
    text = ("Kære Jonna\n\nTak for din mail. Vi har vist den til personalet i hus C. De blev meget glade for den.\n\n"
            "Venlig hilsen\nPlejecentret")
    assert _rule(analyzer, text, "klarsprog.tiltale") == []


# --- "har det dårlig" for "har det dårligt" (stavning.grammatik hint) ---------------------------------------------------

def test_adjective_without_t_after_har_det_is_a_hint(analyzer):
    text = "Din datter fortalte, at du har det dårlig efter operationen."
    assert ("dårlig", "info") in _rule(analyzer, text, "stavning.grammatik")


def test_har_det_with_the_t_form_is_left_alone(analyzer):
    text = "Din datter fortalte, at du har det dårligt, og at du har dårlig samvittighed."
    assert _rule(analyzer, text, "stavning.grammatik") == []
