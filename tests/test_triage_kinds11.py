"""Triage kinds from session 11 (TRIAGE): blind set triage11. Sentences are new, written for these tests (not lines of
the blind sets)."""

import pytest

from borgertekst.triage import triage
from kinds_support import signal_kinds as _kinds


# ---- a partner or ex who hits the writer or says they will: a victim's report, green with the victim's advice -------
@pytest.mark.parametrize("text", [
    "Min mand slår mig, når han har drukket. Jeg har brug for hjælp til at finde et sted at bo med drengene.",
    "Min ekskæreste skriver, at han vil slå mig, hvis jeg flytter. Jeg er virkelig bange. Hvad kan kommunen gøre?",
])
def test_a_partner_who_hits_the_writer_is_a_victims_report(text):
    r = triage(text)
    assert r.step == "groen", (text, r.step, r.reasons)
    assert "victim" in _kinds(r), (text, _kinds(r))
    assert r.template == "svar-paa-spoergsmaal"


def test_the_writers_own_threat_with_slaa_stays_outside():
    r = triage("Hvis du ikke ringer i dag, så kommer jeg og slår dig ned, Lone.")
    assert r.step == "uden-for-trappen", (r.step, r.reasons)


# ---- worry for another person is concern, not frustration with you ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Min søn på 16 har ikke været i skole i tre uger. Jeg er bekymret for ham. Hvem kan vi tale med?",
    "Jeg er bekymret for min far, der bor alene i Tinglev. Kan han få besøg af en forebyggende medarbejder?",
])
def test_worry_for_another_person_is_green(text):
    r = triage(text)
    assert r.step == "groen", (text, r.step, r.reasons)
    assert "frustration" not in _kinds(r)


def test_worry_beside_a_complaint_about_you_stays_yellow():
    r = triage("Jeg er bekymret for min mor. Hjemmeplejen er ikke kommet i tre dage, og ingen har ringet.")
    assert r.step != "groen", (r.step, r.reasons)


# ---- English counts of the writer's own requests ----------------------------------------------------------------------
def test_an_english_count_of_requests_is_a_repetition():
    r = triage("I have asked you four times to send the form by post. Nobody has done it.")
    assert "repeated_count" in _kinds(r), (r.step, _kinds(r))
    assert r.template == "indkaldelse-moede"


def test_reading_a_letter_three_times_is_no_repetition():
    r = triage("I have read your letter three times and I still do not understand it. Can you explain the amount?")
    assert "repeated_count" not in _kinds(r), _kinds(r)


# ---- the writer sent the same thing twice by mistake: their own slip, green -------------------------------------------
@pytest.mark.parametrize("text", [
    "Ups, jeg har vist indsendt skemaet to gange. Slet bare den første.",
    "Haha, jeg har vist sendt lønsedlen to gange 😅 I kan bare smide den ene ud.",
])
def test_sending_the_same_thing_twice_by_mistake_is_green(text):
    r = triage(text)
    assert r.step == "groen", (text, r.step, r.reasons)
    assert not _kinds(r) & {"repeated", "repeated_count"}, _kinds(r)
    assert r.template == "kvittering"


def test_an_apology_beside_a_warning_about_the_way_home_is_not_green():
    r = triage("Undskyld min tone i går. Men du skal passe godt på, når du går alene hjem fra kontoret i aften.")
    assert r.step != "groen", (r.step, r.reasons)


# ---- a complaint about a member of staff's manner is yellow, not red ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Damen i telefonen var direkte uforskammet i dag. Hun lagde på midt i en sætning. Jeg vil have en undskyldning.",
    "Sagsbehandleren var nedladende under mødet og afbrød mig hele tiden. Jeg forventer en undskyldning.",
])
def test_a_complaint_about_staff_manner_is_yellow(text):
    r = triage(text)
    assert r.step == "gul", (text, r.step, r.reasons)
    assert r.template == "kvittering"


@pytest.mark.parametrize("text", [
    "Din kollega var uforskammet, og du er en idiot.",
    "Sagsbehandleren var nedladende, og det er fjerde gang, jeg skriver om det. Nu går jeg til pressen.",
])
def test_staff_manner_beside_an_insult_or_the_press_stays_red(text):
    assert triage(text).step == "roed"


# ---- your reminder, a promised date, a new date asked for -------------------------------------------------------------
def test_your_wrong_reminder_is_no_repeated_request():
    r = triage("Regningen for madservice er betalt for to uger siden. Jeres rykker må være sendt ved en fejl fra jer.")
    assert not _kinds(r) & {"repeated", "repeated_count"}, _kinds(r)
    assert r.template != "indkaldelse-moede"


@pytest.mark.parametrize("text", [
    "Afgørelsen om min boligindretning var lovet til midten af oktober. Den er ikke kommet endnu.",
    "Kan I give mig en ny dato for, hvornår jeg får svar om min hjælpemiddelsag?",
])
def test_a_promised_date_or_a_new_date_asked_for_gets_the_delay_template(text):
    r = triage(text)
    assert r.template == "forsinkelse-ny-svardato", (text, r.template, r.reasons)


# ---- insults: "pampere", "dovne", "gå ad helvede til" ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Rend mig. I er nogle dovne pampere på det rådhus.",
    "Gå ad helvede til med jeres skemaer, I klamme bureaukrater.",
])
def test_contempt_words_are_insults(text):
    r = triage(text)
    assert "insults" in _kinds(r), (text, _kinds(r))
    assert r.step == "roed", (text, r.step)



# ---- asking you to stop doing something: criticism (yellow); "pinligt for mig" is then no own mistake ----------------
@pytest.mark.parametrize("text", [
    "Nu skal I holde op med at sende breve til min gamle adresse. Det er pinligt for mig, og jeg har sagt det før.",
    "Hold nu op med at ringe til min mor om min sag. Det er pinligt for mig, og jeg har bedt jer om det før.",
])
def test_asking_you_to_stop_is_yellow(text):
    r = triage(text)
    assert r.step == "gul", (text, r.step, r.reasons)


def test_the_writer_calling_themself_lazy_is_not_red():
    assert triage("Jeg har været lidt doven med papirerne, undskyld. Her er de nu.").step == "groen"


# ---- still waiting: at least yellow -------------------------------------------------------------------------------
def test_still_no_answer_is_at_least_yellow():
    r = triage("Jeg søgte om hjælp til en ny seng i august og har stadig intet hørt. Hvornår får jeg svar?")
    assert r.step == "gul", (r.step, r.reasons)
    assert r.template == "forsinkelse-ny-svardato"


# ---- shouting because nobody answers the phone: frustration over access (yellow), not aggression --------------------
def test_shouting_because_nobody_answers_is_yellow():
    r = triage("VI KAN IKKE FÅ FAT I NOGEN. Min fars nødkald virker ikke, og ingen tager telefonen i visitationen!!")
    assert r.step == "gul", (r.step, r.reasons)


def test_shouting_with_an_insult_stays_red():
    r = triage("I ER NOGLE IDIOTER!! Jeg kan ikke komme igennem på telefonen!!")
    assert r.step == "roed", (r.step, r.reasons)


# ---- "træls", "irriterende": frustration ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Det er altså træls, at man skal printe skemaet ud og sende det med posten. Kan det ikke klares på mail?",
    "Det er mega irriterende, at jeres hjemmeside lukker ned, hver gang jeg prøver at uploade min lønseddel. Kan I fikse det?",
])
def test_annoyance_words_are_frustration(text):
    r = triage(text)
    assert "frustration" in _kinds(r), (text, _kinds(r))
    assert r.step == "gul", (text, r.step)


def test_no_money_yet_is_waiting():
    r = triage("Hvornår kommer min sygedagpenge for oktober? Jeg har ikke fået pengene, og regningerne venter.")
    assert r.template == "forsinkelse-ny-svardato", (r.template, r.reasons)


# ---- a question about one word of your letter is green ----------------------------------------------------------------
def test_not_understanding_one_word_of_the_letter_is_a_plain_question():
    r = triage("Jeg forstår ikke udtrykket 'mellemkommunal refusion' i jeres brev. Hvad betyder det?")
    assert r.step == "groen", (r.step, r.reasons)
    assert r.template == "svar-paa-spoergsmaal"


def test_not_understanding_the_letter_beside_a_complaint_stays_yellow():
    r = triage("Jeg forstår ikke ordet 'modregning', og I har trukket mig 2000 kr uden varsel. Det er ikke i orden.")
    assert r.step != "groen", (r.step, r.reasons)


# ---- an English threat is not hyperbole about the writer because "i" follows "kill u" -----------------------------------
def test_english_kill_you_before_i_swear_is_no_hyperbole():
    r = triage("if u take my kids i will kill u i swear")
    assert r.step == "uden-for-trappen", (r.step, r.reasons)


def test_not_a_word_from_you_is_waiting():
    r = triage("Hvor langt er min ansøgning om rengøringshjælp? Jeg søgte i september og har ikke hørt et ord siden.")
    assert r.template == "forsinkelse-ny-svardato", (r.template, r.reasons)
