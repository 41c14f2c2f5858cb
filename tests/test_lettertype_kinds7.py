"""Letter type on the kinds of letter the seventh round of blind LTYPE batches (ltype7) and EVAL's eval7 got wrong:
a full grant said as a plain yes with no decision word ("Ja – du kan godt få …", "Godt nyt: Du kan få …"), an answer
to an objection that opens with the receipt phrase "Vi har modtaget Deres indsigelse" and then rejects it, a reply to a
complaint that decides again in other words ("samme resultat", "står ved magt", "giver dig delvis ret"), a personal
receipt that promises a call ("Jeg ringer til dig senest fredag"), an automatic receipt in English, an SMS reminder of
a booked time, a letter about a benefit one may apply for ("Har du …, kan du søge …", "Sådan søger du"), and a letter to
an employer's payroll office about its employee.

Every letter here is written for the test (none is taken from a corpus or a holdout).
"""

import pytest


CASES = {
    # a full grant as a short mail: a plain yes, no decision word
    "plain-yes-mail": (
        "afgoerelse",
        "Emne: Din badestol\n\nHej Bodil\n\nJa, du kan godt få en badestol med ryglæn. Vi har talt med din "
        "fysioterapeut, og hun mener også, at det gør badet tryggere for dig.\n\nHjælpemiddeldepotet kommer med den "
        "på tirsdag.\n\nVenlig hilsen\nLars, hjælpemidler",
    ),
    "good-news-yes": (
        "afgoerelse",
        "Hej Anton\n\nGodt nyt: Du kan få den el-scooter, som du og din terapeut talte om. Den bliver leveret af "
        "depotet i uge 3, og de viser dig, hvordan den lades op.\n\nMvh\nSanne, hjælpemiddelkonsulent",
    ),
    # the receipt phrase opens, the letter then rejects the objection: the whole letter counts
    "objection-received-then-rejected": (
        "afgoerelse",
        "Økonomiafdelingen\n\nVi har modtaget Deres indsigelse vedrørende opkrævning af vandafledningsbidrag for 2026.\n\n"
        "Der er ikke grundlag for at ændre opkrævningen. Bidraget beregnes ud fra det målte forbrug, og målerens "
        "aflæsning er kontrolleret.\n\nØkonomiafdelingen",
    ),
    # a personal receipt that promises the next call
    "personal-receipt-call-promised": (
        "kvittering",
        "Hej Karsten\n\nTak for din mail om din fars madordning. Jeg kigger på bestillingen i morgen og taler med "
        "køkkenet.\n\nJeg ringer til dig senest torsdag.\n\nHilsen\nDitte, visitationen",
    ),
    # an automatic receipt in English
    "english-automatic-receipt": (
        "kvittering",
        "Automatic reply from the Citizen Service\n\nThank you for your e-mail. This is to confirm that the Citizen "
        "Service has received it. Your message will be answered within 3 working days.\n\nPlease do not reply to this e-mail.",
    ),
    # an SMS reminder of a time booked for the reader's child
    "sms-reminder-booked-time": (
        "indkaldelse",
        "Påmindelse: Sofie har tid til tandeftersyn tors 14/1 kl 10:40 på Nordskolens klinik. Afbud senest dagen før "
        "på 70 20 30 40.",
    ),
    # a benefit one may apply for, and how: the promised answer is about an application not yet sent
    "benefit-one-may-seek": (
        "information",
        "Til dig, der har et barn med diabetes\n\nHar du ekstra udgifter til dit barns sygdom, kan du søge om at få dem "
        "dækket. Det kan f.eks. være særlig kost eller transport til kontrol.\n\nSådan søger du: Udfyld skemaet på "
        "kommunens hjemmeside og send kvitteringer med. Du får svar inden for ca. 4 uger efter, at vi har fået din "
        "ansøgning.\n\nVenlig hilsen\nFamilieafdelingen",
    ),
    # a letter to an employer's payroll office about its employee
    "employer-payroll-office": (
        "andet",
        "Til: Byggefirmaet Nord\nAtt.: Lønafdelingen\n\nOplysninger om ansættelse – Mette Holm\n\nMette Holm har søgt om "
        "sygedagpenge fra den 3. januar. For at vi kan behandle hendes sag, beder vi jer oplyse, hvor mange timer "
        "hun er ansat til om ugen, og om I betaler løn under sygdom.\n\nSvar gerne inden 8 dage.\n\nMed venlig hilsen\nYdelser",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_kind(detector, name):
    want, text = CASES[name]
    assert detector.detect(text) == want


# the new signals must not type letters they were not written for
NOT = {
    # a receipt for an objection that says it will be handled is still a receipt
    "objection-receipt": (
        "kvittering",
        "Kære Jens\n\nVi har modtaget din indsigelse mod opkrævningen af renovationsgebyr. Vi behandler den nu, og du "
        "får svar inden 6 uger.\n\nVenlig hilsen\nAffald",
    ),
    # "du kan godt få hjælp til at …, hvis" in an information letter is no grant
    "information-help-offered-if": (
        "information",
        "Til alle husstande\n\nFra 1. marts skal affaldet sorteres i fire spande. Vi stiller de nye spande ud i februar. "
        "Du kan godt få hjælp til at bære spanden ud, hvis du ikke selv kan.\n\nVenlig hilsen\nAffaldsservice",
    ),
    # a permit to a company that applied (its name and A/S in the address) stays a decision
    "permit-to-company": (
        "afgoerelse",
        "Til: Caféen ved Åen ApS\nAtt.: Jesper Lund\n\nTilladelse til udeservering\n\nKommunen giver hermed tilladelse til "
        "udeservering på fortovet foran Åbrinken 3 fra 1. april til 30. september. Der skal være 1,5 m fri passage.\n\n"
        "Du kan klage over afgørelsen inden 4 uger.\n\nVej og Park",
    ),
    # an information SMS with a date and time is no summons
    "information-sms-dated-work": (
        "information",
        "Kære beboer. Vi skyller kloakken på Lærkevej tirsdag 8/12 kl 8-15. Der kan lugte lidt. Du skal ikke gøre noget. "
        "Hilsen Forsyningen",
    ),
}


@pytest.mark.parametrize("name", sorted(NOT))
def test_not_kind(detector, name):
    want, text = NOT[name]
    assert detector.detect(text) == want


SAME_RESULT = ("Kære Hanne\n\nTak for din klage over afslaget på en ny kørestol. Vi har set på sagen igen med de nye "
               "papirer fra din læge, men vi er nået frem til samme resultat som sidst, fordi du kan klare dig med den "
               "stol, du har.\n\nDin klage er sendt til Ankestyrelsen.\n\nHilsen\nHjælpemidler")
STANDS = ("Kære Ole\n\nSvar på din klage\n\nTak for din klage over parkeringsafgiften. Vores billeder viser, at bilen holdt i en bås for "
          "handicappede uden kort. Afgiften står derfor ved magt.\n\nHilsen\nParkering")
PARTLY = ("Kære Mona\n\nTak for din klage over de to gebyrer. Vi giver dig delvis ret: det første gebyr annullerer vi, "
          "fordi skiltet var væk. Det andet gebyr skal du betale.\n\nHilsen\nParkering")
# guidance about what happens after the reconsideration is no reconsideration
GUIDANCE = ("Kære Rasmus\n\nTak for din klage over, at hjemmeplejen kom for sent. Det er vi kede af. Vi har talt med "
            "gruppen, og du får nu en sms, hvis de bliver forsinket. Hvis du når frem til samme resultat som os, er "
            "du velkommen til at ringe.\n\nHilsen\nHjemmeplejen")


@pytest.mark.parametrize("text, want", [(SAME_RESULT, True), (STANDS, True), (PARTLY, True), (GUIDANCE, False)])
def test_reconsidered_reply(detector, text, want):
    d = detector.detection(text)
    assert d.type == "klagesvar"
    assert d.reconsidered is want


# the second blind batch (ltype7b), after the fixes above
CASES_B = {
    # a place given, with no decision word: "Vi har plads til <barn> …"
    "place-given-by-name": (
        "afgoerelse",
        "Kære Sara og Mads\n\nVi har plads til Noah i børnehaven Solstrålen fra mandag den 1. marts. Det var jeres "
        "første ønske.\n\nVenlig hilsen\nPladsanvisningen",
    ),
    # a hearing by SMS: what we were told may lower the benefit; the reader may correct it
    "sms-hearing-may-lower": (
        "partshoering",
        "Kommunen: Vi har fået oplyst, at du har haft løn i oktober. Det kan betyde at din uddannelseshjælp for "
        "november bliver mindre. Ring til os inden onsdag, hvis det ikke er rigtigt.",
    ),
    # a receipt for a complaint that is being looked at again now
    "complaint-receipt-looking-again": (
        "kvittering",
        "Kære Ib\n\nVi har modtaget din klage over afgørelsen om kørsel til træning. Vi ser nu på sagen igen. Holder vi "
        "fast i afgørelsen, sender vi klagen til Ankestyrelsen og skriver til dig.\n\nHilsen\nVisitationen",
    ),
    # a case sent on to the municipality the citizen moved to
    "case-sent-to-other-municipality": (
        "andet",
        "Til: Nordby Kommune, Ældreområdet\n\nOversendelse af sag – borger flyttet\n\nBorgeren er flyttet til jeres kommune "
        "den 1. marts og får i dag hjemmehjælp to gange om ugen. Vi sender hermed sagens akter.\n\nVenlig hilsen\nVisitationen",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES_B))
def test_kind_batch2(detector, name):
    want, text = CASES_B[name]
    assert detector.detect(text) == want


def test_appeal_body_decision_passed_on_is_information_without_decision_checks(detector):
    """Another authority's decision passed on is information; its decision words ("du kan derfor ikke få") are not
    ours, so the decision checks do not run on it (not even milder)."""
    d = detector.detection(
        "Kære Jens\n\nAnkestyrelsen har nu behandlet din klage over kommunens afgørelse om boligindretning. Ankestyrelsen "
        "er enig med kommunen, og du kan derfor ikke få en ny rampe.\n\nAnkestyrelsens brev er vedlagt.\n\nRing gerne, "
        "hvis du vil have brevet forklaret.\n\nHilsen\nSocialrådgiveren")
    assert d.type == "information"
    assert "afgoerelse" not in d.maybe


def test_reconsidering_reply_that_grants_is_a_reconsidered_complaint_reply(detector):
    """"Du klagede … Vi har genoptaget sagen … Vi har derfor ændret afgørelsen: du får …" is a reply to a complaint that
    decides again (not a plain decision, whose complaint guidance would be asked for)."""
    d = detector.detection(
        "Kære Ella\n\nDu klagede den 4. maj over, at du ikke kunne få hjælp til bad om aftenen. Vi har genoptaget sagen "
        "og talt med din datter. Vi har derfor ændret afgørelsen: du får hjælp til bad tre aftener om ugen.\n\nHilsen\nVisitationen")
    assert d.type == "klagesvar"
    assert d.reconsidered is True


def test_complaint_guidance_looking_again_is_no_receipt(detector):
    """The guidance "Vi ser på sagen igen, før den sendes videre" in a refusal is no receipt."""
    text = ("Kære Lis\n\nTak for din ansøgning om hjælp til rengøring. Vi må desværre give dig afslag, fordi du selv kan "
            "klare rengøringen.\n\nDu kan klage inden 4 uger. Vi ser på sagen igen, før den sendes videre til "
            "Ankestyrelsen.\n\nHilsen\nVisitationen")
    assert detector.detect(text) == "afgoerelse"


# the third blind batch (ltype7c), after the fixes above
CASES_C = {
    # an English refusal by SMS: "has been turned down"
    "english-turned-down": (
        "afgoerelse",
        "Dear Ms. Silva. We are sorry, but your application for a bigger apartment has been turned down, because the "
        "waiting list is closed. Kind regards, Housing",
    ),
    # a personal receipt: "Jeg vender tilbage, når jeg har talt med …"
    "receipt-back-when-done": (
        "kvittering",
        "Kære Anne\n\nTak for papirerne, som du sendte i går. Jeg vender tilbage, når jeg har talt med din arbejdsgiver "
        "om en mulig deltidsordning.\n\nHilsen\nKim\nJobcentret",
    ),
    # a system receipt in English under a "Receipt" heading
    "english-receipt-heading": (
        "kvittering",
        "Receipt - request received\n\nWe have received your request for a new health card on 2 March.\n\nWhat happens "
        "now: A caseworker will look at your request within 10 days.\n\nCitizen Service",
    ),
    # a no in other words after thanks for the application (ELEMENTS' elements8 kinds)
    "thanks-then-not-considered": (
        "afgoerelse",
        "Kære Kulturforening\n\nTak for jeres ansøgning om tilskud til sommerkoncerten. Der kom mange ansøgninger, og "
        "jeres ansøgning kunne derfor ikke komme i betragtning i år.\n\nVenlig hilsen\nKulturpuljen",
    ),
    "thanks-then-must-say-no": (
        "afgoerelse",
        "Kære Ole\n\nTak for din ansøgning om tilskud til høreapparat. Vi må desværre sige nej denne gang. Ring, "
        "hvis du har spørgsmål.\n\nHilsen\nYdelser",
    ),
    "english-partial-do-not-get": (
        "afgoerelse",
        "Dear Ana,\n\nYou get the Danish course module 2 from January, paid by the municipality. You do not get the "
        "weekend class, because it is not part of the offer.\n\nBest regards\nSprogcentret",
    ),
    # a letter to a bank about a citizen's account
    "letter-to-bank": (
        "andet",
        "Til: Nordbanken, afdelingen i Centrum\n\nVedr.: Konto tilhørende Hans Berg\n\nHans Berg har fået en værge. Vi beder "
        "banken stoppe den faste overførsel til hans tidligere udlejer fra 1. marts.\n\nMed venlig hilsen\nSocialafdelingen",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES_C))
def test_kind_batch3(detector, name):
    want, text = CASES_C[name]
    assert detector.detect(text) == want


def test_complaint_partly_right_is_a_reconsidered_reply(detector):
    d = detector.detection(
        "Kære Lone\n\nTak for din klage over samværet. Efter din klage er vi kommet frem til, at du har ret i en del af "
        "det: samværet kan nu foregå hos mormor. Men det skal stadig være overvåget.\n\nDen del af klagen, hvor vi ikke "
        "har ændret noget, sender vi til Ankestyrelsen.\n\nHilsen\nRådgiveren")
    assert d.type == "klagesvar"
    assert d.reconsidered is True
