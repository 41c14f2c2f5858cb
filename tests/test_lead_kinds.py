"""Kinds of letters from the lead's review of the blind sets eval4 and words3 (2026-11-30): a full grant
with a conditional warning about paying back, a grant of "the amount you applied for", a decision opening
with the date of the application, and a sanction that refers to the hearing before it. Every letter
here is written for the test."""

from __future__ import annotations

from borgertekst.klageadgang import load_routes

SEVERE = ("warning", "error")


def _rules(report, rule):
    return [f for f in report.findings if rule in f.rules and f.severity in SEVERE]


GRANT_WITH_WARNING = """Kære Jonas

Du får hjælp til flytning

Du søgte om hjælp til flytning den 2. november. Vi kan give dig hjælp til flytteudgifterne, fordi du flytter
til en billigere bolig. Du får 5.200 kr. Pengene kommer på din NemKonto i næste uge.

Husk at sende os regningen fra flyttefirmaet. Hvis regningen bliver lavere end 5.200 kr., skal du betale
resten tilbage. Ellers kan du komme til at betale hele beløbet tilbage.

Du kan klage over afgørelsen inden 4 uger. Skriv til os, så ser vi på sagen igen.

Venlig hilsen
Lone Berg
Ydelsesrådgiver
Tlf. 70 10 20 30
"""


def test_a_warning_about_paying_back_is_no_refusal_in_a_grant(analyzer):
    routes = load_routes()
    assert routes.outcome(GRANT_WITH_WARNING) == "bevilling"
    report = analyzer.analyze(GRANT_WITH_WARNING)
    assert not _rules(report, "struktur.klagevejledning")
    assert not _rules(report, "struktur.begrundelse")


def test_a_repayment_claim_is_still_a_refusal():
    routes = load_routes()
    assert routes.outcome("Vi har besluttet, at du skal betale 4.500 kr. tilbage, fordi du fik for meget.") == "afslag"
    assert routes.outcome("Hvis du ikke betaler, sender vi sagen videre. Du skal betale 3.000 kr. tilbage.") == "afslag"


def test_the_amount_applied_for_is_a_full_grant():
    routes = load_routes()
    assert routes.outcome("Du får 3.500 kr. til en vaskemaskine. Det er det beløb, du søgte om.") == "bevilling"
    assert routes.outcome("Du søgte om 20 timer, men du får 12 timer om ugen.") == "delvis"
    # the date of the application is no contrast with what is given
    assert routes.outcome("Du søgte om kontanthjælp den 9. november. Du får kontanthjælp fra den 9. november.") == "bevilling"
    assert routes.outcome("Du har bedt om at se papirerne. Du får dem alle sammen.") == "bevilling"


SANCTION_AFTER_HEARING = """Sanktion i kontanthjælp

Under henvisning til Jobcentrets partshøringsbrev af 2. november 2026, hvortil der ikke er modtaget
bemærkninger, skal vi hermed meddele, at der er truffet afgørelse om nedsættelse af Deres kontanthjælp
med 3 dages ydelse, idet De uden rimelig grund er udeblevet fra samtalen den 27. oktober 2026.

Nedsættelsen sker i udbetalingen pr. 1. december 2026.

Med venlig hilsen
Ydelsesafdelingen
"""


def test_a_decision_that_refers_to_its_hearing_is_a_decision(analyzer):
    report = analyzer.analyze(SANCTION_AFTER_HEARING)
    assert report.letter_type == "afgoerelse"
    assert _rules(report, "struktur.klagevejledning")  # no guidance: flagged, not let through as a hearing


def test_a_hearing_before_the_decision_stays_a_hearing(analyzer):
    hearing = ("Kære Ib\n\nVi overvejer at stoppe din hjælp, fordi du er flyttet. Før der er truffet afgørelse om "
               "din sag, vil vi gerne høre dine bemærkninger. Send dem senest den 3. maj.\n\nHilsen Ane\nTlf. 70 20 30 40\n")
    assert analyzer.analyze(hearing).letter_type == "partshoering"


def test_a_refusal_in_subordinate_word_order_is_a_decision(analyzer):
    # "at din ansøgning ikke kan imødekommes": Danish puts "ikke" before the modal in an at-clause
    # (lead, 2026-11-30: a one-line refusal in this order got no decision check at all)
    for sentence in ("De skal hermed meddeles, at Deres ansøgning ikke kan imødekommes.",
                     "Vi må meddele dig, at anmodningen desværre ikke kan efterkommes."):
        report = analyzer.analyze(f"Kære Hanne\n\n{sentence}\n\nVenlig hilsen\nKommunen")
        assert report.letter_type == "afgoerelse", sentence
        assert any("struktur.klagevejledning" in f.rules for f in report.findings), sentence
    # a condition or a question in the same order decides nothing
    for sentence in ("Hvis din ansøgning ikke kan godkendes, giver vi dig besked.",
                     "Vi undersøger, om din ansøgning ikke kan bevilges efter en anden paragraf."):
        report = analyzer.analyze(f"Kære Hanne\n\n{sentence}\n\nVenlig hilsen\nKommunen")
        assert report.letter_type != "afgoerelse", sentence


# A sanction threatened by a condition that opens the sentence, with the loss in the main clause in another
# word order than the pressure lexicon's ("stoppe … hjælp"): the object first, a passive participle, "mister".
# The sentences are new, written for the test (EVAL's eval6/eval7 misses were of this kind).
CONDITIONAL_LOSSES = [
    "Kommer du for sent igen, bliver din plads i madordningen opsagt.",
    "Skulle kortet igen blive misbrugt, mister du det uden videre.",
    "Hvis De ikke betaler restancen, lukker vi for varmen i ejendommen.",
]
# a condition with a stop the reader asked for, and a loss far into the main clause, stay calm
CALM_CONDITIONS = [
    "Hvis du ønsker det, stopper vi hjemmehjælpen fra 1. marts.",
    "Når du ikke deltager i tilbuddet, har vi efter loven pligt til at se på, om hjælpen skal nedsættes.",
]


def _tone(report):
    return [f for f in report.findings if any(r.startswith("tone.") for r in f.rules)]


def _condition_sanction(sentence):
    from borgertekst import tone
    from borgertekst.nlp import load

    nlp = load()
    return [s for s in tone.scorer(nlp).score_doc(nlp(sentence), explain_from=0.0)
            if any(sig.feature == "sig:condition_sanction" for sig in s.signals)]


def test_a_conditional_loss_in_another_word_order_is_a_sanction_signal(analyzer):
    for sentence in CONDITIONAL_LOSSES:
        assert _condition_sanction(sentence), sentence
    # the two in du-form score above the precision gate and are shown
    for sentence in CONDITIONAL_LOSSES[:2]:
        assert _tone(analyzer.analyze(sentence)), sentence


def test_a_condition_without_a_threatened_loss_stays_calm(analyzer):
    for sentence in CALM_CONDITIONS:
        assert not _condition_sanction(sentence), sentence
        assert not _tone(analyzer.analyze(sentence)), sentence


# session 12 (lead, after EVAL eval12): a reminder that says what happens if the papers do not come, with a date in
# the condition ("senest den 4. marts"), is no decision; the date's full stop ends no sentence for the hedges
REMINDER = """Hej Sofie

Vi mangler stadig dit lejekontrakt, som vi bad om i brevet fra den 1. februar. Vi skal bruge den for at regne din
boligstøtte ud.

Du kan sende den på mail eller aflevere den i Borgerservice. Ring gerne, hvis du har brug for hjælp.

Hvis vi ikke får den senest den 4. marts, kan vi ikke udbetale din boligstøtte til tiden.

Venlig hilsen
Per Holm, Borgerservice
Tlf. 70 11 22 33
"""


def test_a_reminder_with_a_dated_condition_is_no_decision(analyzer):
    report = analyzer.analyze(REMINDER)
    assert report.letter_type != "afgoerelse"
    assert not _rules(report, "struktur.klagevejledning")


# "på en gang" (all at once) and "ad gangen" (one at a time) are no count of repeated requests: a calm question that
# accepts the decision stays green; a counted repetition ("tre gange") still counts
def test_all_at_once_is_no_repetition():
    from borgertekst.triage import triage

    calm = triage("Jeg har det helt fint med afgørelsen, jeg vil bare høre, om jeg kan betale i rater i stedet for "
                  "det hele på en gang?")
    assert calm.step == "groen", calm.reasons
    assert not [s for s in calm.signals if s.kind in ("repeated", "repeated_count")]
    counted = triage("Nu har jeg skrevet tre gange, og I svarer aldrig.")
    assert [s for s in counted.signals if s.kind in ("repeated", "repeated_count")]


# a refused reconsideration that says there is no appeal ("De kan ikke klage over denne afgørelse") has complete guidance:
# no red "incomplete" error
NO_APPEAL = """Vedr. Deres anmodning om genoptagelse af sagen om Deres boligstøtte

Kommunen har modtaget Deres anmodning om genoptagelse af 12. marts.

Der er ikke kommet nye oplysninger, som kan føre til et andet resultat. Kommunen fastholder derfor afgørelsen af
4. februar. Sagen har allerede været prøvet i Ankestyrelsen, som gav kommunen medhold.

De kan ikke klage over denne afgørelse.

Med venlig hilsen
Borgerservice
"""


def test_a_stated_no_appeal_on_this_decision_is_complete_guidance(analyzer):
    report = analyzer.analyze(NO_APPEAL)
    assert not [f for f in _rules(report, "struktur.klagevejledning") if f.severity in ("error", "warning")]


# the writer's own weapon beside a grievance against staff, with no verb of violence, is outside the staircase; a
# hunter asking about a licence is not
def test_own_weapon_beside_a_grievance_is_outside_the_staircase():
    from borgertekst.triage import triage

    veiled = triage("Jeg har stadig min riffel, og jeg er træt af at blive behandlet som skidt af jer.")
    assert veiled.step == "uden-for-trappen", veiled.reasons
    licence = triage("Jeg har min riffel og mit jagttegn i orden. Hvordan søger jeg om at gå på jagt i jeres skov?")
    assert licence.step != "uden-for-trappen", licence.reasons


def test_a_wish_to_harm_staff_is_no_harm_aimed_at_the_writer():
    """'tænke mig at' / 'lyst til at': the 'mig' belongs to the wish, not to the harm (threat14 d t15 was roed)."""
    from borgertekst.triage import model, safety_hits

    wish = safety_hits(model(), "Jeg kunne nu godt tænke mig at sprænge hele rådhuset i luften med jer indenfor.")
    assert wish, "the violence sign was excused as harm aimed at the writer"
    assert not safety_hits(model(), "Det her skema slår mig ihjel.")


def test_a_staff_members_weekly_hours_known_by_the_writer_are_never_green():
    """Two weekdays and a clock time beside 'du' is a routine the writer knows (threat14 d t01 was groen); the
    writer's own hours for a call are no such sign."""
    from borgertekst.triage import triage

    routine = triage("Du svømmer i Bølgebadet mandag og onsdag kl. 7, ikke? Det gør jeg også nu.")
    assert routine.step != "groen", routine.reasons
    assert any(s.kind.startswith("watch:") for s in routine.signals), routine.signals
    call = triage("Kan du ringe til mig tirsdag eller torsdag efter kl. 15? Tak.")
    assert call.step != "uden-for-trappen", call.reasons


def test_forwarding_a_complaint_to_the_appeal_body_is_no_pressure(analyzer):
    """'ellers sender vi den videre til Ankestyrelsen' in the complaint guidance is the route of a complaint, not a
    sanction (EVAL eval14 14: the only wrong warning); 'ellers sender vi sagen til inkasso' stays pressure."""
    text = ("Er du uenig, er du velkommen til at ringe til mig, så ser vi på det sammen, og ellers sender vi den "
            "videre til Ankestyrelsen.")
    assert not [f for f in analyzer.analyze(text).findings if f.rule.startswith("tone.")]
    debt = "Betal beløbet inden fredag, ellers sender vi sagen til inkasso."
    assert any(f.rule == "tone.pres" for f in analyzer.analyze(debt).findings)


def test_a_refusal_announced_with_meddele_and_only_the_legal_test_has_no_reasons(analyzer):
    """'De meddeles afslag, idet betingelserne … ikke er opfyldt': the verb that announces the decision is no fact of the
    case (EVAL eval14 15 had no finding, while the same reason in du-form was a red error)."""
    text = ("Næstved Kommune\n\nAfgørelse om hjælp til flytning\n\nDe har søgt om hjælp til udgifter ved flytning.\n\n"
            "Kommunen meddeler Dem afslag på ansøgningen, idet betingelserne i aktivlovens § 85 ikke er opfyldt.\n\n"
            "De kan klage over afgørelsen til Ankestyrelsen inden 4 uger. Klagen sendes til kommunen.\n\n"
            "Med venlig hilsen\nJobcentret\nTlf. 55 88 55 88")
    assert any(f.rule == "struktur.begrundelse" for f in analyzer.analyze(text).findings)


def test_the_readers_feeling_of_being_overlooked_is_no_correction(analyzer):
    """'at du føler dig overset/misforstået' acknowledges the reader (TRÆK); 'Du har overset …' stays a correction
    (EVAL eval14 tone.tsv: a TRÆK sentence flagged at warning)."""
    heard = "Jeg har læst din klage, og jeg kan godt forstå, at du føler dig misforstået af os."
    assert not [f for f in analyzer.analyze(heard).findings if f.rule.startswith("tone.") and f.severity != "info"]
    blame = "Du har overset, at fristen var den 1. maj."
    assert any(f.rule.startswith("tone.") and f.severity == "warning" for f in analyzer.analyze(blame).findings)
