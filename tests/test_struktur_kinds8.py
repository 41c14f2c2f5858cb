"""Kinds of letters from ELEMENTS' blind batch elements8/a (2026-11-30, session 8): a letter written without
capitals, where a full stop before a small letter ends a sentence too (else the request's sentence swallows the
reasons); the unsure tier of missing reasons read by structure (a sentence about the case makes it a hint two
steps milder; only payment, next step, contact and kind words keep it a warning); a reconsideration that only
says "Vi holder fast i afslaget" has no reasons; next steps said by a named role with one subject for two
verbs, a weekday date before the verb, and a system letter's "Gælder fra:" field. Every letter here is
written for the test."""

from __future__ import annotations

from kinds_support import findings_of as _rules

SEVERE = ("warning", "error")


def _begrundelse_hits(analyzer, text, kind="afgoerelse"):
    analysis, _report = analyzer.analysis(text, kind)
    matcher = next(m for rule, m in analyzer.matchers if rule.id == "struktur.begrundelse")
    return list(matcher.find(analysis))


NO_CAPITALS_WITH_REASONS = """hej Mikkel,

vi har kigget på din ansøgning om hjælp til en ny cykel til din praktik. vi kan desværre ikke give dig den, da din praktikplads ligger i samme gade som din bolig og du kan gå derhen, det har din praktikvejleder bekræftet. så udgiften er ikke nødvendig efter aktivlovens § 81.

du kan klage inden 4 uger. skriv til mig, så ser vi på sagen igen og sender den til ankestyrelsen.

mvh
Lene, jobcentret
tlf 11 22 33 44"""

NO_CAPITALS_WITHOUT_REASONS = """hej Mikkel,

vi har kigget på din ansøgning om hjælp til en ny cykel til din praktik. vi kan desværre ikke give dig den. det er efter aktivlovens § 81.

du kan klage inden 4 uger. skriv til mig, så ser vi på sagen igen og sender den til ankestyrelsen.

mvh
Lene, jobcentret
tlf 11 22 33 44"""


def test_a_letter_without_capitals_gives_its_reasons_in_their_own_sentence(analyzer):
    report = analyzer.analyze(NO_CAPITALS_WITH_REASONS, "afgoerelse")
    assert not _rules(report, "struktur.begrundelse")


def test_a_letter_without_capitals_and_without_reasons_is_still_flagged(analyzer):
    report = analyzer.analyze(NO_CAPITALS_WITHOUT_REASONS, "afgoerelse")
    found = _rules(report, "struktur.begrundelse")
    assert found and found[0].severity in SEVERE


def test_abbreviations_do_not_end_a_sentence_in_a_letter_without_capitals():
    from borgertekst.checks import struktur as S

    text = "vi har set på det. du får f.eks. hjælp kl. 10 hver dag. det er jf. reglerne. tak for din mail."
    ends = S._sentence_end(text)
    assert ends is S._SENTENCE_END_LOWER
    parts = [p for p in ends.split(text) if p.strip()]
    assert parts == ["vi har set på det.", "du får f.eks. hjælp kl. 10 hver dag.", "det er jf. reglerne.", "tak for din mail."]
    assert S._sentence_end("Vi har set på det. Du får hjælp. Tak for din mail.") is S._SENTENCE_END


PARTIAL_WITH_REASONS_IN_UNKNOWN_WORDS = """Kære Sofie

Du har søgt om dækning af merudgifter til medicin og til særlig kost.

Du får 900 kr. om måneden til medicin. Du får ikke dækket udgiften til særlig kost.

Medicinen er dyr for dig, men en del af den betaler regionen med kronikertilskuddet. Din diætist har skrevet, at du ikke har brug for anden kost end almindelig sund mad, og det er ikke en merudgift.

Pengene udbetales sammen med din pension, første gang i januar.

Med venlig hilsen
Bo, Socialafdelingen, tlf. 12 34 56 78"""

REFUSAL_WITHOUT_REASONS_AMONG_PAYMENT_AND_KIND_WORDS = """Kære Sofie

Du har søgt om dækning af merudgifter til medicin og til særlig kost.

Du får 900 kr. om måneden til medicin. Du får ikke dækket udgiften til særlig kost.

Pengene udbetales sammen med din pension, første gang i januar.

Vi er klar over, at det er et svar, der vil skuffe dig, og det er vi kede af.

Er der ændringer i din situation, kan du søge igen via selvbetjeningen.

Med venlig hilsen
Bo, Socialafdelingen, tlf. 12 34 56 78"""


def test_unsure_missing_reasons_with_a_sentence_about_the_case_is_two_steps_milder(analyzer):
    hits = _begrundelse_hits(analyzer, PARTIAL_WITH_REASONS_IN_UNKNOWN_WORDS)
    assert len(hits) == 1 and hits[0].milder == 2
    report = analyzer.analyze(PARTIAL_WITH_REASONS_IN_UNKNOWN_WORDS, "afgoerelse")
    assert all(f.severity != "error" for f in _rules(report, "struktur.begrundelse"))


def test_unsure_missing_reasons_among_payment_next_step_and_kind_words_stays_a_warning(analyzer):
    hits = _begrundelse_hits(analyzer, REFUSAL_WITHOUT_REASONS_AMONG_PAYMENT_AND_KIND_WORDS)
    assert len(hits) == 1 and hits[0].milder == 1
    report = analyzer.analyze(REFUSAL_WITHOUT_REASONS_AMONG_PAYMENT_AND_KIND_WORDS, "afgoerelse")
    assert [f.severity for f in _rules(report, "struktur.begrundelse")] == ["warning"]


RECONSIDERATION_WITHOUT_REASONS = """Svar på din klage

Kære Ole Berg

Vi har læst din mail af 3. november igen, hvor du er uenig i vores afgørelse om hjælp til briller.

Vi holder fast i afslaget.

Din klage er nu sendt videre til Ankestyrelsen.

Med venlig hilsen
Ydelser, tlf. 12 12 12 12"""


def test_a_reconsideration_that_only_upholds_the_refusal_is_flagged_at_warning(analyzer):
    report = analyzer.analyze(RECONSIDERATION_WITHOUT_REASONS)
    found = _rules(report, "struktur.begrundelse")
    assert found and found[0].severity == "warning"


def test_a_reconsideration_with_reasons_is_not_flagged(analyzer):
    text = RECONSIDERATION_WITHOUT_REASONS.replace(
        "Vi holder fast i afslaget.",
        "Vi holder fast i afslaget, fordi din optiker har skrevet, at dine gamle briller stadig passer til dine øjne.")
    report = analyzer.analyze(text)
    assert not _rules(report, "struktur.begrundelse")


RECEIPT_ROLE_TWO_VERBS = """Hej Anna

Vi har fået dine kontoudtog. Din sagsbehandler ser på dem i næste uge og skriver til dig i e-Boks.

Jobcentret"""

MORE_HELP_FROM_A_WEEKDAY = """Kære Erik

Vi har set på din hjælp igen. Fra tirsdag den 5. januar kommer en hjælper også om eftermiddagen og hjælper dig med indkøb.

Ring gerne på 12 34 56 78, hvis du har spørgsmål.

Venlig hilsen
Hanne, visitator"""

SYSTEM_FIELDS = """AFGØRELSE OM TILSKUD

Tilskud: 30 %
Gælder fra: 01.02.2027
Beregningsgrundlag: Husstandens indkomst 410.000 kr.

Spørgsmål: 12 34 56 78"""


def test_next_steps_by_a_role_with_two_verbs_a_weekday_date_or_a_start_field_get_no_hint(analyzer):
    for text, kind in ((RECEIPT_ROLE_TWO_VERBS, "kvittering"), (MORE_HELP_FROM_A_WEEKDAY, "afgoerelse"),
                       (SYSTEM_FIELDS, "afgoerelse")):
        report = analyzer.analyze(text, kind)
        assert not _rules(report, "struktur.naeste-skridt"), kind


def test_a_receipt_without_a_next_step_still_gets_the_warning(analyzer):
    text = "Hej Anna\n\nVi har fået dine kontoudtog. Din sagsbehandler er Lise Holm.\n\nJobcentret"
    report = analyzer.analyze(text, "kvittering")
    found = _rules(report, "struktur.naeste-skridt")
    assert found and found[0].severity == "warning"


POOL_REFUSAL_WITHOUT_GUIDANCE = """Kære Kajakklubben Vesterhavet

Tak for jeres ansøgning om 30.000 kr. fra Fritids- og Kulturudvalgets aktivitetspulje til nye kajakker.

Udvalget behandlede ansøgningerne den 12. november. Puljen er på 150.000 kr., og der var søgt om 480.000 kr. Udvalget har prioriteret projekter for børn og unge, og jeres ansøgning kan derfor ikke imødekommes denne gang.

Næste ansøgningsfrist er 1. april.

Med venlig hilsen
Kultur og Fritid"""


def _kv_hits(analyzer, text, kind="afgoerelse"):
    analysis, _report = analyzer.analysis(text, kind)
    matcher = next(m for rule, m in analyzer.matchers if rule.id == "struktur.klagevejledning")
    return list(matcher.find(analysis))


def test_an_area_without_appeal_known_from_words_alone_is_a_hint_two_steps_milder(analyzer):
    hits = _kv_hits(analyzer, POOL_REFUSAL_WITHOUT_GUIDANCE)
    assert len(hits) == 1 and hits[0].milder == 2
    report = analyzer.analyze(POOL_REFUSAL_WITHOUT_GUIDANCE, "afgoerelse")
    assert all(f.severity != "error" for f in _rules(report, "struktur.klagevejledning"))


MORE_HELP_GRANTED = """Kære Inger

Du har fået det sværere med at klare aftenen, efter du faldt i oktober.

Derfor kommer hjemmeplejen også om aftenen fra mandag den 11. januar og hjælper dig i seng. Du beholder hjælpen om morgenen.

Hjælpen gives efter servicelovens § 83.

Venlig hilsen
Visitationen, tlf. 12 34 56 78"""


def test_more_help_granted_needs_no_klagevejledning_and_states_its_next_step(analyzer):
    report = analyzer.analyze(MORE_HELP_GRANTED, "afgoerelse")
    assert not _rules(report, "struktur.klagevejledning")
    assert not _rules(report, "struktur.naeste-skridt")


def test_more_help_wordings_are_grants_and_a_cut_with_what_stays_is_partial():
    from borgertekst.klageadgang import load_routes

    routes = load_routes()
    for text in ("Derfor kommer hjemmeplejen også om aftenen.", "Du får 2 timer mere om ugen.",
                 "Din hjælp bliver udvidet fra januar.", "Vi sætter derfor timerne op."):
        assert routes.outcome(text) == "bevilling", text
    assert routes.outcome("Du får ikke længere hjælp til påklædning. Du beholder hjælpen til bad.") == "delvis"
    assert routes.outcome("Du kommer også til at betale for maden.") is None


RECONSIDERATION_WITH_A_LIMIT = """Kære Mona Friis

Vi har modtaget din klage over vores afgørelse om merudgifter til din datter.

Vi har genvurderet sagen, sådan som vi skal, når vi får en klage. Vi har læst det nye brev fra lægen, men det ændrer ikke vores vurdering: Merudgiften til kosten er under 560 kr. om måneden, og det er grænsen i serviceloven. Vi fastholder derfor afgørelsen.

Din klage er i dag sendt til Ankestyrelsen.

Med venlig hilsen
Familieafdelingen, tlf. 12 34 56 78"""


def test_a_complaint_received_in_general_is_no_guidance_and_a_fact_at_the_limit_is_a_reason(analyzer):
    report = analyzer.analyze(RECONSIDERATION_WITH_A_LIMIT)
    assert not _rules(report, "struktur.begrundelse")


def test_a_no_after_a_coordinated_subject_and_a_no_with_a_modal_are_refusals():
    from borgertekst.klageadgang import load_routes

    routes = load_routes()
    assert routes.outcome("Kommunen har behandlet din ansøgning og har besluttet ikke at anvise dig en bolig.") == "afslag"
    assert routes.outcome("Vi må desværre sige nej.") == "afslag"
    assert routes.outcome("Du kan sige nej til tilbuddet.") is None


REFUSAL_REASONED_AS_MONEY_LEFT = """Hej Sara

Tak for din ansøgning om hjælp til en ny vinterjakke.

Vi må desværre sige nej. Når vi har trukket husleje og faste udgifter fra din indtægt, har du 2.900 kr. tilbage om måneden, og jakken kan du betale selv.

Du kan klage inden 4 uger. Skriv til mig, så ser vi på sagen igen og sender den til Ankestyrelsen.

Mvh
Hans, Jobcentret, tlf. 12 34 56 78"""


def test_money_the_reader_has_left_is_a_reason(analyzer):
    report = analyzer.analyze(REFUSAL_REASONED_AS_MONEY_LEFT, "afgoerelse")
    assert not _rules(report, "struktur.begrundelse")
    no_reason = REFUSAL_REASONED_AS_MONEY_LEFT.replace(
        " Når vi har trukket husleje og faste udgifter fra din indtægt, har du 2.900 kr. tilbage om måneden, og jakken kan du betale selv.", "")
    found = _rules(analyzer.analyze(no_reason, "afgoerelse"), "struktur.begrundelse")
    assert found and found[0].severity == "error"


def test_for_joining_a_reason_to_the_no_is_a_reason(analyzer):
    text = """Kære Ruth

Du får 1½ time om ugen. Du får ikke hjælp til at pudse vinduer, for det er ikke en del af den hjælp, kommunen giver til nogen.

Du kan klage inden 4 uger. Send klagen til os, så ser vi på den igen og sender den til Ankestyrelsen.

Venlig hilsen
Hanne, tlf. 12 34 56 78"""
    assert not _rules(analyzer.analyze(text, "afgoerelse"), "struktur.begrundelse")


def test_more_than_before_said_with_i_stedet_for_is_a_grant_and_less_is_still_partial():
    from borgertekst.klageadgang import load_routes

    routes = load_routes()
    assert routes.outcome("I kan nu få aflastning to weekender om måneden i stedet for én.") == "bevilling"
    assert routes.outcome("Du får nu rengøring hver 3. uge i stedet for en gang om ugen.") == "delvis"
    assert routes.outcome("Du får 2 timer, men ikke 4 som du søgte om.") == "delvis"
    assert routes.outcome("Vi har ændret afgørelsen, så du får madservice alle dage, som du søgte om.") == "bevilling"
    assert routes.outcome("Du får ikke den hjælp, som du søgte om.") == "afslag"


FULL_GRANT_AFTER_A_COMPLAINT = """Kære Karl

Tak for din klage. Du har forklaret, at du ikke kan stå ved komfuret efter din blodprop.

Vi har derfor ændret afgørelsen, så du får madservice alle ugens dage, som du søgte om. Maden kommer første gang fredag den 11. december.

Med venlig hilsen
Visitationen, tlf. 12 34 56 78"""


def test_a_full_grant_after_a_complaint_needs_no_guidance(analyzer):
    for kind in ("afgoerelse", "klagesvar"):
        report = analyzer.analyze(FULL_GRANT_AFTER_A_COMPLAINT, kind)
        assert not _rules(report, "struktur.klagevejledning"), kind
    partial = FULL_GRANT_AFTER_A_COMPLAINT.replace("alle ugens dage, som du søgte om", "tre dage om ugen, men ikke alle dage")
    assert _rules(analyzer.analyze(partial, "afgoerelse"), "struktur.klagevejledning")


def test_a_worked_sum_is_a_reason(analyzer):
    text = """Kære Jonas

Du har søgt om hjælp til en tandregning på 6.500 kr. Du får 4.000 kr.

Hjælpen er udregnet sådan: Regionens tilskud på 1.100 kr. trækkes fra, og du har 1.400 kr. på kontoen ud over dine faste udgifter. Det giver 6.500 - 1.100 - 1.400 = 4.000 kr.

Du kan klage til Ankestyrelsen inden 4 uger. Send klagen til os i Digital Post.

Med venlig hilsen
Ydelser, tlf. 12 34 56 78"""
    assert not _rules(analyzer.analyze(text, "afgoerelse"), "struktur.begrundelse")


SCHOOL_CHANGE_WITH_GUIDANCE_TO_AN_APPEAL_BODY = """Kære Jasmin og Omar

I har ønsket, at Leila skifter til Engstrandskolen efter jul. Vi kan ikke optage hende, fordi der er 28 elever i 5.b, og det er det højeste antal, kommunalbestyrelsen har besluttet.

Leila bliver på Risbjergskolen og er skrevet op til en plads på Engstrandskolen.

Hvis I er uenige, kan I klage til Ankestyrelsen inden 4 uger. Klagen sendes til Skoleafdelingen.

Venlig hilsen
Skoleafdelingen, tlf. 12 34 56 78"""


def test_a_school_change_with_guidance_to_an_appeal_body_is_questioned_not_an_error(analyzer):
    report = analyzer.analyze(SCHOOL_CHANGE_WITH_GUIDANCE_TO_AN_APPEAL_BODY, "afgoerelse")
    found = _rules(report, "struktur.klagevejledning")
    assert found and found[0].severity == "warning"
    assert not _rules(report, "struktur.naeste-skridt")


def test_help_that_stops_on_a_date_is_a_next_step(analyzer):
    text = """Kære Gerda

Du er flyttet på plejecenter, hvor personalet går med dig til læge og frisør. Derfor stopper din ledsagelse den 31. december 2026.

Du kan klage inden 4 uger. Send klagen til os, så sender vi den til Ankestyrelsen, hvis vi ikke giver dig ret.

Venlig hilsen
Handicap og Psykiatri, tlf. 12 34 56 78"""
    assert not _rules(analyzer.analyze(text, "afgoerelse"), "struktur.naeste-skridt")


def test_a_plain_yes_is_a_grant():
    from borgertekst.klageadgang import load_routes

    routes = load_routes()
    for text in ("Vi har sagt ja. Fra mandag kommer hjemmeplejen to timer hver uge i stedet for én.",
                 "Ja – du kan godt få en loftlift.", "Godt nyt: Du kan få den plejeseng, du har bedt om.",
                 "Din ansøgning om ledsagelse er i orden – du har 15 timer om måneden."):
        assert routes.outcome(text) == "bevilling", text
    assert routes.outcome("Hvis vi har sagt ja, får du brev.") is None
    assert routes.outcome("Vi har sagt ja til at se på sagen igen, men du får ikke hjælpen.") == "afslag"


def test_the_case_not_falling_under_the_rule_is_no_reason_and_a_committees_priority_is(analyzer):
    hollow = """Kære Per

Du har søgt om hjælp til en tandregning. Kommunen kan ikke imødekomme ansøgningen, idet forholdene ikke falder ind under aktivlovens § 82.

Du kan klage til Ankestyrelsen inden 4 uger. Send klagen til os på ydelse@example.dk.

Med venlig hilsen
Ydelser"""
    found = _rules(analyzer.analyze(hollow, "afgoerelse"), "struktur.begrundelse")
    assert found and found[0].severity == "error"
    pool = """Kære Roklubben

Tak for jeres ansøgning om 40.000 kr. fra aktivitetspuljen. Puljen var på 300.000 kr., og vi modtog ansøgninger for over 1,1 mio. kr. Udvalget har prioriteret projekter for børn, og jeres ansøgning kan derfor ikke imødekommes.

Med venlig hilsen
Kultur og Fritid, tlf. 12 34 56 78"""
    assert not _rules(analyzer.analyze(pool, "afgoerelse"), "struktur.begrundelse")


def test_an_english_handling_time_and_an_sms_time_are_next_steps(analyzer):
    receipt = "Hi Ahmed\n\nThank you for your message. It will be handled by a caseworker within 5 working days.\n\nJobcentre"
    assert not _rules(analyzer.analyze(receipt, "kvittering"), "struktur.naeste-skridt")
    sms = "Victor har tid til undersøgelse hos tandplejen ons 9/12 kl 08:20 på klinikken. Afbud på 12 34 56 78."
    assert not _rules(analyzer.analyze(sms, "indkaldelse"), "struktur.naeste-skridt")


def test_a_missing_contact_in_a_letter_to_a_professional_is_a_hint(analyzer):
    from borgertekst.checks.klarsprog import professional_reader

    text = """Til lønafdelingen, Vestas Wind Systems A/S

Vedr. refusion af sygedagpenge for jeres medarbejder

Jobcentret har modtaget jeres anmodning om refusion for perioden 1.-30. november. Refusionen bliver udbetalt til virksomhedens NemKonto i næste uge.

Venlig hilsen
Jobcentret"""
    analysis, report = analyzer.analysis(text, "information")
    assert professional_reader(analysis)
    found = _rules(report, "struktur.kontakt")
    assert found and found[0].severity == "info"
    citizen = text.replace("Til lønafdelingen, Vestas Wind Systems A/S", "Kære Ole").replace(
        "jeres medarbejder", "dig").replace("jeres anmodning", "din anmodning").replace("virksomhedens", "din")
    analysis, report = analyzer.analysis(citizen, "information")
    assert not professional_reader(analysis)
    found = _rules(report, "struktur.kontakt")
    assert found and found[0].severity == "warning"


def test_a_letter_to_all_users_of_a_service_gets_no_decision_guidance_finding(analyzer):
    text = """Kære lånere

Byrådet har besluttet at lukke filialen i Ørbæk med udgangen af marts. Bøger kan afleveres på hovedbiblioteket.

Har du spørgsmål, er du velkommen til at skrive til bibliotek@example.dk.

Venlig hilsen
Biblioteket"""
    report = analyzer.analyze(text, "afgoerelse")
    assert not [f for f in _rules(report, "struktur.klagevejledning") if f.severity in SEVERE]
    assert not _rules(report, "struktur.naeste-skridt")


def test_the_rest_of_a_complaint_sent_on_by_us_is_a_next_step(analyzer):
    text = """Kære Ejner

Vi har ændret afgørelsen delvist. Du får nu madservice 5 dage om ugen, fordi din datter ikke længere kan komme om torsdagen.

Den del af klagen, hvor du ikke har fået medhold, har vi sendt til Ankestyrelsen, som behandler den.

Med venlig hilsen
Visitationen, tlf. 12 34 56 78"""
    assert not _rules(analyzer.analyze(text, "klagesvar"), "struktur.naeste-skridt")


def test_a_deduction_in_a_given_payment_and_an_extension_to_a_date_are_next_steps(analyzer):
    sanction = """Kære Anton

Du var ikke i din praktik den 30. november og 1. december og gav ikke besked, så vi trækker 978 kr. i din hjælp efter aktivlovens § 36.

Fradraget sker i udbetalingen for februar 2027.

Du kan klage inden 4 uger. Send klagen til os, så sender vi den til Ankestyrelsen, hvis vi holder fast i afgørelsen.

Med venlig hilsen
Jobcentret, tlf. 12 34 56 78"""
    assert not _rules(analyzer.analyze(sanction, "afgoerelse"), "struktur.naeste-skridt")
    extended = """Kære Ahmad

Din bevilling på 15 timers ledsagelse om måneden er nu forlænget til og med den 30. november 2027, med samme antal timer. Din ledsager Kirsten fortsætter.

Venlig hilsen
Lena, tlf. 12 34 56 78"""
    assert not _rules(analyzer.analyze(extended, "afgoerelse"), "struktur.naeste-skridt")


def test_a_stop_announced_in_a_verb_first_condition_is_no_decision():
    from borgertekst.klageadgang import load_routes

    routes = load_routes()
    assert routes.outcome("Vi forventer, at du sender dem nu. Har vi ikke lønsedlerne senest den 5. januar, "
                          "stopper vi din boligstøtte.") is None
    assert routes.outcome("Du har fået arbejde. Derfor stopper vi din kontanthjælp fra 1. januar.") == "afslag"
    assert routes.outcome("Har du spørgsmål, så ring. Vi stopper din hjælp fra 1. maj.") == "afslag"


def test_guidance_in_the_passive_to_a_named_municipality_says_how(analyzer):
    text = """Kære Bo

Du får ikke beboerlicens, fordi din bil vejer over 3.500 kg, og licensen kun gives til biler på højst 3.500 kg.

Afgørelsen kan påklages til Roskilde Kommune, Parkering, inden 4 uger fra modtagelsen af dette brev.

Med venlig hilsen
Parkering, tlf. 12 34 56 78"""
    found = _rules(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning")
    assert not [f for f in found if "hvordan" in f.message]


def test_a_yes_or_a_no_with_the_object_first():
    from borgertekst.klageadgang import load_routes

    routes = load_routes()
    assert routes.outcome("Du har søgt om hjælp til taxa. Det får du. Kommunen betaler taxa til og fra.") == "bevilling"
    assert routes.outcome("Du spørger, om du kan få en cykel. Det kan du desværre ikke.") == "afslag"
    assert routes.outcome("Det får du ikke.") == "afslag"
    assert routes.outcome("Det får du brev om.") is None


def test_an_instruction_with_the_object_first_is_a_next_step(analyzer):
    text = """Hej Lise

Du har søgt om taxa til genoptræningen. Det får du. Taxaen bestiller du på 12 34 56 78 dagen før.

Venlig hilsen
Anja, tlf. 12 34 56 79"""
    report = analyzer.analyze(text, "afgoerelse")
    assert not _rules(report, "struktur.naeste-skridt")
    assert not _rules(report, "struktur.klagevejledning")


def test_a_reason_joined_to_the_request_in_one_sentence_is_read(analyzer):
    text = """Kære Ruth

Fra uge 50 får du 1½ time om ugen. Du får ikke hjælp til at pudse vinduer, som du også bad om, for det er ikke en del af den hjælp, kommunen giver til nogen.

Du kan klage inden 4 uger. Send klagen til os, så sender vi den til Ankestyrelsen, hvis vi holder fast i afgørelsen.

Venlig hilsen
Hanne, tlf. 12 34 56 78"""
    assert not _rules(analyzer.analyze(text, "afgoerelse"), "struktur.begrundelse")
    bare = text.replace(", for det er ikke en del af den hjælp, kommunen giver til nogen", "")
    found = _rules(analyzer.analyze(bare, "afgoerelse"), "struktur.begrundelse")
    assert found and found[0].severity == "error"


def test_an_english_partial_grant_and_an_appeal_body_named_in_english(analyzer):
    from borgertekst.klageadgang import load_routes

    routes = load_routes()
    assert routes.outcome("You get module 3 in the daytime. You do not get the evening class.") == "delvis"
    assert routes.outcome("You will get an answer within 5 days.") is None
    text = """Dear Tomasz

You get Danish module 3 in the daytime. You do not get the evening class, because it is only for students with a full-time job.

If you disagree, you can complain within 4 weeks. Send your complaint to us at sprog@example.dk. If we keep the decision, we send it to the Ministry of Immigration and Integration.

Kind regards
Language Centre, phone 12 34 56 78"""
    assert not _rules(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning")


def test_an_assessment_of_need_joined_to_the_request_is_still_no_reason(analyzer):
    text = "Hej Ali\n\nDin ansøgning om hjælp til et nyt komfur er afvist, da vi vurderer, at du ikke har brug for hjælpen.\n\nMvh\nYdelseskontoret\n"
    assert _rules(analyzer.analyze(text, "afgoerelse"), "struktur.begrundelse")
