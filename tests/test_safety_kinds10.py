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
