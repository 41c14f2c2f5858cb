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
