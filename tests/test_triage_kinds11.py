"""Triage kinds from session 11 (TRIAGE): blind set triage11. Sentences are new, written for these tests (not lines of
the blind sets)."""

import pytest

from borgertekst.triage import triage
from kinds_support import signal_kinds as _kinds


# ---- a partner or ex who hits the writer or says they will: a victim's report, green with the victim's advice -------
@pytest.mark.parametrize("text", [
    "Min mand slår mig, når han har drukket. Jeg har brug for hjælp til at finde et sted at bo med drengene.",
    "Min ekskæreste skriver, at han vil slå mig, hvis jeg flytter. Jeg er virkelig bange. Hvad kan kommunen gøre?",
])
def test_a_partner_who_hits_the_writer_is_a_victims_report(text):
    r = triage(text)
    assert r.step == "groen", (text, r.step, r.reasons)
    assert "victim" in _kinds(r), (text, _kinds(r))
    assert r.template == "svar-paa-spoergsmaal"


def test_the_writers_own_threat_with_slaa_stays_outside():
    r = triage("Hvis du ikke ringer i dag, så kommer jeg og slår dig ned, Lone.")
    assert r.step == "uden-for-trappen", (r.step, r.reasons)
