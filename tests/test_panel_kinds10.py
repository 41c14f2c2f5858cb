"""The procedural-justice panel, session 10 kinds (PANEL panel10 and the lead's open kinds): each kind test fails on the
code before; the guards (a reply that vouches for itself but also gives its grounds, a cold letter in De-form) held
before and must keep holding."""

import pytest

from borgertekst.engine import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def panel(analyzer, text, letter_type=None):
    return analyzer.analyze(text, letter_type=letter_type).element_status


VOUCHING = """Kære Rikke Thomsen

Vi har modtaget din klage over vores behandling af din ansøgning om ledsageordning.

Vi har set på sagen igen. {middle}

Med venlig hilsen
Handicap og Psykiatri, Faaborg-Midtfyn Kommune
"""


@pytest.mark.parametrize("middle", [
    "Forvaltningen har håndteret sagen korrekt og i fuld overensstemmelse med lovgivningen. Vi foretager os derfor "
    "ikke mere i sagen.",
    "Vi mener, at vores brev af 12. oktober var klart og letforståeligt. Begrundelsen for afgørelsen fremgår af brevet, "
    "så vi har ikke mere at tilføje. Vi fastholder afgørelsen.",
    "Der er ikke sket nogen fejl i sagen, og vi har derfor ikke noget at tilføje.",
])
def test_a_reply_that_vouches_for_itself_shows_no_grounds(analyzer, middle):
    # PANEL panel10 01, 17: "Brevet er let at følge" / "Grundlaget for afgørelsen fremgår" on a defensive complaint reply
    es = panel(analyzer, VOUCHING.format(middle=middle), "klagesvar")
    assert es["gennemskuelighed"].status == "weak"
    assert "behandlet korrekt" in es["gennemskuelighed"].reason


def test_a_reply_that_vouches_for_itself_and_gives_its_grounds_is_covered(analyzer):
    # guard: the claim beside real grounds (a fact of the case and the rule in words) takes nothing away
    middle = ("Sagen er behandlet korrekt. Du kan få ledsagelse i op til 15 timer om måneden, hvis du ikke selv kan "
              "færdes alene uden for hjemmet. Ved besøget den 3. november gik du selv til bussen og handlede ind, og "
              "derfor har du ikke ret til ledsagelse. Vi fastholder afgørelsen.")
    es = panel(analyzer, VOUCHING.format(middle=middle), "klagesvar")
    assert es["gennemskuelighed"].status == "covered"


def test_a_reference_to_earlier_letters_with_an_adverb_is_no_ground(analyzer):
    # PANEL panel10 10: "Vi henviser i øvrigt til vores tidligere brev" read as "Brevet er let at følge"
    text = ("Kære Mads Kjeldsen\n\nTak for din mail om din boligydelse.\n\nVi henviser i øvrigt til vores tidligere svar "
            "i sagen.\n\nMed venlig hilsen\nBorgerservice, Ikast-Brande Kommune\nTlf. 99 60 40 00\n")
    assert panel(analyzer, text, "klagesvar")["gennemskuelighed"].status == "weak"


PAABUD = """Påbud om at rydde grøften ved Mosevej 7, 8800 Viborg

Viborg Kommune besigtigede den 2. november 2026 grøften langs Deres ejendom. Grøften var fyldt med jord og grene, så vandet ikke kan løbe væk, og vejen oversvømmes ved regn.

De skal rense grøften senest den 1. februar 2027. Vi giver påbuddet efter vandløbslovens § 35, som siger, at ejeren skal holde en grøft langs sin grund fri, så vandet kan løbe.

Når De har renset grøften, vil vi gerne have et billede af den.

Klagevejledning
De kan klage til Miljø- og Fødevareklagenævnet senest 4 uger efter, at De har fået dette brev. De klager via Klageportalen på borger.dk.

Har De spørgsmål, er De velkommen til at ringe til mig på 87 87 55 10.

Med venlig hilsen
Søren Juhl
Natur og Vand, Viborg Kommune
"""


def test_a_correct_formal_paabud_in_de_form_keeps_its_dignity(analyzer):
    # the lead's open kind (PANEL panel10 03, 14): "De-form virker fjern" on a correct påbud with a person to call
    assert panel(analyzer, PAABUD, "afgoerelse")["vaerdighed"].status == "covered"


def test_the_de_form_with_an_authoritys_voice_stays_cold(analyzer):
    # guard: De-form and a cold formula ("Der meddeles hermed påbud"), no thanks, no person: still weak
    cold = ("Påbud vedrørende grøft ved Mosevej 7\n\nDer meddeles hermed påbud om oprensning af grøften langs Deres "
            "ejendom, jf. vandløbslovens § 35. Oprensningen skal være udført senest den 1. februar 2027.\n\n"
            "Viborg Kommune\n")
    assert panel(analyzer, cold, "afgoerelse")["vaerdighed"].status == "weak"
