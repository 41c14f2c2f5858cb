"""Letter type on the kinds of letter the thirteenth session's blind LTYPE batches (ltype13) and EVAL's eval12 got wrong.

Every letter here is written for the test (none is taken from a corpus or a holdout).
"""

import pytest


# an order without the word "påbud": the thing must be gone from a place by a date, or the municipality removes it
@pytest.mark.parametrize(
    "text",
    [
        "Kære Anders\n\nDin campingvogn har stået på den offentlige parkeringsplads ved hallen i mere end fire uger. "
        "Campingvognen skal være fjernet fra pladsen senest mandag den 11. januar 2027. Står den der stadig efter denne "
        "dato, lader kommunen den bugsere væk, og du skal betale udgifterne.\n\nVenlig hilsen\nVej og Park",
        "Kære Pia Holm\n\nKommunen har konstateret, at der ligger haveaffald og byggematerialer på stien bag dit hus. "
        "Materialerne skal ryddes fra stien inden den 20. januar 2027. Er de ikke ryddet, fjerner vi dem, og du får "
        "regningen.\n\nMed venlig hilsen\nTeknik og Miljø",
    ],
)
def test_order_without_the_word_paabud_is_a_decision(detector, text):
    assert detector.detection(text).type == "afgoerelse"


# guard: a general rule for everyone ("Sneen skal være ryddet … senest kl. 7") and a service ("fjerner vi det i uge 2")
def test_general_removal_rules_are_no_order(detector):
    text = ("Til alle grundejere\n\nNår det sner, skal fortovet være ryddet fra hus til hus senest kl. 7 om morgenen. "
            "Stiller du dit juletræ ud til vejen, fjerner vi det i uge 2.\n\nVenlig hilsen\nVej og Park")
    d = detector.detection(text)
    assert d.type != "afgoerelse"
    assert "afgoerelse" not in d.maybe


# an answer to a job application is no receipt and no citizen's decision
@pytest.mark.parametrize(
    "text",
    [
        "Kære Louise\n\nTak for din ansøgning til stillingen som sekretær i Borgerservice og for din tid til samtalen.\n\n"
        "Vi har valgt at gå videre med en anden kandidat, hvis erfaring med sagsbehandling passer bedre.\n\n"
        "Venlig hilsen\nBorgerservice",
        "Hej Mikkel\n\nTak for din interesse for jobbet som pedel på Nordskolen. Vi har besluttet at ansætte en anden "
        "ansøger.\n\nVi håber, du søger igen.\n\nHilsen\nSkolelederen",
    ],
)
def test_job_application_answer_is_andet(detector, text):
    assert detector.detection(text).type == "andet"


# guard: a receipt of a job application is still a receipt
def test_receipt_of_job_application_stays_receipt(detector):
    text = ("Kære Louise\n\nTak for din ansøgning til stillingen som sekretær. Vi har modtaget din ansøgning og "
            "forventer at kunne give dig svar i uge 3.\n\nVenlig hilsen\nHR")
    assert detector.detection(text).type == "kvittering"


# the municipality's statement to the appeal body, sent to the reader in copy: not the decision it quotes
def test_copy_of_statement_to_appeal_body_is_no_decision(detector):
    text = ("Kære Bodil\n\nAnkestyrelsen har bedt kommunen om en udtalelse i din sag om hjælp til en trappelift. Her er "
            "en kopi af den udtalelse, vi har sendt til Ankestyrelsen.\n\nKommunens udtalelse:\nKommunen fastholder "
            "afgørelsen af 3. september. Vi har lagt vægt på ergoterapeutens vurdering.\n\nDu kan sende dine "
            "bemærkninger til Ankestyrelsen.\n\nVenlig hilsen\nHjælpemidler")
    d = detector.detection(text)
    assert d.type == "information"
    assert "afgoerelse" not in d.maybe


# a mail to the whole team about its cases is no hearing
def test_team_mail_about_cases_is_andet(detector):
    text = ("Fra: Lars, teamleder\nTil: Alle i Team Ydelse\nEmne: Status\n\nHej alle\n\nVi er bagud med sagerne med "
            "partshøring. Tag dem først i denne uge, og skriv til mig, hvis I ikke når dem. Vi tager det op på "
            "teammødet fredag.\n\nLars")
    assert detector.detection(text).type == "andet"


# a reply to a question that tells how to apply (EVAL eval12 12) is no possible decision
def test_reply_telling_how_to_apply_is_no_possible_decision(detector):
    text = ("Hej Susanne\n\nDu spørger, om du kan få hjælp til tandpleje til din mor, som bor på plejehjem. Det kan "
            "du sandsynligvis. Plejehjemsbeboere kan få omsorgstandpleje, når de ikke selv kan komme til tandlægen.\n\n"
            "Sådan gør du: Søg via borger.dk, eller bed plejehjemmet om at søge for jer.\n\nVenlig hilsen\nTandplejen")
    d = detector.detection(text)
    assert d.type in ("information", "andet")
    assert "afgoerelse" not in d.maybe


# a decision whose complaint guidance says "denne afgørelse": the guidance is no hypothetical sentence
def test_guidance_on_this_decision_is_decision_evidence(detector):
    text = ("Kære Søren\n\nDin kat skal fremover holdes inde om natten, fordi den gentagne gange har været i naboens "
            "hønsehus.\n\nDu kan klage over denne afgørelse til Miljø- og Fødevareklagenævnet inden 4 uger.\n\n"
            "Venlig hilsen\nNatur og Miljø")
    d = detector.detection(text)
    assert d.type == "afgoerelse"
    assert d.scores.get("afgoerelse", 0.0) >= 2.0  # the rules see it, not only the learned model


# guard: a receipt that names the complaint over "denne afgørelse" stays no decision
def test_complaint_told_back_stays_hedged(detector):
    text = ("Kære Søren\n\nTak for din klage over denne afgørelse om hjemmehjælp. Vi har modtaget den i dag og "
            "forventer at kunne svare dig inden 4 uger.\n\nVenlig hilsen\nVisitationen")
    d = detector.detection(text)
    assert d.type == "kvittering"
    assert "afgoerelse" not in d.maybe


# an automatic receipt of a complaint whose sentence starts "Din klage bliver nu behandlet …" is a receipt
def test_receipt_sentence_starting_din_klage_is_receipt(detector):
    text = ("Kvittering for din klage\n\nVi har modtaget din klage over afgørelsen om hjælp til rengøring den "
            "2.12.2026.\n\nDin klage bliver nu behandlet af en sagsbehandler. Du vil modtage svar inden for 4 uger.\n\n"
            "Denne besked er sendt automatisk.")
    assert detector.detection(text).type == "kvittering"


# a grant said in one short sentence of its own, in an SMS
def test_short_grant_sentence_in_sms_is_decision(detector):
    text = ("Hjælpemidler, Ballerup Kommune: Hej Bent. Du får en toiletforhøjer. Den bliver bragt ud på torsdag. "
            "Mvh Karen")
    assert detector.detection(text).type == "afgoerelse"


# a few generic words ("afgørelse", "du får") are no evidence of a possible decision on a non-decision
@pytest.mark.parametrize(
    "text",
    [
        "Kære Mona\n\nDin ansøgning om en trappelift er ikke glemt. Vi venter på en udtalelse fra din ergoterapeut, og "
        "du får en afgørelse, når vi har den. Du får svar inden udgangen af januar.\n\nVenlig hilsen\nHjælpemidler",
        "Kære Ib\n\nFra 1. marts leverer et nyt firma din mad. Afgørelsen om din madservice er den samme som før, og du "
        "får maden de samme dage.\n\nVenlig hilsen\nMadservice",
    ],
)
def test_generic_decision_words_make_no_possible_decision(detector, text):
    d = detector.detection(text)
    assert d.type != "afgoerelse"
    assert "afgoerelse" not in d.maybe


# a permit said as what the reader gets is decision evidence ("Du får tilladelsen fra den 4. til den 18. januar")
def test_permit_said_as_what_you_get_is_decision(detector):
    text = ("Kære Lone\n\nTak for jeres mail om stilladset. Du får tilladelsen fra den 1. til den 21. marts. Stilladset "
            "skal være afmærket med lys om natten.\n\nVenlig hilsen\nVej og Park")
    assert detector.detection(text).type == "afgoerelse"


# a request to a professional, addressed as "du", with a permission about the form ("Du må gerne bruge skabelonen")
def test_request_to_professional_with_permission_is_no_possible_decision(detector):
    text = ("Til klasselærer Mette Dal, 5.a, Kildeskolen\n\nAnmodning om skoleudtalelse\n\nVi vil bede dig om at "
            "beskrive Olivers trivsel og faglige udvikling. Du må gerne bruge kommunens skabelon til udtalelser, som "
            "ligger på intranettet.\n\nForældrene har givet samtykke.\n\nVenlig hilsen\nFamilieafdelingen")
    d = detector.detection(text)
    assert d.type == "andet"
    assert "afgoerelse" not in d.maybe


# an offer of a place to everyone who needs it, in a closure notice, is no decision about the reader
def test_conditional_offer_of_a_place_to_all_is_no_possible_decision(detector):
    text = ("Kære forældre\n\nVuggestuen holder lukket i uge 29 og 30. Har I brug for pasning, skal I melde det senest "
            "den 1. juni, så tilbyder vi en plads i Vuggestuen Mågen.\n\nVenlig hilsen\nPersonalet")
    d = detector.detection(text)
    assert d.type != "afgoerelse"
    assert "afgoerelse" not in d.maybe


# an order to cut back a hedge by a date, enforced by the municipality ("Er det ikke sket, klipper kommunen hækken")
def test_order_to_cut_back_enforced_is_decision(detector):
    text = ("Kære Bo Lind\n\nVi har set, at dine buske vokser ud over stien ved Mosevej 3.\n\nBuskene skal beskæres tilbage "
            "til skel senest den 1. februar 2027. Er det ikke sket, beskærer kommunen buskene, og du får en regning "
            "for arbejdet.\n\nMed venlig hilsen\nVej og Park")
    d = detector.detection(text)
    assert d.type == "afgoerelse"
    assert d.scores.get("afgoerelse", 0.0) >= 2.0


# a reply to a complaint about a nuisance that tells what was done to look into it is a klagesvar, not a receipt
def test_reply_on_nuisance_with_investigation_is_klagesvar(detector):
    text = ("Kære Hans\n\nTak for din henvendelse om lugt fra renseanlægget.\n\nVi har været ude og måle lugten tre "
            "gange i november. Den er under grænseværdien, og vi kan derfor ikke gå videre med sagen.\n\nSkriv "
            "gerne igen, hvis det bliver værre.\n\nVenlig hilsen\nMiljø")
    assert detector.detection(text).type == "klagesvar"


# a reply that tells the reader's question back and answers it is no receipt
def test_reply_telling_question_back_is_no_receipt(detector):
    text = ("Hej Jamal\n\nTak for din besked. Du spørger, om din datter kan gå til svømning med rabat.\n\nJa, det kan "
            "hun sikkert. Børn fra familier med lav indkomst kan få rabat på kontingentet. Udfyld skemaet på "
            "kommunens hjemmeside.\n\nVenlig hilsen\nFritid")
    d = detector.detection(text)
    assert d.type in ("information", "andet")
    assert "afgoerelse" not in d.maybe


# opening hours ("Du kan komme i Borgerservice tirsdag eller torsdag mellem 10 og 13") are no start date of a decision
def test_opening_hours_are_no_start_date(detector):
    text = ("Kære Fatima\n\nTak for din besked. Du spurgte, om du kan få hjælp til at søge om friplads.\n\nDet kan du "
            "sagtens. Du kan komme i Borgerservice på rådhuset mandag eller onsdag mellem 9 og 12, så hjælper vi dig."
            "\n\nVenlig hilsen\nBorgerservice")
    d = detector.detection(text)
    assert d.type != "afgoerelse"
    assert "afgoerelse" not in d.maybe


# (the lead's note) a short system summons with the statutory sanction said as a verb-first condition
def test_sms_summons_with_sanction_condition_is_no_decision(detector):
    text = ("Jobcenter Aabenraa: Du er indkaldt til samtale mandag 11/1 kl. 9.30, Skelbækvej 2. Udebliver du uden gyldig "
            "grund, nedsætter vi din ydelse fra samme dag. Læs mere på jobnet.dk")
    d = detector.detection(text)
    assert d.type == "indkaldelse"
    assert "afgoerelse" not in d.maybe


# (PANEL's note) a reminder whose consequence is said "Uden den kan vi ikke …" is no decision
def test_reminder_with_uden_den_consequence_is_no_decision(detector):
    text = ("Husk at sende din lønseddel for november senest 5. januar. Uden den kan vi ikke udbetale din boligstøtte. "
            "Upload den på borger.dk. Denne besked kan ikke besvares.")
    d = detector.detection(text)
    assert d.type != "afgoerelse"
    assert "afgoerelse" not in d.maybe


# (ELEMENTS' note) a permit granted in a mail that thanks for the application ("I må gerne holde festen")
def test_permission_answering_application_is_decision(detector):
    text = ("Hej Mette\n\nTak for din ansøgning om at opstille et telt på pladsen ved hallen til loppemarkedet. I må "
            "gerne opstille teltet fra fredag kl. 16 til søndag kl. 18.\n\nVenlig hilsen\nKultur og Fritid")
    assert detector.detection(text).type == "afgoerelse"


# (ELEMENTS' note) a meeting confirmed is a summons, not a receipt
def test_meeting_confirmation_is_summons(detector):
    text = ("Bekræftelse på din tid\n\nKære Eva\n\nHermed bekræftelse af din samtale med jobkonsulenten tirsdag den 12. "
            "januar kl. 13.00 i Jobcentret, lokale 4.\n\nVenlig hilsen\nJobcentret")
    assert detector.detection(text).type == "indkaldelse"


# a hedged sentence starts where the sentence starts, also when a date's full stop comes before the hedge
# ("Vi stopper din boligstøtte fra den 1. januar, hvis vi ikke får …": the whole sentence is hypothetical)
def test_hedged_sentence_start_skips_a_dates_full_stop(detector):
    text = ("Kære Ali\n\nVi mangler stadig dine lønsedler for oktober. Vi stopper din boligstøtte fra den 1. januar, hvis vi "
            "ikke får dem inden jul.\n\nVenlig hilsen\nBoligstøtte")
    blanked = detector.without_hedged(text)
    assert "stopper" not in blanked
    assert "Vi mangler stadig" in blanked
    assert detector.detection(text).type != "afgoerelse"


# the reader's own permission in a rule ("hvis I har givet skriftlig tilladelse") is no permit granted
def test_readers_own_permission_is_no_permit(detector):
    text = ("Kære forældre\n\nHusk reglerne for klubben: Børn under 10 år må kun cykle hjem alene, hvis I har givet "
            "skriftlig tilladelse på Aula. Klubben lukker kl. 17.\n\nHilsen\nKlubben")
    d = detector.detection(text)
    assert d.type != "afgoerelse"
    assert "afgoerelse" not in d.maybe
