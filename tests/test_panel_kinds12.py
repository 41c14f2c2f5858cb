"""The procedural-justice panel, session 12 kinds (PANEL panel12, EVAL eval10/eval11 and the lead's spot check): each
kind test fails on the code before; the guards beside them held before and must keep holding."""

import pytest

from borgertekst.engine import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def panel(analyzer, text, letter_type=None):
    return analyzer.analyze(text, letter_type=letter_type).element_status


# a plain information letter to its reader: what changes, why, what the reader does, a number to call
PARKING = """Ny ordning for beboerparkering

Fra 1. marts 2027 skal du have en digital beboerlicens for at parkere i zone B. Det er fordi, vi tager de gamle
papirlicenser ud af brug i hele byen.

Du får licensen ved at skrive din nummerplade på kommunens hjemmeside. Din gamle licens gælder til og med 28. februar.

Har du spørgsmål, kan du ringe til Parkering på 45 11 23 40.

Teknik og Miljø, Gladsaxe Kommune
"""


def test_a_plain_correct_letter_to_its_reader_is_covered_on_tillid(analyzer):
    # (rubric, session 12: EVAL eval10 12/13/22-24, eval11 l16/l22 labelled such letters covered; the panel said weak,
    # "upersonligt")
    assert panel(analyzer, PARKING, "information")["tillid"].status == "covered"


def test_a_plain_notice_to_no_one_in_particular_stays_impersonal(analyzer):
    nobody = (PARKING.replace("skal du have", "skal beboere have").replace("Du får licensen ved at skrive din",
              "Licensen fås ved at skrive bilens").replace("Din gamle licens", "Den gamle licens")
              .replace("Har du spørgsmål, kan du ringe", "Spørgsmål kan rettes"))
    assert panel(analyzer, nobody, "information")["tillid"].status == "weak"


# a friendly grant with no way to reach us
GRANT = """Kære Aase

Du har søgt om en gribetang, fordi du har svært ved at bukke dig efter din knæoperation.

Vi har bevilget gribetangen. Den bliver sendt med posten, og du får den inden for en uge. Du skal ikke betale noget.

Venlig hilsen
Hjælpemidler, Vesthimmerlands Kommune
"""


def test_a_friendly_grant_without_contact_is_covered_on_tillid_and_not_on_indflydelse(analyzer):
    es = panel(analyzer, GRANT, "afgoerelse")
    assert es["tillid"].status == "covered"  # was weak: "venligt, men siger ikke, hvordan læseren kan kontakte os"
    assert es["indflydelse"].status != "covered"  # the missing contact is indflydelse's


def test_a_retold_account_not_answered_keeps_tillid_weak(analyzer):
    # the reader has spoken; a plain letter that only retells it has not shown it was taken seriously (guard)
    text = ("Kære Lone og Kim\n\nHer er referatet af mødet den 2. december om Noahs skoledag. I fortalte, at Noah ofte kommer for "
            "sent om mandagen.\n\nVi mødes igen den 10. januar kl. 14 på skolen.\n\nRing til skolens kontor på "
            "98 12 34 56, hvis der er noget.\n\nVenlig hilsen\nSkoleledelsen\n")
    assert panel(analyzer, text, "information")["tillid"].status == "weak"


def test_a_receipt_stays_weak_on_tillid(analyzer):
    text = ("Vi har modtaget din ansøgning om friplads den 1. december 2026. Du får svar inden for 4 uger. "
            "Har du spørgsmål, kan du ringe på 72 36 00 00.\n\nPladsanvisningen\n")
    es = panel(analyzer, text, "kvittering")
    assert es["tillid"].status == "weak"


def test_the_readers_words_weighed_after_the_verb_count_as_heard(analyzer):
    # PANEL panel12 03: "Vi har lagt vægt på det, De skriver" (the heard cue knew only "Det har vi lagt vægt på")
    text = ("Påbud om at beskære træ\n\nDe skrev den 3. november, at træet giver læ for Deres have. Vi har lagt vægt på det, "
            "De skriver, og De skal derfor kun beskære de grene, der hænger ud over fortovet.\n\nDe påbydes at beskære "
            "grenene senest den 1. februar 2027. Grenene hindrer fodgængere på fortovet, og efter vejlovens § 87 skal de "
            "fjernes.\n\nDe kan klage til Vejdirektoratet inden 4 uger fra De har fået brevet. Klagen sendes via "
            "Klageportalen på borger.dk.\n\nHar De spørgsmål, kan De ringe til Jens Kirk på 99 70 12 34.\n\nVej og Park, "
            "Ikast-Brande Kommune\n")
    es = panel(analyzer, text, "afgoerelse")
    assert es["tillid"].status == "covered"


def test_a_number_and_mail_offered_to_the_reader_of_an_information_letter_is_a_say(analyzer):
    # (rubric, session 12: EVAL eval10 12, eval11 l16, PANEL panel12 09 labelled covered; the panel said weak, "kan ringe
    # eller skrive og spørge, men … ikke op til, at læseren kan svare")
    assert panel(analyzer, PARKING, "information")["indflydelse"].status == "covered"


def test_a_number_for_questions_in_a_notice_to_no_one_stays_ask_only(analyzer):
    notice = ("Vejarbejde på Bredgade\n\nBredgade lukkes for biler fra 4. januar til 12. februar 2027, fordi kloakken "
              "fornyes. Der er adgang til fods til alle huse.\n\nSpørgsmål: 43 35 10 00.\n\nVej og Trafik\n")
    assert panel(analyzer, notice, "information")["indflydelse"].status == "weak"


def test_a_restriction_resting_on_a_verdict_about_conduct_has_thin_grounds(analyzer):
    # PANEL panel11c 18, panel12 12: "din kommunikation … har haft en form, som ikke kan accepteres" was "let at følge"
    text = ("Begrænset kontakt\n\nKære Ole Dam\n\nFra i dag kan du kun skrive til Pensionsteamet via Digital Post. Det er "
            "fordi, din tone over for medarbejderne har været uacceptabel.\n\nVi ser på ordningen igen den 1. juni 2027."
            "\n\nPensionsteamet, Hvidovre Kommune\n")
    assert panel(analyzer, text, "afgoerelse")["gennemskuelighed"].status == "weak"
    # with what happened said, the grounds are there (guard)
    told = text.replace("din tone over for medarbejderne har været uacceptabel",
                        "du den 3. og den 10. november kaldte en medarbejder for en idiot i telefonen og truede med at "
                        "møde op på hendes bopæl")
    assert panel(analyzer, told, "afgoerelse")["gennemskuelighed"].status != "weak"


def test_an_offer_to_look_at_it_together_and_the_readers_back_show_they_were_heard(analyzer):
    # the lead's spot check, session 12: "Ring gerne, så kan vi kigge på …" and "på grund af din ryg"
    base = ("Kære Birthe\n\nDu har søgt om hjælp til rengøring. Vi har besøgt dig den 4. marts.\n\nDu får hjælp til "
            "støvsugning og gulvvask hver anden uge. Du kan selv tørre støv af{why}.\n\nHjemmeplejen ringer, før de kommer "
            "første gang. Du kan klage til os inden 4 uger, så ser vi på sagen igen og sender den til Ankestyrelsen, hvis "
            "vi holder fast i den.{help}\n\nVenlig hilsen\nVisitationen, Stevns Kommune\n")
    bare = panel(analyzer, base.format(why="", help=""), "afgoerelse")["tillid"]
    back = panel(analyzer, base.format(why=", men støvsugning kan du ikke klare på grund af din ryg", help=""),
                 "afgoerelse")["tillid"]
    offer = panel(analyzer, base.format(why="", help=" Er du i tvivl om noget, så ring på 56 57 58 59, så kan vi tale "
                                        "om det."), "afgoerelse")["tillid"]
    assert back.status == "covered" and offer.status == "covered"
    assert "hørt" in back.reason or "hørt" in offer.reason or bare.status != "covered"


def test_a_warm_du_form_decision_with_one_formula_is_not_cold(analyzer):
    # the lead's spot check, session 12: "Afgørelsen er truffet efter servicelovens § 83" made a friendly letter cold
    text = ("Kære Inger\n\nDu får hjælp til bad to gange om ugen fra mandag den 7. december. Det er fordi, det er blevet "
            "svært at komme ind og ud af badet alene.\n\nHjemmeplejen ringer til dig, før de kommer første gang. "
            "Afgørelsen er truffet efter servicelovens § 83.\n\nVisitationen, Faxe Kommune\n")
    assert panel(analyzer, text, "afgoerelse")["vaerdighed"].status == "covered"


def test_a_grant_said_as_an_amount_needs_no_complaint_guidance(analyzer):
    # PANEL panel12b 03: "Du har søgt om … Du får 2,23 kr. pr. kilometer" was "maybe a full grant" (weak)
    text = ("Hej Sofie\n\nDu har søgt om at få dækket udgiften til kørsel til din datter Majas træning i Vejle.\n\nDu får "
            "2,23 kr. pr. kilometer for turene. Pengene kommer på din NemKonto hver måned.\n\nHar du spørgsmål, så ring til mig på 76 16 50 00.\n\nVenlig hilsen\n"
            "Ali Yilmaz\nFamilieafdelingen, Fredericia Kommune\n")
    assert panel(analyzer, text, "afgoerelse")["indflydelse"].status == "covered"


def test_a_desk_named_at_length_before_its_hours_is_a_way_to_reach_us(analyzer):
    # PANEL panel12b 08: "Du kan komme i Borgerservice på biblioteket i Ishøj tirsdag eller torsdag mellem 10 og 13"
    text = ("Kære Hamid\n\nTak for din besked. Du kan komme i Borgerservice i kælderen under rådhuset i Brøndby Strand "
            "mandag eller onsdag mellem 9 og 12, så hjælper vi dig med at bestille tid til pas.\n\nVenlig hilsen\n"
            "Borgerservice, Brøndby Kommune\n")
    assert panel(analyzer, text, "information")["indflydelse"].status != "missing"


def test_a_meeting_summary_with_an_agreement_and_aula_hears_the_parents(analyzer):
    # PANEL panel12b 10: "Ring eller skriv til Jonas på Aula", "Vi blev enige om, at …" (was: no contact, impersonal, cold)
    text = ("Til forældre til Malte Holm\n\nReferat af mødet den 1. december 2026\n\nDeltagere: mor, far, klasselærer "
            "Sanne og skolepsykolog Bo.\n\nI fortalte, at Malte har svært ved at sove, før han skal i skole. Vi blev enige om, "
            "at Malte starter med at læse med Sanne de første ti minutter hver morgen.\n\nVi mødes igen den 20. januar "
            "kl. 8.30. Skriv til Sanne på Aula, hvis der sker noget inden da.\n\nMed venlig hilsen\nTove Bak, skoleleder\n")
    es = panel(analyzer, text, "andet")
    assert es["indflydelse"].status != "missing"
    assert es["tillid"].status == "covered"


def test_a_breach_of_house_rules_without_what_has_thin_grounds(analyzer):
    # PANEL panel12b 11: "haven er … ikke holdt i overensstemmelse med ordensreglementet" was "let at følge"
    text = ("Opsigelse af lejemål\n\nKommunen opsiger Deres lejemål af garage nr. 4 på Parkvej til den 1. april 2027. "
            "Opsigelsen sker, fordi garagen ikke er brugt i overensstemmelse med lejekontrakten.\n\nGaragen skal være tømt "
            "senest den 1. april 2027.\n\nEjendomsafdelingen, Herlev Kommune\n")
    assert panel(analyzer, text, "information")["gennemskuelighed"].status == "weak"


def test_an_orders_own_consequence_with_kan_is_information(analyzer):
    # PANEL panel12b 07, EVAL eval11 l18: "Efterkommes påbuddet ikke, kan kommunen meddele tvangsbøder" in De-form made
    # værdighed missing; a police report held over the reader stays pressure (guard)
    text = ("Påbud om oprydning\n\nVed tilsyn den 3. november 2026 så vi 12 skrotbiler på ejendommen Mosevej 8. Oplag af "
            "skrotbiler kræver tilladelse efter miljøbeskyttelsesloven, og olie og væsker kan forurene jorden.\n\nDe påbydes at fjerne bilerne senest "
            "den 1. marts 2027. Efterkommes påbuddet ikke, kan kommunen meddele tvangsbøder.\n\nDe kan klage til "
            "Miljø- og Fødevareklagenævnet inden 4 uger via Klageportalen.\n\nHar De spørgsmål, kan De ringe til Eva Lind "
            "på 44 77 10 00.\n\nNatur og Miljø, Ballerup Kommune\n")
    assert panel(analyzer, text, "afgoerelse")["vaerdighed"].status != "missing"
    police = text.replace("kan kommunen meddele tvangsbøder", "kan kommunen politianmelde forholdet")
    assert panel(analyzer, police, "afgoerelse")["vaerdighed"].status == "missing"


def test_an_order_without_contact_is_not_a_no(analyzer):
    # ELEMENTS session 12 reads an order as adverse (outcome "afslag"); the panel said "Brevet siger nej uden en kontakt"
    # (tillid missing) on a correct påbud with grounds and complaint guidance (data/lettertypes b05)
    text = ("Beskæring af træ ud mod Skolevej\n\nVed vejsyn den 2. november så vi, at Deres træ hænger 1 meter ud over "
            "cykelstien, så cyklister skal køre ud på vejen.\n\nEfter privatvejslovens § 66 skal beplantning holdes inden "
            "for skellet. Kommunen kræver derfor, at De beskærer træet senest den 1. februar 2027. Er det ikke sket til den tid, "
            "vil kommunen lade arbejdet udføre for Deres regning.\n\nDe kan klage over "
            "afgørelsen til Vejdirektoratet inden 4 uger. Klagen sendes til kommunen, som videresender den.\n\n"
            "Vej og Park, Gentofte Kommune\n")
    tillid = panel(analyzer, text, "afgoerelse")["tillid"]
    assert tillid.status == "weak" and "siger nej" not in tillid.reason
