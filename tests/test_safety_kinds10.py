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
