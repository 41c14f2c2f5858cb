"""The procedural-justice panel, session 9 kinds (EVAL eval8 and PANEL panel8): each kind test fails on the code before;
the neutral change and the local rule in words are guards that held before and must keep holding."""

import pytest

from borgertekst.engine import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def panel(analyzer, text, letter_type=None):
    return analyzer.analyze(text, letter_type=letter_type).element_status


GUIDANCE = """Klagevejledning
Du kan klage inden 4 uger efter, at du har fået brevet. Skriv til os på ydelse@odense.dk. Vi ser på sagen igen, og holder vi fast i afgørelsen, sender vi klagen til Ankestyrelsen.

Har du spørgsmål, så ring til Ydelsesteamet på 66 13 13 72.
"""


def test_readability_is_no_ground_for_a_summons_with_the_benefit_at_stake(analyzer):
    # EVAL eval8 19, PANEL panel8 02: "Brevet er let at følge" gave gennemskuelighed covered
    text = ("Odense Kommune, Ydelsesteamet\n\nDu skal møde hos os onsdag den 9. december kl. 10.30 på Østre Stationsvej 15.\n\n"
            "Tag pas og lønsedler for de sidste to måneder med.\n\n"
            "Møder du ikke op uden en gyldig grund, kan det få betydning for din ydelse.\n\n"
            "Kan du ikke komme, så ring på 66 13 13 72, så finder vi en anden dag.\n\nYdelsesteamet")
    es = panel(analyzer, text, "indkaldelse")
    assert es["gennemskuelighed"].status == "weak"
    assert "handler om" in es["gennemskuelighed"].reason
    # the same summons saying what the meeting is about is clear
    about = text.replace("Du skal møde hos os", "Vi vil gerne tale med dig om din nye jobplan. Du skal møde hos os")
    assert panel(analyzer, about, "indkaldelse")["gennemskuelighed"].status == "covered"


def test_an_adverse_change_without_a_reason_is_weak_on_grounds(analyzer):
    # EVAL eval8 23: a payment date moved, advances refused in advance, no word on why
    text = ("Randers Kommune\nPension\n\nFra 1. marts 2027 ændres datoen for udbetaling af din boligydelse til den sidste "
            "bankdag i måneden.\n\nKommunen vil ikke kunne imødekomme ansøgninger om forskud.\n\n"
            "Spørgsmål kan rettes til Pension på 89 15 15 15.\n\nMed venlig hilsen\nPension")
    assert panel(analyzer, text, "information")["gennemskuelighed"].status == "weak"
    reasoned = text.replace("i måneden.", "i måneden, fordi Udbetaling Danmark samler alle udbetalinger på én dag.")
    assert panel(analyzer, reasoned, "information")["gennemskuelighed"].status == "covered"


def test_a_neutral_change_without_a_reason_stays_clear(analyzer):
    # reviewers (ELEMENTS, EVAL eval7 22) call a plain change of practice clear; only one that goes against the reader counts
    text = ("Syddjurs Kommune\n\nFra 1. februar 2027 skal du tilmelde dit barn til svømning på kommunens hjemmeside i stedet "
            "for på papir.\n\nHar du spørgsmål, kan du ringe til Skolekontoret på 87 53 50 00.\n\nVenlig hilsen\nSkolekontoret")
    assert panel(analyzer, text, "information")["gennemskuelighed"].status == "covered"


def test_a_letter_that_used_the_readers_hearing_answer_has_heard_them(analyzer):
    # EVAL eval7 10, eval8 06, PANEL panel8 05: no thanks or empathy words, but the reader's answer changed the decision
    text = ("Esbjerg Kommune, Byg og Miljø\n\nPåbud om fjernelse af skrot på Havnevej 4\n\n"
            "Vi skrev til jer den 2. november, at vi ville give jer påbud om at fjerne de tre bilvrag i haven inden 1. december. "
            "I svarede, at I skal bruge mere tid, fordi en af bilerne skal synes. Det har vi taget hensyn til. Fristen er "
            "derfor nu 15. januar 2027.\n\nPåbuddet gives efter miljøbeskyttelseslovens § 42, fordi olie fra bilerne kan "
            "løbe ud i jorden.\n\nKlagevejledning\nI kan klage til Miljø- og Fødevareklagenævnet inden 4 uger via "
            "Klageportalen på borger.dk.\n\nSpørgsmål: ring til Byg og Miljø på 76 16 16 16.\n\nByg og Miljø")
    assert panel(analyzer, text, "afgoerelse")["tillid"].status == "covered"
    unheard = text.replace("I svarede, at I skal bruge mere tid, fordi en af bilerne skal synes. Det har vi taget hensyn til. ", "")
    assert panel(analyzer, unheard, "afgoerelse")["tillid"].status == "weak"


def test_an_sms_that_lets_the_reader_move_the_time_gives_a_say(analyzer):
    # EVAL eval8 21: "passer det ikke så ring" is a route to change what we set, not only a number for questions
    text = ("SMS fra Vejen Kommune: hej Jonna. fodterapeuten kommer torsdag kl 13 i stedet for kl 10 pga sygdom. "
            "passer tiden dig ikke så ring 79 96 50 00. mvh sundhedsplejen")
    assert panel(analyzer, text, "information")["indflydelse"].status == "covered"


def test_a_letter_that_refuses_enquiries_closes_the_door(analyzer):
    # EVAL eval8 23, PANEL panel8 23: "Der kan ikke rettes yderligere henvendelse" — no one to turn to, not heard
    text = ("Fra: ydelse@kolding.dk\nEmne: SV: Indsigelse\n\nVi har noteret din indsigelse af 12.11.2026.\n\n"
            "Beslutningen om tilbagebetaling af 2.860 kr. står ved magt, og beløbet modregnes i din udbetaling fra februar.\n\n"
            "Der kan ikke rettes yderligere henvendelse i sagen.\n\nYdelse\nKolding Kommune")
    es = panel(analyzer, text, "afgoerelse")
    assert es["indflydelse"].status == "missing"
    assert es["tillid"].status == "missing"
    assert es["vaerdighed"].status == "weak"
    assert es["gennemskuelighed"].status == "missing"  # an amount is no ground


def test_closing_the_door_twice_is_one_act(analyzer):
    # PANEL panel8 13: "Sagen er hermed afsluttet" and "henvendelser … vil ikke blive besvaret" — værdighed weak, not missing
    text = ("Lejre Kommune\nPlan og Byg\n\nSvar på din henvendelse om naboens træ\n\nKommunen har modtaget din henvendelse "
            "af 4. november om naboens træ. Træet står på naboens grund, og kommunen har ikke hjemmel til at gribe ind i "
            "uenigheder om beplantning mellem naboer. Det afgøres af hegnssynet.\n\nSagen er hermed afsluttet, og yderligere "
            "henvendelser om træet vil ikke blive besvaret.\n\nMed venlig hilsen\nPlan og Byg")
    es = panel(analyzer, text, "afgoerelse")
    assert es["vaerdighed"].status == "weak"
    assert es["gennemskuelighed"].status == "covered"  # the grounds are there (no authority, the hegnssyn decides)
    assert es["tillid"].status == "missing"


SANCTION = """Jobcenter Horsens

Hej Emil

Vi trækker 1.340 kr. i din uddannelseshjælp

Du var ikke på dit kursus hos AOF den 10. og 11. november. Du meldte ikke afbud, og vi kunne ikke få fat i dig.

Derfor trækker vi 1.340 kr. i din uddannelseshjælp for december efter § 36 i lov om aktiv socialpolitik, fordi du uden rimelig grund er udeblevet.

Udebliver du igen, stopper vi din uddannelseshjælp.

""" + GUIDANCE


def test_a_reasoned_sanction_with_one_threat_is_weak_on_trust(analyzer):
    # rubric, session 9 (EVAL eval8 kind 5): correct, reasoned, a way to complain and to ask, one consequence
    es = panel(analyzer, SANCTION, "afgoerelse")
    assert es["tillid"].status == "weak"
    assert es["vaerdighed"].status == "weak"
    # scolding on top of it is cold and distant
    scolded = SANCTION.replace("Udebliver du igen", "Det er dit eget ansvar at melde afbud. Udebliver du igen")
    assert panel(analyzer, scolded, "afgoerelse")["tillid"].status == "missing"


@pytest.mark.parametrize("text", [
    "Din ansøgning om tilskud til høreapparat er afslået, da du ikke opfylder betingelserne.\nBorgerservice",
    "Tårnby Kommune: Ansøgning om ledsagerkort – afslag. Mvh Visitationen",
])
def test_a_curt_one_line_refusal_lowers_dignity(analyzer, text):
    # rubric, session 9 (EVAL eval8 kind 5): a no in one bare line, no greeting, no reason, no one to reach
    es = panel(analyzer, text, "afgoerelse")
    assert es["vaerdighed"].status == "weak"
    assert "kort for hovedet" in es["vaerdighed"].reason


def test_a_bare_system_receipt_lowers_dignity_and_says_nothing_of_what_comes(analyzer):
    es = panel(analyzer, "Henvendelse modtaget. Sagsnr. 2026-55817. Der kan ikke svares på denne besked.", "kvittering")
    assert es["vaerdighed"].status == "weak"
    assert es["gennemskuelighed"].status == "weak"


RECEIPT = """*** Dette er en automatisk besked. Du kan ikke svare på denne mail. ***

KVITTERING

Vi har modtaget din ansøgning om parkeringslicens. Sagsbehandlingstiden er ca. 4 uger. Du får svar i Digital Post.

Har du spørgsmål, så ring til Borgerservice på 72 36 36 36.

Holbæk Kommune"""


def test_an_automatic_receipt_with_what_comes_and_a_phone_is_polite(analyzer):
    # rubric, session 9 (EVAL eval6 17, eval8 16): værdighed covered; with no one to reach it stays cold (panel4 62)
    assert panel(analyzer, RECEIPT, "kvittering")["vaerdighed"].status == "covered"
    nobody = RECEIPT.replace("Har du spørgsmål, så ring til Borgerservice på 72 36 36 36.\n\n", "")
    assert panel(analyzer, nobody, "kvittering")["vaerdighed"].status == "weak"


def test_a_place_to_send_what_we_ask_for_is_a_weak_route(analyzer):
    # PANEL panel8 25: no phone or address, but "Lønsedlerne kan indsendes via borger.dk"
    text = ("Fanø Kommune\nBoligstøtte\n\nVi mangler dine lønsedler for september og oktober 2026 for at kunne beregne din "
            "boligstøtte.\n\nLønsedlerne kan indsendes via borger.dk senest den 15. december.\n\nBoligstøtte")
    assert panel(analyzer, text, "information")["indflydelse"].status == "weak"


def test_a_local_rule_said_in_words_is_a_ground(analyzer):
    # PANEL panel5b 09: "åbningstiden er den samme for alle … Det står i kommunens styrelsesvedtægt"
    text = ("Kære Jens\n\nSvar på din klage over afslag på længere åbningstid i SFO\n\nVi har set på sagen igen, men vi ændrer "
            "ikke afgørelsen. SFO'ens åbningstid er den samme for alle børn. Det står i kommunens styrelsesvedtægt for SFO.\n\n"
            "Din klage er nu sendt videre til Ankestyrelsen.\n\nVenlig hilsen\nHelle\nTlf. 87 94 70 00")
    assert panel(analyzer, text, "klagesvar")["gennemskuelighed"].status == "covered"


# --- kinds from the second blind batch (panel8b) -----------------------------------------------------------------------

def test_an_sms_from_a_person_asking_to_write_here_is_a_route(analyzer):
    text = ("Hej Lis. Din far er tilmeldt træning på Solgården fra onsdag d. 9/12 kl 10. Bussen henter ham kl 9.30. "
            "Skriv endelig her hvis han ikke kan den dag. Kh Maria, træningen")
    es = panel(analyzer, text, "information")
    assert es["indflydelse"].status == "covered"
    assert es["tillid"].status == "covered"


def test_a_complaint_reply_that_reverses_a_refusal_needs_no_guidance(analyzer):
    text = ("Viborg Kommune\nHjælpemidler\n\nKære Knud\n\nTak for din klage over, at vi gav dig afslag på en badebænk. "
            "Du skriver, at du ikke kan stå op i brusebadet efter din operation. Det har vi talt med din fysioterapeut om, "
            "og hun bekræfter det.\n\nDerfor ændrer vi afgørelsen: Du får en badebænk. Den bliver leveret i uge 2.\n\n"
            "Venlig hilsen\nLone, terapeut\nTlf. 87 87 87 87")
    assert panel(analyzer, text, "afgoerelse")["indflydelse"].status == "covered"


def test_a_closed_door_on_a_complaint_at_the_appeal_body_is_weak_on_say(analyzer):
    # the reader's complaint is on its way: the route is there, only the door to us is closed (rubric panel6b)
    text = ("Svendborg Kommune\nBørn og Familie\n\nSvar på din klage\n\nKommunen har behandlet din klage igen og fastholder "
            "afgørelsen, fordi Emmas behov ifølge skolens udtalelse af 2. november dækkes af den støtte, hun får i klassen.\n\n"
            "Klagen er sendt videre til Ankestyrelsen, som træffer afgørelse i sagen.\n\nKommunen vil ikke besvare flere "
            "henvendelser om sagen, mens den ligger i Ankestyrelsen.\n\nBørn og Familie")
    es = panel(analyzer, text, "klagesvar")
    assert es["indflydelse"].status == "weak"
    assert es["tillid"].status == "missing"


def test_a_bare_receipt_without_contact_or_next_step_is_weak_on_trust(analyzer):
    # reviewers 3 of 4 (panel3, panel4 62, panel5 07): the reader knows we have it; not "missing"
    text = "Fra: selvbetjening@odder.dk\nEmne: Kvittering\n\nDin formular er modtaget.\nReference: OD-26-4471\n"
    assert panel(analyzer, text, "kvittering")["tillid"].status == "weak"


def test_a_friendly_information_letter_to_an_employer_is_judged_toward_the_addressee(analyzer):
    text = ("Viborg Kommune\nJobcenter\n\nTømrerfirmaet Nielsen ApS\nAtt.: Søren Nielsen\nHovedgaden 3, 8800 Viborg\n\n"
            "Kære Søren Nielsen\n\nLise Holm er sygemeldt og har givet os lov til at kontakte jer. For at vi kan lægge en plan "
            "for hendes tilbagevenden, vil vi gerne vide, hvilke opgaver hun har i en normal uge.\n\nVil du sende os en kort "
            "beskrivelse senest den 15. december? Du er også velkommen til at ringe.\n\nVenlig hilsen\nPer Lund, "
            "rådgiver\nTlf. 87 87 50 00")
    assert panel(analyzer, text, "information")["tillid"].status == "covered"


def test_we_will_find_a_way_with_the_reader_is_a_say(analyzer):
    # "Er det et problem, så ring …, så finder vi en løsning" (EVAL eval9): the reader may change what we set
    sms = ("Hej Bente. Vi er mange syge i dag, så din rengøring kl 9 flyttes til fredag kl 9. Vi beklager. "
           "Er det et problem, så ring 70 11 22 33, så finder vi en løsning. Hilsen Mads, hjemmeplejen")
    assert panel(analyzer, sms)["indflydelse"].status == "covered"
    # (rubric, session 12) "Er det et problem, så ring …" to the reader is a say too; a number for questions in a notice
    # to no one in particular still only lets the reader ask
    assert panel(analyzer, sms.replace(", så finder vi en løsning", ""))["indflydelse"].status == "covered"
    notice = ("Vandværket: Vandet på Søndervej lukkes fredag kl. 9-12, fordi en ventil skiftes. Spørgsmål: 70 11 22 33.")
    assert panel(analyzer, notice, "information")["indflydelse"].status == "weak"
