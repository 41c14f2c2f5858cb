"""Triage kinds from session 10 (TRIAGE): blind set triage10. Sentences are new, written for these tests (not lines of
the blind sets)."""

import pytest

from borgertekst.triage import triage
from kinds_support import signal_kinds as _kinds

REPEAT_SIGNS = {"repeated", "repeated_count"}


# ---- the writer's own memory explains a question asked before: no repeated requests, green -------------------------
@pytest.mark.parametrize("text", [
    "Jeg har sikkert spurgt en gang før, men jeg kan ikke huske det. Hvornår kommer skraldebilen til Bøgevej?",
    "Undskyld, jeg har spurgt om det før, og jeg glemmer det hele tiden. Hvornår har biblioteket åbent om lørdagen?",
])
def test_own_forgetfulness_beside_an_earlier_question_is_green(text):
    r = triage(text)
    assert r.step == "groen", (text, r.step, r.reasons)
    assert not _kinds(r) & REPEAT_SIGNS, (text, _kinds(r))
    assert r.template == "svar-paa-spoergsmaal"


def test_not_remembering_how_often_one_has_written_stays_a_repetition():
    r = triage("Det er tredje gang, jeg skriver om hullet i fortovet. I svarer aldrig.")
    assert "repeated_count" in _kinds(r)


# ---- "er min mail kommet frem?" asks whether one message arrived ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Jeg sendte min ansøgning om friplads i sidste uge. Er min mail kommet frem?",
    "Har I modtaget min mail med lægeerklæringen fra tirsdag?",
])
def test_asking_whether_a_mail_arrived_is_no_repeated_request(text):
    r = triage(text)
    assert not _kinds(r) & REPEAT_SIGNS, (text, _kinds(r))
    assert r.template != "indkaldelse-moede"


def test_all_my_mails_still_count():
    r = triage("Jeg har skrevet mine mails til jer i tre måneder og aldrig fået svar.")
    assert _kinds(r) & REPEAT_SIGNS, _kinds(r)


# ---- "den nye sagsbehandler gør …" names a staff member; asking for a new one is still a wish for another ----------
def test_the_new_caseworker_as_subject_is_no_wish_for_another_caseworker():
    r = triage("Min nye sagsbehandler har ikke læst min sag. Hun spurgte om ting, jeg har sendt for længe siden.")
    assert "playing_staff_off" not in _kinds(r), _kinds(r)
    assert r.template != "indkaldelse-moede"


def test_asking_for_a_new_caseworker_is_still_seen():
    r = triage("Jeg vil gerne have en ny sagsbehandler, for vi forstår ikke hinanden.")
    assert "playing_staff_off" in _kinds(r), _kinds(r)


# ---- "har jeg ventet på svar siden …" is waiting: a new date, not only an answer ---------------------------------
def test_waited_for_an_answer_since_gets_a_new_date():
    r = triage("Nu har jeg ventet på svar om tandpleje til min søn siden august. Hvad gør jeg, hvis det gør ondt igen?")
    assert r.template == "forsinkelse-ny-svardato", (r.template, r.reasons)


def test_waiting_for_someone_elses_answer_is_no_waiting_on_us():
    r = triage("Jeg venter på svar fra lægen. Skal jeg sende det til jer bagefter?")
    assert r.template != "forsinkelse-ny-svardato", (r.template, r.reasons)
