"""What the reader applied for is not what the letter gives: "i stedet for" inside the description
of the request ("I søgte om tilskud til at passe Yasmin hjemme i stedet for i vuggestue") is not a
partial grant, and "Vi har sagt ja til det, I søgte om" is a full one (EVAL, eval5 letter 04)."""

import pytest

from borgertekst.klageadgang import load_routes


@pytest.fixture(scope="module")
def routes():
    return load_routes()


def test_a_request_described_with_i_stedet_for_is_not_a_partial_grant(routes):
    text = ("I søgte den 28. oktober om tilskud til at passe jeres søn hjemme i stedet for i vuggestue. "
            "Vi har sagt ja til det, I søgte om. I får 6.210 kr. om måneden.")
    assert routes.outcome(text) == "bevilling"


def test_something_else_given_instead_is_still_partial(routes):
    text = "Du har søgt om en elkørestol. Du får en manuel kørestol i stedet for en elkørestol."
    assert routes.outcome(text) == "delvis"


def test_a_yes_to_the_request_is_a_grant(routes):
    assert routes.outcome("Vi har sagt ja til det, du søgte om.") == "bevilling"


def test_a_full_grant_letter_gets_no_decision_complaints(analyzer):
    letter = ("Viborg Kommune\n\nHej Ahmed og Sara\n\nI søgte den 28. oktober om tilskud til at passe Yasmin "
              "hjemme i stedet for i vuggestue. Vi har sagt ja til det, I søgte om. Tilskuddet gælder fra "
              "1. januar 2027 og i 12 måneder.\n\nI får 6.210 kr. om måneden før skat.\n\nSkriv til os på "
              "pladsanvisning@viborg.dk, hvis I har spørgsmål.\n\nMange hilsner\nLene\nPladsanvisningen")
    rules = {f.rule for f in analyzer.analyze(letter).findings}
    assert not rules & {"struktur.klagevejledning", "struktur.begrundelse"}
