"""Safety signs and look-alikes from session 11 (THREAT, blind set threat11): the formal veiled threat of "the means I
find necessary" against a member of staff personally; harm denied by denying the saying ("I'm not saying I'll …");
fire in a fire-safety context; knowing where the office is, told with an errand; a get-well wish as the sign-off of a
question about a member of staff's family. The sentences are new wordings of the kinds, not lines of the blind set."""

from __future__ import annotations

import pytest

from borgertekst import triage
from kinds_support import safety_labels

OUTSIDE = "uden-for-trappen"


@pytest.mark.parametrize("text", [
    "Undertegnede vil derfor tage de midler i anvendelse, som undertegnede finder nødvendige, mod rådgiveren personligt.",
    "I shall use whatever means I find necessary against the caseworker personally.",
])
def test_necessary_means_against_staff_personally_goes_outside(text):
    assert any("midler" in label for label in safety_labels(text)), text
    assert triage.triage(text).step == OUTSIDE


def test_necessary_means_not_taken_personally_is_no_threat():
    text = "Det er ikke personligt ment, men I må bruge de midler, der er nødvendige, så sagen bliver løst."
    assert not any("midler" in label for label in safety_labels(text))
    assert triage.triage(text).step != OUTSIDE


@pytest.mark.parametrize("text", [
    "I am not saying I will hurt somebody. But things happen when people are pushed.",
    "Jeg siger ikke, at jeg vil slå nogen. Jeg siger bare, at min tålmodighed er ved at slippe op.",
])
def test_harm_denied_by_denying_the_saying_goes_outside(text):
    assert any("afviser at true" in label for label in safety_labels(text)), text
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Til brandøvelsen i børnehaven vil vi vise børnene, hvad de skal gøre, hvis nogen sætter ild til noget.",
    "Kan beredskabet holde et kursus på plejecentret om, hvad man gør, hvis en beboer sætter ild til noget?",
])
def test_fire_in_a_fire_safety_context_is_no_threat(text):
    assert not safety_labels(text), text
    assert triage.triage(text).step != OUTSIDE


def test_fire_at_the_office_stays_a_threat_beside_a_fire_safety_word():
    text = "Brandvæsenet når ikke frem i tide, når jeg sætter ild til jeres kontor."
    assert triage.triage(text).step == OUTSIDE


def test_knowing_where_the_office_is_with_an_errand_is_no_threat():
    text = "Vi ved godt, hvor I holder til nu, så vi afleverer dokumenterne i næste uge."
    assert not safety_labels(text), text
    assert triage.triage(text).step != OUTSIDE


@pytest.mark.parametrize("text", [
    "Vi ved godt, hvor du holder til nu, så vi afleverer dokumenterne i næste uge.",
    "Nu ved vi, hvor I holder til, så vi kommer med papirerne og en kniv.",
])
def test_knowing_where_a_person_is_or_an_errand_with_a_weapon_stays_a_threat(text):
    assert triage.triage(text).step == OUTSIDE, text


def test_get_well_wish_as_sign_off_takes_back_the_family_sign():
    text = "Er din søn kommet hjem fra hospitalet? Det lød slemt, da du fortalte om det. God bedring til ham."
    assert triage.triage(text).step != OUTSIDE


def test_family_question_with_see_you_stays_a_weak_sign():
    text = "Er din søn kommet hjem? Vi ses. God bedring."
    assert triage.triage(text).step == OUTSIDE
