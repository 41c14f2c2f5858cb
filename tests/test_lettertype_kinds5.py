"""Letter type on the kinds of letter the fifth round of blind LTYPE batches (and EVAL's eval5) got wrong:
a decision or a reply to a complaint written in English (to a reader who does not read Danish), a letter
to a third party about a citizen (a doctor, an employer, a landlord), and a short hearing by SMS that
says what the new figures may mean and asks the reader to say if they are wrong.

Every letter here is written for the test (none is taken from a corpus or a holdout).
"""

import pytest

from borgertekst.lettertype import LetterTypeDetector
from borgertekst.rulebook.loader import load_ruleset


@pytest.fixture(scope="module")
def detector():
    return LetterTypeDetector(load_ruleset().letter_types)


CASES = {
    # a refusal in English with "Decision:" as its heading
    "english-refusal-heading": (
        "afgoerelse",
        "Odense Kommune\nJobcenter\n\nDear Maria Lopez,\n\nYou have asked for help to pay your dentist bill.\n\n"
        "Decision: We cannot pay the bill. Your income is above the limit in aktivloven § 82.\n\n"
        "Kind regards\nPeter Holm",
    ),
    # an English decision without a heading: "cannot be extended", "not entitled to"
    "english-not-extended": (
        "afgoerelse",
        "Hello Tom,\n\nWe have looked at your case again. Your unemployment support can not be extended after "
        "31 May, because you are not entitled to more weeks under the rules.\n\nBest regards\nJobcenter Vejle",
    ),
    # a reply to a complaint in English
    "english-complaint-reply": (
        "klagesvar",
        "Hi Anna,\n\nThank you for your feedback about the closed swimming pool on Sunday. We agree that the "
        "notice came far too late, and we apologise. From now on, closures will be on the website one week "
        "before.\n\nKind regards\nSport and Leisure",
    ),
    # a request to a doctor for a medical certificate about a citizen
    "third-party-doctor": (
        "andet",
        "Til Lægerne i Søndergade\nAtt.: Læge Jonas Friis\n\nAnmodning om lægeattest – Bente Holm\n\n"
        "Bente Holm har søgt om hjælp til et plejehjem. Vi vil bede dig beskrive hendes helbred og hvad hun "
        "selv kan klare. Hun har givet lov til, at vi spørger.\n\nSend attesten senest den 2. juni via sikker post.\n\n"
        "Venlig hilsen\nVisitationen",
    ),
    # a request to an employer about an employee
    "third-party-employer": (
        "andet",
        "Til Murerfirmaet Hansen ApS\n\nVedr. jeres medarbejder Ali Demir\n\nAli Demir er sygemeldt og har søgt "
        "om sygedagpenge. Vi beder jer oplyse, hvor mange timer han har arbejdet pr. uge de sidste tre måneder, "
        "og om I betaler løn under sygdommen.\n\nSvar gerne inden 10 dage på sygedagpenge@kommune.dk.\n\nHilsen\nYdelser",
    ),
    # a landlord asked for papers, with the tenant's consent
    "third-party-landlord": (
        "andet",
        "Til Boligselskabet Engen\n\nVi behandler en ansøgning om boligstøtte fra en af jeres lejere. "
        "Lejeren har givet samtykke til, at vi henter oplysningerne hos jer.\n\nVi beder jer sende lejekontrakten "
        "og den nuværende husleje senest den 1. marts.\n\nVenlig hilsen\nBorgerservice",
    ),
    # a hearing by SMS: what the new figures may mean, and "tell us if they are wrong"
    "sms-hearing-figures": (
        "partshoering",
        "Kommunen: Vi har fået nye oplysninger om din løn. Det kan betyde, at dit tilskud skal sættes ned fra "
        "august. Se brevet i Digital Post, og ring til os inden 10 dage, hvis tallene ikke passer.",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_kind(detector, name):
    want, text = CASES[name]
    assert detector.detect(text) == want


# the new signals must not type ordinary Danish letters they were not written for
NOT = {
    # a Danish information letter that asks the reader to check their data: not a hearing by that alone
    "info-check-data": (
        "information",
        "Kære borger\n\nFra 1. januar flytter vi alle oplysninger om din ejendom til et nyt system. Du skal ikke "
        "gøre noget. Tjek dine oplysninger på borger.dk, og giv os besked, hvis tallene ikke passer.\n\n"
        "Venlig hilsen\nEjendomsskat",
    ),
    # a Danish decision to a company with "Att.:" stays a decision
    "decision-to-company-att": (
        "afgoerelse",
        "Café Havnen ApS\nAtt.: Lise Bøgh\n\nAfslag på udeservering\n\nI har søgt om at stille borde på fortovet "
        "foran caféen. Det kan vi ikke give tilladelse til, fordi der så kun er 1 meter fri passage.\n\n"
        "I kan klage til os inden 4 uger.\n\nVenlig hilsen\nVej og Park",
    ),
}


@pytest.mark.parametrize("name", sorted(NOT))
def test_not_kind(detector, name):
    want, text = NOT[name]
    assert detector.detect(text) == want
