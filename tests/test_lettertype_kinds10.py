"""Letter type on the kinds of letter the tenth session's blind LTYPE batches (ltype10) got wrong: a request to a
professional for a statement about a pupil or a patient ("Anmodning om skoleudtalelse", addressed "Til klasselærer …"),
whose practical permissions ("Du må gerne bruge skabelonen til …") read as a decision, and an internal case note
("Telefonnotat", "Journalnotat") whose agreed home visit read as a summons.

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
