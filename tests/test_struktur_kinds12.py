"""Kinds of letters from ELEMENTS' blind work in session 12 (2026-11-30/12-01) and EVAL's eval11 notes: an order said
without the word "påbud" ("Den skal klippes … Gør du det ikke, klipper vi den selv og sender regningen til dig") is a
decision against the reader, so a missing klagevejledning is an error; a system refusal whose only other sentences are
its own notices ("Dette brev er dannet automatisk og kan ikke besvares", "Spørgsmål kan rettes til …") gives no reasons,
so the missing reasons are an error. Every letter here is written for the test."""

from __future__ import annotations

from kinds_support import findings_of


def _severities(report, rule):
    return [f.severity for f in findings_of(report, rule)]


PLAIN_ORDER = """Hej

Træerne i dit skel mod Engstien hænger så langt ud, at cyklister må bukke sig. De skal skæres ned til 2,5 meters højde.

Det skal være gjort senest den 20. januar. Gør du det ikke, skærer vi dem selv og sender regningen til dig.

Mvh
Park og Vej, Vestby Kommune"""


def test_an_order_enforced_at_the_readers_cost_needs_klagevejledning_at_error(analyzer):
    # (the letter type is given: whether a letter this short is a decision is the type detector's question)
    assert _severities(analyzer.analyze(PLAIN_ORDER, "afgoerelse"), "struktur.klagevejledning") == ["error"]


HEDGE_ORDER = """Hej

Din hæk mod Skolestien er vokset langt ud over stien. Den skal klippes tilbage til skel.

Det skal være gjort inden den 20. januar. Gør du det ikke, klipper vi den selv og sender regningen til dig.

Mvh
Park og Vej, Vestby Kommune"""


def test_an_order_enforced_at_the_readers_cost_is_sure_when_read_as_a_decision(analyzer):
    # read as a decision with little confidence: the order itself makes it sure, as an own-motion cut does
    report = analyzer.analyze(HEDGE_ORDER)
    assert report.letter_type == "afgoerelse" and report.letter_type_confidence < 0.6
    assert _severities(report, "struktur.klagevejledning") == ["error"]


def test_the_same_duty_told_to_everyone_is_no_sure_decision(analyzer):
    # a rule told to all owners in a condition about anyone, with no dated order to this reader
    text = """Kære grundejer

Som grundejer skal du holde fortovet ud for din ejendom ryddet for sne. Det skal ske senest kl. 7 på hverdage.

Hvis fortovet ikke bliver ryddet, kan kommunen lade arbejdet udføre for din regning.

Venlig hilsen
Vej og Park, Vestby Kommune"""
    assert "error" not in _severities(analyzer.analyze(text), "struktur.klagevejledning")


def test_a_notice_of_an_order_to_come_is_no_order(analyzer):
    text = """Til grundejeren, Skovvej 4

Beplantningen på Deres ejendom hænger ud over cykelstien. Den skal være skåret tilbage senest 15. december.

Dette brev er et varsel. Er beskæringen ikke foretaget inden fristen, vil kommunen udstede påbud efter vejlovens § 87 og lade arbejdet udføre for Deres regning.

Vej og Trafik, Vestby Kommune"""
    assert "error" not in _severities(analyzer.analyze(text), "struktur.klagevejledning")


SYSTEM_REFUSAL = """AFGØRELSE

Sagsnr.: 2026-0001
Ydelse: Hjælp til briller

Resultat: Afslag

Ansøgningen er behandlet og afslået.

Spørgsmål kan rettes til Borgerservice på tlf. 70 00 00 00.

Dette brev er dannet automatisk og kan ikke besvares.

Vestby Kommune"""


def test_a_system_refusal_with_only_its_own_notices_lacks_reasons_at_error(analyzer):
    assert _severities(analyzer.analyze(SYSTEM_REFUSAL), "struktur.begrundelse") == ["error"]


def test_a_system_refusal_with_a_reason_field_has_reasons(analyzer):
    text = SYSTEM_REFUSAL.replace("Ansøgningen er behandlet og afslået.",
                                  "Ansøgningen er behandlet og afslået.\n\nBegrundelse: Din indkomst er 31.000 kr. om "
                                  "måneden, og grænsen er 24.000 kr.")
    assert _severities(analyzer.analyze(text), "struktur.begrundelse") == []


# --- elements12b


def test_a_complaint_sent_via_the_job_centre_says_how_to_complain(analyzer):
    text = """Afslag på hjælp til flytning

Du har søgt om hjælp til flytteudgifter. Du får afslag, fordi du flytter til en bolig, der er dyrere end den, du har nu, og du ikke har fået arbejde i den nye by.

Du kan klage til Ankestyrelsen via Jobcenter Vestby inden 4 uger.

Jobcenter Vestby
Tlf. 70 00 00 00"""
    assert _severities(analyzer.analyze(text), "struktur.klagevejledning") == []


def test_no_longer_meeting_the_conditions_is_no_reason(analyzer):
    text = """Kære Lone Berg

Afgørelse om sygedagpenge

Vi stopper dine sygedagpenge fra den 1. februar.

Det skyldes, at du ikke længere opfylder betingelserne for at få sygedagpenge efter sygedagpengelovens § 7.

Du kan klage over afgørelsen til Ankestyrelsen. Send klagen til Jobcenter Vestby inden 4 uger efter, du har modtaget afgørelsen.

Med venlig hilsen
Jobcenter Vestby
Tlf. 70 00 00 00"""
    assert _severities(analyzer.analyze(text), "struktur.begrundelse") == ["error"]


def test_a_refused_free_pool_card_is_no_sure_appealable_decision(analyzer):
    # the municipality's own leisure facility: no administrative appeal, so no red "missing klagevejledning"
    text = """Afslag på gratis adgang til svømmehallen

Du har søgt om gratis adgang til svømmehallen for dig og dine børn.

Vi kan ikke give dig gratis adgang. Kommunen har ingen ordning med gratis adgang for enkeltpersoner, men du kan købe et familiekort til halv pris.

Venlig hilsen
Kultur og Fritid, Vestby Kommune
kultur@vestby.dk"""
    assert "error" not in _severities(analyzer.analyze(text), "struktur.klagevejledning")


def test_evidence_named_after_its_verb_gives_reasons(analyzer):
    text = """Afgørelse om kontrolafgift

Du har gjort indsigelse mod kontrolafgiften på 510 kr. for parkering på Torvet den 3. marts.

Vi fastholder afgiften. Bilen holdt i 2 timer i en zone med 1 times parkering. Det viser parkeringsvagtens fotos, som er vedlagt.

Afgiften kan ikke påklages til en anden myndighed. Er du fortsat uenig, kan du lade sagen prøve ved domstolene.

Med venlig hilsen
Parkeringskontrollen, Vestby Kommune
Tlf. 70 00 00 00"""
    assert _severities(analyzer.analyze(text), "struktur.begrundelse") == []


# --- elements12c


def test_a_statement_to_the_authority_that_decides_needs_no_klagevejledning(analyzer):
    text = """Kære Ida Sand

Du har søgt om handicaptillæg til din SU. Kommunen har sendt en udtalelse om din funktionsevne til Uddannelses- og Forskningsstyrelsen, som træffer afgørelsen. Styrelsen sender dig svar direkte.

Med venlig hilsen
Jobcenter Vestby
Tlf. 70 00 00 00"""
    assert _severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning") == []


def test_a_mail_from_the_authoritys_own_address_can_be_answered(analyzer):
    text = """Til: Thomas Bjerre
Fra: Byggesag, Vestby Kommune <byggesag@vestby.dk>
Emne: Manglende oplysninger

Hej Thomas

Vi mangler en tegning af facaden, før vi kan behandle din ansøgning om tilbygning. Send den til os senest den 15. december.

Mvh
Amalie Kristensen
Byggesagsbehandler"""
    assert _severities(analyzer.analyze(text, "information"), "struktur.kontakt") == []


def test_a_mail_header_naming_the_reader_or_a_no_reply_sender_is_still_no_channel(analyzer):
    reader = """Til: Thomas Bjerre <thomas@example.dk>
Fra: Vestby Kommune <noreply@vestby.dk>
Emne: Genbrugspladsen

Kære Thomas

Genbrugspladsen holder lukket den 5. juni.

Venlig hilsen
Teknik og Miljø"""
    assert _severities(analyzer.analyze(reader, "information"), "struktur.kontakt") == ["warning"]


def test_a_mail_from_the_authority_that_refuses_enquiries_gives_no_channel(analyzer):
    text = """Fra: Vestby Kommune – Ydelsesteamet <ydelse@vestby.dk>
Til: Morten Skov
Emne: Ændret udbetaling

Kære modtager af ydelse

Udbetalingsdatoen ændres fra januar, så ydelsen udbetales den sidste bankdag i måneden.

Henvendelser om ændringen vil ikke blive behandlet individuelt.

Med venlig hilsen
Vestby Kommune"""
    assert _severities(analyzer.analyze(text, "information"), "struktur.kontakt") == ["warning"]


# --- notes from LTYPE and LEAD (session 12)


def test_what_the_scheme_covers_and_not_is_the_reason(analyzer):
    text = """Hej Sanne

Tak for din ansøgning om tilskud til fodboldstøvler til din søn.

Vi kan desværre ikke give tilskud til det. Fritidspuljen dækker kontingent til foreningen, men ikke tøj og udstyr.

Du kan klage over afgørelsen til Ankestyrelsen. Send klagen til os inden 4 uger efter, du har fået dette brev.

Venlig hilsen
Fritid, Vestby Kommune
fritid@vestby.dk"""
    assert _severities(analyzer.analyze(text), "struktur.begrundelse") == []


def test_a_yes_said_with_a_pronoun_is_a_full_grant(analyzer):
    text = """Kære Poul

Vi har nu behandlet din ansøgning om en rollator, og du kan få den. Du får rollatoren, fordi vores terapeut så ved besøget, at du går usikkert og har brug for noget at støtte dig til.

Hjælpemiddeldepotet bringer den ud i næste uge.

Venlig hilsen
Hjælpemidler, Vestby Kommune
Tlf. 70 00 00 00"""
    report = analyzer.analyze(text)
    assert _severities(report, "struktur.klagevejledning") == []
    assert _severities(report, "struktur.naeste-skridt") == []  # the delivery next week is the next step


def test_a_support_person_given_is_a_grant_and_a_meeting_in_a_month_a_next_step(analyzer):
    text = """Kære Lene og Jakob

Vi har behandlet jeres ansøgning om støtte til Emma i skolen. Emma får en støttepædagog i 10 timer om ugen fra 1. september, fordi PPR har vurderet, at hun har brug for hjælp i overgangene.

Vi holder et opfølgende møde med jer og klasselæreren i oktober. I får en indkaldelse.

Venlig hilsen
Skoleafdelingen, Vestby Kommune
Tlf. 70 00 00 00"""
    report = analyzer.analyze(text)
    assert _severities(report, "struktur.klagevejledning") == []
    assert _severities(report, "struktur.naeste-skridt") == []



def test_a_service_given_as_asked_is_a_full_grant(analyzer):
    text = """Kære Grethe

Din bevilling af madservice

Du får madservice med levering af varm mad alle ugens dage fra mandag den 14. december, som du har søgt om. Maden kommer mellem kl. 11 og 13.

Du betaler 58 kr. pr. hovedret. Beløbet bliver trukket over din pension.

Venlig hilsen
Madservice, Vestby Kommune
Tlf. 70 00 00 00"""
    assert _severities(analyzer.analyze(text), "struktur.klagevejledning") == []


def test_a_rule_said_in_words_is_no_sure_missing_reason_but_a_restated_test_is(analyzer):
    base = """Afgørelse

Din ansøgning om ledsageordning er afslået, {why}

Du kan klage over afgørelsen. Klagen sendes til kommunen inden 4 uger efter, du har modtaget afgørelsen. Kommunen genvurderer sagen, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen.

Spørgsmål kan rettes til sagsbehandleren på 70 00 00 00.

Handicap og Psykiatri"""
    rule = base.format(why="da ledsageordning kun kan gives til personer under 67 år, jf. servicelovens § 97.")
    assert _severities(analyzer.analyze(rule, "afgoerelse"), "struktur.begrundelse") == ["warning"]
    test = base.format(why="da betingelserne i servicelovens § 97 ikke er opfyldt.")
    assert _severities(analyzer.analyze(test, "afgoerelse"), "struktur.begrundelse") == ["error"]
