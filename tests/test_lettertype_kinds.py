"""Letter type on the kinds of letter the blind LTYPE batches got wrong.

Every letter here is written for the test (none is taken from a corpus): one
short letter per kind of error, so that a fix for the kind is kept.
"""

import pytest

from borgertekst.lettertype import own_text


DECISIONS = {
    # a ban in the environment area, no word "afgørelse" anywhere
    "forbud": (
        "Kære Bo Winther\n\nNaboerne har klaget over røg fra din brændeovn i sommerhuset på Klitvej 2.\n\n"
        "Vi forbyder dig at fyre med vådt træ og affald i ovnen. Forbuddet gælder fra i dag. "
        "Du kan i stedet købe tørt brænde.\n\nDu kan klage over forbuddet til Miljø- og Fødevareklagenævnet "
        "inden 4 uger via Klageportalen.\n\nHilsen\nMiljøteamet"
    ),
    # an order about a path, the decision sentence "giver dig påbud om"
    "paabud-vej": (
        "Hej Lene\n\nDin stendige ved Kirkestien er væltet ud på stien, så cyklister ikke kan komme forbi.\n\n"
        "Vi giver dig derfor påbud om at fjerne stenene fra stien senest den 20. maj. "
        "Gør du det ikke, fjerner vi dem for din regning.\n\nVenlig hilsen\nVej og Trafik"
    ),
    # a repayment stated in the heading
    "tilbagebetaling": (
        "Du skal betale 1.850 kr. tilbage\n\nKære Nikolaj\n\nDu fik boligstøtte for marts, selvom du var "
        "flyttet ud af lejligheden den 1. marts. Man har kun ret til boligstøtte til den bolig, man bor i.\n\n"
        "Pengene bliver trukket i din næste udbetaling.\n\nVenlig hilsen\nBoligstøtte"
    ),
    # a short grant by text message
    "sms-bevilling": (
        "Hej Amira. Du er bevilget en ledsager 5 timer om måneden fra 1. juni. "
        "Ledsageren ringer til dig i næste uge. Hilsen Handicapteamet"
    ),
    # the municipality changes its own earlier decision after new information
    "ny-afgoerelse": (
        "Hej Ulla\n\nVi har set på din sag om rengøring igen, fordi din ergoterapeut har sendt os en ny "
        "beskrivelse af din skulder.\n\nVi ændrer vores afgørelse fra april. Hjemmeplejen gør rent hos dig "
        "hver anden uge fra mandag den 3. juni.\n\nHvis du er uenig, kan du klage inden 4 uger.\n\nHilsen\nVisitationen"
    ),
}

NOT_DECISIONS = {
    # a hearing that never says "partshøring" or "påtænker"
    "partshoering": (
        "Hej Jonas\n\nVi er ved at behandle din ansøgning om merudgifter til medicin. Apoteket har sendt os en "
        "oversigt over dine køb i år.\n\nEfter oversigten ser det ud til, at din merudgift er lavere end du har "
        "søgt om, og vi forventer derfor at give dig 250 kr. om måneden. Vi har ikke truffet afgørelse endnu.\n\n"
        "Har du kommentarer til oversigten, så skriv til mig inden den 14., før sagen bliver afgjort.\n\nHilsen\nSanne",
        "partshoering",
    ),
    # information about practicalities of a decision made earlier
    "information": (
        "Kære Erik Lund\n\nNyt nummer til din madordning\n\nDen 4. februar fik du en afgørelse om, at du får "
        "leveret mad tre dage om ugen. Afgørelsen gælder stadig, og prisen er uændret.\n\nFra april bliver maden "
        "leveret af et nyt køkken, og det har et nyt telefonnummer: 86 11 22 33. Du skal ikke gøre noget.\n\n"
        "Venlig hilsen\nMadservice",
        "information",
    ),
    # a receipt above the citizen's mail, which talks about a refusal and a complaint
    "kvittering-over-citat": (
        "Hej Morten\n\nTak for din mail. Jeg har videregivet den til din sagsbehandler, som vender tilbage "
        "til dig senest fredag.\n\nVenlig hilsen\nKirsten, Borgerservice\n\n"
        "-----Oprindelig meddelelse-----\nFra: Morten Ask\nSendt: 3. marts 2027 09:40\nEmne: afslag\n\n"
        "Jeg har fået afslag på hjælp til tandbehandling. Jeg vil klage over afgørelsen. "
        "Hvorfor har I afvist min ansøgning? Kan jeg klage til Ankestyrelsen?",
        "kvittering",
    ),
}


@pytest.mark.parametrize("kind", sorted(DECISIONS))
def test_decision_of_each_kind_is_a_decision(detector, kind):
    detection = detector.detection(DECISIONS[kind])
    assert detection.type == "afgoerelse", (kind, detection.scores)


@pytest.mark.parametrize("kind", sorted(NOT_DECISIONS))
def test_letters_that_talk_about_a_decision_are_not_one(detector, kind):
    text, want = NOT_DECISIONS[kind]
    detection = detector.detection(text)
    assert detection.type == want, (kind, detection.scores)


def test_klage_with_inverted_word_order_counts_for_a_decision(detector):
    plain = "Kære Per\n\nVi har behandlet din sag om tilskud til briller og kan ikke hjælpe dig med det.\n\nHilsen\nYdelser"
    with_guidance = plain.replace("\n\nHilsen", "\n\nHvis du er uenig, kan du klage til os inden 4 uger.\n\nHilsen")
    assert detector.scores(with_guidance).get("afgoerelse", 0) > detector.scores(plain).get("afgoerelse", 0)


def test_own_text_drops_the_quoted_mail():
    reply = "Hej Sofie\n\nTak for din mail, vi ser på den i morgen.\n\nHilsen Bo\n"
    quoted = "\nDen 2. marts 2027 kl. 10.12 skrev Sofie Lind <sofie@example.dk>:\nJeg har fået afslag.\n"
    assert own_text(reply + quoted) == reply + "\n"
    assert "afslag" not in own_text(reply + "> Jeg har fået afslag.\n> Det er uretfærdigt.\n")
    # nothing above the forwarded message: the forwarded text is all there is
    forwarded = "-----Oprindelig meddelelse-----\nFra: A\nSendt: i går\n\nDu får afslag på tilskud."
    assert own_text(forwarded) == forwarded


# second blind batch: the kinds it got wrong
DECISIONS_2 = {
    "ikke-muligt": (
        "Hej Karl\n\nDet er desværre ikke muligt at få hjælp til en ny vaskemaskine, fordi du har penge nok "
        "på din konto til selv at købe den.\n\nHvis du ikke er enig, så skriv til os inden 4 uger.\n\nHilsen\nYdelser"
    ),
    "opfylder-ikke": (
        "Kære Hans\n\nDu opfylder ikke betingelserne for et fleksjob, fordi din arbejdsevne ikke er varigt "
        "nedsat. Lægen skriver, at du forventes at kunne arbejde fuld tid igen om et halvt år.\n\n"
        "Venlig hilsen\nJobcentret"
    ),
    "passiv-afvises": (
        "Sag om skilt på facaden, Algade 4\n\nAnsøgningen om at sætte et lysende skilt op på facaden afvises. "
        "Bevarende lokalplan nr. 12 tillader kun skilte uden lys i bymidten.\n\nTeknisk Forvaltning"
    ),
    "giver-henstand": (
        "Hej Mona\n\nVi giver dig en afdragsordning på din gæld til kommunen. Du betaler 300 kr. om måneden "
        "fra 1. juni, og der kommer ingen renter på.\n\nHilsen\nOpkrævningen"
    ),
    "tilladelse-tilbagekaldt": (
        "Kære Café Mole\n\nJeres tilladelse til udeservering på Torvet er tilbagekaldt fra 1. maj, fordi "
        "bordene to gange har spærret brandvejen.\n\nVenlig hilsen\nVej og Byrum"
    ),
    "kancelli-efterkommes": (
        "Vedr. Deres anmodning om refusion af parkeringsudgifter\n\nDer er ikke hjemmel til at refundere "
        "udgiften. Deres anmodning kan derfor ikke efterkommes.\n\nMed venlig hilsen\nØkonomi"
    ),
}

NOT_DECISIONS_2 = {
    "udtale-sig": (
        "Kære Sille\n\nVi er i gang med at se på, om din søn skal skifte til en specialklasse. Vores vurdering "
        "indtil nu er, at han vil få det bedre i en mindre klasse.\n\nDu har mulighed for at udtale dig, før "
        "noget bliver besluttet. Send dine bemærkninger til mig inden 14 dage.\n\nHilsen\nPPR",
        {"partshoering"},
    ),
    "anden-myndighed-afgjorde": (
        "Kære Per\n\nSkattestyrelsen har truffet afgørelse om din ejendomsvurdering. Skattestyrelsens afgørelse "
        "er vedlagt. Kommunen bruger den nye vurdering, når vi opkræver ejendomsskat næste år.\n\nHilsen\nEjendomsskat",
        {"information"},
    ),
    "ikke-ny-afgoerelse": (
        "Kære modtager af boligydelse\n\nFra januar stiger beløbsgrænserne. Det er ikke en ny afgørelse om din "
        "boligydelse, og du skal ikke søge igen. Du kan se dit beløb på borger.dk.\n\nVenlig hilsen\nYdelser",
        {"information"},
    ),
    "autosvar": (
        "Dette er et automatisk svar. Din mail er modtaget af Borgerservice. Vi besvarer alle henvendelser "
        "inden for 5 arbejdsdage.",
        {"kvittering"},
    ),
    "kvittering-for-klage": (
        "Kære Jørn\n\nVi har fået din klage over afgørelsen om madservice. Vi ser på sagen igen og skriver "
        "til dig senest den 2. juni.\n\nVenlig hilsen\nVisitationen",
        {"kvittering", "klagesvar"},
    ),
}


@pytest.mark.parametrize("kind", sorted(DECISIONS_2))
def test_decisions_without_the_usual_words(detector, kind):
    detection = detector.detection(DECISIONS_2[kind])
    assert detection.type == "afgoerelse", (kind, detection.scores)


@pytest.mark.parametrize("kind", sorted(NOT_DECISIONS_2))
def test_hearings_receipts_and_passed_on_decisions(detector, kind):
    text, want = NOT_DECISIONS_2[kind]
    detection = detector.detection(text)
    assert detection.type in want, (kind, detection.scores)


def test_a_passive_in_an_instruction_is_not_a_refusal(detector):
    instruction = ("Ansøgningen skal sendes til kommunen og godkendes af en læge, før du kan få en plads.\n\n"
                   "Hilsen\nSundhed")
    refusal = "Ansøgningen om en plads på genoptræningsholdet afvises.\n\nHilsen\nSundhed"
    assert detector.scores(instruction).get("afgoerelse", 0) < detector.scores(refusal).get("afgoerelse", 0)


HEARING_WITH_DECISION_WORDS = (
    "Kære Bjørn\n\nVi overvejer at give dig påbud om at fjerne skuret, og vi forventer, at du skal betale "
    "udgiften til oprydningen tilbage.\n\nSkuret står på kommunens areal ved åen. Inden vi træffer afgørelse, "
    "vil vi gerne høre, hvad du siger. Send dine bemærkninger senest den 1. juni.\n\nHilsen\nNatur og Miljø"
)


def test_a_hearing_that_describes_the_intended_order_is_a_hearing(detector):
    detection = detector.detection(HEARING_WITH_DECISION_WORDS)
    assert detection.type == "partshoering", detection.scores


def test_decision_words_in_a_hypothetical_sentence_do_not_count(detector):
    hedged = "Vi overvejer at stoppe din boligstøtte.\n"
    decided = "Vi stopper din boligstøtte.\n"
    assert detector.without_hedged(hedged).strip() == ""
    assert detector.without_hedged(decided) == decided
    assert detector.scores(decided).get("afgoerelse", 0) > detector.scores(hedged).get("afgoerelse", 0)


# third blind batch: the kinds it got wrong
KINDS_3 = {
    "tilmeldt": (
        "Bekræftelse af tilmelding\n\nHej Ruth\n\nDu er nu tilmeldt kurset \"Lev med diabetes\". Første gang er "
        "onsdag den 4. marts kl. 13 i Sundhedshuset.\n\nVenlig hilsen\nSundhedshuset",
        {"kvittering"},
    ),
    "udvalg-bevilger-beloeb": (
        "Hej Søren\n\nBørne- og kulturudvalget har på sit møde i går givet spejdergruppen 8.500 kr. i tilskud "
        "til nye telte. Pengene bliver udbetalt i næste måned.\n\nKultursekretariatet",
        {"afgoerelse"},
    ),
    "varsel-lukning": (
        "Kære Emil\n\nVi har skrevet til dig to gange uden at få svar. Hvis vi ikke hører fra dig inden den "
        "1. april, vil vi lukke din sag om bostøtte. Ring til mig, hvis du stadig har brug for hjælp.\n\nHilsen\nAnja",
        {"partshoering"},
    ),
    "procedure-beskrivelse": (
        "Sådan søger du om en plads i daghjem\n\nDu søger ved at ringe til Visitationen. En visitator kommer på "
        "besøg og taler med dig om din hverdag, før vi træffer afgørelse. Det tager normalt 3-4 uger.\n\n"
        "Venlig hilsen\nVisitationen",
        {"information", "andet"},
    ),
    "lade-sig-goere": (
        "hej\n\nnej det kan ikke lade sig gøre at få pengene tilbage for kortet til motionscentret, da det var "
        "et tilbud uden fortrydelsesret.\n\nmvh\nkundeservice",
        {"afgoerelse"},
    ),
    "afgoerelse-kommer": (
        "Hej Lone\n\nDin sag om hjælp til boligændring er klar og bliver forelagt for udvalget den 3. maj. "
        "Udvalget træffer afgørelsen, og du får et brev med afgørelsen ugen efter.\n\nHilsen\nHandicapteamet",
        {"information", "kvittering"},
    ),
}


def test_generic_words_alone_make_no_confident_decision(detector):
    # "afgørelsen" and "du får" (1 point each) reach the minimum score, but no signal says a decision is made
    text = ("Hej Ib\n\nSagen om din afgørelsen fra sidste år ligger i arkivet, og du får en kopi, når du beder om "
            "den.\n\nHilsen\nArkivet")
    detection = detector.detection(text)
    assert detection.scores.get("afgoerelse", 0) >= 2
    assert detection.type != "afgoerelse"
    # (session 13) nor a possible one: on the labelled letters, readings from generic words alone were on non-decisions only
    assert "afgoerelse" not in detection.maybe


# fourth blind batch: the kinds it got wrong
KINDS_4 = {
    "tilladelse-i-orden": (
        "Hej Jesper\n\nDet er i orden, at du tager på højskole i tre uger i august. Din ydelse fortsætter, og du "
        "skal ikke søge job i perioden.\n\nHilsen\nJobcentret",
        {"afgoerelse"},
    ),
    "nye-oplysninger-hoering": (
        "Kære Tove\n\nVi har fået en udtalelse fra din læge om din ryg. Udtalelsen kan have betydning for, om du "
        "kan få hjælp til rengøring. Du kan læse den i bilaget.\n\nHar du noget, du vil tilføje, så ring til "
        "mig inden 10 dage.\n\nHilsen\nVisitationen",
        {"partshoering"},
    ),
    "undskyldning-uden-ordet-klage": (
        "Kære Bo\n\nJeg er ked af, at du føler dig dårligt behandlet, da du ringede til os i sidste uge. Det "
        "skulle ikke være sket. Jeg har talt med medarbejderen, og jeg ringer til dig på fredag.\n\nHilsen\nLeder",
        {"klagesvar"},
    ),
    "svar-forsinket": (
        "Hej Anne\n\nTak for din anmodning om aktindsigt. Der er mange dokumenter i sagen, så vi forventer at "
        "kunne give dig svar senest den 1. juni.\n\nHilsen\nSekretariatet",
        {"kvittering"},
    ),
    "ingen-plads": (
        "Hej Maja. Vi har desværre ikke plads til Villum i Myretuen fra august. Vi tilbyder ham i stedet plads "
        "i Bikuben. Svar inden en uge. Mvh Pladsanvisningen",
        {"afgoerelse"},
    ),
    "paalaeg": (
        "Kære Per\n\nVi pålægger dig at fjerne de tre udrangerede biler fra din grund senest den 1. august, "
        "fordi de lækker olie.\n\nHilsen\nMiljø",
        {"afgoerelse"},
    ),
}


def test_a_general_der_gives_is_no_decision(detector):
    general = "Til alle ejere\n\nDer gives rabat på beboerlicens til elbiler fra 1. maj.\n\nTeknik og Miljø"
    assert detector.scores(general).get("afgoerelse", 0) == 0


# fifth blind batch: the kinds it got wrong
KINDS_5 = {
    "tak-for-forespoergsel-saa-nej": (
        "Hej Gitte\n\nTak for din forespørgsel. Du kan desværre ikke leje gymnastiksalen om søndagen, fordi "
        "skolen bruger den til weekendskole.\n\nVenlig hilsen\nLokalebooking",
        {"afgoerelse"},
    ),
    "fritaget": (
        "Kære Hans\n\nDu er fritaget for at betale for din plads i dagcentret i juni og juli, mens du er på "
        "genoptræningsophold.\n\nVenlig hilsen\nÆldreområdet",
        {"afgoerelse"},
    ),
    "omvendt-imoedekommet": (
        "Ansøgning om forlænget skoledag\n\nEfter samtalen med skolen er ansøgningen imødekommet, og Noah kan "
        "gå i SFO til kl. 17 fra februar.\n\nSkoleafdelingen",
        {"afgoerelse"},
    ),
    "sag-oprettet": (
        "Hej Rune\n\nDin henvendelse om det væltede træ er oprettet som en sag. Dit sagsnummer er 12-448. "
        "En medarbejder kontakter dig inden 2 uger.\n\nVenlig hilsen\nPark og Vej",
        {"kvittering"},
    ),
    "enige-med-dig": (
        "Kære Lis\n\nTak for dit brev om regningen for snerydning. Vi er enige med dig i, at fortovet er "
        "kommunens. Vi har annulleret regningen, og vi beklager fejlen.\n\nVenlig hilsen\nVej og Park",
        {"klagesvar", "afgoerelse"},
    ),
}


# sixth blind batch: the kinds it got wrong
KINDS_6 = {
    "tilladelse-som-overskrift": (
        "Byggetilladelse – carport, Birkevej 3\n\nDu har søgt om at opføre en carport på 30 m². Carporten "
        "overholder reglerne i bygningsreglementet.\n\nMed venlig hilsen\nByggeri",
        {"afgoerelse"},
    ),
    "tages-til-foelge": (
        "Vedr. ansøgning om tilskud\n\nDen ansøgte aktivitet ligger uden for puljens formål. Ansøgningen har "
        "derfor ikke kunnet tages til følge.\n\nMed venlig hilsen\nKultur",
        {"afgoerelse"},
    ),
    "pladsen-opsagt": (
        "Hej Sara\n\nVi holder op med at betale for Idas plads i klubben fra 1. maj, fordi hun er flyttet ud af "
        "kommunen. Pladsen bliver opsagt samme dag.\n\nHilsen\nPladsanvisningen",
        {"afgoerelse"},
    ),
    "spurgt-om-svar-nej": (
        "Hej Ali\n\nDu har spurgt, om du må holde fri i uge 42, mens du er i virksomhedspraktik. Det kan du ikke, "
        "fordi praktikken er en del af din plan.\n\nHilsen\nJobcentret",
        {"afgoerelse"},
    ),
    "forslag-inden-afgoerelsen": (
        "Hej Jonas\n\nMit forslag er, at Freja får en støtteperson i frikvartererne, men ikke flytter skole. "
        "Jeg vil gerne høre, hvad du tænker om det, inden jeg skriver afgørelsen.\n\nHilsen\nPPR",
        {"partshoering"},
    ),
    "indstilling-til-udvalg": (
        "Kære Mona\n\nVi vil indstille til børn og unge-udvalget, at Liam anbringes på et opholdssted. Du har ret "
        "til at udtale dig, før udvalget træffer afgørelse, og du har ret til en gratis advokat.\n\nHilsen\nFamilieafdelingen",
        {"partshoering"},
    ),
}


# another engineer's blind letters (ELEMENTS, measured before these fixes): the kinds they showed
KINDS_E2 = {
    "ansoegning-saa-du-faar": (
        "Hej Kurt\n\nDu får en ny kørestol\n\nVi har fået din ansøgning om en ny kørestol, fordi den gamle er "
        "slidt op. Du får en ny kørestol af samme model, og den bliver leveret på fredag.\n\nHilsen\nHjælpemidler",
        {"afgoerelse"},
    ),
    "ikke-plads": (
        "Kære Lone\n\nDu har søgt om, at Ella kan skifte til Vestre Skole. Der er ikke plads i 3. klasse, som "
        "har 28 elever. Ella kan fortsat gå på sin distriktsskole.\n\nHilsen\nSkoleafdelingen",
        {"afgoerelse"},
    ),
    "udvalg-besluttet-ikke-at": (
        "Til formanden for Tennisklubben\n\nKultur- og Fritidsudvalget har på mødet den 2. maj besluttet ikke at "
        "give tilskud til nye net. Udvalgets beslutning er endelig.\n\nVenlig hilsen\nFritid",
        {"afgoerelse"},
    ),
    "traekker-dage": (
        "Kære Jens\n\nDu var ikke til samtale den 4. og 5. marts. Derfor trækker vi 2 dage i din kontanthjælp i "
        "april.\n\nHilsen\nJobcentret",
        {"afgoerelse"},
    ),
    "breve-ikke-laengere-med-posten": (
        "Kære borger\n\nFra 1. marts får du ikke længere breve fra kommunen med posten, men i Digital Post. "
        "Du skal ikke gøre noget.\n\nVenlig hilsen\nBorgerservice",
        {"information"},
    ),
}


# seventh blind batch: the kinds it got wrong
KINDS_7 = {
    "vi-refunderer": (
        "Hej Ole\n\nDu har ret i, at banen var lukket, da du kom. Vi refunderer derfor dit årskort for juni. "
        "Pengene kommer inden en uge.\n\nHilsen\nIdrætscentret",
        {"afgoerelse", "klagesvar"},
    ),
    "vi-betaler-for": (
        "Kære Mads\n\nVi betaler for 6 timers samtaler hos en diætist. Du kan selv ringe og aftale en tid.\n\n"
        "Venlig hilsen\nSundhed",
        {"afgoerelse"},
    ),
    "faaet-lov-til": (
        "Hej Lis\n\nDu har fået lov til at holde loppemarked på torvet den 4. juni. Husk at rydde op bagefter.\n\n"
        "Hilsen\nVej og Park",
        {"afgoerelse"},
    ),
    "derfor-ved-at-vurdere": (
        "Kære Sune\n\nDu har ikke betalt husleje i tre måneder. Vi er derfor ved at vurdere, om din plads i "
        "bofællesskabet skal opsiges. Det vil vi gerne tale med dig om, inden vi bestemmer os.\n\nHilsen\nBostøtten",
        {"partshoering"},
    ),
    "klaget-paa-dine-vegne": (
        "Kære Ruth\n\nDin søn har på dine vegne klaget over, at maden kommer kold. Det er ikke godt nok, og vi er "
        "kede af det. Fra mandag kommer maden i en ny termokasse.\n\nVenlig hilsen\nMadservice",
        {"klagesvar"},
    ),
    "kaere-foraeldre": (
        "Kære forældre\n\nAlle elever i 4. klasse skal på lejrskole i uge 37. Turen er gratis. Husk at give "
        "besked om allergier til klasselæreren.\n\nVenlig hilsen\nSkolen",
        {"information"},
    ),
}


# eighth blind batch: the kinds it got wrong
KINDS_8 = {
    "kancelli-fastholdes": (
        "Vedr. Deres henvendelse om fritagelse for renovationsgebyr\n\nDe er som ejer forpligtet til at betale "
        "gebyret, og der er ikke grundlag for fritagelse, hvorfor opkrævningen fastholdes.\n\nMed venlig hilsen\nAffald",
        {"afgoerelse"},
    ),
    "tid-bekraeftet-sms": (
        "Din tid til ny sygesikring er bekræftet: mandag 4/5 kl. 9:40, Borgerservice. Mvh Borgerservice",
        {"indkaldelse", "kvittering"},
    ),
}


# the kinds each blind batch showed (written for these tests, not the batch letters themselves)
BATCH_KINDS = {f"{batch}:{kind}": case
               for batch, kinds in (("3", KINDS_3), ("4", KINDS_4), ("5", KINDS_5), ("6", KINDS_6),
                                    ("elements2", KINDS_E2), ("7", KINDS_7), ("8", KINDS_8))
               for kind, case in kinds.items()}


@pytest.mark.parametrize("kind", sorted(BATCH_KINDS))
def test_kinds_from_the_blind_batches(detector, kind):
    text, want = BATCH_KINDS[kind]
    detection = detector.detection(text)
    assert detection.type in want, (kind, detection.scores)


def test_following_a_recommendation_is_still_a_decision(detector):
    # "indstilling" as a proposal to a committee makes a sentence hypothetical; an "indstilling" that was followed does not
    text = ("Kære Ib\n\nRehabiliteringsteamets indstilling er fulgt, og du er nu godkendt til fleksjob.\n\n"
            "Hilsen\nJobcentret")
    assert detector.without_hedged(text) == text
    assert detector.detection(text).type == "afgoerelse"


@pytest.mark.parametrize("text", [
    "Vi har modtaget Deres ansøgning. Den er afslået.",
    "Tak for din anmodning om aktindsigt. Den er desværre ikke imødekommet, fordi sagen ikke findes.",
])
def test_a_refusal_right_after_the_receipt_sentence_outweighs_it(detector, text):
    # the receipt words come first ("Vi har modtaget …"); the refusal in the next sentence decides
    assert detector.detection(text).type == "afgoerelse", detector.detection(text).scores


def test_a_receipt_that_says_what_happens_with_the_application_stays_a_receipt(detector):
    assert detector.detection("Vi har modtaget din ansøgning. Den er nu oprettet som en sag.").type == "kvittering"
