"""The procedural-justice panel, session 13 kinds (PANEL panel13, EVAL eval12, the lead's spot check lead13): each kind
test fails on the code before; the guards beside them held before and must keep holding."""

import pytest

from borgertekst.engine import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def panel(analyzer, text, letter_type=None):
    return {k: v.status for k, v in analyzer.analyze(text, letter_type=letter_type).element_status.items()}


# a refusal whose only grounds are the rule itself and "that is the rule"
CARPORT = """Kære Ole Thomsen

Du har søgt om dispensation til at bygge en carport på 42 m² på Birkevej 9.

Du kan ikke få dispensation. Byggeriet ligger i et område, hvor lokalplan nr. 112 gælder. Det er de regler, der gælder,
og kommunen kan ikke gøre en undtagelse.

Klagevejledning
Du kan klage over afgørelsen til Planklagenævnet inden 4 uger efter, at du har fået afgørelsen. Du klager via
Klageportalen på borger.dk.

Med venlig hilsen
Byg og Plan, Næstved Kommune
"""


def test_a_rule_given_as_its_own_reason_is_thin_grounds(analyzer):
    assert panel(analyzer, CARPORT)["gennemskuelighed"] == "weak"


def test_a_rule_with_the_reason_of_the_case_keeps_its_grounds(analyzer):
    # guard: the same refusal with what in the case decided it
    text = CARPORT.replace("Det er de regler, der gælder,\nog kommunen kan ikke gøre en undtagelse.",
                           "Lokalplanen tillader højst 35 m², fordi der skal være udsyn til kirken fra vejen, og din "
                           "carport ville tage udsynet.")
    assert panel(analyzer, text)["gennemskuelighed"] == "covered"


# a complaint reply whose only ground is an assessment, with nothing about what it rests on
ODOUR = """Kære Bente Lund

Svar på din klage over lugt fra minkfarmen på Engvej

Tak for din henvendelse af 4. juni om lugt fra farmen.

Vi har set på sagen. Det er kommunens vurdering, at lugten ikke er større end det, man må regne med i et landområde.
Kommunen foretager sig derfor ikke mere i sagen.

Med venlig hilsen
Miljø, Varde Kommune
"""


def test_an_assessment_claimed_and_not_shown_is_thin_grounds(analyzer):
    assert panel(analyzer, ODOUR)["gennemskuelighed"] == "weak"


def test_an_assessment_with_what_was_measured_keeps_its_grounds(analyzer):
    # guard: what the assessment rests on is told
    text = ODOUR.replace("Vi har set på sagen. ", "Vi var ude og måle lugten tre gange i juni, og målingerne viste, "
                         "at lugten var under grænseværdien alle tre gange. ")
    assert panel(analyzer, text)["gennemskuelighed"] == "covered"


def test_a_stop_of_help_weighted_on_a_bare_noun_is_thin_grounds(analyzer):
    text = """Kære Poul Vestergaard

Afgørelse om madservice

Du får i dag mad bragt ud tre gange om ugen. Det stopper fra den 1. april.

Vi har vurderet, at du selv kan lave din mad. Vi har lagt vægt på dit funktionsniveau.

Har du spørgsmål, kan du ringe til Visitationen på 7210 4400.

Klagevejledning
Du kan klage over afgørelsen inden 4 uger, efter du har fået brevet. Send klagen til Visitationen, Ringsted Kommune,
Sct. Bendts Gade 1, 4100 Ringsted. Vi ser på sagen igen, og giver vi dig ikke ret, sender vi klagen til Ankestyrelsen.

Venlig hilsen
Visitationen, Ringsted Kommune
"""
    status = panel(analyzer, text)
    assert status["gennemskuelighed"] == "weak"
    # the weight on what happened is a reason (guard)
    text = text.replace("Vi har lagt vægt på dit funktionsniveau.",
                        "Vi har lagt vægt på, at du ved vores besøg selv lavede frokost, og at du fortalte, at du "
                        "handler ind to gange om ugen.")
    assert panel(analyzer, text)["gennemskuelighed"] == "covered"


# a stressed reply that counts the reader's questions and sends them back
STRESSED = """Hej Lise

Jeg har svaret dig på det spørgsmål to gange nu. Din ansøgning om boligindretning ligger hos ergoterapeuten, og hun
kommer ud til dig i uge 14. Før det sker der ikke noget, uanset hvor mange mails du sender.

Vi har mange borgere, og vi kan ikke bruge tid på at svare på det samme igen og igen.

Hilsen
Rasmus
Hjælpemidler, Kolding Kommune
"""


def test_a_stressed_reply_that_counts_the_readers_mails_is_no_dignity(analyzer):
    status = panel(analyzer, STRESSED)
    assert status["vaerdighed"] == "missing"
    assert status["tillid"] != "covered"  # a "jeg" is no sign the reader was heard


def test_a_reminder_that_we_wrote_twice_is_no_scolding_of_the_panels():
    # guard: our own letters counted, plainly, is information for the panel's own cues (a tone finding may say otherwise)
    from borgertekst.checks.panel import _cues

    scolding = _cues()["scolding"]
    assert scolding.search("vi har skrevet til dig to gange uden at få svar. vi mangler stadig din lønseddel.") is None
    assert scolding.search("jeg har svaret dig på det spørgsmål to gange nu.") is not None


# a defensive De-form reply whose only "friendly" word is the stock invitation, with no way to get in touch
DEFENSIVE = """Fredericia Kommune
Vej og Park

Vi skal hermed besvare Deres klage af 3. marts over kommunens rydning af cykelstien på Nørrevold.

Rydningen er udført i overensstemmelse med kommunens vinterregulativ. Det bemærkes, at kommunen ikke har pligt til at
rydde cykelstier før kl. 7.

De er naturligvis velkommen til at kontakte os.

Med venlig hilsen
Vej og Park
"""


def test_the_stock_invitation_without_a_contact_is_no_warmth(analyzer):
    assert panel(analyzer, DEFENSIVE)["vaerdighed"] == "weak"


def test_the_invitation_with_a_phone_stays_warm(analyzer):
    # guard: with a way to reach us the invitation is a friendly word
    text = DEFENSIVE.replace("kontakte os.", "kontakte os på 7210 6000.")
    assert panel(analyzer, text)["vaerdighed"] == "covered"


# a complaint reply that keeps the decision and has sent the complaint on, with no one to reach
SENT_ON = """Kære Kirsten Holm

Vi har modtaget din klage over afgørelsen om din ledsagerordning.

Kommunen har set på sagen igen og fastholder afgørelsen, fordi du nu har hjælp fra en støttekontaktperson to gange om
ugen, som også kan følge dig til aftaler.

Vi har sendt din klage videre til Ankestyrelsen. Du hører fra dem.

Med venlig hilsen
Handicap og Psykiatri, Horsens Kommune
"""


def test_a_complaint_sent_on_to_the_appeal_body_is_a_route(analyzer):
    assert panel(analyzer, SENT_ON)["indflydelse"] == "weak"


def test_a_report_passed_on_to_a_department_is_no_complaint_route(analyzer):
    # guard: an internal department is not an appeal body
    text = """Vedr. Deres henvendelse om en væltet skraldespand på Torvet

Henvendelsen er modtaget og videresendt til Park og Vej.

Teknik og Miljø, Svendborg Kommune
"""
    assert panel(analyzer, text)["indflydelse"] == "missing"


def test_a_receipt_that_passes_the_mail_on_to_a_department_says_no_next_step(analyzer):
    # passed on to a department is no case on its way to an appeal body (PANEL panel13b 12)
    text = """Vedr. Deres henvendelse om en knækket lygtepæl på Skovvej

Henvendelsen er modtaget og videresendt til Vejafdelingen, som vil tage de nødvendige skridt.

Teknik og Miljø, Svendborg Kommune
"""
    assert panel(analyzer, text)["gennemskuelighed"] == "weak"
    # guard: with what and when, the receipt says what happens
    text = text.replace("som vil tage de nødvendige skridt.", "som skifter lygtepælen inden den 15. marts.")
    assert panel(analyzer, text)["gennemskuelighed"] == "covered"


# a careful repayment letter that states the law's test and applies it to the reader
REPAYMENT = """Kære Jesper Holm

Du skal betale 6.300 kr. tilbage i kontanthjælp

Du fik kontanthjælp for hele marts, men du begyndte i job den 10. marts. Det fik vi først at vide i maj.

Man skal betale hjælp tilbage, hvis man vidste eller burde have vidst, at man ikke havde ret til den. Da du fik din
første løn den 31. marts, mener vi, at du burde have vidst, at du fik for meget. Reglen står i aktivlovens § 91.

Vi ved godt, at det er mange penge. Ring til mig på 5555 1212, så finder vi et beløb om måneden, du kan klare.

Du kan klage over afgørelsen inden 4 uger. Send klagen til os på ydelse@kommune.dk. Vi ser på sagen igen, og er vi
stadig uenige med dig, sender vi klagen til Ankestyrelsen.

Venlig hilsen
Mette Dahl, Ydelser, Vordingborg Kommune
"""


def test_the_legal_test_applied_to_the_reader_is_no_reproach(analyzer):
    status = panel(analyzer, REPAYMENT)
    assert status["vaerdighed"] == "covered"
    assert status["tillid"] == "covered"


def test_a_reproach_without_the_legal_test_stays_one():
    # guard: without the law's test said of anyone, "burde vide" is a reproach for the panel's own cues
    from borgertekst.checks.panel import _CRITERION, _pressure

    text = "Du burde vide, at du skal sende lønsedlen hver måned. Det er ikke første gang."
    assert _CRITERION.search(text.lower()) is None
    assert _pressure(text, []) != []
    stated = "Man skal betale tilbage, hvis man burde vide, at man fik for meget."
    assert _pressure(stated, []) == []


def test_a_renewed_assessment_as_the_only_ground_of_a_kept_decision_is_thin(analyzer):
    text = """Vejle Kommune

Deres klage over afgørelsen om hjemmehjælp er modtaget.

Kommunen har foretaget en fornyet vurdering og finder ikke grundlag for at ændre afgørelsen. Kommunen fastholder
derfor afgørelsen af 4. februar.

Sagen er videresendt til Ankestyrelsen.

Med venlig hilsen
Vejle Kommune
"""
    assert panel(analyzer, text)["gennemskuelighed"] == "weak"


def test_an_assessment_resting_on_the_readers_account_or_a_rule_in_words_keeps_its_grounds(analyzer):
    # guards for the assessment-claimed kind: what the reader told us, or the rule it applies, is what it rests on
    told = """Kære Sebastian Kjær

Din kontanthjælp stopper

Du har sagt nej til et job som chauffør, som jobcentret fandt til dig den 3. marts. Du har fortalt, at du ikke vil
køre om morgenen. Vi har derfor vurderet, at du ikke står til rådighed for arbejdsmarkedet, og din kontanthjælp stopper
fra 1. april.

Klagevejledning
Du kan klage over afgørelsen inden 4 uger efter, at du har fået den. Skriv til jobcenter@kommune.dk eller ring på
7011 2233. Vi ser på sagen igen, og giver vi dig ikke ret, sender vi klagen til Ankestyrelsen.

Venlig hilsen
Jobcentret
"""
    assert panel(analyzer, told)["gennemskuelighed"] == "covered"
    rule = """Kære Inge Bach

Du har søgt om tilladelse til at indrette en bolig i din lade på Mosevej 4.

Vi kan ikke give tilladelse. Efter planlovens § 35 skal nye boliger i landzone ligge i landsbyerne. Laden ligger langt
fra nærmeste landsby, og kommunen vurderer, at en bolig der vil stride mod hensynet til det åbne land.

Klagevejledning
Du kan klage til Planklagenævnet via Klageportalen på borger.dk inden 4 uger. Har du spørgsmål, så ring på 7244 1000.

Venlig hilsen
Plan, Thisted Kommune
"""
    assert panel(analyzer, rule)["gennemskuelighed"] == "covered"
