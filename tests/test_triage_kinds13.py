"""Triage kinds from session 13 (TRIAGE): blind set triage13. Sentences are new, written for these tests (not lines of
the blind sets)."""

import pytest

from borgertekst.triage import triage
from kinds_support import signal_kinds as _kinds


# ---- the writer counts their own contacts with the verb of contact: at least yellow, whatever the model says ----------
@pytest.mark.parametrize("text", [
    "HVORNÅR kommer der nogen og ser på mit tag??? Det er fjerde gang jeg ringer.",
    "Hvornår kan jeg få en tid? Det er femte gang, jeg spørger.",
])
def test_a_counted_contact_of_the_writer_is_at_least_yellow(text):
    r = triage(text)
    assert r.step in ("gul", "roed"), (text, r.step, r.reasons)
    assert "count_of_contacts" in _kinds(r), (text, _kinds(r))


def test_a_counted_stay_is_no_counted_contact():
    r = triage("Det er tredje gang jeg er i praktik hos jer, og jeg er glad for det.")
    assert "count_of_contacts" not in _kinds(r), (_kinds(r), r.reasons)


# ---- the threat classifier alone does not lift praise the step model calls fairly sure green ---------------------------
def test_praise_is_not_lifted_by_the_threat_classifier_alone():
    r = triage("Hvor er den nye bænk ved havnen dog blevet flot! Vi sidder der hver aften og kigger på bådene.")
    assert r.step == "groen", (r.step, r.reasons)


# ---- a former partner who waits outside or follows the writer: a victim's report, the fear is no frustration ---------
@pytest.mark.parametrize("text", [
    "Min ekskæreste står uden for mit vindue om natten. Jeg er bange for ham. Hvem kan hjælpe mig med at flytte?",
    "Min ekskone dukker op ved børnehaven hver eftermiddag, selv om hun ikke må. Kan I hjælpe os?",
])
def test_a_former_partner_waiting_outside_is_a_victims_report(text):
    r = triage(text)
    assert r.step == "groen", (text, r.step, r.reasons)
    assert "victim" in _kinds(r), (text, _kinds(r))


def test_a_partner_waiting_outside_is_no_report():
    r = triage("Min kæreste står udenfor og venter, mens jeg er til samtale. Hvor lang tid tager det?")
    assert "victim" not in _kinds(r), (_kinds(r), r.reasons)


# ---- the formal noun of dissatisfaction is a complaint ----------------------------------------------------------------
def test_formal_dissatisfaction_is_a_complaint():
    r = triage("Jeg skal hermed give udtryk for min utilfredshed med den måde, min mors flytning er foregået på.")
    assert "complaint" in _kinds(r), _kinds(r)
    assert r.step == "gul", (r.step, r.reasons)


# ---- speaking up for someone or something is support: the praised person's habit is no repeated contact -------------
@pytest.mark.parametrize("text", [
    "Jeg vil gerne slå et slag for buschaufføren på linje 4, som hver dag venter på de ældre. Hun fortjener ros.",
    "Vi slår gerne et slag for, at I sætter flere affaldsspande op ved stranden.",
])
def test_speaking_up_for_someone_is_green(text):
    r = triage(text)
    assert r.step == "groen", (text, r.step, r.reasons)
    assert not _kinds(r) & {"repeated", "persistence"}, (text, _kinds(r))


def test_speaking_up_does_not_hide_a_counted_contact():
    r = triage("Jeg vil gerne slå et slag for, at I svarer på mails. Det er femte gang jeg skriver om det samme.")
    assert r.step in ("gul", "roed"), (r.step, r.reasons)


# ---- a counted mail of the writer's, a disputed calculation, "Hvad vil I gøre?" ---------------------------------------
def test_a_counted_mail_of_the_writer_is_at_least_yellow():
    r = triage("Fjerde mail fra mig om det samme: hvornår bliver der ryddet op på legepladsen?")
    assert r.step in ("gul", "roed"), (r.step, r.reasons)
    assert "count_of_contacts" in _kinds(r), _kinds(r)


def test_disputing_your_calculation_is_a_disagreement():
    r = triage("Jeg mener ikke, at I har beregnet min egenbetaling rigtigt. Min pension er lavere end det, I skriver.")
    assert "disagree_decision" in _kinds(r), _kinds(r)
    assert r.step == "gul", (r.step, r.reasons)


def test_asking_what_you_will_do_about_a_childs_repeated_harm_is_yellow():
    r = triage("Min datter bliver igen slået af de samme piger på vej hjem. Lærerne siger, de holder øje. Hvad vil I gøre?")
    assert r.step == "gul", (r.step, r.reasons)


# ---- "for første gang" is no repetition; feeling heard is no frustration -------------------------------------------
def test_the_first_time_is_no_repetition():
    r = triage("Tak for mødet i går. Det var første gang, jeg forstod hele min plan.")
    assert not _kinds(r) & {"repeated", "repeated_count"}, _kinds(r)


def test_feeling_heard_is_no_frustration():
    r = triage("Jeg følte mig virkelig hørt på mødet med jer i tirsdags. Tak.")
    assert "frustration" not in _kinds(r), _kinds(r)


# ---- "Hvorfor skal jeg … det samme … igen?" asks why: the answer template, not a meeting ------------------------------
def test_why_must_i_send_the_same_again_gets_an_answer():
    r = triage("Hvorfor skal jeg sende de samme papirer om min husleje endnu en gang? I fik dem i oktober.")
    assert r.step == "gul", (r.step, r.reasons)
    assert r.template == "svar-paa-spoergsmaal", (r.template, r.reasons)


def test_why_must_i_wait_keeps_the_delay_template():
    r = triage("Hvorfor skal jeg vente ti uger på en afgørelse om min kørestol? Jeg kan ikke komme ud imens.")
    assert r.template != "indkaldelse-moede", (r.template, r.reasons)


# ---- the writer ends on understanding after "men": green ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tak for jeres brev. Afslaget gør mig ked af det, men jeg forstår godt, hvorfor reglerne er sådan.",
    "Har I modtaget min ansøgning om friplads? Jeg har ikke fået en kvittering, men det er sikkert normalt.",
])
def test_ending_on_understanding_is_green(text):
    r = triage(text)
    assert r.step == "groen", (text, r.step, r.reasons)


def test_understanding_before_men_does_not_soften():
    r = triage("Jeg forstår godt, at I har travlt, men nu har jeg ventet i ti uger. Hvornår får jeg svar?")
    assert r.step != "groen", (r.step, r.reasons)


# ---- the writer's own thing forgotten, in either word order; a payment due while waiting; grooming told -------------
def test_own_forgotten_code_in_inverted_order_is_green():
    r = triage("Nu har jeg sørme glemt min adgangskode til selvbetjeningen igen 🙈 Hvordan får jeg en ny?")
    assert r.step == "groen", (r.step, r.reasons)
    assert "repeated" not in _kinds(r), _kinds(r)


def test_waiting_beside_a_deposit_due_is_yellow():
    r = triage("Vi har ikke hørt noget om tilskuddet til efterskolen. Vi skal betale depositum på fredag.")
    assert r.step == "gul", (r.step, r.reasons)


def test_an_adult_stranger_contacting_a_child_is_a_victims_report():
    r = triage("En fremmed mand skriver til min søn på 12 på Instagram og vil mødes med ham. Vi er bange. Hvem kan hjælpe?")
    assert r.step == "groen", (r.step, r.reasons)
    assert "victim" in _kinds(r), _kinds(r)


# ---- accepting the decision and asking something practical is green (LEAD's note) --------------------------------------
def test_accepting_the_decision_and_asking_is_green():
    r = triage("Jeg har det helt fint med afgørelsen om min boligstøtte, jeg ville bare høre, om jeg kan betale det "
               "skyldige beløb af over et år?")
    assert r.step == "groen", (r.step, r.reasons)


def test_accepting_the_decision_does_not_hide_a_complaint():
    r = triage("Jeg har det fint med afgørelsen, men jeres medarbejder var uforskammet i telefonen.")
    assert r.step != "groen", (r.step, r.reasons)
