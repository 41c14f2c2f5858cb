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


# ---- threat13b kinds --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "if u dont pay me back ill beat u up outside",
    "Do that again and I will mess you up, I promise.",
    "I'm going to kick your ass when you leave the office.",
])
def test_english_phrasal_violence_is_a_threat(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE, text


def test_english_phrasal_look_alike_is_no_threat():
    text = "Sorry, I messed up the form. Can you send me a new one?"
    assert not safety_labels(text), text


def test_parcel_sent_with_open_it_carefully_is_outside():
    text = "Vi har sendt en pakke til jobcentret. Åbn den forsigtigt, den er til din chef."
    result = triage.triage(text)
    assert result.step == OUTSIDE, text
    assert any(s.kind.startswith("watch:veiled_object") for s in result.signals), text


def test_parcel_sent_fragile_is_no_sign():
    text = "Jeg har sendt en pakke med de lånte kopper tilbage til jer. Åbn den forsigtigt, den er skrøbelig."
    result = triage.triage(text)
    assert result.step != OUTSIDE, text
    assert not any(s.kind.startswith("watch:veiled_object") for s in result.signals), text


def test_enjoy_it_may_be_the_last_is_a_weak_sign():
    text = "Nyd påsken med børnene, Lone. Det kunne jo være den sidste."
    result = triage.triage(text)
    assert any(s.kind.startswith("watch:enjoy_while") for s in result.signals), text
    assert result.step != "groen", text


@pytest.mark.parametrize("text", [
    "Jeg kan ikke udelukke, at der sker personskade, hvis min sag ikke bliver genoptaget.",
    "Undertegnede kan ikke garantere, at det ikke ender med vold, såfremt beslutningen fastholdes.",
])
def test_harm_to_persons_not_ruled_out_on_a_condition_is_a_threat(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE, text


def test_harm_to_persons_from_a_hazard_is_no_threat():
    text = "Vi kan ikke udelukke personskade, hvis gelænderet på trappen ikke bliver repareret snart."
    assert not safety_labels(text), text
    assert triage.triage(text).step != OUTSIDE, text


@pytest.mark.parametrize("text", [
    "You crossed the line. Watch yourself on your way home tonight.",
    "watch urself in the car park after work",
])
def test_english_watch_yourself_on_the_way_or_car_park_is_a_threat(text):
    assert safety_labels(text), text


def test_english_watch_yourself_on_ice_is_a_hazard():
    text = "The car park behind the town hall is very icy. Watch yourself when you leave the building tonight."
    assert not safety_labels(text), text


@pytest.mark.parametrize("text", [
    "Tak for en god samtale. Vi ses snart igen til næste møde.",
    "Tak for i dag. Vi ses snart igen.",
])
def test_see_you_soon_at_a_meeting_with_thanks_is_no_threat(text):
    assert triage.triage(text).step != OUTSIDE, text


def test_see_you_soon_when_alone_stays_outside():
    assert triage.triage("Tak for i dag. Vi ses snart igen, når du går alene hjem.").step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Jeg så dig og din mand i Føtex i fredags. Tak for sidst, det var rart at hilse på.",
    "Er det din søn, der spiller på hold med min dreng? Hyggeligt at se dem sammen.",
])
def test_friendly_sighting_thanks_or_classmate_is_not_outside(text):
    assert triage.triage(text).step != OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Der er et hul i asfalten ved busstoppestedet på Nørregade. Man ser det ikke i mørket. Bare så I ved det.",
    "Der er et dybt hul i fortovet ud for Bageriet. Det er svært at se om aftenen. Bare så I ved det.",
    "Gadelygten på hjørnet af Skolevej blinker hele natten. Måske skal pæren skiftes.",
])
def test_fault_report_is_not_outside(text):
    assert triage.triage(text).step != OUTSIDE, text


# ---- threat13c kinds --------------------------------------------------------------------------------------------------
def test_english_sighting_at_a_private_place_and_sleep_while_you_can_is_outside():
    text = "spotted u at the bus stop this morning. sleep tight while u still can"
    result = triage.triage(text)
    kinds = {s.kind.split(":")[1] for s in result.signals if s.kind.startswith("watch:")}
    assert {"seen_private", "enjoy_while"} <= kinds, text
    assert result.step == OUTSIDE, text


def test_english_sighting_with_thanks_is_no_sign():
    result = triage.triage("I saw you at the gym on Sunday, thanks again for helping me with the housing form!")
    assert not any(s.kind.startswith("watch:seen_private") for s in result.signals)
    assert result.step != OUTSIDE


def test_advice_that_a_named_role_should_not_be_alone_is_a_weak_sign():
    text = "Jeg vil råde til, at rådgiveren ikke går alene rundt på parkeringspladsen efter mørkets frembrud."
    result = triage.triage(text)
    assert any(s.kind.startswith("watch:alone") for s in result.signals), text
    assert result.step != "groen", text


def test_watching_staff_from_the_writers_car_is_a_weak_sign():
    text = "Jeg sad og kiggede på dig fra min bil, mens du låste kontoret af i går."
    model = triage.model()
    assert any(h.cls.startswith("watch:watching") for h in model.hits(model.doc(text))), text
    assert triage.triage(text).step == OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Jeg sprætter dig op, hvis du rører min sag igen.",
    "Næste gang skærer jeg jer op allesammen.",
])
def test_cutting_staff_is_a_threat(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Skal jeg skære det ud i pap for dig? Jeg har ikke fået min løn.",
    "Jeg skærer dig en skive af kagen, når du kommer på besøg.",
])
def test_cutting_look_alikes_are_no_sign(text):
    assert not safety_labels(text), text


def test_condolence_is_not_outside():
    text = "Jeg har hørt, at din mor er død. Min dybeste medfølelse til dig og familien."
    assert triage.triage(text).step != OUTSIDE, text


def test_gift_left_for_staff_is_not_outside_by_the_classifier_alone():
    text = "Jeg har lagt en lille gave til dig ved skranken."
    assert triage.model().composed.gift(triage.model().doc(text)), text
    assert triage.triage(text).step != OUTSIDE, text


# ---- threat13d kinds --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "I har grinet af mig længe nok. Vi får at se, hvem der ler sidst.",
    "Min klient føler sig ikke længere bundet af loven, når det gælder rådgiveren.",
])
def test_last_laugh_and_not_bound_by_law_are_weak_signs(text):
    model = triage.model()
    assert any(h.cls.startswith("watch:phrase:") for h in model.hits(model.doc(text))), text
    assert triage.triage(text).step != "groen", text


def test_bow_at_the_archery_club_is_lawful():
    text = "Må min datter tage sin bue med til bueskydning i kommunens hal på tirsdag?"
    assert not safety_labels(text), text


def test_friendly_sighting_in_a_past_holiday_with_thanks_is_not_outside():
    text = "Jeg så dig og dine børn i Legoland i sommerferien. Tak for al hjælpen med boligen i år!"
    assert triage.triage(text).step != OUTSIDE, text
