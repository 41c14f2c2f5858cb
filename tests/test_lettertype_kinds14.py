"""Letter type on the kinds of letter the fourteenth session's blind LTYPE batches (ltype14 …) and EVAL's eval13 got wrong.

Every letter here is written for the test (none is taken from a corpus or a holdout).
"""

import pytest


# a permission answering the reader's application, given in a later paragraph: "Tak for ansøgningen om … / I må gerne …",
# or as a sentence of its own: "Det er i orden."
@pytest.mark.parametrize(
    "text",
    [
        "Hej Karina\n\nTak for ansøgningen om at stille en container på fortovet ud for Møllevej 8 i uge 14.\n\n"
        "I må gerne stille containeren der fra mandag til fredag. Den skal stå på fortovet og have reflekser på hjørnerne."
        "\n\nMvh\nVej og Trafik",
        "Kære Jesper\n\nTak for din mail. Du har bedt om, at Freja får fri fra skole torsdag og fredag i uge 11, fordi "
        "familien skal til bryllup i Polen. Det er i orden. Hun skal selv læse de kapitler, klassen når.\n\nVenlig hilsen\n"
        "Skolelederen",
        "Kære forening\n\nTak for jeres anmodning om at låne gymnastiksalen til juletræsfest.\n\nDet er helt i orden! "
        "Nøglen kan hentes hos pedellen dagen før.\n\nHilsen\nKultur og Fritid",
    ],
)
def test_permission_answering_an_application_is_a_decision(detector, text):
    assert detector.detection(text).type == "afgoerelse"


# guard: what the reader may do to get the answer is no permission ("Du må gerne sende flere billeder", "tage en bisidder med")
@pytest.mark.parametrize(
    "text",
    [
        "Kære Leo\n\nTak for din ansøgning om tilskud til briller. Vi har modtaget den og forventer at svare dig inden "
        "3 uger.\n\nDu må gerne sende en kopi af optikerens regning, hvis du har den.\n\nVenlig hilsen\nYdelsesservice",
        "Kære Leo\n\nTak for din ansøgning om hjælp til rengøring. Vi vil gerne besøge dig tirsdag den 5. maj kl. 10.\n\n"
        "Du må gerne have en pårørende med til besøget.\n\nVenlig hilsen\nVisitationen",
    ],
)
def test_what_the_reader_may_send_or_bring_is_no_permission(detector, text):
    assert detector.detection(text).type != "afgoerelse"


# a reply about a waiting list: the state of the case, told; no receipt
@pytest.mark.parametrize(
    "text",
    [
        "Hej Lise\n\nTak for din mail. Din far står på venteliste til en ældrebolig på Birkevang, og der er to foran ham. "
        "Vi ringer, når der er en ledig bolig.\n\nVenlig hilsen\nBoliganvisningen",
        "Emne: Sv: Hvornår kan Oskar begynde i børnehave?\n\nHej Ida\n\nTak for din besked. Oskar kan begynde, når der "
        "bliver en plads. Der er lige nu fire børn foran ham.\n\nHilsen\nPladsanvisningen",
    ],
)
def test_waiting_list_reply_is_no_receipt(detector, text):
    assert detector.detection(text).type != "kvittering"


# guard: a place on a waiting list that is new is a receipt of the sign-up
def test_new_place_on_waiting_list_stays_receipt(detector):
    text = ("Kære Ida\n\nTak for din tilmelding. Oskar står nu på ventelisten til Skovbørnehaven fra 1. august.\n\n"
            "Hilsen\nPladsanvisningen")
    assert detector.detection(text).type == "kvittering"


# a memo to a team that talks of its hearings is no hearing
def test_team_memo_about_hearings_is_andet(detector):
    text = ("Notat\n\nTil: Ydelsesteamet\nDato: 2. december\n\nHusk: ingen partshøringer sendes ud mellem jul og nytår. "
            "Skriv en kort status i jeres sager inden fredag.\n\nHilsen\nAnne, teamleder")
    assert detector.detection(text).type == "andet"


# guard: a hearing letter is still one
def test_hearing_letter_stays_hearing(detector):
    text = ("Kære Dennis\n\nPartshøring\n\nVi har fået oplysninger om, at du har haft en indtægt i oktober. Før vi "
            "beslutter noget, vil vi gerne høre din side af sagen senest den 14. december.\n\nVenlig hilsen\nYdelser")
    assert detector.detection(text).type == "partshoering"


# a reconsideration in officialese, without the word "klage": "der ikke findes grundlag for at foretage ændringer i den trufne
# afgørelse" after a second look at the calculation (the lead's lead14 note)
def test_officialese_reconsideration_is_a_complaint_reply(detector):
    text = ("Vedrørende Deres henvendelse af 3. november 2026\n\nKommunen har modtaget Deres henvendelse om opgørelsen af "
            "Deres varmetillæg for 2027. Kommunen har gennemgået opgørelsen på ny. Opgørelsen er foretaget i "
            "overensstemmelse med gældende regler.\n\nDet skal derfor meddeles, at der ikke er fundet grundlag for at "
            "foretage ændringer i den trufne afgørelse.\n\nMed venlig hilsen\nPensionsteamet")
    assert detector.detection(text).type == "klagesvar"


# a receipt that tells where the reader will see the decision later is no decision ("… når vi har truffet afgørelse")
def test_receipt_naming_the_future_decision_is_no_decision(detector):
    text = ("Kære Ole\n\nTak for din ansøgning om tilladelse til et hegn mod vejen. Vi har modtaget den den 30. november."
            "\n\nVi forventer at behandle den inden for 5 uger. Du kan følge sagen på Byg og Miljø, hvor du også kan se, "
            "når vi har truffet afgørelse.\n\nVenlig hilsen\nByggeri")
    d = detector.detection(text)
    assert d.type == "kvittering"
    assert "afgoerelse" not in d.maybe


# what the reader asked for, confirmed as done: a receipt ("Vi bekræfter hermed din afmelding af …")
def test_confirmed_cancellation_is_a_receipt(detector):
    text = ("Kære Grete\n\nVi bekræfter hermed din opsigelse af pladsen i dagplejen for Sigurd pr. 31. januar 2027.\n\n"
            "Den sidste betaling trækkes i januar.\n\nVenlig hilsen\nPladsanvisningen")
    assert detector.detection(text).type == "kvittering"


# an English reply to a complaint that says sorry and what was done, without the word "complaint"
def test_english_reply_to_a_complaint_without_the_word(detector):
    text = ("Dear Mr. Berg\n\nThank you for your email about the rubbish that was not collected on Lindevej last week.\n\n"
            "We have spoken with the contractor, and the lorry will come on Thursday. We are sorry that you had to wait."
            "\n\nKind regards\nWaste and Recycling")
    assert detector.detection(text).type == "klagesvar"


# a reply to a parent's question that promises nothing: a promise withheld ("vi kan ikke love jer …") is no refusal, and an offer
# that will come "når vi kan tilbyde en plads" is no offer (EVAL eval13 13)
def test_reply_that_promises_nothing_is_no_decision(detector):
    text = ("Hej Sune\n\nTak for din mail. Du spørger, om Karl kan skifte til Spiren efter nytår.\n\nVi kan desværre ikke "
            "love jer en plads i januar, for Spiren er fuld lige nu. Skriv Karl op på ventelisten på kommunens hjemmeside. "
            "Så får I en mail, så snart vi kan tilbyde en plads.\n\nHilsen\nPladsanvisningen")
    d = detector.detection(text)
    assert d.type != "afgoerelse"
    assert "afgoerelse" not in d.maybe


# guard: a real offer of a place stays a decision
def test_offer_of_a_place_stays_decision(detector):
    text = ("Hej Sune\n\nVi kan nu tilbyde Karl en plads i Spiren fra 1. februar. Svar senest 14 dage efter, om I tager "
            "imod pladsen.\n\nHilsen\nPladsanvisningen")
    assert detector.detection(text).type == "afgoerelse"


# an order without the word "påbud": a duty with a date, enforced at the reader's cost ("… og regningen sendes til dig")
@pytest.mark.parametrize(
    "text",
    [
        "Kære Lars\n\nBuskene fra din have hænger ud over fortovet på Kirkevej.\n\nGrenene skal være skåret tilbage til skel "
        "senest den 15. januar 2027. Er det ikke gjort til den tid, sørger kommunen for at få arbejdet udført, og "
        "regningen sendes til dig.\n\nVenlig hilsen\nVej og Park",
        "Kære Susanne\n\nDin hæk er vokset ud over stien. Den skal klippes inden den 1. februar 2027. Ellers får kommunen "
        "en gartner til at klippe den for din regning.\n\nMed venlig hilsen\nTeknik og Miljø",
    ],
)
def test_order_enforced_at_the_readers_cost_is_a_decision(detector, text):
    assert detector.detection(text).type == "afgoerelse"


# guard: the rules for everyone that name the cost are information
def test_general_rule_naming_the_cost_is_no_order(detector):
    text = ("Til alle grundejere\n\nSom grundejer skal du rydde sne på fortovet senest kl. 7. Gør du det ikke, kan "
            "kommunen gøre det for din regning.\n\nVenlig hilsen\nVej og Park")
    assert detector.detection(text).type != "afgoerelse"


# a price for a service the reader takes part in is no charge laid on them ("Vi opkræver 450 kr. for maden på lejrskolen")
def test_price_for_a_school_camp_is_no_decision(detector):
    text = ("Hej Ida og Carl\n\nMalte skal med på lejrskole i uge 20. Vi opkræver 450 kr. for maden, som betales via "
            "MobilePay senest 1. maj.\n\nHusk sovepose og regntøj.\n\nHilsen\nKlasselærerne")
    assert detector.detection(text).type != "afgoerelse"


# an English no to whatever was asked for, and a share granted in Danish ("I kan få 40 procent friplads")
@pytest.mark.parametrize(
    "text",
    [
        "Dear Ms. Lund\n\nYou have asked us to pay for a forklift course.\n\nWe cannot pay for the course, because it is not "
        "needed because of a disability.\n\nKind regards\nSocial Services",
        "Kære Mette\n\nTak for din ansøgning om økonomisk friplads.\n\nDu kan få 30 procent friplads fra 1. marts. Du skal "
        "derfor betale 1.540 kr. om måneden i stedet for 2.200 kr.\n\nVenlig hilsen\nPladsanvisningen",
    ],
)
def test_english_no_and_a_share_granted_are_decisions(detector, text):
    assert detector.detection(text).type == "afgoerelse"


# a payment received is a receipt ("Tak for din betaling af … Betalingen er registreret")
# (by a rule: the learned model alone types it with MODEL_CONFIDENCE 0.5)
def test_payment_received_is_a_receipt(detector):
    text = ("Kære Ole\n\nTak for din betaling af 2.400 kr. for sommerlejren. Betalingen er registreret. Afgang er fra "
            "skolen mandag kl. 8.\n\nVenlig hilsen\nFritidsklubben")
    d = detector.detection(text)
    assert d.type == "kvittering"
    assert d.confidence > 0.5


# "skrevet op … siden <dato>" tells the state of a case, no new registration
def test_waiting_list_since_a_date_is_no_receipt(detector):
    text = ("Emne: Sv: Bolig\n\nHej Frida\n\nTak for din mail. Du er skrevet op til en ældrebolig siden 4. april 2026, og "
            "der er 12 foran dig. Boligselskabet fordeler boligerne.\n\nHilsen\nBoligkontoret")
    assert detector.detection(text).type != "kvittering"


# a team mail pointing to the shared folder is internal
def test_team_mail_about_the_shared_folder_is_andet(detector):
    text = ("Hej alle\n\nHusk at bruge den nye skabelon til bevillinger fra mandag. Den ligger i fællesmappen. Skriv til "
            "mig, hvis I finder fejl.\n\nMvh\nBirgit, teamleder")
    assert detector.detection(text).type == "andet"


# guard: a notice of an order to come ("Dette brev er et varsel … vil kommunen udstede påbud … for Deres regning") is no order
def test_notice_of_an_order_to_come_is_no_order(detector):
    text = ("Til grundejeren, Rosenvej 9\n\nHækken på Deres ejendom hænger ud over fortovet. Den skal være klippet senest "
            "1. marts.\n\nDette brev er et varsel. Er klipningen ikke sket inden fristen, vil kommunen udstede påbud og lade "
            "arbejdet udføre for Deres regning.\n\nVej og Park")
    assert detector.detection(text).type != "afgoerelse"
