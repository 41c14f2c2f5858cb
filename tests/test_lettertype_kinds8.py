"""Letter type on the kinds of letter the eighth round of blind LTYPE batches (ltype8) got wrong: an English decision
with the currency before the amount ("You will receive DKK 1,150 per month") under a "Decision on your application"
heading, a personal receipt that names the papers it got ("Jeg har fået lønsedlerne"), a course that starts at a set
hour after a receipt-like opening ("Vi har fået din genoptræningsplan … Du skal starte … kl. 9.00"), a leaflet on how to
complain in general ("Sådan klager du over en afgørelse"), a reply headed "Svar på din henvendelse" to a mail that
complains, an SMS hearing ("Mener du, tallene er forkerte, så svar os"), and replies to a complaint that decide again
in other words ("Vi holder derfor fast ved de 8 timer", "Vi har derfor annulleret gebyret").

Every letter here is written for the test (none is taken from a corpus or a holdout).
"""

import pytest

from borgertekst.engine import Analyzer
from kinds_support import findings_of


CASES = {
    # English decision: the currency first, a "Decision on …" heading, no "Decision:" field
    "english-decision-currency-first": (
        "afgoerelse",
        "Vejen Municipality\nChild benefits\n\nDear Ana Silva,\n\nDecision on your application for a free place in "
        "after-school care\n\nYou will get DKK 640 off the monthly price from 1 March 2027, because your household income "
        "is below the limit for this year.\n\nIf you do not agree, you can complain to us within 4 weeks.\n\n"
        "Best regards\nThe Child Care Office",
    ),
    # a personal receipt that names what arrived, with no "modtaget din …"
    "personal-receipt-names-papers": (
        "kvittering",
        "Hej Ahmad\n\nMange tak for kontoudtogene, du kom forbi med i formiddags. Jeg har fået kontoudtogene for "
        "alle tre måneder, så det ser ud til at være på plads.\n\nJeg ser på det hele først i næste uge.\n\n"
        "Hilsen\nBirthe, Ydelsesteamet",
    ),
    # a course that starts at a set hour outweighs the receipt-like opening
    "course-start-after-plan-received": (
        "indkaldelse",
        "Kære Inge\n\nVi har fået din henvisning til vægttræning fra din læge.\n\nDu skal starte på holdet onsdag den "
        "3. februar kl. 13.30 i Sundhedscentret, Torvegade 4. Holdet træner hver onsdag i 10 uger.\n\nKan du ikke "
        "komme, så send en sms til 40 50 60 70.\n\nHilsen\nFysioterapeut Ole",
    ),
    "course-start-present-tense": (
        "indkaldelse",
        "Hej Jonas\n\nVi har fået din træningsplan fra sygehuset efter din skulderoperation.\n\nDu begynder på "
        "skulderholdet i Aktivitetscentret fredag den 8. januar kl. 11.15. Tag en vandflaske med.\n\nHilsen\nAnna, "
        "ergoterapeut",
    ),
    # a reply headed as one to the reader's enquiry, in which the reader complains
    "reply-headed-svar-paa-henvendelse": (
        "klagesvar",
        "Svar på din henvendelse om vejbelysningen på Kirkestien\n\nTak for din mail, hvor du klager over, at lamperne "
        "på stien har været slukket i tre uger.\n\nStien hører under grundejerforeningen, og det er den, der skal "
        "bestille en elektriker. Vi har givet foreningens formand besked i dag.\n\nMed venlig hilsen\nPark og Vej",
    ),
    # an SMS hearing: the reader may say the figures are wrong, a repayment may follow
    "sms-hearing-figures-wrong": (
        "partshoering",
        "Kommunen: Vi har fået nye oplysninger om din løn fra din arbejdsgiver. Det kan betyde, at du skal betale "
        "en del af din boligydelse tilbage. Mener du, oplysningerne er forkerte, så skriv til os inden 10 dage.",
    ),
}


# ltype8b (the second blind batch): an English no to a cost, a hearing on a draft decision, an SMS booking
CASES_B = {
    "english-no-to-a-cost": (
        "afgoerelse",
        "Dear Maria Costa,\n\nYou asked us to pay for the transport to your course in Vejle.\n\nUnfortunately we "
        "cannot cover the costs, because the course is not part of your job plan.\n\nKind regards\nJob Centre",
    ),
    "hearing-on-a-draft": (
        "partshoering",
        "Kære Lars\n\nHøring over udkast til afgørelse om ledsagelse\n\nHer er vores udkast. Vi foreslår 10 timer "
        "om måneden. Før afgørelsen er endelig, kan du sige, hvis noget er forkert. Skriv senest den 4. januar."
        "\n\nHilsen\nHandicapteamet",
    ),
    "sms-booking": (
        "indkaldelse",
        "Tandplejen: Mathilde er booket til tandrensning ons 20/1 kl 14:40 på Vestre Skole. Afbud senest dagen før.",
    ),
}
CASES.update(CASES_B)

@pytest.mark.parametrize("name", sorted(CASES))
def test_kind(detector, name):
    want, text = CASES[name]
    assert detector.detect(text) == want, name


# a leaflet on complaining in general: information, and no decision checks run on it
HOW_TO_COMPLAIN = (
    "Borgerservice\n\nSådan klager du over en afgørelse\n\nFår du en afgørelse, som du er uenig i, kan du klage. "
    "Skriv, hvad du er uenig i, og send det til den afdeling, der har skrevet til dig. Den ser på sagen igen, og er "
    "den stadig uenig med dig, sender den klagen til Ankestyrelsen. Fristen er som regel 4 uger.\n\nHar du brug for "
    "hjælp, kan du ringe til Borgerrådgiveren på 33 44 55 66."
)


def test_how_to_complain_leaflet_is_information_without_decision_checks(detector):
    d = detector.detection(HOW_TO_COMPLAIN)
    assert d.type == "information"
    assert "afgoerelse" not in d.maybe


def test_how_to_complain_leaflet_gets_no_klagevejledning_finding():
    report = Analyzer().analyze(HOW_TO_COMPLAIN)
    assert findings_of(report, "struktur.klagevejledning") == []


# a decision whose guidance describes complaining still is a decision ("afgørelsen", not "en afgørelse")
def test_decision_with_guidance_stays_decision(detector):
    text = (
        "Afgørelse om hjælp til briller\n\nVi kan desværre ikke give dig hjælp til briller, fordi du selv har penge "
        "til dem.\n\nEr du uenig i afgørelsen, kan du klage til os inden 4 uger."
    )
    assert detector.detect(text) == "afgoerelse"


# replies to a complaint that decide again in other words: the reasons check runs on them
@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Din klage over ledsagelse\n\nDu har klaget over, at du fik 6 timer om måneden. Vi har læst din klage "
            "igen. Vi holder derfor fast ved de 6 timer, fordi du selv kan tage bussen til træning.\n\n"
            "Klagen er sendt til Ankestyrelsen.",
            True,
        ),
        (
            "Svar på din klage over rykkergebyr\n\nDu klager over, at du fik et rykkergebyr på 100 kr. Regningen "
            "var sendt til en gammel adresse. Vi har derfor annulleret gebyret, og vi beklager.",
            True,
        ),
        # guidance about what would happen is no new decision
        (
            "Vi har modtaget din klage over gebyret. Hvis vi har annulleret gebyret, får du besked. Du klager over, "
            "at gebyret er for højt.",
            False,
        ),
    ],
)
def test_reconsidered_reply(detector, text, want):
    d = detector.detection(text)
    assert d.type == "klagesvar"
    assert d.reconsidered is want


# the receipt's named papers from a third party are no receipt of the reader's papers
def test_papers_from_a_third_party_are_no_receipt(detector):
    text = (
        "Kære Kurt\n\nDu skriver, at du har ventet alt for længe på svar om boligstøtte. Du har ret i, at det har "
        "taget for lang tid, og det beklager vi.\n\nVi har nu fået lejekontrakten fra din udlejer, og du får svar "
        "senest fredag.\n\nHilsen\nBoligstøtte"
    )
    assert detector.detect(text) == "klagesvar"


# The learned model types a text without rule signals only when it reads as a letter from an authority
# (lettertype._letter_like): not a citizen's short message nor a lone sentence, of which it is sure without cause.
def _model_says(monkeypatch, kind: str, p: float):
    from borgertekst import lettertype_model

    monkeypatch.setattr(lettertype_model, "predict", lambda text: (kind, p))


@pytest.mark.parametrize(
    "text, typed",
    [
        # a citizen's short message: the fallback, not the model's receipt
        ("Tak for brevet. Jeg kommer til mødet på torsdag. Skal jeg tage noget med?", False),
        # a lone sentence of a letter
        ("Yderligere oplysninger om ordningen finder du på hjemmesiden.", False),
        # a citizen's longer message, in the first person and never "vi"
        ("Hej\n\nJeg søgte om hjælp til en ny seng for fem uger siden, og jeg har stadig ikke hørt noget. Kan du "
         "fortælle mig, hvornår jeg får et svar? Det haster, for min ryg er dårlig.\n\nLone", False),
        # an SMS that names the authority sending it
        ("Ringkøbing-Skjern Kommune: Vi tømmer ikke papirbeholderen i uge 52. Næste tømning er i uge 2.", True),
        # a short mail from a named sender that greets and signs off
        ("Hej Ib. Din nye bus-tid er fra på mandag. Mvh Kørselskontoret", True),
        # a letter of some length with no sender named
        ("Skolens bibliotek holder lukket i hele uge 8, fordi der skal lægges nyt gulv. Bøger, der "
         "skal afleveres i den uge, kan lægges i kassen ved kontoret. Vi åbner igen mandag i uge 9.\n\nSkolebiblioteket",
         True),
    ],
)
def test_model_types_only_letter_like_texts(detector, monkeypatch, text, typed):
    _model_says(monkeypatch, "kvittering", 0.95)
    d = detector.detection(text)
    assert max(d.scores.values(), default=0.0) < 2.0  # no rule signal types it
    assert (d.type == "kvittering") is typed


# an SMS grant with one strong decision signal that the model backs (at the new model's looser agreement), but not a
# citizen's question with the same words
def test_sms_grant_backed_by_the_model_but_not_a_citizen_question(detector):
    sms = "Hej. Sofie kan køre med skolebussen fra mandag. Bussen holder ved Kirkevej kl. 7.35. Mvh Skolekørsel"
    assert detector.detect(sms) == "afgoerelse"
    question = "Min datter skal starte i 0. klasse efter sommer. Kan hun køre med skolebussen fra mandag? Hvem spørger jeg?"
    assert detector.detect(question) != "afgoerelse"


# ltype8c (the third blind batch): a letter to a housing company about its tenant that tells of the citizen's grant is
# to a third party, with no decision checks (a wrong klagevejledning error on it was the batch's one red error)
THIRD_PARTY_LETTER = (
    "Socialafdelingen\n\nTil Vestbyens Boligforening\nUdlejningen\n\nVedr. lejer Rikke Holm, Parkvej 3, 2. tv.\n\n"
    "Kommunen har bevilget Rikke Holm hjælp til betaling af huslejerestance på 8.900 kr. Pengene overføres til "
    "foreningens konto i næste uge.\n\nVi beder jer derfor stoppe sagen om ophævelse.\n\nMed venlig hilsen\nSocialrådgiver"
)


def test_letter_to_a_third_party_about_a_grant_is_andet_without_decision_checks(detector):
    d = detector.detection(THIRD_PARTY_LETTER)
    assert d.type == "andet"
    assert "afgoerelse" not in d.maybe


def test_letter_to_a_third_party_gets_no_klagevejledning_finding():
    assert findings_of(Analyzer().analyze(THIRD_PARTY_LETTER), "struktur.klagevejledning") == []


# the same grant told to the citizen is a decision
def test_the_grant_told_to_the_citizen_stays_a_decision(detector):
    text = (
        "Kære Rikke\n\nVedr. din huslejerestance\n\nKommunen har bevilget dig hjælp til betaling af huslejerestance "
        "på 8.900 kr. Pengene overføres til din boligforening i næste uge.\n\nMed venlig hilsen\nSocialrådgiver"
    )
    assert detector.detect(text) == "afgoerelse"


# a reply to a complaint that turns the answer after a second look decides again (its reasons are checked)
def test_reply_that_turns_the_answer_is_reconsidered(detector):
    text = (
        "Kære Per\n\nDu klagede over, at du ikke kunne få hjælp til en ny seng. Da vi så på sagen igen, fik vi en "
        "udtalelse fra din fysioterapeut. Vi er derfor kommet frem til, at du alligevel kan få en plejeseng."
    )
    d = detector.detection(text)
    assert d.type == "klagesvar" and d.reconsidered is True


# a survey invitation is "andet", also when it greets "Kære borger"
def test_survey_invitation_is_andet(detector):
    text = (
        "Kære borger\n\nDu har fået genoptræning hos os, og vi vil gerne vide, hvordan det gik. Vil du hjælpe os ved at "
        "svare på nogle få spørgsmål? Det tager ca. 5 minutter på nettet.\n\nDine svar er anonyme.\n\nTræningscentret"
    )
    assert detector.detect(text) == "andet"


# ltype8d (the fourth blind batch): a letter to a school about a pupil's granted transport is to a third party, with no
# decision checks; a mail reply that understands the reader's anger and admits the fault answers a complaint
def test_letter_to_a_school_about_a_pupil_is_andet_without_decision_checks(detector):
    text = (
        "Kørselskontoret\n\nTil: Vestskolen, kontoret\n\nVedr. elev Sara Nielsen, 5.a\n\nSara er bevilget taxakørsel til "
        "og fra skole fra den 4. januar, fordi hun er opereret i foden. Taxaen henter hende kl. 7.50.\n\nSig til, hvis "
        "skemaet ændrer sig.\n\nMed venlig hilsen\nKørselskontoret"
    )
    d = detector.detection(text)
    assert d.type == "andet"
    assert "afgoerelse" not in d.maybe


def test_letter_to_parents_of_a_school_is_not_a_third_party_letter(detector):
    text = "Til forældre på Vestskolen\n\nFra januar begynder skolen kl. 8.15 i stedet for kl. 8.00.\n\nSkoleledelsen"
    assert detector.detection(text).type != "andet" or detector.detection(text).scores.get("andet", 0.0) < 2.0


def test_mail_reply_that_understands_and_admits_the_fault_is_a_complaint_reply(detector):
    text = (
        "SV: Hullet i vejen er der stadig!!\n\nHej Finn\n\nJeg kan godt forstå, at du er irriteret over, at hullet "
        "stadig ikke er lappet. Det er ikke i orden, at der er gået tre uger.\n\nVores folk kommer på onsdag og lapper "
        "det.\n\nMvh\nVej og Park"
    )
    assert detector.detect(text) == "klagesvar"


# a letter to an employer that takes in a named citizen (no "jeres medarbejder"): a third-party letter
def test_letter_to_an_employer_taking_in_a_trainee_is_andet(detector):
    text = (
        "Jobcenter – Virksomhedsservice\n\nTil Bagerst ApS\natt. Lone Bager\n\nTak fordi I vil tage imod Samir i "
        "praktik fra 11. januar. Underskriv den vedlagte aftale og send den til mig senest den 5. januar.\n\n"
        "Venlig hilsen\nVirksomhedskonsulent Jens"
    )
    assert detector.detect(text) == "andet"


# ... but a letter to the citizen about the placement is not
def test_letter_to_the_citizen_about_the_placement_is_not_andet(detector):
    text = (
        "Kære Samir\n\nBagerst vil gerne tage imod dig i praktik fra 11. januar. Du skal møde kl. 6.00 den første "
        "dag.\n\nVenlig hilsen\nJens, Jobcentret"
    )
    assert detector.detect(text) != "andet"
