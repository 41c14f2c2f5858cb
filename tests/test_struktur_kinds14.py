"""Kinds of letters from ELEMENTS' blind work in session 14 (2026-12-01) and EVAL's eval13 notes: a free place or subsidy
given as a share under 100 % is a partial grant (it needs complaint guidance); a reply mail marked "SV:" or a thank-you
for the reader's card is answered by replying (no kontakt warning); a postal address to send the complaint to stays no
channel, but "brug Digital Post til …" is one; a receipt that tells when the decision will come needs no guidance; an
order enforced with the bill "sent to you" decides against the reader. Every letter here is written for the test."""

from __future__ import annotations

from borgertekst.klageadgang import load_routes


def _of(report, rule):
    return [f.severity for f in report.findings if f.rule == rule]


PARTIAL_FREE_PLACE = """Nordby Kommune
Pladsanvisningen

Kære Louise Brandt

Du har søgt om økonomisk friplads til Ella i Børnehuset Mejsen.

Du er bevilget 45 % friplads fra 1. februar 2027. Du skal derfor betale 1.760 kr. om måneden i stedet for 3.200 kr.

Tilskuddet er beregnet ud fra husstandens indkomst på 371.000 kr.

Hvis du mener, at indkomsten er forkert, kan du ringe til Pladsanvisningen på 70 20 30 40.

Venlig hilsen
Pladsanvisningen"""


def test_a_free_place_under_full_is_a_partial_grant():
    routes = load_routes()
    assert routes.outcome(PARTIAL_FREE_PLACE, amounts=True) == "delvis"
    subsidy = PARTIAL_FREE_PLACE.replace("Du er bevilget 45 % friplads fra 1. februar 2027.",
                                         "Fra 1. februar 2027 får du et tilskud på 45 procent af forældrebetalingen.")
    assert routes.outcome(subsidy, amounts=True) == "delvis"


def test_the_scheme_told_as_a_rule_is_no_partial_grant():
    routes = load_routes()
    rule = "Hvis husstandens indkomst er under 600.000 kr., kan du få 50 % friplads. Søg på pladsanvisningens side."
    assert routes.outcome(rule, amounts=True) is None
    table = "Ved en indkomst på 450.000 kr. er fripladstilskuddet på 40 procent af forældrebetalingen."
    assert routes.outcome(table, amounts=True) is None


def test_a_partial_free_place_without_guidance_is_a_red_missing_guidance(analyzer):
    # "ring, hvis indkomsten er forkert" is contact to correct a fact, not complaint guidance
    assert _of(analyzer.analyze(PARTIAL_FREE_PLACE, "afgoerelse"), "struktur.klagevejledning") == ["error"]


def test_a_cut_said_in_the_passive_is_a_refusal():
    text = "Dit tilskud bliver sat ned fra 100 procent til 62 procent fra den 1. december."
    assert load_routes().outcome(text) == "afslag"
    assert load_routes().outcome("Hvis din indkomst stiger, bliver dit tilskud sat ned.") is None


REPLY_MAIL = """Fra: Jens Bruun <jbr@nordby.dk>
Emne: SV: Hvornår får vi svar om carporten?

Hej Maja

Jeg kan godt forstå, at I venter spændt. Jeres sag ligger hos Lars i byggesag, og han går i gang med den i næste uge.

I kan regne med svar inden jul.

Venlig hilsen
Jens Bruun
Teamleder, Byg og Miljø"""


def test_a_reply_mail_marked_sv_from_a_named_writer_gets_no_contact_warning(analyzer):
    assert _of(analyzer.analyze(REPLY_MAIL, "information"), "struktur.kontakt") in ([], ["info"])
    # the same words as a letter, without the reply subject, still miss a channel
    letter = REPLY_MAIL.replace("Emne: SV: Hvornår", "Emne: Hvornår")
    assert _of(analyzer.analyze(letter, "information"), "struktur.kontakt") == ["warning"]


THANKS_FOR_CARD = """Kære Svend Aage

Tak for dit flotte julekort og for kagen, som vi fik i fredags. Det glæder os, at du er kommet godt hjem fra sygehuset.

Hele holdet har bedt mig hilse.

Mange hilsner
Anja
hjemmeplejen"""


def test_a_thank_you_for_the_readers_card_gets_no_contact_warning(analyzer):
    assert _of(analyzer.analyze(THANKS_FOR_CARD, "information"), "struktur.kontakt") in ([], ["info"])


COMPLAINT_ADDRESS_ONLY = """Kære Lise Holt

Du har søgt om tilskud til en ny kørestolspude. Vi giver afslag, fordi din pude fra i år er i orden, og efter
serviceloven § 112 dækker vi kun det nødvendige.

Du kan klage inden 4 uger. Send klagen til Hjælpemidler, Torvet 3, 9990 Nordby, så ser vi på sagen igen og sender
den til Ankestyrelsen, hvis vi fastholder afgørelsen.

Venlig hilsen
Hjælpemidler"""


def test_a_complaint_postal_address_alone_still_misses_a_channel(analyzer):
    # a postal address for the complaint is no quick way to ask (labels of elements11-13: the warning is right)
    assert _of(analyzer.analyze(COMPLAINT_ADDRESS_ONLY, "afgoerelse"), "struktur.kontakt") == ["warning"]


def test_digital_post_to_the_sender_is_a_channel(analyzer):
    digital = COMPLAINT_ADDRESS_ONLY.replace("Send klagen til Hjælpemidler, Torvet 3, 9990 Nordby, så ser",
                                             "Brug Digital Post til Hjælpemidler, så ser")
    assert _of(analyzer.analyze(digital, "afgoerelse"), "struktur.kontakt") == []


BUILDING_RECEIPT = """Nordby Kommune
Byg og Miljø

Kære Rikke og Tobias

Vi har modtaget jeres ansøgning om byggetilladelse til en udestue på Engvej 8.

Ansøgningen er komplet, og vi går i gang med den i uge 4. I kan følge sagen på Byg og Miljø, hvor I også kan se,
når vi har truffet afgørelse.

Venlig hilsen
Byg og Miljø, tlf. 70 20 30 50"""


def test_a_receipt_that_tells_when_the_decision_comes_gets_no_kv_warning(analyzer):
    # typed as a decision (by the writer or a wrong guess), it says neither no nor yes and that the decision is to come
    assert _of(analyzer.analyze(BUILDING_RECEIPT, "afgoerelse"), "struktur.klagevejledning") in ([], ["info"])


HEDGE_ORDER = """Nordby Kommune
Vej og Park

Kære Preben Holm

Din hæk ud mod Skolevej går ud over fortovet, så fodgængere må gå ud på kørebanen. Det så vi ved et tilsyn den 20.
november.

Hækken skal klippes, så den holder sig inden for skellet. Det skal være gjort senest den 15. januar 2027. Er den ikke
klippet til den tid, sørger kommunen for at få den klippet, og regningen sendes til dig.

Det følger af vejlovens § 87.

Med venlig hilsen
Vej og Park, tlf. 70 20 30 60"""


def test_an_order_enforced_with_the_bill_sent_to_the_reader_is_a_decision_against_the_reader():
    assert load_routes().outcome(HEDGE_ORDER) == "afslag"
    assert load_routes().outcome("Hvis du ønsker det, kan regningen sendes til din bank.") is None


def test_a_reply_mail_from_a_persons_own_address_gets_no_contact_warning(analyzer):
    # no "jeg" in the answer, but the mail comes from the writer's own address: the reader can answer it
    mail = """Fra: Lene Dyhr <ldy@nordby.dk>
Emne: Re: sygesikringskort

Hej Bo

Tak for din mail. Det nye sygesikringskort bestiller du selv på borger.dk. Det koster ikke noget.

Venlig hilsen
Lene Dyhr
Borgerservice Nordby"""
    assert _of(analyzer.analyze(mail, "information"), "struktur.kontakt") in ([], ["info"])
    unit = mail.replace("Fra: Lene Dyhr <ldy@nordby.dk>", "Fra: Borgerservice")
    assert _of(analyzer.analyze(unit, "information"), "struktur.kontakt") == ["warning"]


def test_a_refused_school_leave_is_in_the_school_area_without_appeal():
    letter = """Kære Rasmus og Pia

I har søgt om, at Freja i 3.A får fri fra skole i to uger i februar til en rejse. Det kan vi ikke give lov til, fordi
skolen kun giver fri i op til fem dage om året. Tager I Freja med alligevel, bliver det registreret som ulovligt fravær.

Venlig hilsen
Nordby Skole"""
    assert load_routes().detect_area(letter) == "skolebefordring"


def test_a_meeting_confirmation_needs_no_thanks(analyzer):
    confirmation = """Nordby Kommune
Familierådgivningen

Kære Anne

Hermed bekræfter vi mødet om Sofies skolegang tirsdag den 8. december kl. 14 på rådhuset, lokale 3.

Kan tiden ikke passe, så ring til mig på 70 20 30 70.

Venlig hilsen
Ole Bak, socialrådgiver"""
    assert _of(analyzer.analyze(confirmation, "kvittering"), "struktur.tak") == []
    receipt = confirmation.replace("Hermed bekræfter vi mødet om Sofies skolegang tirsdag den 8. december kl. 14 på "
                                   "rådhuset, lokale 3.", "Vi har modtaget din ansøgning om støtte til Sofies skolegang.")
    assert _of(analyzer.analyze(receipt, "kvittering"), "struktur.tak") == ["warning"]


def test_facts_right_after_the_no_are_not_surely_missing_reasons(analyzer):
    letter = """Nordby Kommune
Vej og Park

Afslag på ansøgning om overkørsel

Du har søgt om en ny overkørsel fra din grund til Møllevej.

Vi giver afslag. Møllevej er en trafikvej med bus, og grunden har allerede en overkørsel fra Kirkestien.

Du kan klage til Vejdirektoratet inden 4 uger. Send klagen til vejpark@nordby.dk.

Venlig hilsen
Vej og Park, tlf. 70 20 30 80"""
    assert _of(analyzer.analyze(letter, "afgoerelse"), "struktur.begrundelse") in ([], ["info"])
    # kind words after the no say nothing about the case: the missing reasons stay red
    kind = letter.replace("Møllevej er en trafikvej med bus, og grunden har allerede en overkørsel fra Kirkestien.",
                          "Vi håber, at du har forståelse for det, og ønsker dig en god jul.")
    assert _of(analyzer.analyze(kind, "afgoerelse"), "struktur.begrundelse") == ["error"]


def test_a_free_place_under_full_in_a_system_field_is_a_partial_grant():
    fields = "Ansøgt:              Økonomisk friplads\nFripladstilskud:     30 %\nDin betaling:        2.436 kr. pr. måned\n"
    assert load_routes().outcome(fields, amounts=True) == "delvis"
    assert load_routes().outcome(fields.replace("30 %", "100 %"), amounts=True) is None


def test_a_letter_of_condolence_needs_no_channel(analyzer):
    letter = """Kære Inger og familie

Vi var kede af at høre, at Holger er død. Vi har kommet hos ham i tre år og vil savne hans gode humør.

Vi sender jer vores varmeste tanker.

Kærlig hilsen
Hjemmeplejen"""
    assert _of(analyzer.analyze(letter, "information"), "struktur.kontakt") == []
    plain = letter.replace("Vi var kede af at høre, at Holger er død. Vi har kommet hos ham i tre år og vil savne hans "
                           "gode humør.\n\nVi sender jer vores varmeste tanker.",
                           "Hjemmeplejen kommer en time senere på mandag på grund af et kursus.")
    assert _of(analyzer.analyze(plain, "information"), "struktur.kontakt") == ["warning"]


def test_an_assessment_right_after_the_no_stays_missing_reasons(analyzer):
    letter = """Kære Rikke og Bo

I har søgt om aflastning for Oliver to weekender om måneden i stedet for én.

Vi har vurderet sagen, og I kan ikke få flere weekender. Vi har set på jeres situation, og vi mener ikke, at behovet er
større end før.

Venlig hilsen
Børn og Familie, Nordby Kommune, tlf. 70 20 30 90"""
    assert _of(analyzer.analyze(letter, "afgoerelse"), "struktur.begrundelse") == ["error"]


def test_a_letter_that_calls_itself_a_notice_needs_no_guidance_whatever_its_type(analyzer):
    notice = """Til ejeren af Engvej 9

Hækken ud mod stien er ikke klippet. Den skal være klippet senest den 20. januar.

Dette brev er et varsel. Er hækken ikke klippet inden fristen, vil kommunen udstede påbud efter vejlovens § 87.

Vej og Park, Nordby Kommune, tlf. 70 20 30 95"""
    assert _of(analyzer.analyze(notice, "afgoerelse"), "struktur.klagevejledning") == []


def test_a_thing_lent_or_given_in_a_short_sentence_is_a_grant():
    routes = load_routes()
    assert routes.outcome("Du har søgt om en rollator. Du kan derfor låne en rollator af kommunen.") == "bevilling"
    assert routes.outcome("Du har søgt om en trappelift. Du får en trappelift. Kommunen betaler både liften og "
                          "monteringen.") == "bevilling"
    # a letter, a bill or an answer is no grant
    assert routes.outcome("Du får en regning. Du får et brev.") is None

