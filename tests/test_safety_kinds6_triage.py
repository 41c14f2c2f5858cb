"""Where the safety rule plugs into triage (THREAT, session 6). A message triage puts outside the staircase with no
sign of the safety rule (the threat classifier or the
fields of harm decided) still lists a signal: where it reads most like a threat (THREAT, session 6)."""

from __future__ import annotations

import pytest

from borgertekst import safety
from borgertekst.triage import OUTSIDE, triage


def test_outside_by_the_classifier_shows_where():
    """A message put outside with no sign of the rule still lists a signal: the sentence that reads most
    like a threat (EVAL eval5: calm stalking with no signal, a meeting at the car park with only 'frustration')."""
    text = "vi ses efter arbejdstid rasmus. jeg venter ved p-pladsen"
    res = triage(text)
    if res.step != OUTSIDE:
        pytest.skip("the classifier no longer puts this message outside")
    rule_signs = [s for s in res.signals if s.kind.startswith(("safety:", "watch:", "frame:"))]
    shown = [s for s in res.signals if s.kind == safety.MODEL_SIGN]
    assert rule_signs or shown
    for s in shown:
        assert s.label and s.text == text[s.start:s.end] and s.text.strip()


@pytest.mark.parametrize("text", [
    "Den nye selvbetjening tager livet af mig. Hvor finder jeg knappen til at sende?",
    "hjælp, jeg har siddet i telefonkøen i en time, det tager livet af mig hahaha",
])
def test_a_figure_of_speech_about_the_writer_is_no_self_harm(text):
    res = triage(text)
    assert "Livslinien" not in res.advice
    assert res.step != OUTSIDE


@pytest.mark.parametrize("text", [
    "Jeg tager livet af mig selv, hvis I lukker min sag. Haha, I tror jeg laver sjov.",
    "Jeg tager livet af mig, hvis jeg skal flytte.",
])
def test_self_harm_beside_a_laugh_or_without_a_thing_stays_self_harm(text):
    assert "Livslinien" in triage(text).advice


@pytest.mark.parametrize("text", [
    "Jeg har tænkt på at tage livet af mig.",
    "Jeg kommer til at tage livet af mig, hvis I tager min lejlighed.",
    "Hvis kommunen tager min lejlighed, tager jeg livet af mig.",
])
def test_the_writer_taking_their_life_is_never_read_as_a_figure(text):
    assert "Livslinien" in triage(text).advice


def test_the_writer_taking_their_life_beside_a_laugh_stays_self_harm():
    assert "Livslinien" in triage("jeg tager livet af mig i aften haha").advice
