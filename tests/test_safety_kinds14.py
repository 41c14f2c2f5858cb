"""Safety signs and look-alikes from session 14 (THREAT, blind sets threat14): a staff member's child beside "it would be a
shame if"; English knowledge of where or when a member of staff parks or walks; a hunter or marksman by trade beside a
warning; a price that is not money; fire in the "det ville være synd, hvis" frame; and look-alikes that must stay on the
staircase (a knife or glass found in a public place and asked to be removed, an abandoned vehicle, access to the office
in a wheelchair, dying of boredom in inverted word order, a hunter asking about game or a licence). The sentences are new
wordings of the kinds, not lines of the blind sets."""

from __future__ import annotations

import pytest

from borgertekst import triage
from kinds_support import safety_labels

OUTSIDE = "uden-for-trappen"


def _kinds(text: str) -> list[str]:
    return [s.kind for s in triage.triage(text).signals]


@pytest.mark.parametrize("text", [
    "Saw your daughter at the swimming pool on Saturday. It would be a shame if nobody came to pick her up one day.",
    "Your boys look so happy on the club's website. Shame if something was waiting for them on the way home.",
])
def test_staff_child_beside_shame_if_is_outside(text):
    result = triage.triage(text)
    assert result.step == OUTSIDE, text
    assert any(s.kind.startswith("watch:family_pity") for s in result.signals), text


@pytest.mark.parametrize("text", [
    "My daughter loves her school. It would be a shame if she had to move because we lose the flat.",
    "Min søn er glad for sin børnehave. Det ville være synd, hvis han skulle skifte nu.",
])
def test_own_child_beside_shame_if_is_no_sign(text):
    assert not any(k.startswith("watch:family_pity") for k in _kinds(text)), text
    assert triage.triage(text).step != OUTSIDE, text


@pytest.mark.parametrize("text", [
    "i know where u jog on sundays. approve the application",
    "I know where you swim on Tuesdays.",
])
def test_english_knowing_where_or_when_staff_moves_is_a_sign(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE, text


@pytest.mark.parametrize("text", [
    "I don't know where you park your bikes now that the shed is closed.",
    "Do you know where I can park when I come to the meeting?",
])
def test_english_parking_question_is_no_sign(text):
    assert not safety_labels(text), text


@pytest.mark.parametrize("text", [
    "Jeg er skytte og skyder aldrig forbi. Tænk over det, før I lukker min sag.",
    "Jeg er selv jæger, og jeg rammer altid det, jeg sigter efter. Det bør du måske overveje, inden du svarer.",
])
def test_hunter_or_marksman_beside_a_warning_is_outside(text):
    result = triage.triage(text)
    assert result.step == OUTSIDE, text
    assert any(s.kind.startswith("watch:capability") for s in result.signals), text


@pytest.mark.parametrize("text", [
    "Jeg er jæger og har fundet et påkørt rådyr ved Skovvejen. Hvem skal jeg ringe til?",
    "Jeg er jæger og vil gerne høre, om kommunen lejer jagten ud på arealerne ved mosen.",
])
def test_hunter_about_game_or_hunting_is_no_sign(text):
    assert not any(k.startswith("watch:capability") for k in _kinds(text)), text
    assert triage.triage(text).step != OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Jeg har ikke noget at miste. Sagsbehandleren kommer til at betale med andet end penge.",
    "Intet kan stoppe mig nu. Den ansvarlige skal betale for det med mere end penge.",
])
def test_price_that_is_not_money_beside_nothing_to_lose_is_outside(text):
    result = triage.triage(text)
    assert result.step == OUTSIDE, text
    assert any(s.kind.startswith("watch:reckoning") for s in result.signals), text


def test_price_the_writer_paid_is_no_sign():
    text = "Jeg har betalt med mere end penge for den her sag – den har kostet mig mit helbred."
    assert not any(k.startswith("watch:reckoning") for k in _kinds(text)), text


def test_fire_in_the_pity_frame_is_a_threat():
    text = "Det ville da være ærgerligt, hvis kommunens garage pludselig stod i flammer."
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Der ligger en kniv og nogle glasskår i sandkassen på Solvej. Kan I få det fjernet i dag?",
    "Der ligger en kniv på fortovet ved busstoppestedet på Nørregade. Kan I fjerne den?",
])
def test_found_knife_reported_for_removal_is_not_outside(text):
    assert triage.triage(text).step != OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Der står en forladt campingvogn med flade dæk på vendepladsen ved Lindevej. Den har holdt der i tre uger.",
    "Der står en efterladt trailer på p-pladsen ved skolen. Den har stået der siden sommerferien.",
])
def test_abandoned_vehicle_is_a_fault_report(text):
    m = triage.model()
    assert m.composed.fault_report(m.doc(text)), text


def test_found_knife_for_staff_stays_outside():
    text = "Der ligger en kniv til dig på trappen ved jobcentret. Fjern den selv, hvis du tør."
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Jeg ved godt, hvor I holder til, men jeg sidder i kørestol. Kan vi mødes et andet sted?",
    "Jeg ved godt, hvor I holder til, men jeg kan ikke gå på trapper og bruger rollator. Er der en elevator?",
])
def test_knowing_the_office_in_an_access_question_is_no_sign(text):
    assert not safety_labels(text), text
    assert triage.triage(text).step != OUTSIDE


def test_dying_of_boredom_in_inverted_order_is_not_outside():
    text = "Hvis I ikke snart godkender min ansøgning, så dør jeg af kedsomhed haha."
    assert triage.triage(text).step != OUTSIDE, text


# ---- round 2 (threat14b) -----------------------------------------------------------------------------------------------

def test_english_writer_outside_staff_home_is_a_sign():
    text = "I was sitting in my car outside your flat last night."
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE


def test_english_parked_outside_the_office_is_no_sign():
    assert not safety_labels("We parked outside your office, is that ok?")


def test_english_advice_not_to_be_alone_is_outside():
    text = "You shouldn't be alone in the building after five. Just saying."
    result = triage.triage(text)
    assert result.step == OUTSIDE, text
    assert any(s.kind.startswith("watch:alone") for s in result.signals), text


def test_english_better_not_be_late_is_no_alone_sign():
    assert not any(k.startswith("watch:alone") for k in _kinds("You better not be late for the meeting, haha."))


def test_english_staff_child_described_and_advised_is_outside():
    text = "Your daughter wears such a cute yellow hat. Tell her to stay close to her friends at the bus stop."
    result = triage.triage(text)
    assert result.step == OUTSIDE, text
    kinds = [s.kind for s in result.signals]
    assert any(k.startswith("watch:appearance") for k in kinds) and any(k.startswith("watch:family_advice") for k in kinds)


def test_parent_asking_staff_to_keep_own_child_inside_is_no_advice_sign():
    text = "Please make sure my son stays inside during the breaks, he has a cold."
    assert not any(k.startswith("watch:family_advice") for k in _kinds(text)), text


def test_injury_told_as_a_need_is_outside():
    text = "Keep this up and you'll need new teeth."
    result = triage.triage(text)
    assert result.step == OUTSIDE, text
    assert any(s.kind.startswith("watch:injury") for s in result.signals), text


def test_writer_needing_new_teeth_is_no_injury_sign():
    assert not any(k.startswith("watch:injury") for k in _kinds("I need new teeth, can you help me with the dentist bill?"))


def test_writer_no_longer_obliged_to_keep_the_law_is_a_sign():
    text = "Jeg føler mig ikke længere forpligtet til at overholde loven, når det gælder dig."
    result = triage.triage(text)
    assert result.step == OUTSIDE, text
    assert any(s.kind.startswith("watch:restraint") for s in result.signals), text


def test_doubt_that_the_municipality_keeps_the_law_is_no_restraint_sign():
    text = "Jeg føler mig ikke længere sikker på, at kommunen overholder loven."
    assert not any(k.startswith("watch:restraint") for k in _kinds(text)), text


def test_having_talked_today_is_no_counted_days():
    text = "Jeg ringede til jer i dag, og jeg har talt med tre forskellige medarbejdere uden at få svar."
    assert not safety_labels(text), text
    assert safety_labels("Dine dage her i huset er talte.")


# ---- round 3 (threat14c) -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'm gonna punch your face in",
    "I will brake her nose if she calls me again",
])
def test_english_violence_on_a_body_part_is_a_sign(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE, text


def test_english_violence_on_a_body_part_told_is_no_sign():
    text = "He said he would break her nose if she called the police. I need help."
    assert not safety_labels(text), text


def test_associates_asking_for_staff_name_is_outside():
    text = "Mine fætre spørger hele tiden, hvad din kollega hedder. Jeg har ikke fortalt dem det endnu."
    result = triage.triage(text)
    assert result.step == OUTSIDE, text
    assert any(s.kind.startswith("watch:associates") for s in result.signals), text


def test_family_asking_for_staff_name_to_thank_is_no_sign():
    text = "Min søster spørger, hvad du hedder, så hun kan skrive en tak."
    assert not any(k.startswith("watch:associates") for k in _kinds(text)), text


def test_mortality_held_up_to_staff_is_outside():
    text = "Ingen lever evigt, heller ikke dig."
    result = triage.triage(text)
    assert result.step == OUTSIDE, text
    assert any(s.kind.startswith("watch:mortality") for s in result.signals), text


def test_shooting_wide_of_the_mark_is_praise_not_violence():
    text = "Hun skyder aldrig forbi, vores sagsbehandler, hun er så dygtig til reglerne og svarer altid hurtigt."
    assert not safety_labels(text), text
    assert triage.triage(text).step != OUTSIDE


def test_thanks_for_a_past_sighting_is_not_outside():
    text = "Var det dig, der sad i skranken i går? Du var så tålmodig med min far. Tak!"
    assert triage.triage(text).step != OUTSIDE, text


def test_past_sighting_at_staff_car_stays_outside():
    assert triage.triage("Tak for sidst. Jeg så dig i går ved din bil.").step == OUTSIDE


# ---- round 4 (threat14d) -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "keep ignoring me and ill burn that jobcentre to the ground",
    "One more letter like this and I will torch your office.",
])
def test_english_burning_the_office_is_a_sign(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE, text


def test_english_office_burning_hot_is_no_sign():
    assert not safety_labels("The office is burning hot in summer, can you open a window?")
