"""Safety signs and look-alikes from session 12 (THREAT, blind set threat12): a bare insult or judgement of a member of
staff, with nothing of what is to come, is no threat for the classifier alone; a denial of having said a threat; "dør"
as the verb (to die) beside a waiting word. The sentences are new wordings of the kinds, not lines of the blind set."""

from __future__ import annotations

import pytest

from borgertekst import triage
from kinds_support import safety_labels

OUTSIDE = "uden-for-trappen"


def _composed():
    return triage.model().composed


@pytest.mark.parametrize("text", [
    "Du er simpelthen den mest inkompetente rådgiver i hele forvaltningen, og du burde skamme dig.",
    "Du er en elendig sagsbehandler og burde søge et andet job.",
    "I er nogle arrogante skrivebordsnisser uden skyggen af forståelse.",
])
def test_bare_insult_is_not_put_outside_by_the_classifier_alone(text):
    assert _composed().insult_only(triage.model().doc(text)), text
    result = triage.triage(text)
    assert result.step != OUTSIDE, text
    assert result.step != "groen", text  # an insult is never a green message


@pytest.mark.parametrize("text", [
    "Du er en inkompetent idiot, og næste gang du ser mig, skal du få at mærke, hvad jeg mener.",
    "Din dumme ko. Jeg finder dig, når du har fri.",
    "You are a useless liar and you will pay for this.",
    "Du er en elendig rådgiver, og jeg ved, hvor din datter går i skole.",
])
def test_insult_with_something_to_come_is_no_bare_insult(text):
    assert not _composed().insult_only(triage.model().doc(text)), text
    assert triage.triage(text).step == OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Jeg har aldrig sagt, at jeg ville slå nogen. Hvorfor må jeg ikke længere ringe til jer?",
    "Jeg sagde ikke, at jeg ville slå ham. Jeg sagde, at jeg var vred, og det står forkert i notatet.",
    "Vi har ikke sagt, at vi ville smadre noget på kontoret.",
])
def test_denied_saying_in_the_past_is_no_threat(text):
    assert not safety_labels(text), text
    assert triage.triage(text).step != OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Jeg siger ikke, at jeg vil slå nogen. Men min tålmodighed er brugt op.",
    "Han sagde ikke noget. Men jeg slår dig ihjel, hvis du kommer igen.",
])
def test_present_denial_or_denial_of_someone_else_stays_a_threat(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE, text


def test_doer_as_the_verb_to_die_is_no_door():
    text = "Hvis jeg skal sidde længere i jeres telefonkø, dør jeg af kedsomhed 😅"
    assert not safety_labels(text)
    assert triage.triage(text).step != OUTSIDE


@pytest.mark.parametrize("text", [
    "Jeg står og venter ved din dør, når du kommer hjem.",
    "jeg har stået ved jeres dør hele aftenen",
])
def test_doer_as_a_door_still_reads_as_waiting_at_the_home(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Jeg må meddele, at jeg ikke længere kan tage ansvaret for, hvad der måtte ske med rådgiveren, hvis bevillingen ophører.",
    "Skulle afslaget stå ved magt, kan undertegnede ikke stå inde for, hvad der vil overgå Dem og Deres medarbejder.",
])
def test_disclaimed_responsibility_for_what_befalls_staff_goes_outside(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE, text


def test_disclaimed_responsibility_for_ones_own_family_is_no_threat():
    text = "Jeg kan ikke tage ansvaret for, hvad der sker med min mor, hvis hjemmeplejen ikke kommer om aftenen."
    assert not safety_labels(text)
    assert triage.triage(text).step != OUTSIDE


@pytest.mark.parametrize("text", [
    "I know where your son plays football on Saturdays.",
    "I found out which kindergarten his daughter goes to.",
    "I would hate for something to happen to your car while you are at work.",
    "My old shotgun is still in the closet. Cut my money again and see what happens.",
])
def test_english_family_knowledge_veiled_harm_and_weapon_with_warning_go_outside(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE, text


@pytest.mark.parametrize("text", [
    "I don't know where my daughter goes to school next year, can you help?",
    "I would hate for anything to happen to the kids on that icy road by the school.",
    "I sent the form yesterday, so let us wait and see what happens with my application.",
    "I keep my grandfather's hunting rifle in a locked cabinet. Which office registers it?",
])
def test_english_look_alikes_stay_inside(text):
    assert triage.triage(text).step != OUTSIDE, text


def test_dated_friendly_sighting_with_family_and_thanks_is_no_threat():
    text = "Jeg så dig og din datter på biblioteket lørdag. Tak for hjælpen med ansøgningen i sidste måned!"
    assert not safety_labels(text)
    assert triage.triage(text).step != OUTSIDE


@pytest.mark.parametrize("text", [
    "Jeg så dig og din datter på biblioteket lørdag. Jeg kommer forbi igen på lørdag.",
    "Jeg så dig og din datter på biblioteket lørdag. Tak for sidst, vi ses.",
])
def test_sighting_with_a_time_to_come_stays_a_threat(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE, text


def test_thanks_for_a_life_saved_keeps_the_classifier_alone_inside():
    text = "I har reddet mit liv med den bevilling. Jeg kunne give jer alle et knus!"
    assert _composed().reassures(triage.model().doc(text))
    assert triage.triage(text).step != OUTSIDE


@pytest.mark.parametrize("text", [
    "Vi slår lige tiden ihjel i venterummet, for I er altid forsinkede. Kan man bestille tid online?",
    "Drengene tævede Viborg 31-20 i håndbold i weekenden. Må vi låne hallen til en ekstra træning?",
])
def test_killing_time_and_a_sports_win_are_no_violence(text):
    assert not safety_labels(text), text
    assert triage.triage(text).step != OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Jeg tæver dig, hvis du ringer til min arbejdsgiver igen.",
    "Jeg slår dig ihjel, og det tager ikke lang tid.",
])
def test_beating_or_killing_a_person_stays_a_threat(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Til orientering er jeg i lovlig besiddelse af et jagtgevær, hvilket I bør tage med i betragtning i den videre sag.",
    "Please note that I legally own a rifle, which the department may wish to take into account.",
    "tell ur caseworker to watch ur back when she leaves",
    "I will be waiting for you in the car park on Friday.",
])
def test_weapon_to_be_taken_into_account_and_english_waiting_go_outside(text):
    assert triage.triage(text).step == OUTSIDE, text


def test_lawful_weapon_question_without_a_frame_stays_inside():
    text = "Jeg har en lovligt registreret jagtriffel efter min far. Hvor afleverer jeg den, når jeg ikke bruger den mere?"
    assert triage.triage(text).step != OUTSIDE


@pytest.mark.parametrize("text", [
    "Vi ses på onsdag kl. 14 hos dig i borgerservice. Jeg har kørekortet med.",
    "ses kl 11 i morgen hos dig, jeg glæder mig til at få det ordnet",
])
def test_confirmed_appointment_is_no_threat_for_the_classifier_alone(text):
    assert _composed().appointment(triage.model().doc(text)), text
    assert triage.triage(text).step != OUTSIDE, text


@pytest.mark.parametrize("text", [
    "ses ved bagindgangen kl 16 når du har fri, bare os to",
    "Vi ses kl. 22 i aften på parkeringspladsen.",
    "Vi ses kl. 10. Jeg tager kniven med.",
])
def test_meeting_off_work_alone_or_with_a_weapon_is_no_appointment(text):
    assert not _composed().appointment(triage.model().doc(text)), text


def test_bonfire_at_a_feast_is_no_arson():
    text = "Må vi tænde bål på kommunens grønne område bag skolen, når vi holder sommerfest?"
    assert not safety_labels(text)
    assert triage.triage(text).step != OUTSIDE


@pytest.mark.parametrize("text", [
    "Jeg tænder et bål på rådhusets trappe i nat.",
    "Må jeg så tænde bål ved jeres kontor, så I forstår det?",
])
def test_bonfire_at_the_office_stays_a_threat(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Min riffel er lige kommet hjem fra reparation. Perfekt timing, nu hvor I vil fjerne min søn.",
    "I have nothing left to lose. I know your car, and I know where you park it.",
    "Tell the social worker I know his bus. He should think about that.",
    "Min schæfer har ikke været ude i tre dage. Send bare jeres hjemmehjælper herud i morgen.",
])
def test_timed_weapon_english_routine_and_dog_dare_go_outside(text):
    assert triage.triage(text).step == OUTSIDE, text


@pytest.mark.parametrize("text", [
    "God timing! Jeg har lige fået nyt job, så jeg skal ikke have kontanthjælp mere.",
    "I don't know your address, so can you send me the form by e-mail?",
    "Send bare en anden herud i morgen, det er fint. Hunden er i haven.",
    "See you at 9 on Monday at the job centre, I will bring my payslips.",
    "Der bor en rottefamilie i skuret. Må vi selv slå dem ihjel med fælder?",
])
def test_look_alikes_of_round_c_stay_inside(text):
    assert triage.triage(text).step != OUTSIDE, text


@pytest.mark.parametrize("text", [
    "if u take my daughter ill make sure u never see ur kids again",
    "Jeg skal gøre opmærksom på, at det vil få konsekvenser for sagsbehandleren personligt, og de bliver ikke økonomiske.",
    "I would strongly advise the staff not to be in the office on Monday morning.",
])
def test_round_d_threat_kinds_go_outside(text):
    assert safety_labels(text), text
    assert triage.triage(text).step == OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Afgørelsen får konsekvenser for mig personligt, og ikke kun økonomiske.",
    "Please tell the staff that I will not be in the office on Monday because of the strike.",
    "My ex told me I would never see my kids again. Can you help me?",
])
def test_round_d_look_alikes_have_no_sign(text):
    assert not safety_labels(text), text


def test_get_well_wish_for_family_heard_about_is_no_threat():
    text = "Jeg hørte, at din mand har ligget på hospitalet. Jeg håber, han snart bliver rask. Hilsen Grethe"
    assert not safety_labels(text)
    assert triage.triage(text).step != OUTSIDE


def test_threat_denied_with_a_but_is_never_green():
    text = "I'm not threatening anybody, but people like you end up in the news."
    assert triage.triage(text).step != "groen"


def _frames(text):
    m = triage.model()
    return [h.cls for h in m.hits(m.doc(text)) if h.cls.startswith("frame:")]


def test_husk_beside_an_errand_or_a_delay_is_no_warning_frame():
    assert not _frames("Husk at jeg er til lægen kl. 9, så jeg kommer lidt senere til samtalen.")
    assert not _frames("Husk det nu, ellers går der endnu en uge uden svar.")
    assert _frames("Husk det, når du går hjem i aften.")


def test_english_knowing_where_staff_park_is_a_sign_of_the_rule():
    text = "i know where u lock ur bike every day, watch out"
    assert any("bus, bil eller adresse" in label for label in safety_labels(text))
    assert triage.triage(text).step == OUTSIDE
