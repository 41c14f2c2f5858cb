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


# --- grammar slips (stavning.grammatik, hints): word order after a fronted clause, agreement, "af" for "at" -----------

def _grammar(analyzer, text):
    return [(text[f.start:f.end], f.severity) for f in rule_findings(analyzer, text, "stavning.grammatik")]


@pytest.mark.parametrize("text, slip", [
    ("Hvis du ikke kan komme til samtalen, du skal give besked i god tid.", "du skal"),
    ("Når vi har talt med skolen, vi sender dig en plan.", "vi sender"),
    ("Selvom I har fået et afslag, I kan søge igen næste år.", "I kan"),
    ("Kommunen har købt et stor hus til botilbuddet.", "stor"),
    ("Du har fået et midlertidig ophold i boligen.", "midlertidig"),
    ("Vi har lavet et ny budget for dig.", "ny"),
    ("Vi ser frem til af modtage dine papirer.", "af"),
    ("I er velkommen til at tage børnene med.", "velkommen"),
])
def test_grammar_slips_are_hints(analyzer, text, slip):
    assert (slip, "info") in _grammar(analyzer, text)


@pytest.mark.parametrize("text", [
    "Hvis du ikke kan komme til samtalen, skal du give besked i god tid.",
    "Hvis du mener, vi har taget fejl, kan du klage.",
    "Hvis du synes, vi skal tale om det, så ring til mig.",
    "Når du har de papirer, du skal bruge, kan du sende dem til os.",
    "Du deltager i et særlig tilrettelagt forløb og får et midlertidigt opholdskort.",
    "Det er et tydelig formuleret brev om et skriftligt svar.",
    "Det er et rigtig fint tilbud om et nyt hjælpemiddel.",
    "Vi har brug for en kopi af se-kortet, og du kan læse mere om brugen af sundhedskortet.",
    "De er velkommen til at ringe, og vi er glade for din mail.",
])
def test_right_danish_is_left_alone(analyzer, text):
    assert _grammar(analyzer, text) == []


# --- formal words that are hints (klarsprog.formelle-ord) and 'foretage en udredning' ----------------------------------

def _rule(analyzer, text, rule):
    return [(text[f.start:f.end], f.severity) for f in rule_findings(analyzer, text, rule)]


@pytest.mark.parametrize("text, word", [
    ("Vi har modtaget din forespørgsel om et nyt skur.", "forespørgsel"),
    ("Du skal alene betale for de timer, dit barn er i institutionen.", "alene"),
    ("Tilskuddet er alene beregnet ud fra din husleje.", "alene"),
    ("Du har flyttet adresse, hvilket du ikke har givet os besked om.", "hvilket"),
    ("Han har efter det oplyste ingen indtægt.", "efter det oplyste"),
    ("Eventuelle bemærkninger sendes til Teknik og Miljø.", "Eventuelle"),
])
def test_formal_words_are_hints(analyzer, text, word):
    assert _rule(analyzer, text, "klarsprog.formelle-ord") == [(word, "info")]


@pytest.mark.parametrize("text", [
    "Din far skal ikke bo alene, og han er alene om aftenen.",
    "Du kan ikke alene få hjælp til medicin, men også til tandlæge.",
    "Vi har fået dine papirer, hvilket betyder, at vi kan gå i gang.",
    "Fortæl os, hvilket tidspunkt der passer dig bedst.",
    "Send dine eventuelle bemærkninger til os inden fredag.",
])
def test_plain_uses_are_left_alone(analyzer, text):
    assert _rule(analyzer, text, "klarsprog.formelle-ord") == []


def test_foretage_en_udredning_is_nominal_style(analyzer):
    text = "Psykologen vil foretage en grundig udredning af dit barns behov."
    assert ("foretage en grundig udredning", "info") in _rule(analyzer, text, "klarsprog.navneordsstil")


def test_alene_after_a_noun_before_a_modal_is_kun(analyzer):
    text = "Tilskud alene kan gives til foreninger med hjemsted i kommunen. Du alene kan bestemme, om du vil søge."
    assert _rule(analyzer, text, "klarsprog.formelle-ord") == [("alene", "info")]


# --- a determiner before a noun of the other gender (stavning.gender_agreement) ----------------------------------------

def _gender(analyzer, text):
    import types

    from borgertekst.checks import stavning

    speller = stavning._setup_gender(types.SimpleNamespace(options={}), None)
    analysis = types.SimpleNamespace(doc=analyzer.nlp(text), text=text)
    return [(text[h.start:h.end], h.replace) for h in stavning.gender_agreement(analysis, None, speller)]


@needs_dictionary
@pytest.mark.parametrize("text, pair, right", [
    ("Du skal udfylde en skema og sende det til os.", "en skema", "et skema"),
    ("Kurset er en del af din introduktionsprogram.", "din introduktionsprogram", "dit introduktionsprogram"),
    ("Vi har sendt et brev om din hjælpemiddel.", "din hjælpemiddel", "dit hjælpemiddel"),
])
def test_a_determiner_of_the_other_gender_is_a_slip(analyzer, text, pair, right):
    assert _gender(analyzer, text) == [(pair, [right])]


@needs_dictionary
@pytest.mark.parametrize("text", [
    "Der er et brud på røret, og bruden kom i en gammel bil.",  # a noun of both genders; an adjective
    "Du får et skema, dit program og en aktiv indsats.",
    "En af dem har et pas, og din søster har en lav indkomst.",
])
def test_right_gender_and_adjectives_are_left_alone(analyzer, text):
    assert _gender(analyzer, text) == []


# --- være-passive with a noun subject (klarsprog.passiv) -----------------------------------------------------------------

def _passives(analyzer, text):
    return [text[f.start:f.end] for f in rule_findings(analyzer, text, "klarsprog.passiv")]


@pytest.mark.parametrize("text, passive", [
    ("Din klage om støj fra værkstedet er modtaget.", "er modtaget"),
    ("Tilskuddet er derfor beregnet ud fra din indtægt i 2026.", "er derfor beregnet"),
    ("Jeres ansøgning om en plads i vuggestuen er godkendt.", "er godkendt"),
])
def test_a_noun_subject_with_vaere_and_an_authoritys_participle_is_passive(analyzer, text, passive):
    assert passive in _passives(analyzer, text)


@pytest.mark.parametrize("text", [
    "Kontoret er lukket fredag, og biblioteket er åbent lørdag.",
    "Vejen er vurderet af politiet.",
    "Den ansøgning, du sendte i maj, er modtaget.",
    "Vi er glade for, at du er godkendt som plejefamilie.",
])
def test_states_agents_and_pronoun_subjects_are_left_alone(analyzer, text):
    assert [p for p in _passives(analyzer, text) if p.startswith(("er ", "var "))] == []


@needs_dictionary
def test_the_gender_rule_gives_a_hint_with_the_other_determiner(analyzer):
    text = "Vi har brug for, at du udfylder en skema om din barns allergi."
    found = [(text[f.start:f.end], f.severity, f.suggestions[:1]) for f in rule_findings(analyzer, text, "stavning.koen")]
    assert ("en skema", "info", ["et skema"]) in found


# --- a § reference explained after a colon (klarsprog.paragraf) ---------------------------------------------------------

def test_a_reference_explained_after_a_colon_is_explained(analyzer):
    explained = "Kravet bygger på aktivlovens § 91, stk. 1, nr. 2: man skal betale hjælpen tilbage, hvis man vidste det."
    assert rule_findings(analyzer, explained, "klarsprog.paragraf") == []
    bare = "Kravet bygger på aktivlovens § 91, stk. 1, nr. 2.\n\nDu kan klage inden fire uger."
    assert len(rule_findings(analyzer, bare, "klarsprog.paragraf")) == 1


@pytest.mark.parametrize("text", [
    "Skolevejen er vurderet som trafikfarlig af politiet.",  # a noun-subject være-passive that names its agent
    "Hvis bussen bliver forsinket, ringer vi til dig.",  # a state, not a passive
])
def test_a_passive_that_names_its_agent_or_a_state_is_no_passive_hint(analyzer, text):
    assert _passives(analyzer, text) == []


def test_a_blive_passive_without_agent_is_still_a_hint(analyzer):
    assert _passives(analyzer, "Din sag bliver behandlet i næste uge.") == ["bliver behandlet"]


# --- a jargon word that is part of a unit's name (drop_explained) ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hej alle\n\nHusk mødet i morgen kl. 9.\n\nHanne\nTeamleder, Hjemmeplejen Vest, Odense Kommune",
    "Det er Pia fra Hjemmeplejen Syd, der kommer på tirsdag.",
])
def test_a_jargon_word_in_a_units_name_is_no_jargon(analyzer, text):
    assert [text[f.start:f.end] for f in rule_findings(analyzer, text, "fagsprog.kommunesprog")] == []


def test_the_jargon_word_alone_is_still_a_hint(analyzer):
    # session 13: "Hjemmeplejen kommer …" (the team by name) is no longer a hint (words13); the word for the help is
    text = "Fra mandag får du hjemmepleje hver morgen."
    assert [text[f.start:f.end] for f in rule_findings(analyzer, text, "fagsprog.kommunesprog")] == ["hjemmepleje"]


def test_udeblive_is_a_formal_word(analyzer):
    text = "Udebliver du fra samtalen uden grund, kan det få betydning for din hjælp."
    assert _rule(analyzer, text, "klarsprog.formelle-ord") == [("Udebliver", "info")]
