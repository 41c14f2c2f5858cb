"""Safety signs and look-alikes from session 13 (THREAT, blind sets threat13): something unnamed left or prepared for a
member of staff beside an ominous closer; a third person's conduct disclaimed to staff and tied to the decision; a
weapon made ready beside a deadline; and look-alikes that must stay on the staircase (a treat for staff, coming with
papers at a clock time, knowing the office's new address on an errand, a care question about a staff member's child,
English "I had to kill it"). The sentences are new wordings of the kinds, not lines of the blind sets."""

from __future__ import annotations

import pytest

from borgertekst import triage
from kinds_support import safety_labels

OUTSIDE = "uden-for-trappen"


@pytest.mark.parametrize("text", [
    "Vi har stillet en lille overraskelse til dig ved bagdøren, Birgitte. God fornøjelse.",
    "Der ligger noget til jer i cykelkælderen. I får se.",
    "I've left something for you by the back entrance. Enjoy it.",
])
def test_veiled_object_with_ominous_closer_is_outside(text):
    result = triage.triage(text)
    assert result.step == OUTSIDE, text
    assert any(s.kind.startswith("watch:veiled_object") for s in result.signals), text


@pytest.mark.parametrize("text", [
    "Vi har stillet en lille overraskelse til personalet i frokoststuen – der er kringle og kaffe. God fornøjelse!",
    "Jeg har lagt noget til dig i receptionen: en buket blomster som tak for hjælpen.",
    "Der ligger noget til dig i postkassen – det er de bilag, du manglede.",
])
def test_treat_or_named_thing_for_staff_is_not_outside(text):
    result = triage.triage(text)
    assert result.step != OUTSIDE, text
    assert not any(s.kind.startswith("watch:veiled_object") for s in result.signals), text


@pytest.mark.parametrize("text", [
    "Min bror kan ikke længere stå inde for sine handlinger over for rådgiveren, hvis afgørelsen ikke ændres.",
    "Jeg må meddele, at min klient ikke kan svare for sin adfærd over for jer, såfremt sagen ikke genoptages.",
])
def test_third_party_conduct_disclaimed_to_staff_on_the_decision_is_a_threat(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Min datter har en diagnose og kan ikke svare for sine handlinger, når hun bliver overstimuleret.",
    "Min søn kan ikke altid stå inde for sine handlinger over for lærerne. Hvem kan vi tale med om støtte?",
])
def test_third_party_conduct_without_staff_and_decision_is_no_sign(text):
    assert not safety_labels(text), text


@pytest.mark.parametrize("text", [
    "Jeg har stadig min fars gamle hagle. Den er smurt og klar. Du har frist til mandag med at svare.",
    "Der står en riffel i mit skab. Den er ladt. Ændr afgørelsen senest fredag.",
])
def test_weapon_made_ready_beside_a_deadline_is_a_threat(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE, text


def test_weapon_ready_for_the_hunting_season_with_a_deadline_is_lawful():
    text = "Mit jagtgevær er renset og klar til jagtsæsonen. Skal jeg søge om tilladelse inden fredag?"
    assert not safety_labels(text), text
    assert triage.triage(text).step != OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Jeg kommer forbi dit kontor på mandag kl. 10 og afleverer de underskrevne papirer.",
    "Jeg kommer ind til jer klokken 14 med blanketten, som I bad om.",
])
def test_coming_with_an_errand_at_a_clock_time_is_an_appointment(text):
    assert triage.model().composed.appointment(triage.model().doc(text)), text
    assert triage.triage(text).step != OUTSIDE, text


def test_coming_at_a_clock_time_without_errand_is_no_appointment():
    doc = triage.model().doc("Jeg kommer ned til dig kl. 16, når du har fri.")
    assert not triage.model().composed.appointment(doc)


@pytest.mark.parametrize("text", [
    "Jeg ved godt, hvor I holder til nu efter flytningen, så jeg tager mit skema med derhen i morgen.",
    "Jeg ved godt, hvor I holder til nu. Jeg afleverer mine lønsedler i jeres postkasse.",
])
def test_knowing_the_office_on_an_errand_with_a_form_is_no_threat(text):
    assert not safety_labels(text), text
    assert triage.triage(text).step != OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Hvordan går det med din datter og svømningen? Du fortalte, at hun skulle til DM.",
    "Hvordan har din søn det efter flytningen til ny skole? Mvh Jonna",
])
def test_care_question_about_staff_child_stays_on_the_staircase(text):
    assert triage.triage(text).step != OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Hvordan går det med din datter? Det ville være synd, hvis der skete hende noget på vej hjem.",
    "Hvordan går det med din søn? Han har fri kl. 14 om tirsdagen, ikke?",
])
def test_care_question_beside_harm_or_routine_is_still_outside(text):
    assert triage.triage(text).step == OUTSIDE, text


@pytest.mark.parametrize("text", [
    "My laptop froze, so I had to kill the program before I could send the form.",
    "I had to kill some time at the station, so I read your letter twice.",
])
def test_english_i_had_is_the_writer(text):
    assert triage.triage(text).step != OUTSIDE, text
