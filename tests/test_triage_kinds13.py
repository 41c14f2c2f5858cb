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
