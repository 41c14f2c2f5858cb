"""WORDS: kinds found on the blind letters of holdout words10, fixed at their cause. The sentences are new, not
lines of the holdout."""

from __future__ import annotations

import pytest

from borgertekst.checks.stavning import find_dictionary
from kinds_support import rule_findings

needs_dictionary = pytest.mark.skipif(find_dictionary() is None, reason="hunspell-da is not installed")


def _spelling(analyzer, text):
    return [(text[f.start:f.end], f.suggestions[:1]) for f in rule_findings(analyzer, text, "stavning.hunspell")]


# --- a compound whose last part is a function word or a bare adjective ending is a slip ------------------------------

@needs_dictionary
@pytest.mark.parametrize("text, word", [
    ("Vi har lukket ansøgingen, fordi fristen er gået.", "ansøgingen"),  # "ansøg|ingen"
    ("Der er sket en fejl i registeringen af din adresse.", "registeringen"),  # "register|ingen"
    ("Det er ikke nødvendlig at sende flere papirer.", "nødvendlig"),  # "nødvend|lig"
    ("Vi læser undersøgelsenefter jul og skriver så til dig.", "undersøgelsenefter"),  # two words written together
])
def test_a_compound_with_a_function_word_as_last_part_is_a_slip(analyzer, text, word):
    assert word in [w for w, _ in _spelling(analyzer, text)]


@needs_dictionary
@pytest.mark.parametrize("text", [
    "Skolehaven og brændeskuret ligger bag gymnastiksalen.",
    "Vi har købt brændeved til bålhytten i naturbørnehaven.",
    "Selvbetjeningen er blevet mere brugervenlig, og borgervenlige breve er et mål for hele forvaltningen.",
    "Køkkenhaven ved plejecentret bliver passet af frivillige.",
])
def test_real_compounds_still_pass(analyzer, text):
    assert _spelling(analyzer, text) == []


@needs_dictionary
def test_the_suggestion_for_a_dropped_letter_is_no_compound_of_hunspells(analyzer):
    """"registeringen": the doubled-consonant suggestion "registerringen" is only Hunspell's compound of
    "register" and "ringen"; the frequent word one letter away comes first. "Påbudet" still gets "Påbuddet"."""
    assert _spelling(analyzer, "Vi har rettet registeringen i folkeregistret.") == [("registeringen", ["registreringen"])]
    assert _spelling(analyzer, "Påbudet gælder fra mandag.") == [("Påbudet", ["Påbuddet"])]


# --- grammar slips a rule can find without a grammar server (stavning.grammatik, hints) ------------------------------

def _grammar(analyzer, text):
    return [(text[f.start:f.end], f.severity) for f in rule_findings(analyzer, text, "stavning.grammatik")]


@pytest.mark.parametrize("text, word", [
    ("Hvis det er muligt, er det godt. Men det er ikke nødvendig at komme i dag.", "nødvendig"),
    ("Derfor er det meget vigtig, at du melder dig ledig.", "vigtig"),
    ("Det var svær for os at finde en ny plads til Emil.", "svær"),
    ("Jeg synes, det er rigtig, at sagen bliver set på igen.", "rigtig"),
    ("Vi skal nok forsøge og finde en tid, der passer.", "og"),
    ("Din kontaktperson og dig skal mødes, og hun og dig kan tale om planen.", "dig"),
    ("Du får besked, når opmålingsarbejdet er færdig.", "færdig"),  # words10b: a definite neuter noun
    ("Vi ringer til dig, så snart værelset er ledig.", "ledig"),
])
def test_grammar_slips_are_hints(analyzer, text, word):
    assert (word, "info") in _grammar(analyzer, text)


@pytest.mark.parametrize("text", [
    "Det er vigtig viden for os, og det er nødvendigt at få den.",
    "Det er rigtig godt, at du har ringet, og det er selvfølgelig muligt at komme igen.",
    "Det er egentlig, fordi vi mangler et bilag.",
    "Sygeplejersken vil tage en prøve og sende den til hospitalet.",
    "Vi ringer til hende og dig, når lægen har svaret.",
    "Det er dig, der vælger, og det er os, der betaler.",
    "Beløbet er rigtig stort, og arbejdet er færdigt.",
])
def test_no_grammar_hint_on_right_danish(analyzer, text):
    assert _grammar(analyzer, text) == []


# --- være-passive after the expletive "der": "Der er derfor ikke bevilget …" hides who decided ----------------------

def _passives(analyzer, text):
    return [text[f.start:f.end] for f in rule_findings(analyzer, text, "klarsprog.passiv")]


@pytest.mark.parametrize("text, match", [
    ("Der er derfor ikke givet tilskud til briller.", "er derfor ikke givet"),
    ("Ved afgørelsen er der lagt vægt på din lægeerklæring.", "er der lagt"),
    ("Der er i den forbindelse sendt et brev til din arbejdsgiver.", "er i den forbindelse sendt"),
    ("Vi kan se, at der ikke er betalt husleje for maj.", "er betalt"),
])
def test_vaere_passive_after_der(analyzer, text, match):
    assert match in _passives(analyzer, text)


@pytest.mark.parametrize("text", [
    "Der er sket en fejl i beregningen.",  # "ske" takes "være" itself
    "Der er kommet en ny lægeerklæring.",
    "Der er faldet meget sne i nat, og der er gået en uge.",
    "Der er et begrænset antal pladser på holdet.",  # an adjective after the article
    "Den hjælp, der er bevilget, fortsætter.",  # the relative "der"
    "Der er lidt ventetid i telefonen.",
])
def test_no_vaere_passive(analyzer, text):
    assert [m for m in _passives(analyzer, text) if m.startswith(("er", "Er"))] == []


# --- nominal style: 'foretage en afvejning', 'foretage tilsyn' -------------------------------------------------------

@pytest.mark.parametrize("text, match", [
    ("Vi har foretaget en konkret afvejning af dine og naboens interesser.", "foretaget en konkret afvejning"),
    ("Miljøteamet foretager tilsyn på gården i næste uge.", "foretager tilsyn"),
    ("Der foretages tilsyn med alle private børnepassere.", "foretages tilsyn"),
])
def test_nominal_style_new_nouns(analyzer, text, match):
    assert match in [text[f.start:f.end] for f in rule_findings(analyzer, text, "klarsprog.navneordsstil")]


# --- words10b: two rare parts make no compound; forms the dictionary keeps that the spelling dictionary does not ----

@needs_dictionary
@pytest.mark.parametrize("text, word", [
    ("Du skal sende tre jobansøgniger om ugen.", "jobansøgniger"),  # "jobansøg|niger": two rare parts
    ("Det er en forholsvis kort frist.", "forholsvis"),  # "forhols|vis": a rare head before a three-letter word
])
def test_two_rare_parts_are_no_compound(analyzer, text, word):
    assert word in [w for w, _ in _spelling(analyzer, text)]


@needs_dictionary
@pytest.mark.parametrize("text", [
    "Den manglende uopfindsomhed i planen overraskede os.",  # a suffix after any head
    "Toiletcisternen og tættekammen ligger i skabet.",
    "Vi hentede fodboldstøvler i byttehjørnet ved klubhuset.",
])
def test_compounds_with_a_frequent_part_or_a_suffix_pass(analyzer, text):
    assert _spelling(analyzer, text) == []


@needs_dictionary
def test_bevillige_is_no_longer_danish(analyzer):
    assert _spelling(analyzer, "Du er bevilliget et nyt toilet.") == [("bevilliget", ["bevilget"])]
    assert _spelling(analyzer, "Vi har bevilget et nyt toilet.") == []


def test_password_is_a_loan_hint(analyzer):
    text = "Du har tastet forkert password tre gange. Send et screenshot af fejlen."
    found = {text[f.start:f.end]: (f.rules, f.severity) for f in analyzer.analyze(text).findings
             if "klarsprog.engelske-laaneord" in f.rules or "klarsprog.engelske-ord" in f.rules}
    assert found == {"password": (["klarsprog.engelske-laaneord"], "info"),
                     "screenshot": (["klarsprog.engelske-laaneord"], "info")}


@pytest.mark.parametrize("text, match", [
    ("Efter et møde i teamet er det besluttet at stoppe forløbet.", "er det besluttet"),
    ("Det er aftalt, at du møder ind kl. 8.", "er aftalt"),
])
def test_formal_det_passive_with_an_at_clause(analyzer, text, match):
    assert match in _passives(analyzer, text)


@pytest.mark.parametrize("text", [
    "Det er lukket i dag på grund af kursus.",
    "Det er ikke tilladt at parkere i gården.",
    "Hvis det er aftalt med din leder, kan du gå tidligt.",
])
def test_no_formal_det_passive(analyzer, text):
    assert [m for m in _passives(analyzer, text) if m.startswith(("er", "Er"))] == []


# --- advice that speaks for a citizen reader is no advice in a letter to a professional (not_to_professionals) -------

_TO_GP = ("Til: Lægehuset Bakken\nAtt.: praktiserende læge Jonas Holt\n\n"
          "Jobcentret beder om en statusattest. Borgeren har fået sygedagpenge siden maj og venter på en operation.\n")
_TO_CITIZEN = ("Kære Jonas Holt\n\n"
               "Jobcentret har bedt din læge om en statusattest. Borgeren skal selv betale, hvis en attest er forsinket, "
               "og du får sygedagpenge, så længe vi venter.\n")


def test_no_citizen_advice_in_a_letter_to_a_gp(analyzer):
    rules = {r for f in analyzer.analyze(_TO_GP).findings for r in f.rules}
    assert not rules & {"klarsprog.tredje-person", "fagsprog.kommunesprog", "fagsprog.forvaltningsord"}


def test_citizen_advice_stays_in_a_letter_to_a_citizen(analyzer):
    rules = {r for f in analyzer.analyze(_TO_CITIZEN).findings for r in f.rules}
    assert {"klarsprog.tredje-person", "fagsprog.kommunesprog", "fagsprog.forvaltningsord"} <= rules


# --- PANEL's notes: the reader and a partner are "I"; "De klager via …" is polite "De" + a verb ------------------------

def _address(analyzer, text):
    return [(text[f.start:f.end], f.suggestions[:1]) for f in rule_findings(analyzer, text, "klarsprog.tiltale")]


def test_the_reader_and_a_partner_are_one_reader(analyzer):
    text = ("Kære Lis Holm\n\nHvis De og Deres samlever får et barn, skal De skrive til os. Hvis I flytter, skal I "
            "oplyse jeres nye adresse. Deres ydelse kan ændre sig.\n\nVenlig hilsen\nYdelser\n")
    suggestions = {s[0].lower() for _, s in _address(analyzer, text) if s}
    assert suggestions and suggestions <= {"du", "din", "dit", "dig"}


@pytest.mark.parametrize("text", [
    "Kære Ole Berg\n\nDe klager via Klageportalen, som De finder på borger.dk.\n",
    "Kære Ole Berg\n\nDe søger senest 1. marts. Skriv, hvis De har spørgsmål.\n",
])
def test_polite_de_before_a_present_verb_in_er(analyzer, text):
    assert text.index("De ") in [f.start for f in rule_findings(analyzer, text, "klarsprog.tiltale")]


def test_the_plural_noun_after_de_stays_a_noun(analyzer):
    text = "Kære Ole Berg\n\nVi har fået flere klager. De klager, vi har fået, handler om støj.\n"
    assert _address(analyzer, text) == []


# --- words10c: "herunder" after a comma is "including" even when "nævnte" stands before it ---------------------------

def test_herunder_after_a_comma_is_including(analyzer):
    text = "Fritagelsen gælder kun de i loven nævnte foreninger, herunder idrætsforeninger og spejdere."
    assert "herunder" in [text[f.start:f.end] for f in rule_findings(analyzer, text, "klarsprog.kancellisprog")]
    text = "Du finder de nævnte skemaer herunder."
    assert rule_findings(analyzer, text, "klarsprog.kancellisprog") == []


# --- words10d: a capital inside a word is a system's or a product's name ---------------------------------------------

@needs_dictionary
def test_a_name_with_an_inner_capital_is_no_spelling_error(analyzer):
    text = "Du kan se dine lån på minSU og hente brevet i eBoks på din iPad. Vi har sendt et brev til dig igår."
    assert [w for w, _ in _spelling(analyzer, text)] == ["igår"]


# --- words10c: "Vi gør opmærksom på, at …" is a stiff opening for a reminder ------------------------------------------

@pytest.mark.parametrize("text, match", [
    ("Vi gør opmærksom på, at du skal forny din opskrivning hvert år.", "Vi gør opmærksom på"),
    ("Kommunen vil gerne gøre Dem opmærksom på, at fristen er kort.", "Kommunen vil gerne gøre Dem opmærksom på"),
])
def test_goer_opmaerksom_paa(analyzer, text, match):
    assert match in [text[f.start:f.end] for f in rule_findings(analyzer, text, "klarsprog.kancellisprog-vendinger")]


def test_goer_dig_opmaerksom_paa_is_tone_s_own(analyzer):
    # "Vi skal gøre Dem opmærksom på" corrects the reader: tone.tryk's finding, under its own rule (its sentence rewrite
    # looks for it there), not merged under the officialese rule
    text = "Kommunen skal gøre Dem opmærksom på, at fristen er kort."
    assert [f.rule for f in analyzer.analyze(text).findings if f.start == 0] == ["tone.tryk"]


def test_the_reader_asked_to_notice_is_plain(analyzer):
    text = "Vær opmærksom på, at fristen er kort. Du skal være opmærksom på glat føre."
    assert rule_findings(analyzer, text, "klarsprog.kancellisprog-vendinger") == []
