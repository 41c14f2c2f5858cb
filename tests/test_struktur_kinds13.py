"""Kinds of letters from ELEMENTS' blind work in session 13 (2026-12-01) and EVAL's eval12 notes: reasons that name no
rule at all, not even in words (facts only, or "beskyttet af lokalplanen. Det er sådan reglerne er") get a hint
(struktur.begrundelse-regel) that the rule is missing; a letterhead postal address alone is a contact only for a hint;
"en hel eller delvis friplads" told as a rule is no partial grant. Every letter here is written for the test."""

from __future__ import annotations

from kinds_support import findings_of

from borgertekst.klageadgang import load_routes

def _reasons(report):
    """The reasons findings: (rule, severity); struktur.begrundelse-regel is the hint that no rule is named."""
    return [(f.rule, f.severity) for f in report.findings if f.rule.startswith("struktur.begrundelse")]


FACTS_ONLY = """Kære Ole Berg

Du har søgt om hjælp til at betale en regning fra dyrlægen på 3.900 kr.

Vi har set på dine kontoudtog. Du har 14.000 kr. på din opsparingskonto og en indtægt på 21.000 kr. om måneden. Vi giver derfor afslag.

Du kan klage over afgørelsen inden 4 uger. Send klagen til os, så ser vi på sagen igen og sender den til Ankestyrelsen, hvis vi ikke giver dig ret.

Venlig hilsen
Ydelsesteamet, Østby Kommune
Tlf. 70 11 22 33"""


def test_reasons_with_facts_but_no_rule_get_a_hint(analyzer):
    assert _reasons(analyzer.analyze(FACTS_ONLY, "afgoerelse")) == [("struktur.begrundelse-regel", "info")]


def test_the_same_reasons_with_the_law_named_get_nothing(analyzer):
    named = FACTS_ONLY.replace("Vi giver derfor afslag.",
                               "Efter lov om aktiv socialpolitik § 81 kan vi kun hjælpe, når du ikke selv kan betale. "
                               "Vi giver derfor afslag.")
    assert _reasons(analyzer.analyze(named, "afgoerelse")) == []


RULE_UNNAMED = """Hej Bodil

Du har spurgt, om du må fælde bøgen i din have på Kirkevej 4.

Svaret er nej. Bøgen er fredet af lokalplanen, og derfor må den ikke fældes. Sådan er reglerne.

Du kan klage til Planklagenævnet inden 4 uger via Klageportalen på borger.dk.

Hilsen
Plan, Østby Kommune, tlf. 70 11 22 44"""


def test_a_plan_left_unnamed_gets_the_hint_and_a_numbered_plan_does_not(analyzer):
    assert _reasons(analyzer.analyze(RULE_UNNAMED, "afgoerelse")) == [("struktur.begrundelse-regel", "info")]
    numbered = RULE_UNNAMED.replace("fredet af lokalplanen", "fredet af lokalplan nr. 14, § 9")
    assert _reasons(analyzer.analyze(numbered, "afgoerelse")) == []


def test_permission_in_lower_case_is_no_legal_reference(analyzer):
    # "give dig lov til" is no law: the reference list's abbreviations (LOV, BEK …) are read in capitals only
    text = RULE_UNNAMED.replace("og derfor må den ikke fældes", "og derfor kan vi ikke give dig lov til at fælde den")
    assert _reasons(analyzer.analyze(text, "afgoerelse")) == [("struktur.begrundelse-regel", "info")]


def test_a_whole_or_partial_free_place_told_as_a_rule_is_no_partial_grant():
    routes = load_routes()
    assert routes.outcome("Hvis jeres indkomst er under 640.000 kr., kan du få en hel eller delvis friplads.") is None
    assert routes.outcome("Tilskuddet kan gives helt eller delvist.") is None
    assert routes.outcome("Du får en delvis friplads fra 1. marts.") == "delvis"


def test_an_english_free_place_is_no_day_care_admission():
    # only the admission to day care has no appeal; a free place can be appealed, in English as in Danish
    routes = load_routes()
    text = ("Your daughter has a place at Mælkebøtten Børnehave. You applied for an economic free place, "
            "and we cannot grant it.")
    assert "dagtilbud" not in routes.scores(text)
    assert "dagtilbud" in routes.scores(text.replace("an economic free place", "a place closer to home"))


POSTAL_ONLY = """Østby Kommune
Visitationen
Torvet 2
7700 Østby

Afgørelse om madservice

Kære Inge Vang

Vi har bevilget dig madservice alle ugens dage, som du har søgt om, fordi du efter din operation ikke kan stå ved komfuret.

Med venlig hilsen
Visitationen"""


def test_a_letterhead_postal_address_alone_is_a_contact_only_for_a_hint(analyzer):
    assert [f.severity for f in findings_of(analyzer.analyze(POSTAL_ONLY, "afgoerelse"), "struktur.kontakt")] == ["info"]
    with_phone = POSTAL_ONLY.replace("Med venlig hilsen", "Ring til mig på 70 11 22 55, hvis du har spørgsmål.\n\nMed venlig hilsen")
    assert findings_of(analyzer.analyze(with_phone, "afgoerelse"), "struktur.kontakt") == []


def test_a_permit_given_with_hermed_after_the_reader_is_a_full_grant():
    routes = load_routes()
    assert routes.outcome("Vi giver dig hermed byggetilladelse til udestuen, som den er vist på tegningerne.") == "bevilling"
    assert routes.outcome("Hvis vi giver dig byggetilladelse, skal du give os besked.") is None


def test_help_to_bathe_less_often_than_before_is_a_cut_not_a_request():
    # "hjælp til bad" is the bath, not "bad om" (asked for): "i stedet for to gange" is less than before
    routes = load_routes()
    assert routes.outcome("Fra den 1. januar får du hjælp til bad én gang om ugen i stedet for to gange.") == "delvis"
    assert routes.outcome("Du bad om rengøring hver uge i stedet for hver anden uge.") is None


CURT_TOO_DEAR = """Hej Mona

Du har spurgt om hjælp til depositum til en ny lejlighed på Åvej.

Det kan vi ikke hjælpe med. Lejligheden koster 9.400 kr. om måneden, og det er for dyrt i forhold til din indtægt.

Mvh
Borgerservice, Østby Kommune"""


def test_a_cost_measured_against_the_readers_income_is_a_reason(analyzer):
    assert [r for r in _reasons(analyzer.analyze(CURT_TOO_DEAR, "afgoerelse")) if r[0] == "struktur.begrundelse"] == []


SYSTEM_STOP = """Jobcenter Østby

AFGØRELSE
Ydelse: Kontanthjælp
Status: Standset pr. 01.12.2026
Årsag: Du har ikke været til rådighed.

Henvendelse: Jobcenter Østby, tlf. 70 11 22 66"""


def test_not_available_as_the_only_cause_restates_the_test(analyzer):
    assert ("struktur.begrundelse", "error") in _reasons(analyzer.analyze(SYSTEM_STOP, "afgoerelse"))


VISIT_ONLY = """Østby Kommune
Ældre og Omsorg

Kære Rigmor

Vi har været på besøg hos dig den 18. november for at se på din hjælp.

Fra den 1. januar 2027 får du hjælp til bad én gang om ugen i stedet for to gange.

Det er kommunens vurdering, at det er tilstrækkeligt.

Du kan klage inden 4 uger. Send klagen til os, så ser vi på sagen igen, før den går til Ankestyrelsen.

Med venlig hilsen
Ældre og Omsorg, tlf. 70 11 22 77"""


def test_a_visit_named_without_what_was_seen_is_no_reason(analyzer):
    severities = [sev for rule, sev in _reasons(analyzer.analyze(VISIT_ONLY, "afgoerelse")) if rule == "struktur.begrundelse"]
    assert severities and severities[0] in ("error", "warning")


def test_a_permission_to_do_what_was_asked_is_a_full_grant():
    routes = load_routes()
    assert routes.outcome("I må gerne holde festen og lukke vejen for biler fra kl. 14 til kl. 23.") == "bevilling"
    assert routes.outcome("Du må gerne tage en bisidder med til mødet.") is None


PERMIT_TODO = """Hej Simon

Tak for jeres ansøgning om at holde gadefest på Engvej lørdag den 12. juni.

I må gerne holde festen og lukke vejen for biler fra kl. 14. Husk at sætte afspærringen op ved begge ender af vejen.

Venlig hilsen
Vej og Trafik, Østby Kommune
vejtrafik@oestby.dk"""


def test_a_reminder_to_the_reader_is_a_next_step(analyzer):
    # ("Husk at …" tells the reader what to do now; checked in a receipt, where a missing next step is a warning)
    assert findings_of(analyzer.analyze(PERMIT_TODO, "kvittering"), "struktur.naeste-skridt") == []
    bare = PERMIT_TODO.replace(" Husk at sætte afspærringen op ved begge ender af vejen.", "")
    assert findings_of(analyzer.analyze(bare, "kvittering"), "struktur.naeste-skridt") != []


PRONOUN_HOW = """Kære Maria

Du får dækket tabt arbejdsfortjeneste for 15 timer om ugen. Du søgte om 20 timer. Vi har lagt vægt på lægens udtalelse om, at Liva får hjælp af skolens personale i skoletiden.

Klagevejledning: Du kan klage over afgørelsen. Klagen skal være modtaget inden 4 uger efter, at du har fået brevet. Send den til Familierådgivningen, Østby Kommune. Vi genvurderer afgørelsen og sender den videre til Ankestyrelsen, hvis vi fastholder den.

Med venlig hilsen
Thomas, tlf. 70 11 22 88"""


def test_the_complaint_as_a_pronoun_says_how_to_complain(analyzer):
    assert findings_of(analyzer.analyze(PRONOUN_HOW, "afgoerelse"), "struktur.klagevejledning") == []


LIMIT_PASSED = """Østby Kommune
Borgerservice

Vi har afslået din ansøgning om et handicapparkeringskort. Din gangdistance er efter lægens oplysninger ca. 400 meter, og det er mere end grænsen på 100 meter.

Du kan klage til Ankestyrelsen inden 4 uger. Send klagen til Borgerservice, tlf. 70 11 22 99.

Med venlig hilsen
Borgerservice"""


def test_a_fact_said_to_be_more_than_the_limit_is_a_reason(analyzer):
    assert _reasons(analyzer.analyze(LIMIT_PASSED, "afgoerelse")) == []


CONDOLENCE = """Kære Jytte

Tak for din besked om, at Arne er død. Jeg er meget ked af at høre det.

Hans hjemmehjælp stopper automatisk. Du skal ikke gøre mere. Hjælpemidlerne, fx sengen og rollatoren, henter vi, når det passer dig.

Kærlig hilsen
Susanne, hjemmeplejen, tlf. 70 11 22 30"""


def test_nothing_left_to_do_and_a_pickup_when_it_suits_are_next_steps(analyzer):
    assert findings_of(analyzer.analyze(CONDOLENCE, "kvittering"), "struktur.naeste-skridt") == []
    bare = CONDOLENCE.replace(" Du skal ikke gøre mere. Hjælpemidlerne, fx sengen og rollatoren, henter vi, når det passer dig.", "")
    assert findings_of(analyzer.analyze(bare, "kvittering"), "struktur.naeste-skridt") != []


NAMED_REQUIREMENT = """Kære Ib

Du har søgt om sygedagpenge fra den 2. november 2026.

Du er ikke berettiget til sygedagpenge. Vi har lagt vægt på, at du ikke opfylder beskæftigelseskravet.

Du kan klage til Ankestyrelsen. Klagen skal være modtaget i Jobcenter Østby senest 4 uger efter, at du har modtaget afgørelsen.

Med venlig hilsen
Sygedagpengeteamet, tlf. 70 11 22 31"""


def test_a_named_requirement_not_met_restates_the_test(analyzer):
    assert ("struktur.begrundelse", "error") in _reasons(analyzer.analyze(NAMED_REQUIREMENT, "afgoerelse"))


def test_english_reasons_with_the_rules_and_the_doctor_are_read(analyzer):
    text = """Dear Mr Hassan

We cannot give you a disabled parking card. The rules say that your walking distance must be less than 100 metres. Your doctor writes that you can walk about 500 metres with a stick.

You can complain to Ankestyrelsen. Send your complaint to us within 4 weeks.

Kind regards
Citizen Service, phone 70 11 22 32"""
    assert [r for r in _reasons(analyzer.analyze(text, "afgoerelse")) if r[0] == "struktur.begrundelse"] == []
