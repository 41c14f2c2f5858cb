"""The procedural-justice panel, session 11 kinds (PANEL panel11 and the open kinds of session 10): each kind test fails
on the code before; the guards beside them held before and must keep holding."""

import pytest

from borgertekst.engine import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def panel(analyzer, text, letter_type=None):
    return analyzer.analyze(text, letter_type=letter_type).element_status


DEFENSIVE = """Kære Søren Vang

Vi har modtaget din klage over vores behandling af din sag om personlig tillæg.

Vi har set på sagen igen. {middle}

Med venlig hilsen
Pensionsteamet, Norddjurs Kommune
"""


@pytest.mark.parametrize("middle", [
    "Din sagsbehandler har fulgt de gældende regler, og vi foretager os ikke mere.",
    "Vi har overholdt lovgivningen. Kommunen finder derfor ikke, at der er grundlag for kritik.",
    "At du er uenig i afgørelsen, ændrer ikke på den. Vi fastholder afgørelsen.",
])
def test_a_reply_that_only_says_the_rules_were_kept_shows_no_grounds(analyzer, middle):
    # PANEL panel11 01, 15: "fulgt reglerne", "ikke … grundlag for kritik" read as grounds ("Brevet er let at følge")
    es = panel(analyzer, DEFENSIVE.format(middle=middle), "klagesvar")
    assert es["gennemskuelighed"].status in ("weak", "missing")


def test_a_reply_that_kept_the_rules_and_says_how_keeps_its_grounds(analyzer):
    middle = ("Din sagsbehandler har fulgt reglerne: tillægget er beregnet ud fra din formue på 96.000 kr., og efter "
              "pensionsloven får man ikke tillæg, når formuen er over 92.300 kr.")
    assert panel(analyzer, DEFENSIVE.format(middle=middle), "klagesvar")["gennemskuelighed"].status == "covered"


HEARD = """Påbud om at lukke en brønd

Kære Helle Brandt

Ved besøget den 2. november så vi, at den gamle brønd bag Deres stuehus på Mosevej 8 står åben. Et barn eller et dyr kan
falde i den, og derfor skal den dækkes forsvarligt til efter byggeloven.

De påbydes at dække brønden til senest den 1. februar 2027. {account}

De kan klage over påbuddet til Byggeklagenævnet inden 4 uger. De klager via Klageportalen på borger.dk.

Spørgsmål kan rettes til bygningsinspektør Ole Friis på 86 12 40 00.

Byg og Miljø, Syddjurs Kommune
"""


def test_the_readers_account_acted_on_shows_the_reader_was_heard(analyzer):
    # PANEL panel11 03: a påbud that retold the hearing answer and moved the deadline for it was "upersonligt" (tillid weak)
    acted = ("De fortalte os i telefonen, at De skal have hjælp fra en murer og først kan få ham i januar. Vi har derfor "
             "givet Dem frist til februar.")
    assert panel(analyzer, HEARD.format(account=acted), "afgoerelse")["tillid"].status == "covered"


def test_the_readers_account_only_retold_is_not_acting_on_it(analyzer):
    retold = "De fortalte os i telefonen, at De ikke mener, brønden er farlig."
    assert panel(analyzer, HEARD.format(account=retold), "afgoerelse")["tillid"].status == "weak"


REMINDER = """Vi mangler dine lønsedler

Kære Nikolaj Berg

Vi bad dig den 4. november om dine lønsedler for oktober. Vi har ikke fået dem endnu.

Vi skal bruge dem for at kunne beregne din boligstøtte. Hvis vi ikke har dem senest 15. december, må vi stoppe boligstøtten fra januar.{after}

Venlig hilsen
Boligstøtteteamet, Vordingborg Kommune
Telefon 55 36 36 36
"""


def test_a_consequence_regretted_in_the_next_sentence_is_no_pressure(analyzer):
    # PANEL panel11 20: "… må vi stoppe udbetalingen. Vi vil meget gerne undgå det." read as "afvisende" (værdighed weak)
    assert panel(analyzer, REMINDER.format(after=" Det vil vi helst undgå."), "information")["vaerdighed"].status == "covered"
    assert panel(analyzer, REMINDER.format(after=" Jeg vil nødig stoppe den."), "information")["vaerdighed"].status == "covered"


def test_a_consequence_without_anything_beside_it_stays_pressure(analyzer):
    assert panel(analyzer, REMINDER.format(after=""), "information")["vaerdighed"].status == "weak"


KEPT = """Svar på klage

{opening}Forvaltningen har gennemgået sagen igen og fastholder afgørelsen om afslag på tilskud til tandpleje. Klagen er derfor
sendt til Ankestyrelsen, som træffer afgørelse.

Sundhed og Omsorg
Herning Kommune
"""


def test_an_authority_keeping_its_decision_in_the_third_person_is_cold(analyzer):
    # PANEL panel11 07: "Kommunen har genvurderet sagen og fastholder afgørelsen", no warm word: værdighed covered
    assert panel(analyzer, KEPT.format(opening=""), "klagesvar")["vaerdighed"].status == "weak"


def test_the_same_reply_with_thanks_is_not_cold(analyzer):
    opening = "Tak for din klage, som vi fik den 3. november.\n\n"
    assert panel(analyzer, KEPT.format(opening=opening), "klagesvar")["vaerdighed"].status == "covered"


CLOSED = """Kære Bodil Rask

Vi har modtaget Deres klage af 2. november over behandlingen af Deres ansøgning om rengøringshjælp.

Vi har gennemgået sagen, og den er behandlet korrekt.

{last}

Med venlig hilsen
Visitationen, Guldborgsund Kommune
"""


def test_a_closed_door_in_de_form_is_weak_not_missing(analyzer):
    # PANEL panel10 01, panel11 01: the De-form made one closing of the door "missing"; the De-form is a register
    es = panel(analyzer, CLOSED.format(last="Sagen betragtes hermed som afsluttet."), "klagesvar")
    assert es["vaerdighed"].status == "weak"


def test_a_threat_in_de_form_is_still_missing(analyzer):
    text = CLOSED.format(last="Såfremt De fortsat henvender Dem om sagen, vil henvendelserne ikke blive besvaret. "
                              "Vi vil i så fald også overveje at begrænse Deres kontakt til kommunen.")
    assert panel(analyzer, text, "klagesvar")["vaerdighed"].status == "missing"


# --- kinds from the second blind batch (panel11b) ----------------------------------------------------------------

ABSENCE = """Fravær i skolen

Til forældrene til Liva Holm, 5.A

Liva har haft 19 dages ulovligt fravær siden august. {demand}Fortsætter fraværet, vil skolen være forpligtet til at underrette familieafdelingen.

Skolelederen, Vestre Skole
"""


def test_an_authority_expecting_it_at_once_is_a_demand(analyzer):
    # PANEL panel11b 20: "Skolen forventer, at fraværet ophører øjeblikkeligt" was not read as pressure (værdighed weak)
    es = panel(analyzer, ABSENCE.format(demand="Skolen forventer, at fraværet stopper med det samme. "), "information")
    assert es["vaerdighed"].status == "missing"


def test_the_same_letter_without_the_demand_keeps_one_formulation(analyzer):
    assert panel(analyzer, ABSENCE.format(demand=""), "information")["vaerdighed"].status == "weak"


NO_MORE = """Vedr. Deres klage over affaldsindsamlingen

Kommunen har modtaget Deres klage over, at Deres affald ikke blev hentet i uge 45.

Renovatøren har kørt ruten efter kontrakten. Kommunen har dermed ikke mulighed for at gøre yderligere i sagen.

Teknik og Miljø
"""


def test_a_complaint_reply_that_can_do_nothing_more_is_a_no(analyzer):
    # PANEL panel11b 02: no "fastholder", but "ikke mulighed for at gøre yderligere": tillid "upersonligt" (weak)
    assert panel(analyzer, NO_MORE, "klagesvar")["tillid"].status == "missing"


GRANT = """Kære Emil

Du har søgt om ledsagelse, så du kan komme til svømning.

Du får 10 timers ledsagelse om måneden fra 1. februar. Vi har lagt vægt på, {why}.

Har du spørgsmål, kan du ringe til Handicapteamet på 64 82 10 00.

Venlig hilsen
Handicapteamet, Nordfyns Kommune
"""


@pytest.mark.parametrize("why", ["at det er vigtigt for dig at komme ud med dine venner",
                                 "at du ikke kan tage bussen alene på grund af din synsnedsættelse"])
def test_what_matters_to_the_reader_named_shows_they_were_heard(analyzer, why):
    # PANEL panel11b 05: a warm full grant was "upersonligt" (tillid weak)
    assert panel(analyzer, GRANT.format(why=why), "afgoerelse")["tillid"].status == "covered"


def test_a_worry_taken_seriously_shows_the_reader_was_heard(analyzer):
    # PANEL panel11b 15: "I fortalte, at … Det tager vi alvorligt"
    text = ("Kære Ali og Sara\n\nHer er et kort referat af mødet om Yusufs skolegang. I fortalte, at Yusuf ofte bliver væk fra frikvartererne. Det tager vi "
            "alvorligt, og hans lærer holder øje med ham i frikvartererne.\n\nRing til mig på 88 88 41 20, hvis noget ændrer "
            "sig.\n\nVenlig hilsen\nTine Holm, skoleleder\n")
    plain = text.replace(" Det tager vi alvorligt, og hans lærer holder øje med ham i frikvartererne.", "")
    assert panel(analyzer, text, "andet")["tillid"].status == "covered"
    assert panel(analyzer, plain, "andet")["tillid"].status == "weak"  # the account alone, not acted on


# --- the værdighed branch reads every rule on a span (session 10's open kind) --------------------------------------

def test_officialese_merged_into_another_finding_still_counts(analyzer):
    # two officialese findings in a De-form letter with no friendly word make it distant; when the engine merges one
    # into another rule's finding on the same words (``also_rules``), it must still count
    import msgspec

    from borgertekst.checks.panel import element_status

    text = ("Kære Poul Dam\n\nDe bedes sende lønsedlerne for oktober. Såfremt De er forhindret, bedes De give besked.\n\n"
            "Ydelseskontoret\n")
    analysis, report = analyzer.analysis(text)
    official = [f for f in report.findings if f.rule.startswith("klarsprog.kancellisprog")]
    assert len(official) >= 2 and element_status(analysis, report.findings)["vaerdighed"].status == "weak"
    two = [f for f in report.findings if f not in official[2:]]  # exactly two officialese findings
    assert element_status(analysis, two)["vaerdighed"].status == "weak"
    merged = [msgspec.structs.replace(f, rule="klarsprog.passiv", also_rules=[f.rule]) if f is official[0] else f
              for f in two]
    assert element_status(analysis, merged)["vaerdighed"].status == "weak"


# --- EVAL eval10 05: the reader's honesty doubted ---------------------------------------------------------------

DOUBT = """Kære Jens Lund

Vi har besluttet, at du skal betale 3.900 kr. i boligstøtte tilbage. Du fik mere i boligstøtte i foråret, end du havde
ret til, fordi din søn flyttede hjem i februar. {doubt}

Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger. Send klagen til os via borger.dk.

Venlig hilsen
Anne Bro, Borgerservice, Viborg Kommune, telefon 87 87 87 87
"""


@pytest.mark.parametrize("doubt", [
    "Vi mener, at du bevidst har fortiet, at han boede hos dig, og vi har derfor ingen tillid til dine oplysninger.",
    "Vi kan derfor ikke længere stole på det, du fortæller os.",
])
def test_doubting_the_readers_honesty_is_scolding(analyzer, doubt):
    assert panel(analyzer, DOUBT.format(doubt=doubt), "afgoerelse")["vaerdighed"].status != "covered"


def test_asking_whether_it_was_deliberate_is_no_scolding(analyzer):
    doubt = "Vi vil gerne høre fra dig, om du vidste, at du skulle fortælle os det."
    assert panel(analyzer, DOUBT.format(doubt=doubt), "afgoerelse")["vaerdighed"].status == "covered"


# --- kinds from the third blind batch (panel11c) -----------------------------------------------------------------

def test_a_link_to_move_the_time_is_a_way_to_answer(analyzer):
    # PANEL panel11c 04: "Passer tiden ikke, kan du flytte den her: <link>" (indflydelse missing)
    text = ("Solrød Kommune: Du har fået tid til tandlægen man. 14/12 kl. 8.20, Solrød Tandklinik. Passer tiden ikke, "
            "kan du ændre den her: solrod.dk/tandtid\n")
    assert panel(analyzer, text, "indkaldelse")["indflydelse"].status != "missing"


PRICE = """Ny pris på madservice

Kære modtager af madservice

Fra 1. februar 2027 stiger prisen for en hovedret fra 59 kr. til 63 kr.{why}

Prisen bliver trukket i din pension som hidtil.

Madservice, Faaborg-Midtfyns Kommune
"""


def test_a_price_rise_without_a_reason_leaves_the_grounds_unseen(analyzer):
    # PANEL panel11c 09: "Brevet er let at følge" on a price rise with no why
    assert panel(analyzer, PRICE.format(why=""), "information")["gennemskuelighed"].status == "weak"


@pytest.mark.parametrize("why", [" Det har byrådet besluttet i budgettet for 2027.",
                                 " Stigningen skyldes, at råvarerne er blevet dyrere."])
def test_a_price_rise_with_its_reason_is_clear(analyzer, why):
    assert panel(analyzer, PRICE.format(why=why), "information")["gennemskuelighed"].status == "covered"


def test_a_way_forward_and_a_plan_made_together_show_the_reader_was_heard(analyzer):
    # PANEL panel11c 08, 11: "Så laver vi en aftale om at dele det op", "Hvis du …, kan du søge igen"
    bill = ("Kære Knud\n\nDin regning for tøjvask i oktober på 420 kr. er ikke betalt endnu.\n\nHvis det er svært at betale "
            "på én gang, så ring til os på 48 20 20 00. Så laver vi en aftale om at dele det op.\n\nVenlig hilsen\n"
            "Opkrævningen\n")
    assert panel(analyzer, bill, "information")["tillid"].status == "covered"
    permit = ("Hej Kamal\n\nDu får ikke beboerlicensen, fordi bilen er registreret til dit firma. Licensen gives kun til en "
              "bil, der er registreret til en beboer.\n\nHvis du får bilen registreret til dig selv, kan du søge igen.\n\n"
              "Du kan klage til Egedal Kommune, Trafik, inden 4 uger. Skriv til trafik@egedal.dk. Hvis vi ikke ændrer "
              "afgørelsen, sender vi klagen til Vejdirektoratet.\n\nRing på 72 59 60 00, hvis noget er uklart.\n\n"
              "Venlig hilsen\nTrafik og Vej\n")
    assert panel(analyzer, permit, "afgoerelse")["tillid"].status == "covered"


def test_the_readers_pain_named_is_their_own_situation(analyzer):
    # PANEL panel11c 15: "på grund af smerterne i dine skuldre" (tillid "upersonligt")
    text = ("Kære Hassan Ali\n\nVi har bevilget dig en el-kørestol. Ergoterapeuten har vurderet, at du ikke længere kan køre "
            "den manuelle kørestol på grund af smerterne i dine skuldre.\n\nHjælpemiddelcentret tilpasser kørestolen. "
            "Ring på 43 68 60 00, hvis der er noget galt med den.\n\nHjælpemidler\n")
    assert panel(analyzer, text, "afgoerelse")["tillid"].status == "covered"


SHELVED = """Henlæggelse

Kommunen bad Dem den 14. oktober om kvitteringer for Deres udgifter til medicin. {end}

Social og Sundhed
"""


def test_a_case_shelved_without_contact_is_a_no_without_trust(analyzer):
    # PANEL panel11c 16: "Da kommunen ikke har modtaget det ønskede, er sagen henlagt": tillid weak
    es = panel(analyzer, SHELVED.format(end="Da vi ikke har fået dem, er sagen henlagt."), "information")
    assert es["tillid"].status == "missing"


def test_shelving_held_over_the_reader_is_a_condition_not_a_no(analyzer):
    # EVAL eval10 23: "Hvis du ikke sender tegningerne, henlægger vi sagen" is pressure, not a case shelved
    text = ("Kære Jonas\n\nVi mangler tegningerne til din carport. Hvis du ikke sender dem inden 1. februar, henlægger vi "
            "sagen. Ring til mig på 54 73 10 00, hvis du har brug for hjælp.\n\nVenlig hilsen\nMette, Byggesag\n")
    assert panel(analyzer, text, "andet")["tillid"].status != "missing"


# --- kind from the fourth blind batch (panel11d) -----------------------------------------------------------------

def test_nothing_new_and_a_reference_to_the_old_grounds_is_no_grounds(analyzer):
    # PANEL panel11d 02: "finder ikke grundlag for at ændre afgørelsen, idet der ikke er fremkommet nye oplysninger …
    # henviser i øvrigt til begrundelsen i afgørelsen": "Grundlaget for afgørelsen fremgår"
    text = ("Vedrørende klage over afslag på handicapbil\n\nKommunen har modtaget Deres klage over afgørelsen af 2. "
            "september 2026.\n\nKommunen har set på sagen igen, men ændrer ikke afgørelsen, idet der ikke er kommet nye "
            "oplysninger i sagen. Kommunen henviser til begrundelsen i afgørelsen af 2. september 2026.\n\nKlagen er "
            "sendt videre til Ankestyrelsen.\n\nSocialafdelingen\n")
    assert panel(analyzer, text, "klagesvar")["gennemskuelighed"].status in ("weak", "missing")


# (lead, from EVAL's eval11) a system receipt whose answer is refused ("Svar på denne SMS kan ikke modtages") invites no
# answer: no way to reach us, as the structure check says too; a reply invited in the same words still is one
def test_a_refused_reply_is_no_invitation(analyzer):
    text = ("Holbæk Kommune: Vi har modtaget din henvendelse vedr. sag 26-1234. Henvendelsen er registreret og vil "
            "blive behandlet. Svar på denne SMS kan ikke modtages.")
    assert panel(analyzer, text, "kvittering")["indflydelse"].status == "missing"
    text = ("Holbæk Kommune: Vi har fået din ansøgning om parkeringskort. Den bliver behandlet snarest. "
            "Svar på denne besked kan ikke modtages.")
    assert panel(analyzer, text, "kvittering")["indflydelse"].status != "covered"


def test_an_invited_reply_is_still_a_way_to_reach_us(analyzer):
    text = ("Hej Mette. Vi har fået din ansøgning om parkeringskort, og du får svar i næste uge. "
            "Har du spørgsmål, så svar bare på denne besked. Hilsen Ole, Borgerservice")
    assert panel(analyzer, text, "kvittering")["indflydelse"].status == "covered"
