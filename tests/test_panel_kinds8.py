"""The procedural-justice panel, session 8 kinds (EVAL eval7 and PANEL panel7): each test fails on the code before."""

import pytest

from borgertekst.engine import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def panel(analyzer, text, letter_type):
    return analyzer.analyze(text, letter_type=letter_type).element_status


GUIDANCE = """Klagevejledning
Er du uenig, kan du klage inden 4 uger efter, at du har fået brevet. Skriv til os via borger.dk. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi klagen til Ankestyrelsen.

Spørgsmål: ring til Borgerservice på 43 97 10 00.
"""


@pytest.mark.parametrize("ground", [
    "Kommunen kan ikke imødekomme ansøgningen, da betingelserne i aktivlovens § 81 ikke er opfyldt.",
    "Ansøgningen kan ikke imødekommes, idet forholdene ikke falder ind under aktivlovens § 82.",
])
def test_a_rule_named_without_the_readers_situation_is_no_ground(analyzer, ground):
    # the request's amount restated is no ground either
    text = f"Ishøj Kommune\n\nDu har søgt om hjælp til en ny køleskab til 4.200 kr.\n\n{ground}\n\n{GUIDANCE}"
    es = panel(analyzer, text, "afgoerelse")
    assert es["gennemskuelighed"].status == "missing"
    assert es["tillid"].status == "missing"  # a no without grounds, nothing heard
    # the same conclusion after the case's facts is reasoned
    reasoned = text.replace(ground, "Din læge skriver i attesten af 3. marts, at du kan arbejde 20 timer om ugen. "
                                    "Derfor er betingelserne i aktivlovens § 81 ikke opfyldt.")
    assert panel(analyzer, reasoned, "afgoerelse")["gennemskuelighed"].status != "missing"


def test_a_criterion_restated_without_the_readers_facts_is_thin(analyzer):
    text = ("Rødovre Kommune\n\nVi har behandlet din ansøgning om merudgifter.\n\nDu opfylder ikke kravene i "
            "servicelovens § 100, da der ikke er tale om en varigt nedsat funktionsevne.\n\n" + GUIDANCE)
    assert panel(analyzer, text, "afgoerelse")["gennemskuelighed"].status == "weak"
    about_reader = text.replace("da der ikke er tale om", "da din gigt efter lægens vurdering går over, og der ikke er tale om")
    assert panel(analyzer, about_reader, "afgoerelse")["gennemskuelighed"].status == "covered"


PERSONAL = """{greeting}

Du har søgt om tilskud til briller til din datter Sara, fordi hun har fået en ny styrke efter sin øjenoperation.

Du får tilskud på 1.100 kr. Det er den faste takst for børnebriller efter servicelovens § 41.

Pengene kommer på din NemKonto den 15. januar.

Spørgsmål: 36 37 38 39.

Familieafdelingen
"""


def test_a_plain_decision_naming_the_reader_and_their_situation_is_personal(analyzer):
    es = panel(analyzer, PERSONAL.format(greeting="Kære Lise Holm"), "afgoerelse")
    assert es["tillid"].status == "covered"
    no_name = panel(analyzer, PERSONAL.format(greeting="Til forælder"), "afgoerelse")
    # (rubric, session 12) without the name it is still a plain grant that says what and why to its reader, with a number
    # to call: covered (it was weak before); "personal" is then not what decides it
    assert no_name["tillid"].status == "covered"


def test_an_automatic_receipt_has_not_heard_the_reader(analyzer):
    text = """Kvittering

Tak for din ansøgning om beboerlicens. Vi har modtaget den 2.12.2026 kl. 10:02.

Forventet svartid: 15 arbejdsdage

Denne mail er sendt automatisk. Du kan ikke svare på den. Har du spørgsmål, kan du ringe til Parkering på 44 55 66 77.
"""
    es = panel(analyzer, text, "kvittering")
    assert es["tillid"].status == "weak"
    assert es["indflydelse"].status == "weak"


INFO = """Svendborg Kommune

Vandet bliver lukket på Møllevej onsdag den 10. december fra kl. 9 til 13, fordi vi skifter en hovedledning.

{tail}
"""


def test_an_information_text_with_only_a_number_for_questions_is_weak(analyzer):
    es = panel(analyzer, INFO.format(tail="Spørgsmål: 62 23 30 00."), "information")
    assert es["indflydelse"].status == "weak"
    invited = INFO.format(tail="Vi vil gerne høre dine kommentarer til arbejdet. Ring på 62 23 30 00.")
    assert panel(analyzer, invited, "information")["indflydelse"].status == "covered"


def test_a_plain_no_in_a_mail_has_no_grounds_and_no_route(analyzer):
    text = "Hej\n\nNej, vi betaler ikke for taxaen til tandlægen. Det er ikke noget, kommunen giver penge til.\n\nMvh Jens\n"
    es = panel(analyzer, text, "andet")
    assert es["gennemskuelighed"].status == "missing"
    assert es["indflydelse"].status == "missing"
    assert es["tillid"].status == "missing"
    assert es["vaerdighed"].status == "weak"


def test_the_laws_consequence_said_in_general_is_no_pressure(analyzer):
    text = """Varsel om påbud

Kommunen har set, at Deres hæk på Skovvej 3 vokser ud over fortovet.

Vi påtænker at give Dem påbud om at klippe hækken. Efterkommes et påbud ikke, kan kommunen lade arbejdet udføre for ejerens regning.

De kan sende bemærkninger til vej@kommune.dk senest den 9. januar.
"""
    assert panel(analyzer, text, "partshoering")["vaerdighed"].status == "weak"  # the De-form only
    to_reader = text.replace("Efterkommes et påbud ikke, kan kommunen lade arbejdet udføre for ejerens regning.",
                             "Efterkommes påbuddet ikke, vil kommunen lade arbejdet udføre for ejerens regning.")
    assert panel(analyzer, to_reader, "partshoering")["vaerdighed"].status == "missing"


def test_a_reminder_that_scolds_and_threatens_without_hvis_loses_dignity(analyzer):
    text = """Manglende kontoudtog

Vi har nu flere gange bedt dig om at sende dine kontoudtog. Det er ikke i orden, at vi stadig ikke har fået dem.

Har vi ikke kontoudtogene senest den 8. januar, stopper vi din hjælp.

Send dem via borger.dk. Ring på 44 33 22 11, hvis du har spørgsmål.
"""
    assert panel(analyzer, text, "andet")["vaerdighed"].status == "missing"


def test_the_complaint_guidances_formula_is_not_the_letters_voice(analyzer):
    text = """Afgørelse om rengøring

Ved besøget den 4. november så vi, at du selv kan tørre støv af og vaske op. Du får derfor rengøring hver 14. dag.

Klagevejledning
Du kan klage inden 4 uger. Send klagen via borger.dk. Hvis afgørelsen fastholdes, sendes klagen til Ankestyrelsen.

Ring til Visitationen på 76 29 29 29.
"""
    assert panel(analyzer, text, "afgoerelse")["vaerdighed"].status == "covered"
    cold = text.replace("Du får derfor rengøring hver 14. dag.", "Du får derfor rengøring hver 14. dag. Afgørelsen fastholdes.")
    assert panel(analyzer, cold, "afgoerelse")["vaerdighed"].status == "weak"


def test_a_refusal_on_not_being_entitled_under_a_paragraph_is_no_ground(analyzer):
    text = "Vedr. Deres ansøgning\n\nDa De ikke er berettiget til hjælp efter aktivlovens § 85, kan ansøgningen ikke imødekommes.\n\n" + GUIDANCE
    assert panel(analyzer, text, "afgoerelse")["gennemskuelighed"].status == "missing"
    assessed = text.replace("Da De ikke er berettiget", "Kommunen har vurderet, at De ikke er berettiget").replace(
        ", kan ansøgningen ikke imødekommes.", ". Ansøgningen kan derfor ikke imødekommes.")
    assert panel(analyzer, assessed, "afgoerelse")["gennemskuelighed"].status != "missing"


def test_a_criterion_of_the_thing_applied_for_restated_is_thin(analyzer):
    text = ("Du har søgt om hjælp til en tandprotese til 9.800 kr.\n\nDu kan ikke få hjælp, fordi behandlingen ikke er "
            "nødvendig og uopsættelig.\n\n" + GUIDANCE)
    assert panel(analyzer, text, "afgoerelse")["gennemskuelighed"].status == "weak"


def test_one_tone_finding_on_the_same_words_counts_once(analyzer):
    from types import SimpleNamespace

    from borgertekst.checks.panel import element_status

    text = "Du burde vide, at kommunen ikke betaler depositum.\n\nRing på 89 59 10 00."
    analysis, report = analyzer.analysis(text, letter_type="andet")
    twice = [SimpleNamespace(rule=r, category="tone", severity="warning", start=0, end=13, text="Du burde vide",
                             also_rules=(), rules=[r]) for r in ("tone.tryk", "tone.tryk-saetning")]
    status = element_status(analysis, list(report.findings) + twice)
    assert status["vaerdighed"].status == "weak"


def test_a_consequence_followed_by_an_offer_of_help_is_no_pressure(analyzer):
    text = """Påmindelse

Betalingen for november på 1.840 kr. er ikke kommet ind.

Betales beløbet ikke senest den 22. december, overdrages det til Gældsstyrelsen, som kan lægge gebyrer oveni.

{help}
"""
    helped = text.format(help="Har du svært ved at betale, så ring til os på 58 57 36 00, så finder vi en ordning.")
    assert panel(analyzer, helped, "andet")["vaerdighed"].status == "covered"
    bare = text.format(help="Spørgsmål: 58 57 36 00.")
    assert panel(analyzer, bare, "andet")["vaerdighed"].status == "weak"


def test_an_english_letter_inviting_wishes_lets_the_reader_have_a_say(analyzer):
    text = """Dear parents

Your son will start school on 5 January. Please come to the office at 8.00.

If you have questions or special wishes, please write to skole@kommune.dk. We are happy to help.
"""
    es = panel(analyzer, text, "information")
    assert es["indflydelse"].status == "covered"
    assert es["tillid"].status == "covered"


@pytest.mark.parametrize("tail", [
    "Har du spørgsmål eller problemer undervejs, kan du ringe direkte til projektleder Jens Ibsen på 62 23 30 00.",
    "Vi vil gerne høre din mening om arbejdet. Ring på 62 23 30 00.",
])
def test_a_named_person_or_a_wish_for_the_readers_opinion_is_a_say(analyzer, tail):
    assert panel(analyzer, INFO.format(tail=tail), "information")["indflydelse"].status == "covered"


def test_a_no_reply_sms_with_a_link_to_cancel_is_a_weak_route(analyzer):
    text = ("Påmindelse: Du har tid hos tandplejen tors 8/1 kl 13.30. Aflys eller flyt: tand.kommune.dk/booking. "
            "Svar ikke på denne sms.")
    assert panel(analyzer, text, "indkaldelse")["indflydelse"].status == "weak"


def test_unmet_requirements_with_their_own_conclusion_are_no_ground(analyzer):
    text = ("Afgørelse\n\nAnsøgningen opfylder ikke de lovmæssige krav, og der kan derfor ikke gives tilskud, jf. "
            "servicelovens § 100.\n\n" + GUIDANCE)
    assert panel(analyzer, text, "afgoerelse")["gennemskuelighed"].status == "missing"


def test_det_faar_du_is_a_full_grant(analyzer):
    text = ("Hej Lise\n\nDu har søgt om hjælp til at komme til genoptræning to gange om ugen, fordi du ikke må køre bil "
            "i tre måneder efter din knæoperation.\n\nDet får du. Kommunen betaler taxa til og fra centret.\n\n"
            "Venlig hilsen\nAnja\nTlf. 74 34 34 34\n")
    assert panel(analyzer, text, "afgoerelse")["indflydelse"].status == "covered"


def test_refusing_to_handle_repeated_applications_closes_the_door(analyzer):
    text = ("Afslag på ny kørestol\n\nVores tekniker har den 28. november set, at din kørestol virker, som den skal. "
            "Derfor kan vi ikke bevilge en ny, jf. servicelovens § 112.\n\nVi gør opmærksom på, at gentagne ansøgninger "
            "om det samme ikke vil blive behandlet.\n\n" + GUIDANCE)
    es = panel(analyzer, text, "afgoerelse")
    assert es["tillid"].status == "missing"
    assert es["indflydelse"].status == "weak"
