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


# a stop of help sent as a form: no greeting, nobody who signs or says "jeg", no friendly word
FORM_STOP = """Aalborg Kommune
Ældre og Handicap

Ophør af madservice

Ældre og Handicap har besluttet, at din madservice ophører pr. 1. maj 2027, da du nu spiser i cafeen på Bygholm.

Aalborg Kommune
"""


def test_a_stop_sent_as_a_form_with_no_one_behind_it_is_cold(analyzer):
    assert panel(analyzer, FORM_STOP)["vaerdighed"] == "weak"


def test_the_same_stop_greeting_the_reader_and_signed_by_a_person_is_not_cold(analyzer):
    # guard: a greeting and a person's name make it a person's letter, however short
    text = FORM_STOP.replace("Ophør af madservice\n", "Ophør af madservice\n\nKære Jytte Berg\n").replace(
        "\nAalborg Kommune\n", "\nVenlig hilsen\nMette Kirk\nVisitator, Aalborg Kommune\n")
    assert panel(analyzer, text)["vaerdighed"] == "covered"


def test_a_partial_grant_with_its_reason_from_a_unit_is_not_cold(analyzer):
    # guard: less than asked for, with the reason, signed by the unit (PANEL panel11b 13): neutral, not cold
    text = """Vedr. ansøgning om tilskud til høreapparat

Du har søgt om tilskud til to høreapparater til 24.000 kr.

Vi har givet dig tilskud til to høreapparater på 12.500 kr. Vi kan kun give tilskud til den billigste model, der
dækker dit behov, og den koster 12.500 kr. hos din høreklinik.

Du kan klage over afgørelsen inden 4 uger. Send klagen til Vordingborg Kommune, Sundhed, Valdemarsgade 43, 4760
Vordingborg. Vi ser på sagen igen, og hvis vi fastholder afgørelsen, sender vi den til Ankestyrelsen.

Med venlig hilsen
Sundhed og Omsorg
Vordingborg Kommune
"""
    assert panel(analyzer, text)["vaerdighed"] == "covered"


# a permit refused in the authority's words, whose only ground is that the project conflicts with the plan
SHED = """Roskilde Kommune
Byg og Miljø

Deres ansøgning om dispensation til udhus på Skovbrynet 14

Kommunen skal hermed meddele, at der ikke kan meddeles dispensation til det ansøgte udhus, da projektet vil være i strid
med formålet med lokalplanen.

Klagevejledning
Afgørelsen kan påklages til Planklagenævnet via Klageportalen senest 4 uger efter, at De har fået afgørelsen.

Med venlig hilsen
Hanne Vest
Byggesagsbehandler, tlf. 46 31 30 00
"""


def test_a_conflict_with_the_plan_said_as_the_whole_ground_is_thin(analyzer):
    assert panel(analyzer, SHED)["gennemskuelighed"] == "weak"


def test_the_conflict_with_what_in_the_plan_and_the_project_keeps_its_grounds(analyzer):
    # guard: which rule of the plan, and what in the project breaks it
    text = SHED.replace("da projektet vil være i strid\nmed formålet med lokalplanen.",
                        "fordi lokalplanen kun tillader udhuse på højst 10 m², og det ansøgte udhus er på 24 m².")
    assert panel(analyzer, text)["gennemskuelighed"] == "covered"


# a no in part (less than asked for), personal only by its greeting and the reader's own data, with a consequence held over
PARTIAL = """Afgørelse om søskendetilskud

Kære Omar Haddad

Du har søgt om økonomisk friplads til din datter Sara i SFO Kildebakken.

Du er bevilget 50 % friplads fra 1. februar 2027 ud fra den indkomst på 365.000 kr., som du har oplyst. Det betyder, at du
skal betale 1.150 kr. om måneden i stedet for 2.300 kr.

Du har pligt til at give os besked, hvis din indkomst ændrer sig. Manglende indberetning kan medføre krav om
tilbagebetaling.

Har du spørgsmål, kan du ringe til Pladsanvisningen på 45 97 10 00.

Venlig hilsen
Pladsanvisningen, Rudersdal Kommune
"""


def test_a_partial_no_with_a_consequence_held_over_and_no_understanding_is_weak_trust(analyzer):
    assert panel(analyzer, PARTIAL)["tillid"] == "weak"


def test_the_same_partial_no_with_a_word_of_understanding_is_covered(analyzer):
    # guard: an offer of help is a sign we heard the reader
    text = PARTIAL.replace("Har du spørgsmål, kan du ringe", "Vi hjælper dig gerne, hvis noget er uklart: ring")
    assert panel(analyzer, text)["tillid"] == "covered"


# a no-reply SMS whose only route is a link to book a new time
REBOOK = ("Sms fra Holstebro Kommune: Din tid i Borgerservice torsdag kl. 10 er desværre aflyst. Book en ny tid på "
          "holstebro.dk/tidsbestilling. Denne sms kan ikke besvares.")


def test_a_link_to_book_a_new_time_is_a_route_in_a_no_reply_sms(analyzer):
    assert panel(analyzer, REBOOK)["indflydelse"] == "weak"


def test_a_no_reply_sms_with_no_link_has_no_route(analyzer):
    # guard: without the link there is no way to answer
    text = REBOOK.replace(" Book en ny tid på holstebro.dk/tidsbestilling.", "")
    assert panel(analyzer, text)["indflydelse"] == "missing"
