"""Letter type on the kinds of letter the twelfth session's blind LTYPE batches (ltype12) and EVAL's eval11 got wrong:
a price or a set of rules a council or committee decided for everyone ("Byrådet har besluttet en ny pris for madservice",
"Udvalget har besluttet nye priser i svømmehallen"), told in a reply or an information letter, that made the letter a
possible decision and brought a klagevejledning finding; and a parking fee notice with its fields ("Sted: …",
"Overtrædelse: …", "Vil du gøre indsigelse …") typed a summons or a hearing by its "Sted:" and "gøre indsigelse".

Every letter here is written for the test (none is taken from a corpus or a holdout).
"""

import pytest


# a price or rule set for everyone by a political body is no decision about the reader
@pytest.mark.parametrize(
    "text",
    [
        "Kære Poul\n\nDu har spurgt, hvorfor din regning for hjemmehjælp til rengøring er steget. Kommunalbestyrelsen har "
        "besluttet nye takster for praktisk hjælp fra 1. januar. En time koster nu 178 kr. Det gælder for alle, der får "
        "rengøring i kommunen.\n\nDu behøver ikke at gøre noget.\n\nVenlig hilsen\nHjemmeplejen",
        "Til alle haveejere\n\nTeknik- og Miljøudvalget har besluttet, at taksterne for afhentning af haveaffald stiger "
        "med 40 kr. om året fra marts. Haveaffaldet hentes fortsat hver anden uge fra april til november.\n\nVenlig "
        "hilsen\nAffald og Genbrug",
        "Kære forældre\n\nSkolebestyrelsen har godkendt nye ordensregler for frikvartererne. Fra næste måned må eleverne "
        "ikke forlade skolens område i spisefrikvarteret.\n\nVenlig hilsen\nLedelsen",
    ],
)
def test_general_price_or_rule_decision_is_no_possible_decision(detector, text):
    d = detector.detection(text)
    assert d.type != "afgoerelse"
    assert "afgoerelse" not in d.maybe
    assert d.scores.get("afgoerelse", 0.0) <= 0.0


# guards: a committee's or our decision about the reader still counts, also when a price word follows later
@pytest.mark.parametrize(
    "text",
    [
        "Kære Lise\n\nBørne- og Skoleudvalget har besluttet at give dig tilskud til lejrskolen. Du får 1.500 kr.\n\n"
        "Venlig hilsen\nSkoleafdelingen",
        "Kære Karsten\n\nVi har besluttet, at du skal betale den nye pris for din plads fra 1. februar, fordi din indtægt "
        "er steget.\n\nVenlig hilsen\nPladsanvisningen",
        "Kære Hanne\n\nKommunen har godkendt din ansøgning om et nyt hegn.\n\nVenlig hilsen\nByg og Miljø",
    ],
)
def test_decision_about_reader_stays_a_decision_signal(detector, text):
    assert detector.detection(text).scores.get("afgoerelse", 0.0) >= 2.0


PARKING_NOTICES = [
    "KONTROLAFGIFT\n\nBil: DV 88 120\nDato: 2.12.2026 kl. 09.40\nSted: Banegårdspladsen, Holbæk\nOvertrædelse: Parkeret "
    "uden gyldig p-billet\nAfgift: 510 kr.\n\nAfgiften betales inden 18 dage. Ønsker du at gøre indsigelse, skal det ske "
    "skriftligt inden 6 uger.\n\nHolbæk Kommune, Parkering",
    "Afgiftsnummer: 77-30918\nTidspunkt: 14.11.2026 kl. 17.02\nSted: Havnegade ud for nr. 8\nForseelse: Holdt i "
    "område med stopforbud\nBeløb: 790 kr.\n\nBetal via netbank inden 14 dage. Er du uenig, kan du gøre indsigelse "
    "til parkeringskontoret.",
]


# a parking fee notice with fields is a notice, not a summons or a hearing, and no possible decision
@pytest.mark.parametrize("text", PARKING_NOTICES)
def test_parking_fee_notice_is_no_summons_or_hearing(detector, text):
    d = detector.detection(text)
    assert d.type in ("information", "andet")
    assert "afgoerelse" not in d.maybe


# guards: a reply to an objection whose reference line names the fee ("Kontrolafgift nr. …") is not made a notice, and a
# summons with "Sted:" stays a summons
def test_reply_to_objection_with_fee_reference_is_not_a_notice(detector):
    text = (
        "Kontrolafgift nr. 5520981\n\nKære Anja\n\nDu har gjort indsigelse mod kontrolafgiften på 510 kr. fra 3. november. "
        "Du skriver, at automaten var i stykker. Vi har tjekket automaten, og den virkede den dag.\n\nVi fastholder "
        "derfor kontrolafgiften. Beløbet skal betales inden 14 dage.\n\nVenlig hilsen\nParkeringskontoret"
    )
    assert detector.detection(text).type in ("afgoerelse", "klagesvar")


def test_summons_with_place_field_stays_a_summons(detector):
    text = (
        "Kære Jonas\n\nDu skal til opfølgningssamtale om din sygemelding.\n\nTid: Mandag den 7. december kl. 13.00\n"
        "Sted: Jobcentret, Torvegade 4\n\nHvis du ikke kan komme, skal du ringe til mig.\n\nVenlig hilsen\nJobcentret"
    )
    assert detector.detection(text).type == "indkaldelse"
