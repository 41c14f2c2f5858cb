"""Triage kinds from session 14 (TRIAGE): blind set triage14. Sentences are new, written for these tests (not lines of
the blind sets)."""

import pytest

from borgertekst.triage import triage
from kinds_support import signal_kinds as _kinds


# ---- thanks for a praised thing of yours beside a bad fact in the same sentence: sarcasm, at least yellow -------------
@pytest.mark.parametrize("text", [
    "Mange tak for en fremragende vejledning, som ingen kan forstå. Hvad skal jeg så gøre nu?",
    "Tak for det dejlige skema på elleve sider, som jeg stadig ikke forstår.",
])
def test_thanks_for_a_praised_thing_nobody_understands_is_sarcasm(text):
    r = triage(text)
    assert r.step in ("gul", "roed"), (text, r.step, r.reasons)
    assert "sarcasm" in _kinds(r), (text, _kinds(r))


def test_thanks_for_a_fine_day_beside_a_never_in_the_next_sentence_is_no_sarcasm():
    r = triage("Tusind tak for en fantastisk udflugt med plejehjemmet. Far har aldrig smilet så meget.")
    assert r.step == "groen", (r.step, r.reasons)
    assert "sarcasm" not in _kinds(r), _kinds(r)


# ---- "Det er jo ikke fordi, …" and the eye-roll beside a complaint: sarcasm -----------------------------------------
def test_its_not_as_if_is_sarcasm():
    r = triage("Nu vil I have lønsedlerne igen. Det er jo ikke fordi, jeg sendte dem i sidste måned.")
    assert r.step in ("gul", "roed"), (r.step, r.reasons)
    assert "sarcasm" in _kinds(r), _kinds(r)


def test_an_eye_roll_at_ones_own_teenager_is_no_sarcasm():
    r = triage("Min søn har glemt sin madpakke i bussen igen 🙄 Kan man hente den på rutebilstationen?")
    assert "sarcasm" not in _kinds(r), (_kinds(r), r.reasons)


# ---- asking whether something heard is true: green --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "En kollega siger, at svømmehallen i Brande skal lukke i to måneder. Passer det? Hvornår sker det i så fald?",
    "Min søster siger, at man ikke længere kan få tilskud til tandpleje for børn. Er det korrekt?",
])
def test_asking_whether_a_rumour_is_true_is_green(text):
    r = triage(text)
    assert r.step == "groen", (text, r.step, r.reasons)


# ---- understanding the decision's reasons and asking something practical: green --------------------------------------
def test_understanding_the_decision_and_a_practical_question_is_green():
    r = triage("Jeg har læst jeres afgørelse om at stoppe min rengøringshjælp, og jeg forstår godt begrundelsen. "
               "Kan jeg søge igen, hvis jeg får det værre?")
    assert r.step == "groen", (r.step, r.reasons)


# ---- feeling listened to, and what staff did not do: praise, green ---------------------------------------------------
def test_being_listened_to_without_being_interrupted_is_green():
    r = triage("Jeg vil gerne takke jer for mødet i tirsdags. Efter så lang tid var det godt, at nogen lyttede til mig "
               "uden at dømme mig.")
    assert r.step == "groen", (r.step, r.reasons)
    assert "staff_conduct" not in _kinds(r), _kinds(r)


# ---- fear of a former partner with a request for help: a victim's report, green --------------------------------------
def test_fear_of_a_former_partner_is_a_victims_report():
    r = triage("Jeg er bange for min ekskæreste, og jeg vil gerne flytte længere væk med min datter. "
               "Kan kommunen hjælpe med at finde en lejlighed?")
    assert r.step == "groen", (r.step, r.reasons)
    assert "victim" in _kinds(r), _kinds(r)


# ---- a repeated failure of yours that could have cost a life, and a demand: red --------------------------------------
def test_a_repeated_failure_that_could_have_cost_a_life_and_a_demand_is_red():
    r = triage("For anden gang på to uger har hjemmeplejen givet min mor de forkerte piller. Hun kunne være død. "
               "Jeg vil have et møde med ledelsen.")
    assert r.step == "roed", (r.step, r.reasons)
    assert r.template == "indkaldelse-moede", r.template


def test_one_dangerous_error_without_a_demand_stays_below_red():
    r = triage("Min mor fik forkert medicin i går. Hun kunne være død. Hvad er der sket?")
    assert r.step != "roed", (r.step, r.reasons)


# ---- praise of something of yours: green; the threat classifier alone does not put it outside ------------------------
@pytest.mark.parametrize("text", [
    "Hold da op hvor er parken ved søen blevet flot!!! Børnene ville slet ikke med hjem 😍",
    "Den nye skøjtebane er blevet så flot!! ungerne elsker den",
])
def test_praise_of_a_new_place_is_green(text):
    r = triage(text)
    assert r.step == "groen", (text, r.step, r.reasons)


def test_praise_with_a_veiled_threat_at_a_person_is_never_green():
    r = triage("Flot have du har, Bente. Det ville være synd, hvis der skete den noget en nat.")
    assert r.step != "groen", (r.step, r.reasons)


# ---- the writer takes back an earlier mail of their own: no count of repeated requests, green -----------------------
def test_taking_back_an_earlier_mail_is_green():
    r = triage("Jeg skriver for at sige, at jeg har fundet papirerne, så I kan se bort fra min mail fra i går. "
               "Beklager besværet.")
    assert r.step == "groen", (r.step, r.reasons)
    assert r.template != "indkaldelse-moede", r.template


# ---- accepting what the decision says ("har det fint med, at …") and asking something practical: green -------------
def test_being_fine_with_a_refusal_and_a_practical_question_is_green():
    r = triage("Jeg har det helt fint med, at I ikke kan give tilskud til en ny seng. "
               "Men kan jeg låne en plejeseng fra depotet i et par måneder?")
    assert r.step == "groen", (r.step, r.reasons)


# ---- fear of what a former partner will do: a victim's report, green ------------------------------------------------
def test_fear_of_what_a_former_partner_will_do_is_a_victims_report():
    r = triage("Vi er gået fra hinanden, og jeg frygter, at min ekskone flytter til Spanien med vores søn. "
               "Hvem hos jer kan rådgive mig?")
    assert r.step == "groen", (r.step, r.reasons)
    assert "victim" in _kinds(r), _kinds(r)


# ---- asking for the status after a promised date, and waiting told in English: the delay template ------------------
@pytest.mark.parametrize("text", [
    "Hej. Hvad er status på min ansøgning om handicapbil? Mvh Jens",
    "I have waited seven weeks for an answer about my daughter's school bus. Can someone please look at it?",
])
def test_status_requests_and_english_waiting_get_the_delay_template(text):
    r = triage(text)
    assert r.template == "forsinkelse-ny-svardato", (text, r.template, r.reasons)


# ---- THREAT's notes: an apostrophe inside a single-quoted quote; a number plate that is not the reader's --------------
def test_a_single_quoted_threat_with_an_apostrophe_is_a_quote():
    r = triage("Somebody scratched my car and wrote 'you're dead' on the bonnet. I have told the police.")
    assert r.step != "uden-for-trappen", (r.step, r.reasons)


def test_a_car_without_number_plates_is_no_stalking():
    r = triage("Der holder en gammel varevogn uden nummerplader ved legepladsen på Birkevej. Kan I fjerne den?")
    assert r.step != "uden-for-trappen", (r.step, r.reasons)
    assert not any(s.kind.startswith("safety:") for s in r.signals), [s.kind for s in r.signals]


def test_the_readers_number_plate_is_still_a_sign():
    r = triage("Jeg har noteret din nummerplade. Vi ses.")
    assert r.step == "uden-for-trappen", (r.step, r.reasons)


# ---- checking one's own understanding ("Er det rigtigt forstået, at …?"): a plain question, green ------------------
def test_checking_ones_understanding_is_green():
    r = triage("Er det rigtigt forstået, at jeg skal betale hele regningen på én gang, eller kan den deles i rater?")
    assert r.step == "groen", (r.step, r.reasons)
