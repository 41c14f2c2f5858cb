"""The procedural-justice panel on the kinds a fifth blind set and EVAL's eval5 found (PANEL session 6).
DOMAIN.md: tillid is being taken seriously (real empathy), not "a contact and a next step"; closing the
door lowers værdighed; a refusal that only names a paragraph has no grounds; a full grant said in words
needs no complaint guidance. Each kind next to a letter that does the thing, so the test fails if the
panel stops telling them apart."""

import pytest


def panel(analyzer, text, letter_type=None):
    return analyzer.analyze(text, letter_type).element_status if letter_type else analyzer.analyze(text).element_status


NEUTRAL = """Vejarbejde på Møllevej

Forsyningen skifter vandrør under Møllevej. Arbejdet begynder mandag den 4. januar og slutter i uge 9.
Vejen er lukket for biler i perioden, men der er adgang til alle huse til fods.

Spørgsmål kan stilles til projektlederen på tlf. 70 11 22 33.

Forsyningen
"""


def test_a_correct_but_impersonal_letter_is_weak_on_tillid(analyzer):
    tillid = panel(analyzer, NEUTRAL, "information")["tillid"]
    assert tillid.status == "weak" and "hørt læseren" in tillid.reason
    warm = NEUTRAL.replace("Spørgsmål kan stilles til projektlederen",
                           "Vi ved godt, at det er besværligt, og vi beklager ulejligheden. Ring til mig")
    assert panel(analyzer, warm, "information")["tillid"].status == "covered"


@pytest.mark.parametrize("heard", [
    "Tak for din ansøgning.", "Jeg kan godt forstå, at det er svært.", "Ring til mig, hvis du har spørgsmål.",
    "Godt nyt: Du har fået hjælpen.", "Hvis du er for syg til at komme, så flytter vi tiden."])
def test_what_shows_the_reader_was_heard(analyzer, heard):
    text = NEUTRAL.replace("Spørgsmål kan stilles", heard + " Spørgsmål kan stilles")
    assert panel(analyzer, text, "information")["tillid"].status == "covered", heard


def test_no_excuse_is_no_apology(analyzer):
    # "ingen undskyldning" scolds; it is not an apology that shows understanding
    text = NEUTRAL.replace("Spørgsmål kan stilles", "Der er ingen undskyldning for at parkere på fortovet. Spørgsmål kan stilles")
    assert panel(analyzer, text, "information")["tillid"].status == "weak"


SANCTION = """Jobcenteret

Vedr.: Nedsættelse af Deres hjælp

Deres uddannelseshjælp nedsættes med 1.200 kr. i december. De udeblev den 12. november fra en samtale, som De var indkaldt til, uden at give besked, jf. aktivlovens § 36.

Jobcenteret skal indskærpe, at De har pligt til at møde op. Udebliver De igen, kan Deres hjælp ophøre helt.

De kan klage til Ankestyrelsen inden 4 uger. Klagen sendes til Jobcenteret, som først genvurderer sagen.

Henvendelse kan ske på tlf. 70 20 30 40.

Jobcenteret
"""


def test_a_threatening_cold_sanction_is_missing_on_tillid(analyzer):
    status = panel(analyzer, SANCTION, "afgoerelse")
    assert status["tillid"].status == "missing"
    assert status["vaerdighed"].status == "missing"
    # the same decision said with understanding and no threat keeps some trust
    kind = SANCTION.replace("Jobcenteret skal indskærpe, at De har pligt til at møde op. Udebliver De igen, kan Deres hjælp ophøre helt.",
                            "Jeg ved, at det kan være svært at nå det hele. Ring til mig, så finder vi en tid, der passer.")
    assert panel(analyzer, kind, "afgoerelse")["tillid"].status != "missing"


CURT = """Hej

Vi har modtaget din ansøgning om hjælp til en ny vaskemaskine. Det kan vi ikke give dig, fordi du har en opsparing på 14.000 kr., og efter reglerne skal man først bruge sin egen formue.

{door}

Vh
Borgerservice
"""


def test_closing_the_door_lowers_vaerdighed_and_tillid(analyzer):
    closed = panel(analyzer, CURT.format(door="Du skal ikke søge igen om det samme."), "afgoerelse")
    assert closed["vaerdighed"].status in ("weak", "missing") and "søge igen" in closed["vaerdighed"].reason
    assert closed["tillid"].status == "missing"
    # reassurance is not a closed door
    calm = panel(analyzer, CURT.format(door="Du behøver ikke søge igen, hvis din økonomi ændrer sig: ring bare."), "afgoerelse")
    assert calm["vaerdighed"].status == "covered"


def test_application_not_reopened_closes_the_door(analyzer):
    text = """Afgørelse om særlig støtte

Vi har modtaget din ansøgning om særlig støtte efter aktivlovens § 34. Kommunen har truffet afgørelse om, at du ikke kan få særlig støtte.

Vi gør opmærksom på, at ansøgningen ikke vil blive genoptaget, medmindre der foreligger nye oplysninger.

Du kan klage over afgørelsen. Klagen sendes til kommunen på social@kommune.dk inden 4 uger. Kommunen genvurderer afgørelsen, og fastholdes den, sendes klagen til Ankestyrelsen.

Med venlig hilsen
Social og Sundhed
Telefon 70 34 34 34
"""
    status = panel(analyzer, text, "afgoerelse")
    assert status["indflydelse"].status == "weak"  # a complaint route, but the door is closed
    assert status["vaerdighed"].status != "covered"
    assert status["gennemskuelighed"].status == "missing"  # only § 34 named: no grounds


ONLY_PARAGRAPH = """Afgørelse

Din ansøgning om ledsageordning er afslået, jf. servicelovens § 97.

Du kan klage over afgørelsen. Klagen sendes til kommunen inden 4 uger efter, du har modtaget afgørelsen. Kommunen genvurderer sagen, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen.

Spørgsmål kan rettes til sagsbehandleren på 96 84 84 84.

Handicap og Psykiatri
"""


def test_a_refusal_naming_only_a_paragraph_has_no_grounds(analyzer):
    g = panel(analyzer, ONLY_PARAGRAPH, "afgoerelse")["gennemskuelighed"]
    assert g.status == "missing" and "paragraf" in g.reason
    # naming unmet conditions adds no ground (session 7, EVAL eval6); a rule said in words is an attempt (weak)
    hollow = ONLY_PARAGRAPH.replace("er afslået, jf.", "er afslået, da du ikke opfylder betingelserne i")
    g = panel(analyzer, hollow, "afgoerelse")["gennemskuelighed"]
    assert g.status == "missing" and "betingelserne" in g.reason
    rule = ONLY_PARAGRAPH.replace("er afslået, jf.", "er afslået, da ledsageordning kun kan gives til personer under 67 år, jf.")
    assert panel(analyzer, rule, "afgoerelse")["gennemskuelighed"].status != "missing"


GRANT = """Hej Erik

Du har søgt om en rollator, og det har vi sagt ja til.

Depotet kommer med rollatoren torsdag den 10. december mellem kl. 8 og 12.

Ring til mig på 89 64 12 33, hvis tidspunktet ikke passer.

Kirsten
Ergoterapeut
"""


def test_a_full_grant_said_in_words_needs_no_complaint_guidance(analyzer):
    status = panel(analyzer, GRANT, "afgoerelse")
    assert status["indflydelse"].status == "covered"
    partial = GRANT.replace("og det har vi sagt ja til.", "og det har vi sagt ja til, men ikke til den ekstra kurv.")
    assert panel(analyzer, partial, "afgoerelse")["indflydelse"].status != "covered"


def test_incomplete_guidance_with_a_contact_is_weak_and_says_what_is_missing(analyzer):
    # (session 7 called this covered; the session 8 rubric follows the reason: guidance that lacks a piece is weak,
    # as EVAL eval7 02/10 and the lead's labels say)
    text = """Kære Hanne

Du får rengøring hver anden uge, men ikke hjælp til indkøb, fordi din søn bor hos dig og kan handle.

Du kan klage til os, hvis du er uenig. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi den til Ankestyrelsen.

Venlig hilsen
Jonas, visitator
Tlf. 99 60 40 00
"""
    i = panel(analyzer, text, "afgoerelse")["indflydelse"]
    assert i.status == "weak" and "mangler" in i.reason  # the deadline is missing: named, not hidden
    complete = text.replace("Du kan klage til os, hvis du er uenig.",
                            "Du kan klage til os inden 4 uger efter, at du har fået brevet, hvis du er uenig.")
    assert panel(analyzer, complete, "afgoerelse")["indflydelse"].status == "covered"


RECEIPT = """AUTOMATISK SVAR

Kommunen har modtaget din ansøgning om ledsageordning den 29-11-2026.
Forventet svartid er 8 uger.

Spørgsmål: Ring til Borgerservice på 72 32 00 00.
{noreply}
"""


def test_a_message_that_cannot_be_answered_is_weak_on_indflydelse(analyzer):
    text = RECEIPT.format(noreply="Denne e-mail er sendt automatisk og kan ikke besvares.")
    status = panel(analyzer, text, "kvittering")
    assert status["indflydelse"].status == "weak"
    assert status["gennemskuelighed"].status == "covered"  # the reply time is what happens next
    assert panel(analyzer, RECEIPT.format(noreply=""), "kvittering")["indflydelse"].status == "covered"


def test_an_sms_pointing_to_the_letter_elsewhere_is_weak_not_missing(analyzer):
    sms = "Kommunen: Du har fået bevilget økonomisk friplads til Liva i SFO fra 1/1-2027. Du kan se afgørelsen i din Digitale Post."
    assert panel(analyzer, sms)["indflydelse"].status == "weak"
    bare = "Kommunen: Du har fået bevilget økonomisk friplads til Liva i SFO fra 1/1-2027."
    assert panel(analyzer, bare)["indflydelse"].status == "missing"


def test_scolding_a_group_counts_as_pressure():
    from borgertekst.checks.panel import _pressure

    text = ("Det er efterhånden en selvfølge for de fleste, at man samler op efter sin hund. "
            "Der er ingen undskyldning for ikke at have poser med. Vi forventer, at alle hundeejere fremover tager ansvar.")
    assert len(_pressure(text, [])) == 3
    assert _pressure("Det er en selvfølge, at du kan få hjælp. Vi forventer at være færdige i maj.", []) == []


# --- kinds from the second blind batch (panel5b) ------------------------------------------------------

def test_a_cold_no_with_pressure_or_no_one_to_reach_is_missing_on_tillid(analyzer):
    demand = """Ydelseskontoret

Krav om tilbagebetaling

De har i perioden 1. august til 31. oktober modtaget sygedagpenge samtidig med løn fra Deres arbejdsgiver. Der er derfor udbetalt 18.450 kr. for meget, jf. sygedagpengelovens § 74.

Beløbet skal indbetales senest den 31. december.

De kan klage over afgørelsen til Ankestyrelsen. Klagen sendes til kommunen senest 4 uger efter, at De har modtaget dette brev.

Ydelseskontoret
"""
    assert panel(analyzer, demand, "afgoerelse")["tillid"].status == "missing"
    reachable = demand.replace("Ydelseskontoret\n", "Ydelseskontoret\nRing til mig på 74 34 34 34, hvis du vil aftale at betale lidt ad gangen.\n", 1)
    assert panel(analyzer, reachable, "afgoerelse")["tillid"].status != "missing"


def test_scolding_without_hvis_is_pressure():
    from borgertekst.checks.panel import _pressure

    text = ("Dette er ikke acceptabelt. Skolen forventer, at Jonas møder til tiden fremover. "
            "Fortsætter fraværet, vil skolen være forpligtet til at underrette familieafdelingen. "
            "Vi gør opmærksom på, at gentagen udeblivelse kan føre til, at hjælpen stoppes.")
    assert len(_pressure(text, [])) == 4
    calm = ("Det er acceptabelt at komme lidt for sent. Vi forventer at være færdige i maj. "
            "Fortsætter regnen, kan vi flytte mødet indenfor.")
    assert _pressure(calm, []) == []


def test_a_no_reply_confirmation_with_a_cancel_link_is_weak(analyzer):
    text = """Bekræftelse på tidsbestilling

Du har bestilt tid i Borgerservice tirsdag 8. december kl. 11.20. Husk billedlegitimation.

Skal du aflyse, så brug linket i denne mail: www.kommune.dk/aflys

{tail}
"""
    no_reply = panel(analyzer, text.format(tail="Denne mail er sendt fra en adresse, der ikke modtager svar."), "kvittering")
    assert no_reply["indflydelse"].status == "weak"
    assert panel(analyzer, text.format(tail=""), "kvittering")["indflydelse"].status == "covered"


# --- kinds from the third blind batch (panel5c) -------------------------------------------------------

def test_a_brush_off_is_pressure():
    from borgertekst.checks.panel import _pressure

    assert len(_pressure("Du kan ikke få flere timer. Sådan er reglerne.", [])) == 1
    assert _pressure("Sådan er det hele gået til: vi har talt med din læge.", []) == []


def test_a_systems_notice_is_cold():
    from borgertekst.checks.panel import _cold

    notice = "Meddelelse om personligt tillæg\n\nTillægget er bevilget efter pensionslovens § 14.\nSpørgsmål: tlf. 87 87 87 87"
    assert _cold(notice)
    assert _cold(notice + "\n\nVi håber, at pengene hjælper.") is None


def test_a_complaint_kept_with_no_one_to_reach_is_missing_on_tillid(analyzer):
    text = """Ydelsesservice

Svar på din klage

Kommunen har genvurderet afgørelsen af 12. oktober om enkeltydelse og {outcome}. Du får svar fra Ankestyrelsen senest den 1. marts.

Ydelsesservice
"""
    kept = panel(analyzer, text.format(outcome="fastholder afgørelsen"), "klagesvar")["tillid"]
    assert kept.status == "missing" and "nej" in kept.reason  # a no, with no one to reach and nothing warm
    assert panel(analyzer, text.format(outcome="har nu genoptaget sagen"), "klagesvar")["tillid"].status == "weak"


def test_an_answer_asking_the_reader_to_write_back_is_a_way_to_reach_us(analyzer):
    text = """Kære Mette

Tak for din mail. Du spørger, om Oliver kan tage skolebussen fra Vangedevej, når I flytter. Ja, det kan han, og I skal ikke søge om noget nyt.

{tail}

Venlig hilsen
Tine
"""
    assert panel(analyzer, text.format(tail="Skriv endelig igen, hvis der er mere, I er i tvivl om."), "information")["tillid"].status == "covered"
    # (rubric, session 12: a friendly answer that is no no is covered on tillid without a contact; the missing way to
    # write back is indflydelse's, which is what the tail changes)
    assert panel(analyzer, text.format(tail=""), "information")["tillid"].status == "covered"
    without, invited = (panel(analyzer, text.format(tail=t), "information")["indflydelse"].status
                        for t in ("", "Skriv endelig igen, hvis der er mere, I er i tvivl om."))
    assert without == "missing" and invited != "missing"


def test_a_letter_to_a_professional_is_judged_toward_the_addressee(analyzer):
    # (session 6 read this letter's "mig" as no sign that the citizen was heard: weak; the session 7 rubric judges a
    # letter to a GP toward the GP: purpose, deadline and a person to reach make it covered)
    text = """Til
Lægerne i Rønne
Att. læge Henrik Bach

Anmodning om lægeattest vedr. Ida Mortensen

Kommunen behandler en sag om fleksjob for Ida, som har givet samtykke til, at vi indhenter oplysninger hos dig. Vi beder om en attest om hendes helbred senest den 4. januar.

Har du spørgsmål, er du velkommen til at kontakte mig på 56 92 00 00.

Tobias Kofoed
Sagsbehandler
"""
    tillid = panel(analyzer, text, "andet")["tillid"]
    assert tillid.status == "covered" and "fagperson" in tillid.reason
    # a third-party letter to no professional (a landlord by name) keeps the old reading: "mig" is not being heard
    landlord = text.replace("Lægerne i Rønne\nAtt. læge Henrik Bach", "Udlejer Jens Hansen").replace(
        "Anmodning om lægeattest vedr. Ida Mortensen", "Vedr. Ida Mortensen").replace(
        "Vi beder om en attest om hendes helbred", "Vi beder om en kopi af lejekontrakten")
    assert panel(analyzer, landlord, "andet")["tillid"].status == "weak"
    assert panel(analyzer, text, "information")["tillid"].status == "covered"  # to the citizen, "mig" is a person to reach


# --- kinds from the fourth blind batch (panel5d) ------------------------------------------------------

def test_condescension_and_a_consequence_in_a_relative_clause_are_pressure():
    from borgertekst.checks.panel import _pressure

    text = ("Det burde ikke være nødvendigt at minde voksne mennesker om dette. "
            "Ejere, der ikke efterkommer dette, vil få tilsendt regning for det ekstra vandforbrug.")
    assert len(_pressure(text, [])) == 2
    assert _pressure("Børn, der ikke er fyldt 6 år, vil få en gave. Det er nødvendigt at tilmelde sig.", []) == []


def test_a_numeric_date_with_a_time_is_a_next_step():
    from borgertekst.checks.panel import _next_step

    assert _next_step("Tid: 10.12.2026 kl. 13.00\nSted: Jernbanegade 7")
    assert _next_step("Du har en samtale 02.10 kl 11:00.")
    assert not _next_step("Sagsnummer 10.12.2026-13")


def test_a_complaint_reply_where_the_municipality_keeps_the_fee_is_cold():
    from borgertekst.checks.panel import _cold

    assert _cold("Din bil holdt på en plads til elbiler. Kommunen fastholder derfor afgiften på 510 kr.")
    assert _cold("Tak for din klage. Kommunen fastholder derfor afgiften på 510 kr.") is None


# --- kinds from the fifth blind batch (panel5e) -------------------------------------------------------

def test_closing_the_door_said_actively_is_pressure():
    from borgertekst.checks.panel import _pressure

    text = ("Vi har derfor ikke yderligere at tilføje. Vi vil ikke besvare flere henvendelser om samme emne.")
    # closing the door is one act however often it is said (rubric, session 9); a scolding beside it is another
    assert len(_pressure(text, [])) == 1
    assert len(_pressure(text + " Det er dit eget ansvar at holde dig orienteret.", [])) == 2
    assert _pressure("Har du noget at tilføje, så skriv til os. Vi vil besvare din mail i morgen.", []) == []


def test_looking_forward_to_seeing_the_reader_is_warm(analyzer):
    text = """Kære låner

Biblioteket får nye åbningstider fra 1. januar: kl. 7-22 hver dag. {warm}

Har du spørgsmål, kan du ringe på 57 62 62 62.

Ringsted Bibliotek
"""
    assert panel(analyzer, text.format(warm="Vi glæder os til at se dig."), "information")["tillid"].status == "covered"
    # (rubric, session 12) without the warm words it is a plain information letter to its reader with a number to call:
    # covered too (EVAL eval10 12, eval11 l16); to no one in particular, without "du", it stays impersonal (weak)
    assert panel(analyzer, text.format(warm=""), "information")["tillid"].status == "covered"
    nobody = text.format(warm="").replace("Har du spørgsmål, kan du ringe", "Spørgsmål kan stilles")
    assert panel(analyzer, nobody, "information")["tillid"].status == "weak"
