"""Kinds of letters from ELEMENTS' blind batch elements10 (2026-11-30, session 10): a bare refusal of the reader's
request is a decision however unsure its letter type, so missing klagevejledning is an error (as missing reasons
already were); a receipt of the reader's own complaint ("Tak for din klage af 3. marts … sender vi din klage videre,
hvis …") describes how that complaint is handled and needs no klagevejledning, while a reply to a complaint that
offers a new complaint is still judged; "Du får stadig ikke …" is a no. Every letter here is written for the test."""

from __future__ import annotations

from kinds_support import findings_of


def _severities(report, rule):
    return [f.severity for f in findings_of(report, rule)]


BARE_REFUSAL = """Kære Johan

Vi har fået din ansøgning om tilskud til et nyt køleskab.

Ansøgningen er afslået.

Venlig hilsen
Ydelseskontoret"""


def test_a_bare_refusal_of_a_request_lacks_klagevejledning_as_an_error(analyzer):
    # (a short letter: the type is detected with little confidence, which alone would make the check milder)
    report = analyzer.analyze(BARE_REFUSAL)
    assert report.letter_type == "afgoerelse" and report.letter_type_confidence < 0.5
    assert _severities(report, "struktur.klagevejledning") == ["error"]


def test_without_the_request_a_short_no_stays_as_unsure_as_before(analyzer):
    # no request named ("Det kan vi ikke hjælpe med" after a phone call): the type's own confidence decides
    text = """Kære Johan

Tak for snakken i telefonen i dag.

Vi kan ikke hjælpe med at flytte dit skur.

Venlig hilsen
Teknik og Miljø"""
    assert "error" not in _severities(analyzer.analyze(text), "struktur.klagevejledning")


COMPLAINT_RECEIPT = """Kære Preben Lund

Tak for din klage af 3. marts over vores afgørelse om afslag på befordringstilskud.

Vi ser på sagen igen i løbet af de næste fire uger. Giver vi dig ikke ret, sender vi din klage og sagens papirer videre til Ankestyrelsen. Du får besked fra os, når det sker.

Venlig hilsen
Lone Berg
Sagsbehandler, tlf. 44 77 20 00"""


def test_a_receipt_of_the_readers_complaint_needs_no_klagevejledning_even_typed_a_decision(analyzer):
    report = analyzer.analyze(COMPLAINT_RECEIPT, "afgoerelse")
    assert _severities(report, "struktur.klagevejledning") == []


def test_a_reply_to_a_complaint_that_offers_a_new_complaint_is_still_judged(analyzer):
    text = """Kære Preben Lund

Tak for din klage af 3. marts over vores afgørelse om dit befordringstilskud.

Vi har set på sagen igen. Vi har talt med din læge, og han siger, at du godt kan tage bussen til sygehuset.

Du kan klage over afgørelsen til Ankestyrelsen.

Venlig hilsen
Lone Berg
Sagsbehandler, tlf. 44 77 20 00"""
    # (the outcome is not said in words we know, so the check runs one step milder: a warning)
    assert _severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning") == ["warning"]


def test_a_no_with_an_adverb_between_is_a_refusal(analyzer):
    # "Du får stadig ikke …" after a complaint: the decision is kept, so incomplete guidance is judged at full weight
    text = """Kære Preben Lund

Tak for din klage af 3. marts over vores afgørelse om dit befordringstilskud.

Vi har set på sagen igen. Du får stadig ikke tilskud til taxa, fordi der kører en bus fra din adresse til sygehuset.

Du kan klage over afgørelsen til Ankestyrelsen.

Venlig hilsen
Lone Berg
Sagsbehandler, tlf. 44 77 20 00"""
    report = analyzer.analyze(text)
    assert report.letter_type == "afgoerelse"
    assert _severities(report, "struktur.klagevejledning") == ["error"]


# elements10b: a one-line letterhead with the postal address is the sender's address as the multi-line one is (a year
# on that line is no postcode); "Skriv endelig, hvis …" in a follow-up mail asks the reader to write back

ONE_LINE_HEAD = """Greve Kommune · Sundhed og Omsorg · Rådhusholmen 10 · 2670 Greve

Kære Hanne

Genbrugspladsen holder lukket den 5. juni, fordi vi bygger en ny rampe.

Venlig hilsen
Visitationen"""


def test_a_one_line_letterhead_with_a_postcode_is_a_contact_address(analyzer):
    # (since session 13 a postal address alone is a contact only for a hint: info, never a warning)
    assert _severities(analyzer.analyze(ONE_LINE_HEAD, "information"), "struktur.kontakt") in ([], ["info"])


def test_a_year_in_a_one_line_letterhead_is_no_postcode(analyzer):
    text = ONE_LINE_HEAD.replace("Greve Kommune · Sundhed og Omsorg · Rådhusholmen 10 · 2670 Greve",
                                 "Greve Kommune · Sundhed og Omsorg · 3. december 2026 Side 1")
    assert _severities(analyzer.analyze(text, "information"), "struktur.kontakt") == ["warning"]


def test_skriv_endelig_hvis_in_a_mail_is_a_way_to_answer(analyzer):
    text = """Hej Bo

Som aftalt i telefonen sender du kopien af dit sygesikringsbevis til os, og så bestiller vi et nyt til dig.

Skriv gerne, hvis du ikke kan finde det.

Vh
Ida
Borgerservice"""
    assert _severities(analyzer.analyze(text, "kvittering"), "struktur.kontakt") == []
    without = text.replace("Skriv gerne, hvis du ikke kan finde det.\n\n", "")
    assert _severities(analyzer.analyze(without, "kvittering"), "struktur.kontakt") == ["warning"]


# elements10 (11): a named writer's reply to the reader's mail can be answered by replying: a missing phone or mail is a
# hint there; a unit's reply ("vi", signed "Park og Vej"), a first person only in the subject line, and a reply that
# refuses answers keep the warning

REPLY_BY_A_PERSON = """Hej Frida

Tak for din mail om lyset på stien ved søen.

Jeg har talt med vores driftsfolk. Lampen bliver skiftet på torsdag, og indtil da sætter de en lygte op ved bænken.

Venlig hilsen
Ole Dahl
Teamleder, Park og Vej"""


def test_a_named_writers_reply_to_the_readers_mail_has_a_contact_hint_not_a_warning(analyzer):
    assert _severities(analyzer.analyze(REPLY_BY_A_PERSON, "klagesvar"), "struktur.kontakt") == ["info"]


def test_a_units_reply_in_the_plural_keeps_the_warning(analyzer):
    text = REPLY_BY_A_PERSON.replace("Jeg har talt", "Vi har talt").replace("Ole Dahl\nTeamleder, Park og Vej", "Park og Vej")
    assert _severities(analyzer.analyze(text, "klagesvar"), "struktur.kontakt") == ["warning"]


def test_a_first_person_only_in_the_subject_line_is_not_the_writer(analyzer):
    text = "Emne: Sv: Må jeg få en ny lampe?\n\n" + REPLY_BY_A_PERSON.replace("Jeg har talt", "Vi har talt").replace(
        "Ole Dahl\nTeamleder, Park og Vej", "Park og Vej")
    assert _severities(analyzer.analyze(text, "klagesvar"), "struktur.kontakt") == ["warning"]


def test_a_reply_that_refuses_answers_keeps_the_warning(analyzer):
    text = REPLY_BY_A_PERSON.replace("Venlig hilsen", "Mailen kan ikke besvares.\n\nVenlig hilsen")
    assert _severities(analyzer.analyze(text, "klagesvar"), "struktur.kontakt") == ["warning"]


# elements10d: a letter to everyone about a new rule, whose decisions come later with their own guidance ("I brevet
# står, hvordan du kan klage"), needs none now; a consequence under a condition ("Hvis vi ikke får dem, kan vi ikke give
# dig boligstøtte") is no refusal

RULE_CHANGE = """Kære alle borgere i kommunen

Fra 1. april ændres reglerne for hjælp til indkøb. Byrådet har besluttet, at indkøb som udgangspunkt sker en gang om ugen i stedet for to gange.

Får du i dag hjælp til indkøb, får du et brev fra os med en ny afgørelse inden 1. april. I brevet står, hvordan du kan klage.

Med venlig hilsen
Ældre og Sundhed
Tlf. 44 44 44 44"""


def test_a_rule_change_to_everyone_with_decisions_to_come_needs_no_klagevejledning(analyzer):
    assert _severities(analyzer.analyze(RULE_CHANGE, "afgoerelse"), "struktur.klagevejledning") == []


def test_the_same_guidance_to_one_reader_is_still_judged(analyzer):
    text = RULE_CHANGE.replace("Kære alle borgere i kommunen", "Kære Inge").replace(
        "Får du i dag hjælp til indkøb, får du et brev fra os med en ny afgørelse inden 1. april. I brevet står, hvordan du kan klage.",
        "Du får derfor indkøb en gang om ugen fra 1. april. Du kan klage over afgørelsen.")
    assert "error" in _severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning")


def test_a_consequence_under_a_condition_is_no_refusal(analyzer):
    from borgertekst.klageadgang import load_routes

    routes = load_routes()
    assert routes.outcome("Vi mangler din lønseddel. Hvis vi ikke får den, kan vi ikke give dig boligstøtte fra januar.") is None
    assert routes.outcome("Vi har set på din ansøgning. Vi kan ikke give dig boligstøtte, fordi din indkomst er for høj.") == "afslag"


# LTYPE's blind notes (ltype10b/c): guidance without the word "klage" ("Er du uenig, kan du skrive til os inden 4 uger, så
# kigger vi på det igen") is guidance to judge, not missing (its missing appeal body named); a change of class at a named
# school is the folkeskole area: a warning to check, not a red error

def test_guidance_without_the_word_klage_is_read_as_guidance(analyzer):
    text = """Hej Søren

Du har søgt om tilskud til en ny cykel til din datter.

Vi kan desværre ikke give dig tilskud, fordi jeres indkomst er over grænsen på 350.000 kr. om året.

Er du uenig, kan du skrive til os inden 4 uger, så kigger vi på det igen.

Hilsen
Ydelseskontoret, tlf. 44 44 44 44"""
    found = findings_of(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning")
    assert [f.severity for f in found] == ["error"]
    assert "ikke komplet" in found[0].message and "fristen" not in found[0].message


def test_a_refused_change_of_class_is_the_folkeskole_area(analyzer):
    text = """Kære Lise og Kim

Tak for jeres ansøgning om, at Ella kan skifte til 4.A på Bakkeskolen.

Vi kan desværre ikke tilbyde Ella en plads, fordi der allerede går 28 elever i klassen.

I kan klage over afgørelsen til kommunen inden 4 uger. Skriv til skole@kommune.dk.

Venlig hilsen
Skoleafdelingen"""
    found = findings_of(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning")
    assert [f.severity for f in found] == ["warning"] and "folkeskolen" in found[0].message


# elements10e: "Klagevejledning følger som bilag" points to an attachment; a request made by phone ("Du spurgte mig i
# telefonen i går, om …") makes a no a decision as surely as an application; a cancelled charge is what the reader asked for

def test_guidance_that_follows_as_an_attachment_is_not_judged(analyzer):
    text = """Kære Anders

Du har søgt om hjælp til et kursus. Vi kan ikke give dig hjælp, fordi kurset ikke fører til et job, du kan få.

Klagevejledning følger som bilag.

Venlig hilsen
Jobcentret, tlf. 44 44 44 44"""
    assert _severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning") == []


def test_a_request_made_by_phone_makes_a_short_no_a_sure_decision(analyzer):
    text = """Kære Dorte

Du spurgte mig i telefonen i går, om kommunen kan betale for en ny seng.

Vi kan desværre ikke betale for en ny seng, fordi din seng har den rigtige højde.

Mange hilsner
Kirsten
Tlf. 87 87 87 87"""
    assert _severities(analyzer.analyze(text), "struktur.klagevejledning") == ["error"]


def test_a_cancelled_charge_is_a_grant(analyzer):
    from borgertekst.klageadgang import load_routes

    routes = load_routes()
    assert routes.outcome("Du skal ikke betale for oktober. Vi har annulleret regningen på 360 kr.") == "bevilling"
    assert routes.outcome("Hvis vi har annulleret regningen, får du besked.") is None


# elements10g: "Vurderingen er foretaget på baggrund af de foreliggende oplysninger" says nothing about the case
# ("foretaget" is a word of the procedure, like "truffet")

def test_an_assessment_made_on_the_information_at_hand_is_no_reason(analyzer):
    text = """Kære Anja

Kommunen har efter en konkret og individuel vurdering besluttet at give afslag på din ansøgning om hjælp til tandbehandling, jf. § 82.

Vurderingen er foretaget på baggrund af de foreliggende oplysninger.

Du kan klage over afgørelsen inden 4 uger. Klagen sendes til Ydelsesafdelingen, som genvurderer sagen og sender den til Ankestyrelsen, hvis afgørelsen fastholdes.

Venlig hilsen
Ydelsesafdelingen, tlf. 44 44 44 44"""
    assert _severities(analyzer.analyze(text, "afgoerelse"), "struktur.begrundelse") == ["error"]
    with_fact = text.replace("Vurderingen er foretaget på baggrund af de foreliggende oplysninger.",
                             "Vi har lagt vægt på, at din tandlæge skriver, at behandlingen kan vente til næste år.")
    assert _severities(analyzer.analyze(with_fact, "afgoerelse"), "struktur.begrundelse") == []


# PANEL's notes (panel10b): a complaint reply that grants in full after reconsidering names the earlier refusal
# ("Vi har modtaget Deres klage over afgørelsen om afslag …"): that refusal is what the complaint is about, not a new
# no; a benefit that lapses ("Deres kontanthjælp bortfalder fra …") is a stop, a permit's condition is not

def test_the_refusal_a_complaint_is_about_is_no_new_refusal(analyzer):
    text = """Kære Henrik

Vi har modtaget din klage over afgørelsen om afslag på tilskud til briller.

Vi har set på sagen igen sammen med din nye kontoudskrift. Du får derfor tilskud til hele regningen på 2.800 kr.

Har du spørgsmål, kan du ringe til os på 45 45 45 45.

Venlig hilsen
Ydelsesteamet"""
    assert _severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning") == []


def test_a_benefit_that_lapses_is_a_stop_but_a_permits_condition_is_not(analyzer):
    from borgertekst.klageadgang import load_routes

    routes = load_routes()
    assert routes.outcome("Din kontanthjælp bortfalder fra den 1. januar, fordi du er begyndt i fuldtidsarbejde.") == "afslag"
    assert routes.outcome("Du får tilladelsen. Tilladelsen bortfalder, hvis byggeriet ikke er begyndt inden et år.") == "bevilling"


# LTYPE's blind ltype10h (lead, after ELEMENTS had finished): a yes to what the reader asked, where an activity pauses
# while the money goes on, was read as partial ("på pause" = a stop) and got a red klagevejledning error
PAUSE_WITH_PAY = """Hej Signe

Du må gerne tage på kursus i uge 12, selv om du er i praktik. Din praktik bliver sat på pause den uge, og du får \
din ydelse som normalt.

Hilsen
Jonas, Jobcenter Vesthavn"""


def test_a_pause_while_the_money_goes_on_is_no_stop(analyzer):
    report = analyzer.analyze(PAUSE_WITH_PAY)
    assert "error" not in _severities(report, "struktur.klagevejledning")
    assert not findings_of(report, "struktur.begrundelse")


def test_a_pause_of_the_money_is_still_a_stop(analyzer):
    text = PAUSE_WITH_PAY.replace("Din praktik bliver sat på pause den uge, og du får din ydelse som normalt.",
                                  "Din ydelse bliver sat på pause fra den uge.")
    report = analyzer.analyze(text)
    assert _severities(report, "struktur.klagevejledning") == ["error"]
