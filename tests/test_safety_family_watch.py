"""The watch sign "taler om medarbejderens familie" needs the staff member's family ("du har to
børn"), not children the letter is about ("hvordan I behandler handicappede børn", EVAL eval5)
nor the writer's own family ("I glemte min fars bad")."""

import pytest

from borgertekst.triage import triage


def _kinds(text):
    return [s.kind for s in triage(text).signals]


@pytest.mark.parametrize("text", [
    "Jeg har kontaktet Ekstra Bladet, og de er meget interesserede i, hvordan I behandler handicappede børn.",
    "Jeg HAR været overset – I glemte min fars bad tre gange i december.",
    "I har nu holdt mig væk fra min datter i otte måneder.",
])
def test_children_or_family_that_are_not_the_staff_members_are_no_watch_sign(text):
    assert not any(k.startswith("watch:private_life") for k in _kinds(text))


@pytest.mark.parametrize("text", [
    "Jeg ved godt, at du har to børn.",
    "I har selv børn, så I burde forstå det.",
])
def test_the_staff_members_family_is_a_watch_sign(text):
    assert any(k.startswith("watch:private_life") for k in _kinds(text))
