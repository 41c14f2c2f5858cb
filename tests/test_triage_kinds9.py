"""Triage kinds from session 9 (TRIAGE): blind set triage9 and EVAL eval8's wrong kinds. Sentences are new, written
for these tests (not lines of the blind sets)."""

import pytest

from borgertekst.triage import SELF_HARM, triage
from kinds_support import signal_kinds as _kinds

REPEAT_SIGNS = {"repeated", "repeated_count", "count_of_contacts"}  # (session 13) the writer's own count too


# ---- our own repeated failure is a complaint (gul), not the citizen's repeated contacts (roed, meeting) ------------
@pytest.mark.parametrize("text", [
    "For anden gang på en måned har I aflyst min fars genoptræning uden at give besked.",
    "I har igen glemt at tømme vores container. Kan I komme i morgen?",
    "Endnu en gang er der fejl i beregningen af min boligstøtte.",
    "Madudbringningen kom ikke i går. Det er tredje gang i november, min mor står uden varm mad.",
])
def test_the_municipalitys_own_repeated_failure_is_yellow_without_the_meeting(text):
    r = triage(text)
    assert r.step == "gul", (text, r.step, r.reasons)
    assert not _kinds(r) & REPEAT_SIGNS, (text, _kinds(r))
    assert r.template != "indkaldelse-moede"


@pytest.mark.parametrize("text", [
    "Det er fjerde gang, jeg skriver om min søns skolekørsel, og I har stadig ikke svaret.",
    "Jeg har ringet til jer fem gange i denne uge. I har igen ikke ringet tilbage.",
])
def test_the_citizens_own_count_of_contacts_stays_a_repetition(text):
    r = triage(text)
    assert _kinds(r) & {"repeated_count", "count_of_contacts"}, (text, _kinds(r))
    assert r.step in ("gul", "roed")


@pytest.mark.parametrize("text", [
    "Kan I sende indkaldelsen igen? Jeg kan ikke finde den.",
    "Hej, vi har fået en rykker på daginstitutionen, men vi har betalt. Kan I se på det?",
    "Jeg kan desværre ikke den 12. Kan vi rykke samtalen en uge?",
    "Må jeg spørge igen, om min mor kan få sin medicin leveret?",
])
def test_asking_again_a_reminder_from_us_and_moving_a_time_are_no_repeated_contacts(text):
    r = triage(text)
    assert not _kinds(r) & (REPEAT_SIGNS | {"reader_repeat"}), (text, _kinds(r))
    assert r.template != "indkaldelse-moede"


# ---- sarcasm is criticism: never green, never "Sig tak for henvendelsen", never self-harm -----------------------------
@pytest.mark.parametrize("text", [
    "Tak for ingenting, I har været en kæmpe hjælp.",
    "Flot arbejde, kommune. Fem uger for et sygesikringskort.",
    "Godt klaret at sende regningen til min afdøde mand. Igen.",
    "Det er da til at grine af, at jeres egen blanket ikke kan gemmes.",
])
def test_sarcasm_is_never_green_and_never_self_harm(text):
    r = triage(text)
    assert r.step != "groen", (text, r.step, r.reasons)
    assert "tak for henvendelsen" not in r.advice.lower()
    assert SELF_HARM not in _kinds(r) and "skade sig selv" not in r.advice


@pytest.mark.parametrize("text", [
    "Flot klaret med snerydningen i morges, tak!",
    "Tusind tak for at I kom så hurtigt ud og så på taget.",
    "Godt gået af hjemmeplejen i weekenden. Min mor var glad.",
])
def test_plain_praise_stays_green(text):
    r = triage(text)
    assert r.step == "groen", (text, r.step, r.reasons)
    assert "sarcasm" not in _kinds(r)


# ---- waiting: a long wait is yellow and gets a new date; "Hvad gør jeg?" without a question mark asks ------------------
@pytest.mark.parametrize("text", [
    "Har ventet 9 uger på svar om min handicapparkering. hvad gør jeg nu",
    "Jeg har ventet i fire måneder på en afgørelse om plejevederlag. Hvad skal jeg gøre?",
])
def test_a_long_wait_is_yellow_with_a_new_date(text):
    r = triage(text)
    assert r.step == "gul", (text, r.step, r.reasons)
    assert r.template == "forsinkelse-ny-svardato"


# ---- an apology followed by "men" does not take back the complaint; bitterness is no own mistake -------------------------
@pytest.mark.parametrize("text", [
    "Undskyld at jeg er sur, men jeg er træt af at vente på et svar om min mors hjemmehjælp.",
    "Det er min egen skyld, at jeg stolede på jer. Det sker ikke en gang til.",
    "Jeg var naiv nok til at tro på jeres løfter om en plads i august.",
])
def test_an_apology_before_men_and_bitter_self_blame_are_not_green(text):
    r = triage(text)
    assert r.step != "groen", (text, r.step, r.reasons)
    assert "tak for henvendelsen" not in r.advice.lower()


# ---- "anmelde" to us is a report, not pressure; insults about a rule are criticism, not aggression ---------------------
def test_reporting_damage_to_us_is_no_press():
    r = triage("Hvor kan jeg anmelde et hul i vejen ved Skovvej 3 i Ballerup?")
    assert not _kinds(r) & {"press"} and r.step == "groen", (r.step, _kinds(r))
    still = triage("Jeg anmelder jer til politiet for embedsmisbrug.")
    assert "press" in _kinds(still)


def test_a_silly_rule_is_no_insult_but_calling_staff_silly_is():
    r = triage("Den nye regel om haveaffald er tåbelig, synes jeg.")
    assert "insults" not in _kinds(r), _kinds(r)
    r = triage("I er da helt tossede derinde på rådhuset.")
    assert "insults" in _kinds(r) and r.step == "roed", (r.step, _kinds(r))


# ---- batch 2 kinds ------------------------------------------------------------------------------------------------------
def test_persistence_is_read_although_ved_is_normalised_to_vide():
    r = triage("har ringet til jer hele ugen. jeg bliver ved til nogen svarer")
    assert "persistence" in _kinds(r) and r.step == "roed", (r.step, _kinds(r))


def test_people_fighting_each_other_in_a_joke_are_no_threat():
    r = triage("Børnene slår hinanden ihjel om jeres nye gynge haha. Tak for legepladsen!")
    assert r.step != "uden-for-trappen", r.reasons


def test_a_deadline_we_promised_is_no_ultimatum():
    r = triage("Borgerservice lovede mig, at kortet ville komme inden 1. marts. Det er ikke kommet.")
    assert "demands" not in _kinds(r) and r.step == "gul", (r.step, _kinds(r))


def test_not_being_at_home_with_computers_is_no_unclear_dialogue():
    r = triage("Jeg er 81 og forstår ikke rigtig computere. Kan jeg få skemaet på papir?")
    assert r.step == "groen" and not _kinds(r) & {"unclear", "frustration"}, (r.step, _kinds(r))


@pytest.mark.parametrize("text, sarcastic", [
    ("Mange tak for jeres lynhurtige behandling på 14 uger 👏", True),
    ("Tak for jeres hurtige svar. Jeg tager min bisidder og min advokat med til mødet.", False),
])
def test_praise_is_sarcasm_only_beside_a_bad_fact(text, sarcastic):
    r = triage(text)
    assert ("sarcasm" in _kinds(r)) == sarcastic, (text, _kinds(r))
    assert (r.step != "groen") == sarcastic, (text, r.step)


@pytest.mark.parametrize("text, step", [
    ("Min ansøgning om merudgifter er ikke behandlet endnu, og jeg mangler pengene. hvad gør jeg", "gul"),
    ("Vi har ikke hørt noget om vores ansøgning om kolonihavetilskud. Har I fået den?", "groen"),
])
def test_waiting_and_not_knowing_what_to_do_is_yellow_a_polite_check_green(text, step):
    r = triage(text)
    assert r.step == step, (text, r.step, r.reasons)
    assert r.template == "forsinkelse-ny-svardato"


# ---- a relative's joking "threat" and a harassment victim get no caution advice -------------------------------------------
def test_a_relative_who_threatens_to_do_something_harmless_with_laughter_is_a_joke():
    r = triage("Min moster truer med at strikke sokker til hele hjemmeplejen, haha. Må hun det?")
    assert r.step == "groen" and "minder om en trussel" not in r.advice and "Lev Uden Vold" not in r.advice, r.advice
    real = triage("Min eks truer mig hver dag 😂 nej, det er ikke sjovt. Hvad kan I gøre?")
    assert "victim" in _kinds(real), _kinds(real)


def test_a_victim_of_harassment_gets_the_victim_advice_not_the_caution():
    r = triage("En mand fra opgangen chikanerer min søster med sedler og beskeder. Hvem kan hjælpe hende?")
    assert "minder om en trussel" not in r.advice and "victim" in _kinds(r), (r.advice, _kinds(r))


# ---- batch 3 kinds ------------------------------------------------------------------------------------------------------
def test_the_verb_rette_is_no_court_case():
    r = triage("Vil I rette navnet på mit sygesikringskort? Der mangler et e.")
    assert "press" not in _kinds(r) and r.step == "groen", (r.step, _kinds(r))
    assert "press" in _kinds(triage("Det her ender i retten, det lover jeg jer."))


def test_a_count_of_our_cancellations_with_the_cost_in_the_next_sentence_is_ours():
    r = triage("I har aflyst min søns logopædtime tre gange. Jeg må tage fri fra arbejde hver gang.")
    assert not _kinds(r) & REPEAT_SIGNS and r.template != "indkaldelse-moede", (_kinds(r), r.template)
    assert r.step == "gul"


@pytest.mark.parametrize("text", [
    "Tak for det superhurtige svar. Bare ni uger.",
    "Det er da bare fantastisk, at man skal møde op personligt for én underskrift.",
])
def test_more_sarcasm_is_not_green(text):
    r = triage(text)
    assert r.step != "groen" and "tak for henvendelsen" not in r.advice.lower(), (text, r.step)


def test_calling_staff_stupid_is_an_insult():
    r = triage("I er så dumme derinde. Hvem har ansat jer?")
    assert "insults" in _kinds(r) and r.step == "roed", (r.step, _kinds(r))


# ---- batch 4 kinds ------------------------------------------------------------------------------------------------------
def test_a_service_that_did_not_deliver_again_is_our_failure():
    r = triage("For tredje gang på to uger står min mor uden rengøring, fordi hjælperen ikke dukkede op.")
    assert not _kinds(r) & REPEAT_SIGNS and r.step == "gul", (r.step, _kinds(r))


def test_glad_that_your_system_deleted_my_application_is_sarcasm():
    r = triage("Hvor er jeg glad for, at jeres nye portal har slettet mine bilag.")
    assert r.step != "groen" and "sarcasm" in _kinds(r), (r.step, _kinds(r))


@pytest.mark.parametrize("text, template", [
    ("I lovede mig en ny kørestol inden påske. Nu er det juni, og jeg har ikke hørt noget.", "forsinkelse-ny-svardato"),
    ("Bare en hilsen for at sige, at hjemmeplejen har været søde ved min mor de sidste fire uger.", "kvittering"),
])
def test_a_broken_promise_gets_a_new_date_a_greeting_does_not(text, template):
    assert triage(text).template == template, text


def test_a_child_harassed_by_a_classmate_is_a_victims_report_without_the_caution():
    r = triage("Min søn bliver chikaneret af to drenge fra klassen på Instagram. Hvad kan skolen gøre?")
    assert "victim" in _kinds(r) and "minder om en trussel" not in r.advice, (_kinds(r), r.advice[:80])


# ---- batch 5 and eval8 kinds ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tredje gang i år at min far ikke får sine varer leveret. Hvad gør I ved det?",
    "Fortovet er igen ikke ryddet, og min mor kan ikke komme ud med rollatoren.",
])
def test_a_delivery_or_clearing_that_failed_again_is_ours(text):
    r = triage(text)
    assert not _kinds(r) & REPEAT_SIGNS and r.template != "indkaldelse-moede", (text, _kinds(r), r.template)


def test_thanks_for_fine_guidance_that_went_wrong_is_sarcasm():
    r = triage("Tak for den fine vejledning. Nu har jeg sendt den forkerte blanket tre gange.")
    assert r.step != "groen" and "tak for henvendelsen" not in r.advice.lower(), r.step


def test_still_needed_after_an_apology_is_no_repetition():
    r = triage("Undskyld, at jeg først svarer nu. Jeg har været syg. Har I stadig brug for lønsedlerne?")
    assert r.step == "groen" and not _kinds(r) & REPEAT_SIGNS, (r.step, _kinds(r))
