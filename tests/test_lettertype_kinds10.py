"""Letter type on the kinds of letter the tenth session's blind LTYPE batches (ltype10) got wrong: a request to a
professional for a statement about a pupil or a patient ("Anmodning om skoleudtalelse", addressed "Til klasselærer …"),
whose practical permissions ("Du må gerne bruge skabelonen til …") read as a decision, and an internal case note
("Telefonnotat", "Journalnotat") whose agreed home visit read as a summons; from the second batch (ltype10b): a request for
missing papers that warns of a possible refusal ("så kan det være, at du får afslag"), an English hearing, a mail between
colleagues about a case, a plain yes for a named child ("Ja, Oskar kan få kørsel …", "Vi har sagt ja, fordi …"), a
receipt of a moving notice ("Når flytningen er registreret, får du besked"), and a meeting summed up for the reader; from
the third (ltype10c): a health visit set for a child ("Alma er sat til: Torsdag …"), an English offer of a daycare place and
an English repayment, a leaflet of rules with a tip ("Husk at samle op efter din hund": "husk at" is no reminder kind), and a
consent form to sign; from the fourth (ltype10d): a general notice of long processing times to "Kære ansøger", and an
invitation to a public meeting to "Kære naboer" about a place the council "har besluttet at lave"; from the fifth
(ltype10e): the answer to a complaint about a neighbour's noise ("vi kan ikke gøre mere i sagen"), an English stop of a
benefit, internal minutes ("Til stede:", "Fraværende:"), a correction of an earlier letter, and an English invitation;
from the sixth (ltype10f): an English hearing that asks whether the information is correct, a mail to the IT support, a
committee's hearing that voices doubt ("Udvalget er ikke sikker på, at du opfylder betingelserne"), and an exemption in the
present passive ("Amalie fritages for prøven"); from the seventh (ltype10g): a citizen proposal handled by a committee, an
English partial yes ("We can help you with DKK …"), a rules letter to "Kære bruger af hjælpemidler" that the model alone
took for a decision, a home offered ("Vi kan nu tilbyde dig en plejebolig"), and a case passed to a colleague ("din borger");
from the eighth (ltype10h): a school leader's no in the first person ("Det kan jeg ikke give lov til"), an English summons
to a "follow-up interview", an SMS booking confirmed, and a yes for a child after "Tak for din ansøgning om … til Villads".

Every letter here is written for the test (none is taken from a corpus or a holdout).
"""

import pytest


CASES = {
    # a request for a statement to a kindergarten teacher: a letter to a third party, no decision
    "statement-request-to-pedagogue": (
        "andet",
        "Til pædagog Lise Brandt, Børnehaven Solstrålen\n\nVi er i gang med at undersøge, hvordan det går med Aya "
        "på 5 år. Hendes mor har givet lov til, at vi spørger jer.\n\nVil du skrive en kort børnehaveudtalelse om "
        "Ayas sprog, leg og samspil med de andre børn? Du må gerne bruge vores skema til det, og du kan sende det "
        "fra mandag.\n\nVenlig hilsen\nJohanne, PPR",
    ),
    "statement-request-by-heading": (
        "andet",
        "Anmodning om statusudtalelse\n\nVedr. Kim Sørensen, født 1988\n\nJobcentret skal vurdere Kims "
        "arbejdsevne. Vi beder dig om en statusudtalelse om forløbet hos jer, og du kan gerne bruge den fra sidste "
        "år til at starte med. Send den inden 3 uger.\n\nMed venlig hilsen\nJobcenter Vest",
    ),
    # an internal note of a phone call: a home visit agreed is no summons of the reader
    "phone-note": (
        "andet",
        "Telefonnotat 2.12.2026\n\nBorgerens søn ringede. Han fortæller, at faren ikke spiser nok og har tabt sig. "
        "Vi kommer på besøg torsdag kl. 10 sammen med sygeplejersken. Sønnen deltager.\n\nMK",
    ),
    "journal-note-meeting": (
        "andet",
        "Journalnotat – netværksmøde\n\nDeltagere: mor, klasselærer, sagsbehandler.\nMor er bekymret for "
        "fraværet. Næste møde den 12. januar kl. 14 på skolen.\n\nSagsbehandler: AJ",
    ),
}


# ltype10b
CASES.update({
    "papers-missing-possible-refusal": (
        "information",
        "Kære Maja\n\nVi er ved at se på din ansøgning om hjælp til depositum.\n\nVi mangler din lejekontrakt. Send den "
        "senest fredag. Ellers kan det ske, at du får afslag på din ansøgning, fordi vi ikke kan se, hvad boligen koster."
        "\n\nHilsen\nYdelser, Vesthimmerlands Kommune",
    ),
    "english-hearing": (
        "partshoering",
        "Dear Mr Ahmed\n\nWe are thinking about reducing your housing benefit from March, because your rent has gone down "
        "to DKK 5,200 a month.\n\nBefore we make a decision, you have the right to comment. Write to us within 14 days."
        "\n\nKind regards\nHousing Benefits",
    ),
    "colleague-mail": (
        "andet",
        "Hej Søren\n\nVil du tage over på sagen om Per Holm fra mandag? Jeg har skrevet et udkast til afgørelsen, men den "
        "skal lige læses igennem.\n\nMvh Hanne",
    ),
    "plain-yes-named-child": (
        "afgoerelse",
        "Kære Sanne\n\nJa, Viktor kan få en støttepædagog i 10 timer om ugen fra 1. marts. Vi har sagt ja, fordi hans "
        "diagnose gør det svært for ham at være i gruppen uden en voksen tæt på.\n\nHilsen\nDagtilbud, Lemvig Kommune",
    ),
    "moving-notice-receipt": (
        "kvittering",
        "Hej Omar\n\nVi har modtaget din flytteanmeldelse. Når flytningen er registreret i CPR, får du besked i "
        "Digital Post.\n\nBorgerservice",
    ),
    "meeting-summed-up": (
        "andet",
        "Hej Emil\n\nHer er kort, hvad vi snakkede om i dag:\n- Du søger tre jobs om ugen.\n- Du melder dig til "
        "truckkurset.\n\nJeg vender tilbage inden næste fredag.\n\nHilsen\nMette, Jobcenter",
    ),
})

# ltype10c
CASES.update({
    "visit-set-for-child": (
        "indkaldelse",
        "Kære forældre til Noa i 1.B\n\nTandplejen undersøger alle elever i 1. klasse. Noa er sat til: fredag den 22. "
        "januar kl. 9.40 i tandklinikken på Bakkeskolen.\n\nI er velkomne til at være med.\n\nHilsen\nTandplejen",
    ),
    "english-daycare-offer": (
        "afgoerelse",
        "Dear Ana and Luis\n\nThank you for your application. Mateo has been offered a place at Børnehaven Solsikken "
        "from 1 March. Please accept the place within 14 days.\n\nKind regards\nChildcare Office",
    ),
    "english-repayment": (
        "afgoerelse",
        "Dear Mr Olsen\n\nYour final statement shows that you have received DKK 1,900 too much in child benefit. You must "
        "pay the amount back before 1 April.\n\nKind regards\nBenefits Office",
    ),
    "rules-leaflet-with-tip": (
        "information",
        "Ny ordning for storskrald\n\nFra 1. marts til 31. oktober bliver storskrald hentet hver anden mandag. Du "
        "bestiller afhentning på kommunens hjemmeside senest fredagen før.\n\nHusk at stille tingene ud ved skel "
        "inden kl. 6.\n\nAffald og Genbrug",
    ),
    "consent-form": (
        "andet",
        "Samtykkeerklæring\n\nJeg giver hermed Familieafdelingen samtykke til at tale med mit barns skole, tandlæge og "
        "læge om hans trivsel og helbred. Samtykket gælder i et år, og jeg kan altid trække det tilbage.\n\n"
        "Navn: ____________\nDato og underskrift: ____________",
    ),
    # a delivery time of a granted aid that the reader may move is no summons
    "grant-with-delivery-time-to-move": (
        "afgoerelse",
        "Hej Knud\n\nGodt nyt: Du kan få den badestol, du har søgt om. Den bliver kørt ud til dig fredag den 15. januar "
        "mellem kl. 9 og 13. Hvis tidspunktet ikke passer, så ring til depotet.\n\nHilsen\nHjælpemidler",
    ),
})

# reported by ELEMENTS: a receipt of a complaint that names the decision complained of and what happens if it is kept
CASES["complaint-receipt-names-the-refusal"] = (
    "kvittering",
    "Kære Hans\n\nTak for din klage af 2. december over vores afgørelse om afslag på en trappelift.\n\nVi går nu i gang "
    "med at se på sagen igen og vurderer, om vi kan give dig ret. Hvis vi fastholder afgørelsen, sender vi din klage "
    "videre til Ankestyrelsen, og du får besked.\n\nVenlig hilsen\nHjælpemidler",
)

# ltype10d
CASES.update({
    "processing-time-notice": (
        "information",
        "Kære ansøger\n\nVi har for tiden rigtig mange ansøgninger om tilskud til boligændringer. Sagsbehandlingstiden er "
        "derfor op til 16 uger.\n\nDu kan hjælpe ved at sende tilbud fra håndværkeren med det samme.\n\nBolig og "
        "Hjælpemidler",
    ),
    "public-meeting-about-a-place": (
        "information",
        "Kære beboere i Vestbyen\n\nKommunalbestyrelsen har besluttet at anlægge en ny legeplads ved søen. Kom og fortæl "
        "os, hvad den skal indeholde, tirsdag den 9. februar kl. 17 i fælleshuset.\n\nPark og Natur",
    ),
})

# ltype10e
CASES.update({
    "nuisance-complaint-answer": (
        "klagesvar",
        "Kære Bent\n\nTak for din henvendelse om lugt fra naboens kompost.\n\nVi har været ude at se på den. Komposten "
        "ligger mere end 2 meter fra skel og passes, som den skal, så vi kan ikke gøre mere ved det.\n\nJeg kan godt "
        "forstå, at lugten kan være generende om sommeren.\n\nHilsen\nMiljø",
    ),
    "english-benefit-stops": (
        "afgoerelse",
        "Dear Mr Berg\n\nYour cash benefit will therefore stop on 1 February, because your wife now earns more than the "
        "limit. You can complain within 4 weeks.\n\nJob Centre",
    ),
    "internal-minutes": (
        "andet",
        "Møde i hjemmeplejen, gruppe 3\n\nTil stede: AK, LM, TS\nFraværende: PB\n\n1. Nye ruter fra januar.\n2. "
        "Vagtplan for julen.\n\nNæste møde 12. januar kl. 13.",
    ),
    "correction-of-earlier-letter": (
        "information",
        "Rettelse\n\nKære Inge\n\nI vores brev af 3. december stod der, at din ydelse starter den 1. februar. Det er en "
        "skrivefejl. Den rigtige dato er den 1. januar. Vi beklager fejlen.\n\nHilsen\nPension",
    ),
    "english-meeting-invitation": (
        "indkaldelse",
        "Dear Mrs Ali\n\nWe would like to invite you to a short meeting about Sara's start in school. The meeting is on "
        "Monday 1 February at 9.00 at Vestre Skole.\n\nKind regards\nThe school office",
    ),
})

# ltype10f
CASES.update({
    "english-hearing-is-it-correct": (
        "partshoering",
        "Hi Tom,\n\nYour employer tells us that you worked 30 hours in October. Is the information correct? If so, you "
        "may have to pay some of your benefit back. We will not make any decision until we have heard from you.\n\n"
        "Job Centre",
    ),
    "mail-to-it-support": (
        "andet",
        "Til: Servicedesk\n\nHej\n\nPrinteren på 2. sal skriver ikke ud, og vi skal sende breve om bevillinger i dag. "
        "Kan I kigge på den?\n\nMvh Kirsten, Visitationen, lok. 2210",
    ),
    "committee-hearing-with-doubt": (
        "partshoering",
        "Kære Ole\n\nDu har søgt om ledsagelse. Handicapudvalget er i tvivl om, at du opfylder betingelserne, fordi du "
        "med den hjælp, du får nu, kan komme rundt. Før udvalget træffer afgørelse, vil vi gerne høre din mening. "
        "Skriv senest den 10. januar.\n\nHilsen\nHandicap",
    ),
    "exemption-present-passive": (
        "afgoerelse",
        "Kære Jonas og forældre\n\nSkolen har fået jeres ansøgning om fritagelse for idræt resten af året på grund af "
        "Jonas' knæskade.\n\nJonas fritages for idræt indtil sommerferien. Vi har lagt vægt på lægens udtalelse.\n\n"
        "Hilsen\nSkolelederen",
    ),
})

# ltype10g
CASES.update({
    "proposal-handled-by-committee": (
        "information",
        "Kære Peter\n\nTak for dit borgerforslag om flere bænke langs åen.\n\nForslaget blev behandlet i Kultur- og "
        "Fritidsudvalget den 2. december. Udvalget besluttede at undersøge, hvad det vil koste.\n\nHilsen\nSekretariatet",
    ),
    "english-partial-yes": (
        "afgoerelse",
        "Dear Lina\n\nWe can help you with DKK 4,000 for the dentist. We cannot help with the rest, because the limit "
        "is DKK 4,000 a year.\n\nSocial Services",
    ),
    "home-offered": (
        "afgoerelse",
        "Kære Bent\n\nVi kan nu tilbyde dig en ældrebolig på Rosenvej 8. Du kan flytte ind den 1. marts. Giv os svar "
        "senest den 10. februar.\n\nHilsen\nBoligvisitationen",
    ),
    "case-passed-to-colleague": (
        "andet",
        "Hej Line\n\nSender den her videre til dig, da det er din borger. Han vil gerne have et opkald om sin "
        "ansøgning om hjælp til medicin, gerne i dag.\n\nMvh Tina",
    ),
})

# ltype10h
CASES.update({
    "english-follow-up-summons": (
        "indkaldelse",
        "Dear Peter\n\nYou are called in to a follow-up interview about your job plan.\n\nTime: 10:30\nPlace: Job "
        "Centre, 2nd floor\n\nJob Centre",
    ),
    "sms-booking-confirmed": (
        "kvittering",
        "Borgerservice: Din tidsbestilling til pas tors 14/1 kl 9:40 er bekræftet. Afbestil via linket i mailen.",
    ),
    "yes-for-child-after-thanks": (
        "afgoerelse",
        "Kære Maria\n\nTak for din ansøgning om kørsel til Oskar, som skal gå på Bakkeskolen.\n\nOskar kan køre med "
        "skolebussen fra Vestervej kl. 7.40. Det er gratis, fordi der er mere end 6 km til skolen.\n\nHilsen\n"
        "Skoleafdelingen",
    ),
})


@pytest.mark.parametrize("name", sorted(CASES))
def test_kind(detector, name):
    want, text = CASES[name]
    assert detector.detect(text) == want, name


# a letter to the reader that reports a note or asks the reader for a statement stays what it is
@pytest.mark.parametrize(
    "want, text",
    [
        (
            "partshoering",
            "Kære Lone\n\nVi overvejer at stoppe din hjælp til indkøb. Inden vi træffer afgørelse, vil vi gerne høre, "
            "hvad du mener. Send dine bemærkninger senest den 15. januar.\n\nHilsen\nVisitationen",
        ),
        (
            "afgoerelse",
            "Afslag på hjælp til rengøring\n\nKære Erik\n\nVi har læst notatet fra vores besøg og lægeudtalelsen fra "
            "din læge. Du får ikke hjælp til rengøring, fordi du selv kan klare den.\n\nDu kan klage inden 4 uger."
            "\n\nHilsen\nVisitationen",
        ),
    ],
)
def test_reader_letters_keep_their_type(detector, want, text):
    assert detector.detect(text) == want


# a rules letter to the users of a service is information by its addressee, not the model's decision
def test_rules_letter_to_users_is_information(detector):
    text = (
        "Kære bruger af madservice\n\nHvis du ikke er hjemme, når maden kommer, skal du give besked dagen før inden "
        "kl. 12. Ellers betaler du for maden. Har du fået forkert mad, kan du ringe til køkkenet, som bytter den.\n\n"
        "Venlig hilsen\nKøkkenet"
    )
    d = detector.detection(text)
    assert d.type == "information"
    assert d.scores.get("information", 0.0) >= 2.0  # by a rule signal, not the fallback the model may override


# a school leader's no in the first person is a decision by a rule signal (before, only the model's guess typed it)
def test_first_person_no_is_a_decision_signal(detector):
    text = (
        "Kære Lise og Tom\n\nI har søgt om at få Mads fri fra skole i to uger i maj til en rejse.\n\nDet kan jeg ikke "
        "give lov til. Mads skal til prøver i maj.\n\nHilsen\nSkolelederen"
    )
    d = detector.detection(text)
    assert d.type == "afgoerelse"
    assert d.scores.get("afgoerelse", 0.0) >= 2.0


# a fee of any compound name annulled ("Vi annullerer derfor kontrolafgiften") is a decision by a rule signal, not only
# by the model's guess (a retrained model in this session no longer guessed it)
def test_compound_fee_annulled_is_a_decision_signal(detector):
    text = (
        "Svar på din indsigelse\n\nDu har sendt os en kopi af din billet, som var gyldig på dagen. Vi annullerer derfor "
        "parkeringsafgiften, og du skal ikke betale den.\n\nParkering"
    )
    assert detector.detection(text).scores.get("afgoerelse", 0.0) >= 2.0


# reported by PANEL: a notice to the residents of a street ("Til beboerne i …") about the council's change of a bus
# route is information (the decision stays a milder maybe), not a decision on the reader
def test_notice_to_the_residents_is_information(detector):
    text = (
        "Til beboerne i Møllegade 1-30\n\nFlytning af stoppested\n\nByrådet har besluttet, at bus 7 ikke længere "
        "holder ved Møllegade fra den 1. marts. Nærmeste stoppested bliver Banegården.\n\nVenlig hilsen\nTrafik"
    )
    assert detector.detect(text) == "information"
