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


# threat11b: English "would be a pity if something happened", a physical confrontation or a brawl foretold at a meeting,
# a friendly sighting told in the past with a day word


def test_english_pity_if_something_happens_goes_outside():
    text = "Nice scooter you ride to work. It would be a shame if something happened to it one night."
    assert any("skam" in label for label in safety_labels(text)), text
    assert triage.triage(text).step == OUTSIDE


def test_english_pity_about_the_writers_own_things_is_no_threat():
    text = "It would be a pity if something happened to my mother's old stroller, so can I store it in the basement?"
    assert not any("skam" in label for label in safety_labels(text))


@pytest.mark.parametrize("text", [
    "Jeg kan ikke garantere, at det ikke bliver til en fysisk konfrontation på næste møde, hvis I ikke giver mig ret.",
    "Sker det igen, så ender det i slagsmål på jobcentret.",
])
def test_confrontation_or_brawl_foretold_at_a_meeting_goes_outside(text):
    assert any("møde" in label for label in safety_labels(text)), text
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Jeg er bange for, at der bliver en fysisk konfrontation mellem min eksmand og mig på mødet. Kan jeg få en bisidder?",
    "Min datter har været i slagsmål på skolen, og nu vil inspektøren holde et møde med os.",
])
def test_a_victims_worry_or_a_past_brawl_is_no_threat(text):
    assert not any("møde" in label for label in safety_labels(text)), text
    assert triage.triage(text).step != OUTSIDE


def test_friendly_sighting_told_in_the_past_is_no_weak_sign():
    text = "Jeg mødte dig og din mand i Tivoli søndag, I så glade ud. Tak for hjælpen med ansøgningen!"
    assert triage.triage(text).step != OUTSIDE


def test_family_sign_with_a_day_to_come_stays_a_weak_sign():
    text = "Din søn går til svømning fredag, ikke? Tak for hjælpen med ansøgningen."
    assert triage.triage(text).step != "groen"


# threat11c: measures that will not be legal ones; English "see what happens to you" and "I followed you"; a warm
# sign-off after a question about a member of staff's family


def test_measures_that_will_not_be_legal_go_outside():
    text = "Jeg træffer mine egne tiltag over for sagsbehandleren, og de bliver ikke juridiske."
    assert any("ikke er juridiske" in label for label in safety_labels(text)), text
    assert triage.triage(text).step == OUTSIDE


def test_steps_that_are_political_instead_of_legal_are_no_threat():
    text = "Vores næste skridt bliver ikke juridisk, men politisk: vi skriver til borgmesteren og byrådet."
    assert not any("ikke er juridiske" in label for label in safety_labels(text))


@pytest.mark.parametrize("text", [
    "Refuse me one more time and you will see what happens to you.",
    "I have followed you from the bus stop twice this week.",
])
def test_english_see_what_happens_to_you_and_following_go_outside(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "We will see what happens to the application after the meeting.",
    "I followed your instructions and uploaded the payslips again.",
])
def test_english_see_what_happens_to_a_thing_or_following_advice_is_no_sign(text):
    assert not safety_labels(text), text


def test_warm_sign_off_takes_back_a_family_question():
    text = "Jeg tænker på din mor, som var syg. Kærlige hilsner Bente"
    assert triage.triage(text).step != OUTSIDE


def test_the_last_years_is_no_advice_to_walk_alone():
    # TRIAGE's note (session 11): "vist … de sidste år" read as showing oneself exposed
    text = "Min mor er gået bort. Tak for den tålmodighed, I har vist hende de sidste måneder."
    assert not any(h.startswith("watch:alone") for h in _watch_classes(text)), text


def test_walking_alone_as_the_last_one_stays_a_weak_sign():
    assert any(h.startswith("watch:alone") for h in _watch_classes("Du skulle ikke gå alene hjem som den sidste i aften."))


def _watch_classes(text: str) -> list[str]:
    m = triage.model()
    return [h.cls for h in m.hits(m.doc(text))]


# threat11d: violence held back at no person; a weapon with "no reason to be nervous yet"


@pytest.mark.parametrize("text", [
    "Jeg kunne godt have sparket til døren, da jeg gik fra mødet, men jeg beherskede mig. Jeg er bare meget ked af det.",
    "Jeg fik lyst til at slå i væggen efter samtalen, men jeg tog mig sammen og gik hjem.",
])
def test_violence_held_back_at_no_person_is_no_threat(text):
    assert triage.triage(text).step != OUTSIDE, text


def test_violence_at_a_person_held_back_stays_a_threat():
    assert triage.triage("Jeg havde lyst til at slå dig efter mødet, men jeg holdt mig.").step == OUTSIDE


def test_weapon_with_no_reason_to_be_nervous_yet_goes_outside():
    text = "Jeg har skaffet mig en kniv. Der er ingen grund til at være bange endnu."
    assert triage.triage(text).step == OUTSIDE


def test_no_reason_to_panic_yet_without_a_weapon_is_no_threat():
    text = "Der er ingen grund til panik endnu, men kan I se, om min ansøgning er kommet frem?"
    assert triage.triage(text).step != OUTSIDE


# threat11d: congratulations keep the threat classifier alone from deciding; "jeg glæder mig til" does not (a threat uses it)


def test_congratulations_reassure():
    m = triage.model()
    text = "Jeg har set, at du er flyttet til afdelingen i Skive. Tillykke med stillingen, du fortjener den!"
    assert m.composed.reassures(m.doc(text)), text


def test_looking_forward_to_seeing_your_face_is_no_reassurance():
    m = triage.model()
    text = "Jeg glæder mig til at se dit ansigt, når du kommer ud af svømmehallen i aften."
    assert not m.composed.reassures(m.doc(text))
