"""Triage kinds from session 7 (TRIAGE): blind set triage7 and EVAL eval6's wrong kinds. Sentences are new, written
for these tests (not lines of the blind sets)."""

import pytest

from borgertekst.triage import model, triage
from kinds_support import signal_kinds as _kinds

PRESS = "press"


# ---- the press / social-media sign needs a frame: going to, contacting, publishing ----------------------------
@pytest.mark.parametrize("text", [
    "Jeg læste i avisen, at svømmehallen lukker i juli. Passer det?",
    "hej jeg bor på Nørregade 4 st tv og vil gerne have en ny grøn spand",
    "Min advokat har bedt mig om at sende skødet til jer. Det ligger i vedhæftningen.",
    "Min søster sagde, at borgmesteren havde talt om nye cykelstier. Hvornår kommer de?",
    "på jeres instagram står der, at der er loppemarked lørdag. hvor henne?",
])
def test_ordinary_words_about_media_or_politicians_are_no_press_sign(text):
    r = triage(text)
    assert PRESS not in _kinds(r), text
    assert r.step != "roed"


@pytest.mark.parametrize("text", [
    "Får jeg ikke svar i dag, går jeg til Ekstra Bladet med det hele.",
    "Jeg har sendt hele sagen til alle byrådets medlemmer.",
    "Jeg har kontaktet en advokat, som vil se på jeres afgørelse.",
    "Jeg lægger jeres brev op på Facebook i aften.",
    "Det her kommer i avisen på fredag, med dit navn.",
    "Borgmester, du bør vide, hvordan dine folk behandler os.",
])
def test_media_or_politicians_used_as_pressure_are_a_press_sign(text):
    assert PRESS in _kinds(triage(text)), text


def test_reporting_to_the_police_as_a_victim_is_no_press_sign_but_reporting_us_is():
    assert PRESS not in _kinds(triage("Jeg har anmeldt det til politiet. Kan I hjælpe mig med en ny lås?"))
    assert PRESS in _kinds(triage("Jeg anmelder jer til politiet for embedsmisbrug."))


# ---- a victim of someone else's violence asks for help: not raised, the sign shows -------------------------------
@pytest.mark.parametrize("text", [
    "Min ekskæreste har skrevet, at han vil slå mig, hvis jeg flytter. Jeg er bange. Kan jeg få en hemmelig adresse?",
    'En mand i opgangen råbte "jeg slår dig ned" til mig i går. Politiet er kontaktet. Kan vi få en anden bolig?',
])
def test_a_victim_asking_for_help_is_not_raised_and_shows_the_victim_sign(text):
    r = triage(text)
    assert r.step == "groen", text
    assert "victim" in _kinds(r)
    assert "frustration" not in _kinds(r)  # the fear belongs to the report
    assert r.template != "kvittering"
    assert "112" in r.advice and "Lev Uden Vold" in r.advice
    assert "Ordene minder om en trussel" not in r.advice


def test_a_told_threat_aimed_at_the_reader_is_never_green_even_with_a_victim_cue():
    # the writer passes a threat on to the member of staff ("dig"): the old rule holds, never green
    r = triage("Min bror siger, at han vil slå dig, når du kommer på hjemmebesøg. Politiet kender ham godt.")
    assert r.step != "groen"
    assert "victim" not in _kinds(r)


def test_a_victim_who_also_complains_about_us_is_yellow():
    r = triage("Min datter blev slået af en anden elev i går, og skolen har ikke gjort noget ved det. "
               "Det er ikke i orden. Hvad gør I ved det?")
    assert r.step == "gul"


# ---- a joke with a hyperbole about the writer -----------------------------------------------------------------------
def test_a_joking_hyperbole_with_laughter_is_green():
    r = triage("min mand slår mig ihjel hvis jeg glemmer at betale for sfo igen haha. hvornår er sidste frist?")
    assert r.step == "groen"
    assert r.template == "svar-paa-spoergsmaal"


def test_shooting_oneself_in_the_foot_is_an_idiom():
    r = triage("Jeg skyder nok mig selv i foden, men må jeg søge om tilskud til både briller og høreapparat?")
    assert r.step == "groen"
    assert not any("vold" in x for x in r.reasons)


# ---- self-harm is red: a call today, never a receipt -------------------------------------------------------------
def test_self_harm_is_at_least_red():
    r = triage("Jeg orker ikke at leve mere, hvis I tager mit hjem.")
    assert r.step == "roed"
    assert "Livslinien" in r.advice


# ---- word-level false readings --------------------------------------------------------------------------------------
def test_feeling_worse_is_no_insult():
    m = model()
    hits = m.hits(m.doc("Min mor har fået det værre siden sidste besøg."))
    assert not any(h.cls == "insults" for h in hits)
    hits = m.hits(m.doc("Du er den værste sagsbehandler, jeg har haft."))
    assert any(h.cls == "insults" for h in hits)


def test_reading_a_letter_several_times_is_no_repeated_request():
    m = model()
    hits = m.hits(m.doc("Jeg har læst brevet flere gange, men jeg forstår det ikke."))
    assert not any(h.cls == "repeated_count" for h in hits)
    hits = m.hits(m.doc("Jeg har ringet flere gange, og ingen svarer."))
    assert any(h.cls == "repeated_count" for h in hits)


def test_not_understanding_in_english_is_unclear_dialogue_with_a_direct_answer():
    r = triage("Hello, I received a letter about boligstøtte and I do not understand what to do. Can you help?")
    assert "unclear" in _kinds(r)
    assert r.template == "svar-paa-spoergsmaal"


# ---- a step above green always names its reason ---------------------------------------------------------------------
ABOVE_GREEN = [
    "Vi mener ikke, at afslaget på aflastning til vores søn er rimeligt i forhold til hans behov nu.",
    "Hvorfor skal min mor flytte afdeling, når hun lige er faldet til? Det har ingen spurgt os om.",
    "Det tager jer åbenbart tre måneder at svare på en simpel mail.",
    "Så har I igen ændret tiderne uden at sige det til nogen.",
]


def test_a_step_above_green_always_shows_a_sign():
    results = [triage(t) for t in ABOVE_GREEN]
    above = [r for r in results if r.step != "groen"]
    assert above  # the set holds messages the product puts above green
    for r in above:
        assert r.signals and all(s.label and s.text for s in r.signals), r


# ---- batch 2 kinds ----------------------------------------------------------------------------------------------------
def test_a_child_bullied_and_kicked_is_a_victim_report_without_raise():
    r = triage("Min søn på 10 bliver mobbet og er blevet sparket af nogle ældre elever. Hvem kan vi tale med?")
    assert "victim" in _kinds(r)
    assert r.step == "groen"


def test_fear_alone_without_told_violence_is_no_victim_report():
    r = triage("Jeg tør ikke ringe til jer igen, for sidst blev jeg afbrudt hele tiden. Det var ikke rart.")
    assert "victim" not in _kinds(r) and "victim_help" not in _kinds(r)


def test_an_invitation_to_a_public_meeting_is_no_press_sign():
    r = triage("Vi vil gerne invitere jer til vores borgermøde om den nye legeplads. Kan nogen komme?")
    assert PRESS not in _kinds(r)


def test_asking_what_you_do_about_it_is_a_complaint_but_asking_you_to_do_something_is_not():
    m = model()
    assert any(h.cls == "complaint" for h in m.hits(m.doc("Jeg vil gerne vide, hvad skolen gør ved det.")))
    assert not any(h.cls == "complaint" for h in m.hits(m.doc("Der ligger glasskår på stien. Kan I gøre noget ved det?")))


# ---- advice and signs agree ------------------------------------------------------------------------------------------
def test_threat_advice_below_the_staircase_always_has_a_sign_beside_it(monkeypatch):
    import borgertekst.triage as triage_module

    # the models alone find the words threat-like (no rule sign): the caution advice needs a sign to stand on
    monkeypatch.setattr(triage_module, "WATCH_OUTSIDE", 0.0)
    r = triage("Kære dagplejen. Vores søn har feber og bliver hjemme i dag og i morgen. Hilsen far")
    if "Ordene minder om en trussel" in r.advice:
        assert r.step != "groen"
        assert any(s.kind in ("model:threat", "caution") or s.kind.startswith(("safety:", "watch:")) for s in r.signals)
    else:
        pytest.fail("the caution layer did not apply with WATCH_OUTSIDE 0")


def test_a_weapon_named_in_a_practical_question_is_shown_as_the_sign(monkeypatch):
    import borgertekst.triage as triage_module

    monkeypatch.setattr(triage_module, "THREAT_OUTSIDE", 1.1)
    r = triage("Hvad gør jeg med min afdøde fars jagtgevær, som står i kælderen?")
    assert r.step != "groen"
    assert r.signals and all(s.text for s in r.signals)


# ---- batch 3 kinds ----------------------------------------------------------------------------------------------------
def test_asking_who_has_my_case_is_no_threat():
    r = triage("Kan I fortælle mig, hvem der har min sag nu? Jeg har ringet to gange.")
    assert r.step != "uden-for-trappen"
    assert not any(s.kind.startswith("safety:") for s in r.signals)


def test_a_smiley_beside_a_hyperbole_about_the_writer_is_a_joke():
    r = triage("Jeg bliver skudt af min mand, hvis vi ikke får plads i vuggestuen tæt på :) Kan man ønske en bestemt?")
    assert r.step == "groen"


def test_a_letter_that_says_two_things_is_unclear_dialogue():
    m = model()
    assert any(h.cls == "unclear" for h in m.hits(m.doc("i skriver afslag men også bevilget, hvad er rigtigt")))


def test_you_dont_care_aimed_at_staff_is_an_accusation_but_i_dont_care_is_not():
    m = model()
    assert any(h.cls == "insults" for h in m.hits(m.doc("I er fuldstændig ligeglade med os!")))
    assert not any(h.cls == "insults" for h in m.hits(m.doc("Det er jeg ligeglad med, bare jeg får en tid.")))


def test_a_disagreement_that_asks_how_to_complain_gets_an_answer_and_the_reconsideration_advice():
    r = triage("Tak for brevet. Jeg er ikke enig i afgørelsen om min boligstøtte. Hvordan klager jeg?")
    assert r.template == "svar-paa-spoergsmaal"
    assert "genvurdér" in r.advice


def test_a_thank_you_without_a_question_keeps_the_receipt():
    r = triage("Tusind tak for hjælpen med ansøgningen i går. Hilsen Grete")
    assert r.template == "kvittering"


def test_du_skal_vide_is_no_publication_frame():
    r = triage("Du skal vide, at jeg læste om det nye bibliotek på Facebook. Hvornår åbner det?")
    assert PRESS not in _kinds(r)


def test_not_understanding_our_letter_is_shown_as_unclear_dialogue():
    r = triage("Jeg har fået et brev om partshøring, men forstår ikke helt, hvad jeg skal svare. Må jeg ringe?")
    assert r.signals and r.signals[0].kind == "unclear"
    assert r.template == "svar-paa-spoergsmaal"
