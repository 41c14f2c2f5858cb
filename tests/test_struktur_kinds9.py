"""Kinds of letters from ELEMENTS' blind batch elements9/a (2026-11-30, session 9): an e-mail header's addresses
are no contact channel, nor is a reply the letter refuses ("Der kan ikke rettes henvendelse ved at svare på
mailen"), nor a no-reply sender in Danish ("ingen-svar@"); a hall-time refusal to a club is the no-appeal
folkeoplysning area; home help that stops because the reader moves into a care home whose staff give the help
is no cut (decided: no klagevejledning needed); an order to take part in an activation offer is a burden, and
"Udebliver du uden rimelig grund, kan det …" is the consequence warned of, not its reasons; a rule's reach said
against the reader's need ("§ 112 dækker det, du har brug for") is a reason; English next steps in a grant.
Every letter here is written for the test."""

from __future__ import annotations

from kinds_support import findings_of

SEVERE = ("warning", "error")


def _severities(report, rule):
    return [f.severity for f in findings_of(report, rule)]


NO_REPLY_MAIL = """Fra: Skolekontoret – Esbjerg Kommune <ingen-svar@esbjerg.dk>
Til: karsten.holm@post.dk
Emne: Manglende betaling for SFO

Kære Karsten Holm

Vi har ikke modtaget betalingen for SFO-pladsen i september. Beløbet er 1.890 kr.

Du bedes betale senest den 1. oktober. Ellers sender vi kravet til inddrivelse.

Denne besked er sendt automatisk. Der kan ikke rettes henvendelse ved at svare på mailen.

Med venlig hilsen
Skolekontoret"""


def test_a_no_reply_mail_that_refuses_replies_has_no_contact_channel(analyzer):
    report = analyzer.analyze(NO_REPLY_MAIL, "information")
    assert "warning" in _severities(report, "struktur.kontakt")


def test_a_channel_in_the_body_of_the_same_mail_still_counts(analyzer):
    text = NO_REPLY_MAIL.replace("Med venlig hilsen", "Har du spørgsmål, så ring til os på 76 16 16 16.\n\nMed venlig hilsen")
    report = analyzer.analyze(text, "information")
    assert _severities(report, "struktur.kontakt") == []


def test_a_header_from_address_alone_is_no_channel_but_a_signature_address_is(analyzer):
    header_only = """Fra: Lise Holm <lise.holm@viborg.dk>
Til: Jens Mikkelsen <jens@mail.dk>
Emne: Din ansøgning om ledsagelse

Kære Jens

Vi har fået din ansøgning om ledsagelse. Du hører fra os inden tre uger.

Venlig hilsen
Lise Holm"""
    assert "warning" in _severities(analyzer.analyze(header_only, "kvittering"), "struktur.kontakt")
    signed = header_only.replace("Venlig hilsen\nLise Holm", "Venlig hilsen\nLise Holm\nlise.holm@viborg.dk")
    assert _severities(analyzer.analyze(signed, "kvittering"), "struktur.kontakt") == []


HALL_TIME_REFUSAL = """Til Taastrup Badmintonklub

Ønske om haltider i Taastrup Idrætscenter

Kultur- og fritidsafdelingen har behandlet klubbens ønske om to ekstra baner lørdag formiddag.

Vi kan ikke give jer tiderne. Efter kommunens regler for fordeling af lokaler går hold for børn og unge forud, og lørdag formiddag er allerede fordelt til ungdomshold.

Klagevejledning
I kan klage til Ankestyrelsen inden 4 uger. Send klagen til fritid@htk.dk.

Venlig hilsen
Kultur og Fritid"""


def test_guidance_to_an_appeal_body_on_a_hall_time_refusal_is_flagged(analyzer):
    # folkeoplysningsloven: no administrative appeal; the area is known from its words only, so not an error
    sev = _severities(analyzer.analyze(HALL_TIME_REFUSAL, "afgoerelse"), "struktur.klagevejledning")
    assert sev and "error" not in sev


MOVE_TO_CARE_HOME = """Kære Ejnar Bak

Du flytter den 1. juni ind i en plejebolig på Egebakken. Fra den dag får du al hjælp af personalet på Egebakken, og derfor stopper din hjemmehjælp den 31. maj.

Vi sender besked til Egebakken om den hjælp, du har i dag.

Venlig hilsen
Visitationen
Tlf. 12 34 56 78"""


def test_home_help_that_stops_on_moving_into_a_care_home_needs_no_klagevejledning(analyzer):
    report = analyzer.analyze(MOVE_TO_CARE_HOME, "afgoerelse")
    assert "error" not in _severities(report, "struktur.klagevejledning")


def test_home_help_that_stops_without_a_move_still_needs_klagevejledning(analyzer):
    text = MOVE_TO_CARE_HOME.replace(
        "Du flytter den 1. juni ind i en plejebolig på Egebakken. Fra den dag får du al hjælp af personalet på "
        "Egebakken, og derfor stopper din hjemmehjælp den 31. maj.",
        "Din hjemmehjælp stopper den 31. maj, fordi du nu selv kan klare rengøringen.")
    report = analyzer.analyze(text, "afgoerelse")
    assert "error" in _severities(report, "struktur.klagevejledning")


ACTIVATION_ORDER = """Afgørelse om tilbud

Du skal deltage i virksomhedspraktik hos Bygma, Industrivej 4, i 8 uger fra mandag den 3. marts, 25 timer om ugen.

Mødetid den første dag er kl. 7.30. Du skal melde dig hos lagerformand Preben.

Udebliver du uden rimelig grund, kan det få betydning for din ydelse.

Du kan klage over afgørelsen til Ankestyrelsen. Klagen skal sendes til Jobcenter Thisted inden 4 uger."""


def test_an_activation_order_without_reasons_is_flagged(analyzer):
    report = analyzer.analyze(ACTIVATION_ORDER, "afgoerelse")
    assert set(_severities(report, "struktur.begrundelse")) & set(SEVERE)


def test_an_activation_order_with_reasons_is_not_flagged(analyzer):
    text = ACTIVATION_ORDER.replace(
        "Mødetid", "Vi har valgt praktikken, fordi du har fortalt, at du gerne vil arbejde med lager, og du har kørekort til truck.\n\nMødetid")
    report = analyzer.analyze(text, "afgoerelse")
    assert _severities(report, "struktur.begrundelse") == []


RULE_REACH = """Kære Inge Lund

Du har søgt om en ekstra rollator, som kan stå i din kolonihave.

Du har allerede en rollator, og vi kan ikke give dig en til. Servicelovens § 112 dækker det, du har brug for i din daglige tilværelse, og du kan tage din rollator med i kolonihaven.

Du kan klage inden 4 uger. Skriv til os på hjaelpemidler@kommune.dk. Vi ser på sagen igen og sender den til Ankestyrelsen, hvis vi fastholder afgørelsen.

Venlig hilsen
Hjælpemiddelteamet"""


def test_a_rule_reach_said_against_the_readers_need_is_a_reason(analyzer):
    report = analyzer.analyze(RULE_REACH, "afgoerelse")
    assert _severities(report, "struktur.begrundelse") == []


ENGLISH_GRANT = """Hi Lena,

Good news - your application for support for Emil's swimming club is approved. The kommune pays the fee of 900 kr. directly to the club.

Emil can start as soon as the club has his papers.

Best regards
Jonas, Familieafdelingen"""


def test_english_next_steps_in_a_grant_get_no_hint(analyzer):
    report = analyzer.analyze(ENGLISH_GRANT, "afgoerelse")
    assert _severities(report, "struktur.naeste-skridt") == []


# Round 2 (elements9/b): a reply mail that asks for an answer, the legal test in the passive, the care-home move said
# by who helps there, and a reconsideration that keeps the decision in other words.

REPLY_MAIL = """Fra: Jonas Krag <jokr@slagelse.dk>
Til: Ulla Winther
Emne: SV: Hjælp til indkøb

Hej Ulla

Jeg har bestilt indkøbsordningen til dig fra næste uge. Varerne kommer om torsdagen.

Hvis der er noget, der ikke passer, så svar mig her.

Venlig hilsen
Jonas Krag"""


def test_a_reply_mail_that_asks_for_an_answer_gives_a_channel(analyzer):
    assert _severities(analyzer.analyze(REPLY_MAIL, "information"), "struktur.kontakt") == []
    refused = REPLY_MAIL.replace("Hvis der er noget, der ikke passer, så svar mig her.", "Du kan ikke svare på denne mail.")
    assert "warning" in _severities(analyzer.analyze(refused, "information"), "struktur.kontakt")


def test_the_legal_test_in_the_passive_is_no_reason(analyzer):
    text = """Vedr. ansøgning om merudgifter

Kommunen har behandlet Deres ansøgning om dækning af merudgifter.

Ansøgningen kan ikke imødekommes, idet betingelserne i servicelovens § 100 ikke anses for opfyldt.

De kan klage til Ankestyrelsen. Klagen sendes til Socialafdelingen inden 4 uger.

Med venlig hilsen
Socialafdelingen
Tlf. 12 34 56 78"""
    assert set(_severities(analyzer.analyze(text, "afgoerelse"), "struktur.begrundelse")) & set(SEVERE)


def test_a_care_home_move_said_by_who_helps_there_needs_no_klagevejledning(analyzer):
    text = """Kære Poul

Du har sagt ja til en bolig på Plejecenter Lyngbo. Når du er flyttet, sørger plejecentrets medarbejdere for din mad og din pleje.

Derfor stopper din madservice fra den 1. marts.

Venlig hilsen
Visitationen
Tlf. 12 34 56 78"""
    assert "error" not in _severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning")


def test_no_ground_to_change_the_decision_is_an_upheld_refusal():
    from borgertekst.klageadgang import load_routes

    routes = load_routes()
    assert routes.outcome("Vi har genvurderet sagen, men har ikke fundet grundlag for at ændre afgørelsen.") == "afslag"
    assert routes.outcome("Vi har genvurderet sagen og har ændret afgørelsen, så du får hjælpen.") != "afslag"


# Round 3 (elements9/c): a stop the reader asked for, a grant smaller than the sum asked for said with figures only,
# next steps as a "Frist:" field, a delivery in the passive and "Fra mandag får …".


def test_a_stop_the_reader_asked_for_needs_no_klagevejledning(analyzer):
    text = """Kære Jytte

Du ringede til os og bad os stoppe din madservice, fordi din søn nu laver mad til dig. Som aftalt stopper madservicen fra den 1. november.

Venlig hilsen
Visitationen
Tlf. 12 34 56 78"""
    assert _severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning") == []
    refused = text.replace("Som aftalt stopper madservicen fra den 1. november.",
                           "Din madservice stopper fra den 1. november, fordi du nu selv kan varme maden.").replace(
        "Du ringede til os og bad os stoppe din madservice, fordi din søn nu laver mad til dig. ", "")
    assert "error" in _severities(analyzer.analyze(refused, "afgoerelse"), "struktur.klagevejledning")


def test_a_grant_smaller_than_the_sum_asked_for_is_partial():
    from borgertekst.klageadgang import load_routes

    routes = load_routes()
    asked = "Du har søgt om dækning af merudgifter på i alt 2.300 kr. om måneden. "
    assert routes.outcome(asked + "Vi har besluttet at dække 900 kr. om måneden.", amounts=True) == "delvis"
    assert routes.outcome(asked + "Vi har besluttet at dække 2.300 kr. om måneden.", amounts=True) != "delvis"


def test_a_deadline_field_a_passive_delivery_and_from_monday_are_next_steps(analyzer):
    for kind, text in (
        ("afgoerelse", "Påbud\n\nVi påbyder dig at fjerne bilerne fra grunden, fordi de lækker olie.\n\nFrist: 01.06.2027\n\n"
                       "Klage: Du kan klage til Miljø- og Fødevareklagenævnet via Klageportalen inden 4 uger.\n\nTlf. 12 34 56 78"),
        ("afgoerelse", "Hej Anna, din toiletforhøjer er bevilget og bliver bragt ud torsdag formiddag. Mvh Depotet, 12 34 56 78"),
        ("klagesvar", "Hej Sabrina\n\nDu har ret. Fra mandag får Oliver glutenfri kost i vuggestuen.\n\nHilsen\nDagtilbud\nTlf. 12 34 56 78"),
    ):
        assert _severities(analyzer.analyze(text, kind), "struktur.naeste-skridt") == [], text


# Round 4 (elements9/d): a cut said with the old and the new sum only, money paid out on a day, an English date to act by.


def test_a_cut_said_with_the_old_and_new_sum_is_a_cut():
    from borgertekst.klageadgang import load_routes

    routes = load_routes()
    text = "Vi har genberegnet din boligstøtte. Fra 1. maj får du 820 kr. om måneden. Før fik du 1.640 kr."
    assert routes.outcome(text, amounts=True) == "afslag"
    more = "Vi har genberegnet din boligstøtte. Fra 1. maj får du 1.900 kr. om måneden. Før fik du 1.640 kr."
    assert routes.outcome(more, amounts=True) != "afslag"


def test_a_cut_said_with_sums_only_needs_klagevejledning(analyzer):
    text = """Din boligstøtte er ændret

Vi har genberegnet din boligstøtte, fordi din husstandsindkomst er steget.

Fra 1. maj får du 820 kr. om måneden. Før fik du 1.640 kr.

Med venlig hilsen
Udbetaling Danmark
Tlf. 12 34 56 78"""
    assert set(_severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning")) & set(SEVERE)


def test_money_paid_out_on_a_day_and_an_english_date_to_act_by_are_next_steps(analyzer):
    for kind, text in (
        ("klagesvar", "Hej Benny\n\nDu har ret. Vi har rettet det, og du får de manglende 312 kr. udbetalt på fredag.\n\nHilsen\nPia\nTlf. 12 34 56 78"),
        ("afgoerelse", "Hi Daniel,\n\nThe answer is no, because the lokalplan does not allow containers. We ask you to remove it before 1 May 2027.\n\n"
                       "You can complain to Planklagenævnet via Klageportalen within 4 weeks.\n\nBest regards\nPlan, tel. 12 34 56 78"),
    ):
        assert _severities(analyzer.analyze(text, kind), "struktur.naeste-skridt") == [], text


# Other engineers' blind kinds (WORDS words8, LTYPE ltype8b, 14:13-14:52): a decision kept and already sent on to the
# appeal body, written to the union that asked for it, needs no guidance; "stille … i bero" asked of someone else is no
# pause of the reader's case; English guidance with "may complain to the … Complaints Board"; "Ja, det kan du." is a yes.


def test_a_kept_decision_already_sent_to_the_appeal_body_needs_no_klagevejledning(analyzer):
    text = """3F Vestjylland
Att.: faglig sekretær Lis Holm

Svar vedrørende jeres medlem Per Krog

Tak for jeres henvendelse, hvor I på vegne af Per Krog beder os genoverveje afgørelsen om ophør af sygedagpenge.

Vi har set på sagen igen. Vi fastholder afgørelsen, fordi speciallægen vurderer, at Per kan arbejde 20 timer om ugen. Sagen er derfor sendt videre til Ankestyrelsen, som skriver direkte til jer.

Venlig hilsen
Sygedagpengeteamet"""
    assert "error" not in _severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning")
    kept = text.replace(" Sagen er derfor sendt videre til Ankestyrelsen, som skriver direkte til jer.", "")
    assert "error" in _severities(analyzer.analyze(kept, "afgoerelse"), "struktur.klagevejledning")


def test_a_pause_asked_of_someone_else_and_a_plain_yes_are_no_refusal():
    from borgertekst.klageadgang import load_routes

    routes = load_routes()
    assert routes.outcome("Vi har bevilget et beløb, der dækker restancen. Vi beder jer derfor stille udsættelsessagen i bero.") == "bevilling"
    assert routes.outcome("Din sag er sat i bero, indtil vi har lægens svar.") == "afslag"
    assert routes.outcome("Du spørger, om du kan få udskudt grundskylden. Ja, det kan du.") == "bevilling"


def test_english_guidance_that_may_complain_to_a_complaints_board_is_read(analyzer):
    text = """Dear Amir,

You asked us to pay for an interpreter. We are sorry, but we cannot cover this expense, because you have lived in Denmark for more than 7 years.

You may complain to the Patient Complaints Board within 4 weeks. Use the form at stpk.dk.

Kind regards
Health Services"""
    assert _severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning") == []


def test_a_missing_thanks_to_a_professional_is_a_hint_and_to_a_citizen_a_warning(analyzer):
    firm = """Advokatfirmaet Holm & Co.
Att.: advokat Peter Holm

Vi har modtaget jeres anmodning om aktindsigt på vegne af jeres klient. Du får svar inden 7 arbejdsdage.

Med venlig hilsen
Juridisk Team
Tlf. 12 34 56 78"""
    assert _severities(analyzer.analyze(firm, "kvittering"), "struktur.tak") == ["info"]
    citizen = firm.replace("Advokatfirmaet Holm & Co.\nAtt.: advokat Peter Holm", "Kære Peter Holm").replace(
        "jeres anmodning om aktindsigt på vegne af jeres klient", "din anmodning om aktindsigt")
    assert _severities(analyzer.analyze(citizen, "kvittering"), "struktur.tak") == ["warning"]
