"""The procedural-justice panel on the kinds of letters a fourth blind set found: a letter written
without capitals, a closed door with no way to reach us, a consequence said right after an offer of
help, an appointment as the next step, a deadline counted from the letter, and a refusal with no one
to reach. Each kind next to a letter that does the thing, so the test fails if the panel stops
telling them apart."""

from borgertekst.checks.panel import _longest, _next_step, _pressure


def status(analyzer, text, key):
    return analyzer.analyze(text).element_status[key]


def test_letter_without_capitals_is_split_into_its_sentences():
    sentence = "vi har set på det hele og vurderer at du klarer dig fint med den hjælp du har nu"
    text = ". ".join([sentence] * 4) + "."
    assert _longest(text) == 0  # four sentences of 19 words, not one of 76
    assert _longest(", og ".join([sentence] * 4) + ".") >= 50  # one sentence that long still counts
    # an abbreviation is no sentence end
    assert _longest(" ".join([sentence] * 2) + " bl.a. " + " ".join([sentence] * 2)) >= 50


CLOSED = """Vedr. Deres henvendelse om fliser på fortovet

Fortovet ved Deres ejendom er gennemgået den 4. april og lever op til vejreglerne, da højdeforskellen mellem fliserne er under 2 cm.

Kommunen anser hermed sagen for afsluttet, og yderligere henvendelser om dette emne vil ikke blive besvaret.

Vej og Park
"""


def test_closed_door_without_contact_is_missing(analyzer):
    report = analyzer.analyze(CLOSED)
    assert report.element_status["indflydelse"].status == "missing"
    assert report.element_status["tillid"].status == "missing"
    with_phone = CLOSED.replace("Vej og Park\n", "Vej og Park, tlf. 44 55 66 77\n")
    assert status(analyzer, with_phone, "indflydelse").status == "weak"  # closed, but a number to call


def test_consequence_right_after_an_offer_of_help_is_information():
    offer = "Ring til os, så laver vi en aftale om at betale af. "
    threat = "Hvis beløbet ikke er betalt inden 30 dage, sender vi kravet til Gældsstyrelsen."
    assert _pressure(threat, [])
    assert not _pressure(offer + threat, [])
    # help two sentences earlier does not soften it
    assert _pressure(offer + "Beløbet er 4.200 kr. " + threat, [])


def test_appointment_and_deadline_from_the_letter_are_next_steps():
    assert _next_step("Mødet holdes onsdag d. 12. maj kl. 10.00 på jobcentret.")
    assert _next_step("Du har en tid torsdag 14/3 kl 8.30 hos tandplejen.")
    assert _next_step("Afgiften skal betales senest 14 dage fra dato.")
    assert not _next_step("Tak for din mail af 3. marts om vejen.")
    assert not _next_step("Du skal svare senest, når du kan.")


REFUSAL = """Kære Inge

Du har søgt om hjælp til en ny briller. Du kan desværre ikke få hjælp, fordi din formue er over 10.000 kr.

Du kan klage til Ankestyrelsen. Send klagen til os inden 4 uger, så ser vi på sagen igen.

Hilsen
Ydelser
"""


def test_refusal_with_no_one_to_reach_is_missing_on_tillid(analyzer):
    report = analyzer.analyze(REFUSAL)
    assert report.element_status["tillid"].status == "missing"
    assert "kontakte" in report.element_status["tillid"].reason
    phone = REFUSAL.replace("Ydelser\n", "Ydelser, tlf. 33 44 55 66\n")
    assert status(analyzer, phone, "tillid").status != "missing"
