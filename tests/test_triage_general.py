"""The semantic fields of harm (``fields`` in rules/sikkerhed.yaml): words for injury, fire and
weapons, or for reckoning, surveillance and the staff's private sphere, aimed at staff or the
municipality, make a possible threat together with the threat classifier. Messages written for
these tests (not lines of any corpus or hold-out)."""

import pytest

from borgertekst import triage as T


@pytest.fixture(scope="module")
def m():
    return T.model()


def fields(m, text: str) -> set[str]:
    doc = m.doc(text)
    return {g for g, idx in m.composed.field_tokens(doc).items() if m.cautious(doc, idx)}


def test_fields_config_resolves(m):
    c = m.composed
    assert c.strong_fields and c.soft_fields and c.field_target
    for g in (*c.strong_fields, *c.soft_fields, c.field_target):
        assert g in c.words
    assert set(c.field_labels) == set(c.strong_fields) | set(c.soft_fields)


@pytest.mark.parametrize("text, field", [
    ("Jeg kommer med en dunk benzin til jeres kontor i morgen.", "field_fire"),
    ("Sagsbehandleren skal vide, at jeg har en kniv med til mødet.", "field_weapon"),
    ("Du kommer til at bløde, når jeg møder dig.", "field_injury"),
    ("Jeg har noteret mig, hvornår din kone henter jeres drenge i børnehaven.", "field_surveillance"),
    ("Jeg har noteret mig, hvornår din kone henter jeres drenge i børnehaven.", "field_private"),
    ("Du skal nok komme til at fortryde det, Jens.", "field_reckoning"),
])
def test_field_words_aimed_at_staff(m, text, field):
    assert field in fields(m, text)


@pytest.mark.parametrize("text, field", [
    # no one of the municipality is addressed: the field word alone aims at no one
    ("Benzinprisen er steget, og min bil kører dårligt.", "field_fire"),
    # the writer's own sphere, not the staff member's
    ("Jeg har købt en ny lås til min hoveddør, kan I refundere den?", "field_private"),
    # what happened, told: not a threat
    ("Min nabo har brækket armen, kan hun få hjemmehjælp fra jer?", "field_injury"),
    # an idiom: following the case, not a person
    ("Jeg har fulgt med i sagen på jeres hjemmeside.", "field_surveillance"),
    # someone else's threat, reported
    ("Min eksmand siger, at han vil brænde huset ned. Kan I hjælpe mig?", "field_fire"),
])
def test_field_words_that_aim_at_no_one_of_the_municipality(m, text, field):
    assert field not in fields(m, text)


def test_possible_threat_needs_the_classifier_too(m):
    doc = m.doc("Jeg kommer med en dunk benzin til jeres kontor i morgen.")
    c = m.composed
    assert T._threat_fields(m, doc, c.threshold_strong) == ["field_fire"]
    assert T._threat_fields(m, doc, c.threshold_strong - 0.01) == []


def test_one_soft_field_is_not_enough(m):
    doc = m.doc("Du skal nok komme til at fortryde det, Jens.")
    assert T._threat_fields(m, doc, 0.99) == []


def test_two_soft_fields_in_different_words(m):
    doc = m.doc("Jeg har noteret mig, hvornår din kone henter jeres drenge i børnehaven.")
    c = m.composed
    assert set(T._threat_fields(m, doc, c.threshold_soft)) == {"field_surveillance", "field_private"}
    assert T._threat_fields(m, doc, c.threshold_soft - 0.01) == []


@pytest.mark.parametrize("text", [
    "Jeg kommer med en dunk benzin til jeres kontor i morgen.",
    "Sagsbehandleren skal vide, at jeg har en kniv med til mødet.",
    "Jeg har noteret mig, hvornår din kone henter jeres drenge i børnehaven.",
])
def test_possible_threat_is_outside_the_staircase_with_the_safety_advice(text):
    r = T.triage(text)
    assert r.step == T.OUTSIDE
    assert r.template != "kvittering" and "tak for henvendelsen" not in r.advice.lower()


@pytest.mark.parametrize("text", [
    "Jeg har fulgt med i sagen og vil gerne vide, hvornår I svarer.",
    "I har ødelagt min økonomi med jeres afgørelse, og jeg vil klage til Ankestyrelsen.",
    "Min nabo har brækket armen, og jeg vil gerne vide, om hun kan få hjemmehjælp.",
])
def test_ordinary_messages_with_field_words_stay_on_the_staircase(text):
    r = T.triage(text)
    assert r.step != T.OUTSIDE
    assert not any(x.startswith("Mulig trussel") for x in r.reasons)
