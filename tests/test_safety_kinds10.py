"""Safety signs and look-alikes from session 10 (THREAT, blind set threat10): a writer who will no longer answer for
his own conduct with words between the negation and "stå inde for" ("vil ikke længere kunne stå inde for sin egen
adfærd"), and knowing the office's public hours, which is no knowledge of a member of staff's day. The sentences are
new wordings of the kinds, not lines of the blind set."""

from __future__ import annotations

import pytest

from borgertekst import triage
from kinds_support import safety_labels

OUTSIDE = "uden-for-trappen"


@pytest.mark.parametrize("text", [
    "Hvis I lukker min sag, kan jeg ikke længere svare for mine reaktioner.",
    "Jeg vil ikke mere kunne garantere for min egen opførsel, næste gang jeg står foran dig.",
    "Fastholder I afgørelsen, er jeg ikke længere ansvarlig for mine handlinger.",
])
def test_no_longer_answering_for_own_conduct_goes_outside(text):
    labels = safety_labels(text)
    assert any("egen adfærd" in label for label in labels), (text, labels)
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    # someone else's conduct, in the third person
    "Min mand kan ikke svare for sine handlinger, når han drikker, derfor søger jeg hjælp.",
    # an apology for one's own reaction
    "Jeg kan desværre ikke svare for min reaktion i telefonen i går. Undskyld.",
])
def test_conduct_of_others_or_an_apology_is_no_threat(text):
    assert not any("egen adfærd" in label for label in safety_labels(text))
    assert triage.triage(text).step != OUTSIDE


@pytest.mark.parametrize("text", [
    "Jeg ved godt, hvornår I har åbningstid, men ingen tager telefonen.",
    "Jeg ved godt hvornår du har telefontid, men jeg kommer aldrig igennem i køen.",
])
def test_knowing_the_office_hours_is_no_schedule_sign(text):
    assert not safety_labels(text), text
    assert triage.triage(text).step != OUTSIDE


def test_knowing_when_staff_are_off_still_goes_outside():
    text = "jeg ved godt hvornår du får fri og hvor du går hen bagefter"
    assert triage.triage(text).step == OUTSIDE


# (threat10b) the legal route refused, force, those "in the way", not knowing what one will do, the law in one's hands
@pytest.mark.parametrize("text", [
    "Jeg siger det pænt én gang: mit næste træk bliver ikke ad lovens vej.",
    "Svarer I ikke i dag, så kommer jeg og tager min datter hjem med magt.",
    "Jeg henter hende, og de pædagoger, der står i vejen, må tage konsekvensen.",
    "Fortsætter I sådan, så ved jeg ikke, hvad jeg finder på.",
    "Så må jeg tage loven i min egen hånd.",
])
def test_session10_veiled_threats_go_outside(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Jeg går ikke rettens vej, men klager til Ankestyrelsen i stedet.",
    "Min søn blev taget med magt af politiet, og jeg vil klage over det.",
    "Hvis I ikke hjælper mig, ved jeg ikke, hvad jeg skal gøre.",
    "I har afvist mig igen. Jeg ved ikke, hvad jeg gør nu.",
    # pests killed, the sentence before names them
    "Der er mus i hele skuret. Jeg har prøvet at slå dem ihjel, men der kommer bare flere.",
])
def test_session10_look_alikes_stay_on_the_staircase(text):
    assert not safety_labels(text), (text, safety_labels(text))
    assert triage.triage(text).step != OUTSIDE


def test_care_asked_for_the_writers_own_child_is_no_threat():
    text = "Min søn starter i jeres vuggestue på mandag. I skal passe godt på ham!"
    assert not safety_labels(text)
    assert triage.triage(text).step != OUTSIDE
    # the staff member's own child stays a threat
    assert triage.triage("Jeg ved, hvor din søn går i skole. Pas godt på ham.").step == OUTSIDE


def test_a_warm_sign_off_keeps_the_threat_model_alone_from_putting_it_outside():
    text = "Pas godt på dig selv i vinterferien, du har fortjent en pause. Kærlig hilsen Ulla"
    assert triage.triage(text).step != OUTSIDE


# (threat10c) chairs that fly, something put in the staff's coffee, English "think you're safe? think again"
@pytest.mark.parametrize("text", [
    "Jeg møder op på torsdag, og så flyver der borde, det kan du godt regne med.",
    "If nobody calls me back today, I'll come in and chairs will fly.",
    "Måske skulle jeg hælde noget i jeres kaffe, når jeg er til samtale på fredag.",
    "You think you're safe in that office? Think again.",
])
def test_session10c_threats_have_a_sign(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Når han bliver vred, flyver der stole. Kan han få en støttepædagog?",
    "Is the playground at your daycare safe again after the repairs?",
    "Må jeg skyde et par billeder af rådhuset til min fotoopgave på VUC?",
])
def test_session10c_look_alikes_have_no_sign(text):
    assert not safety_labels(text), (text, safety_labels(text))
    assert triage.triage(text).step != OUTSIDE


def test_enjoy_while_you_can_is_a_weak_sign():
    # never green, and outside only when the words resemble threats too
    friendly = triage.triage("Nyd solen, mens du kan! Tak for hjælpen i dag.")
    assert friendly.step not in (OUTSIDE, "groen")
    veiled = triage.triage("God weekend med familien 🙂 nyd den, mens du kan.")
    assert veiled.step == OUTSIDE


def test_a_sighting_on_a_past_day_with_thanks_stays_on_the_staircase():
    text = ("Jeg så dig på torvet i søndags med din hund, og jeg ville bare sige tak igen. "
            "Du har hjulpet os så meget.")
    assert triage.triage(text).step != OUTSIDE


# (threat10d) English read on its own words, a staff member sought out at home, watching at night
@pytest.mark.parametrize("text", [
    "I've got a knife in my bag and I know what time you leave.",  # "and" is no duck (game animal) here
    "wait till i see u, ur dead",
    "You took my kids, so I will end your life.",
    "Jeg vil ikke udelukke, at jeg opsøger sagsbehandleren på hendes bopæl.",
])
def test_session10d_threats_have_a_sign(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Må sagsbehandleren opsøge mig hjemme uden varsel?",
    "Take your life back, the course said. Can I join it?",
    "Min mor sover dårligt, så jeg holder øje om natten.",
])
def test_session10d_look_alikes_have_no_sign(text):
    assert not safety_labels(text), (text, safety_labels(text))
    assert triage.triage(text).step != OUTSIDE


def test_watching_at_night_is_a_weak_sign():
    m = triage.model()
    hits = [h.cls for h in m.hits(m.doc("Sov godt, Lone. Jeg holder øje."))]
    assert any(c.startswith("watch:watching_night") for c in hits), hits
    assert triage.triage("Sov godt, Lone. Jeg holder øje.").step != "groen"


@pytest.mark.parametrize("text", [
    "I'm going to kill it at my job interview tomorrow thanks to your help!",
    "If you think I will give up, think again. I will appeal this decision.",
    "Du er en knaldhamrende dygtig sagsbehandler, tusind tak for din tålmodighed.",
])
def test_praise_and_a_lawful_appeal_keep_the_model_alone_from_deciding(text):
    assert triage.triage(text).step != OUTSIDE


def test_english_i_before_an_english_verb_is_the_writer():
    # "I" before an English verb is the writer, not the Danish "I" (you) near a weapon word
    m = triage.model()
    doc = m.doc("Can I bring my knife to the cooking class on Tuesday?")
    assert not [h for h in m.composed.hits(doc) if h.cls.startswith("safety:")]
    # the Danish "I" stays the reader
    doc = m.doc("Jeg har en kniv, og I skal passe på.")
    assert [h for h in m.composed.hits(doc) if h.cls.startswith("safety:")]
    # an English threat with a weapon the writer brings
    assert triage.triage("I'm bringing a gun to our meeting.").step == OUTSIDE


# (threat10e) English veiled threats and their look-alikes; "gasses" beside hate; a caution about the office's task
@pytest.mark.parametrize("text", [
    "Keep cutting my money and you won't like what happens next.",
    "Someone needs to teach you a lesson, lady.",
    "if they take my flat again someone is gonna get hurt",
    "I am a patient man. My cousins are not patient.",
    "Folk som dig burde gasses.",
])
def test_session10e_threats_have_a_sign(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "I hope this teaches you a lesson about customer service.",
    "My son got stabbed at a party last year and still has trauma. Can he get a psychologist?",
    "Someone will get hurt on that icy road if you don't salt it.",
    "You will not like what happens next in my case: I will appeal.",
    "Pas på, når I udfylder skemaet: mit cpr-nummer er skrevet forkert.",
    "Vi skal gasse rotterne i kælderen. Hvem betaler?",
])
def test_session10e_look_alikes_have_no_sign(text):
    assert not safety_labels(text), (text, safety_labels(text))
    assert triage.triage(text).step != OUTSIDE


# (threat10f) English "be careful tonight" and "you'll regret", physical force, an explosion at the town hall
@pytest.mark.parametrize("text", [
    "I know where you park. Be careful walking to your car tonight.",
    "You'll regret this day, Karen.",
    "Jeg udelukker ikke at bruge fysisk magt over for jeres medarbejder.",
    "Der sker nok en eksplosion på jobcentret en dag. Man ved aldrig.",
])
def test_session10f_threats_have_a_sign(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Be careful on the stairs tonight, they are icy. Just letting you know.",
    "You'll regret not applying sooner, the course is great!",
    "Politiet brugte fysisk magt mod min søn, og jeg vil gerne vide, hvad jeg kan gøre.",
    "Der var en lille eksplosion i gasfyret i kælderen i går. Hvem tjekker det?",
])
def test_session10f_look_alikes_have_no_sign(text):
    assert not safety_labels(text), (text, safety_labels(text))
    assert triage.triage(text).step != OUTSIDE


def test_a_role_in_a_compound_takes_back_du_var_min():
    # "du var min … håndboldtræner": a role, also as the last part of a compound (the step is left to the model)
    assert not safety_labels("Du var min datters håndboldtræner engang! Hils familien.")


def test_not_knowing_what_one_does_to_oneself_is_self_harm_not_a_threat():
    # (TRIAGE's note) "… hvad jeg gør ved mig selv" gets the self-harm handling, never the police route
    text = "Hvis ikke jeg får hjælp i dag, så ved jeg ikke, hvad jeg gør ved mig selv. Jeg har ikke sovet i fire dage."
    assert not any("ved ikke, hvad han gør" in label for label in safety_labels(text))
    assert triage.triage(text).step != OUTSIDE


def test_a_death_told_in_a_thank_you_note_is_no_field_of_harm():
    # (TRIAGE triage10c) "døde" in the past tense tells a death; the thank-you note stays on the staircase
    text = ("Kære alle på Lindehuset. I har passet så godt på min mor det sidste halve år. Hun døde stille i nat. "
            "Tak for alt, hvad I gjorde.")
    assert triage.triage(text).step != OUTSIDE
