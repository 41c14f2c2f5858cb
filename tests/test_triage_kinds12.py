"""Triage kinds from session 12 (TRIAGE): blind set triage12. Sentences are new, written for these tests (not lines of
the blind sets)."""

import pytest

from borgertekst.triage import load_config, triage
from kinds_support import signal_kinds as _kinds


# ---- a question about a quoted term of your letter is a plain question (green), however many words the term has ------
@pytest.mark.parametrize("text", [
    "Jeg forstår ikke, hvad 'delvis refusion af egenbetaling' betyder. Kan I forklare det?",
    "Hvad betyder »midlertidigt ophold« i det brev, I sendte til min mor?",
    "Hvad menes der med \"konkret individuel vurdering\"? Det står to steder i afgørelsen.",
    "Hi, what does 'kommunal medfinansiering' mean in your letter?",
])
def test_a_question_about_a_quoted_term_is_green(text):
    r = triage(text)
    assert r.step == "groen", (text, r.step, r.reasons)
    assert r.template == "svar-paa-spoergsmaal", (text, r.template)
    assert "unclear" not in _kinds(r), (text, _kinds(r))


def test_a_quoted_term_beside_anger_is_not_green():
    r = triage("Hvad betyder 'modregning'? I har taget halvdelen af min løn uden at sige det, og jeg er rasende.")
    assert r.step != "groen", (r.step, r.reasons)


def test_a_quoted_term_question_needs_the_words_next_to_the_quote():
    # "betyder" far from the quote is no question about the term
    r = triage("I skrev 'vi vender tilbage' for to måneder siden. Hvad betyder det egentlig for jer, når I lover noget?")
    assert "term_question" not in _kinds(r), (_kinds(r), r.reasons)


def test_quoted_term_patterns_have_one_q():
    qt = load_config().quoted_term
    assert qt is not None and qt.patterns
    assert all(p.split().count("Q") == 1 for p in qt.patterns)


@pytest.mark.parametrize("text", [
    "Hvad betyder 'foreløbig bevilling'? Skal jeg betale tilbage eller ej? Jeg er helt forvirret over jer.",
    "Jeres afgørelse er fyldt med ord, jeg ikke forstår. Hvad betyder 'rådighedsvurdering'?",
])
def test_confusion_or_a_letter_full_of_jargon_beside_a_quoted_term_stays_yellow(text):
    r = triage(text)
    assert r.step != "groen", (text, r.step, r.reasons)


def test_what_does_it_mean_right_after_the_term_is_the_same_question():
    r = triage("Jeg forstår ikke begrebet 'supplerende ydelse' i jeres brev. Hvad betyder det?")
    assert r.step == "groen", (r.step, r.reasons)


# ---- exposing you in public: a recorded call posted so everyone can hear how you talk to people -----------------------
@pytest.mark.parametrize("text", [
    "Samtalen med jeres rådgiver ligger nu i gruppen 'Borgere i Slagelse', så alle kan høre, hvordan I taler til os.",
    "Jeg har optaget hele samtalen med jeres visitator i går, bare så I ved det.",
])
def test_exposing_staff_in_public_is_red(text):
    r = triage(text)
    assert r.step == "roed", (text, r.step, r.reasons)


def test_asking_to_record_a_meeting_is_no_pressure():
    r = triage("Må jeg optage samtalen på mødet i næste uge? Jeg har svært ved at huske det hele bagefter.")
    assert r.step == "groen", (r.step, r.reasons)


# ---- "skyde en mail afsted" sends a mail ------------------------------------------------------------------------------
def test_shooting_off_a_mail_is_an_idiom():
    r = triage("Hej! Jeg skyder lige en kort mail afsted for at sige, at vi har fået ny adresse i Bjerringbro.")
    assert r.step == "groen", (r.step, r.reasons)


# ---- "Hvorfor skal jeg … igen?": annoyance (yellow), neither a plain question nor persistent pressure -----------------
@pytest.mark.parametrize("text", [
    "Hvorfor skal jeg aflevere min lejekontrakt igen? I fik den i foråret.",
    "Hvorfor skal vi nu søge om den samme bevilling en gang til? Intet har ændret sig.",
])
def test_why_must_i_do_it_again_is_yellow(text):
    r = triage(text)
    assert r.step == "gul", (text, r.step, r.reasons)


def test_why_must_i_beside_playing_staff_off_stays_red():
    r = triage("Hvorfor skal jeg tale med dig, når din kollega allerede har sagt ja? Send mig videre til lederen.")
    assert r.step == "roed", (r.step, r.reasons)


# ---- a member of staff quoted is no pressure from the writer ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Min far fik at vide af sygeplejersken, at han 'jo bare kunne se det på nettet'. Han er 90 og har ingen computer.",
    "Vi fik at vide af skolen, at vi 'bare kunne læse om det på Facebook'. Vi har ikke Facebook. Det er ikke godt nok.",
])
def test_media_words_in_a_quote_of_staff_are_no_pressure(text):
    r = triage(text)
    assert r.step == "gul", (text, r.step, r.reasons)
    assert "press" not in _kinds(r), _kinds(r)


def test_the_press_outside_quotes_stays_red():
    r = triage("Rådgiveren sagde 'det kan du ikke få'. Nu går jeg til pressen med hele sagen.")
    assert r.step == "roed", (r.step, r.reasons)


# ---- a promise of yours cited, the writer counting their own contacts, "hvordan kan det passe": at least yellow --------
@pytest.mark.parametrize("text", [
    "Du skrev i august, at jeg ville få en ny tid inden en måned. Hvornår kan jeg forvente at høre fra dig?",
    "Det er ikke første gang, jeg skriver om gadelyset på Møllevej. Kan I sende en elektriker?",
    "Hvordan kan det passe, at min søns busbillet ikke er fornyet? Han kom ikke i skole i dag.",
])
def test_broken_promise_own_count_and_rhetorical_question_are_yellow(text):
    r = triage(text)
    assert r.step == "gul", (text, r.step, r.reasons)


def test_a_victim_telling_what_someone_said_is_no_promise():
    r = triage("Min tidligere kæreste har sagt, at han vil tage bilen, hvis jeg flytter. Jeg er bange. Hvem kan hjælpe mig?")
    assert r.step != "gul" or "loefte" not in " ".join(r.reasons), r.reasons
    assert not any("løfte" in x for x in r.reasons), r.reasons


# ---- waiting for money you owe while the rent is due now: at least yellow ----------------------------------------------
def test_waiting_while_the_rent_is_due_is_yellow():
    r = triage("Jeg har ikke fået min kontanthjælp for december endnu, og huslejen skal betales på fredag. Hvad gør jeg?")
    assert r.step == "gul", (r.step, r.reasons)


def test_asking_for_an_advance_for_the_rent_is_green():
    r = triage("Min første løn kommer først den 30., og huslejen skal betales den 1. Kan man få et forskud hos jer?")
    assert r.step == "groen", (r.step, r.reasons)


# ---- another new caseworker: a complaint (yellow), not playing staff off (red) -----------------------------------------
def test_another_new_caseworker_is_a_complaint():
    r = triage("Nå, så fik jeg endnu en ny sagsbehandler. Så må jeg vel fortælle hele historien forfra igen.")
    assert r.step == "gul", (r.step, r.reasons)
    assert "playing_staff_off" not in _kinds(r), _kinds(r)


def test_praise_with_ros_til_is_green():
    r = triage("Ros til jeres nye bookingside til genbrugspladsen. Det tog mig to minutter.")
    assert r.step == "groen", (r.step, r.reasons)


# ---- idioms with "slå" (settle, look up) tell of no violence (LEAD's spot check) -------------------------------------
@pytest.mark.parametrize("text", [
    "Vi slår os ned i Ribe efter nytår og vil gerne høre, hvordan vi skriver vores søn op til en børnehave.",
    "Jeg slog op i jeres vejledning om parkering, men fandt ikke svaret. Hvor længe må man holde på torvet?",
])
def test_slaa_idioms_are_no_violence(text):
    r = triage(text)
    assert r.step == "groen", (text, r.step, r.reasons)


def test_slaa_dig_ned_stays_a_threat():
    r = triage("Næste gang jeg ser dig på rådhuset, slår jeg dig ned.")
    assert r.step == "uden-for-trappen", (r.step, r.reasons)


# ---- sarcasm after the bad fact: "Endnu et brev om de samme papirer. Tak, virkelig effektivt." --------------------------
@pytest.mark.parametrize("text", [
    "Så kom der endnu et skema om min indkomst. Tak for det, virkelig effektivt.",
    "I har bedt om de samme lønsedler tre gange nu. Det er virkelig en god brug af min tid.",
])
def test_sarcastic_praise_after_the_bad_fact_is_yellow(text):
    r = triage(text)
    assert r.step == "gul", (text, r.step, r.reasons)


def test_plain_praise_of_efficiency_stays_green():
    r = triage("Tak for den hurtige behandling af min ansøgning om parkeringskort. Det var virkelig effektivt.")
    assert r.step == "groen", (r.step, r.reasons)


# ---- templates: a formal question, English waiting, a promise broken again and again ---------------------------------
def test_a_formal_question_without_a_question_mark_gets_the_answer_template():
    r = triage("Undertegnede skal hermed forespørge, hvorvidt der kan opnås dispensation for hækkens højde mod vejen.")
    assert r.template == "svar-paa-spoergsmaal", (r.template, r.reasons)


def test_english_still_not_paid_is_waiting():
    r = triage("I sent you the receipts in September and you still haven't paid back the money for the school trip.")
    assert r.template == "forsinkelse-ny-svardato", (r.template, r.reasons)


def test_a_promise_broken_several_times_gets_the_meeting_template():
    r = triage("Jeres konsulent har fire gange lovet at komme ud og se på rampen. Der er stadig ingen, der er kommet.")
    assert r.template == "indkaldelse-moede", (r.template, r.reasons)


# ---- a victim of someone who stands at the door and shouts: a victim's report, green ----------------------------------
def test_someone_shouting_at_the_writers_door_is_a_victims_report():
    r = triage("Jeg er bange for min gamle nabo, som har stået uden for min dør tre gange og råbt ad mig. "
               "Kan jeg få hjælp til at flytte?")
    assert r.step == "groen", (r.step, r.reasons)
    assert "victim" in _kinds(r), _kinds(r)


# ---- what a partner or neighbour said they would do is no promise of yours -----------------------------------------------
def test_an_ex_partners_words_are_no_broken_promise():
    r = triage("Min eksmand har skrevet, at han vil tage bilen, hvis jeg ikke betaler ham. Hvad gør jeg med lånet?")
    assert not any("løfte" in x for x in r.reasons), r.reasons
    assert r.template != "forsinkelse-ny-svardato", r.template


def test_a_caseworkers_promise_is_still_a_promise():
    r = triage("I skrev i juni, at jeg ville få en afgørelse inden to uger. Nu er vi i august, og jeg har intet hørt.")
    assert r.template == "forsinkelse-ny-svardato", (r.template, r.reasons)


# ---- a thing that opens or runs again is no repeated request ---------------------------------------------------------
def test_a_pool_that_opens_again_is_no_repetition():
    r = triage("Hvornår åbner svømmehallen i Gørding igen? Vi vil gerne i gang igen med babysvømning.")
    assert "repeated" not in _kinds(r), (_kinds(r), r.reasons)


# ---- time counted with "nu" ("Det er nu seks uger siden, jeg søgte …"): long waiting, at least yellow ----------------
def test_time_counted_with_nu_is_long_waiting():
    r = triage("Det er nu seks uger siden, jeg søgte om tilskud til briller. Hvornår får jeg svar?")
    assert r.step == "gul", (r.step, r.reasons)
    assert r.template == "forsinkelse-ny-svardato", r.template


def test_a_past_move_is_no_waiting():
    r = triage("Vi flyttede hertil for to uger siden. Hvor melder vi os til affaldsordningen?")
    assert r.step == "groen", (r.step, r.reasons)
