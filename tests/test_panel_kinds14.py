"""The procedural-justice panel, session 14 kinds (PANEL panel14, EVAL eval12/eval13): each kind test fails on the code
before; the guards beside them held before and must keep holding."""

import pytest

from borgertekst.engine import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def report(analyzer, text, letter_type=None):
    return analyzer.analyze(text, letter_type=letter_type).element_status


def panel(analyzer, text, letter_type=None):
    return {k: v.status for k, v in report(analyzer, text, letter_type).items()}


# a stressed reply that scolds twice; the writer says "jeg", and nothing else shows the worry was heard
SCOLDING_REPLY = """Hej Peter

Jeg har læst din mail om, hvornår din mor kan få en plads på plejecentret.

Du må forstå, at der er lang ventetid på alle plejeboliger i kommunen lige nu. Det hjælper ikke at ringe til os hver dag.

Din mor står på listen og får en bolig, når der bliver en ledig.

Du kan ringe til visitationen på 96 84 84 84.

Hilsen
Annette Holm
Leder af visitationen, Lemvig Kommune
"""


def test_a_jeg_is_no_sign_of_being_heard_in_a_reply_that_scolds(analyzer):
    assert panel(analyzer, SCOLDING_REPLY)["tillid"] == "missing"


def test_a_scolding_reply_that_also_shows_understanding_is_not_missing(analyzer):
    # guard: the same reply with a word of understanding is not "nothing that shows understanding"
    text = SCOLDING_REPLY.replace("Jeg har læst din mail", "Jeg forstår godt, at I er bekymrede. Jeg har læst din mail")
    assert panel(analyzer, text)["tillid"] != "missing"


# a stop of help whose reason is that the reader no longer needs it: "ikke brug for hjælp til" is no offer of help
STOP = """Til Erna Mikkelsen

Din hjælp til tøjvask stopper.

Din datter har fortalt os, at hun nu vasker dit tøj hver uge. Derfor har du ikke længere brug for hjælp til tøjvask.
Hjælpen stopper fra den 1. marts 2027.

Med venlig hilsen
Visitationen
Thisted Kommune
"""


def test_no_need_of_help_said_as_the_reason_is_no_offer_of_help(analyzer):
    assert panel(analyzer, STOP)["tillid"] == "missing"


def test_an_offer_of_help_with_brug_for_still_shows_the_reader_was_heard(analyzer):
    # guard: the cue still reads the offer ("Har du brug for hjælp til …, så ring")
    text = STOP.replace("Hjælpen stopper fra den 1. marts 2027.",
                        "Hjælpen stopper fra den 1. marts 2027. Har du brug for hjælp til noget andet, så ring til "
                        "os på 99 17 17 17.")
    assert panel(analyzer, text)["tillid"] == "covered"


# a friendly refusal that rests on "an overall assessment of your situation" and a weight on a bare noun, after the
# request restated with its paragraph
ESCORT = """Kære Sofie

Du har søgt om en ledsager efter servicelovens § 97, så du kan gå til svømning og i biografen.

Vi har desværre givet dig afslag. Vi har lavet en samlet vurdering af din situation og har lagt vægt på dit
funktionsniveau.

Du kan klage over afgørelsen. Send klagen til os senest 4 uger efter, at du har fået brevet. Vi ser på sagen igen, og
holder vi fast i afgørelsen, sender vi klagen videre til Ankestyrelsen.

Ring gerne til mig på 76 16 16 16, hvis du vil tale om afgørelsen.

Venlig hilsen
Karen Dahl, socialrådgiver, Vejle Kommune
"""


def test_an_assessment_of_your_situation_with_the_request_restated_is_thin_grounds(analyzer):
    assert panel(analyzer, ESCORT)["gennemskuelighed"] == "weak"


def test_the_same_assessment_with_what_it_rests_on_keeps_its_grounds(analyzer):
    # guard: what the assessment rests on, from the case
    text = ESCORT.replace("har lagt vægt på dit\nfunktionsniveau.",
                          "har lagt vægt på, at du selv tager bussen til skole, fordi du kan gå 2 km uden hjælp.")
    assert panel(analyzer, text)["gennemskuelighed"] == "covered"


# a grant that needs no complaint guidance: the reader can reach us, but the letter tells no complaint route
GRANT = """Kære Bo Jensen

Du har søgt om et tilskud til briller til din søn Malte. Du får hele tilskuddet på 1.200 kr.

Pengene kommer ind på din NemKonto inden for 10 dage.

Har du spørgsmål, kan du ringe til mig på 97 11 22 33.

Venlig hilsen
Lise Bach, Borgerservice, Ringkøbing-Skjern Kommune
"""


def test_a_route_to_us_is_not_called_a_complaint_route_where_the_letter_gives_none(analyzer):
    status = report(analyzer, GRANT)["indflydelse"]
    assert status.status == "covered"
    assert "klager" not in status.reason
