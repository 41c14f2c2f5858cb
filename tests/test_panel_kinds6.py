"""The procedural-justice panel on the kinds EVAL's eval6 and PANEL's panel6 found (PANEL session 7).
Each kind next to a letter that does the thing, so the test fails if the panel stops telling them apart.
Rubric decisions written down here and in the panel's reasons: an adverse decision without complaint guidance is
missing on indflydelse even with a phone number; a letter to a professional is judged toward the addressee."""

import pytest


def panel(analyzer, text, letter_type=None):
    return analyzer.analyze(text, letter_type).element_status


HOLLOW = """Afgørelse om hjælp til briller

Du har søgt om hjælp til nye briller. Vi har behandlet ansøgningen efter aktivlovens § 82.

Du opfylder ikke betingelserne for at få hjælp. Vi giver dig derfor afslag.

Du kan klage over afgørelsen. Klagen sendes til Ydelsescentret, Torvet 2, 7000 Fredericia, inden 4 uger efter du har
modtaget afgørelsen. Vi vurderer sagen igen, og fastholder vi afgørelsen, sender vi klagen til Ankestyrelsen.

Spørgsmål kan rettes til Ydelsescentret på tlf. 72 10 60 00.

Med venlig hilsen
Ydelsescentret
"""


def test_a_refusal_whose_only_ground_is_unmet_conditions_has_no_grounds(analyzer):
    es = panel(analyzer, HOLLOW, "afgoerelse")
    assert es["gennemskuelighed"].status == "missing" and "betingelserne" in es["gennemskuelighed"].reason
    assert es["tillid"].status == "missing"
    # the same refusal with the fact that decided it
    fact = HOLLOW.replace("for at få hjælp.", "for at få hjælp, fordi du har en opsparing på 38.000 kr., og "
                                              "brillerne koster 2.900 kr.")
    es = panel(analyzer, fact, "afgoerelse")
    assert es["gennemskuelighed"].status == "covered"
    assert es["tillid"].status != "missing"


def test_a_refusal_without_complaint_guidance_is_missing_even_with_a_phone(analyzer):
    text = ("Din ansøgning om merudgifter er afslået, fordi udgifterne til medicin er under 600 kr. om måneden, "
            "og servicelovens § 41 kræver mindst det.\n\nSpørgsmål: ring til Handicapteamet på 96 11 22 33.\n\n"
            "Med venlig hilsen\nHandicapteamet\n")
    ind = panel(analyzer, text, "afgoerelse")["indflydelse"]
    assert ind.status == "missing" and "ingen klagevej" in ind.reason


GRANT = """Kære Bent

Tak fordi jeg måtte komme forbi i sidste uge.

Du får derfor en rollator med sæde og kurv, som du har søgt om. Depotet ringer og aftaler, hvornår de kommer med den.

Ring til mig på 97 12 34 56, hvis du har spørgsmål.

Venlig hilsen
Lise, terapeut
"""


def test_a_full_grant_in_the_readers_words_needs_no_complaint_guidance(analyzer):
    assert panel(analyzer, GRANT, "afgoerelse")["indflydelse"].status == "covered"
    partial = GRANT.replace("som du har søgt om.", "som du har søgt om, men ikke den elektriske model.")
    assert panel(analyzer, partial, "afgoerelse")["indflydelse"].status != "covered"


VARSEL = """Varsel om påbud

Det påhviler grundejeren at holde fortovet fri for grene og buske.

Kommunen varsler hermed, at De vil få påbud om at klippe hækken ved Deres ejendom på Skovvej 4.

Såfremt klipningen ikke er sket inden 14 dage, vil kommunen efter vejlovens § 87 lade arbejdet udføre for Deres regning.

Med venlig hilsen
Vej og Park
"""


def test_a_warning_whose_only_ground_is_a_duty_is_weak_on_gennemskuelighed(analyzer):
    gen = panel(analyzer, VARSEL, "partshoering")["gennemskuelighed"]
    assert gen.status == "weak" and "påhviler" in gen.reason
    ruled = VARSEL.replace("Det påhviler grundejeren at holde fortovet fri for grene og buske.",
                           "Efter vejlovens § 87 skal grundejeren holde fortovet fri for grene og buske.")
    assert panel(analyzer, ruled, "partshoering")["gennemskuelighed"].status == "covered"


GP = """Til praktiserende læge Jens Holm
Lægehuset Søndergade

Anmodning om statusattest

Kommunen behandler en sag om sygedagpenge for Per Nielsen, som har givet samtykke til, at vi indhenter oplysninger.
Vi har brug for din vurdering af hans helbred og forventede arbejdsevne, fordi vi skal tage stilling til forlængelse.

Vi vil gerne have attesten senest den 15. januar. Attesten honoreres efter overenskomsten.

Spørgsmål kan rettes til sagsbehandler Anne Bo på tlf. 76 11 22 33.

Med venlig hilsen
Anne Bo
"""


def test_a_letter_to_a_professional_is_judged_toward_the_addressee(analyzer):
    tillid = panel(analyzer, GP, "andet")["tillid"]
    assert tillid.status == "covered" and "fagperson" in tillid.reason
    # the same words without the professional addressee are the impersonal letter they would be to a citizen
    plain = GP.replace("Til praktiserende læge Jens Holm\nLægehuset Søndergade\n\nAnmodning om statusattest\n\n", "")
    assert panel(analyzer, plain, "andet")["tillid"].status == "weak"


@pytest.mark.parametrize("closing", [
    "Kommunen vil ikke behandle yderligere ansøgninger om depositum, før De kan dokumentere et særligt behov.",
    "Vi kan ikke se, at der er mere at komme efter i den her sag.",
])
def test_closing_the_door_lowers_vaerdighed_and_tillid(analyzer, closing):
    text = ("Hej Kim\n\nDu får ikke hjælp til flytningen. Efter aktivlovens § 85 kan vi kun give hjælp, hvis flytningen "
            "giver dig arbejde, og du har ikke fået arbejde i den nye by.\n\n{}\n\nHilsen\nYdelser\n")
    open_ = panel(analyzer, text.format(""), "afgoerelse")
    closed = panel(analyzer, text.format(closing), "afgoerelse")
    assert open_["vaerdighed"].status == "covered"
    assert closed["vaerdighed"].status != "covered"
    assert closed["tillid"].status == "missing"


def test_expecting_the_reader_to_comply_is_scolding(analyzer):
    text = ("Kære Ole Hansen\n\nDu har fået afslag på hjælp til depositum, fordi din nye bolig ikke er billigere end den gamle. "
            "{}\n\nDu kan klage inden 4 uger til os; vi sender klagen videre til Ankestyrelsen, hvis vi fastholder "
            "afgørelsen.\n\nSpørgsmål: tlf. 36 39 36 39.\n\nHilsen\nYdelser\n")
    plain = panel(analyzer, text.format(""), "afgoerelse")["vaerdighed"]
    scold = panel(analyzer, text.format("Kommunen må forvente, at du fremover retter dig efter dette."), "afgoerelse")["vaerdighed"]
    assert plain.status == "covered" and scold.status != "covered"


SUMMONS = """INDKALDELSE TIL SAMTALE

Kære Ole

Du er indkaldt til en samtale om dit jobmål.

Tid: Torsdag den 11. december kl. 10.30
Sted: Jobcentret, Vestergade 2, lokale 4

Kan du ikke komme, så ring til Ida på 79 75 57 21{meet}
{bye}
Venlig hilsen
Jobcentret
"""


def test_summons_fields_are_no_cold_voice_when_the_letter_meets_the_reader(analyzer):
    warm = SUMMONS.format(meet=", så finder vi en ny tid.", bye="\nVi ses!\n")
    cold = SUMMONS.format(meet=".", bye="")
    assert panel(analyzer, warm, "indkaldelse")["vaerdighed"].status == "covered"
    assert panel(analyzer, cold, "indkaldelse")["vaerdighed"].status == "weak"


def test_reply_to_this_sms_is_a_way_to_reach_us(analyzer):
    text = "Hej Kim. Husk vores aftale i morgen kl 10.30 på Jobcentret, Nygade 2.{} Vh Lone, din sagsbehandler"
    assert panel(analyzer, text.format(""), "information")["indflydelse"].status == "missing"
    assert panel(analyzer, text.format(" Kan du ikke komme, så svar bare på denne sms."),
                 "information")["indflydelse"].status == "covered"


def test_a_hearing_that_says_where_comments_go_is_covered(analyzer):
    text = ("PARTSHØRING\n\nKommunen påtænker at stoppe din boligstøtte fra 1. januar, fordi husstandens indkomst i år bliver "
            "498.200 kr., og ved den indkomst bliver støtten 0 kr.\n\nDu har ret til at komme med bemærkninger inden den "
            "12. december.{}\n\nDenne meddelelse kan ikke besvares.\n")
    assert panel(analyzer, text.format(""), "partshoering")["indflydelse"].status == "weak"
    routed = text.format(" Bemærkninger kan sendes via borger.dk under »Skriv til kommunen«.")
    assert panel(analyzer, routed, "partshoering")["indflydelse"].status == "covered"


def test_a_week_number_is_a_next_step(analyzer):
    text = "BEVILLING\n\nDu er bevilget praktisk hjælp hver anden uge efter servicelovens § 83.{}\n\nVisitationen\n"
    assert panel(analyzer, text.format(""), "afgoerelse")["tillid"].status == "missing"
    assert panel(analyzer, text.format(" Hjælpen starter i uge 50."), "afgoerelse")["tillid"].status == "weak"


def test_naming_the_readers_difficulty_shows_they_were_heard(analyzer):
    text = ("Afgørelse om madservice\n\nDu har søgt om at få mad bragt hjem{}.\n\nDu får madservice fra mandag den "
            "8. december efter servicelovens § 83. Leverandøren ringer til dig i næste uge.\n\nTlf. 57 62 64 00\n\n"
            "Visitationen\n")
    assert panel(analyzer, text.format(""), "afgoerelse")["tillid"].status == "weak"
    heard = text.format(", fordi du efter din operation har svært ved at stå ved komfuret")
    assert panel(analyzer, heard, "afgoerelse")["tillid"].status == "covered"


# --- kinds from the second blind batch (panel6b) ------------------------------------------------------------------

def test_no_appeal_and_no_contact_leaves_no_way_to_respond(analyzer):
    text = ("Svar på klage\n\nKlager har klaget over afslaget på beboerlicens. Licens gives kun til personer med adresse i zonen, "
            "og klager bor uden for zonen. Afgørelsen fastholdes.\n\nAfgørelsen kan ikke påklages til anden administrativ "
            "myndighed.{}\n\nCenter for Teknik\n")
    assert panel(analyzer, text.format(""), "afgoerelse")["indflydelse"].status == "missing"
    assert panel(analyzer, text.format("\n\nSpørgsmål: tlf. 72 56 50 00."), "afgoerelse")["indflydelse"].status == "covered"


def test_a_closed_door_with_complaint_guidance_still_lets_the_reader_complain(analyzer):
    text = ("Deres ansøgning om udvidet hjemmehjælp afvises, fordi der ikke er nye oplysninger om Deres helbred siden "
            "afgørelsen af 2. september.\n\nKommunen vil ikke behandle yderligere ansøgninger om udvidet hjemmehjælp.\n\n"
            "{}\n\nVisitationen\n")
    guided = text.format("Afgørelsen kan påklages til Ankestyrelsen inden 4 uger. Klagen sendes til kommunen.")
    assert panel(analyzer, guided, "afgoerelse")["indflydelse"].status == "weak"
    assert panel(analyzer, text.format(""), "afgoerelse")["indflydelse"].status == "missing"


def test_a_date_ordinal_does_not_end_the_sentence_before_a_consequence():
    from borgertekst.checks.panel import _pressure
    excused = ("Betal gerne senest den 15. december. Hvis vi ikke hører fra dig, skal vi efter reglerne sende beløbet til "
               "Gældsstyrelsen.")
    assert _pressure(excused, []) == []  # the help ("gerne") is in the sentence before, which the ordinal does not cut
    assert _pressure(excused.replace("Betal gerne", "Betal"), [])


def test_de_form_to_a_lawyer_is_the_register(analyzer):
    text = ("Advokatfirmaet Lind & Bech\nAtt.: advokat Rikke Lind\n\nDeres j.nr. 2025-4471\n\nTak for Deres anmodning om "
            "aktindsigt på vegne af Søren Mathiesen. Vi sender dokumenterne til Dem senest den 5. december.\n\n"
            "Med venlig hilsen\nAnja Krogh\nTlf. 89 59 10 00\n")
    assert panel(analyzer, text, "information")["vaerdighed"].status == "covered"
    to_citizen = text.replace("Advokatfirmaet Lind & Bech\nAtt.: advokat Rikke Lind\n\nDeres j.nr. 2025-4471\n\n", "").replace(
        "på vegne af Søren Mathiesen", "i Deres sag")
    # session 10 (the lead's open kind, PANEL panel10): the De-form alone is a register to a citizen too; it takes
    # værdighed down only with a cold, curt or pressing letter (test_panel_kinds10)
    assert panel(analyzer, to_citizen, "information")["vaerdighed"].status == "covered"


def test_an_afbud_link_is_a_route_on_a_no_reply_sms(analyzer):
    text = "Kommunen: Du er booket til vaccination tors 4/12 kl. 10:20 på Sundhedscentret.{} Denne sms kan ikke besvares."
    assert panel(analyzer, text.format(""), "andet")["indflydelse"].status == "missing"
    assert panel(analyzer, text.format(" Afbud: kommune.dk/afbud."), "andet")["indflydelse"].status == "weak"


def test_the_thing_applied_for_given_is_a_full_grant(analyzer):
    text = ("Afgørelse om ledsagerkort\n\nDu har søgt om et ledsagerkort. Du får {}, fordi du har brug for hjælp til at "
            "komme rundt.\n\nHar du spørgsmål, kan du ringe til os på 46 11 00 00.\n\nRudersdal Kommune\n")
    assert panel(analyzer, text.format("kortet"), "afgoerelse")["indflydelse"].status == "covered"
    assert panel(analyzer, text.format("ikke kortet"), "afgoerelse")["indflydelse"].status != "covered"


def test_working_on_it_is_a_next_step_for_a_receipt(analyzer):
    text = "Tak for jeres underretning af 17. november. Vi har modtaget den{}.\n\nNina Holt, tlf. 49 28 28 28\n"
    assert panel(analyzer, text.format(""), "kvittering")["gennemskuelighed"].status == "weak"
    assert panel(analyzer, text.format(", og vi er i gang med at vurdere den"), "kvittering")["gennemskuelighed"].status == "covered"


def test_english_thanks_show_the_reader_was_heard(analyzer):
    text = ("Dear Mr. Kowalski\n\n{}We will process your application for a residence certificate within 5 working days.\n\n"
            "Questions: 43 59 10 00\n\nBorgerservice\n")
    assert panel(analyzer, text.format(""), "kvittering")["tillid"].status == "weak"
    assert panel(analyzer, text.format("Thank you for your application. "), "kvittering")["tillid"].status == "covered"


# --- kinds from the third blind batch (panel6c) -------------------------------------------------------------------

def test_a_brush_off_is_pressure(analyzer):
    text = "Hej\n\n{}\n\nVh\nBorgerservice\n"
    plain = panel(analyzer, text.format("Vi kan ikke hjælpe med at betale for en ny cykel."), "andet")
    brushed = panel(analyzer, text.format("Vi hjælper ikke med den slags. Det må du selv sørge for."), "andet")
    assert plain["vaerdighed"].status != "missing"
    assert brushed["vaerdighed"].status == "missing" and brushed["tillid"].status == "missing"


def test_counting_what_was_explained_is_pressure():
    from borgertekst.checks.panel import _pressure
    assert _pressure("Vi har nu flere gange forklaret dig, at støjen er under grænsen.", [])
    assert not _pressure("Vi har forklaret, at støjen er under grænsen.", [])
