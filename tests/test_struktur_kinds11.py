"""Kinds of letters from ELEMENTS' blind batches elements11 (2026-11-30, session 11): a cut or deduction the authority
says it has decided on its own motion ("Vi har derfor besluttet at trække dig …") is a decision however unsure its
letter type, so missing klagevejledning is an error, as for a refused request; a reply mail that asks the reader to
write again ("Du er velkommen til at skrive igen") gives a way to answer. Every letter here is written for the test."""

from __future__ import annotations

from kinds_support import findings_of


def _severities(report, rule):
    return [f.severity for f in findings_of(report, rule)]


OWN_MOTION_CUT = """Til Ole Brandt

Nedsættelse af din ydelse

Du kom ikke til mødet i Ydelsesteamet den 4. marts, og du meldte ikke afbud.

Vi har derfor besluttet at trække dig i din ydelse for to dage.

Hilsen
Ydelsesteamet"""


def test_an_own_motion_deduction_without_klagevejledning_is_an_error(analyzer):
    # (a short letter: the type is detected with little confidence, which alone would make the check milder)
    report = analyzer.analyze(OWN_MOTION_CUT)
    assert report.letter_type == "afgoerelse" and report.letter_type_confidence < 0.6
    assert _severities(report, "struktur.klagevejledning") == ["error"]


def test_a_decision_word_without_a_cut_stays_as_unsure_as_before(analyzer):
    # "besluttet" about something that takes nothing from the reader: the type's own confidence decides
    text = """Til Ole Brandt

Vi har besluttet at flytte dine samtaler til vores nye adresse på Torvet 2 fra 1. april.

Hilsen
Ydelsesteamet"""
    assert "error" not in _severities(analyzer.analyze(text), "struktur.klagevejledning")


def test_a_decision_to_everyone_is_not_made_sure_by_its_decision_words(analyzer):
    text = """Kære alle borgere i Vestby

Kommunen har besluttet at nedsætte tilskuddet til private pasningsordninger fra 1. august, fordi budgettet er mindre.

Venlig hilsen
Børn og Unge"""
    assert "error" not in _severities(analyzer.analyze(text, None), "struktur.klagevejledning")


REPLY_MAIL = """Hej Bente

Tak for din mail om vinterbadning ved havnen.

Badebroen bliver liggende hele vinteren, og saunaen bliver varmet op hver morgen. Nøglebrik køber du på biblioteket.

Du er velkommen til at skrive igen, hvis der er mere.

Venlig hilsen
Kultur og Fritid"""


def test_a_reply_mail_that_asks_the_reader_to_write_again_gives_a_way_to_answer(analyzer):
    report = analyzer.analyze(REPLY_MAIL, "information")
    assert _severities(report, "struktur.kontakt") == []


def test_welcome_to_call_without_a_number_is_still_no_channel(analyzer):
    text = REPLY_MAIL.replace("skrive igen", "ringe")
    assert _severities(analyzer.analyze(text, "information"), "struktur.kontakt") == ["warning"]


QUESTION_REPLY = """Hej Lars

Tak for din mail. Du spørger, om din søn kan få hjælp til at betale for svømmeholdet i Bjerringbro Svømmeklub.

Kommunen har en pulje, der hedder Aktiv Fritid, for børn fra familier med lav indkomst. Puljen kan betale kontingent i et år.

Ring til vores fritidskonsulent Mette på 87 12 34 56, så hjælper hun jer videre.

Mange hilsner
Borgerservice"""


def test_a_reply_to_a_question_without_a_no_or_yes_gets_only_a_hint_about_klagevejledning(analyzer):
    # a question alone is no decision word: even typed a decision, the reply may only inform
    assert _severities(analyzer.analyze(QUESTION_REPLY, "afgoerelse"), "struktur.klagevejledning") == ["info"]


def test_an_application_without_a_no_or_yes_still_gets_the_warning(analyzer):
    text = QUESTION_REPLY.replace("Du spørger, om din søn kan få", "Du søger om, at din søn kan få")
    assert _severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning") == ["warning"]


OWN_WISH_STOP = """Kære Vera

Som vi talte om i telefonen, stopper vi din hjælp til tøjvask fra 1. marts, fordi du selv har ønsket det. Din nabo hjælper dig nu.

Du får stadig hjælp til rengøring hver anden uge.

Mange hilsner
Hjemmeplejen
Tlf. 44 55 66 77"""


def test_a_stop_the_reader_asked_for_needs_no_klagevejledning(analyzer):
    assert _severities(analyzer.analyze(OWN_WISH_STOP, "afgoerelse"), "struktur.klagevejledning") == []


def test_a_stop_the_reader_did_not_ask_for_still_needs_it(analyzer):
    text = OWN_WISH_STOP.replace("fordi du selv har ønsket det. Din nabo hjælper dig nu.",
                                 "fordi du nu selv kan klare tøjvasken.")
    assert "error" in _severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning")


MONEY_GIVEN = """Kære Sanne

Du har søgt om hjælp til et nyt komfur, fordi dit gamle er gået i stykker.

Vi har givet dig 3.900 kr. Pengene kommer ind på din NemKonto i løbet af tre dage, og du skal ikke betale dem tilbage.

Vi har lagt vægt på, at du har to små børn og ikke har penge til et nyt komfur selv.

Venlig hilsen
Ydelsesteamet
Tlf. 11 22 33 44"""


def test_money_given_that_need_not_be_paid_back_is_a_grant(analyzer):
    # (PANEL panel11 05: "skal ikke betale dem tilbage" was read as a repayment, and the grant as a refusal)
    assert _severities(analyzer.analyze(MONEY_GIVEN, "afgoerelse"), "struktur.klagevejledning") == []


def test_money_that_must_be_paid_back_still_needs_klagevejledning(analyzer):
    text = MONEY_GIVEN.replace("og du skal ikke betale dem tilbage", "men du skal betale dem tilbage med 300 kr. om måneden")
    assert "error" in _severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning")


EXTENDED = """Kære Hanne

Forlængelse af din ydelse

Du har fået ressourceforløbsydelse i et år. Normalt stopper ydelsen efter et år, men vi har vurderet, at du kan få den forlænget, fordi din behandling er i gang.

Din ydelse er forlænget i 6 måneder.

Venlig hilsen
Jobcentret
Tlf. 11 22 33 44"""


def test_the_rules_usual_stop_is_no_stop_of_the_readers_benefit(analyzer):
    # (LTYPE ltype11c 12: "Normalt stopper sygedagpengene efter 22 uger, men … forlænget" got a red kv error)
    assert _severities(analyzer.analyze(EXTENDED, "afgoerelse"), "struktur.klagevejledning") == []


def test_a_real_stop_beside_the_rule_is_still_a_stop(analyzer):
    text = EXTENDED.replace("men vi har vurderet, at du kan få den forlænget, fordi din behandling er i gang.\n\nDin ydelse er forlænget i 6 måneder.",
                            "og din ydelse stopper derfor den 1. marts, fordi din behandling er slut.")
    assert "error" in _severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning")


def test_du_sender_klagen_til_the_municipality_says_how_to_complain(analyzer):
    # (PANEL panel11b 19)
    text = """Kære Bo

Du har søgt om hjælp til tandbehandling. Vi har givet afslag, fordi du har 40.000 kr. på din opsparingskonto.

Klagevejledning
Du kan klage over afgørelsen inden 4 uger fra du har fået brevet. Du sender klagen til Lemvig Kommune, Ydelser. Vi ser på sagen igen, og hvis vi ikke ændrer den, sender vi den videre til Ankestyrelsen.

Venlig hilsen
Ydelser
Tlf. 11 22 33 44"""
    assert _severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning") == []


def test_what_an_inspection_showed_is_a_reason(analyzer):
    text = """Påbud om rydning af grund

Kære Leif Holt

Kommunen påbyder dig at fjerne de to campingvogne og affaldet på grunden Mosevej 3 senest den 1. april.

Grunden blev besigtiget af kommunens miljømedarbejder den 4. februar. Besigtigelsen viste, at der står to campingvogne uden hjul, og at der ligger 14 gamle malerspande ved hegnet.

Klagevejledning
Du kan klage til Miljø- og Fødevareklagenævnet via Klageportalen på borger.dk inden 4 uger efter, at du har fået påbuddet.

Venlig hilsen
Miljø, tlf. 11 22 33 44"""
    assert _severities(analyzer.analyze(text, "afgoerelse"), "struktur.begrundelse") == []


SCHOOL_LEAVE = """Kære Lise og Anders

Tak for jeres ansøgning om fri til Emil i 3.b fra den 2. til den 13. marts, så han kan komme med på skiferie.

Jeg kan ikke give Emil fri i to uger, for klassen har nationale test i uge 11. Jeg kan give ham fri i den første uge.

Ring endelig, hvis I vil tale om det.

Venlig hilsen
Bo Kjær
Skoleleder, Nørreskolen
Tlf. 11 22 33 44"""


def test_a_school_leaders_no_to_a_pupils_leave_is_in_an_area_without_appeal(analyzer):
    # (elements11d 03: a red "missing klagevejledning" on a school leader's answer; the law gives no appeal, so at most
    # a hint to say so)
    assert _severities(analyzer.analyze(SCHOOL_LEAVE, "afgoerelse"), "struktur.klagevejledning") in ([], ["info"])


def test_a_deposit_loan_is_the_housing_benefit_area_and_its_deadline_is_checked(analyzer):
    text = """Kære Lone

Tilbagebetaling af indskudslån

Du er flyttet fra din lejlighed, og dit indskudslån på 14.600 kr. skal derfor betales tilbage. Vi har besluttet, at du skal betale de resterende 11.200 kr. tilbage, fordi lånet forfalder, når du flytter.

Hvis du er uenig, skal du klage senest 14 dage efter, at du har modtaget dette brev. Klagen sendes til Borgerservice i Digital Post. Vi ser på sagen igen og sender den til Ankestyrelsen, hvis vi fastholder afgørelsen.

Med venlig hilsen
Borgerservice
Tlf. 11 22 33 44"""
    report = analyzer.analyze(text, "afgoerelse")
    kv = findings_of(report, "struktur.klagevejledning")
    assert [f.severity for f in kv] == ["warning"] and "14 dage" in kv[0].message


def test_a_complaint_granted_in_full_needs_no_klagevejledning(analyzer):
    # (elements11e 07: the refusal named in "din klage over vores afgørelse af 3. november om afslag" is the old decision)
    text = """Kære Mads

Vi har fået din klage over vores afgørelse af 3. november om afslag på hjælp til en trehjulet cykel.

Vi har set på sagen igen og ændrer afgørelsen. Din fysioterapeuts nye udtalelse viser, at du ikke kan gå mere end 200 meter. Du får derfor hjælp til cyklen, som du søgte om.

Med venlig hilsen
Hjælpemidler
Tlf. 11 22 33 44"""
    assert _severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning") == []


def test_a_repair_next_week_is_a_next_step(analyzer):
    # (elements11e 02: "Hullet bliver lappet i næste uge" in a reply typed as a receipt)
    text = """Hej Lasse

Tak for din besked om hullet i fortovet på Skolevej.

Hullet bliver lappet i næste uge.

Venlig hilsen
Park og Vej
Tlf. 11 22 33 44"""
    assert _severities(analyzer.analyze(text, "kvittering"), "struktur.naeste-skridt") == []


def test_a_reduced_body_function_is_no_cut_of_the_readers_help(analyzer):
    # (LTYPE ltype11e 14: "da Deres gangfunktion er så nedsat" in a full grant was read as a cut, a red kv error)
    text = """Kære Lise Holm

Kommunen bevilger Dem støtte til køb af en bil, da Deres gangfunktion er så nedsat, at De ikke kan komme til Deres arbejde uden bil.

Bilen skal være købt senest 31. maj. Send fakturaen til Bilteamet.

Med venlig hilsen
Bilteamet
Tlf. 11 22 33 44"""
    assert _severities(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning") == []


def test_a_thing_that_comes_another_way_is_no_possible_refusal(analyzer):
    # (LTYPE ltype11b 15: "Du får ikke et valgkort med posten i år" is information about how it comes)
    text = """Valg til byrådet

Du får ikke et valgkort med posten i år. Dit valgkort kommer i din digitale postkasse tre uger før valget.

Valgsekretariatet
Tlf. 11 22 33 44"""
    assert _severities(analyzer.analyze(text, "information"), "struktur.mulig-afgoerelse") == []
